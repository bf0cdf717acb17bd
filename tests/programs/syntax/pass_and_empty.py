# pass, ellipsis bodies, docstrings, semicolons and line continuations.
def f():
    pass
def g():
    ...
def h():
    """Only a docstring."""
class C: pass
print(f(), g(), h(), h.__doc__, C.__doc__)
a = 1; b = 2; c = a + \
    b
print(c)
if True: print('inline if')
for i in range(2): print('inline for', i)
while False: pass
print(...)
print(Ellipsis is ..., type(...).__name__)
total = (1 +
         2 +
         3)
print(total)
