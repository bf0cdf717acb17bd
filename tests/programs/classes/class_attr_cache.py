# Class.attr and Class.method(self) from a loop (cached by the interpreter per
# class version): values and methods replaced on a base, shadowed and unshadowed
# in a subclass, classmethods, staticmethods, a metaclass __getattribute__.
class Base:
    k = 1
    def __init__(self, x):
        self.x = x
    def m(self):
        return 'base'
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm():
        return 'static'
class Sub(Base):
    def __init__(self, x):
        Base.__init__(self, x + 1)
    def m(self):
        return 'sub+' + Base.m(self)
def run(n):
    out = []
    for i in range(n):
        s = Sub(i)
        out.append((s.x, s.m(), Base.k, Sub.k, Base.cm(), Sub.cm(), Sub.sm(), Base.__name__, Sub.__qualname__))
    return out[-1]
print(run(5))
Base.k = 2                 # value change: version bump
print(run(3))
def m2(self): return 'base2'
Base.m = m2                # method replaced on the base
print(run(3))
Sub.k = 'own'              # shadowing in the subclass
print(run(3))
del Sub.k
print(run(3))
class Meta(type):
    def __getattribute__(cls, name):
        if name == 'k': return 'meta'
        return super().__getattribute__(name)
class WithMeta(metaclass=Meta):
    k = 5
    def f(self): return 'f'
def run2(n):
    r = None
    for i in range(n):
        r = (WithMeta.k, WithMeta.f(WithMeta()))
    return r
print(run2(4))
def classes(n):
    r = []
    for c in [Base, Sub, WithMeta, int, str] * n:
        r.append((c.__name__, getattr(c, 'k', None)))
    return r[-5:]
print(classes(3))
