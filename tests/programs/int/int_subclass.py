# Subclassing int: arithmetic returns plain int, repr/str overriding, bool is an int.
class MyInt(int):
    def __repr__(self):
        return f'MyInt({int(self)})'
m = MyInt(5)
print(m, repr(m), m + 1, type(m + 1).__name__, type(-m).__name__, type(abs(m)).__name__)
print(isinstance(m, int), issubclass(bool, int), True + True, True * 10, -True, ~True)
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f'{v} is odd')
        return super().__new__(cls, v)
print(Even(4), type(Even(4)).__name__)
try:
    Even(3)
except ValueError as e:
    print(type(e).__name__, e)
class WithIndex:
    def __index__(self):
        return 7
print(int(WithIndex()) if hasattr(int, '__index__') else '', bin(WithIndex()), [0] * 10 and list(range(10))[WithIndex()])
class WithInt:
    def __int__(self):
        return 9
print(int(WithInt()))
class WithTrunc:
    def __trunc__(self):
        return 3
print(int(WithTrunc()))
class BadInt:
    def __int__(self):
        return 'no'
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
print(int.__new__(MyInt, 7), MyInt('ff', 16))
