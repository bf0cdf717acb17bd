// int: construction, methods and dunders (Objects/longobject.c).
//
// Exact ints are JS numbers (safe integers) or bigints (see object.ts); the
// arithmetic itself is in number.ts.  Instances of subclasses of int
// (`class MyInt(int)`) are PyInt objects holding the value in `.value` (the
// name dict.ts reads for KEY_BASE_VALUE keys).  Every method accepts any of
// these as self, bools included.

import {
  Attrs, IntType, BoolType, None, NotImplemented, PyObject, PyType, StrType, TF_HAS_DICT, typeOf, type PyValue,
} from './object.js';
import { PyFloat, FloatType, newFloat } from './float.js';
import { PyTuple, newTuple } from './tuple.js';
import { PyBytes, PyByteArray, BytesType } from './bytes.js';
import { typeError, valueError, overflowError, zeroDivisionError, DeprecationWarningType } from './exceptions.js';
import { warnEx } from '../vm/warn.js';
import { defineMethods, defineClassMethods, defineGetSets, builtinFunction, PyBuiltinFunction } from './methods.js';
import * as A from './abstract.js';
import * as N from './number.js';
import { BinOp } from '../compiler/opcodes.js';
import { formatInt } from './number_format.js';
import { bytesRepr } from './repr.js';

/** An instance of a subclass of int. */
export class PyInt extends PyObject {
  readonly value: number | bigint;
  constructor(cls: PyType, value: number | bigint) {
    super(cls);
    this.value = value;
  }
}

/** The int value of an int, bool or int-subclass instance; undefined for anything else. */
export function intOf(v: PyValue): number | bigint | undefined {
  switch (typeof v) {
    case 'number': return Number.isInteger(v) ? v : undefined;
    case 'bigint': return v;
    case 'boolean': return v ? 1 : 0;
    case 'string': return undefined;
  }
  return v instanceof PyInt ? v.value : undefined;
}

/** self of an int method (the descriptor machinery guarantees an int). */
function iv(self: PyValue): number | bigint {
  return intOf(self)!;
}

function absInt(v: number | bigint): number | bigint {
  if (typeof v === 'number') return v < 0 ? -v : v;
  return v < 0n ? N.normInt(-v) : v;
}

// ---- string -> int (PyLong_FromString) ------------------------------------------------

const ND = /\p{Nd}/u;

