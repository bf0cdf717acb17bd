# slice objects: attributes, indices(), use in __getitem__, equality.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), slice('a', 'b'))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10), slice(-3, None).indices(10), slice(2 ** 100).indices(5))
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, key):
        return key
q = Seq()
print(q[1:2], q[::3], q[1:2, 3], q[...], q[:, None], q['x':])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
try:
    hash(slice(1, 2))
    print('slices hashable')
except TypeError as e:
    print(type(e).__name__, e)
print('abcdef'[slice(1, None, 2)], [0, 1, 2, 3][slice(-1, None, -2)], (1, 2, 3)[slice(None)])
