// The AST optimizer: the constant folding CPython 3.11 does before building
// the symbol table (Python/ast_opt.c), and nothing more, since its results are
// visible (co_consts, dis).  It rewrites the tree in place, as CPython does:
//  - unary ops on constants (-1, not 0, ~5, +x) and binary ops on constants,
//    under ast_opt.c's size limits (no huge ints or strings at compile time);
//  - tuples of constants in Load context become one tuple constant;
//  - constant[constant] subscripts;
//  - a list display iterated over (for x in [..], x in [..]) becomes a tuple,
//    a set display of constants a frozenset constant;
//  - `__debug__` becomes True (False under -O).
// A folding that would raise (1/0, 'a' - 1) is left for run time.
// Deliberate gaps (semantically neutral; the VM computes the same values):
// str/bytes `%` formatting, tuple arithmetic, complex division and powers.
// It also enforces CPython's compile-time recursion limit.

import type { AST } from '../parser/ast_nodes.js';
import { Bytes, CodePointStr, Complex, ELLIPSIS, type ConstantValue } from '../parser/constants.js';
import { constantToPy } from '../objects/constants.js';
import { newTuple, PyTuple } from '../objects/tuple.js';
import { newSetFrom, setKeys, FrozenSetType } from '../objects/set.js';
import type { PyValue } from '../objects/object.js';
import { PyCompileRecursionError } from './errors.js';

/** A folded constant that has no parser representation (a tuple): its Python value. */
export class FoldedValue {
  constructor(readonly py: PyValue) {}
}

/** The Python value of a Constant node (folded or from the parser). */
export function constValue(v: ConstantValue | FoldedValue): PyValue {
  return v instanceof FoldedValue ? v.py : constantToPy(v);
}

// ast_opt.c's limits.
const MAX_INT_SIZE = 128n; // bits
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;

/** CPython: recursion_limit (1000) * COMPILER_STACK_FREQUENCY (3). */
const RECURSION_LIMIT = 3000;

type Value = ConstantValue | FoldedValue;

const NO = Symbol('no-fold');
type Folded = Value | typeof NO;

function bitLength(v: bigint): bigint {
  if (v < 0n) v = -v;
  return BigInt(v.toString(2).length - (v === 0n ? 1 : 0));
}

function isInt(v: Value): v is bigint {
  return typeof v === 'bigint';
}

/** A bool or int as bigint (bools are ints in arithmetic). */
function asInt(v: Value): bigint | null {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return null;
}

/** int/bool/float as a JS number for float arithmetic (null if not numeric or too big). */
function asFloat(v: Value): number | null {
  if (typeof v === 'number') return v;
  const i = asInt(v);
  if (i === null) return null;
  const f = Number(i);
  return Number.isFinite(f) ? f : null;
}

function truthy(v: Value): boolean {
  if (v === null) return false;
  switch (typeof v) {
    case 'boolean': return v;
    case 'bigint': return v !== 0n;
    case 'number': return v !== 0;
    case 'string': return v.length > 0;
  }
  if (v === ELLIPSIS) return true;
  if (v instanceof Complex) return v.real !== 0 || v.imag !== 0;
  if (v instanceof Bytes) return v.data.length > 0;
  if (v instanceof CodePointStr) return v.cps.length > 0;
  if (v instanceof FoldedValue) return !(v.py instanceof PyTuple) || v.py.items.length > 0;
  return true;
}

function foldUnary(op: string, v: Value): Folded {
  if (op === 'Not') return !truthy(v);
  const i = asInt(v);
  if (i !== null) {
    if (op === 'USub') return -i;
    if (op === 'UAdd') return i;
    if (op === 'Invert') return -i - 1n;
    return NO;
  }
  if (typeof v === 'number') {
    if (op === 'USub') return -v;
    if (op === 'UAdd') return v;
    return NO;
  }
  if (v instanceof Complex) {
    if (op === 'USub') return new Complex(-v.real, -v.imag);
    if (op === 'UAdd') return v;
  }
  return NO;
}

