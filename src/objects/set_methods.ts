// set and frozenset: methods, operators, comparisons, hash and iterator
// (Objects/setobject.c).  Storage and the table algorithms are in set.ts.
//
// Every operation builds its result the way setobject.c does (which set is
// iterated, which is copied first, when the table is resized), because that
// decides the result's iteration order.

import { None, NotImplemented, PyObject, PyType, makeBuiltinType, typeOf, type PyValue } from './object.js';
import {
  PySet, SetType, FrozenSetType, type Hash, setLookup, setAddEntry, setAddKey, setContainsKey, setDiscardEntry,
  setDiscardKey, setDummy, setClear, setNext, setKeys, setUpdate, setResize, setSwapBodies,
} from './set.js';
import { PyDict, DictType } from './dict.js';
import { defineMethods, defineClassMethods } from './methods.js';
import { getIter, iterNext, repr, H64, h64From, mul64, h64Value, getAttrOpt, call, selfIter } from './abstract.js';
import { hashParts, HP } from './hashparts.js';
import { typeError, keyError, runtimeError, PyBaseException, TypeErrorType } from './exceptions.js';
import {
  checkPositional, noKeywords, defineNew, defineRawMethod, initInstance, reprEnter, reprLeave, defineIterator,
} from './seq_util.js';
import { classGetItem } from './generic_alias.js';
import { newTuple } from './tuple.js';
import { PyList } from './list.js';

export function isAnySet(v: PyValue): v is PySet {
  return v instanceof PySet;
}

/** make_new_set_basetype: results of operations are plain sets or frozensets. */
function baseType(s: PySet): PyType {
  return s.cls === SetType || s.cls === FrozenSetType ? s.cls : s.cls.isSubtype(SetType) ? SetType : FrozenSetType;
}

/** make_new_set: a new set of type `cls`, filled from an iterable. */
function makeNew(cls: PyType, it?: PyValue): PySet {
  const s = new PySet(cls);
  if (it !== undefined) setUpdate(s, it);
  return s;
}

/** set_copy */
function copyOf(s: PySet): PySet {
  return makeNew(baseType(s), s);
}

/** A TypeError from hashing a set argument: set methods then look it up as a frozenset. */
function isUnhashableSet(e: unknown, key: PyValue): key is PySet {
  return key instanceof PySet && key.cls.isSubtype(SetType) && e instanceof PyBaseException && e.cls.isSubtype(TypeErrorType);
}

/** set_contains: an unhashable set argument is looked up by its frozenset hash. */
export function setHas(s: PySet, key: PyValue): boolean {
  try {
    return setContainsKey(s, key);
  } catch (e) {
    if (!isUnhashableSet(e, key)) throw e;
    h64From(frozensetHashOf(key));
    return setLookup(s, key, H64.hi, H64.lo) >= 0;
  }
}

/** set_contains_entry on another set, with a hash known from our own table. */
function hasEntry(s: PySet, key: PyValue, hi: number, lo: number): boolean {
  return setLookup(s, key, hi, lo) >= 0;
}

// ---- the algebra (set_intersection, set_difference, ...) ------------------------------------

/** set_intersection */
function intersection(so: PySet, other: PyValue): PySet {
  if (so === other) return copyOf(so);
  const result = new PySet(baseType(so));
  if (other instanceof PySet) {
    // Iterate over the smaller set; its keys (and hashes) go into the result.
    let big = so, small: PySet = other;
    if (other.used > so.used) { big = other; small = so; }
    for (let i = setNext(small, 0); i >= 0; i = setNext(small, i + 1)) {
      const k = small.keys[i]!, hi = small.hhi[i], lo = small.hlo[i];
      if (hasEntry(big, k, hi, lo)) setAddEntry(result, k, hi, lo);
    }
    return result;
  }
  const it = getIter(other);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return result;
    hashParts(x);
    const hi = HP.hi, lo = HP.lo;
    if (hasEntry(so, x, hi, lo)) setAddEntry(result, x, hi, lo);
  }
}

/** set_intersection_multi */
function intersectionMulti(so: PySet, others: PyValue[]): PySet {
  if (others.length === 0) return copyOf(so);
  let r = so;
  for (const o of others) r = intersection(r, o);
  return r;
}

/** set_difference_update_internal */
function differenceUpdate(so: PySet, other: PyValue): void {
  if (so === other) { setClear(so); return; }
  if (other instanceof PySet) {
    // When the other set is more than 8 times larger, iterate the intersection instead.
    const o = (other.used >> 3) > so.used ? intersection(so, other) : other;
    for (let i = setNext(o, 0); i >= 0; i = setNext(o, i + 1)) setDiscardEntry(so, o.keys[i]!, o.hhi[i], o.hlo[i]);
  } else {
    const it = getIter(other);
    for (;;) {
      const x = iterNext(it);
      if (x === undefined) break;
      setDiscardKey(so, x);
    }
  }
  // More than a quarter dummies: resize them away.
  if (so.fill - so.used > (so.mask >>> 2)) setResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}

