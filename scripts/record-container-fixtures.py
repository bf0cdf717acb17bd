#!/usr/bin/env python3
"""Record the expectations of tests/unit/containers.test.mjs from CPython 3.11
(the oracle) into tests/unit/fixtures/containers.json.

    python3 scripts/record-container-fixtures.py

Each case is an expression in a small JSON language that both this script
and the JS test interpret (so the test needs no compiler):

  values   int (JSON number, or {"i": "digits"} when big), str, null (None), {"r": [a, b, c]} range,
           true/false, {"l": [...]} list, {"t": [...]} tuple, {"s": [...]} set,
           {"fs": [...]} frozenset, {"d": [[k, v], ...]} dict,
           {"f": x} float, {"ty": "list"} a builtin type
  exprs    ["v", value] | ["var", name] | ["let", name, e] | ["do", e...]
           ["call", f, [args...], {kw: e}] | ["attr", e, name]
           ["m", e, name, [args...], {kw: e}]        (method call)
           ["get", e, key] | ["set", e, key, val] | ["del", e, key]
           ["op", sym, a, b]    (binary or comparison operator, in-place ops too)
           ["in", a, b] | ["len", e] | ["hash", e] | ["list", e] | ["repr", e]
           ["slice", a, b, c] | ["tup", e...]

The recorded result is repr() of the value, or "ExcName: message".
"""
import json
import operator
import os
import random
import sys

assert sys.version_info[:2] == (3, 11), sys.version
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'tests', 'unit', 'fixtures', 'containers.json')
rng = random.Random(3110)

TYPES = {'list': list, 'tuple': tuple, 'dict': dict, 'set': set, 'frozenset': frozenset, 'range': range,
         'slice': slice, 'enumerate': enumerate, 'zip': zip, 'map': map, 'filter': filter, 'reversed': reversed,
         'iter': iter, 'bool': bool, 'str': str, 'repr': repr, 'abs': abs, 'len': len}
OPS = {'+': operator.add, '-': operator.sub, '*': operator.mul, '|': operator.or_, '&': operator.and_,
       '^': operator.xor, '<': operator.lt, '<=': operator.le, '==': operator.eq, '!=': operator.ne,
       '>': operator.gt, '>=': operator.ge, '+=': operator.iadd, '*=': operator.imul, '|=': operator.ior,
       '&=': operator.iand, '-=': operator.isub, '^=': operator.ixor}


def val(v):
    if isinstance(v, dict):
        (k, x), = v.items()
        if k == 'i': return int(x)
        if k == 'l': return [val(y) for y in x]
        if k == 't': return tuple(val(y) for y in x)
        if k == 's': return {val(y) for y in x}
        if k == 'fs': return frozenset(val(y) for y in x)
        if k == 'd': return {val(a): val(b) for a, b in x}
        if k == 'f': return float(x)
        if k == 'ty': return TYPES[x]
        if k == 'r': return range(*[val(y) for y in x])
    return v


def ev(e, env):
    op = e[0]
    if op == 'v': return val(e[1])
    if op == 'var': return env[e[1]]
    if op == 'let':
        env[e[1]] = ev(e[2], env)
        return env[e[1]]
    if op == 'do':
        r = None
        for x in e[1:]: r = ev(x, env)
        return r
    if op == 'call':
        f = ev(e[1], env)
        return f(*[ev(a, env) for a in e[2]], **{k: ev(a, env) for k, a in (e[3] if len(e) > 3 else {}).items()})
    if op == 'attr': return getattr(ev(e[1], env), e[2])
    if op == 'm':
        o = ev(e[1], env)
        return getattr(o, e[2])(*[ev(a, env) for a in e[3]], **{k: ev(a, env) for k, a in (e[4] if len(e) > 4 else {}).items()})
    if op == 'get': return ev(e[1], env)[ev(e[2], env)]
    if op == 'set':
        o = ev(e[1], env); o[ev(e[2], env)] = ev(e[3], env); return None
    if op == 'del':
        o = ev(e[1], env); del o[ev(e[2], env)]; return None
    if op == 'op': return OPS[e[1]](ev(e[2], env), ev(e[3], env))
    if op == 'in': return ev(e[1], env) in ev(e[2], env)
    if op == 'len': return len(ev(e[1], env))
    if op == 'hash': return hash(ev(e[1], env))
    if op == 'list': return list(ev(e[1], env))
    if op == 'repr': return repr(ev(e[1], env))
    if op == 'slice': return slice(*[ev(x, env) for x in e[1:]])
    if op == 'tup': return tuple(ev(x, env) for x in e[1:])
    raise ValueError(op)


