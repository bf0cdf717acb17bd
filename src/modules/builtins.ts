// The builtins module.  (Minimal stub: the runtime-library helper replaces it.)

import type { Interpreter } from '../vm/interp.js';
import { PyModule } from '../objects/module.js';
import { builtinFunction } from '../objects/methods.js';
import * as A from '../objects/abstract.js';
import { None, type PyValue } from '../objects/object.js';
import { buildClass } from '../objects/typeobject.js';
import { PyBuiltinFunction } from '../objects/methods.js';

export function makeBuiltinsModule(interp: Interpreter): PyModule {
  const m = new PyModule('builtins');
  const d = m.dict;
  d.setStr('print', new PyBuiltinFunction('print', (args, kwnames) => {
    const n = args.length - (kwnames === null ? 0 : kwnames.length);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(A.str(args[i] as PyValue));
    interp.host.write(1, parts.join(' ') + '\n');
    return None;
  }, m, 'print'));
  d.setStr('len', builtinFunction('len(obj, /)', (o: PyValue) => A.len(o)));
  d.setStr('repr', builtinFunction('repr(obj, /)', (o: PyValue) => A.repr(o)));
  d.setStr('__build_class__', new PyBuiltinFunction('__build_class__', buildClass, m, '__build_class__'));
  return m;
}
