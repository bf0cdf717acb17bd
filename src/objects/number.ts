// Arithmetic on int, bool and float (Objects/longobject.c, floatobject.c):
// the semantics of the numeric operators for the builtin numeric types, used
// by abstract.ts's fast paths and by the types' dunder methods.
//
// ints are JS numbers (safe integers) or bigints; every result is normalized
// (normInt): a value that fits a safe integer is a number, and -0 never
// appears.  bools take part as 0/1.  floats are raw non-integral
// numbers or PyFloat boxes (float.ts).

import { PyFloat, FloatType, newFloat, exactFloatOf } from './float.js';
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
    case 'number': return Number.isInteger(v) ? v : undefined;
    case 'bigint': return v;
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
      if (b === 0) throw zeroDiv('integer modulo by zero');
      let r = a % b;
      if (r !== 0 && (r < 0) !== (b < 0)) r += b;
      return r === 0 ? 0 : r;
    }
    case BinOp.TRUE_DIVIDE:
      if (b === 0) throw zeroDiv('division by zero');
      return newFloat(a / b);
    case BinOp.POWER: return intPow(a, b);
    case BinOp.AND: return (a | 0) === a && (b | 0) === b ? a & b : wideBitOp(BinOp.AND, a, b);
    case BinOp.OR: return (a | 0) === a && (b | 0) === b ? a | b : wideBitOp(BinOp.OR, a, b);
    case BinOp.XOR: return (a | 0) === a && (b | 0) === b ? a ^ b : wideBitOp(BinOp.XOR, a, b);
    case BinOp.LSHIFT: return intShift(a, b, true);
    case BinOp.RSHIFT: return intShift(a, b, false);
  }
  return undefined;
}

const TWO32 = 4294967296;

/**
 * &, |, ^ of two safe integers that are not both int32 (`x & 0xFFFFFFFF`),
 * without BigInts: each operand as a signed high part (floor(x / 2**32),
 * at most 22 bits, so int32 arithmetic applies) and its low 32 bits
 * (x >>> 0, which is x mod 2**32, exact for a safe integer, negative ones
 * in two's complement); the result is again a safe integer.
 */
function wideBitOp(op: number, a: number, b: number): number {
  const ah = Math.floor(a / TWO32), bh = Math.floor(b / TWO32);
  const al = a >>> 0, bl = b >>> 0;
  let hi: number, lo: number;
  if (op === BinOp.AND) { hi = ah & bh; lo = al & bl; }
  else if (op === BinOp.OR) { hi = ah | bh; lo = al | bl; }
  else { hi = ah ^ bh; lo = al ^ bl; }
  return hi * TWO32 + (lo >>> 0);
}

/** 2**n for 0 <= n < 64 (a table: Math.pow is a call into the C library). */
const POW2: number[] = [];
for (let i = 0, p = 1; i < 64; i++, p *= 2) POW2.push(p);

