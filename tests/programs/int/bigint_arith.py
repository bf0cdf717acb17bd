# Arbitrary precision arithmetic.
a = 2 ** 100
b = 3 ** 64
print(a, b)
print(a + b, a - b, b - a, a * b)
print(a // b, a % b, divmod(a, b))
print(-a // b, -a % b, divmod(-a, b))
print(a // -b, a % -b, divmod(a, -b))
print(2 ** 1000 % 1000007)
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(7 ** 500)), str(7 ** 500)[:20], str(7 ** 500)[-20:])
print((10 ** 30 + 1) * (10 ** 30 - 1) == 10 ** 60 - 1)
print(-(2 ** 63), 2 ** 63 - 1, -(2 ** 64) + 1)
print(abs(-10 ** 40), -(-10 ** 40))
n = 12345678901234567890123456789
print(n * n, n // 7, n % 7)
print((1 << 200) >> 199, (-1 << 200) >> 199)
x = 1
for i in range(300):
    x = x * 3 + 1
print(x % 10 ** 12, x.bit_length())
print(10 ** 18 * 10 ** 18 // 10 ** 18 == 10 ** 18)
print(sum(range(10 ** 6, 10 ** 6 + 100)) * 2 ** 70)
