// set and frozenset (Objects/setobject.c): the classes, stored as a PyDict's
// keys (the dict's hashing and equality rules are exactly the set's).
// Methods in set_methods.ts.

import { PyObject, makeBuiltinType, type PyValue, None, TF_BASETYPE } from './object.js';
import { PyDict } from './dict.js';
import { getIter, iterNext } from './abstract.js';

export const SetType = makeBuiltinType('set', undefined, TF_BASETYPE);
export const FrozenSetType = makeBuiltinType('frozenset', undefined, TF_BASETYPE);

export class PySet extends PyObject {
  /** Items are the keys (values are None). */
  d: PyDict;
  hash: number | bigint | undefined;
  constructor(cls = SetType) {
    super(cls);
    this.d = new PyDict();
    this.hash = undefined;
  }
}

export function newSetFrom(items: PyValue[], cls = SetType): PySet {
  const s = new PySet(cls);
  for (const x of items) s.d.set(x, None);
  return s;
}

export function setAddItem(s: PyValue, v: PyValue): void {
  (s as PySet).d.set(v, None);
}

export function setUpdateFrom(s: PyValue, it: PyValue): void {
  const d = (s as PySet).d;
  if (it instanceof PySet) {
    for (const k of it.d.keyList()) d.set(k, None);
    return;
  }
  const iter = getIter(it);
  for (;;) {
    const x = iterNext(iter);
    if (x === undefined) return;
    d.set(x, None);
  }
}
