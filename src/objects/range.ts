// range (Objects/rangeobject.c): the class, its methods and iterators.
//
// start/stop/step/length are Python ints (number, or bigint beyond 2**53).
// The common case (all numbers) takes number-only paths; `for i in range(n)`
// runs on RangeIterator.nextValue(), which allocates nothing.

import { None, NotImplemented, PyObject, PyType, makeBuiltinType, typeOf, type PyValue } from './object.js';
import { newTuple } from './tuple.js';
import { defineMethods, defineGetSets } from './methods.js';
import { index, eqValue, hashValue, getIter, iterNext, repr, selfIter } from './abstract.js';
import { typeError, valueError, indexError, overflowError } from './exceptions.js';
import { PySlice } from './slice.js';
import { sliceIndicesBig } from './slice_methods.js';
import { checkPositional, noKeywords, defineNew, defineIterator } from './seq_util.js';
import { normInt } from './number.js';

export const RangeType = makeBuiltinType('range', undefined, 0);
RangeType.flags |= 1 << 4; // TF_SEQUENCE

type Int = number | bigint;

/** The number of items of range(start, stop, step) (compute_range_length). */
function rangeLength(start: Int, stop: Int, step: Int): Int {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const a = BigInt(start), b = BigInt(stop), s = BigInt(step);
  if (s > 0n) return a < b ? normInt((b - a - 1n) / s + 1n) : 0;
  return a > b ? normInt((a - b - 1n) / -s + 1n) : 0;
}

export class PyRange extends PyObject {
  readonly start: Int;
  readonly stop: Int;
  readonly step: Int;
  readonly length: Int;
  constructor(start: Int, stop: Int, step: Int) {
    super(RangeType);
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.length = rangeLength(start, stop, step);
  }

  /** The i-th item, 0 <= i < length. */
  item(i: Int): Int {
    if (typeof i === 'number' && typeof this.start === 'number' && typeof this.step === 'number') {
      const v = this.start + i * this.step;
      if (Number.isSafeInteger(v)) return v;
    }
    return normInt(BigInt(this.start) + BigInt(i) * BigInt(this.step));
  }
}

export function newRange(start: Int, stop: Int, step: Int = 1): PyRange {
  return new PyRange(start, stop, step);
}

defineNew(RangeType, (cls, args, kwnames) => {
  noKeywords('range', kwnames);
  checkPositional('range', args.length, 1, 3);
  if (args.length === 1) return new PyRange(0, index(args[0]), 1);
  const start = index(args[0]), stop = index(args[1]);
  const step = args.length === 3 ? index(args[2]) : 1;
  if (step === 0 || step === 0n) throw valueError('range() arg 3 must not be zero');
  return new PyRange(start, stop, step);
});