def canon(x):
    """repr(), with set elements sorted by their repr (krait's set order is insertion order, CPython's its
    hash table's: a documented difference), at the top level and inside a top-level tuple."""
    if isinstance(x, (set, frozenset)):
        if not x: return repr(x)
        body = '{' + ', '.join(sorted(repr(y) for y in x)) + '}'
        return body if type(x) is set else f'{type(x).__name__}({body})'
    if type(x) is tuple and any(isinstance(y, (set, frozenset)) for y in x):
        return '(' + ', '.join(canon(y) for y in x) + (',)' if len(x) == 1 else ')')
    return repr(x)


def run(e):
    try:
        return canon(ev(e, {}))
    except Exception as exc:
        return f'{type(exc).__name__}: {exc}'


# ---- case builders -----------------------------------------------------------------------------

def V(x):
    """Encode a Python value."""
    if isinstance(x, bool) or x is None or isinstance(x, str): return x
    if isinstance(x, int): return x if abs(x) <= 2**53 - 1 else {'i': str(x)}
    if isinstance(x, float): return {'f': x}
    if isinstance(x, list): return {'l': [V(y) for y in x]}
    if isinstance(x, tuple): return {'t': [V(y) for y in x]}
    if isinstance(x, frozenset): return {'fs': [V(y) for y in x]}
    if isinstance(x, set): return {'s': [V(y) for y in x]}
    if isinstance(x, dict): return {'d': [[V(a), V(b)] for a, b in x.items()]}
    if isinstance(x, range): return {'r': [V(x.start), V(x.stop), V(x.step)]}
    if isinstance(x, type) or x in (len, abs, repr, iter): return {'ty': x.__name__}
    raise TypeError(x)


def v(x): return ['v', V(x)]
def call(f, *args, **kw): return ['call', ['v', {'ty': f}], list(args), kw]
def m(o, name, *args, **kw): return ['m', o, name, list(args), kw]
def var(n): return ['var', n]
def let(n, e): return ['let', n, e]
def do(*es): return ['do', *es]
def sl(a, b, c): return ['slice', v(a), v(b), v(c)]


cases = []


def case(group, e):
    cases.append([group, e, run(e)])


# ---- slicing: list, tuple, range ------------------------------------------------------------------
bounds = [None, 0, 1, 2, 3, -1, -2, -5, 5, 7, 100, -100, 2**70, -2**70]
steps = [None, 1, 2, 3, -1, -2, -3, 10, -10, 0]
seq = list(range(7))
for _ in range(260):
    a, b, c = rng.choice(bounds), rng.choice(bounds), rng.choice(steps)
    case('slice-get', ['get', v(seq), sl(a, b, c)])
    case('slice-get', ['get', v(tuple(seq)), sl(a, b, c)])
    case('slice-get', ['get', call('range', v(rng.choice([0, 3, -4])), v(rng.choice([10, 20, -9])), v(rng.choice([1, 2, -1, 3, -3]))), sl(a, b, c)])
    case('slice-indices', m(sl(a, b, c), 'indices', v(rng.choice([0, 1, 7, 2**70]))))
for _ in range(160):
    a, b, c = rng.choice(bounds), rng.choice(bounds), rng.choice(steps)
    n = rng.choice([0, 1, 2, 3, 5])
    case('slice-set', do(let('x', v(list(seq))), ['set', var('x'), sl(a, b, c), v(list(range(100, 100 + n)))], var('x')))
    case('slice-del', do(let('x', v(list(seq))), ['del', var('x'), sl(a, b, c)], var('x')))

# ---- indexing ---------------------------------------------------------------------------------------
for k in [0, 3, 6, 7, -1, -7, -8, 2**70, True, 'a', 1.5, None]:
    case('index', ['get', v(seq), v(k)])
    case('index', ['get', v(tuple(seq)), v(k)])
    case('index', ['get', call('range', v(2), v(30), v(4)), v(k)])
    case('index', do(let('x', v(list(seq))), ['set', var('x'), v(k), v('z')], var('x')))
    case('index', do(let('x', v(list(seq))), ['del', var('x'), v(k)], var('x')))
case('index', ['get', call('range', v(2**70)), v(-1)])
case('index', ['get', call('range', v(0), v(2**70), v(3)), ['slice', v(5), v(-5), v(7)]])

