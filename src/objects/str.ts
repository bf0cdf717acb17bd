// str (Objects/unicodeobject.c): construction, the dunder slots, the str
// iterator, and the argument helpers the method files share.  The named
// methods are in str_methods.ts, printf-style `%` in str_printf.ts, str.format
// and __format__ in str_format.ts, code point indexing in str_core.ts.
//
// An exact str is a JS string; an instance of a str subclass is a PyStr
// holding its value (abstract.strValue reads it).

import {
  Attrs, NotImplemented, PyObject, PyType, StrType, TF_HAS_DICT, makeBuiltinType, typeOf, type PyValue,
} from './object.js';
import { defineMethods, Signature } from './methods.js';
import * as A from './abstract.js';
import { indexError, memoryError, overflowError, typeError } from './exceptions.js';
import { PySlice, sliceIndices } from './slice.js';
import { strRepr } from './repr.js';
import { PyBuiltinFunction } from './methods.js';
import { cpIndex, cpLen, chr, strCompare, isAsciiStr, strItem } from './str_core.js';
import { decodeObject } from './codecs.js';
import { newTuple } from './tuple.js';

/** An instance of a subclass of str. */
export class PyStr extends PyObject {
  readonly value: string;
  constructor(value: string, cls: PyType) {
    super(cls);
    this.value = value;
    if (cls.flags & TF_HAS_DICT) this.attrs = new Attrs();
  }
}

// ---- helpers shared by the str files ------------------------------------------------

/** The JS string of a str (self of a str method: a string or a PyStr). */
export function sv(v: PyValue): string {
  return typeof v === 'string' ? v : (v as PyStr).value;
}

/** Whether v is a str (or an instance of a subclass). */
export function isStr(v: PyValue): boolean {
  return typeof v === 'string' || (typeof v === 'object' && v instanceof PyStr);
}

/** The string of a str argument, or undefined if v is not a str. */
export function strOpt(v: PyValue): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v instanceof PyStr) return v.value;
  return undefined;
}

/** A str argument, else TypeError `msg` + the type name ("must be str, not int"). */
export function strArg(v: PyValue, prefix: string): string {
  const s = strOpt(v);
  if (s === undefined) throw typeError(`${prefix}, not ${typeOf(v).name}`);
  return s;
}

/** A Py_ssize_t argument (clinic's ssize_t converter). */
export function ssizeArg(v: PyValue): number {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'object' && typeOf(v).name === 'float') throw typeError(`'float' object cannot be interpreted as an integer`);
  const i = A.indexOpt(v);
  if (i === undefined) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  if (typeof i === 'bigint') throw overflowError('Python int too large to convert to C ssize_t');
  return i;
}

const BIG = Number.MAX_SAFE_INTEGER;

/** A start/end argument of find/count/...: None or an __index__ (_PyEval_SliceIndex), clamped. */
export function sliceIndexArg(v: PyValue | undefined, dflt: number): number {
  if (v === undefined || v === A.None) return dflt;
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  const i = A.indexOpt(v);
  if (i === undefined) throw typeError('slice indices must be integers or None or have an __index__ method');
  if (typeof i === 'bigint') return i < 0n ? -BIG : BIG;
  return i;
}

/** ADJUST_INDICES: [start, end] within a sequence of length n. */
export function adjustIndices(start: number, end: number, n: number): [number, number] {
  if (end > n) end = n;
  else if (end < 0) { end += n; if (end < 0) end = 0; }
  if (start < 0) { start += n; if (start < 0) start = 0; }
  return [start, end];
}

/** A new str of type cls (exact str: the JS string itself). */
export function newStrOf(cls: PyType, s: string): PyValue {
  return cls === StrType ? s : new PyStr(s, cls);
}

/** s * n, with CPython's limits. */
export function repeatStr(s: string, n: number): string {
  if (n <= 0 || s.length === 0) return '';
  if (s.length * n > 0x1fffffe8) {
    if (s.length * n > Number.MAX_SAFE_INTEGER) throw overflowError('repeated string is too long');
    throw memoryError();
  }
  return s.repeat(n);
}

