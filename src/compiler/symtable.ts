// Symbol tables: which scope each name belongs to (CPython 3.11's
// Python/symtable.c).  Two passes, as there:
//  1. visit the AST, creating one entry per function/class/module/lambda/
//     comprehension scope and recording how each name is used there (flags);
//  2. analyze: resolve each name to LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT,
//     FREE or CELL, propagating free variables up to the scope that binds them.
// The compiler then asks `scopeOf(entry, name)` for every name it loads or
// stores.  Errors are the SyntaxErrors symtable.c raises, with its messages
// and positions.

import type { AST } from '../parser/ast_nodes.js';
import { ErrorContext, type Loc } from './errors.js';

// Name flags (Include/internal/pycore_symtable.h).
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
const SCOPE_OFFSET = 11;
const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

// Scopes.
export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;

export const enum BlockType { Function, Class, Module, Annotation }
export const enum CompKind { None, List, Set, Dict, Generator }

const COMP_NAMES = ['', 'list comprehension', 'set comprehension', 'dict comprehension', 'generator expression'];

/** A scope's symbol table entry (PySTEntryObject). */
export class SymbolTableEntry {
  /** Name -> flags | scope << SCOPE_OFFSET, in first-seen order. */
  readonly symbols = new Map<string, number>();
  /** Parameters in order (co_varnames starts with them). */
  readonly varnames: string[] = [];
  readonly children: SymbolTableEntry[] = [];
  /** global/nonlocal statements (and walrus targets), for error positions. */
  readonly directives: Array<[string, Loc]> = [];
  nested = false;
  free = false;
  childFree = false;
  generator = false;
  coroutine = false;
  comprehension = CompKind.None;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  compIterTarget = false;
  compIterExpr = 0;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly node: AST,
    readonly loc: Loc,
  ) {}

  /** The resolved scope of `name` (0 when unknown), _PyST_GetScope. */
  scope(name: string): number {
    const v = this.symbols.get(name);
    return v === undefined ? 0 : (v >> SCOPE_OFFSET) & 0xf;
  }

  flags(name: string): number {
    return this.symbols.get(name) ?? 0;
  }
}

export interface SymbolTable {
  top: SymbolTableEntry;
  /** AST node (Module/FunctionDef/ClassDef/Lambda/comprehension) -> its entry. */
  blocks: Map<AST, SymbolTableEntry>;
}

/** _Py_Mangle: `__x` inside class `C` becomes `_C__x`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return '_' + stripped + name;
}

function locOf(n: AST): Loc {
  return n as unknown as Loc;
}

const GLOBAL_PARAM = "name '%s' is parameter and global";
const NONLOCAL_PARAM = "name '%s' is parameter and nonlocal";
const GLOBAL_AFTER_ASSIGN = "name '%s' is assigned to before global declaration";
const NONLOCAL_AFTER_ASSIGN = "name '%s' is assigned to before nonlocal declaration";
const GLOBAL_AFTER_USE = "name '%s' is used prior to global declaration";
const NONLOCAL_AFTER_USE = "name '%s' is used prior to nonlocal declaration";
const GLOBAL_ANNOT = "annotated name '%s' can't be global";
const NONLOCAL_ANNOT = "annotated name '%s' can't be nonlocal";
const fmt = (m: string, name: string): string => m.replace('%s', name);

/** Pass 1: symtable_visit_*. */
class Builder {
  readonly stack: SymbolTableEntry[] = [];
  cur!: SymbolTableEntry;
  top!: SymbolTableEntry;
  global!: Map<string, number>;
  privateName: string | null = null;
  readonly blocks = new Map<AST, SymbolTableEntry>();

  constructor(
    readonly err: ErrorContext,
    readonly futureAnnotations: boolean,
  ) {}

