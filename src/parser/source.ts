// Source decoding: the bytes of a Python file -> the text the tokenizer reads
// (PEP 263 coding cookies, PEP 3120 UTF-8 default, the UTF-8 BOM).
//
// Two CPython entry points decode source bytes, and they report problems
// differently, so both are mirrored here:
//
//  * `decodeSource` is compile()/ast.parse() on a bytes object: builtin
//    compile's null-byte check (Python/pythonrun.c _Py_SourceAsString), then
//    the string tokenizer's decode_str() (Parser/tokenizer.c).  Encoding
//    problems become SyntaxErrors with lineno 0 and offset -1
//    (Parser/pegen_errors.c _PyPegen_raise_tokenizer_init_error).
//  * `checkSourceFile` is what `python3 FILE` adds on top (the file
//    tokenizer, tok_underflow_file): "Non-UTF-8 code starting with ..." per
//    line, "encoding problem: NAME" for any cookie trouble, and null bytes
//    reported with the line they are on.  The CLI calls it before parse().
//
// Invalid UTF-8 in a file without a cookie (or with exactly `utf-8`) is NOT an
// error at this stage in CPython: decode_str leaves such bytes alone, a
// comment may hold them, and the parser fails only when it decodes a string
// literal or identifier that contains them ("(unicode error) 'utf-8' codec
// can't decode byte 0xf6 in position 1: invalid start byte", positions
// relative to the literal).  To keep that behaviour without handing the
// tokenizer bytes, each byte that is not part of a valid UTF-8 sequence is
// decoded the way Python's "surrogateescape" handler does: byte 0xXY becomes
// the lone surrogate U+DCXY.  Valid UTF-8 cannot encode a surrogate, so a lone
// surrogate in the text always means "undecodable byte here";
// `encodeEscaped` and `utf8DecodeErrorMessage` let the parser rebuild
// CPython's message from the literal's original bytes.
//
// Newlines are not touched here.  CPython's decode_str first runs
// translate_newlines (CRLF and lone CR -> LF, plus a final LF for exec
// input); that is the tokenizer's job in krait.  Only the cookie search below
// honours all three line endings, as CPython's does after translation.

import { PySyntaxError } from './errors.js';

const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF8_LOOSE = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** An encoding SyntaxError of compile(): CPython's (filename, 0, -1, None). */
function encodingError(msg: string, filename: string): PySyntaxError {
  // CPython's (filename, 0, -1, None): a negative end_lineno stands for None.
  return new PySyntaxError('SyntaxError', msg, filename, 0, -1, null, -1, -1);
}

/**
 * A SyntaxError(msg) with no location at all (lineno None, which
 * PySyntaxError encodes as a negative lineno): CPython prints only
 * "SyntaxError: msg" for it.
 */
function unlocatedError(msg: string, filename: string): PySyntaxError {
  return new PySyntaxError('SyntaxError', msg, filename, -1, -1, null, -1, -1);
}

/**
 * compile()/ast.parse() on bytes: returns the source text, or throws the
 * SyntaxError CPython raises.  `execInput` is false for eval/func_type mode,
 * where CPython does not append a final newline before the cookie search.
 */
export function decodeSource(data: Uint8Array, filename: string, execInput = true): string {
  // builtin compile() refuses embedded NULs before the tokenizer sees anything;
  // the error carries no location at all (only msg).
  if (data.indexOf(0) >= 0) {
    throw unlocatedError('source code string cannot contain null bytes', filename);
  }
  const start = hasUtf8Bom(data) ? 3 : 0;
  const cookie = findCookie(data, start, execInput);
  if (cookie !== null) {
    // check_coding_spec: a BOM only agrees with a cookie that normalizes to utf-8.
    if (start === 3 && cookie !== 'utf-8') throw encodingError(`encoding problem: ${cookie} with BOM`, filename);
    if (cookie !== 'utf-8') {
      // translate_into_utf8: the whole buffer through the codec, strictly.
      const codec = lookupCodec(cookie);
      if (codec === null) throw encodingError(`unknown encoding: ${cookie}`, filename);
      const body = data.subarray(start);
      const r = codec.decode(body);
      if (typeof r === 'string') return r;
      // CPython decodes the newline-translated buffer, so positions count CRLF as one byte.
      throw encodingError(r.message(translatedOffset(body, r.start), translatedOffset(body, r.end)), filename);
    }
  }
  return decodeUtf8Escaped(data, start);
}

