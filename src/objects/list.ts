// list: the class (Objects/listobject.c).  Methods in list_methods.ts.

import { makeBuiltinType, TF_SEQUENCE, type PyValue, type Attrs, type PyType } from './object.js';

export const ListType = makeBuiltinType('list');
ListType.flags |= TF_SEQUENCE;

/* Flat class (not `extends PyObject`, same fields): allocated on hot paths;
   see PyFloat in float.ts for why. */
export class PyList {
  cls: PyType;
  attrs: Attrs | null;
  items: PyValue[];
  constructor(items: PyValue[], cls: PyType = ListType) {
    this.cls = cls;
    this.attrs = null;
    this.items = items;
  }
}
