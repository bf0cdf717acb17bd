o = object()
print(type(o).__name__, object.__bases__, object.__mro__, isinstance(o, object))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