/**
 * The extra checks `python3 FILE` makes (CPython's file tokenizer) before the
 * text reaches the parser.  Throws the SyntaxError CPython reports, or
 * returns normally; the caller then parses the bytes with decodeSource.
 */
export function checkSourceFile(data: Uint8Array, filename: string): void {
  const start = hasUtf8Bom(data) ? 3 : 0;
  const cookie = findCookie(data, start, true);
  let text: string;
  // A cookie on line 2 comes too late for line 1, which was already checked
  // as UTF-8 (the file tokenizer reads line by line).
  if (cookie !== null && start === 0 && cookieInLine(data, 0, lineEnd(data, 0)) === null) {
    ensureUtf8(data, 0, lineEnd(data, 0), filename);
  }
  if (cookie !== null && cookie !== 'utf-8') {
    // fp_setreadl / decoding_fgets: any trouble with a declared codec is
    // reported as "encoding problem", without a location.
    if (start === 3) throw unlocatedError(`encoding problem: ${cookie} with BOM`, filename);
    const codec = lookupCodec(cookie);
    const r = codec === null ? null : codec.decode(data.subarray(start));
    if (typeof r !== 'string') throw unlocatedError(`encoding problem: ${cookie}`, filename);
    text = r;
  } else {
    // ensure_utf8 runs on every line read while no encoding is known, each
    // line before that line's NUL check: stop at the first line with a NUL.
    if (cookie === null && start === 0) {
      const nul = data.indexOf(0);
      ensureUtf8(data, 0, nul < 0 ? data.length : lineEnd(data, nul), filename);
    }
    text = UTF8_LOOSE.decode(data.subarray(start));
  }
  // tok_nextc: a line holding a NUL is refused with that line as `text`,
  // cut at the NUL (the C string ends there), and offset 0.
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    let lineStart = 0;
    let line = 1;
    for (let i = 0; i < nul; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
        line++;
        lineStart = i + 1;
      }
    }
    const lineText = text.slice(lineStart, nul);
    throw new PySyntaxError('SyntaxError', 'source code cannot contain null bytes', filename, line, 0, lineText, line, 0);
  }
}

/**
 * tokenizer.c ensure_utf8 over the lines in data[from, to): each line up to a
 * NUL (C-string style).  Its valid_utf8 is strict in 3.11.7: overlong forms,
 * surrogates and code points above U+10FFFF are refused here too.
 */
function ensureUtf8(data: Uint8Array, from: number, to: number, filename: string): void {
  let line = 1;
  let i = from;
  while (i < to) {
    const b = data[i];
    if (b === 0x0a || b === 0x0d) {
      if (b === 0x0d && data[i + 1] === 0x0a) i++;
      i++;
      line++;
      continue;
    }
    if (b === 0) {
      // The rest of this line is invisible to ensure_utf8; the NUL check reports it.
      while (i < to && data[i] !== 0x0a && data[i] !== 0x0d) i++;
      continue;
    }
    const len = strictUtf8Length(data, i, data.length);
    if (len === 0) {
      const hex = b.toString(16).padStart(2, '0');
      throw unlocatedError(
        `Non-UTF-8 code starting with '\\x${hex}' in file ${filename} on line ${line}, ` +
          'but no encoding declared; see https://peps.python.org/pep-0263/ for details',
        filename,
      );
    }
    i += len;
  }
}

function hasUtf8Bom(data: Uint8Array): boolean {
  return data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf;
}

// ---------------------------------------------------------------------------
// The coding cookie (tokenizer.c get_coding_spec / check_coding_spec /
// get_normal_name).

