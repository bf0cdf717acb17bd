// list's methods, slots and iterators (Objects/listobject.c).
//
// Hot paths (indexing with a small int, append, iteration) avoid allocation:
// exact-list int indexing is also inlined in abstract.ts; the iterators
// implement nextValue() for FOR_ITER.

import { None, NotImplemented, PyObject, makeBuiltinType, typeOf, type PyValue } from './object.js';
import { PyList, ListType } from './list.js';
import { PyTuple, TupleType } from './tuple.js';
import { defineMethods, defineClassMethods } from './methods.js';
import {
  call, eqValue, getIter, iterNext, repr, richCompare, isTrue, indexOpt, toArray,
  concatItems,
  selfIter,
} from './abstract.js';
import { typeError, valueError, indexError, memoryError, overflowError } from './exceptions.js';
import { PySlice, sliceIndices } from './slice.js';
import {
  checkPositional, noKeywords, defineNew, defineRawMethod, initInstance, ssizeArg, boundsFor, subscriptIndex,
  reprEnter, reprLeave, seqCompare, defineIterator, truthy,
} from './seq_util.js';
import { mergeSort, type LessThan } from './sort.js';
import { classGetItem } from './generic_alias.js';
import { setIterToArray } from './typeobject.js';

/** The largest list krait builds by repetition (beyond it: MemoryError, as CPython's overflow check). */
const MAX_ITEMS = 2 ** 32 - 1;

export function newList(items: PyValue[]): PyList {
  return new PyList(items);
}

/** All items of any iterable (list(iterable) without the list; keeps an exact list's array unshared). */
export function iterableToArray(v: PyValue): PyValue[] {
  return toArray(v);
}

function isList(v: PyValue): v is PyList {
  return v instanceof PyList;
}

// ---- mutation helpers (list_ass_slice and friends) -----------------------------------------

/** items of `v` for slice assignment: a copy when it is the list itself (PySequence_Fast). */
function seqForAssign(self: PyList, v: PyValue, msg: string): PyValue[] {
  if (v === self) return self.items.slice();
  // Exact lists and tuples only: a subclass may override __iter__ (PySequence_Fast).
  if ((v instanceof PyList && v.cls === ListType) || (v instanceof PyTuple && v.cls === TupleType)) return v.items;
  const t = typeOf(v);
  if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) throw typeError(msg);
  return toArray(v);
}

function extendFrom(self: PyList, v: PyValue): void {
  const items = self.items;
  if ((v instanceof PyList && v.cls === ListType) || (v instanceof PyTuple && v.cls === TupleType) || v === self) {
    const src = (v as PyList).items;
    const n = src.length; // a list extended by itself doubles once
    for (let i = 0; i < n; i++) items.push(src[i]);
    return;
  }
  const it = getIter(v);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return;
    self.items.push(x);
  }
}

function getSlice(items: PyValue[], s: PySlice): PyValue[] {
  const [start, , step, n] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, start + n);
  const out = new Array<PyValue>(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = items[j];
  return out;
}

/** list[slice] = value / del list[slice] (list_ass_subscript). */
function assignSlice(self: PyList, s: PySlice, value: PyValue | undefined): void {
  const items = self.items;
  const [start, stop, step, n] = sliceIndices(s, items.length);
  if (step === 1) {
    const seq = value === undefined ? [] : seqForAssign(self, value, 'can only assign an iterable');
    const hi = stop < start ? start : stop;
    if (seq.length === 0 && hi === start) return;
    spliceIn(self.items, start, hi - start, seq);
    return;
  }
  if (value === undefined) {
    if (n <= 0) return;
    // Delete every step-th item: compact in one pass.
    const a = self.items;
    let lo = start, st = step;
    if (st < 0) { lo = start + st * (n - 1); st = -st; }
    let w = lo, k = 0;
    for (let r = lo; r < a.length; r++) {
      if (k < n && r === lo + k * st) { k++; continue; }
      a[w++] = a[r];
    }
    a.length = w;
    return;
  }
  const seq = seqForAssign(self, value, 'must assign iterable to extended slice');
  if (seq.length !== n) {
    throw valueError(`attempt to assign sequence of size ${seq.length} to extended slice of size ${n}`);
  }
  for (let i = 0, j = start; i < n; i++, j += step) self.items[j] = seq[i];
}

function spliceIn(a: PyValue[], start: number, count: number, seq: PyValue[]): void {
  if (seq.length < 10000) { a.splice(start, count, ...seq); return; }
  const tail = a.slice(start + count);
  a.length = start;
  for (let i = 0; i < seq.length; i++) a.push(seq[i]);
  for (let i = 0; i < tail.length; i++) a.push(tail[i]);
}

