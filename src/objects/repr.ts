// CPython 3.11's repr() of the constant kinds an AST can hold: float, complex,
// int, str, bytes, bool, None, Ellipsis.  ast.dump prints Constant values with
// these, so every character has to match CPython.

import { Bytes, CodePointStr, Complex, ELLIPSIS, type ConstantValue } from '../parser/constants.js';
import { isPrintable } from './unicode_names.js';

// ---------------------------------------------------------------- float

/**
 * repr(float): Objects/floatobject.c float_repr, i.e.
 * PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0).
 */
export function floatRepr(x: number): string {
  if (x !== x) return 'nan';
  return formatR(x, true, false);
}

/**
 * Python/pystrtod.c format_float_short for mode 'r': the shortest digits that
 * round-trip (JS's toExponential() with no argument gives exactly those),
 * laid out in scientific notation when the decimal point position `decpt`
 * (value = 0.DIGITS * 10**decpt) is <= -4 or > 16, positionally otherwise.
 * `addDot0` is Py_DTSF_ADD_DOT_0 (float repr), `sign` is Py_DTSF_SIGN.
 */
function formatR(x: number, addDot0: boolean, sign: boolean): string {
  if (x !== x) return sign ? '+nan' : 'nan'; // CPython never prints a NaN's sign bit
  const neg = x < 0 || Object.is(x, -0);
  const lead = neg ? '-' : sign ? '+' : '';
  if (x === Infinity || x === -Infinity) return lead + 'inf';
  let digits: string;
  let decpt: number;
  if (x === 0) {
    digits = '0';
    decpt = 1;
  } else {
    const e = (neg ? -x : x).toExponential(); // "d.ddde+N" or "de-N"
    const ePos = e.indexOf('e');
    digits = e.charCodeAt(1) === 0x2e /* . */ ? e[0] + e.slice(2, ePos) : e.slice(0, ePos);
    decpt = Number(e.slice(ePos + 1)) + 1;
  }
  const n = digits.length;
  if (decpt <= -4 || decpt > 16) {
    const exp = decpt - 1;
    const absExp = exp < 0 ? -exp : exp;
    const mant = n === 1 ? digits : digits[0] + '.' + digits.slice(1);
    return lead + mant + (exp < 0 ? 'e-' : 'e+') + (absExp < 10 ? '0' : '') + absExp;
  }
  if (decpt <= 0) return lead + '0.' + '0'.repeat(-decpt) + digits;
  if (decpt >= n) return lead + digits + '0'.repeat(decpt - n) + (addDot0 ? '.0' : '');
  return lead + digits.slice(0, decpt) + '.' + digits.slice(decpt);
}

// -------------------------------------------------------------- complex

/**
 * repr(complex): Objects/complexobject.c complex_repr.  A real part of +0.0
 * prints the imaginary part alone (`2j`, `-0j`); otherwise `(re±imj)`.
 * Neither part gets a ".0".
 */
export function complexRepr(real: number, imag: number): string {
  if (real === 0 && !Object.is(real, -0)) return formatR(imag, false, false) + 'j';
  return '(' + formatR(real, false, false) + formatR(imag, false, true) + 'j)';
}

// ------------------------------------------------------------------ str

const HEX = '0123456789abcdef';

/**
 * repr(str): Objects/unicodeobject.c unicode_repr.  Quotes with ' unless the
 * string contains ' and no ".  Escapes \\, the quote, \t \n \r; \xNN for the
 * other ASCII controls and for non-printable code points below 0x100, \uNNNN
 * and \UNNNNNNNN above.  Lone surrogates (possible in JS strings, and in
 * Python strs) are non-printable.
 */
