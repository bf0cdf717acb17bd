#!/usr/bin/env python3
"""Record the expectations of tests/unit/math.test.mjs from CPython 3.11 (the
oracle) into tests/unit/fixtures/math.json.

    python3 scripts/record-math-fixtures.py

Arguments travel encoded: "f:<16 hex digits>" a float by its bits, "i:<decimal>"
an int.  Results are repr() strings (exact for floats) or "!Type: message".
"exact" cases must match bit for bit; "libm" cases are random arguments of the
functions krait computes with its own (not glibc's) algorithms: the test
checks they are within one ulp and reports how many differ in the last bit.
"""
import json, math, os, random, struct, sys

assert sys.version_info[:2] == (3, 11), sys.version
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'tests', 'unit', 'fixtures', 'math.json')
random.seed(20261121)

def enc(v):
    if isinstance(v, float):
        return 'f:' + struct.pack('>d', v).hex()
    assert isinstance(v, int) and not isinstance(v, bool)
    return 'i:%d' % v

def run(name, args):
    try:
        return repr(getattr(math, name)(*args))
    except Exception as e:
        return '!%s: %s' % (type(e).__name__, e)

SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 3.0, -2.5, 1e-310, 5e-324, 1e308, -1e308, math.inf, -math.inf, math.nan,
           math.pi, 100.0, 710.0, -745.5, 1e-20, 0.1, 7, -3, 2**60, 10**30, -(10**30), 10**400]
ONE = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'ceil', 'cos', 'cosh', 'degrees', 'erf', 'erfc',
       'exp', 'exp2', 'expm1', 'fabs', 'floor', 'frexp', 'gamma', 'isfinite', 'isinf', 'isnan', 'lgamma', 'log',
       'log10', 'log1p', 'log2', 'modf', 'radians', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc', 'ulp']
TWO = ['atan2', 'copysign', 'fmod', 'remainder', 'nextafter', 'pow', 'log', 'hypot', 'ldexp']
INTF = ['factorial', 'isqrt', 'gcd', 'lcm', 'comb', 'perm']
# Functions whose special values krait reproduces exactly but whose general values come from krait's own algorithms.
LIBM = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh', 'erf', 'erfc', 'exp', 'exp2',
        'expm1', 'log10', 'log1p', 'log2', 'sin', 'sinh', 'tan', 'tanh', 'atan2', 'log', 'pow', 'gamma', 'lgamma']

exact = []
libm = []

def add(name, args, r):
    """A libm function's ordinary value goes to the within-one-ulp bucket; its special cases must be exact."""
    ordinary = name in LIBM and not r.startswith('!') and r not in ('inf', '-inf', 'nan', '0.0', '-0.0', '1.0', '-1.0')
    (libm if ordinary else exact).append([name, [enc(a) for a in args], r])

for name in ONE:
    for x in SPECIAL:
        add(name, [x], run(name, [x]))
pairs = [(a, b) for a in [0.0, -0.0, 1.0, -1.5, 2.0, 3, math.inf, -math.inf, math.nan, 1e308, 5e-324]
         for b in [0.0, -0.0, 1.0, -1.0, 0.5, 2, -3, math.inf, -math.inf, math.nan]]
for name in TWO:
    for a, b in pairs:
        if name == 'ldexp' and isinstance(b, float):
            b = int(b) if b == b and abs(b) != math.inf else b
            if isinstance(b, float):
                continue
        add(name, [a, b], run(name, [a, b]))
for n in [0, 1, 2, 5, 20, 21, 30, 100, 171]:
    exact.append(['factorial', [enc(n)], run('factorial', [n])])
for n in [0, 1, 15, 16, 17, 2**52 - 1, 2**53 + 1, 10**30, 10**41 + 7, -1]:
    exact.append(['isqrt', [enc(n)], run('isqrt', [n])])
for a, b in [(0, 0), (12, 18), (-12, 18), (2**80, 6**30), (17, 0), (10**20, 10**15 + 5)]:
    exact.append(['gcd', [enc(a), enc(b)], run('gcd', [a, b])])
    exact.append(['lcm', [enc(a), enc(b)], run('lcm', [a, b])])
for n, k in [(0, 0), (5, 2), (5, 6), (52, 5), (100, 50), (10**20, 3), (60, 30), (-1, 2), (3, -1)]:
    exact.append(['comb', [enc(n), enc(k)], run('comb', [n, k])])
    exact.append(['perm', [enc(n), enc(k)], run('perm', [n, k])])
# Exactly computed functions on random arguments.
def rnd_wide():
    return math.ldexp(random.random() + 0.5, random.randint(-1080, 1023)) * random.choice([1, -1])
for _ in range(300):
    x, y = rnd_wide(), rnd_wide()
    for name in ['sqrt', 'frexp', 'modf', 'floor', 'ceil', 'trunc', 'ulp', 'fabs', 'degrees', 'radians']:
        exact.append([name, [enc(x)], run(name, [x])])
    for name in ['fmod', 'remainder', 'copysign', 'nextafter', 'hypot']:
        exact.append([name, [enc(x), enc(y)], run(name, [x, y])])
    exact.append(['ldexp', [enc(x), enc(random.randint(-2200, 2200))], run('ldexp', [x, random.randint(-60, 60)])])
    exact.pop()
    k = random.randint(-2200, 2200)
    exact.append(['ldexp', [enc(x), enc(k)], run('ldexp', [x, k])])
    h = [random.uniform(-1e3, 1e3) for _ in range(random.randint(0, 6))]
    exact.append(['hypot', [enc(v) for v in h], run('hypot', h)])
    s = [math.ldexp(random.random(), random.randint(-60, 60)) * random.choice([1, -1]) for _ in range(random.randint(0, 8))]
    exact.append(['fsum', [enc(v) for v in s], repr(math.fsum(s))])
# Random arguments for the libm functions.
def arg_for(name):
    r = random.random()
    if name in ('sin', 'cos', 'tan'): return random.uniform(-10, 10) if r < 0.7 else random.uniform(-1e6, 1e6)
    if name in ('asin', 'acos', 'atanh'): return random.uniform(-1, 1)
    if name in ('exp', 'expm1', 'exp2'): return random.uniform(-700, 700) if r < 0.5 else random.uniform(-5, 5)
    if name in ('sinh', 'cosh'): return random.uniform(-20, 20)
    if name in ('erf', 'erfc'): return random.uniform(-6, 6)
    if name == 'acosh': return 1 + math.ldexp(random.random(), random.randint(-30, 30))
    if name in ('gamma', 'lgamma'): return random.uniform(-20, 170) if r < 0.5 else random.uniform(0.01, 10)
    if name in ('log', 'log2', 'log10', 'log1p'): return math.ldexp(random.random() + 0.5, random.randint(-60, 60))
    return math.ldexp(random.random() + 0.5, random.randint(-60, 60)) * random.choice([1, -1])
for name in LIBM:
    for _ in range(200):
        if name == 'atan2':
            args = [arg_for('atan'), arg_for('atan')]
        elif name == 'pow':
            x = math.ldexp(random.random() + 0.5, random.randint(-60, 60))
            args = [x, random.uniform(-10, 10)]
        else:
            args = [arg_for(name)]
        r = run(name, args)
        if r.startswith('!'):
            continue
        libm.append([name, [enc(a) for a in args], r])

with open(OUT, 'w') as f:
    json.dump({'exact': exact, 'libm': libm}, f, separators=(',', ':'))
    f.write('\n')
print('wrote %d exact and %d libm cases to %s' % (len(exact), len(libm), os.path.relpath(OUT)))
