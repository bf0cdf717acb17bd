// The builtins that run code: compile(), eval(), exec(), and the namespace
// accessors globals(), locals() (Python/bltinmodule.c builtin_compile_impl,
// builtin_eval_impl, builtin_exec_impl; Objects/frameobject.c
// PyFrame_FastToLocals for locals() in a function).

import type { Interpreter } from '../vm/interp.js';
import type { PyModule } from '../objects/module.js';
import { PyModule as Module } from '../objects/module.js';
import * as A from '../objects/abstract.js';
import { None, StrType, typeOf, type PyValue } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { PyBytes, PyByteArray } from '../objects/bytes.js';
import { PyCode } from '../compiler/code.js';
import { typeError, valueError, recursionError, memoryError, SyntaxErrorType } from '../objects/exceptions.js';
import { PySyntaxError, PyMemoryError } from '../parser/errors.js';
import { PyCompileRecursionError } from '../compiler/errors.js';
import { syntaxErrorFromParser } from '../objects/exceptions_methods.js';

/** compile()/exec()/eval() of a str with NULs: CPython's SyntaxError(msg), with no location or filename. */
function nullBytesError(): unknown {
  return A.call(SyntaxErrorType, ['source code string cannot contain null bytes']);
}
import { runCode } from '../vm/eval.js';
import { Frame, ts } from '../vm/frame.js';

type Mode = 'exec' | 'eval' | 'single';

const PyCF_ONLY_AST = 0x400;

/**
 * Hooks for the ast module (compile() with PyCF_ONLY_AST, compile() of an
 * AST object): set by the module that defines the Python AST classes.
 */
let astHooks: { isAst(v: PyValue): boolean; toPy(src: string | Uint8Array, filename: string, mode: Mode, flags: number): PyValue; compileAst(v: PyValue, filename: string, mode: Mode): PyCode } | null = null;
export function setAstCompileHooks(h: typeof astHooks): void { astHooks = h; }

/** Parser/compiler failures as the Python exceptions CPython raises. */
export function pythonCompileError(e: unknown, mode: Mode = 'exec'): unknown {
  if (e instanceof PySyntaxError) return syntaxErrorFromParser(e, mode === 'exec');
  if (e instanceof PyCompileRecursionError) return recursionError(e.message);
  if (e instanceof PyMemoryError) return memoryError();
  return e;
}

function compileText(interp: Interpreter, src: string | Uint8Array, filename: string, mode: Mode): PyCode {
  try {
    return interp.compileSource(src, filename, mode);
  } catch (e) {
    throw pythonCompileError(e, mode);
  }
}

function isStr(v: PyValue): boolean {
  return typeof v === 'string' || (typeof v === 'object' && v.cls.isSubtype(StrType));
}

/** Source text of compile()/eval()/exec(): str, or bytes decoded as a file would be. */
function sourceOf(v: PyValue, who: string): string | Uint8Array | null {
  if (isStr(v)) return A.strValue(v);
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) return v.data.slice(0, v.length);
  void who;
  return null;
}

// ---- locals() ----------------------------------------------------------------------------------

const localsDicts = new WeakMap<Frame, PyDict>();

/** The locals mapping of a frame: its namespace, or for a function a dict refreshed from the fast locals. */
export function localsOf(f: Frame): PyValue {
  if (f.locals !== null) return f.locals;
  let d = localsDicts.get(f);
  if (d === undefined) { d = new PyDict(); localsDicts.set(f, d); }
  const code = f.code;
  const cellNames = code.cellvars;
  for (let i = 0; i < code.varnames.length; i++) {
    const name = code.varnames[i];
    const ci = cellNames.indexOf(name);
    const v = ci >= 0 && f.cells[ci] !== undefined ? f.cells[ci].value : f.stack[i];
    if (v === undefined) { if (d.getStr(name) !== undefined) d.delete(name); } else d.setStr(name, v);
  }
  const all = [...cellNames, ...code.freevars];
  for (let i = 0; i < all.length; i++) {
    const name = all[i];
    if (i < cellNames.length && code.varnames.includes(name)) continue;
    const c = f.cells[i];
    const v = c === undefined ? undefined : c.value;
    if (v === undefined) { if (d.getStr(name) !== undefined) d.delete(name); } else d.setStr(name, v);
  }
  return d;
}

/** locals() of the calling Python frame. */
export function frameLocals(): PyValue {
  const f = ts.frame;
  if (f === null) return new PyDict();
  return localsOf(f);
}

function isMapping(v: PyValue): boolean {
  return v instanceof PyDict || typeOf(v).lookup('__getitem__') !== undefined;
}

/** The builtins dict a code run with these globals sees (globals['__builtins__']). */
function builtinsFor(interp: Interpreter, globals: PyDict): PyDict {
  const b = globals.getStr('__builtins__');
  if (b === undefined) {
    const cur = ts.frame !== null ? ts.frame.builtins : interp.builtins;
    globals.setStr('__builtins__', cur);
    return cur;
  }
  if (b instanceof Module) return b.dict;
  if (b instanceof PyDict) return b;
  return interp.builtins;
}

/** Namespaces of exec/eval: the caller's when globals is None. */
function namespaces(interp: Interpreter, globals: PyValue | undefined, locals: PyValue | undefined): [PyDict, PyValue] {
  if (globals === undefined || globals === None) {
    const f = ts.frame;
    const g = f !== null ? f.globals : interp.modules.getStr('__main__') instanceof Module
      ? (interp.modules.getStr('__main__') as PyModule).dict : new PyDict();
    const l = locals === undefined || locals === None ? (f !== null ? localsOf(f) : g) : locals;
    return [g, l];
  }
  return [globals as PyDict, locals === undefined || locals === None ? globals : locals];
}