export function strRepr(s: string): string {
  let quote = 0x27; // '
  if (s.indexOf("'") >= 0 && s.indexOf('"') < 0) quote = 0x22;
  // Fast path: printable ASCII with nothing to escape.
  let i = 0;
  const len = s.length;
  for (; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c >= 0x7f || c === 0x5c || c === quote) break;
  }
  const q = quote === 0x27 ? "'" : '"';
  if (i === len) return q + s + q;
  const out: string[] = [q, s.slice(0, i)];
  let run = i; // start of the pending verbatim run
  for (; i < len; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== 0x5c && c !== quote) continue;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
        width = 2;
      }
    }
    if (c >= 0x7f && isPrintable(c)) {
      i += width - 1;
      continue;
    }
    if (run < i) out.push(s.slice(run, i));
    out.push(escapeCodePoint(c, quote));
    i += width - 1;
    run = i + 1;
  }
  if (run < len) out.push(s.slice(run));
  out.push(q);
  return out.join('');
}

/** repr() of a str given as code points (surrogates stay single code points). */
export function codePointStrRepr(cps: readonly number[]): string {
  let hasSingle = false, hasDouble = false;
  for (const c of cps) { if (c === 0x27) hasSingle = true; else if (c === 0x22) hasDouble = true; }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  const out: string[] = [String.fromCharCode(quote)];
  for (const c of cps) {
    if (c >= 0x20 && c < 0x7f && c !== 0x5c && c !== quote) out.push(String.fromCharCode(c));
    else if (c >= 0x7f && !(c >= 0xd800 && c <= 0xdfff) && isPrintable(c)) out.push(String.fromCodePoint(c));
    else out.push(escapeCodePoint(c, quote));
  }
  out.push(String.fromCharCode(quote));
  return out.join('');
}

function escapeCodePoint(c: number, quote: number): string {
  switch (c) {
    case 0x5c: return '\\\\';
    case 0x09: return '\\t';
    case 0x0a: return '\\n';
    case 0x0d: return '\\r';
  }
  if (c === quote) return quote === 0x27 ? "\\'" : '\\"';
  if (c < 0x100) return '\\x' + HEX[c >> 4] + HEX[c & 15];
  if (c < 0x10000) return '\\u' + hexPad(c, 4);
  return '\\U' + hexPad(c, 8);
}

function hexPad(c: number, width: number): string {
  const h = c.toString(16);
  return '0'.repeat(width - h.length) + h;
}

// ---------------------------------------------------------------- bytes

/**
 * repr(bytes): Objects/bytesobject.c PyBytes_Repr with smartquotes: the same
 * quote rule as str; \\, the quote, \t \n \r, and \xNN for bytes < 0x20 or
 * >= 0x7f.
 */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x27) hasSingle = true;
    else if (b[i] === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  const parts: string[] = [];
  let chunk = quote === 0x22 ? 'b"' : "b'";
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === quote || c === 0x5c) chunk += '\\' + String.fromCharCode(c);
    else if (c === 0x09) chunk += '\\t';
    else if (c === 0x0a) chunk += '\\n';
    else if (c === 0x0d) chunk += '\\r';
    else if (c < 0x20 || c >= 0x7f) chunk += '\\x' + HEX[c >> 4] + HEX[c & 15];
    else chunk += String.fromCharCode(c);
    if (chunk.length > 4096) { parts.push(chunk); chunk = ''; }
  }
  parts.push(chunk, quote === 0x22 ? '"' : "'");
  return parts.join('');
}

// ------------------------------------------------------------ constants

/** repr(int) for the parser's bigint ints. */
export function intRepr(v: bigint): string {
  return v.toString();
}

/** repr() of a Constant node's value (see src/parser/constants.ts for the representation). */
export function constantRepr(v: ConstantValue): string {
  if (v === null) return 'None';
  switch (typeof v) {
    case 'boolean': return v ? 'True' : 'False';
    case 'bigint': return v.toString();
    case 'number': return floatRepr(v);
    case 'string': return strRepr(v);
  }
  if (v === ELLIPSIS) return 'Ellipsis';
  if (v instanceof Complex) return complexRepr(v.real, v.imag);
  if (v instanceof Bytes) return bytesRepr(v.data);
  if (v instanceof CodePointStr) return codePointStrRepr(v.cps);
  throw new TypeError('constantRepr: not a constant value');
}
