// tuple's methods, slots and iterator (Objects/tupleobject.c).  The hash
// is abstract.ts's hashTuple (CPython's xxHash-based tuplehash).

import { None, NotImplemented, ObjectType, PyObject, makeBuiltinType, typeOf, type PyValue } from './object.js';
import { PyTuple, TupleType, newTuple, EMPTY_TUPLE } from './tuple.js';
import { defineMethods, defineClassMethods } from './methods.js';
import { eqValue, repr, indexOpt, toArray, hashTuple, concatItems, selfIter } from './abstract.js';
import { typeError, valueError, indexError, memoryError, overflowError } from './exceptions.js';
import { PySlice, sliceIndices } from './slice.js';
import {
  checkPositional, noKeywords, defineNew, initInstance, boundsFor, subscriptIndex, reprEnter, reprLeave,
  seqCompare, defineIterator,
} from './seq_util.js';
import { classGetItem } from './generic_alias.js';

const MAX_ITEMS = 2 ** 32 - 1;

function isTuple(v: PyValue): v is PyTuple {
  return v instanceof PyTuple;
}

/** tuple(iterable) for a class: the same object for an exact tuple argument. */
export function tupleFrom(cls: typeof TupleType, v: PyValue | undefined): PyTuple {
  if (cls === TupleType) {
    if (v === undefined) return EMPTY_TUPLE;
    if (typeof v === 'object' && v.cls === TupleType) return v as PyTuple;
    return newTuple(toArray(v)); // (toArray copies exact lists directly; a subclass may override __iter__)
  }
  const items = v === undefined ? [] : toArray(v);
  return initInstance(new PyTuple(items, cls), cls);
}

let objectInit: PyValue | undefined;

defineNew(TupleType, (cls, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (objectInit === undefined) objectInit = ObjectType.dict.get('__init__');
  if (cls === TupleType || cls.lookup('__init__') === objectInit) noKeywords('tuple', kwnames);
  checkPositional('tuple', args.length - nkw, 0, 1);
  return tupleFrom(cls, args.length - nkw === 1 ? args[0] : undefined);
});

function repeatTuple(self: PyTuple, n: PyValue): PyValue {
  const c = typeof n === 'number' && Number.isInteger(n) ? n : typeof n === 'string' ? undefined : indexOpt(n);
  if (c === undefined) return NotImplemented;
  if (typeof c === 'bigint') throw overflowError(`cannot fit 'int' into an index-sized integer`);
  const items = self.items;
  if (c === 1 && self.cls === TupleType) return self;
  if (c <= 0 || items.length === 0) return EMPTY_TUPLE;
  if (items.length * c > MAX_ITEMS) throw memoryError();
  const out = new Array<PyValue>(items.length * c);
  for (let r = 0, k = 0; r < c; r++) for (let i = 0; i < items.length; i++) out[k++] = items[i];
  return new PyTuple(out);
}

