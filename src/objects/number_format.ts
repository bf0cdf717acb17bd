// The format-spec mini-language for int, float and complex
// (Python/formatter_unicode.c), plus the exact float -> decimal conversions
// it needs (Python/pystrtod.c PyOS_double_to_string, Python/dtoa.c).
//
// Floats are formatted from their exact decimal expansion (a finite double
// is m * 2**e, so its expansion terminates), rounded half-even at the
// requested digit: that is what CPython's dtoa does, and it gets the ties
// right where JS toFixed/toPrecision round half up.

import { frexpInt, overflowErrorMsg, valueErrorMsg, intToFloat } from './number.js';
import { floatRepr } from './repr.js';

// ---- exact decimal digits --------------------------------------------------------

/** A decimal value 0.DIGITS * 10**decpt (digits without trailing zeros; '' for zero). */
export interface Decimal { digits: string; decpt: number }

/** The exact decimal expansion of a finite, non-negative double. */
export function exactDecimal(x: number): Decimal {
  if (x === 0) return { digits: '', decpt: 1 };
  const [m, e] = frexpInt(x);
  let s: string;
  let decpt: number;
  if (e >= 0) {
    s = (BigInt(m) << BigInt(e)).toString();
    decpt = s.length;
  } else {
    // m * 2**e == m * 5**-e / 10**-e
    s = (BigInt(m) * 5n ** BigInt(-e)).toString();
    decpt = s.length + e;
  }
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  return { digits: s.slice(0, end), decpt };
}

/**
 * Round a Decimal to `keep` leading digits (keep may be <= 0: the value
 * rounds to 0 or to one unit of the last place), half-even on exact ties.
 */
export function roundDecimal(d: Decimal, keep: number): Decimal {
  const ds = d.digits;
  if (keep >= ds.length) return d;
  if (keep < 0) return { digits: '', decpt: d.decpt };
  const next = ds.charCodeAt(keep) - 48;
  let up: boolean;
  if (next > 5) up = true;
  else if (next < 5) up = false;
  else if (keep + 1 < ds.length) up = true; // digits are trailing-zero free: something follows the 5
  else up = keep > 0 && ((ds.charCodeAt(keep - 1) - 48) & 1) === 1; // an exact tie: to even
  let kept = ds.slice(0, keep);
  let decpt = d.decpt;
  if (up) {
    // Add one unit in the last kept place.
    let i = kept.length - 1;
    while (i >= 0 && kept.charCodeAt(i) === 57) i--;
    if (i < 0) {
      kept = '1';
      decpt += 1;
    } else {
      kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
    }
  }
  let end = kept.length;
  while (end > 0 && kept.charCodeAt(end - 1) === 48) end--;
  return { digits: kept.slice(0, end), decpt: end === 0 ? d.decpt : decpt };
}

/** |x| rounded to `ndigits` decimals (mode 3 of dtoa: round(x, n), 'f'). */
export function roundFixed(ax: number, ndigits: number): Decimal {
  const d = exactDecimal(ax);
  return roundDecimal(d, d.decpt + ndigits);
}

/** |x| rounded to `n` significant digits (n >= 1; mode 2 of dtoa: 'e', 'g'). */
export function roundSignificant(ax: number, n: number): Decimal {
  return roundDecimal(exactDecimal(ax), n);
}

/** The shortest round-tripping digits of |x| (mode 0: repr). */
export function shortestDecimal(ax: number): Decimal {
  if (ax === 0) return { digits: '', decpt: 1 };
  const e = ax.toExponential();
  const ePos = e.indexOf('e');
  const digits = e.charCodeAt(1) === 0x2e ? e[0] + e.slice(2, ePos) : e.slice(0, ePos);
  return { digits, decpt: Number(e.slice(ePos + 1)) + 1 };
}

// ---- PyOS_double_to_string -------------------------------------------------------

function zeros(n: number): string {
  return n > 0 ? '0'.repeat(n) : '';
}

function expText(exp: number): string {
  const a = exp < 0 ? -exp : exp;
  return (exp < 0 ? 'e-' : 'e+') + (a < 10 ? '0' : '') + a;
}

/**
 * Format |x| (finite) like PyOS_double_to_string without the sign:
 * code 'e' / 'f' / 'g' / 'r' (lower case), `prec` as CPython passes it,
 * `alt` (Py_DTSF_ALT), `addDot0` (Py_DTSF_ADD_DOT_0).
 */
