// Patterns of the `match` statement (Grammar/python.gram: "Match statement").

import * as A from './ast_nodes.js';
import type { AST } from './ast_nodes.js';
import { Complex } from './constants.js';
import { ExprParser, parseNumber } from './parser_expr.js';
import { T, Token } from './tokens.js';

export abstract class PatternParser extends ExprParser {
  /** patterns: an open sequence (bare commas) or a single pattern. */
  patterns(): AST {
    const start = this.peek();
    const first = this.maybeStarPattern();
    if (this.kind() !== T.COMMA) {
      if (first._type === 'MatchStar') this.fail();
      return first;
    }
    const pats = [first];
    while (this.accept(T.COMMA)) {
      const k = this.kind();
      if (k === T.COLON || k === T.KW_IF) break;
      pats.push(this.maybeStarPattern());
    }
    const e = this.last();
    return A.MatchSequence(pats, start.lineno, start.col_offset, e.end_lineno, e.end_col_offset);
  }

  maybeStarPattern(): AST {
    const t = this.peek();
    if (t.kind === T.STAR) {
      this.p++;
      const n = this.expectName();
      const e = n;
      return A.MatchStar(n.text === '_' ? null : this.name(n), t.lineno, t.col_offset, e.end_lineno, e.end_col_offset);
    }
    return this.pattern();
  }

  /** pattern: or_pattern ['as' NAME]. */
  pattern(): AST {
    const s0 = this.peek();
    const p = this.orPattern();
    if (this.kind() !== T.KW_AS) return p;
    this.p++;
    const t = this.peek();
    if (t.kind === T.NAME && t.text === '_') this.raiseAt(t, "cannot use '_' as a target");
    if (t.kind === T.NAME) {
      const k1 = this.kindAt(1);
      if (k1 !== T.DOT && k1 !== T.LPAR && k1 !== T.EQUAL) {
        this.p++;
        return A.MatchAs(p, this.name(t), s0.lineno, s0.col_offset, t.end_lineno, t.end_col_offset);
      }
    }
    if (t.kind !== T.NAME) {
      const e = this.spec(() => this.expression());
      if (e) this.raiseAt(e, 'invalid pattern target');
    }
    return this.fail();
  }

  orPattern(): AST {
    const s0 = this.peek();
    const first = this.closedPattern();
    if (this.kind() !== T.VBAR) return first;
    const pats = [first];
    while (this.accept(T.VBAR)) pats.push(this.closedPattern());
    return A.MatchOr(pats, s0.lineno, s0.col_offset, this.last().end_lineno, this.last().end_col_offset);
  }

