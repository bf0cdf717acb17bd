// set and frozenset storage (Objects/setobject.c): CPython's open-addressing
// hash table, reproduced slot for slot.  Methods are in set_methods.ts.
//
// Why CPython's layout and not insertion order: a set iterates (and prints)
// in table order, and programs show it ({3, 1} prints as {1, 3}).  Ints,
// floats, tuples, None... hash as in CPython, so keeping the same table size,
// probe sequence, dummies, resize points and merge shortcuts gives the same
// order.  (str hashes differ from CPython's seeded SipHash: sets of strings
// iterate in some other, still deterministic, order.  Deliberate difference.)
//
// The table: `keys[i]` is undefined for an unused slot, null for a dummy (a
// deleted entry, which keeps probe chains intact), else the key; `hhi[i]` and
// `hlo[i]` are the key's Python hash as unsigned 32-bit halves of its 64-bit
// two's complement (hashparts.ts: tuples' 64-bit hashes never become BigInts
// here); 0 for unused slots, -1 (all ones) for dummies: no key hashes to -1.
// `fill` counts active + dummy slots, `used` active ones; `mask` is size - 1.

import { PyObject, makeBuiltinType, type PyValue, TF_BASETYPE } from './object.js';
import { PyDict, DictType } from './dict.js';
import { getIter, iterNext } from './abstract.js';
import { hashParts, HP, keyEq } from './hashparts.js';

export const SetType = makeBuiltinType('set', undefined, TF_BASETYPE);
export const FrozenSetType = makeBuiltinType('frozenset', undefined, TF_BASETYPE);

/** PySet_MINSIZE */
const MINSIZE = 8;
/** LINEAR_PROBES: slots examined after the first before jumping (cache locality). */
const LINEAR_PROBES = 9;

export type Hash = number | bigint;

// The MINSIZE tables of a new set are array literals: V8 copies a literal's
// boilerplate, much faster than new Array(n).fill() (a set is often made
// just to be thrown away, as in `d.setdefault(k, set())`).
function emptyKeys(n: number): (PyValue | null | undefined)[] {
  if (n === 8) return [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined];
  return new Array<PyValue | null | undefined>(n).fill(undefined);
}
function emptyHashes(n: number): number[] {
  if (n === 8) return [0, 0, 0, 0, 0, 0, 0, 0];
  return new Array<number>(n).fill(0);
}

export class PySet extends PyObject {
  keys: (PyValue | null | undefined)[];
  /** The high and low 32 bits of each slot's hash (unsigned). */
  hhi: number[];
  hlo: number[];
  mask: number;
  fill: number;
  used: number;
  /** Where pop() starts looking (set_pop's `finger`). */
  finger: number;
  /** frozenset's cached hash. */
  hash: Hash | undefined;
  constructor(cls = SetType) {
    super(cls);
    this.keys = emptyKeys(MINSIZE);
    this.hhi = emptyHashes(MINSIZE);
    this.hlo = emptyHashes(MINSIZE);
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.finger = 0;
    this.hash = undefined;
  }
}

// ---- probing ------------------------------------------------------------------------------

// perturb = (size_t)hash, as two 32-bit halves (phi:plo; only the low half
// enters the index), starting as the hash itself.

/** set_lookkey: the slot holding key (hash hi:lo), or -1.  Runs __eq__ on hash matches. */
export function setLookup(s: PySet, key: PyValue, hi: number, lo: number): number {
  restart: for (;;) {
    const table = s.keys, hhi = s.hhi, hlo = s.hlo, mask = s.mask;
    let i = lo & mask;
    let phi = hi, plo = lo;
    for (;;) {
      let j = i;
      const end = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
      for (;;) {
        const k = table[j];
        if (k === undefined) return -1;
        if (hlo[j] === lo && hhi[j] === hi) {
          if (k === key) return j;
          // Two different JS strings are never equal (the _PyUnicode_EQ shortcut).
          if (typeof k !== 'string' || typeof key !== 'string') {
            const eq = keyEq(k!, key);
            // __eq__ may have mutated the set: start over (as CPython does).
            if (s.keys !== table || table[j] !== k) continue restart;
            if (eq) return j;
          }
        }
        if (j === end) break;
        j++;
      }
      plo = ((plo >>> 5) | (phi << 27)) >>> 0; // perturb >>= PERTURB_SHIFT
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }
}

/** set_insert_clean: place a key known to be absent into a table without dummies. */
function insertClean(table: (PyValue | null | undefined)[], hhi: number[], hlo: number[], mask: number, key: PyValue, hi: number, lo: number): void {
  let i = lo & mask;
  let phi = hi, plo = lo;
  for (;;) {
    if (table[i] === undefined) { table[i] = key; hhi[i] = hi; hlo[i] = lo; return; }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = i + 1; j <= i + LINEAR_PROBES; j++) {
        if (table[j] === undefined) { table[j] = key; hhi[j] = hi; hlo[j] = lo; return; }
      }
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + 1 + plo) & mask;
  }
}

