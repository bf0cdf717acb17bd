// The C library functions the math module calls (glibc's libm on the
// CPython krait matches).  V8's Math functions are fdlibm ports and differ
// from glibc in the last bit for a few percent of arguments; the functions
// here are the ones krait uses instead.  Each is either exact (sqrt, fabs,
// fmod), or correctly rounded where glibc is (practically) so, or a direct
// delegate to Math.* with the difference noted.

export const sqrt = Math.sqrt;
export const sin = Math.sin;
export const cos = Math.cos;
export const tan = Math.tan;
export const asin = Math.asin;
export const acos = Math.acos;
export const atan = Math.atan;
export const atan2 = Math.atan2;
export const sinh = Math.sinh;
export const cosh = Math.cosh;
export const tanh = Math.tanh;
export const asinh = Math.asinh;
export const acosh = Math.acosh;
export const atanh = Math.atanh;
export const exp = Math.exp;
export const expm1 = Math.expm1;
export const exp2 = (x: number): number => 2 ** x;
export const log = Math.log;
export const log2 = Math.log2;
export const log10 = Math.log10;
export const log1p = Math.log1p;
export const cbrt = Math.cbrt;

// ---- erf / erfc ------------------------------------------------------------------------
//
// glibc's erf/erfc are fdlibm's rational approximations; krait evaluates the
// Taylor series of erf in double-double arithmetic (|x| < 2.5) and the
// continued fraction of erfc beyond, which is correctly rounded in practice
// for erf near 0 and within an ulp or two elsewhere (NOT bit-identical to glibc).

let ddLo = 0;
/** a + b exactly: returns the sum, the error goes to ddLo. */
function twoSum(a: number, b: number): number {
  const s = a + b;
  const bb = s - a;
  ddLo = (a - (s - bb)) + (b - bb);
  return s;
}
const SPLIT = 134217729;
function twoProdErr(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** erf(a) for 0 <= a < 2.5 as a double-double [hi, lo] (series sum_n (-1)^n a^(2n+1) / (n! (2n+1))). */
function erfSeriesDD(a: number): [number, number] {
  // term_n = (-1)^n a^(2n+1) / n!, kept in double-double.
  let th = a, tl = 0;
  let sh = a, sl = 0;
  const x2h = a * a, x2l = twoProdErr(a, a, a * a);
  for (let n = 1; n < 120; n++) {
    // t *= -x2 / n
    let ph = th * x2h;
    let pl = twoProdErr(th, x2h, ph) + th * x2l + tl * x2h;
    let q = ph + pl; pl = pl - (q - ph); ph = q;
    let qh = ph / n;
    const r = (ph - qh * n - twoProdErr(qh, n, qh * n)) + pl;
    let ql = r / n;
    q = qh + ql; ql = ql - (q - qh); qh = q;
    th = -qh; tl = -ql;
    // add t / (2n + 1)
    const d = 2 * n + 1;
    let uh = th / d;
    const ru = (th - uh * d - twoProdErr(uh, d, uh * d)) + tl;
    let ul = ru / d;
    q = uh + ul; ul = ul - (q - uh); uh = q;
    const s2 = twoSum(sh, uh);
    const e = ddLo + sl + ul;
    sh = s2 + e; sl = e - (sh - s2);
    if (Math.abs(uh) < 1e-34 * Math.abs(sh)) break;
  }
  // times 2/sqrt(pi) = 1.1283791670955126 + 1.533545961316588e-17
  const ch = 1.1283791670955126, cl = 1.533545961316588e-17;
  const mh = sh * ch;
  const ml = twoProdErr(sh, ch, mh) + sh * cl + sl * ch;
  const hi = mh + ml;
  return [hi, ml - (hi - mh)];
}

/** erfc(x) for x >= 2.5 by its continued fraction, with exp(-x*x) evaluated from x*x as a double-double. */
function erfcLarge(x: number): number {
  if (x > 27.3) return 0;
  let f = x, C = x, D = 0;
  for (let n = 1; n < 500; n++) {
    const an = n / 2;
    D = x + an * D;
    D = 1 / D;
    C = x + an / C;
    const delta = C * D;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-17) break;
  }
  const x2 = x * x;
  const x2l = twoProdErr(x, x, x2);
  return (Math.exp(-x2) * (1 - x2l)) / (f * 1.7724538509055159);
}

export function erf(x: number): number {
  if (x !== x || x === 0) return x;
  const a = Math.abs(x);
  let r: number;
  if (a < 2.5) {
    const [h, l] = erfSeriesDD(a);
    r = h + l;
  } else {
    r = 1 - erfcLarge(a);
  }
  return x < 0 ? -r : r;
}

export function erfc(x: number): number {
  if (x !== x) return x;
  if (x >= 2.5) return erfcLarge(x);
  if (x <= -2.5) return 2 - erfcLarge(-x);
  const [h, l] = erfSeriesDD(Math.abs(x));
  // 1 -/+ erf(|x|), in double-double then rounded once.
  const sgn = x < 0 ? 1 : -1;
  const s = twoSum(1, sgn * h);
  return s + (ddLo + sgn * l);
}
