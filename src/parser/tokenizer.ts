// The tokenizer: Python source text -> tokens, one at a time, on demand.
//
// It follows CPython 3.11's Parser/tokenizer.c closely in *behaviour* (which
// token comes out, where it starts and ends, which error is raised with which
// message at which position), because the parser's error reports and the
// AST positions depend on those details.  The parser pulls tokens lazily, as
// CPython's does: which tokenizer error a bad file reports depends on how far
// the parser got before it stopped asking.
//
// Positions: `pos` indexes the newline-normalized source (a JS string, so
// UTF-16 units); columns handed out are UTF-8 byte offsets within the line,
// as CPython counts them.  For all-ASCII sources (the common case) the two
// coincide and no conversion is done.

import { PySyntaxError, type SyntaxErrorKind } from './errors.js';
import { T, Token, KEYWORD_KIND } from './tokens.js';

const TABSIZE = 8;
const MAXINDENT = 100;
const MAXLEVEL = 200;

const enum C {
  TAB = 9, LF = 10, FF = 12, SPACE = 32, BANG = 33, DQUOTE = 34, HASH = 35, PERCENT = 37,
  AMP = 38, SQUOTE = 39, LPAR = 40, RPAR = 41, STAR = 42, PLUS = 43, COMMA = 44, MINUS = 45,
  DOT = 46, SLASH = 47, D0 = 48, D1 = 49, D7 = 55, D9 = 57, COLON = 58, SEMI = 59, LT = 60,
  EQ = 61, GT = 62, AT = 64, LSQB = 91, BACKSLASH = 92, RSQB = 93, CARET = 94, UNDERSCORE = 95,
  LBRACE = 123, VBAR = 124, RBRACE = 125, TILDE = 126,
}

/** 1 for ASCII identifier-start chars, 2 for identifier chars that can't start. */
const ID_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) ID_CLASS[c] = 1;
  else if (c >= 48 && c <= 57) ID_CLASS[c] = 2;
}

const XID_START = /[\p{XID_Start}_]/u;
const XID_CONTINUE = /\p{XID_Continue}/u;
/** Py_UNICODE_ISPRINTABLE's complement: categories Cc Cf Cs Co Cn Zl Zp Zs (but ' '). */
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
export function isPrintableCodePoint(cp: number): boolean {
  return cp === 32 || !NON_PRINTABLE.test(String.fromCodePoint(cp));
}

/**
 * A tokenizer failure.  `setsError` mirrors whether CPython's tokenizer set a
 * Python exception (syntaxerror()) or only a `done` code (E_DEDENT, E_TABSPACE,
 * E_TOODEEP, E_LINECONT, E_EOF): after a parser error, CPython keeps
 * tokenizing to the end, and only errors of the first kind replace the
 * parser's error (_PyPegen_tokenize_full_source_to_check_for_errors).
 */
export class TokenizeError {
  constructor(
    readonly error: PySyntaxError | null,
    readonly setsError: boolean,
    /** E_EOF with open brackets: reported as "'(' was never closed". */
    readonly eofInBrackets: boolean,
    /**
     * For done-code errors: the location as CPython's parser computes it
     * (1-based byte column, or the raw `cur - line_start`), which the parser
     * turns into a SyntaxError (it knows whether columns become characters).
     */
    readonly raw: RawError | null = null,
  ) {}
}

export interface RawError { kind: SyntaxErrorKind; msg: string; lineno: number; col1: number; end1: number }

export interface TypeIgnore { lineno: number; tag: string }

export class Tokenizer {
  readonly src: string;
  readonly filename: string;
  readonly typeComments: boolean;
  /** Whole source is ASCII: byte columns equal string offsets. */
  private readonly ascii: boolean;

  pos = 0;
  lineno = 1;
  lineStart = 0;
  private atBol = true;
  private pendin = 0;
  private indstack: number[] = [0];
  private altindstack: number[] = [0];
  level = 0;
  readonly parenStack: number[] = [];
  readonly parenLineno: number[] = [];
  readonly parenCol: number[] = [];
  private contLine = false;
  done = false;
  readonly typeIgnores: TypeIgnore[] = [];

  /** The source's last line had no newline: the tokenizer added one. */
  readonly addedNewline: boolean;
  /**
   * A script run from its file (CPython's file tokenizer) rather than a
   * string (-c, compile(), imports): tokens at end of input then report
   * column 0 instead of the position on the last line.
   */
  fileInput: boolean;
  /**
   * Single input (compile(..., 'single')): at end of input in the middle of
   * a line CPython's tokenizer gives ENDMARKER without dedenting; the parser
   * turns it into NEWLINE and then asks for the dedents (dedentAll).
   */
  singleInput: boolean;

