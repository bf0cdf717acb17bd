// printf-style formatting: `str % args` (unicodeobject.c PyUnicode_Format)
// and `bytes % args` (bytesobject.c _PyBytes_FormatEx), one engine for both;
// and the exact float-to-decimal conversions (%e %f %g) that float.__format__
// can share: correctly rounded, ties to even like CPython's dtoa (JS's
// toFixed/toExponential round ties away from zero, and stop at 100 digits).

import { IntType, typeOf, type PyValue } from './object.js';
import * as A from './abstract.js';
import { typeError, valueError, overflowError } from './exceptions.js';
import { PyTuple } from './tuple.js';
import { PyFloat } from './float.js';
import { PyBytes } from './bytes.js';
import { floatRepr } from './repr.js';
import { strOpt } from './str.js';
import { cpLen, cpSlice } from './str_core.js';
import { bytesLike } from './codecs.js';
import { asciiOf } from './str_format.js';

// ---- exact float formatting ------------------------------------------------------------

const view = new DataView(new ArrayBuffer(8));

/** A positive finite double as m * 2**e with integer m. */
function decompose(x: number): [bigint, number] {
  view.setFloat64(0, x);
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else { m |= 1n << 52n; e = bexp - 1075; }
  return [m, e];
}

/** round(num / den), ties to even. */
function roundDiv(num: bigint, den: bigint): bigint {
  const q = num / den, r = num - q * den;
  const r2 = 2n * r;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

const P10: bigint[] = [1n];
function pow10(n: number): bigint {
  while (P10.length <= n) P10.push(P10[P10.length - 1] * 10n);
  return P10[n];
}

/** round(x * 10**p) for x >= 0 finite (p may be negative). */
function scaled(x: number, p: number): bigint {
  if (x === 0) return 0n;
  const [m, e] = decompose(x);
  let num = m, den = 1n;
  if (e >= 0) num <<= BigInt(e); else den <<= BigInt(-e);
  if (p >= 0) num *= pow10(p); else den *= pow10(-p);
  return roundDiv(num, den);
}

/** Fixed notation of x >= 0 with p digits after the point ('%.pf'). */
export function fixedDigits(x: number, p: number): string {
  const d = scaled(x, p).toString();
  if (p === 0) return d;
  const padded = d.length <= p ? '0'.repeat(p - d.length + 1) + d : d;
  return padded.slice(0, padded.length - p) + '.' + padded.slice(padded.length - p);
}

/** Sign of x - 10**k, exactly (x > 0 finite). */
function cmpPow10(x: number, k: number): number {
  const [m, e] = decompose(x);
  let lhs = m, rhs = 1n;
  if (e >= 0) lhs <<= BigInt(e); else rhs <<= BigInt(-e);
  if (k >= 0) rhs *= pow10(k); else lhs *= pow10(-k);
  return lhs < rhs ? -1 : lhs > rhs ? 1 : 0;
}

/** [digits (p+1 of them), decimal exponent] of x > 0 rounded to p+1 significant digits. */
export function sciDigits(x: number, p: number): [string, number] {
  if (x === 0) return ['0'.repeat(p + 1), 0];
  // The exact exponent: 10**k <= x < 10**(k+1) (log10 can be off by one).
  let k = Math.floor(Math.log10(x));
  while (cmpPow10(x, k) < 0) k--;
  while (cmpPow10(x, k + 1) >= 0) k++;
  const s = scaled(x, p - k).toString();
  // Rounding up to 10**(p+1) carries into the next exponent.
  if (s.length > p + 1) return [s.slice(0, p + 1), k + 1];
  return [s, k];
}

/** Exponent notation of x >= 0 ('%.pe'); `alt` keeps the point with p == 0. */
export function expDigits(x: number, p: number, alt: boolean, upper: boolean): string {
  const [d, k] = sciDigits(x, p);
  const mant = p === 0 ? d + (alt ? '.' : '') : d[0] + '.' + d.slice(1);
  const ak = k < 0 ? -k : k;
  return mant + (upper ? 'E' : 'e') + (k < 0 ? '-' : '+') + (ak < 10 ? '0' : '') + ak;
}

/** '%.pg' of x >= 0: the shorter of %e and %f by the C rules; `alt` keeps trailing zeros. */
export function generalDigits(x: number, p: number, alt: boolean, upper: boolean): string {
  if (p === 0) p = 1;
  const k = x === 0 ? 0 : sciDigits(x, p - 1)[1];
  let s: string;
  if (k >= -4 && k < p) {
    s = fixedDigits(x, p - 1 - k);
    if (alt && s.indexOf('.') < 0) s += '.';
    if (!alt && s.indexOf('.') >= 0) s = s.replace(/0+$/, '').replace(/\.$/, '');
  } else {
    s = expDigits(x, p - 1, alt, upper);
    if (!alt) {
      const ePos = s.indexOf(upper ? 'E' : 'e');
      let mant = s.slice(0, ePos);
      if (mant.indexOf('.') >= 0) mant = mant.replace(/0+$/, '').replace(/\.$/, '');
      s = mant + s.slice(ePos);
    }
  }
  return s;
}

/**
 * A float in printf style without sign: type one of e E f F g G, or 'r'
 * (repr).  inf and nan print as inf/nan (INF/NAN for upper-case types).
 */
export function formatFloatAbs(x: number, type: string, prec: number, alt: boolean): string {
  const upper = type === 'E' || type === 'F' || type === 'G';
  if (x !== x) return upper ? 'NAN' : 'nan';
  if (x === Infinity) return upper ? 'INF' : 'inf';
  switch (type) {
    case 'e': case 'E': return expDigits(x, prec, alt, upper);
    case 'f': case 'F': { const s = fixedDigits(x, prec); return alt && prec === 0 ? s + '.' : s; }
    case 'g': case 'G': return generalDigits(x, prec, alt, upper);
  }
  return floatRepr(x);
}

// ---- the formatting engine --------------------------------------------------------------

/** Which flavour of % is running: the text engine is shared, conversions differ. */
const enum Mode { STR, BYTES }

interface Spec { left: boolean; plus: boolean; space: boolean; alt: boolean; zero: boolean; width: number; prec: number }

/** PyNumber_Check: has __index__, __int__ or __float__, or is complex. */
function isNumber(v: PyValue): boolean {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return true;
  if (typeof v === 'string') return false;
  if (v instanceof PyFloat) return true;
  const t = v.cls;
  return t.lookup('__index__') !== undefined || t.lookup('__int__') !== undefined ||
    t.lookup('__float__') !== undefined || t.name === 'complex';
}

/** The int a %d/%x/%o conversion formats (mainformatlong), or a TypeError. */
function intForFormat(v: PyValue, c: string): number | bigint {
  if ((typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const wrong = () => typeError(c === 'o' || c === 'x' || c === 'X'
    ? `%${c} format: an integer is required, not ${typeOf(v).name}`
    : `%${c} format: a real number is required, not ${typeOf(v).name}`);
  if (!isNumber(v)) throw wrong();
  if (c === 'o' || c === 'x' || c === 'X') {
    const i = A.indexOpt(v);
    if (i === undefined) throw wrong();
    return i;
  }
  // PyNumber_Long: __int__, __index__, or truncating a float.
  if (typeof v === 'number') return floatToInt(v); // a raw float
  if (v instanceof PyFloat) return floatToInt(v.value);
  const t = (v as { cls: { lookup(n: string): PyValue | undefined } }).cls;
  const f = t.lookup('__int__');
  if (f !== undefined) {
    const r = A.callMethod(f, v, []);
    if ((typeof r === 'number' && Number.isInteger(r)) || typeof r === 'bigint') return r;
    if (typeof r === 'boolean') return r ? 1 : 0;
    throw typeError(`__int__ returned non-int (type ${typeOf(r).name})`);
  }
  const i = A.indexOpt(v);
  if (i !== undefined) return i;
  const fl = t.lookup('__float__');
  if (fl !== undefined) return floatToInt(floatOf(v, c));
  throw wrong();
}

function floatToInt(x: number): number | bigint {
  if (x !== x) throw valueError('cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw overflowError('cannot convert float infinity to integer');
  const t = Math.trunc(x);
  if (Number.isSafeInteger(t)) return t === 0 ? 0 : t;
  return BigInt(t);
}

/** PyFloat_AsDouble for %e/%f/%g. */
export function floatOf(v: PyValue, c?: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') {
    const x = Number(v);
    if (!isFinite(x)) throw overflowError('int too large to convert to float');
    return x;
  }
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'object') {
    const f = v.cls.lookup('__float__');
    if (f !== undefined) {
      const r = A.callMethod(f, v, []);
      if (r instanceof PyFloat) return r.value;
      if (typeof r === 'number' && !Number.isInteger(r)) return r; // a raw float
      throw typeError(`${typeOf(v).name}.__float__ returned non-float (type ${typeOf(r).name})`);
    }
    const i = A.indexOpt(v);
    if (i !== undefined) return floatOf(i);
  }
  void c;
  throw typeError(`must be real number, not ${typeOf(v).name}`);
}

/** Digits of |i| in base 10/8/16 and its sign. */
function intDigits(i: number | bigint, c: string): [boolean, string] {
  const neg = typeof i === 'number' ? i < 0 : i < 0n;
  const a = neg ? -(i as number) : i;
  const base = c === 'o' ? 8 : c === 'x' || c === 'X' ? 16 : 10; // d i u: decimal
  let s = (a as number).toString(base);
  if (c === 'X') s = s.toUpperCase();
  return [neg, s];
}

/** Pad a converted value to the field width (sign and prefix go before zero padding). */
function layout(sp: Spec, sign: string, prefix: string, body: string, numeric: boolean, bodyLen: number): string {
  const len = sign.length + prefix.length + bodyLen;
  if (sp.width <= len) return sign + prefix + body;
  const fill = sp.width - len;
  if (sp.left) return sign + prefix + body + ' '.repeat(fill);
  if (sp.zero && numeric) return sign + prefix + '0'.repeat(fill) + body;
  return ' '.repeat(fill) + sign + prefix + body;
}

/** The text (str) or latin-1 byte string (bytes) of one numeric conversion. */
function formatNumber(v: PyValue, c: string, sp: Spec): string {
  if (c === 'e' || c === 'E' || c === 'f' || c === 'F' || c === 'g' || c === 'G') {
    const x = floatOf(v, c);
    const neg = x < 0 || Object.is(x, -0);
    const body = formatFloatAbs(neg ? -x : x, c, sp.prec < 0 ? 6 : sp.prec, sp.alt);
    const sign = neg ? '-' : sp.plus ? '+' : sp.space ? ' ' : '';
    return layout(sp, sign, '', body, true, body.length); // inf and nan are zero-padded too
  }
  const i = intForFormat(v, c);
  const [neg, digits0] = intDigits(i, c);
  let digits = digits0;
  if (sp.prec >= 0 && digits.length < sp.prec) digits = '0'.repeat(sp.prec - digits.length) + digits;
  const sign = neg ? '-' : sp.plus ? '+' : sp.space ? ' ' : '';
  const prefix = sp.alt ? (c === 'o' ? '0o' : c === 'x' ? '0x' : c === 'X' ? '0X' : '') : '';
  return layout(sp, sign, prefix, digits, true, digits.length);
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 4096) s += String.fromCharCode(...b.subarray(i, i + 4096));
  return s;
}

/** %s / %b of bytes formatting (format_obj): buffer or __bytes__. */
function bytesOfArg(v: PyValue): string {
  const b = bytesLike(v);
  if (b !== undefined) return latin1(b);
  if (typeof v === 'object') {
    const f = v.cls.lookup('__bytes__');
    if (f !== undefined) {
      const r = A.callMethod(f, v, []);
      if (r instanceof PyBytes) return latin1(r.data);
      throw typeError(`__bytes__ returned non-bytes (type ${typeOf(r).name})`);
    }
  }
  throw typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeOf(v).name}'`);
}

