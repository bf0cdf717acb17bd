# __missing__, dict subclasses, and hash/eq of custom keys.
class D(dict):
    def __missing__(self, key):
        return f'missing {key}'
d = D(a=1)
print(d['a'], d['b'], d.get('b'), 'b' in d, d)
class Key:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, other): return isinstance(other, Key) and self.v == other.v
    def __repr__(self): return f'Key({self.v})'
m = {Key(1): 'one'}
print(m[Key(1)], Key(2) in m, m)
class Collide:
    def __init__(self, v): self.v = v
    def __hash__(self): return 42
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f'C{self.v}'
c = {Collide(i): i for i in range(5)}
print(c, c[Collide(3)])
del c[Collide(0)]
print(c, Collide(0) in c)
class Unhashable:
    __hash__ = None
try:
    {Unhashable(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class Counting(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
cd = Counting()
cd['x'] = 1
cd.update(y=2)
print(cd)
