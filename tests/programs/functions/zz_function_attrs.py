# Attributes of functions, methods, code objects, cells and modules.
def f(a, b=2, *args, c, d=4, **kw) -> int:
    'doc of f'
    x = a
    def g():
        return x
    return g
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__defaults__, f.__kwdefaults__, f.__annotations__)
co = f.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_varnames, co.co_cellvars, co.co_freevars, co.co_flags & 0xf)
g = f(1, c=3)
print(g.__qualname__, g.__code__.co_freevars, g.__closure__[0].cell_contents, g.__globals__ is globals())
f.__defaults__ = (5,)
print(f.__defaults__)
for bad in [('__defaults__', 1), ('__name__', 1), ('__kwdefaults__', 1), ('__annotations__', 1)]:
    try:
        setattr(f, *bad)
    except TypeError as e:
        print(e)
f.custom = 'attr'
print(f.__dict__, f.custom)
class K:
    def m(self):
        return 'm'
    @classmethod
    def cm(cls):
        return cls.__name__
k = K()
bm = k.m
print(bm(), bm.__func__ is K.m, bm.__self__ is k, bm.__name__, bm.__qualname__, bm == k.m, bm != K().m, hash(bm) == hash(k.m))
print(K.cm(), k.cm.__self__ is K, K.__dict__['m'].__get__(k)())
MethodType = type(bm)
ModuleType = type(__import__('sys'))
print(MethodType(K.m, k)(), type(bm).__name__, type(f).__name__)
def empty():
    if False:
        v = 1
    def h():
        return v
    return h
try:
    empty().__closure__[0].cell_contents
except ValueError as e:
    print(e)
print(repr(__import__('sys')))
m = ModuleType('mymod', 'the doc')
print(m.__name__, m.__doc__, repr(m))
try:
    m.missing
except AttributeError as e:
    print(e)
m.__getattr__ = lambda name: 'dyn_' + name
print(m.anything)
print(sorted(x for x in dir(m) if not x.startswith('__')))
print(list(co.co_positions())[0][0] == co.co_firstlineno or True)
