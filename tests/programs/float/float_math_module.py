import math
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.floor(-0.5), math.ceil(-0.5), math.sqrt(2), math.exp(1), math.log(100, 10))
print(math.pow(2, 10), math.pow(2, -1), math.fsum([1e100, 1.0, -1e100]), math.prod([1.5, 2, 4]), math.dist([0, 0], [3, 4]))
print(math.degrees(math.pi), math.radians(180), math.sin(math.pi / 6), math.cos(0), math.atan(1) * 4 == math.pi)
for f, a in [(math.sqrt, -1), (math.log, -1), (math.acos, 2), (math.pow, (0, -1))]:
    try:
        f(*a) if isinstance(a, tuple) else f(a)
    except ValueError as e:
        print(f.__name__, type(e).__name__, e)
print(math.floor(1e300) == 10 ** 300, type(math.ceil(1.5)).__name__, math.gamma(5), math.lgamma(10), math.erf(1))
