// str.format / str.format_map (Objects/stringlib/unicode_format.h), the
// format-spec mini-language parser shared by the builtin __format__ methods
// (Python/formatter_unicode.c parse_internal_render_format_spec), str's own
// __format__ (format_string_internal), and ascii().

import { StrType, type PyValue } from './object.js';
import { defineMethods } from './methods.js';
import * as A from './abstract.js';
import { indexError, keyError, valueError } from './exceptions.js';
import { formatBuiltin } from '../objects/format.js';
import { sv, strArg, strOpt } from './str.js';
import { cpLen, cpSlice } from './str_core.js';
import { setAsciiHook } from '../vm/runtime.js';
import { strPrintf } from './str_printf.js';
import { NotImplemented } from './object.js';

// ---- ascii() ------------------------------------------------------------------------------

/** Escape the non-ASCII characters of a repr (PyObject_ASCII). */
export function asciiEscape(r: string): string {
  let i = 0;
  for (; i < r.length; i++) if (r.charCodeAt(i) >= 0x80) break;
  if (i === r.length) return r;
  const out: string[] = [r.slice(0, i)];
  for (; i < r.length; i++) {
    let c = r.charCodeAt(i);
    if (c < 0x80) { out.push(r[i]); continue; }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < r.length) {
      const d = r.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
    }
    if (c < 0x100) out.push('\\x' + c.toString(16).padStart(2, '0'));
    else if (c < 0x10000) out.push('\\u' + c.toString(16).padStart(4, '0'));
    else out.push('\\U' + c.toString(16).padStart(8, '0'));
  }
  return out.join('');
}

/** ascii(v). */
export function asciiOf(v: PyValue): string {
  return asciiEscape(A.repr(v));
}

setAsciiHook(asciiEscape);

// ---- the format-spec mini-language ----------------------------------------------------------

/** A parsed format spec ([[fill]align][sign][z][#][0][width][grouping][.precision][type]). */
export interface FormatSpec {
  fill: string;        // one code point; ' ' by default
  align: string;       // '<' '>' '=' '^' or '' (unset)
  sign: string;        // '+' '-' ' ' or ''
  z: boolean;
  alt: boolean;
  zero: boolean;       // the '0' flag was given
  width: number;       // -1: unset
  grouping: string;    // ',' '_' or ''
  precision: number;   // -1: unset
  type: string;        // '' when unset
}