// ---- construction -------------------------------------------------------------------

const NEW_SIG = new Signature('str(object=None, encoding=None, errors=None)');

/** str(object='') / str(object=b'', encoding='utf-8', errors='strict') (unicode_new_impl). */
function strNew(args: PyValue[], kwnames: string[] | null): PyValue {
  if (args.length === 0 || !(args[0] instanceof PyType)) throw typeError('str.__new__(X): X is not a type object');
  const cls = args[0] as PyType;
  if (!cls.isSubtype(StrType)) throw typeError(`str.__new__(${cls.name}): ${cls.name} is not a subtype of str`);
  // str(x): no slice or bind for the common call.
  if (kwnames === null && args.length === 2) return newStrOf(cls, A.str(args[1]));
  const [obj, encoding, errors] = NEW_SIG.bind(args.slice(1), kwnames);
  let s: string;
  if (encoding === undefined && errors === undefined) {
    s = obj === undefined ? '' : A.str(obj);
  } else {
    const enc = encoding === undefined ? 'utf-8' : strArg(encoding, "str() argument 'encoding' must be str");
    const err = errors === undefined ? 'strict' : strArg(errors, "str() argument 'errors' must be str");
    if (obj === undefined) s = '';
    else {
      if (isStr(obj)) throw typeError('decoding str is not supported');
      s = decodeObject(obj, enc, err, (t) => `decoding to str: need a bytes-like object, ${t} found`);
    }
  }
  return newStrOf(cls, s);
}
StrType.dict.set('__new__', new PyBuiltinFunction('__new__', strNew, StrType, 'str.__new__'));

// ---- the str iterator ---------------------------------------------------------------

export const StrIteratorType = makeBuiltinType('str_iterator', undefined, 0);
export const StrAsciiIteratorType = makeBuiltinType('str_ascii_iterator', undefined, 0);

/** iter(str): yields one code point at a time (FastIterator). */
export class StrIterator extends PyObject {
  s: string;
  pos: number; // code unit offset
  constructor(s: string) {
    super(isAsciiStr(s) ? StrAsciiIteratorType : StrIteratorType);
    this.s = s;
    this.pos = 0;
  }
  nextValue(): PyValue | undefined {
    const s = this.s, i = this.pos;
    if (i >= s.length) { this.pos = BIG; return undefined; }
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { this.pos = i + 2; return s.slice(i, i + 2); }
    }
    this.pos = i + 1;
    return s[i];
  }
}

for (const T of [StrIteratorType, StrAsciiIteratorType]) {
  defineMethods(T, {
    '__iter__($self, /)': (self: StrIterator) => self,
    '__next__($self, /)': (self: StrIterator) => {
      const v = self.nextValue();
      if (v === undefined) throw A.stopIteration();
      return v;
    },
    '__length_hint__($self, /)': (self: StrIterator) =>
      self.pos >= self.s.length ? 0 : cpLen(self.s.slice(self.pos)),
  });
}

// ---- dunder slots -------------------------------------------------------------------

function strSlice(s: string, sl: PySlice): string {
  const ix = cpIndex(s);
  const n = ix === null ? s.length : ix.length - 1;
  const [start, stop, step, len] = sliceIndices(sl, n);
  if (len <= 0) return '';
  if (step === 1) return ix === null ? s.slice(start, stop) : s.slice(ix[start], ix[stop]);
  const out: string[] = [];
  for (let k = 0, i = start; k < len; k++, i += step) out.push(ix === null ? s[i] : s.slice(ix[i], ix[i + 1]));
  return out.join('');
}

function cmp(self: PyValue, other: PyValue, op: number): PyValue {
  const b = strOpt(other);
  if (b === undefined) return NotImplemented;
  const a = sv(self);
  switch (op) {
    case 2: return a === b;
    case 3: return a !== b;
  }
  const c = strCompare(a, b);
  switch (op) {
    case 0: return c < 0;
    case 1: return c <= 0;
    case 4: return c > 0;
    default: return c >= 0;
  }
}