/**
 * The normalized cookie of line 1, or of line 2 when line 1 is blank or only a
 * comment; null when there is none.  A line counts only if a newline ends it
 * (decode_str looks for two '\n's), except that exec input always gets a
 * final newline.
 */
export function findCookie(data: Uint8Array, start: number, execInput: boolean): string | null {
  const end1 = lineEnd(data, start);
  if (end1 === data.length && !execInput) return null;
  const c1 = cookieInLine(data, start, end1);
  if (c1 !== null) return c1;
  if (!blankOrComment(data, start, end1)) return null;
  // A line ending in a backslash is a continuation line: never a cookie line.
  // (It is not blank-or-comment either, so the test above already stopped.)
  const start2 = end1 + (data[end1] === 0x0d && data[end1 + 1] === 0x0a ? 2 : 1);
  if (start2 >= data.length) return null;
  const end2 = lineEnd(data, start2);
  if (end2 === data.length && !execInput) return null;
  return cookieInLine(data, start2, end2);
}

function lineEnd(data: Uint8Array, i: number): number {
  const n = data.length;
  while (i < n && data[i] !== 0x0a && data[i] !== 0x0d) i++;
  return i;
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0c;
}

function blankOrComment(data: Uint8Array, i: number, end: number): boolean {
  while (i < end && isSpace(data[i])) i++;
  return i === end || data[i] === 0x23;
}

function isAsciiAlnum(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
}

/** get_coding_spec on one line: `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` (ASCII \w). */
function cookieInLine(data: Uint8Array, i: number, end: number): string | null {
  // CPython loops while i < size - 6 (the line without its newline).
  const limit = end - 6;
  for (; i < limit; i++) {
    const b = data[i];
    if (b === 0x23) break;
    if (!isSpace(b)) return null;
  }
  for (; i < limit; i++) {
    if (
      data[i] !== 0x63 || data[i + 1] !== 0x6f || data[i + 2] !== 0x64 ||
      data[i + 3] !== 0x69 || data[i + 4] !== 0x6e || data[i + 5] !== 0x67
    ) continue;
    let t = i + 6;
    if (data[t] !== 0x3a && data[t] !== 0x3d) continue; // ':' or '='
    do t++; while (data[t] === 0x20 || data[t] === 0x09);
    const begin = t;
    while (t < end && (isAsciiAlnum(data[t]) || data[t] === 0x2d || data[t] === 0x5f || data[t] === 0x2e)) t++;
    if (begin < t) return normalName(String.fromCharCode(...data.subarray(begin, t)));
  }
  return null;
}

/** get_normal_name: the utf-8 and latin-1 spellings CPython canonicalizes itself. */
function normalName(s: string): string {
  // CPython looks at (at most) the first 12 characters, '_' -> '-', lowercased.
  const buf = s.slice(0, 12).replace(/_/g, '-').toLowerCase();
  if (buf === 'utf-8' || buf.startsWith('utf-8-')) return 'utf-8';
  if (
    buf === 'latin-1' || buf === 'iso-8859-1' || buf === 'iso-latin-1' ||
    buf.startsWith('latin-1-') || buf.startsWith('iso-8859-1-') || buf.startsWith('iso-latin-1-')
  ) return 'iso-8859-1';
  return s;
}

// ---------------------------------------------------------------------------
// UTF-8.

/** UTF-8 with every undecodable byte 0xXY turned into U+DCXY (surrogateescape). */
function decodeUtf8Escaped(data: Uint8Array, start: number): string {
  const body = start === 0 ? data : data.subarray(start);
  try {
    return UTF8_FATAL.decode(body);
  } catch {
    // Rare: rebuild the text piece by piece, escaping the bad bytes.
  }
  const parts: string[] = [];
  const n = body.length;
  let runStart = 0;
  let i = 0;
  while (i < n) {
    if (body[i] < 0x80) { i++; continue; }
    const len = strictUtf8Length(body, i, n);
    if (len > 0) { i += len; continue; }
    if (runStart < i) parts.push(UTF8_FATAL.decode(body.subarray(runStart, i)));
    parts.push(String.fromCharCode(0xdc00 | body[i]));
    i++;
    runStart = i;
  }
  if (runStart < n) parts.push(UTF8_FATAL.decode(body.subarray(runStart, n)));
  return parts.join('');
}

