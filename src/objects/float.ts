// float: the class (Objects/floatobject.c).  Arithmetic lives in objects/number.ts,
// methods in float_methods.ts.

import { PyObject, makeBuiltinType } from './object.js';

export const FloatType = makeBuiltinType('float');

export class PyFloat extends PyObject {
  readonly value: number;
  constructor(value: number, cls = FloatType) {
    super(cls);
    this.value = value;
  }
}

export function newFloat(x: number): PyFloat {
  return new PyFloat(x);
}
