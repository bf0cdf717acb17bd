// ast.dump against CPython 3.11.  fixtures/astdump.json (recorded by
// scripts/record-unit-fixtures.py) holds, for each source, CPython's tree as
// JSON and its ast.dump under several option sets; the test rebuilds the tree
// with the ast_nodes.ts factories and dumps it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url);
const { options, cases } = JSON.parse(readFileSync(new URL('tests/unit/fixtures/astdump.json', root), 'utf8'));

// Bundle the TypeScript sources on the fly (no dependency on the full build).
async function load(contents) {
  const outfile = join(mkdtempSync(join(tmpdir(), 'krait-unit-')), 'bundle.mjs');
  await build({ stdin: { contents, resolveDir: root.pathname, loader: 'ts' }, bundle: true, outfile, format: 'esm', logLevel: 'silent' });
  return import(pathToFileURL(outfile).href);
}
const m = await load(`export { dump, DumpDepthError } from './src/parser/astdump.ts';
export * as nodes from './src/parser/ast_nodes.ts';
export * as constants from './src/parser/constants.ts';`);
const { nodes, constants } = m;

function fromBits(hex) {
  return new DataView(Uint8Array.from(Buffer.from(hex, 'hex')).buffer).getFloat64(0);
}

function constant(v) {
  if (v === null || typeof v !== 'object') return v;
  if ('$int' in v) return BigInt(v.$int);
  if ('$float' in v) return fromBits(v.$float);
  if ('$complex' in v) return new constants.Complex(fromBits(v.$complex[0]), fromBits(v.$complex[1]));
  if ('$bytes' in v) return new constants.Bytes(Uint8Array.from(Buffer.from(v.$bytes, 'hex')));
  if ('$ellipsis' in v) return constants.ELLIPSIS;
  throw new Error('unknown constant ' + JSON.stringify(v));
}

/** Rebuilds a JSON tree with the factories, so node shapes are the parser's. */
function rebuild(j) {
  if (Array.isArray(j)) return j.map(rebuild);
  if (j === null || typeof j !== 'object') return j;
  const type = j._type;
  const make = nodes[type] ?? nodes[type + '_']; // `arguments` is exported as arguments_
  if (make === undefined) throw new Error('no factory for ' + type);
  if (typeof make !== 'function') return make; // operator / context singleton
  const args = nodes.FIELDS[type].map((f) => (type === 'Constant' && f === 'value' ? constant(j.value) : rebuild(j[f])));
  if (nodes.HAS_POSITION[type]) args.push(j.lineno, j.col_offset, j.end_lineno, j.end_col_offset);
  return make(...args);
}

function toOpts(o) {
  return { indent: o.indent, includeAttributes: o.include_attributes, annotateFields: o.annotate_fields };
}

test('dump matches ast.dump for every recorded tree and option set', () => {
  const bad = [];
  for (const c of cases) {
    const tree = rebuild(c.tree);
    options.forEach((o, i) => {
      const got = m.dump(tree, toOpts(o));
      if (got !== c.dumps[i]) bad.push({ source: c.source.slice(0, 60), options: o, expected: c.dumps[i].slice(0, 300), got: got.slice(0, 300) });
    });
  }
  assert.deepEqual(bad.slice(0, 5), []);
});

function chain(depth) {
  let e = nodes.Name('x', nodes.Load, 1, 0, 1, 1);
  for (let i = 0; i < depth; i++) e = nodes.UnaryOp(nodes.USub, e, 1, 0, 1, 1);
  return nodes.Expression(e);
}

test('deep trees dump, and too-deep ones fail cleanly', () => {
  const text = m.dump(chain(2500), { indent: 1, includeAttributes: true });
  assert.ok(text.endsWith(')'));
  assert.ok(m.dump(chain(200000)).startsWith("Expression(body=UnaryOp(op=USub(), operand=UnaryOp("));
  assert.throws(() => m.dump(chain(2000), { maxDepth: 1000 }), m.DumpDepthError);
});
