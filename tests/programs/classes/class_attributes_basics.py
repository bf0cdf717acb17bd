class C:
    a = 1
    def __init__(self): self.b = 2
c = C()
print(c.a, c.b, C.a, sorted(vars(c)), C.__name__, C.__qualname__, C.__module__, C.__bases__, c.__class__.__name__)
c.a = 10
print(c.a, C.a)
del c.a
print(c.a)
C.a = 100
print(c.a, C().a)
print('a' in C.__dict__, 'b' in C.__dict__, type(C.__dict__).__name__)
try:
    C.missing
except AttributeError as e:
    print(type(e).__name__, e)
