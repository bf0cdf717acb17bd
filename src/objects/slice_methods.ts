// slice's methods (Objects/sliceobject.c): constructor, repr, attributes,
// indices(), comparisons (as (start, stop, step) tuples); unhashable in 3.11.

import { None, NotImplemented, typeOf, type PyValue } from './object.js';
import { PySlice, SliceType } from './slice.js';
import { newTuple } from './tuple.js';
import { defineMethods, defineGetSets } from './methods.js';
import { repr, indexOpt, index, richCompare } from './abstract.js';
import { typeError, valueError } from './exceptions.js';
import { checkPositional, noKeywords, defineNew } from './seq_util.js';
import { normInt } from './number.js';

defineNew(SliceType, (cls, args, kwnames) => {
  noKeywords('slice', kwnames);
  checkPositional('slice', args.length, 1, 3);
  if (args.length === 1) return new PySlice(None, args[0], None);
  return new PySlice(args[0], args[1], args.length === 3 ? args[2] : None);
});

function bigIndex(v: PyValue): bigint {
  const i = indexOpt(v);
  if (i === undefined) throw typeError('slice indices must be integers or None or have an __index__ method');
  return BigInt(i);
}

/**
 * A slice's (start, stop, step) for a sequence of `length` items, exact
 * for any size (_PySlice_GetLongIndices): used by slice.indices() and
 * range slicing.
 */
export function sliceIndicesBig(s: PySlice, length: bigint): [bigint, bigint, bigint] {
  let step = 1n;
  if (s.step !== None) {
    step = bigIndex(s.step);
    if (step === 0n) throw valueError('slice step cannot be zero');
  }
  const lower = step < 0n ? -1n : 0n;
  const upper = step < 0n ? length - 1n : length;
  const clamp = (v: PyValue, dflt: bigint): bigint => {
    if (v === None) return dflt;
    let i = bigIndex(v);
    if (i < 0n) { i += length; if (i < lower) i = lower; } else if (i > upper) i = upper;
    return i;
  };
  const start = clamp(s.start, step < 0n ? upper : lower);
  const stop = clamp(s.stop, step < 0n ? lower : upper);
  return [start, stop, step];
}

function asTuple(s: PySlice) {
  return newTuple([s.start, s.stop, s.step]);
}

function cmp(self: PySlice, other: PyValue, op: number): PyValue {
  if (!(other instanceof PySlice)) return NotImplemented;
  return richCompare(asTuple(self), asTuple(other), op);
}

defineMethods(SliceType, {
  '__repr__($self, /)': (self: PySlice) => `slice(${repr(self.start)}, ${repr(self.stop)}, ${repr(self.step)})`,
  'indices($self, length, /)': (self: PySlice, length) => {
    const n = BigInt(index(length, `'${typeOf(length).name}' object cannot be interpreted as an integer`));
    if (n < 0n) throw valueError('length should not be negative');
    const [a, b, c] = sliceIndicesBig(self, n);
    return newTuple([normInt(a), normInt(b), normInt(c)]);
  },
  '__eq__($self, value, /)': (self: PySlice, o) => cmp(self, o, 2),
  '__ne__($self, value, /)': (self: PySlice, o) => cmp(self, o, 3),
  '__lt__($self, value, /)': (self: PySlice, o) => cmp(self, o, 0),
  '__le__($self, value, /)': (self: PySlice, o) => cmp(self, o, 1),
  '__gt__($self, value, /)': (self: PySlice, o) => cmp(self, o, 4),
  '__ge__($self, value, /)': (self: PySlice, o) => cmp(self, o, 5),
  '__reduce__($self, /)': (self: PySlice) => newTuple([SliceType, asTuple(self)]),
});
SliceType.dict.set('__hash__', None);
defineGetSets(SliceType, {
  'start': [(self: PySlice) => self.start, null],
  'stop': [(self: PySlice) => self.stop, null],
  'step': [(self: PySlice) => self.step, null],
});
