// Code generation for statements (CPython 3.11's compiler_visit_stmt and the
// statement helpers of Python/compile.c): assignments, control flow with its
// frame blocks, try/except/finally and except* (exception-table handlers set
// up with SETUP_* pseudo instructions), with/async with, imports, asserts.

import type { AST } from '../parser/ast_nodes.js';
import { None } from '../objects/object.js';
import { newTuple } from '../objects/tuple.js';
import { Op } from './opcodes.js';
import { BlockType } from './symtable.js';
import { type Compiler, ScopeType, FB } from './compile.js';
import {
  visitExpr, visitExprs, jumpIf, binopCode, callExitWithNones, addYieldFrom, annotationValue,
} from './compile_expr.js';
import { matchStmt } from './compile_pattern.js';
import { checkAssert } from './warnings.js';

export function visitStmts(c: Compiler, stmts: AST[]): void {
  for (const s of stmts) visitStmt(c, s);
}

/** find_ann: does a body (outside nested scopes) contain an annotated assignment? */
export function findAnn(stmts: AST[]): boolean {
  for (const s of stmts) {
    switch (s._type) {
      case 'AnnAssign':
        return true;
      case 'For':
      case 'AsyncFor':
      case 'While':
      case 'If':
        if (findAnn(s.body) || findAnn(s.orelse)) return true;
        break;
      case 'With':
      case 'AsyncWith':
        if (findAnn(s.body)) return true;
        break;
      case 'Try':
      case 'TryStar':
        for (const h of s.handlers) if (findAnn(h.body)) return true;
        if (findAnn(s.body) || findAnn(s.finalbody) || findAnn(s.orelse)) return true;
        break;
      case 'Match':
        for (const m of s.cases) if (findAnn(m.body)) return true;
        break;
    }
  }
  return false;
}

export function visitStmt(c: Compiler, s: AST): void {
  c.setLoc(s);
  switch (s._type) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      return c.functionDef(s);
    case 'ClassDef':
      return c.classDef(s);
    case 'Return':
      return returnStmt(c, s);
    case 'Delete':
      return visitExprs(c, s.targets);
    case 'Assign': {
      const targets: AST[] = s.targets;
      if (targets.length === 1 && swapAssign(c, targets[0], s.value)) return;
      visitExpr(c, s.value);
      for (let i = 0; i < targets.length; i++) {
        if (i < targets.length - 1) c.emit(Op.COPY, 1);
        visitExpr(c, targets[i]);
      }
      return;
    }
    case 'AugAssign':
      return augAssign(c, s);
    case 'AnnAssign':
      return annAssign(c, s);
    case 'For':
      return forStmt(c, s);
    case 'While':
      return whileStmt(c, s);
    case 'If':
      return ifStmt(c, s);
    case 'Match':
      return matchStmt(c, s);
    case 'Raise': {
      let n = 0;
      if (s.exc !== null) {
        visitExpr(c, s.exc);
        n++;
        if (s.cause !== null) {
          visitExpr(c, s.cause);
          n++;
        }
      }
      c.emit(Op.RAISE_VARARGS, n);
      return;
    }
    case 'Try':
      if (s.finalbody.length > 0) return tryFinally(c, s);
      return tryExcept(c, s);
    case 'TryStar':
      if (s.finalbody.length > 0) return tryFinally(c, s);
      return tryStarExcept(c, s);
    case 'Assert':
      return assertStmt(c, s);
    case 'Import':
      return importStmt(c, s);
    case 'ImportFrom':
      return importFrom(c, s);
    case 'Global':
    case 'Nonlocal':
      return;
    case 'Expr':
      return exprStmt(c, s.value);
    case 'Pass':
      c.emit(Op.NOP);
      return;
    case 'Break':
      return breakStmt(c);
    case 'Continue':
      return continueStmt(c);
    case 'With':
      return withStmt(c, s, 0);
    case 'AsyncFor':
      return asyncFor(c, s);
    case 'AsyncWith':
      return asyncWith(c, s, 0);
  }
  throw new Error(`compiler: unexpected statement ${s._type}`);
}

