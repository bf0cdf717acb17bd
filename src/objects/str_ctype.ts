// Character properties and case mappings for str methods (CPython's
// Objects/unicodectype.c and the case-mapping parts of unicodeobject.c), from
// the tables that scripts/gen-unicode-ctype.py reads out of CPython 3.11
// (Unicode 14.0).  Deliberately not RegExp \p{...} or String.prototype.
// toLowerCase on non-ASCII text: their Unicode version depends on the engine.

import * as D from './unicode_ctype.js';
import { isPrintable } from './unicode_names.js';

export const C_ALPHA = 1, C_DECIMAL = 2, C_DIGIT = 4, C_NUMERIC = 8, C_SPACE = 16, C_LOWER = 32,
  C_UPPER = 64, C_TITLE = 128, C_CASED = 256, C_CASE_IGNORABLE = 512, C_XID_START = 1024,
  C_XID_CONTINUE = 2048, C_ALNUM = 4096, C_PRINTABLE = 8192;

const SOURCES: [string, number][] = [
  [D.ALPHA, C_ALPHA], [D.DECIMAL, C_DECIMAL], [D.DIGIT, C_DIGIT], [D.NUMERIC, C_NUMERIC],
  [D.SPACE, C_SPACE], [D.LOWER, C_LOWER], [D.UPPER, C_UPPER], [D.TITLE, C_TITLE], [D.CASED, C_CASED],
  [D.CASE_IGNORABLE, C_CASE_IGNORABLE], [D.XID_START, C_XID_START], [D.XID_CONTINUE, C_XID_CONTINUE],
  [D.ALNUM, C_ALNUM],
];

type Ranges = Int32Array; // [start0, end0, start1, end1, ...] inclusive

function parseRanges(text: string): Ranges {
  const parts = text.split(',');
  const out: number[] = [];
  let pos = 0;
  for (let i = 0; i < parts.length; i++) {
    const n = parseInt(parts[i], 36);
    if (i & 1) { out.push(pos, pos + n - 1); }
    pos += n;
  }
  return Int32Array.from(out);
}

function inRanges(r: Ranges, cp: number): boolean {
  let lo = 0, hi = (r.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r[2 * mid]) hi = mid - 1;
    else if (cp > r[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

// Flags of every BMP code point in one table (128 KB, built on first use);
// astral code points go through the range lists.
let bmp: Uint16Array | null = null;
let astral: [Ranges, number][] | null = null;

function build(): Uint16Array {
  const t = new Uint16Array(0x10000);
  astral = [];
  for (const [text, flag] of SOURCES) {
    const r = parseRanges(text);
    for (let i = 0; i < r.length; i += 2) {
      const end = Math.min(r[i + 1], 0xffff);
      for (let c = r[i]; c <= end; c++) t[c] |= flag;
    }
    astral.push([r, flag]);
  }
  for (let c = 0; c < 0x10000; c++) if (isPrintable(c)) t[c] |= C_PRINTABLE;
  bmp = t;
  return t;
}

/** The C_* flags of a code point. */
export function ctype(cp: number): number {
  const t = bmp === null ? build() : bmp;
  if (cp < 0x10000) return t[cp];
  let f = isPrintable(cp) ? C_PRINTABLE : 0;
  for (const [r, flag] of astral!) if (inRanges(r, cp)) f |= flag;
  return f;
}

// ---- case mappings ------------------------------------------------------------

/** cp -> mapped code point, or the full mapping as a string. */
type CaseMap = Map<number, number | string>;

function parseMap(runs: string, full: string): CaseMap {
  const m: CaseMap = new Map();
  if (runs) {
    for (const run of runs.split(',')) {
      const [s, n, st, d] = run.split('.');
      const start = parseInt(s, 36), count = parseInt(n, 36), stride = parseInt(st, 36);
      const delta = d[0] === '-' ? -parseInt(d.slice(1), 36) : parseInt(d, 36);
      for (let k = 0; k < count; k++) { const c = start + k * stride; m.set(c, c + delta); }
    }
  }
  if (full) {
    for (const e of full.split(';')) {
      const [c, cs] = e.split(':');
      m.set(parseInt(c, 36), String.fromCodePoint(...cs.split('.').map((x) => parseInt(x, 36))));
    }
  }
  return m;
}

let lowerMap: CaseMap | null = null, upperMap: CaseMap | null = null;
let titleMap: CaseMap | null = null, foldMap: CaseMap | null = null;

function mapped(m: CaseMap, cp: number): string | number {
  const v = m.get(cp);
  return v === undefined ? cp : v;
}

/** Full lowercase mapping of one code point (a code point or a string). */
export function lowerOf(cp: number): number | string {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp;
  return mapped(lowerMap ??= parseMap(D.LOWER_MAP, D.LOWER_MAP_FULL), cp);
}
export function upperOf(cp: number): number | string {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a ? cp - 32 : cp;
  return mapped(upperMap ??= parseMap(D.UPPER_MAP, D.UPPER_MAP_FULL), cp);
}
export function titleOf(cp: number): number | string {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a ? cp - 32 : cp;
  const v = (titleMap ??= parseMap(D.TITLE_MAP, D.TITLE_MAP_FULL)).get(cp);
  return v === undefined ? upperOf(cp) : v;
}
export function foldOf(cp: number): number | string {
  if (cp < 0x80) return lowerOf(cp);
  const v = (foldMap ??= parseMap(D.FOLD_MAP, D.FOLD_MAP_FULL)).get(cp);
  return v === undefined ? lowerOf(cp) : v;
}

