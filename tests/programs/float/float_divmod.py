# Float floor division and modulo signs, divmod, zero division messages.
for a in (7.5, -7.5, 0.0, -0.0):
    for b in (2.0, -2.0, 0.3):
        print(a, b, a // b, a % b, divmod(a, b))
print(1e300 % 7, -1e-300 % 1.0, 5 % -0.0 if False else 'skip', 1.0 % float('inf'), -1.0 % float('inf'))
for e in ('1.0 / 0', '1.0 // 0', '1.0 % 0', 'divmod(1.0, 0.0)', '0.0 / 0.0', '1 / 0.0'):
    try:
        eval(e)
    except ZeroDivisionError as err:
        print(e, '->', type(err).__name__, err)
print(float('inf') // 1, float('inf') % 1 if False else 'x', 7 // 0.5, -7 // 0.5)
print(math_fmod := __import__('math').fmod(-7.5, 2), __import__('math').fmod(7.5, -2))
