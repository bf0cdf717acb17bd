def f():
    """First line.

    More text.
    """
print(repr(f.__doc__))
class C:
    'class doc'
    def m(self):
        'method doc'
print(C.__doc__, C.m.__doc__, C().m.__doc__)
def g():
    x = 1
    'not a docstring'
print(g.__doc__)