/** set_difference */
function difference(so: PySet, other: PyValue): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.used;
  else if (other instanceof PyDict && other.cls === DictType) otherSize = other.size;
  else otherSize = -1;
  if (otherSize < 0 || (so.used >> 2) > otherSize) {
    // set_copy_and_difference
    const r = copyOf(so);
    differenceUpdate(r, other);
    return r;
  }
  const result = new PySet(baseType(so));
  const isDict = !(other instanceof PySet);
  for (let i = setNext(so, 0); i >= 0; i = setNext(so, i + 1)) {
    const k = so.keys[i]!, hi = so.hhi[i], lo = so.hlo[i];
    const found = isDict ? (other as PyDict).has(k) : hasEntry(other as PySet, k, hi, lo);
    if (!found) setAddEntry(result, k, hi, lo);
  }
  return result;
}

/** set_difference_multi */
function differenceMulti(so: PySet, others: PyValue[]): PySet {
  if (others.length === 0) return copyOf(so);
  const r = difference(so, others[0]);
  for (let i = 1; i < others.length; i++) differenceUpdate(r, others[i]);
  return r;
}

/** set_symmetric_difference_update */
function symDiffUpdate(so: PySet, other: PyValue): void {
  if (so === other) { setClear(so); return; }
  if (other instanceof PyDict && other.cls === DictType) {
    const keys = other.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === undefined) continue;
      hashParts(k);
      const hi = HP.hi, lo = HP.lo;
      if (!setDiscardEntry(so, k, hi, lo)) setAddEntry(so, k, hi, lo);
    }
    return;
  }
  const o = other instanceof PySet ? other : makeNew(baseType(so), other);
  for (let i = setNext(o, 0); i >= 0; i = setNext(o, i + 1)) {
    const k = o.keys[i]!, hi = o.hhi[i], lo = o.hlo[i];
    if (!setDiscardEntry(so, k, hi, lo)) setAddEntry(so, k, hi, lo);
  }
}

/** set_symmetric_difference: a copy of the *other* operand, updated with this one. */
function symDiff(so: PySet, other: PyValue): PySet {
  const r = makeNew(baseType(so), other);
  symDiffUpdate(r, so);
  return r;
}

/** set_union */
function union(so: PySet, others: PyValue[]): PySet {
  const r = copyOf(so);
  for (const o of others) if (o !== so) setUpdate(r, o);
  return r;
}

/** set_issubset */
function isSubset(so: PySet, other: PyValue): boolean {
  if (!(other instanceof PySet)) return intersection(so, other).used === so.used;
  if (so.used > other.used) return false;
  for (let i = setNext(so, 0); i >= 0; i = setNext(so, i + 1)) {
    if (!hasEntry(other, so.keys[i]!, so.hhi[i], so.hlo[i])) return false;
  }
  return true;
}

/** set_issuperset */
function isSuperset(so: PySet, other: PyValue): boolean {
  if (other instanceof PySet) return isSubset(other, so);
  const it = getIter(other);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return true;
    if (!setContainsKey(so, x)) return false;
  }
}

/** set_isdisjoint */
function isDisjoint(so: PySet, other: PyValue): boolean {
  if (so === other) return so.used === 0;
  if (other instanceof PySet) {
    let big = so, small: PySet = other;
    if (other.used > so.used) { big = other; small = so; }
    for (let i = setNext(small, 0); i >= 0; i = setNext(small, i + 1)) {
      if (hasEntry(big, small.keys[i]!, small.hhi[i], small.hlo[i])) return false;
    }
    return true;
  }
  const it = getIter(other);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return true;
    if (setContainsKey(so, x)) return false;
  }
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
  if (self.fill !== 0) setClear(self);
  self.hash = undefined;
  if (args.length === 1) setUpdate(self, args[0]);
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
  if (it !== undefined) setUpdate(s, it);
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
    if (self.used === 0) return `${name}()`;
    const parts: string[] = [];
    for (const k of setKeys(self)) parts.push(repr(k));
    const body = `{${parts.join(', ')}}`;
    return self.cls === SetType ? body : `${name}(${body})`;
  } finally {
    reprLeave(self);
  }
}

/** set_richcompare: only against sets; subset order. */
function compare(self: PySet, other: PyValue, op: number): PyValue {
  if (!isAnySet(other)) return NotImplemented;
  switch (op) {
    case 2:
      if (self.used !== other.used) return false;
      if (self.hash !== undefined && other.hash !== undefined && self.hash !== other.hash) return false;
      return isSubset(self, other);
    case 3: return !compare(self, other, 2);
    case 1: return isSubset(self, other);
    case 5: return isSuperset(self, other);
    case 0: return self.used < other.used && isSubset(self, other);
    default: return self.used > other.used && isSuperset(self, other);
  }
}

