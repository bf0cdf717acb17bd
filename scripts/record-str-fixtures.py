#!/usr/bin/env python3
"""Record the expectations of tests/unit/str.test.mjs from CPython 3.11 (the
oracle) into tests/unit/fixtures/str.json.

    python3 scripts/record-str-fixtures.py

Each case is [op, args, kwargs, expected]: the test runs the same operation
in krait and compares the encoded result.  Values travel as JSON: str as a
string, int as a number (or {"i": digits} beyond 2**53), float as {"f": hex
of its IEEE bits}, bytes {"b": hex}, bytearray {"ba": hex}, tuple {"t": []},
list [], dict {"d": [[k, v], ...]}, None null, bool true/false.  A result is
{"ok": value} or {"err": [exception type name, str(exception)]}.
"""
import itertools
import json
import os
import struct
import sys

assert sys.version_info[:2] == (3, 11), sys.version
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'tests', 'unit', 'fixtures', 'str.json')


def enc(v):
    if v is None or isinstance(v, bool):
        return v
    if isinstance(v, int):
        return v if abs(v) < 2 ** 53 else {'i': str(v)}
    if isinstance(v, float):
        return {'f': struct.pack('>d', v).hex()}
    if isinstance(v, str):
        return v
    if isinstance(v, bytes):
        return {'b': v.hex()}
    if isinstance(v, bytearray):
        return {'ba': bytes(v).hex()}
    if isinstance(v, tuple):
        return {'t': [enc(x) for x in v]}
    if isinstance(v, list):
        return [enc(x) for x in v]
    if isinstance(v, dict):
        return {'d': [[enc(k), enc(x)] for k, x in v.items()]}
    raise TypeError(type(v))


BINOPS = {
    '+': lambda a, b: a + b, '*': lambda a, b: a * b, '%': lambda a, b: a % b,
    '<': lambda a, b: a < b, '<=': lambda a, b: a <= b, '==': lambda a, b: a == b,
    '!=': lambda a, b: a != b, '>': lambda a, b: a > b, '>=': lambda a, b: a >= b,
    'in': lambda a, b: a in b, '[]': lambda a, b: a[b],
}
FUNCS = {
    'format': format, 'repr': repr, 'str': str, 'ascii': ascii, 'len': len, 'list': list,
    'str()': str, 'bytes()': bytes, 'bytearray()': bytearray,
    'hash_eq': lambda a, b: hash(a) == hash(b),
}


def run(op, args, kwargs):
    if op == 'm':
        return getattr(args[0], args[1])(*args[2:], **kwargs)
    if op == 'cls':  # class-level call: str.maketrans, bytes.fromhex
        return getattr({'str': str, 'bytes': bytes, 'bytearray': bytearray}[args[0]], args[1])(*args[2:], **kwargs)
    if op == 'mut':
        obj = bytearray(args[0])
        r = getattr(obj, args[1])(*args[2:], **kwargs)
        return [r, obj]
    if op == 'setitem':
        obj = bytearray(args[0])
        if len(args) == 3:
            obj[args[1]] = args[2]
        else:
            del obj[args[1]]
        return obj
    if op == 'sub':  # a method of an instance of a str / bytes / bytearray subclass
        base = type(args[0])
        sub = type('Sub', (base,), {})(args[0])
        r = getattr(sub, args[1])(*args[2:], **kwargs)
        if args[1] == '__iter__':
            r = list(r)
        return [type(r).__name__, r]
    if op == 'op':
        return BINOPS[args[0]](args[1], args[2])
    if op == 'f':
        return FUNCS[args[0]](*args[1:], **kwargs)
    raise ValueError(op)


def enc_arg(v):
    if isinstance(v, slice):
        return {'slice': [enc(v.start), enc(v.stop), enc(v.step)]}
    return enc(v)


cases = []


def add(op, *args, **kwargs):
    try:
        r = {'ok': enc(run(op, list(args), kwargs))}
    except Exception as e:  # noqa: BLE001 - recording any exception is the point
        r = {'err': [type(e).__name__, str(e)]}
    cases.append([op, [enc_arg(a) for a in args], {k: enc_arg(v) for k, v in kwargs.items()}, r])


# ---------------------------------------------------------------- str data

