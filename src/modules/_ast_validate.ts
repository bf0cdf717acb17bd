// The checks compile() makes on an AST that came from Python objects before
// compiling it (Python/ast.c _PyAST_Validate), over the plain AST that
// _ast.ts built.  Trees from the parser never need them.

import { None, BoolType, IntType, typeOf, type PyValue } from '../objects/object.js';
import { PyTuple } from '../objects/tuple.js';
import { PySet, FrozenSetType, setKeys } from '../objects/set.js';
import { FloatType } from '../objects/float.js';
import { ComplexType } from '../objects/complex.js';
import { BytesType } from '../objects/bytes.js';
import { StrType, Ellipsis } from '../objects/object.js';
import { typeError, valueError } from '../objects/exceptions.js';
import { FoldedValue } from '../compiler/ast_opt.js';
import { Bytes, Complex } from '../parser/constants.js';
import type { AST } from '../parser/ast_nodes.js';

type Ctx = 'Load' | 'Store' | 'Del';

/** _PyAST_Validate(mod). */
export function validateMod(mod: AST): void {
  switch (mod._type) {
    case 'Module': case 'Interactive': stmts(mod.body); break;
    case 'Expression': expr(mod.body, 'Load'); break;
    case 'FunctionType': exprs(mod.argtypes, 'Load', false); expr(mod.returns, 'Load'); break;
  }
}

/** VALIDATE_POSITIONS. */
function positions(n: AST): void {
  if (n.lineno > n.end_lineno) throw valueError(`AST node line range (${n.lineno}, ${n.end_lineno}) is not valid`);
  if ((n.lineno < 0 && n.end_lineno !== n.lineno) || (n.col_offset < 0 && n.col_offset !== n.end_col_offset)) {
    throw valueError(`AST node column range (${n.col_offset}, ${n.end_col_offset}) for line range (${n.lineno}, ${n.end_lineno}) is not valid`);
  }
  if (n.lineno === n.end_lineno && n.col_offset > n.end_col_offset) {
    throw valueError(`line ${n.lineno}, column ${n.col_offset}-${n.end_col_offset} is not a valid range`);
  }
}

function nonempty(seq: unknown[], what: string, owner: string): void {
  if (seq.length === 0) throw valueError(`empty ${what} on ${owner}`);
}

function stmts(seq: (AST | null)[]): void {
  for (const s of seq) {
    if (s === null) throw valueError('None disallowed in statement list');
    stmt(s);
  }
}

function body(seq: (AST | null)[], owner: string): void {
  nonempty(seq, 'body', owner);
  stmts(seq);
}

function exprs(seq: (AST | null)[], ctx: Ctx, nullOk: boolean): void {
  for (const e of seq) {
    if (e !== null) expr(e, ctx);
    else if (!nullOk) throw valueError('None disallowed in expression list');
  }
}

function optExpr(e: AST | null, ctx: Ctx = 'Load'): void {
  if (e !== null) expr(e, ctx);
}

function args(seq: AST[]): void {
  for (const a of seq) {
    positions(a);
    optExpr(a.annotation);
  }
}

function argumentsNode(a: AST): void {
  args(a.posonlyargs);
  args(a.args);
  if (a.vararg !== null) optExpr(a.vararg.annotation);
  args(a.kwonlyargs);
  if (a.kwarg !== null) optExpr(a.kwarg.annotation);
  if (a.defaults.length > a.posonlyargs.length + a.args.length) {
    throw valueError('more positional defaults than args on arguments');
  }
  if (a.kw_defaults.length !== a.kwonlyargs.length) {
    throw valueError('length of kwonlyargs is not the same as kw_defaults on arguments');
  }
  exprs(a.defaults, 'Load', false);
  exprs(a.kw_defaults, 'Load', true);
}

function keywords(seq: AST[]): void {
  for (const k of seq) expr(k.value, 'Load');
}

function comprehensions(gens: AST[]): void {
  if (gens.length === 0) throw valueError('comprehension with no generators');
  for (const c of gens) {
    expr(c.target, 'Store');
    expr(c.iter, 'Load');
    exprs(c.ifs, 'Load', false);
  }
}