  enterBlock(name: string, type: BlockType, node: AST, loc: Loc): void {
    const prev = this.stack.length > 0 ? this.cur : null;
    const ste = new SymbolTableEntry(name, type, node, loc);
    if (prev !== null && (prev.nested || prev.type === BlockType.Function)) ste.nested = true;
    // bpo-37757: walrus is disallowed in the whole outermost iterable, nested scopes included.
    if (prev !== null) ste.compIterExpr = prev.compIterExpr;
    this.stack.push(ste);
    this.cur = ste;
    // Annotation blocks (under `from __future__ import annotations`) only
    // catch errors; they are not children and the compiler never sees them.
    if (type === BlockType.Annotation) return;
    this.blocks.set(node, ste);
    if (type === BlockType.Module) this.global = ste.symbols;
    if (prev !== null) prev.children.push(ste);
  }

  exitBlock(): void {
    this.stack.pop();
    if (this.stack.length > 0) this.cur = this.stack[this.stack.length - 1];
  }

  /** symtable_add_def_helper. */
  addDefIn(ste: SymbolTableEntry, name: string, flag: number, loc: Loc): void {
    const mangled = mangle(this.privateName, name);
    const old = ste.symbols.get(mangled);
    let val: number;
    if (old !== undefined) {
      if ((flag & DEF_PARAM) && (old & DEF_PARAM)) {
        throw this.err.at(`duplicate argument '${name}' in function definition`, loc);
      }
      val = old | flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      // An iteration variable of a comprehension: check for a conflict with walrus targets.
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        throw this.err.at(`comprehension inner loop cannot rebind assignment expression target '${name}'`, loc);
      }
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      this.global.set(mangled, flag | (this.global.get(mangled) ?? 0));
    }
  }

  addDef(name: string, flag: number, loc: Loc): void {
    this.addDefIn(this.cur, name, flag, loc);
  }

  lookup(name: string): number {
    return this.cur.symbols.get(mangle(this.privateName, name)) ?? 0;
  }

  recordDirective(name: string, loc: Loc): void {
    this.cur.directives.push([mangle(this.privateName, name), loc]);
  }

  stmts(body: AST[]): void {
    for (const s of body) this.stmt(s);
  }

  exprs(list: (AST | null)[]): void {
    for (const e of list) if (e !== null) this.expr(e);
  }

  stmt(s: AST): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        this.addDef(s.name, DEF_LOCAL, locOf(s));
        const a = s.args;
        this.exprs(a.defaults);
        this.exprs(a.kw_defaults);
        this.annotations(s, a, s.returns);
        this.exprs(s.decorator_list);
        this.enterBlock(s.name, BlockType.Function, s, locOf(s));
        if (s._type === 'AsyncFunctionDef') this.cur.coroutine = true;
        this.arguments(a);
        this.stmts(s.body);
        this.exitBlock();
        break;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, locOf(s));
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.exprs(s.decorator_list);
        this.enterBlock(s.name, BlockType.Class, s, locOf(s));
        const saved = this.privateName;
        this.privateName = s.name;
        this.stmts(s.body);
        this.privateName = saved;
        this.exitBlock();
        break;
      }
      case 'Return':
        if (s.value !== null) {
          this.expr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Delete':
        this.exprs(s.targets);
        break;
      case 'Assign':
        this.exprs(s.targets);
        this.expr(s.value);
        break;
      case 'AnnAssign': {
        const t = s.target;
        if (t._type === 'Name') {
          const cur = this.lookup(t.id);
          if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && this.cur.symbols !== this.global && s.simple) {
            throw this.err.at(fmt(cur & DEF_GLOBAL ? GLOBAL_ANNOT : NONLOCAL_ANNOT, t.id), locOf(s));
          }
          if (s.simple) this.addDef(t.id, DEF_ANNOT | DEF_LOCAL, locOf(t));
          else if (s.value !== null) this.addDef(t.id, DEF_LOCAL, locOf(t));
        } else {
          this.expr(t);
        }
        this.annotation(s.annotation);
        if (s.value !== null) this.expr(s.value);
        break;
      }
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'Match':
        this.expr(s.subject);
        for (const mc of s.cases) {
          this.pattern(mc.pattern);
          if (mc.guard !== null) this.expr(mc.guard);
          this.stmts(mc.body);
        }
        break;
      case 'Raise':
        if (s.exc !== null) this.expr(s.exc);
        if (s.cause !== null) this.expr(s.cause);
        break;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type !== null) this.expr(h.type);
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL, locOf(h));
          this.stmts(h.body);
        }
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        this.expr(s.test);
        if (s.msg !== null) this.expr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.alias(a);
        break;
      case 'Global':
      case 'Nonlocal': {
        const isGlobal = s._type === 'Global';
        for (const name of s.names as string[]) {
          const cur = this.lookup(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = isGlobal ? GLOBAL_PARAM : NONLOCAL_PARAM;
            else if (cur & USE) msg = isGlobal ? GLOBAL_AFTER_USE : NONLOCAL_AFTER_USE;
            else if (cur & DEF_ANNOT) msg = isGlobal ? GLOBAL_ANNOT : NONLOCAL_ANNOT;
            else msg = isGlobal ? GLOBAL_AFTER_ASSIGN : NONLOCAL_AFTER_ASSIGN;
            throw this.err.at(fmt(msg, name), locOf(s));
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, locOf(s));
          this.recordDirective(name, locOf(s));
        }
        break;
      }
      case 'Expr':
        this.expr(s.value);
        break;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          this.expr(item.context_expr);
          if (item.optional_vars !== null) this.expr(item.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
    }
  }

  expr(e: AST): void {
    switch (e._type) {
      case 'NamedExpr':
        this.raiseIfAnnotationBlock('named expression', e);
        this.namedExpr(e);
        break;
      case 'BoolOp':
        this.exprs(e.values);
        break;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        break;
      case 'UnaryOp':
        this.expr(e.operand);
        break;
      case 'Lambda': {
        const a = e.args;
        this.exprs(a.defaults);
        this.exprs(a.kw_defaults);
        this.enterBlock('lambda', BlockType.Function, e, locOf(e));
        this.arguments(a);
        this.expr(e.body);
        this.exitBlock();
        break;
      }
      case 'IfExp':
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        break;
      case 'Dict':
        this.exprs(e.keys);
        this.exprs(e.values);
        break;
      case 'Set':
      case 'List':
      case 'Tuple':
        this.exprs(e.elts);
        break;
      case 'GeneratorExp':
        this.comprehension(e, 'genexpr', e.generators, e.elt, null);
        break;
      case 'ListComp':
        this.comprehension(e, 'listcomp', e.generators, e.elt, null);
        break;
      case 'SetComp':
        this.comprehension(e, 'setcomp', e.generators, e.elt, null);
        break;
      case 'DictComp':
        this.comprehension(e, 'dictcomp', e.generators, e.key, e.value);
        break;
      case 'Yield':
      case 'YieldFrom':
        this.raiseIfAnnotationBlock('yield expression', e);
        if (e.value !== null) this.expr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension !== CompKind.None) {
          throw this.err.at(`'yield' inside ${COMP_NAMES[this.cur.comprehension]}`, locOf(e));
        }
        break;
      case 'Await':
        this.raiseIfAnnotationBlock('await expression', e);
        this.expr(e.value);
        this.cur.coroutine = true;
        break;
      case 'Compare':
        this.expr(e.left);
        this.exprs(e.comparators);
        break;
      case 'Call':
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec !== null) this.expr(e.format_spec);
        break;
      case 'JoinedStr':
        this.exprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.expr(e.value);
        break;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        break;
      case 'Starred':
        this.expr(e.value);
        break;
      case 'Slice':
        if (e.lower !== null) this.expr(e.lower);
        if (e.upper !== null) this.expr(e.upper);
        if (e.step !== null) this.expr(e.step);
        break;
      case 'Name':
        this.addDef(e.id, e.ctx._type === 'Load' ? USE : DEF_LOCAL, locOf(e));
        // super() counts as a use of __class__ (for the implicit cell).
        if (e.ctx._type === 'Load' && this.cur.type === BlockType.Function && e.id === 'super') {
          this.addDef('__class__', USE, locOf(e));
        }
        break;
    }
  }

  raiseIfAnnotationBlock(what: string, e: AST): void {
    if (this.cur.type === BlockType.Annotation) {
      throw this.err.at(`'${what}' can not be used within an annotation`, locOf(e));
    }
  }

  /** symtable_handle_namedexpr. */
  namedExpr(e: AST): void {
    if (this.cur.compIterExpr > 0) {
      throw this.err.at('assignment expression cannot be used in a comprehension iterable expression', locOf(e));
    }
    if (this.cur.comprehension !== CompKind.None) this.extendNamedExprScope(e.target);
    this.expr(e.value);
    this.expr(e.target);
  }

  /** symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the enclosing function. */
  extendNamedExprScope(target: AST): void {
    const name: string = target.id;
    const loc = locOf(target);
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension !== CompKind.None) {
        if ((ste.symbols.get(name) ?? 0) & DEF_COMP_ITER) {
          throw this.err.at(`assignment expression cannot rebind comprehension iteration variable '${name}'`, loc);
        }
        continue;
      }
      if (ste.type === BlockType.Function) {
        if ((ste.symbols.get(name) ?? 0) & DEF_GLOBAL) this.addDef(name, DEF_GLOBAL, loc);
        else this.addDef(name, DEF_NONLOCAL, loc);
        this.recordDirective(name, loc);
        this.addDefIn(ste, name, DEF_LOCAL, loc);
        return;
      }
      if (ste.type === BlockType.Module) {
        this.addDef(name, DEF_GLOBAL, loc);
        this.recordDirective(name, loc);
        this.addDefIn(ste, name, DEF_GLOBAL, loc);
        return;
      }
      if (ste.type === BlockType.Class) {
        throw this.err.at('assignment expression within a comprehension cannot be used in a class body', loc);
      }
    }
  }

  /** symtable_handle_comprehension. */
  comprehension(e: AST, scopeName: string, generators: AST[], elt: AST, value: AST | null): void {
    const isGenerator = e._type === 'GeneratorExp';
    const outermost = generators[0];
    // The outermost iterable is evaluated in the enclosing scope.
    this.cur.compIterExpr++;
    this.expr(outermost.iter);
    this.cur.compIterExpr--;
    this.enterBlock(scopeName, BlockType.Function, e, locOf(e));
    switch (e._type) {
      case 'ListComp': this.cur.comprehension = CompKind.List; break;
      case 'SetComp': this.cur.comprehension = CompKind.Set; break;
      case 'DictComp': this.cur.comprehension = CompKind.Dict; break;
      default: this.cur.comprehension = CompKind.Generator; break;
    }
    if (outermost.is_async) this.cur.coroutine = true;
    // The outermost iterator is received as the implicit argument `.0`.
    this.addDef('.0', DEF_PARAM, locOf(e));
    this.cur.compIterTarget = true;
    this.expr(outermost.target);
    this.cur.compIterTarget = false;
    this.exprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) {
      const g = generators[i];
      this.cur.compIterTarget = true;
      this.expr(g.target);
      this.cur.compIterTarget = false;
      this.cur.compIterExpr++;
      this.expr(g.iter);
      this.cur.compIterExpr--;
      this.exprs(g.ifs);
      if (g.is_async) this.cur.coroutine = true;
    }
    if (value !== null) this.expr(value);
    this.expr(elt);
    this.cur.generator = isGenerator;
    const isAsync = this.cur.coroutine && !isGenerator;
    this.exitBlock();
    if (isAsync) this.cur.coroutine = true;
  }

  arguments(a: AST): void {
    for (const p of a.posonlyargs) this.addDef(p.arg, DEF_PARAM, locOf(p));
    for (const p of a.args) this.addDef(p.arg, DEF_PARAM, locOf(p));
    for (const p of a.kwonlyargs) this.addDef(p.arg, DEF_PARAM, locOf(p));
    if (a.vararg !== null) {
      this.addDef(a.vararg.arg, DEF_PARAM, locOf(a.vararg));
      this.cur.varargs = true;
    }
    if (a.kwarg !== null) {
      this.addDef(a.kwarg.arg, DEF_PARAM, locOf(a.kwarg));
      this.cur.varkeywords = true;
    }
  }

  /** symtable_visit_annotations (order: posonly, args, *args, **kwargs, kwonly, then returns). */
  annotations(s: AST, a: AST, returns: AST | null): void {
    if (this.futureAnnotations) this.enterBlock('_annotation', BlockType.Annotation, s, locOf(s));
    for (const p of a.posonlyargs) if (p.annotation !== null) this.expr(p.annotation);
    for (const p of a.args) if (p.annotation !== null) this.expr(p.annotation);
    if (a.vararg !== null && a.vararg.annotation !== null) this.expr(a.vararg.annotation);
    if (a.kwarg !== null && a.kwarg.annotation !== null) this.expr(a.kwarg.annotation);
    for (const p of a.kwonlyargs) if (p.annotation !== null) this.expr(p.annotation);
    if (this.futureAnnotations) this.exitBlock();
    if (returns !== null) this.annotation(returns);
  }

  annotation(e: AST): void {
    if (this.futureAnnotations) this.enterBlock('_annotation', BlockType.Annotation, e, locOf(e));
    this.expr(e);
    if (this.futureAnnotations) this.exitBlock();
  }

  alias(a: AST): void {
    // `import a.b.c` binds `a`; `import a.b as c` binds `c`.
    const name: string = a.asname ?? a.name;
    const dot = name.indexOf('.');
    const storeName = dot >= 0 ? name.slice(0, dot) : name;
    if (name !== '*') {
      this.addDef(storeName, DEF_IMPORT, locOf(a));
    } else if (this.cur.type !== BlockType.Module) {
      throw this.err.at('import * only allowed at module level', locOf(a));
    }
  }

  pattern(p: AST): void {
    switch (p._type) {
      case 'MatchValue':
        this.expr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
        for (const q of p.patterns) this.pattern(q);
        break;
      case 'MatchStar':
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, locOf(p));
        break;
      case 'MatchMapping':
        this.exprs(p.keys);
        for (const q of p.patterns) this.pattern(q);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, locOf(p));
        break;
      case 'MatchClass':
        this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q);
        for (const q of p.kwd_patterns) this.pattern(q);
        break;
      case 'MatchAs':
        if (p.pattern !== null) this.pattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, locOf(p));
        break;
      case 'MatchOr':
        for (const q of p.patterns) this.pattern(q);
        break;
    }
  }
}

