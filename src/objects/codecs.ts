// str.encode / bytes.decode: the codecs krait implements natively
// (Objects/unicodeobject.c's utf-8, ascii, latin-1, utf-16 and utf-32 codecs,
// with the error handlers of Python/codecs.c), and the other codecs that the
// source decoder knows (src/parser/source.ts lookupCodec: single-byte codecs
// are encoded through the inverse of their decoding table; multibyte ones
// decode only).  Errors are CPython's UnicodeEncodeError/UnicodeDecodeError
// with its (encoding, object, start, end, reason) arguments.

import { type PyValue, typeOf } from './object.js';
import {
  PyBaseException, UnicodeDecodeErrorType, UnicodeEncodeErrorType, LookupErrorType, newException, typeError,
} from './exceptions.js';
import { PyBytes, PyByteArray } from './bytes.js';
import { lookupCodec } from '../parser/source.js';
import { unicodeName } from './unicode_names.js';
import * as A from './abstract.js';

// ---- bytes-like objects ---------------------------------------------------------------

/** The bytes of a bytes-like object (bytes, bytearray), or undefined. */
export function bytesLike(v: PyValue): Uint8Array | undefined {
  if (typeof v !== 'object') return undefined;
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) return v.data.subarray(0, v.length);
  const mv = (v as unknown as { bufferBytes?: () => Uint8Array }).bufferBytes;
  if (typeof mv === 'function') return mv.call(v);
  return undefined;
}

// ---- errors -------------------------------------------------------------------------

function hex2(n: number): string { return n.toString(16).padStart(2, '0'); }

/** str(UnicodeEncodeError / UnicodeDecodeError) from its arguments (exceptions.c *_str). */
export function unicodeErrorStr(e: PyBaseException): string | undefined {
  const a = e.args.items;
  if (a.length !== 5) return undefined;
  const [enc, obj, start, end, reason] = a;
  if (typeof start !== 'number' || typeof end !== 'number' || !Number.isInteger(start) || !Number.isInteger(end)) return undefined;
  const encs = A.str(enc), rs = A.str(reason);
  if (e.cls.isSubtype(UnicodeEncodeErrorType) && typeof obj === 'string') {
    if (end === start + 1) {
      const cp = [...obj][start] === undefined ? 0 : cpAt(obj, start);
      const esc = cp <= 0xff ? '\\x' + hex2(cp) : cp <= 0xffff ? '\\u' + cp.toString(16).padStart(4, '0') : '\\U' + cp.toString(16).padStart(8, '0');
      return `'${encs}' codec can't encode character '${esc}' in position ${start}: ${rs}`;
    }
    return `'${encs}' codec can't encode characters in position ${start}-${end - 1}: ${rs}`;
  }
  if (e.cls.isSubtype(UnicodeDecodeErrorType)) {
    const data = bytesLike(obj);
    if (data === undefined) return undefined;
    if (end === start + 1) return `'${encs}' codec can't decode byte 0x${hex2(data[start])} in position ${start}: ${rs}`;
    return `'${encs}' codec can't decode bytes in position ${start}-${end - 1}: ${rs}`;
  }
  return undefined;
}

function cpAt(s: string, i: number): number {
  let k = 0;
  for (const ch of s) { if (k === i) return ch.codePointAt(0)!; k++; }
  return 0;
}

function unicodeError(type: typeof UnicodeEncodeErrorType, enc: string, obj: PyValue, start: number, end: number, reason: string): PyBaseException {
  const e = newException(type, enc, obj, start, end, reason);
  for (const [k, v] of [['encoding', enc], ['object', obj], ['start', start], ['end', end], ['reason', reason]] as [string, PyValue][]) {
    try { A.setAttr(e, k, v); } catch { /* the exception type may define these as read-only getsets */ }
  }
  return e;
}

function unknownHandler(name: string): PyBaseException {
  return newException(LookupErrorType, `unknown error handler name '${name}'`);
}

export function unknownEncoding(name: string): PyBaseException {
  return newException(LookupErrorType, `unknown encoding: ${name}`);
}

