// list, tuple, dict, set/frozenset, range, slice and the builtin iterators
// against CPython 3.11: scripts/record-container-fixtures.py recorded each
// case's result in fixtures/containers.json; this file evaluates the same
// little JSON expression language (described in that script) on krait's
// runtime directly, without the compiler.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url);
const cases = JSON.parse(readFileSync(new URL('tests/unit/fixtures/containers.json', root), 'utf8'));

async function load(contents) {
  const outfile = join(mkdtempSync(join(tmpdir(), 'krait-unit-')), 'bundle.mjs');
  await build({ stdin: { contents, resolveDir: root.pathname, loader: 'ts' }, bundle: true, outfile, format: 'esm', logLevel: 'silent' });
  return import(pathToFileURL(outfile).href);
}

const m = await load(`
export * as A from './src/objects/abstract.ts';
import './src/objects/typeobject.ts';
import './src/objects/list_methods.ts';
import './src/objects/tuple_methods.ts';
import './src/objects/dict_methods.ts';
import './src/objects/set_methods.ts';
import './src/objects/slice_methods.ts';
import './src/vm/init.ts';
export * from './src/objects/range.ts';
export * from './src/objects/iterators.ts';
export * from './src/objects/object.ts';
export { PyList, ListType } from './src/objects/list.ts';
export { PyTuple, TupleType } from './src/objects/tuple.ts';
export { PyDict, DictType } from './src/objects/dict.ts';
export { PySet, SetType, FrozenSetType, setAddKey, setKeys } from './src/objects/set.ts';
export { PySlice, SliceType } from './src/objects/slice.ts';
export { PyFloat } from './src/objects/float.ts';
export { PyBaseException, typeError } from './src/objects/exceptions.ts';
export { setTypeErrorFactory, builtinFunction } from './src/objects/methods.ts';
export { strRepr } from './src/objects/repr.ts';
`);
const { A } = m;
m.setTypeErrorFactory(m.typeError);
A.setStrRepr(m.strRepr);

// Builtins the cases use (the builtins module is not loaded here).
const TYPES = {
  list: m.ListType, tuple: m.TupleType, dict: m.DictType, set: m.SetType, frozenset: m.FrozenSetType,
  range: m.RangeType, slice: m.SliceType, enumerate: m.EnumerateType, zip: m.ZipType, map: m.MapType,
  filter: m.FilterType, reversed: m.ReversedType, iter: m.iterBuiltin, bool: m.BoolType,
  repr: m.builtinFunction('repr(obj, /)', (o) => A.repr(o)),
  abs: m.builtinFunction('abs(x, /)', (x) => {
    if (typeof x === 'number') return Math.abs(x);
    if (typeof x === 'bigint') return x < 0n ? -x : x;
    const r = A.callSpecial(x, '__abs__', []);
    if (r === undefined) throw m.typeError(`bad operand type for abs(): '${m.typeOf(x).name}'`);
    return r;
  }),
  len: m.builtinFunction('len(obj, /)', (o) => A.len(o)),
};
const BINOPS = { '+': 0, '&': 1, '*': 5, '|': 7, '-': 10, '^': 12 };
const CMPOPS = { '<': 0, '<=': 1, '==': 2, '!=': 3, '>': 4, '>=': 5 };

function val(v) {
  if (v === null) return m.None;
  if (typeof v !== 'object') return v;
  const [k, x] = Object.entries(v)[0];
  switch (k) {
    case 'i': return BigInt(x);
    case 'l': return new m.PyList(x.map(val));
    case 't': return new m.PyTuple(x.map(val));
    case 's': case 'fs': {
      const s = new m.PySet(k === 's' ? m.SetType : m.FrozenSetType);
      for (const y of x) m.setAddKey(s, val(y));
      return s;
    }
    case 'd': {
      const d = new m.PyDict();
      for (const [a, b] of x) d.set(val(a), val(b));
      return d;
    }
    case 'f': return new m.PyFloat(x);
    case 'ty': return TYPES[x];
    case 'r': return A.call(m.RangeType, x.map(val));
  }
  throw new Error(`bad value ${JSON.stringify(v)}`);
}

