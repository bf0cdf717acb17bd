#!/usr/bin/env python3
"""Generate src/objects/unicode_names.ts from python3's unicodedata (Unicode 14.0
for CPython 3.11): character names, name aliases, and the ranges of code points
that str.isprintable() rejects (used by repr).

Run with CPython 3.11:  python3 scripts/gen-unicode-names.py

Aliases: unicodedata cannot enumerate them, so the candidates come from Perl's
copy of the UCD (lib/unicore/Name.pl, Unicode 14.0 in Perl 5.36) and each one is
kept only if python3's unicodedata.lookup() accepts it for that code point.

Encoding (kept small and decoded lazily by unicode_names.ts):
  * Names that are "<PREFIX>-<HEX of the code point>" (CJK compatibility
    ideographs, Nushu, Khitan) and the CJK unified ideographs and Hangul
    syllables are algorithmic: only their code point ranges are stored.
  * The other names are split into space-separated words; words are numbered
    by decreasing frequency and each name is written as
      <header char: number of leading words shared with the previous name>
      <word numbers, variable length>
    Word numbers use digit chars: TERMINAL ones end a number, LEAD ones carry.
  * Code points of those names are stored as runs: gap, length, gap, length...
"""
import os
import re
import sys
import unicodedata as ud

assert ud.unidata_version == '14.0.0', ud.unidata_version
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'src', 'objects', 'unicode_names.ts')
NAME_PL = '/usr/share/perl/5.36.0/unicore/Name.pl'

HEADERS = "!#$%&'()*+,-./"          # 14 header chars: shared word count 0..13
DIGITS = ''.join(chr(c) for c in range(0x30, 0x7f) if chr(c) not in '\\')  # 78


def b36(n):
    s = ''
    while True:
        s = '0123456789abcdefghijklmnopqrstuvwxyz'[n % 36] + s
        n //= 36
        if not n:
            return s


