# Augmented assignment: in-place on mutable objects, rebinding on immutables, targets evaluated once.
x = 5
x += 3; print(x)
x -= 1; print(x)
x *= 4; print(x)
x //= 3; print(x)
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 6; print(x)
x ^= 15; print(x)
x /= 2; print(x)
a = [1]
b = a
a += [2]          # list.__iadd__ mutates in place
print(a is b, b)
t = (1,)
u = t
t += (2,)         # tuple has no __iadd__: rebinding
print(t is u, u, t)
s = 'ab'
s *= 3
print(s)
calls = []
def idx():
    calls.append('idx')
    return 0
d = [10]
d[idx()] += 5
print(d, calls)
class Box:
    def __init__(self): self.v = 1
bx = Box()
bx.v += 41
print(bx.v)
t2 = ([1],)
try:
    t2[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t2)          # the list was extended before the item assignment failed
try:
    n = None
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
