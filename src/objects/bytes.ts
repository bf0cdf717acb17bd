// bytes and bytearray: the classes (Objects/bytesobject.c, bytearrayobject.c).
// Methods in bytes_methods.ts.

import { PyObject, makeBuiltinType } from './object.js';

// Not TF_SEQUENCE: bytes and bytearray don't match sequence patterns (PEP 634).
export const BytesType = makeBuiltinType('bytes');
export const ByteArrayType = makeBuiltinType('bytearray');

export class PyBytes extends PyObject {
  /** Never mutated after construction. */
  readonly data: Uint8Array;
  hash: number | undefined;
  constructor(data: Uint8Array, cls = BytesType) {
    super(cls);
    this.data = data;
    this.hash = undefined;
  }
}

export class PyByteArray extends PyObject {
  /** Storage with spare capacity; the value is data[0, length). */
  data: Uint8Array;
  length: number;
  constructor(data: Uint8Array, cls = ByteArrayType) {
    super(cls);
    this.data = data;
    this.length = data.length;
  }
}
