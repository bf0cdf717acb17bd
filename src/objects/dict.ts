// dict: the storage (Objects/dictobject.c semantics, not its layout).
// Methods, views and iterators are in dict_methods.ts.
//
// Design.  Entries live in insertion order in two parallel arrays (`keys`,
// `vals`); a deleted entry leaves a hole (key undefined) until compaction.
// Lookup goes through one of two indexes:
//
//  - `fast`: a JS Map from a "simple key" to the entry index.  Most keys are
//    simple: a str is itself; an int is its number/bigint; True/False are
//    1/0; a float equal to an int is that int (so 1, 1.0 and True are one
//    key, as Python requires), other floats their number; NaN and objects
//    that hash by identity (instances without __eq__/__hash__, functions,
//    classes, None) are the object itself.  The host's Map does the hashing.
//  - `slow`: for keys that define equality (tuples, frozensets, complex,
//    instances of classes with __eq__/__hash__, subclasses of int/str/float).
//    A Map from a small-integer key mixed from the Python hash's two 32-bit
//    halves (hashparts.ts: no BigInt, even for the 64-bit hashes of tuples)
//    to the first entry of a chain (`snext`, by entry index, in insertion
//    order); each slow entry keeps its full hash (`shi`/`slo`), and only
//    candidates whose full hash matches are compared with Python ==.
//
// Cross-index equality (a tuple never equals an int, but Fraction(1) == 1
// and hash(Fraction(1)) == hash(1)) is handled by probing the other index
// with the key's hash or underlying value; see lookup().

import { PyObject, makeBuiltinType, typeOf, type PyValue, None, TF_MAPPING, TF_BASETYPE, type PyType } from './object.js';
import { FloatType, PyFloat, floatOf } from './float.js';
import { hashValue, eqValue, keyKind, KEY_IDENTITY, KEY_BASE_VALUE, h64From, H64 } from './abstract.js';
import { TupleType } from './tuple.js';
import { hashParts, HP, slotKey, keyEq } from './hashparts.js';

export const DictType = makeBuiltinType('dict', undefined, TF_BASETYPE);
DictType.flags |= TF_MAPPING;

/** Marker: the key can't go in the fast index. */
const NOT_SIMPLE: unique symbol = Symbol('not simple');

/** The fast-index key of a Python key, or NOT_SIMPLE. */
export function simpleKey(k: PyValue): unknown {
  switch (typeof k) {
    case 'string': case 'number': case 'bigint': return k;
    case 'boolean': return k ? 1 : 0;
  }
  const o = k as PyObject;
  if (o.cls === TupleType) return NOT_SIMPLE;
  if (o.cls === FloatType) {
    const v = (o as PyFloat).value;
    if (v !== v) return o; // NaN: only itself
    if (Number.isInteger(v) && !Number.isSafeInteger(v)) return BigInt(v);
    return v === 0 ? 0 : v;
  }
  return keyKind(o.cls) === KEY_IDENTITY ? o : NOT_SIMPLE;
}

export class PyDict extends PyObject {
  keys: (PyValue | undefined)[];
  vals: (PyValue | undefined)[];
  /** Number of live entries. */
  size: number;
  fast: Map<unknown, number>;
  /** slotKey(hash) -> the first slow entry with that key, for keys that aren't simple. */
  slow: Map<number, number> | null;
  /**
   * By entry index (allocated with `slow`, filled lazily): the next slow entry
   * with the same slot key (-1: none), or NOT_SLOW for an entry of the fast
   * index; and each slow entry's hash as unsigned 32-bit halves (so deletion
   * and compaction never run __hash__ again).
   */
  snext: number[] | null;
  shi: number[] | null;
  slo: number[] | null;
  /** Bumped on every insertion or deletion (iteration checks, JIT guards). */
  version: number;
  /**
   * A non-integral float has been a fast key: then a key that isn't simple
   * (a Fraction, an object with its own __eq__) may equal one, which the
   * fast index can't find by hash (see lookupHashed).
   */
  floatKeys: boolean;

  constructor(cls: PyType = DictType) {
    super(cls);
    this.floatKeys = false;
    this.keys = [];
    this.vals = [];
    this.size = 0;
    this.fast = new Map();
    this.slow = null;
    this.snext = null;
    this.shi = null;
    this.slo = null;
    this.version = 0;
  }

  // ---- lookup ---------------------------------------------------------------

  /** Index of the entry for key k, or -1.  May run Python code (__eq__, __hash__). */
  lookup(k: PyValue): number {
    const sk = simpleKey(k);
    if (sk !== NOT_SIMPLE) {
      const i = this.fast.get(sk);
      if (i !== undefined) return i;
      if (this.slow === null) return -1;
      // A simple key may equal a key that lives in the slow index.
      hashParts(k);
      return this.slowLookup(k, HP.hi, HP.lo);
    }
    if ((k as PyObject).cls === TupleType) {
      hashParts(k);
      return this.slow === null ? -1 : this.slowLookup(k, HP.hi, HP.lo);
    }
    const h = hashValue(k);
    h64From(h);
    return this.lookupHashed(k, h, H64.hi, H64.lo);
  }

