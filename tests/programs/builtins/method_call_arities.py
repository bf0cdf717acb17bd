# Builtin methods called with zero to three positional arguments, keyword
# arguments and wrong counts (the interpreter calls methods with plain
# positional signatures without an argument array), and `in` on sets.
calls = [
    ([1, 2], 'append', (3,)), ([1, 2], 'append', ()), ([1, 2], 'append', (1, 2)),
    ([3, 1], 'pop', ()), ([3, 1], 'pop', (0,)), ([3, 1], 'pop', (0, 1)), ([], 'pop', ()),
    ([1, 2, 1], 'index', (1, 1)), ([1, 2, 1], 'index', (1, 1, 3)), ([1], 'index', (5,)),
    ([1, 2], 'insert', (0, 9)), ([1, 2], 'insert', (0,)),
    ({'a': 1}, 'get', ('a',)), ({'a': 1}, 'get', ('b', 7)), ({'a': 1}, 'get', ()),
    ({'a': 1}, 'setdefault', ('b',)), ({'a': 1}, 'pop', ('c',)), ({'a': 1}, 'pop', ('c', 0)),
    ('a,b', 'split', (',',)), ('a,b,c', 'split', (',', 1)), ('abc', 'split', (1,)),
    ('abc', 'startswith', ('a',)), ('abc', 'startswith', ('b', 1)), ('abc', 'startswith', ()),
    (' x ', 'strip', ()), ('xax', 'strip', ('x',)), ('abc', 'replace', ('b', 'B')),
    ('abc', 'replace', ('b',)), ('-', 'join', (['a', 'b'],)), ('-', 'join', ([1],)),
    ({1, 2}, 'add', (3,)), ({1, 2}, 'discard', (5,)), ({1}, 'remove', (5,)), ({1}, 'add', ([],)),
    ((1, 2, 1), 'count', (1,)), (b'ab', 'find', (b'b',)), (bytearray(b'a'), 'append', (98,)),
    (3.5, 'is_integer', ()), ((5).to_bytes(2, 'big'), 'hex', ()), (10, 'bit_length', ()),
]
for obj, name, args in calls:
    try:
        r = getattr(obj, name)(*args)
        print(name, args, '->', r, obj)
    except Exception as e:
        print(name, args, '!', type(e).__name__, e)
print([1, 2].index(2, start=0) if False else 'kw')
try:
    print({'a': 1}.get(key='a'))
except TypeError as e:
    print('TypeError', e)
print('a b'.split(sep=None, maxsplit=1))
s = {1, 2, (3, 4), frozenset({5})}
print(1 in s, 3 in s, (3, 4) in s, {5} in s, frozenset({5}) in s, 2 not in s)
try:
    [] in s
except TypeError as e:
    print('TypeError', e)
class S(set):
    def __contains__(self, x):
        return x == 'always'
print('always' in S(), 1 in S({1}), 'x' in frozenset('xyz'), 1.0 in {1}, True in {1})
for e in ['{}.get(key=1)', '[].append(x=1)', '"".startswith(prefix=1)', 'len(obj=1)', '[].index(value=1)', 'set().add(x=1)', '"a".split(",", 1, x=2)', '(1).bit_length(x=1)']:
    try: eval(e)
    except TypeError as x: print(e, '->', x)