/** float_divmod's floor division and modulo (Objects/floatobject.c). */
function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 || Object.is(wx, -0) ? -0 : 0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = (vx / wx) < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

function floorDivInt(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function foldIntBinop(op: string, a: bigint, b: bigint): Folded {
  switch (op) {
    case 'Add': return a + b;
    case 'Sub': return a - b;
    case 'Mult':
      if (a !== 0n && b !== 0n && bitLength(a) + bitLength(b) > MAX_INT_SIZE) return NO;
      return a * b;
    case 'FloorDiv':
      if (b === 0n) return NO;
      return floorDivInt(a, b);
    case 'Mod': {
      if (b === 0n) return NO;
      return a - floorDivInt(a, b) * b;
    }
    case 'Div': {
      if (b === 0n) return NO;
      const M = 1n << 53n;
      if (a > M || a < -M || b > M || b < -M) return NO; // needs correctly rounded big division
      return Number(a) / Number(b);
    }
    case 'Pow':
      if (b < 0n) {
        if (a === 0n) return NO; // ZeroDivisionError
        const x = Number(a);
        const y = Number(b);
        if (!Number.isFinite(x)) return NO;
        return Math.pow(x, y);
      }
      if (a !== 0n && b > 0n && bitLength(a) > MAX_INT_SIZE / b) return NO;
      return a ** b;
    case 'LShift':
      if (b < 0n) return NO;
      if (a !== 0n && b !== 0n && (b > MAX_INT_SIZE || bitLength(a) > MAX_INT_SIZE - b)) return NO;
      return a << b;
    case 'RShift':
      if (b < 0n) return NO;
      return a >> b;
    case 'BitAnd': return a & b;
    case 'BitOr': return a | b;
    case 'BitXor': return a ^ b;
  }
  return NO;
}

function foldFloatBinop(op: string, x: number, y: number): Folded {
  let r: number;
  switch (op) {
    case 'Add': r = x + y; break;
    case 'Sub': r = x - y; break;
    case 'Mult': r = x * y; break;
    case 'Div':
      if (y === 0) return NO;
      r = x / y;
      break;
    case 'FloorDiv':
      if (y === 0) return NO;
      r = floatDivmod(x, y)[0];
      break;
    case 'Mod':
      if (y === 0) return NO;
      r = floatDivmod(x, y)[1];
      break;
    case 'Pow':
      if (x === 0 && y < 0) return NO; // ZeroDivisionError
      if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) return NO; // complex result
      r = Math.pow(x, y);
      if (x === 1 || (y === 0)) r = 1; // C pow: 1**nan == 1, nan**0 == 1
      break;
    default:
      return NO;
  }
  // Overflow of finite operands raises OverflowError in CPython.
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) return NO;
  return r;
}

function asComplex(v: Value): Complex | null {
  if (v instanceof Complex) return v;
  const f = asFloat(v);
  return f === null ? null : new Complex(f, 0);
}

function bytesConcat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const r = new Uint8Array(a.length + b.length);
  r.set(a, 0);
  r.set(b, a.length);
  return r;
}