function stmt(s: AST): void {
  positions(s);
  switch (s._type) {
    case 'FunctionDef': case 'AsyncFunctionDef':
      body(s.body, s._type);
      argumentsNode(s.args);
      exprs(s.decorator_list, 'Load', false);
      optExpr(s.returns);
      return;
    case 'ClassDef':
      body(s.body, 'ClassDef');
      exprs(s.bases, 'Load', false);
      keywords(s.keywords);
      exprs(s.decorator_list, 'Load', false);
      return;
    case 'Return': optExpr(s.value); return;
    case 'Delete': nonempty(s.targets, 'targets', 'Delete'); exprs(s.targets, 'Del', false); return;
    case 'Assign': nonempty(s.targets, 'targets', 'Assign'); exprs(s.targets, 'Store', false); expr(s.value, 'Load'); return;
    case 'AugAssign': expr(s.target, 'Store'); expr(s.value, 'Load'); return;
    case 'AnnAssign':
      if (s.simple && s.target._type !== 'Name') throw typeError('AnnAssign with simple non-Name target');
      expr(s.target, 'Store');
      optExpr(s.value);
      expr(s.annotation, 'Load');
      return;
    case 'For': case 'AsyncFor':
      expr(s.target, 'Store');
      expr(s.iter, 'Load');
      body(s.body, s._type);
      stmts(s.orelse);
      return;
    case 'While': case 'If':
      expr(s.test, 'Load');
      body(s.body, s._type);
      stmts(s.orelse);
      return;
    case 'With': case 'AsyncWith':
      nonempty(s.items, 'items', s._type);
      for (const item of s.items) {
        expr(item.context_expr, 'Load');
        optExpr(item.optional_vars, 'Store');
      }
      body(s.body, s._type);
      return;
    case 'Match':
      expr(s.subject, 'Load');
      nonempty(s.cases, 'cases', 'Match');
      for (const c of s.cases) {
        pattern(c.pattern, false);
        optExpr(c.guard);
        body(c.body, 'match_case');
      }
      return;
    case 'Raise':
      if (s.exc !== null) { expr(s.exc, 'Load'); optExpr(s.cause); } else if (s.cause !== null) {
        throw valueError('Raise with cause but no exception');
      }
      return;
    case 'Try': case 'TryStar':
      body(s.body, s._type);
      if (s.handlers.length === 0 && s.finalbody.length === 0) throw valueError(`${s._type} has neither except handlers nor finalbody`);
      if (s.handlers.length === 0 && s.orelse.length !== 0) throw valueError(`${s._type} has orelse but no except handlers`);
      for (const h of s.handlers) {
        positions(h);
        optExpr(h.type);
        body(h.body, 'ExceptHandler');
      }
      stmts(s.finalbody);
      stmts(s.orelse);
      return;
    case 'Assert': expr(s.test, 'Load'); optExpr(s.msg); return;
    case 'Import': nonempty(s.names, 'names', 'Import'); return;
    case 'ImportFrom':
      if (s.level < 0) throw valueError('Negative ImportFrom level');
      nonempty(s.names, 'names', 'ImportFrom');
      return;
    case 'Global': case 'Nonlocal': nonempty(s.names, 'names', s._type); return;
    case 'Expr': expr(s.value, 'Load'); return;
  }
}

const HAS_CTX = new Set(['Attribute', 'Subscript', 'Starred', 'Name', 'List', 'Tuple']);

function validName(id: string): void {
  if (id === 'None' || id === 'True' || id === 'False') throw valueError(`identifier field can't represent '${id}' constant`);
}

function expr(e: AST, ctx: Ctx): void {
  positions(e);
  if (HAS_CTX.has(e._type)) {
    const actual = e.ctx._type;
    if (actual !== ctx) throw valueError(`expression must have ${ctx} context but has ${actual} instead`);
  } else if (ctx !== 'Load') {
    throw valueError(`expression which can't be assigned to in ${ctx} context`);
  }
  switch (e._type) {
    case 'BoolOp':
      if (e.values.length < 2) throw valueError('BoolOp with less than 2 values');
      exprs(e.values, 'Load', false);
      return;
    case 'BinOp': expr(e.left, 'Load'); expr(e.right, 'Load'); return;
    case 'UnaryOp': expr(e.operand, 'Load'); return;
    case 'NamedExpr':
      if (e.target._type !== 'Name') throw typeError('NamedExpr target must be a Name');
      expr(e.value, 'Load');
      return;
    case 'Lambda': argumentsNode(e.args); expr(e.body, 'Load'); return;
    case 'IfExp': expr(e.test, 'Load'); expr(e.body, 'Load'); expr(e.orelse, 'Load'); return;
    case 'Dict':
      if (e.keys.length !== e.values.length) throw valueError("Dict doesn't have the same number of keys as values");
      exprs(e.keys, 'Load', true);
      exprs(e.values, 'Load', false);
      return;
    case 'Set': exprs(e.elts, 'Load', false); return;
    case 'ListComp': case 'SetComp': case 'GeneratorExp': comprehensions(e.generators); expr(e.elt, 'Load'); return;
    case 'DictComp': comprehensions(e.generators); expr(e.key, 'Load'); expr(e.value, 'Load'); return;
    case 'Yield': optExpr(e.value); return;
    case 'YieldFrom': case 'Await': expr(e.value, 'Load'); return;
    case 'Compare':
      if (e.comparators.length === 0) throw valueError('Compare with no comparators');
      if (e.comparators.length !== e.ops.length) throw valueError('Compare has a different number of comparators and operands');
      exprs(e.comparators, 'Load', false);
      expr(e.left, 'Load');
      return;
    case 'Call': expr(e.func, 'Load'); exprs(e.args, 'Load', false); keywords(e.keywords); return;
    case 'Constant': {
      const bad = invalidConstant(e.value);
      if (bad !== null) throw typeError(`got an invalid type in Constant: ${bad}`);
      return;
    }
    case 'JoinedStr': exprs(e.values, 'Load', false); return;
    case 'FormattedValue': expr(e.value, 'Load'); optExpr(e.format_spec); return;
    case 'Attribute': expr(e.value, 'Load'); return;
    case 'Subscript': expr(e.slice, 'Load'); expr(e.value, 'Load'); return;
    case 'Starred': expr(e.value, ctx); return;
    case 'Slice': optExpr(e.lower); optExpr(e.upper); optExpr(e.step); return;
    case 'List': case 'Tuple': exprs(e.elts, ctx, false); return;
    case 'Name': validName(e.id); return;
  }
}

