// format(value, spec) (PyObject_Format): calls type(value).__format__(value, spec).
// The format-spec mini-language of the builtin types lives in their files
// (str, int, float, complex); this is only the dispatch.

import { callSpecial, strValue } from './abstract.js';
import { typeError } from './exceptions.js';
import { typeOf, type PyValue, StrType } from './object.js';

export function formatBuiltin(v: PyValue, spec: PyValue): string {
  if (typeof spec !== 'string') {
    if (!(typeof spec === 'object' && spec.cls.isSubtype(StrType))) {
      throw typeError(`format() argument 2 must be str, not ${typeOf(spec).name}`);
    }
    spec = strValue(spec);
  }
  if (spec === '' && typeof v === 'string') return v;
  const r = callSpecial(v, '__format__', [spec]);
  if (r === undefined) throw typeError(`Type ${typeOf(v).name} doesn't define __format__`);
  if (typeof r !== 'string') {
    if (typeof r === 'object' && r.cls.isSubtype(StrType)) return strValue(r);
    throw typeError(`__format__ must return a str, not ${typeOf(r).name}`);
  }
  return r;
}