function isCont(b: number): boolean {
  return (b & 0xc0) === 0x80;
}

/** Length of the valid (strict, RFC 3629) UTF-8 sequence at i, or 0. */
function strictUtf8Length(d: Uint8Array, i: number, n: number): number {
  const b = d[i];
  if (b < 0x80) return 1;
  if (b < 0xc2) return 0;
  if (b < 0xe0) return i + 1 < n && isCont(d[i + 1]) ? 2 : 0;
  if (b < 0xf0) {
    if (i + 2 >= n) return 0;
    const b1 = d[i + 1];
    if (!isCont(b1) || (b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 >= 0xa0)) return 0;
    return isCont(d[i + 2]) ? 3 : 0;
  }
  if (b < 0xf5) {
    if (i + 3 >= n) return 0;
    const b1 = d[i + 1];
    if (!isCont(b1) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 >= 0x90)) return 0;
    return isCont(d[i + 2]) && isCont(d[i + 3]) ? 4 : 0;
  }
  return 0;
}

/**
 * The bytes a decoded text came from: UTF-8, with each escape surrogate
 * U+DC80..U+DCFF turned back into its byte.  For the parser, to rebuild a
 * literal's original bytes when it holds escapes.
 */
export function encodeEscaped(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) { out.push(c); continue; }
    if (c >= 0xdc80 && c <= 0xdcff) { out.push(c & 0xff); continue; }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
        continue;
      }
    }
    if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return Uint8Array.from(out);
}

const ESCAPED_BYTE = /(?<![\ud800-\udbff])[\udc80-\udcff]/;

/** True when the text holds an undecodable-byte escape (see the file comment). */
export function hasEscapedBytes(s: string): boolean {
  return ESCAPED_BYTE.test(s);
}

/**
 * str(UnicodeDecodeError) for the first error of the strict UTF-8 decoder on
 * bytes[start, end), positions relative to `start`; null when they decode.
 * Mirrors Objects/stringlib/codecs.h utf8_decode and unicode_decode_utf8:
 * which bytes an error covers and its reason.
 */
export function utf8DecodeErrorMessage(bytes: Uint8Array, start = 0, end = bytes.length): string | null {
  let i = start;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    const len = strictUtf8Length(bytes, i, end);
    if (len > 0) { i += len; continue; }
    const [errEnd, reason] = utf8ErrorAt(bytes, i, end);
    return decodeErrorMessage('utf-8', bytes, i - start, errEnd - start, reason, start);
  }
  return null;
}

/** The extent and reason of the UTF-8 error starting at i (i is not valid). */
function utf8ErrorAt(d: Uint8Array, i: number, end: number): [number, string] {
  const INVALID_START = 'invalid start byte';
  const INVALID_CONT = 'invalid continuation byte';
  const EOD = 'unexpected end of data';
  const b = d[i];
  const avail = end - i;
  if (b < 0xc2 || b >= 0xf5) return [i + 1, INVALID_START];
  if (b < 0xe0) return avail < 2 ? [end, EOD] : [i + 1, INVALID_CONT];
  const b1 = avail >= 2 ? d[i + 1] : -1;
  if (b < 0xf0) {
    if (avail < 2) return [end, EOD];
    if (!isCont(b1) || (b1 < 0xa0 ? b === 0xe0 : b === 0xed)) return [i + 1, INVALID_CONT];
    if (avail < 3) return [end, EOD];
    return [i + 2, INVALID_CONT];
  }
  if (avail < 2) return [end, EOD];
  if (!isCont(b1) || (b1 < 0x90 ? b === 0xf0 : b === 0xf4)) return [i + 1, INVALID_CONT];
  if (avail < 3) return [end, EOD];
  if (!isCont(d[i + 2])) return [i + 2, INVALID_CONT];
  if (avail < 4) return [end, EOD];
  return [i + 3, INVALID_CONT];
}

