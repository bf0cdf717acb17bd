// The parser's foundation: the lazily filled token buffer, position helpers
// and the error machinery that reproduces where and how CPython 3.11 reports
// syntax errors (Parser/pegen_errors.c).
//
// krait's parser is hand-written recursive descent that follows the rules of
// Grammar/python.gram.  CPython's PEG parser makes a second pass with its
// `invalid_*` rules only after a first pass fails; here the checks those rules
// make are done inline, at the point where the first pass would fail, which
// gives the same message in the cases the test corpus covers and keeps the
// success path free of backtracking.

import { PySyntaxError, type SyntaxErrorKind } from './errors.js';
import { T, Token } from './tokens.js';
import type { AST } from './ast_nodes.js';
import { Tokenizer, TokenizeError } from './tokenizer.js';

/** Thrown internally to abandon a parse; carries the error to report. */
export class ParseAbort {
  constructor(
    readonly error: PySyntaxError,
    readonly fromTokenizer = false,
    /**
     * A generic "unexpected indent/unindent": _PyPegen_set_syntax_error
     * returns it as is, without tokenizing the rest of the source for a
     * tokenizer error that would win (it does so for every other error).
     */
    readonly skipFullTokenize = false,
    /** A plain "no match" (fail()), not an error an invalid_* rule raised. */
    readonly generic = false,
  ) {}
}

export interface Pos { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }
/** Anything with a position: a token or a located AST node. */
export type PosLike = Pos | AST;

/** `RAISE_..._KNOWN_LOCATION` end offsets: CPython's CURRENT_POS marker. */
const CURRENT_POS = -5;

export type ParseMode = 'exec' | 'eval' | 'single' | 'func_type';

export class ParserBase {
  readonly tok: Tokenizer;
  readonly tokens: Token[] = [];
  /** Index of the next token to consume (CPython's p->mark). */
  p = 0;
  readonly filename: string;
  readonly mode: ParseMode;
  readonly typeComments: boolean;
  /** When parsing an f-string expression: offsets CPython applies (fstring_compile_expr). */
  startingLineno = 0;
  startingColOffset = 0;
  isFstring = false;
  /** The error token CPython would report a generic failure at, if set. */
  knownErrToken: Token | null = null;
  /**
   * Columns in errors become characters only when the source's encoding was
   * declared (cookie or BOM) or it was given as str: CPython converts byte
   * offsets only when tok->encoding is set.
   */
  convertOffsets = true;
  /**
   * One past the furthest token the parser proper has looked at: CPython's
   * first pass reports a generic error at the furthest token it fetched.
   * Look-ahead done only to choose an error message (inside spec()) doesn't count.
   */
  hw = 0;
  /** Depth of speculative parsing for error messages. */
  specDepth = 0;
  /** > 0 inside a `*_without_invalid` rule: the inline invalid_* checks are off. */
  noInvalid = 0;
  /** The decoded source holds undecodable-byte escapes (U+DC80..U+DCFF; see source.ts). */
  sourceHasEscapedBytes = false;

  constructor(tok: Tokenizer, filename: string, mode: ParseMode, typeComments: boolean) {
    this.tok = tok;
    this.filename = filename;
    this.mode = mode;
    this.typeComments = typeComments;
    this.parsingStarted = false;
    this.impliedNewline = null;
  }

  /** _PyPegen_fill_token's parsing_started: single input turns its first end marker into a NEWLINE. */
  private parsingStarted: boolean;
  /** That NEWLINE (it keeps the end marker's missing column for errors). */
  private impliedNewline: Token | null;

  // ---- tokens -------------------------------------------------------------

  /** Fetch one more token from the tokenizer (CPython's _PyPegen_fill_token). */
  fill(): Token {
    let t: Token;
    try {
      t = this.tok.next();
    } catch (e) {
      // Any tokenizer error is final, even one met while looking ahead for an
      // error message: CPython's tokenizer_error() (Parser/pegen_errors.c)
      // raises at once, E_EOF inside brackets as "'(' was never closed".
      if (e instanceof TokenizeError) throw new ParseAbort(this.tokenizerError(e), true);
      throw e;
    }
    if (this.isFstring) this.shiftFstringToken(t);
    if (this.mode === 'single' && t.kind === T.ENDMARKER && this.parsingStarted) {
      // compile(..., 'single') of source without a final newline still ends its statement.
      t = new Token(T.NEWLINE, '', t.start, t.end, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset, t.level);
      this.impliedNewline = t;
      this.parsingStarted = false;
      this.tok.dedentAll();
    } else {
      this.parsingStarted = true;
    }
    this.tokens.push(t);
    return t;
  }