/** The binary operators: both operands must be sets. */
function binop(a: PyValue, b: PyValue, f: (x: PySet, y: PySet) => PySet): PyValue {
  if (!isAnySet(a) || !isAnySet(b)) return NotImplemented;
  return f(a, b);
}

/** set_or */
const orOp = (a: PySet, b: PySet): PySet => {
  const r = copyOf(a);
  if (a !== b) setUpdate(r, b);
  return r;
};

/** set_reduce: (type, (list,), state), state as object.__getstate__ gives it (None for an empty __dict__). */
function reduce(self: PySet): PyValue {
  const keys = new PyList(setKeys(self));
  const getstate = getAttrOpt(self, '__getstate__');
  let state: PyValue = None;
  if (getstate !== undefined) state = call(getstate, []);
  else {
    const d = getAttrOpt(self, '__dict__');
    if (d instanceof PyDict && d.size > 0) state = d;
  }
  return newTuple([self.cls, newTuple([keys]), state]);
}

function setIter(self: PySet): PyValue { return new SetIterator(self); }

/** Methods common to set and frozenset. */
function commonMethods(): Record<string, (self: any, ...a: any[]) => PyValue> {
  return {
    '__repr__($self, /)': setRepr,
    '__len__($self, /)': (self: PySet) => self.used,
    '__contains__($self, key, /)': (self: PySet, k) => setHas(self, k),
    '__iter__($self, /)': setIter,
    '__eq__($self, value, /)': (self: PySet, o) => compare(self, o, 2),
    '__ne__($self, value, /)': (self: PySet, o) => compare(self, o, 3),
    '__lt__($self, value, /)': (self: PySet, o) => compare(self, o, 0),
    '__le__($self, value, /)': (self: PySet, o) => compare(self, o, 1),
    '__gt__($self, value, /)': (self: PySet, o) => compare(self, o, 4),
    '__ge__($self, value, /)': (self: PySet, o) => compare(self, o, 5),
    '__or__($self, value, /)': (self: PySet, o) => binop(self, o, orOp),
    '__ror__($self, value, /)': (self: PySet, o) => binop(o, self, orOp),
    '__and__($self, value, /)': (self: PySet, o) => binop(self, o, intersection),
    '__rand__($self, value, /)': (self: PySet, o) => binop(o, self, intersection),
    '__sub__($self, value, /)': (self: PySet, o) => binop(self, o, difference),
    '__rsub__($self, value, /)': (self: PySet, o) => binop(o, self, difference),
    '__xor__($self, value, /)': (self: PySet, o) => binop(self, o, symDiff),
    '__rxor__($self, value, /)': (self: PySet, o) => binop(o, self, symDiff),
    '__sizeof__($self, /)': (self: PySet) => 200 + (self.mask + 1 > 8 ? 16 * (self.mask + 1) : 0),
    '__reduce__($self, /)': reduce,
    'copy($self, /)': (self: PySet) => (self.cls === FrozenSetType ? self : copyOf(self)),
    'union($self, /, *others)': (self: PySet, others: PyValue[]) => union(self, others),
    'intersection($self, /, *others)': (self: PySet, others: PyValue[]) => intersectionMulti(self, others),
    'difference($self, /, *others)': (self: PySet, others: PyValue[]) => differenceMulti(self, others),
    'symmetric_difference($self, other, /)': (self: PySet, o) => symDiff(self, o),
    'issubset($self, other, /)': (self: PySet, o) => isSubset(self, o),
    'issuperset($self, other, /)': (self: PySet, o) => isSuperset(self, o),
    'isdisjoint($self, other, /)': (self: PySet, o) => isDisjoint(self, o),
  } as Record<string, (self: any, ...a: any[]) => PyValue>;
}

defineMethods(SetType, commonMethods());
defineMethods(FrozenSetType, commonMethods());
SetType.iterFn = FrozenSetType.iterFn = setIter as (v: PyValue) => PyValue;

/** set_discard / set_remove: an unhashable set argument is looked up by its frozenset hash. */
function discard(self: PySet, k: PyValue): boolean {
  try {
    return setDiscardKey(self, k);
  } catch (e) {
    if (!isUnhashableSet(e, k)) throw e;
    h64From(frozensetHashOf(k));
    return setDiscardEntry(self, k, H64.hi, H64.lo);
  }
}

