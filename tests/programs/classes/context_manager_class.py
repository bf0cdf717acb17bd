class Res:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print('open', self.name)
        return self
    def __exit__(self, *exc):
        print('close', self.name, exc[0].__name__ if exc[0] else None)
        return False
with Res('a') as r, Res('b'):
    print('using', r.name)
import contextlib
@contextlib.contextmanager
def tag(n):
    print(f'<{n}>')
    try:
        yield n
    finally:
        print(f'</{n}>')
with tag('p') as t:
    print('inside', t)
try:
    with tag('q'):
        raise ValueError('x')
except ValueError as e:
    print('caught', e)
with contextlib.suppress(KeyError):
    {}['k']
print('suppressed')