export function formatAbsFloat(ax: number, code: string, prec: number, alt: boolean, addDot0: boolean): string {
  let d: Decimal;
  let useExp: boolean;
  let keepTrailing = true;
  switch (code) {
    case 'f': {
      if (ax < 1e16 && prec <= 20 && quickFixedSafe(ax, prec)) return fixedFast(ax, prec, alt);
      d = roundFixed(ax, prec);
      let intPart: string, frac: string;
      if (d.digits === '') { intPart = '0'; frac = ''; }
      else if (d.decpt > 0) { intPart = padDigits(d.digits, d.decpt).slice(0, d.decpt); frac = d.digits.slice(d.decpt); }
      else { intPart = '0'; frac = zeros(-d.decpt) + d.digits; }
      return intPart + (prec > 0 || alt ? '.' + padDigits(frac, prec) : '');
    }
    case 'e':
      d = roundSignificant(ax, prec + 1);
      useExp = true;
      break;
    case 'g': {
      if (prec === 0) prec = 1;
      d = roundSignificant(ax, prec);
      const decpt = d.digits === '' ? 1 : d.decpt;
      useExp = decpt <= -4 || decpt > (addDot0 ? prec - 1 : prec);
      keepTrailing = alt;
      break;
    }
    default: { // 'r'
      d = shortestDecimal(ax);
      const decpt = d.digits === '' ? 1 : d.decpt;
      useExp = decpt <= -4 || decpt > 16;
      keepTrailing = false;
      prec = 17;
    }
  }
  let digits = d.digits === '' ? '0' : d.digits;
  const decpt = d.digits === '' ? 1 : d.decpt;
  if (useExp) {
    // d.ddd e+XX with (for 'e' and kept trailing zeros) prec digits after the point.
    const nfrac = code === 'e' ? prec : keepTrailing ? prec - 1 : digits.length - 1;
    digits = padDigits(digits, nfrac + 1);
    const frac = digits.slice(1, nfrac + 1);
    const mant = digits[0] + (frac.length > 0 || alt ? '.' + frac : '');
    return mant + expText(d.digits === '' ? 0 : decpt - 1);
  }
  // Positional, with prec significant digits when keeping trailing zeros ('#g').
  const total = keepTrailing ? Math.max(prec, decpt) : Math.max(digits.length, decpt);
  let body = padDigits(digits, total);
  let s: string;
  if (decpt <= 0) {
    s = '0.' + zeros(-decpt) + (keepTrailing ? padDigits(digits, prec) : digits);
    return s;
  }
  body = padDigits(body, Math.max(total, decpt));
  const ip = body.slice(0, decpt);
  const fp = body.slice(decpt);
  if (fp.length > 0) return ip + '.' + fp;
  if (addDot0) return ip + '.0';
  return alt ? ip + '.' : ip;
}

function padDigits(s: string, n: number): string {
  return s.length >= n ? s : s + zeros(n - s.length);
}

/**
 * toFixed rounds exact ties up, CPython to even.  With k fractional bits, x
 * has exactly k decimals (2**-k = 5**k / 10**k), the last one a 5: with
 * k <= p nothing is rounded, with k > p + 1 the dropped part is not a half,
 * and only k = p + 1 is a tie.  Otherwise toFixed (exact) gives CPython's answer.
 */
function quickFixedSafe(ax: number, prec: number): boolean {
  if (ax === 0) return true;
  const [m, e] = frexpInt(ax);
  if (e >= 0) return true;
  // fractional bits = -e minus the trailing zero bits of m
  let tz = 0;
  let mm = m;
  while (tz < 53 && mm % 2 === 0) { mm /= 2; tz++; }
  return -e - tz !== prec + 1;
}

function fixedFast(ax: number, prec: number, alt: boolean): string {
  const s = ax.toFixed(prec);
  return prec === 0 && alt ? s + '.' : s;
}

// ---- the format spec ---------------------------------------------------------------

