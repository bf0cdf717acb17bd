// memoryview (Objects/memoryobject.c), for the buffers krait has: bytes and
// bytearray, one dimension, format 'B' (or 'c'/'b' through cast()).
//
// A view is (base object, start, step, length) over the base's bytes; it
// reads the base's current storage on every access, since a bytearray
// reallocates as it grows.  Slicing makes a new view on the same base.
//
// Deliberate difference: CPython forbids resizing a bytearray while a view
// exists (BufferError: Existing exports of data...).  Its views are released
// when their last reference goes; krait has no such moment, so a forgotten
// view would block its bytearray forever.  Instead the bytearray may resize,
// and a view's bytes beyond its new end read as 0 and ignore writes.

import { PyObject, makeBuiltinType, typeOf, None, NotImplemented, TF_SEQUENCE, type PyValue, type PyType } from './object.js';
import { defineMethods, defineGetSets } from './methods.js';
import * as A from './abstract.js';
import { typeError, valueError, indexError, newException, NotImplementedErrorType } from './exceptions.js';
import { PyBytes, PyByteArray } from './bytes.js';
import { PyList } from './list.js';
import { newTuple } from './tuple.js';
import { PySlice, sliceIndices } from './slice.js';
import { bytesLike } from './codecs.js';
import { hexOf, hashByteData } from './bytes_methods.js';
import { defineNew, defineIterator } from './seq_util.js';
import { identityHash } from './abstract.js';

export const MemoryViewType = makeBuiltinType('memoryview', undefined, 0);
MemoryViewType.flags |= TF_SEQUENCE;

/** Formats cast() accepts here: one byte per item. */
type Format = 'B' | 'b' | 'c';

export class PyMemoryView extends PyObject {
  base: PyBytes | PyByteArray;
  start: number;
  step: number;
  length: number;
  format: Format;
  readonly: boolean;
  released: boolean;
  /** The hash, once computed (readonly views only). */
  hash: number | undefined;
  constructor(base: PyBytes | PyByteArray, start: number, step: number, length: number, format: Format, readonly: boolean) {
    super(MemoryViewType);
    this.base = base;
    this.start = start;
    this.step = step;
    this.length = length;
    this.format = format;
    this.readonly = readonly;
    this.released = false;
    this.hash = undefined;
  }

  /** The base's bytes as they are now. */
  private raw(): Uint8Array {
    const b = this.base;
    return b instanceof PyBytes ? b.data : b.data.subarray(0, b.length);
  }

  /** The viewed bytes (a view when contiguous, else a copy): the buffer protocol for bytesLike(). */
  bufferBytes(): Uint8Array {
    checkReleased(this);
    const d = this.raw();
    if (this.step === 1 && this.start + this.length <= d.length) return d.subarray(this.start, this.start + this.length);
    const out = new Uint8Array(this.length);
    for (let i = 0, j = this.start; i < this.length; i++, j += this.step) out[i] = d[j] ?? 0;
    return out;
  }

  byteAt(i: number): number {
    return this.raw()[this.start + i * this.step] ?? 0;
  }

  setByteAt(i: number, v: number): void {
    const d = this.raw(), j = this.start + i * this.step;
    if (j < d.length) d[j] = v;
  }
}

function checkReleased(m: PyMemoryView): void {
  if (m.released) throw valueError('operation forbidden on released memoryview object');
}

/** memoryview(object) (PyMemoryView_FromObject). */
export function memoryviewOf(obj: PyValue): PyMemoryView {
  if (obj instanceof PyMemoryView) {
    checkReleased(obj);
    return new PyMemoryView(obj.base, obj.start, obj.step, obj.length, obj.format, obj.readonly);
  }
  if (obj instanceof PyBytes) return new PyMemoryView(obj, 0, 1, obj.data.length, 'B', true);
  if (obj instanceof PyByteArray) return new PyMemoryView(obj, 0, 1, obj.length, 'B', false);
  throw typeError(`memoryview: a bytes-like object is required, not '${typeOf(obj).name}'`);
}

/** The item at index i, as the format says. */
function unpack(m: PyMemoryView, i: number): PyValue {
  const b = m.byteAt(i);
  switch (m.format) {
    case 'B': return b;
    case 'b': return b > 127 ? b - 256 : b;
    default: return new PyBytes(Uint8Array.of(b));
  }
}

