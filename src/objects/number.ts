// Arithmetic on int, bool and float (Objects/longobject.c, floatobject.c):
// the semantics of the numeric operators for the builtin numeric types, used
// by abstract.ts's fast paths and by the types' dunder methods.
//
// ints are JS numbers (safe integers) or bigints; every result is normalized
// (normInt): a value that fits a safe integer is a number, and -0 never
// appears.  bools take part as 0/1.  floats are PyFloat.

import { PyFloat, FloatType } from './float.js';
import { PyBaseException, OverflowErrorType, ValueErrorType, ZeroDivisionErrorType } from './exceptions.js';
import { BinOp } from '../compiler/opcodes.js';
import type { PyValue } from './object.js';

const MAX_SAFE = 9007199254740991;

export function normInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

export function valueErrorMsg(msg: string): PyBaseException {
  return new PyBaseException(ValueErrorType, [msg]);
}
export function overflowErrorMsg(msg: string): PyBaseException {
  return new PyBaseException(OverflowErrorType, [msg]);
}
function zeroDiv(msg: string): PyBaseException {
  return new PyBaseException(ZeroDivisionErrorType, [msg]);
}

/** An int operand (number/bigint/bool) as number|bigint, or undefined for non-ints. */
function asInt(v: PyValue): number | bigint | undefined {
  switch (typeof v) {
    case 'number': case 'bigint': return v;
    case 'boolean': return v ? 1 : 0;
  }
  return undefined;
}

/** int -> float, with CPython's OverflowError for huge ints. */
export function intToFloat(v: number | bigint): number {
  if (typeof v === 'number') return v;
  const f = Number(v);
  if (!Number.isFinite(f)) throw overflowErrorMsg('int too large to convert to float');
  return f;
}

// ---- int ------------------------------------------------------------------------

/** int OP int for two numbers; undefined when the operator is not an int operator (@). */
export function intOpFast(op: number, a: number, b: number): PyValue | undefined {
  switch (op) {
    case BinOp.ADD: { const r = a + b; return Number.isSafeInteger(r) ? r : normInt(BigInt(a) + BigInt(b)); }
    case BinOp.SUBTRACT: { const r = a - b; return Number.isSafeInteger(r) ? r : normInt(BigInt(a) - BigInt(b)); }
    case BinOp.MULTIPLY: {
      const r = a * b;
      if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
      return normInt(BigInt(a) * BigInt(b));
    }
    case BinOp.FLOOR_DIVIDE:
      if (b === 0) throw zeroDiv('integer division or modulo by zero');
      // Exact for safe integers (see docs/architecture.md on int representation).
      { const q = Math.floor(a / b); return q === 0 ? 0 : q; }
    case BinOp.REMAINDER: {
      if (b === 0) throw zeroDiv('integer division or modulo by zero');
      let r = a % b;
      if (r !== 0 && (r < 0) !== (b < 0)) r += b;
      return r === 0 ? 0 : r;
    }
    case BinOp.TRUE_DIVIDE:
      if (b === 0) throw zeroDiv('division by zero');
      return new PyFloat(a / b);
    case BinOp.POWER: return intPow(a, b);
    case BinOp.AND: return (a | 0) === a && (b | 0) === b ? a & b : normInt(BigInt(a) & BigInt(b));
    case BinOp.OR: return (a | 0) === a && (b | 0) === b ? a | b : normInt(BigInt(a) | BigInt(b));
    case BinOp.XOR: return (a | 0) === a && (b | 0) === b ? a ^ b : normInt(BigInt(a) ^ BigInt(b));
    case BinOp.LSHIFT: return intShift(a, b, true);
    case BinOp.RSHIFT: return intShift(a, b, false);
  }
  return undefined;
}

/** int OP int for any ints (numbers or bigints). */
export function intOp(op: number, a: number | bigint, b: number | bigint): PyValue | undefined {
  if (typeof a === 'number' && typeof b === 'number') return intOpFast(op, a, b);
  const x = BigInt(a), y = BigInt(b);
  switch (op) {
    case BinOp.ADD: return normInt(x + y);
    case BinOp.SUBTRACT: return normInt(x - y);
    case BinOp.MULTIPLY: return normInt(x * y);
    case BinOp.FLOOR_DIVIDE: {
      if (y === 0n) throw zeroDiv('integer division or modulo by zero');
      return normInt(floorDivBig(x, y));
    }
    case BinOp.REMAINDER: {
      if (y === 0n) throw zeroDiv('integer division or modulo by zero');
      return normInt(x - floorDivBig(x, y) * y);
    }
    case BinOp.TRUE_DIVIDE: {
      if (y === 0n) throw zeroDiv('division by zero');
      return new PyFloat(bigTrueDiv(x, y));
    }
    case BinOp.POWER: return intPow(a, b);
    case BinOp.AND: return normInt(x & y);
    case BinOp.OR: return normInt(x | y);
    case BinOp.XOR: return normInt(x ^ y);
    case BinOp.LSHIFT: return intShift(a, b, true);
    case BinOp.RSHIFT: return intShift(a, b, false);
  }
  return undefined;
}

