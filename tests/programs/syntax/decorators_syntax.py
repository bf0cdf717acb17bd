# Decorator syntax: stacking order, arbitrary expressions (PEP 614), class decorators.
order = []
def deco(name):
    order.append('make ' + name)
    def d(f):
        order.append('apply ' + name)
        return f
    return d
@deco('a')
@deco('b')
def f():
    pass
print(order)
decos = {'twice': lambda f: lambda *a: f(f(*a))}
@decos['twice']
def inc(x):
    return x + 1
print(inc(0))
@(lambda c: setattr(c, 'tag', 'tagged') or c)
class C:
    pass
print(C.tag)
def add_repr(cls):
    cls.__repr__ = lambda self: f'<{cls.__name__}>'
    return cls
@add_repr
class D:
    pass
print(D())
