t = 1, 2, 3
a, b, c = t
print(t, a, b, c, type(t).__name__)
def f(): return 1, 'two'
n, s = f()
print(n, s)
nested = ((1, 2), (3, 4))
for (x, y) in nested:
    print(x + y)
(a, b), c = (1, 2), 3
print(a, b, c)
empty = ()
print(empty, len(empty), () == tuple(), bool(()))