STRS = [
    '', 'a', 'abc', 'Hello World', '  spaced  out  ', 'a,b,,c,', 'tab\there\tx', 'x\ty\n\tz',
    'line1\nline2\r\nline3\rline4\x0bv\x0cf\x1cfs\x85nel\u2028ls\u2029ps\n',
    'ÄÖÜ straße', 'ǅungla ǆ Ǆ', 'ΣΑΣ ΌΣΟΣ σ.Σ', 'İstanbul ı', '😀a😀b😀', 'x\U0001F600y\U00010400z',
    '١٢٣', '½²³①', 'ﬁﬂ ŉ', 'MiXeD cAsE', '123', '-42', '+7', '\t\n \r', 'αβγ ΑΒΓ', 'ß', 'ﬀ',
    '\u0345', 'hello_world9', '9abc', '_x', 'Title Case Words', "It's a dog's life", 'ab\u00adcd',
    '\x00\x1f\x7f', 'a\u200bb', '\ud800x', 'Ⅻ', '\u1e9e', 'ꭰ', 'ᾼ', 'ǰ', 'ΐ', '\uff21\uff41',
    '\u2160\u2170', '日本語', 'AbC😀dEf', '𝐀𝐚', ' \u3000\u2000x\u00a0',
]

METHODS0 = ['capitalize', 'casefold', 'lower', 'upper', 'swapcase', 'title', 'isalnum', 'isalpha',
            'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable',
            'isspace', 'istitle', 'isupper', 'split', 'rsplit', 'splitlines', 'strip', 'lstrip', 'rstrip',
            'expandtabs', '__len__', '__repr__', '__str__', '__iter__']
for s in STRS:
    for m in METHODS0:
        if m == '__iter__':
            add('f', 'list', s)
        else:
            add('m', s, m)
    add('f', 'ascii', s)
    add('m', s, 'splitlines', True)
    add('m', s, 'encode', 'utf-8', 'surrogatepass')
    add('m', s, 'encode', 'utf-16')
    add('m', s, 'encode', 'utf-32-be')
    add('m', s, 'encode', 'latin-1', 'replace')
    add('m', s, 'encode', 'ascii', 'backslashreplace')
    add('m', s, 'encode', 'ascii', 'xmlcharrefreplace')
    add('m', s, 'encode', 'ascii', 'namereplace')
    add('m', s, 'encode', 'ascii', 'ignore')
    add('m', s, 'encode', 'ascii')
    add('m', s, 'encode')

# Single code points across the planes, for the property tables.
for cp in list(range(0, 0x100)) + list(range(0x100, 0x250, 3)) + list(range(0x370, 0x400, 3)) + list(range(0x1e00, 0x2000, 7)) + \
        [0x2028, 0x2160, 0x24b6, 0x3000, 0x3007, 0xa640, 0xab70, 0xff10, 0xff21, 0x10400, 0x1d400,
         0x1d7ce, 0x1f600, 0x20000, 0x1e900, 0x16e40, 0x10d30, 0x11066, 0xe0001, 0xfb00, 0x1f130]:
    c = chr(cp)
    for m in ('isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'islower', 'isupper', 'istitle',
              'isidentifier', 'isprintable', 'isalnum', 'upper', 'lower', 'title', 'casefold', 'swapcase'):
        add('m', c, m)

# Searching with start/end, including astral strings.
HAY = ['abcabcabc', 'a😀b😀c😀', 'aaaa', '', 'xyz']
NEEDLES = ['', 'a', 'bc', 'abc', '😀', 'b😀', 'zz', 'aa']
BOUNDS = [(), (1,), (2, 5), (-3,), (0, -1), (None, 2), (10,), (3, 3), (4, 2), (-100, 100)]
for h in HAY:
    for n in NEEDLES:
        for b in BOUNDS:
            for m in ('find', 'rfind', 'count', 'index', 'rindex', 'startswith', 'endswith'):
                add('m', h, m, n, *b)
        add('m', h, 'partition', n)
        add('m', h, 'rpartition', n)
        add('m', h, 'replace', n, '-')
        add('m', h, 'replace', n, '<>', 2)
        add('m', h, 'removeprefix', n)
        add('m', h, 'removesuffix', n)
        add('op', 'in', n, h)
        add('m', h, 'split', n)
        add('m', h, 'rsplit', n, 1)
    add('m', h, 'startswith', ('x', 'a', '😀'))
    add('m', h, 'endswith', ('c😀', 'bc'), 1)