# ---- list methods -------------------------------------------------------------------------------------
L = [3, 1, 'a', 1, (1, 2), None, 1]
for meth, argsets in {
    'append': [[9]], 'extend': [[[1, 2]], [(3,)], ['ab'], [5], [range(3)]],
    'insert': [[0, 'x'], [-1, 'x'], [100, 'x'], [-100, 'x'], ['a', 1], [2**70, 1]],
    'remove': [[1], ['a'], [42]], 'pop': [[], [0], [-1], [100], ['a']],
    'index': [[1], [1, 2], [1, 2, 3], [1, -3], [42], ['a', 0, 2], [1, 'x']],
    'count': [[1], [42], []], 'clear': [[]], 'copy': [[]], 'reverse': [[]],
}.items():
    for args in argsets:
        case('list-method', do(let('x', v(list(L))), let('r', m(var('x'), meth, *[v(a) for a in args])), ['tup', var('r'), var('x')]))

for args, kw in [([], {}), ([], {'reverse': True}), ([], {'key': {'ty': 'abs'}}), ([], {'key': {'ty': 'abs'}, 'reverse': True}),
                 ([], {'key': {'ty': 'repr'}}), ([1], {}), ([], {'key': 1}), ([], {'reverse': 1.5})]:
    for data in [[3, -1, 2, -3, 1, 0, -2, 2], [5, 'a'], list(range(50, 0, -3)) + list(range(40)), [(1, 'b'), (0, 'z'), (1, 'a')],
                 ['b', 'a', 'B', 'c', ''], [rng.randrange(-20, 20) for _ in range(300)]]:
        case('sort', do(let('x', v(data)), ['m', var('x'), 'sort', [v(a) for a in args], {k: ['v', x if isinstance(x, dict) else V(x)] for k, x in kw.items()}], var('x')))
# stability: sort pairs by their first item only
words = ['x' * rng.randrange(6) + str(i) for i in range(200)]
case('sort', do(let('x', v(words)), ['m', var('x'), 'sort', [], {'key': v(len)}], var('x')))
case('sort', do(let('x', v(words)), ['m', var('x'), 'sort', [], {'key': v(len), 'reverse': v(True)}], var('x')))

# ---- list / tuple operators ------------------------------------------------------------------------------
objs = [[], [1], [1, 2], [1, 3], [1, 2, 3], [2], (), (1,), (1, 2), (1, 3), (2,), 'ab', 2, 0, -1, 2**70, 1.5, None, True]
for a in objs:
    for b in objs:
        if isinstance(a, (list, tuple)) or isinstance(b, (list, tuple)):
            for sym in ['+', '*', '<', '==', '>=']:
                case('seq-op', ['op', sym, v(a), v(b)])
for a in [[1], [1, 2], (1, 2)]:
    for b in [[3], (3,), 'ab', 2, 0, range(2), 1.5]:
        case('seq-iop', do(let('x', v(a)), ['op', '+=', var('x'), v(b)]))
        case('seq-iop', do(let('x', v(a)), ['op', '*=', var('x'), v(b)]))
for x in [[], [1], [1, [2, 'x']], (), (1,), (1, 'a', (2,)), [(), ()]]:
    case('repr', ['repr', v(x)])
    if 'a' not in x: case('hash', ['hash', v(x)])
case('repr', do(let('x', v([1])), m(var('x'), 'append', var('x')), ['repr', var('x')]))
case('repr', do(let('x', v({'a': 1})), ['set', var('x'), v('b'), var('x')], ['repr', var('x')]))
for t in [(), (1,), (1, 2), (-1,), (1, (2, 3)), ('a',) * 0, (2**70, -2**62, 0, True, False), ((),), (1, 2, 3, 4, 5, 6, 7, 8)]:
    case('tuple-hash', ['hash', v(t)])
for meth, args in [('count', [1]), ('index', [2]), ('index', [9]), ('index', [1, 1]), ('__getnewargs__', [])]:
    case('tuple-method', m(v((1, 2, 1, 3)), meth, *[v(a) for a in args]))
for args, kw in [([], {}), ([[1, 2]], {}), (['ab'], {}), ([1], {}), ([[1], [2]], {}), ([], {'x': 1}), ([range(3)], {})]:
    for ty in ['list', 'tuple', 'set', 'frozenset']:
        case('ctor', ['call', ['v', {'ty': ty}], [v(a) for a in args], {k: v(x) for k, x in kw.items()}])