def main():
    plain = []                  # (cp, name) stored as words
    families = {}               # prefix -> list of cps
    cjk = []
    hangul = 0
    for cp in range(0x110000):
        name = ud.name(chr(cp), None)
        if name is None:
            continue
        if name.startswith('HANGUL SYLLABLE '):
            hangul += 1
            continue
        m = re.fullmatch(r'(.*)-([0-9A-F]{4,6})', name)
        if m and int(m.group(2), 16) == cp and '%X' % cp == m.group(2):
            if m.group(1) == 'CJK UNIFIED IDEOGRAPH':
                cjk.append(cp)
            else:
                families.setdefault(m.group(1), []).append(cp)
            continue
        plain.append((cp, name))
    assert hangul == 11172

    def ranges(cps):
        out = []
        for cp in cps:
            if out and out[-1][1] == cp - 1:
                out[-1][1] = cp
            else:
                out.append([cp, cp])
        return out

    # Word dictionary.
    freq = {}
    for _, name in plain:
        for w in name.split(' '):
            freq[w] = freq.get(w, 0) + 1
    words = sorted(freq, key=lambda w: (-freq[w], w))
    index = {w: i for i, w in enumerate(words)}

    # Choose the split of DIGITS into terminal/lead that minimises the size.
    best = None
    for t in range(20, len(DIGITS)):
        lead = len(DIGITS) - t
        cap1, cap2, cap3 = t, t * lead, t * lead * lead
        if cap1 + cap2 + cap3 < len(words):
            continue
        size = 0
        for w, f in freq.items():
            i = index[w]
            size += f * (1 if i < cap1 else 2 if i < cap1 + cap2 else 3)
        if best is None or size < best[0]:
            best = (size, t)
    terminal = best[1]
    lead = len(DIGITS) - terminal

    def enc(i):
        # numbers < terminal: one terminal digit; then blocks of terminal*lead^k
        k = 0
        block = terminal
        while i >= block:
            i -= block
            k += 1
            block = terminal * lead ** k
        s = DIGITS[i % terminal]
        i //= terminal
        for _ in range(k):
            s = DIGITS[terminal + i % lead] + s
            i //= lead
        return s

    out = []
    prev = []
    for _, name in plain:
        ws = name.split(' ')
        shared = 0
        while shared < len(prev) and shared < len(ws) - 1 and shared < len(HEADERS) - 1 and prev[shared] == ws[shared]:
            shared += 1
        out.append(HEADERS[shared] + ''.join(enc(index[w]) for w in ws[shared:]))
        prev = ws
    names_blob = ''.join(out)

    runs = []
    last = -1
    for a, b in ranges([cp for cp, _ in plain]):
        runs.append(b36(a - last - 1))
        runs.append(b36(b - a + 1))
        last = b

    # Aliases.
    body = open(NAME_PL).read().split("return <<'END';\n")[1].split('\nEND\n')[0]
    aliases = []
    for rec in body.strip('\n').split('\n\n'):
        cps, name = rec.split('\n')
        if ' ' in cps:
            continue  # named sequence: not accepted by \N{...}
        cp = int(cps, 16)
        if ud.name(chr(cp), None) == name:
            continue
        try:
            if ud.lookup(name) != chr(cp):
                continue
        except KeyError:
            continue
        aliases.append((cp, name))
    assert len(aliases) > 400

    nonprint = ranges([cp for cp in range(0x110000) if not chr(cp).isprintable()])

    def rlist(rs):
        flat = []
        last = -1
        for a, b in rs:
            flat.append(b36(a - last - 1))
            flat.append(b36(b - a + 1))
            last = b
        return ','.join(flat)

    lines = []
    lines.append('// GENERATED by scripts/gen-unicode-names.py from python3 %s (unicodedata %s): do not edit by hand.'
                 % ('.'.join(map(str, sys.version_info[:3])), ud.unidata_version))
    lines.append('// The lookup code is the DECODER template in that script; the data constants')
    lines.append('// at the bottom are decoded lazily, on the first lookup, so startup pays nothing.')
    lines.append('/* eslint-disable */')
    lines.append(DECODER.strip('\n'))
    lines.append('')
    lines.append('// ---- data ----')
    lines.append('export const UNIDATA_VERSION = %s;' % quote(ud.unidata_version))
    lines.append('/** Header chars (shared leading word count) and digit chars of NAMES. */')
    lines.append('export const NAME_HEADERS = %s;' % quote(HEADERS))
    lines.append('export const NAME_DIGITS = %s;' % quote(DIGITS))
    lines.append('export const NAME_TERMINAL = %d;' % terminal)
    lines.append('/** Words, most frequent first, separated by spaces. */')
    lines.append('export const WORDS = %s;' % quote(' '.join(words)))
    lines.append('/** Runs of named code points (base 36, gap then length, comma-separated). */')
    lines.append('export const NAME_RUNS = %s;' % quote(','.join(runs)))
    lines.append('/** One record per named code point, in code point order. */')
    lines.append('export const NAMES = %s;' % quote(names_blob))
    lines.append('/** "<PREFIX>-<HEX>" names stored by python3 (looked up case-insensitively). */')
    lines.append('export const HEX_FAMILIES: readonly (readonly [string, string])[] = [')
    for prefix, cps in families.items():
        lines.append('  [%s, %s],' % (quote(prefix), quote(rlist(ranges(cps)))))
    lines.append('];')
    lines.append('/** CJK UNIFIED IDEOGRAPH-<HEX> ranges (algorithmic, looked up case-sensitively). */')
    lines.append('export const CJK_UNIFIED = %s;' % quote(rlist(ranges(cjk))))
    lines.append('/** Name aliases accepted by \\N{...}: "<hex cp>:<ALIAS>" joined by ";". */')
    lines.append('export const ALIASES = %s;' % quote(';'.join('%x:%s' % (cp, n) for cp, n in aliases)))
    lines.append('/** Code points for which str.isprintable() is False (ranges as in CJK_UNIFIED). */')
    lines.append('export const NONPRINTABLE = %s;' % quote(rlist(nonprint)))
    with open(OUT, 'w') as f:
        f.write('\n'.join(lines) + '\n')
    print('wrote', OUT, os.path.getsize(OUT), 'bytes;', len(plain), 'names,', len(words), 'words,',
          len(aliases), 'aliases, terminal', terminal)


