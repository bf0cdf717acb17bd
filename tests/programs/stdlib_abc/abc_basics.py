from abc import ABC, ABCMeta, abstractmethod, abstractproperty
import collections.abc as cabc
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
try:
    Shape()
except TypeError as e:
    print(e)
class Sq(Shape):
    def area(self): return 4
    name = 'sq'
print(sorted(Sq.__abstractmethods__), sorted(Shape.__abstractmethods__))
try: Sq()
except TypeError as e: print(e)
class Sq2(Sq):
    @classmethod
    def make(cls): return cls()
print(Sq2.make().area(), Sq2.__abstractmethods__)
class Virtual: pass
Shape.register(Virtual)
print(isinstance(Virtual(), Shape), issubclass(Virtual, Shape), issubclass(int, Shape))
class Hook(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, 'quack') else NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), isinstance(1, Hook))
for t in (list, tuple, dict, set, frozenset, str, bytes, range, type({}.keys()), type(iter([])), type(x for x in ())):
    print(t.__name__, [n for n in ('Iterable', 'Iterator', 'Generator', 'Sized', 'Container', 'Hashable', 'Sequence', 'MutableSequence', 'Mapping', 'MutableMapping', 'Set', 'MutableSet', 'Reversible', 'Collection') if issubclass(t, getattr(cabc, n))])
class MySeq(cabc.Sequence):
    def __init__(self, *a): self.a = a
    def __getitem__(self, i): return self.a[i]
    def __len__(self): return len(self.a)
s = MySeq(1, 2, 3, 2)
print(list(s), 2 in s, s.index(3), s.count(2), list(reversed(s)), isinstance(s, cabc.Reversible))
match s:
    case [1, *rest]: print('matched', rest)
class MyMap(cabc.Mapping):
    def __init__(self, **kw): self.d = kw
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
m = MyMap(a=1, b=2)
print(m.get('a'), m.get('z', 0), 'b' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2})
match m:
    case {'a': 1, **rest}: print('map matched', rest)
class MySet(cabc.Set):
    def __init__(self, it): self.s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= MySet([1, 2, 3, 4]), a.isdisjoint([9]))
try:
    cabc.Sequence()
except TypeError as e:
    print(e)
