# CPython's argument error messages.
def none(): pass
def one(a): pass
def two(a, b): pass
def dflt(a, b=1): pass
def kwo(*, k): pass
def kwo2(*, k, j): pass
def mixed(a, b, /, c, *, d): pass
def varargs(a, *args): pass
cases = [
    lambda: none(1), lambda: none(1, 2), lambda: none(x=1), lambda: one(), lambda: one(1, 2), lambda: two(1),
    lambda: two(), lambda: dflt(), lambda: dflt(1, 2, 3), lambda: one(1, a=2), lambda: one(b=1), lambda: kwo(),
    lambda: kwo2(), lambda: kwo(1), lambda: mixed(1, 2), lambda: mixed(1, 2, 3), lambda: mixed(a=1, b=2, c=3, d=4),
    lambda: varargs(), lambda: dflt(1, c=2), lambda: two(1, 2, 3, 4), lambda: kwo(1, 2, k=3), lambda: one(**{'a': 1, 'b': 2}),
    lambda: one(*[1], **{'a': 1}), lambda: one(**{1: 2}), lambda: one(*5), lambda: one(**[1]),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
