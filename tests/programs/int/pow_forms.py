# pow with negative exponents, modular pow, modular inverse, and errors.
print(2 ** 10, 2 ** -1, (-2) ** 3, (-2) ** -3, 0 ** 0, 10 ** -3)
print(pow(2, 10), pow(2, -2), pow(3, 4, 5), pow(-3, 4, 5), pow(3, 4, -5))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 7))
print(pow(10 ** 20, 10 ** 5, 10 ** 9 + 7))
print(pow(0, 0, 1), pow(5, 0, 1), pow(-1, 3, 10))
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2)
for args in [(2, -1, 4), (0, -1, 5), (2, 3, 0), (2.0, 3, 4), (2, 0.5, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print((-8) ** (1/3))
print(4 ** 0.5, 2 ** 0.5)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
