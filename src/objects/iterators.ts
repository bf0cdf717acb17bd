// The builtin iterator types (Python/bltinmodule.c, Objects/enumobject.c,
// Objects/iterobject.c): enumerate, zip, map, filter, reversed, the
// sequence iterator (classes with only __getitem__), callable_iterator, and
// the iter() builtin.  The builtins module registers ITERATOR_BUILTINS.
//
// Each implements nextValue() (the fast protocol of abstract.ts's iterNext);
// __next__ is derived from it.  enumerate, zip, map, filter and reversed can
// be subclassed, as in CPython.

import { None, PyObject, PyType, makeBuiltinType, typeOf, type PyValue } from './object.js';
import { PyTuple } from './tuple.js';
import { DictType } from './dict.js';
import { PyBuiltinFunction, PyMethodDescriptor } from './methods.js';
import { PyFunction, PyMethod } from './function.js';
import { call, callMethod, eqValue, getIter, getItem, iterNext, isTrue, index, len, setSeqIter, selfIter } from './abstract.js';
import { typeError, valueError, PyBaseException, IndexErrorType, StopIterationType } from './exceptions.js';
import { checkPositional, noKeywords, defineNew, defineIterator, initInstance } from './seq_util.js';
import { normInt } from './number.js';

const TF_BASETYPE = 1 << 1;

export const EnumerateType = makeBuiltinType('enumerate', undefined, TF_BASETYPE);
export const ZipType = makeBuiltinType('zip', undefined, TF_BASETYPE);
export const MapType = makeBuiltinType('map', undefined, TF_BASETYPE);
export const FilterType = makeBuiltinType('filter', undefined, TF_BASETYPE);
export const ReversedType = makeBuiltinType('reversed', undefined, TF_BASETYPE);
export const SeqIterType = makeBuiltinType('iterator', undefined, 0);
export const CallableIterType = makeBuiltinType('callable_iterator', undefined, 0);

/** StopIteration or IndexError: the end of a __getitem__-driven iteration. */
function endsSequence(e: unknown): boolean {
  return e instanceof PyBaseException && (e.cls.isSubtype(IndexErrorType) || e.cls.isSubtype(StopIterationType));
}

// ---- enumerate ----------------------------------------------------------------------------------

export class PyEnumerate extends PyObject {
  it: PyValue;
  count: number | bigint;
  constructor(cls: PyType, it: PyValue, start: number | bigint) {
    super(cls);
    this.it = it;
    this.count = start;
  }
  nextValue(): PyValue | undefined {
    const x = iterNext(this.it);
    if (x === undefined) return undefined;
    return new PyTuple([this.bump(), x]);
  }
  /** The current count, advancing it. */
  bump(): number | bigint {
    const c = this.count;
    this.count = typeof c === 'number' && c < Number.MAX_SAFE_INTEGER ? c + 1 : normInt(BigInt(c) + 1n) as number | bigint;
    return c;
  }
}

defineNew(EnumerateType, (cls, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 2) throw typeError(`enumerate() takes at most 2 arguments (${npos} given)`);
  let iterable: PyValue | undefined = npos >= 1 ? args[0] : undefined;
  let start: PyValue | undefined = npos >= 2 ? args[1] : undefined;
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i], v = args[npos + i];
    if (k === 'iterable' && iterable === undefined) iterable = v;
    else if (k === 'start' && start === undefined) start = v;
    else if (k === 'iterable' || k === 'start') {
      throw typeError(`argument for enumerate() given by name ('${k}') and position (${k === 'iterable' ? 1 : 2})`);
    } else throw typeError(`'${k}' is an invalid keyword argument for enumerate()`);
  }
  if (iterable === undefined) throw typeError(`enumerate() missing required argument 'iterable'`);
  const it = getIter(iterable);
  const s = start === undefined ? 0 : index(start);
  return initInstance(new PyEnumerate(cls, it, s), cls);
});
defineIterator(EnumerateType);

// ---- zip ------------------------------------------------------------------------------------------

