# keys/values/items views: live, set operations, reversed, membership.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d['d'] = 4
print(len(k), list(v), ('d', 4) in it, 'a' in k, 4 in v)
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(sorted(it & {('a', 1), ('b', 0)}), k == {'a', 'b', 'c', 'd'}, k.isdisjoint(['x']), k <= {'a', 'b', 'c', 'd', 'e'})
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
try:
    v & {1}
except TypeError as e:
    print(type(e).__name__, e)
print(v == v, d.values() == d.values())
print(type(k).__name__, type(v).__name__, type(it).__name__)
m = k.mapping
print(m, m is d if False else type(m).__name__)