/** int OP int for any ints (numbers or bigints). */
export function intOp(op: number, a: number | bigint, b: number | bigint): PyValue | undefined {
  if (typeof a === 'number' && typeof b === 'number') return intOpFast(op, a, b);
  if (op === BinOp.AND) {
    // A big int masked by a non-negative safe int (an LCG's `& 0x7FFFFFFF`):
    // only its low 53 bits matter, and the result is a safe int.
    if (typeof b === 'number' && b >= 0) return wideBitOp(BinOp.AND, Number(BigInt.asUintN(53, a as bigint)), b);
    if (typeof a === 'number' && a >= 0) return wideBitOp(BinOp.AND, Number(BigInt.asUintN(53, b as bigint)), a);
  }
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
      if (y === 0n) throw zeroDiv('integer modulo by zero');
      return normInt(modBig(x, y));
    }
    case BinOp.TRUE_DIVIDE: {
      if (y === 0n) throw zeroDiv('division by zero');
      return newFloat(bigTrueDiv(x, y));
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

/**
 * floor(x / y) (long_div).  One BigInt division: with equal signs truncation is
 * already the floor; otherwise the quotient is one less when inexact (checked
 * with a multiplication, much cheaper than a second division on big operands).
 */
export function floorDivBig(x: bigint, y: bigint): bigint {
  if (x > 0n && y > DIV_ESTIMATE_MIN) {
    const q = smallQuotient(x, y);
    if (q !== undefined) return q;
  }
  const q = x / y;
  if ((x < 0n) === (y < 0n)) return q;
  return q * y === x ? q : q - 1n;
}

/** x mod y with the sign of y (long_mod), with one BigInt division. */
export function modBig(x: bigint, y: bigint): bigint {
  if (x > 0n && y > DIV_ESTIMATE_MIN) {
    const q = smallQuotient(x, y);
    if (q !== undefined) return x - q * y;
  }
  const r = x % y;
  return r !== 0n && (r < 0n) !== (y < 0n) ? r + y : r;
}

// V8 divides by a divisor of more than a few thousand bits with
// Burnikel-Ziegler, whose cost does not shrink with the quotient's size; a
// quotient known to be small is much cheaper to get from the operands' top
// bits and one multiplication (what schoolbook division, x_divrem in
// longobject.c, costs when the quotient has one digit).
const DIV_ESTIMATE_MIN = 1n << 2048n;

/**
 * floor(x / y) for x > 0 and y > 2**2048 when the quotient has at most 40
 * bits, else undefined.  The estimate from the top 60 bits of y (and the same
 * shift of x) is within 1 of the quotient; the remainder check corrects it.
 */
function smallQuotient(x: bigint, y: bigint): bigint | undefined {
  const ly = bitLengthPos(y), lx = bitLengthPos(x);
  if (lx - ly > 40) return undefined;
  if (lx < ly) return 0n;
  const s = BigInt(ly - 60);
  let q = BigInt(Math.floor(Number(x >> s) / Number(y >> s)));
  let r = x - q * y;
  while (r < 0n) { q -= 1n; r += y; }
  while (r >= y) { q += 1n; r -= y; }
  return q;
}

/**
 * Bit length of a positive bigint in time linear in its size but without
 * converting it to text: find a shift that leaves fewer than 1024 bits (so
 * Number() is finite) by halving from 2**31, then read log2 and correct it.
 * Shifts that leave nothing or few bits cost little.
 */
function bitLengthPos(v: bigint): number {
  let k = 0;
  if (Number(v) === Infinity) {
    // lo: a shift leaving >= 1024 bits; hi: a shift leaving < 1024 bits.
    let hi = 2 ** 31;
    while (hi > 1024 && Number(v >> BigInt(hi / 2)) !== Infinity) hi /= 2;
    let lo = hi / 2;
    while (hi - lo > 512) {
      const mid = lo + Math.floor((hi - lo) / 2);
      if (Number(v >> BigInt(mid)) === Infinity) lo = mid; else hi = mid;
    }
    k = hi;
  }
  const top = k === 0 ? v : v >> BigInt(k);
  let e = Math.floor(Math.log2(Number(top)));
  // Number() rounds: fix e so that 2**e <= top < 2**(e+1).
  while (e > 0 && (top >> BigInt(e)) === 0n) e--;
  while ((top >> BigInt(e + 1)) !== 0n) e++;
  return k + e + 1;
}

/** Bit length of a non-negative bigint. */
export function bitLengthBig(v: bigint): number {
  return v === 0n ? 0 : bitLengthPos(v);
}

/**
 * Correctly rounded x / y for ints (long_true_divide's contract): the exact
 * quotient rounded once to the nearest double, subnormals included.
 */
export function bigTrueDiv(x: bigint, y: bigint): number {
  const fx = Number(x), fy = Number(y);
  // Both exact doubles: IEEE division rounds correctly.
  if (Math.abs(fx) <= MAX_SAFE && Math.abs(fy) <= MAX_SAFE) return fx / fy;
  const neg = (x < 0n) !== (y < 0n);
  const a = x < 0n ? -x : x;
  const b = y < 0n ? -y : y;
  if (a === 0n) return neg ? -0 : 0;
  const la = bitLengthBig(a), lb = bitLengthBig(b);
  // a/b lies in [2**(la-lb-1), 2**(la-lb+1)).
  if (la - lb > 1025) throw overflowErrorMsg('integer division result too large for a float');
  // q0 = floor(a/b * 2**s) has 55 or 56 bits; `sticky` records a nonzero remainder.
  const s = 55 - (la - lb);
  let q0: bigint, rem: bigint;
  if (s >= 0) {
    const n = a << BigInt(s);
    q0 = n / b; rem = n % b;
  } else {
    const d = b << BigInt(-s);
    q0 = a / d; rem = a % d;
  }
  const lq = bitLengthBig(q0);
  const ev = lq - 1 - s; // floor(log2(a/b))
  if (ev >= 1024) throw overflowErrorMsg('integer division result too large for a float');
  // Bits of precision the result has: 53, fewer for subnormals.
  const p = ev >= -1022 ? 53 : 53 - (-1022 - ev);
  if (p < 0) return neg ? -0 : 0;
  const drop = lq - p; // >= 2
  let m = q0 >> BigInt(drop);
  const rest = q0 & ((1n << BigInt(drop)) - 1n);
  const half = 1n << BigInt(drop - 1);
  if (rest > half || (rest === half && (rem !== 0n || (m & 1n) === 1n))) m += 1n;
  // m * 2**k is representable: scale in steps that keep intermediates normal.
  let r = Number(m);
  let k = drop - s;
  while (k < -1000) { r *= 2 ** -1000; k += 1000; }
  while (k > 1000) { r *= 2 ** 1000; k -= 1000; }
  r *= 2 ** k;
  if (r === Infinity) throw overflowErrorMsg('integer division result too large for a float');
  return neg ? -r : r;
}

/** int ** int (long_pow without a modulus). */
export function intPow(a: number | bigint, b: number | bigint): PyValue {
  if (b < 0) {
    // A negative exponent gives a float (long_pow defers to float_pow).
    return floatPow(intToFloat(a), intToFloat(b));
  }
  if (typeof a === 'number' && typeof b === 'number') {
    // Square-and-multiply in doubles while every product stays exact.
    let result = 1, base = a, e = b;
    for (;;) {
      if (e & 1) {
        result *= base;
        if (!Number.isSafeInteger(result)) break;
      }
      e = Math.floor(e / 2);
      if (e === 0) return result === 0 ? 0 : result;
      base *= base;
      if (!Number.isSafeInteger(base)) break;
    }
  }
  const x = BigInt(a);
  if (x === 0n || x === 1n) return Number(x);
  if (x === -1n) return (BigInt(b) & 1n) ? -1 : 1;
  if (typeof b === 'bigint') throw overflowErrorMsg('too many digits in integer');
  return normInt(x ** BigInt(b));
}

/** a << b and a >> b (long_lshift, long_rshift). */
export function intShift(a: number | bigint, b: number | bigint, left: boolean): PyValue {
  if (b < 0) throw valueErrorMsg('negative shift count');
  if (a == 0) return 0;
  if (typeof a === 'number' && typeof b === 'number') {
    // Small operands (flags, masks, 1 << n) in int32 arithmetic.
    if ((a | 0) === a && b < 31) {
      if (!left) return a >> b;
      const r = a << b;
      if (r >> b === a) return r;
    }
    if (left) {
      if (b < 53) {
        const r = a * POW2[b];
        if (Number.isSafeInteger(r)) return r;
      }
    } else {
      if (b >= 64) return a < 0 ? -1 : 0;
      return Math.floor(a / POW2[b]);
    }
  }
  if (!left) {
    // BigInt's >> floors like Python's, and any count past the length gives 0 or -1.
    if (typeof b === 'bigint') return a < 0 ? -1 : 0;
    return normInt(BigInt(a) >> BigInt(b));
  }
  // CPython's limit is memory; JS BigInts stop at about 2**30 bits.
  if (typeof b === 'bigint' || b > 1 << 30) throw overflowErrorMsg('too many digits in integer');
  return normInt(BigInt(a) << BigInt(b));
}

export function intInvert(v: number | bigint): number | bigint {
  if (typeof v === 'number') {
    const r = -v - 1;
    return r >= -MAX_SAFE ? r : normInt(-BigInt(v) - 1n);
  }
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
  switch (op) {
    case BinOp.ADD: case BinOp.SUBTRACT: case BinOp.MULTIPLY: case BinOp.TRUE_DIVIDE:
    case BinOp.FLOOR_DIVIDE: case BinOp.REMAINDER: case BinOp.POWER: break;
    default: return undefined; // not a float operator: the dunders decide (and raise)
  }
  const fa = exactFloatOf(a);
  if (fa === undefined && ia === undefined) return undefined;
  let y: number;
  const fb = exactFloatOf(b);
  if (fb !== undefined) y = fb;
  else if (ib !== undefined) y = intToFloat(ib);
  else return undefined;
  return floatOp(op, fa !== undefined ? fa : intToFloat(ia!), y);
}

export function floatOp(op: number, x: number, y: number): PyValue | undefined {
  switch (op) {
    case BinOp.ADD: return newFloat(x + y);
    case BinOp.SUBTRACT: return newFloat(x - y);
    case BinOp.MULTIPLY: return newFloat(x * y);
    case BinOp.TRUE_DIVIDE:
      if (y === 0) throw zeroDiv('float division by zero');
      return newFloat(x / y);
    case BinOp.FLOOR_DIVIDE:
      if (y === 0) throw zeroDiv('float floor division by zero');
      return newFloat(floatDivmod(x, y)[0]);
    case BinOp.REMAINDER:
      if (y === 0) throw zeroDiv('float modulo');
      return newFloat(floatMod(x, y));
    case BinOp.POWER: return floatPow(x, y);
  }
  return undefined;
}

/** CPython's _float_div_mod: [floor(vx / wx), vx mod wx] with Python's signs (wx != 0). */
export function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx; // C fmod
  let div = (vx - mod) / wx;
  // C truth tests: NaN counts as true.
  if (mod !== 0) {
    // Ensure the remainder has the same sign as the denominator.
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 ? -0.0 : 0.0; // copysign(0.0, wx)
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    const q = vx / wx;
    floordiv = q < 0 || Object.is(q, -0) ? -0.0 : 0.0; // copysign(0.0, vx / wx)
  }
  return [floordiv, mod];
}