function exprStmt(c: Compiler, value: AST): void {
  if (c.interactive && c.stack.length === 0) {
    visitExpr(c, value);
    c.emit(Op.PRINT_EXPR);
    return;
  }
  if (value._type === 'Constant') {
    // A constant statement does nothing.
    c.emit(Op.NOP);
    return;
  }
  visitExpr(c, value);
  c.unsetLoc();
  c.emit(Op.POP_TOP);
}

// ---- assignment ------------------------------------------------------------------

/**
 * `a, b = x, y` (two or three items on each side, none starred): the values
 * are pushed and put in unpacking order with one SWAP, without building and
 * unpacking a tuple (what CPython's optimizer makes of BUILD_TUPLE n +
 * UNPACK_SEQUENCE n).  Returns false when the statement is not of that form.
 */
function swapAssign(c: Compiler, target: AST, value: AST): boolean {
  if ((target._type !== 'Tuple' && target._type !== 'List') || value._type !== 'Tuple') return false;
  const n = target.elts.length;
  if (n < 2 || n > 3 || value.elts.length !== n) return false;
  for (let i = 0; i < n; i++) {
    if (target.elts[i]._type === 'Starred' || value.elts[i]._type === 'Starred') return false;
  }
  for (let i = 0; i < n; i++) visitExpr(c, value.elts[i]);
  c.emit(Op.SWAP, n);
  for (let i = 0; i < n; i++) visitExpr(c, target.elts[i]);
  return true;
}

function augAssign(c: Compiler, s: AST): void {
  const e = s.target;
  const saved = c.saveLoc();
  c.setLoc(e);
  switch (e._type) {
    case 'Attribute':
      visitExpr(c, e.value);
      c.emit(Op.COPY, 1);
      c.matchAttrStart(e);
      c.emitName(Op.LOAD_ATTR, e.attr);
      break;
    case 'Subscript':
      visitExpr(c, e.value);
      visitExpr(c, e.slice);
      c.emit(Op.COPY, 2);
      c.emit(Op.COPY, 2);
      c.emit(Op.BINARY_SUBSCR);
      break;
    case 'Name':
      c.nameOp(e.id, 'Load');
      break;
    default:
      throw new Error(`compiler: invalid augmented assignment target ${e._type}`);
  }
  c.restoreLoc(saved);
  visitExpr(c, s.value);
  c.emit(Op.BINARY_OP, binopCode(s.op, true));
  c.setLoc(e);
  switch (e._type) {
    case 'Attribute':
      c.matchAttrStart(e);
      c.emit(Op.SWAP, 2);
      c.emitName(Op.STORE_ATTR, e.attr);
      break;
    case 'Subscript':
      c.emit(Op.SWAP, 3);
      c.emit(Op.SWAP, 2);
      c.emit(Op.STORE_SUBSCR);
      break;
    case 'Name':
      c.nameOp(e.id, 'Store');
      break;
  }
}

function checkAnnExpr(c: Compiler, e: AST): void {
  visitExpr(c, e);
  c.emit(Op.POP_TOP);
}

function checkAnnSubscr(c: Compiler, e: AST): void {
  switch (e._type) {
    case 'Slice':
      if (e.lower !== null) checkAnnExpr(c, e.lower);
      if (e.upper !== null) checkAnnExpr(c, e.upper);
      if (e.step !== null) checkAnnExpr(c, e.step);
      return;
    case 'Tuple':
      for (const x of e.elts) checkAnnSubscr(c, x);
      return;
    default:
      checkAnnExpr(c, e);
  }
}

const moduleOrClass = (c: Compiler): boolean => c.u.scopeType === ScopeType.Module || c.u.scopeType === ScopeType.Class;

