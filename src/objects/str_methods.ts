// str's named methods (Objects/unicodeobject.c and Objects/stringlib/),
// in the order of CPython's method table.  Positions and lengths count code
// points (see str_core.ts); the common no-surrogate-pair case works on the
// JS string directly.

import { None, StrType, typeOf, type PyValue } from './object.js';
import { defineMethods } from './methods.js';
import { firstArg } from './seq_util.js';
import * as A from './abstract.js';
import { typeError, valueError, LookupErrorType } from './exceptions.js';
import { PyBaseException } from './exceptions.js';
import { PyTuple, newTuple } from './tuple.js';
import { PyList } from './list.js';
import { PyDict } from './dict.js';
import { PyBuiltinFunction } from './methods.js';
import {
  sv, strOpt, strArg, ssizeArg, sliceIndexArg, adjustIndices, repeatStr,
} from './str.js';
import { cpIndex, cpLen, cpOffset, codePoints, chr, isAsciiStr } from './str_core.js';
import {
  ctype, lowerOf, upperOf, titleOf, foldOf, C_ALPHA, C_ALNUM, C_CASED, C_CASE_IGNORABLE, C_DECIMAL,
  C_DIGIT, C_LOWER, C_NUMERIC, C_PRINTABLE, C_SPACE, C_TITLE, C_UPPER, C_XID_CONTINUE, C_XID_START,
} from './str_ctype.js';
import { encodeStr } from './codecs.js';
import { PyBytes } from './bytes.js';

// ---- whitespace and line breaks ------------------------------------------------------

/** Py_UNICODE_ISSPACE. */
export function isSpaceCp(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  return (ctype(c) & C_SPACE) !== 0;
}

/** Py_UNICODE_ISLINEBREAK. */
function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x1c || c === 0x1d || c === 0x1e ||
    c === 0x85 || c === 0x2028 || c === 0x2029;
}

// ---- case mapping --------------------------------------------------------------------

type Mapper = (cp: number) => number | string;

function push(out: string[], m: number | string): void {
  out.push(typeof m === 'number' ? chr(m) : m);
}

/** unicodeobject.c handle_capital_sigma: final or medial sigma at position i. */
function sigma(cps: number[], i: number): number {
  let j = i - 1;
  while (j >= 0 && (ctype(cps[j]) & C_CASE_IGNORABLE)) j--;
  let final = j >= 0 && (ctype(cps[j]) & C_CASED) !== 0;
  if (final) {
    j = i + 1;
    while (j < cps.length && (ctype(cps[j]) & C_CASE_IGNORABLE)) j++;
    final = j === cps.length || (ctype(cps[j]) & C_CASED) === 0;
  }
  return final ? 0x3c2 : 0x3c3;
}

/** lower_ucs4: lowercase, with the Greek final sigma rule. */
function lowerAt(cps: number[], i: number): number | string {
  const c = cps[i];
  return c === 0x3a3 ? sigma(cps, i) : lowerOf(c);
}

function mapAll(s: string, f: Mapper): string {
  const out: string[] = [];
  for (const c of codePoints(s)) push(out, f(c));
  return out.join('');
}

function lower(s: string): string {
  if (isAsciiStr(s)) return s.toLowerCase();
  const cps = codePoints(s);
  const out: string[] = [];
  for (let i = 0; i < cps.length; i++) push(out, lowerAt(cps, i));
  return out.join('');
}

function upper(s: string): string {
  return isAsciiStr(s) ? s.toUpperCase() : mapAll(s, upperOf);
}

function capitalize(s: string): string {
  if (s.length === 0) return s;
  const cps = codePoints(s);
  const out: string[] = [];
  push(out, titleOf(cps[0]));
  for (let i = 1; i < cps.length; i++) push(out, lowerAt(cps, i));
  return out.join('');
}

function title(s: string): string {
  const cps = codePoints(s);
  const out: string[] = [];
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    push(out, prevCased ? lowerAt(cps, i) : titleOf(c));
    prevCased = (ctype(c) & C_CASED) !== 0;
  }
  return out.join('');
}

function swapcase(s: string): string {
  const cps = codePoints(s);
  const out: string[] = [];
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i], f = ctype(c);
    if (f & C_UPPER) push(out, lowerAt(cps, i));
    else if (f & C_LOWER) push(out, upperOf(c));
    else out.push(chr(c));
  }
  return out.join('');
}

// ---- predicates ------------------------------------------------------------------------

