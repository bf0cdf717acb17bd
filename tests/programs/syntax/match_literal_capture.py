# match: literal, capture, wildcard and value patterns.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class K:
    LIMIT = 10
def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case 1.5:
            return 'one and a half'
        case 'hi':
            return 'greeting'
        case b'by':
            return 'bytes'
        case None:
            return 'none'
        case True:
            return 'true'
        case Color.RED:
            return 'red'
        case K.LIMIT:
            return 'limit'
        case 2+3j:
            return 'complex'
        case _:
            return 'other'
for v in [0, 2, -1, 1.5, 'hi', b'by', None, True, False, 1.0, Color.RED, Color.GREEN, 10, 2+3j, 'x']:
    print(repr(v), describe(v))
match 42:
    case n:
        print('captured', n)
match (1, 2):
    case _:
        print('wildcard does not bind')
print('_' in globals())