/** validate_constant: null if fine, else the type name to report. */
function invalidConstant(v: unknown): string | null {
  if (!(v instanceof FoldedValue)) return null;
  return invalidPyConstant(v.py);
}

function invalidPyConstant(v: PyValue): string | null {
  switch (typeof v) {
    case 'boolean': case 'number': case 'bigint': case 'string': return null;
  }
  if (v === None || v === Ellipsis) return null;
  const t = v.cls;
  if (t === FloatType || t === ComplexType || t === BytesType || t === StrType || t === IntType || t === BoolType) return null;
  let items: PyValue[] | null = null;
  if (v instanceof PyTuple) items = v.items;
  else if (v instanceof PySet && t.isSubtype(FrozenSetType)) items = setKeys(v as PySet);
  if (items === null) return typeOf(v).name;
  for (const x of items) {
    const bad = invalidPyConstant(x);
    if (bad !== null) return bad;
  }
  return null;
}

function capture(name: string): void {
  if (name === '_') throw valueError("can't capture name '_' in patterns");
  validName(name);
}

function matchValue(e: AST): void {
  expr(e, 'Load');
  switch (e._type) {
    case 'Constant': {
      const v = e.value;
      if (typeof v === 'bigint' || typeof v === 'number' || typeof v === 'string' || v instanceof Bytes || v instanceof Complex) return;
      throw valueError('unexpected constant inside of a literal pattern');
    }
    case 'Attribute': case 'UnaryOp': case 'BinOp': case 'JoinedStr': return;
  }
  throw valueError('patterns may only match literals and attribute lookups');
}

function patterns(seq: AST[], starOk: boolean): void {
  for (const p of seq) pattern(p, starOk);
}

function pattern(p: AST, starOk: boolean): void {
  positions(p);
  switch (p._type) {
    case 'MatchValue': matchValue(p.value); return;
    case 'MatchSingleton':
      if (!(p.value === null || typeof p.value === 'boolean')) throw valueError('MatchSingleton can only contain True, False and None');
      return;
    case 'MatchSequence': patterns(p.patterns, true); return;
    case 'MatchMapping':
      if (p.keys.length !== p.patterns.length) throw valueError("MatchMapping doesn't have the same number of keys as patterns");
      if (p.rest !== null) capture(p.rest);
      for (const k of p.keys) {
        if (k._type === 'Constant' && (k.value === null || typeof k.value === 'boolean')) continue;
        matchValue(k);
      }
      patterns(p.patterns, false);
      return;
    case 'MatchClass': {
      if (p.kwd_attrs.length !== p.kwd_patterns.length) {
        throw valueError("MatchClass doesn't have the same number of keyword attributes as patterns");
      }
      expr(p.cls, 'Load');
      let c = p.cls;
      while (c._type === 'Attribute') c = c.value;
      if (c._type !== 'Name') throw valueError('MatchClass cls field can only contain Name or Attribute nodes.');
      for (const a of p.kwd_attrs) validName(a);
      patterns(p.patterns, false);
      patterns(p.kwd_patterns, false);
      return;
    }
    case 'MatchStar':
      if (!starOk) throw valueError("can't use MatchStar here");
      if (p.name !== null) capture(p.name);
      return;
    case 'MatchAs':
      if (p.name !== null) capture(p.name);
      if (p.pattern === null) return;
      if (p.name === null) throw valueError('MatchAs must specify a target name if a pattern is given');
      pattern(p.pattern, false);
      return;
    case 'MatchOr':
      if (p.patterns.length < 2) throw valueError('MatchOr requires at least 2 patterns');
      patterns(p.patterns, false);
      return;
  }
}
