#!/usr/bin/env python3
"""Record the expectations of tests/unit/{repr,literals,astdump}.test.mjs from
CPython 3.11 (the oracle) into tests/unit/fixtures/*.json.

    python3 scripts/record-unit-fixtures.py

Inputs are generated with a fixed random seed, so re-recording is stable.
Floats travel as the hex of their IEEE bits so no decimal parsing is involved.
"""
import ast
import json
import os
import random
import re
import struct
import sys
import unicodedata
import warnings

assert sys.version_info[:2] == (3, 11), sys.version
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'tests', 'unit', 'fixtures')
rng = random.Random(1311)


def fbits(x):
    return struct.pack('>d', x).hex()


def write(name, data):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name)
    with open(path, 'w') as f:
        json.dump(data, f, ensure_ascii=True, separators=(',', ':'))
        f.write('\n')
    print('wrote', path, os.path.getsize(path), 'bytes')


# ------------------------------------------------------------------ repr

def random_double():
    kind = rng.randrange(6)
    if kind == 0:   # any bit pattern
        return struct.unpack('>d', rng.getrandbits(64).to_bytes(8, 'big'))[0]
    if kind == 1:   # subnormal
        return struct.unpack('>d', rng.getrandbits(52).to_bytes(8, 'big'))[0] * rng.choice((1, -1))
    if kind == 2:   # around the notation thresholds
        return rng.choice((1, -1)) * rng.random() * 10.0 ** rng.randrange(-8, 20)
    if kind == 3:   # short decimals
        return round(rng.uniform(-1e6, 1e6), rng.randrange(0, 8))
    if kind == 4:   # integers
        return float(rng.randrange(-10 ** rng.randrange(1, 20), 10 ** rng.randrange(1, 20)))
    return rng.choice((1, -1)) * 2.0 ** rng.randrange(-1074, 1024)


# A JS string cannot tell a high+low surrogate pair of lone surrogates (two
# Python code points) from the astral character they encode: leave those out.
PAIR = re.compile('[\ud800-\udbff][\udc00-\udfff]')


def record_repr():
    special = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1e16, 1e15, 9999999999999998.0, 1e17, 1e-4, 1e-5, 0.0001, 0.00011,
               123456789012345.0, 1234567890123456.8, 12345678901234567.0, 1.5e300, 5e-324, -5e-324,
               1.7976931348623157e308, 2.2250738585072014e-308, float('inf'), float('-inf'), float('nan'),
               1e22, 1e21, 1e100, 1e-7, 3.141592653589793, 100.0, 1e16 - 2, 0.3, 2.0 ** 53, 2.0 ** 63]
    floats = special + [random_double() for _ in range(4000)]
    float_cases = [[fbits(x), repr(x)] for x in floats]
    parts = special + [random_double() for _ in range(300)]
    complex_cases = []
    for _ in range(1200):
        c = complex(rng.choice(parts), rng.choice(parts))
        complex_cases.append([fbits(c.real), fbits(c.imag), repr(c)])
    for re_ in (0.0, -0.0, 1.0, float('nan'), float('inf')):
        for im in (0.0, -0.0, 1.0, -1.5, float('nan'), float('-inf'), 1e100, 1e-5):
            c = complex(re_, im)
            complex_cases.append([fbits(c.real), fbits(c.imag), repr(c)])

    strs = ['', 'a', "'", '"', '\'"', 'it\'s', 'say "hi"', '\\', '\t\n\r\x0b\x0c\x00\x7f\x80\x9f\xa0\xad\xff',
            '\u2028\u2029\u3000\u200b\ufeff\ud800x\udfff\udc00\ud800\ue000\uffff', '\U0001F600\U000E0001\U0010FFFF\U000F0000',
            'é', 'naïve café', '日本語', '\u0378', '\U00016FE4', '\U0001FAF7', '\U00031350']
    for _ in range(1500):
        n = rng.randrange(1, 8)
        chars = []
        for _ in range(n):
            r = rng.randrange(8)
            if r == 0:
                chars.append(chr(rng.randrange(0x80)))
            elif r == 1:
                chars.append(chr(rng.randrange(0x80, 0x800)))
            elif r == 2:
                chars.append(chr(rng.randrange(0x800, 0x10000)))
            elif r == 3:
                chars.append(chr(rng.randrange(0x10000, 0x110000)))
            elif r == 4:
                chars.append(rng.choice('\'"\\\t\n '))
            else:
                chars.append(chr(rng.randrange(0x10000, 0x40000)))
        s = ''.join(chars)
        if not PAIR.search(s):
            strs.append(s)
    # Every non-printable/printable boundary of the BMP and the SMP, once.
    prev = None
    for cp in range(0x30000):
        p = chr(cp).isprintable()
        if prev is not None and p != prev:
            strs.append(chr(cp - 1) + chr(cp))
        prev = p
    str_cases = [[s, repr(s)] for s in strs]

    bytes_cases = []
    for b in [b'', b"'", b'"', b'\'"', bytes(range(256))]:
        bytes_cases.append([b.hex(), repr(b)])
    for _ in range(300):
        b = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 12)))
        bytes_cases.append([b.hex(), repr(b)])

    ints = [0, 1, -1, 10 ** 30, -(2 ** 100), 2 ** 63, 12345678901234567890]
    write('repr.json', {
        'floats': float_cases,
        'complex': complex_cases,
        'strs': str_cases,
        'bytes': bytes_cases,
        'ints': [[str(i), repr(i)] for i in ints],
    })


