// The math module (Modules/mathmodule.c, CPython 3.11).
//
// Argument conversion is PyFloat_AsDouble's (floats, ints of any size with
// "int too large to convert to float", objects with __float__ or __index__);
// errors follow math_1 / math_1a / math_2: a NaN result from a non-NaN
// argument is "math domain error", an infinite result from a finite argument
// is "math range error" (OverflowError) for functions that can overflow and a
// domain error (a pole) for the others.  The C library functions themselves
// are in math_libm.ts; the integer functions in math_int.ts.  gamma and
// lgamma are CPython's own Lanczos implementation (m_tgamma, m_lgamma), so
// they are computed here step for step as CPython does.

import { None, typeOf, type PyValue } from '../objects/object.js';
import type { Interpreter } from '../vm/interp.js';
import type { PyModule } from '../objects/module.js';
import { PyFloat, FloatType, newFloat, floatOf } from '../objects/float.js';
import { PyTuple } from '../objects/tuple.js';
import { builtinFunction } from '../objects/methods.js';
import { typeError, valueError, overflowError, zeroDivisionError } from '../objects/exceptions.js';
import * as A from '../objects/abstract.js';
import { intToFloat, powPositive, hypot as hypot2, bitLengthBig } from '../objects/number.js';
import { floatToInt, intOf } from '../objects/int.js';
import { BinOp } from '../compiler/opcodes.js';
import * as L from './math_libm.js';
import * as I from './math_int.js';

// ---- argument conversion -------------------------------------------------------------

