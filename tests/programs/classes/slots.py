class P:
    __slots__ = ('x', 'y')
    def __init__(self, x): self.x = x
p = P(1)
print(p.x, hasattr(p, '__dict__'), P.__slots__, type(P.x).__name__)
try:
    p.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
class Q(P):
    pass
q = Q(2)
q.z = 3
print(q.z, vars(q))
class R:
    __slots__ = ('a', '__dict__')
r = R()
r.a = 1; r.b = 2
print(r.a, vars(r))
try:
    class Bad:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)
