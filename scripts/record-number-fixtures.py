#!/usr/bin/env python3
"""Record the expectations of tests/unit/numbers.test.mjs from CPython 3.11
(the oracle) into tests/unit/fixtures/numbers.json.

    python3 scripts/record-number-fixtures.py

Values travel encoded so no decimal parsing is involved on the JS side:
  "i:<decimal>"  int          "b:0" / "b:1"  bool
  "f:<hex bits>" float        "c:<hex bits>,<hex bits>"  complex
  "s:<text>"     str          "n:"  None
Results are a repr string, a list of reprs (a tuple), or "!Type: message" (an
exception).  The arithmetic matrices refer to their operands by index in "values"
and to their results by index in "results" (-1: case skipped).
A repr longer than 40 characters is stored as "#<length>:<FNV-1a 32-bit hex of its
UTF-8>" to keep the file small (the test hashes its own repr the same way).
"""
import json
import math
import os
import struct
import sys

assert sys.version_info[:2] == (3, 11), sys.version
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'tests', 'unit', 'fixtures', 'numbers.json')


def fbits(x):
    return struct.pack('>d', x).hex()


def enc(v):
    if v is None:
        return 'n:'
    if isinstance(v, bool):
        return 'b:%d' % v
    if isinstance(v, int):
        return 'i:%d' % v
    if isinstance(v, float):
        return 'f:' + fbits(v)
    if isinstance(v, complex):
        return 'c:%s,%s' % (fbits(v.real), fbits(v.imag))
    if isinstance(v, str):
        return 's:' + v
    raise TypeError(v)


def fnv(s):
    h = 0x811c9dc5
    for b in s.encode('utf-8'):
        h = ((h ^ b) * 0x01000193) & 0xffffffff
    return '%08x' % h


def short(s):
    return s if len(s) <= 40 else '#%d:%s' % (len(s), fnv(s))


def result(f):
    try:
        r = f()
        if isinstance(r, tuple):
            return [short(repr(x)) for x in r]
        return short(repr(r))
    except Exception as e:  # noqa: BLE001
        return '!%s: %s' % (type(e).__name__, e)


inf = float('inf')
nan = float('nan')

INTS = [0, 1, -1, 2, -3, 7, -7, 10, 255, 2**31 - 1, -2**31, 2**52 + 1,
        2**53 - 1, 2**53, 2**53 + 1, -2**53 - 1, 2**63, -2**64 - 3, 10**20,
        3**40, -(2**100), 10**308, 10**400, -10**400, True, False]
FLOATS = [0.0, -0.0, 0.5, -1.0, 1.5, 2.0, -2.5, 0.1, 1 / 3, 1e16, 1e300,
          -1e300, 1e-300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, inf, -inf,
          nan, 123.456, 2.0**53, -7.0, 2.0**63]
COMPLEX = [0j, 1j, 1 + 2j, -1.5 + 0.5j, complex(-0.0, -0.0), complex(inf, 1), complex(nan, 0),
           1e300 + 1e300j, 2 - 3j, complex(0, -2)]

BINOPS = ['+', '-', '*', '/', '//', '%', '**', 'divmod', '<<', '>>', '&', '|', '^',
          '<', '<=', '==', '!=', '>', '>=']


def too_big(op, a, b):
    if op == '**':
        if isinstance(a, (int, float, complex)) and isinstance(b, int) and not isinstance(b, bool):
            if isinstance(a, int) and abs(a) > 1 and abs(b) > 2000:
                return True
            if isinstance(a, int) and b > 0 and a.bit_length() * b > 200000:
                return True
        if isinstance(b, int) and isinstance(a, complex) and abs(b) > 10**6:
            return True
    if op in ('<<',) and isinstance(b, int) and b > 5000 and a != 0:
        return True
    return False


def binop(op, a, b):
    if op == 'divmod':
        return result(lambda: divmod(a, b))
    return result(lambda: eval('a %s b' % op, {}, {'a': a, 'b': b}))


VALUES = []
RESULTS = []
RESULT_INDEX = {}


def intern(r):
    """Results of the matrices are stored once, in "results", and referred to by index."""
    if r is None:
        return -1
    k = json.dumps(r)
    if k not in RESULT_INDEX:
        RESULT_INDEX[k] = len(RESULTS)
        RESULTS.append(r)
    return RESULT_INDEX[k]


def vidx(v):
    e = enc(v)
    if e not in VALUES:
        VALUES.append(e)
    return VALUES.index(e)


def arith_cases():
    cases = []
    nums = INTS + FLOATS
    for a in nums:
        for b in nums:
            row = [vidx(a), vidx(b)]
            for op in BINOPS:
                row.append(intern(None if too_big(op, a, b) else binop(op, a, b)))
            cases.append(row)
    return cases


COMPLEX_OPS = ['+', '-', '*', '/', '**', '==', '!=', '<', '//']