/** seq * n for lists (list_repeat); n already an int. */
function repeat(items: PyValue[], n: number | bigint): PyValue[] {
  if (typeof n === 'bigint') throw overflowError(`cannot fit 'int' into an index-sized integer`);
  if (n <= 0 || items.length === 0) return [];
  if (items.length * n > MAX_ITEMS) throw memoryError();
  const len = items.length;
  if (len === 1) return new Array<PyValue>(n).fill(items[0]);
  const out = new Array<PyValue>(len * n);
  for (let r = 0, k = 0; r < n; r++) for (let i = 0; i < len; i++) out[k++] = items[i];
  return out;
}

/** The repetition count of `seq * n`, or undefined when n has no __index__ (-> NotImplemented). */
function repeatCount(n: PyValue): number | bigint | undefined {
  if (typeof n === 'number' && Number.isInteger(n)) return n;
  if (typeof n === 'string') return undefined;
  return indexOpt(n);
}

// ---- sorting (list_sort_impl) -----------------------------------------------------------------

/** `<` as a JS boolean, with the common exact-type fast paths first. */
function pyLess(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return a < b;
  return truthy(richCompare(a, b, 0));
}

function numLess(a: PyValue, b: PyValue): boolean { return (a as number) < (b as number); }
function strLess(a: PyValue, b: PyValue): boolean { return (a as string) < (b as string); }

/** The cheapest correct `<` for these keys (CPython pre-scans keys the same way: unsafe_*_compare). */
function chooseLess(keys: PyValue[]): LessThan {
  const n = keys.length;
  if (n === 0) return pyLess;
  const t = typeof keys[0];
  if (t === 'number' || t === 'string') {
    let i = 1;
    while (i < n && typeof keys[i] === t) i++;
    if (i === n) return t === 'number' ? numLess : strLess;
  }
  return pyLess;
}

/** list.sort(*, key=None, reverse=False): stable; "list modified during sort" as CPython. */
export function listSort(self: PyList, key: PyValue, reverse: boolean): void {
  const saved = self.items;
  const marker: PyValue[] = [];
  self.items = marker; // the list is empty while it is being sorted, as in CPython
  let vals: PyValue[] | null = null;
  let keys = saved;
  let err: unknown = undefined;
  try {
    if (key !== None) {
      keys = new Array<PyValue>(saved.length);
      for (let i = 0; i < saved.length; i++) keys[i] = call(key, [saved[i]]);
      vals = saved;
    }
    // reverse=True: reverse, sort stably, reverse back (keeps equal items in their original order).
    if (reverse) { keys.reverse(); if (vals !== null) vals.reverse(); }
    mergeSort(keys, vals, chooseLess(keys));
    if (reverse) { keys.reverse(); if (vals !== null) vals.reverse(); }
  } catch (e) {
    err = e;
  }
  const modified = self.items !== marker || marker.length !== 0;
  self.items = vals !== null ? vals : keys;
  if (err !== undefined) throw err;
  if (modified) throw valueError('list modified during sort');
}

// ---- the list type ----------------------------------------------------------------------------------

defineNew(ListType, (cls) => initInstance(new PyList([], cls), cls));

defineRawMethod(ListType, '__init__', (self: PyList, args, kwnames) => {
  if (!(self instanceof PyList)) throw typeError(`descriptor '__init__' requires a 'list' object but received a '${typeOf(self).name}'`);
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (self.cls === ListType || self.cls.lookup('__new__') === ListType.dict.get('__new__')) noKeywords('list', kwnames);
  checkPositional('list', args.length - nkw, 0, 1);
  if (self.items.length !== 0) self.items = [];
  if (args.length - nkw === 1) extendFrom(self, args[0]);
  return None;
});

