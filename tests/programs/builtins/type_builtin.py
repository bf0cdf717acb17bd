print(type(1).__name__, type('').__name__, type(None).__name__, type(type).__name__, type(len).__name__, type(lambda: 0).__name__)
print(type([].append).__name__, type(int.__add__).__name__, type((1).__add__).__name__, type(object.__init__).__name__, type(str.join).__name__)
print(type(...).__name__, type(NotImplemented).__name__, type(iter([])).__name__, type(range(1)).__name__, type(slice(1)).__name__)
print(int, str, type, object, type(None))