// ---- names ----------------------------------------------------------------------------

const enum Kind { UTF8, ASCII, LATIN1, UTF16, UTF16LE, UTF16BE, UTF32, UTF32LE, UTF32BE, OTHER }

const NAMES: [Kind, string, string][] = [
  [Kind.UTF8, 'utf-8', 'utf_8 utf8 u8 utf cp65001 utf8_ucs2 utf8_ucs4'],
  [Kind.ASCII, 'ascii', 'ascii 646 us_ascii us ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6'],
  [Kind.LATIN1, 'latin-1', 'latin_1 latin1 latin l1 iso8859_1 iso_8859_1 8859 cp819 iso8859 iso_8859_1_1987 iso_ir_100 csisolatin1 ibm819'],
  [Kind.UTF16, 'utf-16', 'utf_16 utf16 u16'],
  [Kind.UTF16LE, 'utf-16-le', 'utf_16_le utf_16le unicodelittleunmarked'],
  [Kind.UTF16BE, 'utf-16-be', 'utf_16_be utf_16be unicodebigunmarked'],
  [Kind.UTF32, 'utf-32', 'utf_32 utf32 u32'],
  [Kind.UTF32LE, 'utf-32-le', 'utf_32_le utf_32le'],
  [Kind.UTF32BE, 'utf-32-be', 'utf_32_be utf_32be'],
];
let nameIndex: Map<string, [Kind, string]> | null = null;

/** encodings.normalize_encoding plus lowercasing. */
function normalize(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9.]+/g, '_').replace(/^_+|_+$/g, '');
}

function kindOf(name: string): [Kind, string] {
  if (name === 'utf-8' || name === 'utf8') return [Kind.UTF8, 'utf-8'];
  if (nameIndex === null) {
    nameIndex = new Map();
    for (const [k, canon, aliases] of NAMES) for (const a of aliases.split(' ')) nameIndex.set(a, [k, canon]);
  }
  return nameIndex.get(normalize(name)) ?? [Kind.OTHER, name];
}

// ---- encoding -------------------------------------------------------------------------

/** Growable byte output. */
class Out {
  buf = new Uint8Array(64);
  n = 0;
  push(b: number): void {
    if (this.n === this.buf.length) { const nb = new Uint8Array(this.n * 2); nb.set(this.buf); this.buf = nb; }
    this.buf[this.n++] = b;
  }
  pushAscii(s: string): void { for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i)); }
  result(): Uint8Array { return this.buf.slice(0, this.n); }
}

const utf8Encoder = new TextEncoder();

function hasSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c >= 0xd800 && c <= 0xdfff) return true; }
  return false;
}

/** The replacement text of an encode error handler for code points cps[start, end). */
function encodeReplacement(handler: string, cps: number[], start: number, end: number, canEncode: (c: number) => boolean,
  raise: () => never, surrogatePass: ((c: number, out: Out) => void) | null, out: Out): void {
  switch (handler) {
    case 'strict': raise();
    case 'ignore': return;
    case 'replace': for (let i = start; i < end; i++) out.push(0x3f); return;
    case 'backslashreplace':
      for (let i = start; i < end; i++) out.pushAscii(backslash(cps[i]));
      return;
    case 'xmlcharrefreplace':
      for (let i = start; i < end; i++) out.pushAscii(`&#${cps[i]};`);
      return;
    case 'namereplace':
      for (let i = start; i < end; i++) {
        const nm = unicodeName(cps[i]);
        out.pushAscii(nm === null ? backslash(cps[i]) : `\\N{${nm}}`);
      }
      return;
    case 'surrogateescape':
      for (let i = start; i < end; i++) if (!(cps[i] >= 0xdc80 && cps[i] <= 0xdcff)) raise();
      for (let i = start; i < end; i++) out.push(cps[i] - 0xdc00);
      return;
    case 'surrogatepass':
      if (surrogatePass === null) raise();
      for (let i = start; i < end; i++) if (!(cps[i] >= 0xd800 && cps[i] <= 0xdfff)) raise();
      for (let i = start; i < end; i++) surrogatePass(cps[i], out);
      return;
  }
  void canEncode;
  throw unknownHandler(handler);
}

