import functools
from functools import reduce, partial, wraps, lru_cache, cache, total_ordering, cmp_to_key
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [], 'init'))
def f(a, b=2, *args, **kw):
    return (a, b, args, kw)
p = partial(f, 1, x=3)
print(p(), p(5, 6, y=7), p(x=9), p.func is f, p.args, p.keywords)
p2 = partial(p, 8, z=0)
print(p2.func is f, p2.args, p2.keywords, p2())
print(repr(partial(max, 1, key=abs)))
class MyPartial(partial):
    pass
mp = MyPartial(f, 1)
print(type(mp).__name__, mp(2), repr(mp).split(' at ')[0])
p.note = 'hello'; print(p.note, p.__dict__)

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k) * 2
    return inner
@deco
def double_me(x):
    """Doc of double_me."""
    return x
print(double_me(21), double_me.__name__, double_me.__doc__, double_me.__wrapped__.__name__, double_me.__qualname__)

calls = []
@lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n
print([sq(i) for i in [1, 2, 1, 3, 2, 1]], calls, sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.cache_parameters(), sq.__name__, sq.__wrapped__(4))

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), fib.cache_info().hits, fib.cache_info()[1])

@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(30), fact.cache_info())

@lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind(True), kind.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1); print(nocache.cache_info())

class C:
    def __init__(self): self.n = 0
    @lru_cache(maxsize=None)
    def m(self, x):
        self.n += 1
        return x + 1
c = C(); print(c.m(1), c.m(1), c.n, C.m.cache_info())

@lru_cache()
def kw(a, *, b=1):
    return a + b
print(kw(1), kw(1, b=1), kw(a=1), kw.cache_info())

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'V({self.v})'
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= V(1), sorted([V(3), V(1), V(2)]), max(V(5), V(2)))

@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __ge__(self, o): return self.v >= o.v
print(G(1) < G(2), G(1) > G(2), G(2) <= G(2))
try:
    total_ordering(type('E', (), {}))
except ValueError as e:
    print('ValueError', e)

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda x, y: len(y) - len(x))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
try:
    hash(K(1))
except TypeError as e:
    print(e)
for bad in ["reduce(operator.add, [])", "reduce(operator.add, 3)", "partial()", "partial(3)", "lru_cache('x')"]:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