  /** Line number of the first line (f-string expressions start mid-file). */
  readonly firstLineno: number;

  constructor(source: string, filename: string, typeComments: boolean, firstLineno = 1, execInput = true) {
    this.firstLineno = firstLineno;
    this.lineno = firstLineno;
    this.fileInput = false;
    this.singleInput = false;
    // Universal newlines, as CPython's tokenizer sees them (translate_newlines
    // for strings, universal-newline reads for files).
    let s = source.indexOf('\r') >= 0 ? source.replace(/\r\n?/g, '\n') : source;
    // CPython fakes a newline at the end of a last line that lacks one, for
    // exec input only (translate_newlines' exec_input): eval('1 +') fails at
    // the end marker, not at a newline.
    this.addedNewline = execInput && s.length > 0 && s.charCodeAt(s.length - 1) !== C.LF;
    if (this.addedNewline) s += '\n';
    this.src = s;
    this.filename = filename;
    this.typeComments = typeComments;
    this.ascii = !/[^\x00-\x7f]/.test(s);
  }

  /** UTF-8 byte column of string index `i` on the line starting at `ls`. */
  col(ls: number, i: number): number {
    if (this.ascii) return i - ls;
    return utf8Length(this.src, ls, i);
  }

  /** The text of line `lineno` (1-based), with its newline, or '' past the end. */
  /** Whether line `lineno` is the source's last line. */
  isLastLine(lineno: number): boolean {
    let n = this.firstLineno;
    for (let i = this.src.indexOf('\n'); i >= 0 && i + 1 < this.src.length; i = this.src.indexOf('\n', i + 1)) n++;
    return n === lineno;
  }

  lineText(lineno: number): string {
    const s = this.src;
    let i = 0;
    for (let n = this.firstLineno; n < lineno; n++) {
      const j = s.indexOf('\n', i);
      if (j < 0) return '';
      i = j + 1;
    }
    if (i >= s.length) return '';
    const j = s.indexOf('\n', i);
    return j < 0 ? s.slice(i) : s.slice(i, j + 1);
  }

  /** Pending DEDENTs back to column 0 (pegen's implied dedent after single input's implied NEWLINE). */
  dedentAll(): void {
    this.pendin -= this.indstack.length - 1;
    this.indstack.length = 1;
    this.altindstack.length = 1;
  }

  // ---- errors -------------------------------------------------------------

  /**
   * CPython's tokenizer syntaxerror(): the offset is the number of characters
   * from the start of the line to the current position, and the text is the
   * line without its newline (Parser/tokenizer.c _syntaxerror_range).
   */
  private syntaxError(msg: string, cur: number, ls = this.lineStart, lineno = this.lineno,
                      kind: SyntaxErrorKind = 'SyntaxError', colOffset = -1, endColOffset = -1): never {
    const s = this.src;
    let lineEnd = s.indexOf('\n', ls);
    if (lineEnd < 0) lineEnd = s.length;
    const off = colOffset === -1 ? countCodePoints(s, ls, cur) : colOffset;
    const endOff = endColOffset === -1 ? off : endColOffset;
    const err = new PySyntaxError(kind, msg, this.filename, lineno, off, s.slice(ls, lineEnd), lineno, endOff);
    err.textAsIs = true;
    throw new TokenizeError(err, true, false);
  }

  /**
   * Errors that CPython reports through tokenizer_error() (a done code, no
   * exception set): RAISE_ERROR_KNOWN_LOCATION(lineno, col_offset, lineno, -1).
   */
  private doneError(kind: SyntaxErrorKind, msg: string, colOffset = 0): never {
    throw new TokenizeError(null, false, false, { kind, msg, lineno: this.lineno, col1: colOffset + 1, end1: 0 });
  }

  // ---- the main loop ------------------------------------------------------

  private make(kind: T, start: number, end: number): Token {
    if (start >= this.src.length && this.src.length > 0) {
      // At end of input CPython's tokenizer is still on the last line, and
      // DEDENT/ENDMARKER there have no column: errors report the raw
      // `cur - line_start`, which is 0 for a file and the size in bytes of
      // the last line (newline included) for a string.
      const n = this.src.length;
      const endsWithNewline = this.src.charCodeAt(n - 1) === C.LF;
      const last = Math.max(this.firstLineno, endsWithNewline ? this.lineno - 1 : this.lineno);
      let col = 0;
      if (!this.fileInput) {
        const ls = this.src.lastIndexOf('\n', endsWithNewline ? n - 2 : n - 1) + 1;
        col = utf8Length(this.src, ls, n);
      }
      return new Token(kind, '', start, end, last, col, last, col, this.level);
    }
    const ls = this.lineStart;
    const c0 = this.col(ls, start);
    const c1 = this.ascii ? end - ls : c0 + utf8Length(this.src, start, end);
    return new Token(kind, this.src.slice(start, end), start, end, this.lineno, c0, this.lineno, c1, this.level);
  }