defineMethods(SetType, {
  '__ior__($self, value, /)': (self: PySet, o) => {
    if (!isAnySet(o)) return NotImplemented;
    setUpdate(self, o);
    return self;
  },
  '__iand__($self, value, /)': (self: PySet, o) => {
    if (!isAnySet(o)) return NotImplemented;
    setSwapBodies(self, intersection(self, o));
    return self;
  },
  '__isub__($self, value, /)': (self: PySet, o) => {
    if (!isAnySet(o)) return NotImplemented;
    differenceUpdate(self, o);
    return self;
  },
  '__ixor__($self, value, /)': (self: PySet, o) => {
    if (!isAnySet(o)) return NotImplemented;
    symDiffUpdate(self, o);
    return self;
  },
  'add($self, object, /)': (self: PySet, k) => { setAddKey(self, k); return None; },
  'discard($self, object, /)': (self: PySet, k) => { discard(self, k); return None; },
  'remove($self, object, /)': (self: PySet, k) => {
    if (!discard(self, k)) throw keyError(k);
    return None;
  },
  'pop($self, /)': (self: PySet) => {
    // set_pop: scan circularly from the finger, so repeated pops don't rescan the start.
    if (self.used === 0) throw keyError('pop from an empty set');
    const keys = self.keys, mask = self.mask;
    let i = self.finger & mask;
    while (keys[i] === undefined || keys[i] === null) i = i === mask ? 0 : i + 1;
    const k = keys[i]!;
    setDummy(self, i);
    self.finger = i + 1;
    return k;
  },
  'clear($self, /)': (self: PySet) => { setClear(self); return None; },
  'update($self, /, *others)': (self: PySet, others: PyValue[]) => {
    for (const o of others) setUpdate(self, o);
    return None;
  },
  'intersection_update($self, /, *others)': (self: PySet, others: PyValue[]) => {
    setSwapBodies(self, intersectionMulti(self, others));
    return None;
  },
  'difference_update($self, /, *others)': (self: PySet, others: PyValue[]) => {
    for (const o of others) differenceUpdate(self, o);
    return None;
  },
  'symmetric_difference_update($self, other, /)': (self: PySet, o) => {
    symDiffUpdate(self, o);
    return None;
  },
});
SetType.dict.set('__hash__', None);

// ---- frozenset hash (frozenset_hash) ------------------------------------------------------------

/** _shuffle_bits(h) = ((h ^ 89869747) ^ (h << 16)) * 3644798167, mod 2**64, into H64. */
function shuffle(hi: number, lo: number): void {
  const shi = ((hi << 16) | (lo >>> 16)) >>> 0;
  const slo = (lo << 16) >>> 0;
  mul64((hi ^ shi) >>> 0, ((lo ^ 89869747) ^ slo) >>> 0, 0, 3644798167);
}

/** frozenset_hash's computation over the stored hashes (order-independent). */
function frozensetHashOf(s: PySet): Hash {
  let hh = 0, hl = 0;
  const keys = s.keys, hhi = s.hhi, hlo = s.hlo;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === undefined || k === null) continue;
    shuffle(hhi[i], hlo[i]);
    hh = (hh ^ H64.hi) >>> 0; hl = (hl ^ H64.lo) >>> 0;
  }
  // hash ^= (len + 1) * 1927868237
  mul64(0, s.used + 1, 0, 1927868237);
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
  return hi === 0xffffffff && lo === 0xffffffff ? 590923713 : h64Value(hi, lo);
}

export function frozensetHash(s: PySet): Hash {
  if (s.hash !== undefined) return s.hash;
  const r = frozensetHashOf(s);
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

/** iter(set) (setiter_iternext): walks the live table; "Set changed size during iteration" when the size changes. */
export class SetIterator extends PyObject {
  s: PySet | null;
  pos: number;
  used: number;
  len: number;
  constructor(s: PySet) {
    super(SetIteratorType);
    this.s = s;
    this.pos = 0;
    this.used = s.used;
    this.len = s.used;
  }
  nextValue(): PyValue | undefined {
    const s = this.s;
    if (s === null) return undefined;
    if (s.used !== this.used) {
      this.used = -1; // sticky, as CPython
      throw runtimeError('Set changed size during iteration');
    }
    const keys = s.keys;
    let i = this.pos;
    while (i < keys.length && (keys[i] === undefined || keys[i] === null)) i++;
    if (i >= keys.length) { this.s = null; return undefined; }
    this.pos = i + 1;
    this.len--;
    return keys[i]!;
  }
}

defineIterator(SetIteratorType, (self: SetIterator) => (self.s !== null && self.used === self.s.used ? self.len : 0));

// For dict views (dictviews_sub and dictviews_xor call these methods on a new set).
export { differenceUpdate as setDifferenceUpdate, symDiffUpdate as setSymDiffUpdate, intersectionMulti as setIntersection };

SetIteratorType.iterFn = selfIter;
