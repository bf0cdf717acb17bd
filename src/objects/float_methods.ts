// float: construction, methods and dunders (Objects/floatobject.c).  The
// class is in float.ts, the arithmetic core in number.ts, formatting in
// number_format.ts.  Instances of float subclasses are PyFloat with their
// own `cls`.

import { Attrs, None, NotImplemented, PyObject, PyType, StrType, TF_HAS_DICT, typeOf, type PyValue } from './object.js';
import { PyFloat, FloatType, newFloat, floatOf } from './float.js';
import { newTuple } from './tuple.js';
import { typeError, valueError, overflowError, zeroDivisionError } from './exceptions.js';
import { defineMethods, defineClassMethods, defineGetSets, PyBuiltinFunction } from './methods.js';
import * as A from './abstract.js';
import * as N from './number.js';
import { BinOp } from '../compiler/opcodes.js';
import { floatRepr, bytesRepr } from './repr.js';
import { formatFloat, roundFixed } from './number_format.js';
import { intOf, floatToInt, toAsciiNumeric, isAsciiSpace, bytesLikeData } from './int.js';

export { floatOf };

/** self of a float method (raw or boxed; the descriptor machinery guarantees a float). */
function fv(self: PyValue): number {
  return typeof self === 'number' ? self : (self as PyFloat).value;
}

/** self as an exact float: itself, or a copy of a subclass instance's value. */
function exactSelf(self: PyValue): PyValue {
  return typeof self === 'number' || (self as PyFloat).cls === FloatType ? self : newFloat((self as PyFloat).value);
}

/** A float or int operand as a double (ints converted, possibly raising OverflowError), or undefined. */
function operand(v: PyValue): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat) return v.value;
  const i = intOf(v);
  return i === undefined ? undefined : N.intToFloat(i);
}

// ---- float(str) (PyOS_string_to_double, _Py_string_to_number_with_underscores) --------

const FLOAT_RE = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** Parse an ASCII float literal as float() does; null when invalid. */
export function parseFloatLiteral(s: string): number | null {
  let i = 0, j = s.length;
  while (i < j && isAsciiSpace(s.charCodeAt(i))) i++;
  while (j > i && isAsciiSpace(s.charCodeAt(j - 1))) j--;
  const t = s.slice(i, j);
  if (FLOAT_RE.test(t)) return Number(t.indexOf('_') >= 0 ? t.replace(/_/g, '') : t);
  const m = SPECIAL_RE.exec(t);
  if (m === null) return null;
  if (m[2].length === 3 && (m[2][0] === 'n' || m[2][0] === 'N')) return NaN;
  return m[1] === '-' ? -Infinity : Infinity;
}

/** float(s) for a str. */
export function floatFromString(s: string): number {
  const r = parseFloatLiteral(toAsciiNumeric(s));
  if (r === null) throw valueError(`could not convert string to float: ${A.repr(s)}`);
  return r;
}

