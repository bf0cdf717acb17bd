// String literals: implicit concatenation, bytes/str checks, and f-strings
// (CPython 3.11's Parser/string_parser.c and action_helpers.c
// _PyPegen_concatenate_strings).
//
// In 3.11 an f-string is one STRING token; its replacement fields are found
// by scanning the token text, and each expression is parsed by a fresh
// sub-parser over "(" + expression + ")", whose token positions are shifted
// to where the expression sits in the file (fstring_compile_expr and
// fstring_find_expr_location).

import * as A from './ast_nodes.js';
import type { AST } from './ast_nodes.js';
import { Bytes, CodePointStr } from './constants.js';
import { decodeBytes, decodeString, LiteralError } from './literals.js';
import type { ParserBase } from './parser_base.js';
import { encodeEscaped, hasEscapedBytes, utf8DecodeErrorMessage } from './source.js';
import { T, Token } from './tokens.js';

/** What the string layer needs from the parser. */
export interface StringHost extends ParserBase {
  /** Parse `src` ("(" expr ")") as an f-string expression positioned at (lineno, colOffset). */
  fstringExpr(src: string, firstLineno: number, startingLineno: number, startingColOffset: number): AST;
}

const MAXLEVEL = 200;

/** Accumulates the parts of a (possibly f-)string, like CPython's FstringParser. */
class FstringState {
  lastStr: string | CodePointStr | null = null;
  fmode = false;
  values: AST[] = [];

  concat(s: string | CodePointStr): void {
    if (typeof s === 'string') {
      if (s.length === 0) return;
      if (this.lastStr === null) this.lastStr = s;
      else if (typeof this.lastStr === 'string') this.lastStr = this.lastStr + s;
      else this.lastStr = new CodePointStr([...this.lastStr.cps, ...CodePointStr.fromString(s)]);
      return;
    }
    if (s.cps.length === 0) return;
    const prev = this.lastStr === null ? [] : typeof this.lastStr === 'string' ? CodePointStr.fromString(this.lastStr) : this.lastStr.cps;
    this.lastStr = new CodePointStr([...prev, ...s.cps]);
  }
}

interface Cursor { i: number }

/** strings: STRING+ */
export function parseStrings(p: StringHost): AST {
  const toks: Token[] = [];
  while (p.kind() === T.STRING) toks.push(p.next());
  const first = toks[0];
  const last = toks[toks.length - 1];
  let bytesmode = false;
  let bytesParts: Uint8Array[] | null = null;
  const state = new FstringState();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const s = t.text;
    // Prefix letters, then the quotes.
    let q = 0;
    let isBytes = false, isRaw = false, isF = false;
    for (;;) {
      const c = s.charCodeAt(q) | 0x20;
      if (c === 98) isBytes = true;
      else if (c === 114) isRaw = true;
      else if (c === 102) isF = true;
      else if (c !== 117) break;
      q++;
    }
    const quote = s.charCodeAt(q);
    const qs = s.length - q >= 6 && s.charCodeAt(q + 1) === quote && s.charCodeAt(q + 2) === quote ? 3 : 1;
    const bodyStart = q + qs;
    const bodyEnd = s.length - qs;
    if (i !== 0 && bytesmode !== isBytes) p.raise('cannot mix bytes and nonbytes literals');
    bytesmode = isBytes;
    if (isF) {
      fstringConcat(p, state, t, bodyStart, bodyEnd, isRaw, 0, first, last);
    } else if (isBytes) {
      for (let k = bodyStart; k < bodyEnd; k++) {
        if (s.charCodeAt(k) >= 0x80) p.raiseAt(t, 'bytes can only contain ASCII literal characters');
      }
      const b = decode(p, () => decodeBytes(s.slice(bodyStart, bodyEnd), isRaw));
      (bytesParts ??= []).push(b);
    } else {
      const body = s.slice(bodyStart, bodyEnd);
      if (p.sourceHasEscapedBytes && hasEscapedBytes(body)) {
        // Undecodable source bytes inside a str literal (a declared utf-8
        // file): CPython's literal decoder reports them.
        p.raise('(unicode error) ' + utf8DecodeErrorMessage(encodeEscaped(body)));
      }
      state.concat(isRaw || body.indexOf('\\') < 0 ? body : decode(p, () => decodeString(body, false)));
    }
  }
  if (bytesmode) {
    let data: Uint8Array;
    if (bytesParts!.length === 1) data = bytesParts![0];
    else {
      let n = 0;
      for (const b of bytesParts!) n += b.length;
      data = new Uint8Array(n);
      let o = 0;
      for (const b of bytesParts!) { data.set(b, o); o += b.length; }
    }
    return A.Constant(new Bytes(data), null, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
  }
  return finish(state, first, last);
}