/** A value stored at an index (pack_single): range and type checked per format. */
function pack(m: PyMemoryView, v: PyValue): number {
  if (m.format === 'c') {
    if (!(v instanceof PyBytes) || v.data.length !== 1) throw valueError("memoryview: invalid value for format 'c'");
    return v.data[0];
  }
  const i = typeof v === 'boolean' ? (v ? 1 : 0) : A.indexOpt(v);
  if (i === undefined || typeof v === 'object' && !(typeof i === 'number' || typeof i === 'bigint')) {
    throw typeError(`memoryview: invalid type for format '${m.format}'`);
  }
  const lo = m.format === 'B' ? 0 : -128, hi = m.format === 'B' ? 255 : 127;
  if (typeof i === 'bigint' || i < lo || i > hi) throw valueError(`memoryview: invalid value for format '${m.format}'`);
  return i & 0xff;
}

function indexOf(m: PyMemoryView, key: PyValue): number {
  const i0 = A.indexOpt(key);
  if (i0 === undefined) throw typeError('memoryview: invalid slice key');
  const i = typeof i0 === 'bigint' ? -1 : i0 < 0 ? i0 + m.length : i0;
  if (i < 0 || i >= m.length) throw indexError('index out of bounds on dimension 1');
  return i;
}

function subview(m: PyMemoryView, s: PySlice): PyMemoryView {
  const [start, , step, n] = sliceIndices(s, m.length);
  return new PyMemoryView(m.base, m.start + start * m.step, m.step * step, n, m.format, m.readonly);
}

function getItem(m: PyMemoryView, key: PyValue): PyValue {
  checkReleased(m);
  if (key instanceof PySlice) return subview(m, key);
  return unpack(m, indexOf(m, key));
}

function setItem(m: PyMemoryView, key: PyValue, v: PyValue): void {
  checkReleased(m);
  if (m.readonly) throw typeError('cannot modify read-only memory');
  if (key instanceof PySlice) {
    const dst = subview(m, key);
    const src = bytesLike(v);
    if (src === undefined) throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
    if (src.length !== dst.length) throw valueError('memoryview assignment: lvalue and rvalue have different structures');
    const copy = src.slice(); // the source may overlap the destination
    for (let i = 0; i < copy.length; i++) dst.setByteAt(i, copy[i]);
    return;
  }
  m.setByteAt(indexOf(m, key), pack(m, v));
}

function tolist(m: PyMemoryView): PyValue {
  checkReleased(m);
  const out: PyValue[] = [];
  for (let i = 0; i < m.length; i++) out.push(unpack(m, i));
  return new PyList(out);
}

/** memory_richcompare: equal when both are buffers with equal items (only == and !=). */
function compare(m: PyMemoryView, other: PyValue, op: number): PyValue {
  if (op !== 2 && op !== 3) return NotImplemented;
  if (m.released || (other instanceof PyMemoryView && other.released)) return (other === m) === (op === 2);
  const b = bytesLike(other);
  if (b === undefined) return NotImplemented;
  let eq = b.length === m.length;
  if (eq && other instanceof PyMemoryView && other.format !== m.format) {
    // Items compare as values: 'B' 200 differs from 'b' -56.
    for (let i = 0; i < m.length && eq; i++) eq = A.eqValue(unpack(m, i), unpack(other, i));
  } else {
    for (let i = 0; i < m.length && eq; i++) eq = m.byteAt(i) === b[i];
  }
  return op === 2 ? eq : !eq;
}

function release(m: PyMemoryView): void {
  m.released = true;
}

function memRepr(m: PyMemoryView): string {
  const addr = (identityHash(m) * 8 + 0x7f0000000000).toString(16);
  return m.released ? `<released memory at 0x${addr}>` : `<memory at 0x${addr}>`;
}

defineNew(MemoryViewType, (cls: PyType, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  let obj: PyValue | undefined = npos > 0 ? args[0] : undefined;
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] !== 'object') throw typeError(`memoryview() got an unexpected keyword argument '${kwnames![i]}'`);
    obj = args[npos + i];
  }
  if (npos > 1) throw typeError(`memoryview() takes at most 1 argument (${args.length} given)`);
  if (obj === undefined) throw typeError("memoryview() missing required argument 'object' (pos 1)");
  void cls;
  return memoryviewOf(obj);
});