  /** f-string sub-parsers shift positions of tokens on their first line. */
  shiftFstringToken(t: Token): void {
    if (t.lineno === this.startingLineno) {
      t.col_offset += this.startingColOffset;
      t.end_col_offset += this.startingColOffset;
    }
  }

  tokenizerError(e: TokenizeError): PySyntaxError {
    if (e.eofInBrackets) return this.unclosedBracketError();
    if (e.raw) {
      const r = e.raw;
      return this.errorAtRaw(r.kind, r.msg, r.lineno, r.col1, r.lineno, r.end1);
    }
    return this.fixFstringError(e.error!);
  }

  /** Subclasses (the f-string sub-parser) adjust error positions. */
  fixFstringError(e: PySyntaxError): PySyntaxError {
    return e;
  }

  /** Record that the token at index i was looked at (see `hw`). */
  seen(i: number): void {
    if (this.specDepth === 0) this.hw = i + 1;
  }

  peek(): Token {
    const i = this.p;
    if (i >= this.hw) this.seen(i);
    return i < this.tokens.length ? this.tokens[i] : this.fill();
  }

  /** Kind of the token `k` ahead of the current one. */
  kindAt(k: number): T {
    const i = this.p + k;
    if (i >= this.hw) this.seen(i);
    while (i >= this.tokens.length) this.fill();
    return this.tokens[i].kind;
  }

  kind(): T {
    const i = this.p;
    if (i >= this.hw) this.seen(i);
    return i < this.tokens.length ? this.tokens[i].kind : this.fill().kind;
  }

  next(): Token {
    const i = this.p;
    if (i >= this.hw) this.seen(i);
    const t = i < this.tokens.length ? this.tokens[i] : this.fill();
    this.p++;
    return t;
  }

  accept(k: T): Token | null {
    const i = this.p;
    if (i >= this.hw) this.seen(i);
    const t = i < this.tokens.length ? this.tokens[i] : this.fill();
    if (t.kind === k) { this.p++; return t; }
    return null;
  }

  expect(k: T): Token {
    const i = this.p;
    if (i >= this.hw) this.seen(i);
    const t = i < this.tokens.length ? this.tokens[i] : this.fill();
    if (t.kind === k) { this.p++; return t; }
    return this.fail();
  }

  /**
   * Run `f` as look-ahead for an error message (CPython's second-pass
   * invalid_* rules): failures are swallowed (null), the position is
   * restored, and tokens it reads don't move the generic error location.
   */
  spec<R>(f: () => R): R | null {
    const save = this.p;
    this.specDepth++;
    try {
      return f();
    } catch (e) {
      if (e instanceof ParseAbort && !e.fromTokenizer) return null;
      throw e;
    } finally {
      this.specDepth--;
      this.p = save;
    }
  }

  /**
   * Run `f` as an invalid_* rule's sub-parse: a plain failure gives null
   * (position restored), but an error raised inside propagates, as any
   * error set during CPython's second pass does.
   */
  specRaising<R>(f: () => R): R | null {
    const save = this.p;
    this.specDepth++;
    try {
      return f();
    } catch (e) {
      if (e instanceof ParseAbort && e.generic) return null;
      throw e;
    } finally {
      this.specDepth--;
      this.p = save;
    }
  }

  /**
   * Run `f` like spec(), with the invalid_* checks off: CPython's
   * `*_without_invalid` rules (p->call_invalid_rules = 0).
   */
  specWithoutInvalid<R>(f: () => R): R | null {
    this.noInvalid++;
    try {
      return this.spec(f);
    } finally {
      this.noInvalid--;
    }
  }

