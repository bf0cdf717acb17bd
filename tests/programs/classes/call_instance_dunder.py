# Calling an instance runs type(x).__call__ (looked up on the type, after
# patching and deletion too); a recursive __call__ counts two recursion
# levels per call, as slot_tp_call does in CPython.
class A:
    def __call__(self, x, y=2, *a, **k):
        return (self.__class__.__name__, x, y, a, k)
class B(A):
    pass
class G:
    def __call__(self, n):
        yield from range(n)
class M(type):
    def __call__(cls, *a):
        return ('meta', cls.__name__, a)
class C(metaclass=M):
    pass
a = A(); b = B()
print(a(1), b(1, 3), a(1, 2, 3, z=4), list(G()(3)), C(1, 2))
A.__call__ = lambda self, *x: ('patched', x)
print(a(5), b(6))
del A.__call__
try: a(1)
except TypeError as e: print(e)
def deep(n):
    class R:
        def __call__(self, k):
            return 0 if k == 0 else self(k - 1) + 1
    return R()(n)
print(deep(500))
class E:
    def __call__(self):
        raise ValueError('boom')
E()()
