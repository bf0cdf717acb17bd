def outer():
    def inner():
        pass
    class Local:
        def meth(self): pass
    return inner, Local
i, L = outer()
print(i.__qualname__, L.__qualname__, L.meth.__qualname__, (lambda: 0).__qualname__)
class A:
    class B:
        def m(self):
            return [lambda: 0][0]
print(A.B.__qualname__, A.B.m.__qualname__, A.B().m().__qualname__, A.__name__)
print(outer.__name__, repr(i).split(' at ')[0])