/** vx mod wx (float_rem), wx != 0. */
export function floatMod(vx: number, wx: number): number {
  let mod = vx % wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) mod += wx;
  } else {
    mod = wx < 0 ? -0.0 : 0.0;
  }
  return mod;
}

function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y % 2) === 1;
}

/**
 * CPython's float_pow: C99 pow() special cases spelled out (JS Math.pow
 * differs for 1**nan, 1**inf, (-1)**inf), a negative base with a
 * non-integral exponent gives a complex result, overflow raises.
 */
export function floatPow(iv: number, iw: number): PyValue {
  if (iw === 0) return newFloat(1.0);
  if (iv !== iv) return newFloat(iv);
  if (iw !== iw) return newFloat(iv === 1.0 ? 1.0 : iw);
  if (iw === Infinity || iw === -Infinity) {
    const a = Math.abs(iv);
    if (a === 1.0) return newFloat(1.0);
    if ((iw > 0) === (a > 1.0)) return newFloat(Math.abs(iw));
    return newFloat(0.0);
  }
  if (iv === Infinity || iv === -Infinity) {
    const odd = isOddInteger(iw);
    if (iw > 0) return newFloat(odd ? iv : Math.abs(iv));
    return newFloat(odd ? (iv < 0 ? -0.0 : 0.0) : 0.0);
  }
  if (iv === 0) {
    if (iw < 0) throw zeroDiv('0.0 cannot be raised to a negative power');
    return newFloat(isOddInteger(iw) ? iv : 0.0);
  }
  let negate = false;
  if (iv < 0) {
    if (!Number.isInteger(iw)) return complexPowHook(iv, iw);
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return newFloat(negate ? -1.0 : 1.0);
  let r = powPositive(iv, iw);
  if (negate) r = -r;
  if (r === Infinity || r === -Infinity) throw overflowErrorMsg("(34, 'Numerical result out of range')");
  return newFloat(r);
}

// ---- a correctly rounded pow ------------------------------------------------------------
//
// CPython calls the C library's pow(), which in glibc is correctly rounded in
// practice; V8's Math.pow is not (2 ** 1.5 is off by one ulp).  So x ** y for
// x > 0 is computed as exp(y * log(x)) in double-double arithmetic (about
// 100 bits), then rounded once.  Exact and cheap cases are taken first.

/** A double-double value hi + lo, |lo| <= ulp(hi) / 2. */
type DD = [number, number];

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, (a - (s - bb)) + (b - bb)];
}

