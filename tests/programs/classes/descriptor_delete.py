class D:
    def __get__(self, o, t): return 'got'
    def __delete__(self, o): print('deleting')
class C:
    a = D()
c = C()
del c.a
print(c.a)
try:
    c.a = 1
except AttributeError as e:
    print(type(e).__name__, e)