# Hand-written TypeScript copied verbatim into the generated file.
DECODER = r"""
/** Python's (Unicode 14.0) name of code point `cp`, or null: unicodedata.name(). */
export function unicodeName(cp: number): string | null {
  const db = load();
  // Binary search among the stored names.
  const cps = db.cps;
  let lo = 0, hi = cps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = cps[mid];
    if (v === cp) return db.names[mid];
    if (v < cp) lo = mid + 1; else hi = mid - 1;
  }
  if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
    const s = cp - S_BASE;
    return 'HANGUL SYLLABLE ' + JAMO_L[(s / 588) | 0] + JAMO_V[((s % 588) / 28) | 0] + JAMO_T[s % 28];
  }
  if (inRanges(db.cjk, cp)) return 'CJK UNIFIED IDEOGRAPH-' + cp.toString(16).toUpperCase();
  for (let i = 0; i < db.families.length; i++) {
    if (inRanges(db.families[i].ranges, cp)) return db.families[i].prefix + '-' + cp.toString(16).toUpperCase();
  }
  return null;
}

/**
 * The code point named `name` (a character name or a name alias, not a named
 * sequence), or -1: what `\N{name}` accepts.  Mirrors unicodedata.c _getcode:
 * the Hangul and CJK unified prefixes are matched case-sensitively, every other
 * name after ASCII upper-casing.
 */
export function lookupUnicodeName(name: string): number {
  if (name.startsWith('HANGUL SYLLABLE ')) return hangulCode(name);
  if (name.startsWith('CJK UNIFIED IDEOGRAPH-')) {
    const hex = name.slice(22);
    if ((hex.length !== 4 && hex.length !== 5) || !/^[0-9A-F]+$/.test(hex)) return -1;
    const cp = parseInt(hex, 16);
    return inRanges(load().cjk, cp) ? cp : -1;
  }
  const db = load();
  const upper = asciiUpper(name);
  const cp = db.byName.get(upper);
  if (cp !== undefined) return cp;
  const dash = upper.lastIndexOf('-');
  if (dash > 0) {
    const prefix = upper.slice(0, dash);
    const hex = upper.slice(dash + 1);
    for (let i = 0; i < db.families.length; i++) {
      const fam = db.families[i];
      if (fam.prefix !== prefix || !/^[0-9A-F]{4,6}$/.test(hex)) continue;
      const v = parseInt(hex, 16);
      if (v.toString(16).toUpperCase() === hex && inRanges(fam.ranges, v)) return v;
    }
  }
  return -1;
}

/** str.isprintable() for one code point (Unicode 14.0, as CPython 3.11). */
export function isPrintable(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  if (nonPrintable === null) nonPrintable = parseRanges(NONPRINTABLE);
  return !inRanges(nonPrintable, cp);
}

// Hangul syllables are named algorithmically (Unicode 3.12, "Conjoining Jamo Behavior").
const S_BASE = 0xac00, S_COUNT = 11172;
const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

// Like unicodedata.c find_syllable: the longest jamo short name at `pos`
// (case-sensitive); returns [index, length] or [-1, 0].
function longestJamo(name: string, pos: number, table: readonly string[]): [number, number] {
  let best = -1, bestLen = -1;
  for (let i = 0; i < table.length; i++) {
    const j = table[i];
    if (j.length > bestLen && name.startsWith(j, pos)) { best = i; bestLen = j.length; }
  }
  return [best, bestLen < 0 ? 0 : bestLen];
}

function hangulCode(name: string): number {
  let pos = 16;
  const [l, ll] = longestJamo(name, pos, JAMO_L); pos += ll;
  const [v, vl] = longestJamo(name, pos, JAMO_V); pos += vl;
  const [t, tl] = longestJamo(name, pos, JAMO_T); pos += tl;
  if (l < 0 || v < 0 || t < 0 || pos !== name.length) return -1;
  return S_BASE + (l * 21 + v) * 28 + t;
}

function asciiUpper(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return s.replace(/[a-z]+/g, (m) => m.toUpperCase());
  }
  return s;
}

/** Sorted, disjoint inclusive ranges as [start0, end0, start1, end1, ...]. */
type Ranges = Int32Array;

function parseRanges(text: string): Ranges {
  const parts = text.split(',');
  const out = new Int32Array(parts.length);
  let last = -1;
  for (let i = 0; i < parts.length; i += 2) {
    const start = last + 1 + parseInt(parts[i], 36);
    const end = start + parseInt(parts[i + 1], 36) - 1;
    out[i] = start; out[i + 1] = end;
    last = end;
  }
  return out;
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

interface NameDb {
  cps: Int32Array;
  names: string[];
  byName: Map<string, number>;
  cjk: Ranges;
  families: { prefix: string; ranges: Ranges }[];
}

let db: NameDb | null = null;
let nonPrintable: Ranges | null = null;

function load(): NameDb {
  if (db !== null) return db;
  const words = WORDS.split(' ');
  const headerVal = new Int8Array(128).fill(-1);
  for (let i = 0; i < NAME_HEADERS.length; i++) headerVal[NAME_HEADERS.charCodeAt(i)] = i;
  const digitVal = new Int8Array(128).fill(-1);
  for (let i = 0; i < NAME_DIGITS.length; i++) digitVal[NAME_DIGITS.charCodeAt(i)] = i;
  const lead = NAME_DIGITS.length - NAME_TERMINAL;
  const names: string[] = [];
  let cur: string[] = [];
  let x = 0, k = 0;
  for (let i = 0; i < NAMES.length; i++) {
    const c = NAMES.charCodeAt(i);
    const h = headerVal[c];
    if (h >= 0) {
      if (i > 0) names.push(cur.join(' '));
      cur = cur.slice(0, h);
      continue;
    }
    const d = digitVal[c];
    if (d >= NAME_TERMINAL) { x = x * lead + (d - NAME_TERMINAL); k++; continue; }
    // Numbers with k lead digits start after all shorter numbers.
    let offset = 0, block = NAME_TERMINAL;
    for (let j = 0; j < k; j++) { offset += block; block *= lead; }
    cur.push(words[offset + x * NAME_TERMINAL + d]);
    x = 0; k = 0;
  }
  names.push(cur.join(' '));
  const runs = parseRanges(NAME_RUNS);
  const cps = new Int32Array(names.length);
  let n = 0;
  for (let i = 0; i < runs.length; i += 2) {
    for (let cp = runs[i]; cp <= runs[i + 1]; cp++) cps[n++] = cp;
  }
  const byName = new Map<string, number>();
  for (let i = 0; i < names.length; i++) byName.set(names[i], cps[i]);
  for (const entry of ALIASES.split(';')) {
    const colon = entry.indexOf(':');
    byName.set(entry.slice(colon + 1), parseInt(entry.slice(0, colon), 16));
  }
  db = {
    cps, names, byName,
    cjk: parseRanges(CJK_UNIFIED),
    families: HEX_FAMILIES.map(([prefix, r]) => ({ prefix, ranges: parseRanges(r) })),
  };
  return db;
}
"""


def quote(s):
    assert '"' not in s and '\\' not in s and '\n' not in s, s[:50]
    return '"' + s + '"'


if __name__ == '__main__':
    main()
