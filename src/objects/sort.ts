// A stable merge sort driven by a Python-level "less than" (list.sort and
// sorted(); Objects/listobject.c and Objects/listsort.txt).
//
// Like CPython's timsort, it only ever asks `lt(a, b)`, finds natural runs
// (ascending, or strictly descending and then reversed, which keeps the sort
// stable), extends short runs to MIN_RUN items by binary insertion, and
// merges adjacent runs.  It omits galloping and timsort's run-stack
// invariants: merging adjacent runs pairwise is already O(n log n) and
// stable.  Deliberate difference: the exact sequence of comparisons is not
// CPython's (only observable by comparison methods with side effects).
//
// Exception safety: `lt` may raise (a Python exception thrown as a JS
// exception).  Every step keeps `keys` a permutation of its input, so the
// list list.sort() restores afterwards never loses or duplicates an item,
// as in CPython.  `vals`, when given, is permuted exactly like `keys`
// (list.sort(key=...): keys are the computed keys, vals the items).

import type { PyValue } from './object.js';

export type LessThan = (a: PyValue, b: PyValue) => boolean;

const MIN_RUN = 32;

/** Sort keys[0..n) stably by lt, moving vals[i] along with keys[i] (vals may be null). */
export function mergeSort(keys: PyValue[], vals: PyValue[] | null, lt: LessThan): void {
  const n = keys.length;
  if (n < 2) return;
  // Run boundaries: runs[i] .. runs[i+1].
  const runs: number[] = [0];
  let lo = 0;
  while (lo < n) {
    let hi = countRun(keys, vals, lo, n, lt);
    if (hi - lo < MIN_RUN) {
      const end = Math.min(n, lo + MIN_RUN);
      binaryInsertion(keys, vals, lo, hi, end, lt);
      hi = end;
    }
    runs.push(hi);
    lo = hi;
  }
  if (runs.length <= 2) return;
  const tmpK: PyValue[] = [];
  const tmpV: PyValue[] | null = vals === null ? null : [];
  let bounds = runs;
  while (bounds.length > 2) {
    const next: number[] = [0];
    let i = 0;
    for (; i + 2 < bounds.length; i += 2) {
      merge(keys, vals, bounds[i], bounds[i + 1], bounds[i + 2], lt, tmpK, tmpV);
      next.push(bounds[i + 2]);
    }
    if (i + 1 < bounds.length) next.push(bounds[i + 1]);
    bounds = next;
  }
}

/** The end of the natural run starting at lo (count_run); a strictly descending run is reversed in place. */
function countRun(keys: PyValue[], vals: PyValue[] | null, lo: number, n: number, lt: LessThan): number {
  let hi = lo + 1;
  if (hi === n) return hi;
  if (lt(keys[hi], keys[lo])) {
    // Strictly descending.
    hi++;
    while (hi < n && lt(keys[hi], keys[hi - 1])) hi++;
    reverse(keys, lo, hi);
    if (vals !== null) reverse(vals, lo, hi);
  } else {
    hi++;
    while (hi < n && !lt(keys[hi], keys[hi - 1])) hi++;
  }
  return hi;
}

function reverse(a: PyValue[], lo: number, hi: number): void {
  for (hi--; lo < hi; lo++, hi--) {
    const t = a[lo]; a[lo] = a[hi]; a[hi] = t;
  }
}

/** keys[lo..start) is sorted; insert keys[start..end) one by one (binarysort). */
function binaryInsertion(keys: PyValue[], vals: PyValue[] | null, lo: number, start: number, end: number, lt: LessThan): void {
  for (let i = start; i < end; i++) {
    const pivot = keys[i];
    // Find the insertion point after all items <= pivot (stability); comparisons happen before any move.
    let l = lo, r = i;
    while (l < r) {
      const m = (l + r) >>> 1;
      if (lt(pivot, keys[m])) r = m; else l = m + 1;
    }
    if (l === i) continue;
    for (let j = i; j > l; j--) keys[j] = keys[j - 1];
    keys[l] = pivot;
    if (vals !== null) {
      const pv = vals[i];
      for (let j = i; j > l; j--) vals[j] = vals[j - 1];
      vals[l] = pv;
    }
  }
}

/** Merge the sorted runs keys[lo..mid) and keys[mid..hi). */
function merge(keys: PyValue[], vals: PyValue[] | null, lo: number, mid: number, hi: number, lt: LessThan,
  tmpK: PyValue[], tmpV: PyValue[] | null): void {
  // Already in order (common for nearly sorted input): one comparison.
  if (!lt(keys[mid], keys[mid - 1])) return;
  const na = mid - lo;
  tmpK.length = na;
  for (let t = 0; t < na; t++) tmpK[t] = keys[lo + t];
  if (vals !== null) {
    tmpV!.length = na;
    for (let t = 0; t < na; t++) tmpV![t] = vals[lo + t];
  }
  let i = 0, j = mid, k = lo;
  try {
    while (i < na && j < hi) {
      // Take from the right run only when strictly less: stability.
      if (lt(keys[j], tmpK[i])) {
        if (vals !== null) vals[k] = vals[j];
        keys[k++] = keys[j++];
      } else {
        if (vals !== null) vals[k] = tmpV![i];
        keys[k++] = tmpK[i++];
      }
    }
  } finally {
    // Whatever is left of the left run fills the gap exactly (k + na - i === j),
    // also when a comparison raised: the array stays a permutation.
    while (i < na) {
      if (vals !== null) vals[k] = tmpV![i];
      keys[k++] = tmpK[i++];
    }
  }
}
