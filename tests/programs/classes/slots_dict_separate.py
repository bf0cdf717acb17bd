class P:
    __slots__ = ('x', 'y')
class Q(P):
    pass
q = Q(); q.x = 1; q.a = 2
print(vars(q), q.x, sorted(n for n in dir(q) if not n.startswith('__')))
q.__dict__ = {'b': 3}
print(q.x, vars(q), q.b)
del q.x
try: q.x
except AttributeError as e: print(e)
q.x = 5; print(q.x, q.__dict__)
d = q.__dict__
q.y = 7; print(d, q.y)
del q.y
try: del q.y
except AttributeError as e: print(e)
for i in range(50):
    q.x = i
    s = q.x
print(s)
import copy
c = copy.copy(q); print(c.x, c.__dict__)
class S:
    __slots__ = ('a', 'b', '__dict__')
    def __init__(self): self.a = 1
s = S(); print(s.__dict__, s.a); s.c = 3; print(vars(s))
