# replace with count, empty pattern; join and its errors.
print('aaa'.replace('a', 'b'), 'aaa'.replace('a', 'b', 2), 'aaa'.replace('a', 'b', 0), 'aaa'.replace('a', 'b', -1))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'), 'abc'.replace('x', 'y'))
print('hello world'.replace('o', ''), 'aXbXc'.replace('X', '  '), '😀😀'.replace('😀', 'ab'))
print(', '.join(['a', 'b', 'c']), ''.join([]), '-'.join('xyz'), '|'.join(map(str, range(4))), ' '.join(x for x in 'ab'))
for bad in [[1, 2], ['a', None], [b'x']]:
    try:
        '-'.join(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    '-'.join(5)
except TypeError as e:
    print(type(e).__name__, e)
print('x'.join({'k': 1}))
