# &, |, ^ and shifts of ints beyond int32 but within 2**53 (krait's split
# high/low path), against the same operations on bigger ints.
import itertools
vals = [0, 1, -1, 2**31-1, 2**31, -2**31, -2**31-1, 2**32-1, 2**32, 2**32+1, -2**32, 0xFFFFFFFF, 2**52, 2**53-1, -(2**53-1), -(2**52)-12345, 123456789012345, -98765432109876, 0x7FFFFFFF, 5, -7, 2**40+7, -(2**40)-9]
acc = 0
for a, b in itertools.product(vals, repeat=2):
    r = (a & b, a | b, a ^ b)
    acc = (acc * 1000003 + hash(r)) % (2**61 - 1)
    print(a, b, *r)
for a in vals:
    for n in (0, 1, 5, 31, 32, 33, 52, 53, 63, 64, 70):
        print(a, n, a >> n, (a << n) if n < 60 else 'skip')
print(acc)
