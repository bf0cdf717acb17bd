// bytes and bytearray methods (Objects/bytesobject.c, bytearrayobject.c and
// the shared Objects/bytes_methods.c / stringlib).  One implementation works
// on a Uint8Array view for both types; results are bytes for bytes methods
// and bytearray for bytearray methods.  bytearray's mutation methods are in
// bytearray_methods.ts.

import { NotImplemented, None, PyObject, PyType, TF_HAS_DICT, Attrs, typeOf, makeBuiltinType, type PyValue } from './object.js';
import { defineMethods, defineClassMethods, builtinFunction, PyBuiltinFunction, Signature } from './methods.js';
import { firstArg } from './seq_util.js';
import * as A from './abstract.js';
import { indexError, memoryError, overflowError, typeError, valueError } from './exceptions.js';
import { PyBytes, PyByteArray, BytesType, ByteArrayType } from './bytes.js';
import { PySlice, sliceIndices } from './slice.js';
import { PyTuple, newTuple } from './tuple.js';
import { PyList } from './list.js';
import { bytesRepr } from './repr.js';
import { bytesLike, decodeBytes, encodeStr } from './codecs.js';
import { strOpt, ssizeArg, sliceIndexArg, adjustIndices } from './str.js';
import { bytesPrintf } from './str_printf.js';

// ---- values ---------------------------------------------------------------------------

type B = PyBytes | PyByteArray;

/** The bytes of self (a view: copy before storing). */
export function bv(self: PyValue): Uint8Array {
  if (self instanceof PyBytes) return self.data;
  const b = self as PyByteArray;
  return b.data.subarray(0, b.length);
}

function isBA(self: PyValue): boolean {
  return self instanceof PyByteArray;
}

/** A new result of self's flavour (bytes or bytearray; never a subclass). */
function mk(self: PyValue, data: Uint8Array): PyValue {
  return isBA(self) ? new PyByteArray(data) : new PyBytes(data);
}

/** A bytes-like argument, else "a bytes-like object is required, not 'str'". */
export function bufArg(v: PyValue): Uint8Array {
  const b = bytesLike(v);
  if (b === undefined) throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
  return b;
}

/** A byte value 0..255 from an int-like. */
function byteArg(v: PyValue): number {
  const i = A.indexOpt(v);
  if (i === undefined) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  if (typeof i === 'bigint' || i < 0 || i > 255) throw valueError('byte must be in range(0, 256)');
  return i;
}

/** Sub argument of find/count/index: bytes-like or an int byte. */
function subArg(v: PyValue): Uint8Array {
  const b = bytesLike(v);
  if (b !== undefined) return b;
  const i = A.indexOpt(v);
  if (i === undefined) throw typeError(`argument should be integer or bytes-like object, not '${typeOf(v).name}'`);
  if (typeof i === 'bigint' || i < 0 || i > 255) throw valueError('byte must be in range(0, 256)');
  return Uint8Array.of(i);
}

const ASCII_SPACE = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);
const isLowerB = (c: number) => c >= 0x61 && c <= 0x7a;
const isUpperB = (c: number) => c >= 0x41 && c <= 0x5a;
const isDigitB = (c: number) => c >= 0x30 && c <= 0x39;
const isAlphaB = (c: number) => isLowerB(c) || isUpperB(c);

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 4096) s += String.fromCharCode(...b.subarray(i, i + 4096));
  return s;
}

function concat(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let k = 0;
  for (const p of parts) { out.set(p, k); k += p.length; }
  return out;
}

// ---- searching ------------------------------------------------------------------------

/** First index of needle in hay[start, end), or -1. */
export function bytesFind(hay: Uint8Array, needle: Uint8Array, start: number, end: number): number {
  const m = needle.length;
  if (m === 0) return start <= end ? start : -1;
  const first = needle[0];
  for (let i = hay.indexOf(first, start); i >= 0 && i + m <= end; i = hay.indexOf(first, i + 1)) {
    let k = 1;
    while (k < m && hay[i + k] === needle[k]) k++;
    if (k === m) return i;
  }
  return -1;
}

function bytesRFind(hay: Uint8Array, needle: Uint8Array, start: number, end: number): number {
  const m = needle.length;
  for (let i = end - m; i >= start; i--) {
    let k = 0;
    while (k < m && hay[i + k] === needle[k]) k++;
    if (k === m) return i;
  }
  return -1;
}

