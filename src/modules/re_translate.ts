// The `re` module's front half: parses a Python regular expression (the
// grammar of Lib/re/_parser.py, with its error messages and positions) and
// translates it to a JavaScript RegExp source for the host's engine (`u`
// flag, `d` for group spans).  Python semantics that JS spells differently
// are written out explicitly:
//   - `.` `^` `$` `\A` `\Z` `\b` `\B` become classes and lookarounds that
//     treat only "\n" as a line break (JS's `m` and `.` also know \r, \u2028);
//   - `\d` `\s` `\w` use Python's Unicode definitions (str.isdecimal,
//     str.isspace, str.isalnum + "_") or ASCII ones for bytes / re.ASCII;
//   - all Python groups (named or not) become numbered JS groups; the table
//     `jsGroup` maps Python group numbers to JS ones, since atomic groups and
//     possessive repeats add hidden JS groups (the `(?=(X))\N` trick);
//   - case-insensitivity uses JS's `i` flag when it applies to the whole
//     pattern in Unicode mode; otherwise (ASCII mode, scoped `(?i:...)`)
//     letters are expanded to classes by hand.
// Positions in errors are code point indices into the pattern, like CPython.

export const SRE_FLAG_TEMPLATE = 1;
export const SRE_FLAG_IGNORECASE = 2;
export const SRE_FLAG_LOCALE = 4;
export const SRE_FLAG_MULTILINE = 8;
export const SRE_FLAG_DOTALL = 16;
export const SRE_FLAG_UNICODE = 32;
export const SRE_FLAG_VERBOSE = 64;
export const SRE_FLAG_DEBUG = 128;
export const SRE_FLAG_ASCII = 256;

/** A re.error to raise: message and position (code points) in the pattern, or -1. */
export class ReError {
  constructor(readonly msg: string, readonly pos: number) {}
}

/** Thrown internally to retry translation with hand-made case folding. */
class NeedManualCase {}

export interface Translated {
  source: string;
  /** Flags after inline global flags (with UNICODE added for str patterns). */
  flags: number;
  groups: number;
  groupNames: [string, number][];
  /** Python group number -> JS group number (index 0 unused). */
  jsGroup: number[];
  /** Whether to compile with JS's `i` flag. */
  jsIgnoreCase: boolean;
  /** Whether a lower-priority non-empty match can follow an empty one (alternation, lazy repeats). */
  mayPreferEmpty: boolean;
}

const FLAG_CHARS: Record<string, number> = {
  i: SRE_FLAG_IGNORECASE, L: SRE_FLAG_LOCALE, m: SRE_FLAG_MULTILINE, s: SRE_FLAG_DOTALL,
  x: SRE_FLAG_VERBOSE, a: SRE_FLAG_ASCII, t: SRE_FLAG_TEMPLATE, u: SRE_FLAG_UNICODE,
};
const TYPE_FLAGS = SRE_FLAG_ASCII | SRE_FLAG_LOCALE | SRE_FLAG_UNICODE;

// Python's \s for str (Py_UNICODE_ISSPACE) and \w (isalnum or '_').
const U_SPACE = '\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const U_WORD = '\\p{L}\\p{N}_';
const U_DIGIT = '\\p{Nd}';
const A_SPACE = '\\t-\\r\\x20';
const A_WORD = 'a-zA-Z0-9_';
const A_DIGIT = '0-9';

const MAXREPEAT = 4294967295;
const ASCIILETTERS = /^[a-zA-Z]$/;
const DIGITS = /^[0-9]$/;
const OCT = /^[0-7]$/;
const HEX = /^[0-9a-fA-F]$/;
const WHITESPACE = ' \t\n\r\v\f';

/** A JS source text for one code point, safe inside and outside classes with the `u` flag. */
function lit(cp: number): string {
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || cp === 0x5f) {
    return String.fromCharCode(cp);
  }
  return `\\u{${cp.toString(16)}}`;
}

