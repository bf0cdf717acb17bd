// The builtin _ast module (the node classes of _ast.ts, the PyCF_* flags,
// and _dump: Lib/ast.py's dump() written in TypeScript over the Python
// objects, the same algorithm, for speed on big trees) and the compile()
// hooks.  The ast module itself is Python: lib/ast.py.
//
// compile() reaches this file through the hooks of builtins_eval.ts:
// compile(source, ..., PyCF_ONLY_AST) parses and converts the tree to Python
// objects; compile(ast_object, ...) converts it back, validates it
// (Python/ast.c) and compiles it.

import type { Interpreter } from '../vm/interp.js';
import type { PyModule } from '../objects/module.js';
import * as A from '../objects/abstract.js';
import { None, typeOf, type PyValue } from '../objects/object.js';
import { PyList } from '../objects/list.js';
import { builtinFunction } from '../objects/methods.js';
import { typeError, recursionError } from '../objects/exceptions.js';
import { ts } from '../vm/frame.js';
import { parse } from '../parser/parser.js';
import { compile } from '../compiler/compile.js';
import { setAstCompileHooks, pythonCompileError } from './builtins_eval.js';
import { fillAstNamespace, fromPy, isAst, toPy, CLASSES, PyCF_TYPE_COMMENTS } from './_ast.js';
import { validateMod } from './_ast_validate.js';

type Mode = 'exec' | 'eval' | 'single';

const MODE_NODE: Record<string, string> = { exec: 'Module', eval: 'Expression', single: 'Interactive' };

setAstCompileHooks({
  isAst,
  toPy(src, filename, mode, flags) {
    return toPy(parse(src, filename, mode, (flags & PyCF_TYPE_COMMENTS) !== 0));
  },
  compileAst(v, filename, mode) {
    const want = MODE_NODE[mode];
    const cls = CLASSES.get(want)!;
    if (!typeOf(v).isSubtype(cls)) throw typeError(`expected ${want} node, got ${typeOf(v).name}`);
    const tree = fromPy(v, 'mod');
    validateMod(tree);
    try {
      return compile(tree, filename, mode as Mode);
    } catch (e) {
      throw pythonCompileError(e, mode);
    }
  },
});

export function initUnderscoreAst(_interp: Interpreter, m: PyModule): void {
  fillAstNamespace(m.dict);
  m.dict.setStr('_dump', builtinFunction(
    'dump(node, annotate_fields=True, include_attributes=False, *, indent=None)',
    (node: PyValue, annotate?: PyValue, attrs?: PyValue, indent?: PyValue) =>
      dump(node, annotate === undefined || A.isTrue(annotate), attrs !== undefined && A.isTrue(attrs), indent ?? None),
    m));
}

// ---- dump -----------------------------------------------------------------------------------------

/** ast.dump (Lib/ast.py): one line per node unless an indent is given and the node isn't simple. */
export function dump(node: PyValue, annotate: boolean, includeAttributes: boolean, indentV: PyValue): string {
  if (!isAst(node)) throw typeError(`expected AST, got '${typeOf(node).name}'`);
  let indent: string | null = null;
  if (indentV !== None) {
    if (typeof indentV === 'string') indent = indentV;
    else if ((typeof indentV === 'number' && Number.isInteger(indentV)) || typeof indentV === 'boolean') indent = ' '.repeat(Math.max(0, Number(indentV)));
    else if (typeof indentV === 'object' && typeOf(indentV).lookup('__index__') !== undefined) {
      indent = ' '.repeat(Math.max(0, Number(A.index(indentV))));
    } else if (typeof indentV === 'object' && indentV.cls.name === 'str') indent = A.strValue(indentV);
    else throw typeError(`can't multiply sequence by non-int of type '${typeOf(indentV).name}'`);
  }
  // Python's dump recurses (one frame per node, two per list: _format and
  // a generator): it fails where CPython's RecursionError would.
  return new Dumper(annotate, includeAttributes, indent, ts.recursionLimit - ts.depth - 1).format(node, 0, 1)[0];
}

class Dumper {
  constructor(readonly annotate: boolean, readonly includeAttributes: boolean, readonly indent: string | null,
    readonly maxFrames: number) {}

  /** _format(node, level): the text and whether it is "simple"; `frames` counts the recursion. */
  format(v: PyValue, level: number, frames: number): [string, boolean] {
    if (frames > this.maxFrames) throw recursionError('maximum recursion depth exceeded');
    let prefix = '', sep = ', ';
    if (this.indent !== null) {
      level++;
      prefix = '\n' + this.indent.repeat(level);
      sep = ',\n' + this.indent.repeat(level);
    }
    if (isAst(v)) {
      const cls = typeOf(v);
      const args: string[] = [];
      let allSimple = true;
      let keywords = this.annotate;
      for (const name of A.toArray(A.getAttr(v, '_fields'))) {
        const n = fieldName(name);
        const value = A.getAttrOpt(v, n);
        if (value === undefined) { keywords = true; continue; }
        if (value === None && A.getAttrOpt(cls, n) === None) { keywords = true; continue; }
        const [text, simple] = this.format(value, level, frames + 1);
        allSimple = allSimple && simple;
        args.push(keywords ? `${n}=${text}` : text);
      }
      if (this.includeAttributes) {
        const attrs = A.getAttr(v, '_attributes');
        if (A.isTrue(attrs)) {
          for (const name of A.toArray(attrs)) {
            const n = fieldName(name);
            const value = A.getAttrOpt(v, n);
            if (value === undefined) continue;
            if (value === None && A.getAttrOpt(cls, n) === None) continue;
            const [text, simple] = this.format(value, level, frames + 1);
            allSimple = allSimple && simple;
            args.push(`${n}=${text}`);
          }
        }
      }
      if (allSimple && args.length <= 3) return [`${cls.name}(${args.join(', ')})`, args.length === 0];
      return [`${cls.name}(${prefix}${args.join(sep)})`, false];
    }
    if (v instanceof PyList) {
      if (v.items.length === 0) return ['[]', true];
      const parts: string[] = [];
      for (const x of v.items.slice()) parts.push(this.format(x, level, frames + 2)[0]);
      return [`[${prefix}${parts.join(sep)}]`, false];
    }
    return [A.repr(v), true];
  }
}

function fieldName(v: PyValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v.cls.name === 'str') return A.strValue(v);
  throw typeError(`attribute name must be string, not '${typeOf(v).name}'`);
}
