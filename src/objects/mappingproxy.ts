// mappingproxy: the read-only view of a class namespace that `C.__dict__`
// returns (Objects/descrobject.c mappingproxy_*).  Backed directly by the
// type's namespace Map, so it always shows the current attributes.

import { PyObject, PyType, makeBuiltinType, None, type PyValue } from './object.js';
import { defineMethods } from './methods.js';
import { PyDict } from './dict.js';
import { PyList } from './list.js';
import { newTuple } from './tuple.js';
import * as A from './abstract.js';
import { typeError, keyError } from './exceptions.js';

export const MappingProxyType = makeBuiltinType('mappingproxy', undefined, 0);

export class PyMappingProxy extends PyObject {
  constructor(readonly type: PyType) {
    super(MappingProxyType);
  }
}

export function makeMappingProxy(t: PyType): PyMappingProxy {
  return new PyMappingProxy(t);
}

/** A copy of the namespace as a dict, in definition order. */
function asDict(p: PyMappingProxy): PyDict {
  const d = new PyDict();
  for (const [k, v] of p.type.dict) d.setStr(k, v);
  return d;
}

function keyOf(k: PyValue): string | undefined {
  return typeof k === 'string' ? k : undefined;
}

defineMethods(MappingProxyType, {
  '__getitem__($self, key, /)': (self: PyMappingProxy, k: PyValue) => {
    const s = keyOf(k);
    const v = s === undefined ? undefined : self.type.dict.get(s);
    if (v === undefined) throw keyError(k);
    return v;
  },
  '__contains__($self, key, /)': (self: PyMappingProxy, k: PyValue) => {
    const s = keyOf(k);
    return s !== undefined && self.type.dict.has(s);
  },
  '__len__($self, /)': (self: PyMappingProxy) => self.type.dict.size,
  '__iter__($self, /)': (self: PyMappingProxy) => A.getIter(new PyList([...self.type.dict.keys()])),
  '__repr__($self, /)': (self: PyMappingProxy) => `mappingproxy(${A.repr(asDict(self))})`,
  '__str__($self, /)': (self: PyMappingProxy) => A.str(asDict(self)),
  '__eq__($self, value, /)': (self: PyMappingProxy, o: PyValue) => A.richCompare(asDict(self), o, 2),
  'get($self, key, default=None, /)': (self: PyMappingProxy, k: PyValue, dflt: PyValue | undefined) => {
    const s = keyOf(k);
    const v = s === undefined ? undefined : self.type.dict.get(s);
    return v === undefined ? (dflt ?? None) : v;
  },
  'keys($self, /)': (self: PyMappingProxy) => A.call(A.getAttr(asDict(self), 'keys'), []),
  'values($self, /)': (self: PyMappingProxy) => A.call(A.getAttr(asDict(self), 'values'), []),
  'items($self, /)': (self: PyMappingProxy) => A.call(A.getAttr(asDict(self), 'items'), []),
  'copy($self, /)': (self: PyMappingProxy) => asDict(self),
  '__or__($self, value, /)': (self: PyMappingProxy, o: PyValue) => A.binaryOp(7, asDict(self), o),
});
void [typeError, newTuple];
