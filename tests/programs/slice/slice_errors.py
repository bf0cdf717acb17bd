for f in [lambda: [1, 2][1:2:0], lambda: 'ab'[::0], lambda: [1][1.0:], lambda: (1, 2)['a':], lambda: slice(1, 2, 3)(1), lambda: [1][None:None:None] and slice()]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self): return 1
print([1, 2, 3][Idx():], 'abc'[:Idx()])
