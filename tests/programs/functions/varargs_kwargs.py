def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, *[2, 3], b=4, **{'c': 5}))
def g(a, *rest, key=None, **extra):
    return a, rest, key, extra
print(g(1, 2, 3, key='k', z=0))
print(type(f()[0]).__name__, type(f()[1]).__name__)