export function floorDivBig(x: bigint, y: bigint): bigint {
  const q = x / y;
  return (x % y !== 0n && (x < 0n) !== (y < 0n)) ? q - 1n : q;
}

/** Correctly rounded x / y for big ints (long_true_divide's contract). */
function bigTrueDiv(x: bigint, y: bigint): number {
  const fx = Number(x), fy = Number(y);
  if (Number.isSafeInteger(fx) && Number.isSafeInteger(fy)) return fx / fy;
  const neg = (x < 0n) !== (y < 0n);
  let a = x < 0n ? -x : x;
  let b = y < 0n ? -y : y;
  // Scale so the quotient has 55+ significant bits, then round once.
  const shift = BigInt(b.toString(2).length - a.toString(2).length + 60);
  let q: bigint;
  let rem: bigint;
  if (shift >= 0n) { q = (a << shift) / b; rem = (a << shift) % b; } else { q = a / (b << -shift); rem = a % (b << -shift); }
  // Sticky bit for correct rounding.
  if (rem !== 0n) q |= 1n;
  let r = Number(q) * Math.pow(2, -Number(shift));
  if (!Number.isFinite(r)) {
    // Very large or small exponents: scale in two steps.
    r = Number(q) * Math.pow(2, -Number(shift) / 2) * Math.pow(2, -Number(shift) / 2);
  }
  if (!Number.isFinite(r)) throw overflowErrorMsg('integer division result too large for a float');
  void a; void b;
  return neg ? -r : r;
}

function intPow(a: number | bigint, b: number | bigint): PyValue {
  if (b < 0) {
    if (a == 0) throw zeroDiv('0.0 cannot be raised to a negative power');
    return new PyFloat(Math.pow(intToFloat(a), intToFloat(b)));
  }
  if (typeof a === 'number' && typeof b === 'number') {
    const r = Math.pow(a, b);
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return normInt(BigInt(a) ** BigInt(b));
}

function intShift(a: number | bigint, b: number | bigint, left: boolean): PyValue {
  if (b < 0) throw valueErrorMsg('negative shift count');
  if (typeof a === 'number' && typeof b === 'number') {
    if (a === 0) return 0;
    if (left) {
      if (b < 53) {
        const r = a * Math.pow(2, b);
        if (Number.isSafeInteger(r)) return r;
      }
    } else {
      if (b >= 64) return a < 0 ? -1 : 0;
      return Math.floor(a / Math.pow(2, b));
    }
  }
  const bb = BigInt(b);
  if (left && bb > 100000000n) throw overflowErrorMsg('too many digits in integer');
  return normInt(left ? BigInt(a) << bb : BigInt(a) >> bb);
}

export function intInvert(v: number | bigint): number | bigint {
  if (typeof v === 'number') return -v - 1;
  return normInt(-v - 1n);
}

// ---- int/float mixed and float ----------------------------------------------------

/**
 * The numeric operators for builtin ints, bools and floats (exact types),
 * or undefined when an operand is something else (then dunders decide).
 */
export function numberOp(op: number, a: PyValue, b: PyValue): PyValue | undefined {
  const ia = asInt(a), ib = asInt(b);
  if (ia !== undefined && ib !== undefined) {
    if (typeof a === 'boolean' && typeof b === 'boolean' && (op === BinOp.AND || op === BinOp.OR || op === BinOp.XOR)) {
      return op === BinOp.AND ? a && b : op === BinOp.OR ? a || b : a !== b;
    }
    return intOp(op, ia, ib);
  }
  let x: number, y: number;
  if (typeof a === 'object' && a.cls === FloatType) x = (a as PyFloat).value;
  else if (ia !== undefined) x = NaN;
  else return undefined;
  if (typeof b === 'object' && b.cls === FloatType) y = (b as PyFloat).value;
  else if (ib !== undefined) y = intToFloat(ib);
  else return undefined;
  if (ia !== undefined) x = intToFloat(ia);
  return floatOp(op, x, y);
}

export function floatOp(op: number, x: number, y: number): PyValue | undefined {
  switch (op) {
    case BinOp.ADD: return new PyFloat(x + y);
    case BinOp.SUBTRACT: return new PyFloat(x - y);
    case BinOp.MULTIPLY: return new PyFloat(x * y);
    case BinOp.TRUE_DIVIDE:
      if (y === 0) throw zeroDiv('float division by zero');
      return new PyFloat(x / y);
    case BinOp.FLOOR_DIVIDE:
      if (y === 0) throw zeroDiv('float floor division by zero');
      return new PyFloat(floatDivmod(x, y)[0]);
    case BinOp.REMAINDER:
      if (y === 0) throw zeroDiv('float modulo');
      return new PyFloat(floatDivmod(x, y)[1]);
    case BinOp.POWER: return floatPow(x, y);
  }
  return undefined;
}

/** CPython's float_divmod. */
export function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 ? -0.0 : 0.0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = vx / wx < 0 ? -0.0 : 0.0;
  }
  return [floordiv, mod];
}

