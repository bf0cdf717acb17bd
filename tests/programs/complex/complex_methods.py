z = 3 - 4j
print(z.real, z.imag, z.conjugate(), type(z.real).__name__, complex.__name__, z.__abs__(), z.__neg__(), z.__add__(1), z.__radd__(1), z.__eq__('x'))
class C(complex):
    pass
print(type(C(1, 2) + 1).__name__, C(1, 2), repr(C(1)))