  /** CPython's `&&tok` forced token: "expected ':'" right here. */
  expectForced(k: T, spelling: string): Token {
    const t = this.peek();
    if (t.kind === k) { this.p++; return t; }
    return this.raiseAtToken(t, `expected '${spelling}'`);
  }

  /** The last token consumed. */
  last(): Token {
    return this.tokens[this.p - 1];
  }

  isSoftKeyword(t: Token, word: string): boolean {
    return t.kind === T.NAME && t.text === word;
  }

  // ---- errors ---------------------------------------------------------------

  /** A generic failure: "invalid syntax" at the furthest token read. */
  fail(): never {
    const e = this.genericError();
    throw new ParseAbort(e, false, e.kind === 'IndentationError', true);
  }

  genericError(): PySyntaxError {
    const last = this.knownErrToken ?? this.tokens[Math.max(this.hw, 1) - 1];
    if (last.kind === T.INDENT || last.kind === T.DEDENT) {
      return this.errorAtToken(last, 'IndentationError', last.kind === T.INDENT ? 'unexpected indent' : 'unexpected unindent');
    }
    // RAISE_SYNTAX_ERROR_KNOWN_LOCATION: the end marker's column is -1 in CPython, so 0/0.
    if (last.kind === T.ENDMARKER || last === this.impliedNewline) return this.errorAt('SyntaxError', 'invalid syntax', last.lineno, -1, last.end_lineno, -1);
    return this.errorAtToken(last, 'SyntaxError', 'invalid syntax');
  }

