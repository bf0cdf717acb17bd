// dict's methods, views (dict_keys, dict_values, dict_items), iterators,
// mappingproxy, and the default dir() (Objects/dictobject.c,
// descrobject.c's mappingproxy, typeobject.c's object___dir__).

import {
  None, NotImplemented, PyObject, PyType, TypeType, makeBuiltinType, typeOf, type PyValue,
  isSlotKey,
} from './object.js';
import { PyDict, DictType } from './dict.js';
import { PyTuple, newTuple } from './tuple.js';
import { PyList } from './list.js';
import { PySet, SetType, setUpdate, setAddKey } from './set.js';
import { defineMethods, defineClassMethods, defineGetSets } from './methods.js';
import {
  call, callMethod, eqValue, getAttr, getAttrOpt, getItem, getIter, iterNext, repr, setItem, richCompare,
  toArray, instanceAttr,
  selfIter,
} from './abstract.js';
import { typeError, valueError, keyError, runtimeError, PyBaseException, TypeErrorType } from './exceptions.js';
import {
  checkPositional, defineNew, defineRawMethod, initInstance, reprEnter, reprLeave, defineIterator,
} from './seq_util.js';
import { classGetItem } from './generic_alias.js';
import { setTypeHooks } from './typeobject.js';
import { setHas, isAnySet, setDifferenceUpdate, setSymDiffUpdate, setIntersection } from './set_methods.js';

// ---- updating (dict_update_arg, dict_merge, dict_merge_from_seq2) -----------------------------------

/** Whether a dict's iteration is dict's own (so its entries can be read directly: dict_merge's fast path). */
function plainDict(v: PyValue): v is PyDict {
  return v instanceof PyDict && (v.cls === DictType || v.cls.lookup('keys') === DictType.dict.get('keys'));
}

/** Merge a mapping (PyDict_Merge): a dict's entries directly, else keys() and __getitem__. */
export function mergeMapping(d: PyDict, m: PyValue): void {
  if (plainDict(m)) {
    if (m === d) return;
    const keys = m.keys, vals = m.vals;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== undefined) d.set(k, vals[i]!);
    }
    return;
  }
  const ks = toArray(call(getAttr(m, 'keys'), []));
  for (const k of ks) d.set(k, getItem(m, k));
}

/** Merge an iterable of pairs, with CPython's messages for bad elements. */
function mergeSeq2(d: PyDict, seq: PyValue): void {
  const it = getIter(seq);
  for (let n = 0; ; n++) {
    const item = iterNext(it);
    if (item === undefined) return;
    let pair: PyValue[];
    if (item instanceof PyTuple || item instanceof PyList) pair = item.items;
    else {
      try {
        pair = toArray(item);
      } catch (e) {
        if (e instanceof PyBaseException && e.cls.isSubtype(TypeErrorType)) {
          throw typeError(`cannot convert dictionary update sequence element #${n} to a sequence`);
        }
        throw e;
      }
    }
    if (pair.length !== 2) {
      throw valueError(`dictionary update sequence element #${n} has length ${pair.length}; 2 is required`);
    }
    d.set(pair[0], pair[1]);
  }
}

/** dict_update_arg: a mapping (has keys()) or an iterable of pairs. */
export function updateArg(d: PyDict, arg: PyValue): void {
  if (arg instanceof PyDict && arg.cls === DictType) { mergeMapping(d, arg); return; }
  if (getAttrOpt(arg, 'keys') !== undefined) { mergeMapping(d, arg); return; }
  mergeSeq2(d, arg);
}

/** dict(*args, **kwargs) / dict.update(...) argument handling. */
function updateCommon(d: PyDict, name: string, args: PyValue[], kwnames: string[] | null): void {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  checkPositional(name, npos, 0, 1);
  if (npos === 1) updateArg(d, args[0]);
  for (let i = 0; i < nkw; i++) d.set(kwnames![i], args[npos + i]);
}

function copyOf(d: PyDict): PyDict {
  const n = new PyDict();
  const keys = d.keys, vals = d.vals;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k !== undefined) n.set(k, vals[i]!);
  }
  return n;
}

function dictRepr(self: PyDict): string {
  if (self.size === 0) return '{}';
  if (reprEnter(self)) return '{...}';
  try {
    let s = '{';
    let first = true;
    // Entries re-read each step: a __repr__ may mutate the dict.
    for (let i = 0; i < self.keys.length; i++) {
      const k = self.keys[i];
      if (k === undefined) continue;
      const v = self.vals[i]!;
      if (!first) s += ', ';
      first = false;
      s += repr(k) + ': ' + repr(v);
    }
    return s + '}';
  } finally {
    reprLeave(self);
  }
}