/** The value of a Unicode decimal digit (category Nd), or -1. */
export function unicodeDigit(cp: number): number {
  if (!ND.test(String.fromCodePoint(cp))) return -1;
  // Nd characters come in runs of ten consecutive code points, 0 to 9.
  let start = cp;
  while (start > 0 && ND.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/** Python's str.isspace for a non-ASCII code point. */
function isUnicodeSpace(cp: number): boolean {
  return cp === 0x85 || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000;
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII whitespace becomes
 * ' ', non-ASCII decimal digits become ASCII digits, other non-ASCII
 * characters '?' (so that parsing fails); ASCII stays.
 */
export function toAsciiNumeric(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) { ascii = false; break; }
  if (ascii) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else if (isUnicodeSpace(cp)) out += ' ';
    else {
      const d = unicodeDigit(cp);
      out += d >= 0 ? String.fromCharCode(48 + d) : '?';
    }
  }
  return out;
}

/** Py_ISSPACE: ASCII whitespace only. */
export function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function digitOf(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/** Digits (a valid string in `base`) -> int. */
function digitsToInt(digits: string, base: number): number | bigint {
  if (digits.length <= 10) return parseInt(digits, base);
  switch (base) {
    case 10: return N.normInt(BigInt(digits));
    case 16: return N.normInt(BigInt('0x' + digits));
    case 8: return N.normInt(BigInt('0o' + digits));
    case 2: return N.normInt(BigInt('0b' + digits));
  }
  // Chunks of k digits with base**k < 2**53.
  const k = Math.floor(53 / Math.log2(base));
  const bk = BigInt(base) ** BigInt(k);
  let r = 0n;
  let i = digits.length % k;
  if (i > 0) r = BigInt(parseInt(digits.slice(0, i), base));
  for (; i < digits.length; i += k) r = r * bk + BigInt(parseInt(digits.slice(i, i + k), base));
  return N.normInt(r);
}

/**
 * PyLong_FromString on an ASCII string: whitespace, sign, base prefix
 * (base 0: from the prefix, and a leading 0 allows only zeros), digits with
 * single underscores between them.  null when the literal is invalid.
 */
export function parseIntLiteral(s: string, base: number): number | bigint | null {
  const n = s.length;
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let neg = false;
  if (i < n && (s[i] === '+' || s[i] === '-')) { neg = s[i] === '-'; i++; }
  let onlyZeros = false;
  if (base === 0) {
    if (s[i] === '0') {
      const c = s.charCodeAt(i + 1) | 0x20;
      base = c === 0x78 ? 16 : c === 0x6f ? 8 : c === 0x62 ? 2 : 10;
      onlyZeros = base === 10;
    } else {
      base = 10;
    }
  }
  if (s[i] === '0' && i + 1 < n) {
    const c = s.charCodeAt(i + 1) | 0x20;
    if ((base === 16 && c === 0x78) || (base === 8 && c === 0x6f) || (base === 2 && c === 0x62)) {
      i += 2;
      if (s[i] === '_') i++; // one underscore may follow the prefix
    }
  }
  const start = i;
  let prevUnderscore = true; // no underscore before the first digit
  let ndigits = 0;
  let hasUnderscore = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (prevUnderscore) return null;
      prevUnderscore = true;
      hasUnderscore = true;
      continue;
    }
    if (digitOf(c) >= base) break;
    prevUnderscore = false;
    ndigits++;
  }
  if (ndigits === 0 || prevUnderscore) return null;
  const end = i;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== n) return null;
  let digits = s.slice(start, end);
  if (hasUnderscore) digits = digits.replace(/_/g, '');
  if (onlyZeros && /[^0]/.test(digits)) return null;
  if ((base & (base - 1)) !== 0 && N.intMaxStrDigits > 0 && ndigits > N.intMaxStrDigits) {
    throw valueError(`Exceeds the limit (${N.intMaxStrDigits} digits) for integer string conversion: value has ${ndigits} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  const v = digitsToInt(digits, base);
  return neg ? (typeof v === 'number' ? (v === 0 ? 0 : -v) : N.normInt(-v)) : v;
}

/** int(s, base) for a str s, with CPython's error. */
export function intFromString(s: string, base: number): number | bigint {
  const r = parseIntLiteral(toAsciiNumeric(s), base);
  if (r === null) {
    const rep = A.repr(s);
    throw valueError(`invalid literal for int() with base ${base}: ${rep.length > 200 ? rep.slice(0, 200) : rep}`);
  }
  return r;
}

function intFromBytes(data: Uint8Array, base: number): number | bigint {
  let s = '';
  for (let i = 0; i < data.length; i++) s += String.fromCharCode(data[i] < 128 ? data[i] : 63);
  const r = parseIntLiteral(s, base);
  if (r === null) {
    const rep = bytesRepr(data);
    throw valueError(`invalid literal for int() with base ${base}: ${rep.length > 200 ? rep.slice(0, 200) : rep}`);
  }
  return r;
}

/** The bytes of a bytes-like object, or undefined. */
export function bytesLikeData(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) return v.data.subarray(0, v.length);
  // Other buffers (memoryview) expose bufferBytes(), as codecs.bytesLike reads them.
  const mv = typeof v === 'object' ? (v as unknown as { bufferBytes?: () => Uint8Array }).bufferBytes : undefined;
  if (typeof mv === 'function') return mv.call(v);
  return undefined;
}

function isStr(v: PyValue): boolean {
  return typeof v === 'string' || (v instanceof PyObject && v.cls.isSubtype(StrType));
}

// ---- int(x) (PyNumber_Long) ---------------------------------------------------------------

/** Call a conversion dunder that must return an int; its value. */
function intResult(r: PyValue, what: string): number | bigint {
  const i = intOf(r);
  if (i === undefined) throw typeError(`${what} returned non-int (type ${typeOf(r).name})`);
  return i;
}

/** float -> int, truncating (float___trunc___impl), with CPython's errors. */
export function floatToInt(x: number): number | bigint {
  if (x !== x) throw valueError('cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw overflowError('cannot convert float infinity to integer');
  const t = Math.trunc(x);
  if (Number.isSafeInteger(t)) return t === 0 ? 0 : t;
  return N.normInt(BigInt(t));
}

/** int(x) for one argument. */
export function toInt(x: PyValue): number | bigint {
  const i = intOf(x);
  if (i !== undefined && typeof x !== 'object') return i;
  if (typeof x === 'number') return floatToInt(x); // a raw float
  if (x instanceof PyFloat && x.cls === FloatType) return floatToInt(x.value);
  const t = typeOf(x);
  const fi = t.lookup('__int__');
  if (fi !== undefined) return intResult(A.callMethod(fi, x, []), '__int__');
  const fx = t.lookup('__index__');
  if (fx !== undefined) return intResult(A.callMethod(fx, x, []), '__index__');
  const ft = t.lookup('__trunc__');
  if (ft !== undefined) {
    // 3.11 still delegates to __trunc__, with a DeprecationWarning (PyNumber_Long).
    warnEx(DeprecationWarningType, 'The delegation of int() to __trunc__ is deprecated.');
    const r = A.callMethod(ft, x, []);
    const ri = intOf(r);
    if (ri !== undefined) return ri;
    const ix = A.indexOpt(r);
    if (ix === undefined) throw typeError(`__trunc__ returned non-Integral (type ${typeOf(r).name})`);
    return ix;
  }
  if (isStr(x)) return intFromString(A.strValue(x), 10);
  const data = bytesLikeData(x);
  if (data !== undefined) return intFromBytes(data, 10);
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${t.name}'`);
}

