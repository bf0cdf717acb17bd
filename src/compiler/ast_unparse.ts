// Expression AST back to source text, for `from __future__ import
// annotations`, which stores annotations as strings (CPython 3.11's
// Python/ast_unparse.c, _PyAST_ExprAsUnicode; its output differs from
// Lib/ast.py's unparse in places, and this follows the C one).

import type { AST } from '../parser/ast_nodes.js';
import { ELLIPSIS, type ConstantValue } from '../parser/constants.js';
import { constantRepr, strRepr } from '../objects/repr.js';
import { FoldedValue } from './ast_opt.js';

// Precedence levels (ast_unparse.c).
const PR_TUPLE = 0;
const PR_TEST = 1;
const PR_OR = 2;
const PR_AND = 3;
const PR_NOT = 4;
const PR_CMP = 5;
const PR_BOR = 6;
const PR_BXOR = 7;
const PR_BAND = 8;
const PR_SHIFT = 9;
const PR_ARITH = 10;
const PR_TERM = 11;
const PR_FACTOR = 12;
const PR_POWER = 13;
const PR_AWAIT = 14;
const PR_ATOM = 15;
/** PR_EXPR in ast_unparse.c (== PR_BOR). */
const PR_EXPR_LEVEL = PR_BOR;

const BINOP: Record<string, [string, number]> = {
  Add: ['+', PR_ARITH], Sub: ['-', PR_ARITH], Mult: ['*', PR_TERM], MatMult: ['@', PR_TERM],
  Div: ['/', PR_TERM], Mod: ['%', PR_TERM], LShift: ['<<', PR_SHIFT], RShift: ['>>', PR_SHIFT],
  BitOr: ['|', PR_BOR], BitXor: ['^', PR_BXOR], BitAnd: ['&', PR_BAND], FloorDiv: ['//', PR_TERM],
  Pow: ['**', PR_POWER],
};
const UNARY: Record<string, [string, number]> = {
  Invert: ['~', PR_FACTOR], Not: ['not ', PR_NOT], UAdd: ['+', PR_FACTOR], USub: ['-', PR_FACTOR],
};
const CMP: Record<string, string> = {
  Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is', IsNot: 'is not', In: 'in', NotIn: 'not in',
};

/** The string an annotation is stored as under `from __future__ import annotations`. */
export function unparseAnnotation(e: AST): string {
  return expr(e, PR_TEST);
}

function paren(cond: boolean, s: string): string {
  return cond ? '(' + s + ')' : s;
}

/** Constants: repr, with infinities written as 1e309 (they must parse back). */
function constant(v: ConstantValue | FoldedValue, kind: string | null): string {
  if (v instanceof FoldedValue) return '...';
  if (v === ELLIPSIS) return '...';
  let r = constantRepr(v);
  if (typeof v === 'number' || (typeof v === 'object' && v !== null && 'imag' in v)) r = r.replace(/inf/g, '1e309');
  return (kind !== null ? 'u' : '') + r;
}

function args(a: AST): string {
  const parts: string[] = [];
  const posonly: AST[] = a.posonlyargs;
  const all: AST[] = [...posonly, ...a.args];
  const defaults: AST[] = a.defaults;
  const firstDefault = all.length - defaults.length;
  for (let i = 0; i < all.length; i++) {
    let s = arg(all[i]);
    if (i >= firstDefault) s += '=' + expr(defaults[i - firstDefault], PR_TEST);
    parts.push(s);
    if (i === posonly.length - 1) parts.push('/');
  }
  if (a.vararg !== null || a.kwonlyargs.length > 0) parts.push('*' + (a.vararg !== null ? arg(a.vararg) : ''));
  for (let i = 0; i < a.kwonlyargs.length; i++) {
    let s = arg(a.kwonlyargs[i]);
    const d = a.kw_defaults[i];
    if (d !== null) s += '=' + expr(d, PR_TEST);
    parts.push(s);
  }
  if (a.kwarg !== null) parts.push('**' + arg(a.kwarg));
  return parts.join(', ');
}

function arg(a: AST): string {
  return a.arg + (a.annotation !== null ? ': ' + expr(a.annotation, PR_TEST) : '');
}

function comprehensions(gens: AST[]): string {
  let out = '';
  for (const g of gens) {
    out += g.is_async ? ' async for ' : ' for ';
    out += expr(g.target, PR_TUPLE) + ' in ' + expr(g.iter, PR_TEST + 1);
    for (const cond of g.ifs) out += ' if ' + expr(cond, PR_TEST + 1);
  }
  return out;
}

/** The body of an f-string (or of a format spec): literals with braces doubled, fields. */
function fstringBody(values: AST[]): string {
  let out = '';
  for (const v of values) {
    if (v._type === 'Constant') out += String(v.value).replace(/\{/g, '{{').replace(/\}/g, '}}');
    else if (v._type === 'FormattedValue') out += formattedValue(v);
    else if (v._type === 'JoinedStr') out += fstringBody(v.values);
  }
  return out;
}

function formattedValue(e: AST): string {
  let inner = expr(e.value, PR_TEST + 1);
  if (inner.startsWith('{')) inner = ' ' + inner; // a dict or set display: avoid '{{'
  let out = '{' + inner;
  if (e.conversion > 0) out += '!' + String.fromCharCode(e.conversion);
  if (e.format_spec !== null) out += ':' + fstringBody(e.format_spec.values);
  return out + '}';
}

