# Non-integral floats passed to stdlib modules: math, struct, json, bisect,
# random, statistics, heapq, time, itertools, functools, operator, fractions.
import math
import struct
import json
import bisect
import random
import statistics
import heapq
import time
import itertools
import functools
import operator
from fractions import Fraction

from mod_check import check

h = 1 / 2
t = 0.1 + 0.2
z = 2.5 * 3
neg = -5 / 2
r2 = math.sqrt(2)
nan = float('nan')
inf = 1e300 * 1e300
ninf = -inf

for name in ['floor', 'ceil', 'trunc']:
    f = getattr(math, name)
    print(name, [f(v) for v in (h, z, neg, t, 2.5, -0.5)], f(1e22))
    check(name + '(nan)', lambda: f(nan))
    check(name + '(inf)', lambda: f(inf))
check('isfinite', lambda: [math.isfinite(v) for v in (h, nan, inf, ninf, 1e308)])
check('isnan', lambda: [math.isnan(v) for v in (h, nan, inf)])
check('isinf', lambda: [math.isinf(v) for v in (h, nan, ninf)])
check('fsum([0.1]*10)', lambda: math.fsum([0.1] * 10))
check('fsum([1e100, 1.0, -1e100])', lambda: math.fsum([1e100, 1.0, -1e100]))
check('gcd(2.5, 5)', lambda: math.gcd(2.5, 5))
check('gcd(4, z)', lambda: math.gcd(4, z))
check('lcm(h, 2)', lambda: math.lcm(h, 2))
check('factorial(2.5)', lambda: math.factorial(2.5))
check('factorial(z)', lambda: math.factorial(z))
check('factorial(5.0)', lambda: math.factorial(5.0))
check('comb(5, h)', lambda: math.comb(5, h))
check('comb(z, 2)', lambda: math.comb(z, 2))
check('perm(5, h)', lambda: math.perm(5, h))
check('isqrt(z)', lambda: math.isqrt(z))
check('isclose(t, 0.3)', lambda: math.isclose(t, 0.3))
check('isclose(1, 1 + 1e-10)', lambda: math.isclose(1, 1 + 1e-10))
check('isclose(h, 0.6, abs_tol=0.2)', lambda: math.isclose(h, 0.6, abs_tol=0.2))
check('sqrt(h)', lambda: math.sqrt(h))
check('sqrt(neg)', lambda: math.sqrt(neg))
check('log(h)', lambda: math.log(h))
check('log(z, 2)', lambda: math.log(z, 2))
check('log2(h)', lambda: math.log2(h))
check('exp(h)', lambda: math.exp(h))
check('ldexp(h, 3)', lambda: math.ldexp(h, 3))
check('ldexp(1, h)', lambda: math.ldexp(1, h))
check('frexp(z)', lambda: math.frexp(z))
check('modf(neg)', lambda: math.modf(neg))
check('copysign(h, -0.0)', lambda: math.copysign(h, -0.0))
check('fmod(z, 2)', lambda: math.fmod(z, 2))
check('remainder(z, 2)', lambda: math.remainder(z, 2))
check('prod([h, z, 2])', lambda: math.prod([h, z, 2]))
check('dist', lambda: math.dist((0, 0), (h, z)))
check('hypot(h, z)', lambda: math.hypot(h, z))
check('pow(2, h)', lambda: math.pow(2, h))
check('degrees(h)', lambda: math.degrees(h))
check('nextafter(h, 1)', lambda: math.nextafter(h, 1))
check('ulp(h)', lambda: math.ulp(h))
check("pack('d', t)", lambda: struct.pack('<d', t))
check("pack('f', h)", lambda: struct.pack('<f', h))
check("pack('e', z)", lambda: struct.pack('<e', z))
check("pack('i', 2.5)", lambda: struct.pack('<i', 2.5))
check("pack('i', z)", lambda: struct.pack('<i', z))
check("pack('B', h)", lambda: struct.pack('<B', h))
check("pack('?', h)", lambda: struct.pack('<?', h))
check("unpack d", lambda: struct.unpack('<d', struct.pack('<d', r2)))
check("pack('%ds' % h)", lambda: struct.pack('<%ss' % h, b'x'))
check('json.dumps floats', lambda: json.dumps([h, t, z, 1e-7, 1e22, 1e16, neg, 1.0]))
check('json.dumps nan/inf', lambda: json.dumps([nan, inf, ninf]))
check('json.dumps allow_nan=False', lambda: json.dumps(nan, allow_nan=False))
check('json.dumps dict float key', lambda: json.dumps({h: 1, t: 2, 1.0: 3}))
check('json.loads', lambda: json.loads('[0.5, 1e-7, 1E22, -0.0, 1.0, 2]'))
check('json.loads NaN', lambda: json.loads('[NaN, Infinity, -Infinity]'))
check('json roundtrip t', lambda: json.loads(json.dumps(t)) == t)
check('json.dumps indent=h', lambda: json.dumps([1], indent=h))
check('bisect floats', lambda: bisect.bisect([0.1, 0.2, t, 0.5], 0.3))
check('bisect_left ints with float', lambda: bisect.bisect_left([1, 2, 3], 2.5))
check('insort', lambda: (lambda a: (bisect.insort(a, h), a)[1])([0, 1, 2]))
check('bisect lo=h', lambda: bisect.bisect([1, 2, 3], 2, h))
check('bisect hi=z', lambda: bisect.bisect([1, 2, 3], 2, 0, z))
random.seed(12345)
check('random.random()', lambda: random.random())
check('random.uniform(h, z)', lambda: random.uniform(h, z))
check('random.randrange(z)', lambda: random.randrange(z))
check('random.randint(0, h)', lambda: random.randint(0, h))
check('random.choice([h, t])', lambda: random.choice([h, t, z]))
check('random.sample(r, h)', lambda: random.sample(range(5), h))
check('statistics.mean', lambda: statistics.mean([h, z, 1]))
check('statistics.median', lambda: statistics.median([h, z, 1, t]))
check('statistics.fmean', lambda: statistics.fmean([h, t, z]))
check('statistics.mean([])', lambda: statistics.mean([]))
check('heapq', lambda: (lambda a: (heapq.heapify(a), [heapq.heappop(a) for _ in range(len(a))])[1])([z, h, 3, t, 1]))
check('heapq.nsmallest(h)', lambda: heapq.nsmallest(h, [1, 2]))
check('heapq.nlargest(2)', lambda: heapq.nlargest(2, [h, z, 3, t]))
check('time.sleep(0.001)', lambda: time.sleep(1 / 1000))
check('time.sleep(nan)', lambda: time.sleep(nan))
check('time.sleep(-h)', lambda: time.sleep(-h))
check('accumulate', lambda: list(itertools.accumulate([h, t, z])))
check('count(h, q)', lambda: list(itertools.islice(itertools.count(h, 1 / 4), 4)))
check('functools.reduce', lambda: functools.reduce(operator.mul, [h, z, 4]))
check('operator.truediv', lambda: operator.truediv(z, h))
check('operator.floordiv', lambda: operator.floordiv(z, h))
check('operator.lshift(h, 1)', lambda: operator.lshift(h, 1))
check('operator.and_(1, h)', lambda: operator.and_(1, h))
check('operator.inv(h)', lambda: operator.inv(h))
check('operator.neg(h)', lambda: operator.neg(h))
check('operator.mod(z, 2)', lambda: operator.mod(z, 2))
check('operator.pow(2, h)', lambda: operator.pow(2, h))
check('operator.length_hint([], h)', lambda: operator.length_hint([], h))
check('Fraction(z).limit_denominator', lambda: Fraction(t).limit_denominator(10))
check('Fraction(1, h)', lambda: Fraction(1, h))
check('Fraction.from_float(h)', lambda: Fraction.from_float(h))
check('Fraction(3, 2) ** h', lambda: Fraction(3, 2) ** h)
check('round(Fraction(5, 2))', lambda: round(Fraction(5, 2)))