function findImpl(self: PyValue, sub: PyValue, s: PyValue | undefined, e: PyValue | undefined, rev: boolean): number {
  const d = bv(self);
  const nd = subArg(sub);
  const [a, b] = adjustIndices(sliceIndexArg(s, 0), sliceIndexArg(e, Number.MAX_SAFE_INTEGER), d.length);
  if (b - a < nd.length) return -1;
  return rev ? bytesRFind(d, nd, a, b) : bytesFind(d, nd, a, b);
}

function countImpl(self: PyValue, sub: PyValue, s: PyValue | undefined, e: PyValue | undefined): number {
  const d = bv(self);
  const nd = subArg(sub);
  const [a, b] = adjustIndices(sliceIndexArg(s, 0), sliceIndexArg(e, Number.MAX_SAFE_INTEGER), d.length);
  if (b - a < nd.length) return 0;
  if (nd.length === 0) return b - a + 1;
  let n = 0;
  for (let i = bytesFind(d, nd, a, b); i >= 0; i = bytesFind(d, nd, i + nd.length, b)) n++;
  return n;
}

function tailmatch(self: PyValue, what: PyValue, s: PyValue | undefined, e: PyValue | undefined, name: string, atEnd: boolean): boolean {
  const d = bv(self);
  const test = (sub: Uint8Array): boolean => {
    let [a, b] = adjustIndices(sliceIndexArg(s, 0), sliceIndexArg(e, Number.MAX_SAFE_INTEGER), d.length);
    if (a > d.length) return false;
    if (b - a < sub.length) return false;
    const at = atEnd ? b - sub.length : a;
    for (let k = 0; k < sub.length; k++) if (d[at + k] !== sub[k]) return false;
    void b;
    return true;
  };
  if (what instanceof PyTuple) {
    for (const x of what.items) if (test(bufArg(x))) return true;
    return false;
  }
  const sub = bytesLike(what);
  if (sub === undefined) throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeOf(what).name}`);
  return test(sub);
}

// ---- splitting / stripping ----------------------------------------------------------------

function splitImpl(self: PyValue, sepv: PyValue | undefined, maxv: PyValue | undefined, rev: boolean): PyValue {
  const d = bv(self);
  let max = maxv === undefined ? -1 : ssizeArg(maxv);
  if (max < 0) max = Number.MAX_SAFE_INTEGER;
  const out: Uint8Array[] = [];
  if (sepv === undefined || sepv === None) {
    if (!rev) {
      let i = 0;
      const n = d.length;
      while (max-- > 0) {
        while (i < n && ASCII_SPACE(d[i])) i++;
        if (i === n) break;
        const j = i;
        while (i < n && !ASCII_SPACE(d[i])) i++;
        out.push(d.slice(j, i));
      }
      while (i < n && ASCII_SPACE(d[i])) i++;
      if (i < n && max < 0) out.push(d.slice(i));
    } else {
      let i = d.length - 1;
      while (max-- > 0) {
        while (i >= 0 && ASCII_SPACE(d[i])) i--;
        if (i < 0) break;
        const j = i;
        while (i >= 0 && !ASCII_SPACE(d[i])) i--;
        out.push(d.slice(i + 1, j + 1));
      }
      while (i >= 0 && ASCII_SPACE(d[i])) i--;
      if (i >= 0 && max < 0) out.push(d.slice(0, i + 1));
      out.reverse();
    }
  } else {
    const sep = bufArg(sepv);
    if (sep.length === 0) throw valueError('empty separator');
    if (!rev) {
      let i = 0;
      while (max-- > 0) {
        const j = bytesFind(d, sep, i, d.length);
        if (j < 0) break;
        out.push(d.slice(i, j));
        i = j + sep.length;
      }
      out.push(d.slice(i));
    } else {
      let end = d.length;
      while (max-- > 0) {
        const j = bytesRFind(d, sep, 0, end);
        if (j < 0) break;
        out.push(d.slice(j + sep.length, end));
        end = j;
      }
      out.push(d.slice(0, end));
      out.reverse();
    }
  }
  return new PyList(out.map((x) => mk(self, x)));
}

function stripImpl(self: PyValue, chars: PyValue | undefined, which: number): PyValue {
  const d = bv(self);
  let test: (c: number) => boolean = ASCII_SPACE;
  if (chars !== undefined && chars !== None) {
    const set = bufArg(chars);
    test = (c) => set.indexOf(c) >= 0;
  }
  let i = 0, j = d.length;
  if (which & 1) while (i < j && test(d[i])) i++;
  if (which & 2) while (j > i && test(d[j - 1])) j--;
  return mk(self, d.slice(i, j));
}

function splitlinesImpl(self: PyValue, keep: boolean): PyValue {
  const d = bv(self);
  const out: PyValue[] = [];
  let i = 0;
  const n = d.length;
  while (i < n) {
    let j = i;
    while (j < n && d[j] !== 0x0a && d[j] !== 0x0d) j++;
    let eol = j;
    if (j < n) eol = j + (d[j] === 0x0d && j + 1 < n && d[j + 1] === 0x0a ? 2 : 1);
    out.push(mk(self, d.slice(i, keep ? eol : j)));
    i = eol;
  }
  return new PyList(out);
}

// ---- other helpers ----------------------------------------------------------------------

function fillArg(v: PyValue | undefined, name: string): number {
  if (v === undefined) return 0x20;
  const b = bytesLike(v);
  if (b === undefined || b.length !== 1) throw typeError(`${name}() argument 2 must be a byte string of length 1, not ${typeOf(v).name}`);
  return b[0];
}

function padImpl(self: PyValue, left: number, right: number, fill: number): PyValue {
  const d = bv(self);
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left === 0 && right === 0 && !isBA(self) && (self as PyObject).cls === BytesType) return self;
  const out = new Uint8Array(left + d.length + right);
  out.fill(fill, 0, left);
  out.set(d, left);
  out.fill(fill, left + d.length);
  return mk(self, out);
}

function mapBytes(self: PyValue, f: (c: number, i: number, d: Uint8Array) => number): PyValue {
  const d = bv(self);
  const out = new Uint8Array(d.length);
  for (let i = 0; i < d.length; i++) out[i] = f(d[i], i, d);
  return mk(self, out);
}

const toLower = (c: number) => (isUpperB(c) ? c + 32 : c);
const toUpper = (c: number) => (isLowerB(c) ? c - 32 : c);

function titleImpl(self: PyValue): PyValue {
  let prev = false;
  return mapBytes(self, (c) => {
    const r = prev ? toLower(c) : toUpper(c);
    prev = isAlphaB(c);
    return r;
  });
}

function istitle(d: Uint8Array): boolean {
  let cased = false, prev = false;
  for (const c of d) {
    if (isUpperB(c)) { if (prev) return false; prev = cased = true; }
    else if (isLowerB(c)) { if (!prev) return false; prev = cased = true; }
    else prev = false;
  }
  return cased;
}

function allOf(d: Uint8Array, f: (c: number) => boolean): boolean {
  if (d.length === 0) return false;
  for (const c of d) if (!f(c)) return false;
  return true;
}

function replaceImpl(self: PyValue, oldv: PyValue, newv: PyValue, countv: PyValue | undefined): PyValue {
  const d = bv(self), old = bufArg(oldv), rep = bufArg(newv);
  let count = countv === undefined ? -1 : ssizeArg(countv);
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  const parts: Uint8Array[] = [];
  if (old.length === 0) {
    for (let i = 0; i <= d.length; i++) {
      if (count > 0) { parts.push(rep); count--; }
      if (i < d.length) parts.push(d.subarray(i, i + 1));
    }
    return mk(self, concat(parts));
  }
  let i = 0;
  while (count-- > 0) {
    const j = bytesFind(d, old, i, d.length);
    if (j < 0) break;
    parts.push(d.subarray(i, j), rep);
    i = j + old.length;
  }
  parts.push(d.subarray(i));
  return mk(self, concat(parts));
}

function expandtabsImpl(self: PyValue, tabsize: number): PyValue {
  const d = bv(self);
  const out: number[] = [];
  let col = 0;
  for (const c of d) {
    if (c === 0x09) {
      if (tabsize > 0) { const n = tabsize - (col % tabsize); for (let k = 0; k < n; k++) out.push(0x20); col += n; }
    } else {
      out.push(c);
      col++;
      if (c === 0x0a || c === 0x0d) col = 0;
    }
  }
  return mk(self, Uint8Array.from(out));
}

function joinImpl(self: PyValue, it: PyValue): PyValue {
  const sep = bv(self);
  const items = A.toArray(it);
  const parts: Uint8Array[] = [];
  for (let i = 0; i < items.length; i++) {
    const b = bytesLike(items[i]);
    if (b === undefined) throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeOf(items[i]).name} found`);
    if (i > 0 && sep.length) parts.push(sep);
    parts.push(b);
  }
  return mk(self, concat(parts));
}

