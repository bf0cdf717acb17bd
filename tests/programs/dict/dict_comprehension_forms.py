print({x: x * x for x in range(4)}, {k: v for k, v in [('a', 1), ('b', 2), ('a', 3)]}, {c: i for i, c in enumerate('abca')})
print({(i, j): i * j for i in range(2) for j in range(2)}, {k: [] for k in 'xy'})
