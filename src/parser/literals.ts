// Decoding of string and bytes literal bodies (the text between the quotes,
// once the prefix is known), as CPython 3.11's Parser/string_parser.c does it:
// decode_unicode_with_escapes + _PyUnicode_DecodeUnicodeEscapeInternal for
// str, _PyBytes_DecodeEscape for bytes.
//
// Error positions.  CPython does not decode the source text directly: it first
// rewrites the UTF-8 body into pure ASCII, replacing every non-ASCII code point
// by a 10-byte `\UXXXXXXXX` escape and a backslash that precedes a non-ASCII
// character by the 6-byte `\u005c`, and then runs the unicode-escape codec on
// that buffer.  The positions in "(unicode error) ... in position a-b" count
// bytes of that rewritten buffer.  We decode the body in place and keep a
// virtual position `vpos` that advances as the rewritten buffer would, so the
// messages match without building the buffer.
//
// The body is expected with newlines already normalised to \n (the tokenizer
// translates \r\n and \r, as CPython's does).

import { CodePointStr } from './constants.js';
import { lookupUnicodeName } from '../objects/unicode_names.js';

/** A literal that cannot be decoded; `msg` is CPython's SyntaxError message. */
export class LiteralError extends Error {
  constructor(readonly msg: string) {
    super(msg);
  }
}

/**
 * Called for escapes that CPython 3.11 keeps but warns about (DeprecationWarning).
 * `offsetInBody` is the index of the backslash in the body; `seq` is what
 * follows it: one character for an unknown escape like `\d`, or the three
 * digits of an octal escape above 0o377.
 */
export type InvalidEscapeHandler = (offsetInBody: number, seq: string) => void;

/**
 * The warning text for an invalid escape, as Parser/string_parser.c
 * warn_invalid_escape_sequence words it (CPython only reports the first one
 * of each literal).
 */
export function invalidEscapeMessage(seq: string): string {
  const c = seq.charCodeAt(0);
  return c >= 0x34 && c <= 0x37 && seq.length === 3
    ? "invalid octal escape sequence '\\" + seq + "'"
    : "invalid escape sequence '\\" + seq[0] + "'";
}

const NOT_HEX = 255;
const HEX_VALUE = (() => {
  const t = new Uint8Array(128).fill(NOT_HEX);
  for (let i = 0; i < 10; i++) t[0x30 + i] = i;
  for (let i = 0; i < 6; i++) { t[0x41 + i] = 10 + i; t[0x61 + i] = 10 + i; }
  return t;
})();

/** Simple one-character escapes shared by str and bytes (code 0 = not simple). */
const SIMPLE_ESCAPE = (() => {
  const t = new Uint8Array(128);
  t[0x5c] = 0x5c; t[0x27] = 0x27; t[0x22] = 0x22; // \\ \' \"
  t[0x61] = 0x07; t[0x62] = 0x08; t[0x66] = 0x0c; // \a \b \f
  t[0x6e] = 0x0a; t[0x72] = 0x0d; t[0x74] = 0x09; t[0x76] = 0x0b; // \n \r \t \v
  return t;
})();

function unicodeError(start: number, end: number, what: string): LiteralError {
  // Objects/exceptions.c UnicodeDecodeError_str: one byte or a range.
  const where = end === start + 1
    ? "can't decode byte 0x5c in position " + start
    : "can't decode bytes in position " + start + '-' + (end - 1);
  return new LiteralError("(unicode error) 'unicodeescape' codec " + where + ': ' + what);
}

/** Width in CPython's rewritten buffer of the (non-backslash) code unit at `i`. */
function virtualWidth(body: string, i: number): number {
  const c = body.charCodeAt(i);
  if (c < 0x80) return 1;
  // A surrogate pair is one code point (10 bytes); count it on the high half.
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
    const hi = body.charCodeAt(i - 1);
    if (hi >= 0xd800 && hi <= 0xdbff) return 0;
  }
  return 10;
}