function backslash(c: number): string {
  if (c < 0x100) return '\\x' + hex2(c);
  if (c < 0x10000) return '\\u' + c.toString(16).padStart(4, '0');
  return '\\U' + c.toString(16).padStart(8, '0');
}

function codePointsOf(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { out.push(0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00)); i++; continue; }
    }
    out.push(c);
  }
  return out;
}

/**
 * Encode by code point with `emit` for encodable ones; runs of unencodable
 * code points go to the error handler (unicode_encode_ucs1, utf8 encoder).
 */
function encodeGeneric(s: string, enc: string, errors: string, reason: string, canEncode: (c: number) => boolean,
  emit: (c: number, out: Out) => void, surrogatePass: ((c: number, out: Out) => void) | null, prefix: number[] = []): Uint8Array {
  const cps = codePointsOf(s);
  const out = new Out();
  for (const b of prefix) out.push(b);
  for (let i = 0; i < cps.length;) {
    const c = cps[i];
    if (canEncode(c)) { emit(c, out); i++; continue; }
    let j = i + 1;
    while (j < cps.length && !canEncode(cps[j])) j++;
    const start = i, end = j;
    encodeReplacement(errors, cps, start, end, canEncode,
      () => { throw unicodeError(UnicodeEncodeErrorType, enc, s, start, end, reason); }, surrogatePass, out);
    i = j;
  }
  return out.result();
}

function emitUtf8(c: number, out: Out): void {
  if (c < 0x80) out.push(c);
  else if (c < 0x800) { out.push(0xc0 | (c >> 6)); out.push(0x80 | (c & 63)); }
  else if (c < 0x10000) { out.push(0xe0 | (c >> 12)); out.push(0x80 | ((c >> 6) & 63)); out.push(0x80 | (c & 63)); }
  else { out.push(0xf0 | (c >> 18)); out.push(0x80 | ((c >> 12) & 63)); out.push(0x80 | ((c >> 6) & 63)); out.push(0x80 | (c & 63)); }
}

const notSurrogate = (c: number) => c < 0xd800 || c > 0xdfff;

function emitUtf16(be: boolean): (c: number, out: Out) => void {
  const unit = (u: number, out: Out) => { if (be) { out.push(u >> 8); out.push(u & 255); } else { out.push(u & 255); out.push(u >> 8); } };
  return (c, out) => {
    if (c >= 0x10000) { c -= 0x10000; unit(0xd800 | (c >> 10), out); unit(0xdc00 | (c & 0x3ff), out); }
    else unit(c, out);
  };
}

function emitUtf32(be: boolean): (c: number, out: Out) => void {
  return (c, out) => {
    if (be) { out.push(c >>> 24); out.push((c >> 16) & 255); out.push((c >> 8) & 255); out.push(c & 255); }
    else { out.push(c & 255); out.push((c >> 8) & 255); out.push((c >> 16) & 255); out.push(c >>> 24); }
  };
}

const singleByteTables = new Map<string, Map<number, number> | null>();

/** The inverse table of a single-byte codec from source.ts (null if multibyte or unknown). */
function singleByteInverse(name: string): Map<number, number> | null | undefined {
  const key = normalize(name);
  if (singleByteTables.has(key)) return singleByteTables.get(key);
  const codec = lookupCodec(name);
  if (codec === null) return undefined;
  const inv = new Map<number, number>();
  for (let b = 0; b < 256; b++) {
    const r = codec.decode(Uint8Array.of(b));
    if (typeof r !== 'string') continue;
    if (r.length !== 1) { singleByteTables.set(key, null); return null; }
    if (!inv.has(r.charCodeAt(0))) inv.set(r.charCodeAt(0), b);
  }
  // Multibyte codecs decode lone ASCII bytes too: tell them apart by a lead byte.
  if (inv.size < 128) { singleByteTables.set(key, null); return null; }
  singleByteTables.set(key, inv);
  return inv;
}

