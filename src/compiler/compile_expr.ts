// Code generation for expressions (CPython 3.11's compiler_visit_expr1 and
// the helpers it calls in Python/compile.c): calls (with LOAD_METHOD /
// CALL_METHOD for method calls), displays with star-unpacking, comparisons,
// short-circuit boolean operators and conditional jumps, comprehensions as
// nested functions, lambda, yield / yield from / await, f-strings.
//
// Calling convention differences from 3.11 (see scripts/gen-opcodes.mjs): no
// PUSH_NULL/PRECALL/KW_NAMES; CALL n takes the callable below n arguments,
// CALL_KW n takes a constant tuple of keyword names on top.

import type { AST } from '../parser/ast_nodes.js';
import { None } from '../objects/object.js';
import { newTuple } from '../objects/tuple.js';
import { newSetFrom, setKeys, FrozenSetType } from '../objects/set.js';
import { Op, BinOp, NB_INPLACE, CmpOp } from './opcodes.js';
import { BlockType } from './symtable.js';
import { constValue } from './ast_opt.js';
import {
  type Compiler, ScopeType, FB, STACK_USE_GUIDELINE, MF_DEFAULTS, MF_KWDEFAULTS,
} from './compile.js';
import { mangle } from './symtable.js';
import { unparseAnnotation } from './ast_unparse.js';
import { checkCaller, checkCompare, checkSubscript } from './warnings.js';

const BINOPS: Record<string, number> = {
  Add: BinOp.ADD, BitAnd: BinOp.AND, FloorDiv: BinOp.FLOOR_DIVIDE, LShift: BinOp.LSHIFT,
  MatMult: BinOp.MATRIX_MULTIPLY, Mult: BinOp.MULTIPLY, Mod: BinOp.REMAINDER, BitOr: BinOp.OR,
  Pow: BinOp.POWER, RShift: BinOp.RSHIFT, Sub: BinOp.SUBTRACT, Div: BinOp.TRUE_DIVIDE, BitXor: BinOp.XOR,
};

/** The BINARY_OP operand for an AST operator (in-place forms for augmented assignment). */
export function binopCode(op: AST, inplace: boolean): number {
  return BINOPS[op._type] + (inplace ? NB_INPLACE : 0);
}

const UNARY: Record<string, Op> = {
  Invert: Op.UNARY_INVERT, Not: Op.UNARY_NOT, UAdd: Op.UNARY_POSITIVE, USub: Op.UNARY_NEGATIVE,
};

/** ADDOP_COMPARE. */
function emitCompare(c: Compiler, op: AST): void {
  switch (op._type) {
    case 'Is': c.emit(Op.IS_OP, 0); return;
    case 'IsNot': c.emit(Op.IS_OP, 1); return;
    case 'In': c.emit(Op.CONTAINS_OP, 0); return;
    case 'NotIn': c.emit(Op.CONTAINS_OP, 1); return;
    case 'Eq': c.emit(Op.COMPARE_OP, CmpOp.EQ); return;
    case 'NotEq': c.emit(Op.COMPARE_OP, CmpOp.NE); return;
    case 'Lt': c.emit(Op.COMPARE_OP, CmpOp.LT); return;
    case 'LtE': c.emit(Op.COMPARE_OP, CmpOp.LE); return;
    case 'Gt': c.emit(Op.COMPARE_OP, CmpOp.GT); return;
    case 'GtE': c.emit(Op.COMPARE_OP, CmpOp.GE); return;
  }
}

/** compiler_visit_expr: visit with the expression's location, then restore. */
export function visitExpr(c: Compiler, e: AST): void {
  const saved = c.saveLoc();
  c.setLoc(e);
  visitExpr1(c, e);
  c.restoreLoc(saved);
}

export function visitExprs(c: Compiler, list: AST[]): void {
  for (const e of list) visitExpr(c, e);
}

