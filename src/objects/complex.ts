// complex: the class (Objects/complexobject.c).  Methods in complex_methods.ts.

import { PyObject, makeBuiltinType } from './object.js';

export const ComplexType = makeBuiltinType('complex');

export class PyComplex extends PyObject {
  constructor(readonly real: number, readonly imag: number, cls = ComplexType) {
    super(cls);
  }
}
