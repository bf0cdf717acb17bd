# &, |, ^ on small ints (both signs, at the int32 edges and past them),
# on bools (bool results) and on bool with int (int results), in place too.
vals = [0, 1, -1, 7, -8, 255, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**32 - 1, 2**40 + 3, -(2**40) - 3]
for a in vals:
    print(a, [(a & b, a | b, a ^ b) for b in vals[:7]])
for a in (True, False):
    for b in (True, False, 0, 1, 2, -1):
        r = (a & b, a | b, a ^ b)
        print(a, b, r, [type(x).__name__ for x in r])
changed = False
for x in (False, True, False):
    changed |= x
print(changed, type(changed).__name__)
m = 0b1010
m &= ~0b10
m ^= 1
m |= 1 << 4
print(m, bin(m))
try:
    print(True & 1.5)
except TypeError as e:
    print('TypeError', e)