/** UnicodeDecodeError.__str__ (Objects/exceptions.c UnicodeDecodeError_str). */
function decodeErrorMessage(codec: string, bytes: Uint8Array, s: number, e: number, reason: string, base = 0): string {
  if (e === s + 1) {
    const hex = bytes[base + s].toString(16).padStart(2, '0');
    return `'${codec}' codec can't decode byte 0x${hex} in position ${s}: ${reason}`;
  }
  return `'${codec}' codec can't decode bytes in position ${s}-${e - 1}: ${reason}`;
}

/** A byte offset into `body` as an offset into its CRLF -> LF translation. */
function translatedOffset(body: Uint8Array, pos: number): number {
  let crlf = 0;
  for (let i = 0; i + 1 < pos; i++) if (body[i] === 0x0d && body[i + 1] === 0x0a) crlf++;
  return pos - crlf;
}

// ---------------------------------------------------------------------------
// Other codecs.  Python's codec names go through encodings.normalize_encoding
// and encodings.aliases; the decoding itself is done by TextDecoder where the
// WHATWG encoding agrees with Python's codec byte for byte (checked against
// python3 for every single-byte codec below), and by hand where it does not
// (Latin-1, ASCII, cp1252: WHATWG maps "latin1"/"ascii" to windows-1252, and
// Node's windows-1252 is Latin-1).  Single-byte codecs that Python leaves
// undefined at some bytes list them.  Deliberate difference: Python codecs
// with no WHATWG counterpart (mac_greek, cp437, utf-32, ...) are reported as
// unknown encodings; multibyte codecs (euc_jp, shift_jis, gbk, big5, ...) use
// the WHATWG decoders, which accept a few sequences Python's refuse.

interface DecodeFailure {
  start: number;
  end: number;
  message(start: number, end: number): string;
}

interface Codec {
  decode(data: Uint8Array): string | DecodeFailure;
}

const CP1252_HIGH = [
  0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017d, -1,
  -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, -1, 0x017e, 0x0178,
];

function failure(codec: string, data: Uint8Array, start: number, end: number, reason: string): DecodeFailure {
  return {
    start,
    end,
    message: (s, e) => decodeErrorMessage(codec, data, s, e, reason, start - s),
  };
}

/** latin-1, ascii and cp1252, decoded by table. */
function byteTableCodec(kind: 'latin1' | 'ascii' | 'cp1252'): Codec {
  return {
    decode(data) {
      const n = data.length;
      const chunks: string[] = [];
      const CHUNK = 8192;
      const buf = new Uint16Array(Math.min(n, CHUNK));
      for (let base = 0; base < n; base += CHUNK) {
        const m = Math.min(CHUNK, n - base);
        for (let k = 0; k < m; k++) {
          const b = data[base + k];
          let c = b;
          if (b >= 0x80) {
            if (kind === 'ascii') return failure('ascii', data, base + k, base + k + 1, 'ordinal not in range(128)');
            if (kind === 'cp1252' && b < 0xa0) {
              c = CP1252_HIGH[b - 0x80];
              if (c < 0) return failure('charmap', data, base + k, base + k + 1, 'character maps to <undefined>');
            }
          }
          buf[k] = c;
        }
        chunks.push(String.fromCharCode.apply(null, buf.subarray(0, m) as unknown as number[]));
      }
      return chunks.join('');
    },
  };
}

/** A WHATWG single-byte encoding, with the bytes Python's codec leaves undefined. */
function singleByteCodec(label: string, undefinedBytes: string): Codec {
  const undef = new Uint8Array(256);
  for (const h of undefinedBytes.split(' ')) if (h) undef[parseInt(h, 16)] = 1;
  return {
    decode(data) {
      for (let i = 0; i < data.length; i++) {
        if (undef[data[i]]) return failure('charmap', data, i, i + 1, 'character maps to <undefined>');
      }
      return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(data);
    },
  };
}