  next(): Token {
    const s = this.src;
    const n = s.length;
    let blankline = false;
    for (;;) { // nextline
      blankline = false;
      if (this.atBol) {
        this.atBol = false;
        let col = 0, altcol = 0, contLineCol = 0;
        let p = this.pos;
        let c = 0;
        for (;;) {
          c = p < n ? s.charCodeAt(p) : -1;
          if (c === C.SPACE) { col++; altcol++; }
          else if (c === C.TAB) { col = ((col / TABSIZE | 0) + 1) * TABSIZE; altcol = altcol + 1; }
          else if (c === C.FF) { col = altcol = 0; }
          else if (c === C.BACKSLASH) {
            // Indentation can't be split over lines with backslashes: the
            // first backslash found fixes the indentation (tok_continuation_line).
            contLineCol = contLineCol ? contLineCol : col;
            if (p + 1 < n && s.charCodeAt(p + 1) === C.LF) {
              if (p + 2 >= n) this.eofError(p + 2);
              p += 2; this.newLine(p);
              continue;
            }
            this.pos = p + 1;
            this.doneError('SyntaxError', 'unexpected character after line continuation character', this.lineContColOffset());
          } else break;
          p++;
        }
        this.pos = p;
        if (c === C.HASH || c === C.LF) blankline = true;
        if (!blankline && this.level === 0) {
          if (contLineCol) { col = contLineCol; altcol = contLineCol; }
          const ind = this.indstack;
          const top = ind.length - 1;
          if (col === ind[top]) {
            if (altcol !== this.altindstack[top]) this.indentError();
          } else if (col > ind[top]) {
            if (top + 1 >= MAXINDENT) { this.pos = this.lineEndPos(); this.doneError('IndentationError', 'too many levels of indentation'); }
            if (altcol <= this.altindstack[top]) this.indentError();
            this.pendin++;
            ind.push(col);
            this.altindstack.push(altcol);
          } else {
            while (ind.length > 1 && col < ind[ind.length - 1]) {
              this.pendin--;
              ind.pop();
              this.altindstack.pop();
            }
            if (col !== ind[ind.length - 1]) {
              // E_DEDENT: tok->cur is moved past the line, and the error is
              // reported at `cur - line_start` with no end (pegen _PyPegen_raise_error).
              const e = this.lineEndPos();
              const col1 = this.col(this.lineStart, e) + (e < n ? 1 : 0);
              throw new TokenizeError(null, false, false, {
                kind: 'IndentationError', msg: 'unindent does not match any outer indentation level',
                lineno: this.lineno, col1, end1: -1 });
            }
            if (altcol !== this.altindstack[this.altindstack.length - 1]) this.indentError();
          }
        }
      }

      if (this.pendin !== 0) {
        const p = this.pos;
        if (this.pendin < 0) { this.pendin++; return this.make(T.DEDENT, p, p); }
        this.pendin--;
        return this.make(T.INDENT, p, p);
      }

      for (;;) { // again
        let p = this.pos;
        let c = p < n ? s.charCodeAt(p) : -1;
        while (c === C.SPACE || c === C.TAB || c === C.FF) c = ++p < n ? s.charCodeAt(p) : -1;
        const start = p;

        if (c === C.HASH) {
          let e = s.indexOf('\n', p);
          if (e < 0) e = n;
          if (this.typeComments) {
            const tc = this.typeComment(start, e, blankline);
            if (tc) return tc;
          }
          p = e;
          c = p < n ? C.LF : -1;
        }

        if (c === -1) {
          this.pos = p;
          if (this.level) {
            throw new TokenizeError(null, false, true);
          }
          this.done = true;
          // Dedent everything at end of input: EOF acts as a line at column 0.
          if (this.indstack.length > 1 && !(this.singleInput && n > 0 && s.charCodeAt(n - 1) !== C.LF)) {
            this.pendin -= this.indstack.length - 1;
            this.indstack.length = 1;
            this.altindstack.length = 1;
            this.pendin++;
            return this.make(T.DEDENT, p, p);
          }
          return this.make(T.ENDMARKER, p, p);
        }

        // Identifiers, keywords, and string prefixes.
        if ((c < 128 && ID_CLASS[c] === 1) || c >= 128) {
          let q = p;
          // String prefixes: b, r, u, f in CPython's allowed combinations.
          let sawB = false, sawR = false, sawU = false, sawF = false;
          for (;;) {
            const ch = c | 0x20;
            if (!(sawB || sawU || sawF) && ch === 98 /* b */) sawB = true;
            else if (!(sawB || sawU || sawR || sawF) && ch === 117 /* u */) sawU = true;
            else if (!(sawR || sawU) && ch === 114 /* r */) sawR = true;
            else if (!(sawF || sawB || sawU) && ch === 102 /* f */) sawF = true;
            else break;
            c = ++q < n ? s.charCodeAt(q) : -1;
            if (c === C.DQUOTE || c === C.SQUOTE) return this.string(start, q);
          }
          let nonascii = false;
          while (c >= 0 && ((c < 128 && ID_CLASS[c] !== 0) || c >= 128)) {
            if (c >= 128) nonascii = true;
            c = ++q < n ? s.charCodeAt(q) : -1;
          }
          if (nonascii) this.verifyIdentifier(start, q);
          this.pos = q;
          const text = s.slice(start, q);
          const kw = KEYWORD_KIND.get(text);
          const tok = this.make(kw === undefined ? T.NAME : kw, start, q);
          tok.text = text;
          return tok;
        }

        if (c === C.LF) {
          this.atBol = true;
          this.pos = p + 1;
          if (blankline || this.level > 0) {
            this.newLine(p + 1);
            break; // goto nextline
          }
          const tok = this.make(T.NEWLINE, p, p);
          this.contLine = false;
          this.newLine(p + 1);
          return tok;
        }

        if (c === C.DOT) {
          const c2 = p + 1 < n ? s.charCodeAt(p + 1) : -1;
          if (c2 >= C.D0 && c2 <= C.D9) return this.number(start);
          if (c2 === C.DOT && p + 2 < n && s.charCodeAt(p + 2) === C.DOT) {
            this.pos = p + 3;
            return this.make(T.ELLIPSIS, start, p + 3);
          }
          this.pos = p + 1;
          return this.make(T.DOT, start, p + 1);
        }

        if (c >= C.D0 && c <= C.D9) return this.number(start);

        if (c === C.DQUOTE || c === C.SQUOTE) return this.string(start, p);

        if (c === C.BACKSLASH) {
          if (p + 1 >= n || s.charCodeAt(p + 1) !== C.LF) {
            this.pos = p + 1;
            this.doneError('SyntaxError', 'unexpected character after line continuation character', this.lineContColOffset());
          }
          if (p + 2 >= n) this.eofError(p + 2);
          p += 2;
          this.newLine(p);
          this.pos = p;
          this.contLine = true;
          continue; // goto again
        }

        return this.operator(start, c);
      }
    }
  }

