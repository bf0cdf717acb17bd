// Statements and the parser's entry point (Grammar/python.gram: STARTING
// RULES, GENERAL STATEMENTS, SIMPLE STATEMENTS, COMPOUND STATEMENTS).

import * as A from './ast_nodes.js';
import type { AST } from './ast_nodes.js';
import { PyMemoryError, PySyntaxError } from './errors.js';
import { parseStrings } from './fstring.js';
import { ParseAbort, type ParseMode } from './parser_base.js';
import { emptyArguments, isBitwiseOrLevel, setContext } from './parser_expr.js';
import { PatternParser } from './parser_pattern.js';
import { decodeSource, findCookie, hasEscapedBytes } from './source.js';
import { exprName } from './targets.js';
import { T, Token } from './tokens.js';
import { Tokenizer, TokenizeError } from './tokenizer.js';

export type { ParseMode } from './parser_base.js';

const AUG_OPS: Partial<Record<T, AST>> = {
  [T.PLUSEQUAL]: A.Add, [T.MINEQUAL]: A.Sub, [T.STAREQUAL]: A.Mult, [T.ATEQUAL]: A.MatMult,
  [T.SLASHEQUAL]: A.Div, [T.PERCENTEQUAL]: A.Mod, [T.AMPEREQUAL]: A.BitAnd, [T.VBAREQUAL]: A.BitOr,
  [T.CIRCUMFLEXEQUAL]: A.BitXor, [T.LEFTSHIFTEQUAL]: A.LShift, [T.RIGHTSHIFTEQUAL]: A.RShift,
  [T.DOUBLESTAREQUAL]: A.Pow, [T.DOUBLESLASHEQUAL]: A.FloorDiv,
};

export class Parser extends PatternParser {
  strings(): AST {
    return parseStrings(this);
  }

  /** Parse one f-string replacement field's expression with a sub-parser (fstring_compile_expr). */
  fstringExpr(src: string, firstLineno: number, startingLineno: number, startingColOffset: number): AST {
    const tok = new Tokenizer(src, this.filename, false, firstLineno);
    const sub = new Parser(tok, this.filename, 'exec', false);
    sub.isFstring = true;
    sub.startingLineno = startingLineno;
    sub.startingColOffset = startingColOffset;
    try {
      return sub.starExpressions();
    } catch (e) {
      // For the enclosing parser this is an error raised by the `strings`
      // action (fstring_compile_expr), never a plain "no match" to backtrack
      // from: `e f"{in}"` reports the f-string's error.
      if (e instanceof ParseAbort && e.generic) throw new ParseAbort(e.error, e.fromTokenizer, e.skipFullTokenize, false);
      throw e;
    }
  }

  // ---- entry points -------------------------------------------------------

  file(): AST {
    const body: AST[] = [];
    while (this.kind() !== T.ENDMARKER) this.statement(body);
    const ignores = this.tok.typeIgnores.map((t) => A.TypeIgnore(t.lineno, t.tag));
    return A.Module(body, ignores);
  }

  evalInput(): AST {
    const e = this.expressions();
    while (this.accept(T.NEWLINE)) { /* NEWLINE* */ }
    this.expect(T.ENDMARKER);
    return A.Expression(e);
  }

  interactive(): AST {
    const body: AST[] = [];
    const k = this.kind();
    if (k === T.NEWLINE) {
      const t = this.next();
      body.push(A.Pass(t.lineno, t.col_offset, t.end_lineno, t.end_col_offset));
    } else if (k === T.ENDMARKER) {
      this.fail();
    } else if (this.isCompoundStart()) {
      this.statement(body);
    } else {
      this.simpleStmts(body);
    }
    return A.Interactive(body);
  }

  funcType(): AST {
    this.expect(T.LPAR);
    const argtypes: AST[] = [];
    while (this.kind() !== T.RPAR) {
      if (this.accept(T.STAR) || this.accept(T.DOUBLESTAR)) { /* type_expressions ignore * and ** */ }
      argtypes.push(this.expression());
      if (!this.accept(T.COMMA)) break;
    }
    this.expect(T.RPAR);
    this.expect(T.RARROW);
    const returns = this.expression();
    while (this.accept(T.NEWLINE)) { /* NEWLINE* */ }
    this.expect(T.ENDMARKER);
    return A.FunctionType(argtypes, returns);
  }

  // ---- statements -----------------------------------------------------------