/** The core shared by str % and bytes %; `fmt` is the format as a JS string (latin-1 for bytes). */
function printf(fmt: string, args: PyValue, mode: Mode): string {
  let items: PyValue[];
  let argIdx = 0;
  let dict: PyValue | null = null;
  if (args instanceof PyTuple) items = args.items;
  else {
    items = [args];
    if (typeof args === 'object' && typeOf(args).lookup('__getitem__') !== undefined && strOpt(args) === undefined) dict = args;
  }
  const next = (): PyValue => {
    if (argIdx >= items.length) throw typeError('not enough arguments for format string');
    return items[argIdx++];
  };
  const out: string[] = [];
  const n = fmt.length;
  let i = 0;
  while (i < n) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) { out.push(fmt.slice(i)); break; }
    if (pct > i) out.push(fmt.slice(i, pct));
    i = pct + 1;
    if (i >= n) throw valueError('incomplete format');
    let arg: PyValue | undefined;
    let c = fmt[i];
    if (c === '%') { out.push('%'); i++; continue; }
    // %(key)
    if (c === '(') {
      if (dict === null) throw typeError('format requires a mapping');
      let depth = 1, j = i + 1;
      while (j < n && depth > 0) {
        if (fmt[j] === '(') depth++;
        else if (fmt[j] === ')') depth--;
        j++;
      }
      if (depth > 0) throw valueError('incomplete format key');
      const key = fmt.slice(i + 1, j - 1);
      // The looked-up value becomes the only remaining argument (CPython
      // sets arglen = -1): a '*' or a later positional conversion takes it.
      items = [A.getItem(dict, mode === Mode.BYTES ? new PyBytes(Uint8Array.from(key, (ch) => ch.charCodeAt(0))) : key)];
      argIdx = 0;
      i = j;
    }
    const sp: Spec = { left: false, plus: false, space: false, alt: false, zero: false, width: -1, prec: -1 };
    for (; i < n; i++) {
      c = fmt[i];
      if (c === '-') sp.left = true;
      else if (c === '+') sp.plus = true;
      else if (c === ' ') sp.space = true;
      else if (c === '#') sp.alt = true;
      else if (c === '0') sp.zero = true;
      else break;
    }
    const getStar = (): number => {
      const v = nextPositional();
      if (!(typeof v === 'number' && Number.isInteger(v)) && typeof v !== 'boolean' && typeof v !== 'bigint' && !(typeof v === 'object' && v.cls.isSubtype(IntType))) {
        throw typeError('* wants int');
      }
      const k = Number(A.index(v));
      if (!Number.isSafeInteger(k) || Math.abs(k) > 0x7fffffff) throw valueError('width too big');
      return k;
    };
    const nextPositional = next;
    if (i < n && fmt[i] === '*') {
      let w = getStar();
      if (w < 0) { sp.left = true; w = -w; }
      sp.width = w;
      i++;
    } else {
      let w = -1;
      while (i < n && fmt.charCodeAt(i) >= 0x30 && fmt.charCodeAt(i) <= 0x39) {
        w = (w < 0 ? 0 : w) * 10 + (fmt.charCodeAt(i) - 0x30);
        if (w > 0x7fffffff) throw valueError('width too big');
        i++;
      }
      sp.width = w;
    }
    if (i < n && fmt[i] === '.') {
      i++;
      if (i < n && fmt[i] === '*') {
        sp.prec = getStar();
        if (sp.prec < 0) sp.prec = 0;
        i++;
      } else {
        let p = 0;
        while (i < n && fmt.charCodeAt(i) >= 0x30 && fmt.charCodeAt(i) <= 0x39) {
          p = p * 10 + (fmt.charCodeAt(i) - 0x30);
          if (p > 0x7fffffff) throw valueError('precision too big');
          i++;
        }
        sp.prec = p;
      }
    }
    // Length modifiers are accepted and ignored (h, l, L).
    while (i < n && (fmt[i] === 'h' || fmt[i] === 'l' || fmt[i] === 'L')) i++;
    if (i >= n) throw valueError('incomplete format');
    c = fmt[i++];
    if (c >= '\ud800' && c <= '\udbff' && i < n) c += fmt[i++];
    if (arg === undefined) arg = nextPositional();
    let body: string;
    let bodyLen: number;
    switch (c) {
      case 's': case 'r': case 'a': case 'b': {
        if (mode === Mode.STR) {
          if (c === 'b') throw unsupported(c, i - 1, fmt);
          body = c === 's' ? A.str(arg) : c === 'r' ? A.repr(arg) : asciiOf(arg);
          if (sp.prec >= 0 && sp.prec < body.length) body = cpSlice(body, 0, Math.min(sp.prec, cpLen(body)));
          bodyLen = cpLen(body);
        } else {
          body = c === 'r' || c === 'a' ? asciiOf(arg) : bytesOfArg(arg);
          if (sp.prec >= 0 && sp.prec < body.length) body = body.slice(0, sp.prec);
          bodyLen = body.length;
        }
        out.push(layout({ ...sp, zero: false }, '', '', body, false, bodyLen));
        continue;
      }
      case 'c': {
        body = charOf(arg, mode);
        out.push(layout({ ...sp, zero: false }, '', '', body, false, 1));
        continue;
      }
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        out.push(formatNumber(arg, c, sp));
        continue;
    }
    throw unsupported(c, i - c.length, fmt);
  }
  if (argIdx < items.length && dict === null) {
    throw typeError(mode === Mode.STR ? 'not all arguments converted during string formatting' : 'not all arguments converted during bytes formatting');
  }
  return out.join('');
}

