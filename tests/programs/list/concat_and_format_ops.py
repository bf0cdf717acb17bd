# list + list, tuple + tuple and str % x, with subclasses that override
# the reflected operators (which must win when they are subclasses).
t = (1, 2)
print(t + () is t, () + t is t, () + () == (), [1] + [2], (1,) + (2, 3), [] + [])
a = [1, 2]
b = a + []
print(b, b is a, a + a)

class L(list):
    def __radd__(self, other):
        return 'L.__radd__'

class T(tuple):
    def __radd__(self, other):
        return 'T.__radd__'

class S(str):
    def __rmod__(self, other):
        return 'S.__rmod__'

print([0] + L([1]), (0,) + T((1,)), '%s' % S('x'))
print(type(L([1]) + [2]).__name__, type(T((1,)) + (2,)).__name__)

class Other:
    def __rmod__(self, other):
        return 'never'
    def __repr__(self):
        return 'Other()'

print('%r' % Other(), '%s and %s' % (1, 2.5), '%(a)s' % {'a': 'dict'}, '100%%' % ())
for bad in [([1], (2,)), ((1,), [2]), ([1], 'x')]:
    try:
        bad[0] + bad[1]
    except TypeError as e:
        print('TypeError', e)
try:
    '%d' % 'x'
except TypeError as e:
    print('TypeError', e)
try:
    '%s %s' % (1,)
except TypeError as e:
    print('TypeError', e)