/** True if s is non-empty and every code point has one of `flags`. */
function all(s: string, flags: number): boolean {
  if (s.length === 0) return false;
  for (const c of codePoints(s)) if ((ctype(c) & flags) === 0) return false;
  return true;
}

function islower(s: string): boolean {
  let cased = false;
  for (const c of codePoints(s)) {
    const f = ctype(c);
    if (f & (C_UPPER | C_TITLE)) return false;
    if (f & C_LOWER) cased = true;
  }
  return cased;
}

function isupper(s: string): boolean {
  let cased = false;
  for (const c of codePoints(s)) {
    const f = ctype(c);
    if (f & (C_LOWER | C_TITLE)) return false;
    if (f & C_UPPER) cased = true;
  }
  return cased;
}

function istitle(s: string): boolean {
  let cased = false, prev = false;
  for (const c of codePoints(s)) {
    const f = ctype(c);
    if (f & (C_UPPER | C_TITLE)) {
      if (prev) return false;
      prev = cased = true;
    } else if (f & C_LOWER) {
      if (!prev) return false;
      prev = cased = true;
    } else prev = false;
  }
  return cased;
}

function isidentifier(s: string): boolean {
  if (s.length === 0) return false;
  const cps = codePoints(s);
  if (cps[0] !== 0x5f && !(ctype(cps[0]) & C_XID_START)) return false;
  for (let i = 1; i < cps.length; i++) if (!(ctype(cps[i]) & C_XID_CONTINUE)) return false;
  return true;
}

// ---- searching -------------------------------------------------------------------------

/** [start, end) in code units for code point arguments (after ADJUST_INDICES), and the cp length. */
interface Range { s: string; start: number; end: number; ustart: number; uend: number }

function range(self: PyValue, start: PyValue | undefined, end: PyValue | undefined): Range {
  const s = sv(self);
  const ix = cpIndex(s);
  const n = ix === null ? s.length : ix.length - 1;
  const [a, b] = adjustIndices(sliceIndexArg(start, 0), sliceIndexArg(end, BIG), n);
  if (ix === null) return { s, start: a, end: b, ustart: a, uend: b };
  return { s, start: a, end: b, ustart: a <= n ? ix[a] : s.length + (a - n), uend: b >= 0 && b <= n ? ix[b] : s.length };
}

const BIG = Number.MAX_SAFE_INTEGER;

/** Code unit offset -> code point offset in s. */
function toCp(s: string, u: number): number {
  return cpOffset(cpIndex(s), u);
}

/** find/rfind core: code point index or -1. */
function findIn(self: PyValue, subv: PyValue, start: PyValue | undefined, end: PyValue | undefined, reverse: boolean): number {
  const sub = strArg(subv, 'must be str');
  const r = range(self, start, end);
  if (r.end - r.start < cpLen(sub)) return -1;
  let u: number;
  if (reverse) {
    u = r.s.lastIndexOf(sub, r.uend - sub.length);
    if (u < r.ustart) return -1;
  } else {
    u = r.s.indexOf(sub, r.ustart);
    if (u < 0 || u + sub.length > r.uend) return -1;
  }
  return toCp(r.s, u);
}

function count(self: PyValue, subv: PyValue, start: PyValue | undefined, end: PyValue | undefined): number {
  const sub = strArg(subv, 'must be str');
  const r = range(self, start, end);
  if (r.end - r.start < cpLen(sub)) return 0;
  if (sub.length === 0) return r.end - r.start + 1;
  let n = 0;
  for (let u = r.s.indexOf(sub, r.ustart); u >= 0 && u + sub.length <= r.uend; u = r.s.indexOf(sub, u + sub.length)) n++;
  return n;
}

/** startswith/endswith: str or tuple of str, in s[start:end] (tailmatch). */
function tailmatch(self: PyValue, what: PyValue, start: PyValue | undefined, end: PyValue | undefined, name: string, atEnd: boolean): boolean {
  const test = (sub: string): boolean => {
    const r = range(self, start, end);
    const sl = cpLen(sub);
    if (r.start > cpLen(r.s)) return false;
    if (r.end - r.start < sl) return false;
    if (atEnd) return r.s.startsWith(sub, r.uend - sub.length);
    return r.s.startsWith(sub, r.ustart);
  };
  if (what instanceof PyTuple) {
    for (const x of what.items) {
      const sub = strOpt(x);
      if (sub === undefined) throw typeError(`tuple for ${name} must only contain str, not ${typeOf(x).name}`);
      if (test(sub)) return true;
    }
    return false;
  }
  const sub = strOpt(what);
  if (sub === undefined) throw typeError(`${name} first arg must be str or a tuple of str, not ${typeOf(what).name}`);
  return test(sub);
}