# split / strip variants
for s in ['a b  c   d', '  a b c  ', 'a,b,,c', ',a,', 'a\u3000b\u2028c', '', '   ']:
    for sep in (None, ',', ' ', ',,', 'b'):
        for mx in (-1, 0, 1, 2, 10):
            add('m', s, 'split', sep, mx)
            add('m', s, 'rsplit', sep, mx)
    add('m', s, 'split', maxsplit=1)
    add('m', s, 'rsplit', sep=',', maxsplit=1)
    for ch in (None, ' ', 'a', ' ,a', ''):
        add('m', s, 'strip', ch)
        add('m', s, 'lstrip', ch)
        add('m', s, 'rstrip', ch)

# padding
for s in ['', 'a', 'ab', 'abc', '😀x', '-12', '+5', '42']:
    for w in (-1, 0, 1, 2, 3, 4, 5, 7, 8):
        add('m', s, 'center', w)
        add('m', s, 'ljust', w)
        add('m', s, 'rjust', w)
        add('m', s, 'zfill', w)
        add('m', s, 'center', w, '*')
        add('m', s, 'ljust', w, '😀')
        add('m', s, 'rjust', w, '-')
    add('m', s, 'expandtabs', 4)

for s in ['a\tb\tc', '\tx\n\ty\r\tz', '12345\t6', 'a\t']:
    for t in (-1, 0, 1, 2, 3, 8, 9):
        add('m', s, 'expandtabs', t)
    add('m', s, 'expandtabs', tabsize=3)

# join, translate, maketrans
for sep in ['', ',', ' - ', '😀']:
    add('m', sep, 'join', ['a', 'b', 'c'])
    add('m', sep, 'join', ('x',))
    add('m', sep, 'join', [])
    add('m', sep, 'join', 'abc')
    add('m', sep, 'join', ['a', 1])
    add('m', sep, 'join', 5)
    add('m', sep, 'join', {'k1': 1, 'k2': 2})
add('m', 'hello', 'translate', {104: 'J', 101: None, 108: 'LL', 111: 0x1F600})
add('m', 'hello', 'translate', {104: 1.5})
add('m', 'hello', 'translate', {104: -1})
add('m', 'hello', 'translate', {104: 0x110000})
add('m', 'hello', 'translate', [])
add('m', 'hello', 'translate', 'abcdefghijklmnopqrstuvwxyz')
add('cls', 'str', 'maketrans', 'abc', 'xyz')
add('cls', 'str', 'maketrans', 'abc', 'xyz', 'hi')
add('cls', 'str', 'maketrans', {'a': 'b', 98: None})
add('cls', 'str', 'maketrans', {'ab': 1})
add('cls', 'str', 'maketrans', {1.5: 1})
add('cls', 'str', 'maketrans', 1)
add('cls', 'str', 'maketrans', 'a', 'bc')
add('cls', 'str', 'maketrans', 1, 2)
add('cls', 'str', 'maketrans', 'a', 'b', 3)

# argument errors
for m, a in [('center', (3, 1)), ('center', (3, 'ab')), ('center', ('x',)), ('center', (10 ** 20,)), ('strip', (1,)),
             ('split', (1,)), ('split', ('',)), ('find', (1,)), ('count', (1,)), ('startswith', (1,)),
             ('startswith', ((1,),)), ('replace', (1, '')), ('replace', ('', 1)), ('replace', ('a', 'b', 'c')),
             ('removeprefix', (1,)), ('removesuffix', (1,)), ('partition', (1,)), ('partition', ('',)),
             ('rpartition', ('',)), ('expandtabs', ('x',)), ('zfill', (1.5,)), ('encode', (1,)),
             ('encode', ('bogus',)), ('encode', ('utf-8', 1)), ('splitlines', ('x',)), ('splitlines', (1.5,)),
             ('find', ('a', 1.5)), ('find', ('a', None, '2')), ('index', ('z',)), ('rindex', ('z',)),
             ('rjust', (1, '')), ('ljust', (5, 1)), ('zfill', (2 ** 70,)), ('find', ('a', 2 ** 70)),
             ('find', ('a', -2 ** 70)), ('count', ('a', 2 ** 70, -2 ** 70)), ('translate', (1,)),
             ('rsplit', ('',)), ('__contains__', (1,)), ('__getitem__', (1.5,)), ('__getitem__', (10,)),
             ('__getitem__', (2 ** 70,)), ('__getitem__', (-4,)), ('encode', ()), ('format_map', (1,))]:
    add('m', 'abc', m, *a)