/** Decodes a str literal body.  Raw bodies and bodies without a backslash are returned as they are. */
export function decodeString(body: string, raw: boolean, onInvalidEscape?: InvalidEscapeHandler): string | CodePointStr {
  if (raw) return body;
  /** Indices in `out` of pieces that are one surrogate code point from an escape. */
  let surrogates: number[] | null = null;
  let i = body.indexOf('\\');
  if (i < 0) return body;
  const n = body.length;
  const out: string[] = [];
  let vpos = 0;
  for (let k = 0; k < i; k++) vpos += virtualWidth(body, k);
  let run = 0; // start of the verbatim run not yet copied to `out`
  while (i < n) {
    if (body.charCodeAt(i) !== 0x5c) {
      vpos += virtualWidth(body, i);
      i++;
      continue;
    }
    if (run < i) out.push(body.slice(run, i));
    const start = vpos;
    const bsIndex = i;
    i++;
    vpos++;
    if (i >= n) { out.push('\\'); run = i; break; } // rewritten to \u005c: a literal backslash
    const c = body.charCodeAt(i);
    if (c >= 0x80) {
      // "\é": CPython rewrites the backslash to \u005c, so it stays literal.
      out.push('\\');
      vpos += 5;
      run = i;
      continue;
    }
    i++;
    vpos++;
    run = i;
    const simple = SIMPLE_ESCAPE[c];
    if (simple !== 0) { out.push(String.fromCharCode(simple)); continue; }
    if (c === 0x0a) continue; // backslash-newline: line continuation
    if (c >= 0x30 && c <= 0x37) {
      let v = c - 0x30;
      for (let k = 0; k < 2 && i < n; k++) {
        const d = body.charCodeAt(i);
        if (d < 0x30 || d > 0x37) break;
        v = v * 8 + (d - 0x30);
        i++;
        vpos++;
      }
      run = i;
      if (v > 0o377 && onInvalidEscape) onInvalidEscape(bsIndex, body.slice(bsIndex + 1, i));
      out.push(String.fromCharCode(v));
      continue;
    }
    if (c === 0x78 || c === 0x75 || c === 0x55) { // \x \u \U
      const count = c === 0x78 ? 2 : c === 0x75 ? 4 : 8;
      let v = 0;
      for (let k = 0; k < count; k++) {
        const d = i < n ? body.charCodeAt(i) : NOT_HEX;
        const h = d < 128 ? HEX_VALUE[d] : NOT_HEX;
        if (h === NOT_HEX) {
          throw unicodeError(start, vpos,
            c === 0x78 ? 'truncated \\xXX escape' : c === 0x75 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape');
        }
        v = v * 16 + h;
        i++;
        vpos++;
      }
      run = i;
      if (v > 0x10ffff) throw unicodeError(start, vpos, 'illegal Unicode character');
      if (v >= 0xd800 && v <= 0xdfff) (surrogates ??= []).push(out.length);
      out.push(String.fromCodePoint(v));
      continue;
    }
    if (c === 0x4e) { // \N{name}
      const malformed = 'malformed \\N character escape';
      if (i >= n || body.charCodeAt(i) !== 0x7b) throw unicodeError(start, vpos, malformed);
      i++;
      vpos++;
      const nameStart = i;
      let ascii = true;
      while (i < n && body.charCodeAt(i) !== 0x7d) {
        const d = body.charCodeAt(i);
        if (d >= 0x80) {
          ascii = false;
          vpos += virtualWidth(body, i);
        } else if (d === 0x5c && i + 1 < n && body.charCodeAt(i + 1) >= 0x80) {
          vpos += 6;
        } else {
          vpos++;
        }
        i++;
      }
      if (i >= n || i === nameStart) throw unicodeError(start, vpos, malformed);
      i++;
      vpos++;
      run = i;
      // A non-ASCII character would appear as "\UXXXXXXXX" in CPython's
      // buffer, and no character name contains a backslash.
      const cp = ascii ? lookupUnicodeName(body.slice(nameStart, i - 1)) : -1;
      if (cp < 0) throw unicodeError(start, vpos, 'unknown Unicode character name');
      out.push(String.fromCodePoint(cp));
      continue;
    }
    // Unknown escape: CPython keeps the backslash and the character.
    run = bsIndex;
    if (onInvalidEscape) onInvalidEscape(bsIndex, String.fromCharCode(c));
  }
  if (run < n) out.push(body.slice(run));
  if (surrogates !== null) {
    const cps: number[] = [];
    let k = 0;
    for (let j = 0; j < out.length; j++) {
      if (k < surrogates.length && surrogates[k] === j) { cps.push(out[j].charCodeAt(0)); k++; }
      else for (const ch of out[j]) cps.push(ch.codePointAt(0)!);
    }
    return new CodePointStr(cps);
  }
  return out.join('');
}

/**
 * Decodes a bytes literal body (Objects/bytesobject.c _PyBytes_DecodeEscape).
 * Only ASCII is allowed in bytes literals, raw or not (string_parser.c parsestr).
 */
export function decodeBytes(body: string, raw: boolean, onInvalidEscape?: InvalidEscapeHandler): Uint8Array {
  const n = body.length;
  const out = new Uint8Array(n);
  let hasEscape = false;
  for (let k = 0; k < n; k++) {
    const c = body.charCodeAt(k);
    if (c >= 0x80) throw new LiteralError('bytes can only contain ASCII literal characters');
    if (c === 0x5c) hasEscape = true;
    out[k] = c;
  }
  if (raw || !hasEscape) return out;
  let p = 0;
  let i = 0;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c !== 0x5c) { out[p++] = c; i++; continue; }
    const bsIndex = i;
    i++;
    if (i >= n) throw new LiteralError('(value error) Trailing \\ in string');
    const e = body.charCodeAt(i);
    i++;
    const simple = SIMPLE_ESCAPE[e];
    if (simple !== 0) { out[p++] = simple; continue; }
    if (e === 0x0a) continue;
    if (e >= 0x30 && e <= 0x37) {
      let v = e - 0x30;
      for (let k = 0; k < 2 && i < n; k++) {
        const d = body.charCodeAt(i);
        if (d < 0x30 || d > 0x37) break;
        v = v * 8 + (d - 0x30);
        i++;
      }
      if (v > 0o377 && onInvalidEscape) onInvalidEscape(bsIndex, body.slice(bsIndex + 1, i));
      out[p++] = v & 0xff;
      continue;
    }
    if (e === 0x78) {
      if (i + 1 < n) {
        const h1 = HEX_VALUE[body.charCodeAt(i)];
        const h2 = HEX_VALUE[body.charCodeAt(i + 1)];
        if (h1 !== NOT_HEX && h2 !== NOT_HEX) {
          out[p++] = (h1 << 4) | h2;
          i += 2;
          continue;
        }
      }
      throw new LiteralError('(value error) invalid \\x escape at position ' + bsIndex);
    }
    // Unknown escape: keep the backslash, then the character as an ordinary one.
    if (onInvalidEscape) onInvalidEscape(bsIndex, String.fromCharCode(e));
    out[p++] = 0x5c;
    i--;
  }
  return out.slice(0, p);
}
