// How the parser represents the value of a Constant node (and of the literals
// it folds).  These are plain host values, not interpreter objects: the
// compiler turns them into Python objects.  The mapping is one-to-one so that
// ast.dump can print CPython's repr of each.
//
//   None -> null          True/False -> true/false     Ellipsis -> ELLIPSIS
//   int  -> bigint        float -> number              complex -> Complex
//   str  -> string (UTF-16; astral code points are surrogate pairs)
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

export type ConstantValue = null | boolean | bigint | number | string | Complex | Bytes | typeof ELLIPSIS;