function isExactInt(v: PyValue): v is number | bigint | boolean {
  return (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint' || typeof v === 'boolean';
}

/** The position of int x in r, or -1 (range_contains_long / range_index). */
function positionOf(r: PyRange, x: number | bigint | boolean): Int {
  const v = typeof x === 'boolean' ? (x ? 1 : 0) : x;
  const { start, stop, step } = r;
  if (typeof v === 'number' && typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    if (step > 0 ? v < start || v >= stop : v > start || v <= stop) return -1;
    const d = v - start;
    return d % step === 0 ? d / step : -1;
  }
  const bv = BigInt(v), a = BigInt(start), b = BigInt(stop), s = BigInt(step);
  if (s > 0n ? bv < a || bv >= b : bv > a || bv <= b) return -1;
  const d = bv - a;
  return d % s === 0n ? normInt(d / s) : -1;
}

function rangeEquals(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  if (!eqValue(a.length, b.length)) return false;
  if (a.length === 0) return true;
  if (!eqValue(a.start, b.start)) return false;
  if (a.length === 1) return true;
  return eqValue(a.step, b.step);
}

function lengthValue(r: PyRange): number {
  const n = r.length;
  if (typeof n === 'bigint') {
    if (n > 0x7fffffffffffffffn) throw overflowError('Python int too large to convert to C ssize_t');
  }
  return n as number;
}

defineMethods(RangeType, {
  '__repr__($self, /)': (self: PyRange) => {
    const a = repr(self.start), b = repr(self.stop);
    return self.step === 1 ? `range(${a}, ${b})` : `range(${a}, ${b}, ${repr(self.step)})`;
  },
  '__len__($self, /)': lengthValue,
  '__bool__($self, /)': (self: PyRange) => self.length !== 0,
  '__getitem__($self, key, /)': (self: PyRange, key) => {
    if (key instanceof PySlice) {
      const [a, b, c] = sliceIndicesBig(key, BigInt(self.length));
      const start = BigInt(self.start), step = BigInt(self.step);
      return new PyRange(normInt(start + a * step), normInt(start + b * step), normInt(step * c));
    }
    if (typeof key === 'number' && Number.isInteger(key) && typeof self.length === 'number') {
      const i = key < 0 ? key + self.length : key;
      if (i >= 0 && i < self.length) return self.item(i);
      throw indexError('range object index out of range');
    }
    // (A non-integral number is a raw float.)
    if (typeof key === 'string' || (typeof key === 'number' && !Number.isInteger(key)) || (typeof key === 'object' && typeOf(key).lookup('__index__') === undefined)) {
      throw typeError(`range indices must be integers or slices, not ${typeOf(key).name}`);
    }
    let i = BigInt(index(key));
    const n = BigInt(self.length);
    if (i < 0n) i += n;
    if (i < 0n || i >= n) throw indexError('range object index out of range');
    return self.item(normInt(i));
  },
  '__contains__($self, key, /)': (self: PyRange, x) => {
    if (isExactInt(x)) return positionOf(self, x) !== -1;
    const it = new RangeIteratorLong(self.start, self.step, self.length);
    for (;;) {
      const v = it.nextValue();
      if (v === undefined) return false;
      if (eqValue(v, x)) return true;
    }
  },
  '__iter__($self, /)': rangeSelfIter,
  '__reversed__($self, /)': (self: PyRange) => {
    if (self.length === 0) return rangeIter(self.start, self.step, 0);
    const last = self.item(typeof self.length === 'number' ? self.length - 1 : normInt(self.length - 1n));
    const negStep = typeof self.step === 'number' ? -self.step : normInt(-self.step);
    return rangeIter(last, negStep, self.length);
  },
  '__eq__($self, value, /)': (self: PyRange, o) => (o instanceof PyRange ? rangeEquals(self, o) : NotImplemented),
  '__ne__($self, value, /)': (self: PyRange, o) => (o instanceof PyRange ? !rangeEquals(self, o) : NotImplemented),
  '__hash__($self, /)': (self: PyRange) => {
    const n = self.length;
    const t = n === 0 ? newTuple([n, None, None]) : n === 1 ? newTuple([n, self.start, None]) : newTuple([n, self.start, self.step]);
    return hashValue(t);
  },
  'count($self, value, /)': (self: PyRange, x) => {
    if (isExactInt(x)) return positionOf(self, x) === -1 ? 0 : 1;
    let c = 0;
    const it = getIter(self);
    for (;;) {
      const v = iterNext(it);
      if (v === undefined) return c;
      if (eqValue(v, x)) c++;
    }
  },
  'index($self, value, /)': (self: PyRange, x) => {
    if (isExactInt(x)) {
      const p = positionOf(self, x);
      if (p === -1) throw valueError(`${repr(x)} is not in range`);
      return p;
    }
    let i = 0;
    const it = getIter(self);
    for (;; i++) {
      const v = iterNext(it);
      if (v === undefined) throw valueError('sequence.index(x): x not in sequence');
      if (eqValue(v, x)) return i;
    }
  },
});
defineGetSets(RangeType, {
  'start': [(self: PyRange) => self.start, null],
  'stop': [(self: PyRange) => self.stop, null],
  'step': [(self: PyRange) => self.step, null],
});

// ---- iterators --------------------------------------------------------------------------------------

export const RangeIteratorType = makeBuiltinType('range_iterator', undefined, 0);
export const LongRangeIteratorType = makeBuiltinType('longrange_iterator', undefined, 0);

/** The iterator over `len` items from `start` by `step`: number-only when every item is a safe integer. */
function rangeIter(start: Int, step: Int, len: Int): PyObject {
  if (typeof start === 'number' && typeof step === 'number' && typeof len === 'number') {
    const last = start + (len - 1) * step;
    if (len === 0 || Number.isSafeInteger(last)) return new RangeIterator(start, step, len);
  }
  return new RangeIteratorLong(start, step, len);
}

/** range_iterator: items are safe integers. */
export class RangeIterator extends PyObject {
  cur: number;
  step: number;
  remaining: number;
  constructor(start: number, step: number, len: number) {
    super(RangeIteratorType);
    this.cur = start;
    this.step = step;
    this.remaining = len;
  }
  nextValue(): number | undefined {
    if (this.remaining > 0) {
      const v = this.cur;
      this.cur = v + this.step;
      this.remaining--;
      return v;
    }
    return undefined;
  }
}

/** longrange_iterator: items may be bigints. */
export class RangeIteratorLong extends PyObject {
  cur: bigint;
  step: bigint;
  remaining: bigint;
  constructor(start: Int, step: Int, len: Int) {
    super(LongRangeIteratorType);
    this.cur = BigInt(start);
    this.step = BigInt(step);
    this.remaining = BigInt(len);
  }
  nextValue(): PyValue | undefined {
    if (this.remaining > 0n) {
      const v = this.cur;
      this.cur = v + this.step;
      this.remaining--;
      return normInt(v);
    }
    return undefined;
  }
}

defineIterator(RangeIteratorType, (self: RangeIterator) => self.remaining);
defineIterator(LongRangeIteratorType, (self: RangeIteratorLong) => normInt(self.remaining) as number);

export { PyType };

function rangeSelfIter(self: PyRange): PyValue { return rangeIter(self.start, self.step, self.length); }
RangeType.iterFn = rangeSelfIter as (v: PyValue) => PyValue;

RangeIteratorType.iterFn = LongRangeIteratorType.iterFn = selfIter;

// range(n), for CALL without type.__call__ (PyType.call1).
RangeType.call1 = (x: PyValue): PyValue => new PyRange(0, index(x), 1);