defineMethods(ListType, {
  '__repr__($self, /)': (self: PyList) => {
    if (self.items.length === 0) return '[]';
    if (reprEnter(self)) return '[...]';
    try {
      let s = '[';
      for (let i = 0; i < self.items.length; i++) {
        if (i > 0) s += ', ';
        s += repr(self.items[i]);
      }
      return s + ']';
    } finally {
      reprLeave(self);
    }
  },
  '__len__($self, /)': (self: PyList) => self.items.length,
  '__getitem__($self, key, /)': (self: PyList, key) => {
    const i0 = subscriptIndex(key);
    if (i0 !== undefined) {
      const items = self.items;
      const i = i0 < 0 ? i0 + items.length : i0;
      if (i >= 0 && i < items.length) return items[i];
      throw indexError('list index out of range');
    }
    if (key instanceof PySlice) return new PyList(getSlice(self.items, key));
    throw typeError(`list indices must be integers or slices, not ${typeOf(key).name}`);
  },
  '__setitem__($self, key, value, /)': (self: PyList, key, value) => {
    const i0 = subscriptIndex(key);
    if (i0 !== undefined) {
      const items = self.items;
      const i = i0 < 0 ? i0 + items.length : i0;
      if (i >= 0 && i < items.length) { items[i] = value; return None; }
      throw indexError('list assignment index out of range');
    }
    if (key instanceof PySlice) { assignSlice(self, key, value); return None; }
    throw typeError(`list indices must be integers or slices, not ${typeOf(key).name}`);
  },
  '__delitem__($self, key, /)': (self: PyList, key) => {
    const i0 = subscriptIndex(key);
    if (i0 !== undefined) {
      const items = self.items;
      const i = i0 < 0 ? i0 + items.length : i0;
      if (i < 0 || i >= items.length) throw indexError('list assignment index out of range');
      if (i === items.length - 1) items.pop(); else items.splice(i, 1);
      return None;
    }
    if (key instanceof PySlice) { assignSlice(self, key, undefined); return None; }
    throw typeError(`list indices must be integers or slices, not ${typeOf(key).name}`);
  },
  '__contains__($self, key, /)': (self: PyList, v) => {
    const items = self.items;
    for (let i = 0; i < items.length; i++) if (items[i] === v || eqValue(items[i], v)) return true;
    return false;
  },
  '__iter__($self, /)': listIter,
  '__reversed__($self, /)': (self: PyList) => new ListReverseIterator(self),
  '__add__($self, value, /)': (self: PyList, other) => {
    if (!isList(other)) return NotImplemented;
    return new PyList(concatItems(self.items, other.items));
  },
  '__iadd__($self, value, /)': (self: PyList, other) => { extendFrom(self, other); return self; },
  '__mul__($self, value, /)': (self: PyList, n) => {
    const c = repeatCount(n);
    return c === undefined ? NotImplemented : new PyList(repeat(self.items, c));
  },
  '__rmul__($self, value, /)': (self: PyList, n) => {
    const c = repeatCount(n);
    return c === undefined ? NotImplemented : new PyList(repeat(self.items, c));
  },
  '__imul__($self, value, /)': (self: PyList, n) => {
    // (`l *= x` comes here only with an int-like x: abstract.ts inplaceOp.)
    const c = repeatCount(n);
    if (c === undefined) throw typeError(`'${typeOf(n).name}' object cannot be interpreted as an integer`);
    const r = repeat(self.items, c);
    self.items.length = 0;
    for (let i = 0; i < r.length; i++) self.items.push(r[i]);
    return self;
  },
  '__eq__($self, value, /)': (self: PyList, o) => (isList(o) ? seqCompare(self, o, 2) : NotImplemented),
  '__ne__($self, value, /)': (self: PyList, o) => (isList(o) ? seqCompare(self, o, 3) : NotImplemented),
  '__lt__($self, value, /)': (self: PyList, o) => (isList(o) ? seqCompare(self, o, 0) : NotImplemented),
  '__le__($self, value, /)': (self: PyList, o) => (isList(o) ? seqCompare(self, o, 1) : NotImplemented),
  '__gt__($self, value, /)': (self: PyList, o) => (isList(o) ? seqCompare(self, o, 4) : NotImplemented),
  '__ge__($self, value, /)': (self: PyList, o) => (isList(o) ? seqCompare(self, o, 5) : NotImplemented),
  '__sizeof__($self, /)': (self: PyList) => 40 + 8 * self.items.length,
  'append($self, object, /)': (self: PyList, v) => { self.items.push(v); return None; },
  'extend($self, iterable, /)': (self: PyList, v) => { extendFrom(self, v); return None; },
  'insert($self, index, object, /)': (self: PyList, index, v) => {
    const items = self.items;
    let i = ssizeArg(index);
    const n = items.length;
    if (i < 0) { i += n; if (i < 0) i = 0; } else if (i > n) i = n;
    if (i === n) items.push(v); else items.splice(i, 0, v);
    return None;
  },
  'remove($self, value, /)': (self: PyList, v) => {
    const items = self.items;
    for (let i = 0; i < items.length; i++) {
      if (items[i] === v || eqValue(items[i], v)) {
        // __eq__ may have changed the list: remove at i only if it is still there.
        if (i < self.items.length) self.items.splice(i, 1);
        return None;
      }
    }
    throw valueError('list.remove(x): x not in list');
  },
  'pop($self, index=-1, /)': (self: PyList, index) => {
    const items = self.items;
    if (items.length === 0) throw indexError('pop from empty list');
    if (index === undefined) return items.pop()!;
    let i = ssizeArg(index);
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) throw indexError('pop index out of range');
    if (i === items.length - 1) return items.pop()!;
    return items.splice(i, 1)[0];
  },
  'index($self, value, start=0, stop=sys.maxsize, /)': (self: PyList, v, start, stop) => {
    const [a, b] = boundsFor(start, stop, self.items.length);
    for (let i = a; i < b && i < self.items.length; i++) {
      const x = self.items[i];
      if (x === v || eqValue(x, v)) return i;
    }
    throw valueError(`${repr(v)} is not in list`);
  },
  'count($self, value, /)': (self: PyList, v) => {
    let c = 0;
    for (let i = 0; i < self.items.length; i++) {
      const x = self.items[i];
      if (x === v || eqValue(x, v)) c++;
    }
    return c;
  },
  'clear($self, /)': (self: PyList) => { self.items = []; return None; },
  'copy($self, /)': (self: PyList) => new PyList(self.items.slice()),
  'reverse($self, /)': (self: PyList) => { self.items.reverse(); return None; },
  'sort($self, /, *, key=None, reverse=False)': (self: PyList, key, reverse) => {
    listSort(self, key ?? None, reverse === undefined ? false : sortReverseFlag(reverse));
    return None;
  },
});
ListType.dict.set('__hash__', None);
defineClassMethods(ListType, { '__class_getitem__($cls, item, /)': classGetItem });

