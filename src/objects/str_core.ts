// Code points of JS strings.  A Python str is a sequence of code points; krait
// stores it as a JS (UTF-16) string, where astral characters take two code
// units (a surrogate pair).  len, indexing, slicing, iteration and find()
// positions count code points.  Most strings have no surrogate pairs, and for
// them code unit = code point: these helpers detect that case cheaply (a scan
// for short strings, a small cache keyed by the string for long ones, so that
// `s[i]` in a loop stays O(1)) and only build an index of code point offsets
// for strings that have pairs.  A lone surrogate counts as one code point
// (as it does in Python).  Deliberate difference: the Python str
// '\ud83d\ude00' (two lone surrogates) is the same JS string as '\U0001f600'.

import { indexError } from './exceptions.js';

/** Offsets (in code units) of each code point, plus the length at the end; null = no pairs. */
export type CpIndex = Int32Array | null;

const CACHE_MIN = 32;        // strings shorter than this are scanned each time
const CACHE_MAX = 256;       // entries before the cache is cleared
const cache = new Map<string, CpIndex>();

function scanPairs(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return true;
    }
  }
  return false;
}

function buildIndex(s: string): Int32Array {
  const n = s.length;
  const tmp = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    tmp[k++] = i;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  tmp[k] = n;
  return tmp.slice(0, k + 1);
}

/** The code point index of s (null when every code unit is a code point). */
export function cpIndex(s: string): CpIndex {
  if (s.length < CACHE_MIN) return scanPairs(s) ? buildIndex(s) : null;
  // Loops index the same long string again and again: remember the last one
  // (usually the same JS string object, so === is a pointer comparison).
  if (s === lastStr) return lastIndex;
  let c = cache.get(s);
  if (c === undefined) {
    c = scanPairs(s) ? buildIndex(s) : null;
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(s, c);
  }
  lastStr = s;
  lastIndex = c;
  return c;
}
let lastStr = '';
let lastIndex: CpIndex = null;

/** Whether s has a surrogate pair (so code units != code points). */
export function hasPairs(s: string): boolean {
  return cpIndex(s) !== null;
}

/** len(s) in code points. */
export function cpLen(s: string): number {
  const ix = cpIndex(s);
  return ix === null ? s.length : ix.length - 1;
}

/** The code unit offset of code point i (0 <= i <= len). */
export function cuOffset(s: string, ix: CpIndex, i: number): number {
  return ix === null ? i : ix[i];
}

/** The code point index of code unit offset u (u at a code point boundary). */
export function cpOffset(ix: CpIndex, u: number): number {
  if (ix === null) return u;
  let lo = 0, hi = ix.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix[mid] < u) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The substring of code points [start, stop). */
export function cpSlice(s: string, start: number, stop: number): string {
  const ix = cpIndex(s);
  if (ix === null) return s.slice(start, stop);
  return s.slice(ix[start], ix[stop]);
}

/** The code points of s as numbers. */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { out.push(0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00)); i++; continue; }
    }
    out.push(c);
  }
  return out;
}

/** A string from one code point (lone surrogates allowed). */
export function chr(cp: number): string {
  return cp < 0x10000 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
}

/** The code point at code unit offset i (and whether it took two units: cp > 0xffff). */
export function cpAtUnit(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
  }
  return c;
}

/** Whether every code unit is ASCII. */
export function isAsciiStr(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/**
 * Compare two strs by code point (unicode_compare): JS's < compares UTF-16
 * code units, which orders U+E000..U+FFFF after astral characters.
 */
export function strCompare(a: string, b: string): number {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x !== y) {
      if (x < 0xd800 || y < 0xd800) return x - y;
      return unitKey(a, i) - unitKey(b, i);
    }
  }
  return a.length - b.length;
}

function unitKey(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) {
    // Part of a pair: its code point is above 0xffff.
    if (c <= 0xdbff && i + 1 < s.length) { const d = s.charCodeAt(i + 1); if (d >= 0xdc00 && d <= 0xdfff) return 0x10000 + c; }
    if (c >= 0xdc00 && i > 0) { const p = s.charCodeAt(i - 1); if (p >= 0xd800 && p <= 0xdbff) return 0x10000 + c; }
  }
  return c;
}

/** s[i] by code point (i an int; negative counts from the end). */
export function strItem(s: string, i: number): string {
  const ix = cpIndex(s);
  if (ix === null) {
    if (i < 0) i += s.length;
    if (i < 0 || i >= s.length) throw indexError('string index out of range');
    return s[i];
  }
  const n = ix.length - 1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError('string index out of range');
  return s.slice(ix[i], ix[i + 1]);
}
