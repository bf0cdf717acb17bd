# Parallel assignment `a, b = x, y`: every value is evaluated before any
# target is stored, targets are stored left to right, and an error in a
# target leaves the earlier targets stored.
log = []

class T:
    def __init__(self, name):
        self.name = name
    def __setattr__(self, k, v):
        log.append(('set', object.__getattribute__(self, '__dict__').get('name', '?'), k, v))
        object.__setattr__(self, k, v)
    def __setitem__(self, k, v):
        log.append(('item', k, v))

def val(x):
    log.append(('val', x))
    return x

a, b = T('a'), T('b')
a.x, b.y = val(1), val(2)
print(log); log.clear()
a.x, b.y, a.z = val(3), val(4), val(5)
print(log); log.clear()
[a[0], b[1]] = val(6), val(7)
print(log); log.clear()

x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
x, y = y, x
print(x, y)
(x, y), z = (1, 2), 3
print(x, y, z)
x, = 5,
print(x)
x, *y = 1, 2, 3
print(x, y)

class NoSet:
    __slots__ = ()

n = NoSet()
q = 0
try:
    q, n.attr = val(8), val(9)
except AttributeError as e:
    print('AttributeError', e, q)
print(log); log.clear()

try:
    x, y = 1, 2, 3
except ValueError as e:
    print('ValueError', e)
try:
    x, y, z = 1, 2
except ValueError as e:
    print('ValueError', e)

def swap_in_loop(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(swap_in_loop(90))

def locals_swap():
    p, q = 'p', 'q'
    p, q = q, p
    return locals()
print(locals_swap())
