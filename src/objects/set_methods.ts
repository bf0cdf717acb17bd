// set and frozenset: methods, operators, comparisons, hash and iterator
// (Objects/setobject.c).  Storage is set.ts's PySet (a PyDict of keys).
//
// Deliberate difference: iteration order is insertion order, not CPython's
// hash-table order (which for small ints is often ascending order).

import { None, NotImplemented, PyObject, PyType, makeBuiltinType, typeOf, type PyValue } from './object.js';
import { PySet, SetType, FrozenSetType } from './set.js';
import { PyDict, DictType } from './dict.js';
import { defineMethods, defineClassMethods } from './methods.js';
import { getIter, iterNext, repr, hashValue, H64, h64From, mul64, h64Value } from './abstract.js';
import { typeError, keyError, runtimeError, PyBaseException, TypeErrorType } from './exceptions.js';
import {
  checkPositional, noKeywords, defineNew, defineRawMethod, initInstance, reprEnter, reprLeave, defineIterator,
} from './seq_util.js';
import { classGetItem } from './generic_alias.js';

export function isAnySet(v: PyValue): v is PySet {
  return v instanceof PySet;
}

/** The builtin base (set or frozenset) of a set's type: results of operations have it (make_new_set_basetype). */
function baseType(s: PySet): PyType {
  return s.cls.isSubtype(FrozenSetType) ? FrozenSetType : SetType;
}

/** A new set of type `cls` with the given keys dict's keys. */
function withKeys(cls: PyType, d: PyDict): PySet {
  const s = new PySet(cls);
  s.d = d;
  return s;
}

// ---- core operations on the keys dict ---------------------------------------------------------

function live(d: PyDict): PyValue[] {
  return d.keyList();
}

/** Add every item of an iterable (set_update_internal). */
export function updateFrom(d: PyDict, it: PyValue): void {
  if (it instanceof PySet) {
    const keys = it.d.keys;
    for (let i = 0; i < keys.length; i++) { const k = keys[i]; if (k !== undefined) d.set(k, None); }
    return;
  }
  if (it instanceof PyDict && it.cls.lookup('__iter__') === dictIterSlot()) {
    const keys = it.keys;
    for (let i = 0; i < keys.length; i++) { const k = keys[i]; if (k !== undefined) d.set(k, None); }
    return;
  }
  const iter = getIter(it);
  for (;;) {
    const x = iterNext(iter);
    if (x === undefined) return;
    d.set(x, None);
  }
}

function dictIterSlot(): PyValue | undefined {
  return DictType.dict.get('__iter__');
}

/** Membership as sets test it: an unhashable set argument is looked up as a frozenset (set_contains). */
export function setHas(d: PyDict, key: PyValue): boolean {
  try {
    return d.has(key);
  } catch (e) {
    if (key instanceof PySet && e instanceof PyBaseException && e.cls.isSubtype(TypeErrorType)) {
      return d.has(withKeys(FrozenSetType, key.d));
    }
    throw e;
  }
}

function copyDict(d: PyDict): PyDict {
  const n = new PyDict();
  const keys = d.keys;
  for (let i = 0; i < keys.length; i++) { const k = keys[i]; if (k !== undefined) n.set(k, None); }
  return n;
}

/** The keys of any iterable as a dict (other sets are used directly). */
function asKeys(v: PyValue): PyDict {
  if (v instanceof PySet) return v.d;
  const d = new PyDict();
  updateFrom(d, v);
  return d;
}

function union(a: PyDict, others: PyValue[]): PyDict {
  const r = copyDict(a);
  for (const o of others) updateFrom(r, o);
  return r;
}

function intersect(a: PyDict, other: PyValue): PyDict {
  const r = new PyDict();
  if (other instanceof PySet) {
    // Iterate over the smaller one (set_intersection); keep the keys of the iterated set.
    let small = a, big = other.d;
    if (big.size < small.size) { small = other.d; big = a; }
    for (const k of live(small)) if (big.has(k)) r.set(k, None);
    return r;
  }
  const it = getIter(other);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return r;
    if (a.has(x)) r.set(x, None);
  }
}

function difference(a: PyDict, other: PyValue): PyDict {
  const o = other instanceof PySet ? other.d : asKeys(other);
  const r = new PyDict();
  for (const k of live(a)) if (!o.has(k)) r.set(k, None);
  return r;
}

function symDiff(a: PyDict, other: PyValue): PyDict {
  const o = asKeys(other);
  const r = copyDict(a);
  for (const k of live(o)) {
    if (a.has(k)) r.delete(k); else r.set(k, None);
  }
  return r;
}

