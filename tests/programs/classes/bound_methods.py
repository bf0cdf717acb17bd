class C:
    def m(self, x): return (self.v, x)
    def __init__(self, v): self.v = v
c = C(1)
bm = c.m
print(bm(2), bm.__self__ is c, bm.__func__ is C.m, C.m(c, 3), bm.__name__, bm.__qualname__)
print(c.m == c.m, c.m is c.m, C(1).m == C(1).m)
f = C.m
print(f(C(5), 6), type(bm).__name__, type(f).__name__)
c.m = lambda x: 'instance attr'
print(c.m(0))
