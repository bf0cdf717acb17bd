// float: the class (Objects/floatobject.c).  Arithmetic lives in objects/number.ts,
// methods in float_methods.ts.

import { makeBuiltinType, type Attrs, type PyType } from './object.js';

export const FloatType = makeBuiltinType('float');

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

export function newFloat(x: number): PyFloat {
  return new PyFloat(x);
}
