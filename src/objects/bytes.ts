// bytes and bytearray: the classes (Objects/bytesobject.c, bytearrayobject.c).
// Methods in bytes_methods.ts.

import { PyObject, makeBuiltinType, TF_SEQUENCE } from './object.js';

export const BytesType = makeBuiltinType('bytes');
export const ByteArrayType = makeBuiltinType('bytearray');
BytesType.flags |= TF_SEQUENCE;
ByteArrayType.flags |= TF_SEQUENCE;

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