export class PyZip extends PyObject {
  its: PyValue[] | null;
  strict: boolean;
  constructor(cls: PyType, its: PyValue[], strict: boolean) {
    super(cls);
    this.its = its;
    this.strict = strict;
  }
  nextValue(): PyValue | undefined {
    const its = this.its;
    if (its === null || its.length === 0) return undefined;
    const n = its.length;
    const out = new Array<PyValue>(n);
    for (let i = 0; i < n; i++) {
      const x = iterNext(its[i]);
      if (x === undefined) {
        this.its = null;
        if (this.strict) this.strictCheck(its, i);
        return undefined;
      }
      out[i] = x;
    }
    return new PyTuple(out);
  }
  /** zip(strict=True): iterator i ran out; the others must too (zip_next's error messages). */
  strictCheck(its: PyValue[], i: number): void {
    if (i > 0) {
      const plural = i === 1 ? ' ' : 's 1-';
      throw valueError(`zip() argument ${i + 1} is shorter than argument${plural}${i}`);
    }
    for (let j = 1; j < its.length; j++) {
      if (iterNext(its[j]) !== undefined) {
        const plural = j === 1 ? ' ' : 's 1-';
        throw valueError(`zip() argument ${j + 1} is longer than argument${plural}${j}`);
      }
    }
  }
}

defineNew(ZipType, (cls, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  let strict = false;
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] !== 'strict') throw typeError(`'${kwnames![i]}' is an invalid keyword argument for zip()`);
    strict = isTrue(args[npos + i]);
  }
  const its = new Array<PyValue>(npos);
  for (let i = 0; i < npos; i++) its[i] = getIter(args[i]);
  return initInstance(new PyZip(cls, its, strict), cls);
});
defineIterator(ZipType);

// ---- map -------------------------------------------------------------------------------------------

export class PyMap extends PyObject {
  func: PyValue;
  its: PyValue[];
  constructor(cls: PyType, func: PyValue, its: PyValue[]) {
    super(cls);
    this.func = func;
    this.its = its;
  }
  nextValue(): PyValue | undefined {
    const its = this.its;
    if (its.length === 1) {
      const x = iterNext(its[0]);
      return x === undefined ? undefined : call(this.func, [x]);
    }
    const args = new Array<PyValue>(its.length);
    for (let i = 0; i < its.length; i++) {
      const x = iterNext(its[i]);
      if (x === undefined) return undefined;
      args[i] = x;
    }
    return call(this.func, args);
  }
}

defineNew(MapType, (cls, args, kwnames) => {
  if (cls === MapType) noKeywords('map', kwnames);
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos < 2) throw typeError('map() must have at least two arguments.');
  const its = new Array<PyValue>(npos - 1);
  for (let i = 1; i < npos; i++) its[i - 1] = getIter(args[i]);
  return initInstance(new PyMap(cls, args[0], its), cls);
});
defineIterator(MapType);

// ---- filter -----------------------------------------------------------------------------------------

export class PyFilter extends PyObject {
  func: PyValue;
  it: PyValue;
  constructor(cls: PyType, func: PyValue, it: PyValue) {
    super(cls);
    this.func = func;
    this.it = it;
  }
  nextValue(): PyValue | undefined {
    const f = this.func;
    const boolFn = f === None || f === BOOL_TYPE;
    for (;;) {
      const x = iterNext(this.it);
      if (x === undefined) return undefined;
      if (boolFn ? isTrue(x) : isTrue(call(f, [x]))) return x;
    }
  }
}
let BOOL_TYPE: PyValue = None;

defineNew(FilterType, (cls, args, kwnames) => {
  if (cls === FilterType) noKeywords('filter', kwnames);
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  checkPositional('filter', npos, 2, 2);
  if (BOOL_TYPE === None) BOOL_TYPE = typeOf(true);
  return initInstance(new PyFilter(cls, args[0], getIter(args[1])), cls);
});
defineIterator(FilterType);

// ---- reversed -------------------------------------------------------------------------------------------

/** reversed(seq) over the sequence protocol (reversed_next). */
export class PyReversed extends PyObject {
  seq: PyValue | null;
  index: number;
  constructor(cls: PyType, seq: PyValue, n: number) {
    super(cls);
    this.seq = seq;
    this.index = n - 1;
  }
  nextValue(): PyValue | undefined {
    const seq = this.seq;
    if (seq !== null && this.index >= 0) {
      try {
        const v = getItem(seq, this.index);
        this.index--;
        return v;
      } catch (e) {
        if (!endsSequence(e)) throw e;
      }
    }
    this.index = -1;
    this.seq = null;
    return undefined;
  }
}

