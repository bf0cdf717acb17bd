// How the parser represents the value of a Constant node (and of the literals
// it folds).  These are plain host values, not interpreter objects: the
// compiler turns them into Python objects.  The mapping is one-to-one so that
// ast.dump can print CPython's repr of each.
//
//   None -> null          True/False -> true/false     Ellipsis -> ELLIPSIS
//   int  -> bigint        float -> number              complex -> Complex
//   str  -> string (UTF-16; astral code points are surrogate pairs), or
//           CodePointStr when escapes made surrogate code points
//   bytes -> Bytes

/** The `...` constant. */
export const ELLIPSIS = Object.freeze({ _ellipsis: true });

/** An imaginary literal such as `2j` (the parser only makes pure-imaginary ones). */
export class Complex {
  constructor(readonly real: number, readonly imag: number) {}
}

/** A bytes literal's value. */
export class Bytes {
  constructor(readonly data: Uint8Array) {}
}

/**
 * A str whose code points include surrogates made by escapes ('\ud800').
 * A JS string would merge an adjacent high/low pair into one astral
 * character, which in Python are two code points; this keeps them apart.
 * Only literals that need it use this form; every other str is a string.
 */
export class CodePointStr {
  constructor(readonly cps: readonly number[]) {}

  static fromString(s: string): number[] {
    const cps: number[] = [];
    for (const ch of s) cps.push(ch.codePointAt(0)!);
    return cps;
  }
}

export type ConstantValue = null | boolean | bigint | number | string | CodePointStr | Complex | Bytes | typeof ELLIPSIS;