/** dict_equal (order-insensitive; values compared with identity first). */
function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (let i = 0; i < a.keys.length; i++) {
    const k = a.keys[i];
    if (k === undefined) continue;
    const av = a.vals[i]!;
    const bv = b.get(k);
    if (bv === undefined) return false;
    if (av !== bv && !eqValue(av, bv)) return false;
  }
  return true;
}

// ---- dict ---------------------------------------------------------------------------------------------

defineNew(DictType, (cls) => initInstance(new PyDict(cls), cls));
defineRawMethod(DictType, '__init__', (self: PyDict, args, kwnames) => {
  if (!(self instanceof PyDict)) throw typeError(`descriptor '__init__' requires a 'dict' object but received a '${typeOf(self).name}'`);
  updateCommon(self, 'dict', args, kwnames);
  return None;
});
defineRawMethod(DictType, 'update', (self: PyDict, args, kwnames) => {
  updateCommon(self, 'update', args, kwnames);
  return None;
});

defineMethods(DictType, {
  '__repr__($self, /)': dictRepr,
  '__len__($self, /)': (self: PyDict) => self.size,
  '__getitem__($self, key, /)': (self: PyDict, k) => {
    const v = self.get(k);
    if (v !== undefined) return v;
    if (self.cls !== DictType) {
      const missing = self.cls.lookup('__missing__');
      if (missing !== undefined) return callMethod(missing, self, [k]);
    }
    throw keyError(k);
  },
  '__setitem__($self, key, value, /)': (self: PyDict, k, v) => { self.set(k, v); return None; },
  '__delitem__($self, key, /)': (self: PyDict, k) => {
    if (self.delete(k) === undefined) throw keyError(k);
    return None;
  },
  '__contains__($self, key, /)': (self: PyDict, k) => self.has(k),
  '__iter__($self, /)': dictIter,
  '__reversed__($self, /)': (self: PyDict) => new DictIterator(self, KEYS, true),
  '__eq__($self, value, /)': (self: PyDict, o) => (o instanceof PyDict ? dictEqual(self, o) : NotImplemented),
  '__ne__($self, value, /)': (self: PyDict, o) => (o instanceof PyDict ? !dictEqual(self, o) : NotImplemented),
  '__or__($self, value, /)': (self: PyDict, o) => {
    if (!(o instanceof PyDict)) return NotImplemented;
    const r = copyOf(self);
    mergeMapping(r, o);
    return r;
  },
  '__ror__($self, value, /)': (self: PyDict, o) => {
    if (!(o instanceof PyDict)) return NotImplemented;
    const r = copyOf(o);
    mergeMapping(r, self);
    return r;
  },
  '__ior__($self, value, /)': (self: PyDict, o) => { updateArg(self, o); return self; },
  '__sizeof__($self, /)': (self: PyDict) => 48 + 24 * self.keys.length,
  'get($self, key, default=None, /)': (self: PyDict, k, dflt) => {
    const v = self.get(k);
    return v !== undefined ? v : dflt === undefined ? None : dflt;
  },
  'setdefault($self, key, default=None, /)': (self: PyDict, k, dflt) => {
    const v = self.get(k);
    if (v !== undefined) return v;
    const nv = dflt === undefined ? None : dflt;
    self.set(k, nv);
    return nv;
  },
  'pop($self, key, default=<unrepresentable>, /)': (self: PyDict, k, dflt) => {
    const v = self.size === 0 ? undefined : self.delete(k);
    if (v !== undefined) return v;
    if (dflt !== undefined) return dflt;
    throw keyError(k);
  },
  'popitem($self, /)': (self: PyDict) => {
    const keys = self.keys;
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i];
      if (k !== undefined) {
        const v = self.deleteAt(i);
        return newTuple([k, v]);
      }
    }
    throw keyError('popitem(): dictionary is empty');
  },
  'keys($self, /)': (self: PyDict) => new DictView(DictKeysType, self),
  'values($self, /)': (self: PyDict) => new DictView(DictValuesType, self),
  'items($self, /)': (self: PyDict) => new DictView(DictItemsType, self),
  'clear($self, /)': (self: PyDict) => { self.clear(); return None; },
  'copy($self, /)': (self: PyDict) => copyOf(self),
});
DictType.dict.set('__hash__', None);
defineClassMethods(DictType, {
  'fromkeys($type, iterable, value=None, /)': (cls: PyType, iterable, value) => {
    const v = value === undefined ? None : value;
    const d = call(cls, []);
    if (d instanceof PyDict && d.cls === DictType) {
      if (iterable instanceof PyDict || iterable instanceof PySet) {
        const keys = iterable instanceof PySet ? iterable.keys : iterable.keys;
        for (const k of keys) if (k !== undefined && k !== null) d.set(k, v);
        return d;
      }
      const it = getIter(iterable);
      for (;;) {
        const k = iterNext(it);
        if (k === undefined) return d;
        d.set(k, v);
      }
    }
    const it = getIter(iterable);
    for (;;) {
      const k = iterNext(it);
      if (k === undefined) return d;
      setItem(d, k, v);
    }
  },
  '__class_getitem__($cls, item, /)': classGetItem,
});