function annAssign(c: Compiler, s: AST): void {
  const targ = s.target;
  if (s.value !== null) {
    visitExpr(c, s.value);
    visitExpr(c, targ);
  }
  switch (targ._type) {
    case 'Name':
      c.checkForbidden(targ.id, 'Store');
      // A simple name in a module or class: store the annotation.
      if (s.simple && moduleOrClass(c)) {
        annotationValue(c, s.annotation);
        c.emitNameRaw(Op.LOAD_NAME, '__annotations__');
        c.loadConst(mangleName(c, targ.id));
        c.emit(Op.STORE_SUBSCR);
      }
      break;
    case 'Attribute':
      c.checkForbidden(targ.attr, 'Store');
      if (s.value === null) checkAnnExpr(c, targ.value);
      break;
    case 'Subscript':
      if (s.value === null) {
        checkAnnExpr(c, targ.value);
        checkAnnSubscr(c, targ.slice);
      }
      break;
  }
  // The annotation of a complex target is evaluated last (not under future annotations).
  if (!s.simple && !c.future.annotations && moduleOrClass(c)) checkAnnExpr(c, s.annotation);
}

function mangleName(c: Compiler, name: string): string {
  const p = c.u.privateName;
  if (p === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = p.replace(/^_+/, '');
  return stripped === '' ? name : '_' + stripped + name;
}

// ---- control flow ----------------------------------------------------------------

function ifStmt(c: Compiler, s: AST): void {
  const end = c.newLabel();
  const next = s.orelse.length > 0 ? c.newLabel() : end;
  jumpIf(c, s.test, next, false);
  visitStmts(c, s.body);
  if (s.orelse.length > 0) {
    c.emitNoLine(Op.JUMP, end);
    c.bind(next);
    visitStmts(c, s.orelse);
  }
  c.bind(end);
}

function forStmt(c: Compiler, s: AST): void {
  const start = c.newLabel();
  const cleanup = c.newLabel();
  const end = c.newLabel();
  c.pushFBlock(FB.ForLoop, start, end, null);
  visitExpr(c, s.iter);
  c.emit(Op.GET_ITER);
  c.bind(start);
  c.emit(Op.FOR_ITER, cleanup);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  // The back-edge is artificial: it takes the location of the body's last instruction.
  c.unsetLoc();
  c.emit(Op.JUMP, start);
  c.bind(cleanup);
  c.popFBlock();
  visitStmts(c, s.orelse);
  c.bind(end);
}

function asyncFor(c: Compiler, s: AST): void {
  if (c.u.scopeType !== ScopeType.AsyncFunction) c.error("'async for' outside async function");
  const start = c.newLabel();
  const except = c.newLabel();
  const end = c.newLabel();
  visitExpr(c, s.iter);
  c.emit(Op.GET_AITER);
  c.bind(start);
  c.pushFBlock(FB.ForLoop, start, end, null);
  // SETUP_FINALLY guards the __anext__ call: StopAsyncIteration ends the loop.
  c.emit(Op.SETUP_FINALLY, except);
  c.emit(Op.GET_ANEXT);
  c.loadConst(None);
  addYieldFrom(c, true);
  c.emit(Op.POP_BLOCK);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.unsetLoc();
  c.emit(Op.JUMP, start);
  c.popFBlock();
  c.bind(except);
  // END_ASYNC_FOR belongs to the `for`: use the iterator's location.
  c.setLoc(s.iter);
  c.emit(Op.END_ASYNC_FOR);
  visitStmts(c, s.orelse);
  c.bind(end);
}

/**
 * while: the test at the top and an unconditional JUMP_BACKWARD at the
 * bottom.  Deliberate difference: CPython 3.11 repeats the test at the
 * bottom (a conditional backward jump); krait's back-edges are always
 * JUMP_BACKWARD so the JIT sees every loop the same way.
 */
function whileStmt(c: Compiler, s: AST): void {
  const loop = c.newLabel();
  const body = c.newLabel();
  const anchor = c.newLabel();
  const end = c.newLabel();
  c.bind(loop);
  c.pushFBlock(FB.WhileLoop, loop, end, null);
  jumpIf(c, s.test, anchor, false);
  c.bind(body);
  visitStmts(c, s.body);
  // The back-edge has the whole statement's location, as CPython's: a
  // KeyboardInterrupt raised there shows the `while` line, without carets.
  c.setLoc(s);
  c.emit(Op.JUMP, loop);
  c.popFBlock();
  c.bind(anchor);
  visitStmts(c, s.orelse);
  c.bind(end);
}

function returnStmt(c: Compiler, s: AST): void {
  const value = s.value;
  const preserveTos = value !== null && value._type !== 'Constant';
  if (c.u.ste.type !== BlockType.Function) c.error("'return' outside function");
  if (value !== null && c.u.ste.coroutine && c.u.ste.generator) c.error("'return' with value in async generator");
  if (preserveTos) {
    visitExpr(c, value);
  } else if (value !== null) {
    // An instruction with the line number of the return value.
    c.setLoc(value);
    c.emit(Op.NOP);
  }
  if (value === null || value.lineno !== s.lineno) {
    c.setLoc(s);
    c.emit(Op.NOP);
  }
  c.unwindFBlockStack(preserveTos, false);
  if (value === null) c.loadConst(None);
  else if (!preserveTos) c.loadConstNode(value);
  c.emit(Op.RETURN_VALUE);
}

function breakStmt(c: Compiler): void {
  c.emit(Op.NOP);
  const loop = c.unwindFBlockStack(false, true);
  if (loop === null) return c.error("'break' outside loop");
  c.unwindFBlock(loop, false);
  c.emit(Op.JUMP, loop.exit);
}

function continueStmt(c: Compiler): void {
  c.emit(Op.NOP);
  const loop = c.unwindFBlockStack(false, true);
  if (loop === null) return c.error("'continue' not properly in loop");
  c.emit(Op.JUMP, loop.block);
}

function assertStmt(c: Compiler, s: AST): void {
  // compiler_assert: a non-empty tuple test (folded to a constant or not) is always true.
  const t = s.test;
  checkAssert(c, t);
  if (c.optimize) return;
  const end = c.newLabel();
  // (After a comparison test the raise has the comparison's location: see jumpIf.)
  jumpIf(c, t, end, true);
  c.emit(Op.LOAD_ASSERTION_ERROR);
  if (s.msg !== null) {
    visitExpr(c, s.msg);
    c.emit(Op.CALL, 1);
  }
  c.emit(Op.RAISE_VARARGS, 1);
  c.bind(end);
}

// ---- exceptions --------------------------------------------------------------------

/** POP_EXCEPT_AND_RERAISE: [exc_info, lasti, exc] -> restore exc_info, re-raise exc. */
function popExceptAndReraise(c: Compiler): void {
  c.emit(Op.COPY, 3);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.RERAISE, 1);
}