function isAlign(c: string | undefined): boolean {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

function readNumber(spec: string, i: number): [number, number] {
  let n = 0, j = i;
  while (j < spec.length && spec.charCodeAt(j) >= 0x30 && spec.charCodeAt(j) <= 0x39) {
    n = n * 10 + (spec.charCodeAt(j) - 0x30);
    if (n > 0x7fffffffffff) throw valueError('Too many decimal digits in format string');
    j++;
  }
  return [j === i ? -1 : n, j];
}

/**
 * Parse a format spec.  `typeName` is for the "Invalid format specifier"
 * message; `defaultType` is used when the spec has none.
 */
export function parseFormatSpec(spec: string, typeName: string, defaultType = ''): FormatSpec {
  const fs: FormatSpec = { fill: ' ', align: '', sign: '', z: false, alt: false, zero: false, width: -1, grouping: '', precision: -1, type: defaultType };
  let i = 0;
  const n = spec.length;
  // fill is one code point
  const first = spec.codePointAt(0);
  const flen = first !== undefined && first > 0xffff ? 2 : 1;
  let fillGiven = false;
  if (n > flen && isAlign(spec[flen])) {
    fs.fill = spec.slice(0, flen); fs.align = spec[flen]; i = flen + 1; fillGiven = true;
  } else if (n > 0 && isAlign(spec[0])) {
    fs.align = spec[0]; i = 1;
  }
  if (i < n && (spec[i] === '+' || spec[i] === '-' || spec[i] === ' ')) fs.sign = spec[i++];
  if (i < n && spec[i] === 'z') { fs.z = true; i++; }
  if (i < n && spec[i] === '#') { fs.alt = true; i++; }
  if (i < n && spec[i] === '0') {
    fs.zero = true;
    if (!fillGiven) fs.fill = '0';
    if (fs.align === '') fs.align = '=';
    i++;
  }
  let w: number;
  [w, i] = readNumber(spec, i);
  fs.width = w;
  if (i < n && spec[i] === ',') { fs.grouping = ','; i++; }
  if (i < n && spec[i] === '_') {
    if (fs.grouping !== '') throw valueError('Cannot specify both \',\' and \'_\'.');
    fs.grouping = '_'; i++;
  }
  if (i < n && spec[i] === ',') throw valueError('Cannot specify both \',\' and \'_\'.');
  if (i < n && spec[i] === '.') {
    i++;
    let p: number;
    [p, i] = readNumber(spec, i);
    if (p < 0) throw valueError('Format specifier missing precision');
    fs.precision = p;
  }
  if (n - i > 1) throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (n - i === 1) fs.type = spec[i];
  if (fs.grouping !== '') {
    const t = fs.type;
    const ok = fs.grouping === ','
      ? 'deEfFgG%'.includes(t) || t === ''
      : 'deEfFgG%bxXo'.includes(t) || t === '';
    if (!ok || t === 'n' || t === 'c' || t === 's') throw valueError(`Cannot specify '${fs.grouping}' with '${t}'.`);
  }
  return fs;
}

/** Pad `s` (of `len` code points) to the spec's width with its fill and alignment. */
export function padField(s: string, len: number, fs: FormatSpec, defaultAlign: string): string {
  if (fs.width <= len) return s;
  const total = fs.width - len;
  const align = fs.align === '' ? defaultAlign : fs.align;
  let left = 0;
  if (align === '>') left = total;
  else if (align === '^') left = total >> 1;
  const fill = fs.fill;
  return fill.repeat(left) + s + fill.repeat(total - left);
}

/** str.__format__ (format_string_internal). */
export function formatStr(s: string, spec: string): string {
  if (spec === '') return s;
  const fs = parseFormatSpec(spec, 'str', 's');
  if (fs.type !== 's') throw valueError(`Unknown format code '${fs.type}' for object of type 'str'`);
  if (fs.sign === ' ') throw valueError('Space not allowed in string format specifier');
  if (fs.sign !== '') throw valueError('Sign not allowed in string format specifier');
  if (fs.z) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (fs.alt) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (fs.align === '=') {
    if (fs.zero && spec.indexOf('=') < 0) fs.align = '';
    else throw valueError("'=' alignment not allowed in string format specifier");
  }
  let len = cpLen(s);
  if (fs.precision >= 0 && len > fs.precision) { s = cpSlice(s, 0, fs.precision); len = fs.precision; }
  return padField(s, len, fs, '<');
}

// ---- str.format -------------------------------------------------------------------------

const enum Auto { INIT, AUTO, MANUAL }

interface FormatState {
  args: PyValue[];
  kwargs: PyValue | null;      // a mapping (format_map) or a dict of the keywords
  auto: Auto;
  next: number;
  isMap: boolean;
}

/**
 * Render a format string (build_string / MarkupIterator_next): literal text,
 * '{{' and '}}' escapes, and replacement fields parsed by parse_field, which
 * works on the rest of the whole string (so its errors are CPython's).
 */
function render(fmt: string, st: FormatState, depth: number): string {
  if (depth <= 0) throw valueError('Max string recursion exceeded');
  const out: string[] = [];
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    let j = i;
    while (j < n && fmt[j] !== '{' && fmt[j] !== '}') j++;
    if (j > i) out.push(fmt.slice(i, j));
    if (j >= n) break;
    const c = fmt[j];
    const atEnd = j + 1 >= n;
    if (c === '}' && (atEnd || fmt[j + 1] !== '}')) throw valueError("Single '}' encountered in format string");
    if (atEnd && c === '{') throw valueError("Single '{' encountered in format string");
    if (fmt[j + 1] === c) { out.push(c); i = j + 2; continue; }
    i = renderField(fmt, j + 1, st, depth, out);
  }
  return out.join('');
}

/** parse_field from position i (just after '{'), then render the field; returns the position after it. */
function renderField(s: string, i: number, st: FormatState, depth: number, out: string[]): number {
  const n = s.length;
  const nameStart = i;
  let c = '';
  while (i < n) {
    c = s[i++];
    if (c === '{') throw valueError("unexpected '{' in field name");
    if (c === '[') { while (i < n && s[i] !== ']') i++; c = ''; continue; }
    if (c === '}' || c === ':' || c === '!') break;
    c = '';
  }
  const name = s.slice(nameStart, c === '' ? i : i - 1);
  let conv = '';
  let spec = '';
  let expand = false;
  if (c === '!' || c === ':') {
    let done = false;
    if (c === '!') {
      if (i >= n) throw valueError('end of string while looking for conversion specifier');
      conv = String.fromCodePoint(s.codePointAt(i)!);
      i += conv.length;
      if (i < n) {
        const d = s[i++];
        if (d === '}') done = true;
        else if (d !== ':') throw valueError("expected ':' after conversion specifier");
      }
    }
    if (!done) {
      const specStart = i;
      let count = 1;
      for (;;) {
        if (i >= n) throw valueError("unmatched '{' in format spec");
        const d = s[i++];
        if (d === '{') { expand = true; count++; }
        else if (d === '}' && --count === 0) break;
      }
      spec = s.slice(specStart, i - 1);
    }
  } else if (c !== '}') {
    throw valueError("expected '}' before end of string");
  }
  let obj = getField(name, st);
  switch (conv) {
    case '': break;
    case 'r': obj = A.repr(obj); break;
    case 's': obj = A.str(obj); break;
    case 'a': obj = asciiOf(obj); break;
    default: {
      const code = conv.codePointAt(0)!;
      throw valueError(code > 32 && code < 127 ? `Unknown conversion specifier ${conv}` : `Unknown conversion specifier \\x${code.toString(16)}`);
    }
  }
  if (expand) spec = render(spec, st, depth - 1);
  out.push(typeof obj === 'string' && spec === '' ? obj : formatBuiltin(obj, spec));
  return i;
}

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c < 0x30 || c > 0x39) return false; }
  return true;
}

