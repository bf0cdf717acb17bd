# Sequence patterns with star, nested, and what counts as a sequence.
def m(x):
    match x:
        case []:
            return 'empty'
        case [a]:
            return f'one {a}'
        case [a, b]:
            return f'two {a} {b}'
        case [first, *mid, last] if len(mid) > 2:
            return f'long {first} {mid} {last}'
        case [first, *rest]:
            return f'many {first} {rest}'
        case _:
            return 'not a sequence'
for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), 'ab', b'ab', {1: 2}, range(3), 5, bytearray(b'x')]:
    print(repr(v), '->', m(v))
match [1, [2, 3], (4, [5])]:
    case [a, [b, c], (d, [e])]:
        print(a, b, c, d, e)
match (1, 2, 3):
    case (*init, 3):
        print('init', init)
match [1, 2]:
    case [int(), str()]:
        print('no')
    case [int(x), int(y)]:
        print('ints', x, y)
import collections
match collections.deque([1, 2, 3]):
    case [1, *others]:
        print('deque', others)
