// The compiler (src/compiler/): AST -> code objects.
//  (a) every .py file of CPython's stdlib compiles without a JS exception, and
//      raises exactly the SyntaxErrors (message and position) that python3's
//      compile() raises for it; every code object passes the stack check below;
//  (b) structural checks on small snippets: jump targets in range, the stack
//      depth agrees along every path (exception handlers included) and stays
//      within co_stacksize, loop back-edges are JUMP_BACKWARD and no other
//      jump goes backwards, handlers are in the exception table;
//  (c) positions: for instructions that can raise (calls, binary ops,
//      subscripts, attribute loads, ...), the multiset of (lineno,
//      end_lineno, col, end_col) per kind equals python3's co_positions().
// The TypeScript sources are bundled on the fly (no dependency on the build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));

async function load(contents) {
  const outfile = join(mkdtempSync(join(tmpdir(), 'krait-compiler-')), 'bundle.mjs');
  await build({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, outfile, format: 'esm', logLevel: 'silent' });
  return import(pathToFileURL(outfile).href);
}
// The compiler folds constants into runtime objects (tuples, frozensets):
// the object model's types must be initialized (hashing, equality).
const m = await load(`
import './src/vm/init.ts';
export { parse } from './src/parser/parser.ts';
export { compile } from './src/compiler/compile.ts';
export { PySyntaxError } from './src/parser/errors.ts';
export { PyCode } from './src/compiler/code.ts';
export { stackEffect, OP_HAS_JUMP, OP_TERMINATES, OP_NAMES, OP_ARG } from './src/compiler/opcodes.ts';
`);
const { parse, compile, PySyntaxError, PyCode, stackEffect, OP_HAS_JUMP, OP_TERMINATES, OP_NAMES } = m;
const OP = Object.fromEntries(OP_NAMES.map((n, i) => [n, i]));

const python = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[:2] == (3, 11))'], { encoding: 'utf8' });
const skip = python.error || python.stdout.trim() !== 'True' ? 'python3.11 not found: the compiler checks need it as the oracle' : false;

function compileSource(src, filename = '<snippet>') {
  return compile(parse(src, filename, 'exec'), filename, 'exec', { source: src });
}

function* codeObjects(co) {
  yield co;
  for (const c of co.consts) if (c instanceof PyCode) yield* codeObjects(c);
}

/**
 * Problems with one code object: flow analysis over the final instructions
 * (each exception-table entry is an edge to its handler with depth + 1 +
 * lasti); the depth must agree on every path into an instruction.
 */
function checkCode(co) {
  const n = co.code.length >> 1;
  const errs = [];
  const where = (i) => `${co.qualname}@${i} ${OP_NAMES[co.code[2 * i]]}`;
  const et = co.exceptiontable;
  for (let k = 0; k < et.length; k += 5) {
    const [start, end, target, depth] = et.subarray(k, k + 5);
    if (!(start >= 0 && start < end && end <= n && target >= 0 && target < n && depth >= 0)) errs.push(`${co.qualname}: bad exception entry ${[...et.subarray(k, k + 5)]}`);
  }
  const depthAt = new Int32Array(n).fill(-1);
  const work = [];
  const reach = (i, d, from) => {
    if (i < 0 || i >= n) return errs.push(`${where(from)}: target ${i} out of range`);
    if (depthAt[i] === -1) {
      depthAt[i] = d;
      work.push(i);
    } else if (depthAt[i] !== d) errs.push(`${where(i)}: depth ${depthAt[i]} and ${d} (from ${from})`);
  };
  if (n > 0) reach(0, 0, 0);
  while (work.length > 0) {
    const i = work.pop();
    const op = co.code[2 * i];
    const a = co.code[2 * i + 1];
    const d = depthAt[i];
    if (d > co.stacksize) errs.push(`${where(i)}: depth ${d} > stacksize ${co.stacksize}`);
    for (let k = 0; k < et.length; k += 5) {
      if (i >= et[k] && i < et[k + 1]) {
        if (d < et[k + 3]) errs.push(`${where(i)}: depth ${d} below its handler's ${et[k + 3]}`);
        reach(et[k + 2], et[k + 3] + 1 + et[k + 4], i);
        break;
      }
    }
    if (OP_HAS_JUMP[op]) {
      if (a <= i && op !== OP.JUMP_BACKWARD) errs.push(`${where(i)}: backward jump that is not JUMP_BACKWARD`);
      if (op === OP.JUMP_BACKWARD && a > i) errs.push(`${where(i)}: JUMP_BACKWARD jumps forward`);
      reach(a, d + stackEffect(op, a, true), i);
    }
    const next = d + stackEffect(op, a, false);
    if (next < 0) errs.push(`${where(i)}: stack underflow`);
    else if (!OP_TERMINATES[op]) reach(i + 1, next, i);
  }
  if (co.positions.length !== 4 * n) errs.push(`${co.qualname}: positions length`);
  return errs;
}

