// `_warnings`: the interpreter-side helpers of lib/warnings.py.  CPython's
// _warnings module is the whole C accelerator; krait's keeps the logic in
// Python and only provides what Python code can't reach: the source line of
// any code the interpreter has run (files, -c, exec strings), as the
// traceback printer sees it; and `_raising(fn)`, which wraps warnings'
// Python implementation in a builtin that raises the exception fn returns
// (the 'error' action), so the traceback of a warning turned error ends at
// the caller's line as with CPython's C warn(), without warnings.py frames.

import type { Interpreter } from '../vm/interp.js';
import type { PyModule } from '../objects/module.js';
import { None, type PyValue } from '../objects/object.js';
import { builtinFunction, PyBuiltinFunction } from '../objects/methods.js';
import * as A from '../objects/abstract.js';

export function initWarningsModule(interp: Interpreter, m: PyModule): void {
  m.dict.setStr('source_line', builtinFunction('source_line(filename, lineno, /)', (f: PyValue, n: PyValue) => {
    if (typeof f !== 'string') return None;
    const line = interp.sourceLine(f, A.indexSize(n));
    return line === null ? None : line;
  }, m));
  m.dict.setStr('_raising', builtinFunction('_raising(fn, /)', (fn: PyValue) => {
    const name = A.getAttr(fn, '__name__');
    const n = typeof name === 'string' ? name.replace(/^_+|_impl$/g, '') : 'warn';
    return new PyBuiltinFunction(n, (args, kwnames) => {
      const r = A.call(fn, args, kwnames);
      if (A.isException(r)) throw r;
      return None;
    }, m, n);
  }, m));
}
