// Syntax errors raised by the tokenizer and parser.
//
// The fields mirror CPython's SyntaxError attributes exactly (see
// Objects/exceptions.c SyntaxError_init): `offset` and `end_offset` are
// 1-based *character* (code point) offsets into `text`, the source line the
// error is reported on; `lineno`/`end_lineno` are 1-based. CPython's parser
// counts columns in UTF-8 bytes internally and converts to characters when it
// builds the exception (Parser/pegen_errors.c); we convert at the same point.

/** The parser ran out of room (CPython: MemoryError from its stack limit); reported as a bare `MemoryError`. */
export class PyMemoryError extends Error {
  constructor() {
    super('MemoryError');
  }
}

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    readonly msg: string,
    readonly filename: string,
    readonly lineno: number,
    /** 1-based character offset, or -1/0 when CPython reports none. */
    readonly offset: number,
    /** The source line (with its trailing newline when it had one), or null. */
    readonly text: string | null,
    readonly end_lineno: number,
    readonly end_offset: number,
  ) {
    super(msg);
    this.textAsIs = false;
  }

  /** The tokenizer's errors cut the text at the newline (even for exec input, where others keep one). */
  textAsIs: boolean;
}

// ---------------------------------------------------------------------------
// The report CPython 3.11 prints for an uncaught SyntaxError.
//
// `python3 FILE` prints a syntax error in FILE through the C excepthook:
// Python/pythonrun.c print_exception -> parse_syntax_error +
// print_error_text, NOT Lib/traceback.py (which strips whitespace, clips and
// places carets differently). The rules below were read from that C code and
// checked against python3.11 by tests/unit/format_syntax_error.test.mjs (the
// corpus in tests/syntax_errors/ and the hand-picked attribute tuples in
// tests/syntax_errors/format_edge_cases.json). What surprised us:
//
// - The C code works on the UTF-8 bytes of `text` but with `offset` and
//   `end_offset` in characters. Characters before the caret therefore still
//   line up (one space per character), but the clipping below compares
//   character offsets with *byte* lengths: a line with non-ASCII text lets the
//   caret run and the ^^^ range extend further right than the text.
// - IndentationError and TabError always get a single caret: the C code reads
//   end_lineno/end_offset only when the exception's type is exactly
//   SyntaxError (a Py_TYPE == check, not isinstance), whatever the parser set.
// - The number of carets is computed from the original offsets, before the
//   leading whitespace is stripped: end_offset - offset when end_offset > 0
//   and end_offset > offset, else exactly one caret.
// - An error spanning lines (end_lineno > lineno) highlights up to
//   end_offset = the byte size of text (which includes its '\n'), and any
//   end_offset is capped at that size + 1.
// - Leading ' ', '\t' and '\f' are stripped from the printed line and from the
//   caret offset; tabs and other whitespace later in the line are printed
//   as-is while the caret line is padded with spaces only.
// - offset <= 0 (the parser uses 0 for some errors at EOF when reading a
//   file, -1/None for "no column") or an offset that falls inside the
//   stripped indentation prints the source line without a caret line.
// - An offset past the end of the line puts the caret just after the last
//   character (offset is clipped to the byte length of the line).
// - `text` is treated as a C string: it ends at the first NUL.
// - If `text` still contains '\n' before the caret column, the lines before
//   it are skipped; otherwise it is printed whole, embedded newlines and all.
// - A '\n' is added only if the printed text does not end with one, so an
//   error on a last line without newline still ends its line.
// - Without a line number (CPython's `SyntaxError(msg)`, lineno None: the
//   file reader's source-decoding errors) only "SyntaxError: msg" is printed.
//   PySyntaxError encodes "lineno None" as a negative lineno.
// - A filename of None would print as "<string>"; an empty msg prints the
//   bare class name without ': '.

const UTF8 = new TextEncoder();
const UTF8_DECODER = new TextDecoder();
const NL = 0x0a;

/** The exact stderr text of CPython 3.11's C excepthook for `e` (with no traceback). */
export function formatSyntaxError(e: PySyntaxError): string {
  let out = '';
  if (e.lineno >= 0) {
    out += `  File "${e.filename}", line ${e.lineno}\n`;
    if (e.text !== null) {
      // parse_syntax_error reads end_lineno/end_offset only when the type is
      // exactly SyntaxError; subclasses get (lineno, -1): a single caret.
      const exact = e.kind === 'SyntaxError';
      out += errorText(e.text, e.lineno, e.offset, exact ? e.end_lineno : e.lineno, exact ? e.end_offset : -1);
    }
  }
  out += e.msg === '' ? e.kind : `${e.kind}: ${e.msg}`;
  return out + '\n';
}

/**
 * The source line and caret line. Mirrors print_exception_file_and_line's
 * end_offset adjustment followed by print_error_text (pythonrun.c, 3.11).
 */
function errorText(
  text: string,
  lineno: number,
  offset: number,
  endLineno: number,
  endOffset: number,
): string {
  const bytes = UTF8.encode(text);
  // PyUnicode_AsUTF8AndSize: the full byte size, NULs included.
  const lineSize = bytes.length;
  if (endLineno > lineno) endOffset = lineSize;
  if (endOffset > lineSize + 1) endOffset = lineSize + 1;
  const carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;

  // From here on `text` is a C string: it ends at the first NUL.
  let end = bytes.indexOf(0);
  if (end < 0) end = bytes.length;
  let start = 0;
  let col = offset - 1;
  while (start < end && (bytes[start] === 0x20 || bytes[start] === 0x09 || bytes[start] === 0x0c)) {
    start++;
    col--;
  }
  let len = end - start;
  if (len > 0 && bytes[start + len - 1] === NL) len--;
  if (col > len) col = len;
  // Skip whole lines that end before the caret column.
  for (;;) {
    const nl = bytes.subarray(start, end).indexOf(NL);
    if (nl < 0 || nl >= col) break;
    start += nl + 1;
    len -= nl + 1;
    col -= nl + 1;
  }

  let out = '    ' + UTF8_DECODER.decode(bytes.subarray(start, end));
  if (start + len >= end || bytes[start + len] !== NL) out += '\n';
  if (col < 0) return out;
  return out + '    ' + ' '.repeat(col) + '^'.repeat(carets) + '\n';
}