add('m', 'abc', 'encode', encoding='latin-1', errors='strict')
add('m', 'a b', 'split', sep=None)
add('m', 'a b', 'split', None, maxsplit=1)
add('m', 'a b', 'split', 'a', sepx=1)

# indexing and slicing by code point
for s in ['abcdef', 'a😀b😀c😀d', '😀😀😀', '']:
    for i in range(-8, 8):
        add('op', '[]', s, i)
    for sl in [slice(None), slice(1, 4), slice(None, None, -1), slice(None, None, 2), slice(-3, None),
               slice(5, 1, -2), slice(1, 100), slice(-100, 2), slice(None, None, -3), slice(2, 2)]:
        add('op', '[]', s, sl)
    add('op', '*', s, 3)
    add('op', '*', s, -1)
    add('op', '*', 0, s)
    add('op', '+', s, 'x')
    add('op', '+', s, 1)
    add('op', '*', s, 1.5)
    add('op', '*', s, 'x')
    add('op', '+', s, b'x')
    add('op', '+', s, None)

# comparisons by code point
CMP = ['', 'a', 'b', 'ab', 'abc', '\uffff', '\U0001F600', '\ue000', 'a\U0001F600', 'a\uffff', 'Z', '\x00']
for a, b in itertools.product(CMP, CMP):
    for o in ('<', '<=', '==', '!=', '>', '>='):
        add('op', o, a, b)
for o in ('<', '==', '!=', '>='):
    add('op', o, 'a', 1)
    add('op', o, 'a', b'a')
add('f', 'hash_eq', 'abc', 'abc')
add('f', 'hash_eq', 'ab\U0001F600', 'ab\U0001F600')

# str() construction
for args, kw in [((), {}), (('x',), {}), ((1,), {}), ((b'abc',), {}), ((b'abc', 'ascii'), {}), ((b'\xff', 'utf-8'), {}),
                 ((b'\xff', 'utf-8', 'replace'), {}), ((b'\xff',), {'errors': 'ignore'}), ((b'abc',), {'encoding': 'latin-1'}),
                 ((1, 'utf-8'), {}), (('a', 'utf-8'), {}), ((b'a', 1), {}), ((b'a', 'utf-8', 1), {}),
                 ((), {'object': 'k'}), ((bytearray(b'hi'), 'ascii'), {}), ((b'a', 'bogus'), {}),
                 ((None,), {}), ((1.5,), {}), ((['a'],), {}), ((b'x',), {'encoding': 'utf-8', 'errors': 'strict'})]:
    add('f', 'str()', *args, **kw)

# ---------------------------------------------------------------- format()

FMT_STRS = ['', 'a', 'abc', 'hello world', '😀x', 'é']
SPECS = ['', 's', '5', '<5', '>5', '^5', '^6', '*^7', '0>5', '05', '010', '.2', '10.3', '<10.1s', '😀>4', 'x<3',
         '=5', '+', '-', ' ', '#', ',', '_', 'd', 'x', 'r', '5d', 'z', '.0', '>0', '1000000000000000000000',
         '.', '10.', 'ss', '<<5', '^^^', '0=5', '{}', '\x00<3']
for s in FMT_STRS:
    for sp in SPECS:
        add('f', 'format', s, sp)
        add('m', s, '__format__', sp)
add('m', 'a', '__format__', 1)
add('f', 'format', 'a', 1)