/** compiler_try_finally (try/except/finally too, with the try/except inside). */
function tryFinally(c: Compiler, s: AST): void {
  const end = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  // `try` block
  c.emit(Op.SETUP_FINALLY, end);
  c.pushFBlock(FB.FinallyTry, -1, end, s.finalbody);
  if (s.handlers.length > 0) {
    if (s._type === 'TryStar') tryStarExcept(c, s);
    else tryExcept(c, s);
  } else {
    visitStmts(c, s.body);
  }
  c.emitNoLine(Op.POP_BLOCK);
  c.popFBlock();
  visitStmts(c, s.finalbody);
  c.emitNoLine(Op.JUMP, exit);
  // `finally` block, for the exceptional exit
  c.bind(end);
  c.unsetLoc();
  c.emit(Op.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.pushFBlock(FB.FinallyEnd, end, -1, null);
  visitStmts(c, s.finalbody);
  c.popFBlock();
  c.emit(Op.RERAISE, 0);
  c.bind(cleanup);
  popExceptAndReraise(c);
  c.bind(exit);
}

/** The body of a handler that binds a name: try: body finally: name = None; del name. */
function handlerBodyWithName(c: Compiler, name: string, body: AST[], after: () => void, onError: () => void): void {
  const cleanupEnd = c.newLabel();
  c.nameOp(name, 'Store');
  c.emit(Op.SETUP_CLEANUP, cleanupEnd);
  c.pushFBlock(FB.HandlerCleanup, -1, -1, name);
  visitStmts(c, body);
  c.popFBlock();
  after();
  // except: (the handler body raised)
  c.bind(cleanupEnd);
  c.unsetLoc();
  onError();
}

function tryExcept(c: Compiler, s: AST): void {
  let except = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  c.emit(Op.SETUP_FINALLY, except);
  c.pushFBlock(FB.TryExcept, -1, -1, null);
  visitStmts(c, s.body);
  c.popFBlock();
  c.emitNoLine(Op.POP_BLOCK);
  if (s.orelse.length > 0) visitStmts(c, s.orelse);
  c.emitNoLine(Op.JUMP, end);
  const handlers: AST[] = s.handlers;
  const n = handlers.length;
  c.bind(except);
  c.unsetLoc();
  c.emit(Op.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  // The runtime pushes a block here: account for it.
  c.pushFBlock(FB.ExceptionHandler, -1, -1, null);
  for (let i = 0; i < n; i++) {
    const h = handlers[i];
    c.setLoc(h);
    if (h.type === null && i < n - 1) c.error("default 'except:' must be last");
    except = c.newLabel();
    if (h.type !== null) {
      visitExpr(c, h.type);
      c.emit(Op.CHECK_EXC_MATCH);
      c.emit(Op.POP_JUMP_IF_FALSE, except);
    }
    if (h.name !== null) {
      const name: string = h.name;
      handlerBodyWithName(c, name, h.body, () => {
        // name = None; del name  (artificial)
        c.unsetLoc();
        c.emit(Op.POP_BLOCK);
        c.emit(Op.POP_BLOCK);
        c.emit(Op.POP_EXCEPT);
        c.loadConst(None);
        c.nameOp(name, 'Store');
        c.nameOp(name, 'Del');
        c.emit(Op.JUMP, end);
      }, () => {
        c.loadConst(None);
        c.nameOp(name, 'Store');
        c.nameOp(name, 'Del');
        c.emit(Op.RERAISE, 1);
      });
    } else {
      c.emit(Op.POP_TOP); // exc_value
      c.pushFBlock(FB.HandlerCleanup, -1, -1, null);
      visitStmts(c, h.body);
      c.popFBlock();
      c.unsetLoc();
      c.emit(Op.POP_BLOCK);
      c.emit(Op.POP_EXCEPT);
      c.emit(Op.JUMP, end);
    }
    c.bind(except);
  }
  c.unsetLoc();
  c.popFBlock();
  c.emit(Op.RERAISE, 0);
  c.bind(cleanup);
  popExceptAndReraise(c);
  c.bind(end);
}

/**
 * compiler_try_star_except: each except* clause splits the exception group
 * (CHECK_EG_MATCH); what the clauses raise and what no clause matched are
 * collected in a list and combined by PREP_RERAISE_STAR.
 */
function tryStarExcept(c: Compiler, s: AST): void {
  let except = c.newLabel();
  const orelse = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  const reraiseStar = c.newLabel();
  c.emit(Op.SETUP_FINALLY, except);
  c.pushFBlock(FB.TryExcept, -1, -1, null);
  visitStmts(c, s.body);
  c.popFBlock();
  c.emitNoLine(Op.POP_BLOCK);
  c.emitNoLine(Op.JUMP, orelse);
  const handlers: AST[] = s.handlers;
  const n = handlers.length;
  c.bind(except);
  c.unsetLoc();
  c.emit(Op.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.pushFBlock(FB.ExceptionGroupHandler, -1, -1, null);
  for (let i = 0; i < n; i++) {
    const h = handlers[i];
    c.setLoc(h);
    except = c.newLabel();
    const exceptWithError = c.newLabel();
    const noMatch = c.newLabel();
    if (i === 0) {
      // [exc] -> [orig, [], exc]: the original group, and a list for what the clauses raise.
      c.emit(Op.COPY, 1);
      c.emit(Op.BUILD_LIST, 0);
      c.emit(Op.SWAP, 2);
    }
    if (h.type !== null) {
      visitExpr(c, h.type);
      c.emit(Op.CHECK_EG_MATCH);
      c.emit(Op.COPY, 1);
      c.emit(Op.POP_JUMP_IF_NONE, noMatch);
    }
    const cleanupEnd = c.newLabel();
    if (h.name !== null) c.nameOp(h.name, 'Store');
    else c.emit(Op.POP_TOP); // match
    c.emit(Op.SETUP_CLEANUP, cleanupEnd);
    c.pushFBlock(FB.HandlerCleanup, -1, -1, h.name);
    visitStmts(c, h.body);
    c.popFBlock();
    c.unsetLoc();
    c.emit(Op.POP_BLOCK);
    if (h.name !== null) {
      c.loadConst(None);
      c.nameOp(h.name, 'Store');
      c.nameOp(h.name, 'Del');
    }
    c.emit(Op.JUMP, except);
    // except: the clause raised
    c.bind(cleanupEnd);
    c.unsetLoc();
    if (h.name !== null) {
      c.loadConst(None);
      c.nameOp(h.name, 'Store');
      c.nameOp(h.name, 'Del');
    }
    c.emit(Op.LIST_APPEND, 3); // exc
    c.emit(Op.POP_TOP); // lasti
    c.emit(Op.JUMP, exceptWithError);
    c.bind(except);
    c.emit(Op.NOP);
    c.emit(Op.JUMP, exceptWithError);
    c.bind(noMatch);
    c.emit(Op.POP_TOP); // match (None)
    c.bind(exceptWithError);
    if (i === n - 1) {
      // Add the unhandled rest (or None) to the list.
      c.emit(Op.LIST_APPEND, 1);
      c.emit(Op.JUMP, reraiseStar);
    }
  }
  c.unsetLoc();
  c.popFBlock();
  const reraise = c.newLabel();
  c.bind(reraiseStar);
  c.emit(Op.PREP_RERAISE_STAR);
  c.emit(Op.COPY, 1);
  c.emit(Op.POP_JUMP_IF_NOT_NONE, reraise);
  // Nothing to re-raise.
  c.emit(Op.POP_TOP);
  c.emit(Op.POP_BLOCK);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.JUMP, end);
  c.bind(reraise);
  c.emit(Op.POP_BLOCK);
  c.emit(Op.SWAP, 2);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.RERAISE, 0);
  c.bind(cleanup);
  popExceptAndReraise(c);
  c.bind(orelse);
  visitStmts(c, s.orelse);
  c.bind(end);
}

// ---- with ------------------------------------------------------------------------

/** compiler_with_except_finish: after WITH_EXCEPT_START, swallow the exception if __exit__ returned true. */
function withExceptFinish(c: Compiler, cleanup: number): void {
  c.unsetLoc();
  const exit = c.newLabel();
  c.emit(Op.POP_JUMP_IF_TRUE, exit);
  c.emit(Op.RERAISE, 2);
  c.bind(cleanup);
  popExceptAndReraise(c);
  c.bind(exit);
  c.emit(Op.POP_TOP); // exc_value
  c.emit(Op.POP_BLOCK);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.POP_TOP);
  c.emit(Op.POP_TOP);
}

