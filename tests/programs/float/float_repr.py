# Shortest round-trip repr of many floats.
vals = [0.0, -0.0, 1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001234,
        1.5e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0, 100.0, 1e22, 1e23,
        3.14159, -2.5, 12345.678, 0.3, 4.35, 1.005, 2.675, 1e-7, 123e-9, 0.1 * 3]
for v in vals:
    print(repr(v), str(v))
print(float('1e500'), float('-1e500'), float('nan'), -float('nan'))
print(float('  1.5  '), float('+1_000.5'), float('-.5e-3'), float('InF'), float('-Infinity'), float('nAn'))
print(float(10 ** 300), float(True), float(-7))
for s in ['', '1.2.3', '1e', 'abc', '1_', '_1', '0x10', 'infinit', '1__0']:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
