class C: pass
c = C()
print(c == c, c != c, c.__eq__(1), c.__ne__(c), C.__ne__, type(c.__hash__()).__name__)
print(c.__class__ is C, C.__dict__['__module__'], sorted(k for k in dir(c) if not k.startswith('_')))
print(object.__str__ is not None, C.__init__ is object.__init__, C.__repr__ is object.__repr__)
try:
    c < c
except TypeError as e:
    print(type(e).__name__, e)
print(c.__reduce_ex__ is not None, c.__sizeof__() > 0, c.__format__('') == str(c))
