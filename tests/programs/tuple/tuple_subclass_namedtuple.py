# namedtuple and tuple subclasses.
from collections import namedtuple
Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]), p == (1, 2), len(p))
x, y = p
print(x, y, type(p).__name__, isinstance(p, tuple))
try:
    p.x = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 9])
print(P3(1), P3(1, 2, 3), P3._field_defaults)
class T(tuple):
    def __new__(cls, *args):
        return super().__new__(cls, args)
    def total(self):
        return sum(self)
t = T(1, 2, 3)
print(t, t.total(), type(t[1:]).__name__, type(t + (4,)).__name__)
