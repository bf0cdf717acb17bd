// Compile-time errors (symtable and code generator), built the way CPython
// 3.11 builds them.
//
// Deliberate point of fidelity: unlike the parser, CPython 3.11's compiler
// does NOT convert columns to characters.  symtable.c raises through
// PyErr_RangedSyntaxLocationObject(filename, lineno, col_offset + 1, ...) and
// compile.c's compiler_error builds SyntaxError(msg, (filename, lineno,
// col_offset + 1, text, end_lineno, end_col_offset + 1)), both with the AST's
// UTF-8 byte columns, and the text is read back from the file
// (PyErr_ProgramTextObject: None when the file can't be read, e.g. for
// '<string>').  `python3 -c "compile('é=1;break', 'x', 'exec')"` shows
// offset 6, not 5.  We do the same, so reports match byte for byte.

import { PySyntaxError } from '../parser/errors.js';

/** Gives the source line `lineno` (with its newline), or null (CPython: the file can't be read). */
export type LineSource = (lineno: number) => string | null;

/** Position of an AST node (0-based UTF-8 columns). */
export interface Loc {
  lineno: number;
  end_lineno: number;
  col_offset: number;
  end_col_offset: number;
}

/** Where errors go: the filename and how to read back a line. */
export class ErrorContext {
  constructor(
    readonly filename: string,
    readonly lineSource: LineSource | null,
  ) {}

  /** A SyntaxError at a node's range (both ends 0-based byte columns, made 1-based). */
  at(msg: string, loc: Loc): PySyntaxError {
    return this.raw(msg, loc.lineno, loc.col_offset + 1, loc.end_lineno, loc.end_col_offset + 1);
  }

  /** With 1-based offsets as given (end_offset -1 for None). */
  raw(msg: string, lineno: number, offset: number, endLineno: number, endOffset: number): PySyntaxError {
    const text = this.lineSource === null ? null : this.lineSource(lineno);
    return new PySyntaxError('SyntaxError', msg, this.filename, lineno, offset, text, endLineno, endOffset);
  }
}

/**
 * CPython's RecursionError "maximum recursion depth exceeded during
 * compilation" (ast_opt.c / symtable.c depth checks).  Reported bare, like a
 * parser MemoryError.
 */
export class PyCompileRecursionError extends Error {
  constructor() {
    super('maximum recursion depth exceeded during compilation');
  }
}

/** Lines of a source text for error reports (CPython reads them back from the file). */
export function lineSourceOf(source: string): LineSource {
  let lines: string[] | null = null;
  return (lineno: number) => {
    if (lines === null) lines = source.replace(/\r\n?/g, '\n').match(/[^\n]*\n|[^\n]+$/g) ?? [];
    const l = lines[lineno - 1];
    return l === undefined ? null : l;
  };
}
