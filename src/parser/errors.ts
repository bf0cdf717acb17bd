// Syntax errors raised by the tokenizer and parser.
//
// The fields mirror CPython's SyntaxError attributes exactly (see
// Objects/exceptions.c SyntaxError_init): `offset` and `end_offset` are
// 1-based *character* (code point) offsets into `text`, the source line the
// error is reported on; `lineno`/`end_lineno` are 1-based. CPython's parser
// counts columns in UTF-8 bytes internally and converts to characters when it
// builds the exception (Parser/pegen_errors.c); we convert at the same point.

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
  }
}