  closedPattern(): AST {
    const t = this.peek();
    switch (t.kind) {
      case T.NUMBER: case T.MINUS: {
        const v = this.signedNumberOrComplex();
        return A.MatchValue(v, v.lineno, v.col_offset, v.end_lineno, v.end_col_offset);
      }
      case T.STRING: {
        const v = this.strings();
        return A.MatchValue(v, v.lineno, v.col_offset, v.end_lineno, v.end_col_offset);
      }
      case T.KW_NONE: case T.KW_TRUE: case T.KW_FALSE:
        this.p++;
        return A.MatchSingleton(t.kind === T.KW_NONE ? null : t.kind === T.KW_TRUE, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
      case T.NAME: {
        const k1 = this.kindAt(1);
        if (k1 === T.DOT || k1 === T.LPAR) {
          const v = this.nameOrAttr();
          if (this.kind() === T.LPAR) return this.classPattern(v);
          if (v._type === 'Name') this.fail();
          return A.MatchValue(v, v.lineno, v.col_offset, v.end_lineno, v.end_col_offset);
        }
        if (k1 === T.EQUAL) this.fail();
        this.p++;
        if (t.text === '_') return A.MatchAs(null, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
        return A.MatchAs(null, this.name(t), t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
      }
      case T.LPAR: {
        this.p++;
        if (this.kind() === T.RPAR) {
          const e = this.next();
          return A.MatchSequence([], t.lineno, t.col_offset, e.end_lineno, e.end_col_offset);
        }
        const first = this.maybeStarPattern();
        if (this.kind() === T.RPAR && first._type !== 'MatchStar') {
          this.p++;
          return first; // group_pattern
        }
        const pats = [first];
        this.expect(T.COMMA);
        while (this.kind() !== T.RPAR) {
          pats.push(this.maybeStarPattern());
          if (!this.accept(T.COMMA)) break;
        }
        const e = this.expect(T.RPAR);
        return A.MatchSequence(pats, t.lineno, t.col_offset, e.end_lineno, e.end_col_offset);
      }
      case T.LSQB: {
        this.p++;
        const pats: AST[] = [];
        while (this.kind() !== T.RSQB) {
          pats.push(this.maybeStarPattern());
          if (!this.accept(T.COMMA)) break;
        }
        const e = this.expect(T.RSQB);
        return A.MatchSequence(pats, t.lineno, t.col_offset, e.end_lineno, e.end_col_offset);
      }
      case T.LBRACE:
        return this.mappingPattern();
    }
    return this.fail();
  }

  /** signed_number !('+' | '-') | complex_number. */
  signedNumberOrComplex(): AST {
    const t = this.peek();
    let real: AST;
    if (t.kind === T.MINUS) {
      this.p++;
      const n = this.expect(T.NUMBER);
      const c = A.Constant(parseNumber(n.text), null, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
      real = A.UnaryOp(A.USub, c, t.lineno, t.col_offset, n.end_lineno, n.end_col_offset);
    } else {
      const n = this.expect(T.NUMBER);
      real = A.Constant(parseNumber(n.text), null, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
    }
    const k = this.kind();
    if (k !== T.PLUS && k !== T.MINUS) return real;
    // complex_number: signed_real_number ('+' | '-') imaginary_number
    const realConst = real._type === 'UnaryOp' ? real.operand : real;
    if (realConst.value instanceof Complex) this.raiseAt(realConst, 'real number required in complex literal');
    this.p++;
    const n = this.expect(T.NUMBER);
    const imag = A.Constant(parseNumber(n.text), null, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
    if (!(imag.value instanceof Complex)) this.raiseAt(imag, 'imaginary number required in complex literal');
    return A.BinOp(real, k === T.PLUS ? A.Add : A.Sub, imag, real.lineno, real.col_offset, n.end_lineno, n.end_col_offset);
  }

  nameOrAttr(): AST {
    const n = this.expectName();
    let v = this.nameNode(n, A.Load);
    while (this.kind() === T.DOT) {
      this.p++;
      const a = this.expectName();
      v = A.Attribute(v, this.name(a), A.Load, v.lineno, v.col_offset, a.end_lineno, a.end_col_offset);
    }
    return v;
  }

  classPattern(cls: AST): AST {
    this.expect(T.LPAR);
    const patterns: AST[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: AST[] = [];
    let badPositional: AST[] | null = null;
    while (this.kind() !== T.RPAR) {
      const t = this.peek();
      if (t.kind === T.NAME && this.kindAt(1) === T.EQUAL) {
        this.p += 2;
        kwdAttrs.push(this.name(t));
        kwdPatterns.push(this.pattern());
      } else {
        const pat = this.pattern();
        if (kwdAttrs.length) (badPositional ??= []).push(pat);
        else patterns.push(pat);
      }
      if (!this.accept(T.COMMA)) break;
    }
    if (badPositional) {
      this.raiseRange(badPositional[0], badPositional[badPositional.length - 1], 'positional patterns follow keyword patterns');
    }
    const e = this.expect(T.RPAR);
    return A.MatchClass(cls, patterns, kwdAttrs, kwdPatterns, cls.lineno, cls.col_offset, e.end_lineno, e.end_col_offset);
  }

  mappingPattern(): AST {
    const open = this.next();
    const keys: AST[] = [];
    const patterns: AST[] = [];
    let rest: string | null = null;
    while (this.kind() !== T.RBRACE) {
      if (this.kind() === T.DOUBLESTAR) {
        this.p++;
        const n = this.expectName();
        if (n.text === '_') this.fail();
        rest = this.name(n);
        this.accept(T.COMMA);
        break;
      }
      keys.push(this.mappingKey());
      this.expect(T.COLON);
      patterns.push(this.pattern());
      if (!this.accept(T.COMMA)) break;
    }
    const e = this.expect(T.RBRACE);
    return A.MatchMapping(keys, patterns, rest, open.lineno, open.col_offset, e.end_lineno, e.end_col_offset);
  }

  /** (literal_expr | attr) */
  mappingKey(): AST {
    const t = this.peek();
    switch (t.kind) {
      case T.NUMBER: case T.MINUS: return this.signedNumberOrComplex();
      case T.STRING: return this.strings();
      case T.KW_NONE: case T.KW_TRUE: case T.KW_FALSE:
        this.p++;
        return A.Constant(t.kind === T.KW_NONE ? null : t.kind === T.KW_TRUE, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
      case T.NAME: {
        const v = this.nameOrAttr();
        if (v._type === 'Name') this.fail();
        return v;
      }
    }
    return this.fail();
  }

  /** A `case` token is the soft keyword when a pattern follows. */
  isCase(t: Token): boolean {
    return t.kind === T.NAME && t.text === 'case';
  }
}
