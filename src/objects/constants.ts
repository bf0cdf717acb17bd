// Turning the parser's constant values (parser/constants.ts) into Python
// values, for the compiler's co_consts.

import { Bytes, CodePointStr, Complex, ELLIPSIS, type ConstantValue } from '../parser/constants.js';
import { PyBytes } from './bytes.js';
import { PyComplex } from './complex.js';
import { PyFloat, newFloat } from './float.js';
import { Ellipsis, None, type PyValue } from './object.js';

/** Normalize a Python int given as bigint: a safe integer becomes a number. */
export function normInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** The Python value of an AST Constant. */
export function constantToPy(v: ConstantValue): PyValue {
  if (v === null) return None;
  switch (typeof v) {
    case 'boolean': return v;
    case 'bigint': return normInt(v);
    case 'number': return newFloat(v);
    case 'string': return v;
  }
  if (v === ELLIPSIS) return Ellipsis;
  if (v instanceof Complex) return new PyComplex(v.real, v.imag);
  if (v instanceof Bytes) return new PyBytes(v.data);
  if (v instanceof CodePointStr) {
    // A JS string can't keep surrogate code points apart from astral
    // characters; the runtime str is UTF-16, so such literals lose the
    // distinction here (documented limitation).
    return String.fromCharCode(...v.cps.flatMap((c) => c > 0xffff ? [0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff)] : [c]));
  }
  throw new Error('constantToPy: unknown constant');
}