/** CPython's float_pow (without the complex result, handled by complex_methods). */
export function floatPow(x: number, y: number): PyValue {
  if (y === 0) return new PyFloat(1.0);
  if (Number.isNaN(x)) return new PyFloat(x);
  if (Number.isNaN(y)) return new PyFloat(x === 1.0 ? 1.0 : y);
  if (x === 0) {
    if (y < 0) throw zeroDiv('0.0 cannot be raised to a negative power');
    return new PyFloat(Number.isInteger(y) && Math.abs(y % 2) === 1 ? x : 0.0);
  }
  if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y)) {
    return complexPowHook(x, y);
  }
  if (x === -1 && !Number.isFinite(y)) return new PyFloat(1.0);
  const r = Math.pow(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) {
    throw overflowErrorMsg('(34, \'Numerical result out of range\')');
  }
  return new PyFloat(r);
}

let complexPowHook: (x: number, y: number) => PyValue = () => { throw valueErrorMsg('complex pow not available'); };
export function setComplexPow(f: (x: number, y: number) => PyValue): void { complexPowHook = f; }

/** Unary operators on builtin numbers, or undefined. */
export function unaryNumber(which: 'neg' | 'pos' | 'invert', v: PyValue): PyValue | undefined {
  const i = asInt(v);
  if (i !== undefined) {
    if (which === 'neg') return typeof i === 'number' ? (i === 0 ? 0 : -i) : normInt(-i);
    if (which === 'pos') return i;
    return intInvert(i);
  }
  if (typeof v === 'object' && v.cls === FloatType) {
    const x = (v as PyFloat).value;
    if (which === 'neg') return new PyFloat(-x);
    if (which === 'pos') return v;
  }
  return undefined;
}

// ---- hashing (Python/pyhash.c, Objects/longobject.c long_hash) ------------------------

const MODULUS = (1n << 61n) - 1n;

export function hashInt(v: number): number {
  if (v >= 0 && v < 2305843009213693951) return v === -1 ? -2 : v;
  return hashBigInt(BigInt(v));
}

export function hashBigInt(v: bigint): number {
  const neg = v < 0n;
  let h = (neg ? -v : v) % MODULUS;
  if (neg) h = -h;
  const r = Number(h);
  return r === -1 ? -2 : r;
}

/** _Py_HashDouble: integral floats hash like ints; inf/nan as CPython. */
export function hashFloat(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return 0; // 3.11 hashes NaN by identity; callers that care pass the object
    return x > 0 ? 314159 : -314159;
  }
  if (Number.isInteger(x)) {
    if (Number.isSafeInteger(x)) return hashInt(x);
    return hashBigInt(BigInt(x));
  }
  // m * 2**e with m an odd integer: hash = m * 2**e mod (2**61 - 1).
  let e = 0;
  let m = Math.abs(x);
  while (!Number.isInteger(m)) { m *= 2; e--; }
  let h = BigInt(m) % MODULUS;
  // 2**e mod P for negative e: multiply by the inverse of 2**-e, i.e. 2**(61 - (-e mod 61)).
  const ee = ((e % 61) + 61) % 61;
  h = ((h << BigInt(ee)) | 0n) % MODULUS;
  if (x < 0) h = -h;
  const r = Number(h);
  return r === -1 ? -2 : r;
}

export function bigIntToString(v: bigint): string {
  return v.toString();
}

/** len(str) in code points. */
export function strLen(s: string): number {
  const n = s.length;
  // Fast path: no surrogates (checked only for strings that could have them).
  let k = n;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { k--; i++; }
    }
  }
  return k;
}

export { MAX_SAFE };