defineMethods(TupleType, {
  '__repr__($self, /)': (self: PyTuple) => {
    const items = self.items;
    if (items.length === 0) return '()';
    if (reprEnter(self)) return '(...)';
    try {
      if (items.length === 1) return `(${repr(items[0])},)`;
      let s = '(';
      for (let i = 0; i < items.length; i++) {
        if (i > 0) s += ', ';
        s += repr(items[i]);
      }
      return s + ')';
    } finally {
      reprLeave(self);
    }
  },
  '__len__($self, /)': (self: PyTuple) => self.items.length,
  '__getitem__($self, key, /)': (self: PyTuple, key) => {
    const i0 = subscriptIndex(key);
    if (i0 !== undefined) {
      const items = self.items;
      const i = i0 < 0 ? i0 + items.length : i0;
      if (i >= 0 && i < items.length) return items[i];
      throw indexError('tuple index out of range');
    }
    if (key instanceof PySlice) {
      const items = self.items;
      const [start, , step, n] = sliceIndices(key, items.length);
      if (n <= 0) return EMPTY_TUPLE;
      if (step === 1) {
        if (n === items.length && self.cls === TupleType) return self;
        return new PyTuple(items.slice(start, start + n));
      }
      const out = new Array<PyValue>(n);
      for (let i = 0, j = start; i < n; i++, j += step) out[i] = items[j];
      return new PyTuple(out);
    }
    throw typeError(`tuple indices must be integers or slices, not ${typeOf(key).name}`);
  },
  '__contains__($self, key, /)': (self: PyTuple, v) => {
    const items = self.items;
    for (let i = 0; i < items.length; i++) if (items[i] === v || eqValue(items[i], v)) return true;
    return false;
  },
  '__iter__($self, /)': tupleIter,
  '__add__($self, value, /)': (self: PyTuple, other) => {
    if (!isTuple(other)) return NotImplemented;
    if (other.items.length === 0 && self.cls === TupleType) return self;
    if (self.items.length === 0 && other.cls === TupleType) return other;
    return newTuple(concatItems(self.items, other.items));
  },
  '__mul__($self, value, /)': repeatTuple,
  '__rmul__($self, value, /)': repeatTuple,
  '__hash__($self, /)': (self: PyTuple) => hashTuple(self),
  '__eq__($self, value, /)': (self: PyTuple, o) => (isTuple(o) ? seqCompare(self, o, 2) : NotImplemented),
  '__ne__($self, value, /)': (self: PyTuple, o) => (isTuple(o) ? seqCompare(self, o, 3) : NotImplemented),
  '__lt__($self, value, /)': (self: PyTuple, o) => (isTuple(o) ? seqCompare(self, o, 0) : NotImplemented),
  '__le__($self, value, /)': (self: PyTuple, o) => (isTuple(o) ? seqCompare(self, o, 1) : NotImplemented),
  '__gt__($self, value, /)': (self: PyTuple, o) => (isTuple(o) ? seqCompare(self, o, 4) : NotImplemented),
  '__ge__($self, value, /)': (self: PyTuple, o) => (isTuple(o) ? seqCompare(self, o, 5) : NotImplemented),
  '__getnewargs__($self, /)': (self: PyTuple) => newTuple([newTuple(self.items.slice())]),
  '__sizeof__($self, /)': (self: PyTuple) => 24 + 8 * self.items.length,
  'index($self, value, start=0, stop=sys.maxsize, /)': (self: PyTuple, v, start, stop) => {
    const [a, b] = boundsFor(start, stop, self.items.length);
    for (let i = a; i < b && i < self.items.length; i++) {
      const x = self.items[i];
      if (x === v || eqValue(x, v)) return i;
    }
    throw valueError('tuple.index(x): x not in tuple');
  },
  'count($self, value, /)': (self: PyTuple, v) => {
    let c = 0;
    for (let i = 0; i < self.items.length; i++) {
      const x = self.items[i];
      if (x === v || eqValue(x, v)) c++;
    }
    return c;
  },
});
defineClassMethods(TupleType, { '__class_getitem__($cls, item, /)': classGetItem });

TupleType.sqConcat = (a, b) => {
  throw typeError(`can only concatenate tuple (not "${typeOf(b).name}") to tuple`);
};
TupleType.sqRepeat = (seq, n) => {
  throw typeError(`can't multiply sequence by non-int of type '${typeOf(n).name}'`);
};

// ---- iterator ----------------------------------------------------------------------------------

export const TupleIteratorType = makeBuiltinType('tuple_iterator', undefined, 0);

/** iter(tuple) (tupleiter_next): the item array never changes, so it is held directly. */
export class TupleIterator extends PyObject {
  items: PyValue[] | null;
  index: number;
  constructor(items: PyValue[]) {
    super(TupleIteratorType);
    this.items = items;
    this.index = 0;
  }
  nextValue(): PyValue | undefined {
    const items = this.items;
    if (items === null) return undefined;
    const i = this.index;
    if (i < items.length) {
      this.index = i + 1;
      return items[i];
    }
    this.items = null;
    return undefined;
  }
}

defineIterator(TupleIteratorType, (self: TupleIterator) => (self.items === null ? 0 : self.items.length - self.index));

export { None };

function tupleIter(self: PyTuple): PyValue { return new TupleIterator(self.items); }
TupleType.iterFn = tupleIter as (v: PyValue) => PyValue;

TupleIteratorType.iterFn = selfIter;
