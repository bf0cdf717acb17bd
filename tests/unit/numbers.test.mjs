// int, bool, float and complex against CPython 3.11: arithmetic matrices,
// unary operations and conversions, round(), hashes, reprs, the format-spec
// mini-language, int()/float()/complex() parsing and the int/float methods.
// Expectations recorded by scripts/record-number-fixtures.py into
// fixtures/numbers.json (see that script for the encoding).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url);
const fx = JSON.parse(readFileSync(new URL('tests/unit/fixtures/numbers.json', root), 'utf8'));

async function load(contents) {
  const outfile = join(mkdtempSync(join(tmpdir(), 'krait-unit-')), 'bundle.mjs');
  await build({ stdin: { contents, resolveDir: root.pathname, loader: 'ts' }, bundle: true, outfile, format: 'esm', logLevel: 'silent' });
  return import(pathToFileURL(outfile).href);
}

const m = await load(`
import './src/vm/init.ts';
import { setTypeErrorFactory } from './src/objects/methods.ts';
import { typeError } from './src/objects/exceptions.ts';
setTypeErrorFactory(typeError);
export * as A from './src/objects/abstract.ts';
export * as O from './src/objects/object.ts';
export * as I from './src/objects/int.ts';
export * as F from './src/objects/float_methods.ts';
export { PyFloat, FloatType } from './src/objects/float.ts';
export { PyComplex, ComplexType } from './src/objects/complex.ts';
export { PyBytes } from './src/objects/bytes.ts';
export { PyTuple } from './src/objects/tuple.ts';
export { PyBaseException } from './src/objects/exceptions.ts';
`);
const { A, O, I } = m;

function fromBits(hex) {
  return new DataView(Uint8Array.from(Buffer.from(hex, 'hex')).buffer).getFloat64(0);
}

/** Decode a fixture value (see the recording script). */
function dec(s) {
  const tag = s.slice(0, 2), body = s.slice(2);
  switch (tag) {
    case 'i:': { const b = BigInt(body); return b >= -(2n ** 53n) + 1n && b <= 2n ** 53n - 1n ? Number(b) : b; }
    case 'b:': return body === '1';
    case 'f:': return new m.PyFloat(fromBits(body));
    case 'c:': { const [r, i] = body.split(','); return new m.PyComplex(fromBits(r), fromBits(i)); }
    case 's:': return body;
    case 'n:': return O.None;
  }
  throw new Error('bad fixture value ' + s);
}

function fnv(s) {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(s, 'utf8')) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}
const short = (s) => (s.length <= 40 ? s : `#${s.length}:${fnv(s)}`);

/** A JS string for a Python value (repr; str for str results). */
function reprOf(v) {
  if (v instanceof m.PyTuple) return v.items.map((x) => short(A.repr(x)));
  if (typeof v === 'string') return short(A.repr(v));
  return short(A.repr(v));
}

/** Run f and describe its result the way the recording script does. */
function outcome(f) {
  try {
    const r = f();
    return reprOf(r);
  } catch (e) {
    if (e instanceof m.PyBaseException) return `!${e.cls.name}: ${e.args.items.length ? A.str(e.args.items[0]) : ''}`;
    return `!JS ${e && e.stack}`;
  }
}

// Known differences, deliberate: glibc's pow() is not correctly rounded on
// hard cases (krait's float pow is: number.ts powPositive), and complex
// powers with non-integral exponents go through exp/log/sin/cos/atan2,
// where V8's libm and glibc differ in the last bit.
const KNOWN = new Set([
  "[\"**\",\"i:4503599627370497\",\"f:3ff8000000000000\"]",
  "[\"**\",\"i:3\",\"c:0000000000000000,3ff0000000000000\"]",
  "[\"**\",\"c:3ff0000000000000,4000000000000000\",\"c:4000000000000000,c008000000000000\"]",
  "[\"**\",\"i:3\",\"c:3ff0000000000000,4000000000000000\"]",
  "[\"**\",\"c:bff8000000000000,3fe0000000000000\",\"c:4000000000000000,c008000000000000\"]",
  "[\"**\",\"c:4000000000000000,c008000000000000\",\"c:0000000000000000,3ff0000000000000\"]",
  "[\"**\",\"i:3\",\"c:4000000000000000,c008000000000000\"]",
  "[\"**\",\"i:3\",\"c:0000000000000000,c000000000000000\"]"
]);