/** `reverse` is clinic's bool(accept={int}): ints and bools only. */
export function sortReverseFlag(v: PyValue): boolean {
  if (typeof v === 'boolean') return v;
  if ((typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint') return v !== 0 && v !== 0n;
  const i = indexOpt(v);
  if (i === undefined || typeOf(v).name === 'float') throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return isTrue(i);
}

// `[1] + (1,)`: after __add__/__radd__ gave NotImplemented (list_concat's message).
ListType.sqConcat = (a, b) => {
  throw typeError(`can only concatenate list (not "${typeOf(b).name}") to list`);
};
// Only reached when __mul__/__rmul__ found n not an int (sequence_repeat's message).
ListType.sqRepeat = (seq, n) => {
  throw typeError(`can't multiply sequence by non-int of type '${typeOf(n).name}'`);
};

// ---- iterators ----------------------------------------------------------------------------------------

export const ListIteratorType = makeBuiltinType('list_iterator', undefined, 0);
export const ListReverseIteratorType = makeBuiltinType('list_reverseiterator', undefined, 0);

/** iter(list): reads the list live, so appends during iteration are seen (listiter_next). */
export class ListIterator extends PyObject {
  list: PyList | null;
  index: number;
  constructor(list: PyList) {
    super(ListIteratorType);
    this.list = list;
    this.index = 0;
  }
  nextValue(): PyValue | undefined {
    const l = this.list;
    if (l === null) return undefined;
    const i = this.index;
    if (i < l.items.length) {
      this.index = i + 1;
      return l.items[i];
    }
    this.list = null;
    return undefined;
  }
}

/** reversed(list) (listreviter_next). */
export class ListReverseIterator extends PyObject {
  list: PyList | null;
  index: number;
  constructor(list: PyList) {
    super(ListReverseIteratorType);
    this.list = list;
    this.index = list.items.length - 1;
  }
  nextValue(): PyValue | undefined {
    const l = this.list;
    if (l === null) return undefined;
    const i = this.index;
    if (i >= 0 && i < l.items.length) {
      this.index = i - 1;
      return l.items[i];
    }
    this.index = -1;
    this.list = null;
    return undefined;
  }
}

defineIterator(ListIteratorType, (self: ListIterator) => (self.list === null ? 0 : Math.max(0, self.list.items.length - self.index)));
defineIterator(ListReverseIteratorType, (self: ListReverseIterator) => (self.list === null || self.index >= self.list.items.length ? 0 : self.index + 1));

setIterToArray(toArray);

function listIter(self: PyList): PyValue { return new ListIterator(self); }
ListType.iterFn = listIter as (v: PyValue) => PyValue;

ListIteratorType.iterFn = ListReverseIteratorType.iterFn = selfIter;