export function installEvalBuiltins(
  interp: Interpreter,
  m: PyModule,
  fn: (sig: string, impl: (...a: any[]) => PyValue) => void,
  raw: (name: string, impl: (args: PyValue[], kwnames: string[] | null) => PyValue) => void,
): void {
  void m;
  fn('globals()', () => {
    const f = ts.frame;
    return f === null ? new PyDict() : f.globals;
  });
  fn('locals()', () => frameLocals());

  fn('compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)',
    (source: PyValue, filename: PyValue, mode: PyValue, flags: PyValue | undefined) => {
      let fname: string;
      if (isStr(filename)) fname = A.strValue(filename);
      else if (filename instanceof PyBytes) fname = new TextDecoder().decode(filename.data);
      else {
        const fs = typeOf(filename).lookup('__fspath__');
        if (fs === undefined) {
          throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(filename).name}`);
        }
        fname = A.strValue(A.callMethod(fs, filename, []));
      }
      if (!isStr(mode)) throw typeError(`compile() argument 'mode' must be str, not ${typeOf(mode).name}`);
      const md = A.strValue(mode);
      const fl = flags === undefined ? 0 : Number(A.index(flags));
      if (md === 'func_type' && !(fl & PyCF_ONLY_AST)) throw valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
      if (md !== 'exec' && md !== 'eval' && md !== 'single' && md !== 'func_type') {
        throw valueError(fl & PyCF_ONLY_AST ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
          : "compile() mode must be 'exec', 'eval' or 'single'");
      }
      if (astHooks !== null && astHooks.isAst(source)) {
        if (fl & PyCF_ONLY_AST) return source;
        return astHooks.compileAst(source, fname, md as Mode);
      }
      const src = sourceOf(source, 'compile');
      if (src === null) throw typeError('compile() arg 1 must be a string, bytes or AST object');
      if (typeof src === 'string' && src.includes('\0')) throw nullBytesError();
      if (fl & PyCF_ONLY_AST) {
        if (astHooks === null) throw typeError('compile(): ast objects are not supported yet');
        try {
          return astHooks.toPy(src, fname, md as Mode, fl);
        } catch (e) {
          throw pythonCompileError(e);
        }
      }
      return compileText(interp, src, fname, md as Mode);
    });

  fn('eval(source, globals=None, locals=None, /)', (source: PyValue, globals: PyValue | undefined, locals: PyValue | undefined) => {
    if (locals !== undefined && locals !== None && !isMapping(locals)) throw typeError('locals must be a mapping');
    if (globals !== undefined && globals !== None && !(globals instanceof PyDict)) {
      throw typeError(isMapping(globals) ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict');
    }
    const [g, l] = namespaces(interp, globals, locals);
    const builtins = builtinsFor(interp, g);
    let code: PyCode;
    if (source instanceof PyCode) {
      code = source;
      if (code.freevars.length > 0) throw typeError('code object passed to eval() may not contain free variables');
    } else {
      let src = sourceOf(source, 'eval');
      if (src === null) throw typeError('eval() arg 1 must be a string, bytes or code object');
      if (typeof src === 'string') {
        if (src.includes('\0')) throw nullBytesError();
        src = src.replace(/^[ \t]+/, '');
      } else {
        let i = 0;
        while (i < src.length && (src[i] === 0x20 || src[i] === 0x09)) i++;
        src = src.subarray(i);
      }
      code = compileText(interp, src, '<string>', 'eval');
    }
    return runCode(code, g, l, builtins);
  });

  raw('exec', (args, kwnames) => {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw;
    let closure: PyValue = None;
    for (let i = 0; i < nkw; i++) {
      if (kwnames![i] === 'closure') closure = args[npos + i];
      else throw typeError(`exec() got an unexpected keyword argument '${kwnames![i]}'`);
    }
    if (npos < 1) throw typeError(`exec expected at least 1 argument, got ${npos}`);
    if (npos > 3) throw typeError(`exec expected at most 3 arguments, got ${npos}`);
    const [source, globals, locals] = [args[0], npos > 1 ? args[1] : undefined, npos > 2 ? args[2] : undefined];
    if (globals !== undefined && globals !== None && !(globals instanceof PyDict)) {
      throw typeError(`exec() globals must be a dict, not ${typeOf(globals).name}`);
    }
    if (locals !== undefined && locals !== None && !isMapping(locals)) {
      throw typeError(`locals must be a mapping or None, not ${typeOf(locals).name}`);
    }
    const [g, l] = namespaces(interp, globals, locals);
    const builtins = builtinsFor(interp, g);
    let code: PyCode;
    if (source instanceof PyCode) {
      code = source;
      if (closure === None && code.freevars.length > 0) {
        throw typeError('code object passed to exec() may not contain free variables');
      }
    } else {
      if (closure !== None) throw typeError('closure can only be used when source is a code object');
      const src = sourceOf(source, 'exec');
      if (src === null) throw typeError('exec() arg 1 must be a string, bytes or code object');
      if (typeof src === 'string' && src.includes('\0')) throw nullBytesError();
      code = compileText(interp, src, '<string>', 'exec');
    }
    runCode(code, g, l, builtins);
    return None;
  });
}
