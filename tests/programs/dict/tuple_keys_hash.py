# Dicts and sets keyed by tuples and other objects with 64-bit hashes.

# hash() of tuples is CPython's exact value
vals = [(), (1,), (1, 2), (-1,), (-2,), (2**62, -2**63), (1.5, -0.25), (True, False),
        ((1, 2), (3, (4, 5))), (2**100, -2**100), (frozenset({1, 2}),), (None is None, 3 + 4j)]
for v in vals:
    print(v, hash(v))
print(hash((1, 2)) == hash((1, 2)), hash(((1, 2),)) == hash(((1, 2),)))

# dict with tuple keys: insert, lookup, overwrite, delete, compaction, order
d = {}
for i in range(2000):
    d[(i, -i, i * 1.5)] = i
print(len(d), d[(10, -10, 15.0)], (10, -10, 15) in d, (10, -10, 15.5) in d)
for i in range(0, 2000, 3):
    del d[(i, -i, i * 1.5)]
print(len(d), list(d.items())[:5], sum(d.values()))
for i in range(0, 2000, 6):
    d[(i, -i, i * 1.5)] = -i
print(len(d), list(d)[-3:], d.get((6, -6, 9.0)), d.get((3, -3, 4.5)))
while len(d) > 5:
    d.popitem()
print(d)
d.clear()
d[(1, 2)] = 'a'
d[1] = 'int'
d['s'] = 'str'
d[(1, 2.0)] = 'b'
print(d)

# mixing simple and tuple keys, and objects with equal hashes
class K:
    calls = 0
    def __init__(self, t):
        self.t = t
    def __hash__(self):
        return hash(self.t)
    def __eq__(self, other):
        K.calls += 1
        return isinstance(other, K) and self.t == other.t or other == self.t
d = {K((1, 2)): 'k', (3, 4): 't'}
print(d[(1, 2)], d[K((3, 4))], K.calls)
K.calls = 0
d2 = {}
for i in range(100):
    d2[K((i, i))] = i
print(K.calls, d2[K((50, 50))], K.calls)

class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __repr__(self):
        return 'H(%d)' % self.h
big = [H(2**62 + i) for i in range(5)] + [H(-2**63 + 7), H(0), H(1 << 32)]
d3 = {h: i for i, h in enumerate(big)}
print([d3[h] for h in big], sorted(hash(h) for h in big)[:3])
s3 = set(big)
print(list(s3))

# an int subclass key equals the int
class MyInt(int):
    pass
d4 = {MyInt(5): 'm', (5,): 't'}
print(d4[5], d4[MyInt(5)], d4[(MyInt(5),)])

# sets of tuples: table order matches CPython
s = {(i, i * 3) for i in range(40)}
print(list(s))
s2 = {(i, -i, 2**40 + i) for i in range(30)}
print(list(s2))
s.discard((3, 9))
s.add((100, 300))
print(list(s)[:10], len(s))
print(sorted(s & {(1, 3), (2, 6), (5, 5)}), list(s - {(i, i * 3) for i in range(35)}))
print(list({(1, 2), (3, 4)} ^ {(3, 4), (5, 6), (7, 8)}))
p = {(i, i) for i in range(10)}
print([p.pop() for _ in range(4)], list(p))
print(hash(frozenset({(1, 2), (3, 4)})), hash(frozenset(s2)), frozenset({(1, 2)}) in {frozenset({(1, 2)})})
print({(1, 2): 1, (1.0, 2.0): 2}, {(1, 2), (1.0, 2.0), (True, 2)})
nested = {((i, j), (j, i)) for i in range(5) for j in range(3)}
print(list(nested))
print(list({(None, 1): 1, (None, 2): 2}), (None, 1) in {(None, 1)})

# tuple subclasses that keep tuple's hash (namedtuple), and ones that don't
from collections import namedtuple
P = namedtuple('P', 'x y')
pts = {P(i, -i): i for i in range(20)}
print(pts[P(3, -3)], pts[(4, -4)], (5, -5) in pts, hash(P(1, 2)) == hash((1, 2)), hash(P(2**40, 1)))
print(list({P(i, i * 2) for i in range(12)}))
class T(tuple):
    def __hash__(self):
        return 12345
print({T((1, 2)): 'a', (1, 2): 'b'}, T((1, 2)) in {(1, 2)}, list({T((i,)) for i in range(4)}))
