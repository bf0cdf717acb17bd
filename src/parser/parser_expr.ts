// Expressions, call arguments, comprehensions, lambda and def parameters,
// and assignment targets (Grammar/python.gram: EXPRESSIONS ... TARGETS).
//
// Precedence climbing is spelled out one method per grammar level so each
// reads like its rule.  Binary levels loop instead of recursing, which gives
// CPython's left-nested BinOp trees without left recursion.

import * as A from './ast_nodes.js';
import type { AST } from './ast_nodes.js';
import { Complex, ELLIPSIS } from './constants.js';
import { ParseAbort, ParserBase } from './parser_base.js';
import { T, Token } from './tokens.js';
import { exprName } from './targets.js';

const CMP_OPS: Partial<Record<T, AST>> = {
  [T.EQEQUAL]: A.Eq, [T.NOTEQUAL]: A.NotEq, [T.LESSEQUAL]: A.LtE, [T.LESS]: A.Lt,
  [T.GREATEREQUAL]: A.GtE, [T.GREATER]: A.Gt, [T.KW_IN]: A.In,
};

/** Tokens that can begin an expression (for "Perhaps you forgot a comma?"). */
function startsExpression(k: T): boolean {
  switch (k) {
    case T.NAME: case T.NUMBER: case T.STRING: case T.LPAR: case T.LSQB: case T.LBRACE:
    case T.MINUS: case T.PLUS: case T.TILDE: case T.KW_NOT: case T.KW_LAMBDA: case T.KW_AWAIT:
    case T.ELLIPSIS: case T.KW_NONE: case T.KW_TRUE: case T.KW_FALSE:
      return true;
  }
  return false;
}

const LEGACY_NAMES = new Set(['print', 'exec']);

export abstract class ExprParser extends ParserBase {
  /** Implemented by the string module: STRING+ -> Constant or JoinedStr. */
  abstract strings(): AST;

  // ---- helpers ------------------------------------------------------------

  name(t: Token): string {
    const s = t.text;
    // _PyPegen_new_identifier: non-ASCII identifiers are NFKC-normalized.
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return s.normalize('NFKC');
    return s;
  }

  expectName(): Token {
    const t = this.peek();
    if (t.kind === T.NAME) { this.p++; return t; }
    return this.fail();
  }