/** A WHATWG multibyte encoding; the error position is found by bisecting prefixes. */
function multiByteCodec(label: string, pyName: string): Codec {
  return {
    decode(data) {
      try {
        return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(data);
      } catch {
        // Find the shortest prefix that fails even when more input may follow.
        let lo = 0;
        let hi = data.length;
        const failsStreaming = (k: number): boolean => {
          try {
            new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(data.subarray(0, k), { stream: true });
            return false;
          } catch {
            return true;
          }
        };
        if (!failsStreaming(hi)) {
          // Only the end is bad: a truncated sequence, from the last point
          // where the text decodes completely.
          let s = hi - 1;
          while (s > 0 && hi - s < 4 && !decodesWhole(label, data.subarray(0, s))) s--;
          return failure(pyName, data, s, hi, 'incomplete multibyte sequence');
        }
        while (lo + 1 < hi) {
          const mid = (lo + hi) >> 1;
          if (failsStreaming(mid)) hi = mid; else lo = mid;
        }
        return failure(pyName, data, hi - 1, hi, 'illegal multibyte sequence');
      }
    },
  };
}

function decodesWhole(label: string, data: Uint8Array): boolean {
  try {
    new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(data);
    return true;
  } catch {
    return false;
  }
}

/** Python codec module name -> its codec, and the aliases that reach it. */
const CODECS: [string, () => Codec, string][] = [
  ['ascii', () => byteTableCodec('ascii'), '646 ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii'],
  ['latin_1', () => byteTableCodec('latin1'), '8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 iso_ir_100 l1 latin latin1'],
  ['cp1252', () => byteTableCodec('cp1252'), '1252 windows_1252'],
  ['cp866', () => singleByteCodec('ibm866', ''), '866 csibm866 ibm866'],
  ['iso8859_2', () => singleByteCodec('iso-8859-2', ''), 'csisolatin2 iso_8859_2 iso_8859_2_1987 iso_ir_101 l2 latin2'],
  ['iso8859_3', () => singleByteCodec('iso-8859-3', ''), 'csisolatin3 iso_8859_3 iso_8859_3_1988 iso_ir_109 l3 latin3'],
  ['iso8859_4', () => singleByteCodec('iso-8859-4', ''), 'csisolatin4 iso_8859_4 iso_8859_4_1988 iso_ir_110 l4 latin4'],
  ['iso8859_5', () => singleByteCodec('iso-8859-5', ''), 'csisolatincyrillic cyrillic iso_8859_5 iso_8859_5_1988 iso_ir_144'],
  ['iso8859_6', () => singleByteCodec('iso-8859-6', ''), 'arabic asmo_708 csisolatinarabic ecma_114 iso_8859_6 iso_8859_6_1987 iso_ir_127'],
  ['iso8859_7', () => singleByteCodec('iso-8859-7', ''), 'csisolatingreek ecma_118 elot_928 greek greek8 iso_8859_7 iso_8859_7_1987 iso_ir_126'],
  ['iso8859_8', () => singleByteCodec('iso-8859-8', ''), 'csisolatinhebrew hebrew iso_8859_8 iso_8859_8_1988 iso_ir_138'],
  ['iso8859_10', () => singleByteCodec('iso-8859-10', ''), 'csisolatin6 iso_8859_10 iso_8859_10_1992 iso_ir_157 l6 latin6'],
  ['iso8859_13', () => singleByteCodec('iso-8859-13', ''), 'iso_8859_13 l7 latin7'],
  ['iso8859_14', () => singleByteCodec('iso-8859-14', ''), 'iso_8859_14 iso_8859_14_1998 iso_celtic iso_ir_199 l8 latin8'],
  ['iso8859_15', () => singleByteCodec('iso-8859-15', ''), 'iso_8859_15 l9 latin9'],
  ['koi8_r', () => singleByteCodec('koi8-r', ''), 'cskoi8r'],
  ['koi8_u', () => singleByteCodec('koi8-u', ''), ''],
  ['mac_roman', () => singleByteCodec('macintosh', ''), 'macintosh macroman'],
  ['mac_cyrillic', () => singleByteCodec('x-mac-cyrillic', ''), 'maccyrillic'],
  ['cp874', () => singleByteCodec('windows-874', '81 82 83 84 86 87 88 89 8a 8b 8c 8d 8e 8f 90 98 99 9a 9b 9c 9d 9e 9f db dc dd de fc fd fe ff'), ''],
  ['cp1250', () => singleByteCodec('windows-1250', '81 83 88 90 98'), '1250 windows_1250'],
  ['cp1251', () => singleByteCodec('windows-1251', '98'), '1251 windows_1251'],
  ['cp1253', () => singleByteCodec('windows-1253', '81 88 8a 8c 8d 8e 8f 90 98 9a 9c 9d 9e 9f aa'), '1253 windows_1253'],
  ['cp1254', () => singleByteCodec('windows-1254', '81 8d 8e 8f 90 9d 9e'), '1254 windows_1254'],
  ['cp1255', () => singleByteCodec('windows-1255', '81 8a 8c 8d 8e 8f 90 9a 9c 9d 9e 9f'), '1255 windows_1255'],
  ['cp1256', () => singleByteCodec('windows-1256', ''), '1256 windows_1256'],
  ['cp1257', () => singleByteCodec('windows-1257', '81 83 88 8a 8c 90 98 9a 9c 9f'), '1257 windows_1257'],
  ['cp1258', () => singleByteCodec('windows-1258', '81 8a 8d 8e 8f 90 9a 9d 9e'), '1258 windows_1258'],
  ['utf_8', () => ({ decode: utf8Strict }), 'cp65001 u8 utf utf8 utf8_ucs2 utf8_ucs4'],
  ['euc_jp', () => multiByteCodec('euc-jp', 'euc_jp'), 'eucjp u_jis ujis'],
  ['shift_jis', () => multiByteCodec('shift_jis', 'shift_jis'), 'csshiftjis s_jis shiftjis sjis x_mac_japanese'],
  ['cp932', () => multiByteCodec('shift_jis', 'cp932'), '932 ms932 ms_kanji mskanji'],
  ['gbk', () => multiByteCodec('gbk', 'gbk'), '936 cp936 ms936'],
  ['gb18030', () => multiByteCodec('gb18030', 'gb18030'), 'gb18030_2000'],
  ['big5', () => multiByteCodec('big5', 'big5'), 'big5_tw csbig5 x_mac_trad_chinese'],
  ['euc_kr', () => multiByteCodec('euc-kr', 'euc_kr'), 'euckr korean ks_c_5601 ks_c_5601_1987 ks_x_1001 ksc5601 ksx1001 x_mac_korean'],
  ['iso2022_jp', () => multiByteCodec('iso-2022-jp', 'iso2022_jp'), 'csiso2022jp iso2022jp iso_2022_jp'],
];

