import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.trunc(-7.9), math.fabs(-3))
print(math.factorial(25), math.comb(52, 5), math.perm(10, 3), math.perm(6), math.isqrt(10**40 + 1), math.gcd(12, 18, 27), math.lcm(4, 6, 10))
print(math.copysign(3, -0.0), math.fmod(-7, 3), math.remainder(7, 2), math.remainder(5, 2), math.modf(3.25), math.frexp(1e-310), math.ldexp(0.75, -1070))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e16, 1.0, 1e-16]), math.prod([1, 2, 3, 4]), math.prod([0.5] * 3, start=8))
print(math.hypot(3, 4), math.hypot(1, 1, 1, 1), math.dist((0, 0), (1, 1)), math.hypot(1e200, 1e200), math.hypot(1e-200, 3e-200))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(float('nan')))
print(math.nextafter(1.0, 0.0), math.ulp(1.0), math.ulp(2**52), math.degrees(math.pi), math.radians(180))
print(math.log(2**2000), math.log(100, 10), math.log2(1024), math.log10(10**22), math.log2(3**500), math.log1p(1e-20))
print(math.gamma(5), math.gamma(0.5), math.gamma(-2.5), math.lgamma(100), math.lgamma(0.5), math.gamma(1e-30))
print(math.pow(2, -1074), math.pow(-2, 5), math.pow(4, 0.5), math.pow(1.5, 2.5), math.pow(math.inf, 0), math.pow(0.0, 0.0))
print(math.atan2(1, 1), math.atan2(-0.0, -1), math.atan(math.inf), math.exp(0), math.expm1(0), math.exp2(10))
class Half:
    def __float__(self): return 0.5
class Idx:
    def __index__(self): return 9
class Fl:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
print(math.sqrt(Half()), math.sqrt(Idx()), math.factorial(Idx()), math.floor(Fl()), math.ceil(Fl()), math.trunc(Fl()))
print(math.floor(10**30), math.ceil(True), math.floor(-0.0), type(math.floor(2.0)).__name__)
errors = ["math.sqrt(-1)", "math.log(0)", "math.log(-2**2000)", "math.exp(1000)", "math.factorial(-1)", "math.factorial(1.5)",
          "math.isqrt(-4)", "math.comb(-1, 1)", "math.perm(1, -1)", "math.fsum([math.inf, -math.inf])", "math.fsum([1e308] * 2)",
          "math.ldexp(1, 5000)", "math.ldexp(1.0, 2.0)", "math.pow(0, -1)", "math.sqrt('4')", "math.floor(math.nan)",
          "math.ceil(math.inf)", "math.trunc([])", "math.gamma(-3)", "math.lgamma(0)", "math.acos(2)", "math.log(1, 1)",
          "math.dist([1], [1, 2])", "math.isclose(1, 2, abs_tol=-1)", "math.exp(10**400)", "math.cosh(1e4)", "math.fmod(1, 0)"]
for e in errors:
    try:
        print(eval(e))
    except Exception as ex:
        print(e, '->', type(ex).__name__, ex)
print(math.sqrt, type(math.sqrt), math.__name__, sorted(n for n in dir(math) if not n.startswith('_')))