  /** lookup() of a key that is not simple (nor an exact tuple), with its hash already computed. */
  private lookupHashed(k: PyValue, h: number | bigint, hi: number, lo: number): number {
    let i = this.slow === null ? -1 : this.slowLookup(k, hi, lo);
    if (i >= 0) return i;
    // ... or a simple key: an int/str/float subclass equals its base value;
    // other objects can equal an int with the same hash (numbers hash to themselves).
    // (An exact tuple equals only tuples and keys with their own __eq__, all slow.)
    const base = keyKind(typeOf(k)) === KEY_BASE_VALUE ? baseValue(k) : undefined;
    const probe = base !== undefined ? simpleKey(base) : h;
    i = this.fast.get(probe) ?? -1;
    if (i >= 0 && eqValue(this.keys[i]!, k)) return i;
    if (this.floatKeys && base === undefined) {
      // Rare: scan the float keys with k's hash.
      const keys = this.keys;
      for (let j = 0; j < keys.length; j++) {
        const kk = keys[j];
        if (kk === undefined || floatOf(kk) === undefined || typeOf(kk) !== FloatType || hashValue(kk) != h) continue; // eslint-disable-line eqeqeq
        if (eqValue(kk, k)) return this.keys === keys ? j : this.lookup(k);
      }
    }
    return -1;
  }

  /** The slow entry equal to k (hash hi:lo), or -1. */
  private slowLookup(k: PyValue, hi: number, lo: number): number {
    let i = this.slow!.get(slotKey(hi, lo));
    if (i === undefined) return -1;
    const keys = this.keys, snext = this.snext!, shi = this.shi!, slo = this.slo!;
    while (i >= 0) {
      const kk = keys[i];
      if (kk === k) return i;
      if (slo[i] === lo && shi[i] === hi && kk !== undefined) {
        const eq = keyEq(kk, k);
        // __eq__ may have changed the dict: start over (as CPython does).
        if (this.keys !== keys || keys[i] !== kk || this.snext !== snext) return this.slow === null ? -1 : this.slowLookup(k, hi, lo);
        if (eq) return i;
      }
      i = snext[i];
    }
    return -1;
  }

  /** Fast path for str keys (globals, attribute dicts, kwargs). */
  getStr(s: string): PyValue | undefined {
    const i = this.fast.get(s);
    if (i !== undefined) return this.vals[i];
    if (this.slow === null) return undefined;
    const j = this.lookup(s);
    return j < 0 ? undefined : this.vals[j];
  }

  get(k: PyValue): PyValue | undefined {
    const i = this.lookup(k);
    return i < 0 ? undefined : this.vals[i];
  }

  has(k: PyValue): boolean {
    return this.lookup(k) >= 0;
  }

  // ---- mutation -------------------------------------------------------------

  set(k: PyValue, v: PyValue): void {
    const sk = simpleKey(k);
    if (sk !== NOT_SIMPLE) {
      const i = this.fast.get(sk);
      if (i !== undefined) { this.vals[i] = v; return; }
      if (this.slow !== null) {
        hashParts(k);
        const j = this.slowLookup(k, HP.hi, HP.lo);
        if (j >= 0) { this.vals[j] = v; return; }
      }
      const n = this.keys.length;
      this.keys.push(k);
      this.vals.push(v);
      this.fast.set(sk, n);
      if (typeof sk === 'number' && !Number.isInteger(sk)) this.floatKeys = true;
      this.size++;
      this.version++;
      return;
    }
    let hi: number, lo: number, i: number;
    if ((k as PyObject).cls === TupleType) {
      hashParts(k);
      hi = HP.hi; lo = HP.lo;
      i = this.slow === null ? -1 : this.slowLookup(k, hi, lo);
    } else {
      const h = hashValue(k);
      h64From(h);
      hi = H64.hi; lo = H64.lo;
      i = this.lookupHashed(k, h, hi, lo);
    }
    if (i >= 0) { this.vals[i] = v; return; }
    this.insertSlow(k, v, hi, lo);
  }

  /** Fast path for str keys. */
  setStr(s: string, v: PyValue): void {
    const i = this.fast.get(s);
    if (i !== undefined) { this.vals[i] = v; return; }
    this.set(s, v);
  }

  private insertSlow(k: PyValue, v: PyValue, hi: number, lo: number): void {
    const n = this.keys.length;
    this.keys.push(k);
    this.vals.push(v);
    if (this.slow === null) { this.slow = new Map(); this.snext = []; this.shi = []; this.slo = []; }
    linkSlow(this.slow, this.snext!, this.shi!, this.slo!, n, hi, lo);
    this.size++;
    this.version++;
  }