/** The other-case code points of cp (single code points only), for hand-made case folding. */
function caseVariants(cp: number, ascii: boolean): number[] {
  if (ascii) {
    if (cp >= 0x41 && cp <= 0x5a) return [cp + 32];
    if (cp >= 0x61 && cp <= 0x7a) return [cp - 32];
    return [];
  }
  const s = String.fromCodePoint(cp);
  const out: number[] = [];
  for (const t of [s.toLowerCase(), s.toUpperCase()]) {
    const c = t.codePointAt(0)!;
    if (t.length === String.fromCodePoint(c).length && c !== cp && !out.includes(c)) out.push(c);
  }
  // Python's extra equivalences (sre's _ignorecase_fixes): i/ı/İ aside, the common ones.
  const extra: Record<number, number[]> = { 0x73: [0x17f], 0x17f: [0x73, 0x53], 0x6b: [0x212a], 0x212a: [0x6b, 0x4b], 0x53: [0x17f], 0x4b: [0x212a] };
  for (const c of extra[cp] ?? []) if (!out.includes(c)) out.push(c);
  return out;
}

interface Item {
  src: string;
  min: number;
  max: number;
  /** 0 = ordinary, 1 = anchor (not repeatable), 2 = a repeat (for "multiple repeat") */
  kind: number;
}

interface ClassPart { src: string; neg: string | null }

class Parser {
  readonly cps: number[];
  i = 0;
  groups = 0;
  jsGroups: number;
  readonly jsGroup: number[] = [0];
  readonly groupWidth: [number, number][] = [[0, 0]];
  readonly names = new Map<string, number>();
  readonly open = new Set<number>();
  flags: number;
  readonly isBytes: boolean;
  readonly manualCase: boolean;
  lookbehindDepth = 0;
  mayPreferEmpty = false;

  constructor(readonly pattern: string, flags: number, isBytes: boolean, manualCase: boolean, groupOffset: number) {
    this.cps = Array.from(pattern, (c) => c.codePointAt(0)!);
    this.flags = flags;
    this.isBytes = isBytes;
    this.manualCase = manualCase;
    this.jsGroups = groupOffset;
  }

  err(msg: string, pos: number): ReError { return new ReError(msg, pos); }
  peek(): string { return this.i < this.cps.length ? String.fromCodePoint(this.cps[this.i]) : ''; }
  at(k: number): string { return k < this.cps.length ? String.fromCodePoint(this.cps[k]) : ''; }
  get ascii(): boolean { return (this.flags & SRE_FLAG_ASCII) !== 0 || this.isBytes; }
  get verbose(): boolean { return (this.flags & SRE_FLAG_VERBOSE) !== 0; }
  get icase(): boolean { return (this.flags & SRE_FLAG_IGNORECASE) !== 0; }

  skipVerbose(): void {
    if (!this.verbose) return;
    for (;;) {
      const c = this.peek();
      if (c !== '' && WHITESPACE.includes(c)) { this.i++; continue; }
      if (c === '#') {
        while (this.i < this.cps.length && this.cps[this.i] !== 10) this.i++;
        continue;
      }
      return;
    }
  }

  /** alternation: branch ('|' branch)* */
  parseAlt(top: boolean): Item {
    const branches: Item[] = [this.parseSeq()];
    while (this.peek() === '|') {
      this.i++;
      branches.push(this.parseSeq());
    }
    if (top && this.i < this.cps.length) {
      // only ')' can stop a top-level sequence
      throw this.err('unbalanced parenthesis', this.i);
    }
    if (branches.length === 1) return branches[0];
    this.mayPreferEmpty = true;
    let min = Infinity, max = 0;
    for (const b of branches) { min = Math.min(min, b.min); max = Math.max(max, b.max); }
    return { src: branches.map((b) => b.src).join('|'), min, max, kind: 0 };
  }