const SPLITTER = 134217729; // 2**27 + 1
function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b), bl = b - bh;
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
}

function ddAdd(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const t = e + a[1] + b[1];
  const hi = s + t;
  return [hi, t - (hi - s)];
}

function ddMul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  const t = e + (a[0] * b[1] + a[1] * b[0]);
  const hi = p + t;
  return [hi, t - (hi - p)];
}

function ddDiv(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  const r = ddAdd(a, ddMul(b, [-q1, 0]));
  const q2 = r[0] / b[0];
  const hi = q1 + q2;
  return [hi, q2 - (hi - q1)];
}

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
/** 1 / (2k + 1) as double-doubles, for the atanh series. */
const ODD_RECIP: DD[] = Array.from({ length: 24 }, (_, k) => ddDiv([1, 0], [2 * k + 1, 0]));
/** 1 / k! for the exp series. */
const FACT_RECIP: DD[] = [];
{
  let f: DD = [1, 0];
  for (let k = 0; k < 14; k++) {
    if (k > 0) f = ddDiv(f, [k, 0]);
    FACT_RECIP.push(f);
  }
}

/** log(x) for finite x > 0, as a double-double. */
function ddLog(x: number): DD {
  const [m0, e0] = frexpInt(x); // x = m0 * 2**e0, m0 < 2**53
  // m in [sqrt(1/2), sqrt(2)): m = m0 * 2**-52 adjusted.
  let e = e0 + 52 + (Math.floor(Math.log2(m0)) - 52);
  let m = x / 2 ** e;
  if (!Number.isFinite(m) || m === 0) { m = m0 * 2 ** -52; e = e0 + 52; while (m >= 2) { m /= 2; e++; } while (m < 1) { m *= 2; e--; } }
  while (m >= 2) { m /= 2; e++; }
  while (m < 1) { m *= 2; e--; }
  if (m > Math.SQRT2) { m /= 2; e++; }
  // log(m) = 2 atanh(s), s = (m - 1) / (m + 1)
  const s = ddDiv([m - 1, 0], twoSum(m, 1));
  const s2 = ddMul(s, s);
  let sum = ODD_RECIP[ODD_RECIP.length - 1];
  for (let k = ODD_RECIP.length - 2; k >= 0; k--) sum = ddAdd(ddMul(sum, s2), ODD_RECIP[k]);
  const logm = ddMul(ddMul(s, sum), [2, 0]);
  return ddAdd(ddMul(LN2, [e, 0]), logm);
}

