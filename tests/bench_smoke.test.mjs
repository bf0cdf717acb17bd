// Smoke test of the benchmark programs (bench/programs/*.py), run with
// python3 at size 1: each must finish quickly and print its checksum line
// ("<name> 1 ..." with at least one number).  This protects the programs
// themselves, not krait; the timed suite is `npm run bench` (bench/run.mjs).
// Also checks the suite's rules that a typo could break: only `sys` and
// `math` imported, and a DEFAULT_SIZE the runner can read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('../bench/programs/', import.meta.url));
const PROGRAMS = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort();
const HAVE_PY = spawnSync('python3', ['-c', 'pass']).status === 0;
const PER_PROGRAM_MS = 5000; // size 1 takes well under 0.2 s of CPU; the rest is slack for a loaded machine
const CONCURRENCY = 4;

function run(file) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn('python3', [join(DIR, file), '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), PER_PROGRAM_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ file, code, signal, out, err, ms: Date.now() - t0 });
    });
  });
}

/** All programs at size 1, a few at a time; memoized so each test awaits the same runs. */
let results = null;
function runAll() {
  if (results) return results;
  results = (async () => {
    const queue = [...PROGRAMS];
    const done = new Map();
    const worker = async () => {
      while (queue.length) {
        const file = queue.shift();
        done.set(file, await run(file));
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return done;
  })();
  return results;
}

test('there are at least 15 benchmark programs', () => {
  assert.ok(PROGRAMS.length >= 15, `found ${PROGRAMS.length}: ${PROGRAMS.join(', ')}`);
});

for (const file of PROGRAMS) {
  const name = file.slice(0, -3);
  test(`bench program ${name}: imports and DEFAULT_SIZE`, () => {
    const source = readFileSync(join(DIR, file), 'utf8');
    const imports = [...source.matchAll(/^\s*(?:import|from)\s+([\w.]+)/gm)].map((m) => m[1]);
    for (const mod of imports) assert.ok(mod === 'sys' || mod === 'math', `${file} imports ${mod}`);
    assert.match(source, /^DEFAULT_SIZE = \d+$/m, `${file} has no DEFAULT_SIZE line for bench/run.mjs`);
  });
  test(`bench program ${name} runs at size 1 under python3`, { skip: HAVE_PY ? false : 'python3 not found' }, async () => {
    const r = (await runAll()).get(file);
    assert.equal(r.signal, null, `${file} killed after ${PER_PROGRAM_MS} ms`);
    assert.equal(r.code, 0, `${file} exited ${r.code}:\n${r.err}`);
    const lines = r.out.trim().split('\n');
    assert.equal(lines.length, 1, `${file} should print one checksum line, printed:\n${r.out}`);
    assert.match(lines[0], new RegExp(`^${name} 1 .*\\d`), `${file} printed ${JSON.stringify(lines[0])}`);
  });
}