// ---- iterators ------------------------------------------------------------------------------------------

const KEYS = 0, VALUES = 1, ITEMS = 2;

export const DictKeyIteratorType = makeBuiltinType('dict_keyiterator', undefined, 0);
export const DictValueIteratorType = makeBuiltinType('dict_valueiterator', undefined, 0);
export const DictItemIteratorType = makeBuiltinType('dict_itemiterator', undefined, 0);
export const DictRevKeyIteratorType = makeBuiltinType('dict_reversekeyiterator', undefined, 0);
export const DictRevValueIteratorType = makeBuiltinType('dict_reversevalueiterator', undefined, 0);
export const DictRevItemIteratorType = makeBuiltinType('dict_reverseitemiterator', undefined, 0);
const ITER_TYPES = [
  [DictKeyIteratorType, DictValueIteratorType, DictItemIteratorType],
  [DictRevKeyIteratorType, DictRevValueIteratorType, DictRevItemIteratorType],
];

/**
 * The six dict iterators (dictiter_iternextkey & co).  `used` is the size
 * seen at creation: a different size raises "dictionary changed size
 * during iteration" (sticky); finding more entries than `len` promised means
 * keys were replaced: "dictionary keys changed during iteration".
 */
export class DictIterator extends PyObject {
  d: PyDict | null;
  kind: number;
  reverse: boolean;
  pos: number;
  used: number;
  len: number;
  constructor(d: PyDict, kind: number, reverse: boolean) {
    super(ITER_TYPES[reverse ? 1 : 0][kind]);
    this.d = d;
    this.kind = kind;
    this.reverse = reverse;
    this.pos = reverse ? d.keys.length - 1 : 0;
    this.used = d.size;
    this.len = d.size;
  }
  nextValue(): PyValue | undefined {
    const d = this.d;
    if (d === null) return undefined;
    const i = this.advance(d);
    if (i < 0) return undefined;
    const kind = this.kind;
    if (kind === KEYS) return d.keys[i];
    if (kind === VALUES) return d.vals[i];
    return new PyTuple([d.keys[i]!, d.vals[i]!]);
  }
  /** The index of the next entry of d (this.d, not null), or -1 when exhausted (then this.d is null). */
  advance(d: PyDict): number {
    if (d.size !== this.used) {
      this.used = -1;
      throw runtimeError('dictionary changed size during iteration');
    }
    const keys = d.keys;
    let i = this.pos;
    if (this.reverse) {
      if (i >= keys.length) i = keys.length - 1;
      while (i >= 0 && keys[i] === undefined) i--;
      if (i < 0) { this.d = null; return -1; }
      this.pos = i - 1;
    } else {
      while (i < keys.length && keys[i] === undefined) i++;
      if (i >= keys.length) { this.d = null; return -1; }
      if (this.len === 0) {
        this.d = null;
        throw runtimeError('dictionary keys changed during iteration');
      }
      this.pos = i + 1;
    }
    this.len--;
    return i;
  }
}

for (const row of ITER_TYPES) {
  for (const t of row) {
    defineIterator(t, (self: DictIterator) => (self.d !== null && self.used === self.d.size ? self.len : 0));
  }
}

// ---- views -------------------------------------------------------------------------------------------------

export const DictKeysType = makeBuiltinType('dict_keys', undefined, 0);
export const DictValuesType = makeBuiltinType('dict_values', undefined, 0);
export const DictItemsType = makeBuiltinType('dict_items', undefined, 0);

export class DictView extends PyObject {
  constructor(cls: PyType, readonly d: PyDict) {
    super(cls);
  }
}