/** exp(t) for a double-double t, rounded to a double (Infinity / 0 beyond range). */
function ddExpToDouble(t: DD): number {
  if (t[0] > 709.8) return Infinity;
  if (t[0] < -745.2) return 0;
  const k = Math.round(t[0] / LN2[0]);
  let r = ddAdd(t, ddMul(LN2, [-k, 0]));
  r = [r[0] / 256, r[1] / 256];
  let sum = FACT_RECIP[FACT_RECIP.length - 1];
  for (let i = FACT_RECIP.length - 2; i >= 0; i--) sum = ddAdd(ddMul(sum, r), FACT_RECIP[i]);
  for (let i = 0; i < 8; i++) sum = ddMul(sum, sum);
  const v = sum[0] + sum[1];
  // Scale by 2**k in two steps so intermediate values stay normal.
  const k1 = k >> 1;
  return v * 2 ** k1 * 2 ** (k - k1);
}

/** x ** y for finite x > 0, x != 1, finite y != 0 (C99 pow on that domain). */
export function powPositive(x: number, y: number): number {
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  if (Number.isInteger(y) && Number.isInteger(x) && y > 0 && y < 64) {
    // Exact when every partial product is (an exact result is its own rounding).
    let r = 1;
    for (let i = 0; i < y; i++) { r *= x; if (r > MAX_SAFE) break; }
    if (r <= MAX_SAFE) return r;
  }
  // Far outside the range: overflow or underflow without the double-double work.
  const est = y * Math.log(x);
  if (est > 710) return Infinity;
  if (est < -746) return 0;
  const l = ddLog(x);
  const t = ddMul(l, [y, 0]);
  return ddExpToDouble(t);
}

