# Floor division and modulo follow the sign of the divisor.
for a in (7, -7, 0, 13, -13):
    for b in (2, -2, 5, -5):
        print(a, b, a // b, a % b, divmod(a, b))
print(-1 // 10 ** 30, -1 % 10 ** 30)
print(10 ** 30 // -7, 10 ** 30 % -7)
for e in ('1 // 0', '1 % 0', 'divmod(1, 0)', '(10**30) // 0', '0 % 0'):
    try:
        eval(e)
    except ZeroDivisionError as err:
        print(e, '->', type(err).__name__, err)
print(7 / 2, -7 / 2, 1 / 3, 10 ** 30 / 10 ** 10)
try:
    1 / 0
except ZeroDivisionError as err:
    print(err)
try:
    (2 ** 10000) / 1
except OverflowError as err:
    print(type(err).__name__, err)
print((2 ** 10000) // (2 ** 9990))
print((10 ** 400) / (10 ** 399))