  parseSeq(): Item {
    const parts: string[] = [];
    let min = 0, max = 0;
    let last: Item | null = null;
    let lastIdx = -1;
    for (;;) {
      this.skipVerbose();
      const c = this.peek();
      if (c === '' || c === '|' || c === ')') break;
      const start = this.i;
      if (c === '*' || c === '+' || c === '?' || c === '{') {
        const rep = this.parseRepeat();
        if (rep) {
          if (!last) throw this.err('nothing to repeat', start);
          if (last.kind === 1) throw this.err('nothing to repeat', start);
          if (last.kind === 2) throw this.err('multiple repeat', start);
          const [lo, hi, suffix] = rep;
          const body = `(?:${last.src})`;
          let src: string;
          const q = hi === -1 ? (lo === 0 ? '*' : lo === 1 ? '+' : `{${lo},}`) : (lo === 0 && hi === 1 ? '?' : lo === hi ? `{${lo}}` : `{${lo},${hi}}`);
          if (suffix === '+') {
            const g = ++this.jsGroups;
            src = `(?:(?=(${body}${q}))\\${g})`;
          } else {
            src = body + q + suffix;
          }
          const item: Item = { src, min: last.min * lo, max: hi === -1 ? (last.max === 0 ? 0 : Infinity) : last.max * hi, kind: 2 };
          min -= last.min; max -= last.max;
          parts[lastIdx] = item.src;
          min += item.min; max += item.max;
          last = item;
          continue;
        }
        // '{' that is not a repeat: a literal
      }
      const item = this.parseAtom();
      if (item === null) continue;
      parts.push(item.src);
      lastIdx = parts.length - 1;
      min += item.min; max += item.max;
      last = item;
    }
    return { src: parts.join(''), min, max, kind: 0 };
  }

  /** Parses a repeat operator at this.i, or returns null (and leaves i) for a literal '{'. */
  parseRepeat(): [number, number, string] | null {
    const start = this.i;
    const c = this.peek();
    let lo: number, hi: number;
    if (c === '*') { lo = 0; hi = -1; this.i++; }
    else if (c === '+') { lo = 1; hi = -1; this.i++; }
    else if (c === '?') { lo = 0; hi = 1; this.i++; }
    else {
      let k = this.i + 1;
      let a = '', b = '';
      while (DIGITS.test(this.at(k))) a += this.at(k++);
      let comma = false;
      if (this.at(k) === ',') {
        comma = true; k++;
        while (DIGITS.test(this.at(k))) b += this.at(k++);
      }
      if (this.at(k) !== '}') return null;
      k++;
      this.i = k;
      lo = a ? Number(a) : 0;
      hi = comma ? (b ? Number(b) : -1) : lo;
      if (lo >= MAXREPEAT || hi >= MAXREPEAT) throw this.err('the repetition number is too large', start + 1);
      if (hi !== -1 && hi < lo) throw this.err('min repeat greater than max repeat', start + 1);
    }
    let suffix = '';
    if (this.peek() === '?') { suffix = '?'; this.i++; this.mayPreferEmpty = true; }
    else if (this.peek() === '+') { suffix = '+'; this.i++; }
    return [lo, hi, suffix];
  }

  litItem(cp: number): Item {
    return { src: this.caseLit(cp), min: 1, max: 1, kind: 0 };
  }

  caseLit(cp: number): string {
    if (this.icase && this.manualCase) {
      const v = caseVariants(cp, this.ascii);
      if (v.length) return `[${lit(cp)}${v.map(lit).join('')}]`;
    }
    return lit(cp);
  }

  cls(body: string): string { return `[${body}]`; }
  word(): string { return this.ascii ? A_WORD : U_WORD; }

