def f(*a): return a
print(f(*'abc'), f(*range(3)), f(*{1: 2}), f(*(x for x in 'xy')), f(*[], *()))
def g(**k): return sorted(k)
class M:
    def keys(self): return ['p', 'q']
    def __getitem__(self, k): return k * 2
print(g(**M()))
try:
    g(**5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*None)
except TypeError as e:
    print(type(e).__name__, e)
