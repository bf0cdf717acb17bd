// The cmath module (Modules/cmathmodule.c, CPython 3.11): each function
// follows CPython's formula for finite arguments step by step (the scaling
// for huge and tiny values, log1p near |z| = 1, ...), with the C library
// functions of math_libm.ts, so results agree to the bit where libm does.
// Errors are math_1's: EDOM -> ValueError('math domain error'), ERANGE
// (an infinite result from finite input) -> OverflowError('math range error').
//
// Deliberate gap: CPython answers infinite and NaN components from its
// special-value tables (C99 Annex G); krait applies the finite formulas to
// them, so such results can differ.

import { PyObject, typeOf, type PyValue } from '../objects/object.js';
import type { Interpreter } from '../vm/interp.js';
import type { PyModule } from '../objects/module.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { PyComplex, ComplexType } from '../objects/complex.js';
import { newTuple } from '../objects/tuple.js';
import { builtinFunction } from '../objects/methods.js';
import { typeError, valueError, overflowError } from '../objects/exceptions.js';
import * as A from '../objects/abstract.js';
import { hypot } from '../objects/number.js';
import { cQuot } from '../objects/complex_methods.js';
import { asDouble } from './math.js';
import * as L from './math_libm.js';

const DBL_MAX = Number.MAX_VALUE;
const DBL_MIN = 2.2250738585072014e-308;
const DBL_MANT_DIG = 53;
const CM_LARGE_DOUBLE = DBL_MAX / 4;
const CM_SQRT_LARGE_DOUBLE = Math.sqrt(CM_LARGE_DOUBLE);
const CM_LOG_LARGE_DOUBLE = Math.log(CM_LARGE_DOUBLE);
const CM_SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const CM_SCALE_UP = 2 * Math.floor(DBL_MANT_DIG / 2) + 1;
const CM_SCALE_DOWN = -Math.floor((CM_SCALE_UP + 1) / 2);
const M_LN2 = 0.6931471805599453;
const M_LN10 = 2.302585092994046;

type C = [number, number];

/** errno of the last function: 0, EDOM or ERANGE. */
const EDOM = 1, ERANGE = 2;
let errno = 0;

const ldexp = (x: number, e: number): number => x * 2 ** e;
const copysign = (x: number, y: number): number => ((y < 0 || Object.is(y, -0)) !== (x < 0 || Object.is(x, -0)) ? -x : x);
const isInf = (x: number): boolean => x === Infinity || x === -Infinity;

/** PyArg_Parse "D": a complex, __complex__, or a real number. */
function asComplex(v: PyValue): C {
  if (v instanceof PyComplex) return [v.real, v.imag];
  if (v instanceof PyObject) {
    const t = typeOf(v);
    const fn = t.lookup('__complex__');
    if (fn !== undefined) {
      const r = A.callMethod(fn, v, []);
      if (!(r instanceof PyComplex)) throw typeError(`__complex__ returned non-complex (type ${typeOf(r).name})`);
      return [r.real, r.imag];
    }
  }
  return [asDouble(v), 0];
}

function sqrtC(zr: number, zi: number): C {
  if (zr === 0 && zi === 0) return [0, zi];
  let ax = Math.abs(zr);
  const ay = Math.abs(zi);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // hypot(ax, ay) could be subnormal: scale up first.
    ax = ldexp(ax, CM_SCALE_UP);
    s = ldexp(L.sqrt(ax + hypot(ax, ldexp(ay, CM_SCALE_UP))), CM_SCALE_DOWN);
  } else {
    ax /= 8;
    s = 2 * L.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  return zr >= 0 ? [s, copysign(d, zi)] : [d, copysign(s, zi)];
}

function expC(zr: number, zi: number): C {
  let r: C;
  if (zr > CM_LOG_LARGE_DOUBLE) {
    const l = L.exp(zr - 1);
    r = [l * L.cos(zi) * Math.E, l * L.sin(zi) * Math.E];
  } else {
    const l = L.exp(zr);
    r = [l * L.cos(zi), l * L.sin(zi)];
  }
  if (isInf(r[0]) || isInf(r[1])) errno = ERANGE;
  return r;
}

/** c_log */
function logC(zr: number, zi: number): C {
  const ax = Math.abs(zr), ay = Math.abs(zi);
  let re: number;
  if (ax > CM_LARGE_DOUBLE || ay > CM_LARGE_DOUBLE) {
    re = L.log(hypot(ax / 2, ay / 2)) + M_LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) {
      re = L.log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
    } else {
      errno = EDOM;
      return [-Infinity, L.atan2(zi, zr)];
    }
  } else {
    const h = hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      re = L.log1p((am - 1) * (am + 1) + an * an) / 2;
    } else {
      re = L.log(h);
    }
  }
  return [re, L.atan2(zi, zr)];
}

