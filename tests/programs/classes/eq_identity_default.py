# == and != between objects of classes that don't define __eq__ (identity),
# and with __ne__ or __eq__ defined on one side only.
class A:
    pass

class B:
    pass

class NeOnly:
    def __ne__(self, other):
        return 'NeOnly.__ne__'

class EqOnly:
    def __eq__(self, other):
        return 'EqOnly.__eq__'

a, a2, b = A(), A(), B()
print(a == a, a == a2, a != a2, a == b, a != b, a != a)
n, e = NeOnly(), EqOnly()
print(n == n, n != a, a != n, n != n)
print(e == a, a == e, e != a, a != e, e != e)
print([a, b].index(b), a in [a2, b], a in [a2, a], [a, b].count(a))
print({a: 1}.get(a2), {a: 1}.get(a))
class Sub(A):
    def __eq__(self, other):
        return 'Sub.__eq__'
print(a == Sub(), Sub() == a, a != Sub())