/** str.encode(encoding, errors). */
export function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  const [kind, canon] = kindOf(encoding);
  switch (kind) {
    case Kind.UTF8:
      if (!hasSurrogate(s) || !hasLoneSurrogate(s)) return utf8Encoder.encode(s);
      return encodeGeneric(s, 'utf-8', errors, 'surrogates not allowed', notSurrogate, emitUtf8, emitUtf8);
    case Kind.ASCII: {
      let ascii = true;
      for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) { ascii = false; break; }
      if (ascii) { const b = new Uint8Array(s.length); for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i); return b; }
      return encodeGeneric(s, 'ascii', errors, 'ordinal not in range(128)', (c) => c < 0x80, (c, o) => o.push(c), null);
    }
    case Kind.LATIN1:
      return encodeGeneric(s, 'latin-1', errors, 'ordinal not in range(256)', (c) => c < 0x100, (c, o) => o.push(c), null);
    case Kind.UTF16: case Kind.UTF16LE: case Kind.UTF16BE: {
      const be = kind === Kind.UTF16BE;
      const e = emitUtf16(be);
      return encodeGeneric(s, canon, errors, 'surrogates not allowed', notSurrogate, e, e, kind === Kind.UTF16 ? [0xff, 0xfe] : []);
    }
    case Kind.UTF32: case Kind.UTF32LE: case Kind.UTF32BE: {
      const e = emitUtf32(kind === Kind.UTF32BE);
      return encodeGeneric(s, canon, errors, 'surrogates not allowed', notSurrogate, e, e, kind === Kind.UTF32 ? [0xff, 0xfe, 0, 0] : []);
    }
  }
  const inv = singleByteInverse(encoding);
  if (inv === undefined || inv === null) throw unknownEncoding(encoding);
  return encodeGeneric(s, 'charmap', errors, 'character maps to <undefined>', (c) => inv.has(c), (c, o) => o.push(inv.get(c)!), null);
}

function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) { i++; continue; }
      return true;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

// ---- decoding -------------------------------------------------------------------------

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Apply a decode error handler for data[start, end); returns the replacement text. */
function decodeReplacement(handler: string, data: Uint8Array, start: number, end: number, raise: () => never): string {
  switch (handler) {
    case 'strict': raise();
    case 'ignore': return '';
    case 'replace': return '\ufffd';
    case 'backslashreplace': {
      let r = '';
      for (let i = start; i < end; i++) r += '\\x' + hex2(data[i]);
      return r;
    }
    case 'surrogateescape': {
      let r = '';
      for (let i = start; i < end; i++) {
        if (data[i] < 0x80) raise();
        r += String.fromCharCode(0xdc00 + data[i]);
      }
      return r;
    }
    case 'surrogatepass': case 'xmlcharrefreplace': case 'namereplace':
      raise();
  }
  throw unknownHandler(handler);
}

function isCont(b: number): boolean { return (b & 0xc0) === 0x80; }

/** Length of the valid UTF-8 sequence at i, or 0 (stringlib/codecs.h utf8_decode). */
function utf8Len(d: Uint8Array, i: number, end: number): number {
  const b = d[i];
  if (b < 0x80) return 1;
  if (b < 0xc2 || b > 0xf4) return 0;
  if (b < 0xe0) return i + 1 < end && isCont(d[i + 1]) ? 2 : 0;
  if (b < 0xf0) {
    if (i + 2 >= end) return 0;
    const b1 = d[i + 1];
    if (!isCont(b1) || (b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 >= 0xa0) || !isCont(d[i + 2])) return 0;
    return 3;
  }
  if (i + 3 >= end) return 0;
  const b1 = d[i + 1];
  if (!isCont(b1) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 >= 0x90) || !isCont(d[i + 2]) || !isCont(d[i + 3])) return 0;
  return 4;
}