# ---- dict ------------------------------------------------------------------------------------------
D = {'a': 1, 2: 'b', (1, 2): None, 'c': [1]}
for args, kw in [([], {}), ([D], {}), ([[('a', 1), ('b', 2)]], {}), ([[(1, 2, 3)]], {}), ([[1]], {}), ([['ab', 'cd']], {}),
                 ([1], {}), ([D, D], {}), ([], {'x': 1, 'y': 2}), ([{'x': 0}], {'x': 1})]:
    case('dict-ctor', ['call', ['v', {'ty': 'dict'}], [v(a) for a in args], {k: v(x) for k, x in kw.items()}])
for meth, argsets in {
    'get': [['a'], ['zz'], ['zz', 5], [[1]], []], 'setdefault': [['a'], ['zz'], ['zz', 7]],
    'pop': [['a'], ['zz'], ['zz', 0], [(1, 2)]], 'popitem': [[]], 'keys': [[]], 'values': [[]], 'items': [[]],
    'update': [[{'a': 9}], [[('q', 1)]], [1], [{}, {}]], 'clear': [[]], 'copy': [[]], '__getitem__': [['a'], ['zz'], [[1]]],
    '__delitem__': [['a'], ['zz']], '__contains__': [['a'], [(1, 2)], [[1]]], '__len__': [[]],
}.items():
    for args in argsets:
        case('dict-method', do(let('x', v(dict(D))), let('r', m(var('x'), meth, *[v(a) for a in args])), ['tup', var('r'), var('x')]))
case('dict-method', do(let('x', v({})), m(var('x'), 'popitem')))
case('dict-method', call('dict', ['v', {'l': []}]))
case('dict-method', ['m', ['v', {'ty': 'dict'}], 'fromkeys', [v('abc')], {}])
case('dict-method', ['m', ['v', {'ty': 'dict'}], 'fromkeys', [v([1, 2]), v(0)], {}])
case('dict-method', ['m', ['v', {'ty': 'dict'}], 'fromkeys', [v(1)], {}])
for a in [{}, {'a': 1}, {'a': 1, 'b': 2}, {'b': 2, 'a': 1}, {'a': 2}, {1: 1}, {True: 1}]:
    for b in [{}, {'a': 1}, {'b': 2, 'a': 1}, {1.0: 1}, [('a', 1)]]:
        for sym in ['==', '!=', '|', '<']:
            case('dict-op', ['op', sym, v(a), v(b)])
        case('dict-op', do(let('x', v(a)), ['op', '|=', var('x'), v(b)], var('x')))
views = ['keys', 'items', 'values']
for vw in views:
    for other in [{'a'}, {('a', 1)}, ['a', 'z'], {'a': 1}, 1]:
        for sym in ['&', '|', '-', '^', '==', '<=', '<']:
            case('dict-view', ['op', sym, m(v({'a': 1, 'b': 2}), vw), v(other)])
            case('dict-view', ['op', sym, v(other), m(v({'a': 1, 'b': 2}), vw)])
        case('dict-view', m(m(v({'a': 1, 'b': 2}), vw), 'isdisjoint', v(other)))
    case('dict-view', ['repr', m(v(D), vw)])
    case('dict-view', ['list', call('reversed', m(v(D), vw))])
    case('dict-view', ['len', m(v(D), vw)])
    case('dict-view', ['in', v(('a', 1)), m(v(D), vw)])
    case('dict-view', ['in', v('a'), m(v(D), vw)])
    if vw != 'values': case('dict-view', ['hash', m(v(D), vw)])
case('dict-view', ['op', '==', m(v(D), 'keys'), m(v(D), 'keys')])
case('dict-view', ['list', call('reversed', v(D))])
case('dict-view', ['attr', m(v(D), 'keys'), 'mapping'])
case('dict-iter', do(let('x', v({1: 1, 2: 2})), let('it', call('iter', var('x'))), m(var('it'), '__next__'), ['set', var('x'), v(3), v(3)], m(var('it'), '__next__')))
case('dict-iter', do(let('x', v({1: 1, 2: 2})), let('it', call('iter', var('x'))), m(var('it'), '__next__'), ['del', var('x'), v(1)], ['set', var('x'), v(3), v(3)], m(var('it'), '__next__'), m(var('it'), '__next__')))
case('dict-iter', do(let('x', v({1: 1, 2: 2})), let('it', call('iter', var('x'))), m(var('it'), '__length_hint__')))
case('dict-key', do(let('x', v({})), ['set', var('x'), v(1), v('int')], ['set', var('x'), v(True), v('bool')], ['set', var('x'), v(1.0), v('float')], ['set', var('x'), v((1, 2)), v('t')], ['get', var('x'), v((1, 2))], var('x')))
case('dict-key', do(let('x', v({})), ['set', var('x'), v([1]), v(1)]))
case('dict-key', do(let('x', v({(1, 2): 1, 2.5: 2, -1: 3, 2**70: 4})), ['list', var('x')]))