// ---- pass 2: analysis (analyze_block and friends) ---------------------------

function errorAtDirective(err: ErrorContext, ste: SymbolTableEntry, name: string, msg: string): never {
  for (const [n, loc] of ste.directives) {
    if (n === name) throw err.at(msg, loc);
  }
  throw err.raw(msg, ste.loc.lineno, ste.loc.col_offset + 1, ste.loc.end_lineno, ste.loc.end_col_offset + 1);
}

function analyzeName(
  err: ErrorContext, ste: SymbolTableEntry, scopes: Map<string, number>, name: string, flags: number,
  bound: Set<string> | null, local: Set<string>, free: Set<string>, global: Set<string>,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) errorAtDirective(err, ste, name, `name '${name}' is nonlocal and global`);
    scopes.set(name, GLOBAL_EXPLICIT);
    global.add(name);
    if (bound !== null) bound.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (bound === null) errorAtDirective(err, ste, name, 'nonlocal declaration not allowed at module level');
    if (!bound.has(name)) errorAtDirective(err, ste, name, `no binding for nonlocal '${name}' found`);
    scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  // A binding in an enclosing function makes it free here (bound is non-null only when nested).
  if (bound !== null && bound.has(name)) {
    scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (global.has(name)) {
    scopes.set(name, GLOBAL_IMPLICIT);
    return;
  }
  if (ste.nested) ste.free = true;
  scopes.set(name, GLOBAL_IMPLICIT);
}

