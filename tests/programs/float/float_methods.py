# is_integer, as_integer_ratio, conjugate, real/imag, float() protocol.
for v in [1.0, 1.5, -0.0, 1e300, 0.1, -3.75]:
    print(v, v.is_integer(), v.as_integer_ratio())
for v in [float('inf'), float('nan')]:
    print(v.is_integer())
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((2.5).real, (2.5).imag, (2.5).conjugate(), float.__name__)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(float(F()), float(I()))
class Bad:
    def __float__(self):
        return 1
try:
    float(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class Sub(float):
    pass
s = Sub(1.5)
print(s, type(s + 1).__name__, type(s).__name__, isinstance(s, float))
print(float.__getformat__('double'))
print((0.1).__round__(), (2.5).__trunc__(), (3.7).__floor__(), (3.2).__ceil__())
