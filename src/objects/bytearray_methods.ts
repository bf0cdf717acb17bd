// bytearray's own slots and mutation methods (Objects/bytearrayobject.c).
// The methods bytes and bytearray share are in bytes_methods.ts.  Storage is
// PyByteArray.data with spare capacity; the value is data[0, length).

import { None, PyType, TF_HAS_DICT, Attrs, typeOf, type PyValue } from './object.js';
import { defineMethods, PyBuiltinFunction, Signature } from './methods.js';
import * as A from './abstract.js';
import { indexError, typeError, valueError } from './exceptions.js';
import { PyByteArray, ByteArrayType } from './bytes.js';
import { PySlice, sliceIndices } from './slice.js';
import { bytesRepr } from './repr.js';
import { bytesLike } from './codecs.js';
import { bv, bytesFromSource, bytesFromIterable, byteArg, ByteArrayIteratorType, BytesIterator } from './bytes_methods.js';
import { ssizeArg } from './str.js';

/** Make room for `n` bytes in total (amortized doubling). */
function reserve(b: PyByteArray, n: number): void {
  if (n <= b.data.length) return;
  const cap = Math.max(n, b.data.length * 2, 16);
  const nd = new Uint8Array(cap);
  nd.set(b.data.subarray(0, b.length));
  b.data = nd;
}

/** Replace the whole value. */
function setValue(b: PyByteArray, v: Uint8Array): void {
  b.data = v;
  b.length = v.length;
}

/** Replace bytes [lo, hi) with `v` (bytearray_setslice_linear). */
function spliceBytes(b: PyByteArray, lo: number, hi: number, v: Uint8Array): void {
  const d = bv(b);
  const out = new Uint8Array(d.length - (hi - lo) + v.length);
  out.set(d.subarray(0, lo));
  out.set(v, lo);
  out.set(d.subarray(hi), lo + v.length);
  setValue(b, out);
}

function indexArg(b: PyByteArray, key: PyValue): number {
  const i0 = A.indexOpt(key);
  if (i0 === undefined) throw typeError(`bytearray indices must be integers or slices, not ${typeOf(key).name}`);
  if (typeof i0 === 'bigint') throw indexError("cannot fit 'int' into an index-sized integer");
  const i = i0 < 0 ? i0 + b.length : i0;
  if (i < 0 || i >= b.length) throw indexError('bytearray index out of range');
  return i;
}