# -------------------------------------------------------------- literals

def eval_literal(prefix, body):
    """What CPython does with the literal prefix'body' (or a triple-quoted form)."""
    q = "'''" if '\n' in body else "'"
    if '"' not in body and "'" in body:
        q = '"""' if '\n' in body else '"'
    src = prefix + q + body + q
    try:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            tree = ast.parse(src, mode='eval')
    except SyntaxError as e:
        return {'error': e.msg}
    v = tree.body.value
    msgs = [str(x.message) for x in w if issubclass(x.category, DeprecationWarning)]
    out = {'warning': msgs[0] if msgs else None}
    if isinstance(v, bytes):
        out['bytes'] = v.hex()
    else:
        out['str'] = v
    return out


PIECES = ['\\', '\\', '\\', 'x', 'u', 'U', 'N', '{', '}', '0', '1', '4', '7', '8', 'a', 'A', 'f', 'F', 'g',
          'é', '😀', '日', ' ', '\n', 'n', 't', 'd', '"', "'", 'LATIN SMALL LETTER A', 'BEL', 'NBSP',
          'CJK UNIFIED IDEOGRAPH-4E00', 'HANGUL SYLLABLE GA', '10FFFF', '110000', 'D800', 'DFFF']


def tokenizable(body):
    # Avoid bodies that cannot be the inside of one literal token.
    if body.endswith('\\') and not body.endswith('\\\\'):
        return False
    if "'''" in body or '"""' in body or ('"' in body and "'" in body):
        return False
    i = 0
    while i < len(body):  # an escaped quote or newline would change the token's extent
        if body[i] == '\\':
            i += 2
            continue
        i += 1
    return True


