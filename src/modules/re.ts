// _krait_re: the engine under lib/re.py (the role of CPython's _sre).
// Patterns are translated to JS RegExps by re_translate.ts; this file runs
// them with Python's positions (code points, pos/endpos) and Python 3.7+'s
// rules for successive matches (Modules/_sre/sre.c pattern_subx and the
// scanner: after an empty match the next match must not be empty at the same
// position).  Bytes are matched as latin-1 strings.  The Pattern and Match
// classes, templates, split/sub/findall live in lib/re.py.

import type { Interpreter } from '../vm/interp.js';
import type { PyModule } from '../objects/module.js';
import { None, PyObject, makeBuiltinType, isInstance, StrType, type PyValue } from '../objects/object.js';
import { PyBytes, PyByteArray } from '../objects/bytes.js';
import { PyTuple } from '../objects/tuple.js';
import { PyList } from '../objects/list.js';
import { builtinFunction, typeName } from '../objects/methods.js';
import { typeError } from '../objects/exceptions.js';
import * as A from '../objects/abstract.js';
import { cpIndex, cuOffset, cpOffset, type CpIndex } from '../objects/str_core.js';
import { lookupUnicodeName } from '../objects/unicode_names.js';
import { translate, setUnicodeLookup, ReError, type Translated } from './re_translate.js';

setUnicodeLookup(lookupUnicodeName);

const SreCodeType = makeBuiltinType('_krait_re.code', undefined, 0);

/** A compiled pattern: the JS RegExps for each way of matching (built lazily). */
class SreCode extends PyObject {
  readonly t: Translated;
  readonly isBytes: boolean;
  readonly pattern: string;
  readonly jsFlags: string;
  readonly search: RegExp;
  sticky: RegExp | null = null;
  full: RegExp | null = null;
  advance: RegExp | null = null;
  advanceGroup: number[] | null = null;
  constructor(t: Translated, pattern: string, isBytes: boolean) {
    super(SreCodeType);
    this.t = t;
    this.pattern = pattern;
    this.isBytes = isBytes;
    this.jsFlags = 'u' + (t.groups > 0 ? 'd' : '') + (t.jsIgnoreCase ? 'i' : '');
    this.search = new RegExp(t.source, this.jsFlags + 'g');
  }
  getSticky(): RegExp {
    return this.sticky ??= new RegExp(this.t.source, this.jsFlags + 'y');
  }
  getFull(): RegExp {
    return this.full ??= new RegExp(`(?:${this.t.source})(?![\\s\\S])`, this.jsFlags + 'y');
  }
  /** Sticky, and only non-empty matches: group 1 holds the rest of the input, which the end must not equal. */
  getAdvance(): RegExp {
    if (this.advance) return this.advance;
    const t2 = translate(this.pattern, this.t.flags, this.isBytes, 1);
    this.advanceGroup = t2.jsGroup;
    return this.advance = new RegExp(`(?=([\\s\\S]*))(?:${t2.source})(?!\\1(?![\\s\\S]))`, 'ud' + (t2.jsIgnoreCase ? 'i' : '') + 'y');
  }
}

// ---- subjects: the string to match as a JS string, with code point positions ----

const latin1Cache = new WeakMap<PyBytes, string>();
function latin1(data: Uint8Array, n: number): string {
  let s = '';
  for (let i = 0; i < n; i += 8192) s += String.fromCharCode.apply(null, Array.from(data.subarray(i, Math.min(n, i + 8192))));
  return s;
}

