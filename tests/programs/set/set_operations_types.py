print(type(frozenset() | set()).__name__, type(set() | frozenset()).__name__, type(frozenset() & {1}).__name__, type({1} - frozenset()).__name__)
print(frozenset([1, 2]) ^ {2, 3}, {1, 2, 3} - frozenset([2]), frozenset('ab') & set('bc'))
S1 = {1}
for bad in [lambda: {1} + {2}, lambda: {1} * 2, lambda: S1[0]]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
