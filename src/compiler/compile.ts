// The code generator's core: compilation units (one per code object), name
// resolution into instructions, constants, frame blocks for unwinding, and
// function / class / lambda / module code objects.  Mirrors CPython 3.11's
// Python/compile.c; statements, expressions and patterns are in
// compile_stmt.ts, compile_expr.ts and compile_pattern.ts.
//
// Pipeline of compile(): future imports (future.ts) -> constant folding
// (ast_opt.ts) -> symbol table (symtable.ts) -> code generation (here) ->
// assembly (assemble.ts) -> PyCode (code.ts).

import type { AST } from '../parser/ast_nodes.js';
import { None, Ellipsis, type PyValue } from '../objects/object.js';
import { PyFloat } from '../objects/float.js';
import { PyComplex } from '../objects/complex.js';
import { PyBytes } from '../objects/bytes.js';
import { PyTuple } from '../objects/tuple.js';
import { Op, OP_TERMINATES } from './opcodes.js';
import {
  PyCode, CO_OPTIMIZED, CO_NEWLOCALS, CO_NESTED, CO_GENERATOR, CO_COROUTINE,
  CO_ASYNC_GENERATOR, CO_VARARGS, CO_VARKEYWORDS,
} from './code.js';
import { InstrList, assemble } from './assemble.js';
import {
  buildSymtable, mangle, BlockType, SymbolTableEntry, type SymbolTable,
  CELL, FREE, LOCAL, GLOBAL_IMPLICIT, GLOBAL_EXPLICIT, DEF_FREE_CLASS,
} from './symtable.js';
import { compileWarning } from './warnings.js';
import { ErrorContext, PyCompileRecursionError, lineSourceOf, type Loc, type LineSource } from './errors.js';
import { parseFuture, isDocstring, type FutureFeatures } from './future.js';
import { optimizeAst, constValue } from './ast_opt.js';
import { visitStmt, visitStmts, findAnn } from './compile_stmt.js';
import { visitExpr, visitExprs, callExitWithNones, addYieldFrom, defaultArguments, visitAnnotations, checkDebugArgs, applyDecorators, callHelper } from './compile_expr.js';

/** co_flags bits for future features (Include/cpython/compile.h). */
export const CO_FUTURE_ANNOTATIONS = 0x1000000;
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;

/** MAKE_FUNCTION flags. */
export const MF_DEFAULTS = 1;
export const MF_KWDEFAULTS = 2;
export const MF_ANNOTATIONS = 4;
export const MF_CLOSURE = 8;

/** CPython's STACK_USE_GUIDELINE: beyond this many items, build collections incrementally. */
export const STACK_USE_GUIDELINE = 30;
/** CO_MAXBLOCKS: static nesting limit of loops / try / with. */
const CO_MAXBLOCKS = 20;

export const enum ScopeType { Module, Class, Function, AsyncFunction, Lambda, Comprehension }

/** Frame block kinds (compile.c's enum fblocktype). */
export const enum FB {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith,
  HandlerCleanup, PopValue, ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator,
}

export interface FBlock {
  type: FB;
  /** Loop start label (continue target), or -1. */
  block: number;
  /** Loop exit label (break target), or -1. */
  exit: number;
  /** FinallyTry: the finally body; With: the statement; HandlerCleanup: the bound name (or null). */
  datum: any;
}

/** One code object being compiled (compile.c's compiler_unit). */
export class Unit {
  readonly instrs = new InstrList();
  readonly consts: PyValue[] = [];
  private readonly constIndex = new Map<string, number>();
  readonly names = new Map<string, number>();
  readonly varnames = new Map<string, number>();
  readonly cellvars = new Map<string, number>();
  readonly freevars = new Map<string, number>();
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  readonly fblocks: FBlock[] = [];
  privateName: string | null = null;
  qualname: string;
  // The current source location (SET_LOC); lineno -1 = artificial.
  lineno: number;
  endLineno: number;
  col = -1;
  endCol = -1;