# str.format
FORMATS = [
    ('{}', (1,), {}), ('{} {}', (1, 2), {}), ('{0} {1} {0}', ('a', 'b'), {}), ('{x}', (), {'x': 5}),
    ('{0}{}', (1, 2), {}), ('{}{0}', (1, 2), {}), ('{2}', (1,), {}), ('{}', (), {}), ('{x}', (), {}),
    ('{0!r:>10}', ('a',), {}), ('{0!s}', ('a',), {}), ('{0!a}', ('é',), {}), ('{0!x}', (1,), {}),
    ('{0!}', (1,), {}), ('{0!rr}', (1,), {}), ('{:{}}', ('a', 5), {}), ('{:{w}.{p}}', ('abcdef',), {'w': 8, 'p': 3}),
    ('{0:{1}{2}}', ('ab', '>', 6), {}), ('{:{:{}}}', ('a', 'b', 'c'), {}), ('{{}}', (), {}), ('{{{}}}', (7,), {}),
    ('}', (), {}), ('{', (), {}), ('a{', (), {}), ('a}b', (), {}), ('{0', (1,), {}), ('{0:', (1,), {}),
    ('{0[0]}', (['x'],), {}), ('{0[a]}', ({'a': 1},), {}), ('{0[1]}', ('xy',), {}), ('{0.x}', (1,), {}),
    ('{0.real}', (5,), {}), ('{0[}', ([1],), {}), ('{0[]}', ([1],), {}), ('{0.}', (1,), {}), ('{0[0]x}', ([1],), {}),
    ('{0..real}', (1,), {}), ('{.real}', (3,), {}), ('{[0]}', ([9],), {}), ('{a.b}', (), {'a': 'x'}),
    ('{0}', ('é😀',), {}), ('{:>5}|{:<5}|{:^5}', ('a', 'b', 'c'), {}), ('{!r}', ('\n',), {}),
    ('{0:}', ('q',), {}), ('{0!s:}', ('q',), {}), ('{ }', (), {' ': 1}), ('{-1}', (), {'-1': 'neg'}),
    ('{0x}', (), {}), ('{:d}', ('a',), {}), ('{:s}', ('a',), {}), ('{0[0][1]}', ([['a', 'b']],), {}),
    ('{99999999999999999999}', (), {}), ('{0:{1:{2}}}', ('a', 'b', 'c'), {}),
    ('{:{}}{}', ('a', 3, 'b'), {}), ('{0}{x}{1}', ('a', 'b'), {'x': '-'}), ('{!}', (1,), {}),
    ('{0!r:}', ('z',), {}), ('{0!r:5}', ('z',), {}), ('{0:}}', (1,), {}), ('{0{}}', (1,), {}),
    ('{0[a}b]}', ({'a}b': 1},), {}), ('{0:[}', ('x',), {}),
]
for f, a, kw in FORMATS:
    add('m', f, 'format', *a, **kw)
    if not a:
        add('m', f, 'format_map', kw)
add('m', '{0}', 'format_map', {'0': 1})
add('m', '{}', 'format_map', {})
add('m', '{a}', 'format_map', {'b': 1})

# ---------------------------------------------------------------- % formatting

VALUES = [0, 1, -1, 42, -42, 255, 2 ** 64, -2 ** 70, 3.0, -0.0, 0.5, 2.5, 1.5, 0.125, 1e-5, 123456.789, 1e16, 1.5e300,
          -1.23456e-7, float('inf'), float('-inf'), float('nan'), True, 'str', 'é😀', b'by', None, 65, 0x1F600]
