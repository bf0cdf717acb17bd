// float: the class (Objects/floatobject.c).  Arithmetic lives in objects/number.ts,
// methods in float_methods.ts.

import { FloatType, type Attrs, type PyType, type PyValue } from './object.js';

export { FloatType };

/*
 * Two representations of an exact float:
 * - a JS number that is not an integer (0.5, 1e-7, +-Infinity): no
 *   allocation beyond V8's own HeapNumber, and arithmetic on it is plain JS
 *   arithmetic.  Ints are JS numbers too, so the rule is: a JS number is an
 *   int if Number.isInteger says so, else a float;
 * - a PyFloat box, needed for floats with integral values (1.0, -0.0,
 *   1e300), which would otherwise read as ints, for NaN (see newFloat) and
 *   for instances of float subclasses.  A box may hold any value, so code
 *   may always box.
 * Producers go through newFloat, which picks the representation; consumers
 * read a float's value with floatOf, and test for an int with
 * `typeof v === 'number' && Number.isInteger(v)` (never with `typeof` alone:
 * the hot paths spell it out rather than call a helper).
 */

/**
 * A float.  Deliberately not a subclass of PyObject (it has the same
 * fields, so it is one structurally): floats are allocated on every
 * arithmetic step, and a shared base constructor storing into objects of
 * many shapes would make those stores megamorphic when V8 doesn't inline it.
 */
export class PyFloat {
  cls: PyType;
  attrs: Attrs | null;
  readonly value: number;
  constructor(value: number, cls: PyType = FloatType) {
    this.cls = cls;
    this.attrs = null;
    this.value = value;
  }
}

/**
 * An exact float with value x: raw when x is neither integral nor NaN, else
 * boxed.  NaN is always boxed because a NaN float hashes and compares by
 * identity (`d[x]` finds `x` in `{x: 1}`), and a raw NaN has none.
 */
export function newFloat(x: number): PyFloat | number {
  return Number.isInteger(x) || x !== x ? new PyFloat(x) : x;
}

/** The value of a float (raw, boxed or a subclass instance), else undefined. */
export function floatOf(v: PyValue): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? undefined : v;
  return v instanceof PyFloat ? v.value : undefined;
}

/** The value of an exact float (raw or boxed), else undefined. */
export function exactFloatOf(v: PyValue): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? undefined : v;
  return typeof v === 'object' && v.cls === FloatType ? (v as PyFloat).value : undefined;
}