function decode<R>(p: ParserBase, f: () => R): R {
  try {
    return f();
  } catch (e) {
    if (e instanceof LiteralError) p.raise(e.msg);
    throw e;
  }
}

/** make_str_node_and_del: kind 'u' comes from the *first* token's prefix. */
function strNode(s: string | CodePointStr, first: Token, last: Token): AST {
  const kind = first.text.charCodeAt(0) === 117 /* u */ ? 'u' : null;
  return A.Constant(s, kind, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
}

function finish(state: FstringState, first: Token, last: Token): AST {
  if (!state.fmode) return strNode(state.lastStr ?? '', first, last);
  if (state.lastStr !== null) {
    state.values.push(strNode(state.lastStr, first, last));
    state.lastStr = null;
  }
  return A.JoinedStr(state.values, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
}

/** _PyPegen_FstringParser_ConcatFstring over t.text[start, end). Returns the stop index. */
function fstringConcat(p: StringHost, state: FstringState, t: Token, start: number, end: number,
                       raw: boolean, level: number, first: Token, last: Token): number {
  state.fmode = true;
  const cur: Cursor = { i: start };
  const s = t.text;
  for (;;) {
    // The literal part, up to an undoubled brace.
    const lit = findLiteral(p, t, cur, end, raw, level);
    if (lit.text !== null) state.concat(lit.text);
    if (lit.again) continue;
    if (cur.i >= end || s.charCodeAt(cur.i) === 125 /* } */) break;
    const fv = findExpr(p, t, cur, end, raw, level, first, last, state);
    if (state.lastStr !== null) {
      state.values.push(strNode(state.lastStr, first, last));
      state.lastStr = null;
    }
    state.values.push(fv);
  }
  if (level === 0 && cur.i < end) p.raise("f-string: unexpected end of string");
  if (level !== 0 && s.charCodeAt(cur.i) !== 125) p.raise("f-string: expecting '}'");
  return cur.i;
}

function findLiteral(p: StringHost, t: Token, cur: Cursor, end: number, raw: boolean, level: number):
    { text: string | CodePointStr | null; again: boolean } {
  const s = t.text;
  let i = cur.i;
  const litStart = i;
  let again = false;
  let stop = -1;
  while (i < end) {
    let ch = s.charCodeAt(i++);
    if (!raw && ch === 92 /* \ */ && i < end) {
      ch = s.charCodeAt(i++);
      if (ch === 78 /* N */) {
        if (i < end && s.charCodeAt(i++) === 123) {
          while (i < end && s.charCodeAt(i++) !== 125) { /* skip the name */ }
        }
        continue;
      }
    }
    if (ch === 123 || ch === 125) {
      if (level === 0) {
        if (i < end && s.charCodeAt(i) === ch) {
          // A doubled brace: the literal keeps one, scanning resumes after both.
          stop = i;
          cur.i = i + 1;
          again = true;
          break;
        }
        if (ch === 125) {
          cur.i = i - 1;
          p.raise("f-string: single '}' is not allowed");
        }
      }
      i--;
      break;
    }
  }
  if (!again) { stop = i; cur.i = i; }
  let text: string | CodePointStr | null = null;
  if (stop > litStart) {
    const body = s.slice(litStart, stop);
    text = raw || body.indexOf('\\') < 0 ? body : decode(p, () => decodeString(body, false));
  }
  return { text, again };
}

function findExpr(p: StringHost, t: Token, cur: Cursor, end: number, raw: boolean, level: number,
                  first: Token, last: Token, state: FstringState): AST {
  const s = t.text;
  if (level >= 2) p.raise('f-string: expressions nested too deeply');
  cur.i++; // '{'
  const exprStart = cur.i;
  let quote = 0;
  let stringType = 0;
  const parens: number[] = [];
  for (; cur.i < end; cur.i++) {
    const ch = s.charCodeAt(cur.i);
    if (ch === 92) p.raise('f-string expression part cannot include a backslash');
    if (quote) {
      if (ch === quote) {
        if (stringType === 3) {
          if (cur.i + 2 < end && s.charCodeAt(cur.i + 1) === ch && s.charCodeAt(cur.i + 2) === ch) {
            cur.i += 2;
            quote = 0;
            stringType = 0;
          }
        } else {
          quote = 0;
          stringType = 0;
        }
      }
      continue;
    }
    if (ch === 39 || ch === 34) {
      if (cur.i + 2 < end && s.charCodeAt(cur.i + 1) === ch && s.charCodeAt(cur.i + 2) === ch) {
        stringType = 3;
        cur.i += 2;
      } else stringType = 1;
      quote = ch;
    } else if (ch === 91 || ch === 123 || ch === 40) {
      if (parens.length >= MAXLEVEL) p.raise('f-string: too many nested parenthesis');
      parens.push(ch);
    } else if (ch === 35) {
      p.raise("f-string expression part cannot include '#'");
    } else if (parens.length === 0 && (ch === 33 || ch === 58 || ch === 125 || ch === 61 || ch === 62 || ch === 60)) {
      if (cur.i + 1 < end) {
        const next = s.charCodeAt(cur.i + 1);
        if ((ch === 33 || ch === 61 || ch === 60 || ch === 62) && next === 61) { cur.i++; continue; }
      }
      if (ch === 62 || ch === 60) continue;
      break;
    } else if (ch === 93 || ch === 125 || ch === 41) {
      if (parens.length === 0) p.raise(`f-string: unmatched '${String.fromCharCode(ch)}'`);
      const opening = parens.pop()!;
      if (!((opening === 40 && ch === 41) || (opening === 91 && ch === 93) || (opening === 123 && ch === 125))) {
        p.raise(`f-string: closing parenthesis '${String.fromCharCode(ch)}' does not match opening parenthesis '${String.fromCharCode(opening)}'`);
      }
    }
  }
  const exprEnd = cur.i;
  if (quote) p.raise('f-string: unterminated string');
  if (parens.length) p.raise(`f-string: unmatched '${String.fromCharCode(parens[parens.length - 1])}'`);
  if (cur.i >= end) p.raise("f-string: expecting '}'");

  const value = compileExpr(p, t, exprStart, exprEnd);

  let exprText: string | null = null;
  if (s.charCodeAt(cur.i) === 61 /* = */) {
    cur.i++;
    while (isSpace(s.charCodeAt(cur.i))) cur.i++;
    if (cur.i >= end) p.raise("f-string: expecting '}'");
    exprText = s.slice(exprStart, cur.i);
    state.concat(exprText);
  }
  let conversion = -1;
  if (s.charCodeAt(cur.i) === 33 /* ! */) {
    cur.i++;
    if (cur.i >= end) p.raise("f-string: expecting '}'");
    conversion = s.charCodeAt(cur.i);
    cur.i++;
    if (!(conversion === 115 || conversion === 114 || conversion === 97)) {
      p.raise("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  }
  let formatSpec: AST | null = null;
  if (cur.i < end && s.charCodeAt(cur.i) === 58 /* : */) {
    cur.i++;
    if (cur.i >= end) p.raise("f-string: expecting '}'");
    const inner = new FstringState();
    cur.i = fstringConcat(p, inner, t, cur.i, end, raw, level + 1, first, last);
    formatSpec = finish(inner, t, t);
  }
  if (cur.i >= end || s.charCodeAt(cur.i) !== 125) p.raise("f-string: expecting '}'");
  cur.i++;
  if (exprText !== null && formatSpec === null && conversion === -1) conversion = 114;
  return A.FormattedValue(value, conversion, formatSpec, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12;
}

/** fstring_compile_expr + fstring_find_expr_location. */
function compileExpr(p: StringHost, t: Token, exprStart: number, exprEnd: number): AST {
  const s = t.text;
  let k = exprStart;
  for (; k < exprEnd; k++) {
    const c = s.charCodeAt(k);
    if (!(c === 32 || c === 9 || c === 10 || c === 12)) break;
  }
  if (k === exprEnd) {
    const c = s.charCodeAt(exprEnd);
    if (c === 33 || c === 58 || c === 61) p.raise(`f-string: expression required before '${String.fromCharCode(c)}'`);
    p.raise('f-string: empty expression not allowed');
  }
  // Where the expression sits: lines before it in the token, and the column shift.
  const brace = exprStart - 1;
  let newlineAfterBrace = true;
  for (let j = exprStart; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 125 || c === 10) break;
    if (c !== 32 && c !== 9 && c !== 12) { newlineAfterBrace = false; break; }
  }
  let cols = 0;
  if (!newlineAfterBrace) {
    let j = brace;
    while (j > 0 && s.charCodeAt(j) !== 10) j--;
    cols = utf8Bytes(s, j, brace);
    if (s.charCodeAt(j) === 10) cols -= 1;
  }
  let lines = 0;
  for (let j = 0; j < brace; j++) if (s.charCodeAt(j) === 10) lines++;
  const src = '(' + s.slice(exprStart, exprEnd) + ')';
  // CPython 3.11.7 (after gh-94869) adds the token's column only when the
  // expression is on the token's first line.
  return p.fstringExpr(src, t.lineno + lines, t.lineno + lines, lines === 0 ? t.col_offset + cols : cols);
}

function utf8Bytes(s: string, from: number, to: number): number {
  let b = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { b += 4; i++; }
    else b += 3;
  }
  return b;
}