function acosC(zr: number, zi: number): C {
  if (Math.abs(zr) > CM_LARGE_DOUBLE || Math.abs(zi) > CM_LARGE_DOUBLE) {
    const re = L.atan2(Math.abs(zi), zr);
    const t = L.log(hypot(zr / 2, zi / 2)) + M_LN2 * 2;
    return [re, zr < 0 ? -copysign(t, zi) : copysign(t, -zi)];
  }
  const s1 = sqrtC(1 - zr, -zi), s2 = sqrtC(1 + zr, zi);
  return [2 * L.atan2(s1[0], s2[0]), L.asinh(s2[0] * s1[1] - s2[1] * s1[0])];
}

function acoshC(zr: number, zi: number): C {
  if (Math.abs(zr) > CM_LARGE_DOUBLE || Math.abs(zi) > CM_LARGE_DOUBLE) {
    return [L.log(hypot(zr / 2, zi / 2)) + M_LN2 * 2, L.atan2(zi, zr)];
  }
  const s1 = sqrtC(zr - 1, zi), s2 = sqrtC(zr + 1, zi);
  return [L.asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * L.atan2(s1[1], s2[0])];
}

function asinhC(zr: number, zi: number): C {
  if (Math.abs(zr) > CM_LARGE_DOUBLE || Math.abs(zi) > CM_LARGE_DOUBLE) {
    const t = L.log(hypot(zr / 2, zi / 2)) + M_LN2 * 2;
    return [zi >= 0 ? copysign(t, zr) : -copysign(t, -zr), L.atan2(zi, Math.abs(zr))];
  }
  const s1 = sqrtC(1 + zi, -zr), s2 = sqrtC(1 - zi, zr);
  return [L.asinh(s1[0] * s2[1] - s2[0] * s1[1]), L.atan2(zi, s1[0] * s2[0] - s1[1] * s2[1])];
}

function asinC(zr: number, zi: number): C {
  const s = asinhC(-zi, zr);
  return [s[1], -s[0]];
}

function atanhC(zr: number, zi: number): C {
  // atanh(z) = -atanh(-z) reduces to real part >= 0.
  if (zr < 0) {
    const r = atanhC(-zr, -zi);
    return [-r[0], -r[1]];
  }
  const ay = Math.abs(zi);
  if (zr > CM_SQRT_LARGE_DOUBLE || ay > CM_SQRT_LARGE_DOUBLE) {
    const h = hypot(zr / 2, zi / 2);
    return [zr / 4 / h / h, -copysign(Math.PI / 2, -zi)];
  }
  if (zr === 1 && ay < CM_SQRT_DBL_MIN) {
    if (ay === 0) { errno = EDOM; return [Infinity, zi]; }
    return [-L.log(L.sqrt(ay) / L.sqrt(hypot(ay, 2))), copysign(L.atan2(2, -ay) / 2, zi)];
  }
  return [
    L.log1p(4 * zr / ((1 - zr) * (1 - zr) + ay * ay)) / 4,
    -L.atan2(-2 * zi, (1 - zr) * (1 + zr) - ay * ay) / 2,
  ];
}

function atanC(zr: number, zi: number): C {
  const s = atanhC(-zi, zr);
  return [s[1], -s[0]];
}

function coshC(zr: number, zi: number): C {
  let r: C;
  if (Math.abs(zr) > CM_LOG_LARGE_DOUBLE) {
    const x1 = zr - copysign(1, zr);
    r = [L.cos(zi) * L.cosh(x1) * Math.E, L.sin(zi) * L.sinh(x1) * Math.E];
  } else {
    r = [L.cos(zi) * L.cosh(zr), L.sin(zi) * L.sinh(zr)];
  }
  if (isInf(r[0]) || isInf(r[1])) errno = ERANGE;
  return r;
}

function sinhC(zr: number, zi: number): C {
  let r: C;
  if (Math.abs(zr) > CM_LOG_LARGE_DOUBLE) {
    const x1 = zr - copysign(1, zr);
    r = [L.cos(zi) * L.sinh(x1) * Math.E, L.sin(zi) * L.cosh(x1) * Math.E];
  } else {
    r = [L.cos(zi) * L.sinh(zr), L.sin(zi) * L.cosh(zr)];
  }
  if (isInf(r[0]) || isInf(r[1])) errno = ERANGE;
  return r;
}

function tanhC(zr: number, zi: number): C {
  if (Math.abs(zr) > CM_LOG_LARGE_DOUBLE) {
    return [copysign(1, zr), 4 * L.sin(zi) * L.cos(zi) * L.exp(-2 * Math.abs(zr))];
  }
  const tx = L.tanh(zr), ty = L.tan(zi), cx = 1 / L.cosh(zr);
  const txty = tx * ty, denom = 1 + txty * txty;
  return [tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx];
}

function cosC(zr: number, zi: number): C {
  return coshC(-zi, zr);
}

function sinC(zr: number, zi: number): C {
  const s = sinhC(-zi, zr);
  return [s[1], -s[0]];
}

function tanC(zr: number, zi: number): C {
  const s = tanhC(-zi, zr);
  return [s[1], -s[0]];
}

