N, FIVE = None, 5
tests = [
    lambda: None.attr, lambda: [].nope, lambda: (1).real.foo, lambda: len(None), lambda: [1, 2][5], lambda: 'abc'[10],
    lambda: {}['x'], lambda: int('12a'), lambda: float('x'), lambda: 1 + None, lambda: None + 1, lambda: [] + (), lambda: abs(None),
    lambda: iter(5), lambda: next(iter([])), lambda: N[0], lambda: FIVE[0], lambda: {}.x, lambda: object().__dict__,
    lambda: (lambda: 0)(1), lambda: print(end=5), lambda: sorted(1), lambda: min([]), lambda: max(), lambda: chr('a'),
    lambda: 'a' * 'b', lambda: [1][N], lambda: ().x, lambda: hash([]), lambda: {[]: 1}, lambda: set([{}]),
    lambda: 'x'.join([1]), lambda: import_error(), lambda: int.nope, lambda: type.__dict__['mro'](1),
]
def import_error():
    from sys import nope
for t in tests:
    try:
        t()
        print('no error')
    except Exception as e:
        print(type(e).__name__ + ':', e)
