// slice (Objects/sliceobject.c): the class, and index computation
// (PySlice_Unpack / PySlice_AdjustIndices).  Methods in slice_methods.ts.

import { makeBuiltinType, None, type PyValue, type Attrs, type PyType } from './object.js';
import { typeError, valueError } from './exceptions.js';
import { indexOpt } from './abstract.js';

export const SliceType = makeBuiltinType('slice', undefined, 0);

/* Flat class (not `extends PyObject`, same fields): allocated on hot paths;
   see PyFloat in float.ts for why. */
export class PySlice {
  cls: PyType;
  attrs: Attrs | null;
  constructor(readonly start: PyValue, readonly stop: PyValue, readonly step: PyValue) {
    this.cls = SliceType;
    this.attrs = null;
  }
}

export function newSlice(start: PyValue, stop: PyValue, step: PyValue): PySlice {
  return new PySlice(start, stop, step);
}

const BIG = Number.MAX_SAFE_INTEGER;

function sliceIndex(v: PyValue): number {
  const i = indexOpt(v);
  if (i === undefined) throw typeError('slice indices must be integers or None or have an __index__ method');
  if (typeof i === 'bigint') return i < 0n ? -BIG : BIG;
  return i;
}

/** (start, stop, step, length) of a slice applied to a sequence of `len` items. */
export function sliceIndices(s: PySlice, len: number): [number, number, number, number] {
  let step = 1;
  if (s.step !== None) {
    step = sliceIndex(s.step);
    if (step === 0) throw valueError('slice step cannot be zero');
  }
  let start: number, stop: number;
  if (s.start === None) start = step < 0 ? BIG : 0; else start = sliceIndex(s.start);
  if (s.stop === None) stop = step < 0 ? -BIG : BIG; else stop = sliceIndex(s.stop);
  if (start < 0) { start += len; if (start < 0) start = step < 0 ? -1 : 0; }
  else if (start >= len) start = step < 0 ? len - 1 : len;
  if (stop < 0) { stop += len; if (stop < 0) stop = step < 0 ? -1 : 0; }
  else if (stop >= len) stop = step < 0 ? len - 1 : len;
  let n = 0;
  if (step < 0) { if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1; }
  else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}
