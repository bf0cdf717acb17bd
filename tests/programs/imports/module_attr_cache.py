# module.attr and module.function() from a loop (the interpreter caches the
# module dict entry): replaced values, deleted and re-added names, several
# modules at one site, a module subclass with a property.
import math, sys
import types
def f(n):
    s = 0.0
    for i in range(n):
        s += math.sqrt(i) + math.pi
    return s
print(f(10))
math.sqrt = lambda x: -1.0          # value replaced: same key
print(f(3))
del math.sqrt                        # key removed
try:
    f(2)
except AttributeError as e:
    print('AttributeError', e)
math.sqrt = lambda x: 2.0            # key re-added
print(f(3))
m = types.ModuleType('m')
m.g = lambda: 1
def h(mod):
    return mod.g() + mod.g()
print(h(m))
m2 = types.ModuleType('m2'); m2.g = lambda: 10
print(h(m2), h(m))
class M(types.ModuleType):
    @property
    def g(self): return lambda: 100
m3 = M('m3')
print(h(m3))
# (krait does not support module __class__ assignment yet)
print(h(m))
def getattr_mod():
    return sys.maxsize > 0, sys.version_info[:2]
print(getattr_mod(), getattr_mod())
