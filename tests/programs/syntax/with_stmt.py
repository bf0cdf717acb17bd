# with: enter/exit order, multiple managers, as-targets, exception passed to __exit__.
class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.swallow
with CM('a') as a, CM('b') as b:
    print('body', a, b)
with CM('x', swallow=True):
    raise ValueError('boom')
print('after swallow')
try:
    with CM('y'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))
with (CM('p') as p,
      CM('q') as q):
    print(p, q)
with CM('t') as (first, *rest):
    print(first, rest)
def f():
    with CM('r'):
        return 'returned'
print(f())
for i in range(2):
    with CM(str(i)):
        if i == 0:
            continue
        break
try:
    with 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
class OnlyEnter:
    def __enter__(self): return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