  nameNode(t: Token, ctx: AST): AST {
    return A.Name(this.name(t), ctx, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
  }

  // ---- expression lists -----------------------------------------------------

  /** star_expressions: a bare tuple when there is a comma. */
  starExpressions(): AST {
    const s0 = this.peek();
    const first = this.starExpression();
    if (this.kind() !== T.COMMA) return first;
    const elts = [first];
    while (this.accept(T.COMMA)) {
      if (!this.startsStarExpression()) break;
      elts.push(this.starExpression());
    }
    const e = this.last();
    return A.Tuple(elts, A.Load, s0.lineno, s0.col_offset, e.end_lineno, e.end_col_offset);
  }

  startsStarExpression(): boolean {
    const k = this.kind();
    return k === T.STAR || startsExpression(k);
  }

  starExpression(): AST {
    const t = this.peek();
    if (t.kind === T.STAR) {
      this.p++;
      const v = this.bitwiseOr();
      return A.Starred(v, A.Load, t.lineno, t.col_offset, this.last().end_lineno, this.last().end_col_offset);
    }
    return this.expression();
  }

  starNamedExpression(): AST {
    const t = this.peek();
    if (t.kind === T.STAR) {
      this.p++;
      const v = this.bitwiseOr();
      return A.Starred(v, A.Load, t.lineno, t.col_offset, this.last().end_lineno, this.last().end_col_offset);
    }
    return this.namedExpression();
  }

  /** expressions (for eval input and `del`-free contexts): like star_expressions without stars. */
  expressions(): AST {
    const s0 = this.peek();
    const first = this.expression();
    if (this.kind() !== T.COMMA) return first;
    const elts = [first];
    while (this.accept(T.COMMA)) {
      if (!startsExpression(this.kind())) break;
      elts.push(this.expression());
    }
    const e = this.last();
    return A.Tuple(elts, A.Load, s0.lineno, s0.col_offset, e.end_lineno, e.end_col_offset);
  }

  // ---- expression levels ----------------------------------------------------

  namedExpression(checkEq = true): AST {
    const t = this.peek();
    if (t.kind === T.NAME && this.kindAt(1) === T.COLONEQUAL) {
      this.p += 2;
      const value = this.expression();
      const target = this.nameNode(t, A.Store);
      return A.NamedExpr(target, value, t.lineno, t.col_offset, this.last().end_lineno, this.last().end_col_offset);
    }
    const start = this.p;
    const e = this.expression();
    const k = this.kind();
    if (k === T.COLONEQUAL) {
      this.raiseAt(e, `cannot use assignment expressions with ${exprName(e)}`);
    }
    if (k === T.EQUAL && checkEq) this.invalidNamedEq(start, e);
    return e;
  }

  /**
   * invalid_named_expression's `=` alternatives: `NAME '=' bitwise_or` and
   * `bitwise_or '=' bitwise_or`, each not followed by '=' or ':='.  `e`,
   * parsed from token `start`, is followed by '='.
   */
  invalidNamedEq(start: number, e: AST): void {
    const eq = this.peek();
    const rhs = this.spec(() => {
      this.p++;
      const b = this.bitwiseOr();
      const k = this.kind();
      return k === T.EQUAL || k === T.COLONEQUAL ? null : b;
    });
    if (!rhs) return;
    const t0 = this.tokens[start];
    if (e._type === 'Name' && this.tokens[start + 1] === eq) {
      this.raiseRange(t0, rhs, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or
    if (t0.kind === T.KW_TRUE || t0.kind === T.KW_FALSE || t0.kind === T.KW_NONE) return;
    if ((t0.kind === T.LSQB || t0.kind === T.LPAR) && this.spec(() => {
      this.p = start;
      const x = this.atom();
      return x._type === 'List' || x._type === 'Tuple' || x._type === 'GeneratorExp' ? x : null;
    }) !== null) return;
    if (!isBitwiseOrLevel(e)) return;
    this.raiseAt(e, `cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`);
  }

  expression(): AST {
    const s0 = this.peek();
    const start = this.p;
    const t = this.peek();
    if (t.kind === T.KW_LAMBDA) return this.lambdef();
    const a = this.disjunction();
    const k = this.kind();
    if (k === T.KW_IF) {
      const save = this.p;
      this.p++;
      const test = this.disjunction();
      if (this.kind() !== T.KW_ELSE) {
        // expression_without_invalid falls back to its `disjunction` alternative.
        if (this.noInvalid > 0) { this.p = save; return a; }
        if (this.kind() !== T.COLON) this.raiseRange(a, test, "expected 'else' after 'if' expression");
        this.fail();
      }
      this.p++;
      const orelse = this.expression();
      return A.IfExp(test, a, orelse, s0.lineno, s0.col_offset, this.last().end_lineno, this.last().end_col_offset);
    }
    if (startsExpression(k)) this.juxtaposed(start, a);
    return a;
  }

  /**
   * Two expressions side by side: invalid_expression and
   * invalid_legacy_expression ("Missing parentheses in call to 'print'",
   * "Perhaps you forgot a comma?").  Returns when neither applies and the
   * caller's grammar decides.  `start` is the index of a's first token.
   */
  juxtaposed(start: number, a: AST): void {
    if (this.noInvalid > 0) return;
    // invalid_expression: `!(NAME STRING | SOFT_KEYWORD) a=disjunction
    // b=expression_without_invalid`: an unknown string prefix or a soft
    // keyword is not this error, nor is a legacy print/exec
    // (_PyPegen_check_legacy_stmt), nor juxtaposition outside brackets
    // (p->tokens[p->mark-1]->level: the level where b ends, which is where a ends).
    const t = this.tokens[start];
    const t1 = this.tokens[start + 1];
    const nameString = t.kind === T.NAME && (t1.kind === T.STRING || t.text === 'match' || t.text === 'case' || t.text === '_');
    const legacy = a._type === 'Name' && LEGACY_NAMES.has(a.id);
    if (!nameString && !legacy && this.last().level !== 0) {
      const b = this.specWithoutInvalid(() => this.expression());
      if (b) this.raiseRange(a, b, 'invalid syntax. Perhaps you forgot a comma?');
    }
    // invalid_legacy_expression: `a=NAME !'(' b=star_expressions`, tried
    // next at the same place.  b is parsed from the token after the NAME
    // whatever `a` turned out to be, with the invalid rules on, so an error
    // inside b is raised even when a is no print/exec: `(s "" T)` reports the
    // juxtaposed `"" T`.
    if (t.kind === T.NAME && t1.kind !== T.LPAR) {
      const b = this.specRaising(() => {
        this.p = start + 1;
        return this.starExpressions();
      });
      if (b && LEGACY_NAMES.has(t.text)) {
        this.raiseRange(a, b, `Missing parentheses in call to '${t.text}'. Did you mean ${t.text}(...)?`);
      }
    }
  }

  disjunction(): AST {
    const s0 = this.peek();
    const a = this.conjunction();
    if (this.kind() !== T.KW_OR) return a;
    const values = [a];
    while (this.accept(T.KW_OR)) values.push(this.conjunction());
    const e = this.last();
    return A.BoolOp(A.Or, values, s0.lineno, s0.col_offset, e.end_lineno, e.end_col_offset);
  }

  conjunction(): AST {
    const s0 = this.peek();
    const a = this.inversion();
    if (this.kind() !== T.KW_AND) return a;
    const values = [a];
    while (this.accept(T.KW_AND)) values.push(this.inversion());
    const e = this.last();
    return A.BoolOp(A.And, values, s0.lineno, s0.col_offset, e.end_lineno, e.end_col_offset);
  }

  inversion(): AST {
    const t = this.peek();
    if (t.kind === T.KW_NOT) {
      this.p++;
      const v = this.inversion();
      return A.UnaryOp(A.Not, v, t.lineno, t.col_offset, this.last().end_lineno, this.last().end_col_offset);
    }
    return this.comparison();
  }

  comparison(): AST {
    const s0 = this.peek();
    const a = this.bitwiseOr();
    let ops: AST[] | null = null;
    let comparators: AST[] | null = null;
    for (;;) {
      const k = this.kind();
      let op: AST | undefined = CMP_OPS[k];
      if (op !== undefined) {
        if (k === T.NOTEQUAL && this.peek().text === '<>') this.raiseAtToken(this.peek(), 'invalid syntax');
        this.p++;
      } else if (k === T.KW_NOT && this.kindAt(1) === T.KW_IN) { this.p += 2; op = A.NotIn; }
      else if (k === T.KW_IS) {
        this.p++;
        if (this.accept(T.KW_NOT)) op = A.IsNot; else op = A.Is;
      } else break;
      if (ops === null) { ops = []; comparators = []; }
      ops.push(op);
      comparators!.push(this.bitwiseOr());
    }
    if (ops === null) return a;
    const e = this.last();
    return A.Compare(a, ops, comparators, s0.lineno, s0.col_offset, e.end_lineno, e.end_col_offset);
  }

  bitwiseOr(): AST {
    const s0 = this.peek();
    let a = this.bitwiseXor();
    while (this.kind() === T.VBAR) {
      this.p++;
      const b = this.bitwiseXor();
      a = A.BinOp(a, A.BitOr, b, s0.lineno, s0.col_offset, this.last().end_lineno, this.last().end_col_offset);
    }
    return a;
  }

  bitwiseXor(): AST {
    const s0 = this.peek();
    let a = this.bitwiseAnd();
    while (this.kind() === T.CIRCUMFLEX) {
      this.p++;
      const b = this.bitwiseAnd();
      a = A.BinOp(a, A.BitXor, b, s0.lineno, s0.col_offset, this.last().end_lineno, this.last().end_col_offset);
    }
    return a;
  }

  bitwiseAnd(): AST {
    const s0 = this.peek();
    let a = this.shiftExpr();
    while (this.kind() === T.AMPER) {
      this.p++;
      const b = this.shiftExpr();
      a = A.BinOp(a, A.BitAnd, b, s0.lineno, s0.col_offset, this.last().end_lineno, this.last().end_col_offset);
    }
    return a;
  }

  shiftExpr(): AST {
    const s0 = this.peek();
    let a = this.sum();
    for (;;) {
      const k = this.kind();
      if (k !== T.LEFTSHIFT && k !== T.RIGHTSHIFT) return a;
      this.p++;
      const b = this.sum();
      a = A.BinOp(a, k === T.LEFTSHIFT ? A.LShift : A.RShift, b, s0.lineno, s0.col_offset, this.last().end_lineno, this.last().end_col_offset);
    }
  }

  sum(): AST {
    const s0 = this.peek();
    let a = this.term();
    for (;;) {
      const k = this.kind();
      if (k !== T.PLUS && k !== T.MINUS) return a;
      this.p++;
      const b = this.term();
      a = A.BinOp(a, k === T.PLUS ? A.Add : A.Sub, b, s0.lineno, s0.col_offset, this.last().end_lineno, this.last().end_col_offset);
    }
  }

  term(): AST {
    const s0 = this.peek();
    let a = this.factor();
    for (;;) {
      let op: AST;
      switch (this.kind()) {
        case T.STAR: op = A.Mult; break;
        case T.SLASH: op = A.Div; break;
        case T.DOUBLESLASH: op = A.FloorDiv; break;
        case T.PERCENT: op = A.Mod; break;
        case T.AT: op = A.MatMult; break;
        default: return a;
      }
      this.p++;
      const b = this.factor();
      a = A.BinOp(a, op, b, s0.lineno, s0.col_offset, this.last().end_lineno, this.last().end_col_offset);
    }
  }

  factor(): AST {
    const t = this.peek();
    let op: AST;
    switch (t.kind) {
      case T.PLUS: op = A.UAdd; break;
      case T.MINUS: op = A.USub; break;
      case T.TILDE: op = A.Invert; break;
      default: return this.power();
    }
    this.p++;
    const v = this.factor();
    return A.UnaryOp(op, v, t.lineno, t.col_offset, this.last().end_lineno, this.last().end_col_offset);
  }

  power(): AST {
    const s0 = this.peek();
    const a = this.awaitPrimary();
    if (this.kind() !== T.DOUBLESTAR) return a;
    this.p++;
    const b = this.factor();
    return A.BinOp(a, A.Pow, b, s0.lineno, s0.col_offset, this.last().end_lineno, this.last().end_col_offset);
  }

  awaitPrimary(): AST {
    const t = this.peek();
    if (t.kind === T.KW_AWAIT) {
      this.p++;
      const v = this.primary();
      return A.Await(v, t.lineno, t.col_offset, this.last().end_lineno, this.last().end_col_offset);
    }
    return this.primary();
  }

  primary(): AST {
    const s0 = this.peek();
    let a = this.atom();
    for (;;) {
      const k = this.kind();
      if (k === T.DOT) {
        this.p++;
        const n = this.expectName();
        a = A.Attribute(a, this.name(n), A.Load, s0.lineno, s0.col_offset, n.end_lineno, n.end_col_offset);
      } else if (k === T.LPAR) {
        a = this.call(a, s0);
      } else if (k === T.LSQB) {
        this.p++;
        const s = this.slices();
        const e = this.expect(T.RSQB);
        a = A.Subscript(a, s, A.Load, s0.lineno, s0.col_offset, e.end_lineno, e.end_col_offset);
      } else return a;
    }
  }

  slices(): AST {
    const start = this.peek();
    const first = this.sliceOrStarred();
    if (this.kind() !== T.COMMA) {
      if (first._type === 'Starred') {
        const e = this.last();
        return A.Tuple([first], A.Load, start.lineno, start.col_offset, e.end_lineno, e.end_col_offset);
      }
      return first;
    }
    const elts = [first];
    while (this.accept(T.COMMA)) {
      if (this.kind() === T.RSQB) break;
      elts.push(this.sliceOrStarred());
    }
    const e = this.last();
    return A.Tuple(elts, A.Load, start.lineno, start.col_offset, e.end_lineno, e.end_col_offset);
  }

  sliceOrStarred(): AST {
    const t = this.peek();
    if (t.kind === T.STAR) {
      this.p++;
      const v = this.expression();
      return A.Starred(v, A.Load, t.lineno, t.col_offset, this.last().end_lineno, this.last().end_col_offset);
    }
    let lower: AST | null = null;
    if (t.kind !== T.COLON) {
      lower = this.namedExpression();
      if (this.kind() !== T.COLON) return lower;
      if (lower._type === 'NamedExpr') this.fail();
    }
    this.expect(T.COLON);
    let upper: AST | null = null;
    let step: AST | null = null;
    let k = this.kind();
    if (k !== T.COLON && k !== T.COMMA && k !== T.RSQB) upper = this.expression();
    if (this.accept(T.COLON)) {
      k = this.kind();
      if (k !== T.COMMA && k !== T.RSQB) step = this.expression();
    }
    const e = this.last();
    return A.Slice(lower, upper, step, t.lineno, t.col_offset, e.end_lineno, e.end_col_offset);
  }

  atom(): AST {
    const t = this.peek();
    switch (t.kind) {
      case T.NAME:
        this.p++;
        return A.Name(this.name(t), A.Load, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
      case T.NUMBER:
        this.p++;
        return A.Constant(parseNumber(t.text), null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
      case T.STRING:
        return this.strings();
      case T.KW_NONE:
        this.p++;
        return A.Constant(null, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
      case T.KW_TRUE:
        this.p++;
        return A.Constant(true, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
      case T.KW_FALSE:
        this.p++;
        return A.Constant(false, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
      case T.ELLIPSIS:
        this.p++;
        return A.Constant(ELLIPSIS, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
      case T.LPAR:
        return this.parenthesized();
      case T.LSQB:
        return this.listDisplay();
      case T.LBRACE:
        return this.braceDisplay();
    }
    return this.fail();
  }

  /** '(' ... ')': tuple, group, generator expression, or parenthesized yield. */
  parenthesized(): AST {
    const open = this.next();
    let k = this.kind();
    if (k === T.RPAR) {
      const e = this.next();
      return A.Tuple([], A.Load, open.lineno, open.col_offset, e.end_lineno, e.end_col_offset);
    }
    if (k === T.KW_YIELD) {
      const y = this.yieldExpr();
      this.expect(T.RPAR);
      return y;
    }
    if (k === T.DOUBLESTAR) {
      const st = this.next();
      this.expression();
      if (this.kind() === T.RPAR) this.raiseAt(st, 'cannot use double starred expression here');
      this.fail();
    }
    const first = this.starNamedExpression();
    k = this.kind();
    if (k === T.RPAR) {
      if (first._type === 'Starred') this.raiseAt(first, 'cannot use starred expression here');
      this.p++;
      return first;
    }
    if (k === T.KW_FOR || k === T.KW_ASYNC) {
      if (first._type === 'Starred') this.raiseAt(first, 'iterable unpacking cannot be used in comprehension');
      const gens = this.forIfClauses();
      const e = this.expect(T.RPAR);
      return A.GeneratorExp(first, gens, open.lineno, open.col_offset, e.end_lineno, e.end_col_offset);
    }
    if (k !== T.COMMA) this.fail();
    const elts = [first];
    while (this.accept(T.COMMA)) {
      if (this.kind() === T.RPAR) break;
      elts.push(this.starNamedExpression());
    }
    const e = this.expect(T.RPAR);
    return A.Tuple(elts, A.Load, open.lineno, open.col_offset, e.end_lineno, e.end_col_offset);
  }

  listDisplay(): AST {
    const open = this.next();
    if (this.kind() === T.RSQB) {
      const e = this.next();
      return A.List([], A.Load, open.lineno, open.col_offset, e.end_lineno, e.end_col_offset);
    }
    const first = this.starNamedExpression();
    let k = this.kind();
    if (k === T.KW_FOR || k === T.KW_ASYNC) {
      if (first._type === 'Starred') this.raiseAt(first, 'iterable unpacking cannot be used in comprehension');
      const gens = this.forIfClauses();
      const e = this.expect(T.RSQB);
      return A.ListComp(first, gens, open.lineno, open.col_offset, e.end_lineno, e.end_col_offset);
    }
    const elts = [first];
    while (this.accept(T.COMMA)) {
      k = this.kind();
      if (k === T.RSQB) break;
      if (k === T.KW_FOR || k === T.KW_ASYNC) this.comprehensionTargetError(first, elts, this.last());
      elts.push(this.starNamedExpression());
    }
    k = this.kind();
    if ((k === T.KW_FOR || k === T.KW_ASYNC) && elts.length > 1) this.comprehensionTargetError(first, elts, null);
    const e = this.expect(T.RSQB);
    return A.List(elts, A.Load, open.lineno, open.col_offset, e.end_lineno, e.end_col_offset);
  }

  /** invalid_comprehension: `[a, b for ...]`. */
  comprehensionTargetError(first: AST, elts: AST[], comma: Token | null): never {
    const save = this.p;
    this.forIfClauses();
    this.p = save;
    if (comma && elts.length === 1) this.raiseRange(first, comma, 'did you forget parentheses around the comprehension target?');
    this.raiseRange(first, elts[elts.length - 1], 'did you forget parentheses around the comprehension target?');
  }

  braceDisplay(): AST {
    const open = this.next();
    let k = this.kind();
    if (k === T.RBRACE) {
      const e = this.next();
      return A.Dict([], [], open.lineno, open.col_offset, e.end_lineno, e.end_col_offset);
    }
    if (k === T.DOUBLESTAR) return this.dictDisplay(open, null);
    if (k === T.STAR) return this.setDisplay(open, this.starNamedExpression());
    // An unparenthesized walrus makes a set; `{(a := 1): 2}` is a dict.
    const bareWalrus = k === T.NAME && this.kindAt(1) === T.COLONEQUAL;
    const first = this.namedExpression();
    k = this.kind();
    if (k === T.COLON && !bareWalrus) return this.dictDisplay(open, first);
    return this.setDisplay(open, first);
  }

  setDisplay(open: Token, first: AST): AST {
    let k = this.kind();
    if (k === T.KW_FOR || k === T.KW_ASYNC) {
      if (first._type === 'Starred') this.raiseAt(first, 'iterable unpacking cannot be used in comprehension');
      const gens = this.forIfClauses();
      const e = this.expect(T.RBRACE);
      return A.SetComp(first, gens, open.lineno, open.col_offset, e.end_lineno, e.end_col_offset);
    }
    const elts = [first];
    while (this.accept(T.COMMA)) {
      k = this.kind();
      if (k === T.RBRACE) break;
      if (k === T.KW_FOR || k === T.KW_ASYNC) this.comprehensionTargetError(first, elts, this.last());
      elts.push(this.starNamedExpression());
    }
    k = this.kind();
    if ((k === T.KW_FOR || k === T.KW_ASYNC) && elts.length > 1) this.comprehensionTargetError(first, elts, null);
    const e = this.expect(T.RBRACE);
    return A.Set(elts, open.lineno, open.col_offset, e.end_lineno, e.end_col_offset);
  }

  /** A dict display or comprehension; `firstKey` was parsed already (null for `**`). */
  dictDisplay(open: Token, firstKey: AST | null): AST {
    const keys: (AST | null)[] = [];
    const values: AST[] = [];
    let key = firstKey;
    let first = true;
    for (;;) {
      if (key === null) {
        if (this.kind() === T.DOUBLESTAR) {
          const st = this.next();
          const v = this.bitwiseOr();
          if (first && (this.kind() === T.KW_FOR || this.kind() === T.KW_ASYNC)) {
            this.raiseAt(st, 'dict unpacking cannot be used in dict comprehension');
          }
          keys.push(null);
          values.push(v);
        } else {
          key = this.expression();
        }
      }
      if (key !== null) {
        const colon = this.expect(T.COLON);
        const vk = this.kind();
        if (vk === T.STAR) {
          const st = this.next();
          this.bitwiseOr();
          this.raiseFrom(st, 'cannot use a starred expression in a dictionary value');
        }
        if (vk === T.RBRACE || vk === T.COMMA) this.raiseAt(colon, "expression expected after dictionary key and ':'");
        const v = this.expression();
        if (first && (this.kind() === T.KW_FOR || this.kind() === T.KW_ASYNC)) {
          const gens = this.forIfClauses();
          const e = this.expect(T.RBRACE);
          return A.DictComp(key, v, gens, open.lineno, open.col_offset, e.end_lineno, e.end_col_offset);
        }
        keys.push(key);
        values.push(v);
      }
      first = false;
      key = null;
      if (!this.accept(T.COMMA)) break;
      if (this.kind() === T.RBRACE) break;
      if (this.kind() !== T.DOUBLESTAR) {
        key = this.expression();
        const k = this.kind();
        if (k !== T.COLON) {
          // invalid_kvpair: "':' expected after dictionary key", at the key's last character.
          if (k === T.COMMA || k === T.RBRACE) {
            throw new ParseAbort(this.errorAt('SyntaxError', "':' expected after dictionary key",
              key.lineno, key.end_col_offset - 1, key.end_lineno, -1));
          }
          this.fail();
        }
      }
    }
    const e = this.expect(T.RBRACE);
    return A.Dict(keys, values, open.lineno, open.col_offset, e.end_lineno, e.end_col_offset);
  }

  // ---- comprehensions ---------------------------------------------------------

  forIfClauses(): AST[] {
    const gens: AST[] = [];
    for (;;) {
      let isAsync = 0;
      const k = this.kind();
      if (k === T.KW_ASYNC && this.kindAt(1) === T.KW_FOR) { this.p++; isAsync = 1; }
      else if (k !== T.KW_FOR) break;
      const forTok = this.next();
      const target = this.forTargets(forTok);
      this.expect(T.KW_IN);
      const iter = this.disjunction();
      const ifs: AST[] = [];
      while (this.accept(T.KW_IF)) ifs.push(this.disjunction());
      gens.push(A.comprehension(target, iter, ifs, isAsync));
    }
    return gens;
  }

  /** star_targets before `in`, with invalid_for_target's message on failure. */
  forTargets(forTok: Token): AST {
    const e = this.starTargetsExpr();
    if (this.kind() !== T.KW_IN) {
      this.invalidForTarget(forTok);
      this.fail();
    }
    this.toTarget(e, A.Store, 'assign');
    return e;
  }

  /** invalid_for_target: reparse `for` + star_expressions and report its invalid target. */
  invalidForTarget(forTok: Token): void {
    const at = this.tokens.lastIndexOf(forTok) + 1;
    // An error raised inside (`for n y` in brackets: "Perhaps you forgot a comma?") propagates.
    const e = this.specRaising(() => { this.p = at; return this.starExpressions(); });
    if (!e) return;
    const bad = this.invalidTarget(e, 'for');
    if (bad) this.raiseAt(bad, `cannot assign to ${exprName(bad)}`);
  }

  // ---- targets ----------------------------------------------------------------

  /**
   * Parse star_targets as an expression (at bitwise_or precedence, so `in`
   * stays for the caller); toTarget() then checks and converts it.
   */
  starTargetsExpr(): AST {
    const s0 = this.peek();
    const first = this.starTargetExpr();
    if (this.kind() !== T.COMMA) return first;
    const elts = [first];
    while (this.accept(T.COMMA)) {
      const k = this.kind();
      if (k !== T.STAR && !startsExpression(k)) break;
      elts.push(this.starTargetExpr());
    }
    const e = this.last();
    return A.Tuple(elts, A.Load, s0.lineno, s0.col_offset, e.end_lineno, e.end_col_offset);
  }

  starTargetExpr(): AST {
    const t = this.peek();
    if (t.kind === T.STAR) {
      this.p++;
      const v = this.starTargetExpr();
      return A.Starred(v, A.Load, t.lineno, t.col_offset, this.last().end_lineno, this.last().end_col_offset);
    }
    return this.bitwiseOr();
  }

  /**
   * Turn an expression parsed in a target position into a target, setting
   * the context on it and its children; raise CPython's "cannot assign to X"
   * / "cannot delete X" when it isn't one (_PyPegen_get_invalid_target).
   */
  toTarget(e: AST, ctx: AST, what: 'assign' | 'delete'): void {
    const bad = this.invalidTarget(e, what === 'delete' ? 'del' : 'star');
    if (bad) this.raiseAt(bad, `cannot ${what === 'delete' ? 'delete' : 'assign to'} ${exprName(bad)}`);
    setContext(e, ctx);
  }

  /** The first sub-expression that can't be a target, or null (pegen.c _PyPegen_get_invalid_target). */
  invalidTarget(e: AST, kind: 'star' | 'del' | 'for'): AST | null {
    switch (e._type) {
      case 'List': case 'Tuple':
        for (const x of e.elts) {
          const r = this.invalidTarget(x, kind);
          if (r) return r;
        }
        return null;
      case 'Starred':
        if (kind === 'del') return e;
        return this.invalidTarget(e.value, kind);
      case 'Compare':
        if (kind === 'for') {
          if (e.ops[0] === A.In) return this.invalidTarget(e.left, kind);
          return null;
        }
        return e;
      case 'Name': case 'Subscript': case 'Attribute':
        return null;
      default:
        return e;
    }
  }

  // ---- calls --------------------------------------------------------------------

  call(func: AST, s0: Token): AST {
    const open = this.next();
    const args: AST[] = [];
    const keywords: AST[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    let k = this.kind();
    while (k !== T.RPAR) {
      const t = this.peek();
      if (k === T.STAR) {
        this.p++;
        const v = this.expression();
        if (sawDoubleStar) this.raiseAt(t, 'iterable argument unpacking follows keyword argument unpacking');
        args.push(A.Starred(v, A.Load, t.lineno, t.col_offset, this.last().end_lineno, this.last().end_col_offset));
      } else if (k === T.DOUBLESTAR) {
        this.p++;
        const v = this.expression();
        keywords.push(A.keyword(null, v, t.lineno, t.col_offset, this.last().end_lineno, this.last().end_col_offset));
        sawDoubleStar = true;
      } else if (k === T.NAME && this.kindAt(1) === T.EQUAL) {
        this.p += 2;
        const v = this.expression();
        if (this.kind() === T.KW_FOR || this.kind() === T.KW_ASYNC) {
          this.raiseRange(t, this.tokens[this.tokens.indexOf(t) + 1], "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        keywords.push(A.keyword(this.name(t), v, t.lineno, t.col_offset, this.last().end_lineno, this.last().end_col_offset));
        sawKeyword = true;
      } else if ((k === T.KW_TRUE || k === T.KW_FALSE || k === T.KW_NONE) && this.kindAt(1) === T.EQUAL) {
        this.raiseRange(t, this.tokens[this.p + 1], `cannot assign to ${t.text}`);
      } else {
        const v = this.namedExpressionArg();
        k = this.kind();
        if (k === T.EQUAL) {
          this.raiseRange(v, this.peek(), 'expression cannot contain assignment, perhaps you meant "=="?');
        }
        if (k === T.KW_FOR || k === T.KW_ASYNC) {
          const gens = this.forIfClauses();
          if (args.length === 0 && keywords.length === 0 && this.kind() === T.RPAR) {
            const e = this.next();
            const g = A.GeneratorExp(v, gens, open.lineno, open.col_offset, e.end_lineno, e.end_col_offset);
            return A.Call(func, [g], [], s0.lineno, s0.col_offset, e.end_lineno, e.end_col_offset);
          }
          this.raiseRange(v, lastComprehensionItem(gens[gens.length - 1]), 'Generator expression must be parenthesized');
        }
        // _PyPegen_arguments_parsing_error: RAISE_SYNTAX_ERROR, at the last token read.
        if (sawDoubleStar) this.raise('positional argument follows keyword argument unpacking');
        if (sawKeyword) this.raise('positional argument follows keyword argument');
        args.push(v);
      }
      k = this.kind();
      if (k === T.COMMA) {
        this.p++;
        k = this.kind();
      } else if (k !== T.RPAR) {
        this.fail();
      }
    }
    const e = this.next();
    return A.Call(func, args, keywords, s0.lineno, s0.col_offset, e.end_lineno, e.end_col_offset);
  }

  /** (assignment_expression | expression !':=') in call arguments. */
  namedExpressionArg(): AST {
    return this.namedExpression(false);
  }

  // ---- yield and lambda -----------------------------------------------------------

  yieldExpr(): AST {
    const t = this.next(); // 'yield'
    if (this.accept(T.KW_FROM)) {
      const v = this.expression();
      return A.YieldFrom(v, t.lineno, t.col_offset, this.last().end_lineno, this.last().end_col_offset);
    }
    if (this.startsStarExpression()) {
      const v = this.starExpressions();
      return A.Yield(v, t.lineno, t.col_offset, this.last().end_lineno, this.last().end_col_offset);
    }
    return A.Yield(null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
  }

  lambdef(): AST {
    const t = this.next(); // 'lambda'
    const args = this.kind() === T.COLON ? emptyArguments() : this.parameters(true);
    this.expect(T.COLON);
    const body = this.expression();
    return A.Lambda(args, body, t.lineno, t.col_offset, this.last().end_lineno, this.last().end_col_offset);
  }

  /**
   * Function or lambda parameters up to (not including) ')' or ':'.
   * Mirrors `parameters`/`lambda_parameters` and their invalid_* rules.
   */
  parameters(isLambda: boolean): AST {
    const close = isLambda ? T.COLON : T.RPAR;
    const posonly: AST[] = [];
    const args: AST[] = [];
    const defaults: AST[] = [];
    const kwonly: AST[] = [];
    const kwDefaults: (AST | null)[] = [];
    let vararg: AST | null = null;
    let kwarg: AST | null = null;
    let sawSlash = false;
    let sawStar = false;
    let sawDefault = false;
    let starTok: Token | null = null;
    for (;;) {
      const t = this.peek();
      if (t.kind === close) break;
      if (kwarg) {
        if (t.kind === T.STAR || t.kind === T.DOUBLESTAR || t.kind === T.SLASH || t.kind === T.NAME) {
          this.raiseAt(t, 'arguments cannot follow var-keyword argument');
        }
        this.fail();
      }
      if (t.kind === T.SLASH) {
        if (sawStar) this.raiseAt(t, '/ must be ahead of *');
        if (sawSlash) this.raiseAt(t, '/ may appear only once');
        if (args.length === 0) this.raiseAt(t, 'at least one argument must precede /');
        this.p++;
        sawSlash = true;
        posonly.push(...args);
        args.length = 0;
      } else if (t.kind === T.STAR) {
        if (sawStar) this.raiseAt(t, '* argument may appear only once');
        this.p++;
        sawStar = true;
        starTok = t;
        if (this.kind() === T.NAME) {
          vararg = this.param(isLambda, true);
          if (this.kind() === T.EQUAL) this.raiseAt(this.peek(), 'var-positional argument cannot have default value');
        } else {
          const k = this.kind();
          if (k === close || (k === T.COMMA && (this.kindAt(1) === close || this.kindAt(1) === T.DOUBLESTAR))) {
            if (isLambda) this.raise('named arguments must follow bare *');
            this.raiseAt(t, 'named arguments must follow bare *');
          }
        }
      } else if (t.kind === T.DOUBLESTAR) {
        this.p++;
        kwarg = this.param(isLambda, false);
        if (this.kind() === T.EQUAL) this.raiseAt(this.peek(), 'var-keyword argument cannot have default value');
      } else if (t.kind === T.NAME) {
        const a = this.param(isLambda, false);
        let d: AST | null = null;
        if (this.kind() === T.EQUAL) {
          const eq = this.next();
          const k = this.kind();
          if (k === T.COMMA || k === T.RPAR || (isLambda && k === T.COLON)) this.raiseAt(eq, 'expected default value expression');
          d = this.expression();
        }
        if (sawStar) {
          kwonly.push(a);
          kwDefaults.push(d);
        } else {
          if (d) { defaults.push(d); sawDefault = true; }
          else if (sawDefault) this.raiseAt(a, 'non-default argument follows default argument');
          args.push(a);
        }
      } else if (t.kind === T.LPAR) {
        // invalid_parameters: `def f((a, b)):`
        const close = this.spec(() => {
          this.p++;
          let ok = false;
          while (this.kind() === T.NAME) { this.p++; ok = true; if (!this.accept(T.COMMA)) break; }
          return ok && this.kind() === T.RPAR ? this.peek() : null;
        });
        if (close) {
          this.raiseRange(t, close, isLambda ? 'Lambda expression parameters cannot be parenthesized' : 'Function parameters cannot be parenthesized');
        }
        this.fail();
      } else {
        this.fail();
      }
      // A comma, possibly followed by a type comment, or the end.
      const k = this.kind();
      if (k === T.COMMA) {
        this.p++;
        if (this.kind() === T.TYPE_COMMENT) this.attachArgTypeComment();
      } else if (k === T.TYPE_COMMENT && !isLambda) {
        this.attachArgTypeComment();
        if (this.kind() !== close) this.fail();
      } else if (k !== close) {
        if (k === T.SLASH && !sawSlash && sawDefault === false) this.fail();
        if (k === T.STAR && sawSlash === false && this.last().kind === T.SLASH) this.raiseAt(this.peek(), 'expected comma between / and *');
        this.fail();
      }
    }
    if (sawStar && !vararg && kwonly.length === 0 && starTok) this.raiseAt(starTok, 'named arguments must follow bare *');
    void kwarg;
    return A.arguments_(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
  }

  /** Type comments after a parameter's comma attach to that parameter. */
  attachArgTypeComment(): void {
    const tc = this.next();
    // Find the last arg node created: it's the one just before this comma.
    const a = this.lastParam;
    if (a) a.type_comment = tc.text;
  }

  lastParam: AST | null = null;

  param(isLambda: boolean, star: boolean): AST {
    const n = this.expectName();
    let ann: AST | null = null;
    if (!isLambda && this.kind() === T.COLON) {
      this.p++;
      ann = star ? this.starExpression() : this.expression();
    }
    const e = ann ?? n;
    const a = A.arg(this.name(n), ann, null, n.lineno, n.col_offset, e.end_lineno, e.end_col_offset);
    this.lastParam = a;
    return a;
  }
}

export function emptyArguments(): AST {
  return A.arguments_([], [], null, [], [], null, []);
}

/** Whether an expression node can be the result of `bitwise_or` (no comparison, not, and/or, lambda, if-else). */
export function isBitwiseOrLevel(e: AST): boolean {
  switch (e._type) {
    case 'Compare': case 'BoolOp': case 'IfExp': case 'Lambda': case 'Starred': case 'NamedExpr':
    case 'Yield': case 'YieldFrom': case 'Tuple':
      return false;
    case 'UnaryOp':
      return e.op !== A.Not;
  }
  return true;
}

/** _PyPegen_get_last_comprehension_item. */
function lastComprehensionItem(c: AST): AST {
  if (c.ifs.length === 0) return c.iter;
  return c.ifs[c.ifs.length - 1];
}

/** Set the expression context of a target and of its nested targets. */
export function setContext(e: AST, ctx: AST): void {
  switch (e._type) {
    case 'Name': case 'Attribute': case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case 'List': case 'Tuple':
      e.ctx = ctx;
      for (const x of e.elts) setContext(x, ctx);
      return;
  }
}

/** The value of a NUMBER token (CPython's parsenumber). */
export function parseNumber(text: string): bigint | number | Complex {
  let s = text;
  if (s.indexOf('_') >= 0) s = s.replace(/_/g, '');
  const last = s.charCodeAt(s.length - 1) | 0x20;
  if (last === 106 /* j */) return new Complex(0, Number(s.slice(0, -1)));
  const c1 = s.length > 1 ? s.charCodeAt(1) | 0x20 : 0;
  if (s.charCodeAt(0) === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) return BigInt(s);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (c === 0x2e || c === 101) return Number(s); // '.' or 'e'
  }
  if (s.length < 16) return BigInt(Number(s));
  return BigInt(s);
}