  /**
   * _PyPegen_raise_error at token t.  INDENT, DEDENT and ENDMARKER have no
   * column in CPython (-1): the offset is then the tokenizer's position on
   * the line, used as is, and there is no end.
   */
  errorAtToken(t: Token, kind: SyntaxErrorKind, msg: string): PySyntaxError {
    if (t.kind === T.INDENT || t.kind === T.DEDENT || t.kind === T.ENDMARKER || t === this.impliedNewline) {
      return this.errorAtRaw(kind, msg, t.lineno, t.col_offset, t.end_lineno, -1);
    }
    return this.errorAt(kind, msg, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
  }

  /** RAISE_SYNTAX_ERROR(msg): located at the last token fetched. */
  raise(msg: string, kind: SyntaxErrorKind = 'SyntaxError'): never {
    throw new ParseAbort(this.errorAtToken(this.tokens[this.tokens.length - 1], kind, msg));
  }

  raiseAtToken(t: PosLike, msg: string): never {
    throw new ParseAbort(this.errorAt('SyntaxError', msg, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset));
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg). */
  raiseAt(a: PosLike, msg: string, kind: SyntaxErrorKind = 'SyntaxError'): never {
    throw new ParseAbort(this.errorAt(kind, msg, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset));
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg). */
  raiseRange(a: PosLike, b: PosLike, msg: string): never {
    throw new ParseAbort(this.errorAt('SyntaxError', msg, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset));
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): to the tokenizer's current position. */
  raiseFrom(a: PosLike, msg: string): never {
    const tk = this.tok;
    throw new ParseAbort(this.errorAt('SyntaxError', msg, a.lineno, a.col_offset, CURRENT_POS, CURRENT_POS));
    void tk;
  }

  /** "'(' was never closed", at the innermost open bracket. */
  unclosedBracketError(): PySyntaxError {
    const tk = this.tok;
    const i = tk.parenStack.length - 1;
    const line = tk.parenLineno[i];
    return this.errorAt('SyntaxError', `'${String.fromCharCode(tk.parenStack[i])}' was never closed`,
      line, tk.parenCol[i], line, -1);
  }

  /**
   * Build a SyntaxError the way _PyPegen_raise_error_known_location does:
   * 0-based byte columns in, 1-based character offsets out, with the text of
   * the error line taken from the source.
   */
  errorAt(kind: SyntaxErrorKind, msg: string, lineno: number, col: number, endLineno: number, endCol: number): PySyntaxError {
    return this.errorAtRaw(kind, msg, lineno, col === CURRENT_POS ? CURRENT_POS : col + 1,
      endLineno, endCol === CURRENT_POS ? CURRENT_POS : endCol + 1);
  }

  /** The same with 1-based byte columns (or CURRENT_POS, or -1 for none). */
  errorAtRaw(kind: SyntaxErrorKind, msg: string, lineno: number, col1: number, endLineno: number, end1: number): PySyntaxError {
    if (endLineno === CURRENT_POS) endLineno = this.tok.lineno;
    if (end1 === CURRENT_POS) end1 = this.tok.col(this.tok.lineStart, this.tok.pos);
    if (this.isFstring) {
      msg = 'f-string: ' + msg;
      col1 -= this.startingColOffset;
      end1 -= this.startingColOffset;
    }
    const text = this.errorLineText(lineno);
    const offset = this.convertOffsets ? byteToCharOffset(text, col1) : col1;
    const endOffset = this.convertOffsets && end1 > 0 ? byteToCharOffset(text, end1) : end1;
    return new PySyntaxError(kind, msg, this.filename, lineno, offset, text, endLineno, endOffset);
  }

  errorLineText(lineno: number): string {
    let t = this.tok.lineText(lineno);
    if (!this.isFstring) {
      // For a file, CPython reads the error line back from the file
      // (_PyPegen_raise_error_known_location -> _PyErr_ProgramDecodedTextObject):
      // a last line without a newline has none, whatever the tokenizer
      // appended, and only the last piece of a long line is kept.
      if (this.tok.addedNewline && t.length > 0 && this.tok.isLastLine(lineno)) t = t.slice(0, -1);
      if (t.length > PROGRAM_TEXT_PIECE / 4) t = lastProgramTextPiece(t);
    }
    // CPython decodes the error line with errors='replace': one U+FFFD per
    // maximal invalid subpart, as the host's UTF-8 decoder also does.
    return this.sourceHasEscapedBytes ? t.replace(/(?<![\ud800-\udbff])[\udc80-\udcff]+/g, replaceEscapedBytes) : t;
  }
}

/** err_programtext's (Python/errors.c) line buffer holds 1000 bytes: fgets reads 999 at a time. */
const PROGRAM_TEXT_PIECE = 999;
const UTF8_ENCODER = new TextEncoder();
const UTF8_DECODER = new TextDecoder();

/**
 * The part of a line err_programtext keeps: it reads the line in pieces of
 * 999 bytes until one ends the line, so of a longer line only the last piece
 * is left.  Deliberate approximation: pieces are counted in UTF-8 bytes even
 * when a coding cookie names another encoding, and a piece that starts inside
 * a character (where CPython's strict decode fails and it falls back to the
 * tokenizer's buffer) is decoded with replacement characters.
 */
function lastProgramTextPiece(line: string): string {
  const b = UTF8_ENCODER.encode(line);
  if (b.length <= PROGRAM_TEXT_PIECE) return line;
  let start = 0;
  while (b.length - start > PROGRAM_TEXT_PIECE) start += PROGRAM_TEXT_PIECE;
  return UTF8_DECODER.decode(b.subarray(start));
}

/**
 * _PyPegen_byte_offset_to_character_offset: the number of characters in the
 * first `col1` bytes of the line's UTF-8 (an incomplete trailing sequence
 * counts as one replacement character; past the end, the terminating NUL
 * counts as one more).
 */
export function byteToCharOffset(text: string, col1: number): number {
  if (col1 <= 0) return col1;
  let bytes = 0;
  let chars = 0;
  for (let i = 0; i < text.length; i++) {
    if (bytes >= col1) return chars;
    const c = text.charCodeAt(i);
    let w = 1;
    if (c >= 0x80) {
      if (c < 0x800) w = 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) { w = 4; i++; }
      else w = 3;
    }
    bytes += w;
    chars++;
  }
  if (bytes >= col1) return chars;
  return chars + 1;
}

const REPLACING_DECODER = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** A run of undecodable source bytes (U+DC80..U+DCFF escapes) as errors='replace' shows it. */
function replaceEscapedBytes(run: string): string {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) bytes[i] = run.charCodeAt(i) - 0xdc00;
  return REPLACING_DECODER.decode(bytes);
}