/** The bytes assigned to a slice: a buffer, or an iterable of ints (not an int or a str). */
function assignedBytes(v: PyValue): Uint8Array {
  const b = bytesLike(v);
  if (b !== undefined) return b.slice();
  if ((typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint' || typeof v === 'boolean' || typeof v === 'string' || A.indexOpt(v) !== undefined) {
    throw typeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  }
  return bytesFromIterable(v, 'byte must be in range(0, 256)');
}

function setItem(b: PyByteArray, key: PyValue, value: PyValue | undefined): void {
  if (key instanceof PySlice) {
    const [start, stop, step, n] = sliceIndices(key, b.length);
    if (value === undefined) {
      if (step === 1) { spliceBytes(b, start, start + n, new Uint8Array(0)); return; }
      const d = bv(b);
      const drop = new Set<number>();
      for (let k = 0, i = start; k < n; k++, i += step) drop.add(i);
      setValue(b, d.filter((_, i) => !drop.has(i)));
      return;
    }
    const v = assignedBytes(value);
    if (step === 1) {
      spliceBytes(b, start, stop < start ? start : start + n, v);
      return;
    }
    if (v.length !== n) throw valueError(`attempt to assign bytes of size ${v.length} to extended slice of size ${n}`);
    for (let k = 0, i = start; k < n; k++, i += step) b.data[i] = v[k];
    return;
  }
  const i = indexArg(b, key);
  if (value === undefined) { spliceBytes(b, i, i + 1, new Uint8Array(0)); return; }
  b.data[i] = byteArg(value);
}

function extend(b: PyByteArray, it: PyValue): void {
  const buf = bytesLike(it);
  let v: Uint8Array;
  if (buf !== undefined) v = buf.slice();
  else {
    const t = typeOf(it);
    if (typeof it === 'string' || (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined)) {
      if (typeof it === 'string') v = bytesFromIterable(it, 'byte must be in range(0, 256)');
      else throw typeError(`can't extend bytearray with ${t.name}`);
    } else v = bytesFromIterable(it, 'byte must be in range(0, 256)');
  }
  reserve(b, b.length + v.length);
  b.data.set(v, b.length);
  b.length += v.length;
}

const INIT_SIG = new Signature('bytearray(source=None, encoding=None, errors=None)');

ByteArrayType.dict.set('__new__', new PyBuiltinFunction('__new__', (args) => {
  const cls = args[0] as PyType;
  if (!(cls instanceof PyType) || !cls.isSubtype(ByteArrayType)) throw typeError('bytearray.__new__(X): X is not a subtype of bytearray');
  const o = new PyByteArray(new Uint8Array(0), cls);
  if (cls.flags & TF_HAS_DICT) o.attrs = new Attrs();
  return o;
}, ByteArrayType, 'bytearray.__new__'));

defineMethods(ByteArrayType, {
  '__init__($self, /, *args, **kwargs)': (self: PyByteArray, args: PyValue[], kwargs: [string, PyValue][]) => {
    const [src, enc, err] = INIT_SIG.bind([...args, ...kwargs.map((kv) => kv[1])], kwargs.length ? kwargs.map((kv) => kv[0]) : null);
    setValue(self, bytesFromSource(src, enc, err, 'bytearray'));
    return None;
  },
  // bytearray_repr escapes ' even inside "-quotes (unlike bytes_repr).
  '__repr__($self, /)': (self: PyByteArray) => {
    let r = bytesRepr(bv(self));
    if (r[1] === '"') r = r.replace(/'/g, "\\'");
    return `${self.cls.name}(${r})`;
  },
  '__iter__($self, /)': (self: PyByteArray) => new BytesIterator(self, ByteArrayIteratorType),
  '__setitem__($self, key, value, /)': (self: PyByteArray, k: PyValue, v: PyValue) => { setItem(self, k, v); return None; },
  '__delitem__($self, key, /)': (self: PyByteArray, k: PyValue) => { setItem(self, k, undefined); return None; },
  '__iadd__($self, value, /)': (self: PyByteArray, v: PyValue) => {
    const b = bytesLike(v);
    if (b === undefined) throw typeError(`can't concat ${typeOf(v).name} to bytearray`);
    const add = b.slice();
    reserve(self, self.length + add.length);
    self.data.set(add, self.length);
    self.length += add.length;
    return self;
  },
  '__imul__($self, value, /)': (self: PyByteArray, n: PyValue) => {
    const k = ssizeArg(n);
    const d = bv(self).slice();
    if (k <= 0) { setValue(self, new Uint8Array(0)); return self; }
    const out = new Uint8Array(d.length * k);
    for (let i = 0; i < k; i++) out.set(d, i * d.length);
    setValue(self, out);
    return self;
  },
  '__alloc__($self, /)': (self: PyByteArray) => self.data.length + 1,
  'append($self, item, /)': (self: PyByteArray, x: PyValue) => {
    const c = byteArg(x);
    reserve(self, self.length + 1);
    self.data[self.length++] = c;
    return None;
  },
  'extend($self, iterable_of_ints, /)': (self: PyByteArray, it: PyValue) => { extend(self, it); return None; },
  'insert($self, index, item, /)': (self: PyByteArray, iv: PyValue, x: PyValue) => {
    let i = ssizeArg(iv);
    const c = byteArg(x);
    const n = self.length;
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    spliceBytes(self, i, i, Uint8Array.of(c));
    return None;
  },
  'pop($self, index=-1, /)': (self: PyByteArray, iv: PyValue | undefined) => {
    let i = iv === undefined ? -1 : ssizeArg(iv);
    if (self.length === 0) throw indexError('pop from empty bytearray');
    if (i < 0) i += self.length;
    if (i < 0 || i >= self.length) throw indexError('pop index out of range');
    const c = self.data[i];
    spliceBytes(self, i, i + 1, new Uint8Array(0));
    return c;
  },
  'remove($self, value, /)': (self: PyByteArray, x: PyValue) => {
    const c = byteArg(x);
    const i = bv(self).indexOf(c);
    if (i < 0) throw valueError('value not found in bytearray');
    spliceBytes(self, i, i + 1, new Uint8Array(0));
    return None;
  },
  'reverse($self, /)': (self: PyByteArray) => { bv(self).reverse(); return None; },
  'clear($self, /)': (self: PyByteArray) => { setValue(self, new Uint8Array(0)); return None; },
  'copy($self, /)': (self: PyByteArray) => new PyByteArray(bv(self).slice()),
});
ByteArrayType.dict.set('__hash__', None);
