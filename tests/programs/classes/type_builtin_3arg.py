def hello(self): return 'hi from ' + type(self).__name__
T = type('T', (object,), {'hello': hello, 'x': 5})
t = T()
print(t.hello(), T.x, T.__name__, T.__bases__, type(T).__name__)
S = type('S', (T,), {})
print(S().hello(), S.__mro__[1].__name__, issubclass(S, T))
print(type(1), type('') is str, type(type), type(object))
try:
    type('X', (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
