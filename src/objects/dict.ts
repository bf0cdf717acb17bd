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
//  - `slow`: a Map from Python hash to entry indices, for keys that define
//    equality (tuples, frozensets, complex, instances of classes with
//    __eq__/__hash__, subclasses of int/str/float).  Candidates are compared
//    with Python ==.
//
// Cross-index equality (a tuple never equals an int, but Fraction(1) == 1
// and hash(Fraction(1)) == hash(1)) is handled by probing the other index
// with the key's hash or underlying value; see lookup().

import { PyObject, makeBuiltinType, typeOf, type PyValue, None, TF_MAPPING, TF_BASETYPE, type PyType } from './object.js';
import { FloatType, PyFloat } from './float.js';
import { hashValue, eqValue, keyKind, KEY_IDENTITY, KEY_BASE_VALUE } from './abstract.js';

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
  /** Python hash -> indices of the entries with that hash, for keys that aren't simple. */
  slow: Map<number | bigint, number[]> | null;
  /** The hash of each slow entry, by entry index (so deletion and compaction never run __hash__ again). */
  slowHashes: Map<number, number | bigint> | null;
  /** Bumped on every insertion or deletion (iteration checks, JIT guards). */
  version: number;

  constructor(cls: PyType = DictType) {
    super(cls);
    this.keys = [];
    this.vals = [];
    this.size = 0;
    this.fast = new Map();
    this.slow = null;
    this.slowHashes = null;
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
      return this.slowLookup(k, hashValue(k));
    }
    return this.lookupHashed(k, hashValue(k));
  }

  /** lookup() of a key that is not simple, with its hash already computed. */
  private lookupHashed(k: PyValue, h: number | bigint): number {
    let i = this.slow === null ? -1 : this.slowLookup(k, h);
    if (i >= 0) return i;
    // ... or a simple key: an int/str/float subclass equals its base value;
    // other objects can equal an int with the same hash (numbers hash to themselves).
    const base = keyKind(typeOf(k)) === KEY_BASE_VALUE ? baseValue(k) : undefined;
    const probe = base !== undefined ? simpleKey(base) : h;
    i = this.fast.get(probe) ?? -1;
    if (i >= 0 && eqValue(this.keys[i]!, k)) return i;
    return -1;
  }

  private slowLookup(k: PyValue, h: number | bigint): number {
    const bucket = this.slow!.get(h);
    if (bucket === undefined) return -1;
    for (let j = 0; j < bucket.length; j++) {
      const i = bucket[j];
      const kk = this.keys[i]!;
      if (kk === k || eqValue(kk, k)) return i;
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
        const j = this.slowLookup(k, hashValue(k));
        if (j >= 0) { this.vals[j] = v; return; }
      }
      const n = this.keys.length;
      this.keys.push(k);
      this.vals.push(v);
      this.fast.set(sk, n);
      this.size++;
      this.version++;
      return;
    }
    const h = hashValue(k);
    const i = this.lookupHashed(k, h);
    if (i >= 0) { this.vals[i] = v; return; }
    this.insertSlow(k, v, h);
  }

  /** Fast path for str keys. */
  setStr(s: string, v: PyValue): void {
    const i = this.fast.get(s);
    if (i !== undefined) { this.vals[i] = v; return; }
    this.set(s, v);
  }

  private insertSlow(k: PyValue, v: PyValue, h: number | bigint): void {
    const n = this.keys.length;
    this.keys.push(k);
    this.vals.push(v);
    if (this.slow === null) { this.slow = new Map(); this.slowHashes = new Map(); }
    const b = this.slow.get(h);
    if (b === undefined) this.slow.set(h, [n]); else b.push(n);
    this.slowHashes!.set(n, h);
    this.size++;
    this.version++;
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
    const sk = simpleKey(k);
    if (sk !== NOT_SIMPLE && this.fast.get(sk) === i) this.fast.delete(sk);
    else if (this.slow !== null) {
      const h = this.slowHashes!.get(i)!;
      this.slowHashes!.delete(i);
      const b = this.slow.get(h);
      if (b !== undefined) {
        const j = b.indexOf(i);
        if (j >= 0) b.splice(j, 1);
        if (b.length === 0) this.slow.delete(h);
      }
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
    this.slowHashes = null;
    this.version++;
  }

  /**
   * Drop holes, rebuilding the indexes.  No Python code runs: slow keys'
   * hashes are the stored ones, and a key's index (fast or slow) is the one
   * it was inserted under (simpleKey depends only on the key's type).
   */
  private compact(): void {
    const keys = this.keys, vals = this.vals;
    const oldHashes = this.slowHashes;
    const nk: PyValue[] = [], nv: PyValue[] = [];
    const fast = new Map<unknown, number>();
    let slow: Map<number | bigint, number[]> | null = null;
    let slowHashes: Map<number, number | bigint> | null = null;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === undefined) continue;
      const j = nk.length;
      nk.push(k);
      nv.push(vals[i]!);
      const h = oldHashes === null ? undefined : oldHashes.get(i);
      if (h === undefined) fast.set(simpleKey(k), j);
      else {
        if (slow === null) { slow = new Map(); slowHashes = new Map(); }
        const b = slow.get(h);
        if (b === undefined) slow.set(h, [j]); else b.push(j);
        slowHashes!.set(j, h);
      }
    }
    this.keys = nk;
    this.vals = nv;
    this.fast = fast;
    this.slow = slow;
    this.slowHashes = slowHashes;
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
