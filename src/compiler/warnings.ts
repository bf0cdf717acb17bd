// The code generator's SyntaxWarnings (Python/compile.c: check_compare,
// check_caller, check_subscripter, check_index, and compiler_assert's tuple
// test).  They are emitted while compiling, at the line of the expression
// being compiled, through a hook the interpreter installs (it prints them
// the way the warnings machinery does).

import type { AST } from '../parser/ast_nodes.js';
import { ELLIPSIS, Complex, Bytes, CodePointStr } from '../parser/constants.js';
import { typeOf } from '../objects/object.js';
import { PyTuple } from '../objects/tuple.js';
import { FoldedValue, constValue } from './ast_opt.js';

/** Receives (filename, lineno, message) of each SyntaxWarning. */
export type CompileWarningHook = (filename: string, lineno: number, message: string) => void;

let hook: CompileWarningHook = () => {};
export function setCompileWarningHook(h: CompileWarningHook): void { hook = h; }
export function compileWarning(filename: string, lineno: number, message: string): void {
  hook(filename, lineno, message);
}

/** Anything with a warn(message) at the current location (the Compiler). */
interface Warner {
  warn(message: string): void;
}

/** infer_type's name: the type an expression's value surely has, or null. */
function inferType(e: AST): string | null {
  switch (e._type) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    case 'Constant': return typeOf(constValue(e.value)).name;
    default: return null;
  }
}

/** check_is_arg: not a literal whose identity is unreliable (None, True, False, ... are fine). */
function isArgOk(e: AST): boolean {
  if (e._type !== 'Constant') return true;
  const v = e.value;
  return v === null || v === true || v === false || v === ELLIPSIS;
}

/** check_compare: `x is 5`, `x is not 'a'`. */
export function checkCompare(c: Warner, e: AST): void {
  let left = isArgOk(e.left);
  const ops: AST[] = e.ops;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]._type;
    const right = isArgOk(e.comparators[i]);
    if ((op === 'Is' || op === 'IsNot') && (!left || !right)) {
      c.warn(op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?');
      return;
    }
    left = right;
  }
}

/** check_caller: calling a literal or display, `[(1, 2) (3, 4)]`. */
export function checkCaller(c: Warner, func: AST): void {
  switch (func._type) {
    case 'Constant': case 'Tuple': case 'List': case 'ListComp': case 'Dict': case 'DictComp':
    case 'Set': case 'SetComp': case 'GeneratorExp': case 'JoinedStr': case 'FormattedValue':
      c.warn(`'${inferType(func)}' object is not callable; perhaps you missed a comma?`);
  }
}

/** check_subscripter and check_index, for a Load subscript. */
export function checkSubscript(c: Warner, value: AST, index: AST): void {
  switch (value._type) {
    case 'Constant': {
      const v = value.value;
      const py = constValue(v);
      const tn = typeOf(py).name;
      // None, Ellipsis, numbers and frozensets can't be subscripted.
      if (!(v === null || v === ELLIPSIS || typeof v === 'bigint' || typeof v === 'boolean' || typeof v === 'number'
            || v instanceof Complex || tn === 'frozenset')) break;
      c.warn(`'${tn}' object is not subscriptable; perhaps you missed a comma?`);
      return;
    }
    case 'Set': case 'SetComp': case 'GeneratorExp': case 'Lambda':
      c.warn(`'${inferType(value)}' object is not subscriptable; perhaps you missed a comma?`);
      return;
  }
  const it = inferType(index);
  if (it === null || it === 'int' || it === 'bool') return;
  switch (value._type) {
    case 'Constant': {
      const v = value.value;
      const seq = typeof v === 'string' || v instanceof CodePointStr || v instanceof Bytes
        || (v instanceof FoldedValue && v.py instanceof PyTuple);
      if (!seq) return;
      break;
    }
    case 'Tuple': case 'List': case 'ListComp': case 'JoinedStr': case 'FormattedValue':
      break;
    default:
      return;
  }
  c.warn(`${inferType(value)} indices must be integers or slices, not ${it}; perhaps you missed a comma?`);
}

/** compiler_assert: a non-empty tuple test is always true. */
export function checkAssert(c: Warner, test: AST): void {
  if ((test._type === 'Tuple' && test.elts.length > 0)
      || (test._type === 'Constant' && test.value instanceof FoldedValue && test.value.py instanceof PyTuple
          && test.value.py.items.length > 0)) {
    c.warn('assertion is always true, perhaps remove parentheses?');
  }
}
