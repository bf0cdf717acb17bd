// Python hashes as two 32-bit halves, without BigInt (for dict's and set's
// indexes).  hashParts(v) leaves hash(v) -- the exact Py_hash_t value that
// hashValue() returns -- in HP.hi:HP.lo as unsigned 32-bit halves of its
// two's complement.  Exact tuples (the common key with a large hash) are
// hashed here directly, so no BigInt is built; the 64-bit Python int is made
// only when Python code asks for hash().  Everything else goes through
// hashValue().

import type { PyValue } from './object.js';
import { TupleType, PyTuple } from './tuple.js';
import { hashValue, hashString, h64From, H64, mul64, eqValue } from './abstract.js';

export const HP = { hi: 0, lo: 0 };

/** hash(v) into HP.hi/HP.lo.  May run Python code (__hash__). */
export function hashParts(v: PyValue): void {
  switch (typeof v) {
    case 'number': {
      if (!Number.isInteger(v)) { h64From(hashValue(v)); HP.hi = H64.hi; HP.lo = H64.lo; return; } // a raw float
      const h = v === -1 ? -2 : v;
      HP.lo = h >>> 0;
      HP.hi = (h >= 0 && h < 4294967296) ? 0 : Math.floor(h / 4294967296) >>> 0;
      return;
    }
    case 'string': {
      const h = hashString(v);
      HP.lo = h >>> 0;
      HP.hi = h < 0 ? 0xffffffff : 0;
      return;
    }
    case 'boolean': HP.lo = v ? 1 : 0; HP.hi = 0; return;
  }
  if (typeof v === 'object' && v.cls === TupleType) {
    const t = v as PyTuple;
    const c = t.hash;
    if (typeof c === 'number') { h64From(c); HP.hi = H64.hi; HP.lo = H64.lo; return; }
    tupleParts(t);
    return;
  }
  // A tuple subclass that keeps tuple's __hash__ (namedtuples): the same computation, no call.
  if (typeof v === 'object' && v instanceof PyTuple) {
    if (tupleHash === undefined) tupleHash = TupleType.lookup('__hash__');
    if (v.cls.lookup('__hash__') === tupleHash) { tupleParts(v); return; }
  }
  h64From(hashValue(v));
  HP.hi = H64.hi;
  HP.lo = H64.lo;
}

/** tuple.__hash__, once tuple_methods.ts has defined it. */
let tupleHash: unknown;

// xxHash constants of tuplehash (XXPRIME_1, _2, _5), as 32-bit halves.
const P1H = 0x9E3779B1, P1L = 0x85EBCA87;
const P2H = 0xC2B2AE3D, P2L = 0x27D4EB4F;
const P5H = 0x27D4EB2F, P5L = 0x165667C5;

/** CPython 3.11's tuplehash, into HP (abstract.ts's hashTuple makes hash()'s value from it). */
export function tupleParts(t: PyTuple): void {
  const items = t.items;
  let ah = P5H, al = P5L;
  for (let i = 0; i < items.length; i++) {
    hashParts(items[i]);
    // acc += lane * PRIME2
    mul64(HP.hi, HP.lo, P2H, P2L);
    let lo = al + H64.lo;
    const hi = (ah + H64.hi + (lo > 0xffffffff ? 1 : 0)) >>> 0;
    lo = lo >>> 0;
    // acc = rotl(acc, 31); acc *= PRIME1
    mul64(((hi << 31) | (lo >>> 1)) >>> 0, ((lo << 31) | (hi >>> 1)) >>> 0, P1H, P1L);
    ah = H64.hi; al = H64.lo;
  }
  // acc += len ^ (PRIME5 ^ 3527539)
  const xl = (items.length ^ (P5L ^ 3527539)) >>> 0;
  let lo = al + xl;
  const hi = (ah + P5H + (lo > 0xffffffff ? 1 : 0)) >>> 0;
  lo = lo >>> 0;
  if (hi === 0xffffffff && lo === 0xffffffff) { HP.hi = 0; HP.lo = 1546275796; return; }
  HP.hi = hi;
  HP.lo = lo;
}

/** A small-integer (V8 Smi) index key from a hash's halves: 30 bits, mixing both. */
export function slotKey(hi: number, lo: number): number {
  return ((lo ^ Math.imul(hi, 0x9E3779B1)) << 2) >> 2;
}

/**
 * a == b for keys whose hashes matched (PyObject_RichCompareBool): two exact
 * tuples are compared item by item here (what tuple's __eq__ does, without
 * the method call); everything else goes through eqValue.
 */
export function keyEq(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  if (typeof a === 'object' && typeof b === 'object' && a.cls === TupleType && b.cls === TupleType) {
    const x = (a as PyTuple).items, y = (b as PyTuple).items;
    // tuplerichcompare: items first (up to the shorter length), then the lengths.
    const n = x.length < y.length ? x.length : y.length;
    for (let i = 0; i < n; i++) {
      const p = x[i], q = y[i];
      if (p !== q && !eqValue(p, q)) return false;
    }
    return x.length === y.length;
  }
  return eqValue(a, b);
}
