# round(): banker's rounding, ndigits, negative ndigits, exact decimal behaviour.
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 3.5, 2.675, 1.005, 0.125, 0.375, -2.5, 1e20, 123.456]:
    print(v, round(v), round(v, 2), round(v, 1), round(v, -1))
print(round(1234.5678, -2), round(-1234.5678, 3), round(5e-324, 400), round(1.5, None))
print(type(round(1.5)).__name__, type(round(1.5, 0)).__name__, round(2.5, 0))
for v in [float('inf'), float('nan')]:
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(round(v, 2))
print(round(1e308, -308), round(1.7976931348623157e308, -300))
try:
    round(1.5, 'x')
except TypeError as e:
    print(type(e).__name__, e)
import math
print(math.floor(-1.5), math.ceil(-1.5), math.trunc(-1.5), math.floor(1e20), type(math.floor(2.0)).__name__)
