// list: the class (Objects/listobject.c).  Methods in list_methods.ts.

import { PyObject, makeBuiltinType, TF_SEQUENCE, type PyValue } from './object.js';

export const ListType = makeBuiltinType('list');
ListType.flags |= TF_SEQUENCE;

export class PyList extends PyObject {
  items: PyValue[];
  constructor(items: PyValue[], cls = ListType) {
    super(cls);
    this.items = items;
  }
}