/** set_table_resize: a new table of the smallest power of 2 > minused; drops dummies. */
export function setResize(s: PySet, minused: number): void {
  let newsize = MINSIZE;
  while (newsize <= minused) newsize *= 2;
  const oldKeys = s.keys, oldHi = s.hhi, oldLo = s.hlo;
  // The smallest table without dummies stays as it is (CPython keeps its smalltable).
  if (newsize === MINSIZE && oldKeys.length === MINSIZE && s.fill === s.used) return;
  const keys = emptyKeys(newsize), hhi = emptyHashes(newsize), hlo = emptyHashes(newsize);
  const mask = newsize - 1;
  for (let i = 0; i < oldKeys.length; i++) {
    const k = oldKeys[i];
    if (k !== undefined && k !== null) insertClean(keys, hhi, hlo, mask, k, oldHi[i], oldLo[i]);
  }
  s.keys = keys;
  s.hhi = hhi;
  s.hlo = hlo;
  s.mask = mask;
  s.fill = s.used;
}

/** set_add_entry: add key (hash hi:lo) unless an equal key is present. */
export function setAddEntry(s: PySet, key: PyValue, hi: number, lo: number): void {
  restart: for (;;) {
    const table = s.keys, hhi = s.hhi, hlo = s.hlo, mask = s.mask;
    let i = lo & mask;
    let freeslot = -1;
    let phi = hi, plo = lo;
    for (;;) {
      let j = i;
      const end = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
      for (;;) {
        const k = table[j];
        if (k === undefined) {
          if (freeslot >= 0) {
            // Reuse the last dummy seen on the chain (CPython 3.11 overwrites
            // freeslot at each dummy; checked against python3): fill is
            // unchanged, so no resize.
            table[freeslot] = key;
            hhi[freeslot] = hi;
            hlo[freeslot] = lo;
            s.used++;
            return;
          }
          table[j] = key;
          hhi[j] = hi;
          hlo[j] = lo;
          s.fill++;
          s.used++;
          if (s.fill * 5 >= mask * 3) setResize(s, s.used > 50000 ? s.used * 2 : s.used * 4);
          return;
        }
        if (k === null) {
          freeslot = j;
        } else if (hlo[j] === lo && hhi[j] === hi) {
          if (k === key) return;
          if (typeof k !== 'string' || typeof key !== 'string') {
            const eq = keyEq(k, key);
            if (eq) return;
            if (s.keys !== table || table[j] !== k) continue restart;
          }
        }
        if (j === end) break;
        j++;
      }
      plo = ((plo >>> 5) | (phi << 27)) >>> 0; // perturb >>= PERTURB_SHIFT
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }
}

/** set_add_key */
export function setAddKey(s: PySet, key: PyValue): void {
  hashParts(key);
  setAddEntry(s, key, HP.hi, HP.lo);
}

/** set_contains_key */
export function setContainsKey(s: PySet, key: PyValue): boolean {
  hashParts(key);
  return setLookup(s, key, HP.hi, HP.lo) >= 0;
}

/** set_discard_entry: true if the key was there (its slot becomes a dummy). */
export function setDiscardEntry(s: PySet, key: PyValue, hi: number, lo: number): boolean {
  const i = setLookup(s, key, hi, lo);
  if (i < 0) return false;
  setDummy(s, i);
  return true;
}

/** Make slot i (active) a dummy. */
export function setDummy(s: PySet, i: number): void {
  s.keys[i] = null;
  s.hhi[i] = 0xffffffff;
  s.hlo[i] = 0xffffffff;
  s.used--;
}

/** set_discard_key */
export function setDiscardKey(s: PySet, key: PyValue): boolean {
  hashParts(key);
  return setDiscardEntry(s, key, HP.hi, HP.lo);
}

/** set_clear_internal: back to an empty minimum-size table (the pop finger stays). */
export function setClear(s: PySet): void {
  s.keys = emptyKeys(MINSIZE);
  s.hhi = emptyHashes(MINSIZE);
  s.hlo = emptyHashes(MINSIZE);
  s.mask = MINSIZE - 1;
  s.fill = 0;
  s.used = 0;
}

/** The index of the first active slot at or after `pos`, or -1 (set_next). */
export function setNext(s: PySet, pos: number): number {
  const keys = s.keys;
  for (let i = pos; i < keys.length; i++) {
    const k = keys[i];
    if (k !== undefined && k !== null) return i;
  }
  return -1;
}

/** The keys in iteration (table) order. */
export function setKeys(s: PySet): PyValue[] {
  const out: PyValue[] = [];
  const keys = s.keys;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k !== undefined && k !== null) out.push(k);
  }
  return out;
}