/** Extent and reason of the UTF-8 error at i (the maximal invalid subpart, as CPython). */
function utf8Error(d: Uint8Array, i: number, end: number): [number, string] {
  const b = d[i];
  const avail = end - i;
  if (b < 0xc2 || b >= 0xf5) return [i + 1, 'invalid start byte'];
  if (b < 0xe0) return avail < 2 ? [end, 'unexpected end of data'] : [i + 1, 'invalid continuation byte'];
  const b1 = avail >= 2 ? d[i + 1] : -1;
  if (b < 0xf0) {
    if (avail < 2) return [end, 'unexpected end of data'];
    if (!isCont(b1) || (b1 < 0xa0 ? b === 0xe0 : b === 0xed)) return [i + 1, 'invalid continuation byte'];
    if (avail < 3) return [end, 'unexpected end of data'];
    return [i + 2, 'invalid continuation byte'];
  }
  if (avail < 2) return [end, 'unexpected end of data'];
  if (!isCont(b1) || (b1 < 0x90 ? b === 0xf0 : b === 0xf4)) return [i + 1, 'invalid continuation byte'];
  if (avail < 3) return [end, 'unexpected end of data'];
  if (!isCont(d[i + 2])) return [i + 2, 'invalid continuation byte'];
  if (avail < 4) return [end, 'unexpected end of data'];
  return [i + 3, 'invalid continuation byte'];
}

function decodeUtf8(data: Uint8Array, errors: string, obj: () => PyValue): string {
  try { return utf8Fatal.decode(data); } catch { /* fall through to the careful decoder */ }
  const parts: string[] = [];
  let run = 0, i = 0;
  const n = data.length;
  while (i < n) {
    const len = utf8Len(data, i, n);
    if (len > 0) { i += len; continue; }
    if (run < i) parts.push(utf8Fatal.decode(data.subarray(run, i)));
    // surrogatepass: a 3-byte encoded surrogate ED A0..BF xx.
    if (errors === 'surrogatepass' && data[i] === 0xed && i + 2 < n && data[i + 1] >= 0xa0 && data[i + 1] <= 0xbf && isCont(data[i + 2])) {
      parts.push(String.fromCharCode(((data[i] & 15) << 12) | ((data[i + 1] & 63) << 6) | (data[i + 2] & 63)));
      i += 3; run = i;
      continue;
    }
    const [end, reason] = utf8Error(data, i, n);
    const start = i;
    parts.push(decodeReplacement(errors, data, start, end,
      () => { throw unicodeError(UnicodeDecodeErrorType, 'utf-8', obj(), start, end, reason); }));
    i = end; run = i;
  }
  if (run < n) parts.push(utf8Fatal.decode(data.subarray(run, n)));
  return parts.join('');
}

function decodeAsciiLatin1(data: Uint8Array, errors: string, obj: () => PyValue, ascii: boolean): string {
  const parts: string[] = [];
  let chunk: number[] = [];
  const flush = () => { if (chunk.length) { parts.push(String.fromCharCode(...chunk)); chunk = []; } };
  for (let i = 0; i < data.length; i++) {
    const b = data[i];
    if (!ascii || b < 0x80) { chunk.push(b); if (chunk.length > 4096) flush(); continue; }
    flush();
    const start = i;
    parts.push(decodeReplacement(errors, data, start, start + 1,
      () => { throw unicodeError(UnicodeDecodeErrorType, 'ascii', obj(), start, start + 1, 'ordinal not in range(128)'); }));
  }
  flush();
  return parts.join('');
}

