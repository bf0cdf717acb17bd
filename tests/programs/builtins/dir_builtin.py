class C:
    z = 1
    def __init__(self): self.a = 2
    def method(self): pass
print([n for n in dir(C()) if not n.startswith('__')])
print([n for n in dir(C) if not n.startswith('__')])
class D:
    def __dir__(self): return ['b', 'a', 'c']
print(dir(D()))
import math
print('sqrt' in dir(math), 'pi' in dir(math))
def f():
    x = 1
    y = 2
    return dir()
print(f())
print(sorted(n for n in dir([]) if not n.startswith('_')))
