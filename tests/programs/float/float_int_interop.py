print(1 + 1.0, 2 * 0.5, 10 / 4, 10 // 4.0, 2 ** 0.5, 7 % 2.5, int(7.9), int(-7.9), float(7), 3 == 3.0, hash(3) == hash(3.0))
print(10 ** 16 + 1.0, float(10 ** 16 + 1), 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, (2 ** 53 + 1) * 1.0)
print(0.1 * 3 == 0.3, round(0.1 * 3, 10) == 0.3, 1e308 + 1e308, -(10 ** 308) * 10.0)
try:
    10 ** 309 * 1.0
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 + 1.0
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399, 1.5 .is_integer())