def complex_cases():
    cases = []
    for a in COMPLEX:
        for b in COMPLEX + [0, 1, -2, 3, 2**70, 0.5, -0.0, inf, nan, True]:
            pairs = [(a, b)] if isinstance(b, complex) else [(a, b), (b, a)]
            for x, y in pairs:
                cases.append([vidx(x), vidx(y)] + [intern(None if too_big(op, x, y) else binop(op, x, y)) for op in COMPLEX_OPS])
    return cases


def unary_cases():
    cases = []
    fns = {
        'neg': lambda x: -x, 'pos': lambda x: +x, 'abs': abs, 'invert': lambda x: ~x,
        'int': int, 'float': float, 'complex': complex, 'bool': bool, 'repr': repr, 'str': str,
        'hash': hash, 'round': round, 'floor': math.floor, 'ceil': math.ceil, 'trunc': math.trunc,
        'bin': bin, 'oct': oct, 'hex': hex,
    }
    for x in INTS + FLOATS + COMPLEX:
        for name, f in fns.items():
            if name == 'hash' and isinstance(x, (float, complex)) and (x != x):
                continue
            cases.append([name, enc(x), result(lambda: f(x))])
    return cases


def round_cases():
    cases = []
    xs = FLOATS + [2.675, 0.125, 0.375, 2.5, 3.5, -2.5, 1234.5678, 5e-5, 1.005, 0.285, 1e-20,
                   123456789.987654321, 9.995, 0.045, 1e15 + 0.5, 4503599627370497.0,
                   0.49999999999999994, 1.5e308]
    for x in xs + INTS:
        for n in [None, 0, 1, 2, 3, 5, 10, 17, -1, -2, -5, -20, 400, -400, 320, -320]:
            cases.append([enc(x), enc(n), result(lambda: round(x, n) if n is not None else round(x))])
    return cases


INT_STRS = ['0', '-0', '+0', '12', ' 12 ', '-12', '1_000', '1__000', '_1', '1_', '0x1f', '0X1F',
            '0o17', '0b101', '0b', '0x', '010', '00', '0_0', '0_1', '0x_1f', '0x__1f', '1e5',
            '1.0', '', ' ', '+', '-', '+-1', '- 1', '١٢٣', '１２', '\u2003 7 \u3000', '12\x1c',
            'z', 'Z', 'zz', '9' * 30, '-' + '7' * 25, 'ff', 'FF', '777', '1' * 60,
            '0b1_0_1', '0o_7', '٣x', '12\x00', 'abc', 'deadbeef', '+0x10', '-0b11']


def parse_cases():
    ints = []
    for s in INT_STRS:
        for base in [None, 0, 2, 8, 10, 16, 36, 1, 37]:
            ints.append([enc(s), enc(base), result(lambda: int(s) if base is None else int(s, base))])
    floats = []
    for s in ['0', '1.5', ' -1.5 ', '1e5', '1E-5', '.5', '5.', '.', 'e5', '1e', '1.5e+', 'inf',
              '-inf', '+inf', 'INF', 'Infinity', '-infinity', 'infinit', 'nan', '-NaN', 'nan1',
              '1_000.5', '1__0', '1_.5', '1._5', '1e1_0', '1e_1', '_1', '1_', '0x10', '1e500',
              '-1e500', '1e-400', '2.2250738585072011e-308', '4.9406564584124654e-324',
              '2.4703282292062327e-324', '2.4703282292062328e-324', '9007199254740993',
              '0.1000000000000000055511151231257827', '١.٥', '\u3000 2 ', '', ' ', '+', '1.5j',
              '1,5', '0.' + '0' * 400 + '1', '1' * 400, '123456789012345678901234567890e-10']:
        floats.append([enc(s), result(lambda: float(s))])
    cplx = []
    for s in ['1', '1j', 'j', '-j', '+j', '1+2j', '1-2j', '1+j', '(1+2j)', ' ( 1+2j ) ', '1 + 2j',
              '(1+2j', '1+2jj', '1+', '()', '', '1e5+1e-5j', 'inf+nanj', '-inf-infj', 'nanj',
              '1_0+2_0j', '1.5J', '+1.5', '2e', 'j1', '1+2', '١+٢j', '1e400j', '-0j', '-0-0j',
              '(-0.0+0j)']:
        cplx.append([enc(s), result(lambda: complex(s))])
    return ints, floats, cplx


