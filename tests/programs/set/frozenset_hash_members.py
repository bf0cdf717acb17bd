d = {frozenset({1, 2}): 'a', frozenset(): 'empty'}
print(d[frozenset([2, 1])], d[frozenset()], frozenset({1, 2}) in d)
try:
    {1, 2} in d   # dicts do not convert a set key to frozenset (sets do, for `in`)
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} in {frozenset({1, 2})})
print(frozenset([1, 2]).union([3]), frozenset([1]).copy(), frozenset(frozenset([5])))