def record_literals():
    bodies = [
        'plain', '', r'\\', r"\'", r'\"', r'\a\b\f\n\r\t\v', '\\\n', r'\0', r'\7', r'\01', r'\012', r'\0123', r'\377',
        r'\400', r'\777', r'\8', r'\9', r'\d', r'\q\d', r'\x41', r'\x4', r'\x', r'\x4g', r'\xg1', r'\xFF', r'\u00e9',
        r'\u12', r'\ud800', r'\U0001F600', r'\U00110000', r'\U0011000', r'\UFFFFFFFF', r'\N{LATIN SMALL LETTER A}',
        r'\N{latin small letter a}', r'\N{NBSP}', r'\N{nbsp}', r'\N{}', r'\N', r'\Nx', r'\N{x', r'\N{x}', r'\N{é}',
        r'\N{CJK UNIFIED IDEOGRAPH-4E00}', r'\N{CJK UNIFIED IDEOGRAPH-4e00}', r'\N{cjk unified ideograph-4E00}',
        r'\N{CJK UNIFIED IDEOGRAPH-04E00}', r'\N{CJK UNIFIED IDEOGRAPH-9FFF}', r'\N{CJK UNIFIED IDEOGRAPH-2A6DF}',
        r'\N{CJK UNIFIED IDEOGRAPH-3134A}', r'\N{CJK UNIFIED IDEOGRAPH-3134B}', r'\N{HANGUL SYLLABLE GA}',
        r'\N{hangul syllable ga}', r'\N{HANGUL SYLLABLE ga}', r'\N{HANGUL SYLLABLE GAG}', r'\N{HANGUL SYLLABLE GGWAELH}',
        r'\N{HANGUL SYLLABLE A}', r'\N{HANGUL SYLLABLE}', r'\N{HANGUL SYLLABLE X}', r'\N{CJK COMPATIBILITY IDEOGRAPH-F900}',
        r'\N{cjk compatibility ideograph-f900}', r'\N{CJK COMPATIBILITY IDEOGRAPH-0F900}', r'\N{NUSHU CHARACTER-1B170}',
        r'\N{KHITAN SMALL SCRIPT CHARACTER-18B00}', r'\N{TANGUT IDEOGRAPH-17000}', r'\N{LINE FEED (LF)}', r'\N{LINE FEED}',
        r'\N{NULL}', r'\N{TIBETAN LETTER -A}', r'\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}',
        r'\N{ LATIN SMALL LETTER A}', r'\N{LATIN SMALL LETTER A }', r'\N{BYTE ORDER MARK}', r'\N{ZWNBSP}',
        r'\N{VARIATION SELECTOR-1}', r'\N{VARIATION SELECTOR-256}', r'\N{VS256}', r'\N{GRINNING FACE}',
        'é\\x4é', 'éé\\u12', '\\é', '😀\\N{x', 'a\\N{é}b', '\\\\é\\q', 'ab\\u12', r'\x41\u0042\U00000043\N{DIGIT FOUR}',
    ]
    for _ in range(2500):
        body = ''.join(rng.choice(PIECES) for _ in range(rng.randrange(1, 9)))
        if tokenizable(body):
            bodies.append(body)
    # Names: all aliases from the generated data's source would be circular,
    # so sample real names, mangled ones, and a few known aliases.
    names = ['NBSP', 'nbsp', 'ZWNBSP', 'BYTE ORDER MARK', 'NULL', 'NUL', 'LATIN CAPITAL LETTER GHA', 'FVS1', 'VS1',
             'LF', 'EOL', 'PRIVATE USE ONE', 'KANNADA LETTER LLLA', 'WEIERSTRASS ELLIPTIC FUNCTION', 'SINGLE SHIFT TWO']
    for _ in range(400):
        cp = rng.randrange(0x110000) if rng.randrange(2) else rng.randrange(0x30000)
        n = unicodedata.name(chr(cp), None)
        if n is None:
            continue
        r = rng.randrange(4)
        if r == 1:
            n = n.lower()
        elif r == 2:
            n = n[:-1]
        names.append(n)
    for n in names:
        bodies.append('\\N{%s}' % n)
    cases = []
    seen = set()
    for body in bodies:
        for prefix in ('', 'b', 'r', 'rb'):
            if (prefix, body) in seen:
                continue
            seen.add((prefix, body))
            if 'b' in prefix and any(ord(c) > 0x7f for c in body) and rng.randrange(8):
                continue  # keep only some of these: they all fail the same way
            if 'r' in prefix and rng.randrange(4):
                continue
            res = eval_literal(prefix, body)
            err = res.get('error')
            if err is not None and not err.startswith(('(unicode error)', '(value error)', 'bytes can only')):
                continue  # the body did not make one literal token: not a decoding case
            res['prefix'] = prefix
            res['body'] = body
            cases.append(res)
    # unicodedata.name() for a sample of code points (None where unnamed).
    cps = sorted(set([0, 0x41, 0x378, 0xa0, 0xac00, 0xd7a3, 0xd7a4, 0x3400, 0x4dbf, 0x4e00, 0x9fff, 0x2a6df, 0x3134a,
                      0x3134b, 0xd800, 0xe000, 0xf900, 0xfad9, 0x17000, 0x18b00, 0x1b170, 0x1f600, 0xe01ef, 0x10ffff]
                     + [rng.randrange(0x110000) for _ in range(1000)] + [rng.randrange(0x30000) for _ in range(3000)]))
    names_table = [[cp, unicodedata.name(chr(cp), None)] for cp in cps]
    write('literals.json', {'cases': cases, 'names': names_table})


# -------------------------------------------------------------- astdump