function viewKind(v: DictView): number {
  return v.cls === DictKeysType ? KEYS : v.cls === DictValuesType ? VALUES : ITEMS;
}

function isSetLikeView(v: PyValue): v is DictView {
  return v instanceof DictView && (v.cls === DictKeysType || v.cls === DictItemsType);
}

function viewRepr(self: DictView): string {
  const name = self.cls.name;
  if (reprEnter(self)) return '...';
  try {
    const parts: string[] = [];
    const it = new DictIterator(self.d, viewKind(self), false);
    for (;;) {
      const x = it.nextValue();
      if (x === undefined) break;
      parts.push(repr(x));
    }
    return `${name}([${parts.join(', ')}])`;
  } finally {
    reprLeave(self);
  }
}

/** `(k, v) in d.items()` (dictitems_contains). */
function itemsContains(d: PyDict, item: PyValue): boolean {
  if (!(item instanceof PyTuple) || item.items.length !== 2) return false;
  const v = d.get(item.items[0]);
  if (v === undefined) return false;
  return v === item.items[1] || eqValue(v, item.items[1]);
}

function viewContains(self: DictView, x: PyValue): boolean {
  return self.cls === DictKeysType ? self.d.has(x) : itemsContains(self.d, x);
}

/** dictviews_to_set: PySet_New(self), from the dict itself for a keys view of a plain dict. */
function toSet(v: PyValue): PySet {
  const s = new PySet(SetType);
  setUpdate(s, v instanceof DictView && v.cls === DictKeysType && v.d.cls === DictType ? v.d : v);
  return s;
}

function viewSize(v: PyValue): number {
  if (v instanceof DictView) return v.d.size;
  if (v instanceof PySet) return v.used;
  return -1;
}

/** Every item of `a` is in `b` (all_contained_in). */
function allContainedIn(a: PyValue, b: PyValue): boolean {
  const it = getIter(a);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return true;
    const inB = b instanceof DictView ? viewContains(b, x) : setHas(b as PySet, x);
    if (!inB) return false;
  }
}

/** dictview_richcompare: set-like views compare as sets with sets and set-like views. */
function viewCompare(self: DictView, other: PyValue, op: number): PyValue {
  if (!isAnySet(other) && !isSetLikeView(other)) return NotImplemented;
  const la = self.d.size, lb = viewSize(other);
  switch (op) {
    case 2: case 3: {
      const eq = la === lb && allContainedIn(self, other);
      return op === 2 ? eq : !eq;
    }
    case 0: return la < lb && allContainedIn(self, other);
    case 1: return la <= lb && allContainedIn(self, other);
    case 4: return la > lb && allContainedIn(other, self);
    default: return la >= lb && allContainedIn(other, self);
  }
}

type SetOp = (a: PyValue, b: PyValue) => PyValue;

/** dictviews_sub */
const viewSub: SetOp = (a, b) => {
  const r = toSet(a);
  setDifferenceUpdate(r, b);
  return r;
};
/** _PyDictView_Intersect */
const viewAnd: SetOp = (a, b) => {
  let self: PyValue = a, other: PyValue = b;
  if (!isSetLikeView(self)) { self = b; other = a; }
  if (!(self instanceof DictView)) return NotImplemented;
  const lenSelf = self.d.size;
  // A bigger plain set does the work (other.intersection(self)).
  if (other instanceof PySet && other.cls === SetType && lenSelf <= other.used) return setIntersection(other, [self]);
  // Iterate over the smaller of two views.
  if (isSetLikeView(other) && other.d.size > lenSelf) { const t = other; other = self; self = t; }
  const view = self as DictView;
  const r = new PySet(SetType);
  const it = getIter(other);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return r;
    if (viewContains(view, x)) setAddKey(r, x);
  }
};
/** dictviews_or */
const viewOr: SetOp = (a, b) => {
  const r = toSet(a);
  setUpdate(r, b);
  return r;
};
/** dictviews_xor (two items views: dictitems_xor) */
const viewXor: SetOp = (a, b) => {
  if (a instanceof DictView && a.cls === DictItemsType && b instanceof DictView && b.cls === DictItemsType) return itemsXor(a.d, b.d);
  const r = toSet(a);
  setSymDiffUpdate(r, b);
  return r;
};