/** The subject as a JS string, checking its type against the pattern's (sre's getstring). */
function subject(code: SreCode, v: PyValue): string {
  if (typeof v === 'string' || (v instanceof PyObject && isInstance(v, StrType))) {
    if (code.isBytes) throw typeError('cannot use a bytes pattern on a string-like object');
    return typeof v === 'string' ? v : A.strValue(v);
  }
  if (v instanceof PyBytes || v instanceof PyByteArray) {
    if (!code.isBytes) throw typeError('cannot use a string pattern on a bytes-like object');
    if (v instanceof PyBytes) {
      let s = latin1Cache.get(v);
      if (s === undefined) { s = latin1(v.data, v.data.length); latin1Cache.set(v, s); }
      return s;
    }
    return latin1(v.data, v.length);
  }
  throw typeError(`expected string or bytes-like object, got '${typeName(v)}'`);
}

/** Spans of a JS match as code point offsets: [s0, e0, s1, e1, ...], -1 for unset groups. */
function spans(code: SreCode, m: RegExpExecArray, ix: CpIndex, jsGroup: number[]): PyValue[] {
  const n = code.t.groups;
  const out: PyValue[] = new Array(2 * (n + 1));
  const s0 = m.index, e0 = s0 + m[0].length;
  out[0] = cpOffset(ix, s0); out[1] = cpOffset(ix, e0);
  if (n > 0) {
    const ind = m.indices!;
    for (let g = 1; g <= n; g++) {
      const sp = ind[jsGroup[g]];
      if (sp === undefined) { out[2 * g] = -1; out[2 * g + 1] = -1; }
      else { out[2 * g] = cpOffset(ix, sp[0]); out[2 * g + 1] = cpOffset(ix, sp[1]); }
    }
  }
  return out;
}

interface Bounds { s: string; ix: CpIndex; pos: number; end: number }

/** Clamps pos/endpos like sre's state_init and converts them to code units. */
function bounds(code: SreCode, string: PyValue, pos: PyValue, endpos: PyValue): Bounds {
  let s = subject(code, string);
  const ix = code.isBytes ? null : cpIndex(s);
  const len = ix === null ? s.length : ix.length - 1;
  let p = pos === None ? 0 : A.indexSize(pos);
  let e = endpos === None ? len : A.indexSize(endpos);
  if (p < 0) p = 0; else if (p > len) p = len;
  if (e < 0) e = 0; else if (e > len) e = len;
  const pu = cuOffset(s, ix, p), eu = cuOffset(s, ix, e);
  if (eu < s.length) s = s.slice(0, eu);
  return { s, ix, pos: p > e ? -1 : pu, end: eu };
}

/** One match: mode 0 search, 1 match (anchored at pos), 2 fullmatch. */
function matchOnce(code: SreCode, string: PyValue, pos: PyValue, endpos: PyValue, mode: number): PyValue {
  const b = bounds(code, string, pos, endpos);
  if (b.pos < 0) return None;
  const re = mode === 0 ? code.search : mode === 1 ? code.getSticky() : code.getFull();
  re.lastIndex = b.pos;
  const m = re.exec(b.s);
  if (m === null) return None;
  return new PyTuple(spans(code, m, b.ix, code.t.jsGroup));
}

/**
 * Calls each(m, jsGroup) for every match from pos, as finditer/findall/sub/split
 * see them (3.7+ empty-match rules), at most limit times when limit > 0.
 */
