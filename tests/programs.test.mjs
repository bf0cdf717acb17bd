// The program corpus: `krait NAME.py` must print exactly what CPython 3.11
// printed for tests/programs/<area>/NAME.py (stdout, stderr, exit status),
// as recorded by scripts/record-programs.mjs. See tests/programs/README.md.
//
// - One test() per program. The krait processes are spawned up front, a few
//   at a time, and each test awaits its own result.
// - Same cwd (the program's folder), environment (tests/programs/harness.mjs)
//   and stdin (NAME.stdin, else empty) as the recording.
// - Recorded outputs hold {dir} for the program's folder; it is substituted
//   back before the byte-exact comparison.
// - Ledger: programs listed in tests/programs_ledger.txt (one path relative
//   to tests/programs per line, '#' comments) are expected to fail: a failure
//   is reported as `todo`, but a listed program that passes FAILS, so the
//   ledger stays true. KRAIT_UPDATE_LEDGER=1 rewrites the ledger with the
//   programs that fail in this run (with a filter, only the filtered entries
//   change).
// - KRAIT_ARGS: extra options put before the program name (split on spaces),
//   e.g. KRAIT_ARGS="--jit-threshold=1". KRAIT_BIN: another executable JS file
//   to run instead of bin/krait. KRAIT_FILTER: only programs whose relative
//   path contains this substring.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPrograms, programEnv, PLACEHOLDER } from './programs/harness.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(repo, 'tests', 'programs');
const ledgerPath = join(repo, 'tests', 'programs_ledger.txt');
const krait = process.env.KRAIT_BIN ?? join(repo, 'bin', 'krait');
const kraitArgs = (process.env.KRAIT_ARGS ?? '').split(' ').filter((a) => a !== '');
const filter = process.env.KRAIT_FILTER ?? '';
const CONCURRENCY = Math.max(2, Math.min(8, availableParallelism() * 2));
const TIMEOUT_MS = 20_000;
const env = programEnv(process.env);

function readLedger() {
  if (!existsSync(ledgerPath)) return new Set();
  const lines = readFileSync(ledgerPath, 'utf8').split('\n');
  return new Set(lines.map((l) => l.replace(/#.*/, '').trim()).filter((l) => l !== ''));
}

/** Runs krait on one program; resolves to { stdout, stderr, status, error }. */
function runKrait(p) {
  return new Promise((resolve) => {
    const stdinPath = `${p.stem}.stdin`;
    const stdinFd = existsSync(stdinPath) ? openSync(stdinPath, 'r') : 'ignore';
    const child = spawn(process.execPath, [krait, ...kraitArgs, p.name], {
      cwd: p.dir,
      env,
      stdio: [stdinFd, 'pipe', 'pipe'],
    });
    if (typeof stdinFd === 'number') closeSync(stdinFd);
    const out = [];
    const err = [];
    let error = null;
    const timer = setTimeout(() => {
      error = `timed out after ${TIMEOUT_MS} ms`;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => err.push(c));
    child.on('error', (e) => {
      error = String(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err),
        status: code !== null ? String(code) : String(signal),
        error,
      });
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

/** Recorded bytes with the placeholder replaced by the program's folder. */
function expected(p, kind) {
  const raw = readFileSync(`${p.stem}.${kind}`).toString('latin1');
  return Buffer.from(raw.replaceAll(PLACEHOLDER, p.dir), 'latin1');
}

/** A unified diff of two texts (whole-file hunk with 3 lines of context around changes). */
function unifiedDiff(want, got, label) {
  const a = want.split('\n');
  const b = got.split('\n');
  // LCS table; outputs are small (a few hundred lines at most).
  const n = a.length;
  const m = b.length;
  if (n * m > 4_000_000) return `--- expected ${label}\n+++ krait ${label}\n(too large to diff: ${n} vs ${m} lines)`;
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) ops.push([' ', a[i++], j++]);
    else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) ops.push(['+', b[j++]]);
    else ops.push(['-', a[i++]]);
  }
  const keep = ops.map(() => false);
  ops.forEach((op, k) => {
    if (op[0] === ' ') return;
    for (let d = Math.max(0, k - 3); d <= Math.min(ops.length - 1, k + 3); d++) keep[d] = true;
  });
  const lines = [`--- expected ${label}`, `+++ krait ${label}`];
  let gap = false;
  ops.forEach((op, k) => {
    if (!keep[k]) {
      if (!gap) lines.push('@@ ... @@');
      gap = true;
      return;
    }
    gap = false;
    lines.push(op[0] + JSON.stringify(op[1]).slice(1, -1));
  });
  return lines.join('\n');
}

const ledger = readLedger();
const pool = makePool(CONCURRENCY);
const programs = findPrograms(corpus)
  .filter((p) => p.rel.includes(filter))
  .map((p) => ({ ...p, result: pool(() => runKrait(p)) }));

const failing = [];
let passed = 0;
let unexpectedPasses = 0;

for (const p of programs) {
  const listed = ledger.has(p.rel);
  test(p.rel, async (t) => {
    const r = await p.result;
    const want = { stdout: expected(p, 'stdout'), stderr: expected(p, 'stderr') };
    const wantStatus = readFileSync(`${p.stem}.status`, 'utf8').trim();
    const ok = r.error === null && r.status === wantStatus && r.stdout.equals(want.stdout) && r.stderr.equals(want.stderr);
    if (ok) {
      passed++;
      if (listed) {
        unexpectedPasses++;
        assert.fail(`${p.rel} passes but is listed in tests/programs_ledger.txt: remove it (or KRAIT_UPDATE_LEDGER=1)`);
      }
      return;
    }
    failing.push(p.rel);
    if (listed) t.todo('known failure (tests/programs_ledger.txt)');
    const problems = [];
    if (r.error !== null) problems.push(`krait: ${r.error}`);
    if (r.status !== wantStatus) problems.push(`exit status: expected ${wantStatus}, krait ${r.status}`);
    for (const kind of ['stdout', 'stderr']) {
      if (r[kind].equals(want[kind])) continue;
      const w = want[kind].toString('utf8');
      const g = r[kind].toString('utf8');
      problems.push(w === g ? `${kind}: bytes differ (same text after UTF-8 decoding)` : unifiedDiff(w, g, kind));
    }
    assert.fail(`${p.rel}\n${problems.join('\n')}`);
  });
}

after(() => {
  console.log(
    `programs: ${passed} passed, ${failing.length} failed (of ${programs.length})` +
      (unexpectedPasses ? `, ${unexpectedPasses} listed in the ledger but passing` : ''),
  );
  if (process.env.KRAIT_UPDATE_LEDGER === '1') {
    // Entries outside this run (filtered out) are kept as they were.
    const ran = new Set(programs.map((p) => p.rel));
    const kept = [...ledger].filter((rel) => !ran.has(rel));
    const all = [...new Set([...kept, ...failing])].sort();
    const header =
      '# Programs of tests/programs/ that krait does not pass yet; they run as `todo`.\n' +
      '# Regenerate: KRAIT_UPDATE_LEDGER=1 node --test tests/programs.test.mjs\n';
    writeFileSync(ledgerPath, header + all.map((rel) => rel + '\n').join(''));
  }
});
