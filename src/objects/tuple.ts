// tuple: the class (Objects/tupleobject.c).  Methods are added in tuple_methods.ts.

import { PyObject, makeBuiltinType, TF_SEQUENCE, type PyValue } from './object.js';

export const TupleType = makeBuiltinType('tuple', undefined, undefined);
TupleType.flags |= TF_SEQUENCE;

export class PyTuple extends PyObject {
  /** The items; never mutated after construction. */
  readonly items: PyValue[];
  /** Cached hash (tuples are immutable), or undefined. */
  hash: number | bigint | undefined;
  constructor(items: PyValue[], cls = TupleType) {
    super(cls);
    this.items = items;
    this.hash = undefined;
  }
}

export const EMPTY_TUPLE = new PyTuple([]);

export function newTuple(items: PyValue[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}