function partitionImpl(self: PyValue, sepv: PyValue, rev: boolean): PyValue {
  const d = bv(self), sep = bufArg(sepv);
  if (sep.length === 0) throw valueError('empty separator');
  const i = rev ? bytesRFind(d, sep, 0, d.length) : bytesFind(d, sep, 0, d.length);
  const e = () => mk(self, new Uint8Array(0));
  if (i < 0) return rev ? newTuple([e(), e(), mk(self, d.slice())]) : newTuple([mk(self, d.slice()), e(), e()]);
  return newTuple([mk(self, d.slice(0, i)), mk(self, sep.slice()), mk(self, d.slice(i + sep.length))]);
}

function translateImpl(self: PyValue, table: PyValue, del: PyValue | undefined): PyValue {
  const d = bv(self);
  let t: Uint8Array | null = null;
  if (table !== None) {
    t = bufArg(table);
    if (t.length !== 256) throw valueError('translation table must be 256 characters long');
  }
  const delset = del === undefined ? null : bufArg(del);
  const out: number[] = [];
  for (const c of d) {
    if (delset !== null && delset.indexOf(c) >= 0) continue;
    out.push(t === null ? c : t[c]);
  }
  return mk(self, Uint8Array.from(out));
}

function hexImpl(self: PyValue, sepv: PyValue | undefined, perv: PyValue | undefined): string {
  return hexOf(bv(self), sepv, perv);
}