/** A cookie of `utf8` (not normalized to utf-8 by the tokenizer) goes through the codec: strict, whole buffer. */
function utf8Strict(data: Uint8Array): string | DecodeFailure {
  try {
    return UTF8_FATAL.decode(data);
  } catch {
    let i = 0;
    while (i < data.length) {
      const len = strictUtf8Length(data, i, data.length);
      if (len === 0) break;
      i += len;
    }
    const [end, reason] = utf8ErrorAt(data, i, data.length);
    return failure('utf-8', data, i, end, reason);
  }
}

let codecIndex: Map<string, () => Codec> | null = null;

/** codecs.lookup(name), restricted to the codecs above; null if unknown. */
export function lookupCodec(name: string): Codec | null {
  if (codecIndex === null) {
    codecIndex = new Map();
    for (const [mod, make, aliases] of CODECS) {
      codecIndex.set(mod, make);
      for (const a of aliases.split(' ')) if (a) codecIndex.set(a, make);
    }
  }
  // codecs.c normalizestring (lowercase), then encodings.normalize_encoding:
  // runs of characters other than alphanumerics and '.' become one '_'.
  const norm = name.toLowerCase().replace(/[^a-z0-9.]+/g, '_').replace(/^_+|_+$/g, '');
  const make = codecIndex.get(norm) ?? codecIndex.get(norm.replace(/\./g, '_'));
  return make === undefined ? null : make();
}