  /** The end of a compound statement: the last token that isn't NEWLINE/INDENT/DEDENT. */
  lastNonWs(): Token {
    for (let m = this.p - 1; m >= 0; m--) {
      const t = this.tokens[m];
      if (t.kind !== T.ENDMARKER && (t.kind < T.NEWLINE || t.kind > T.DEDENT)) return t;
    }
    return this.tokens[0];
  }

  isCompoundStart(): boolean {
    switch (this.kind()) {
      case T.KW_DEF: case T.AT: case T.KW_ASYNC: case T.KW_IF: case T.KW_CLASS: case T.KW_WITH:
      case T.KW_FOR: case T.KW_TRY: case T.KW_WHILE:
        return true;
    }
    return false;
  }

  statement(out: AST[]): void {
    const t = this.peek();
    switch (t.kind) {
      case T.KW_DEF: out.push(this.funcDef([], null)); return;
      case T.AT: out.push(this.decorated()); return;
      case T.KW_ASYNC: {
        const k1 = this.kindAt(1);
        if (k1 === T.KW_DEF) { out.push(this.funcDef([], null)); return; }
        if (k1 === T.KW_WITH) { this.p++; out.push(this.withStmt(t)); return; }
        if (k1 === T.KW_FOR) { this.p++; out.push(this.forStmt(t)); return; }
        this.p++;
        this.fail();
      }
      // falls through (unreachable)
      case T.KW_IF: out.push(this.ifStmt()); return;
      case T.KW_CLASS: out.push(this.classDef([])); return;
      case T.KW_WITH: out.push(this.withStmt(null)); return;
      case T.KW_FOR: out.push(this.forStmt(null)); return;
      case T.KW_TRY: out.push(this.tryStmt()); return;
      case T.KW_WHILE: out.push(this.whileStmt()); return;
      case T.NAME:
        if (t.text === 'match') {
          const m = this.matchStmt();
          if (m) { out.push(m); return; }
        }
        break;
    }
    this.simpleStmts(out);
  }

  simpleStmts(out: AST[]): void {
    for (;;) {
      out.push(this.simpleStmt());
      const k = this.kind();
      if (k === T.NEWLINE) { this.p++; return; }
      if (k !== T.SEMI) this.fail();
      this.p++;
      if (this.kind() === T.NEWLINE) { this.p++; return; }
    }
  }

