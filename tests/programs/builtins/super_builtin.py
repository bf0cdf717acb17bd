class A:
    def f(self): return 'A.f'
class B(A):
    def f(self): return 'B.f+' + super(B, self).f()
print(B().f(), super(B, B()).f(), type(super(B, B())).__name__)
try:
    super(B, 1)
except TypeError as e:
    print(type(e).__name__, e)
s = super(B, B())
print(s.f(), s.__thisclass__.__name__)