FMT_SPECS = ['', 'd', 'x', 'X', 'o', 'b', 'c', 'n', 's', '#x', '#X', '#o', '#b', '+d', ' d', '-d',
             '10', '<10', '>10', '^10', '=10', '*^12', '010', '010,', '012_', '#012_x', '#010_b',
             ',', '_', ',d', '_x', ',x', '_d', '.2', '.0f', '.1f', '.2f', '.3f', '.10f', '.20f',
             'f', 'F', 'e', 'E', '.0e', '.3e', '.20e', 'g', 'G', '.0g', '.1g', '.3g', '.10g',
             '.17g', '#g', '#.3g', '#.0f', '#.0e', '#', '%', '.1%', 'z.1f', 'z', 'z.0e', '+.3',
             ' .3', '.3', '.0', '.17', '015.3e', '+015,.2f', '=+12.3f', '.3n', ',.2f', '_.3f',
             'x<15,.3f', '.30f', '.50e', '.110f', '.120e', '0<8', '08.2f', '^+9.1e', ',g',
             '020,.3f', '#20,.0f', 'abc', '.', ',,', '__', ',_', '+c', '#c', '.2d', '=', '<',
             '\x01', '5_', '020', '>020', '🐍^9', '.25g', '#.25g', '.60g', '.16', '.18']
FMT_VALUES = [0, 1, -1, 42, 255, -255, 1234567, 2**64, -2**70, 65, 10**25, True, False,
              0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1.0, 123.456, -123.456, 1e-5,
              1.2345e-5, 1e16, 1e17, 1.5e300, 5e-324, 1 / 3, 2 / 3, 1e22, 1234567.891, 0.001,
              9.995, 0.0005, 999999.5, 99.95, 2.675, 1e100, 0.1, inf, -inf, nan, -1e-7,
              0j, 1j, 1 + 2j, -1.5 - 2.5j, complex(-0.0, 2), complex(1e20, -1e-20),
              complex(inf, nan), complex(-0.0, -0.0)]


def format_cases():
    return [[enc(v), s, result(lambda: format(v, s))] for v in FMT_VALUES for s in FMT_SPECS]


def method_cases():
    cases = []
    for x in INTS:
        cases.append(['bit_length', enc(x), result(lambda: x.bit_length())])
        cases.append(['bit_count', enc(x), result(lambda: x.bit_count())])
        cases.append(['as_integer_ratio', enc(x), result(lambda: x.as_integer_ratio())])
        for length in [0, 1, 2, 8, 20]:
            for order in ['big', 'little']:
                for signed in [False, True]:
                    cases.append(['to_bytes', enc(x), length, order, signed,
                                  result(lambda: x.to_bytes(length, order, signed=signed).hex())])
    for x in FLOATS + [0.75, -0.1, 1e-310, 2.5e-320, 123.456e100]:
        cases.append(['float_hex', enc(x), result(lambda: x.hex())])
        cases.append(['is_integer', enc(x), result(lambda: x.is_integer())])
        cases.append(['as_integer_ratio', enc(x), result(lambda: x.as_integer_ratio())])
    for s in ['0x1.8p1', '0x1p-1074', '0x1p-1075', '0x3p-1076', '0x1.fffffffffffff8p1023',
              '0x1.fffffffffffff7p1023', '0x1p1024', '-0x1.999999999999ap-4', 'inf', '-nan',
              '0x.8', '0x8.', '1', '1.5p3', ' 0x1P+2 ', 'x', '0x', '0xp1', '0x1.0000000000000800001p0',
              '0x1.00000000000008p0', '0x1.00000000000018p0', '0x0.0p0', '-0x0p0', '0x1p-1080']:
        cases.append(['fromhex', enc(s), result(lambda: float.fromhex(s))])
    for b in [b'', b'\x01', b'\xff', b'\x00\x01', b'\x80\x00', b'\xff' * 9, b'\x12\x34\x56\x78\x9a\xbc\xde\xf0\x11']:
        for order in ['big', 'little']:
            for signed in [False, True]:
                cases.append(['from_bytes', b.hex(), order, signed, result(lambda: int.from_bytes(b, order, signed=signed))])
    return cases


def pow3_cases():
    cases = []
    for a in [0, 1, 2, 3, -2, 7, 10**20, -10**20, 2**100 + 1]:
        for b in [0, 1, 2, 5, -1, -2, 10**10, 10**20]:
            for m in [1, -1, 2, 5, -5, 7, 0, 10**9 + 7, 2**64, -(2**61 - 1)]:
                cases.append([enc(a), enc(b), enc(m), result(lambda: pow(a, b, m))])
    return cases


data = {
    'binops': BINOPS,
    'complex_ops': COMPLEX_OPS,
    'arith': arith_cases(),
    'complex': complex_cases(),
    'unary': unary_cases(),
    'round': round_cases(),
    'format': format_cases(),
    'methods': method_cases(),
    'pow3': pow3_cases(),
}
data['int_parse'], data['float_parse'], data['complex_parse'] = parse_cases()
data['values'] = VALUES
data['results'] = RESULTS
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, 'w') as f:
    json.dump(data, f, ensure_ascii=True, separators=(',', ':'))
    f.write('\n')
print('wrote', OUT, os.path.getsize(OUT), 'bytes', {k: len(v) for k, v in data.items()})
