# Larger computations: factorial digits, fibonacci, gcd, isqrt via math.
import math
print(math.factorial(100))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
print(math.gcd(2 ** 100, 6 ** 50), math.gcd(0, 0), math.gcd(-12, 18), math.lcm(4, 6), math.lcm())
print(math.isqrt(10 ** 40 + 1), math.isqrt(99), math.comb(100, 50), math.perm(10, 3))
try:
    math.isqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.factorial(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(sum(int(d) for d in str(2 ** 1000)))
print(int(str(3 ** 2000)) == 3 ** 2000, (3 ** 2000).bit_length())
