// tuple: the class (Objects/tupleobject.c).  Methods are added in tuple_methods.ts.

import { makeBuiltinType, TF_SEQUENCE, type PyValue, type Attrs, type PyType } from './object.js';

export const TupleType = makeBuiltinType('tuple', undefined, undefined);
TupleType.flags |= TF_SEQUENCE;

/* Flat class (not `extends PyObject`, same fields): allocated on hot paths;
   see PyFloat in float.ts for why. */
export class PyTuple {
  cls: PyType;
  attrs: Attrs | null;
  /** The items; never mutated after construction. */
  readonly items: PyValue[];
  /** Cached hash (tuples are immutable), or undefined. */
  hash: number | bigint | undefined;
  constructor(items: PyValue[], cls: PyType = TupleType) {
    this.cls = cls;
    this.attrs = null;
    this.items = items;
    this.hash = undefined;
  }
}

export const EMPTY_TUPLE = new PyTuple([]);

export function newTuple(items: PyValue[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}
