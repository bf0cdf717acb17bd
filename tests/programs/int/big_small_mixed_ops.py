# Big ints (beyond 2**53) with small ones: masks (an LCG's `& 0x7FFFFFFF`),
# negative big ints in two's complement, and the other operators.
for a in (2**60 + 5, -(2**60) - 5, 2**53, 2**53 + 1, -1 << 70, 12345678901234567890):
    for m in (0x7FFFFFFF, 0xFFFFFFFF, 0, 1, 2**52, 2**53 - 1, -1, -8):
        print(a & m, m & a, a | m, a ^ m)
    print(a + 1, a - 3, a * 2 % 1000, a // 7, a % 7, -a // 7, a >> 3, a << 2, a / 3, a ** 2 % 11, divmod(a, 9), divmod(a, -9))
s = 12345
for _ in range(1000):
    s = (s * 1103515245 + 12345) & 0x7FFFFFFF
print(s)
s = 1
for _ in range(1000):
    s = (s * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
print(s)
x = 2**64
x &= 0xFF
print(x, type(x))
try:
    print(2**60 & 1.5)
except TypeError as e:
    print('TypeError', e)
