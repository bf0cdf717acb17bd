def kind(v):
    match v:
        case bool(b):
            return f'bool {b}'
        case int(i):
            return f'int {i}'
        case float(f):
            return f'float {f}'
        case str(s):
            return f'str {s}'
        case bytes(b):
            return f'bytes {b!r}'
        case list([x, *_]):
            return f'list starting {x}'
        case tuple((a, b)):
            return f'pair {a} {b}'
        case dict({'k': v2}):
            return f'dict k={v2}'
        case set() | frozenset():
            return 'a set'
        case _:
            return 'other'
for v in [True, 3, 2.5, 'hi', b'x', [9, 8], (1, 2), {'k': 0}, {1}, frozenset(), None, []]:
    print(kind(v))