SNIPPETS = [
    'x = 1',
    'pass',
    '',
    'x: int = 5\ny: str\n(z): int = 1',
    'a.b[c:d:e] = f(*g, h=i, **j)',
    'del a, b[1], c.d',
    'x += 1; y //= 2; z @= 3; w **= 4; v >>= 5; u <<= 6; t |= 7; s &= 8; r ^= 9; q %= 10; p -= 1; o *= 2; n /= 3',
    'def f(a, b=1, /, c=2, *d, e, f=3, **g) -> int:\n    """doc"""\n    return a',
    'async def f():\n    await x\n    async for a in b: pass\n    async with c as d, e: pass\n    return [i async for i in j]',
    '@dec\n@dec2(1)\nclass C(B, metaclass=M):\n    x = 1\n    def m(self): ...',
    'lambda: 0\nlambda x, *y, z=1, **w: x',
    'if a:\n    pass\nelif b:\n    pass\nelse:\n    pass',
    'while x:\n    break\nelse:\n    continue',
    'for i in range(10):\n    pass\nelse:\n    pass',
    'try:\n    pass\nexcept E as e:\n    raise X from e\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    pass',
    'try:\n    pass\nexcept* E:\n    pass',
    'with open(f) as g, h:\n    pass',
    'import a.b as c, d\nfrom . import x\nfrom ..m import (y as z, w)\nfrom m import *',
    'global a, b\nnonlocal c',
    'assert x, "msg"\nassert y',
    'a if b else c',
    'not a and b or c',
    '-a + ~b - +c',
    'a < b <= c > d >= e == f != g is h is not i in j not in k',
    '[1, 2.5, 3j, "s", b"b", None, True, False, ...]',
    '{1: 2, **d}\n{1, 2}\n()\n(1,)\n[]\n{}',
    '[x for x in y if z if w for a in b]\n{x for x in y}\n{k: v for k, v in d}\n(x for x in y)',
    'f"a{b!r:>{c}} {d=} {e!s} {f:x}"',
    "u'unicode kind'",
    '(yield)\n(yield x)\n(yield from y)',
    '(x := 5)',
    'a[1:2, ::3, ...]',
    '*a, b = c',
    'match x:\n    case 1 | 2:\n        pass\n    case [a, *rest]:\n        pass\n    case {"k": v, **kw}:\n        pass\n'
    '    case Point(x=0, y=_) if y:\n        pass\n    case None:\n        pass\n    case True:\n        pass\n'
    '    case str() as s:\n        pass\n    case -1 + 2j:\n        pass\n    case a.b:\n        pass\n    case _:\n        pass',
    'x = 1e16; y = 1.5e-7; z = 0.1; w = 12345678901234567890; v = 0xff; u = 1_000.5',
    "s = 'it''s'; t = \"\\x00\\t\\u2028é😀\"; b = b'\\xff\\x00\"'",
    'def f[T]() -> None: pass' if sys.version_info >= (3, 12) else 'def f(x: "T") -> None: pass',
    'x = [[[[[[[[[[1]]]]]]]]]]',
    'print(1, 2, 3, 4)',
    'é = ñ + 日本',
    'if x:\n  pass  # comment\n',
]

OPTION_SETS = [
    {},
    {'indent': 4},
    {'indent': 0},
    {'indent': '\t'},
    {'indent': -2},
    {'include_attributes': True},
    {'include_attributes': True, 'indent': 2},
    {'annotate_fields': False},
    {'annotate_fields': False, 'indent': 1, 'include_attributes': True},
]


def tree_to_json(node):
    """Our AST representation (src/parser/ast_nodes.ts) as JSON."""
    if isinstance(node, ast.AST):
        out = {'_type': type(node).__name__}
        for f in node._fields:
            out[f] = tree_to_json(getattr(node, f))
        if type(node).__name__ == 'Constant':
            out['value'] = const_to_json(node.value)
        elif type(node).__name__ == 'MatchSingleton':
            out['value'] = node.value
        for a in node._attributes:
            out[a] = getattr(node, a, None)
        return out
    if isinstance(node, list):
        return [tree_to_json(x) for x in node]
    return node  # str, int, None


def const_to_json(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return {'$int': str(v)}
    if isinstance(v, float):
        return {'$float': fbits(v)}
    if isinstance(v, complex):
        return {'$complex': [fbits(v.real), fbits(v.imag)]}
    if isinstance(v, bytes):
        return {'$bytes': v.hex()}
    if v is Ellipsis:
        return {'$ellipsis': True}
    raise TypeError(type(v))


def record_astdump():
    sources = list(SNIPPETS)
    stdlib = os.path.dirname(ast.__file__)
    for name in ('colorsys.py',):
        with open(os.path.join(stdlib, name), encoding='utf-8') as f:
            sources.append(f.read())
    cases = []
    for src in sources:
        tree = ast.parse(src, type_comments=False)
        dumps = [ast.dump(tree, **opts) for opts in OPTION_SETS]
        cases.append({'source': src[:200], 'tree': tree_to_json(tree), 'dumps': dumps})
    # Other modes.
    for src, mode in [('1 + 2', 'eval'), ('x = 1', 'single'), ('(int, str) -> None', 'func_type')]:
        tree = ast.parse(src, mode=mode)
        cases.append({'source': src, 'tree': tree_to_json(tree), 'dumps': [ast.dump(tree, **o) for o in OPTION_SETS]})
    write('astdump.json', {'options': OPTION_SETS, 'cases': cases})


if __name__ == '__main__':
    record_repr()
    record_literals()
    record_astdump()