  private newLine(p: number): void {
    this.lineStart = p;
    this.lineno++;
  }

  private lineEndPos(): number {
    const e = this.src.indexOf('\n', this.pos);
    return e < 0 ? this.src.length : e;
  }

  /**
   * CPython computes E_LINECONT's column as `tok->cur - tok->buf - 1`, an
   * offset from the start of its input buffer rather than of the line.  For
   * file and string input the buffer holds the current line only when the
   * input is read line by line; we reproduce the common (file) case: the
   * offset of the character after the backslash within its line.
   */
  private lineContColOffset(): number {
    return this.col(this.lineStart, this.pos);
  }

  private indentError(): never {
    this.pos = this.lineEndPos();
    this.doneError('TabError', 'inconsistent use of tabs and spaces in indentation');
  }

  /**
   * Backslash-newline at end of input: E_EOF, "unexpected EOF while parsing",
   * reported at `cur - line_start` of the backslash's line (cur = end of input).
   */
  private eofError(cur: number): never {
    this.pos = cur;
    if (this.level) throw new TokenizeError(null, false, true);
    throw new TokenizeError(null, false, false, {
      kind: 'SyntaxError', msg: 'unexpected EOF while parsing', lineno: this.lineno,
      col1: this.col(this.lineStart, cur), end1: -1 });
  }

