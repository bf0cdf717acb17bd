import types
u = int | str
print(u, type(u), u.__args__, int | None, None | int, int | int, list[int] | None, (int | str) | (float | int))
print(isinstance(1, u), isinstance(None, int | None), issubclass(bool, int | None), isinstance(3.0, u))
print(u == (str | int), hash(u) == hash(str | int), type(u) is types.UnionType, 'x' in dir(u) )
print(hasattr(u, '__instancecheck__'), u.__parameters__)
try:
    int | 3
except TypeError as e:
    print(e)
class A: pass
print(A | None, int | A)
try:
    isinstance(1, list[int] | str)
except TypeError as e:
    print(e)