function visitExpr1(c: Compiler, e: AST): void {
  switch (e._type) {
    case 'NamedExpr':
      visitExpr(c, e.value);
      c.emit(Op.COPY, 1);
      visitExpr(c, e.target);
      return;
    case 'BoolOp':
      return boolOp(c, e);
    case 'BinOp':
      visitExpr(c, e.left);
      visitExpr(c, e.right);
      c.emit(Op.BINARY_OP, binopCode(e.op, false));
      return;
    case 'UnaryOp':
      visitExpr(c, e.operand);
      c.emit(UNARY[e.op._type]);
      return;
    case 'Lambda':
      return lambda(c, e);
    case 'IfExp':
      return ifExp(c, e);
    case 'Dict':
      return dict(c, e);
    case 'Set':
      return starunpackHelper(c, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
    case 'GeneratorExp':
      return comprehension(c, e, CompType.Genexp, '<genexpr>', e.generators, e.elt, null);
    case 'ListComp':
      return comprehension(c, e, CompType.List, '<listcomp>', e.generators, e.elt, null);
    case 'SetComp':
      return comprehension(c, e, CompType.Set, '<setcomp>', e.generators, e.elt, null);
    case 'DictComp':
      return comprehension(c, e, CompType.Dict, '<dictcomp>', e.generators, e.key, e.value);
    case 'Yield':
      if (c.u.ste.type !== BlockType.Function) c.error("'yield' outside function");
      if (e.value !== null) visitExpr(c, e.value);
      else c.loadConst(None);
      emitYield(c);
      return;
    case 'YieldFrom':
      if (c.u.ste.type !== BlockType.Function) c.error("'yield' outside function");
      if (c.u.scopeType === ScopeType.AsyncFunction) c.error("'yield from' inside async function");
      visitExpr(c, e.value);
      c.emit(Op.GET_YIELD_FROM_ITER);
      c.loadConst(None);
      addYieldFrom(c, false);
      return;
    case 'Await':
      if (c.u.ste.type !== BlockType.Function) c.error("'await' outside function");
      if (c.u.scopeType !== ScopeType.AsyncFunction && c.u.scopeType !== ScopeType.Comprehension) {
        c.error("'await' outside async function");
      }
      visitExpr(c, e.value);
      c.emit(Op.GET_AWAITABLE, 0);
      c.loadConst(None);
      addYieldFrom(c, true);
      return;
    case 'Compare':
      return compare(c, e);
    case 'Call':
      return call(c, e);
    case 'Constant':
      c.loadConstNode(e);
      return;
    case 'JoinedStr':
      return joinedStr(c, e);
    case 'FormattedValue':
      return formattedValue(c, e);
    case 'Attribute':
      visitExpr(c, e.value);
      c.matchAttrStart(e);
      switch (e.ctx._type) {
        case 'Load':
          c.emitName(Op.LOAD_ATTR, e.attr);
          return;
        case 'Store':
          c.checkForbidden(e.attr, 'Store');
          c.emitName(Op.STORE_ATTR, e.attr);
          return;
        default:
          c.emitName(Op.DELETE_ATTR, e.attr);
          return;
      }
    case 'Subscript':
      if (e.ctx._type === 'Load') checkSubscript(c, e.value, e.slice);
      visitExpr(c, e.value);
      visitExpr(c, e.slice);
      c.emit(e.ctx._type === 'Load' ? Op.BINARY_SUBSCR : e.ctx._type === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR);
      return;
    case 'Starred':
      if (e.ctx._type === 'Store') return c.error('starred assignment target must be in a list or tuple');
      return c.error("can't use starred expression here");
    case 'Slice':
      return slice(c, e);
    case 'Name':
      c.nameOp(e.id, e.ctx._type);
      return;
    case 'List':
      if (e.ctx._type === 'Store') return assignmentHelper(c, e.elts);
      if (e.ctx._type === 'Load') return starunpackHelper(c, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
      return visitExprs(c, e.elts);
    case 'Tuple':
      if (e.ctx._type === 'Store') return assignmentHelper(c, e.elts);
      if (e.ctx._type === 'Load') return starunpackHelper(c, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
      return visitExprs(c, e.elts);
  }
  throw new Error(`compiler: unexpected expression ${e._type}`);
}

/** addop_yield: an async generator wraps what it yields. */
function emitYield(c: Compiler): void {
  if (c.u.ste.coroutine && c.u.ste.generator) c.emit(Op.ASYNC_GEN_WRAP);
  c.emit(Op.YIELD_VALUE);
}

// ---- yield from / await -------------------------------------------------------

/**
 * compiler_add_yield_from: the SEND / YIELD_VALUE loop that delegates to the
 * iterator (or awaitable) under the value sent in, until it returns.
 */
export function addYieldFrom(c: Compiler, _isAwait: boolean): void {
  const start = c.newLabel();
  const exit = c.newLabel();
  c.bind(start);
  c.emit(Op.SEND, exit);
  c.emit(Op.YIELD_VALUE);
  c.emit(Op.JUMP, start);
  c.bind(exit);
}

/** compiler_call_exit_with_nones: __exit__(None, None, None) for the `with` below the stack top. */
export function callExitWithNones(c: Compiler): void {
  c.loadConst(None);
  c.loadConst(None);
  c.loadConst(None);
  c.emit(Op.CALL, 3);
}

// ---- boolean operators, comparisons, conditional jumps ------------------------

function boolOp(c: Compiler, e: AST): void {
  const jump = e.op._type === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
  const end = c.newLabel();
  const values: AST[] = e.values;
  for (let i = 0; i < values.length - 1; i++) {
    visitExpr(c, values[i]);
    c.emit(jump, end);
  }
  visitExpr(c, values[values.length - 1]);
  c.bind(end);
}

function compare(c: Compiler, e: AST): void {
  checkCompare(c, e);
  visitExpr(c, e.left);
  const ops: AST[] = e.ops;
  const n = ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]);
    emitCompare(c, ops[0]);
    return;
  }
  const cleanup = c.newLabel();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]);
    c.emit(Op.SWAP, 2);
    c.emit(Op.COPY, 2);
    emitCompare(c, ops[i]);
    c.emit(Op.JUMP_IF_FALSE_OR_POP, cleanup);
  }
  visitExpr(c, e.comparators[n]);
  emitCompare(c, ops[n]);
  const end = c.newLabel();
  c.emitNoLine(Op.JUMP, end);
  c.bind(cleanup);
  c.emit(Op.SWAP, 2);
  c.emit(Op.POP_TOP);
  c.bind(end);
}