function concatError(b: PyValue): never {
  throw typeError(`can only concatenate str (not "${typeOf(b).name}") to str`);
}

StrType.sqConcat = (a, b) => {
  const y = strOpt(b);
  if (y === undefined) concatError(b);
  return sv(a) + y;
};
StrType.sqRepeat = (s, n) => {
  const i = A.indexOpt(n);
  if (i === undefined) throw typeError(`can't multiply sequence by non-int of type '${typeOf(n).name}'`);
  if (typeof i === 'bigint') {
    if (i <= 0n || sv(s) === '') return '';
    throw overflowError("cannot fit 'int' into an index-sized integer");
  }
  return repeatStr(sv(s), i);
};

defineMethods(StrType, {
  '__repr__($self, /)': (self) => strRepr(sv(self)),
  '__str__($self, /)': (self) => sv(self),
  '__hash__($self, /)': (self) => A.hashString(sv(self)),
  '__eq__($self, value, /)': (self, o) => cmp(self, o, 2),
  '__ne__($self, value, /)': (self, o) => cmp(self, o, 3),
  '__lt__($self, value, /)': (self, o) => cmp(self, o, 0),
  '__le__($self, value, /)': (self, o) => cmp(self, o, 1),
  '__gt__($self, value, /)': (self, o) => cmp(self, o, 4),
  '__ge__($self, value, /)': (self, o) => cmp(self, o, 5),
  '__len__($self, /)': (self) => cpLen(sv(self)),
  '__getitem__($self, key, /)': (self, key: PyValue) => {
    const s = sv(self);
    if (typeof key === 'number' && Number.isInteger(key)) return strItem(s, key);
    if (key instanceof PySlice) return strSlice(s, key);
    const i = A.indexOpt(key);
    if (i === undefined) throw typeError(`string indices must be integers, not '${typeOf(key).name}'`);
    if (typeof i === 'bigint') throw indexError("cannot fit 'int' into an index-sized integer");
    return strItem(s, i);
  },
  '__contains__($self, key, /)': (self, key: PyValue) => {
    const k = strOpt(key);
    if (k === undefined) throw typeError(`'in <string>' requires string as left operand, not ${typeOf(key).name}`);
    return sv(self).indexOf(k) >= 0;
  },
  '__iter__($self, /)': strIter,
  // Returning NotImplemented (CPython raises from the sq_concat wrapper) lets
  // the right operand's __radd__ run; sqConcat above gives the TypeError.
  '__add__($self, value, /)': (self, o: PyValue) => {
    const y = strOpt(o);
    return y === undefined ? NotImplemented : sv(self) + y;
  },
  '__mul__($self, value, /)': (self, n: PyValue) => (A.indexOpt(n) === undefined ? NotImplemented : StrType.sqRepeat!(self, n)),
  '__rmul__($self, value, /)': (self, n: PyValue) => (A.indexOpt(n) === undefined ? NotImplemented : StrType.sqRepeat!(self, n)),
  '__getnewargs__($self, /)': (self) => newTuple([sv(self)]),
  '__sizeof__($self, /)': (self) => {
    const s = sv(self);
    let max = 0;
    for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c > max) max = c; }
    const n = cpLen(s);
    if (max < 0x80) return 49 + n;
    if (max < 0x100) return 73 + n;
    if (max < 0xd800 || !cpIndex(s)) return 74 + 2 * n;
    return 76 + 4 * n;
  },
});

A.setStrRepr(strRepr);

export { chr, strItem };

function strIter(self: PyValue): PyValue { return new StrIterator(sv(self)); }
StrType.iterFn = strIter;

StrIteratorType.iterFn = StrAsciiIteratorType.iterFn = A.selfIter;

// str(x): what str.__new__(str, x) gives, for CALL without type.__call__ (PyType.call1).
StrType.call1 = (x: PyValue): PyValue => A.str(x);