  /** Whether entry i is in the slow index. */
  private isSlow(i: number): boolean {
    const s = this.snext;
    return s !== null && i < s.length && s[i] !== NOT_SLOW;
  }

  /** Remove key k; returns its value, or undefined if absent. */
  delete(k: PyValue): PyValue | undefined {
    const i = this.lookup(k);
    if (i < 0) return undefined;
    return this.deleteAt(i);
  }

  deleteAt(i: number): PyValue {
    const k = this.keys[i]!;
    const v = this.vals[i]!;
    if (this.isSlow(i)) {
      const slow = this.slow!, snext = this.snext!;
      const key = slotKey(this.shi![i], this.slo![i]);
      const head = slow.get(key)!;
      if (head === i) {
        if (snext[i] < 0) slow.delete(key); else slow.set(key, snext[i]);
      } else {
        let p = head;
        while (snext[p] !== i) p = snext[p];
        snext[p] = snext[i];
      }
      snext[i] = NOT_SLOW;
    } else {
      const sk = simpleKey(k);
      if (sk !== NOT_SIMPLE && this.fast.get(sk) === i) this.fast.delete(sk);
    }
    this.keys[i] = undefined;
    this.vals[i] = undefined;
    this.size--;
    this.version++;
    const keys = this.keys;
    if (i === keys.length - 1) {
      // Trailing holes go at once: popitem() and pop-from-the-end stay O(1).
      let n = i;
      while (n > 0 && keys[n - 1] === undefined) n--;
      keys.length = n;
      this.vals.length = n;
    } else if (keys.length > 16 && this.size < keys.length >> 1) this.compact();
    return v;
  }

  clear(): void {
    this.keys = [];
    this.vals = [];
    this.size = 0;
    this.fast = new Map();
    this.slow = null;
    this.snext = null;
    this.shi = null;
    this.slo = null;
    this.version++;
  }

  /**
   * Drop holes, rebuilding the indexes.  No Python code runs: slow keys'
   * hashes are the stored ones, and a key's index (fast or slow) is the one
   * it was inserted under (simpleKey depends only on the key's type).
   */
  private compact(): void {
    const keys = this.keys, vals = this.vals;
    const oshi = this.shi, oslo = this.slo;
    const nk: PyValue[] = [], nv: PyValue[] = [];
    const fast = new Map<unknown, number>();
    let slow: Map<number, number> | null = null;
    let snext: number[] | null = null, shi: number[] | null = null, slo: number[] | null = null;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === undefined) continue;
      const j = nk.length;
      nk.push(k);
      nv.push(vals[i]!);
      if (!this.isSlow(i)) fast.set(simpleKey(k), j);
      else {
        if (slow === null) { slow = new Map(); snext = []; shi = []; slo = []; }
        linkSlow(slow, snext!, shi!, slo!, j, oshi![i], oslo![i]);
      }
    }
    this.keys = nk;
    this.vals = nv;
    this.fast = fast;
    this.slow = slow;
    this.snext = snext;
    this.shi = shi;
    this.slo = slo;
  }

  // ---- iteration ------------------------------------------------------------

  /** Entry indices of live entries, in order (a snapshot-free generator is in dict_methods.ts). */
  *entries(): Generator<[PyValue, PyValue]> {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = this.keys[i];
      if (k !== undefined) yield [k, this.vals[i]!];
    }
  }

  /** Live keys, in order. */
  keyList(): PyValue[] {
    const out: PyValue[] = [];
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== undefined) out.push(this.keys[i]!);
    return out;
  }
}

/** snext's mark for an entry of the fast index. */
const NOT_SLOW = -2;

/** Add entry n (hash hi:lo) at the end of its slow chain; entries before n without one are marked NOT_SLOW. */
function linkSlow(slow: Map<number, number>, snext: number[], shi: number[], slo: number[], n: number, hi: number, lo: number): void {
  while (snext.length < n) { snext.push(NOT_SLOW); shi.push(0); slo.push(0); }
  snext[n] = -1;
  shi[n] = hi;
  slo[n] = lo;
  const key = slotKey(hi, lo);
  const head = slow.get(key);
  if (head === undefined) { slow.set(key, n); return; }
  let p = head;
  while (snext[p] >= 0) p = snext[p];
  snext[p] = n;
}

/** The underlying int/str/float value of an instance of a subclass of int/str/float. */
function baseValue(k: PyValue): PyValue | undefined {
  const v = (k as unknown as { value?: PyValue }).value;
  return v;
}

/** A new empty dict. */
export function newDict(): PyDict {
  return new PyDict();
}

/** A dict from string keys (module namespaces, kwargs). */
export function dictFromEntries(entries: Iterable<[PyValue, PyValue]>): PyDict {
  const d = new PyDict();
  for (const [k, v] of entries) d.set(k, v);
  return d;
}

export { None };