  simpleStmt(): AST {
    const t = this.peek();
    switch (t.kind) {
      case T.KW_PASS: this.p++; return A.Pass(t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
      case T.KW_BREAK: this.p++; return A.Break(t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
      case T.KW_CONTINUE: this.p++; return A.Continue(t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
      case T.KW_RETURN: {
        this.p++;
        const v = this.startsStarExpression() ? this.starExpressions() : null;
        const e = this.last();
        return A.Return(v, t.lineno, t.col_offset, e.end_lineno, e.end_col_offset);
      }
      case T.KW_IMPORT: return this.importName();
      case T.KW_FROM: return this.importFrom();
      case T.KW_RAISE: {
        this.p++;
        let exc: AST | null = null;
        let cause: AST | null = null;
        if (this.kind() !== T.NEWLINE && this.kind() !== T.SEMI) {
          exc = this.expression();
          if (this.accept(T.KW_FROM)) cause = this.expression();
        }
        const e = this.last();
        return A.Raise(exc, cause, t.lineno, t.col_offset, e.end_lineno, e.end_col_offset);
      }
      case T.KW_DEL: return this.delStmt();
      case T.KW_ASSERT: {
        this.p++;
        const test = this.expression();
        const msg = this.accept(T.COMMA) ? this.expression() : null;
        const e = this.last();
        return A.Assert(test, msg, t.lineno, t.col_offset, e.end_lineno, e.end_col_offset);
      }
      case T.KW_GLOBAL: case T.KW_NONLOCAL: {
        this.p++;
        const names: string[] = [];
        do names.push(this.name(this.expectName())); while (this.accept(T.COMMA));
        const e = this.last();
        return (t.kind === T.KW_GLOBAL ? A.Global : A.Nonlocal)(names, t.lineno, t.col_offset, e.end_lineno, e.end_col_offset);
      }
    }
    return this.assignmentOrExpr();
  }

  importName(): AST {
    const t = this.next();
    const names: AST[] = [];
    do names.push(this.dottedAsName()); while (this.accept(T.COMMA));
    const e = this.last();
    return A.Import(names, t.lineno, t.col_offset, e.end_lineno, e.end_col_offset);
  }

  dottedName(): string {
    let s = this.name(this.expectName());
    while (this.kind() === T.DOT) {
      this.p++;
      s += '.' + this.name(this.expectName());
    }
    return s;
  }

  dottedAsName(): AST {
    const t = this.peek();
    const name = this.dottedName();
    let asname: string | null = null;
    if (this.accept(T.KW_AS)) asname = this.name(this.expectName());
    const e = this.last();
    return A.alias(name, asname, t.lineno, t.col_offset, e.end_lineno, e.end_col_offset);
  }

  importFrom(): AST {
    const t = this.next();
    let level = 0;
    for (;;) {
      const k = this.kind();
      if (k === T.DOT) level += 1;
      else if (k === T.ELLIPSIS) level += 3;
      else break;
      this.p++;
    }
    let module: string | null = null;
    if (this.kind() !== T.KW_IMPORT || level === 0) module = this.dottedName();
    this.expect(T.KW_IMPORT);
    const names: AST[] = [];
    const st = this.peek();
    if (st.kind === T.STAR) {
      this.p++;
      names.push(A.alias('*', null, st.lineno, st.col_offset, st.end_lineno, st.end_col_offset));
    } else if (st.kind === T.LPAR) {
      this.p++;
      do {
        if (this.kind() === T.RPAR && names.length) break;
        names.push(this.importAsName());
      } while (this.accept(T.COMMA));
      this.expect(T.RPAR);
    } else {
      do names.push(this.importAsName()); while (this.accept(T.COMMA) && this.kind() !== T.NEWLINE);
      if (this.last().kind === T.COMMA) this.raise('trailing comma not allowed without surrounding parentheses');
    }
    const e = this.last();
    return A.ImportFrom(module, names, level, t.lineno, t.col_offset, e.end_lineno, e.end_col_offset);
  }

  importAsName(): AST {
    const t = this.expectName();
    let asname: string | null = null;
    if (this.accept(T.KW_AS)) asname = this.name(this.expectName());
    const e = this.last();
    return A.alias(this.name(t), asname, t.lineno, t.col_offset, e.end_lineno, e.end_col_offset);
  }

  delStmt(): AST {
    const t = this.next();
    const targets: AST[] = [];
    for (;;) {
      const e = this.starTargetExpr();
      targets.push(e);
      if (!this.accept(T.COMMA)) break;
      const k = this.kind();
      if (k === T.NEWLINE || k === T.SEMI) break;
    }
    const k = this.kind();
    if (k !== T.NEWLINE && k !== T.SEMI) {
      // invalid_del_stmt: 'del' star_expressions
      const at = this.tokens.lastIndexOf(t) + 1;
      const e = this.spec(() => { this.p = at; return this.starExpressions(); });
      if (e) {
        const bad = this.invalidTarget(e, 'del');
        if (bad) this.raiseAt(bad, `cannot delete ${exprName(bad)}`);
      }
      this.fail();
    }
    for (const x of targets) this.toTarget(x, A.Del, 'delete');
    const e = this.last();
    return A.Delete(targets, t.lineno, t.col_offset, e.end_lineno, e.end_col_offset);
  }

  /** assignment | star_expressions (statement level). */
  assignmentOrExpr(): AST {
    const start = this.p;
    const t = this.peek();
    // Annotated assignment to a plain name: NAME ':' expression ['=' annotated_rhs].
    if (t.kind === T.NAME && this.kindAt(1) === T.COLON) {
      this.p += 2;
      const target = this.nameNode(t, A.Store);
      return this.annAssign(t, target, 1);
    }
    const first = t.kind === T.KW_YIELD ? this.yieldExpr() : this.starExpressions();
    const k = this.kind();
    if (k === T.EQUAL) return this.assign(start, first);
    const aug = AUG_OPS[k];
    if (aug !== undefined) {
      if (!isSingleTarget(first)) {
        // invalid_assignment: `a=star_expressions augassign (yield_expr | star_expressions)`:
        // only with a right-hand side; else the first pass's error at the operator.
        const rhs = this.specRaising(() => {
          this.p++;
          return this.kind() === T.KW_YIELD ? this.yieldExpr() : this.starExpressions();
        });
        if (rhs || this.startsAtom(this.p + 1)) this.raiseAt(first, `'${exprName(first)}' is an illegal expression for augmented assignment`);
        this.fail();
      }
      this.p++;
      const v = this.kind() === T.KW_YIELD ? this.yieldExpr() : this.starExpressions();
      setContext(first, A.Store);
      return A.AugAssign(first, aug, v, t.lineno, t.col_offset, this.last().end_lineno, this.last().end_col_offset);
    }
    if (k === T.COLON && !isSingleTarget(first)) {
      // invalid_assignment's annotation alternatives all end in `':' expression`:
      // without an annotation the first pass's error at ':' stands.
      if (this.specRaising(() => { this.p++; return this.expression(); }) === null && !this.startsAtom(this.p + 1)) this.fail();
    }
    if (k === T.COLON) {
      if (first._type === 'Tuple' || first._type === 'List') {
        const what = first._type === 'Tuple' ? 'tuple' : 'list';
        if (first._type === 'Tuple' && t.kind !== T.LPAR) {
          this.raiseAt(first.elts[0], 'only single target (not tuple) can be annotated');
        }
        this.raiseAt(first, `only single target (not ${what}) can be annotated`);
      }
      if (!isSingleTarget(first)) this.raiseAt(first, 'illegal target for annotation');
      this.p++;
      setContext(first, A.Store);
      return this.annAssign(t, first, 0);
    }
    return A.Expr(first, t.lineno, t.col_offset, this.last().end_lineno, this.last().end_col_offset);
  }

  /**
   * A PEG sub-rule matches a *prefix*: where krait's committed parse of an
   * expression fails (`1 >` then nothing), CPython's still matches the
   * leading atom.  So a token that is an atom by itself counts as "an
   * expression follows" for the invalid_* rules that only need one.
   */
  startsAtom(i: number): boolean {
    while (i >= this.tokens.length) this.fill();
    switch (this.tokens[i].kind) {
      case T.NAME: case T.NUMBER: case T.STRING: case T.KW_NONE: case T.KW_TRUE: case T.KW_FALSE: case T.ELLIPSIS:
        return true;
    }
    return false;
  }

  annAssign(t: Token, target: AST, simple: number): AST {
    const ann = this.expression();
    let value: AST | null = null;
    if (this.accept(T.EQUAL)) value = this.kind() === T.KW_YIELD ? this.yieldExpr() : this.starExpressions();
    const e = this.last();
    return A.AnnAssign(target, ann, value, simple, t.lineno, t.col_offset, e.end_lineno, e.end_col_offset);
  }

  assign(start: number, first: AST): AST {
    const targets = [first];
    const starts = [start];
    const eq = this.p;
    let value: AST;
    for (;;) {
      this.expect(T.EQUAL);
      const vs = this.p;
      let v: AST;
      try {
        v = this.kind() === T.KW_YIELD ? this.yieldExpr() : this.starExpressions();
      } catch (e) {
        // invalid_assignment: `(star_targets '=')* a=star_expressions '='`
        // needs no right-hand side: `1 =` is "cannot assign to literal".
        if (e instanceof ParseAbort && e.generic) {
          for (let i = 0; i < targets.length; i++) {
            const bad = this.invalidTarget(targets[i], 'star');
            if (bad) this.invalidAssignTarget(start, eq, starts, i, bad);
          }
        }
        throw e;
      }
      if (this.kind() !== T.EQUAL) { value = v; break; }
      targets.push(v);
      starts.push(vs);
    }
    for (let i = 0; i < targets.length; i++) {
      const tg = targets[i];
      const bad = this.invalidTarget(tg, 'star');
      if (bad) this.invalidAssignTarget(start, eq, starts, i, bad);
      setContext(tg, A.Store);
    }
    let tc: string | null = null;
    const tct = this.accept(T.TYPE_COMMENT);
    if (tct) tc = tct.text;
    const e = this.last();
    const s = this.tokens[start];
    return A.Assign(targets, value, tc, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  }

  /**
   * The message for an invalid assignment target, in the order CPython's
   * invalid_assignment alternatives find it: first invalid_named_expression
   * on the element just before the first '=' ("... here. Maybe you meant
   * '==' ..."), then the first target that isn't one ("cannot assign to X";
   * an unparenthesized yield: "assignment to yield expression not possible").
   */
  invalidAssignTarget(start: number, eq: number, starts: number[], i: number, bad: AST): never {
    const first = this.tokens[start];
    const firstTarget = this.spec(() => { this.p = start; return this.starExpressions(); })!;
    const el = firstTarget._type === 'Tuple' && first.kind !== T.LPAR ? firstTarget.elts[firstTarget.elts.length - 1] : firstTarget;
    const rhs = this.spec(() => {
      this.p = eq + 1;
      const b = this.bitwiseOr();
      const k = this.kind();
      return k === T.EQUAL || k === T.COLONEQUAL ? null : b;
    });
    if (rhs && el._type !== 'Starred') {
      const before = this.tokens[eq - 1];
      if (el._type === 'Name' && before.kind === T.NAME && before.col_offset === el.col_offset && before.lineno === el.lineno) {
        this.raiseRange(el, rhs, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
      const excluded = el._type === 'List' || el._type === 'Tuple' || el._type === 'GeneratorExp' ||
        (el._type === 'Constant' && (el.value === null || el.value === true || el.value === false));
      // A parenthesized first target is an atom, so any expression inside qualifies.
      const grouped = el === firstTarget && first.kind === T.LPAR && this.tokens[eq - 1].kind === T.RPAR;
      if (!excluded && (grouped || isBitwiseOrLevel(el))) {
        this.raiseAt(el, `cannot assign to ${exprName(el)} here. Maybe you meant '==' instead of '='?`);
      }
    }
    if (this.tokens[starts[i]].kind === T.KW_YIELD) this.raiseAt(bad, 'assignment to yield expression not possible');
    this.raiseAt(bad, `cannot assign to ${exprName(bad)}`);
  }

  // ---- blocks -----------------------------------------------------------------

  /** block: NEWLINE INDENT statements DEDENT | simple_stmts, with invalid_*_stmt's indentation error. */
  block(kw: Token, what: string): AST[] {
    const body: AST[] = [];
    if (this.kind() === T.NEWLINE) {
      this.p++;
      if (this.kind() !== T.INDENT) {
        this.raise(`expected an indented block after ${what} on line ${kw.lineno}`, 'IndentationError');
      }
      this.p++;
      do this.statement(body); while (this.kind() !== T.DEDENT);
      this.p++;
      return body;
    }
    this.simpleStmts(body);
    return body;
  }

  /** ':' after a header, with invalid_*_stmt's "expected ':'" when the line ends instead. */
  headerColon(): Token {
    const t = this.peek();
    if (t.kind === T.COLON) { this.p++; return t; }
    if (t.kind === T.NEWLINE) this.raise("expected ':'");
    return this.fail();
  }

  ifStmt(): AST {
    const t = this.next(); // 'if' or 'elif'
    const test = this.namedExpression();
    this.headerColon();
    const body = this.block(t, t.kind === T.KW_IF ? "'if' statement" : "'elif' statement");
    let orelse: AST[] = [];
    const k = this.kind();
    if (k === T.KW_ELIF) orelse = [this.ifStmt()];
    else if (k === T.KW_ELSE) orelse = this.elseBlock();
    const e = this.lastNonWs();
    return A.If(test, body, orelse, t.lineno, t.col_offset, e.end_lineno, e.end_col_offset);
  }

  elseBlock(): AST[] {
    const t = this.next();
    this.expectForced(T.COLON, ':');
    return this.block(t, "'else' statement");
  }

  whileStmt(): AST {
    const t = this.next();
    const test = this.namedExpression();
    this.headerColon();
    const body = this.block(t, "'while' statement");
    const orelse = this.kind() === T.KW_ELSE ? this.elseBlock() : [];
    const e = this.lastNonWs();
    return A.While(test, body, orelse, t.lineno, t.col_offset, e.end_lineno, e.end_col_offset);
  }

  forStmt(asyncTok: Token | null): AST {
    const t = this.next(); // 'for'
    const target = this.forTargets(t);
    this.expect(T.KW_IN);
    const iter = this.starExpressions();
    this.headerColon();
    const tct = this.accept(T.TYPE_COMMENT);
    const body = this.block(t, "'for' statement");
    const orelse = this.kind() === T.KW_ELSE ? this.elseBlock() : [];
    const e = this.lastNonWs();
    const s = asyncTok ?? t;
    return (asyncTok ? A.AsyncFor : A.For)(target, iter, body, orelse, tct ? tct.text : null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  }

  withStmt(asyncTok: Token | null): AST {
    const t = this.next(); // 'with'
    let items: AST[] | null = null;
    let tc: string | null = null;
    if (this.kind() === T.LPAR) {
      // 'with' '(' ','.with_item+ ','? ')' ':' — else fall back to the unparenthesized form.
      const save = this.p;
      let firstErr: ParseAbort | null = null;
      try {
        this.p++;
        const its: AST[] = [];
        do {
          if (this.kind() === T.RPAR && its.length) break;
          its.push(this.withItem());
        } while (this.accept(T.COMMA));
        this.expect(T.RPAR);
        if (this.kind() !== T.COLON) this.fail();
        items = its;
      } catch (e) {
        if (!(e instanceof ParseAbort)) throw e;
        firstErr = e;
        this.p = save;
      }
      if (items === null) {
        try {
          items = this.withItems();
        } catch (e) {
          if (e instanceof ParseAbort && firstErr && firstErr.error.msg !== 'invalid syntax') throw firstErr;
          throw e;
        }
      }
    } else {
      items = this.withItems();
    }
    this.headerColon();
    const tct = this.accept(T.TYPE_COMMENT);
    if (tct) tc = tct.text;
    const body = this.block(t, "'with' statement");
    const e = this.lastNonWs();
    const s = asyncTok ?? t;
    return (asyncTok ? A.AsyncWith : A.With)(items, body, tc, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  }

  withItems(): AST[] {
    const items: AST[] = [];
    do items.push(this.withItem()); while (this.accept(T.COMMA));
    return items;
  }

  withItem(): AST {
    const e = this.expression();
    if (!this.accept(T.KW_AS)) return A.withitem(e, null);
    const save = this.p;
    const target = this.starTargetExpr();
    const k = this.kind();
    if (k !== T.COMMA && k !== T.RPAR && k !== T.COLON) {
      // invalid_with_item: expression 'as' expression &(',' | ')' | ':')
      const x = this.spec(() => {
        this.p = save;
        const x = this.expression();
        const k2 = this.kind();
        return k2 === T.COMMA || k2 === T.RPAR || k2 === T.COLON ? x : null;
      });
      if (x) {
        const bad = this.invalidTarget(x, 'star');
        if (bad) this.raiseAt(bad, `cannot assign to ${exprName(bad)}`);
      }
      this.fail();
    }
    this.toTarget(target, A.Store, 'assign');
    return A.withitem(e, target);
  }

  tryStmt(): AST {
    const t = this.next();
    this.expectForced(T.COLON, ':');
    const body = this.block(t, "'try' statement");
    const handlers: AST[] = [];
    let star: boolean | null = null;
    while (this.kind() === T.KW_EXCEPT) {
      const ex = this.peek();
      const isStar = this.kindAt(1) === T.STAR;
      if (star !== null && star !== isStar) {
        const msg = "cannot have both 'except' and 'except*' on the same 'try'";
        if (isStar) this.raiseRange(ex, this.tokens[this.p + 1], msg);
        this.raiseAt(ex, msg);
      }
      const h = this.exceptBlock();
      star = h.star;
      handlers.push(h.node);
    }
    let orelse: AST[] = [];
    let finalbody: AST[] = [];
    if (handlers.length && this.kind() === T.KW_ELSE) orelse = this.elseBlock();
    if (this.kind() === T.KW_FINALLY) {
      const f = this.next();
      this.expectForced(T.COLON, ':');
      finalbody = this.block(f, "'finally' statement");
    } else if (!handlers.length) {
      this.raise("expected 'except' or 'finally' block");
    }
    const e = this.lastNonWs();
    return (star ? A.TryStar : A.Try)(body, handlers, orelse, finalbody, t.lineno, t.col_offset, e.end_lineno, e.end_col_offset);
  }

  exceptBlock(): { node: AST; star: boolean } {
    const t = this.next(); // 'except'
    const star = this.accept(T.STAR) !== null;
    let type: AST | null = null;
    let name: string | null = null;
    const k = this.kind();
    if (k === T.COLON || k === T.NEWLINE) {
      if (star) this.raise('expected one or more exception types');
      if (k === T.NEWLINE) this.raise("expected ':'");
    } else {
      type = this.expression();
      if (this.kind() === T.COMMA) {
        // invalid_except_stmt: 'except' expression ',' expressions ['as' NAME] ':'
        const ok = this.spec(() => {
          this.p++;
          this.expressions();
          if (this.accept(T.KW_AS)) this.expectName();
          if (this.kind() !== T.COLON) return null;
          this.p++;
          return this.last();
        });
        if (ok) {
          // RAISE_SYNTAX_ERROR_STARTING_FROM: the end is where the tokenizer is, past the ':'.
          this.raiseFrom(type, 'multiple exception types must be parenthesized');
        }
        this.fail();
      }
      if (this.accept(T.KW_AS)) name = this.name(this.expectName());
      if (this.kind() === T.NEWLINE) this.raise("expected ':'");
    }
    this.expect(T.COLON);
    const body = this.block(t, star ? "'except*' statement" : "'except' statement");
    const e = this.lastNonWs();
    return { node: A.ExceptHandler(type, name, body, t.lineno, t.col_offset, e.end_lineno, e.end_col_offset), star };
  }

  decorated(): AST {
    const decorators: AST[] = [];
    while (this.accept(T.AT)) {
      decorators.push(this.namedExpression());
      this.expect(T.NEWLINE);
    }
    const k = this.kind();
    if (k === T.KW_DEF || (k === T.KW_ASYNC && this.kindAt(1) === T.KW_DEF)) return this.funcDef(decorators, null);
    if (k === T.KW_CLASS) return this.classDef(decorators);
    return this.fail();
  }

  funcDef(decorators: AST[], _unused: null): AST {
    const s = this.next(); // 'def' or 'async'
    const isAsync = s.kind === T.KW_ASYNC;
    const t = isAsync ? this.next() : s;
    const n = this.expectName();
    this.expectForced(T.LPAR, '(');
    const args = this.kind() === T.RPAR ? emptyArguments() : this.parameters(false);
    this.expect(T.RPAR);
    let returns: AST | null = null;
    if (this.kind() === T.RARROW) {
      // ['->' expression] is optional: when no expression follows, the
      // forced ':' fails at the arrow.
      const arrow = this.p;
      this.p++;
      try {
        returns = this.expression();
      } catch (e) {
        if (!(e instanceof ParseAbort) || e.fromTokenizer) throw e;
        this.p = arrow;
      }
    }
    this.expectForced(T.COLON, ':');
    let tc: string | null = null;
    // func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | TYPE_COMMENT
    if (this.kind() === T.TYPE_COMMENT) tc = this.next().text;
    else if (this.kind() === T.NEWLINE && this.kindAt(1) === T.TYPE_COMMENT) {
      if (this.kindAt(2) === T.NEWLINE && this.kindAt(3) === T.INDENT) {
        this.p++;
        tc = this.next().text;
      } else if (this.kindAt(2) === T.NEWLINE && this.kindAt(3) === T.TYPE_COMMENT) {
        this.p += 1;
        this.raise('Cannot have two type comments on def');
      }
    }
    const body = this.block(t, 'function definition');
    const e = this.lastNonWs();
    return (isAsync ? A.AsyncFunctionDef : A.FunctionDef)(this.name(n), args, body, decorators, returns, tc,
      s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  }

  classDef(decorators: AST[]): AST {
    const t = this.next();
    const n = this.expectName();
    let bases: AST[] = [];
    let keywords: AST[] = [];
    if (this.kind() === T.LPAR) {
      const c = this.call(A.Name('', A.Load, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset), n);
      bases = c.args;
      keywords = c.keywords;
    }
    this.headerColon();
    const body = this.block(t, 'class definition');
    const e = this.lastNonWs();
    return A.ClassDef(this.name(n), bases, keywords, body, decorators, t.lineno, t.col_offset, e.end_lineno, e.end_col_offset);
  }

  // ---- match ------------------------------------------------------------------

  /** A match statement, or null when `match` is just a name here. */
  matchStmt(): AST | null {
    const t = this.peek();
    const save = this.p;
    let subject: AST | null = null;
    let colonMissing = false;
    try {
      this.p++;
      subject = this.subjectExpr();
      const k = this.kind();
      if (k === T.NEWLINE) colonMissing = true;
      if (k !== T.COLON) subject = null;
    } catch (e) {
      if (!(e instanceof ParseAbort)) throw e;
      subject = null;
    }
    if (subject === null) {
      this.p = save;
      if (colonMissing) {
        try {
          const out: AST[] = [];
          this.simpleStmts(out);
          this.p = save;
          return null;
        } catch (e) {
          if (!(e instanceof ParseAbort)) throw e;
          this.p = save;
          this.p++;
          this.subjectExpr();
          this.raise("expected ':'");
        }
      }
      return null;
    }
    this.p++; // ':'
    this.expect(T.NEWLINE);
    if (this.kind() !== T.INDENT) {
      this.raise(`expected an indented block after 'match' statement on line ${t.lineno}`, 'IndentationError');
    }
    this.p++;
    const cases: AST[] = [];
    do cases.push(this.caseBlock()); while (this.kind() !== T.DEDENT);
    this.p++;
    const e = this.lastNonWs();
    return A.Match(subject, cases, t.lineno, t.col_offset, e.end_lineno, e.end_col_offset);
  }

  subjectExpr(): AST {
    const s0 = this.peek();
    const first = this.starNamedExpression();
    if (this.kind() !== T.COMMA) {
      if (first._type === 'Starred') this.fail();
      return first;
    }
    const elts = [first];
    while (this.accept(T.COMMA)) {
      if (!this.startsStarExpression()) break;
      elts.push(this.starNamedExpression());
    }
    const e = this.last();
    return A.Tuple(elts, A.Load, s0.lineno, s0.col_offset, e.end_lineno, e.end_col_offset);
  }

  caseBlock(): AST {
    const t = this.peek();
    if (!this.isCase(t)) this.fail();
    this.p++;
    const pattern = this.patterns();
    let guard: AST | null = null;
    if (this.accept(T.KW_IF)) guard = this.namedExpression();
    this.headerColon();
    const body = this.block(t, "'case' statement");
    return A.match_case(pattern, guard, body);
  }
}

/** single_target: Name, Attribute or Subscript (parentheses already dropped). */
function isSingleTarget(e: AST): boolean {
  const k = e._type;
  return k === 'Name' || k === 'Attribute' || k === 'Subscript';
}

// ---- the public entry point ----------------------------------------------------

/**
 * Parse Python source into CPython 3.11's AST.  Bytes are decoded first as
 * CPython decodes source files (PEP 263 cookie, BOM, UTF-8 default).
 * Throws PySyntaxError.
 */
export function parse(source: string | Uint8Array, filename = '<unknown>', mode: ParseMode = 'exec', typeComments = false, fileInput = false): AST {
  // Only file input is "exec input" (CPython's exec_input = start_rule == Py_file_input).
  const text = typeof source === 'string' ? source : decodeSource(source, filename, mode === 'exec');
  const tok = new Tokenizer(text, filename, typeComments, 1, mode === 'exec');
  tok.fileInput = fileInput;
  tok.singleInput = mode === 'single';
  const p = new Parser(tok, filename, mode, typeComments);
  if (typeof source !== 'string') {
    p.convertOffsets = declaresEncoding(source);
    p.sourceHasEscapedBytes = hasEscapedBytes(text);
  }
  try {
    switch (mode) {
      case 'exec': return p.file();
      case 'eval': return p.evalInput();
      case 'single': return p.interactive();
      case 'func_type': return p.funcType();
    }
  } catch (e) {
    if (e instanceof ParseAbort) throw e.fromTokenizer || e.skipFullTokenize ? e.error : finalError(p, e.error);
    // CPython's parser gives up with MemoryError past its stack limit (MAXSTACK).
    if (e instanceof RangeError) throw new PyMemoryError();
    throw e;
  }
}

/** A BOM or a coding cookie: CPython then reports error columns in characters. */
function declaresEncoding(data: Uint8Array): boolean {
  if (data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return true;
  return findCookie(data, 0, true) !== null;
}

/**
 * After a parser error, CPython tokenizes the rest of the input: a
 * tokenizer error found there wins, and an unclosed bracket opened before
 * the error line is reported instead (_PyPegen_tokenize_full_source_to_check_for_errors).
 */
function finalError(p: Parser, err: PySyntaxError): PySyntaxError {
  if (p.tok.done) return err;
  // The line compared is that of the last token fetched (or the known error
  // token), not the error's own line: `r(s()\nme =` reports the unclosed '('.
  const errLine = (p.knownErrToken ?? p.tokens[p.tokens.length - 1] ?? { lineno: err.lineno }).lineno;
  try {
    for (;;) {
      const t = p.tok.next();
      if (t.kind === T.ENDMARKER) break;
    }
  } catch (e) {
    if (e instanceof TokenizeError) {
      if (e.setsError && e.error) return e.error;
      if (e.eofInBrackets) {
        const i = p.tok.parenLineno.length - 1;
        if (errLine > p.tok.parenLineno[i]) return p.unclosedBracketError();
      }
      return err;
    }
    if (e instanceof RangeError) return err;
    throw e;
  }
  return err;
}
