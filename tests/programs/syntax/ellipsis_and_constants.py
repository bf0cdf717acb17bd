print(..., None, True, False, __debug__, NotImplemented, type(NotImplemented).__name__, bool(NotImplemented) if False else 'skip')
x = [1, ...]
print(x, x[1] is Ellipsis, str(...), repr(Ellipsis))
print(__name__, __doc__, type(__builtins__).__name__)