function unsupported(c: string, index: number, fmt?: string): never {
  const code = c.codePointAt(0)!;
  const shown = code >= 32 && code <= 126 ? c : '?';
  const at = fmt === undefined ? index : cpLen(fmt.slice(0, index));
  throw valueError(`unsupported format character '${shown}' (0x${code.toString(16)}) at index ${at}`);
}

/** %c: an int code point, or a one-character str (str) / one byte (bytes). */
function charOf(v: PyValue, mode: Mode): string {
  if (mode === Mode.BYTES) {
    const b = bytesLike(v);
    if (b !== undefined && b.length === 1 && (v instanceof PyBytes || (typeof v === 'object' && v.cls.name === 'bytearray'))) return String.fromCharCode(b[0]);
    const i = A.indexOpt(v);
    if (i === undefined || typeof v === 'string') throw typeError('%c requires an integer in range(256) or a single byte');
    if (typeof i === 'bigint' || i < 0 || i > 255) throw overflowError('%c arg not in range(256)');
    return String.fromCharCode(i);
  }
  const s = strOpt(v);
  if (s !== undefined) {
    if (cpLen(s) !== 1) throw typeError('%c requires int or char');
    return s;
  }
  const i = A.indexOpt(v);
  if (i === undefined) throw typeError('%c requires int or char');
  if (typeof i === 'bigint' || i < 0 || i > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
  return String.fromCodePoint(i);
}

/** str % args. */
export function strPrintf(fmt: string, args: PyValue): string {
  return printf(fmt, args, Mode.STR);
}

/** bytes % args, on the format's bytes. */
export function bytesPrintf(fmt: Uint8Array, args: PyValue): Uint8Array {
  const r = printf(latin1(fmt), args, Mode.BYTES);
  const out = new Uint8Array(r.length);
  for (let i = 0; i < r.length; i++) out[i] = r.charCodeAt(i);
  return out;
}

