# Float methods/attributes/dunders on computed and literal floats, arithmetic
# operators mixing ints and floats, and floats held in closures/generators/classes.
import math

from mod_check import check

h = 1 / 2
t = 0.1 + 0.2
z = 2.5 * 3
r2 = math.sqrt(2)
nan = float('nan')
inf = 1e300 * 1e300
neg = -5 / 2
one = 6 / 6

for label, v in [('h', h), ('0.5', 0.5), ('t', t), ('z', z), ('one', one), ('neg', neg), ('1e-7', 1e-7)]:
    print(label, v.is_integer(), v.as_integer_ratio(), v.hex(), v.__class__.__name__,
          v.real, v.imag, v.conjugate(), float.fromhex(v.hex()) == v)
check('(0.5).as_integer_ratio()', lambda: (0.5).as_integer_ratio())
check('nan.is_integer()', lambda: nan.is_integer())
check('inf.is_integer()', lambda: inf.is_integer())
check('nan.as_integer_ratio()', lambda: nan.as_integer_ratio())
check('inf.as_integer_ratio()', lambda: inf.as_integer_ratio())
check('inf.hex()', lambda: inf.hex())
check('float.__add__(h, 1)', lambda: float.__add__(h, 1))
check('float.__add__(h, "a")', lambda: float.__add__(h, 'a'))
check('float.__add__(1, h)', lambda: float.__add__(1, h))
check('int.__add__(h, 1)', lambda: int.__add__(h, 1))
check('int.__add__(1, h)', lambda: int.__add__(1, h))
check('int.__mul__(z, 2)', lambda: int.__mul__(z, 2))
check('int.__index__(h)', lambda: int.__index__(h))
check('int.bit_length(h)', lambda: int.bit_length(h))
check('float.is_integer(1)', lambda: float.is_integer(1))
check('float.hex(h)', lambda: float.hex(h))
check('int.__repr__(h)', lambda: int.__repr__(h))
check('float.__floor__(z)', lambda: float.__floor__(z))
check('h.__round__()', lambda: h.__round__())
check('z.__round__(0)', lambda: z.__round__(0))
check('h.__trunc__()', lambda: h.__trunc__())
check('neg.__int__()', lambda: neg.__int__())
check('h.__index__', lambda: h.__index__)
check('h.numerator', lambda: h.numerator)
check('h.__eq__(0.5)', lambda: h.__eq__(0.5))
check('h.__eq__(Fraction-like str)', lambda: h.__eq__('0.5'))
check('h.__lt__(1)', lambda: h.__lt__(1))
check('h.__radd__(1)', lambda: h.__radd__(1))
check('h.__rpow__(2)', lambda: h.__rpow__(2))
check('(1).__add__(h)', lambda: (1).__add__(h))
check('(1).__lt__(h)', lambda: (1).__lt__(h))
check('(1).__eq__(1.0)', lambda: (1).__eq__(1.0))
check('h ** 0.5', lambda: h ** 0.5)
check('(-8) ** (1/3)', lambda: (-8) ** (1 / 3))
check('10 ** -2', lambda: 10 ** -2)
check('2 ** 0.5', lambda: 2 ** 0.5)
check('2 ** -1', lambda: 2 ** -1)
check('0 ** -1', lambda: 0 ** -1)
check('0.0 ** -1', lambda: 0.0 ** -1)
check('neg ** 2', lambda: neg ** 2)
check('neg ** h', lambda: neg ** h)
check('inf ** 0', lambda: inf ** 0)
check('nan ** 0', lambda: nan ** 0)
check('1 ** nan', lambda: 1 ** nan)
check('10.0 ** 400', lambda: 10.0 ** 400)
check('0.5 & 1', lambda: 0.5 & 1)
check('h | 1', lambda: h | 1)
check('1 ^ h', lambda: 1 ^ h)
check('h << 1', lambda: h << 1)
check('1 >> h', lambda: 1 >> h)
check('~0.5', lambda: ~0.5)
check('~h', lambda: ~h)
check('-h', lambda: -h)
check('+t', lambda: +t)
check('-nan', lambda: -nan)
check('z // 2', lambda: z // 2)
check('z % 2', lambda: z % 2)
check('-z % 2', lambda: -z % 2)
check('7 // h', lambda: 7 // h)
check('7 % -h', lambda: 7 % -h)
check('z / 0', lambda: z / 0)
check('z // 0', lambda: z // 0)
check('z % 0', lambda: z % 0)
check('1 / 3 * 3', lambda: 1 / 3 * 3)
check('True + h', lambda: True + h)
check('h * True', lambda: h * True)
check('2**1000 * h', lambda: 2 ** 1000 * h)
check('2**1100 * h', lambda: 2 ** 1100 * h)
check('2**1100 / 2', lambda: 2 ** 1100 / 2)
check('h + 1j', lambda: h + 1j)
check('divmod(-z, 2)', lambda: divmod(-z, 2))

def make_adder(step):
    def add(x):
        return x + step
    return add
check('closure adder(h)', lambda: make_adder(h)(1))
def gen(start, step, n):
    x = start
    for _ in range(n):
        yield x
        x += step
check('gen floats', lambda: list(gen(0, 0.1, 4)))
check('gen floats rounded', lambda: [round(v, 1) for v in gen(h, h, 4)])
class Box:
    scale = 1 / 3
    def __init__(self, v):
        self.v = v * 0.5
    def __index__(self):
        return 3
    def __float__(self):
        return self.v
b = Box(3)
check('Box.scale', lambda: Box.scale)
check('b.v', lambda: b.v)
check('b.v.is_integer()', lambda: b.v.is_integer())
check('[1,2,3,4][Box(3)]', lambda: [1, 2, 3, 4][b])
check('float(Box(3))', lambda: float(b))
check('math.floor(Box(3))', lambda: math.floor(b))
check('getattr(b, "v") * 2', lambda: getattr(b, 'v') * 2)
check('lambda default', lambda: (lambda x=h: x * 2)())
check('comprehension', lambda: [x / 2 for x in range(4)])
check('dict comp', lambda: {x: x / 4 for x in range(3)})
check('walrus', lambda: [(y := x / 2) for x in range(2)] + [y])