  parseAtom(): Item | null {
    const start = this.i;
    const c = this.peek();
    this.i++;
    switch (c) {
      case '.':
        return { src: (this.flags & SRE_FLAG_DOTALL) ? '[\\s\\S]' : '[^\\n]', min: 1, max: 1, kind: 0 };
      case '^':
        return { src: (this.flags & SRE_FLAG_MULTILINE) ? '(?<![^\\n])' : '(?<![\\s\\S])', min: 0, max: 0, kind: 1 };
      case '$':
        return { src: (this.flags & SRE_FLAG_MULTILINE) ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))', min: 0, max: 0, kind: 1 };
      case '[':
        return this.parseClass(start);
      case '(':
        return this.parseGroup(start);
      case '\\':
        return this.parseEscape(start);
      default:
        return this.litItem(this.cps[start]);
    }
  }

  // ---- escapes (_parser._escape / _class_escape) ----

  /** Reads a \x \u \U \N \0 octal escape body after `\c`; returns a code point or null if not one of these. */
  numericEscape(start: number, c: string, inClass: boolean): number | null {
    if (c === 'x') {
      let h = '';
      while (h.length < 2 && HEX.test(this.peek())) h += this.cps[this.i++] === undefined ? '' : String.fromCodePoint(this.cps[this.i - 1]);
      if (h.length !== 2) throw this.err(`incomplete escape \\x${h}`, start);
      return parseInt(h, 16);
    }
    if ((c === 'u' || c === 'U') && !this.isBytes) {
      const n = c === 'u' ? 4 : 8;
      let h = '';
      while (h.length < n && HEX.test(this.peek())) h += String.fromCodePoint(this.cps[this.i++]);
      if (h.length !== n) throw this.err(`incomplete escape \\${c}${h}`, start);
      const v = parseInt(h, 16);
      if (v > 0x10ffff) throw this.err(`bad escape \\${c}${h}`, start);
      return v;
    }
    if (c === 'N' && !this.isBytes) {
      if (this.peek() !== '{') throw this.err('missing {', this.i);
      this.i++;
      const nstart = this.i;
      let name = '';
      while (this.peek() !== '' && this.peek() !== '}') name += String.fromCodePoint(this.cps[this.i++]);
      if (this.peek() !== '}') throw this.err('missing }, unterminated name', nstart);
      this.i++;
      if (!name) throw this.err('missing character name', nstart);
      const cp = unicodeLookup(name);
      if (cp < 0) throw this.err(`undefined character name '${name}'`, start);
      return cp;
    }
    if (c === '0' || (inClass && OCT.test(c))) {
      let o = c;
      while (o.length < 3 && OCT.test(this.peek())) o += String.fromCodePoint(this.cps[this.i++]);
      const v = parseInt(o, 8);
      if (v > 0o377) throw this.err(`octal escape value \\${o} outside of range 0-0o377`, start);
      return v;
    }
    return null;
  }

  simpleEscape(c: string): number | null {
    switch (c) {
      case 'a': return 7;
      case 'f': return 12;
      case 'n': return 10;
      case 'r': return 13;
      case 't': return 9;
      case 'v': return 11;
      case '\\': return 92;
    }
    return null;
  }

  /** \d \w \s and their negations as class bodies; neg=true for \D \W \S. */
  category(c: string): [string, boolean] | null {
    switch (c) {
      case 'd': return [this.ascii ? A_DIGIT : U_DIGIT, false];
      case 'D': return [this.ascii ? A_DIGIT : U_DIGIT, true];
      case 's': return [this.ascii ? A_SPACE : U_SPACE, false];
      case 'S': return [this.ascii ? A_SPACE : U_SPACE, true];
      case 'w': return [this.word(), false];
      case 'W': return [this.word(), true];
    }
    return null;
  }

  parseEscape(start: number): Item {
    if (this.i >= this.cps.length) throw this.err('bad escape (end of pattern)', start);
    const c = String.fromCodePoint(this.cps[this.i++]);
    const simple = this.simpleEscape(c);
    if (simple !== null) return this.litItem(simple);
    const cat = this.category(c);
    if (cat) return { src: cat[1] ? `[^${cat[0]}]` : `[${cat[0]}]`, min: 1, max: 1, kind: 0 };
    const W = `[${this.word()}]`;
    switch (c) {
      case 'A': return { src: '(?<![\\s\\S])', min: 0, max: 0, kind: 1 };
      case 'Z': return { src: '(?![\\s\\S])', min: 0, max: 0, kind: 1 };
      case 'b': return { src: `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`, min: 0, max: 0, kind: 1 };
      case 'B': return { src: `(?:(?<=${W})(?=${W})|(?<!${W})(?!${W}))`, min: 0, max: 0, kind: 1 };
    }
    const num = this.numericEscape(start, c, false);
    if (num !== null) return this.litItem(num);
    if (DIGITS.test(c)) {
      // octal escape of three digits, else a group reference (up to two digits)
      let d = c;
      if (DIGITS.test(this.peek())) {
        if (OCT.test(c) && OCT.test(this.peek()) && OCT.test(this.at(this.i + 1))) {
          d += String.fromCodePoint(this.cps[this.i++]) + String.fromCodePoint(this.cps[this.i++]);
          const v = parseInt(d, 8);
          if (v > 0o377) throw this.err(`octal escape value \\${d} outside of range 0-0o377`, start);
          return this.litItem(v);
        }
        d += String.fromCodePoint(this.cps[this.i++]);
      }
      return this.groupRef(Number(d), start, this.i - start);
    }
    if (ASCIILETTERS.test(c)) throw this.err(`bad escape \\${c}`, start);
    return this.litItem(this.cps[this.i - 1]);
  }

  groupRef(n: number, pos: number, _len: number): Item {
    if (n > this.groups || n === 0) throw this.err(`invalid group reference ${n}`, pos + 1);
    if (this.open.has(n)) throw this.err('cannot refer to an open group', pos);
    const [min, max] = this.groupWidth[n];
    let src = `(?:\\${this.jsGroup[n]})`;
    if (this.icase && this.manualCase) {
      // JS compares backreferences case-sensitively without the i flag: accept hand-folded text is not
      // possible, so this stays case-sensitive (documented difference).
      src = `(?:\\${this.jsGroup[n]})`;
    }
    return { src, min, max, kind: 0 };
  }

  // ---- character classes (_parser.parse: '[' ... ']') ----

  parseClass(start: number): Item {
    let negate = false;
    if (this.peek() === '^') { negate = true; this.i++; }
    const parts: ClassPart[] = [];
    const singles: number[] = [];
    const ranges: [number, number][] = [];
    const catSrc: string[] = [];
    const negCats: string[] = [];
    let first = true;
    for (;;) {
      if (this.i >= this.cps.length) throw this.err('unterminated character set', start);
      const c = this.peek();
      if (c === ']' && !first) { this.i++; break; }
      first = false;
      const itemStart = this.i;
      let lo: number | null;
      [lo] = this.classItem(catSrc, negCats);
      if (this.peek() === '-' && this.at(this.i + 1) !== ']' && this.at(this.i + 1) !== '') {
        this.i++;
        const hiStart = this.i;
        const before = catSrc.length + negCats.length;
        const [hi] = this.classItem(catSrc, negCats);
        if (lo === null || hi === null || catSrc.length + negCats.length !== before) {
          const text = this.pattern.slice(offsetOf(this.cps, itemStart), offsetOf(this.cps, this.i));
          throw this.err(`bad character range ${text}`, itemStart);
        }
        void hiStart;
        if (hi < lo) {
          const text = this.pattern.slice(offsetOf(this.cps, itemStart), offsetOf(this.cps, this.i));
          throw this.err(`bad character range ${text}`, itemStart);
        }
        ranges.push([lo, hi]);
      } else if (lo !== null) {
        singles.push(lo);
      }
      if (this.peek() === '-' && this.at(this.i + 1) === '') {
        this.i++;
        throw this.err('unterminated character set', start);
      }
    }
    void parts;
    let body = '';
    const addCase = this.icase && this.manualCase;
    for (const s of singles) {
      body += lit(s);
      if (addCase) for (const v of caseVariants(s, this.ascii)) body += lit(v);
    }
    for (const [a, b] of ranges) {
      body += `${lit(a)}-${lit(b)}`;
      if (addCase) {
        if (this.ascii) {
          const la = Math.max(a, 0x61), lb = Math.min(b, 0x7a);
          if (la <= lb) body += `${lit(la - 32)}-${lit(lb - 32)}`;
          const ua = Math.max(a, 0x41), ub = Math.min(b, 0x5a);
          if (ua <= ub) body += `${lit(ua + 32)}-${lit(ub + 32)}`;
        } else if (b - a < 5000) {
          for (let cp = a; cp <= b; cp++) for (const v of caseVariants(cp, false)) if (v < a || v > b) body += lit(v);
        }
      }
    }
    body += catSrc.join('');
    let src: string;
    if (negCats.length === 0) {
      src = negate ? `[^${body}]` : (body === '' ? '[]' : `[${body}]`);
    } else if (!negate) {
      const alts = negCats.map((n) => `[^${n}]`);
      if (body) alts.unshift(`[${body}]`);
      src = `(?:${alts.join('|')})`;
    } else {
      // [^ X \W] = not X and \w: lookaheads for the negated categories
      src = `(?:${negCats.map((n) => `(?=[${n}])`).join('')}${body ? `[^${body}]` : '[\\s\\S]'})`;
    }
    return { src, min: 1, max: 1, kind: 0 };
  }

  /** One class member; returns its code point, or null for a category (appended to catSrc/negCats). */
  classItem(catSrc: string[], negCats: string[]): [number | null] {
    const start = this.i;
    const c = this.peek();
    this.i++;
    if (c !== '\\') return [this.cps[start]];
    if (this.i >= this.cps.length) throw this.err('bad escape (end of pattern)', start);
    const e = String.fromCodePoint(this.cps[this.i++]);
    if (e === 'b') return [8];
    const simple = this.simpleEscape(e);
    if (simple !== null) return [simple];
    const cat = this.category(e);
    if (cat) {
      (cat[1] ? negCats : catSrc).push(cat[0]);
      return [null];
    }
    const num = this.numericEscape(start, e, true);
    if (num !== null) return [num];
    if (DIGITS.test(e) || ASCIILETTERS.test(e)) throw this.err(`bad escape \\${e}`, start);
    return [this.cps[this.i - 1]];
  }

  // ---- groups and extensions ----

  groupName(start: number, term: string): string {
    let name = '';
    while (this.peek() !== '' && this.peek() !== term) name += String.fromCodePoint(this.cps[this.i++]);
    if (this.peek() !== term) {
      if (!name) throw this.err('missing group name', this.i);
      throw this.err(`missing ${term}, unterminated name`, start);
    }
    this.i++;
    if (!name) throw this.err('missing group name', start);
    return name;
  }

  checkName(name: string, pos: number): void {
    if (!/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(name)) {
      throw this.err(`bad character in group name ${pyQuote(name)}`, pos);
    }
  }

  closeParen(start: number): void {
    if (this.peek() !== ')') throw this.err('missing ), unterminated subpattern', start);
    this.i++;
  }

  capture(start: number, name: string | null): Item {
    const n = ++this.groups;
    const js = ++this.jsGroups;
    this.jsGroup[n] = js;
    this.groupWidth[n] = [0, Infinity];
    if (name !== null) this.names.set(name, n);
    this.open.add(n);
    const body = this.parseAlt(false);
    this.closeParen(start);
    this.open.delete(n);
    this.groupWidth[n] = [body.min, body.max];
    return { src: `(${body.src})`, min: body.min, max: body.max, kind: 0 };
  }

  parseGroup(start: number): Item | null {
    if (this.peek() !== '?') return this.capture(start, null);
    this.i++;
    const c = this.peek();
    if (c === '') throw this.err('unexpected end of pattern', this.i);
    this.i++;
    if (c === 'P') {
      const d = this.peek();
      if (d === '<') {
        this.i++;
        const nameStart = this.i;
        const name = this.groupName(nameStart, '>');
        this.checkName(name, nameStart);
        if (this.names.has(name)) {
          throw this.err(`redefinition of group name ${pyQuote(name)} as group ${this.groups + 1}; was group ${this.names.get(name)}`, nameStart);
        }
        return this.capture(start, name);
      }
      if (d === '=') {
        this.i++;
        const nameStart = this.i;
        const name = this.groupName(nameStart, ')');
        this.checkName(name, nameStart);
        const n = this.names.get(name);
        if (n === undefined) throw this.err(`unknown group name ${pyQuote(name)}`, nameStart);
        if (this.open.has(n)) throw this.err('cannot refer to an open group', nameStart);
        const [min, max] = this.groupWidth[n];
        return { src: `(?:\\${this.jsGroup[n]})`, min, max, kind: 0 };
      }
      if (d === '') throw this.err('unexpected end of pattern', this.i);
      throw this.err(`unknown extension ?P${d}`, this.i - 2);
    }
    if (c === ':') {
      const body = this.parseAlt(false);
      this.closeParen(start);
      return { src: `(?:${body.src})`, min: body.min, max: body.max, kind: 0 };
    }
    if (c === '#') {
      while (this.peek() !== '' && this.peek() !== ')') this.i++;
      if (this.peek() !== ')') throw this.err('missing ), unterminated comment', start);
      this.i++;
      return null;
    }
    if (c === '=' || c === '!') {
      const body = this.parseAlt(false);
      this.closeParen(start);
      return { src: `(?${c}${body.src})`, min: 0, max: 0, kind: 0 };
    }
    if (c === '<') {
      const d = this.peek();
      if (d === '=' || d === '!') {
        this.i++;
        this.lookbehindDepth++;
        const body = this.parseAlt(false);
        this.lookbehindDepth--;
        this.closeParen(start);
        if (body.min !== body.max) throw this.err('look-behind requires fixed-width pattern', -1);
        return { src: `(?<${d}${body.src})`, min: 0, max: 0, kind: 0 };
      }
      if (d === '') throw this.err('unexpected end of pattern', this.i);
      throw this.err(`unknown extension ?<${d}`, this.i - 2);
    }
    if (c === '>') {
      const body = this.parseAlt(false);
      this.closeParen(start);
      const g = ++this.jsGroups;
      return { src: `(?:(?=(${body.src}))\\${g})`, min: body.min, max: body.max, kind: 0 };
    }
    if (c === '(') {
      throw this.err('conditional backreference groups (?(...)...) are not supported by krait yet', start);
    }
    if (c in FLAG_CHARS || c === '-') {
      this.i--;
      return this.parseFlags(start);
    }
    throw this.err(`unknown extension ?${c}`, this.i - 2);
  }

  /** (?aiLmsux) at the start, or (?flags-flags:...) scoped (_parser._parse_flags). */
  parseFlags(start: number): Item | null {
    let add = 0, del = 0;
    let c = this.peek();
    const isStr = !this.isBytes;
    while (c in FLAG_CHARS && c !== 't') {
      const f = FLAG_CHARS[c];
      if (isStr ? f === SRE_FLAG_LOCALE : f === SRE_FLAG_UNICODE) {
        throw this.err(isStr ? 'bad inline flags: cannot use \'L\' flag with a str pattern' : 'bad inline flags: cannot use \'u\' flag with a bytes pattern', this.i);
      }
      add |= f;
      if ((f & TYPE_FLAGS) && (add & TYPE_FLAGS) !== f) {
        throw this.err('bad inline flags: flags \'a\', \'u\' and \'L\' are incompatible', this.i);
      }
      this.i++;
      c = this.peek();
      if (c === '') throw this.err('missing -, : or )', this.i);
    }
    if (c === ')') {
      this.i++;
      // global flags: handled by translate()'s pre-scan; anything else is late
      throw this.err('global flags not at the start of the expression', start);
    }
    if (c === '-') {
      this.i++;
      c = this.peek();
      if (c === '') throw this.err('missing flag', this.i);
      if (!(c in FLAG_CHARS)) {
        throw this.err(ASCIILETTERS.test(c) ? 'unknown flag' : 'missing flag', this.i);
      }
      while (c in FLAG_CHARS) {
        const f = FLAG_CHARS[c];
        if (f & TYPE_FLAGS) throw this.err('bad inline flags: cannot turn off flags \'a\', \'u\' and \'L\'', this.i);
        del |= f;
        this.i++;
        c = this.peek();
        if (c === '') throw this.err('missing :', this.i);
      }
      if (c !== ':') throw this.err(ASCIILETTERS.test(c) ? 'unknown flag' : 'missing :', this.i);
    } else if (c !== ':') {
      throw this.err(ASCIILETTERS.test(c) ? 'unknown flag' : 'missing -, : or )', this.i);
    }
    this.i++;
    if (add & del) throw this.err('bad inline flags: flag turned on and off', this.i - 1);
    if (((add | del) & SRE_FLAG_IGNORECASE) && !this.manualCase) throw new NeedManualCase();
    const saved = this.flags;
    this.flags = (this.flags | add) & ~del;
    if (add & TYPE_FLAGS) this.flags = (this.flags & ~TYPE_FLAGS) | (add & TYPE_FLAGS);
    const body = this.parseAlt(false);
    this.flags = saved;
    this.closeParen(start);
    return { src: `(?:${body.src})`, min: body.min, max: body.max, kind: 0 };
  }
}

