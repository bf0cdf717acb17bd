from collections.abc import Iterable, Sized, Mapping, Sequence, Hashable, Callable
print(isinstance([], Iterable), isinstance({}, Mapping), isinstance('', Sequence), isinstance([], Hashable), isinstance(len, Callable))
class S:
    def __len__(self): return 0
print(isinstance(S(), Sized), issubclass(S, Iterable))
class Meta(type):
    def __instancecheck__(cls, obj): return obj == 'magic'
    def __subclasscheck__(cls, sub): return sub is int
class Magic(metaclass=Meta): pass
print(isinstance('magic', Magic), isinstance('other', Magic), issubclass(int, Magic), issubclass(str, Magic))
print(isinstance(1, (str, (int, float))), issubclass(bool, (str, int)))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
