// `from __future__ import ...` (CPython 3.11's Python/future.c).

import type { AST } from '../parser/ast_nodes.js';
import type { ErrorContext } from './errors.js';

/** Features that exist (all but `annotations` are on by default in 3.11). */
const FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

export interface FutureFeatures {
  annotations: boolean;
  barryAsFlufl: boolean;
  /** Line of the last future import (-1: none); later ones are errors (compiler_from_import). */
  lineno: number;
}

/** _PyAST_GetDocString: the first statement is a str constant expression. */
export function isDocstring(s: AST | undefined): boolean {
  return s !== undefined && s._type === 'Expr' && s.value._type === 'Constant' &&
    (typeof s.value.value === 'string' || (s.value.value !== null && typeof s.value.value === 'object' && 'cps' in s.value.value));
}

/** future_parse: scan the leading future imports of a module. */
export function parseFuture(mod: AST, err: ErrorContext, features: FutureFeatures): void {
  if (mod._type !== 'Module' && mod._type !== 'Interactive') return;
  const body: AST[] = mod.body;
  let i = isDocstring(body[0]) ? 1 : 0;
  let done = false;
  let prevLine = 0;
  for (; i < body.length; i++) {
    const s = body[i];
    if (done && s.lineno > prevLine) return;
    prevLine = s.lineno;
    if (s._type === 'ImportFrom' && s.module === '__future__') {
      if (done) {
        // Only reachable for `import x; from __future__ import y` on one line.
        throw err.raw('from __future__ imports must occur at the beginning of the file', s.lineno, s.col_offset, s.lineno, -1);
      }
      for (const a of s.names) {
        const name: string = a.name;
        if (FEATURES.has(name)) {
          if (name === 'annotations') features.annotations = true;
          else if (name === 'barry_as_FLUFL') features.barryAsFlufl = true;
          continue;
        }
        const msg = name === 'braces' ? 'not a chance' : `future feature ${name} is not defined`;
        throw err.raw(msg, s.lineno, s.col_offset + 1, s.lineno, -1);
      }
      features.lineno = s.lineno;
    } else {
      done = true;
    }
  }
}