CONVS = ['d', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G', 's', 'r', 'a', 'c']
FLAGSETS = ['', '-', '+', ' ', '#', '0', '-0', '#-']
WIDTHS = ['', '1', '8', '*']
PRECS = ['', '.0', '.3', '.*', '.']
for v in VALUES:
    for c in CONVS:
        add('op', '%', '%' + c, (v,))
        add('op', '%', '[%12.4' + c + ']', (v,))
        add('op', '%', '%#08.3' + c, (v,))
for c in ['d', 'x', 'o', 'e', 'f', 'g', 's', 'r']:
    for fl in FLAGSETS:
        for w in WIDTHS:
            for p in PRECS:
                fmt = '%' + fl + w + p + c
                args = []
                if w == '*':
                    args.append(7)
                if p == '.*':
                    args.append(2)
                for v in (5, -1234.5678):
                    add('op', '%', fmt, tuple(args + [v]))
# exact rounding (ties to even on the exact binary value)
for v in [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 5e-324, 1.7976931348623157e308, 9.995, 0.045, 1e22, 1e23,
          123456789012345678.0, 0.1, 1 / 3, 2 ** -30, 999999.5, 9.5, 99.5, 0.000095]:
    for f in ['%.0f', '%.1f', '%.2f', '%.0e', '%.1e', '%.2e', '%.15e', '%.17g', '%.3g', '%g', '%.0g', '%#.0g',
              '%.20f', '%.120f', '%.110e', '%#g', '%G', '%.1G', '%r', '%s']:
        add('op', '%', f, v)
for fmt, args in [('%s', ()), ('%s %s', (1,)), ('%s', (1, 2)), ('%d', ('a',)), ('%x', (1.5,)), ('%f', ('a',)),
                  ('%c', ('ab',)), ('%c', (-1,)), ('%c', (0x110000,)), ('%c', (1.5,)), ('%(a)s', {'a': 1}),
                  ('%(a)s %(b)d', {'a': 'x', 'b': 2}), ('%(a)s %s', {'a': 1}), ('%(a)s', (1,)), ('%(a', {'a': 1}),
                  ('%', ()), ('abc%', ()), ('%y', (1,)), ('%\u00e9', (1,)), ('%5%', (1,)), ('%%', ()), ('%%%s', ('x',)),
                  ('%*d', ('a', 1)), ('%.*f', (1.5, 1.0)), ('%*d', (5,)), ('%-*d', (-6, 1)), ('%(x)*d', {'x': 1}),
                  ('%s', ([1, 2],)), ('%s', ({'a': 1},)), ('%d', (True,)), ('%x', (True,)), ('%d', (2 ** 100,)),
                  ('%o', (-8,)), ('%#o', (0,)), ('%#x', (0,)), ('%.0d', (0,)), ('%.3s', ('é😀xyz',)),
                  ('%-5c|', ('😀',)), ('%5c|', (97,)), ('%s', 'single'), ('%s', 5), ('%d', 5), ('x', ()),
                  ('x', (1,)), ('x', 1), ('x', {'a': 1}), ('x', []), ('%s', ()), ('%s', ((1, 2),)),
                  ('%b', (b'x',)), ('%ld', (3,)), ('%hd %Lf', (3, 1.5)), ('%(a)(b)s', {'a(b': 1}),
                  ('%(a)d', {'a': 'x'}), ('%0*.*f', (10, 3, 3.14159)), ('%d', (float('nan'),)),
                  ('%d', (float('inf'),)), ('%i', (3.99,)), ('%u', (-3.99,)), ('%x', (2 ** 80,)), ('%X', (-255,)),
                  ('%e', (10 ** 400,)), ('%f', (10 ** 20,)), ('%s', (None,)), ('%r', ('it\'s',)),
                  ('%a', ('\x7f\u20ac',)), ('%10.4r', ('abcdef',))]:
    add('op', '%', fmt, args)

# ---------------------------------------------------------------- bytes and bytearray

BYTES = [b'', b'a', b'abc', b'Hello World', b'  sp  ace  ', b'a,b,,c', b'\x00\xff\x80', b'tab\tx\ny\r\nz\rw',
         b'Title Case', b'MiXeD', b'123', b'-42', b"it's", b'"q"', b'\'"']
for b in BYTES:
    for T in (bytes, bytearray):
        x = T(b)
        for m in ('upper', 'lower', 'swapcase', 'title', 'capitalize', 'isalnum', 'isalpha', 'isascii',
                  'isdigit', 'islower', 'isupper', 'isspace', 'istitle', 'split', 'rsplit', 'strip', 'lstrip',
                  'rstrip', 'splitlines', 'expandtabs', 'hex', '__len__', '__repr__', 'decode'):
            add('m', x, m)
        add('f', 'list', x)
        add('m', x, 'splitlines', True)
        add('m', x, 'decode', 'latin-1')
        add('m', x, 'decode', 'ascii', 'replace')
        add('m', x, 'decode', 'utf-8', 'backslashreplace')
        add('m', x, 'decode', 'utf-16-le', 'surrogateescape')
        add('m', x, 'hex', ':')
        add('m', x, 'hex', b'-', 2)
        add('m', x, 'hex', ' ', -2)
        add('m', x, 'zfill', 6)
        add('m', x, 'center', 9, b'*')
        add('m', x, 'ljust', 6)
        add('m', x, 'rjust', 6, bytearray(b'.'))
        add('m', x, 'split', b',')
        add('m', x, 'split', None, 1)
        add('m', x, 'rsplit', b' ', 1)
        add('m', x, 'strip', b'a ')
        add('m', x, 'replace', b'a', b'XY')
        add('m', x, 'replace', b'', b'-', 3)
        add('m', x, 'partition', b'b')
        add('m', x, 'rpartition', b'b')
        add('m', x, 'removeprefix', b'a')
        add('m', x, 'removesuffix', b'c')
        add('m', x, 'count', b'a')
        add('m', x, 'count', 97)
        add('m', x, 'find', b'b', 1)
        add('m', x, 'rfind', b'', -2)
        add('m', x, 'index', b'c')
        add('m', x, 'rindex', 99, 0, 5)
        add('m', x, 'startswith', (b'x', b'a'))
        add('m', x, 'endswith', b'c', 0, 3)
        add('m', x, 'translate', None, b'aeiou')
        add('m', x, 'translate', bytes.maketrans(b'abc', b'xyz'))
        add('m', x, 'join', [b'1', bytearray(b'2'), b'3'])
        add('op', 'in', b'b', x)
        add('op', 'in', 98, x)
        add('op', '+', x, b'!')
        add('op', '+', x, bytearray(b'?'))
        add('op', '*', x, 2)
        add('op', '==', x, b'abc')
        add('op', '<', x, b'b')
        add('op', '==', x, 'abc')
        for k in (0, -1, 5, slice(1, None), slice(None, None, -1), slice(0, 10, 2)):
            add('op', '[]', x, k)
for T in (bytes, bytearray):
    x = T(b'abc')
    for m, a in [('center', (3, 'x')), ('center', (5, b'xy')), ('find', ('a',)), ('find', (300,)), ('join', (['a'],)),
                 ('join', ([1],)), ('startswith', ('a',)), ('endswith', (('a',),)), ('strip', ('a',)),
                 ('split', ('a',)), ('split', (b'',)), ('replace', ('a', b'')), ('removeprefix', ('a',)),
                 ('count', ('a',)), ('partition', ('a',)), ('partition', (b'',)), ('index', (b'z',)),
                 ('zfill', ('a',)), ('splitlines', ('x',)), ('decode', (1,)), ('decode', ('bogus',)),
                 ('translate', (b'x',)), ('ljust', (3, b'')), ('hex', ('::',)), ('hex', (1,)),
                 ('__getitem__', ('a',)), ('__getitem__', (1.5,)), ('__contains__', ('a',)), ('__contains__', (256,))]:
        add('m', x, m, *a)
    add('op', '+', x, 'a')
    add('op', '*', x, 1.5)
    add('op', '<', x, 'a')
    add('cls', T.__name__, 'fromhex', ' 01 0aff ')
    add('cls', T.__name__, 'fromhex', 'a')
    add('cls', T.__name__, 'fromhex', 'zz')
    add('cls', T.__name__, 'fromhex', '0 1')
    add('cls', T.__name__, 'maketrans', b'ab', b'cd')
    add('cls', T.__name__, 'maketrans', b'a', b'cd')
    add('cls', T.__name__, 'maketrans', 'a', 'b')
    for args, kw in [((), {}), ((3,), {}), ((-1,), {}), (([1, 2, 255],), {}), (([256],), {}), ((['a'],), {}),
                     (('abc',), {}), (('abc', 'ascii'), {}), (('é', 'ascii'), {}), (('é', 'ascii', 'ignore'), {}),
                     ((b'xyz',), {}), ((bytearray(b'q'),), {}), ((1.5,), {}), ((1, 'utf-8'), {}), ((b'a',), {'errors': 'x'}),
                     (('a', 1), {}), (('a', 'utf-8', 1), {}), (('a', 'bogus'), {}), (((1, 2),), {}),
                     ((), {'source': b'kw'}), ((2 ** 70,), {})]:
        add('f', T.__name__ + '()', *args, **kw)

# bytes % formatting
for fmt, args in [(b'%s', (b'x',)), (b'%s', ('x',)), (b'%d|%5.2f|%x', (3, 2.5, 255)), (b'%c', (65,)), (b'%c', (b'z',)),
                  (b'%c', (256,)), (b'%c', ('a',)), (b'%r', ('\xe9',)), (b'%a', (b'\xff',)), (b'%b', (bytearray(b'q'),)),
                  (b'%(k)s', {b'k': b'v'}), (b'%s %s', (b'a',)), (b'%s', (b'a', b'b')), (b'%d', (b'a',)), (b'%-4s|', (b'ab',)),
                  (b'%.1s', (b'ab',)), (b'%y', (1,)), (b'%%', ())]:
    add('op', '%', fmt, args)
    add('op', '%', bytearray(fmt), args)

# bytearray mutation
for m, a in [('append', (100,)), ('append', (256,)), ('append', ('a',)), ('extend', (b'xy',)), ('extend', ([1, 2],)),
             ('extend', (1,)), ('extend', ([300],)), ('extend', ('ab',)), ('insert', (0, 120)), ('insert', (-1, 120)),
             ('insert', (100, 120)), ('insert', (0, 300)), ('insert', ('a', 1)), ('pop', ()), ('pop', (0,)),
             ('pop', (-2,)), ('pop', (10,)), ('pop', ('a',)), ('remove', (98,)), ('remove', (3,)), ('reverse', ()),
             ('clear', ()), ('copy', ()), ('__iadd__', (b'zz',)), ('__iadd__', ('a',)), ('__imul__', (3,)),
             ('__imul__', (0,)), ('__imul__', ('a',))]:
    add('mut', b'abcd', m, *a)
add('mut', b'', 'pop')
for k, v in [(0, 65), (-1, 66), (5, 1), ('a', 1), (0, 256), (0, b'a'), (slice(0, 2), b'XYZ'), (slice(1, 3), []),
             (slice(0, 4, 2), b'pq'), (slice(0, 4, 2), b'pqr'), (slice(None, None, -1), b'wxyz'), (slice(0, 1), 5),
             (slice(0, 1), 'ab'), (slice(2, 1), b'ins'), (slice(10, 20), b'end'), (slice(0, 2), [1, 2, 3]),
             (slice(0, 2), [300])]:
    add('setitem', b'abcd', k, v)
for k in (0, -1, 5, 'a', slice(1, 3), slice(None, None, 2), slice(None, None, -1), slice(3, 1)):
    add('setitem', b'abcd', k)

# codecs
for data in [b'\xff', b'abc\x80def', b'\xc3', b'\xe2\x82', b'\xed\xa0\x80', b'\xf0\x9f\x98\x80', b'\xf0\x9f\x98',
             b'\xf4\x90\x80\x80', b'\xc0\xaf', b'a\xe9b', b'\xe0\x80\x80', b'\xff\xfe\x00']:
    for e in ('strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape', 'surrogatepass', 'bogus'):
        add('m', data, 'decode', 'utf-8', e)
    add('m', data, 'decode', 'ascii')
    add('m', data, 'decode', 'latin-1')
    add('m', data, 'decode', 'cp1252')
for data in [b'a\x00b', b'\x00\xd8', b'\x00\xd8a\x00', b'\x00\xdca\x00', b'\xff\xfea\x00', b'\xfe\xff\x00a',
             b'=\xd8\x00\xde']:
    for e in ('utf-16', 'utf-16-le', 'utf-16-be', 'UTF16'):
        add('m', data, 'decode', e)
        add('m', data, 'decode', e, 'replace')
for data in [b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00', b'abc', b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\x00\x00a']:
    for e in ('utf-32', 'utf-32-le', 'utf-32-be'):
        add('m', data, 'decode', e)
for s in ['é', 'éé', 'aé😀b', '\ud800', 'a\udc80b', '\u20ac']:
    for e in ('ascii', 'latin-1', 'utf-8', 'utf-16', 'utf-16-be', 'utf-32', 'cp1252', 'iso8859-15', 'UTF8', 'U8',
              'latin1', 'koi8-r', 'nope'):
        add('m', s, 'encode', e)
    for err in ('strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
                'surrogateescape', 'surrogatepass', 'bogus'):
        add('m', s, 'encode', 'ascii', err)
        add('m', s, 'encode', 'utf-8', err)

# instances of subclasses: methods accept them and return exact types
for x in ['abc', 'a😀b', b'abc', bytearray(b'xy')]:
    for m, a in [('upper', ()), ('__str__', ()), ('__repr__', ()), ('__len__', ()), ('__getitem__', (1,)),
                 ('__getitem__', (slice(0, 2),)), ('__add__', (x[:1],)), ('__mul__', (2,)), ('__eq__', (x,)),
                 ('__hash__', ()), ('__contains__', (x[:1],)), ('split', ()), ('join', ([x, x],)),
                 ('center', (7,)), ('strip', ()), ('replace', (x[:1], x[1:2])), ('__mod__', ((),)),
                 ('__format__', ('',)), ('__format__', ('>6',)), ('startswith', (x[:1],)), ('count', (x[:1],)),
                 ('zfill', (2,)), ('ljust', (1,)), ('removeprefix', (x[:0],)), ('partition', (x[1:2],)),
                 ('__iter__', ())]:
        if m == '__hash__':
            continue
        if m == '__iter__':
            add('sub', x, '__iter__')
            continue
        add('sub', x, m, *a)

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, 'w') as fh:
    json.dump(cases, fh, ensure_ascii=True, separators=(',', ':'))
    fh.write('\n')
print('wrote', OUT, len(cases), 'cases', os.path.getsize(OUT), 'bytes')