/** float(x) (PyNumber_Float) as a double. */
export function toFloat(x: PyValue): number {
  if (typeof x === 'number') return x;
  if (x instanceof PyFloat && x.cls === FloatType) return x.value;
  const i = intOf(x);
  if (i !== undefined && typeof x !== 'object') return N.intToFloat(i);
  const t = typeOf(x);
  const ff = t.lookup('__float__');
  if (ff !== undefined) {
    const r = A.callMethod(ff, x, []);
    const f = floatOf(r);
    if (f === undefined) throw typeError(`${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
    return f;
  }
  const fi = t.lookup('__index__');
  if (fi !== undefined) return N.intToFloat(A.index(x));
  if (typeof x === 'string' || (x instanceof PyObject && x.cls.isSubtype(StrType))) return floatFromString(A.strValue(x));
  const data = bytesLikeData(x);
  if (data !== undefined) {
    let s = '';
    for (let k = 0; k < data.length; k++) s += String.fromCharCode(data[k] < 128 ? data[k] : 63);
    const r = parseFloatLiteral(s);
    if (r === null) throw valueError(`could not convert string to float: ${bytesRepr(data)}`);
    return r;
  }
  throw typeError(`float() argument must be a string or a real number, not '${t.name}'`);
}

/** A new float or float-subclass instance. */
export function newFloatOf(cls: PyType, x: number): PyFloat {
  const f = new PyFloat(x, cls);
  if (cls !== FloatType && cls.flags & TF_HAS_DICT) f.attrs = new Attrs();
  return f;
}

function floatNew(args: PyValue[], kwnames: string[] | null): PyValue {
  if (args.length < 1) throw typeError('float.__new__(): not enough arguments');
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError(`float.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (!cls.isSubtype(FloatType)) throw typeError(`float.__new__(${cls.name}): ${cls.name} is not a subtype of float`);
  if (kwnames !== null && kwnames.length > 0 && cls === FloatType) throw typeError('float() takes no keyword arguments');
  const npos = args.length - 1 - (kwnames === null ? 0 : kwnames.length);
  if (npos > 1) throw typeError(`float expected at most 1 argument, got ${npos}`);
  if (npos === 0) return newFloatOf(cls, 0.0);
  const x = args[1];
  if (cls === FloatType) return typeof x === 'number' && !Number.isInteger(x) || x instanceof PyFloat && x.cls === FloatType ? x : newFloat(toFloat(x));
  return newFloatOf(cls, toFloat(x));
}

// ---- rounding ---------------------------------------------------------------------------

/** Round half to even to an integral double. */
export function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/**
 * round(x, ndigits) (double_round): the exact value rounded half-even to
 * ndigits decimals, read back correctly rounded.
 */
export function floatRoundDigits(x: number, nd: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (nd > 323) return x;
  if (nd < -308) return x < 0 ? -0.0 : 0.0;
  const d = roundFixed(Math.abs(x), nd);
  let r: number;
  if (d.digits === '') r = 0;
  else r = Number(`${d.digits}e${d.decpt - d.digits.length}`);
  if (r === Infinity) throw overflowError('rounded value too large to represent');
  return x < 0 ? -r : r;
}

function floatRound(self: PyValue, nd: PyValue | undefined): PyValue {
  const x = fv(self);
  if (nd === undefined || nd === None) {
    const r = roundHalfEven(x);
    return floatToInt(r);
  }
  const n = A.index(nd);
  const k = typeof n === 'bigint' ? (n > 0n ? 1000 : -1000) : n;
  return newFloat(floatRoundDigits(x, k));
}

// ---- hex / fromhex ------------------------------------------------------------------------

/** float.hex() (float_hex). */
export function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  const [m, e] = N.frexpInt(Math.abs(x));
  // m * 2**e with m < 2**53; normal numbers have bit 52 set.
  const frac = m % 4503599627370496;
  const lead = m >= 4503599627370496 ? 1 : 0;
  const exp = lead ? e + 52 : -1022;
  return `${sign}0x${lead}.${frac.toString(16).padStart(13, '0')}p${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
}

/** m * 2**e correctly rounded to a double (half-even, subnormals included); Infinity on overflow. */
export function ldexpBig(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const L = N.bitLengthBig(m);
  const ev = L - 1 + e;
  if (ev >= 1024) return Infinity;
  const p = ev >= -1022 ? 53 : 53 - (-1022 - ev);
  if (p < 0) return 0;
  let drop = L - p;
  let q = m;
  if (drop > 0) {
    q = m >> BigInt(drop);
    const rest = m & ((1n << BigInt(drop)) - 1n);
    const half = 1n << BigInt(drop - 1);
    if (rest > half || (rest === half && (q & 1n) === 1n)) q += 1n;
  } else {
    drop = 0;
  }
  let r = Number(q);
  let k = e + drop;
  while (k < -1000) { r *= 2 ** -1000; k += 1000; }
  while (k > 1000) { r *= 2 ** 1000; k -= 1000; }
  return r * 2 ** k;
}

const HEX_RE = /^([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?\d+))?$/;

/** float.fromhex(s) (float_fromhex). */
export function floatFromHex(s: string): number {
  let i = 0, j = s.length;
  while (i < j && isAsciiSpace(s.charCodeAt(i))) i++;
  while (j > i && isAsciiSpace(s.charCodeAt(j - 1))) j--;
  const t = s.slice(i, j);
  const sp = SPECIAL_RE.exec(t);
  if (sp !== null) {
    if (sp[2].length === 3 && (sp[2][0] === 'n' || sp[2][0] === 'N')) return NaN;
    return sp[1] === '-' ? -Infinity : Infinity;
  }
  const m = HEX_RE.exec(t);
  if (m === null || (m[2].length === 0 && (m[3] === undefined || m[3].length === 0))) {
    throw valueError('invalid hexadecimal floating-point string');
  }
  const frac = m[3] ?? '';
  const digits = (m[2] + frac).replace(/^0+/, '');
  let exp = m[4] === undefined ? 0 : Number(m[4]);
  if (!Number.isFinite(exp) || Math.abs(exp) > 1e7) exp = exp > 0 ? 1e7 : -1e7;
  let r = 0;
  if (digits.length > 0) {
    r = ldexpBig(BigInt('0x' + digits), exp - 4 * frac.length);
    if (r === Infinity) throw overflowError('hexadecimal value too large to represent as a float');
  }
  return m[1] === '-' ? -r : r;
}

// ---- as_integer_ratio ---------------------------------------------------------------------

function asIntegerRatio(x: number): PyValue {
  if (x === Infinity || x === -Infinity) throw overflowError('cannot convert Infinity to integer ratio');
  if (x !== x) throw valueError('cannot convert NaN to integer ratio');
  if (x === 0) return newTuple([0, 1]);
  let [m, e] = N.frexpInt(Math.abs(x));
  while (e < 0 && m % 2 === 0) { m /= 2; e++; }
  const sm = x < 0 ? -m : m;
  if (e >= 0) return newTuple([N.normInt(BigInt(sm) << BigInt(e)), 1]);
  return newTuple([sm, N.normInt(1n << BigInt(-e))]);
}

// ---- dunders ------------------------------------------------------------------------------

function binop(op: number, reflected: boolean) {
  return (self: PyValue, other: PyValue): PyValue => {
    const y = operand(other);
    if (y === undefined) return NotImplemented;
    const x = fv(self);
    return reflected ? N.floatOp(op, y, x)! : N.floatOp(op, x, y)!;
  };
}

function divmodImpl(x: number, y: number): PyValue {
  if (y === 0) throw zeroDivisionError('float divmod()');
  const [q, r] = N.floatDivmod(x, y);
  return newTuple([newFloat(q), newFloat(r)]);
}

function powImpl(x: number, y: number, mod: PyValue | undefined): PyValue {
  if (mod !== undefined && mod !== None) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
  return N.floatPow(x, y);
}

function cmp(op: number) {
  return (self: PyValue, other: PyValue): PyValue => {
    const x = fv(self);
    let y: number | bigint;
    if (other instanceof PyFloat) y = other.value;
    else if (typeof other === 'number') y = other;
    else {
      const i = intOf(other);
      if (i === undefined) return NotImplemented;
      y = i; // JS compares a double with a bigint exactly
    }
    switch (op) {
      case 0: return x < y;
      case 1: return x <= y;
      case 2: return x == y; // eslint-disable-line eqeqeq
      case 3: return x != y; // eslint-disable-line eqeqeq
      case 4: return x > y;
      default: return x >= y;
    }
  };
}

/** hash(float): NaN hashes by identity in 3.11. */
export function hashFloatObject(f: PyValue): number | bigint {
  const x = fv(f);
  return x !== x ? A.identityHash(f as PyObject) : N.hashFloatExact(x);
}

FloatType.dict.set('__new__', new PyBuiltinFunction('__new__', floatNew, FloatType, 'float.__new__'));
FloatType.doc = 'Convert a string or number to a floating point number, if possible.';

defineMethods(FloatType, {
  '__repr__($self, /)': (self: PyValue) => floatRepr(fv(self)),
  '__hash__($self, /)': hashFloatObject,
  '__bool__($self, /)': (self: PyValue) => fv(self) !== 0,
  '__int__($self, /)': (self: PyValue) => floatToInt(fv(self)),
  '__trunc__($self, /)': (self: PyValue) => floatToInt(fv(self)),
  '__floor__($self, /)': (self: PyValue) => floatToInt(Math.floor(fv(self))),
  '__ceil__($self, /)': (self: PyValue) => floatToInt(Math.ceil(fv(self))),
  '__float__($self, /)': exactSelf,
  '__round__($self, ndigits=None, /)': floatRound,
  '__neg__($self, /)': (self: PyValue) => newFloat(-fv(self)),
  '__pos__($self, /)': exactSelf,
  '__abs__($self, /)': (self: PyValue) => newFloat(Math.abs(fv(self))),
  '__add__($self, value, /)': binop(BinOp.ADD, false),
  '__radd__($self, value, /)': binop(BinOp.ADD, true),
  '__sub__($self, value, /)': binop(BinOp.SUBTRACT, false),
  '__rsub__($self, value, /)': binop(BinOp.SUBTRACT, true),
  '__mul__($self, value, /)': binop(BinOp.MULTIPLY, false),
  '__rmul__($self, value, /)': binop(BinOp.MULTIPLY, true),
  '__truediv__($self, value, /)': binop(BinOp.TRUE_DIVIDE, false),
  '__rtruediv__($self, value, /)': binop(BinOp.TRUE_DIVIDE, true),
  '__floordiv__($self, value, /)': binop(BinOp.FLOOR_DIVIDE, false),
  '__rfloordiv__($self, value, /)': binop(BinOp.FLOOR_DIVIDE, true),
  '__mod__($self, value, /)': binop(BinOp.REMAINDER, false),
  '__rmod__($self, value, /)': binop(BinOp.REMAINDER, true),
  '__divmod__($self, value, /)': (self: PyValue, other: PyValue) => {
    const y = operand(other);
    return y === undefined ? NotImplemented : divmodImpl(fv(self), y);
  },
  '__rdivmod__($self, value, /)': (self: PyValue, other: PyValue) => {
    const y = operand(other);
    return y === undefined ? NotImplemented : divmodImpl(y, fv(self));
  },
  '__pow__($self, value, mod=None, /)': (self: PyValue, other: PyValue, mod: PyValue | undefined) => {
    const y = operand(other);
    return y === undefined ? NotImplemented : powImpl(fv(self), y, mod);
  },
  '__rpow__($self, value, mod=None, /)': (self: PyValue, other: PyValue, mod: PyValue | undefined) => {
    const y = operand(other);
    return y === undefined ? NotImplemented : powImpl(y, fv(self), mod);
  },
  '__lt__($self, value, /)': cmp(0),
  '__le__($self, value, /)': cmp(1),
  '__eq__($self, value, /)': cmp(2),
  '__ne__($self, value, /)': cmp(3),
  '__gt__($self, value, /)': cmp(4),
  '__ge__($self, value, /)': cmp(5),
  '__format__($self, format_spec, /)': (self: PyValue, spec: PyValue) => {
    if (!(typeof spec === 'string' || (spec instanceof PyObject && spec.cls.isSubtype(StrType)))) {
      throw typeError(`__format__() argument must be str, not ${typeOf(spec).name}`);
    }
    const s = A.strValue(spec);
    if (s === '') return A.str(self);
    return formatFloat(fv(self), s, typeOf(self).name);
  },
  '__getnewargs__($self, /)': (self: PyValue) => newTuple([newFloat(fv(self))]),
  '__sizeof__($self, /)': () => 24,
  'conjugate($self, /)': exactSelf,
  'is_integer($self, /)': (self: PyValue) => Number.isInteger(fv(self)),
  'as_integer_ratio($self, /)': (self: PyValue) => asIntegerRatio(fv(self)),
  'hex($self, /)': (self: PyValue) => floatHex(fv(self)),
});

defineClassMethods(FloatType, {
  'fromhex(string, /)': (cls: PyType, s: PyValue) => {
    if (!(typeof s === 'string' || (s instanceof PyObject && s.cls.isSubtype(StrType)))) {
      throw typeError(`fromhex() argument must be str, not ${typeOf(s).name}`);
    }
    const x = floatFromHex(A.strValue(s));
    if (cls === FloatType) return newFloat(x);
    return A.call(cls, [newFloat(x)]);
  },
  // float___getformat___impl: JS numbers (and Float32Array floats) are IEEE 754, in the host's byte order.
  '__getformat__(typestr, /)': (cls: PyType, t: PyValue) => {
    if (!(typeof t === 'string' || (t instanceof PyObject && t.cls.isSubtype(StrType)))) {
      throw typeError(`__getformat__() argument must be str, not ${typeOf(t).name}`);
    }
    const s = A.strValue(t);
    if (s !== 'double' && s !== 'float') throw valueError("__getformat__() argument 1 must be 'double' or 'float'");
    void cls;
    return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'IEEE, little-endian' : 'IEEE, big-endian';
  },
});

defineGetSets(FloatType, {
  real: [exactSelf, null],
  imag: [() => newFloat(0.0), null],
});

// float(x): what float.__new__(float, x) gives (an exact float is returned
// as it is), for CALL without type.__call__ (PyType.call1).
FloatType.call1 = (x: PyValue): PyValue =>
  (typeof x === 'number' && !Number.isInteger(x)) || (x instanceof PyFloat && x.cls === FloatType) ? x : newFloat(toFloat(x));