// ---- splitting and stripping ------------------------------------------------------------

// Whitespace is all in the BMP and surrogates are not whitespace, so the
// whitespace splitters can walk code units even in strings with pairs.

/** Split on runs of whitespace (split_whitespace), at most maxsplit times. */
function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (maxsplit-- > 0) {
    while (i < n && isSpaceCp(s.charCodeAt(i))) i++;
    if (i === n) return out;
    const j = i;
    while (i < n && !isSpaceCp(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  while (i < n && isSpaceCp(s.charCodeAt(i))) i++;
  if (i < n) out.push(s.slice(i));
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length - 1;
  while (maxsplit-- > 0) {
    while (i >= 0 && isSpaceCp(s.charCodeAt(i))) i--;
    if (i < 0) return out.reverse();
    const j = i;
    while (i >= 0 && !isSpaceCp(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  while (i >= 0 && isSpaceCp(s.charCodeAt(i))) i--;
  if (i >= 0) out.push(s.slice(0, i + 1));
  return out.reverse();
}

function splitArgs(sep: PyValue | undefined, maxsplit: PyValue | undefined): [string | null, number] {
  let m = maxsplit === undefined ? -1 : ssizeArg(maxsplit);
  if (m < 0) m = BIG;
  if (sep === undefined || sep === None) return [null, m];
  const s = strArg(sep, 'must be str or None');
  if (s.length === 0) throw valueError('empty separator');
  return [s, m];
}

function split(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (maxsplit-- > 0) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

function rsplit(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = [];
  let end = s.length;
  while (maxsplit-- > 0) {
    const j = end - sep.length < 0 ? -1 : s.lastIndexOf(sep, end - sep.length);
    if (j < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

function strList(items: string[]): PyList {
  return new PyList(items);
}

function hasUnit(s: string, c: number): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) === c) return true;
  return false;
}

/** strip/lstrip/rstrip (do_strip, do_argstrip): which: 1 left, 2 right, 3 both. */
function strip(self: PyValue, chars: PyValue | undefined, which: number): string {
  const s = sv(self);
  if (chars === undefined || chars === None) {
    // Whitespace is BMP and never a surrogate: code units will do.
    let i = 0, j = s.length;
    if (which & 1) while (i < j && isSpaceCp(s.charCodeAt(i))) i++;
    if (which & 2) while (j > i && isSpaceCp(s.charCodeAt(j - 1))) j--;
    return i === 0 && j === s.length ? s : s.slice(i, j);
  }
  const cs = strOpt(chars);
  if (cs === undefined) throw typeError('strip arg must be None or str');
  if (cpIndex(s) === null && cpIndex(cs) === null) {
    // No surrogate pairs on either side: code unit = code point, and a
    // membership test in `cs` needs no set.
    let i = 0, j = s.length;
    if (which & 1) while (i < j && hasUnit(cs, s.charCodeAt(i))) i++;
    if (which & 2) while (j > i && hasUnit(cs, s.charCodeAt(j - 1))) j--;
    return i === 0 && j === s.length ? s : s.slice(i, j);
  }
  const set = new Set(codePoints(cs));
  const isStripped = (c: number): boolean => set.has(c);
  const cps = codePoints(s);
  let i = 0, j = cps.length;
  if (which & 1) while (i < j && isStripped(cps[i])) i++;
  if (which & 2) while (j > i && isStripped(cps[j - 1])) j--;
  return String.fromCodePoint(...cps.slice(i, j));
}

function splitlines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    let j = i;
    while (j < n && !isLineBreak(s.charCodeAt(j))) j++;
    let eol = j;
    if (j < n) {
      eol = j + (s.charCodeAt(j) === 0x0d && j + 1 < n && s.charCodeAt(j + 1) === 0x0a ? 2 : 1);
    }
    out.push(s.slice(i, keepends ? eol : j));
    i = eol;
  }
  return out;
}

// ---- padding ----------------------------------------------------------------------------

function fillArg(fill: PyValue | undefined, name: string): string {
  if (fill === undefined) return ' ';
  const f = strOpt(fill);
  if (f === undefined) throw typeError(`The fill character must be a unicode character, not ${typeOf(fill).name}`);
  if (cpLen(f) !== 1) throw typeError('The fill character must be exactly one character long');
  void name;
  return f;
}

/** pad(): `left` and `right` fill characters around s (keeping an exact str when unchanged). */
function pad(self: PyValue, left: number, right: number, fill: string): PyValue {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  const s = sv(self);
  if (left === 0 && right === 0) return s;
  return repeatStr(fill, left) + s + repeatStr(fill, right);
}

// ---- translate / maketrans ----------------------------------------------------------------

function translate(s: string, table: PyValue): string {
  const out: string[] = [];
  const memo = new Map<number, string | null>();
  for (const c of codePoints(s)) {
    let r = memo.get(c);
    if (r === undefined) {
      let v: PyValue;
      try {
        v = A.getItem(table, c);
      } catch (e) {
        if (e instanceof PyBaseException && e.cls.isSubtype(LookupErrorType)) { memo.set(c, chr(c)); out.push(chr(c)); continue; }
        throw e;
      }
      if (v === None) r = null;
      else if ((typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint' || typeof v === 'boolean') {
        const n = Number(v);
        if (n < 0 || n > 0x10ffff) throw valueError('character mapping must be in range(0x110000)');
        r = chr(n);
      } else {
        const t = strOpt(v);
        if (t === undefined) {
          if (A.indexOpt(v) !== undefined) { // an int subclass
            const n = Number(A.index(v));
            if (n < 0 || n > 0x10ffff) throw valueError('character mapping must be in range(0x110000)');
            r = chr(n);
          } else throw typeError('character mapping must return integer, None or str');
        } else r = t;
      }
      memo.set(c, r);
    }
    if (r !== null) out.push(r);
  }
  return out.join('');
}

function maketrans(x: PyValue, y: PyValue | undefined, z: PyValue | undefined): PyValue {
  const d = new PyDict();
  if (y === undefined) {
    if (!(x instanceof PyDict)) throw typeError('if you give only one argument to maketrans it must be a dict');
    for (const [k, v] of x.entries()) {
      const ks = strOpt(k);
      if (ks !== undefined) {
        if (cpLen(ks) !== 1) throw valueError('string keys in translate table must be of length 1');
        d.set(codePoints(ks)[0], v);
      } else if ((typeof k === 'number' && Number.isInteger(k)) || typeof k === 'bigint' || typeof k === 'boolean') {
        d.set(typeof k === 'boolean' ? (k ? 1 : 0) : k, v);
      } else throw typeError('keys in translate table must be strings or integers');
    }
    return d;
  }
  // Clinic converts y and z (typed str) before the body looks at x.
  const ys = strArg(y, 'maketrans() argument 2 must be str');
  if (z !== undefined) strArg(z, 'maketrans() argument 3 must be str');
  const xs = strOpt(x);
  if (xs === undefined) throw typeError('first maketrans argument must be a string if there is a second argument');
  const a = codePoints(xs), b = codePoints(ys);
  if (a.length !== b.length) throw valueError('the first two maketrans arguments must have equal length');
  for (let i = 0; i < a.length; i++) d.set(a[i], b[i]);
  if (z !== undefined) {
    for (const c of codePoints(strArg(z, 'maketrans() argument 3 must be str'))) d.set(c, None);
  }
  return d;
}

// ---- the method table ---------------------------------------------------------------------

function replace(s: string, old: string, rep: string, count: number): string {
  if (count < 0) count = BIG;
  if (count === 0) return s;
  if (old.length === 0) {
    const cps = cpIndex(s);
    const n = cps === null ? s.length : cps.length - 1;
    const parts: string[] = [];
    let k = 0;
    for (let i = 0; i <= n; i++) {
      if (k < count) { parts.push(rep); k++; }
      if (i < n) parts.push(cps === null ? s[i] : s.slice(cps[i], cps[i + 1]));
    }
    return parts.join('');
  }
  if (count >= BIG) {
    // replaceAll's replacement string gives `$` a meaning: only without one.
    if (rep.indexOf('$') < 0) return s.replaceAll(old, rep);
    return s.split(old).join(rep);
  }
  const parts: string[] = [];
  let i = 0;
  while (count-- > 0) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    parts.push(s.slice(i, j), rep);
    i = j + old.length;
  }
  parts.push(s.slice(i));
  return parts.join('');
}

function expandtabs(s: string, tabsize: number): string {
  const out: string[] = [];
  let col = 0;
  for (const c of codePoints(s)) {
    if (c === 0x09) {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out.push(' '.repeat(n));
        col += n;
      }
    } else {
      out.push(chr(c));
      col++;
      if (c === 0x0a || c === 0x0d) col = 0;
    }
  }
  return out.join('');
}

function join(sepv: PyValue, iterable: PyValue): string {
  const sep = sv(sepv);
  let items: PyValue[];
  if (typeof iterable === 'object' && (iterable instanceof PyList || iterable instanceof PyTuple)) items = iterable.items;
  else {
    const t = typeOf(iterable);
    if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) throw typeError('can only join an iterable');
    items = A.toArray(iterable);
  }
  const parts: string[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (typeof x === 'string') { parts[i] = x; continue; }
    const t = strOpt(x);
    if (t === undefined) throw typeError(`sequence item ${i}: expected str instance, ${typeOf(x).name} found`);
    parts[i] = t;
  }
  return parts.join(sep);
}

function partition(self: PyValue, sepv: PyValue, reverse: boolean): PyValue {
  const s = sv(self);
  const sep = strArg(sepv, 'must be str');
  if (sep.length === 0) throw valueError('empty separator');
  const i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
  if (i < 0) return reverse ? newTuple(['', '', s]) : newTuple([s, '', '']);
  return newTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
}

function zfill(s: string, width: number): string {
  const n = cpLen(s);
  if (width <= n) return s;
  const fill = width - n;
  const z = '0'.repeat(fill);
  if (s.length > 0 && (s[0] === '+' || s[0] === '-')) return s[0] + z + s.slice(1);
  return z + s;
}

function encodingArg(v: PyValue | undefined, name: string, dflt: string): string {
  if (v === undefined) return dflt;
  return strArg(v, `encode() argument '${name}' must be str`);
}

defineMethods(StrType, {
  'encode($self, /, encoding="utf-8", errors="strict")': (self, enc, err) =>
    new PyBytes(encodeStr(sv(self), encodingArg(enc, 'encoding', 'utf-8'), encodingArg(err, 'errors', 'strict'))),
  'replace($self, old, new, count=-1, /)': (self, o: PyValue, n: PyValue, c: PyValue | undefined) =>
    replace(sv(self), strArg(o, 'replace() argument 1 must be str'), strArg(n, 'replace() argument 2 must be str'), c === undefined ? -1 : ssizeArg(c)),
  'split($self, /, sep=None, maxsplit=-1)': (self, sep, m) => {
    const [s, n] = splitArgs(sep, m);
    return strList(s === null ? splitWhitespace(sv(self), n) : split(sv(self), s, n));
  },
  'rsplit($self, /, sep=None, maxsplit=-1)': (self, sep, m) => {
    const [s, n] = splitArgs(sep, m);
    return strList(s === null ? rsplitWhitespace(sv(self), n) : rsplit(sv(self), s, n));
  },
  'join($self, iterable, /)': (self, it: PyValue) => join(self, it),
  'capitalize($self, /)': (self) => capitalize(sv(self)),
  'casefold($self, /)': (self) => { const s = sv(self); return isAsciiStr(s) ? s.toLowerCase() : mapAll(s, foldOf); },
  'title($self, /)': (self) => title(sv(self)),
  'center($self, width, fillchar=" ", /)': (self, w: PyValue, f: PyValue | undefined) => {
    const fill = fillArg(f, 'center');
    const width = ssizeArg(w);
    const n = cpLen(sv(self));
    if (width <= n) return sv(self);
    const marg = width - n;
    const left = Math.floor(marg / 2) + (marg & width & 1);
    return pad(self, left, marg - left, fill);
  },
  'count($self, sub=None, start=None, end=None, /)': (self, sub, a, b) => count(self, firstArg(sub, 'count'), a, b),
  'expandtabs($self, /, tabsize=8)': (self, t) => expandtabs(sv(self), t === undefined ? 8 : ssizeArg(t)),
  'find($self, sub=None, start=None, end=None, /)': (self, sub, a, b) => findIn(self, firstArg(sub, 'find'), a, b, false),
  'partition($self, sep, /)': (self, sep: PyValue) => partition(self, sep, false),
  'index($self, sub=None, start=None, end=None, /)': (self, sub, a, b) => {
    const r = findIn(self, firstArg(sub, 'index'), a, b, false);
    if (r < 0) throw valueError('substring not found');
    return r;
  },
  'ljust($self, width, fillchar=" ", /)': (self, w: PyValue, f: PyValue | undefined) => {
    const fill = fillArg(f, 'ljust');
    return pad(self, 0, ssizeArg(w) - cpLen(sv(self)), fill);
  },
  'lower($self, /)': (self) => lower(sv(self)),
  'lstrip($self, chars=None, /)': (self, c) => strip(self, c, 1),
  'rfind($self, sub=None, start=None, end=None, /)': (self, sub, a, b) => findIn(self, firstArg(sub, 'rfind'), a, b, true),
  'rindex($self, sub=None, start=None, end=None, /)': (self, sub, a, b) => {
    const r = findIn(self, firstArg(sub, 'rindex'), a, b, true);
    if (r < 0) throw valueError('substring not found');
    return r;
  },
  'rjust($self, width, fillchar=" ", /)': (self, w: PyValue, f: PyValue | undefined) => {
    const fill = fillArg(f, 'rjust');
    return pad(self, ssizeArg(w) - cpLen(sv(self)), 0, fill);
  },
  'rstrip($self, chars=None, /)': (self, c) => strip(self, c, 2),
  'rpartition($self, sep, /)': (self, sep: PyValue) => partition(self, sep, true),
  'splitlines($self, /, keepends=False)': (self, k) => strList(splitlines(sv(self), k === undefined ? false : intFlag(k))),
  'strip($self, chars=None, /)': (self, c) => strip(self, c, 3),
  'swapcase($self, /)': (self) => swapcase(sv(self)),
  'translate($self, table, /)': (self, t: PyValue) => translate(sv(self), t),
  'upper($self, /)': (self) => upper(sv(self)),
  'startswith($self, prefix=None, start=None, end=None, /)': (self, p, a, b) => tailmatch(self, firstArg(p, 'startswith'), a, b, 'startswith', false),
  'endswith($self, suffix=None, start=None, end=None, /)': (self, p, a, b) => tailmatch(self, firstArg(p, 'endswith'), a, b, 'endswith', true),
  'removeprefix($self, prefix, /)': (self, p: PyValue) => {
    const s = sv(self), x = strArg(p, 'removeprefix() argument must be str');
    return x.length && s.startsWith(x) ? s.slice(x.length) : s;
  },
  'removesuffix($self, suffix, /)': (self, p: PyValue) => {
    const s = sv(self), x = strArg(p, 'removesuffix() argument must be str');
    return x.length && s.endsWith(x) ? s.slice(0, s.length - x.length) : s;
  },
  'isascii($self, /)': (self) => isAsciiStr(sv(self)),
  'islower($self, /)': (self) => islower(sv(self)),
  'isupper($self, /)': (self) => isupper(sv(self)),
  'istitle($self, /)': (self) => istitle(sv(self)),
  'isspace($self, /)': (self) => all(sv(self), C_SPACE),
  'isdecimal($self, /)': (self) => all(sv(self), C_DECIMAL),
  'isdigit($self, /)': (self) => all(sv(self), C_DIGIT),
  'isnumeric($self, /)': (self) => all(sv(self), C_NUMERIC),
  'isalpha($self, /)': (self) => all(sv(self), C_ALPHA),
  'isalnum($self, /)': (self) => all(sv(self), C_ALNUM),
  'isidentifier($self, /)': (self) => isidentifier(sv(self)),
  'isprintable($self, /)': (self) => { const s = sv(self); return s.length === 0 || all(s, C_PRINTABLE); },
  'zfill($self, width, /)': (self, w: PyValue) => zfill(sv(self), ssizeArg(w)),
});

/** clinic's `int` converter for flags (splitlines' keepends). */
function intFlag(v: PyValue): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return v !== 0;
  if (typeof v !== 'string' && typeOf(v).name === 'float') throw typeError("'float' object cannot be interpreted as an integer");
  const i = A.indexOpt(v);
  if (i === undefined) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return i !== 0 && i !== 0n;
}

// str.maketrans is a static method: a builtin function in the namespace binds to nothing.
const MAKETRANS_SIG = 'maketrans(x, y=None, z=None, /)';
import { builtinFunction } from './methods.js';
const mt = builtinFunction(MAKETRANS_SIG, (x: PyValue, y: PyValue | undefined, z: PyValue | undefined) => maketrans(x, y, z));
StrType.dict.set('maketrans', new PyBuiltinFunction('maketrans', mt.fn, undefined, 'str.maketrans'));

export { lower, upper, splitlines, isLineBreak };
