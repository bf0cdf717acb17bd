print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, [], [1], '', 'a'])))
print(list(map(str.upper, 'abc')), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2], [5, 5])))
m = map(int, ['1', 'x'])
print(next(m))
try:
    next(m)
except ValueError as e:
    print(type(e).__name__, e)
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(len, 5)
except TypeError as e:
    print(type(e).__name__, e)
