# `seq *= x` is a sequence repeat only for int-like x (sq_inplace_repeat);
# otherwise the operator's TypeError.  A direct __imul__ call converts x
# with __index__ and raises its own message.
class Idx:
    def __index__(self):
        return 2

    def __repr__(self):
        return 'Idx()'

for mk in (list, bytearray):
    for x in ('a', 2.5, 1 / 3, None, Idx(), True, 0, -1, 2):
        b = mk(b'ab')
        try:
            b *= x
            print(mk.__name__, repr(x), '->', b)
        except Exception as e:
            print(mk.__name__, repr(x), '!!', type(e).__name__, e)
    for x in ("a", 2.5, 1 / 4):
        b = mk(b'ab')
        try:
            print(mk.__name__, 'direct', repr(x), b.__imul__(x))
        except Exception as e:
            print(mk.__name__, 'direct', repr(x), '!!', type(e).__name__, e)
