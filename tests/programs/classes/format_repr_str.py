class P:
    def __init__(self, x): self.x = x
    def __repr__(self): return f'P({self.x!r})'
    def __str__(self): return f'point {self.x}'
    def __format__(self, spec):
        return f'<{spec}:{self.x}>' if spec else str(self)
p = P('a')
print(p, repr(p), str(p), f'{p}', f'{p:xyz}', f'{p!r}', f'{p!s:>12}', format(p, 'q'), [p], {'k': p}, (p,))
class OnlyRepr:
    def __repr__(self): return 'OnlyRepr!'
print(OnlyRepr(), str(OnlyRepr()), f'{OnlyRepr()}')
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, s): return 1
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
