// The `_abc` module: the one thing lib/abc.py cannot do in Python, giving
// a class the pattern-matching collection flags (Py_TPFLAGS_SEQUENCE /
// Py_TPFLAGS_MAPPING) of the ABC it is registered with or derived from
// (Modules/_abc.c: _abc__abc_init reads __abc_tpflags__, _abc__abc_register
// copies the flags to the virtual subclass and its subclasses).

import type { Interpreter } from '../vm/interp.js';
import type { PyModule } from '../objects/module.js';
import { PyType, None, TF_SEQUENCE, TF_MAPPING, TF_HEAPTYPE, type PyValue } from '../objects/object.js';
import { builtinFunction } from '../objects/methods.js';
import { typeError } from '../objects/exceptions.js';

// CPython's flag values, as written in __abc_tpflags__.
const PY_SEQUENCE = 1 << 5;
const PY_MAPPING = 1 << 6;

/** set_collection_flag_recursive: builtin (immutable) types keep their own flags. */
function setFlags(t: PyType, flags: number): void {
  if (!(t.flags & TF_HEAPTYPE) || (t.flags & (TF_SEQUENCE | TF_MAPPING)) === flags) return;
  t.flags = (t.flags & ~(TF_SEQUENCE | TF_MAPPING)) | flags;
  t.modified();
  for (const sub of t.subclasses) setFlags(sub, flags);
}

export function initAbcModule(_interp: Interpreter, m: PyModule): void {
  // _set_collection_flags(cls, abc_tpflags): apply CPython-numbered collection flags to cls.
  m.dict.setStr('_set_collection_flags', builtinFunction('_set_collection_flags(cls, flags, /)', (cls: PyValue, flags: PyValue) => {
    if (!(cls instanceof PyType)) throw typeError('_set_collection_flags() argument 1 must be a type');
    const f = typeof flags === 'number' ? flags : 0;
    const mine = (f & PY_SEQUENCE ? TF_SEQUENCE : 0) | (f & PY_MAPPING ? TF_MAPPING : 0);
    if (mine !== 0) setFlags(cls, mine);
    return None;
  }, m));
  m.dict.setStr('_get_collection_flags', builtinFunction('_get_collection_flags(cls, /)', (cls: PyValue) => {
    if (!(cls instanceof PyType)) return 0;
    return (cls.flags & TF_SEQUENCE ? PY_SEQUENCE : 0) | (cls.flags & TF_MAPPING ? PY_MAPPING : 0);
  }, m));
}
