# Instance attributes added in different orders, counts and paths (plain
# stores, setattr, __dict__ writes, deletion, __dict__ replacement) must read
# back exactly, whichever shapes and array sizes the instances end up with.
class A:
    pass

def fill(o, names):
    for n in names:
        setattr(o, n, n.upper())

objs = []
for k in range(6):
    o = A()
    names = ['a', 'b', 'c', 'd', 'e', 'f', 'g'][: k + 1]
    if k % 2:
        names.reverse()
    fill(o, names)
    objs.append(o)
for o in objs:
    print(sorted(vars(o).items()), list(vars(o)))

def store_many(o, n):
    o.p = n
    o.q = n + 1
    o.r = n + 2
    return o

xs = [store_many(A(), i) for i in range(5)]
big = A(); big.z = 0; store_many(big, 10); big.w = 9
xs.append(big)
print([(x.p, x.q, x.r) for x in xs], vars(big))
small = store_many(A(), 100)
print(vars(small))

o = A(); o.x = 1; o.y = 2; o.z = 3
del o.y
o.w = 4
print(vars(o), o.x, o.z, o.w)
o.__dict__ = {'k': 1}
o.m = 2
print(vars(o))
o.__dict__['n'] = 3
print(o.n, hasattr(o, 'x'))

class B(A):
    def __init__(self, v):
        self.v = v
        if v % 2:
            self.odd = True
        self.last = -v

bs = [B(i) for i in range(6)]
for b in bs:
    print(vars(b), getattr(b, 'odd', None), b.last)

for i in range(200):
    t = A()
    t.one = i
    if i % 3 == 0:
        t.two = i * 2
    if i % 5 == 0:
        t.three = i * 3
    assert t.one == i and getattr(t, 'two', None) == (i * 2 if i % 3 == 0 else None)
    assert getattr(t, 'three', None) == (i * 3 if i % 5 == 0 else None)
print('ok')
