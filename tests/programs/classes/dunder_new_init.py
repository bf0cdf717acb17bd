class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print('init', v)
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)
class NotSelf:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(NotSelf())
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
class NoArgs: pass
try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class InitReturns:
    def __init__(self): return 1
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