/** bytes.hex / bytearray.hex / memoryview.hex over raw data (_Py_strhex_impl). */
export function hexOf(d: Uint8Array, sepv: PyValue | undefined, perv: PyValue | undefined): string {
  const HEX = '0123456789abcdef';
  if (sepv === undefined) {
    let s = '';
    for (const c of d) s += HEX[c >> 4] + HEX[c & 15];
    return s;
  }
  let sep: string;
  const ss = strOpt(sepv);
  if (ss !== undefined) sep = ss;
  else {
    const b = bytesLike(sepv);
    if (b === undefined) {
      if (A.indexOpt(sepv) !== undefined || typeOf(sepv).lookup('__len__') === undefined) throw typeError(`object of type '${typeOf(sepv).name}' has no len()`);
      throw typeError('sep must be str or bytes.');
    }
    sep = latin1(b);
  }
  if ([...sep].length !== 1) throw valueError('sep must be length 1.');
  if (sep.charCodeAt(0) > 0x7f) throw valueError('sep must be ASCII.');
  const per = perv === undefined ? 1 : ssizeArg(perv);
  if (per === 0 || d.length === 0) return hexOf(d, undefined, undefined);
  const k = Math.abs(per);
  const groups: string[] = [];
  if (per > 0) {
    // groups counted from the right
    let first = d.length % k;
    if (first === 0) first = k;
    let i = 0;
    let g = '';
    for (let j = 0; j < first; j++) g += HEX[d[j] >> 4] + HEX[d[j] & 15];
    groups.push(g);
    for (i = first; i < d.length; i += k) {
      g = '';
      for (let j = i; j < i + k; j++) g += HEX[d[j] >> 4] + HEX[d[j] & 15];
      groups.push(g);
    }
  } else {
    for (let i = 0; i < d.length; i += k) {
      let g = '';
      for (let j = i; j < Math.min(i + k, d.length); j++) g += HEX[d[j] >> 4] + HEX[d[j] & 15];
      groups.push(g);
    }
  }
  return groups.join(sep);
}