function callWith(f, args, kw, env) {
  const a = args.map((x) => ev(x, env));
  const names = Object.keys(kw ?? {});
  for (const n of names) a.push(ev(kw[n], env));
  return A.call(f, a, names.length ? names : null);
}

function ev(e, env) {
  switch (e[0]) {
    case 'v': return val(e[1]);
    case 'var': return env[e[1]];
    case 'let': return (env[e[1]] = ev(e[2], env));
    case 'do': { let r = m.None; for (const x of e.slice(1)) r = ev(x, env); return r; }
    case 'call': return callWith(ev(e[1], env), e[2], e[3], env);
    case 'attr': return A.getAttr(ev(e[1], env), e[2]);
    case 'm': { const o = ev(e[1], env); return callWith(A.getAttr(o, e[2]), e[3], e[4], env); }
    case 'get': return A.getItem(ev(e[1], env), ev(e[2], env));
    case 'set': { const o = ev(e[1], env); A.setItem(o, ev(e[2], env), ev(e[3], env)); return m.None; }
    case 'del': { const o = ev(e[1], env); A.setItem(o, ev(e[2], env), undefined); return m.None; }
    case 'op': {
      const a = ev(e[2], env), b = ev(e[3], env), sym = e[1];
      if (sym in CMPOPS) return A.richCompare(a, b, CMPOPS[sym]);
      if (sym.endsWith('=')) return A.binaryOp(BINOPS[sym.slice(0, -1)] + 13, a, b);
      return A.binaryOp(BINOPS[sym], a, b);
    }
    case 'in': { const a = ev(e[1], env); return A.contains(ev(e[2], env), a); }
    case 'len': return A.len(ev(e[1], env));
    case 'hash': return A.hashValue(ev(e[1], env));
    case 'list': return new m.PyList(A.toArray(ev(e[1], env)));
    case 'repr': return A.repr(ev(e[1], env));
    case 'slice': return new m.PySlice(ev(e[1], env), ev(e[2], env), ev(e[3], env));
    case 'tup': return new m.PyTuple(e.slice(1).map((x) => ev(x, env)));
  }
  throw new Error(`bad expr ${e[0]}`);
}

function isSet(x) { return x instanceof m.PySet; }

/** The recorder's canon(): repr with set elements sorted by repr. */
function canon(x) {
  if (isSet(x)) {
    if (x.used === 0) return A.repr(x);
    const body = '{' + m.setKeys(x).map((y) => A.repr(y)).sort(cmpStr).join(', ') + '}';
    return x.cls === m.SetType ? body : `${x.cls.name}(${body})`;
  }
  if (x instanceof m.PyTuple && x.cls === m.TupleType && x.items.some(isSet)) {
    return '(' + x.items.map(canon).join(', ') + (x.items.length === 1 ? ',)' : ')');
  }
  return A.repr(x);
}
// Python sorts strs by code point; these reprs are ASCII, so UTF-16 order is the same.
function cmpStr(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

function run(e) {
  try {
    return canon(ev(e, {}));
  } catch (err) {
    if (err instanceof m.PyBaseException) {
      const args = err.args.items;
      const msg = args.length === 0 ? '' : err.cls.name === 'KeyError' ? A.repr(args[0]) : A.str(args[0]);
      return `${err.cls.name}: ${msg}`;
    }
    return `JS ${err && err.stack ? err.stack.split('\n').slice(0, 3).join(' | ') : err}`;
  }
}

const groups = new Map();
for (const c of cases) {
  if (!groups.has(c[0])) groups.set(c[0], []);
  groups.get(c[0]).push(c);
}

for (const [group, list] of groups) {
  test(`containers: ${group} (${list.length} cases)`, () => {
    const bad = [];
    for (const [, e, expected] of list) {
      const got = run(e);
      if (got !== expected) bad.push({ expr: JSON.stringify(e), expected, got });
    }
    assert.deepEqual(bad.slice(0, 8), [], `${bad.length} of ${list.length} differ`);
  });
}
