# Class patterns: positional via __match_args__, keyword, builtins with self-match.
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
class P3(Point):
    __match_args__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def where(p):
    match p:
        case Point(x=0, y=0):
            return 'origin'
        case P3(_, _, z) if z > 0:
            return f'above {z}'
        case Point(0, y):
            return f'y-axis {y}'
        case Point(x, 0):
            return f'x-axis {x}'
        case Point():
            return 'somewhere'
        case int(n) | float(n):
            return f'number {n}'
        case str() as s:
            return f'string {s!r}'
        case _:
            return 'unknown'
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), P3(1, 2, 3), P3(0, 0, -1), 7, 2.5, 'z', None]:
    print(where(p))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class Two:
    __match_args__ = ('a',)
    a = 1
try:
    match Two():
        case Two(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
match Point(1, 2):
    case Point(x=1, missing=3):
        print('no')
    case _:
        print('missing attribute just fails to match')
try:
    match 1:
        case len():
            pass
except TypeError as e:
    print(type(e).__name__, e)
