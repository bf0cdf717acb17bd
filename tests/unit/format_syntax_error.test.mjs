// formatSyntaxError (src/parser/errors.ts) against CPython 3.11's C excepthook.
//
// Oracles, all recorded by scripts/record-syntax-errors.mjs:
// - tests/syntax_errors/**/NAME.json `run`: the SyntaxError attributes of the
//   real `python3 NAME.py` run; formatted, they must equal NAME.stderr byte
//   for byte (with NAME.py standing for the absolute path CPython prints).
// - NAME.json top level: the attributes compile() gives for the same bytes
//   and `excepthook`, what the C hook printed for that object.
// - tests/syntax_errors/format_edge_cases.json: hand-picked attribute tuples
//   (offsets 0/-1/None, past the line, multi-line text, NUL, tabs, non-ASCII)
//   with the hook's output.
// The module is bundled from source with esbuild, so this runs without the
// rest of krait being buildable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = join(repo, 'tests', 'syntax_errors');

const bundle = await build({
  entryPoints: [join(repo, 'src', 'parser', 'errors.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  logLevel: 'silent',
});
const { PySyntaxError, formatSyntaxError } = await import(
  'data:text/javascript;base64,' + Buffer.from(bundle.outputFiles[0].text).toString('base64')
);

const KINDS = new Set(['SyntaxError', 'IndentationError', 'TabError']);

/** A PySyntaxError from recorded attributes; JSON null = Python None. */
function fromRecord(r) {
  const lineno = r.lineno ?? -1; // PySyntaxError's encoding of "no line number"
  return new PySyntaxError(
    r.type,
    r.msg,
    r.filename ?? '<string>',
    lineno,
    r.offset ?? -1, // parse_syntax_error: offset None -> -1
    r.text,
    r.end_lineno ?? lineno, // end_lineno None -> lineno
    r.end_offset ?? -1, // end_offset None -> -1
  );
}

function findJson(dir) {
  const found = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) found.push(...findJson(path));
    else if (entry.endsWith('.json') && entry !== 'format_edge_cases.json') found.push(path);
  }
  return found;
}

for (const path of findJson(corpus)) {
  const name = relative(corpus, path).slice(0, -'.json'.length);
  const info = JSON.parse(readFileSync(path, 'utf8'));
  if (info.run && KINDS.has(info.run.type)) {
    test(`file run: ${name}`, () => {
      const expected = readFileSync(path.slice(0, -'.json'.length) + '.stderr', 'utf8');
      assert.equal(formatSyntaxError(fromRecord(info.run)), expected);
    });
  }
  if (KINDS.has(info.type)) {
    test(`compile(): ${name}`, () => {
      assert.equal(formatSyntaxError(fromRecord(info)), info.excepthook);
    });
  }
}

const edges = JSON.parse(readFileSync(join(corpus, 'format_edge_cases.json'), 'utf8'));
edges.forEach((r, i) => {
  test(`edge case ${i}: ${JSON.stringify([r.offset, r.end_offset, r.text])}`, () => {
    assert.equal(formatSyntaxError(fromRecord(r)), r.excepthook);
  });
});
