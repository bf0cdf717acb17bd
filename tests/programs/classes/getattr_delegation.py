class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Real:
    def __init__(self): self.v = 1
    def hello(self): return 'hello from real'
r = Real()
p = Proxy(r)
print(p.v, p.hello())
p.v = 5
print(r.v, 'v' in vars(p))
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
