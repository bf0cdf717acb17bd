// Decoding of string/bytes literal bodies and \N{...} names against CPython
// 3.11: fixtures/literals.json holds what ast.parse made of each literal
// (value, first DeprecationWarning, or SyntaxError message), recorded by
// scripts/record-unit-fixtures.py.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url);
const { cases, names } = JSON.parse(readFileSync(new URL('tests/unit/fixtures/literals.json', root), 'utf8'));

// Bundle the TypeScript sources on the fly (no dependency on the full build).
async function load(contents) {
  const outfile = join(mkdtempSync(join(tmpdir(), 'krait-unit-')), 'bundle.mjs');
  await build({ stdin: { contents, resolveDir: root.pathname, loader: 'ts' }, bundle: true, outfile, format: 'esm', logLevel: 'silent' });
  return import(pathToFileURL(outfile).href);
}
const m = await load(`export * from './src/parser/literals.ts';
export { lookupUnicodeName, unicodeName } from './src/objects/unicode_names.ts';`);

/** What our decoder makes of one recorded case, in the fixture's shape. */
function run(c) {
  const raw = c.prefix.includes('r');
  const warnings = [];
  const onInvalid = (offset, seq) => {
    // The offset must point at the backslash that starts the reported escape.
    assert.equal(c.body[offset], '\\');
    assert.equal(c.body.slice(offset + 1, offset + 1 + seq.length), seq);
    warnings.push(m.invalidEscapeMessage(seq));
  };
  try {
    if (c.prefix.includes('b')) {
      const b = m.decodeBytes(c.body, raw, onInvalid);
      return { warning: warnings[0] ?? null, bytes: Buffer.from(b).toString('hex') };
    }
    let str = m.decodeString(c.body, raw, onInvalid);
    // Literals with escaped surrogates come back as code points (CodePointStr).
    if (typeof str !== 'string') str = str.cps.map((cp) => String.fromCodePoint(cp)).join('');
    return { warning: warnings[0] ?? null, str };
  } catch (e) {
    if (!(e instanceof m.LiteralError)) throw e;
    return { error: e.msg };
  }
}

test('literal bodies decode as CPython decodes them', () => {
  const bad = [];
  for (const c of cases) {
    const { prefix, body, ...expected } = c;
    const got = run(c);
    try {
      assert.deepEqual(got, expected);
    } catch {
      bad.push({ prefix, body, expected, got });
    }
  }
  assert.deepEqual(bad.slice(0, 8), []);
  assert.ok(cases.length > 1000);
});

test('bodies without backslashes come back as they are', () => {
  const s = 'x'.repeat(100000) + 'é';
  assert.equal(m.decodeString(s, false), s);
  assert.equal(m.decodeString('a\\nb', true), 'a\\nb');
});

test('unicodeName matches unicodedata.name, and lookupUnicodeName inverts it', () => {
  // The exhaustive round trip over all code points is run by hand when
  // regenerating the data (see scripts/gen-unicode-names.py); this is a sample.
  const bad = [];
  for (const [cp, name] of names) {
    const got = m.unicodeName(cp);
    if (got !== name) bad.push({ cp, name, got });
    if (name !== null && m.lookupUnicodeName(name) !== cp) bad.push({ cp, name, lookup: m.lookupUnicodeName(name) });
  }
  assert.deepEqual(bad.slice(0, 8), []);
});

test('every code point name against python3 (KRAIT_EXHAUSTIVE=1)', { skip: !process.env.KRAIT_EXHAUSTIVE }, async () => {
  const { execFileSync } = await import('node:child_process');
  const py = 'import unicodedata as u\nfor cp in range(0x110000):\n n = u.name(chr(cp), None)\n if n: print("%x %s" % (cp, n))\n';
  const expected = execFileSync('python3', ['-c', py], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const lines = [];
  for (let cp = 0; cp < 0x110000; cp++) {
    const n = m.unicodeName(cp);
    if (n === null) continue;
    lines.push(cp.toString(16) + ' ' + n);
    assert.equal(m.lookupUnicodeName(n), cp, n);
  }
  assert.equal(lines.join('\n') + '\n', expected);
});