/**
 * compiler_jump_if: jump to `next` if the truth of `e` equals `cond`, else
 * fall through; `not`, and/or, conditional expressions and chained
 * comparisons become jumps instead of values.  A constant test becomes an
 * unconditional jump or nothing (what CPython's CFG optimizer makes of
 * LOAD_CONST + POP_JUMP_IF_*).
 */
export function jumpIf(c: Compiler, e: AST, next: number, cond: boolean): void {
  switch (e._type) {
    case 'UnaryOp':
      if (e.op._type === 'Not') return jumpIf(c, e.operand, next, !cond);
      break;
    case 'BoolOp': {
      const values: AST[] = e.values;
      const cond2 = e.op._type === 'Or';
      let next2 = next;
      if (cond2 !== cond) next2 = c.newLabel();
      for (let i = 0; i < values.length - 1; i++) jumpIf(c, values[i], next2, cond2);
      jumpIf(c, values[values.length - 1], next, cond);
      if (next2 !== next) c.bind(next2);
      return;
    }
    case 'IfExp': {
      const end = c.newLabel();
      const next2 = c.newLabel();
      jumpIf(c, e.test, next2, false);
      jumpIf(c, e.body, next, cond);
      c.emitNoLine(Op.JUMP, end);
      c.bind(next2);
      jumpIf(c, e.orelse, next, cond);
      c.bind(end);
      return;
    }
    case 'Compare': {
      // CPython 3.11's compiler_jump_if does SET_LOC for a comparison and
      // never restores it: the jump and whatever the statement emits next
      // (an assert's raise, a loop's trailing code) carry the comparison's
      // position until the next statement sets its own.
      c.setLoc(e);
      const ops: AST[] = e.ops;
      const n = ops.length - 1;
      if (n > 0) {
        checkCompare(c, e);
        const cleanup = c.newLabel();
        visitExpr(c, e.left);
        for (let i = 0; i < n; i++) {
          visitExpr(c, e.comparators[i]);
          c.emit(Op.SWAP, 2);
          c.emit(Op.COPY, 2);
          emitCompare(c, ops[i]);
          c.emit(Op.POP_JUMP_IF_FALSE, cleanup);
        }
        visitExpr(c, e.comparators[n]);
        emitCompare(c, ops[n]);
        c.emit(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
        const end = c.newLabel();
        c.emitNoLine(Op.JUMP, end);
        c.bind(cleanup);
        c.emit(Op.POP_TOP);
        if (!cond) c.emitNoLine(Op.JUMP, next);
        c.bind(end);
        return;
      }
      break;
    }
    case 'Constant': {
      // The optimizer's folding of a constant test: no value, just the jump (or none).
      c.emit(Op.NOP);
      const truth = isTruthyConst(e);
      if (truth === cond) c.emit(Op.JUMP, next);
      return;
    }
  }
  visitExpr(c, e);
  c.emit(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
}

function isTruthyConst(e: AST): boolean {
  const v = constValue(e.value);
  switch (typeof v) {
    case 'boolean': return v;
    case 'number': return v !== 0;
    case 'bigint': return v !== 0n;
    case 'string': return v.length > 0;
  }
  if (v === None) return false;
  const o = v as any;
  if (o.items !== undefined) return o.items.length > 0; // tuple
  if (o.data !== undefined) return o.data.length > 0; // bytes
  if (o.value !== undefined) return o.value !== 0; // float
  if (o.real !== undefined) return o.real !== 0 || o.imag !== 0; // complex
  return true; // Ellipsis
}

function ifExp(c: Compiler, e: AST): void {
  const end = c.newLabel();
  const next = c.newLabel();
  jumpIf(c, e.test, next, false);
  visitExpr(c, e.body);
  c.emitNoLine(Op.JUMP, end);
  c.bind(next);
  visitExpr(c, e.orelse);
  c.bind(end);
}

// ---- displays ----------------------------------------------------------------

function allConst(elts: (AST | null)[], begin: number, end: number): boolean {
  for (let i = begin; i < end; i++) {
    const e = elts[i];
    if (e === null || e._type !== 'Constant') return false;
  }
  return true;
}

/**
 * starunpack_helper: build a list/set/tuple from `elts` (with `pushed` items
 * already on the stack), extending for starred items.
 * A set of constants extends from a frozenset constant, as CPython's: the
 * set then copies the frozenset's table layout (set_merge), which decides
 * its iteration order.  CPython's merge_consts_recursive rebuilds the
 * frozenset from its own iteration order, so it is built twice here too.
 */
export function starunpackHelper(c: Compiler, elts: AST[], pushed: number, build: Op, add: Op, extend: Op, tuple: boolean): void {
  const n = elts.length;
  if (n > 2 && allConst(elts, 0, n)) {
    const items = elts.map((x) => constValue(x.value));
    const folded = add === Op.SET_ADD ? newSetFrom(setKeys(newSetFrom(items, FrozenSetType)), FrozenSetType) : newTuple(items);
    if (tuple && pushed === 0) {
      c.loadConst(folded);
    } else {
      c.emit(build, pushed);
      c.loadConst(folded);
      c.emit(extend, 1);
      if (tuple) c.emit(Op.LIST_TO_TUPLE);
    }
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = elts.some((x) => x._type === 'Starred');
  if (!seenStar && !big) {
    visitExprs(c, elts);
    c.emit(tuple ? Op.BUILD_TUPLE : build, n + pushed);
    return;
  }
  let built = false;
  if (big) {
    c.emit(build, pushed);
    built = true;
  }
  for (let i = 0; i < n; i++) {
    const elt = elts[i];
    if (elt._type === 'Starred') {
      if (!built) {
        c.emit(build, i + pushed);
        built = true;
      }
      visitExpr(c, elt.value);
      c.emit(extend, 1);
    } else {
      visitExpr(c, elt);
      if (built) c.emit(add, 1);
    }
  }
  if (tuple) c.emit(Op.LIST_TO_TUPLE);
}

/** unpack_helper: UNPACK_SEQUENCE, or UNPACK_EX for one starred target. */
function unpackHelper(c: Compiler, elts: AST[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    if (elts[i]._type !== 'Starred') continue;
    if (seenStar) c.error('multiple starred expressions in assignment');
    if (i >= 1 << 8 || n - i - 1 >= (0x7fffffff >> 8)) c.error('too many expressions in star-unpacking assignment');
    c.emit(Op.UNPACK_EX, i + ((n - i - 1) << 8));
    seenStar = true;
  }
  if (!seenStar) c.emit(Op.UNPACK_SEQUENCE, n);
}

export function assignmentHelper(c: Compiler, elts: AST[]): void {
  unpackHelper(c, elts);
  for (const elt of elts) visitExpr(c, elt._type === 'Starred' ? elt.value : elt);
}

/** compiler_subdict: keys/values [begin, end) of a dict display. */
function subdict(c: Compiler, e: AST, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big && allConst(e.keys, begin, end)) {
    for (let i = begin; i < end; i++) visitExpr(c, e.values[i]);
    const keys = [];
    for (let i = begin; i < end; i++) keys.push(constValue(e.keys[i].value));
    c.loadConst(newTuple(keys));
    c.emit(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.emit(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    visitExpr(c, e.keys[i]);
    visitExpr(c, e.values[i]);
    if (big) c.emit(Op.MAP_ADD, 1);
  }
  if (!big) c.emit(Op.BUILD_MAP, n);
}

function dict(c: Compiler, e: AST): void {
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    if (e.keys[i] === null) {
      if (elements) {
        subdict(c, e, i - elements, i);
        if (haveDict) c.emit(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.emit(Op.BUILD_MAP, 0);
        haveDict = true;
      }
      visitExpr(c, e.values[i]);
      c.emit(Op.DICT_UPDATE, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      subdict(c, e, i - elements, i + 1);
      if (haveDict) c.emit(Op.DICT_UPDATE, 1);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    subdict(c, e, n - elements, n);
    if (haveDict) c.emit(Op.DICT_UPDATE, 1);
    haveDict = true;
  }
  if (!haveDict) c.emit(Op.BUILD_MAP, 0);
}

function slice(c: Compiler, e: AST): void {
  let n = 2;
  if (e.lower !== null) visitExpr(c, e.lower);
  else c.loadConst(None);
  if (e.upper !== null) visitExpr(c, e.upper);
  else c.loadConst(None);
  if (e.step !== null) {
    n++;
    visitExpr(c, e.step);
  }
  c.emit(Op.BUILD_SLICE, n);
}

// ---- f-strings -------------------------------------------------------------------

function joinedStr(c: Compiler, e: AST): void {
  const values: AST[] = e.values;
  if (values.length > STACK_USE_GUIDELINE) {
    c.loadConst('');
    c.emitName(Op.LOAD_METHOD, 'join');
    c.emit(Op.BUILD_LIST, 0);
    for (const v of values) {
      visitExpr(c, v);
      c.emit(Op.LIST_APPEND, 1);
    }
    c.emit(Op.CALL_METHOD, 1);
    return;
  }
  visitExprs(c, values);
  if (values.length !== 1) c.emit(Op.BUILD_STRING, values.length);
}

function formattedValue(c: Compiler, e: AST): void {
  visitExpr(c, e.value);
  let oparg: number;
  switch (e.conversion) {
    case 115: oparg = 1; break; // !s
    case 114: oparg = 2; break; // !r
    case 97: oparg = 3; break; // !a
    default: oparg = 0; break;
  }
  if (e.format_spec !== null) {
    visitExpr(c, e.format_spec);
    oparg |= 4;
  }
  c.emit(Op.FORMAT_VALUE, oparg);
}

// ---- calls ---------------------------------------------------------------------

/** validate_keywords: no `__debug__=`, no repeated keyword. */
function validateKeywords(c: Compiler, keywords: AST[]): void {
  for (let i = 0; i < keywords.length; i++) {
    const key = keywords[i];
    if (key.arg === null) continue;
    c.checkForbidden(key.arg, 'Store');
    for (let j = i + 1; j < keywords.length; j++) {
      const other = keywords[j];
      if (other.arg !== null && other.arg === key.arg) {
        c.setLoc(other);
        c.error(`keyword argument repeated: ${key.arg}`);
      }
    }
  }
}

function kwnamesTuple(keywords: AST[]) {
  return newTuple(keywords.map((k) => k.arg as string));
}

function call(c: Compiler, e: AST): void {
  if (maybeMethodCall(c, e)) return;
  checkCaller(c, e.func);
  visitExpr(c, e.func);
  callHelper(c, 0, e.args, e.keywords);
}

/** maybe_optimize_method_call: `obj.meth(args)` as LOAD_METHOD + CALL_METHOD. */
function maybeMethodCall(c: Compiler, e: AST): boolean {
  const meth = e.func;
  const args: AST[] = e.args;
  const kwds: AST[] = e.keywords;
  if (meth._type !== 'Attribute' || meth.ctx._type !== 'Load') return false;
  // Calls through an imported module (`os.getcwd()`) stay plain attribute calls.
  if (c.isImportOriginated(meth.value)) return false;
  if (args.length + kwds.length + (kwds.length !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (args.some((a) => a._type === 'Starred')) return false;
  if (kwds.some((k) => k.arg === null)) return false;
  validateKeywords(c, kwds);
  visitExpr(c, meth.value);
  const saved = c.saveLoc();
  c.setLoc(meth);
  c.matchAttrStart(meth);
  c.emitName(Op.LOAD_METHOD, meth.attr);
  c.restoreLoc(saved);
  visitExprs(c, args);
  if (kwds.length > 0) {
    for (const k of kwds) visitExpr(c, k.value);
    c.loadConst(kwnamesTuple(kwds));
  }
  c.matchAttrStart(meth);
  c.emit(kwds.length > 0 ? Op.CALL_METHOD_KW : Op.CALL_METHOD, args.length + kwds.length);
  c.restoreLoc(saved);
  return true;
}

/** compiler_subkwargs: a dict of keywords [begin, end) for CALL_FUNCTION_EX. */
function subkwargs(c: Compiler, keywords: AST[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) visitExpr(c, keywords[i].value);
    c.loadConst(kwnamesTuple(keywords.slice(begin, end)));
    c.emit(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.emitNoLine(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    c.loadConst(keywords[i].arg);
    visitExpr(c, keywords[i].value);
    if (big) c.emitNoLine(Op.MAP_ADD, 1);
  }
  if (!big) c.emit(Op.BUILD_MAP, n);
}

/**
 * compiler_call_helper: the arguments and the call, for a callable already
 * on the stack with `n` positional arguments pushed after it.
 */
export function callHelper(c: Compiler, n: number, args: AST[], keywords: AST[]): void {
  validateKeywords(c, keywords);
  const nelts = args.length;
  const nkw = keywords.length;
  const simple = nelts + nkw * 2 <= STACK_USE_GUIDELINE &&
    !args.some((a) => a._type === 'Starred') && !keywords.some((k) => k.arg === null);
  if (simple) {
    visitExprs(c, args);
    if (nkw > 0) {
      for (const k of keywords) visitExpr(c, k.value);
      c.loadConst(kwnamesTuple(keywords));
      c.emit(Op.CALL_KW, n + nelts + nkw);
    } else {
      c.emit(Op.CALL, n + nelts);
    }
    return;
  }
  // ex_call: positional arguments as a tuple, keywords as a dict.
  if (n === 0 && nelts === 1 && args[0]._type === 'Starred') {
    visitExpr(c, args[0].value);
  } else {
    starunpackHelper(c, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  }
  if (nkw > 0) {
    let haveDict = false;
    let nseen = 0;
    for (let i = 0; i < nkw; i++) {
      const kw = keywords[i];
      if (kw.arg === null) {
        if (nseen) {
          subkwargs(c, keywords, i - nseen, i);
          if (haveDict) c.emit(Op.DICT_MERGE, 1);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          c.emit(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        visitExpr(c, kw.value);
        c.emit(Op.DICT_MERGE, 1);
      } else {
        nseen++;
      }
    }
    if (nseen) {
      subkwargs(c, keywords, nkw - nseen, nkw);
      if (haveDict) c.emit(Op.DICT_MERGE, 1);
    }
  }
  c.emit(Op.CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
}

// ---- functions and lambdas --------------------------------------------------------

/** compiler_check_debug_args: no parameter may be named __debug__. */
export function checkDebugArgs(c: Compiler, a: AST): void {
  for (const p of a.posonlyargs) c.checkForbidden(p.arg, 'Store');
  for (const p of a.args) c.checkForbidden(p.arg, 'Store');
  if (a.vararg !== null) c.checkForbidden(a.vararg.arg, 'Store');
  for (const p of a.kwonlyargs) c.checkForbidden(p.arg, 'Store');
  if (a.kwarg !== null) c.checkForbidden(a.kwarg.arg, 'Store');
}

/** compiler_default_arguments: push the defaults tuple and kw-defaults dict; returns MAKE_FUNCTION flags. */
export function defaultArguments(c: Compiler, a: AST): number {
  let flags = 0;
  if (a.defaults.length > 0) {
    visitExprs(c, a.defaults);
    c.emit(Op.BUILD_TUPLE, a.defaults.length);
    flags |= MF_DEFAULTS;
  }
  const keys: string[] = [];
  for (let i = 0; i < a.kwonlyargs.length; i++) {
    const d = a.kw_defaults[i];
    if (d !== null) {
      keys.push(mangle(c.u.privateName, a.kwonlyargs[i].arg));
      visitExpr(c, d);
    }
  }
  if (keys.length > 0) {
    c.loadConst(newTuple(keys));
    c.emit(Op.BUILD_CONST_KEY_MAP, keys.length);
    flags |= MF_KWDEFAULTS;
  }
  return flags;
}

/** Push one annotation value (compiler_visit_argannotation / annexpr). */
export function annotationValue(c: Compiler, ann: AST): void {
  if (c.future.annotations) {
    c.loadConst(unparseAnnotation(ann));
  } else if (ann._type === 'Starred') {
    // *args: *Ts  ->  [value] = [*Ts]
    visitExpr(c, ann.value);
    c.emit(Op.UNPACK_SEQUENCE, 1);
  } else {
    visitExpr(c, ann);
  }
}

/**
 * compiler_visit_annotations: push the (name, value, ...) annotations tuple
 * (order: args, posonly args, *args, kw-only, **kwargs, return).  Returns
 * whether one was pushed.
 */
export function visitAnnotations(c: Compiler, a: AST, returns: AST | null): boolean {
  let len = 0;
  const one = (name: string, ann: AST | null): void => {
    if (ann === null) return;
    c.loadConst(mangle(c.u.privateName, name));
    annotationValue(c, ann);
    len += 2;
  };
  for (const p of a.args) one(p.arg, p.annotation);
  for (const p of a.posonlyargs) one(p.arg, p.annotation);
  if (a.vararg !== null) one(a.vararg.arg, a.vararg.annotation);
  for (const p of a.kwonlyargs) one(p.arg, p.annotation);
  if (a.kwarg !== null) one(a.kwarg.arg, a.kwarg.annotation);
  one('return', returns);
  if (len > 0) {
    c.emit(Op.BUILD_TUPLE, len);
    return true;
  }
  return false;
}

/** Call the decorators (innermost first), each at its own location, then back to the statement's. */
export function applyDecorators(c: Compiler, decos: AST[], s: AST): void {
  for (let i = decos.length - 1; i >= 0; i--) {
    c.setLoc(decos[i]);
    c.emit(Op.CALL, 1);
  }
  c.setLoc(s);
}

function lambda(c: Compiler, e: AST): void {
  const a = e.args;
  checkDebugArgs(c, a);
  const flags = defaultArguments(c, a);
  c.enterScope('<lambda>', ScopeType.Lambda, e, e.lineno);
  // None first, so a lambda has no docstring.
  c.u.addConst(None);
  c.u.argcount = a.args.length;
  c.u.posonlyargcount = a.posonlyargs.length;
  c.u.kwonlyargcount = a.kwonlyargs.length;
  visitExpr(c, e.body);
  c.emit(Op.RETURN_VALUE);
  const co = c.makeCode(true);
  c.exitScope();
  c.makeClosure(co, flags);
}

// ---- comprehensions ---------------------------------------------------------------

export const enum CompType { Genexp, List, Set, Dict }

function comprehension(c: Compiler, e: AST, type: CompType, name: string, generators: AST[], elt: AST, val: AST | null): void {
  const outerScope = c.u.scopeType;
  const outermost = generators[0];
  c.enterScope(name, ScopeType.Comprehension, e, e.lineno);
  c.setLoc(e);
  const isAsyncGenerator = c.u.ste.coroutine;
  if (isAsyncGenerator && type !== CompType.Genexp && outerScope !== ScopeType.AsyncFunction && outerScope !== ScopeType.Comprehension) {
    c.error('asynchronous comprehension outside of an asynchronous function');
  }
  if (type !== CompType.Genexp) {
    c.emit(type === CompType.List ? Op.BUILD_LIST : type === CompType.Set ? Op.BUILD_SET : Op.BUILD_MAP, 0);
  }
  comprehensionGenerator(c, generators, 0, 0, elt, val, type);
  if (type !== CompType.Genexp) c.emit(Op.RETURN_VALUE);
  const co = c.makeCode(true);
  c.exitScope();

  c.makeClosure(co, 0);
  visitExpr(c, outermost.iter);
  c.emit(outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
  c.emit(Op.CALL, 1);
  if (isAsyncGenerator && type !== CompType.Genexp) {
    c.emit(Op.GET_AWAITABLE, 0);
    c.loadConst(None);
    addYieldFrom(c, true);
  }
}

function comprehensionGenerator(c: Compiler, gens: AST[], index: number, depth: number, elt: AST, val: AST | null, type: CompType): void {
  if (gens[index].is_async) asyncComprehensionGenerator(c, gens, index, depth, elt, val, type);
  else syncComprehensionGenerator(c, gens, index, depth, elt, val, type);
}

/** The innermost part: add the element to the result (or yield it). */
function comprehensionElement(c: Compiler, elt: AST, val: AST | null, type: CompType, depth: number): void {
  switch (type) {
    case CompType.Genexp:
      visitExpr(c, elt);
      emitYield(c);
      c.emit(Op.POP_TOP);
      return;
    case CompType.List:
      visitExpr(c, elt);
      c.emit(Op.LIST_APPEND, depth + 1);
      return;
    case CompType.Set:
      visitExpr(c, elt);
      c.emit(Op.SET_ADD, depth + 1);
      return;
    case CompType.Dict:
      // With {k: v}, k is evaluated before v.
      visitExpr(c, elt);
      visitExpr(c, val!);
      c.emit(Op.MAP_ADD, depth + 1);
      return;
  }
}

function syncComprehensionGenerator(c: Compiler, gens: AST[], index: number, depth: number, elt: AST, val: AST | null, type: CompType): void {
  let start: number | null = c.newLabel();
  const ifCleanup = c.newLabel();
  const anchor = c.newLabel();
  const gen = gens[index];
  if (index === 0) {
    // The outermost iterator is the implicit argument `.0`.
    c.u.argcount = 1;
    c.emit(Op.LOAD_FAST, 0);
  } else {
    // Fast path for the temporary-variable idiom `for y in [f(x)]`.
    const it = gen.iter;
    const elts: AST[] | null = it._type === 'List' || it._type === 'Tuple' ? it.elts : null;
    if (elts !== null && elts.length === 1 && elts[0]._type !== 'Starred') {
      visitExpr(c, elts[0]);
      start = null;
    } else {
      visitExpr(c, gen.iter);
      c.emit(Op.GET_ITER);
    }
  }
  if (start !== null) {
    depth++;
    c.bind(start);
    c.emit(Op.FOR_ITER, anchor);
  }
  visitExpr(c, gen.target);
  for (const cond of gen.ifs) jumpIf(c, cond, ifCleanup, false);
  if (++index < gens.length) comprehensionGenerator(c, gens, index, depth, elt, val, type);
  else comprehensionElement(c, elt, val, type, depth);
  c.bind(ifCleanup);
  if (start !== null) {
    c.emit(Op.JUMP, start);
    c.bind(anchor);
  }
}

function asyncComprehensionGenerator(c: Compiler, gens: AST[], index: number, depth: number, elt: AST, val: AST | null, type: CompType): void {
  const start = c.newLabel();
  const except = c.newLabel();
  const ifCleanup = c.newLabel();
  const gen = gens[index];
  if (index === 0) {
    c.u.argcount = 1;
    c.emit(Op.LOAD_FAST, 0);
  } else {
    visitExpr(c, gen.iter);
    c.emit(Op.GET_AITER);
  }
  c.bind(start);
  c.pushFBlock(FB.AsyncComprehensionGenerator, start, -1, null);
  c.emit(Op.SETUP_FINALLY, except);
  c.emit(Op.GET_ANEXT);
  c.loadConst(None);
  addYieldFrom(c, true);
  c.emit(Op.POP_BLOCK);
  visitExpr(c, gen.target);
  for (const cond of gen.ifs) jumpIf(c, cond, ifCleanup, false);
  depth++;
  if (++index < gens.length) comprehensionGenerator(c, gens, index, depth, elt, val, type);
  else comprehensionElement(c, elt, val, type, depth);
  c.bind(ifCleanup);
  c.emit(Op.JUMP, start);
  c.popFBlock();
  c.bind(except);
  c.emit(Op.END_ASYNC_FOR);
}