/** A parsed format spec (InternalFormatSpec). */
export interface FormatSpec {
  fill: string;        // one code point
  fillGiven: boolean;
  align: string;       // '<' '>' '^' '=' or '' (default)
  sign: string;        // '+' '-' ' ' or ''
  noNeg0: boolean;     // 'z'
  alternate: boolean;  // '#'
  width: number;       // -1: none
  thousands: string;   // ',' '_' or ''
  precision: number;   // -1: none
  type: string;        // '' or one character
}

function isAlign(c: string): boolean {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

/**
 * parse_internal_render_format_spec.  `defaultAlign` is '>' for numbers
 * ('<' for str); `typeName` is for the error messages.
 */
export function parseFormatSpec(spec: string, typeName: string, defaultAlign = '>'): FormatSpec {
  const f: FormatSpec = {
    fill: ' ', fillGiven: false, align: '', sign: '', noNeg0: false, alternate: false,
    width: -1, thousands: '', precision: -1, type: '',
  };
  const cps = Array.from(spec);
  const end = cps.length;
  let pos = 0;
  let alignGiven = false;
  if (end - pos >= 2 && isAlign(cps[pos + 1])) {
    f.fill = cps[pos]; f.fillGiven = true;
    f.align = cps[pos + 1]; alignGiven = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cps[pos])) {
    f.align = cps[pos]; alignGiven = true;
    pos++;
  }
  if (end - pos >= 1 && (cps[pos] === '+' || cps[pos] === '-' || cps[pos] === ' ')) {
    f.sign = cps[pos]; pos++;
  }
  if (end - pos >= 1 && cps[pos] === 'z') { f.noNeg0 = true; pos++; }
  if (end - pos >= 1 && cps[pos] === '#') { f.alternate = true; pos++; }
  if (!f.fillGiven && end - pos >= 1 && cps[pos] === '0') {
    f.fill = '0';
    if (!alignGiven && defaultAlign === '>') f.align = '=';
    pos++;
  }
  const readInt = (): number => {
    let n = 0, k = 0;
    while (pos < end && cps[pos] >= '0' && cps[pos] <= '9') {
      n = n * 10 + (cps[pos].charCodeAt(0) - 48);
      if (n > 9223372036854775807 / 10 && pos + 1 < end && cps[pos + 1] >= '0' && cps[pos + 1] <= '9') {
        throw valueErrorMsg('Too many decimal digits in format string');
      }
      pos++; k++;
    }
    return k === 0 ? -1 : n;
  };
  f.width = readInt();
  if (end - pos >= 1 && cps[pos] === ',') { f.thousands = ','; pos++; }
  if (end - pos >= 1 && cps[pos] === '_') {
    if (f.thousands !== '') throw valueErrorMsg("Cannot specify both ',' and '_'.");
    f.thousands = '_'; pos++;
  }
  if (end - pos >= 1 && cps[pos] === ',' && f.thousands === '_') {
    throw valueErrorMsg("Cannot specify both ',' and '_'.");
  }
  if (end - pos >= 1 && cps[pos] === '.') {
    pos++;
    f.precision = readInt();
    if (f.precision < 0) throw valueErrorMsg('Format specifier missing precision');
  }
  if (end - pos > 1) {
    throw valueErrorMsg(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (end - pos === 1) f.type = cps[pos];
  if (f.thousands !== '') {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.thousands === '_') break;
        throw valueErrorMsg(`Cannot specify '${f.thousands}' with ${typeCodeText(f.type)}.`);
      default:
        throw valueErrorMsg(`Cannot specify '${f.thousands}' with ${typeCodeText(f.type)}.`);
    }
  }
  return f;
}

/** How CPython quotes a format type character in messages ('x', or '\x1' for unprintables). */
function typeCodeText(t: string): string {
  const c = t.codePointAt(0)!;
  return c > 32 && c < 128 ? `'${t}'` : `'\\x${c.toString(16)}'`;
}

export function unknownFormatCode(t: string, typeName: string): never {
  throw valueErrorMsg(`Unknown format code ${typeCodeText(t)} for object of type '${typeName}'`);
}

// ---- laying out a number (calc_number_widths / fill_number) -----------------------------

