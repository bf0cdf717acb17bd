def f():
    yield 1
print(type(f).__name__, type(f()).__name__, f.__code__.co_flags & 0x20 != 0)