function isSubset(a: PyDict, b: PyDict): boolean {
  if (a.size > b.size) return false;
  for (const k of live(a)) if (!b.has(k)) return false;
  return true;
}

/** Replace the contents of a set's dict in place (the *_update methods mutate the set itself). */
function assign(s: PySet, d: PyDict): void {
  const target = s.d;
  if (target === d) return;
  target.clear();
  for (const k of live(d)) target.set(k, None);
}

// ---- the types ------------------------------------------------------------------------------

defineNew(SetType, (cls, args, kwnames) => {
  if (cls === SetType) noKeywords('set', kwnames);
  return initInstance(new PySet(cls), cls);
});
defineRawMethod(SetType, '__init__', (self: PySet, args, kwnames) => {
  if (!(self instanceof PySet)) throw typeError(`descriptor '__init__' requires a 'set' object but received a '${typeOf(self).name}'`);
  noKeywords('set', kwnames);
  checkPositional('set', args.length, 0, 1);
  if (self.d.size !== 0) self.d.clear();
  if (args.length === 1) updateFrom(self.d, args[0]);
  return None;
});

let objectInit: PyValue | undefined;
defineNew(FrozenSetType, (cls, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (objectInit === undefined) objectInit = PyObjectInit();
  if (cls === FrozenSetType || cls.lookup('__init__') === objectInit) noKeywords('frozenset', kwnames);
  checkPositional('frozenset', args.length - nkw, 0, 1);
  const it = args.length - nkw === 1 ? args[0] : undefined;
  if (cls === FrozenSetType && it !== undefined && typeof it === 'object' && it.cls === FrozenSetType) return it;
  const s = initInstance(new PySet(cls), cls);
  if (it !== undefined) updateFrom(s.d, it);
  return s;
});
function PyObjectInit(): PyValue | undefined {
  let t: PyType = FrozenSetType;
  while (t.bases.length) t = t.bases[0];
  return t.dict.get('__init__');
}

function setRepr(self: PySet): string {
  const name = self.cls.name;
  if (reprEnter(self)) return `${name}(...)`;
  try {
    if (self.d.size === 0) return `${name}()`;
    const parts: string[] = [];
    for (const k of live(self.d)) parts.push(repr(k));
    const body = `{${parts.join(', ')}}`;
    return self.cls === SetType ? body : `${name}(${body})`;
  } finally {
    reprLeave(self);
  }
}

/** The set comparisons (set_richcompare): only against sets; subset order. */
function compare(self: PySet, other: PyValue, op: number): PyValue {
  if (!isAnySet(other)) return NotImplemented;
  const a = self.d, b = other.d;
  switch (op) {
    case 2:
      if (a.size !== b.size) return false;
      if (self.hash !== undefined && other.hash !== undefined && self.hash !== other.hash) return false;
      return isSubset(a, b);
    case 3: {
      const r = compare(self, other, 2);
      return r === NotImplemented ? r : !r;
    }
    case 1: return isSubset(a, b);
    case 5: return isSubset(b, a);
    case 0: return a.size < b.size && isSubset(a, b);
    default: return b.size < a.size && isSubset(b, a);
  }
}

/** The binary operators: both operands must be sets; the result has the left operand's base type. */
function binop(a: PyValue, b: PyValue, f: (x: PyDict, y: PyValue) => PyDict): PyValue {
  if (!isAnySet(a) || !isAnySet(b)) return NotImplemented;
  return withKeys(baseType(a), f(a.d, b));
}

const unionOne = (x: PyDict, y: PyValue) => union(x, [y]);