  private verifyIdentifier(start: number, end: number): void {
    const s = this.src;
    if (/[\udc80-\udcff]/.test(s.slice(start, end))) this.undecodableIdentifier(start, end);
    let i = start;
    let first = true;
    while (i < end) {
      const cp = s.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      const ok = first ? XID_START.test(ch) : XID_CONTINUE.test(ch);
      if (!ok) {
        const after = i + (cp > 0xffff ? 2 : 1);
        // CPython points just past the invalid character (or at the end of
        // the identifier when it is the last one).
        const cur = after < end ? after : end;
        const hex = cp.toString(16).toUpperCase().padStart(4, '0');
        if (isPrintableCodePoint(cp)) this.syntaxError(`invalid character '${ch}' (U+${hex})`, cur);
        this.syntaxError(`invalid non-printable character U+${hex}`, cur);
      }
      first = false;
      i += cp > 0xffff ? 2 : 1;
    }
  }

  /**
   * An identifier holding bytes that are not UTF-8 (decoded as U+DC80..U+DCFF
   * escapes): CPython's verify_identifier decodes its bytes and reports the
   * UnicodeDecodeError as "(unicode error) ...", at the end of the identifier.
   */
  private undecodableIdentifier(start: number, end: number): never {
    const s = this.src;
    const bytes: number[] = [];
    for (let i = start; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xdc80 && c <= 0xdcff) bytes.push(c - 0xdc00);
      else {
        const cp = s.codePointAt(i)!;
        if (cp > 0xffff) i++;
        for (const b of new TextEncoder().encode(String.fromCodePoint(cp))) bytes.push(b);
      }
    }
    const [pos, len, reason] = firstUtf8Error(bytes);
    const what = len === 1 ? `byte 0x${bytes[pos].toString(16).padStart(2, '0')} in position ${pos}` : `bytes in position ${pos}-${pos + len - 1}`;
    let col = 0;
    for (let i = this.lineStart; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xdc80 && c <= 0xdcff) col += 1;
      else { const cp = s.codePointAt(i)!; if (cp > 0xffff) i++; col += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }
    }
    throw new TokenizeError(null, false, false, {
      kind: 'SyntaxError', msg: `(unicode error) 'utf-8' codec can't decode ${what}: ${reason}`,
      lineno: this.lineno, col1: col, end1: -1 });
  }

  // ---- numbers ----------------------------------------------------------------

  private number(start: number): Token {
    const s = this.src;
    const n = s.length;
    let p = start;
    const at = (i: number) => (i < n ? s.charCodeAt(i) : -1);
    const isDigit = (c: number) => c >= C.D0 && c <= C.D9;
    let c = at(p);
    // Scan digits with single underscores between them; `p` is left on the
    // first character that is not part of the run.  Errors report the
    // position CPython's tok_decimal_tail would be at.
    const decimalTail = (): void => {
      for (;;) {
        while (isDigit(at(p))) p++;
        if (at(p) !== C.UNDERSCORE) return;
        p++;
        if (!isDigit(at(p))) this.syntaxError('invalid decimal literal', p);
      }
    };
    let kind: 'decimal' | 'fraction' | 'exponent' | 'imaginary' | 'done' = 'decimal';
    if (c === C.DOT) {
      p++;
      kind = 'fraction';
    } else if (c === C.D0) {
      p++;
      c = at(p);
      const lc = c | 0x20;
      if (lc === 120 /* x */ || lc === 111 /* o */ || lc === 98 /* b */) {
        p++;
        const isOk = lc === 120 ? (ch: number) => (ch >= 48 && ch <= 57) || ((ch | 0x20) >= 97 && (ch | 0x20) <= 102)
          : lc === 111 ? (ch: number) => ch >= 48 && ch <= 55 : (ch: number) => ch === 48 || ch === 49;
        const name = lc === 120 ? 'hexadecimal' : lc === 111 ? 'octal' : 'binary';
        c = at(p);
        do {
          if (c === C.UNDERSCORE) c = at(++p);
          if (!isOk(c)) {
            if (lc !== 120 && isDigit(c)) this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in ${name} literal`, p + 1);
            this.syntaxError(`invalid ${name} literal`, p);
          }
          do c = at(++p); while (isOk(c));
        } while (c === C.UNDERSCORE);
        if (lc !== 120 && isDigit(c)) this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in ${name} literal`, p + 1);
        this.verifyEndOfNumber(p, name);
        kind = 'done';
      } else {
        let nonzero = false;
        for (;;) {
          if (c === C.UNDERSCORE) {
            c = at(++p);
            if (!isDigit(c)) this.syntaxError('invalid decimal literal', p);
          }
          if (c !== C.D0) break;
          c = at(++p);
        }
        const zerosEnd = p;
        if (isDigit(c)) {
          nonzero = true;
          decimalTail();
          c = at(p);
        }
        if (c === C.DOT) { p++; kind = 'fraction'; }
        else if ((c | 0x20) === 101 /* e */) kind = 'exponent';
        else if ((c | 0x20) === 106 /* j */) kind = 'imaginary';
        else if (nonzero) {
          const ls = this.lineStart;
          this.syntaxError('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
            p, ls, this.lineno, 'SyntaxError', countCodePoints(s, ls, start) + 1, countCodePoints(s, ls, zerosEnd + 1));
        } else {
          this.verifyEndOfNumber(p, 'decimal');
          kind = 'done';
        }
      }
    } else {
      decimalTail();
      c = at(p);
      if (c === C.DOT) { p++; kind = 'fraction'; }
      else if ((c | 0x20) === 101) kind = 'exponent';
      else if ((c | 0x20) === 106) kind = 'imaginary';
      else { this.verifyEndOfNumber(p, 'decimal'); kind = 'done'; }
    }
    if (kind === 'fraction') {
      if (isDigit(at(p))) decimalTail();
      c = at(p);
      if ((c | 0x20) === 101) kind = 'exponent';
      else if ((c | 0x20) === 106) kind = 'imaginary';
      else { this.verifyEndOfNumber(p, 'decimal'); kind = 'done'; }
    }
    if (kind === 'exponent') {
      const e = p;
      p++;
      c = at(p);
      if (c === C.PLUS || c === C.MINUS) {
        p++;
        if (!isDigit(at(p))) this.syntaxError('invalid decimal literal', p);
      } else if (!isDigit(c)) {
        // `1e` followed by something else: the number ends before the `e`.
        this.verifyEndOfNumber(e, 'decimal');
        this.pos = e;
        return this.make(T.NUMBER, start, e);
      }
      decimalTail();
      c = at(p);
      if ((c | 0x20) === 106) kind = 'imaginary';
      else { this.verifyEndOfNumber(p, 'decimal'); kind = 'done'; }
    }
    if (kind === 'imaginary') {
      p++;
      this.verifyEndOfNumber(p, 'imaginary');
    }
    this.pos = p;
    return this.make(T.NUMBER, start, p);
  }

  /**
   * A number must not run straight into an identifier (`1abc`), except into
   * the keywords that may legally follow a number (`1if x else y`), which
   * CPython 3.11 only warns about (tokenizer.c verify_end_of_number).
   */
  private verifyEndOfNumber(p: number, kind: string): void {
    const s = this.src;
    const c = p < s.length ? s.charCodeAt(p) : -1;
    if (c < 0) return;
    const rest = (w: string) => s.startsWith(w, p + 1);
    let r = false;
    switch (c) {
      case 97: r = rest('nd'); break;
      case 101: r = rest('lse'); break;
      case 102: r = rest('or'); break;
      case 105: { const c2 = s.charCodeAt(p + 1); r = c2 === 102 || c2 === 110 || c2 === 115; break; }
      case 111: r = rest('r'); break;
      case 110: r = rest('ot'); break;
    }
    if (r) return;
    // Only an ASCII letter, digit or '_' makes the literal invalid: python3.11
    // tokenizes `1é` as NUMBER NAME ("invalid syntax") and `1·` as NUMBER
    // followed by an invalid character (checked against 3.11.7).
    if (c < 128 && ID_CLASS[c] !== 0) this.syntaxError(`invalid ${kind} literal`, p);
  }

  // ---- strings ----------------------------------------------------------------

  /** A string literal whose prefix starts at `start` and whose quote is at `q`. */
  private string(start: number, q: number): Token {
    const s = this.src;
    const n = s.length;
    const quote = s.charCodeAt(q);
    let quoteSize = 1;
    let p = q + 1;
    if (p + 1 < n && s.charCodeAt(p) === quote && s.charCodeAt(p + 1) === quote) {
      quoteSize = 3;
      p += 2;
    } else if (p < n && s.charCodeAt(p) === quote) {
      // Empty string.
      p++;
      this.pos = p;
      return this.make(T.STRING, start, p);
    }
    const firstLineno = this.lineno;
    const firstLineStart = this.lineStart;
    let endQuotes = 0;
    while (endQuotes !== quoteSize) {
      const c = p < n ? s.charCodeAt(p) : -1;
      p++;
      if (c === -1 || (quoteSize === 1 && c === C.LF)) {
        // At end of input our line counter has already moved past the
        // final newline; CPython's stays on the last line.
        const detected = c === -1 && s.charCodeAt(n - 1) === C.LF ? this.lineno - 1 : this.lineno;
        // Report from the opening quote (tokenizer.c): cur is just past it.
        const msg = quoteSize === 3
          ? `unterminated triple-quoted string literal (detected at line ${detected})`
          : `unterminated string literal (detected at line ${detected})`;
        this.syntaxError(msg, start + 1, firstLineStart, firstLineno);
      }
      if (c === quote) endQuotes++;
      else {
        endQuotes = 0;
        if (c === C.BACKSLASH) {
          const c2 = p < n ? s.charCodeAt(p) : -1;
          p++;
          if (c2 === C.LF) this.newLine(p);
          else if (c2 === -1) p--;
        } else if (c === C.LF) this.newLine(p);
      }
    }
    this.pos = p;
    const c0 = this.col(firstLineStart, start);
    const c1 = this.col(this.lineStart, p);
    return new Token(T.STRING, s.slice(start, p), start, p, firstLineno, c0, this.lineno, c1, this.level);
  }

  // ---- operators --------------------------------------------------------------

  private operator(start: number, c: number): Token {
    const s = this.src;
    const c2 = start + 1 < s.length ? s.charCodeAt(start + 1) : -1;
    const c3 = start + 2 < s.length ? s.charCodeAt(start + 2) : -1;
    let kind: T = T.ERRORCHAR;
    let len = 1;
    switch (c) {
      case C.LPAR: case C.LSQB: case C.LBRACE: {
        if (this.level >= MAXLEVEL) this.syntaxError('too many nested parentheses', start + 1);
        this.parenStack.push(c);
        this.parenLineno.push(this.lineno);
        this.parenCol.push(this.col(this.lineStart, start));
        const tok = this.make(c === C.LPAR ? T.LPAR : c === C.LSQB ? T.LSQB : T.LBRACE, start, start + 1);
        this.level++;
        this.pos = start + 1;
        return tok;
      }
      case C.RPAR: case C.RSQB: case C.RBRACE: {
        const ch = String.fromCharCode(c);
        if (!this.level) this.syntaxError(`unmatched '${ch}'`, start + 1);
        this.level--;
        const opening = this.parenStack.pop()!;
        const openLine = this.parenLineno.pop()!;
        this.parenCol.pop();
        if (!((opening === C.LPAR && c === C.RPAR) || (opening === C.LSQB && c === C.RSQB) || (opening === C.LBRACE && c === C.RBRACE))) {
          const o = String.fromCharCode(opening);
          if (openLine !== this.lineno) {
            this.syntaxError(`closing parenthesis '${ch}' does not match opening parenthesis '${o}' on line ${openLine}`, start + 1);
          }
          this.syntaxError(`closing parenthesis '${ch}' does not match opening parenthesis '${o}'`, start + 1);
        }
        this.pos = start + 1;
        return this.make(c === C.RPAR ? T.RPAR : c === C.RSQB ? T.RSQB : T.RBRACE, start, start + 1);
      }
      case C.COLON: if (c2 === C.EQ) { kind = T.COLONEQUAL; len = 2; } else kind = T.COLON; break;
      case C.COMMA: kind = T.COMMA; break;
      case C.SEMI: kind = T.SEMI; break;
      case C.PLUS: if (c2 === C.EQ) { kind = T.PLUSEQUAL; len = 2; } else kind = T.PLUS; break;
      case C.MINUS:
        if (c2 === C.EQ) { kind = T.MINEQUAL; len = 2; } else if (c2 === C.GT) { kind = T.RARROW; len = 2; } else kind = T.MINUS;
        break;
      case C.STAR:
        if (c2 === C.STAR) { if (c3 === C.EQ) { kind = T.DOUBLESTAREQUAL; len = 3; } else { kind = T.DOUBLESTAR; len = 2; } }
        else if (c2 === C.EQ) { kind = T.STAREQUAL; len = 2; } else kind = T.STAR;
        break;
      case C.SLASH:
        if (c2 === C.SLASH) { if (c3 === C.EQ) { kind = T.DOUBLESLASHEQUAL; len = 3; } else { kind = T.DOUBLESLASH; len = 2; } }
        else if (c2 === C.EQ) { kind = T.SLASHEQUAL; len = 2; } else kind = T.SLASH;
        break;
      case C.VBAR: if (c2 === C.EQ) { kind = T.VBAREQUAL; len = 2; } else kind = T.VBAR; break;
      case C.AMP: if (c2 === C.EQ) { kind = T.AMPEREQUAL; len = 2; } else kind = T.AMPER; break;
      case C.LT:
        if (c2 === C.LT) { if (c3 === C.EQ) { kind = T.LEFTSHIFTEQUAL; len = 3; } else { kind = T.LEFTSHIFT; len = 2; } }
        else if (c2 === C.EQ) { kind = T.LESSEQUAL; len = 2; } else if (c2 === C.GT) { kind = T.NOTEQUAL; len = 2; } else kind = T.LESS;
        break;
      case C.GT:
        if (c2 === C.GT) { if (c3 === C.EQ) { kind = T.RIGHTSHIFTEQUAL; len = 3; } else { kind = T.RIGHTSHIFT; len = 2; } }
        else if (c2 === C.EQ) { kind = T.GREATEREQUAL; len = 2; } else kind = T.GREATER;
        break;
      case C.EQ: if (c2 === C.EQ) { kind = T.EQEQUAL; len = 2; } else kind = T.EQUAL; break;
      case C.BANG: if (c2 === C.EQ) { kind = T.NOTEQUAL; len = 2; } break;
      case C.PERCENT: if (c2 === C.EQ) { kind = T.PERCENTEQUAL; len = 2; } else kind = T.PERCENT; break;
      case C.TILDE: kind = T.TILDE; break;
      case C.CARET: if (c2 === C.EQ) { kind = T.CIRCUMFLEXEQUAL; len = 2; } else kind = T.CIRCUMFLEX; break;
      case C.AT: if (c2 === C.EQ) { kind = T.ATEQUAL; len = 2; } else kind = T.AT; break;
      default: {
        const cp = s.codePointAt(start)!;
        if (!isPrintableCodePoint(cp)) {
          const hex = cp.toString(16).toUpperCase().padStart(4, '0');
          this.syntaxError(`invalid non-printable character U+${hex}`, start + 1);
        }
        if (cp > 0xffff) len = 2;
      }
    }
    this.pos = start + len;
    return this.make(kind, start, start + len);
  }

  // ---- type comments ----------------------------------------------------------

  /**
   * `# type: ...` comments become TYPE_COMMENT tokens and `# type: ignore...`
   * ones are recorded as type ignores (tokenizer.c, with type_comments on).
   * Returns null for an ordinary comment.
   */
  private typeComment(start: number, end: number, blankline: boolean): Token | null {
    const s = this.src;
    // Match "# type: " where each space in the prefix matches any run of blanks.
    let p = start + 1;
    const blanks = () => { while (p < end && (s.charCodeAt(p) === C.SPACE || s.charCodeAt(p) === C.TAB)) p++; };
    blanks();
    if (!s.startsWith('type', p)) return null;
    p += 4;
    if (s.charCodeAt(p) !== C.COLON) return null;
    p++;
    blanks();
    const typeStart = p;
    const ignoreEnd = p + 6;
    const isIgnore = end >= ignoreEnd && s.startsWith('ignore', p)
      && !(end > ignoreEnd && (s.charCodeAt(ignoreEnd) >= 128 || ID_CLASS[s.charCodeAt(ignoreEnd)] !== 0 && s.charCodeAt(ignoreEnd) !== C.UNDERSCORE));
    if (isIgnore) {
      this.typeIgnores.push({ lineno: this.lineno, tag: s.slice(ignoreEnd, end) });
      // A type ignore alone on its line also consumes the newline.
      if (blankline && end < s.length) {
        this.pos = end + 1;
        this.newLine(end + 1);
        this.atBol = true;
      } else this.pos = end;
      return this.next();
    }
    this.pos = end;
    const tok = this.make(T.TYPE_COMMENT, typeStart, end);
    return tok;
  }
}