function check(cases, run, limit = 15) {
  const bad = [];
  let n = 0;
  for (const c of cases) {
    if (KNOWN.has(JSON.stringify(c.slice(0, -1)))) continue;
    const expected = c[c.length - 1];
    const got = outcome(() => run(c));
    n++;
    if (JSON.stringify(got) !== JSON.stringify(expected)) bad.push({ case: c.slice(0, -1), expected, got });
  }
  return { n, bad: bad.slice(0, limit), nbad: bad.length, all: bad };
}

function report(r) {
  if (process.env.KRAIT_NUMBERS_DUMP) for (const b of r.all) console.log(JSON.stringify(b));
  const lines = r.bad.map((b) => JSON.stringify(b)).join('\n');
  assert.equal(r.nbad, 0, `${r.nbad} of ${r.n} differ:\n${lines}`);
}

const CMP = { '<': 0, '<=': 1, '==': 2, '!=': 3, '>': 4, '>=': 5 };
const BIN = { '+': 0, '&': 1, '//': 2, '<<': 3, '*': 5, '%': 6, '|': 7, '**': 8, '>>': 9, '-': 10, '/': 11, '^': 12 };

function applyOp(op, a, b) {
  if (op === 'divmod') return I.builtinDivmod(a, b);
  if (op in CMP) return A.richCompare(a, b, CMP[op]);
  return A.binaryOp(BIN[op], a, b);
}

function matrix(rows, ops) {
  const cases = [];
  for (const row of rows) {
    const a = fx.values[row[0]], b = fx.values[row[1]];
    for (let k = 0; k < ops.length; k++) {
      if (row[2 + k] < 0) continue;
      cases.push([ops[k], a, b, fx.results[row[2 + k]]]);
    }
  }
  return check(cases, ([op, a, b]) => applyOp(op, dec(a), dec(b)));
}

test('int/float arithmetic and comparison matrix', () => {
  const r = matrix(fx.arith, fx.binops);
  report(r);
});

test('complex arithmetic matrix', () => {
  const r = matrix(fx.complex, fx.complex_ops);
  report(r);
});

const B = (name) => A.getAttr(A.call(A.getAttr, []) ?? 0, name);
void B;

const UNARY = {
  neg: (x) => A.negative(x),
  pos: (x) => A.positive(x),
  abs: (x) => I.builtinAbs(x),
  invert: (x) => A.invert(x),
  int: (x) => A.call(O.IntType, [x]),
  float: (x) => A.call(m.FloatType, [x]),
  complex: (x) => A.call(m.ComplexType, [x]),
  bool: (x) => A.call(O.BoolType, [x]),
  repr: (x) => A.repr(x),
  str: (x) => A.str(x),
  hash: (x) => A.callSpecial(x, '__hash__', []),
  round: (x) => I.builtinRound(x, undefined),
  floor: (x) => mathCall(x, '__floor__', 'floor'),
  ceil: (x) => mathCall(x, '__ceil__', 'ceil'),
  trunc: (x) => mathCall(x, '__trunc__', 'trunc'),
  bin: (x) => I.intToBase(x, 2),
  oct: (x) => I.intToBase(x, 8),
  hex: (x) => I.intToBase(x, 16),
};