/** utf-16/utf-32 decoding; `bom` detects the byte order from a BOM (default little-endian). */
function decodeUtf16(data: Uint8Array, errors: string, obj: () => PyValue, be: boolean, bom: boolean): string {
  let i = 0;
  if (bom && data.length >= 2) {
    if (data[0] === 0xff && data[1] === 0xfe) { i = 2; be = false; }
    else if (data[0] === 0xfe && data[1] === 0xff) { i = 2; be = true; }
  }
  const name = be ? 'utf-16-be' : 'utf-16-le';
  const n = data.length;
  const out: string[] = [];
  const unit = (k: number) => (be ? (data[k] << 8) | data[k + 1] : data[k] | (data[k + 1] << 8));
  const err = (start: number, end: number, reason: string) => {
    out.push(decodeReplacement(errors, data, start, end,
      () => { throw unicodeError(UnicodeDecodeErrorType, name, obj(), start, end, reason); }));
  };
  while (i < n) {
    if (n - i < 2) { err(i, n, 'truncated data'); break; }
    const u = unit(i);
    if (u < 0xd800 || u > 0xdfff) { out.push(String.fromCharCode(u)); i += 2; continue; }
    if (u >= 0xdc00) { err(i, i + 2, 'illegal encoding'); i += 2; continue; }
    if (n - i < 4) {
      if (n - i < 4 && n - i >= 2) { err(i, n, 'unexpected end of data'); break; }
    }
    const v = unit(i + 2);
    if (v < 0xdc00 || v > 0xdfff) { err(i, i + 2, 'illegal UTF-16 surrogate'); i += 2; continue; }
    out.push(String.fromCharCode(u, v));
    i += 4;
  }
  return out.join('');
}

function decodeUtf32(data: Uint8Array, errors: string, obj: () => PyValue, be: boolean, bom: boolean): string {
  let i = 0;
  if (bom && data.length >= 4) {
    if (data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0) { i = 4; be = false; }
    else if (data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff) { i = 4; be = true; }
  }
  const name = be ? 'utf-32-be' : 'utf-32-le';
  const n = data.length;
  const out: string[] = [];
  const err = (start: number, end: number, reason: string) => {
    out.push(decodeReplacement(errors, data, start, end,
      () => { throw unicodeError(UnicodeDecodeErrorType, name, obj(), start, end, reason); }));
  };
  while (i < n) {
    if (n - i < 4) { err(i, n, 'truncated data'); break; }
    const c = be ? ((data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3]) >>> 0
      : (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24)) >>> 0;
    if (c > 0x10ffff) err(i, i + 4, 'code point not in range(0x110000)');
    else if (c >= 0xd800 && c <= 0xdfff) {
      if (errors === 'surrogatepass') out.push(String.fromCharCode(c));
      else err(i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)');
    } else out.push(String.fromCodePoint(c));
    i += 4;
  }
  return out.join('');
}

/** bytes.decode(encoding, errors); `obj` is the bytes object (for the exception). */
export function decodeBytes(data: Uint8Array, encoding: string, errors: string, obj?: PyValue): string {
  const o = () => obj ?? new PyBytes(data.slice());
  const [kind] = kindOf(encoding);
  switch (kind) {
    case Kind.UTF8: return decodeUtf8(data, errors, o);
    case Kind.ASCII: return decodeAsciiLatin1(data, errors, o, true);
    case Kind.LATIN1: return decodeAsciiLatin1(data, errors, o, false);
    case Kind.UTF16: return decodeUtf16(data, errors, o, false, true);
    case Kind.UTF16LE: return decodeUtf16(data, errors, o, false, false);
    case Kind.UTF16BE: return decodeUtf16(data, errors, o, true, false);
    case Kind.UTF32: return decodeUtf32(data, errors, o, false, true);
    case Kind.UTF32LE: return decodeUtf32(data, errors, o, false, false);
    case Kind.UTF32BE: return decodeUtf32(data, errors, o, true, false);
  }
  const codec = lookupCodec(encoding);
  if (codec === null) throw unknownEncoding(encoding);
  const r = codec.decode(data);
  if (typeof r === 'string') return r;
  // Deliberate difference: other codecs support only the strict handler.
  const msg = r.message(r.start, r.end);
  const m = /^'([^']*)' codec can't decode .*?: (.*)$/.exec(msg);
  throw unicodeError(UnicodeDecodeErrorType, m ? m[1] : encoding, o(), r.start, r.end, m ? m[2] : msg);
}

/** Decode a bytes-like object (str(b, encoding), bytes.decode); `needMsg` builds the TypeError for others. */
export function decodeObject(obj: PyValue, encoding: string, errors: string, needMsg: (typeName: string) => string): string {
  const data = bytesLike(obj);
  if (data === undefined) throw typeError(needMsg(typeOf(obj).name));
  return decodeBytes(data, encoding, errors, obj);
}