function toIndex(s: string): number {
  const v = Number(s);
  if (s.length > 18 || !Number.isSafeInteger(v)) throw valueError('Too many decimal digits in format string');
  return v;
}

/** The object a field name designates (get_field_object plus FieldNameIterator). */
function getField(name: string, st: FormatState): PyValue {
  let k = 0;
  while (k < name.length && name[k] !== '.' && name[k] !== '[') k++;
  const first = name.slice(0, k);
  let obj: PyValue;
  if (first === '' || isDigits(first)) {
    let idx: number;
    if (first === '') {
      if (st.auto === Auto.MANUAL) throw valueError('cannot switch from manual field specification to automatic field numbering');
      st.auto = Auto.AUTO;
      idx = st.next++;
    } else {
      if (st.auto === Auto.AUTO) throw valueError('cannot switch from automatic field numbering to manual field specification');
      st.auto = Auto.MANUAL;
      idx = toIndex(first);
    }
    if (st.isMap) throw valueError('Format string contains positional fields');
    if (idx >= st.args.length) throw indexError(`Replacement index ${idx} out of range for positional args tuple`);
    obj = st.args[idx];
  } else {
    if (st.kwargs === null) throw keyError(first);
    obj = A.getItem(st.kwargs, first);
  }
  // .attr and [key] parts
  while (k < name.length) {
    const c = name[k];
    if (c === '.') {
      let e = k + 1;
      while (e < name.length && name[e] !== '.' && name[e] !== '[') e++;
      const attr = name.slice(k + 1, e);
      if (attr === '') throw valueError('Empty attribute in format string');
      obj = A.getAttr(obj, attr);
      k = e;
    } else if (c === '[') {
      const e = name.indexOf(']', k + 1);
      if (e < 0) throw valueError("Missing ']' in format string");
      const key = name.slice(k + 1, e);
      if (key === '') throw valueError('Empty attribute in format string');
      obj = A.getItem(obj, isDigits(key) ? toIndex(key) : key);
      k = e + 1;
      if (k < name.length && name[k] !== '.' && name[k] !== '[') {
        throw valueError("Only '.' or '[' may follow ']' in format field specifier");
      }
    } else {
      throw valueError("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

function noMarkup(self: PyValue, a: string, b: string): boolean {
  const s = sv(self);
  return typeof self !== 'string' && s.indexOf(a) < 0 && s.indexOf(b) < 0;
}

/** str.format(*args, **kwargs) on a JS string. */
export function strFormat(fmt: string, args: PyValue[], kwargs: [string, PyValue][]): string {
  const kw = kwargs.length > 0 ? kwDict(kwargs) : null;
  return render(fmt, { args, kwargs: kw, auto: Auto.INIT, next: 0, isMap: false }, 2);
}

import { PyDict } from './dict.js';
function kwDict(kwargs: [string, PyValue][]): PyDict {
  const d = new PyDict();
  for (const [k, v] of kwargs) d.setStr(k, v);
  return d;
}

defineMethods(StrType, {
  // A format with no fields returns self itself, subclass and all (CPython's
  // _PyUnicodeWriter hands back a str written whole): so do these three.
  'format($self, /, *args, **kwargs)': (self, args: PyValue[], kwargs: [string, PyValue][]) => {
    const kw = kwargs.length > 0 ? kwDict(kwargs) : null;
    const r = render(sv(self), { args, kwargs: kw, auto: Auto.INIT, next: 0, isMap: false }, 2);
    return noMarkup(self, '{', '}') ? self : r;
  },
  'format_map($self, mapping, /)': (self, m: PyValue) => {
    const r = render(sv(self), { args: [], kwargs: m, auto: Auto.INIT, next: 0, isMap: true }, 2);
    return noMarkup(self, '{', '}') ? self : r;
  },
  '__format__($self, format_spec, /)': (self, spec: PyValue) => {
    const f = strArg(spec, '__format__() argument must be str');
    // An empty spec means str(self), which a subclass may override (format_obj).
    if (f === '' && typeof self !== 'string') return A.str(self);
    return formatStr(sv(self), f);
  },
  '__mod__($self, value, /)': (self, v: PyValue) => {
    const r = strPrintf(sv(self), v);
    return noMarkup(self, '%', '%') ? self : r;
  },
  // unicode_mod(value, self): only a str on the left formats.
  '__rmod__($self, value, /)': (self, v: PyValue) => {
    const f = strOpt(v);
    return f === undefined ? NotImplemented : strPrintf(f, self);
  },
});

// BINARY_OP's helper formats `str % x` directly (abstract.ts binaryOp).
A.setStrMod(strPrintf);
