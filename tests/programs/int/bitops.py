# Bitwise operations on negatives and big ints.
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (2 ** 70 + 5, -3), (-2 ** 70, 2 ** 69 - 1)]:
    print(a & b, a | b, a ^ b, ~a)
print(1 << 100, -1 << 3, 5 >> 1, -5 >> 1, -1 >> 100, 7 >> 100)
print((2 ** 100) >> 98, (-2 ** 100) >> 98)
for e in ('1 << -1', '1 >> -1'):
    try:
        eval(e)
    except ValueError as err:
        print(e, type(err).__name__, err)
try:
    1 << (2 ** 100)
except (OverflowError, MemoryError) as err:
    print(type(err).__name__, err)
print(0 >> (2 ** 100), -1 >> (2 ** 100), 1 >> (2 ** 100))
print(~0, ~-1, ~(2 ** 64))
print(bin(-37), hex(-255), oct(-8))
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (2 ** 100).bit_length())
print((255).bit_count(), (-255).bit_count(), (2 ** 100 - 1).bit_count())
try:
    1.5 & 1
except TypeError as e:
    print(type(e).__name__, e)