/** Methods common to set and frozenset. */
function commonMethods(T: PyType): Record<string, (self: any, ...a: any[]) => PyValue> {
  return {
    '__repr__($self, /)': setRepr,
    '__len__($self, /)': (self: PySet) => self.d.size,
    '__contains__($self, key, /)': (self: PySet, k) => setHas(self.d, k),
    '__iter__($self, /)': (self: PySet) => new SetIterator(self.d),
    '__eq__($self, value, /)': (self: PySet, o) => compare(self, o, 2),
    '__ne__($self, value, /)': (self: PySet, o) => compare(self, o, 3),
    '__lt__($self, value, /)': (self: PySet, o) => compare(self, o, 0),
    '__le__($self, value, /)': (self: PySet, o) => compare(self, o, 1),
    '__gt__($self, value, /)': (self: PySet, o) => compare(self, o, 4),
    '__ge__($self, value, /)': (self: PySet, o) => compare(self, o, 5),
    '__or__($self, value, /)': (self: PySet, o) => binop(self, o, unionOne),
    '__ror__($self, value, /)': (self: PySet, o) => binop(o, self, unionOne),
    '__and__($self, value, /)': (self: PySet, o) => binop(self, o, intersect),
    '__rand__($self, value, /)': (self: PySet, o) => binop(o, self, intersect),
    '__sub__($self, value, /)': (self: PySet, o) => binop(self, o, difference),
    '__rsub__($self, value, /)': (self: PySet, o) => binop(o, self, difference),
    '__xor__($self, value, /)': (self: PySet, o) => binop(self, o, symDiff),
    '__rxor__($self, value, /)': (self: PySet, o) => binop(o, self, symDiff),
    '__sizeof__($self, /)': (self: PySet) => (self.d.size <= 5 ? 200 : 200 + 16 * self.d.keys.length),
    'copy($self, /)': (self: PySet) => {
      if (self.cls === FrozenSetType) return self;
      return withKeys(baseType(self), copyDict(self.d));
    },
    'union($self, /, *others)': (self: PySet, others: PyValue[]) => withKeys(baseType(self), union(self.d, others)),
    'intersection($self, /, *others)': (self: PySet, others: PyValue[]) => {
      let d = self.d;
      if (others.length === 0) d = copyDict(d);
      for (const o of others) d = intersect(d, o);
      return withKeys(baseType(self), d);
    },
    'difference($self, /, *others)': (self: PySet, others: PyValue[]) => {
      let d = copyDict(self.d);
      for (const o of others) d = difference(d, o);
      return withKeys(baseType(self), d);
    },
    'symmetric_difference($self, other, /)': (self: PySet, o) => withKeys(baseType(self), symDiff(self.d, o)),
    'issubset($self, other, /)': (self: PySet, o) => isSubset(self.d, asKeys(o)),
    'issuperset($self, other, /)': (self: PySet, o) => {
      if (o instanceof PySet) return isSubset(o.d, self.d);
      const it = getIter(o);
      for (;;) {
        const x = iterNext(it);
        if (x === undefined) return true;
        if (!setHas(self.d, x)) return false;
      }
    },
    'isdisjoint($self, other, /)': (self: PySet, o) => {
      if (o instanceof PySet) {
        let small = self.d, big = o.d;
        if (big.size < small.size) { small = o.d; big = self.d; }
        for (const k of live(small)) if (big.has(k)) return false;
        return true;
      }
      const it = getIter(o);
      for (;;) {
        const x = iterNext(it);
        if (x === undefined) return true;
        if (self.d.has(x)) return false;
      }
    },
  } as Record<string, (self: any, ...a: any[]) => PyValue>;
  void T;
}

defineMethods(SetType, commonMethods(SetType));
defineMethods(FrozenSetType, commonMethods(FrozenSetType));

defineMethods(SetType, {
  '__ior__($self, value, /)': (self: PySet, o) => {
    if (!isAnySet(o)) return NotImplemented;
    updateFrom(self.d, o);
    return self;
  },
  '__iand__($self, value, /)': (self: PySet, o) => {
    if (!isAnySet(o)) return NotImplemented;
    assign(self, intersect(self.d, o));
    return self;
  },
  '__isub__($self, value, /)': (self: PySet, o) => {
    if (!isAnySet(o)) return NotImplemented;
    if (o === self) { self.d.clear(); return self; }
    for (const k of live(o.d)) self.d.delete(k);
    return self;
  },
  '__ixor__($self, value, /)': (self: PySet, o) => {
    if (!isAnySet(o)) return NotImplemented;
    assign(self, symDiff(self.d, o));
    return self;
  },
  'add($self, object, /)': (self: PySet, k) => { self.d.set(k, None); return None; },
  'discard($self, object, /)': (self: PySet, k) => {
    if (k instanceof PySet) { discardSetKey(self, k); return None; }
    self.d.delete(k);
    return None;
  },
  'remove($self, object, /)': (self: PySet, k) => {
    const found = k instanceof PySet ? discardSetKey(self, k) : self.d.delete(k) !== undefined;
    if (!found) throw keyError(k);
    return None;
  },
  'pop($self, /)': (self: PySet) => {
    const keys = self.d.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== undefined) { self.d.deleteAt(i); return k; }
    }
    throw keyError('pop from an empty set');
  },
  'clear($self, /)': (self: PySet) => { self.d.clear(); return None; },
  'update($self, /, *others)': (self: PySet, others: PyValue[]) => {
    for (const o of others) updateFrom(self.d, o);
    return None;
  },
  'intersection_update($self, /, *others)': (self: PySet, others: PyValue[]) => {
    let d = self.d;
    for (const o of others) d = intersect(d, o);
    assign(self, d);
    return None;
  },
  'difference_update($self, /, *others)': (self: PySet, others: PyValue[]) => {
    for (const o of others) {
      if (o === self) { self.d.clear(); continue; }
      const od = asKeys(o);
      for (const k of live(od)) self.d.delete(k);
    }
    return None;
  },
  'symmetric_difference_update($self, other, /)': (self: PySet, o) => {
    assign(self, symDiff(self.d, o === self ? copySet(self) : o));
    return None;
  },
});
SetType.dict.set('__hash__', None);