defineMethods(MemoryViewType, {
  '__repr__($self, /)': memRepr,
  '__len__($self, /)': (self: PyMemoryView) => { checkReleased(self); return self.length; },
  '__getitem__($self, key, /)': getItem,
  '__setitem__($self, key, value, /)': (self: PyMemoryView, k, v) => { setItem(self, k, v); return None; },
  '__delitem__($self, key, /)': (self: PyMemoryView) => {
    checkReleased(self);
    throw typeError(self.readonly ? 'cannot modify read-only memory' : 'cannot delete memory');
  },
  '__iter__($self, /)': (self: PyMemoryView) => { checkReleased(self); return new MemoryViewIterator(self); },
  '__eq__($self, value, /)': (self: PyMemoryView, o) => compare(self, o, 2),
  '__ne__($self, value, /)': (self: PyMemoryView, o) => compare(self, o, 3),
  '__hash__($self, /)': (self: PyMemoryView) => {
    if (self.hash !== undefined) return self.hash;
    checkReleased(self);
    if (!self.readonly) throw valueError('cannot hash writable memoryview object');
    if (self.format !== 'B' && self.format !== 'b' && self.format !== 'c') throw valueError('memoryview: hashing is restricted to formats \'B\', \'b\' or \'c\'');
    self.hash = hashByteData(self.bufferBytes());
    return self.hash;
  },
  '__enter__($self, /)': (self: PyMemoryView) => { checkReleased(self); return self; },
  '__exit__($self, /, *args)': (self: PyMemoryView) => { release(self); return None; },
  'release($self, /)': (self: PyMemoryView) => { release(self); return None; },
  'tobytes($self, /, order=None)': (self: PyMemoryView) => new PyBytes(self.bufferBytes().slice()),
  'tolist($self, /)': tolist,
  'hex($self, /, sep=None, bytes_per_sep=1)': (self: PyMemoryView, s, p) => hexOf(self.bufferBytes(), s, p),
  'toreadonly($self, /)': (self: PyMemoryView) => {
    checkReleased(self);
    return new PyMemoryView(self.base, self.start, self.step, self.length, self.format, true);
  },
  'cast($self, /, format, shape=None)': (self: PyMemoryView, fmt: PyValue, shape: PyValue | undefined) => {
    checkReleased(self);
    if (typeof fmt !== 'string') throw typeError(`memoryview: format argument must be a string`);
    if (self.step !== 1) throw typeError('memoryview: casts are restricted to C-contiguous views');
    if (fmt !== 'B' && fmt !== 'b' && fmt !== 'c') {
      throw newException(NotImplementedErrorType, `memoryview: cast to format '${fmt}' is not supported by krait yet`);
    }
    if (shape !== undefined && shape !== None) {
      const dims = A.toArray(shape);
      if (dims.length !== 1 || A.indexOpt(dims[0]) !== self.length) throw typeError('memoryview: product(shape) * itemsize != buffer size');
    }
    return new PyMemoryView(self.base, self.start, 1, self.length, fmt, self.readonly);
  },
});

const getsets: Record<string, (m: PyMemoryView) => PyValue> = {
  obj: (m) => m.base,
  nbytes: (m) => m.length,
  readonly: (m) => m.readonly,
  itemsize: () => 1,
  format: (m) => m.format,
  ndim: () => 1,
  shape: (m) => newTuple([m.length]),
  strides: (m) => newTuple([m.step]),
  suboffsets: () => newTuple([]),
  c_contiguous: (m) => m.step === 1 || m.length <= 1,
  f_contiguous: (m) => m.step === 1 || m.length <= 1,
  contiguous: (m) => m.step === 1 || m.length <= 1,
};
const table: Record<string, [(self: any) => PyValue, null]> = {};
for (const [name, get] of Object.entries(getsets)) {
  table[name] = [(m: PyMemoryView) => { checkReleased(m); return get(m); }, null];
}
defineGetSets(MemoryViewType, table);

// ---- iterator -------------------------------------------------------------------------------------

export const MemoryViewIteratorType = makeBuiltinType('memory_iterator', undefined, 0);

class MemoryViewIterator extends PyObject {
  m: PyMemoryView | null;
  i: number;
  constructor(m: PyMemoryView) {
    super(MemoryViewIteratorType);
    this.m = m;
    this.i = 0;
  }
  nextValue(): PyValue | undefined {
    const m = this.m;
    if (m === null) return undefined;
    checkReleased(m);
    if (this.i >= m.length) { this.m = null; return undefined; }
    return unpack(m, this.i++);
  }
}
defineIterator(MemoryViewIteratorType);