/** set_merge: add every key of another set, with CPython's shortcuts (they decide the layout). */
export function setMerge(s: PySet, o: PySet): void {
  if (o === s || o.used === 0) return;
  // One big resize up front, expecting few overlapping keys.
  if ((s.fill + o.used) * 5 >= s.mask * 3) setResize(s, (s.used + o.used) * 2);
  const okeys = o.keys, ohi = o.hhi, olo = o.hlo;
  if (s.fill === 0 && s.mask === o.mask && o.fill === o.used) {
    // Same size, no dummies: copy slot for slot.
    for (let i = 0; i <= o.mask; i++) {
      const k = okeys[i];
      if (k !== undefined) { s.keys[i] = k; s.hhi[i] = ohi[i]; s.hlo[i] = olo[i]; }
    }
    s.fill = o.fill;
    s.used = o.used;
    return;
  }
  if (s.fill === 0) {
    s.fill = o.used;
    s.used = o.used;
    for (let i = 0; i <= o.mask; i++) {
      const k = okeys[i];
      if (k !== undefined && k !== null) insertClean(s.keys, s.hhi, s.hlo, s.mask, k, ohi[i], olo[i]);
    }
    return;
  }
  for (let i = 0; i <= o.mask; i++) {
    const k = o.keys[i];
    if (k !== undefined && k !== null) setAddEntry(s, k, o.hhi[i], o.hlo[i]);
  }
}

/** set_update_internal: add the items of any iterable. */
export function setUpdate(s: PySet, it: PyValue): void {
  if (it instanceof PySet) { setMerge(s, it); return; }
  if (it instanceof PyDict && it.cls === DictType) {
    const n = it.size;
    if ((s.fill + n) * 5 >= s.mask * 3) setResize(s, (s.used + n) * 2);
    const keys = it.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== undefined) setAddKey(s, k);
    }
    return;
  }
  const iter = getIter(it);
  for (;;) {
    const x = iterNext(iter);
    if (x === undefined) return;
    setAddKey(s, x);
  }
}

/** set_swap_bodies: exchange two sets' tables (intersection_update builds aside, then swaps). */
export function setSwapBodies(a: PySet, b: PySet): void {
  const k = a.keys, hh = a.hhi, hl = a.hlo, m = a.mask, f = a.fill, u = a.used;
  a.keys = b.keys; a.hhi = b.hhi; a.hlo = b.hlo; a.mask = b.mask; a.fill = b.fill; a.used = b.used;
  b.keys = k; b.hhi = hh; b.hlo = hl; b.mask = m; b.fill = f; b.used = u;
  if (a.cls.isSubtype(FrozenSetType) && b.cls.isSubtype(FrozenSetType)) {
    const t = a.hash; a.hash = b.hash; b.hash = t;
  } else {
    a.hash = undefined;
    b.hash = undefined;
  }
}

// ---- used by the VM (BUILD_SET, SET_ADD, SET_UPDATE) ------------------------------------------

export function newSetFrom(items: PyValue[], cls = SetType): PySet {
  const s = new PySet(cls);
  for (let i = 0; i < items.length; i++) setAddKey(s, items[i]);
  return s;
}

export function setAddItem(s: PyValue, v: PyValue): void {
  setAddKey(s as PySet, v);
}

export function setUpdateFrom(s: PyValue, it: PyValue): void {
  setUpdate(s as PySet, it);
}