function expr(e: AST, level: number): string {
  switch (e._type) {
    case 'BoolOp': {
      const pr = e.op._type === 'And' ? PR_AND : PR_OR;
      const op = e.op._type === 'And' ? ' and ' : ' or ';
      return paren(level > pr, e.values.map((v: AST) => expr(v, pr + 1)).join(op));
    }
    case 'BinOp': {
      const [op, pr] = BINOP[e.op._type];
      const rassoc = e.op._type === 'Pow' ? 1 : 0;
      return paren(level > pr, expr(e.left, pr + rassoc) + ` ${op} ` + expr(e.right, pr + 1 - rassoc));
    }
    case 'UnaryOp': {
      const [op, pr] = UNARY[e.op._type];
      return paren(level > pr, op + expr(e.operand, pr));
    }
    case 'Lambda': {
      const a = args(e.args);
      return paren(level > PR_TEST, 'lambda' + (a !== '' ? ' ' + a : '') + ': ' + expr(e.body, PR_TEST));
    }
    case 'IfExp':
      return paren(level > PR_TEST, expr(e.body, PR_TEST + 1) + ' if ' + expr(e.test, PR_TEST + 1) + ' else ' + expr(e.orelse, PR_TEST));
    case 'Dict': {
      const items: string[] = [];
      for (let i = 0; i < e.values.length; i++) {
        const k = e.keys[i];
        items.push(k === null ? '**' + expr(e.values[i], PR_EXPR_LEVEL) : expr(k, PR_TEST) + ': ' + expr(e.values[i], PR_TEST));
      }
      return '{' + items.join(', ') + '}';
    }
    case 'Set':
      return '{' + e.elts.map((x: AST) => expr(x, PR_TEST)).join(', ') + '}';
    case 'List':
      return '[' + e.elts.map((x: AST) => expr(x, PR_TEST)).join(', ') + ']';
    case 'Tuple': {
      if (e.elts.length === 0) return '()';
      const body = e.elts.map((x: AST) => expr(x, PR_TEST)).join(', ') + (e.elts.length === 1 ? ',' : '');
      return paren(level > PR_TUPLE, body);
    }
    case 'ListComp':
      return '[' + expr(e.elt, PR_TEST) + comprehensions(e.generators) + ']';
    case 'SetComp':
      return '{' + expr(e.elt, PR_TEST) + comprehensions(e.generators) + '}';
    case 'GeneratorExp':
      return '(' + expr(e.elt, PR_TEST) + comprehensions(e.generators) + ')';
    case 'DictComp':
      return '{' + expr(e.key, PR_TEST) + ': ' + expr(e.value, PR_TEST) + comprehensions(e.generators) + '}';
    case 'Yield':
      return e.value === null ? '(yield)' : '(yield ' + expr(e.value, PR_TEST) + ')';
    case 'YieldFrom':
      return '(yield from ' + expr(e.value, PR_TEST) + ')';
    case 'Await':
      return paren(level > PR_AWAIT, 'await ' + expr(e.value, PR_ATOM));
    case 'NamedExpr':
      return paren(level > PR_TUPLE, expr(e.target, PR_ATOM) + ' := ' + expr(e.value, PR_ATOM));
    case 'Compare': {
      let out = expr(e.left, PR_CMP + 1);
      for (let i = 0; i < e.ops.length; i++) out += ` ${CMP[e.ops[i]._type]} ` + expr(e.comparators[i], PR_CMP + 1);
      return paren(level > PR_CMP, out);
    }
    case 'Call': {
      let out = expr(e.func, PR_ATOM) + '(';
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === 'GeneratorExp') {
        // A lone generator expression argument needs no parentheses of its own.
        const g = e.args[0];
        return out + expr(g.elt, PR_TEST) + comprehensions(g.generators) + ')';
      }
      const parts: string[] = e.args.map((a: AST) => expr(a, PR_TEST));
      for (const k of e.keywords) parts.push(k.arg === null ? '**' + expr(k.value, PR_TEST) : k.arg + '=' + expr(k.value, PR_TEST));
      return out + parts.join(', ') + ')';
    }
    case 'Starred':
      return '*' + expr(e.value, PR_EXPR_LEVEL);
    case 'Constant':
      return constant(e.value, e.kind);
    case 'JoinedStr':
      return 'f' + strRepr(fstringBody(e.values));
    case 'FormattedValue':
      return 'f' + strRepr(formattedValue(e));
    case 'Attribute': {
      const v = e.value;
      // An int needs a space before the dot to stay an int: `1 .real`.
      const period = v._type === 'Constant' && typeof v.value === 'bigint' ? ' .' : '.';
      return expr(v, PR_ATOM) + period + e.attr;
    }
    case 'Subscript':
      return expr(e.value, PR_ATOM) + '[' + expr(e.slice, PR_TUPLE) + ']';
    case 'Slice': {
      let out = e.lower !== null ? expr(e.lower, PR_TEST) : '';
      out += ':';
      if (e.upper !== null) out += expr(e.upper, PR_TEST);
      if (e.step !== null) out += ':' + expr(e.step, PR_TEST);
      return out;
    }
    case 'Name':
      return e.id;
  }
  throw new Error(`unparse: unexpected ${e._type}`);
}
