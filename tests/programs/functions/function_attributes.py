def f(a, b=1, *args, c, d=2, **kw):
    "doc"
    x = 1
    return x
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount, f.__code__.co_varnames, f.__code__.co_name)
print(f.__code__.co_flags & 0x04 != 0, f.__code__.co_flags & 0x08 != 0)
f.custom = 'attr'
print(f.custom, f.__dict__, callable(f), type(f).__name__)
def g(): pass
print(g.__defaults__, g.__kwdefaults__, g.__doc__, g.__annotations__)
def h(x: int, y: 'str' = '') -> bool: pass
print(h.__annotations__)