/** int(x, base). */
function toIntBase(x: PyValue, baseArg: PyValue): number | bigint {
  const b = A.index(baseArg);
  if (!(b === 0 || (b >= 2 && b <= 36))) throw valueError('int() base must be >= 2 and <= 36, or 0');
  const base = Number(b);
  if (isStr(x)) return intFromString(A.strValue(x), base);
  const data = bytesLikeData(x);
  if (data !== undefined) return intFromBytes(data, base);
  throw typeError("int() can't convert non-string with explicit base");
}

/** A new instance of int or of a subclass (long_subtype_new). */
export function newIntOf(cls: PyType, v: number | bigint): PyValue {
  if (cls === IntType) return v;
  const o = new PyInt(cls, v);
  if (cls.flags & TF_HAS_DICT) o.attrs = new Attrs();
  return o;
}

function intNew(args: PyValue[], kwnames: string[] | null): PyValue {
  if (args.length < 1) throw typeError('int.__new__(): not enough arguments');
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError(`int.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (!cls.isSubtype(IntType)) throw typeError(`int.__new__(${cls.name}): ${cls.name} is not a subtype of int`);
  if (cls.isSubtype(BoolType)) throw typeError(`int.__new__(${cls.name}) is not safe, use ${cls.name}.__new__()`);
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - 1 - nkw;
  if (npos > 2) throw typeError(`int() takes at most 2 arguments (${npos + nkw} given)`);
  const x: PyValue | undefined = npos >= 1 ? args[1] : undefined;
  let base: PyValue | undefined = npos >= 2 ? args[2] : undefined;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    if (name !== 'base') throw typeError(`'${name}' is an invalid keyword argument for int()`);
    if (base !== undefined) throw typeError(`int() takes at most 2 arguments (${npos + nkw} given)`);
    base = args[1 + npos + k];
  }
  let v: number | bigint;
  if (x === undefined) {
    if (base !== undefined) throw typeError('int() missing string argument');
    v = 0;
  } else if (base === undefined) {
    v = toInt(x);
  } else {
    v = toIntBase(x, base);
  }
  return newIntOf(cls, v);
}

// ---- operations -------------------------------------------------------------------------------

function binop(op: number) {
  return (self: PyValue, other: PyValue): PyValue => {
    const b = intOf(other);
    if (b === undefined) return NotImplemented;
    return N.intOp(op, iv(self), b)!;
  };
}

function rbinop(op: number) {
  return (self: PyValue, other: PyValue): PyValue => {
    const a = intOf(other);
    if (a === undefined) return NotImplemented;
    return N.intOp(op, a, iv(self))!;
  };
}

/** divmod(a, b) for ints. */
export function intDivmod(a: number | bigint, b: number | bigint): PyTuple {
  if (b == 0) throw zeroDivisionError('integer division or modulo by zero');
  return newTuple([N.intOp(BinOp.FLOOR_DIVIDE, a, b)!, N.intOp(BinOp.REMAINDER, a, b)!]);
}

/** pow(a, b, m) for ints (long_pow with a modulus), negative exponents by modular inverse. */
export function intPowMod(a: number | bigint, b: number | bigint, m: number | bigint): number | bigint {
  let mod = BigInt(m);
  if (mod === 0n) throw valueError('pow() 3rd argument cannot be 0');
  const negMod = mod < 0n;
  if (negMod) mod = -mod;
  let base = BigInt(a) % mod;
  if (base < 0n) base += mod;
  let e = BigInt(b);
  if (e < 0n) {
    base = modInverse(base, mod);
    e = -e;
  }
  let r = 1n % mod;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % mod;
    e >>= 1n;
    if (e > 0n) base = (base * base) % mod;
  }
  if (negMod && r !== 0n) r -= mod;
  return N.normInt(r);
}

function modInverse(a: bigint, m: bigint): bigint {
  // Extended Euclid on (a, m).
  let [r0, r1] = [a, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw valueError('base is not invertible for the given modulus');
  const inv = s0 % m;
  return inv < 0n ? inv + m : inv;
}

function powImpl(a: number | bigint, b: number | bigint, mod: PyValue | undefined): PyValue {
  if (mod === undefined || mod === None) return N.intOp(BinOp.POWER, a, b)!;
  const m = intOf(mod);
  if (m === undefined) return NotImplemented;
  return intPowMod(a, b, m);
}

/** round(int, ndigits) (long_round): half-even at 10**-ndigits. */
export function intRound(x: number | bigint, nd: PyValue | undefined): PyValue {
  if (nd === undefined || nd === None) return x;
  const n = A.index(nd);
  if (n >= 0) return x;
  const bx = BigInt(x);
  const digits = (bx < 0n ? -bx : bx).toString().length;
  if (-n > digits + 1) return 0; // rounds to zero (CPython computes 10**-n first)
  const p = 10n ** BigInt(-n);
  let r = bx % p;
  if (r < 0n) r += p;
  let q = (bx - r) / p;
  if (2n * r > p || (2n * r === p && (q & 1n) === 1n)) q += 1n;
  return N.normInt(q * p);
}

function bitLength(v: number | bigint): number {
  if (typeof v === 'number') {
    const a = v < 0 ? -v : v;
    if (a < 0x80000000) return 32 - Math.clz32(a);
    return a.toString(2).length;
  }
  return N.bitLengthBig(v < 0n ? -v : v);
}

function bitCount(v: number | bigint): number {
  const a = absInt(v);
  if (typeof a === 'number' && a < 0x80000000) {
    let x = a, c = 0;
    while (x) { x &= x - 1; c++; }
    return c;
  }
  let c = 0;
  for (const ch of a.toString(2)) if (ch === '1') c++;
  return c;
}

function byteorderArg(v: PyValue | undefined, fname: string): boolean {
  if (v === undefined) return false;
  if (!isStr(v)) throw typeError(`${fname}() argument 'byteorder' must be str, not ${typeOf(v).name}`);
  const s = A.strValue(v);
  if (s === 'little') return true;
  if (s === 'big') return false;
  throw valueError("byteorder must be either 'little' or 'big'");
}

function toBytes(self: PyValue, length: PyValue | undefined, byteorder: PyValue | undefined, signed: PyValue | undefined): PyValue {
  const len = length === undefined ? 1 : A.indexSize(length);
  if (len < 0) throw valueError('length argument must be non-negative');
  const little = byteorderArg(byteorder, 'to_bytes');
  const sgn = signed !== undefined && A.isTrue(signed);
  let v = BigInt(iv(self));
  if (v < 0n) {
    if (!sgn) throw overflowError("can't convert negative int to unsigned");
    // -1 fits in zero bytes (the empty sign extension), as in _PyLong_AsByteArray.
    if (len === 0 ? v !== -1n : v < -(1n << BigInt(len * 8 - 1))) throw overflowError('int too big to convert');
    if (len === 0) return new PyBytes(new Uint8Array(0));
    v += 1n << BigInt(len * 8);
  } else if (v >= (1n << BigInt(len * 8 - (sgn ? 1 : 0))) && !(len === 0 && v === 0n)) {
    throw overflowError('int too big to convert');
  }
  const out = new Uint8Array(len);
  for (let i = 0; i < len; i++) {
    out[little ? i : len - 1 - i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return new PyBytes(out);
}

function fromBytes(cls: PyType, bytes: PyValue, byteorder: PyValue | undefined, signed: PyValue | undefined): PyValue {
  const little = byteorderArg(byteorder, 'from_bytes');
  let data = bytesLikeData(bytes);
  if (data === undefined) {
    if (isStr(bytes) || A.indexOpt(bytes) !== undefined || typeOf(bytes).lookup('__iter__') === undefined) {
      throw typeError(`cannot convert '${typeOf(bytes).name}' object to bytes`);
    }
    const items = A.toArray(bytes);
    data = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const b = A.index(items[i]);
      if (b < 0 || b > 255) throw valueError('bytes must be in range(0, 256)');
      data[i] = Number(b);
    }
  }
  let v = 0n;
  const n = data.length;
  let hex = '';
  for (let i = 0; i < n; i++) {
    const b = data[little ? n - 1 - i : i];
    hex += (b < 16 ? '0' : '') + b.toString(16);
  }
  if (n > 0) v = BigInt('0x' + hex);
  if (signed !== undefined && A.isTrue(signed) && n > 0 && (data[little ? n - 1 : 0] & 0x80)) v -= 1n << BigInt(n * 8);
  const r = N.normInt(v);
  if (cls === IntType) return r;
  return A.call(cls, [r]);
}

function cmp(op: number) {
  return (self: PyValue, other: PyValue): PyValue => {
    const b = intOf(other);
    if (b === undefined) return NotImplemented;
    const a = iv(self);
    switch (op) {
      case 0: return a < b;
      case 1: return a <= b;
      case 2: return a == b; // eslint-disable-line eqeqeq
      case 3: return a != b; // eslint-disable-line eqeqeq
      case 4: return a > b;
      default: return a >= b;
    }
  };
}

/** hash(int). */
export function hashIntValue(v: number | bigint): number | bigint {
  return typeof v === 'number' ? N.hashInt(v) : N.hashBigIntExact(v);
}

/** str(int) / repr(int), with the digit limit. */
export function intToString(v: number | bigint): string {
  return typeof v === 'number' ? String(v) : N.bigIntToString(v);
}

IntType.dict.set('__new__', new PyBuiltinFunction('__new__', intNew, IntType, 'int.__new__'));
IntType.doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4";

defineMethods(IntType, {
  '__repr__($self, /)': (self: PyValue) => intToString(iv(self)),
  '__hash__($self, /)': (self: PyValue) => hashIntValue(iv(self)),
  '__bool__($self, /)': (self: PyValue) => iv(self) != 0, // eslint-disable-line eqeqeq
  '__int__($self, /)': (self: PyValue) => iv(self),
  '__index__($self, /)': (self: PyValue) => iv(self),
  '__trunc__($self, /)': (self: PyValue) => iv(self),
  '__floor__($self, /)': (self: PyValue) => iv(self),
  '__ceil__($self, /)': (self: PyValue) => iv(self),
  '__float__($self, /)': (self: PyValue) => newFloat(N.intToFloat(iv(self))),
  '__round__($self, ndigits=<unrepresentable>, /)': (self: PyValue, nd: PyValue | undefined) => intRound(iv(self), nd),
  '__neg__($self, /)': (self: PyValue) => { const v = iv(self); return typeof v === 'number' ? (v === 0 ? 0 : -v) : N.normInt(-v); },
  '__pos__($self, /)': (self: PyValue) => iv(self),
  '__abs__($self, /)': (self: PyValue) => absInt(iv(self)),
  '__invert__($self, /)': (self: PyValue) => N.intInvert(iv(self)),
  '__add__($self, value, /)': binop(BinOp.ADD),
  '__radd__($self, value, /)': rbinop(BinOp.ADD),
  '__sub__($self, value, /)': binop(BinOp.SUBTRACT),
  '__rsub__($self, value, /)': rbinop(BinOp.SUBTRACT),
  '__mul__($self, value, /)': binop(BinOp.MULTIPLY),
  '__rmul__($self, value, /)': rbinop(BinOp.MULTIPLY),
  '__floordiv__($self, value, /)': binop(BinOp.FLOOR_DIVIDE),
  '__rfloordiv__($self, value, /)': rbinop(BinOp.FLOOR_DIVIDE),
  '__truediv__($self, value, /)': binop(BinOp.TRUE_DIVIDE),
  '__rtruediv__($self, value, /)': rbinop(BinOp.TRUE_DIVIDE),
  '__mod__($self, value, /)': binop(BinOp.REMAINDER),
  '__rmod__($self, value, /)': rbinop(BinOp.REMAINDER),
  '__lshift__($self, value, /)': binop(BinOp.LSHIFT),
  '__rlshift__($self, value, /)': rbinop(BinOp.LSHIFT),
  '__rshift__($self, value, /)': binop(BinOp.RSHIFT),
  '__rrshift__($self, value, /)': rbinop(BinOp.RSHIFT),
  '__and__($self, value, /)': binop(BinOp.AND),
  '__rand__($self, value, /)': rbinop(BinOp.AND),
  '__or__($self, value, /)': binop(BinOp.OR),
  '__ror__($self, value, /)': rbinop(BinOp.OR),
  '__xor__($self, value, /)': binop(BinOp.XOR),
  '__rxor__($self, value, /)': rbinop(BinOp.XOR),
  '__divmod__($self, value, /)': (self: PyValue, other: PyValue) => {
    const b = intOf(other);
    return b === undefined ? NotImplemented : intDivmod(iv(self), b);
  },
  '__rdivmod__($self, value, /)': (self: PyValue, other: PyValue) => {
    const a = intOf(other);
    return a === undefined ? NotImplemented : intDivmod(a, iv(self));
  },
  '__pow__($self, value, mod=None, /)': (self: PyValue, other: PyValue, mod: PyValue | undefined) => {
    const b = intOf(other);
    return b === undefined ? NotImplemented : powImpl(iv(self), b, mod);
  },
  '__rpow__($self, value, mod=None, /)': (self: PyValue, other: PyValue, mod: PyValue | undefined) => {
    const a = intOf(other);
    return a === undefined ? NotImplemented : powImpl(a, iv(self), mod);
  },
  '__lt__($self, value, /)': cmp(0),
  '__le__($self, value, /)': cmp(1),
  '__eq__($self, value, /)': cmp(2),
  '__ne__($self, value, /)': cmp(3),
  '__gt__($self, value, /)': cmp(4),
  '__ge__($self, value, /)': cmp(5),
  '__format__($self, format_spec, /)': (self: PyValue, spec: PyValue) => {
    if (!isStr(spec)) throw typeError(`__format__() argument must be str, not ${typeOf(spec).name}`);
    const s = A.strValue(spec);
    if (s === '') return A.str(self);
    return formatInt(iv(self), s, typeOf(self).name);
  },
  '__getnewargs__($self, /)': (self: PyValue) => newTuple([iv(self)]),
  '__sizeof__($self, /)': (self: PyValue) => 24 + 4 * Math.max(1, Math.ceil(bitLength(iv(self)) / 30)),
  'conjugate($self, /)': (self: PyValue) => iv(self),
  'bit_length($self, /)': (self: PyValue) => bitLength(iv(self)),
  'bit_count($self, /)': (self: PyValue) => bitCount(iv(self)),
  'as_integer_ratio($self, /)': (self: PyValue) => newTuple([iv(self), 1]),
  'to_bytes($self, /, length=1, byteorder=\'big\', *, signed=False)': toBytes,
});

defineClassMethods(IntType, {
  'from_bytes(bytes, byteorder=\'big\', *, signed=False)': fromBytes,
});

defineGetSets(IntType, {
  real: [(self: PyValue) => iv(self), null],
  imag: [() => 0, null],
  numerator: [(self: PyValue) => iv(self), null],
  denominator: [() => 1, null],
});

// ---- builtin functions tied to numbers (registered by modules/builtins.ts) -------------------

/** abs(x) (PyNumber_Absolute). */
export function builtinAbs(x: PyValue): PyValue {
  if (typeof x === 'number') return x < 0 ? -x : x;
  if (x instanceof PyFloat && x.cls === FloatType) return newFloat(Math.abs(x.value));
  const r = A.callSpecial(x, '__abs__', []);
  if (r === undefined) throw typeError(`bad operand type for abs(): '${typeOf(x).name}'`);
  return r;
}

/**
 * A binary operation by dunder names with binary_op1's rules (the right
 * operand's reflected method first when its type is a proper subclass that
 * overrides it), or undefined when every method declined.
 */
export function binaryDunder(a: PyValue, b: PyValue, name: string, rname: string, extra: PyValue[] = []): PyValue | undefined {
  const ta = typeOf(a), tb = typeOf(b);
  const fa = ta.lookup(name);
  let fb = ta !== tb ? tb.lookup(rname) : undefined;
  if (fb !== undefined && tb.isSubtype(ta) && fb !== ta.lookup(rname)) {
    const r = A.callMethod(fb, b, [a, ...extra]);
    if (r !== NotImplemented) return r;
    fb = undefined;
  }
  if (fa !== undefined) {
    const r = A.callMethod(fa, a, [b, ...extra]);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined) {
    const r = A.callMethod(fb, b, [a, ...extra]);
    if (r !== NotImplemented) return r;
  }
  return undefined;
}

/** divmod(a, b). */
export function builtinDivmod(a: PyValue, b: PyValue): PyValue {
  const x = intOf(a), y = intOf(b);
  if (x !== undefined && y !== undefined && typeof a !== 'object' && typeof b !== 'object') return intDivmod(x, y);
  const r = binaryDunder(a, b, '__divmod__', '__rdivmod__');
  if (r === undefined) throw typeError(`unsupported operand type(s) for divmod(): '${typeOf(a).name}' and '${typeOf(b).name}'`);
  return r;
}

/** pow(base, exp, mod=None) (PyNumber_Power, ternary_op). */
export function builtinPow(base: PyValue, exp: PyValue, mod: PyValue | undefined): PyValue {
  if (mod === undefined || mod === None) return A.binaryOp(BinOp.POWER, base, exp);
  const x = intOf(base), y = intOf(exp), m = intOf(mod);
  if (x !== undefined && y !== undefined && m !== undefined &&
    typeof base !== 'object' && typeof exp !== 'object' && typeof mod !== 'object') {
    return intPowMod(x, y, m);
  }
  const r = binaryDunder(base, exp, '__pow__', '__rpow__', [mod]);
  if (r !== undefined) return r;
  const tm = typeOf(mod);
  // The modulus's own nb_power is tried last: float_pow and complex_pow refuse a modulus.
  if (tm !== typeOf(base) && tm !== typeOf(exp)) {
    if (tm.isSubtype(FloatType)) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
    if (tm.solidBase !== null && tm.solidBase.name === 'complex') throw valueError('complex modulo');
  }
  throw typeError(`unsupported operand type(s) for ** or pow(): '${typeOf(base).name}', '${typeOf(exp).name}', '${tm.name}'`);
}

/** round(number, ndigits=None). */
export function builtinRound(x: PyValue, nd: PyValue | undefined): PyValue {
  const f = typeOf(x).lookup('__round__');
  if (f === undefined) throw typeError(`type ${typeOf(x).name} doesn't define __round__ method`);
  return nd === undefined || nd === None ? A.callMethod(f, x, []) : A.callMethod(f, x, [nd]);
}

/** bin/oct/hex (PyNumber_ToBase). */
export function intToBase(x: PyValue, base: 2 | 8 | 16): string {
  const v = A.index(x);
  const neg = v < 0;
  const mag = (neg ? -v : v).toString(base);
  return (neg ? '-' : '') + (base === 2 ? '0b' : base === 8 ? '0o' : '0x') + mag;
}

/** The number builtins, for the builtins module: [name, function]. */
export function numberBuiltins(): PyBuiltinFunction[] {
  return [
    builtinFunction('abs(x, /)', builtinAbs),
    builtinFunction('divmod(x, y, /)', builtinDivmod),
    builtinFunction('pow(base, exp, mod=None)', builtinPow),
    builtinFunction('round(number, ndigits=None)', builtinRound),
    builtinFunction('bin(number, /)', (x: PyValue) => intToBase(x, 2)),
    builtinFunction('oct(number, /)', (x: PyValue) => intToBase(x, 8)),
    builtinFunction('hex(number, /)', (x: PyValue) => intToBase(x, 16)),
  ];
}

export { BytesType };

// int(x): what int.__new__(int, x) gives, for CALL without type.__call__ (PyType.call1).
IntType.call1 = toInt;