function foldBinop(op: string, a: Value, b: Value): Folded {
  // bool's &, |, ^ of two bools give a bool (bool_and/bool_or/bool_xor).
  if (typeof a === 'boolean' && typeof b === 'boolean') {
    if (op === 'BitAnd') return a && b;
    if (op === 'BitOr') return a || b;
    if (op === 'BitXor') return a !== b;
  }
  const ia = asInt(a);
  const ib = asInt(b);
  if (ia !== null && ib !== null) return foldIntBinop(op, ia, ib);
  if (a instanceof Complex || b instanceof Complex) {
    const x = asComplex(a);
    const y = asComplex(b);
    if (x === null || y === null) return NO;
    switch (op) {
      case 'Add': return new Complex(x.real + y.real, x.imag + y.imag);
      case 'Sub': return new Complex(x.real - y.real, x.imag - y.imag);
      case 'Mult': return new Complex(x.real * y.real - x.imag * y.imag, x.real * y.imag + x.imag * y.real);
    }
    return NO;
  }
  if (typeof a === 'number' || typeof b === 'number') {
    const x = asFloat(a);
    const y = asFloat(b);
    if (x === null || y === null) return NO;
    return foldFloatBinop(op, x, y);
  }
  if (typeof a === 'string' || typeof b === 'string') {
    if (op === 'Add' && typeof a === 'string' && typeof b === 'string') {
      return a.length + b.length > MAX_STR_SIZE ? NO : a + b;
    }
    if (op === 'Mult') {
      const [s, n] = typeof a === 'string' ? [a, ib] : [b as string, ia];
      if (typeof s !== 'string' || n === null) return NO;
      const len = [...s].length;
      if (len && (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / len)))) return NO;
      return n <= 0n ? '' : s.repeat(Number(n));
    }
    return NO;
  }
  if (a instanceof Bytes || b instanceof Bytes) {
    if (op === 'Add' && a instanceof Bytes && b instanceof Bytes) {
      return a.data.length + b.data.length > MAX_STR_SIZE ? NO : new Bytes(bytesConcat(a.data, b.data));
    }
    if (op === 'Mult') {
      const [s, n] = a instanceof Bytes ? [a, ib] : [b as Bytes, ia];
      if (!(s instanceof Bytes) || n === null) return NO;
      const len = s.data.length;
      if (len && (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / len)))) return NO;
      const count = n <= 0n ? 0 : Number(n);
      const r = new Uint8Array(len * count);
      for (let i = 0; i < count; i++) r.set(s.data, i * len);
      return new Bytes(r);
    }
  }
  return NO;
}

function foldSubscript(v: Value, k: Value): Folded {
  const idx = asInt(k);
  if (idx === null) return NO;
  const pick = <T>(len: number, get: (j: number) => T): T | typeof NO => {
    const j = idx < 0n ? idx + BigInt(len) : idx;
    if (j < 0n || j >= BigInt(len)) return NO;
    return get(Number(j));
  };
  if (typeof v === 'string') {
    const cps = [...v];
    return pick(cps.length, (j) => cps[j]);
  }
  if (v instanceof Bytes) return pick(v.data.length, (j) => BigInt(v.data[j]));
  if (v instanceof FoldedValue && v.py instanceof PyTuple) {
    const items = v.py.items;
    return pick(items.length, (j) => new FoldedValue(items[j]));
  }
  return NO;
}

/** Replace `node` by a Constant with the same position (make_const). */
function makeConst(node: AST, value: Value): AST {
  // A FoldedValue that wraps a plain value goes back to its parser form when it has one.
  return { _type: 'Constant', value, kind: null, lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset };
}

/** make_const_tuple: a tuple constant from all-constant elements, or null. */
function constTuple(elts: AST[]): FoldedValue | null {
  const items: PyValue[] = [];
  for (const e of elts) {
    if (e._type !== 'Constant') return null;
    items.push(constValue(e.value));
  }
  return new FoldedValue(newTuple(items));
}

class Optimizer {
  depth = 0;
  constructor(readonly optimize: number, readonly futureAnnotations: boolean) {}

  enter(): void {
    if (++this.depth > RECURSION_LIMIT) throw new PyCompileRecursionError();
  }

  stmts(list: AST[]): void {
    for (const s of list) this.stmt(s);
  }

