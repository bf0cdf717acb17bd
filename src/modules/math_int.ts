// The integer functions of the math module (Modules/mathmodule.c):
// factorial, comb, perm, isqrt, gcd, lcm.  Exact on ints of any size; small
// arguments stay in JS numbers, larger ones use bigint with binary splitting
// so that factorial(10**5) is a few big multiplications, not 10**5.

import { normInt, valueErrorMsg, overflowErrorMsg } from '../objects/number.js';

const LONG_MAX = 9223372036854775807n;

/** The product lo * (lo+1) * ... * hi (lo <= hi), by binary splitting. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (hi - lo < 8n) {
    let r = lo;
    for (let i = lo + 1n; i <= hi; i++) r *= i;
    return r;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

/** math.factorial(n) for an int n (math_factorial_impl's errors). */
export function factorial(n: number | bigint): number | bigint {
  if (n < 0) throw valueErrorMsg('factorial() not defined for negative values');
  if (typeof n === 'bigint') {
    if (n > LONG_MAX) throw overflowErrorMsg(`factorial() argument should not exceed ${LONG_MAX}`);
    // Any n beyond 2**53 is far too large to compute anyway (as in CPython: MemoryError territory).
  }
  const k = Number(n);
  if (k <= 18) {
    let r = 1;
    for (let i = 2; i <= k; i++) r *= i;
    return r;
  }
  return normInt(rangeProduct(2n, BigInt(k)));
}

/** n! / (n-k)! for 0 <= k <= n. */
function fallingFactorial(n: bigint, k: bigint): bigint {
  if (k === 0n) return 1n;
  return rangeProduct(n - k + 1n, n);
}

function toBig(v: number | bigint): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

/** math.comb(n, k) (math_comb_impl). */
export function comb(n: number | bigint, k: number | bigint): number | bigint {
  if (n < 0) throw valueErrorMsg('n must be a non-negative integer');
  if (k < 0) throw valueErrorMsg('k must be a non-negative integer');
  const N = toBig(n);
  let K = toBig(k);
  if (K > N) return 0;
  if (N - K < K) K = N - K;
  if (K > LONG_MAX) throw overflowErrorMsg(`min(n - k, k) must not exceed ${LONG_MAX}`);
  if (K === 0n) return 1;
  if (K === 1n) return normInt(N);
  // Small results: the multiplicative formula with exact divisions stays in doubles.
  if (typeof n === 'number' && n <= 50) {
    let r = 1;
    const kk = Number(K);
    for (let i = 1; i <= kk; i++) r = (r * (n - kk + i)) / i;
    return r;
  }
  return normInt(fallingFactorial(N, K) / rangeProduct(1n, K));
}

/** math.perm(n, k) (math_perm_impl); k undefined means k = n (factorial). */
export function perm(n: number | bigint, k: number | bigint | undefined): number | bigint {
  if (k === undefined) return factorial(n);
  if (n < 0) throw valueErrorMsg('n must be a non-negative integer');
  if (k < 0) throw valueErrorMsg('k must be a non-negative integer');
  const N = toBig(n), K = toBig(k);
  if (K > N) return 0;
  if (K > LONG_MAX) throw overflowErrorMsg(`k must not exceed ${LONG_MAX}`);
  return normInt(fallingFactorial(N, K));
}

/** Integer square root of a non-negative bigint (Newton's method from above). */
function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  // Start from a power of two at or above the root.
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** math.isqrt(n) (math_isqrt). */
export function isqrt(n: number | bigint): number | bigint {
  if (n < 0) throw valueErrorMsg('isqrt() argument must be nonnegative');
  if (typeof n === 'number') {
    // sqrt of a safe integer is within one of the true root; fix it up exactly.
    let r = Math.floor(Math.sqrt(n));
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
  }
  return normInt(isqrtBig(n));
}

function gcdNum(a: number, b: number): number {
  while (b !== 0) { const t = a % b; a = b; b = t; }
  return a;
}

function gcdBig(a: bigint, b: bigint): bigint {
  while (b !== 0n) { const t = a % b; a = b; b = t; }
  return a;
}

/** gcd of two ints, non-negative. */
export function gcd2(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') return gcdNum(Math.abs(a), Math.abs(b));
  let x = toBig(a), y = toBig(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  return normInt(gcdBig(x, y));
}

/** lcm of two ints, non-negative (math_lcm's pairwise step). */
export function lcm2(a: number | bigint, b: number | bigint): number | bigint {
  if (a === 0 || b === 0) return 0;
  const g = toBig(gcd2(a, b));
  let x = toBig(a), y = toBig(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  return normInt((x / g) * y);
}
