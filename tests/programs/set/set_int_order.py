# Iteration order of int sets follows CPython's hash table layout.
print({5, 3, 1, 100, 33, 64, 8})
print(set(range(10, 0, -1)))
print({-1, -2, 0, 1})
s = set()
for i in [40, 8, 72, 3]:
    s.add(i)
print(s, list(s))
s.discard(8)
s.add(136)
print(s)
print({2 ** 61 - 1, 2 ** 61, 7, 2 ** 61 + 1})
print(set(range(100)) == set(range(99, -1, -1)))