/** Insert separators every `group` digits, padding with zeros to `minWidth` (_PyUnicode_InsertThousandsGrouping). */
function groupDigits(digits: string, sep: string, group: number, minWidth: number): string {
  if (sep === '') return digits.length >= minWidth ? digits : zeros(minWidth - digits.length) + digits;
  const parts: string[] = [];
  let remaining = digits.length;
  let minw = minWidth;
  let broken = false;
  for (;;) {
    const l = Math.min(group, Math.max(remaining, minw, 1));
    const nz = Math.max(0, l - remaining);
    const nc = Math.max(0, Math.min(remaining, l));
    parts.push(zeros(nz) + digits.slice(remaining - nc, remaining));
    remaining -= nc;
    minw -= l;
    if (remaining <= 0 && minw <= 0) { broken = true; break; }
    minw -= sep.length;
    if (parts.length > 1e6) break;
  }
  void broken;
  return parts.reverse().join(sep);
}

/**
 * Lay out sign, prefix, integer digits (grouped), and the rest (decimal
 * point, fraction, exponent, '%', or all of 'inf'/'nan') per the spec.
 */
function layoutNumber(f: FormatSpec, negative: boolean, prefix: string, digits: string, rest: string, group = 3): string {
  let sign = '';
  if (negative) sign = '-';
  else if (f.sign === '+') sign = '+';
  else if (f.sign === ' ') sign = ' ';
  const align = f.align === '' ? '>' : f.align;
  const nonDigit = sign.length + prefix.length + rest.length;
  const minWidth = f.fill === '0' && align === '=' ? f.width - nonDigit : 0;
  const grouped = digits.length === 0 ? '' : groupDigits(digits, f.thousands, group, minWidth);
  const body = grouped + rest;
  const pad = f.width - (nonDigit + grouped.length);
  if (pad <= 0) return sign + prefix + body;
  const fill = f.fill;
  switch (align) {
    case '<': return sign + prefix + body + fill.repeat(pad);
    case '^': { const l = pad >> 1; return fill.repeat(l) + sign + prefix + body + fill.repeat(pad - l); }
    case '=': return sign + prefix + fill.repeat(pad) + body;
    default: return fill.repeat(pad) + sign + prefix + body;
  }
}

/** Pad an already formatted string to the width (for complex: the whole thing). */
function alignText(f: FormatSpec, s: string, defaultAlign: string): string {
  const n = Array.from(s).length;
  const pad = f.width - n;
  if (pad <= 0) return s;
  const align = f.align === '' ? defaultAlign : f.align;
  switch (align) {
    case '<': return s + f.fill.repeat(pad);
    case '^': { const l = pad >> 1; return f.fill.repeat(l) + s + f.fill.repeat(pad - l); }
    default: return f.fill.repeat(pad) + s;
  }
}

// ---- int ---------------------------------------------------------------------------

const INT_FLOAT_TYPES = 'eEfFgG%';

/** format(int, spec) for a non-empty spec (format_long_internal / format_obj dispatch). */
export function formatInt(v: number | bigint, spec: string, typeName = 'int'): string {
  const f = parseFormatSpec(spec, typeName);
  const t = f.type;
  if (t !== '' && INT_FLOAT_TYPES.includes(t)) return formatFloatSpec(intToFloat(v), f, typeName);
  let base: number;
  let prefix = '';
  switch (t) {
    case 'b': base = 2; prefix = '0b'; break;
    case 'o': base = 8; prefix = '0o'; break;
    case 'x': base = 16; prefix = '0x'; break;
    case 'X': base = 16; prefix = '0X'; break;
    case 'c': case 'd': case 'n': case '': base = 10; break;
    default: unknownFormatCode(t, typeName);
  }
  if (f.precision !== -1) throw valueErrorMsg('Precision not allowed in integer format specifier');
  if (f.noNeg0) throw valueErrorMsg('Negative zero coercion (z) not allowed in integer format specifier');
  if (t === 'c') {
    if (f.sign !== '') throw valueErrorMsg("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw valueErrorMsg("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === 'bigint' && (v > 9223372036854775807n || v < -9223372036854775808n)) {
      throw overflowErrorMsg('Python int too large to convert to C long');
    }
    const n = Number(v);
    if (n < 0 || n > 0x10ffff) throw overflowErrorMsg('%c arg not in range(0x110000)');
    const ch = String.fromCodePoint(n);
    return layoutNumber({ ...f, fill: f.fill }, false, '', '', ch);
  }
  const neg = v < 0;
  let digits = (neg ? -v : v).toString(base);
  if (t === 'X') digits = digits.toUpperCase();
  if (!f.alternate) prefix = '';
  return layoutNumber(f, neg, prefix, digits, '', f.thousands === '_' && base !== 10 ? 4 : 3);
}

