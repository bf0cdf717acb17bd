# More set methods and subclasses.
s = {x % 7 for x in range(20)}
print(s, len(s), min(s), max(s), sum(s))
t = s.copy()
t.clear()
print(t, s)
s.difference_update({0, 1}); print(s)
s.intersection_update(range(4)); print(s)
s.symmetric_difference_update({3, 9}); print(s)
class S(set):
    pass
x = S([1, 2])
print(type(x | {3}).__name__, type(x.copy()).__name__, x)
try:
    set.union()
except TypeError as e:
    print(type(e).__name__, e)
print(frozenset.union(frozenset([1]), [2]))
print(repr(frozenset({1})), repr(S()), repr(frozenset()))