  constructor(
    readonly ste: SymbolTableEntry,
    readonly name: string,
    readonly scopeType: ScopeType,
    readonly firstlineno: number,
  ) {
    this.qualname = name;
    this.lineno = firstlineno;
    this.endLineno = firstlineno;
    // A new scope starts at (firstlineno, 0): compiler_enter_scope.
    this.col = 0;
    this.endCol = 0;
    for (const v of ste.varnames) this.varnames.set(v, this.varnames.size);
    const cells = [...ste.symbols.keys()].filter((n) => ste.scope(n) === CELL).sort(cmpNames);
    for (const n of cells) this.cellvars.set(n, this.cellvars.size);
    if (ste.needsClassClosure) this.cellvars.set('__class__', this.cellvars.size);
    const frees = [...ste.symbols.keys()]
      .filter((n) => ste.scope(n) === FREE || (ste.flags(n) & DEF_FREE_CLASS) !== 0).sort(cmpNames);
    for (const n of frees) this.freevars.set(n, this.cellvars.size + this.freevars.size);
  }

  /** compiler_add_const: index of a constant, merging equal constants of the same type. */
  addConst(v: PyValue): number {
    const key = constKey(v);
    if (key !== null) {
      const i = this.constIndex.get(key);
      if (i !== undefined) return i;
      this.constIndex.set(key, this.consts.length);
    }
    this.consts.push(v);
    return this.consts.length - 1;
  }
}

/** Sort like PyUnicode_Compare (code points); JS < compares UTF-16 units (same for the BMP). */
function cmpNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A key that identifies a constant by type and value (merge_consts_recursive), or null: never merged. */
function constKey(v: PyValue): string | null {
  switch (typeof v) {
    case 'number': return 'i' + v;
    case 'bigint': return 'i' + v.toString();
    case 'boolean': return v ? 'T' : 'F';
    case 'string': return 's' + v;
  }
  if (v === None) return 'N';
  if (v === Ellipsis) return 'E';
  if (v instanceof PyFloat) return 'f' + (Object.is(v.value, -0) ? '-0' : String(v.value));
  if (v instanceof PyComplex) return 'c' + (Object.is(v.real, -0) ? '-0' : v.real) + ',' + (Object.is(v.imag, -0) ? '-0' : v.imag);
  if (v instanceof PyBytes) return 'y' + Array.from(v.data).join(',');
  if (v instanceof PyTuple) {
    const parts: string[] = [];
    for (const x of v.items) {
      const k = constKey(x);
      if (k === null) return null;
      parts.push(k);
    }
    return 't(' + parts.join('|') + ')';
  }
  return null;
}

export interface CompileOptions {
  /** -O level: 1 drops asserts and folds __debug__ to False; 2 also drops docstrings. */
  optimize?: number;
  /** Start with `from __future__ import annotations` in effect. */
  futureAnnotations?: boolean;
  /** Interactive mode: expression statements print their value (PRINT_EXPR). */
  interactive?: boolean;
  /** The source text, so error reports can show the line (CPython reads it back from the file). */
  source?: string | LineSource;
}

export class Compiler {
  u!: Unit;
  readonly stack: Unit[] = [];
  readonly st: SymbolTable;
  readonly interactive: boolean;

  constructor(
    readonly err: ErrorContext,
    readonly filename: string,
    readonly future: FutureFeatures,
    readonly optimize: number,
    mod: AST,
    interactive: boolean,
  ) {
    this.st = buildSymtable(mod, err, future.annotations);
    this.interactive = interactive;
  }

  // ---- errors ------------------------------------------------------------

  /** compiler_error: a SyntaxError at the current location. */
  error(msg: string): never {
    const u = this.u;
    throw this.err.raw(msg, u.lineno, u.col + 1, u.endLineno, u.endCol + 1);
  }

  /** compiler_warn: a SyntaxWarning at the current line. */
  warn(msg: string): void {
    compileWarning(this.filename, this.u.lineno, msg);
  }

  // ---- locations ------------------------------------------------------------

  setLoc(node: Loc | AST): void {
    const n = node as Loc;
    const u = this.u;
    u.lineno = n.lineno;
    u.endLineno = n.end_lineno;
    u.col = n.col_offset;
    u.endCol = n.end_col_offset;
  }

  /** UNSET_LOC: the following instructions are artificial (they take their predecessor's location). */
  unsetLoc(): void {
    this.u.lineno = -1;
  }

  saveLoc(): [number, number, number, number] {
    const u = this.u;
    return [u.lineno, u.endLineno, u.col, u.endCol];
  }

  restoreLoc(l: [number, number, number, number]): void {
    const u = this.u;
    [u.lineno, u.endLineno, u.col, u.endCol] = l;
  }