function copySet(s: PySet): PySet {
  return withKeys(SetType, copyDict(s.d));
}

/** discard/remove with a set argument: looked up as a frozenset when the set itself is unhashable. */
function discardSetKey(self: PySet, k: PySet): boolean {
  try {
    return self.d.delete(k) !== undefined;
  } catch (e) {
    if (!(e instanceof PyBaseException && e.cls.isSubtype(TypeErrorType))) throw e;
    return self.d.delete(withKeys(FrozenSetType, k.d)) !== undefined;
  }
}

// ---- frozenset hash (frozenset_hash) ------------------------------------------------------------

/** _shuffle_bits(h) = ((h ^ 89869747) ^ (h << 16)) * 3644798167, mod 2**64, into H64. */
function shuffle(hi: number, lo: number): void {
  const shi = ((hi << 16) | (lo >>> 16)) >>> 0;
  const slo = (lo << 16) >>> 0;
  mul64((hi ^ shi) >>> 0, ((lo ^ 89869747) ^ slo) >>> 0, 0, 3644798167);
}

export function frozensetHash(s: PySet): number | bigint {
  if (s.hash !== undefined) return s.hash;
  let hh = 0, hl = 0;
  for (const k of live(s.d)) {
    h64From(hashValue(k));
    shuffle(H64.hi, H64.lo);
    hh = (hh ^ H64.hi) >>> 0; hl = (hl ^ H64.lo) >>> 0;
  }
  // hash ^= (len + 1) * 1927868237
  mul64(0, s.d.size + 1, 0, 1927868237);
  hh = (hh ^ H64.hi) >>> 0; hl = (hl ^ H64.lo) >>> 0;
  // hash ^= (hash >> 11) ^ (hash >> 25)
  const r11h = hh >>> 11, r11l = ((hl >>> 11) | (hh << 21)) >>> 0;
  const r25h = hh >>> 25, r25l = ((hl >>> 25) | (hh << 7)) >>> 0;
  hh = (hh ^ r11h ^ r25h) >>> 0; hl = (hl ^ r11l ^ r25l) >>> 0;
  // hash = hash * 69069 + 907133923
  mul64(hh, hl, 0, 69069);
  let lo = H64.lo + 907133923;
  const hi = (H64.hi + (lo > 0xffffffff ? 1 : 0)) >>> 0;
  lo = lo >>> 0;
  const r = hi === 0xffffffff && lo === 0xffffffff ? 590923713 : h64Value(hi, lo);
  s.hash = r;
  return r;
}

defineMethods(FrozenSetType, {
  '__hash__($self, /)': frozensetHash,
});
defineClassMethods(SetType, { '__class_getitem__($cls, item, /)': classGetItem });
defineClassMethods(FrozenSetType, { '__class_getitem__($cls, item, /)': classGetItem });

// ---- iterator ---------------------------------------------------------------------------------------

export const SetIteratorType = makeBuiltinType('set_iterator', undefined, 0);

/** iter(set) (setiter_iternext): "Set changed size during iteration" when the size changes. */
export class SetIterator extends PyObject {
  d: PyDict | null;
  pos: number;
  used: number;
  len: number;
  constructor(d: PyDict) {
    super(SetIteratorType);
    this.d = d;
    this.pos = 0;
    this.used = d.size;
    this.len = d.size;
  }
  nextValue(): PyValue | undefined {
    const d = this.d;
    if (d === null) return undefined;
    if (d.size !== this.used) {
      this.used = -1; // sticky, as CPython
      throw runtimeError('Set changed size during iteration');
    }
    const keys = d.keys;
    let i = this.pos;
    while (i < keys.length && keys[i] === undefined) i++;
    if (i >= keys.length) { this.d = null; return undefined; }
    this.pos = i + 1;
    this.len--;
    return keys[i];
  }
}

defineIterator(SetIteratorType, (self: SetIterator) => (self.d !== null && self.used === self.d.size ? self.len : 0));
