import copy
a = [1, 'two', [3], {'k': [4]}, (5, [6])]
b = copy.copy(a); c = copy.deepcopy(a)
print(b == a, b is a, b[2] is a[2], c[2] is a[2], c[3]['k'] is a[3]['k'], c[4] is a[4], c == a)
t = (1, 2); print(copy.deepcopy(t) is t)
class P:
    def __init__(self, x): self.x = x; self.l = [x]
p = P(3); q = copy.copy(p); r = copy.deepcopy(p)
print(q.x, q.l is p.l, r.l is p.l, r.l, type(r).__name__)
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]; self.b = 2
s = copy.deepcopy(S()); print(s.a, s.b)
class C:
    def __copy__(self): return 'copied'
    def __deepcopy__(self, memo): return 'deep'
print(copy.copy(C()), copy.deepcopy(C()))
l = [1]; l.append(l); m = copy.deepcopy(l); print(m[1] is m, m[1] is l)
class L(list): pass
x = L([1, [2]]); x.attr = 5; y = copy.deepcopy(x); print(type(y).__name__, y, y.attr, y[1] is x[1])
class D(dict): pass
dd = D(a=[1]); ee = copy.copy(dd); print(type(ee).__name__, ee, ee['a'] is dd['a'])
print(copy.deepcopy({1, 2, 3}), copy.copy(frozenset({1})), copy.deepcopy(bytearray(b'ab')))
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque
Pt = namedtuple('Pt', 'x y'); print(copy.deepcopy(Pt(1, [2])), copy.copy(Pt(1, 2)))
print(copy.deepcopy(OrderedDict(a=[1])), copy.deepcopy(defaultdict(list, a=[1])), copy.deepcopy(Counter('aab')), copy.deepcopy(deque([1, [2]], maxlen=3)))
class Rd:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (Rd, (self.v * 2,))
print(copy.copy(Rd(2)).v)
