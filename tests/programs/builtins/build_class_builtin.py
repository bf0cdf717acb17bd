import builtins
def body():
    x = 1
    def m(self): return 'm'
    return None
C = builtins.__build_class__(lambda: None, 'C')
print(C.__name__, type(C).__name__)
ns_log = []
orig = builtins.__build_class__
def spy(func, name, *bases, **kw):
    ns_log.append(name)
    return orig(func, name, *bases, **kw)
builtins.__build_class__ = spy
class Spied: pass
builtins.__build_class__ = orig
print(ns_log, Spied.__name__)
try:
    builtins.__build_class__()
except TypeError as e:
    print(type(e).__name__, e)
