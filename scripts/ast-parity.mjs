#!/usr/bin/env node
// AST parity over CPython's standard library: for every .py file of the
// python3 stdlib (site-packages excluded), does krait's parse + dump print
// exactly what `python3 -m ast -a FILE` prints (or refuse the file with the
// same SyntaxError)?
//
//   node scripts/ast-parity.mjs                  compare, print a summary
//   node scripts/ast-parity.mjs --update-ledger  also rewrite tests/ast_parity_ledger.txt
//   node scripts/ast-parity.mjs --diff REL_PATH  unified diff of the two dumps for one file
//   node scripts/ast-parity.mjs --json           machine-readable result (for the test)
//
// One python3 process (scripts/ast-parity-cpython.py) hashes CPython's dumps
// into a temporary file while this process parses the same files with
// dist/index.mjs; only sha1s cross, not the dumps.  A JS exception other
// than PySyntaxError fails that file ("crash"), never the harness.
//
// The ledger lists the files that still differ, one per line:
//   REL_PATH REASON
// with REASON one of dump-differs, error-differs, krait-refuses,
// krait-accepts, crash.  tests/ast_parity.test.mjs fails when a file differs
// that the ledger does not list, and when a listed file now matches.

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const LEDGER = join(ROOT, 'tests', 'ast_parity_ledger.txt');
const CPYTHON_HELPER = join(ROOT, 'scripts', 'ast-parity-cpython.py');

/** The stdlib directory of python3, or null when there is no python3. */
export function stdlibRoot() {
  const r = spawnSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  return r.stdout.trim();
}

/** The corpus in the helper's order: os.walk, sorted, site-packages skipped. */
function corpus(root) {
  const out = [];
  const walk = (dir) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    const files = entries.filter((e) => !e.isDirectory() && e.name.endsWith('.py')).map((e) => e.name).sort();
    const dirs = entries.filter((e) => e.isDirectory() && e.name !== 'site-packages').map((e) => e.name).sort();
    for (const f of files) out.push(join(dir, f));
    for (const d of dirs) walk(join(dir, d));
  };
  walk(root);
  return out;
}

/** Run CPython's side; resolves to Map(rel -> record). */
function runCPython(root, tmp) {
  const outFile = join(tmp, 'cpython.jsonl');
  return new Promise((resolve, reject) => {
    const p = spawn('python3', [CPYTHON_HELPER, root, outFile], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => { err += d; });
    p.on('error', reject);
    p.on('close', (code) => {
      if (code !== 0) return reject(new Error(`python3 ${CPYTHON_HELPER} failed (${code}): ${err}`));
      const m = new Map();
      for (const line of readFileSync(outFile, 'utf8').split('\n')) {
        if (!line) continue;
        const rec = JSON.parse(line);
        m.set(rec.path, rec);
      }
      resolve(m);
    });
  });
}

/** Parse every file with krait; Map(rel -> record shaped like CPython's, or {crash}). */
async function runKrait(root, files) {
  const lib = await import(pathToFileURL(join(ROOT, 'dist', 'index.mjs')).href);
  const { parse, dump, PySyntaxError } = lib;
  const m = new Map();
  for (const path of files) {
    const rel = relative(root, path);
    const data = readFileSync(path);
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    try {
      const tree = parse(bytes, path, 'exec', true);
      const text = dump(tree, { indent: 3, includeAttributes: true });
      m.set(rel, { path: rel, sha1: createHash('sha1').update(text, 'utf8').digest('hex') });
    } catch (e) {
      if (e instanceof PySyntaxError) {
        m.set(rel, { path: rel, error: { type: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset } });
      } else {
        const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
        m.set(rel, { path: rel, crash: msg.split('\n')[0].slice(0, 200) });
      }
    }
    // Let the event loop notice the python3 child finishing (cheap).
    if (m.size % 64 === 0) await new Promise((r) => setImmediate(r));
  }
  return m;
}

/** CPython's None means "not reported"; krait's stand-ins for it are not compared. */
function sameError(py, kr) {
  if (py.type !== kr.type || py.msg !== kr.msg) return false;
  for (const k of ['lineno', 'offset', 'end_lineno', 'end_offset']) {
    if (py[k] === null || py[k] === undefined) continue;
    if (py[k] !== kr[k]) return false;
  }
  return true;
}

/** The one-word reason a file differs, or null when it matches. */
function verdict(py, kr) {
  if (kr.crash !== undefined) return 'crash';
  if (py.sha1 !== undefined) return kr.sha1 === undefined ? 'krait-refuses' : kr.sha1 === py.sha1 ? null : 'dump-differs';
  if (kr.sha1 !== undefined) return 'krait-accepts';
  return sameError(py.error, kr.error) ? null : 'error-differs';
}