function fromhex(s: string): Uint8Array {
  const out: number[] = [];
  let i = 0;
  const n = s.length;
  const hv = (c: number) => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 87 : c >= 0x41 && c <= 0x46 ? c - 55 : -1);
  while (i < n) {
    const c = s.charCodeAt(i);
    if (ASCII_SPACE(c)) { i++; continue; }
    const hi = hv(c);
    if (hi < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    if (i + 1 >= n) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    const lo = hv(s.charCodeAt(i + 1));
    if (lo < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

/** Lexicographic comparison of byte strings. */
function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function richcmp(self: PyValue, other: PyValue, op: number): PyValue {
  if (!(other instanceof PyBytes || other instanceof PyByteArray)) {
    const b = isBA(self) ? bytesLike(other) : undefined;
    if (b === undefined) return NotImplemented;
    return cmpResult(compareBytes(bv(self), b), op);
  }
  return cmpResult(compareBytes(bv(self), bv(other)), op);
}

function cmpResult(c: number, op: number): boolean {
  switch (op) {
    case 0: return c < 0;
    case 1: return c <= 0;
    case 2: return c === 0;
    case 3: return c !== 0;
    case 4: return c > 0;
    default: return c >= 0;
  }
}

/** FNV-1a like abstract.hashString, so bytes of ASCII text hash like the str. */
function hashBytes(b: PyBytes): number {
  if (b.hash !== undefined) return b.hash;
  const h = hashByteData(b.data);
  b.hash = h;
  return h;
}

/** The hash of bytes with this content (memoryview hashes as its bytes). */
export function hashByteData(d: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < d.length; i++) { h ^= d[i]; h = Math.imul(h, 0x01000193); }
  h = h | 0;
  return h === -1 ? -2 : h;
}

// ---- construction -------------------------------------------------------------------------

/** The bytes for bytes(x) / bytearray(x) (bytes_new_impl, bytearray___init___impl). */
export function bytesFromSource(src: PyValue | undefined, enc: PyValue | undefined, err: PyValue | undefined, typeName: string): Uint8Array {
  if (src === undefined) {
    if (enc !== undefined) throw typeError('encoding without a string argument');
    if (err !== undefined) throw typeError('errors without a string argument');
    return new Uint8Array(0);
  }
  const s = strOpt(src);
  if (s !== undefined) {
    if (enc === undefined) throw typeError('string argument without an encoding');
    const e = strOpt(enc);
    if (e === undefined) throw typeError(`${typeName}() argument 'encoding' must be str, not ${typeOf(enc).name}`);
    let r = 'strict';
    if (err !== undefined) {
      const x = strOpt(err);
      if (x === undefined) throw typeError(`${typeName}() argument 'errors' must be str, not ${typeOf(err).name}`);
      r = x;
    }
    return encodeStr(s, e, r);
  }
  if (enc !== undefined) {
    if (strOpt(enc) === undefined) throw typeError(`${typeName}() argument 'encoding' must be str, not ${typeOf(enc).name}`);
    throw typeError('encoding without a string argument');
  }
  if (err !== undefined) throw typeError('errors without a string argument');
  if (typeName === 'bytes' && typeof src === 'object') {
    const f = src.cls.lookup('__bytes__');
    if (f !== undefined) {
      const r = A.callMethod(f, src, []);
      if (!(r instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeOf(r).name})`);
      return r.data;
    }
  }
  const b = bytesLike(src);
  if (b !== undefined) return b.slice();
  const n = A.indexOpt(src);
  if (n !== undefined) {
    if (typeof n === 'bigint') throw overflowError('cannot fit \'int\' into an index-sized integer');
    if (n < 0) throw valueError('negative count');
    return new Uint8Array(n);
  }
  const t = typeOf(src);
  if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
    throw typeError(`cannot convert '${t.name}' object to ${typeName}`);
  }
  return bytesFromIterable(src, typeName === 'bytes' ? 'bytes must be in range(0, 256)' : 'byte must be in range(0, 256)');
}

export function bytesFromIterable(src: PyValue, rangeMsg: string): Uint8Array {
  const items = A.toArray(src);
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    const v = A.indexOpt(x);
    if (v === undefined) throw typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
    if (typeof v === 'bigint' || v < 0 || v > 255) throw valueError(rangeMsg);
    out[i] = v;
  }
  return out;
}

const BYTES_SIG = new Signature('bytes(source=None, encoding=None, errors=None)');

BytesType.dict.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => {
  const cls = args[0] as PyType;
  if (!(cls instanceof PyType) || !cls.isSubtype(BytesType)) throw typeError('bytes.__new__(X): X is not a subtype of bytes');
  const [src, enc, err] = BYTES_SIG.bind(args.slice(1), kwnames);
  const data = bytesFromSource(src, enc, err, 'bytes');
  const o = new PyBytes(data, cls);
  if (cls.flags & TF_HAS_DICT) o.attrs = new Attrs();
  return o;
}, BytesType, 'bytes.__new__'));

// ---- iterators --------------------------------------------------------------------------

export const BytesIteratorType = makeBuiltinType('bytes_iterator', undefined, 0);
export const ByteArrayIteratorType = makeBuiltinType('bytearray_iterator', undefined, 0);

export class BytesIterator extends PyObject {
  pos = 0;
  constructor(readonly src: B, cls: PyType) { super(cls); }
  nextValue(): PyValue | undefined {
    const d = bv(this.src);
    if (this.pos >= d.length) { this.pos = Number.MAX_SAFE_INTEGER; return undefined; }
    return d[this.pos++];
  }
}

for (const T of [BytesIteratorType, ByteArrayIteratorType]) {
  defineMethods(T, {
    '__iter__($self, /)': (self: BytesIterator) => self,
    '__next__($self, /)': (self: BytesIterator) => {
      const v = self.nextValue();
      if (v === undefined) throw A.stopIteration();
      return v;
    },
    '__length_hint__($self, /)': (self: BytesIterator) => Math.max(0, bv(self.src).length - self.pos),
  });
}

// ---- the shared method table --------------------------------------------------------------

function getItem(self: PyValue, key: PyValue): PyValue {
  const d = bv(self);
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, d.length);
    if (step === 1) return mk(self, d.slice(start, start + n));
    const out = new Uint8Array(n);
    for (let k = 0, i = start; k < n; k++, i += step) out[k] = d[i];
    return mk(self, out);
  }
  const i0 = A.indexOpt(key);
  if (i0 === undefined) {
    throw typeError(`${isBA(self) ? 'bytearray' : 'byte'} indices must be integers or slices, not ${typeOf(key).name}`);
  }
  const what = isBA(self) ? 'bytearray index out of range' : 'index out of range';
  if (typeof i0 === 'bigint') throw indexError("cannot fit 'int' into an index-sized integer");
  const i = i0 < 0 ? i0 + d.length : i0;
  if (i < 0 || i >= d.length) throw indexError(what);
  return d[i];
}

function repeat(self: PyValue, n: PyValue): PyValue {
  const i = A.indexOpt(n);
  if (i === undefined) throw typeError(`can't multiply sequence by non-int of type '${typeOf(n).name}'`);
  const d = bv(self);
  if (typeof i === 'bigint') {
    if (i <= 0n || d.length === 0) return mk(self, new Uint8Array(0));
    throw overflowError("cannot fit 'int' into an index-sized integer");
  }
  if (i <= 0) return mk(self, new Uint8Array(0));
  if (d.length * i > 0x7fffffff) {
    if (d.length * i > Number.MAX_SAFE_INTEGER) throw overflowError('repeated bytes are too long');
    throw memoryError();
  }
  const out = new Uint8Array(d.length * i);
  for (let k = 0; k < i; k++) out.set(d, k * d.length);
  return mk(self, out);
}

function concatOp(self: PyValue, other: PyValue): PyValue {
  const b = bytesLike(other);
  if (b === undefined) throw typeError(`can't concat ${typeOf(other).name} to ${isBA(self) ? 'bytearray' : 'bytes'}`);
  const d = bv(self);
  const out = new Uint8Array(d.length + b.length);
  out.set(d); out.set(b, d.length);
  return mk(self, out);
}

function intFlag(v: PyValue | undefined): boolean {
  if (v === undefined) return false;
  if (typeof v === 'boolean') return v;
  const i = A.indexOpt(v);
  if (i === undefined || (typeof v === 'object' && typeOf(v).name === 'float')) {
    throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  }
  return i !== 0 && i !== 0n;
}

function codecArg(v: PyValue | undefined, name: string, dflt: string): string {
  if (v === undefined) return dflt;
  const s = strOpt(v);
  if (s === undefined) throw typeError(`decode() argument '${name}' must be str, not ${typeOf(v).name}`);
  return s;
}

const SHARED: Record<string, (self: any, ...a: any[]) => PyValue> = {
  '__len__($self, /)': (self) => bv(self).length,
  '__getitem__($self, key, /)': getItem,
  '__contains__($self, key, /)': (self, key: PyValue) => {
    const b = bytesLike(key);
    const d = bv(self);
    if (b !== undefined) return bytesFind(d, b, 0, d.length) >= 0;
    const i = A.indexOpt(key);
    if (i === undefined) throw typeError(`a bytes-like object is required, not '${typeOf(key).name}'`);
    if (typeof i === 'bigint' || i < 0 || i > 255) throw valueError('byte must be in range(0, 256)');
    return d.indexOf(i) >= 0;
  },
  '__eq__($self, value, /)': (self, o) => richcmp(self, o, 2),
  '__ne__($self, value, /)': (self, o) => richcmp(self, o, 3),
  '__lt__($self, value, /)': (self, o) => richcmp(self, o, 0),
  '__le__($self, value, /)': (self, o) => richcmp(self, o, 1),
  '__gt__($self, value, /)': (self, o) => richcmp(self, o, 4),
  '__ge__($self, value, /)': (self, o) => richcmp(self, o, 5),
  '__add__($self, value, /)': (self, o: PyValue) => (bytesLike(o) === undefined ? NotImplemented : concatOp(self, o)),
  '__mul__($self, value, /)': (self, n: PyValue) => (A.indexOpt(n) === undefined ? NotImplemented : repeat(self, n)),
  '__rmul__($self, value, /)': (self, n: PyValue) => (A.indexOpt(n) === undefined ? NotImplemented : repeat(self, n)),
  '__mod__($self, value, /)': (self, v: PyValue) => mk(self, bytesPrintf(bv(self), v)),
  '__rmod__($self, value, /)': () => NotImplemented,
  'decode($self, /, encoding="utf-8", errors="strict")': (self, e, r) =>
    decodeBytes(bv(self), codecArg(e, 'encoding', 'utf-8'), codecArg(r, 'errors', 'strict'), self),
  'hex($self, /, sep=None, bytes_per_sep=1)': (self, s, p) => hexImpl(self, s, p),
  'count($self, sub=None, start=None, end=None, /)': (self, s, a, b) => countImpl(self, firstArg(s, 'count'), a, b),
  'find($self, sub=None, start=None, end=None, /)': (self, s, a, b) => findImpl(self, firstArg(s, 'find'), a, b, false),
  'rfind($self, sub=None, start=None, end=None, /)': (self, s, a, b) => findImpl(self, firstArg(s, 'rfind'), a, b, true),
  'index($self, sub=None, start=None, end=None, /)': (self, s, a, b) => {
    const r = findImpl(self, firstArg(s, 'index'), a, b, false);
    if (r < 0) throw valueError('subsection not found');
    return r;
  },
  'rindex($self, sub=None, start=None, end=None, /)': (self, s, a, b) => {
    const r = findImpl(self, firstArg(s, 'rindex'), a, b, true);
    if (r < 0) throw valueError('subsection not found');
    return r;
  },
  'startswith($self, prefix=None, start=None, end=None, /)': (self, p, a, b) => tailmatch(self, firstArg(p, 'startswith'), a, b, 'startswith', false),
  'endswith($self, suffix=None, start=None, end=None, /)': (self, p, a, b) => tailmatch(self, firstArg(p, 'endswith'), a, b, 'endswith', true),
  'join($self, iterable_of_bytes, /)': (self, it: PyValue) => joinImpl(self, it),
  'split($self, /, sep=None, maxsplit=-1)': (self, s, m) => splitImpl(self, s, m, false),
  'rsplit($self, /, sep=None, maxsplit=-1)': (self, s, m) => splitImpl(self, s, m, true),
  'strip($self, bytes=None, /)': (self, c) => stripImpl(self, c, 3),
  'lstrip($self, bytes=None, /)': (self, c) => stripImpl(self, c, 1),
  'rstrip($self, bytes=None, /)': (self, c) => stripImpl(self, c, 2),
  'replace($self, old, new, count=-1, /)': replaceImpl,
  'partition($self, sep, /)': (self, s: PyValue) => partitionImpl(self, s, false),
  'rpartition($self, sep, /)': (self, s: PyValue) => partitionImpl(self, s, true),
  'translate($self, table, /, delete=None)': (self, t: PyValue, d: PyValue | undefined) => translateImpl(self, t, d),
  'upper($self, /)': (self) => mapBytes(self, toUpper),
  'lower($self, /)': (self) => mapBytes(self, toLower),
  'swapcase($self, /)': (self) => mapBytes(self, (c) => (isUpperB(c) ? c + 32 : isLowerB(c) ? c - 32 : c)),
  'capitalize($self, /)': (self) => mapBytes(self, (c, i) => (i === 0 ? toUpper(c) : toLower(c))),
  'title($self, /)': titleImpl,
  'isalnum($self, /)': (self) => allOf(bv(self), (c) => isAlphaB(c) || isDigitB(c)),
  'isalpha($self, /)': (self) => allOf(bv(self), isAlphaB),
  'isascii($self, /)': (self) => { for (const c of bv(self)) if (c > 0x7f) return false; return true; },
  'isdigit($self, /)': (self) => allOf(bv(self), isDigitB),
  'isspace($self, /)': (self) => allOf(bv(self), ASCII_SPACE),
  'islower($self, /)': (self) => { const d = bv(self); return d.some(isLowerB) && !d.some(isUpperB); },
  'isupper($self, /)': (self) => { const d = bv(self); return d.some(isUpperB) && !d.some(isLowerB); },
  'istitle($self, /)': (self) => istitle(bv(self)),
  'center($self, width, fillchar=b" ", /)': (self, w: PyValue, f: PyValue | undefined) => {
    const fill = fillArg(f, 'center');
    const width = ssizeArg(w), n = bv(self).length;
    if (width <= n) return padImpl(self, 0, 0, fill);
    const marg = width - n;
    const left = Math.floor(marg / 2) + (marg & width & 1);
    return padImpl(self, left, marg - left, fill);
  },
  'ljust($self, width, fillchar=b" ", /)': (self, w: PyValue, f: PyValue | undefined) => {
    const fill = fillArg(f, 'ljust');
    return padImpl(self, 0, ssizeArg(w) - bv(self).length, fill);
  },
  'rjust($self, width, fillchar=b" ", /)': (self, w: PyValue, f: PyValue | undefined) => {
    const fill = fillArg(f, 'rjust');
    return padImpl(self, ssizeArg(w) - bv(self).length, 0, fill);
  },
  'zfill($self, width, /)': (self, w: PyValue) => {
    const d = bv(self), width = ssizeArg(w);
    if (width <= d.length) return padImpl(self, 0, 0, 0x30);
    const out = new Uint8Array(width);
    const fill = width - d.length;
    out.fill(0x30, 0, fill);
    out.set(d, fill);
    if (d.length > 0 && (d[0] === 0x2b || d[0] === 0x2d)) { out[0] = d[0]; out[fill] = 0x30; }
    return mk(self, out);
  },
  'expandtabs($self, /, tabsize=8)': (self, t) => expandtabsImpl(self, t === undefined ? 8 : ssizeArg(t)),
  'splitlines($self, /, keepends=False)': (self, k) => splitlinesImpl(self, intFlag(k)),
  'removeprefix($self, prefix, /)': (self, p: PyValue) => {
    const d = bv(self), x = bufArg(p);
    if (x.length > 0 && x.length <= d.length && x.every((c, i) => d[i] === c)) return mk(self, d.slice(x.length));
    return padImpl(self, 0, 0, 0);
  },
  'removesuffix($self, suffix, /)': (self, p: PyValue) => {
    const d = bv(self), x = bufArg(p);
    const o = d.length - x.length;
    if (x.length > 0 && o >= 0 && x.every((c, i) => d[o + i] === c)) return mk(self, d.slice(0, o));
    return padImpl(self, 0, 0, 0);
  },
};

defineMethods(BytesType, SHARED);
defineMethods(ByteArrayType, SHARED);

BytesType.sqConcat = concatOp;
BytesType.sqRepeat = repeat;
ByteArrayType.sqConcat = concatOp;
ByteArrayType.sqRepeat = repeat;

defineMethods(BytesType, {
  '__repr__($self, /)': (self: PyBytes) => bytesRepr(self.data),
  '__hash__($self, /)': (self: PyBytes) => hashBytes(self),
  '__iter__($self, /)': (self: PyBytes) => new BytesIterator(self, BytesIteratorType),
  '__getnewargs__($self, /)': (self: PyBytes) => newTuple([new PyBytes(self.data)]),
  '__bytes__($self, /)': (self: PyBytes) => (self.cls === BytesType ? self : new PyBytes(self.data)),
});

// maketrans is a static method; fromhex a class method.
function maketrans(frm: PyValue, to: PyValue): PyValue {
  const a = bufArg(frm), b = bufArg(to);
  if (a.length !== b.length) throw valueError('maketrans arguments must have same length');
  const t = new Uint8Array(256);
  for (let i = 0; i < 256; i++) t[i] = i;
  for (let i = 0; i < a.length; i++) t[a[i]] = b[i];
  return new PyBytes(t);
}
for (const T of [BytesType, ByteArrayType]) {
  const f = builtinFunction('maketrans(frm, to, /)', maketrans);
  T.dict.set('maketrans', new PyBuiltinFunction('maketrans', f.fn, undefined, `${T.name}.maketrans`));
  defineClassMethods(T, {
    'fromhex(string, /)': (cls: PyType, s: PyValue) => {
      const str = strOpt(s);
      if (str === undefined) throw typeError(`fromhex() argument must be str, not ${typeOf(s).name}`);
      const data = fromhex(str);
      if (cls === BytesType) return new PyBytes(data);
      if (cls === ByteArrayType) return new PyByteArray(data);
      return A.call(cls, [cls.isSubtype(BytesType) ? new PyBytes(data) : new PyByteArray(data)]);
    },
  });
}

export { mk, compareBytes, latin1, byteArg, intFlag };
