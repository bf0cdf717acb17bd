// `_krait_float`: IEEE 754 packing helpers for lib/struct.py (CPython's
// PyFloat_Pack2/4/8 and PyFloat_Unpack2/4/8 in Objects/floatobject.c).
// Doubles and singles go through DataView; half floats are rounded by hand
// (round-half-to-even, as _PyFloat_Pack2 does).

import type { Interpreter } from '../vm/interp.js';
import type { PyModule } from '../objects/module.js';
import type { PyValue } from '../objects/object.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { PyBytes } from '../objects/bytes.js';
import { builtinFunction } from '../objects/methods.js';
import { overflowError } from '../objects/exceptions.js';
import * as A from '../objects/abstract.js';

function packHalf(x: number): number {
  const sign = (x < 0 || Object.is(x, -0)) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (Number.isNaN(x)) return 0x7e00 | sign;
  if (a === Infinity) return 0x7c00 | sign;
  if (a === 0) return sign;
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (2 ** (e + 1) <= a) e++;
  if (e < -14) {
    // Subnormal: units of 2**-24.
    const m = roundEven(a / 2 ** -24);
    return sign | m; // m == 1024 rolls into the smallest normal, as intended
  }
  let m = roundEven((a / 2 ** e - 1) * 1024);
  if (m === 1024) { m = 0; e++; }
  if (e > 15) throw overflowError('float too large to pack with e format');
  return sign | ((e + 15) << 10) | m;
}

function roundEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

function unpackHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f, m = h & 0x3ff;
  if (e === 0x1f) return m ? NaN : sign * Infinity;
  if (e === 0) return sign * m * 2 ** -24;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

export function initKraitFloat(_interp: Interpreter, m: PyModule): void {
  const d = m.dict;
  d.setStr('pack', builtinFunction('pack(x, size, little, /)', (xv: PyValue, sv: PyValue, lv: PyValue) => {
    const x = typeof xv === 'number' ? xv : (xv as PyFloat).value, size = sv as number, little = A.isTrue(lv);
    const out = new Uint8Array(size);
    const dv = new DataView(out.buffer);
    if (size === 8) dv.setFloat64(0, x, little);
    else if (size === 4) {
      const f = Math.fround(x);
      if (!Number.isFinite(f) && Number.isFinite(x)) throw overflowError('float too large to pack with f format');
      dv.setFloat32(0, x, little);
    } else dv.setUint16(0, packHalf(x), little);
    return new PyBytes(out);
  }, m));
  d.setStr('unpack', builtinFunction('unpack(data, little, /)', (bv: PyValue, lv: PyValue) => {
    const data = (bv as PyBytes).data, little = A.isTrue(lv);
    const dv = new DataView(data.buffer, data.byteOffset, data.length);
    const x = data.length === 8 ? dv.getFloat64(0, little) : data.length === 4 ? dv.getFloat32(0, little) : unpackHalf(dv.getUint16(0, little));
    return newFloat(x);
  }, m));
}