/** hypot(x, y), correctly rounded in practice (V8's Math.hypot is not; glibc's is). */
export function hypot(x: number, y: number): number {
  let a = Math.abs(x), b = Math.abs(y);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Math.hypot(a, b);
  if (a < b) { const t = a; a = b; b = t; }
  if (b === 0) return a;
  // Scale by a power of two so the squares neither overflow nor lose bits.
  const e = Math.max(-1000, Math.min(1000, Math.floor(Math.log2(a))));
  const sc = 2 ** -e;
  a *= sc; b *= sc;
  const s = ddAdd(twoProd(a, a), twoProd(b, b));
  const r = Math.sqrt(s[0]);
  const d = ddAdd(s, twoProd(-r, r));
  return (r + (d[0] + d[1]) / (2 * r)) / sc;
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
  const x = exactFloatOf(v);
  if (x !== undefined) {
    if (which === 'neg') return newFloat(-x);
    if (which === 'pos') return v;
  }
  return undefined;
}

// ---- hashing (Python/pyhash.c, Objects/longobject.c long_hash) ------------------------
//
// Numeric hashes agree across types: hash(x) is x mod P (P = 2**61 - 1, a
// Mersenne prime) for any rational x, sign kept; -1 becomes -2.

const MODULUS = (1n << 61n) - 1n;

/** hash(int) for a safe integer: |v| < 2**53 < P, so v itself. */
export function hashInt(v: number): number {
  return v === -1 ? -2 : v;
}

/**
 * The hash functions below return the exact Python hash: a number when it is
 * a safe integer, else a bigint (set ordering and tuple/frozenset hashes
 * depend on every bit).
 */
export function hashBigInt(v: bigint): number | bigint {
  return hashBigIntExact(v);
}

export function hashBigIntExact(v: bigint): number | bigint {
  const neg = v < 0n;
  let h = (neg ? -v : v) % MODULUS;
  if (neg) h = -h;
  return h === -1n ? -2 : normInt(h);
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A finite double as [integer mantissa (< 2**53), binary exponent]: x = m * 2**e. */
export function frexpInt(x: number): [number, number] {
  f64[0] = x;
  const hi = u32[LITTLE ? 1 : 0], lo = u32[LITTLE ? 0 : 1];
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff) * 4294967296 + lo;
  if (bexp === 0) return [frac, -1074];
  return [frac + 4503599627370496, bexp - 1075];
}

