a = [1]
b = a
print(id(a) == id(b), a is b, [1] is [1] if False else 'skip', id(None) == id(None), type(id(a)).__name__)
