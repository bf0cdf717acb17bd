# complex construction, repr, arithmetic, errors.
vals = [1j, -1j, 1 + 2j, -1.5 - 0.5j, complex(0, 0), complex(-0.0, -0.0), complex(1, -0.0), complex(float('inf'), float('nan')), 1e300j, complex(2)]
for z in vals:
    print(repr(z), str(z), z.real, z.imag, z.conjugate())
print(complex('1+2j'), complex(' (3-4j) '), complex('j'), complex('-1.5e3J'), complex('inf+nanj'), complex(1, 2j), complex(1j, 1j))
for s in ['1+2i', '1 + 2j', '', '(1+2j', 'j1']:
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
try:
    complex('1', 2)
except TypeError as e:
    print(type(e).__name__, e)
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), a ** 2, a ** 0.5, a == 3 + 4j, a != b)
print(1j ** 2, (1 + 1j) ** 10, 2 ** 1j, 0j ** 0, pow(1j, 3))
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a // b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a % 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(hash(1 + 0j) == hash(1), hash(2j), bool(0j), bool(1e-300j))
print(format(1 + 2j, '.2f'), f'{3 - 4j:>12}', format(1.5j, 'e'), format(1j, ''))
try:
    int(1j)
except TypeError as e:
    print(type(e).__name__, e)
import cmath
print(cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1j), cmath.exp(1j * cmath.pi))
class C:
    def __complex__(self):
        return 5j
print(complex(C()))
