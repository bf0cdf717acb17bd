class A:
    def __add__(self, o):
        return 'A.__add__'
    def __radd__(self, o):
        return 'A.__radd__'
class B(A):
    def __radd__(self, o):
        return 'B.__radd__'
class C(A):
    pass
print(A() + B(), B() + A(), A() + C(), C() + A())
class N:
    def __lt__(self, o):
        return 'N.__lt__'
    def __gt__(self, o):
        return 'N.__gt__'
class M(N):
    def __gt__(self, o):
        return 'M.__gt__'
print(N() < M(), M() < N(), N() > M())