function checkAll(co) {
  const errs = [];
  for (const c of codeObjects(co)) errs.push(...checkCode(c));
  return errs;
}

// ---- (a) the stdlib ------------------------------------------------------------

const CPYTHON_COMPILE = String.raw`
import sys, os, json, warnings
warnings.simplefilter('ignore')
root = sys.argv[1]
out = {}
for dp, dns, fns in os.walk(root):
    dns[:] = sorted(d for d in dns if d != 'site-packages')
    for fn in sorted(fns):
        if not fn.endswith('.py'):
            continue
        p = os.path.join(dp, fn)
        try:
            compile(open(p, 'rb').read(), p, 'exec', dont_inherit=True)
            out[os.path.relpath(p, root)] = None
        except SyntaxError as e:
            out[os.path.relpath(p, root)] = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
json.dump(out, sys.stdout)
`;

test('the stdlib compiles, with CPython\'s compile-time errors', { skip, timeout: 120_000 }, () => {
  const stdlib = spawnSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).stdout.trim();
  const r = spawnSync('python3', ['-c', CPYTHON_COMPILE, stdlib], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const expected = JSON.parse(r.stdout);
  const failures = [];
  let compileTimeErrors = 0;
  for (const [rel, exp] of Object.entries(expected)) {
    const path = join(stdlib, rel);
    let got;
    try {
      const co = compile(parse(readFileSync(path), path, 'exec'), path, 'exec');
      const errs = checkAll(co);
      got = errs.length > 0 ? `bad code: ${errs.slice(0, 3).join('; ')}` : null;
    } catch (e) {
      if (!(e instanceof PySyntaxError)) got = `JS exception: ${e && e.stack ? e.stack.split('\n').slice(0, 3).join(' | ') : e}`;
      else got = [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset];
    }
    // CPython's None end_lineno/end_offset are krait's -1.
    const want = exp === null ? null : [exp[0], exp[1], exp[2], exp[3], exp[4] ?? -1, exp[5] ?? -1];
    if (want !== null && /must occur|future feature|not a chance/.test(want[1])) compileTimeErrors++;
    if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${rel}: krait ${JSON.stringify(got)}, CPython ${JSON.stringify(want)}`);
  }
  console.log(`compiler: ${Object.keys(expected).length} stdlib files, ${failures.length} differ (${compileTimeErrors} compile-time errors expected)`);
  assert.deepEqual(failures, []);
});

// ---- (b) structure -----------------------------------------------------------------

const STRUCTURE = {
  // `continue` is a back-edge too.
  'for': ['for x in y:\n    if x: continue\n    f(x)\nelse:\n    g()\n', { backEdges: 2 }],
  'while': ['while x:\n    x -= 1\n    if x == 3: break\nelse:\n    pass\n', { backEdges: 1 }],
  'while True': ['while True:\n    if f(): break\n', { backEdges: 1 }],
  'nested loops': ['def f(a):\n    for i in a:\n        for j in i:\n            while j:\n                j = g(j)\n', { backEdges: 3 }],
  'comprehensions': ['x = [a for a in b if a]\ny = {a: c for a in b for c in a}\nz = (a async for a in b)\n', {}],
  'try': ['try:\n    f()\nexcept E as e:\n    g(e)\nexcept:\n    h()\nelse:\n    i()\nfinally:\n    j()\n', { handlers: true }],
  'try star': ['try:\n    f()\nexcept* E as e:\n    g(e)\nexcept* F:\n    pass\n', { handlers: true }],
  'return in finally': ['def f():\n    for x in y:\n        try:\n            if x: return g(x)\n        finally:\n            if x: break\n', { handlers: true, backEdges: 1 }],
  'with': ['with a as b, c:\n    d(b)\n', { handlers: true }],
  'async': ['async def f():\n    async with a as b:\n        async for x in b:\n            await x\n    return [y async for y in z]\n', { handlers: true }],
  'generators': ['def g():\n    x = yield 1\n    yield from x\n    return x\n', {}],
  'match': ['match p:\n    case [1, *rest] if rest: pass\n    case {"k": v, **kw}: pass\n    case Point(x=0, y=yy) | Point(yy, 0): pass\n    case str() as s: pass\n    case _: pass\n', {}],
  'calls': ['f(a, *b, c=1, **d)\no.m(1, k=2)\ng(*a)\nh(**k)\nclass C(B, metaclass=M):\n    def m(self): return super().m()\n', {}],
  'closures': ['def f(a):\n    def g():\n        nonlocal a\n        a += 1\n        return lambda: a\n    return g\n', {}],
  'deep stack': ['x = [' + Array.from({ length: 40 }, (_, i) => `a${i}`).join(', ') + ', *b]\ny = {' + Array.from({ length: 40 }, (_, i) => `'k${i}': ${i}`).join(', ') + '}\n', {}],
};

for (const [name, [src, expect]] of Object.entries(STRUCTURE)) {
  test(`structure: ${name}`, () => {
    const co = compileSource(src);
    assert.deepEqual(checkAll(co), []);
    let backEdges = 0;
    let entries = 0;
    for (const c of codeObjects(co)) {
      for (let i = 0; i < c.code.length >> 1; i++) {
        // Count loop back-edges (not the SEND loops of await / yield from).
        if (c.code[2 * i] === OP.JUMP_BACKWARD && c.code[2 * c.code[2 * i + 1]] !== OP.SEND) backEdges++;
      }
      entries += c.exceptiontable.length / 5;
    }
    if (expect.backEdges !== undefined) assert.equal(backEdges, expect.backEdges, 'loop back-edges');
    if (expect.handlers) assert.ok(entries > 0, 'exception table entries');
  });
}

test('structure: code object fields', () => {
  const co = compileSource('def f(a, /, b, *c, d=1, **e):\n    """doc"""\n    def g(): return a\n    return g\nclass K:\n    def m(self): return __class__\n');
  const f = co.consts.find((c) => c instanceof PyCode && c.name === 'f');
  assert.deepEqual([f.argcount, f.posonlyargcount, f.kwonlyargcount], [2, 1, 1]);
  assert.deepEqual(f.varnames.slice(0, 5), ['a', 'b', 'd', 'c', 'e']);
  assert.deepEqual(f.cellvars, ['a']);
  assert.deepEqual([...f.cell2arg], [0]);
  assert.equal(f.consts[0], 'doc');
  assert.equal(f.flags & 0xf, 0x1 | 0x2 | 0x4 | 0x8);
  const g = f.consts.find((c) => c instanceof PyCode);
  assert.deepEqual([g.qualname, g.freevars], ['f.<locals>.g', ['a']]);
  const k = co.consts.find((c) => c instanceof PyCode && c.name === 'K');
  assert.deepEqual(k.cellvars, ['__class__']);
  const meth = k.consts.find((c) => c instanceof PyCode);
  assert.deepEqual([meth.qualname, meth.freevars], ['K.m', ['__class__']]);
});

// ---- (c) positions --------------------------------------------------------------------

const POSITIONS_PY = String.raw`
import dis, json, sys
CATEGORY = {
    'CALL': 'call', 'CALL_FUNCTION_EX': 'call',
    'BINARY_OP': 'binop', 'BINARY_SUBSCR': 'subscr', 'STORE_SUBSCR': 'store_subscr',
    'DELETE_SUBSCR': 'del_subscr', 'LOAD_ATTR': 'attr', 'LOAD_METHOD': 'method',
    'STORE_ATTR': 'store_attr', 'DELETE_ATTR': 'del_attr', 'COMPARE_OP': 'compare',
    'CONTAINS_OP': 'contains', 'GET_ITER': 'get_iter', 'UNPACK_SEQUENCE': 'unpack',
    'UNPACK_EX': 'unpack', 'IMPORT_NAME': 'import', 'IMPORT_FROM': 'import_from',
    'RAISE_VARARGS': 'raise', 'LOAD_GLOBAL': 'global', 'LOAD_NAME': 'name',
    'FORMAT_VALUE': 'format', 'BUILD_SLICE': 'slice',
}
def collect(co, out):
    pos = list(co.co_positions())
    for ins in dis.get_instructions(co):
        cat = CATEGORY.get(ins.opname)
        if cat:
            out.append([cat, *pos[ins.offset // 2]])
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            collect(c, out)
res = []
for src in json.load(sys.stdin):
    out = []
    collect(compile(src, '<snippet>', 'exec'), out)
    res.append(sorted(out, key=json.dumps))
json.dump(res, sys.stdout)
`;

const KRAIT_CATEGORY = {
  CALL: 'call', CALL_KW: 'call', CALL_METHOD: 'call', CALL_METHOD_KW: 'call', CALL_FUNCTION_EX: 'call',
  BINARY_OP: 'binop', BINARY_SUBSCR: 'subscr', STORE_SUBSCR: 'store_subscr', DELETE_SUBSCR: 'del_subscr',
  LOAD_ATTR: 'attr', LOAD_METHOD: 'method', STORE_ATTR: 'store_attr', DELETE_ATTR: 'del_attr',
  COMPARE_OP: 'compare', CONTAINS_OP: 'contains', GET_ITER: 'get_iter', UNPACK_SEQUENCE: 'unpack',
  UNPACK_EX: 'unpack', IMPORT_NAME: 'import', IMPORT_FROM: 'import_from', RAISE_VARARGS: 'raise',
  LOAD_GLOBAL: 'global', LOAD_NAME: 'name', FORMAT_VALUE: 'format', BUILD_SLICE: 'slice',
};

function kraitPositions(src) {
  const out = [];
  for (const c of codeObjects(compileSource(src))) {
    for (let i = 0; i < c.code.length >> 1; i++) {
      const cat = KRAIT_CATEGORY[OP_NAMES[c.code[2 * i]]];
      if (cat === undefined) continue;
      const p = [...c.positions.subarray(4 * i, 4 * i + 4)].map((x) => (x < 0 ? null : x));
      out.push([cat, ...p]);
    }
  }
  return out.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

const POSITION_SNIPPETS = [
  'x = f(a, b)\ny = g(\n    1,\n    2)\n',
  'x = (a\n  .b\n  .c(1))\ny = (a\n  .b)\n',
  'z = a[\n 1] + f(\n 2)\ndel a.b, a[1]\na.b += 1\na[1] += 2\n',
  'a.b.c = d[e:f:g]\nx = a[1:2]\n',
  'r = a * b + c ** d - e // f % g @ h\nr = -a + ~b\n',
  // (No while loop with a raising test: CPython repeats the test at the bottom, krait jumps back to it.)
  'if a < b < c: pass\nx = a < b\nif a in b: f()\n',
  'import os\nimport a.b.c as d\nfrom . import x, y as z\nos.getcwd()\n',
  'for x, (y, *z) in f(a):\n    print(x, y, z)\n',
  'def f(a, *, b=g(1)):\n    return h(a) + b.c(d=1)\n',
  '@dec\n@dec2(\n 1)\ndef f(): pass\n',
  'class A(B, metaclass=M):\n    x: int = 1\n    def f(self): return super().f(__class__)\n',
  'x = [i * 2 for i in range(10) if i % 3]\ny = {k: v.w for k, v in d.items()}\n',
  'try:\n    f()\nexcept E as e:\n    raise X from e\nfinally:\n    g()\n',
  'with open(p) as fp:\n    data = fp.read()\n',
  "s = f'{a!r:>{w}} and {b.c}'\n",
  'assert x, msg(1)\nraise\n',
  'def g():\n    yield f(1)\n    yield from h()\n',
  'f(*a, **k)\no.m(*a)\nf(x=1, y=2)\n',
  'match p:\n    case [1, 2, *r]: f(r)\n    case {"a": b}: g(b)\n    case C(x=1): h()\n',
  'lambda x: x.y(z)\nx = a if b.c else d[e]\n',
  'global_name\ndef f():\n    return undefined_name + also_undefined\n',
  'x = f(a,\n      b=g(\n  1),\n      *c)\n',
  "s = f'{a}{b!s:{c}}' f'{d.e(f)}'\n",
  'y = [f(x) for x in g(y)]\nz = {f(x) for x in y}\nw = (x.y for x in z)\n',
  'class A:\n    def f(self):\n        return self.x.y\n    z = [w for w in v]\n',
  'x += f(1)\nx.y[z] -= g()\n',
  'def f(a=g(1), *, b=h(2)) -> i(3):\n    pass\n',
  'with a(1) as b, c(2) as d:\n    e(b, d)\n',
  'from a.b import (c,\n  d)\nimport e.f\n',
  'del a[1], b.c\n',
  'a.b(1).c(2).d(3)\n',
  '(a.\n b(\n 1)\n .c(2))\n',
  '@a.b(1)\nclass C: pass\n',
  'f = lambda x=g(1): x.y\n',
  'x = {a: f(b), **c, d: g()}\ny = {f(1), *g()}\n',
  'a[b] = c[d] = e.f\n',
  'x: f(1) = g(2)\ny.z: int = 3\n',
  'print(*[1, 2], sep=g())\n',
  'try:\n    pass\nexcept (A, B.c) as e:\n    pass\n',
  'async def f():\n    async with a(1) as b:\n        await c(b)\n    async for x in d():\n        e(x)\n',
  'raise E(1) from F(2)\n',
  'assert f(1), g(2)\n',
  'x = a.b.c.d\n',
  'x = not a.b\nx = a and b.c or d[e]\n',
  'def f():\n    global g\n    g = h(1)\n    return g.i\n',
  'x = f"{a:{b}.{c}}"\n',
  'match x:\n    case [a, *_, b]: pass\n    case Point(1, y=2) as p: pass\n    case {**rest}: pass\n    case 1 | 2 | 3: pass\n    case str(s) if s.startswith(q): pass\n',
  'x = [[y.z for y in w] for w in v]\n',
  'for i in range(10):\n    for j in range(i):\n        print(i * j)\n',
];

test('positions of raising instructions match python3', { skip }, () => {
  const r = spawnSync('python3', ['-c', POSITIONS_PY], { input: JSON.stringify(POSITION_SNIPPETS), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const expected = JSON.parse(r.stdout);
  const diffs = [];
  POSITION_SNIPPETS.forEach((src, i) => {
    const got = kraitPositions(src);
    if (JSON.stringify(got) !== JSON.stringify(expected[i])) {
      const g = new Set(got.map((x) => JSON.stringify(x)));
      const e = new Set(expected[i].map((x) => JSON.stringify(x)));
      diffs.push(`${JSON.stringify(src)}\n  krait only: ${[...g].filter((x) => !e.has(x)).join(' ')}\n  python3 only: ${[...e].filter((x) => !g.has(x)).join(' ')}`);
    }
  });
  assert.deepEqual(diffs, []);
});

// ---- errors ------------------------------------------------------------------------------

const ERROR_SNIPPETS = [
  'def f(x):\n    global x\n',
  'def f():\n    x = 1\n    nonlocal x\n',
  'def f():\n    print(x)\n    global x\n',
  'class C:\n    [y := 1 for x in z]\n',
  '[x for x in (y := z)]\n',
  'def f():\n    [x := 1 for x in y]\n',
  'x: int = 1\nglobal x\n',
  'f(a for a in b, c)\n',
  'match x:\n    case a.b | c:\n        pass\n',
  'match x:\n    case [a] | (b):\n        pass\n',
  'match x:\n    case {1: a, True: b}:\n        pass\n',
  'match x:\n    case C(a=1, a=2):\n        pass\n',
  'match x:\n    case -a:\n        pass\n',
  'async def f():\n    yield from x\n',
  'def f():\n    x = yield\n    return [await z for z in y]\n',
  'def f():\n    try:\n        pass\n    except* E:\n        return 1\n',
  'a, *b, c, *d = e\n',
  '[*a] = *b,\n*a, = b\n(*a) = b\n',
  'def f(__debug__): pass\n',
  'x.__debug__ = 1\n',
  'for x in y:\n    def f():\n        continue\n',
  'from __future__ import annotations\ndef f(x: (yield)): pass\n',
  'import sys; from __future__ import annotations\n',
  'def f():\n    from __future__ import annotations\n',
  "'''doc'''\nfrom __future__ import annotations, generators\nfrom __future__ import braces\n",
  'def f():\n    x = 1\n    def g():\n        nonlocal y\n',
  'nonlocal x\n',
  'def f(a, b, a): pass\n',
  'lambda a, a: 1\n',
  'def f(*, a, **a): pass\n',
  'class C:\n    def f(self):\n        nonlocal __class__\n',
  'def f():\n    global x\n    nonlocal x\n',
  'def f():\n    x: int\n    global x\n',
  'def f():\n    def g():\n        nonlocal x\n    x = 1\n',
  '[i for i in range(3) for j in (k := range(3))]\n',
  '[[(j := 0) for i in range(3)] for j in range(3)]\n',
  'def f():\n    yield 1\n    return 2\nasync def g():\n    yield 1\n    return\n',
  'await x\n',
  'def f():\n    await x\n',
  'async def f():\n    def g():\n        await x\n',
  'def f():\n    async with x: pass\n',
  'def f():\n    async for x in y: pass\n',
  'def f():\n    (x async for x in y)\n',
  'def f():\n    {x: 1 async for x in y}\n',
  'print(f(x) for x in y, 1)\n',
  'class C:\n    return\n',
  'x = [yield]\n',
  'def f():\n    x = {(yield): 1 for y in z}\n',
  'def f():\n    x = ((yield) for y in z)\n',
  'match x:\n    case {a.b: 1, a.b: 2}: pass\n',
  'match x:\n    case {"a": 1, "a": 2}: pass\n',
  'match x:\n    case {1.0: a, 1: b}: pass\n',
  'match x:\n    case f(): pass\n',
  'match x:\n    case a | [b]: pass\n',
  'match x:\n    case [a, *b, *c]: pass\n',
  'match x:\n    case (a as b) | (b as a): pass\n',
  'match x:\n    case {**__debug__}: pass\n',
  'del __debug__.x\ndel x.__debug__\n',
  'import __debug__\n',
  'from a import __debug__\n',
  'with a as __debug__: pass\n',
  'for __debug__ in x: pass\n',
  'def __debug__(): pass\n',
  'class __debug__: pass\n',
  '__debug__ += 1\n',
  'f(a=1, b=2, a=3)\n',
  'class C(x=1, x=2): pass\n',
  'a.b(x=1, *c, x=2)\n',
  'try:\n    pass\nexcept* A:\n    break\n',
  'for x in y:\n    try:\n        pass\n    except* A:\n        continue\n',
  'try:\n    pass\nexcept:\n    pass\nexcept:\n    pass\n',
  'x = 1\n"""docstring"""\nfrom __future__ import division\n',
  '"""doc"""\nfrom __future__ import division\nx = 1; from __future__ import generators\n',
  '*a = b\n',
  'a = *b\n',
  'x = (*a)\n',
  'del *a, b\n',
  'for *x in y: pass\n',
];

const ERRORS_PY = String.raw`
import json, sys
res = []
for src in json.load(sys.stdin):
    try:
        compile(src, '<snippet>', 'exec')
        res.append(None)
    except SyntaxError as e:
        res.append([e.msg, e.lineno, e.offset, e.end_lineno if e.end_lineno is not None else e.lineno, e.end_offset if e.end_offset is not None else -1])
json.dump(res, sys.stdout)
`;

test('compile-time errors match python3', { skip }, () => {
  const r = spawnSync('python3', ['-c', ERRORS_PY], { input: JSON.stringify(ERROR_SNIPPETS), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const expected = JSON.parse(r.stdout);
  const diffs = [];
  ERROR_SNIPPETS.forEach((src, i) => {
    let got = null;
    try {
      compileSource(src);
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      got = [e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset];
    }
    if (JSON.stringify(got) !== JSON.stringify(expected[i])) diffs.push(`${JSON.stringify(src)}: krait ${JSON.stringify(got)}, python3 ${JSON.stringify(expected[i])}`);
  });
  assert.deepEqual(diffs, []);
});
