// str, bytes and bytearray against CPython 3.11: methods, %-formatting,
// format(), str.format, codecs, indexing by code point.  The cases and
// CPython's results were recorded by scripts/record-str-fixtures.py into
// fixtures/str.json; this runs each case in krait and compares.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url);
const cases = JSON.parse(readFileSync(new URL('tests/unit/fixtures/str.json', root), 'utf8'));

async function load(contents) {
  const outfile = join(mkdtempSync(join(tmpdir(), 'krait-unit-')), 'bundle.mjs');
  await build({ stdin: { contents, resolveDir: root.pathname, loader: 'ts' }, bundle: true, outfile, format: 'esm', logLevel: 'silent' });
  return import(pathToFileURL(outfile).href);
}
const K = await load(`
import './src/vm/init.ts';
import { setTypeErrorFactory } from './src/objects/methods.ts';
import { typeError } from './src/objects/exceptions.ts';
setTypeErrorFactory(typeError);
export * as A from './src/objects/abstract.ts';
export { PyBaseException } from './src/objects/exceptions.ts';
export { PyTuple } from './src/objects/tuple.ts';
export { PyList } from './src/objects/list.ts';
export { PyDict } from './src/objects/dict.ts';
export { PyFloat } from './src/objects/float.ts';
export { PyBytes, PyByteArray, BytesType, ByteArrayType } from './src/objects/bytes.ts';
export { PySlice } from './src/objects/slice.ts';
export { StrType, None, TypeType, typeOf } from './src/objects/object.ts';
export { formatBuiltin } from './src/objects/format.ts';
export { asciiOf } from './src/objects/str_format.ts';
export { unicodeErrorStr } from './src/objects/codecs.ts';
// Until float_methods.ts defines float.__repr__, these tests use repr.ts's.
import { FloatType } from './src/objects/float.ts';
import { defineMethods } from './src/objects/methods.ts';
import { floatRepr } from './src/objects/repr.ts';
if (!FloatType.dict.has('__repr__')) defineMethods(FloatType, { '__repr__($self, /)': (s) => floatRepr(s.value) });
`);
const { A } = K;

const hex = (h) => Uint8Array.from(Buffer.from(h, 'hex'));
function fromBits(h) { return new DataView(hex(h).buffer).getFloat64(0); }
function toBits(x) { const v = new DataView(new ArrayBuffer(8)); v.setFloat64(0, x); return Buffer.from(new Uint8Array(v.buffer)).toString('hex'); }

/** JSON encoding -> krait value. */
function dec(v) {
  if (v === null) return K.None;
  if (typeof v === 'boolean' || typeof v === 'string' || typeof v === 'number') return v;
  if (Array.isArray(v)) return new K.PyList(v.map(dec));
  if ('i' in v) return BigInt(v.i);
  if ('f' in v) return new K.PyFloat(fromBits(v.f));
  if ('b' in v) return new K.PyBytes(hex(v.b));
  if ('ba' in v) return new K.PyByteArray(hex(v.ba));
  if ('t' in v) return new K.PyTuple(v.t.map(dec));
  if ('d' in v) { const d = new K.PyDict(); for (const [k, x] of v.d) d.set(dec(k), dec(x)); return d; }
  if ('slice' in v) return new K.PySlice(...v.slice.map(dec));
  throw new Error('bad value ' + JSON.stringify(v));
}

/** krait value -> JSON encoding (as the recorder's enc). */
function enc(v) {
  if (v === K.None) return null;
  switch (typeof v) {
    case 'boolean': case 'string': return v;
    case 'number': return v;
    case 'bigint': return { i: v.toString() };
  }
  if (v instanceof K.PyFloat) return { f: toBits(v.value) };
  if (v instanceof K.PyBytes) return { b: Buffer.from(v.data).toString('hex') };
  if (v instanceof K.PyByteArray) return { ba: Buffer.from(v.data.subarray(0, v.length)).toString('hex') };
  if (v instanceof K.PyTuple) return { t: v.items.map(enc) };
  if (v instanceof K.PyList) return v.items.map(enc);
  if (v instanceof K.PyDict) return { d: v.keyList().map((k) => [enc(k), enc(v.get(k))]) };
  if (v.cls && v.cls.isSubtype(K.StrType)) return A.strValue(v);
  return { unknown: v.cls ? v.cls.name : String(v) };
}

