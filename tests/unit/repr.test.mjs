// repr() of floats, complex numbers, strs, bytes and ints against CPython 3.11,
// whose outputs scripts/record-unit-fixtures.py recorded in fixtures/repr.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url);
const fixtures = JSON.parse(readFileSync(new URL('tests/unit/fixtures/repr.json', root), 'utf8'));

// Bundle the TypeScript sources on the fly (no dependency on the full build).
async function load(contents) {
  const outfile = join(mkdtempSync(join(tmpdir(), 'krait-unit-')), 'bundle.mjs');
  await build({ stdin: { contents, resolveDir: root.pathname, loader: 'ts' }, bundle: true, outfile, format: 'esm', logLevel: 'silent' });
  return import(pathToFileURL(outfile).href);
}
const m = await load("export * from './src/objects/repr.ts'; export * as constants from './src/parser/constants.ts';");
const constants = m.constants;

function fromBits(hex) {
  return new DataView(Uint8Array.from(Buffer.from(hex, 'hex')).buffer).getFloat64(0);
}

function mismatches(cases, f) {
  const bad = [];
  for (const c of cases) {
    const expected = c[c.length - 1];
    const got = f(c);
    if (got !== expected) bad.push({ input: c.slice(0, -1), expected, got });
  }
  return bad.slice(0, 10);
}

test('floatRepr matches repr(float)', () => {
  assert.deepEqual(mismatches(fixtures.floats, ([b]) => m.floatRepr(fromBits(b))), []);
});

test('complexRepr matches repr(complex)', () => {
  assert.deepEqual(mismatches(fixtures.complex, ([re, im]) => m.complexRepr(fromBits(re), fromBits(im))), []);
});

test('strRepr matches repr(str)', () => {
  assert.deepEqual(mismatches(fixtures.strs, ([s]) => m.strRepr(s)), []);
});

test('bytesRepr matches repr(bytes)', () => {
  assert.deepEqual(mismatches(fixtures.bytes, ([h]) => m.bytesRepr(Uint8Array.from(Buffer.from(h, 'hex')))), []);
});

test('constantRepr dispatches on the constant representation', () => {
  assert.deepEqual(mismatches(fixtures.ints, ([s]) => m.constantRepr(BigInt(s))), []);
  const { Complex, Bytes, ELLIPSIS } = constants;
  // The expected strings are CPython's reprs of None, True, False, Ellipsis, 2j, b'a', 'a', 1.0.
  const cases = [[null, 'None'], [true, 'True'], [false, 'False'], [ELLIPSIS, 'Ellipsis'],
    [new Complex(0, 2), '2j'], [new Bytes(new Uint8Array([97])), "b'a'"], ['a', "'a'"], [1, '1.0']];
  for (const [v, r] of cases) assert.equal(m.constantRepr(v), r);
});
