// The syntax-error corpus: `krait NAME.py` must write exactly what CPython
// 3.11 wrote to stderr for tests/syntax_errors/**/NAME.py and exit with the
// same status. Expected outputs are recorded by scripts/record-syntax-errors.mjs.
//
// - One test() per case, so each failure is visible on its own; the krait
//   processes are spawned up front, a few at a time, and each test awaits its
//   own result.
// - Cases under compile_time/ are errors only CPython's compiler (symtable,
//   codegen) raises: ast.parse accepts them; krait's compiler (src/compiler/)
//   reports them. COMPILE_TIME_SKIP lists any that still depend on the VM.
// - CPython prints the script's absolute path; the recordings store it as
//   NAME.py (see the recorder), and this runner puts the case folder back in
//   front before comparing, so the comparison is byte-exact.
// - Known failures: cases listed (one relative path per line, '#' comments)
//   in tests/syntax_errors/known_failures.txt, if that file exists, run as
//   `todo`. KRAIT_UPDATE_LEDGER=1 rewrites that file with the cases that fail.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync, existsSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(repo, 'tests', 'syntax_errors');
// KRAIT_BIN runs another executable JS file instead (e.g. to check this runner).
const krait = process.env.KRAIT_BIN ?? join(repo, 'bin', 'krait');
const ledgerPath = join(corpus, 'known_failures.txt');
const CONCURRENCY = Math.min(8, Math.max(4, availableParallelism()));
const TIMEOUT_MS = 15_000;
/** compile_time/ cases that can't pass before the VM exists: relative path -> reason. */
const COMPILE_TIME_SKIP = new Map();

/** Every case file under `dir`, sorted, as absolute paths. */
function findCases(dir) {
  const found = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) found.push(...findCases(path));
    else if (entry.endsWith('.py')) found.push(path);
  }
  return found;
}

function readLedger() {
  if (!existsSync(ledgerPath)) return new Set();
  const lines = readFileSync(ledgerPath, 'utf8').split('\n');
  return new Set(lines.map((l) => l.replace(/#.*/, '').trim()).filter((l) => l !== ''));
}

/** Runs `krait name` in `dir`; resolves to { stderr: Buffer, status, error }. */
function runKrait(dir, name) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [krait, name], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    const chunks = [];
    let error = null;
    const timer = setTimeout(() => {
      error = `timed out after ${TIMEOUT_MS} ms`;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.stderr.on('data', (c) => chunks.push(c));
    child.on('error', (e) => {
      error = String(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ stderr: Buffer.concat(chunks), status: code ?? `signal ${signal}`, error });
    });
  });
}

/** A small pool: at most `limit` jobs run at once. */
function makePool(limit) {
  let active = 0;
  const queue = [];
  const next = () => {
    if (active >= limit || queue.length === 0) return;
    active++;
    const { job, resolve } = queue.shift();
    job().then((v) => {
      active--;
      resolve(v);
      next();
    });
  };
  return (job) =>
    new Promise((resolve) => {
      queue.push({ job, resolve });
      next();
    });
}

/** "IndentationError: msg at 3:5-3:9" from a recorded attribute set, for failure messages. */
function describe(r) {
  if (!r) return '(no SyntaxError recorded)';
  return `${r.type}: ${r.msg} at ${r.lineno}:${r.offset}-${r.end_lineno}:${r.end_offset} text=${JSON.stringify(r.text)}`;
}

const ledger = readLedger();
const pool = makePool(CONCURRENCY);
const cases = findCases(corpus).map((path) => {
  const dir = dirname(path);
  const name = path.slice(dir.length + 1);
  const rel = relative(corpus, path);
  const compileTime = rel.startsWith('compile_time/');
  return {
    dir,
    name,
    rel,
    stem: path.slice(0, -3),
    compileTime,
    result: COMPILE_TIME_SKIP.has(rel) ? null : pool(() => runKrait(dir, name)),
  };
});

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

for (const c of cases) {
  const skip = COMPILE_TIME_SKIP.get(c.rel);
  const options = skip !== undefined ? { skip } : ledger.has(c.rel) ? { todo: 'known failure (ledger)' } : {};
  if (skip !== undefined) skipped++;
  test(c.rel, options, async () => {
    const r = await c.result;
    const recorded = readFileSync(`${c.stem}.stderr`).toString('latin1');
    const expected = Buffer.from(recorded.replaceAll(c.name, join(c.dir, c.name)), 'latin1');
    const expectedStatus = Number(readFileSync(`${c.stem}.status`, 'utf8').trim());
    const ok = r.error === null && r.status === expectedStatus && r.stderr.equals(expected);
    if (ok) {
      passed++;
      return;
    }
    failed++;
    failures.push(c.rel);
    const info = JSON.parse(readFileSync(`${c.stem}.json`, 'utf8'));
    const context = `${c.rel}\n  CPython raised ${describe(info.run)}`;
    if (r.error !== null) assert.fail(`${context}\n  krait: ${r.error}`);
    assert.equal(r.stderr.toString('utf8'), expected.toString('utf8'), `${context}\n  stderr differs`);
    if (!r.stderr.equals(expected)) assert.fail(`${context}\n  stderr bytes differ (same text after UTF-8 decoding)`);
    assert.equal(r.status, expectedStatus, `${context}\n  exit status differs`);
  });
}

after(() => {
  console.log(`syntax errors: ${passed} passed, ${failed} failed, ${skipped} skipped (compile-time, need the VM)`);
  if (process.env.KRAIT_UPDATE_LEDGER === '1') {
    const header = '# Syntax-error cases krait does not pass yet (regenerate: KRAIT_UPDATE_LEDGER=1 node --test tests/syntax_errors.test.mjs)\n';
    writeFileSync(ledgerPath, header + failures.sort().map((f) => f + '\n').join(''));
  }
});