// ---- float ---------------------------------------------------------------------------

/** format(float, spec) for a non-empty spec (format_float_internal). */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  return formatFloatSpec(x, parseFormatSpec(spec, typeName), typeName);
}

function formatFloatSpec(x: number, f: FormatSpec, typeName: string): string {
  let t = f.type;
  let prec = f.precision;
  let addDot0 = false;
  let defaultPrec = 6;
  switch (t) {
    case '': t = 'r'; addDot0 = true; defaultPrec = 0; break;
    case 'n': t = 'g'; break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': break;
    default: unknownFormatCode(t, typeName);
  }
  if (f.alternate && t === 'r') { /* repr ignores '#'... except with a precision (then 'g') */ }
  let pct = false;
  if (t === '%') { t = 'f'; x *= 100; pct = true; }
  if (prec < 0) prec = defaultPrec;
  else if (t === 'r') t = 'g';
  const [neg, text] = floatText(x, t, prec, f.alternate, addDot0, f.noNeg0);
  return layoutFloat(f, neg, text + (pct ? '%' : ''));
}

/**
 * The text of |x| in a given presentation (upper case for E F G), and
 * whether a '-' goes in front.  Py_DTSF_NO_NEG_0 ('z') drops the sign of a
 * zero after rounding.
 */
function floatText(x: number, t: string, prec: number, alt: boolean, addDot0: boolean, noNeg0: boolean): [boolean, string] {
  const upper = t === 'E' || t === 'F' || t === 'G';
  const code = upper ? t.toLowerCase() : t;
  let neg = x < 0 || Object.is(x, -0);
  let s: string;
  if (x !== x) { s = 'nan'; neg = false; }
  else if (x === Infinity || x === -Infinity) s = 'inf';
  else if (code === 'r' && !alt) {
    s = floatRepr(Math.abs(x));
    if (!addDot0 && s.endsWith('.0')) s = s.slice(0, -2);
  }
  else s = formatAbsFloat(Math.abs(x), code, prec, alt, addDot0);
  if (neg && noNeg0 && x === x && x !== -Infinity && !/[1-9]/.test(s.replace(/e[+-]\d+$/, ''))) neg = false;
  return [neg, upper ? s.toUpperCase() : s];
}

/** Split formatted float text into integer digits and the rest, and lay it out. */
function layoutFloat(f: FormatSpec, neg: boolean, text: string): string {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return layoutNumber(f, neg, '', text.slice(0, i), text.slice(i));
}

// ---- complex ---------------------------------------------------------------------------

/** format(complex, spec) for a non-empty spec (format_complex_internal). */
export function formatComplex(re: number, im: number, spec: string, typeName = 'complex'): string {
  const f = parseFormatSpec(spec, typeName);
  let t = f.type;
  if (!'eEfFgGn'.includes(t)) unknownFormatCode(t, typeName);
  if (f.fill === '0') {
    throw valueErrorMsg('Zero padding is not allowed in complex format specifier');
  }
  if (f.align === '=') throw valueErrorMsg("'=' alignment flag is not allowed in complex format specifier");
  let prec = f.precision;
  let defaultPrec = 6;
  let skipRe = false;
  let parens = false;
  switch (t) {
    case '':
      t = 'r'; defaultPrec = 0;
      if (re === 0 && !Object.is(re, -0)) skipRe = true; else parens = true;
      break;
    case 'n': t = 'g'; break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': break;
    default: unknownFormatCode(t, typeName);
  }
  if (prec < 0) prec = defaultPrec;
  else if (t === 'r') t = 'g';
  const noPad: FormatSpec = { ...f, fill: ' ', align: '<', width: -1 };
  let out = '';
  if (!skipRe) {
    const [rn, rt] = floatText(re, t, prec, f.alternate, false, f.noNeg0);
    out += layoutFloat(noPad, rn, rt);
    noPad.sign = '+';
  }
  const [inn, itx] = floatText(im, t, prec, f.alternate, false, f.noNeg0);
  out += layoutFloat(noPad, inn, itx) + 'j';
  if (parens) out = '(' + out + ')';
  return alignText(f, out, '>');
}