function analyzeBlock(
  err: ErrorContext, ste: SymbolTableEntry, bound: Set<string> | null, free: Set<string>, global: Set<string>,
): void {
  const local = new Set<string>();
  const scopes = new Map<string, number>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();

  // Class bindings are not visible in nested functions: pass down what was
  // visible before the class.
  if (ste.type === BlockType.Class) {
    for (const n of global) newGlobal.add(n);
    if (bound !== null) for (const n of bound) newBound.add(n);
  }
  for (const [name, flags] of ste.symbols) {
    analyzeName(err, ste, scopes, name, flags, bound, local, free, global);
  }
  if (ste.type !== BlockType.Class) {
    if (ste.type === BlockType.Function) for (const n of local) newBound.add(n);
    if (bound !== null) for (const n of bound) newBound.add(n);
    for (const n of global) newGlobal.add(n);
  } else {
    newBound.add('__class__');
  }

  const allFree = new Set<string>();
  for (const child of ste.children) {
    const tb = new Set(newBound);
    const tf = new Set(newFree);
    const tg = new Set(newGlobal);
    analyzeBlock(err, child, tb, tf, tg);
    for (const n of tf) allFree.add(n);
    if (child.free || child.childFree) ste.childFree = true;
  }
  for (const n of allFree) newFree.add(n);

  if (ste.type === BlockType.Function) {
    // analyze_cells: locals that children need become cells.
    for (const [name, scope] of scopes) {
      if (scope === LOCAL && newFree.has(name)) {
        scopes.set(name, CELL);
        newFree.delete(name);
      }
    }
  } else if (ste.type === BlockType.Class) {
    // drop_class_free
    if (newFree.delete('__class__')) ste.needsClassClosure = true;
  }
  updateSymbols(ste.symbols, scopes, bound, newFree, ste.type === BlockType.Class);
  for (const n of newFree) free.add(n);
}

