# inf and nan behaviour: comparisons, arithmetic, identity, math functions.
import math
inf, nan = float('inf'), float('nan')
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan], (nan,) == (nan,))
x = nan
print(x in [x], float('nan') in [float('nan')], {nan: 1}.get(nan), {float('nan'): 1}.get(float('nan')))
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(inf))
print(max(nan, 1), max(1, nan), min(nan, 1), sorted([3.0, nan, 1.0])[1:] if False else 'skip')
print(inf == 10 ** 1000, inf > 10 ** 1000, -inf < -10 ** 1000)
print(math.copysign(1, -0.0), math.copysign(1, 0.0), -0.0 == 0.0, repr(-0.0), repr(0.0 * -1))
print(1e308 * 10, -1e308 * 10, 2.0 ** 1023 * 2)
try:
    2.0 ** 1024
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.log(0)
except ValueError as e:
    print(type(e).__name__, e)
print(math.sqrt(inf), math.log(inf), math.exp(-inf), math.atan(inf))
try:
    (-8.0) ** 0.5
except ValueError as e:
    print(e)
print((-8.0) ** 0.5)
print(0.0 ** 0, 0.0 ** 0.0, inf ** 0, nan ** 0, 1 ** nan, 1.0 ** inf)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    int(nan)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(-inf)
except OverflowError as e:
    print(type(e).__name__, e)
