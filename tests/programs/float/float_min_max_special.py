import sys, math
print(sys.float_info.max, sys.float_info.min, sys.float_info.max * 2, sys.float_info.min / 2, 5e-324 / 2)
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, 1.0), math.ulp(1.0), math.ulp(1e300))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-3.25), math.fabs(-2), math.isclose(0.1 + 0.2, 0.3))