function updateSymbols(
  symbols: Map<string, number>, scopes: Map<string, number>, bound: Set<string> | null,
  free: Set<string>, classFlag: boolean,
): void {
  for (const [name, flags] of symbols) {
    symbols.set(name, flags | (scopes.get(name)! << SCOPE_OFFSET));
  }
  // Free variables of children that pass through this scope.
  for (const name of free) {
    const v = symbols.get(name);
    if (v !== undefined) {
      // A method's free variable with the same name as a class-level binding.
      if (classFlag && (v & (DEF_BOUND | DEF_GLOBAL))) symbols.set(name, v | DEF_FREE_CLASS);
      continue;
    }
    if (bound !== null && !bound.has(name)) continue; // a global
    symbols.set(name, FREE << SCOPE_OFFSET);
  }
}

/** _PySymtable_Build: both passes over a module / expression / interactive AST. */
export function buildSymtable(mod: AST, err: ErrorContext, futureAnnotations: boolean): SymbolTable {
  const b = new Builder(err, futureAnnotations);
  b.enterBlock('top', BlockType.Module, mod, { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  b.top = b.cur;
  switch (mod._type) {
    case 'Module':
    case 'Interactive':
      b.stmts(mod.body);
      break;
    case 'Expression':
      b.expr(mod.body);
      break;
  }
  b.exitBlock();
  analyzeBlock(err, b.top, null, new Set(), new Set());
  return { top: b.top, blocks: b.blocks };
}

export { SCOPE_MASK };
