# set and frozenset operations (printed sorted where elements are strings).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3} < b, a >= {1}, a > a, a.isdisjoint({9}))
print(a.union([9], (10,)), a.intersection(range(3)), a.difference({1}, {2}), a.symmetric_difference([1, 99]))
print(a.issubset(range(10)), a.issuperset([1, 2]))
c = set(a)
c |= {7}; c &= {1, 2, 7, 8}; c -= {1}; c ^= {2, 3}
print(c)
c.add(5); c.discard(99); c.remove(5); c.update([1], [2])
print(c, c.pop() in {1, 2, 3, 7}, len(c))
try:
    c.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
f = frozenset([1, 2])
print(f, frozenset(), set(), f | {3}, type(f | {3}).__name__, type({3} | f).__name__, f == {1, 2}, hash(f) == hash(frozenset({2, 1})))
print({f: 'ok'}[frozenset([2, 1])], {frozenset(): 1})
try:
    f.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted({'pear', 'apple', 'fig'}), sorted(set('mississippi')), {1, 1.0, True}, {0, False, 0.0})
print(set([3, 1, 2]), {10, 5, 1}, set(range(20)) - set(range(0, 20, 2)))
s = {1, 2, 3}
print(1 in s, [1] in [[1]], s == frozenset(s), set() == frozenset(), {1, 2} < {1, 2, 3} and not {1, 2} < {1, 2})
try:
    [] in {1}
except TypeError as e:
    print(type(e).__name__, e)
print(frozenset([1]) in {frozenset([1])}, {1} in [{1}])
try:
    {1} in {frozenset([1])}
    print('set coerced to frozenset for lookup')
except TypeError as e:
    print(type(e).__name__, e)