  /**
   * update_start_location_to_match_attr: for an attribute access spanning
   * lines, instructions start at the attribute name (so tracebacks point at it).
   */
  matchAttrStart(attr: AST): void {
    const u = this.u;
    if (u.lineno !== attr.end_lineno) {
      u.lineno = attr.end_lineno;
      const len = [...(attr.attr as string)].length;
      if (len <= attr.end_col_offset) {
        u.col = attr.end_col_offset - len;
      } else {
        u.col = -1;
        u.endCol = -1;
      }
      u.endLineno = Math.max(u.lineno, u.endLineno);
      if (u.lineno === u.endLineno) u.endCol = Math.max(u.col, u.endCol);
    }
  }

  // ---- emitting ---------------------------------------------------------------

  emit(op: Op, arg = 0): void {
    const u = this.u;
    u.instrs.emit(op, arg, u.lineno, u.endLineno, u.col, u.endCol);
  }

  /** Emit with no location (ADDOP_NOLINE). */
  emitNoLine(op: Op, arg = 0): void {
    this.u.instrs.emit(op, arg, -1, -1, -1, -1);
  }

  newLabel(): number {
    return this.u.instrs.newLabel();
  }

  bind(label: number): void {
    this.u.instrs.bind(label);
  }

  loadConst(v: PyValue): void {
    this.emit(Op.LOAD_CONST, this.u.addConst(v));
  }

  /** LOAD_CONST of an AST Constant's value. */
  loadConstNode(e: AST): void {
    this.loadConst(constValue(e.value));
  }

  /** Index in co_names (ADDOP_N: no mangling). */
  nameIndex(name: string): number {
    const names = this.u.names;
    let i = names.get(name);
    if (i === undefined) {
      i = names.size;
      names.set(name, i);
    }
    return i;
  }

  /** ADDOP_NAME: a name operand, mangled in a class. */
  emitName(op: Op, name: string): void {
    this.emit(op, this.nameIndex(mangle(this.u.privateName, name)));
  }

  /** ADDOP_N with co_names. */
  emitNameRaw(op: Op, name: string): void {
    this.emit(op, this.nameIndex(name));
  }

  varnameIndex(name: string): number {
    const v = this.u.varnames;
    let i = v.get(name);
    if (i === undefined) {
      i = v.size;
      v.set(name, i);
    }
    return i;
  }

  // ---- names ----------------------------------------------------------------

  /** forbidden_name: __debug__ can't be assigned or deleted. */
  checkForbidden(name: string, ctx: 'Load' | 'Store' | 'Del'): void {
    if (name !== '__debug__') return;
    if (ctx === 'Store') this.error('cannot assign to __debug__');
    if (ctx === 'Del') this.error('cannot delete __debug__');
  }

  /** compiler_nameop: the load/store/delete instruction for a name in the current scope. */
  nameOp(name: string, ctx: 'Load' | 'Store' | 'Del'): void {
    this.checkForbidden(name, ctx);
    const u = this.u;
    const mangled = mangle(u.privateName, name);
    const scope = u.ste.scope(mangled);
    const isFunction = u.ste.type === BlockType.Function;
    let kind: 'deref' | 'fast' | 'global' | 'name' = 'name';
    let cellIndex = -1;
    switch (scope) {
      case FREE:
        kind = 'deref';
        cellIndex = u.freevars.get(mangled)!;
        break;
      case CELL:
        kind = 'deref';
        cellIndex = u.cellvars.get(mangled)!;
        break;
      case LOCAL:
        if (isFunction) kind = 'fast';
        break;
      case GLOBAL_IMPLICIT:
        if (isFunction) kind = 'global';
        break;
      case GLOBAL_EXPLICIT:
        kind = 'global';
        break;
    }
    switch (kind) {
      case 'deref':
        if (cellIndex === undefined || cellIndex < 0) throw new Error(`compiler: no cell for ${mangled}`);
        this.emit(ctx === 'Load' ? (u.ste.type === BlockType.Class ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF)
          : ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF, cellIndex);
        return;
      case 'fast':
        this.emit(ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST, this.varnameIndex(mangled));
        return;
      case 'global':
        this.emit(ctx === 'Load' ? Op.LOAD_GLOBAL : ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, this.nameIndex(mangled));
        return;
      case 'name':
        this.emit(ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME, this.nameIndex(mangled));
        return;
    }
  }

  // ---- frame blocks -----------------------------------------------------------

  pushFBlock(type: FB, block: number, exit: number, datum: any): void {
    if (this.u.fblocks.length >= CO_MAXBLOCKS) this.error('too many statically nested blocks');
    this.u.fblocks.push({ type, block, exit, datum });
  }