# ---- sets -------------------------------------------------------------------------------------------
sets = [set(), {1}, {1, 2}, {2, 3}, {1, 2, 3}, frozenset(), frozenset({1}), frozenset({1, 2, 3}), [1, 2], 1]
for a in sets:
    for b in sets:
        if isinstance(a, (set, frozenset)) or isinstance(b, (set, frozenset)):
            for sym in ['|', '&', '-', '^', '<', '<=', '==', '!=', '>', '>=']:
                case('set-op', ['op', sym, v(a), v(b)])
for a in [set(), {1, 2}, frozenset({3})]:
    for b in [{1}, [2, 5], 'ab', 1]:
        for sym in ['|=', '&=', '-=', '^=']:
            case('set-iop', do(let('x', v(a)), ['op', sym, var('x'), v(b)]))
        for meth in ['union', 'intersection', 'difference', 'symmetric_difference', 'issubset', 'issuperset', 'isdisjoint',
                     'update', 'intersection_update', 'difference_update', 'symmetric_difference_update', 'add', 'discard', 'remove']:
            case('set-method', do(let('x', v(a)), let('r', m(var('x'), meth, v(b))), ['tup', var('r'), var('x')]))
    for meth in ['pop', 'clear', 'copy', 'union', 'intersection']:
        case('set-method', do(let('x', v(a)), let('r', m(var('x'), meth)), ['tup', var('r'), var('x')]))
case('set-method', m(v({1, 2}), 'union', v([3]), v((4,)), v('a')))
case('set-method', m(v({1, 2, 3}), 'intersection', v([3, 2]), v((2,))))
case('set-method', m(v({1, 2, 3}), 'difference', v([3]), v((1,))))
case('set-method', ['in', v({1}), v({frozenset({1}), 2})])
case('set-method', do(let('x', v({frozenset({1}), 2})), m(var('x'), 'remove', v({1})), var('x')))
case('set-iter', do(let('x', v({1, 2})), let('it', call('iter', var('x'))), m(var('it'), '__next__'), m(var('x'), 'add', v(5)), m(var('it'), '__next__')))
for fs in [frozenset(), frozenset({1}), frozenset({1, 2, 3}), frozenset({-1, -2}), frozenset({(1, 2), 2**62, -1}),
           frozenset(range(100)), frozenset({frozenset({1}), frozenset()}), frozenset({2**61 - 1, True, 0})]:
    case('frozenset-hash', ['hash', v(fs)])
for x in [set(), {1}, frozenset(), frozenset({1})]:
    case('repr', ['repr', v(x)])

# ---- range -----------------------------------------------------------------------------------------------
rargs = [[5], [0], [-3], [2, 10], [10, 2], [2, 10, 3], [10, 2, -3], [0, 2**70, 2**67], [1, 2, 0], [1.5], ['a'], [], [1, 2, 3, 4], [2**70]]
for a in rargs:
    r = call('range', *[v(x) for x in a])
    case('range', ['repr', r])
    case('range', ['len', r])
    if a and isinstance(a[-1], int) and a[-1] < 2**60 or len(a) == 3:
        case('range', ['list', r])
        case('range', ['list', call('reversed', r)])
    if (range(*a)[1:2] if all(type(x) is int for x in a) and 1 <= len(a) <= 3 and (len(a) < 3 or a[2]) else ()):
        case('range', ['hash', r])  # hash(None), in len-0/1 range hashes, is address-based in 3.11
    for x in [0, 2, 5, 8, -1, 2**68, True] + ([2.0, 'a'] if 2**70 not in a else []):
        case('range-in', ['in', v(x), r])
        case('range-in', m(r, 'index', v(x)))
        case('range-in', m(r, 'count', v(x)))
    for attr in ['start', 'stop', 'step']:
        case('range', ['attr', r, attr])
