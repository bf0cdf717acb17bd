// Module objects (Objects/moduleobject.c).

import { Attrs, PyObject, makeBuiltinType, None, type PyValue, TF_BASETYPE, TF_HAS_DICT } from './object.js';
import { PyDict } from './dict.js';

export const ModuleType = makeBuiltinType('module', undefined, TF_BASETYPE | TF_HAS_DICT);

export class PyModule extends PyObject {
  /** The module's namespace (its __dict__ and the globals of its code). */
  readonly dict: PyDict;
  constructor(readonly name: string, dict?: PyDict, cls = ModuleType) {
    super(cls);
    this.dict = dict ?? new PyDict();
    // A module's attributes are its dict: attrs is in dictionary mode on it.
    this.attrs = new Attrs();
    this.attrs.shape = null;
    this.attrs.dict = this.dict;
    if (this.dict.getStr('__name__') === undefined) this.dict.setStr('__name__', name);
    for (const k of ['__doc__', '__package__', '__loader__', '__spec__']) {
      if (this.dict.getStr(k) === undefined) this.dict.setStr(k, None);
    }
  }
}

export function moduleAttr(m: PyModule, name: string): PyValue | undefined {
  return m.dict.getStr(name);
}