// math.floor/ceil/trunc: the dunder, else (floor/ceil) via float(); trunc has no fallback.
function mathCall(x, dunder, name) {
  const f = O.typeOf(x).lookup(dunder);
  if (f !== undefined) return A.callMethod(f, x, []);
  if (name === 'trunc') throw m.PyBaseException && A.call(A.getAttr(O.IntType, '__new__'), []);
  const v = m.F.toFloat(x);
  return A.call(A.getAttr(new m.PyFloat(name === 'floor' ? Math.floor(v) : Math.ceil(v)), '__int__'), []);
}

test('unary operations, conversions, repr, str and hash', () => {
  const r = check(fx.unary.filter((c) => !((c[0] === 'trunc' || c[0] === 'floor' || c[0] === 'ceil') && c[1].startsWith('c:'))), ([name, x]) => UNARY[name](dec(x)));
  report(r);
});

test('round()', () => {
  const r = check(fx.round, ([x, n]) => { const nd = dec(n); return I.builtinRound(dec(x), nd === O.None ? undefined : nd); });
  report(r);
});

test('format(value, spec)', () => {
  const r = check(fx.format, ([v, spec]) => A.callSpecial(dec(v), '__format__', [spec]));
  report(r);
});

test('int(str, base)', () => {
  const r = check(fx.int_parse, ([s, base]) => {
    const b = dec(base);
    return A.call(O.IntType, b === O.None ? [dec(s)] : [dec(s), b]);
  });
  report(r);
});

test('float(str)', () => {
  const r = check(fx.float_parse, ([s]) => A.call(m.FloatType, [dec(s)]));
  report(r);
});

test('complex(str)', () => {
  const r = check(fx.complex_parse, ([s]) => A.call(m.ComplexType, [dec(s)]));
  report(r);
});

test('pow(a, b, m)', () => {
  const r = check(fx.pow3, ([a, b, mod]) => I.builtinPow(dec(a), dec(b), dec(mod)));
  report(r);
});

function hexOf(bytes) {
  return Buffer.from(bytes.data).toString('hex');
}

test('int and float methods', () => {
  const r = check(fx.methods, (c) => {
    const [name] = c;
    const meth = (x, n, args, kw = null) => A.call(A.getAttr(x, n), args, kw);
    switch (name) {
      case 'to_bytes': {
        const [, x, length, order, signed] = c;
        return hexOf(meth(dec(x), 'to_bytes', [length, order, signed], ['signed']));
      }
      case 'from_bytes': {
        const [, hex, order, signed] = c;
        return meth(O.IntType, 'from_bytes', [new m.PyBytes(Uint8Array.from(Buffer.from(hex, 'hex'))), order, signed], ['signed']);
      }
      case 'float_hex': return meth(dec(c[1]), 'hex', []);
      case 'fromhex': return meth(m.FloatType, 'fromhex', [dec(c[1])]);
      default: return meth(dec(c[1]), name, []);
    }
  });
  report(r);
});

test('int subclasses keep int behaviour', () => {
  const { typeNew } = m;
  void typeNew;
  // A subclass instance built through int.__new__.
  const sub = new O.PyType(O.TypeType, 'MyInt', [O.IntType], 0);
  sub.mro = [sub, ...O.IntType.mro];
  sub.solidBase = O.IntType;
  const x = A.call(A.getAttr(O.IntType, '__new__'), [sub, '42']);
  assert.ok(x instanceof I.PyInt);
  assert.equal(x.value, 42);
  assert.equal(A.repr(A.binaryOp(0, x, 1)), '43');
  assert.equal(A.repr(A.richCompare(x, new m.PyFloat(42.0), 2)), 'True');
  assert.equal(A.hashValue(x), 42);
  assert.equal(A.repr(A.call(O.IntType, [x])), '42');
  assert.throws(() => A.call(A.getAttr(O.IntType, '__new__'), [O.BoolType, 1]), (e) => A.str(e.args.items[0]) === 'int.__new__(bool) is not safe, use bool.__new__()');
});