/** Number of UTF-8 bytes encoding s[from, to). */
export function utf8Length(s: string, from: number, to: number): number {
  let b = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { b += 4; i++; } else b += 3;
    } else if (c >= 0xdc80 && c <= 0xdcff) b += 1; // an undecodable source byte (source.ts)
    else b += 3;
  }
  return b;
}

/** Number of code points in s[from, to). */
export function countCodePoints(s: string, from: number, to: number): number {
  let k = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    k++;
  }
  return k;
}

/**
 * The first error CPython's UTF-8 decoder reports in `b`: its position, how
 * many bytes it covers, and the reason, worded as UnicodeDecodeError does.
 */
function firstUtf8Error(b: number[]): [number, number, string] {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    let need: number, lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) { need = 2; if (c === 0xe0) lo = 0xa0; else if (c === 0xed) hi = 0x9f; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; if (c === 0xf0) lo = 0x90; else if (c === 0xf4) hi = 0x8f; }
    else return [i, 1, 'invalid start byte'];
    for (let k = 1; k <= need; k++) {
      if (i + k >= b.length) return [i, k, 'unexpected end of data'];
      const x = b[i + k];
      if (k === 1 ? x < lo || x > hi : x < 0x80 || x > 0xbf) return [i, 1, 'invalid continuation byte'];
    }
    i += need + 1;
  }
  return [0, 1, 'invalid start byte'];
}
