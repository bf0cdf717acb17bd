// Warnings raised by runtime code written in TypeScript (PyErr_WarnEx):
// they go through lib/warnings.py like Python's own warnings.warn(), so
// filters, registries and catch_warnings() apply.  The Python warn()
// sees the innermost Python frame as its caller (builtins have no frames),
// so stacklevel=1 points at the Python line that called the builtin.

import type { PyType } from '../objects/object.js';
import * as A from '../objects/abstract.js';
import { importModule } from './import.js';

/** Issue a warning of `category` (a Warning subclass); may throw if filters turn it into an error. */
export function warnEx(category: PyType, message: string, stacklevel = 1): void {
  const w = importModule('warnings');
  A.call(A.getAttr(w, 'warn'), [message, category, stacklevel]);
}
