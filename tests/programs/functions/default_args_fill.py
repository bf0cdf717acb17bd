# Calls that leave trailing parameters to their defaults, with __defaults__
# replaced, shortened, lengthened and removed, positional-only parameters and
# mutable defaults.
def f(a, b=2, c=[]):
    c.append(a)
    return a, b, len(c)
for i in range(3):
    print(f(i), f(i, 5), f(i, 6, []))
f.__defaults__ = (20, ['x'])
print(f(1), f(1, 2))
f.__defaults__ = (30,)
try:
    print(f(1))
except TypeError as e:
    print('TypeError', e)
print(f(1, 2, [0]))
f.__defaults__ = (7, 8, [9])
print(f(0), f(0, 1))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print('TypeError', e)
def g(a, b=1, /, c=2):
    return a + b + c
print(g(1), g(1, 2), g(1, 2, 3))
class K:
    def add(self, key, n=1):
        return key * n
k = K()
print([k.add(i) for i in range(4)], k.add('a', 3))
def h(a, b=1, *, c=3):
    return a, b, c
print(h(0), h(0, 1))