  popFBlock(): void {
    this.u.fblocks.pop();
  }

  /** compiler_unwind_fblock: the code that leaving one frame block early needs. */
  unwindFBlock(info: FBlock, preserveTos: boolean): void {
    switch (info.type) {
      case FB.WhileLoop:
      case FB.ExceptionHandler:
      case FB.ExceptionGroupHandler:
      case FB.AsyncComprehensionGenerator:
        return;
      case FB.ForLoop:
        // Pop the iterator.
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
        return;
      case FB.TryExcept:
        this.emit(Op.POP_BLOCK);
        return;
      case FB.FinallyTry:
        this.emit(Op.POP_BLOCK);
        if (preserveTos) this.pushFBlock(FB.PopValue, -1, -1, null);
        // Emit the finally block.
        visitStmts(this, info.datum);
        if (preserveTos) this.popFBlock();
        // The finally block should appear to execute after the statement causing the unwinding.
        this.unsetLoc();
        return;
      case FB.FinallyEnd:
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP); // exc_value
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_BLOCK);
        this.emit(Op.POP_EXCEPT);
        return;
      case FB.With:
      case FB.AsyncWith:
        this.setLoc(info.datum);
        this.emit(Op.POP_BLOCK);
        if (preserveTos) this.emit(Op.SWAP, 2);
        callExitWithNones(this);
        if (info.type === FB.AsyncWith) {
          this.emit(Op.GET_AWAITABLE, 2);
          this.loadConst(None);
          addYieldFrom(this, true);
        }
        this.emit(Op.POP_TOP);
        this.unsetLoc();
        return;
      case FB.HandlerCleanup:
        if (info.datum !== null) this.emit(Op.POP_BLOCK);
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_BLOCK);
        this.emit(Op.POP_EXCEPT);
        if (info.datum !== null) {
          this.loadConst(None);
          this.nameOp(info.datum, 'Store');
          this.nameOp(info.datum, 'Del');
        }
        return;
      case FB.PopValue:
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
        return;
    }
  }

  /**
   * compiler_unwind_fblock_stack: unwind every frame block (return), or up
   * to the innermost loop (break/continue), which is returned.
   */
  unwindFBlockStack(preserveTos: boolean, stopAtLoop: boolean): FBlock | null {
    const fb = this.u.fblocks;
    if (fb.length === 0) return null;
    const top = fb[fb.length - 1];
    if (top.type === FB.ExceptionGroupHandler) {
      this.error("'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (stopAtLoop && (top.type === FB.WhileLoop || top.type === FB.ForLoop)) return top;
    fb.pop();
    this.unwindFBlock(top, preserveTos);
    const loop = this.unwindFBlockStack(preserveTos, stopAtLoop);
    fb.push(top);
    return loop;
  }

  // ---- scopes -----------------------------------------------------------------

  /** compiler_enter_scope. */
  enterScope(name: string, scopeType: ScopeType, key: AST, lineno: number): void {
    const ste = this.st.blocks.get(key);
    if (ste === undefined) throw new Error(`compiler: no symbol table for ${key._type}`);
    const u = new Unit(ste, name, scopeType, lineno);
    if (this.u !== undefined) {
      u.privateName = this.u.privateName;
      this.stack.push(this.u);
    }
    this.u = u;
    if (scopeType === ScopeType.Module) u.lineno = -1;
    else this.setQualname();
  }

  exitScope(): void {
    this.u = this.stack.pop()!;
  }

  /** compiler_set_qualname. */
  setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    if (this.stack.length > 1) {
      const parent = this.stack[this.stack.length - 1];
      let forceGlobal = false;
      if (u.scopeType === ScopeType.Function || u.scopeType === ScopeType.AsyncFunction || u.scopeType === ScopeType.Class) {
        const mangled = mangle(parent.privateName, u.name);
        if (parent.ste.scope(mangled) === GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (parent.scopeType === ScopeType.Function || parent.scopeType === ScopeType.AsyncFunction || parent.scopeType === ScopeType.Lambda) {
          base = parent.qualname + '.<locals>';
        } else {
          base = parent.qualname;
        }
      }
    }
    u.qualname = base !== null ? base + '.' + u.name : u.name;
  }

  /** compute_code_flags. */
  codeFlags(): number {
    const ste = this.u.ste;
    let flags = 0;
    if (ste.type === BlockType.Function) {
      flags |= CO_NEWLOCALS | CO_OPTIMIZED;
      if (ste.nested) flags |= CO_NESTED;
      if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
      if (!ste.generator && ste.coroutine) flags |= CO_COROUTINE;
      if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
      if (ste.varargs) flags |= CO_VARARGS;
      if (ste.varkeywords) flags |= CO_VARKEYWORDS;
    }
    if (this.future.annotations) flags |= CO_FUTURE_ANNOTATIONS;
    if (this.future.barryAsFlufl) flags |= CO_FUTURE_BARRY_AS_BDFL;
    return flags;
  }

  /** assemble(): finish the current unit (adding the implicit `return None`) and make its code object. */
  makeCode(addNone: boolean): PyCode {
    const u = this.u;
    const ins = u.instrs;
    const n = ins.length;
    const endLabelled = u.instrs.labels.some((l) => l === n);
    if (n === 0 || !OP_TERMINATES[ins.ops[n - 1]] || endLabelled) {
      this.unsetLoc();
      if (addNone) this.loadConst(None);
      this.emit(Op.RETURN_VALUE);
    }
    const a = assemble(ins, u.firstlineno);
    const varnames = [...u.varnames.keys()];
    const cellvars = [...u.cellvars.keys()];
    const freevars = [...u.freevars.keys()];
    const nargs = u.argcount + u.posonlyargcount + u.kwonlyargcount + (u.ste.varargs ? 1 : 0) + (u.ste.varkeywords ? 1 : 0);
    const cell2arg = new Int32Array(cellvars.length);
    for (let i = 0; i < cellvars.length; i++) {
      const j = u.varnames.get(cellvars[i]);
      cell2arg[i] = j !== undefined && j < nargs ? j : -1;
    }
    return new PyCode(
      u.argcount + u.posonlyargcount, u.posonlyargcount, u.kwonlyargcount, this.codeFlags(),
      a.code, u.consts, [...u.names.keys()], varnames, cellvars, freevars, cell2arg,
      this.filename, u.name, u.qualname, u.firstlineno, a.positions, a.exceptiontable, a.stacksize,
    );
  }

  /** compiler_make_closure: push the function made from `co` (with its closure cells). */
  makeClosure(co: PyCode, flags: number): void {
    if (co.freevars.length > 0) {
      for (const name of co.freevars) {
        // A class method's free variable that is also a class-level name is handled by the closure.
        let reftype: number;
        if (this.u.scopeType === ScopeType.Class && name === '__class__') reftype = CELL;
        else reftype = this.u.ste.scope(name);
        const arg = reftype === CELL ? this.u.cellvars.get(name) : this.u.freevars.get(name);
        if (arg === undefined) throw new Error(`compiler_make_closure: failed to find closure '${name}' in ${this.u.name}`);
        this.emit(Op.LOAD_CLOSURE, arg);
      }
      flags |= MF_CLOSURE;
      this.emit(Op.BUILD_TUPLE, co.freevars.length);
    }
    this.loadConst(co);
    this.emit(Op.MAKE_FUNCTION, flags);
  }

  // ---- bodies -----------------------------------------------------------------

  /** compiler_body: module and class bodies (docstring -> __doc__, SETUP_ANNOTATIONS). */
  body(stmts: AST[]): void {
    if (this.u.scopeType === ScopeType.Module && stmts.length > 0) this.setLoc(stmts[0]);
    if (findAnn(stmts)) this.emit(Op.SETUP_ANNOTATIONS);
    if (stmts.length === 0) return;
    let i = 0;
    if (this.optimize < 2 && isDocstring(stmts[0])) {
      i = 1;
      visitExpr(this, stmts[0].value);
      this.unsetLoc();
      this.nameOp('__doc__', 'Store');
    }
    for (; i < stmts.length; i++) visitStmt(this, stmts[i]);
  }

  /** compiler_mod: the top-level code object. */
  compileModule(mod: AST): PyCode {
    this.enterScope('<module>', ScopeType.Module, mod, 1);
    let addNone = true;
    switch (mod._type) {
      case 'Module':
        this.body(mod.body);
        break;
      case 'Interactive':
        if (findAnn(mod.body)) this.emit(Op.SETUP_ANNOTATIONS);
        visitStmts(this, mod.body);
        break;
      case 'Expression':
        visitExpr(this, mod.body);
        addNone = false;
        break;
      default:
        throw new Error(`compile: unexpected ${mod._type}`);
    }
    return this.makeCode(addNone);
  }

  /** compiler_function: def and async def. */
  functionDef(s: AST): void {
    const isAsync = s._type === 'AsyncFunctionDef';
    const args = s.args;
    const decos: AST[] = s.decorator_list;
    checkDebugArgs(this, args);
    visitExprs(this, decos);
    const firstlineno = decos.length > 0 ? decos[0].lineno : s.lineno;
    let funcflags = defaultArguments(this, args);
    if (visitAnnotations(this, args, s.returns)) funcflags |= MF_ANNOTATIONS;

    this.enterScope(s.name, isAsync ? ScopeType.AsyncFunction : ScopeType.Function, s, firstlineno);
    const body: AST[] = s.body;
    const doc = this.optimize < 2 && isDocstring(body[0]) ? constValue(body[0].value.value) : None;
    // co_consts[0] is the docstring (or None): the function's __doc__.
    this.u.addConst(doc);
    this.u.argcount = args.args.length;
    this.u.posonlyargcount = args.posonlyargs.length;
    this.u.kwonlyargcount = args.kwonlyargs.length;
    for (let i = doc !== None ? 1 : 0; i < body.length; i++) visitStmt(this, body[i]);
    const co = this.makeCode(true);
    this.exitScope();

    this.makeClosure(co, funcflags);
    applyDecorators(this, decos, s);
    this.nameOp(s.name, 'Store');
  }

  /** compiler_class. */
  classDef(s: AST): void {
    const decos: AST[] = s.decorator_list;
    visitExprs(this, decos);
    const firstlineno = decos.length > 0 ? decos[0].lineno : s.lineno;

    // 1. the class body as a code object
    this.enterScope(s.name, ScopeType.Class, s, firstlineno);
    this.u.privateName = s.name;
    this.nameOp('__name__', 'Load');
    this.nameOp('__module__', 'Store');
    this.loadConst(this.u.qualname);
    this.nameOp('__qualname__', 'Store');
    this.body(s.body);
    this.unsetLoc();
    if (this.u.ste.needsClassClosure) {
      // Store __classcell__ into the class namespace and return it.
      const i = this.u.cellvars.get('__class__')!;
      this.emit(Op.LOAD_CLOSURE, i);
      this.emit(Op.COPY, 1);
      this.nameOp('__classcell__', 'Store');
    } else {
      this.loadConst(None);
    }
    this.emit(Op.RETURN_VALUE);
    const co = this.makeCode(true);
    this.exitScope();

    // 2. __build_class__(func, name, *bases, **keywords)
    this.emit(Op.LOAD_BUILD_CLASS);
    this.makeClosure(co, 0);
    this.loadConst(s.name);
    callHelper(this, 2, s.bases, s.keywords);
    applyDecorators(this, decos, s);
    this.nameOp(s.name, 'Store');
  }

  /** Does this unit's symbol table mark `name` (in the module scope) as imported? is_import_originated. */
  isImportOriginated(e: AST): boolean {
    if (e._type !== 'Name') return false;
    return (this.st.top.flags(e.id) & 128 /* DEF_IMPORT */) !== 0;
  }
}

/**
 * Compile an AST (from parse()) into a code object.  Throws PySyntaxError
 * for compile-time errors and PyCompileRecursionError for too deep nesting.
 * The AST is rewritten in place by constant folding.
 */
export function compile(node: AST, filename: string, mode: 'exec' | 'eval' | 'single', opts: CompileOptions = {}): PyCode {
  const src = opts.source;
  const lineSource = src === undefined ? null : typeof src === 'string' ? lineSourceOf(src) : src;
  const err = new ErrorContext(filename, lineSource);
  const future: FutureFeatures = { annotations: opts.futureAnnotations === true, barryAsFlufl: false, lineno: -1 };
  const expected = mode === 'exec' ? 'Module' : mode === 'eval' ? 'Expression' : 'Interactive';
  if (node._type !== expected) throw new Error(`compile: expected ${expected} for mode '${mode}', got ${node._type}`);
  try {
    parseFuture(node, err, future);
    const optimize = opts.optimize ?? 0;
    optimizeAst(node, optimize, future.annotations);
    const c = new Compiler(err, filename, future, optimize, node, opts.interactive === true || node._type === 'Interactive');
    return c.compileModule(node);
  } catch (e) {
    // Nesting deep enough to exhaust the host stack gets CPython's error for deep nesting.
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw new PyCompileRecursionError();
    throw e;
  }
}