function excMessage(e) {
  const items = e.args.items;
  if (e.cls.name.startsWith('Unicode')) { const m = K.unicodeErrorStr(e); if (m !== undefined) return m; }
  if (e.cls.name === 'KeyError' && items.length === 1) return A.repr(items[0]);
  if (items.length === 0) return '';
  if (items.length === 1) return A.str(items[0]);
  return A.repr(e.args);
}

const BINOPS = { '+': 0, '*': 5, '%': 6 };
const CMPS = { '<': 0, '<=': 1, '==': 2, '!=': 3, '>': 4, '>=': 5 };

function callKw(f, args, kw) {
  const names = Object.keys(kw);
  return A.call(f, [...args, ...names.map((k) => kw[k])], names.length ? names : null);
}

function run(op, args, kw) {
  switch (op) {
    case 'm': return callKw(A.getAttr(args[0], A.strValue(args[1])), args.slice(2), kw);
    case 'cls': {
      const T = { str: K.StrType, bytes: K.BytesType, bytearray: K.ByteArrayType }[args[0]];
      return callKw(A.getAttr(T, args[1]), args.slice(2), kw);
    }
    case 'mut': {
      const obj = new K.PyByteArray(args[0].data.slice());
      const r = callKw(A.getAttr(obj, args[1]), args.slice(2), kw);
      return new K.PyList([r, obj]);
    }
    case 'setitem': {
      const obj = new K.PyByteArray(args[0].data.slice());
      A.setItem(obj, args[1], args.length === 3 ? args[2] : undefined);
      return obj;
    }
    case 'sub': {
      const base = K.typeOf(args[0]);
      const Sub = A.call(K.TypeType, ['Sub', new K.PyTuple([base]), new K.PyDict()]);
      const obj = A.call(Sub, [args[0]]);
      let r = callKw(A.getAttr(obj, args[1]), args.slice(2), kw);
      if (args[1] === '__iter__') r = new K.PyList(A.toArray(r));
      return new K.PyList([K.typeOf(r).name, r]);
    }
    case 'op': {
      const [sym, a, b] = args;
      if (sym in BINOPS) return A.binaryOp(BINOPS[sym], a, b);
      if (sym in CMPS) return A.richCompare(a, b, CMPS[sym]);
      if (sym === 'in') return A.contains(b, a);
      if (sym === '[]') return A.getItem(a, b);
      throw new Error(sym);
    }
    case 'f': {
      const [name, ...rest] = args;
      switch (name) {
        case 'format': return K.formatBuiltin(rest[0], rest[1]);
        case 'repr': return A.repr(rest[0]);
        case 'str': return A.str(rest[0]);
        case 'ascii': return K.asciiOf(rest[0]);
        case 'len': return A.len(rest[0]);
        case 'list': return new K.PyList(A.toArray(rest[0]));
        case 'hash_eq': return A.hashValue(rest[0]) === A.hashValue(rest[1]);
        case 'str()': return callKw(K.StrType, rest, kw);
        case 'bytes()': return callKw(K.BytesType, rest, kw);
        case 'bytearray()': return callKw(K.ByteArrayType, rest, kw);
      }
    }
  }
  throw new Error('bad op ' + op);
}

function outcome(op, args, kw) {
  try {
    return { ok: enc(run(op, args.map(dec), Object.fromEntries(Object.entries(kw).map(([k, v]) => [k, dec(v)])))) };
  } catch (e) {
    if (e instanceof K.PyBaseException) return { err: [e.cls.name, excMessage(e)] };
    return { crash: String(e && e.stack || e) };
  }
}

// One test per operation (method name, operator or function), so failures are grouped.
const groups = new Map();
for (const c of cases) {
  const [op, args] = c;
  const key = op === 'm' || op === 'cls' || op === 'mut' || op === 'sub' ? `${op} ${args[1]}` : op === 'op' || op === 'f' ? `${op} ${args[0]}` : op;
  if (!groups.has(key)) groups.set(key, []);
  groups.get(key).push(c);
}
for (const [key, cs] of groups) {
  test(`${key} (${cs.length} cases)`, () => {
    const bad = [];
    for (const [op, args, kw, expected] of cs) {
      const got = outcome(op, args, kw);
      if (JSON.stringify(got) !== JSON.stringify(expected)) bad.push({ args, kw, expected, got });
    }
    if (process.env.KRAIT_STR_DEBUG) for (const b of bad.slice(0, Number(process.env.KRAIT_STR_DEBUG) || 12)) console.log(JSON.stringify(b));
    assert.deepEqual(bad.slice(0, 8), [], `${bad.length} of ${cs.length} differ`);
  });
}