/** Whether a type supports the sequence protocol (PySequence_Check): __getitem__, and not a dict. */
function isSequenceType(t: PyType): boolean {
  return t.lookup('__getitem__') !== undefined && !t.isSubtype(DictType);
}

defineNew(ReversedType, (cls, args, kwnames) => {
  if (cls === ReversedType) noKeywords('reversed', kwnames);
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  checkPositional('reversed', npos, 1, 1);
  const seq = args[0];
  const t = typeOf(seq);
  const rev = t.lookup('__reversed__');
  if (rev === None) throw typeError(`'${t.name}' object is not reversible`);
  if (rev !== undefined) return callMethod(rev, seq, []);
  if (!isSequenceType(t) || t.lookup('__len__') === undefined) throw typeError(`'${t.name}' object is not reversible`);
  return initInstance(new PyReversed(cls, seq, len(seq)), cls);
});
defineIterator(ReversedType, (self: PyReversed) => {
  if (self.seq === null) return 0;
  const n = len(self.seq);
  return n < self.index + 1 ? 0 : self.index + 1;
});

// ---- the sequence iterator and callable_iterator ---------------------------------------------------------

/** iter(obj) for a class with __getitem__ but no __iter__ (iterobject.c seqiter). */
export class PySeqIter extends PyObject {
  seq: PyValue | null;
  index: number;
  constructor(seq: PyValue) {
    super(SeqIterType);
    this.seq = seq;
    this.index = 0;
  }
  nextValue(): PyValue | undefined {
    const seq = this.seq;
    if (seq === null) return undefined;
    try {
      const v = getItem(seq, this.index);
      this.index++;
      return v;
    } catch (e) {
      if (!endsSequence(e)) throw e;
      this.seq = null;
      return undefined;
    }
  }
}
defineIterator(SeqIterType, (self: PySeqIter) => {
  if (self.seq === null) return 0;
  const t = typeOf(self.seq);
  if (t.lookup('__len__') === undefined) return 0;
  const n = len(self.seq) - self.index;
  return n < 0 ? 0 : n;
});
setSeqIter((v) => new PySeqIter(v));

/** iter(callable, sentinel) (calliter_iternext): the sentinel compared first, as CPython. */
export class PyCallableIter extends PyObject {
  func: PyValue | null;
  sentinel: PyValue;
  constructor(func: PyValue, sentinel: PyValue) {
    super(CallableIterType);
    this.func = func;
    this.sentinel = sentinel;
  }
  nextValue(): PyValue | undefined {
    const f = this.func;
    if (f === null) return undefined;
    let r: PyValue;
    try {
      r = call(f, []);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.isSubtype(StopIterationType)) { this.func = null; return undefined; }
      throw e;
    }
    if (eqValue(this.sentinel, r)) { this.func = null; return undefined; }
    return r;
  }
}
defineIterator(CallableIterType);
// Not callable from Python in CPython; the builtins module constructs it through the type.
defineNew(CallableIterType, (cls, args) => new PyCallableIter(args[0], args[1]));

/** callable(v) (PyCallable_Check). */
export function isCallable(v: PyValue): boolean {
  if (typeof v !== 'object') return false;
  if (v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyMethod || v instanceof PyMethodDescriptor) return true;
  return typeOf(v).lookup('__call__') !== undefined;
}

/** The iter() builtin: iter(iterable) or iter(callable, sentinel). */
export const iterBuiltin = new PyBuiltinFunction('iter', (args, kwnames) => {
  noKeywords('iter', kwnames);
  checkPositional('iter', args.length, 1, 2);
  if (args.length === 1) return getIter(args[0]);
  if (!isCallable(args[0])) throw typeError('iter(v, w): v must be callable');
  return new PyCallableIter(args[0], args[1]);
}, undefined, 'iter');

/** What the builtins module gets from this file (name -> object). */
export const ITERATOR_BUILTINS: [string, PyValue][] = [
  ['enumerate', EnumerateType], ['zip', ZipType], ['map', MapType], ['filter', FilterType],
  ['reversed', ReversedType], ['iter', iterBuiltin],
];

/** Alias under the name the builtins module looks for. */
export { CallableIterType as CallableIteratorType };

// These iterators' __iter__ returns themselves: getIter skips the lookup (never inherited by subclasses).
for (const t of [EnumerateType, ZipType, MapType, FilterType, ReversedType]) t.iterFn = selfIter;
