class Guard:
    def __setattr__(self, name, value):
        if name.startswith('_'):
            raise AttributeError(f'{name} is private')
        print('setting', name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print('deleting', name)
        super().__delattr__(name)
g = Guard()
g.a = 1
try:
    g._b = 2
except AttributeError as e:
    print(type(e).__name__, e)
del g.a
try:
    del g.a
except AttributeError as e:
    print(type(e).__name__, e)