function withStmt(c: Compiler, s: AST, pos: number): void {
  const item = s.items[pos];
  const final = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  visitExpr(c, item.context_expr);
  // Pushes the bound __exit__ and the result of __enter__().
  c.emit(Op.BEFORE_WITH);
  c.emit(Op.SETUP_WITH, final);
  c.pushFBlock(FB.With, -1, final, s);
  if (item.optional_vars !== null) visitExpr(c, item.optional_vars);
  else c.emit(Op.POP_TOP); // discard __enter__()'s result
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else withStmt(c, s, pos);
  c.unsetLoc();
  c.emit(Op.POP_BLOCK);
  c.popFBlock();
  // Normal exit: __exit__(None, None, None).
  c.setLoc(s);
  callExitWithNones(c);
  c.emit(Op.POP_TOP);
  c.emit(Op.JUMP, exit);
  // Exceptional exit.
  c.bind(final);
  c.emit(Op.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.emit(Op.WITH_EXCEPT_START);
  withExceptFinish(c, cleanup);
  c.bind(exit);
}

function asyncWith(c: Compiler, s: AST, pos: number): void {
  if (c.u.scopeType !== ScopeType.AsyncFunction) c.error("'async with' outside async function");
  const item = s.items[pos];
  const final = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  visitExpr(c, item.context_expr);
  c.emit(Op.BEFORE_ASYNC_WITH);
  c.emit(Op.GET_AWAITABLE, 1);
  c.loadConst(None);
  addYieldFrom(c, true);
  c.emit(Op.SETUP_WITH, final);
  c.pushFBlock(FB.AsyncWith, -1, final, s);
  if (item.optional_vars !== null) visitExpr(c, item.optional_vars);
  else c.emit(Op.POP_TOP);
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else asyncWith(c, s, pos);
  c.popFBlock();
  c.emit(Op.POP_BLOCK);
  c.setLoc(s);
  callExitWithNones(c);
  c.emit(Op.GET_AWAITABLE, 2);
  c.loadConst(None);
  addYieldFrom(c, true);
  c.emit(Op.POP_TOP);
  c.emit(Op.JUMP, exit);
  c.bind(final);
  c.emit(Op.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.emit(Op.WITH_EXCEPT_START);
  c.emit(Op.GET_AWAITABLE, 2);
  c.loadConst(None);
  addYieldFrom(c, true);
  withExceptFinish(c, cleanup);
  c.bind(exit);
}

// ---- imports ------------------------------------------------------------------------

function importStmt(c: Compiler, s: AST): void {
  for (const alias of s.names) {
    const name: string = alias.name;
    c.loadConst(0);
    c.loadConst(None);
    c.emitName(Op.IMPORT_NAME, name);
    const dot = name.indexOf('.');
    if (alias.asname !== null) {
      // import a.b.c as d: d = the module a.b.c, reached attribute by attribute.
      if (dot >= 0) {
        const parts = name.split('.');
        for (let i = 1; i < parts.length; i++) {
          c.emitNameRaw(Op.IMPORT_FROM, parts[i]);
          if (i < parts.length - 1) {
            c.emit(Op.SWAP, 2);
            c.emit(Op.POP_TOP);
          }
        }
        c.nameOp(alias.asname, 'Store');
        c.emit(Op.POP_TOP);
      } else {
        c.nameOp(alias.asname, 'Store');
      }
    } else {
      c.nameOp(dot >= 0 ? name.slice(0, dot) : name, 'Store');
    }
  }
}

function importFrom(c: Compiler, s: AST): void {
  const names: AST[] = s.names;
  c.loadConst(Number(s.level ?? 0));
  if (s.lineno > c.future.lineno && s.module === '__future__') {
    c.error('from __future__ imports must occur at the beginning of the file');
  }
  c.loadConst(newTuple(names.map((a) => a.name as string)));
  c.emitName(Op.IMPORT_NAME, s.module ?? '');
  for (let i = 0; i < names.length; i++) {
    const alias = names[i];
    if (i === 0 && alias.name === '*') {
      c.emit(Op.IMPORT_STAR);
      return;
    }
    c.emitName(Op.IMPORT_FROM, alias.name);
    c.nameOp(alias.asname ?? alias.name, 'Store');
  }
  // Remove the imported module.
  c.emit(Op.POP_TOP);
}