/** dictitems_xor: pairs of d2 not equal in d1, then d1's remaining pairs. */
function itemsXor(d1: PyDict, d2: PyDict): PyValue {
  const temp = copyOf(d1);
  const r = new PySet(SetType);
  for (const [k, v2] of [...d2.entries()]) {
    const v1 = temp.get(k);
    const toDelete = v1 !== undefined && (v1 === v2 || eqValue(v1, v2));
    if (toDelete) temp.delete(k);
    else setAddKey(r, newTuple([k, v2]));
  }
  setUpdate(r, new DictView(DictItemsType, temp));
  return r;
}

function setLikeViewMethods(): Record<string, (self: any, ...a: any[]) => PyValue> {
  return {
    '__contains__($self, key, /)': (self: DictView, x) => viewContains(self, x),
    '__eq__($self, value, /)': (self: DictView, o) => viewCompare(self, o, 2),
    '__ne__($self, value, /)': (self: DictView, o) => viewCompare(self, o, 3),
    '__lt__($self, value, /)': (self: DictView, o) => viewCompare(self, o, 0),
    '__le__($self, value, /)': (self: DictView, o) => viewCompare(self, o, 1),
    '__gt__($self, value, /)': (self: DictView, o) => viewCompare(self, o, 4),
    '__ge__($self, value, /)': (self: DictView, o) => viewCompare(self, o, 5),
    '__sub__($self, value, /)': (self: DictView, o) => viewSub(self, o),
    '__rsub__($self, value, /)': (self: DictView, o) => viewSub(o, self),
    '__and__($self, value, /)': (self: DictView, o) => viewAnd(self, o),
    '__rand__($self, value, /)': (self: DictView, o) => viewAnd(o, self),
    '__or__($self, value, /)': (self: DictView, o) => viewOr(self, o),
    '__ror__($self, value, /)': (self: DictView, o) => viewOr(o, self),
    '__xor__($self, value, /)': (self: DictView, o) => viewXor(self, o),
    '__rxor__($self, value, /)': (self: DictView, o) => viewXor(o, self),
    'isdisjoint($self, other, /)': (self: DictView, o) => {
      if (o === self) return self.d.size === 0;
      const it = getIter(o);
      for (;;) {
        const x = iterNext(it);
        if (x === undefined) return true;
        if (viewContains(self, x)) return false;
      }
    },
  };
}

for (const T of [DictKeysType, DictValuesType, DictItemsType]) {
  defineMethods(T, {
    '__repr__($self, /)': viewRepr,
    '__len__($self, /)': (self: DictView) => self.d.size,
    '__iter__($self, /)': (self: DictView) => new DictIterator(self.d, viewKind(self), false),
    '__reversed__($self, /)': (self: DictView) => new DictIterator(self.d, viewKind(self), true),
  });
  defineGetSets(T, { 'mapping': [(self: DictView) => new PyMappingProxy(self.d), null] });
  if (T !== DictValuesType) {
    defineMethods(T, setLikeViewMethods());
    T.dict.set('__hash__', None);
  }
}

// ---- mappingproxy ---------------------------------------------------------------------------------------------

export const MappingProxyType = makeBuiltinType('mappingproxy', undefined, 0);

/**
 * A read-only view of a mapping (types.MappingProxyType).  `type.__dict__`
 * gives one over the class namespace: `type` is set and reads go to the
 * type's Map directly (live, like CPython's proxy over the type's dict).
 */
export class PyMappingProxy extends PyObject {
  constructor(readonly mapping: PyValue, readonly type: PyType | null = null) {
    super(MappingProxyType);
  }
}

/** The proxied mapping as a value Python code can use (a snapshot dict for a type's namespace). */
function proxied(p: PyMappingProxy): PyValue {
  if (p.type === null) return p.mapping;
  const d = new PyDict();
  for (const [k, v] of p.type.dict) d.set(k, v);
  return d;
}

defineNew(MappingProxyType, (cls, args, kwnames) => {
  checkPositional('mappingproxy', args.length, 1, 1);
  void kwnames;
  const m = args[0];
  if (typeOf(m).lookup('__getitem__') === undefined || m instanceof PyList || m instanceof PyTuple) {
    throw typeError(`mappingproxy() argument must be a mapping, not ${typeOf(m).name}`);
  }
  return new PyMappingProxy(m);
});

