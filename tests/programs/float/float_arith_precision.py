# IEEE arithmetic results that must be bit-exact.
print(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 1e16 + 1, 2 ** 53 + 1.0, 3 * 1.1)
print(sum([0.1] * 10), __import__('math').fsum([0.1] * 10))
print(1 / 3 * 3, 10 / 3, 2 / 7, 1e-320 / 10, 1e-323 * 0.1)
print(7.0 // 0.1, 7.0 % 0.1, 1 % 0.1)
print(2.0 ** 0.5, 10 ** -2, 10.0 ** 20, 9.0 ** 0.5, 1.0000001 ** 1e7)
print(int(1e20), int(-1.9999999999999998), int(2.5e-8 * 1e10))
print(float(2 ** 53 + 1), float(2 ** 54 + 3), float(10 ** 23), float(-(2 ** 63)))
print(1e23 == 10 ** 23, 1e22 == 10 ** 22, (2 ** 53 + 1) / 1, 10 ** 30 / 3)
print(0.1 == 1 / 10, round(0.1 + 0.2, 15) == 0.3, abs(-1.5), -abs(0.0))
print(1.5e300 * 1.5e300, -1.5e300 * 1.5e300, 1e-300 * 1e-300)
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sin(1), math.cos(1), math.tan(1), math.atan2(1, -1), math.hypot(3, 4), math.log(8, 2), math.log10(1000), math.log2(1024))