/** PyFloat_AsDouble, with "must be real number" for other objects. */
export function asDouble(v: PyValue): number {
  switch (typeof v) {
    case 'number': return v;
    case 'bigint': return intToFloat(v);
    case 'boolean': return v ? 1 : 0;
  }
  if (v instanceof PyFloat) return v.value;
  const t = typeOf(v);
  const ff = t.lookup('__float__');
  if (ff !== undefined) {
    const r = A.callMethod(ff, v, []);
    const x = floatOf(r);
    if (x === undefined) throw typeError(`${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
    return x;
  }
  const i = A.indexOpt(v);
  if (i !== undefined) return intToFloat(i);
  throw typeError(`must be real number, not ${t.name}`);
}

const domainError = () => valueError('math domain error');
const rangeError = () => overflowError('math range error');

function f(x: number): PyValue {
  return newFloat(x);
}

/** math_1: apply a libm function and turn NaN/inf results into CPython's errors. */
function math1(arg: PyValue, fn: (x: number) => number, canOverflow: boolean): PyValue {
  const x = asDouble(arg);
  const r = fn(x);
  if (r !== r && x === x) throw domainError();
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) throw canOverflow ? rangeError() : domainError();
  return newFloat(r);
}

// Errors of the functions that report them themselves (errno in C): math_1a.
const OK = 0, EDOM = 1, ERANGE = 2;
let errno = OK;

/** math_1a: the function sets `errno`; ERANGE with a small result is an underflow, not an error. */
function math1a(arg: PyValue, fn: (x: number) => number): PyValue {
  const x = asDouble(arg);
  errno = OK;
  const r = fn(x);
  if (errno === EDOM) throw domainError();
  if (errno === ERANGE && Math.abs(r) >= 1.5) throw rangeError();
  return newFloat(r);
}

// ---- helpers on doubles ----------------------------------------------------------------

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/** The sign bit of x (C's signbit), NaNs included. */
function signbit(x: number): boolean {
  f64[0] = x;
  return (u32[HI] >>> 31) === 1;
}

export function copysign(x: number, y: number): number {
  const ax = Math.abs(x);
  return signbit(y) ? -ax : ax;
}

/** C frexp: x = m * 2**e with 0.5 <= |m| < 1 (x, 0 for zeros, infinities and NaN). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  f64[0] = x;
  let e = (u32[HI] >>> 20) & 0x7ff;
  let adj = 0;
  if (e === 0) {
    // Subnormal: scale into the normal range first.
    f64[0] = x * 2 ** 64;
    e = (u32[HI] >>> 20) & 0x7ff;
    adj = -64;
  }
  u32[HI] = (u32[HI] & 0x800fffff) | (1022 << 20);
  return [f64[0], e - 1022 + adj];
}

/** C ldexp: x * 2**n rounded once (subnormal results included). */
export function ldexp(x: number, n: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, e] = frexp(x);
  const k = e + n;
  if (k > 1024) return x > 0 ? Infinity : -Infinity;
  if (k >= -1021) return k > 1000 ? m * 2 ** (k - 100) * 2 ** 100 : m * 2 ** k;
  if (k < -1080) return x > 0 ? 0 : -0;
  // Subnormal result: m * 2**(k + 1074) is exact, the last scaling rounds once.
  return (m * 2 ** (k + 1074)) * 2 ** -1074;
}

/** C nextafter. */
export function nextafter(x: number, y: number): number {
  if (x !== x || y !== y) return x + y;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  f64[0] = x;
  let lo = u32[LO], hi = u32[HI];
  if ((y > x) === (x > 0)) {
    // Away from zero: increment the magnitude.
    lo = (lo + 1) >>> 0;
    if (lo === 0) hi++;
  } else {
    if (lo === 0) hi--;
    lo = (lo - 1) >>> 0;
  }
  u32[LO] = lo; u32[HI] = hi;
  return f64[0];
}

/** C fmod: JS % on doubles is exactly fmod. */
function fmod(x: number, y: number): number {
  return x % y;
}

/** C round (halves away from zero; Math.round rounds them up). */
function cRound(x: number): number {
  const a = Math.abs(x);
  let r = Math.floor(a);
  if (a - r >= 0.5) r += 1; // a - floor(a) is exact
  return x < 0 ? -r : r;
}

// ---- gamma and lgamma (m_tgamma, m_lgamma: a Lanczos approximation) --------------------

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
  13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
/** (n-1)! for n = 1..23, exact in doubles. */
const GAMMA_INTEGRAL: number[] = [];
for (let i = 0, p = 1; i < 23; i++) { GAMMA_INTEGRAL.push(p); p *= i + 1; }
const LOGPI = 1.144729885849400174143427351353058711647;

/** The rational part of the Lanczos sum, evaluated as CPython's lanczos_sum does (x > 0). */
function lanczosSum(x: number): number {
  let num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

/** sin(pi * x) with the argument reduced first (m_sinpi), for finite x. */
function sinpi(x: number): number {
  const y = fmod(Math.abs(x), 2.0);
  const n = cRound(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = L.sin(Math.PI * y); break;
    case 1: r = L.cos(Math.PI * (y - 0.5)); break;
    case 2: r = L.sin(Math.PI * (1.0 - y)); break;
    case 3: r = -L.cos(Math.PI * (y - 1.5)); break;
    default: r = L.sin(Math.PI * (y - 2.0)); break;
  }
  return copysign(1.0, x) * r;
}

function cPow(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  return powPositive(x, y);
}

function tgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (x !== x || x > 0) return x;
    errno = EDOM;
    return NaN;
  }
  if (x === 0) {
    errno = EDOM;
    return copysign(Infinity, x);
  }
  if (x === Math.floor(x)) {
    if (x < 0) { errno = EDOM; return NaN; }
    if (x <= 23) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) errno = ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    errno = ERANGE;
    return Infinity;
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  // The rounding error in y, to correct the result (CPython's comment: a + b - a - b must not be folded).
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) z = (y - absx) - LANCZOS_G_MINUS_HALF;
  else z = (y - LANCZOS_G_MINUS_HALF) - absx;
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0.0) {
    r = -Math.PI / sinpi(absx) / absx * L.exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= cPow(y, absx - 0.5);
    } else {
      const sqrtpow = cPow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / L.exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= cPow(y, absx - 0.5);
    } else {
      const sqrtpow = cPow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (r === Infinity || r === -Infinity) errno = ERANGE;
  return r;
}

function lgamma(x: number): number {
  if (!Number.isFinite(x)) return x !== x ? x : Infinity;
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) { errno = EDOM; return Infinity; }
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -L.log(absx);
  let r = L.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (L.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOGPI - L.log(Math.abs(sinpi(absx))) - L.log(absx) - r;
  if (r === Infinity || r === -Infinity) errno = ERANGE;
  return r;
}

// ---- log (loghelper: ints of any size) ---------------------------------------------------

/** m_log and friends: log of a double with C's special cases (log(0) = -inf, log(<0) = NaN). */
function mLog(fn: (x: number) => number, x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return fn(x);
    return x === 0 ? -Infinity : NaN;
  }
  if (x !== x || x > 0) return x;
  return NaN;
}

/** loghelper: ints too large for a double are split as m * 2**e first. */
function logHelper(arg: PyValue, fn: (x: number) => number): number {
  const i = intOf(arg);
  if (i !== undefined) {
    if (i <= 0) throw domainError();
    if (typeof i === 'bigint') {
      const x = Number(i);
      if (!Number.isFinite(x)) {
        // _PyLong_Frexp: i = m * 2**e with 0.5 <= m < 1, m rounded to 53 bits.
        let e = bitLengthBig(i);
        const shift = BigInt(e - 55);
        // The top 55 bits plus a sticky bit for the rest, so Number() rounds once, correctly.
        let top = i >> shift;
        if ((top << shift) !== i) top |= 1n;
        let x = Number(top) / 2 ** 55;
        if (x === 1.0) { x = 0.5; e += 1; }
        return fn(x) + fn(2.0) * e;
      }
      return fn(x);
    }
    return fn(i);
  }
  const x = asDouble(arg);
  return checkLog(x, mLog(fn, x));
}

function checkLog(x: number, r: number): number {
  if (r !== r && x === x) throw domainError();
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) throw domainError();
  return r;
}

// ---- hypot / dist (vector_norm) ----------------------------------------------------------

/** The Euclidean norm of already-converted coordinates (vector_norm's special cases). */
function vectorNorm(v: number[]): number {
  let max = 0, foundNan = false;
  for (const x of v) {
    const a = Math.abs(x);
    if (a !== a) foundNan = true;
    else if (a > max) max = a;
  }
  if (max === Infinity) return Infinity;
  if (foundNan) return NaN;
  if (v.length <= 1 || max === 0) return max;
  if (v.length === 2) return hypot2(v[0], v[1]);
  // Scale by a power of two near max, sum the squares in double-double, round the root once.
  const e = frexp(max)[1];
  let hi = 0, lo = 0;
  for (const x of v) {
    const s = ldexp(Math.abs(x), -e);
    const p = s * s;
    const pe = fmaErr(s, s, p);
    const t = hi + p;
    const bb = t - hi;
    lo += (hi - (t - bb)) + (p - bb) + pe;
    hi = t;
  }
  const sum = hi + lo;
  lo = lo - (sum - hi);
  hi = sum;
  const r = Math.sqrt(hi);
  // One Newton correction with the exact residual hi + lo - r*r.
  const rr = r * r;
  const d = (hi - rr) - fmaErr(r, r, rr) + lo;
  return ldexp(r + d / (2 * r), e);
}

const SPLIT = 134217729;
/** The rounding error of a*b = p (Dekker's two-product). */
function fmaErr(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

function hypotArg(v: PyValue): number {
  return asDouble(v);
}

// ---- fsum (msum: Shewchuk's exact partial sums) ------------------------------------------

function fsum(iterable: PyValue): number {
  const partials: number[] = [];
  let specialSum = 0, infSum = 0;
  const it = A.getIter(iterable);
  for (;;) {
    const item = A.iterNext(it);
    if (item === undefined) break;
    let x = asDouble(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j];
      if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        // A non-finite x could arise from an overflow or from inf/nan items.
        if (Number.isFinite(xsave)) throw overflowError('intermediate overflow in fsum');
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        specialSum += xsave;
        partials.length = 0;
      } else {
        partials.push(x);
      }
    }
  }
  if (specialSum !== 0) {
    if (infSum !== infSum) throw valueError('-inf + inf in fsum');
    return specialSum;
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    // Sum from the top, stopping when the sum becomes inexact.
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // Round half-even correctly when the remaining partials push a tie one way.
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

// ---- pow, remainder, fmod, atan2 (math_pow, m_remainder, math_fmod, m_atan2) -------------

function mathPow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x !== x) return y === 0 ? 1 : x;
    if (y !== y) return x === 1 ? 1 : y;
    if (x === Infinity || x === -Infinity) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? copysign(0, x) : 0;
    }
    // y is infinite
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    if (y > 0 && ax > 1) return y;
    if (y < 0 && ax < 1) return -y;
    return 0;
  }
  if (y === 0 || x === 1) return 1;
  if (x === 0) {
    const oddY = Math.abs(y) % 2 === 1;
    if (y < 0) throw domainError();
    return oddY ? x : 0;
  }
  let negate = false;
  if (x < 0) {
    if (!Number.isInteger(y)) throw domainError();
    negate = Math.abs(y) % 2 === 1;
    x = -x;
  }
  let r = x === 1 ? 1 : powPositive(x, y);
  if (negate) r = -r;
  if (r === Infinity || r === -Infinity) throw rangeError();
  return r;
}

function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) throw domainError();
    const ax = Math.abs(x), ay = Math.abs(y);
    const m = ax % ay;
    const c = ay - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else {
      // Half-way case: choose the even multiple (exact: m == c == ay / 2).
      r = m - 2.0 * ((0.5 * (ax - m)) % ay);
    }
    return copysign(1.0, x) * r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === Infinity || x === -Infinity) throw domainError();
  return x; // y is infinite
}

function mathFmod(x: number, y: number): number {
  if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return x;
  const r = fmod(x, y);
  if (r !== r && x === x && y === y) throw domainError();
  return r;
}

// ---- floor / ceil / trunc --------------------------------------------------------------

function roundingFunc(x: PyValue, dunder: string, fn: (d: number) => number): PyValue {
  if (typeof x === 'number') return Number.isInteger(x) ? x : floatToInt(fn(x));
  if (x instanceof PyFloat && x.cls === FloatType) return floatToInt(fn(x.value));
  if (typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  const m = typeOf(x).lookup(dunder);
  if (m !== undefined) return A.callMethod(m, x, []);
  return floatToInt(fn(asDouble(x)));
}

function trunc(x: PyValue): PyValue {
  if (typeof x === 'number') return Number.isInteger(x) ? x : floatToInt(x);
  if (x instanceof PyFloat && x.cls === FloatType) return floatToInt(x.value);
  if (typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  const t = typeOf(x);
  const m = t.lookup('__trunc__');
  if (m === undefined) throw typeError(`type ${t.name} doesn't define __trunc__ method`);
  return A.callMethod(m, x, []);
}

// ---- the module ------------------------------------------------------------------------

function idx(v: PyValue): number | bigint {
  return A.index(v);
}

export function initMath(_interp: Interpreter, m: PyModule): void {
  const d = m.dict;
  const def = (sig: string, impl: (...a: any[]) => PyValue) => {
    const fn = builtinFunction(sig, impl, m);
    d.setStr(fn.name, fn);
  };
  const one = (name: string, fn: (x: number) => number, canOverflow: boolean) =>
    def(`${name}(x, /)`, (x: PyValue) => math1(x, fn, canOverflow));

  one('acos', L.acos, false);
  one('acosh', L.acosh, false);
  one('asin', L.asin, false);
  one('asinh', L.asinh, false);
  one('atan', L.atan, false);
  one('atanh', L.atanh, false);
  one('cbrt', L.cbrt, false);
  one('cos', L.cos, false);
  one('cosh', L.cosh, true);
  one('exp', L.exp, true);
  one('exp2', L.exp2, true);
  one('expm1', L.expm1, true);
  one('fabs', Math.abs, false);
  one('log1p', (x) => (x === -1 ? -Infinity : L.log1p(x)), false);
  one('sin', L.sin, false);
  one('sinh', L.sinh, true);
  one('sqrt', L.sqrt, false);
  one('tan', L.tan, false);
  one('tanh', L.tanh, false);
  def('erf(x, /)', (x: PyValue) => math1a(x, L.erf));
  def('erfc(x, /)', (x: PyValue) => math1a(x, L.erfc));
  def('gamma(x, /)', (x: PyValue) => math1a(x, tgamma));
  def('lgamma(x, /)', (x: PyValue) => math1a(x, lgamma));

  def('atan2(y, x, /)', (y: PyValue, x: PyValue) => f(L.atan2(asDouble(y), asDouble(x))));
  def('copysign(x, y, /)', (x: PyValue, y: PyValue) => f(copysign(asDouble(x), asDouble(y))));
  def('fmod(x, y, /)', (x: PyValue, y: PyValue) => f(mathFmod(asDouble(x), asDouble(y))));
  def('remainder(x, y, /)', (x: PyValue, y: PyValue) => f(remainder(asDouble(x), asDouble(y))));
  def('nextafter(x, y, /)', (x: PyValue, y: PyValue) => f(nextafter(asDouble(x), asDouble(y))));
  def('pow(x, y, /)', (x: PyValue, y: PyValue) => f(mathPow(asDouble(x), asDouble(y))));
  def('ulp(x, /)', (xv: PyValue) => {
    let x = asDouble(xv);
    if (x !== x) return f(x);
    x = Math.abs(x);
    if (x === Infinity) return f(x);
    const x2 = nextafter(x, Infinity);
    if (x2 === Infinity) return f(x - nextafter(x, -Infinity));
    return f(x2 - x);
  });

  def('ceil(x, /)', (x: PyValue) => roundingFunc(x, '__ceil__', Math.ceil));
  def('floor(x, /)', (x: PyValue) => roundingFunc(x, '__floor__', Math.floor));
  def('trunc(x, /)', trunc);

  def('degrees(x, /)', (x: PyValue) => f(asDouble(x) * (180.0 / Math.PI)));
  def('radians(x, /)', (x: PyValue) => f(asDouble(x) * (Math.PI / 180.0)));
  def('isfinite(x, /)', (x: PyValue) => Number.isFinite(asDouble(x)));
  def('isinf(x, /)', (x: PyValue) => { const v = asDouble(x); return v === Infinity || v === -Infinity; });
  def('isnan(x, /)', (x: PyValue) => { const v = asDouble(x); return v !== v; });
  def('isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)', (av: PyValue, bv: PyValue, rt: PyValue | undefined, at: PyValue | undefined) => {
    const a = asDouble(av), b = asDouble(bv);
    const relTol = rt === undefined ? 1e-9 : asDouble(rt);
    const absTol = at === undefined ? 0.0 : asDouble(at);
    if (relTol < 0.0 || absTol < 0.0) throw valueError('tolerances must be non-negative');
    if (a === b) return true;
    if (a === Infinity || a === -Infinity || b === Infinity || b === -Infinity) return false;
    const diff = Math.abs(b - a);
    return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
  });

  def('frexp(x, /)', (x: PyValue) => {
    const [mm, e] = frexp(asDouble(x));
    return new PyTuple([f(mm), e]);
  });
  def('ldexp(x, i, /)', (x: PyValue, i: PyValue) => {
    const xv = asDouble(x);
    const iv = intOf(i);
    if (iv === undefined) throw typeError('Expected an int as second argument to ldexp.');
    if (xv === 0 || !Number.isFinite(xv)) return f(xv);
    const n = typeof iv === 'bigint' ? (iv > 0n ? 100000 : -100000) : Math.max(-100000, Math.min(100000, iv));
    const r = ldexp(xv, n);
    if (r === Infinity || r === -Infinity) throw rangeError();
    return f(r);
  });
  def('modf(x, /)', (xv: PyValue) => {
    const x = asDouble(xv);
    if (x === Infinity || x === -Infinity) return new PyTuple([f(copysign(0.0, x)), f(x)]);
    if (x !== x) return new PyTuple([f(x), f(x)]);
    const ip = Math.trunc(x);
    return new PyTuple([f(copysign(x - ip, x)), f(copysign(ip, x))]);
  });

  def('log(x, base=None, /)', (x: PyValue, base: PyValue | undefined) => {
    const num = logHelper(x, L.log);
    if (base === undefined) return f(num);
    const den = logHelper(base, L.log);
    if (den === 0) throw zeroDivisionError('float division by zero');
    return f(num / den);
  });
  def('log2(x, /)', (x: PyValue) => f(logHelper(x, L.log2)));
  def('log10(x, /)', (x: PyValue) => f(logHelper(x, L.log10)));

  def('fsum(seq, /)', (s: PyValue) => f(fsum(s)));
  def('prod(iterable, /, *, start=1)', (iterable: PyValue, start: PyValue | undefined) => {
    let acc: PyValue = start === undefined ? 1 : start;
    const it = A.getIter(iterable);
    for (;;) {
      const x = A.iterNext(it);
      if (x === undefined) return acc;
      acc = A.binaryOp(BinOp.MULTIPLY, acc, x);
    }
  });
  def('hypot(*coordinates)', (args: PyValue[]) => f(vectorNorm(args.map(hypotArg))));
  def('dist(p, q, /)', (p: PyValue, q: PyValue) => {
    const ps = A.toArray(p), qs = A.toArray(q);
    if (ps.length !== qs.length) throw valueError('both points must have the same number of dimensions');
    const diffs = new Array<number>(ps.length);
    for (let i = 0; i < ps.length; i++) diffs[i] = Math.abs(asDouble(ps[i]) - asDouble(qs[i]));
    return f(vectorNorm(diffs));
  });

  def('factorial(n, /)', (n: PyValue) => I.factorial(idx(n)));
  def('comb(n, k, /)', (n: PyValue, k: PyValue) => I.comb(idx(n), idx(k)));
  def('perm(n, k=None, /)', (n: PyValue, k: PyValue | undefined) => I.perm(idx(n), k === undefined || k === None ? undefined : idx(k)));
  def('isqrt(n, /)', (n: PyValue) => I.isqrt(idx(n)));
  def('gcd(*integers)', (args: PyValue[]) => {
    let r: number | bigint = 0;
    for (const a of args) r = I.gcd2(r, idx(a));
    return r;
  });
  def('lcm(*integers)', (args: PyValue[]) => {
    let r: number | bigint = 1;
    for (const a of args) {
      const v = idx(a);
      r = I.lcm2(r, v);
    }
    return r;
  });

  d.setStr('pi', f(Math.PI));
  d.setStr('e', f(Math.E));
  d.setStr('tau', f(2 * Math.PI));
  d.setStr('inf', f(Infinity));
  d.setStr('nan', f(NaN));
}