function offsetOf(cps: number[], k: number): number {
  let n = 0;
  for (let j = 0; j < k && j < cps.length; j++) n += cps[j] > 0xffff ? 2 : 1;
  return n;
}

/** repr() of a str the way CPython quotes simple names in error messages. */
function pyQuote(s: string): string {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

let unicodeLookup: (name: string) => number = () => -1;
/** Installed by re.ts (keeps this file free of the big name tables). */
export function setUnicodeLookup(f: (name: string) => number): void { unicodeLookup = f; }

/** Leading (?flags) groups: CPython accepts global flags only at the very start. */
function leadingFlags(pattern: string, flags: number, isBytes: boolean): [number, number] {
  let i = 0;
  for (;;) {
    const m = /^\(\?([aiLmsux]+)\)/.exec(pattern.slice(i));
    if (!m) break;
    for (const ch of m[1]) {
      const f = FLAG_CHARS[ch];
      if (!isBytes && f === SRE_FLAG_LOCALE) throw new ReError("bad inline flags: cannot use 'L' flag with a str pattern", i + 2 + m[1].indexOf(ch));
      if (isBytes && f === SRE_FLAG_UNICODE) throw new ReError("bad inline flags: cannot use 'u' flag with a bytes pattern", i + 2 + m[1].indexOf(ch));
      flags |= f;
    }
    i += m[0].length;
    if (flags & SRE_FLAG_VERBOSE) {
      // leading whitespace/comments may separate global flag groups in verbose mode
      const ws = /^(?:[ \t\n\r\v\f]+|#[^\n]*)*/.exec(pattern.slice(i));
      if (ws) i += ws[0].length;
    }
  }
  return [flags, i];
}

/** Translate a Python pattern (bytes patterns as latin-1 strings). Throws ReError. */
export function translate(pattern: string, flags: number, isBytes: boolean, groupOffset = 0): Translated {
  let [allFlags, skip] = leadingFlags(pattern, flags, isBytes);
  if (!isBytes) {
    if (allFlags & SRE_FLAG_LOCALE) throw new ReError('cannot use LOCALE flag with a str pattern', -1);
    if ((allFlags & SRE_FLAG_ASCII) && (allFlags & SRE_FLAG_UNICODE)) throw new ReError('ASCII and UNICODE flags are incompatible', -1);
    if (!(allFlags & SRE_FLAG_ASCII)) allFlags |= SRE_FLAG_UNICODE;
  } else {
    if (allFlags & SRE_FLAG_UNICODE) throw new ReError('cannot use UNICODE flag with a bytes pattern', -1);
    if ((allFlags & SRE_FLAG_ASCII) && (allFlags & SRE_FLAG_LOCALE)) throw new ReError('ASCII and LOCALE flags are incompatible', -1);
  }
  const ascii = isBytes || (allFlags & SRE_FLAG_ASCII) !== 0;
  let manual = ascii;
  for (;;) {
    const p = new Parser(pattern, allFlags, isBytes, manual, groupOffset);
    // skip leading flag groups (code point index of the UTF-16 offset `skip`, ASCII-only text)
    p.i = skip;
    try {
      const body = p.parseAlt(true);
      if (p.groups > 100 && false) throw new ReError('too many groups', -1);
      return {
        source: body.src,
        flags: allFlags,
        groups: p.groups,
        groupNames: [...p.names.entries()],
        jsGroup: p.jsGroup,
        jsIgnoreCase: (allFlags & SRE_FLAG_IGNORECASE) !== 0 && !manual,
        mayPreferEmpty: p.mayPreferEmpty,
      };
    } catch (e) {
      if (e instanceof NeedManualCase && !manual) { manual = true; continue; }
      throw e;
    }
  }
  void skip;
}
