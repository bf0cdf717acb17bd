print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, bytes)), isinstance([], (list,)), isinstance(None, type(None)))
print(issubclass(int, object), issubclass(bool, int), issubclass(int, bool), issubclass(list, (tuple, list)), issubclass(type, object))
print(isinstance(int, type), isinstance(type, type), isinstance(object, type), isinstance(type, object))
for bad in [lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, [int])]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(1, int | str), issubclass(bool, int | None), int | str)
