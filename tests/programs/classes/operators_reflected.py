class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f'V({self.x})'
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print('radd', o)
        return self + o
    def __mul__(self, k): return V(self.x * k)
    __rmul__ = __mul__
    def __neg__(self): return V(-self.x)
print(V(1) + V(2), V(1) + 5, 5 + V(1), 3 * V(2), V(2) * 3, -V(4), sum([V(1), V(2)], V(0)), sum([V(1), V(2)]))
try:
    V(1) + 'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' + V(1)
except TypeError as e:
    print(type(e).__name__, e)