/**
 * _Py_HashDouble for finite and infinite x (NaN hashes by identity: the
 * caller's job), without BigInt: x = m * 2**e, and since 2**61 == 1 (mod P),
 * m * 2**e mod P is m (< 2**53 < P) rotated left by e mod 61 within 61 bits.
 */
export function hashFloat(x: number): number | bigint {
  if (Number.isSafeInteger(x)) return x === -1 ? -2 : (x === 0 ? 0 : x);
  if (!Number.isFinite(x)) return x !== x ? 0 : x > 0 ? 314159 : -314159;
  f64[0] = x;
  const whi = u32[LITTLE ? 1 : 0], wlo = u32[LITTLE ? 0 : 1];
  const bexp = (whi >>> 20) & 0x7ff;
  let mh = whi & 0xfffff, e: number;
  if (bexp === 0) e = -1074;
  else { mh |= 0x100000; e = bexp - 1075; }
  const ml = wlo;
  const s = ((e % 61) + 61) % 61;
  // left = (m << s) & (2**61 - 1)
  let lh: number, ll: number;
  if (s === 0) { lh = mh; ll = ml; } else if (s < 32) { lh = (mh << s) | (ml >>> (32 - s)); ll = (ml << s) >>> 0; } else { lh = ml << (s - 32); ll = 0; }
  lh &= 0x1fffffff;
  // right = m >> (61 - s)
  const n = 61 - s;
  let rh: number, rl: number;
  if (n < 32) { rl = ((ml >>> n) | (mh << (32 - n))) >>> 0; rh = mh >>> n; } else { rl = n - 32 < 32 ? mh >>> (n - 32) : 0; rh = 0; }
  const hi = (lh | rh) >>> 0, lo = (ll | rl) >>> 0;
  let h: number | bigint = hi < 0x200000 ? hi * 4294967296 + lo : (BigInt(hi) << 32n) | BigInt(lo);
  if (x < 0) h = -h;
  return h === -1 ? -2 : h;
}

export function hashFloatExact(x: number): number | bigint {
  if (!Number.isFinite(x)) {
    if (x !== x) return 0;
    return x > 0 ? 314159 : -314159;
  }
  if (Number.isSafeInteger(x)) return x === -1 ? -2 : (x === 0 ? 0 : x);
  const [m, e] = frexpInt(Math.abs(x));
  // m * 2**e mod P; 2**e == 2**(e mod 61) (mod P) since 2**61 == 1.
  let h = (BigInt(m) << BigInt(((e % 61) + 61) % 61)) % MODULUS;
  if (x < 0) h = -h;
  return h === -1n ? -2 : normInt(h);
}

// ---- int <-> decimal string limit (sys.set_int_max_str_digits, CVE-2020-10735) ----------

export let intMaxStrDigits = 4300;
const TEN_640 = 10n ** 640n;
let strLimit: bigint | null = null; // 10 ** intMaxStrDigits, computed on demand
/** sys.set_int_max_str_digits: 0 disables the limit; the caller validates (>= 640 or 0). */
export function setIntMaxStrDigits(n: number): void {
  intMaxStrDigits = n;
  strLimit = null;
}

/** str(int) for a bigint, with the digit limit. */
export function bigIntToString(v: bigint): string {
  // The limit is 0 (off) or >= 640, so smaller values need no check.
  if (intMaxStrDigits > 0 && (v >= TEN_640 || v <= -TEN_640)) {
    if (strLimit === null) strLimit = 10n ** BigInt(intMaxStrDigits);
    if (v >= strLimit || v <= -strLimit) {
      throw valueErrorMsg(`Exceeds the limit (${intMaxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
    }
  }
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