defineMethods(MappingProxyType, {
  '__getitem__($self, key, /)': (self: PyMappingProxy, k) => {
    if (self.type !== null) {
      const v = typeof k === 'string' ? self.type.dict.get(k) : undefined;
      if (v === undefined) throw keyError(k);
      return v;
    }
    return getItem(self.mapping, k);
  },
  '__contains__($self, key, /)': (self: PyMappingProxy, k) => {
    if (self.type !== null) return typeof k === 'string' && self.type.dict.has(k);
    if (self.mapping instanceof PyDict) return self.mapping.has(k);
    return callMethod(typeOf(self.mapping).lookup('__contains__')!, self.mapping, [k]);
  },
  '__len__($self, /)': (self: PyMappingProxy) => {
    if (self.type !== null) return self.type.dict.size;
    return callMethod(typeOf(self.mapping).lookup('__len__')!, self.mapping, []);
  },
  '__iter__($self, /)': (self: PyMappingProxy) => getIter(proxied(self)),
  '__reversed__($self, /)': (self: PyMappingProxy) => call(getAttr(proxied(self), '__reversed__'), []),
  '__repr__($self, /)': (self: PyMappingProxy) => `mappingproxy(${repr(proxied(self))})`,
  '__str__($self, /)': (self: PyMappingProxy) => repr(proxied(self)),
  '__eq__($self, value, /)': (self: PyMappingProxy, o) => richCompare(proxied(self), o, 2),
  '__ne__($self, value, /)': (self: PyMappingProxy, o) => richCompare(proxied(self), o, 3),
  '__or__($self, value, /)': (self: PyMappingProxy, o) => {
    const r = new PyDict();
    mergeMapping(r, proxied(self));
    if (o instanceof PyMappingProxy) o = proxied(o);
    if (!(o instanceof PyDict)) return NotImplemented;
    mergeMapping(r, o);
    return r;
  },
  'get($self, key, default=None, /)': (self: PyMappingProxy, k, dflt) => {
    if (self.type !== null) {
      const v = typeof k === 'string' ? self.type.dict.get(k) : undefined;
      return v !== undefined ? v : dflt ?? None;
    }
    return call(getAttr(self.mapping, 'get'), dflt === undefined ? [k] : [k, dflt]);
  },
  'keys($self, /)': (self: PyMappingProxy) => call(getAttr(proxied(self), 'keys'), []),
  'values($self, /)': (self: PyMappingProxy) => call(getAttr(proxied(self), 'values'), []),
  'items($self, /)': (self: PyMappingProxy) => call(getAttr(proxied(self), 'items'), []),
  'copy($self, /)': (self: PyMappingProxy) => {
    const m = proxied(self);
    return self.type !== null ? m : call(getAttr(m, 'copy'), []);
  },
});
MappingProxyType.dict.set('__hash__', None);

// ---- dir() (object.__dir__ and type.__dir__) ---------------------------------------------------------------

/** Add the names in a class's namespace and, recursively, its bases' (merge_class_dict). */
function mergeClassNames(names: Set<string>, cls: PyType): void {
  for (const k of cls.dict.keys()) names.add(k);
  for (const b of cls.bases) mergeClassNames(names, b);
}

/** Default dir(obj): instance attributes plus the class's and its bases' (sorted). */
export function defaultDir(obj: PyValue): PyValue {
  const names = new Set<string>();
  if (obj instanceof PyType && typeOf(obj).isSubtype(TypeType)) {
    mergeClassNames(names, obj);
  } else {
    if (typeof obj === 'object' && obj.attrs !== null) {
      const a = obj.attrs;
      if (a.shape !== null) for (const n of a.shape.names) { if (!isSlotKey(n)) names.add(n); }
      else for (const k of (a.dict as PyDict).keyList()) if (typeof k === 'string') names.add(k);
    } else if (typeof obj === 'object') {
      const d = instanceAttr(obj, '__dict__');
      if (d instanceof PyDict) for (const k of d.keyList()) if (typeof k === 'string') names.add(k);
    }
    let cls: PyValue | undefined;
    try { cls = getAttrOpt(obj, '__class__'); } catch { cls = undefined; }
    mergeClassNames(names, cls instanceof PyType ? cls : typeOf(obj));
  }
  const arr = [...names];
  arr.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  return new PyList(arr);
}

setTypeHooks({
  dir: defaultDir,
  newList: (items) => new PyList(items),
  mappingProxy: (t) => new PyMappingProxy(t, t),
});

function dictIter(self: PyDict): PyValue { return new DictIterator(self, KEYS, false); }
DictType.iterFn = dictIter as (v: PyValue) => PyValue;

DictKeyIteratorType.iterFn = DictValueIteratorType.iterFn = DictItemIteratorType.iterFn = selfIter;
