t = tuple(range(10))
print(t[::2], t[-3:], t[5:2:-1], t[:0], t.index(7), t.index(3, 2, 5), t.count(3), (1, 1, 1).count(1))
try:
    t.index(3, 5)
except ValueError as e:
    print(type(e).__name__, e)
print(t * 0, (None,) * 3, tuple(x * x for x in t if x % 3 == 0))