export function readLedger(path = LEDGER) {
  const m = new Map();
  if (!existsSync(path)) return m;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const t = line.trim();
    if (!t || t.startsWith('#')) continue;
    const sp = t.lastIndexOf(' ');
    m.set(t.slice(0, sp), t.slice(sp + 1));
  }
  return m;
}

function writeLedger(failures) {
  const lines = [...failures.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([p, r]) => `${p} ${r}`);
  const header =
    '# Files of the CPython 3.11 stdlib whose AST krait does not yet reproduce exactly.\n' +
    '# Regenerate with: node scripts/ast-parity.mjs --update-ledger\n';
  writeFileSync(LEDGER, header + lines.map((l) => l + '\n').join(''));
}

/** Run both sides; returns {root, total, failures: Map(rel -> reason), details: Map(rel -> text)}. */
export async function runParity() {
  const root = stdlibRoot();
  if (root === null) return null;
  const tmp = mkdtempSync(join(tmpdir(), 'krait-parity-'));
  try {
    const files = corpus(root);
    const pyPromise = runCPython(root, tmp);
    pyPromise.catch(() => {}); // reported when awaited below
    const kr = await runKrait(root, files);
    const py = await pyPromise;
    const failures = new Map();
    const details = new Map();
    for (const [rel, p] of py) {
      const k = kr.get(rel) ?? { crash: 'not parsed by krait (corpus walk mismatch)' };
      const why = verdict(p, k);
      if (why === null) continue;
      failures.set(rel, why);
      details.set(rel, describe(p, k));
    }
    return { root, total: py.size, failures, details };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function describe(py, kr) {
  const side = (r) => (r.crash !== undefined ? `crash: ${r.crash}` : r.sha1 !== undefined ? 'AST' : `${r.error.type}: ${r.error.msg} (${r.error.lineno}:${r.error.offset}-${r.error.end_lineno}:${r.error.end_offset})`);
  return `cpython ${side(py)} | krait ${side(kr)}`;
}

function diffOne(rel) {
  const root = stdlibRoot();
  if (root === null) { console.error('python3 not found'); process.exit(2); }
  const path = join(root, rel);
  const tmp = mkdtempSync(join(tmpdir(), 'krait-diff-'));
  try {
    const py = spawnSync('python3', ['-m', 'ast', '-a', path], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const kr = spawnSync(process.execPath, [join(ROOT, 'bin', 'krait'), '-m', 'ast', '-a', path], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const a = join(tmp, 'cpython'), b = join(tmp, 'krait');
    // A refusal shows as its report (CPython's traceback ends with the same block).
    writeFileSync(a, py.stdout + (py.status ? py.stderr : ''));
    writeFileSync(b, kr.stdout + (kr.status ? kr.stderr : ''));
    const d = spawnSync('diff', ['-u', '--label', `cpython/${rel}`, '--label', `krait/${rel}`, a, b], { encoding: 'utf8', maxBuffer: 1 << 30 });
    process.stdout.write(d.stdout || 'identical\n');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(argv) {
  if (argv[0] === '--diff') {
    if (!argv[1]) { console.error('usage: node scripts/ast-parity.mjs --diff REL_PATH'); process.exit(2); }
    diffOne(argv[1]);
    return;
  }
  const started = Date.now();
  const r = await runParity();
  if (r === null) {
    console.log('ast parity: skipped (python3 not found)');
    return;
  }
  if (argv.includes('--json')) {
    process.stdout.write(JSON.stringify({ total: r.total, failures: Object.fromEntries(r.failures) }) + '\n');
    return;
  }
  const same = r.total - r.failures.size;
  console.log(`ast parity: ${same}/${r.total} files identical (${((100 * same) / r.total).toFixed(1)}%) [${((Date.now() - started) / 1000).toFixed(1)}s]`);
  const byReason = new Map();
  for (const why of r.failures.values()) byReason.set(why, (byReason.get(why) ?? 0) + 1);
  if (byReason.size) console.log('  ' + [...byReason].map(([k, v]) => `${k}: ${v}`).join(', '));
  const shown = [...r.failures.keys()].slice(0, argv.includes('--all') ? Infinity : 15);
  for (const rel of shown) console.log(`  ${r.failures.get(rel).padEnd(14)} ${rel}\n                 ${r.details.get(rel)}`);
  if (shown.length < r.failures.size) console.log(`  ... and ${r.failures.size - shown.length} more (--all lists them)`);
  if (argv.includes('--update-ledger')) {
    writeLedger(r.failures);
    console.log(`wrote ${relative(ROOT, LEDGER)} (${r.failures.size} files)`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main(process.argv.slice(2));
}