/** _Py_c_abs: hypot, with ERANGE when a finite value overflows. */
function absC(zr: number, zi: number): number {
  const r = hypot(zr, zi);
  if (isInf(r) && Number.isFinite(zr) && Number.isFinite(zi)) errno = ERANGE;
  return r;
}

function raiseErrno(): void {
  if (errno === EDOM) throw valueError('math domain error');
  if (errno === ERANGE) throw overflowError('math range error');
}

function cx(r: C): PyComplex {
  return new PyComplex(r[0], r[1], ComplexType);
}

/** math_1: run a function with errno cleared and map its errno to an exception. */
function math1(v: PyValue, fn: (zr: number, zi: number) => C): PyComplex {
  const [zr, zi] = asComplex(v);
  errno = 0;
  const r = fn(zr, zi);
  raiseErrno();
  return cx(r);
}

export function initCmath(_interp: Interpreter, m: PyModule): void {
  const d = m.dict;
  const def = (sig: string, impl: (...a: any[]) => PyValue) => {
    const fn = builtinFunction(sig, impl, m);
    d.setStr(fn.name, fn);
  };
  const one: [string, (zr: number, zi: number) => C][] = [
    ['sqrt', sqrtC], ['exp', expC], ['acos', acosC], ['acosh', acoshC], ['asin', asinC], ['asinh', asinhC],
    ['atan', atanC], ['atanh', atanhC], ['cos', cosC], ['cosh', coshC], ['sin', sinC], ['sinh', sinhC],
    ['tan', tanC], ['tanh', tanhC],
  ];
  for (const [name, fn] of one) def(`${name}(z, /)`, (z: PyValue) => math1(z, fn));
  def('log10(z, /)', (z: PyValue) => math1(z, (zr, zi) => {
    const r = logC(zr, zi);
    return [r[0] / M_LN10, r[1] / M_LN10];
  }));
  def('log(x, base=<unrepresentable>, /)', (x: PyValue, base: PyValue | undefined) => {
    const [zr, zi] = asComplex(x);
    const b = base === undefined ? undefined : asComplex(base);
    errno = 0;
    let r = logC(zr, zi);
    if (b !== undefined) {
      const lb = logC(b[0], b[1]);
      if (lb[0] === 0 && lb[1] === 0) errno = EDOM; // _Py_c_quot's division by zero
      else r = cQuot(r[0], r[1], lb[0], lb[1]);
    }
    raiseErrno();
    return cx(r);
  });
  def('phase(z, /)', (z: PyValue) => {
    const [zr, zi] = asComplex(z);
    const r = L.atan2(zi, zr);
    // glibc's atan2 sets ERANGE when the angle underflows to 0, and phase() checks errno.
    if (zi !== 0 && r === 0 && Number.isFinite(zr) && Number.isFinite(zi)) throw overflowError('math range error');
    return newFloat(r);
  });
  def('polar(z, /)', (z: PyValue) => {
    const [zr, zi] = asComplex(z);
    errno = 0;
    const r = absC(zr, zi);
    raiseErrno();
    return newTuple([newFloat(r), newFloat(L.atan2(zi, zr))]);
  });
  def('rect(r, phi, /)', (rv: PyValue, pv: PyValue) => {
    const r = asDouble(rv), phi = asDouble(pv);
    // phi == 0 keeps r exact (bpo-18513).
    if (phi === 0) return cx([r, r * phi]);
    return cx([r * L.cos(phi), r * L.sin(phi)]);
  });
  def('isfinite(z, /)', (z: PyValue) => { const [a, b] = asComplex(z); return Number.isFinite(a) && Number.isFinite(b); });
  def('isnan(z, /)', (z: PyValue) => { const [a, b] = asComplex(z); return a !== a || b !== b; });
  def('isinf(z, /)', (z: PyValue) => { const [a, b] = asComplex(z); return isInf(a) || isInf(b); });
  def('isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)', (av: PyValue, bv: PyValue, rt: PyValue | undefined, at: PyValue | undefined) => {
    const a = asComplex(av), b = asComplex(bv);
    const relTol = rt === undefined ? 1e-9 : asDouble(rt), absTol = at === undefined ? 0 : asDouble(at);
    if (relTol < 0 || absTol < 0) throw valueError('tolerances must be non-negative');
    if (a[0] === b[0] && a[1] === b[1]) return true;
    if (isInf(a[0]) || isInf(a[1]) || isInf(b[0]) || isInf(b[1])) return false;
    const diff = hypot(a[0] - b[0], a[1] - b[1]);
    return diff <= relTol * hypot(b[0], b[1]) || diff <= relTol * hypot(a[0], a[1]) || diff <= absTol;
  });
  d.setStr('pi', newFloat(Math.PI));
  d.setStr('e', newFloat(Math.E));
  d.setStr('tau', newFloat(2 * Math.PI));
  d.setStr('inf', newFloat(Infinity));
  d.setStr('infj', new PyComplex(0, Infinity));
  d.setStr('nan', newFloat(NaN));
  d.setStr('nanj', new PyComplex(0, NaN));
}
