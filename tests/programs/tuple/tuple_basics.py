# Tuples: construction, single-element, immutability, methods, comparison, hashing.
t = (1, 'a', [2])
print(t, (), (1,), tuple(), tuple('ab'), tuple([1]), tuple(range(3)), 1, 2 if False else (1, 2))
print(t[0], t[-1], t[1:], t[::-1], len(t), t.count(1), t.index('a'), 'a' in t)
t[2].append(3)
print(t)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(t)
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index('zz')
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[5]
except IndexError as e:
    print(type(e).__name__, e)
print((1, 2) + (3,), (1,) * 3, (1, 2) < (1, 2, 3), (2,) > (1, 9), (1, 2) == (1, 2), () < (0,))
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)), {(1, 2): 'v'}[(1, 2)])
a = (1, 2)
print(tuple(a) is a, a[:] is a, a * 1 is a, (a + ()) is a)
x, = (5,)
print(x, repr((5,)), str((None, 'q')))
print(divmod(7, 2), type(divmod(7, 2)).__name__, (1, 2, 3)[::2])