function scanRaw(code: SreCode, b: Bounds, limit: number, each: (m: RegExpExecArray, jsGroup: number[]) => void): void {
  if (b.pos < 0) return;
  const s = b.s, re = code.search;
  let p = b.pos, n = 0;
  let mustAdvance = false;
  while (p <= b.end && (limit <= 0 || n < limit)) {
    let jsGroup = code.t.jsGroup;
    re.lastIndex = p;
    let m = re.exec(s);
    if (m !== null && mustAdvance && m.index === p && m[0].length === 0) {
      // The engine's first choice is the empty match we just had: look for a
      // non-empty one at p (only possible with alternation or lazy repeats),
      // else search again one code point further.
      let alt: RegExpExecArray | null = null;
      if (code.t.mayPreferEmpty) {
        const adv = code.getAdvance();
        adv.lastIndex = p;
        alt = adv.exec(s);
      }
      if (alt !== null) {
        m = alt;
        jsGroup = code.advanceGroup!;
      } else {
        if (p >= b.end) break;
        const c = s.charCodeAt(p);
        const step = c >= 0xd800 && c <= 0xdbff && p + 1 < s.length && (s.charCodeAt(p + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
        re.lastIndex = p + step;
        m = re.exec(s);
      }
    }
    if (m === null) break;
    const sp = m.index, ep = sp + m[0].length;
    each(m, jsGroup);
    n++;
    mustAdvance = sp === ep;
    p = ep;
  }
}

function scan(code: SreCode, string: PyValue, pos: PyValue, endpos: PyValue, limit: number): PyValue {
  const b = bounds(code, string, pos, endpos);
  const out: PyValue[] = [];
  scanRaw(code, b, limit, (m, jsGroup) => { out.push(new PyTuple(spans(code, m, b.ix, jsGroup))); });
  return new PyList(out);
}

/** A slice of the subject in code units, as the subject's type (bytes for any bytes-like subject). */
function piece(code: SreCode, string: PyValue, s: string, a: number, e: number): PyValue {
  if (!code.isBytes) return s.slice(a, e);
  const data = string instanceof PyBytes ? string.data : (string as PyByteArray).data;
  return new PyBytes(data.slice(a, e));
}

/** Pattern.findall (pattern_findall): whole matches, the one group, or tuples of groups. */
function findall(code: SreCode, string: PyValue, pos: PyValue, endpos: PyValue): PyValue {
  const b = bounds(code, string, pos, endpos);
  const out: PyValue[] = [];
  const n = code.t.groups, s = b.s;
  scanRaw(code, b, 0, (m, jsGroup) => {
    if (n === 0) { out.push(piece(code, string, s, m.index, m.index + m[0].length)); return; }
    const ind = m.indices!;
    const one = (g: number): PyValue => {
      const sp = ind[jsGroup[g]];
      return sp === undefined ? piece(code, string, s, 0, 0) : piece(code, string, s, sp[0], sp[1]);
    };
    if (n === 1) { out.push(one(1)); return; }
    const items: PyValue[] = [];
    for (let g = 1; g <= n; g++) items.push(one(g));
    out.push(new PyTuple(items));
  });
  return new PyList(out);
}

/** Pattern.split (pattern_split): pieces between matches, with the groups of each match. */
function split(code: SreCode, string: PyValue, maxsplit: number): PyValue {
  const b = bounds(code, string, None, None);
  const out: PyValue[] = [];
  const n = code.t.groups, s = b.s;
  let last = 0;
  if (maxsplit >= 0) {
    scanRaw(code, b, maxsplit, (m, jsGroup) => {
      out.push(piece(code, string, s, last, m.index));
      if (n > 0) {
        const ind = m.indices!;
        for (let g = 1; g <= n; g++) {
          const sp = ind[jsGroup[g]];
          out.push(sp === undefined ? None : piece(code, string, s, sp[0], sp[1]));
        }
      }
      last = m.index + m[0].length;
    });
  }
  out.push(piece(code, string, s, last, s.length));
  return new PyList(out);
}

/** Pattern.subn with a literal replacement (already template-expanded): (result, count). */
function subLiteral(code: SreCode, string: PyValue, repl: PyValue, count: number): PyValue {
  const b = bounds(code, string, None, None);
  const s = b.s;
  let n = 0, last = 0;
  if (!code.isBytes) {
    const r = A.strValue(repl);
    let out = '';
    scanRaw(code, b, count, (m) => { out += s.slice(last, m.index) + r; last = m.index + m[0].length; n++; });
    return new PyTuple([out + s.slice(last), n]);
  }
  const rd = repl instanceof PyBytes ? repl.data : (repl as PyByteArray).data.subarray(0, (repl as PyByteArray).length);
  const data = string instanceof PyBytes ? string.data : (string as PyByteArray).data;
  const parts: Uint8Array[] = [];
  let total = 0;
  scanRaw(code, b, count, (m) => {
    const p = data.subarray(last, m.index);
    parts.push(p, rd); total += p.length + rd.length;
    last = m.index + m[0].length; n++;
  });
  const tail = data.subarray(last, s.length);
  parts.push(tail); total += tail.length;
  const res = new Uint8Array(total);
  let k = 0;
  for (const p of parts) { res.set(p, k); k += p.length; }
  return new PyTuple([new PyBytes(res), n]);
}

/** The code object from a Pattern's `_code` argument. */
function asCode(v: PyValue): SreCode {
  if (!(v instanceof SreCode)) throw typeError('expected a compiled pattern');
  return v;
}

export function initKraitRe(_interp: Interpreter, m: PyModule): void {
  const d = m.dict;
  // compile(pattern, flags, error) -> (code, flags, groups, [(name, index), ...]); raises error(msg, pattern, pos)
  d.setStr('compile', builtinFunction('compile(pattern, flags, error, /)', (pattern: PyValue, flags: PyValue, error: PyValue) => {
    let text: string, isBytes: boolean;
    if (typeof pattern === 'string') { text = pattern; isBytes = false; }
    else if (pattern instanceof PyBytes) { text = latin1(pattern.data, pattern.data.length); isBytes = true; }
    else if (pattern instanceof PyByteArray) { text = latin1(pattern.data, pattern.length); isBytes = true; }
    else if (pattern instanceof PyObject && isInstance(pattern, StrType)) { text = A.strValue(pattern); isBytes = false; }
    else throw typeError('first argument must be string or compiled pattern');
    const fl = A.indexSize(flags);
    let t: Translated;
    try {
      t = translate(text, fl, isBytes);
    } catch (e) {
      if (e instanceof ReError) throw A.call(error, [e.msg, pattern, e.pos < 0 ? None : e.pos]);
      throw e;
    }
    let code: SreCode;
    try {
      code = new SreCode(t, text, isBytes);
    } catch (e) {
      if (e instanceof SyntaxError) throw A.call(error, [`krait cannot translate this pattern: ${e.message}`, pattern, None]);
      throw e;
    }
    const names = t.groupNames.map(([k, v]) => new PyTuple([k, v]));
    return new PyTuple([code, t.flags, t.groups, new PyList(names)]);
  }, m));
  d.setStr('match', builtinFunction('match(code, string, pos, endpos, mode, /)',
    (code: PyValue, string: PyValue, pos: PyValue, endpos: PyValue, mode: PyValue) =>
      matchOnce(asCode(code), string, pos, endpos, A.indexSize(mode)), m));
  d.setStr('scan', builtinFunction('scan(code, string, pos, endpos, limit, /)',
    (code: PyValue, string: PyValue, pos: PyValue, endpos: PyValue, limit: PyValue) =>
      scan(asCode(code), string, pos, endpos, A.indexSize(limit)), m));
  d.setStr('findall', builtinFunction('findall(code, string, pos, endpos, /)',
    (code: PyValue, string: PyValue, pos: PyValue, endpos: PyValue) => findall(asCode(code), string, pos, endpos), m));
  d.setStr('split', builtinFunction('split(code, string, maxsplit, /)',
    (code: PyValue, string: PyValue, maxsplit: PyValue) => split(asCode(code), string, A.indexSize(maxsplit)), m));
  d.setStr('sub_literal', builtinFunction('sub_literal(code, string, repl, count, /)',
    (code: PyValue, string: PyValue, repl: PyValue, count: PyValue) => subLiteral(asCode(code), string, repl, A.indexSize(count)), m));
  // js_source(code) -> the translated RegExp source (for debugging)
  d.setStr('js_source', builtinFunction('js_source(code, /)', (code: PyValue) => asCode(code).search.source, m));
}
