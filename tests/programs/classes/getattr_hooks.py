class C:
    existing = 'class attr'
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return name[4:]
        raise AttributeError(f'no {name}')
c = C()
print(c.existing, c.dyn_hello, getattr(c, 'dyn_x'), hasattr(c, 'nope'), getattr(c, 'nope', 'dflt'))
try:
    c.nope
except AttributeError as e:
    print(type(e).__name__, e)
