class C:
    pass
c = C()
setattr(c, 'x', 1)
print(getattr(c, 'x'), getattr(c, 'y', 'default'), hasattr(c, 'x'), hasattr(c, 'y'))
delattr(c, 'x')
print(hasattr(c, 'x'))
setattr(c, 'not an identifier', 2)
print(getattr(c, 'not an identifier'), vars(c))
for bad in [lambda: getattr(c, 'y'), lambda: getattr(c, 5), lambda: setattr(1, 'x', 2), lambda: delattr(c, 'zz'), lambda: getattr(c)]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class Raises:
    @property
    def p(self): raise ValueError('not AttributeError')
try:
    hasattr(Raises(), 'p')
except ValueError as e:
    print('hasattr propagates', e)
