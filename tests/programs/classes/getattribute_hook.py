class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        print('get', name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
l = Logged()
print(l.x)
print(l.missing)
