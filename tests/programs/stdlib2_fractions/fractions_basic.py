from fractions import Fraction as F
import numbers, math
print(F(1, 2), repr(F(3, -6)), F('1.25'), F('-3/4'), F(' 7e-2 '), F(0.1), F(5), F(F(1, 3)))
print(hash(0.5) == hash(F(1, 2)), hash(F(1, 3)), hash(F(-7, 5)), hash(F(10**30, 7)), hash(F(4, 2)) == hash(2))
a, b = F(1, 3), F(2, 7)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** -3, a ** 0.5, 2 ** F(3), 2 ** F(1, 2))
print(a + 1, 1 + a, a + 0.5, 0.5 + a, a * 1j, a < b, a > 0.3, a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5)
print(F(3.141592653589793).limit_denominator(1000), F(3.141592653589793).limit_denominator(10), F(1, 3).limit_denominator(2))
print(F.from_float(0.25), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), int(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1234, 100), 1), round(F(1234, 100), -1))
print(isinstance(F(1), numbers.Rational), isinstance(1, numbers.Integral), isinstance(1.0, numbers.Real), isinstance(1.0, numbers.Rational), issubclass(complex, numbers.Complex))
print(float(F(1, 3)), bool(F(0)), F(7, 3).as_integer_ratio(), abs(F(-2, 3)), sorted([F(1, 2), 0.3, 1, F(-1)]))
for bad in ['x', '1/0', '1.2.3', '']:
    try:
        print(F(bad))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    F([1])
except TypeError as e:
    print(e)