for a, b in [([3], [0, 3]), ([0], [5, 5]), ([1, 2], [1, 3, 5]), ([0, 10, 3], [0, 12, 3]), ([0, 10, 3], [0, 11, 3])]:
    case('range-eq', ['op', '==', call('range', *[v(x) for x in a]), call('range', *[v(x) for x in b])])
    case('range-eq', ['op', '<', call('range', *[v(x) for x in a]), call('range', *[v(x) for x in b])])
case('range', m(call('iter', call('range', v(5))), '__length_hint__'))

# ---- slices --------------------------------------------------------------------------------------------
for a in [[1], [1, 2], [1, 2, 3], [None, None, None], [], [1, 2, 3, 4], ['a', (1,), [2]]]:
    case('slice', ['repr', ['call', ['v', {'ty': 'slice'}], [v(x) for x in a]]])
case('slice', ['hash', sl(1, 2, 3)])
case('slice', ['op', '==', sl(1, 2, 3), sl(1, 2, 3)])
case('slice', ['op', '<', sl(1, 2, 3), sl(1, 3, 3)])
case('slice', m(sl(1, 2, 3), 'indices', v(-1)))
case('slice', m(sl(1, 2, 0), 'indices', v(5)))
case('slice', m(sl(1.5, 2, 1), 'indices', v(5)))
case('slice', ['attr', sl(1, 'x', None), 'stop'])

# ---- iterators ----------------------------------------------------------------------------------------
its = [
    call('enumerate', v('abc')), call('enumerate', v('abc'), v(5)), call('enumerate', v('ab'), v(2**70)),
    ['call', ['v', {'ty': 'enumerate'}], [], {'iterable': v([1]), 'start': v(3)}], call('enumerate', v(1)),
    call('enumerate', v([]), v(1.5)), call('enumerate'), ['call', ['v', {'ty': 'enumerate'}], [v([])], {'x': v(1)}],
    call('zip'), call('zip', v([1, 2])), call('zip', v([1, 2]), v('abc')), call('zip', v(1)),
    ['call', ['v', {'ty': 'zip'}], [v([1]), v([1, 2])], {'strict': v(True)}],
    ['call', ['v', {'ty': 'zip'}], [v([1, 2]), v([1])], {'strict': v(True)}],
    ['call', ['v', {'ty': 'zip'}], [v([1, 2]), v([1, 2]), v([1])], {'strict': v(True)}],
    ['call', ['v', {'ty': 'zip'}], [v([1]), v([1, 2]), v([1, 2])], {'strict': v(True)}],
    ['call', ['v', {'ty': 'zip'}], [v([1, 2]), v([3, 4])], {'strict': v(True)}],
    call('map', v({'ty': 'abs'}), v([-1, 2, -3])), call('map', v({'ty': 'abs'})), call('map', v(None), v(1)),
    call('map', v({'ty': 'repr'}), v([1]), v([2])),
    call('filter', v(None), v([0, 1, '', 'a', None, (), (0,)])), call('filter', v({'ty': 'abs'}), v([0, 1, -1])),
    call('filter', v(None)), call('reversed', v([1, 2, 3])), call('reversed', v((1, 2))), call('reversed', v('abc')),
    call('reversed', v(1)), call('reversed', v({1})), call('reversed'), call('reversed', v({'a': 1, 'b': 2})),
    call('iter', v([1, 2])), call('iter', v(1)), call('iter', v(1), v(2)), call('iter'),
]
for it in its:
    case('iter', ['list', it])
for it in [call('iter', v([1, 2, 3])), call('reversed', v([1, 2, 3])), call('iter', v((1, 2))), call('iter', call('range', v(4))),
           call('reversed', call('range', v(4))), call('iter', v({1, 2})), call('iter', v({1: 2})), call('reversed', v('abcd'))]:
    case('iter-hint', do(let('it', it), m(var('it'), '__next__'), m(var('it'), '__length_hint__')))
for it in [call('iter', v([])), call('iter', v(())), call('iter', call('range', v(0))), call('enumerate', v([])), call('zip'),
           call('reversed', v([])), call('iter', v({})), call('iter', v(set()))]:
    case('iter-type', ['attr', ['attr', it, '__class__'], '__name__'])
    case('iter-stop', m(it, '__next__'))

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, 'w') as f:
    json.dump(cases, f, ensure_ascii=True, separators=(',', ':'))
    f.write('\n')
print('wrote', OUT, len(cases), 'cases')