  exprList(list: (AST | null)[]): void {
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      if (e !== null) list[i] = this.expr(e);
    }
  }

  opt(e: AST | null): AST | null {
    return e === null ? null : this.expr(e);
  }

  arguments(a: AST): void {
    const ann = (p: AST | null): void => {
      if (p !== null && !this.futureAnnotations && p.annotation !== null) p.annotation = this.expr(p.annotation);
    };
    a.posonlyargs.forEach(ann);
    a.args.forEach(ann);
    ann(a.vararg);
    a.kwonlyargs.forEach(ann);
    this.exprList(a.kw_defaults);
    ann(a.kwarg);
    this.exprList(a.defaults);
  }

  stmt(s: AST): void {
    this.enter();
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.arguments(s.args);
        this.stmts(s.body);
        this.exprList(s.decorator_list);
        if (!this.futureAnnotations) s.returns = this.opt(s.returns);
        break;
      case 'ClassDef':
        this.exprList(s.bases);
        for (const k of s.keywords) k.value = this.expr(k.value);
        this.stmts(s.body);
        this.exprList(s.decorator_list);
        break;
      case 'Return':
        s.value = this.opt(s.value);
        break;
      case 'Delete':
        this.exprList(s.targets);
        break;
      case 'Assign':
        this.exprList(s.targets);
        s.value = this.expr(s.value);
        break;
      case 'AugAssign':
        s.target = this.expr(s.target);
        s.value = this.expr(s.value);
        break;
      case 'AnnAssign':
        s.target = this.expr(s.target);
        if (!this.futureAnnotations) s.annotation = this.expr(s.annotation);
        s.value = this.opt(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        s.target = this.expr(s.target);
        // astfold_stmt folds only a plain for's iterable (`async for x in [..]` keeps its list).
        s.iter = s._type === 'For' ? this.foldIter(this.expr(s.iter)) : this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'While':
      case 'If':
        s.test = this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With':
      case 'AsyncWith':
        for (const it of s.items) {
          it.context_expr = this.expr(it.context_expr);
          it.optional_vars = this.opt(it.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Raise':
        s.exc = this.opt(s.exc);
        s.cause = this.opt(s.cause);
        break;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        for (const h of s.handlers) {
          h.type = this.opt(h.type);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        s.test = this.expr(s.test);
        s.msg = this.opt(s.msg);
        break;
      case 'Expr':
        s.value = this.expr(s.value);
        break;
      case 'Match':
        s.subject = this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          c.guard = this.opt(c.guard);
          this.stmts(c.body);
        }
        break;
    }
    this.depth--;
  }

  pattern(p: AST): void {
    this.enter();
    switch (p._type) {
      case 'MatchValue':
        p.value = this.expr(p.value);
        break;
      case 'MatchSequence':
      case 'MatchOr':
        for (const q of p.patterns) this.pattern(q);
        break;
      case 'MatchMapping':
        this.exprList(p.keys);
        for (const q of p.patterns) this.pattern(q);
        break;
      case 'MatchClass':
        p.cls = this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q);
        for (const q of p.kwd_patterns) this.pattern(q);
        break;
      case 'MatchAs':
        if (p.pattern !== null) this.pattern(p.pattern);
        break;
    }
    this.depth--;
  }

  comprehensions(gens: AST[]): void {
    for (const g of gens) {
      g.target = this.expr(g.target);
      g.iter = this.foldIter(this.expr(g.iter));
      this.exprList(g.ifs);
    }
  }

  expr(e: AST): AST {
    this.enter();
    const r = this.exprInner(e);
    this.depth--;
    return r;
  }

  exprInner(e: AST): AST {
    switch (e._type) {
      case 'BoolOp':
        this.exprList(e.values);
        return e;
      case 'BinOp': {
        e.left = this.expr(e.left);
        e.right = this.expr(e.right);
        if (e.left._type !== 'Constant' || e.right._type !== 'Constant') return e;
        const r = foldBinop(e.op._type, e.left.value, e.right.value);
        return r === NO ? e : makeConst(e, r);
      }
      case 'UnaryOp': {
        e.operand = this.expr(e.operand);
        if (e.operand._type !== 'Constant') return e;
        const r = foldUnary(e.op._type, e.operand.value);
        return r === NO ? e : makeConst(e, r);
      }
      case 'Lambda':
        this.arguments(e.args);
        e.body = this.expr(e.body);
        return e;
      case 'IfExp':
        e.test = this.expr(e.test);
        e.body = this.expr(e.body);
        e.orelse = this.expr(e.orelse);
        return e;
      case 'Dict':
        this.exprList(e.keys);
        this.exprList(e.values);
        return e;
      case 'Set':
      case 'List':
        this.exprList(e.elts);
        return e;
      case 'Tuple': {
        this.exprList(e.elts);
        if (e.ctx._type !== 'Load') return e;
        const t = constTuple(e.elts);
        return t === null ? e : makeConst(e, t);
      }
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        e.elt = this.expr(e.elt);
        this.comprehensions(e.generators);
        return e;
      case 'DictComp':
        e.key = this.expr(e.key);
        e.value = this.expr(e.value);
        this.comprehensions(e.generators);
        return e;
      case 'Await':
      case 'YieldFrom':
        e.value = this.expr(e.value);
        return e;
      case 'Yield':
        e.value = this.opt(e.value);
        return e;
      case 'Compare': {
        e.left = this.expr(e.left);
        this.exprList(e.comparators);
        // `x in [a, b]` -> `x in (a, b)` (fold_compare).
        const last = e.ops.length - 1;
        const op = e.ops[last]._type;
        if (op === 'In' || op === 'NotIn') e.comparators[last] = this.foldIter(e.comparators[last]);
        return e;
      }
      case 'Call':
        e.func = this.expr(e.func);
        this.exprList(e.args);
        for (const k of e.keywords) k.value = this.expr(k.value);
        return e;
      case 'FormattedValue':
        e.value = this.expr(e.value);
        e.format_spec = this.opt(e.format_spec);
        return e;
      case 'JoinedStr':
        this.exprList(e.values);
        return e;
      case 'Attribute':
        e.value = this.expr(e.value);
        return e;
      case 'Subscript': {
        e.value = this.expr(e.value);
        e.slice = this.expr(e.slice);
        if (e.ctx._type !== 'Load' || e.value._type !== 'Constant' || e.slice._type !== 'Constant') return e;
        const r = foldSubscript(e.value.value, e.slice.value);
        return r === NO ? e : makeConst(e, r);
      }
      case 'Starred':
        e.value = this.expr(e.value);
        return e;
      case 'Slice':
        e.lower = this.opt(e.lower);
        e.upper = this.opt(e.upper);
        e.step = this.opt(e.step);
        return e;
      case 'NamedExpr':
        e.value = this.expr(e.value);
        return e;
      case 'Name':
        if (e.ctx._type === 'Load' && e.id === '__debug__') return makeConst(e, this.optimize === 0);
        return e;
    }
    return e;
  }

  /**
   * fold_iter: a list display being iterated becomes a tuple (constant when it
   * can be); a set display of constants a frozenset constant (built twice, as
   * merge_consts_recursive rebuilds it: its table layout is its iteration order).
   */
  foldIter(e: AST): AST {
    if (e._type === 'Set') {
      const t = constTuple(e.elts);
      if (t === null) return e;
      const once = newSetFrom((t.py as PyTuple).items, FrozenSetType);
      return makeConst(e, new FoldedValue(newSetFrom(setKeys(once), FrozenSetType)));
    }
    if (e._type !== 'List') return e;
    if (e.elts.some((x: AST) => x._type === 'Starred')) return e;
    const t = constTuple(e.elts);
    if (t !== null) return makeConst(e, t);
    return { _type: 'Tuple', elts: e.elts, ctx: e.ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
  }
}

/** _PyAST_Optimize: fold constants in `mod` in place. */
export function optimizeAst(mod: AST, optimize: number, futureAnnotations: boolean): void {
  const o = new Optimizer(optimize, futureAnnotations);
  switch (mod._type) {
    case 'Module':
    case 'Interactive':
      o.stmts(mod.body);
      break;
    case 'Expression':
      mod.body = o.expr(mod.body);
      break;
  }
}

export { MAX_COLLECTION_SIZE };
