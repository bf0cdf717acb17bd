a, b = {1, 2}, {1, 2, 3}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a.issubset(b), b.issuperset(a), a.isdisjoint(b - a))
print(a == b - {3}, not (a > b), frozenset(a) < b, {1, 2}.issubset([1, 2]), set().issubset(set()))
try:
    a < [1, 2, 3]
except TypeError as e:
    print(type(e).__name__, e)
