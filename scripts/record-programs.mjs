#!/usr/bin/env node
// Records what CPython 3.11 prints for every program in tests/programs/.
//
// A program is tests/programs/<area>/<name>.py whose name does not start
// with `mod_` (those, and everything in subfolders of an area, are helper
// modules for imports; see tests/programs/README.md). For each program this
// writes, next to it:
//   <name>.stdout  exact bytes of stdout
//   <name>.stderr  exact bytes of stderr
//   <name>.status  the exit status as a decimal number, or the signal name
//                  (e.g. SIGINT: CPython re-raises an uncaught
//                  KeyboardInterrupt as a real SIGINT) followed by a newline
// The run is `python3 <name>.py` with cwd = the program's folder, stdin from
// <name>.stdin if that exists (else empty), and a clean environment
// (programEnv in tests/programs/harness.mjs; tests/programs.test.mjs runs
// krait in the same one). Several programs run at once.
//
// Paths: CPython makes the script path absolute (tracebacks, __file__), so
// the recorder replaces the absolute area folder with the placeholder {dir}
// in both outputs; the test runner substitutes the folder back before
// comparing. A raw output that already contains "{dir}" is rejected, since
// the substitution could not be undone.
//
// Usage: node scripts/record-programs.mjs [FILTER]
//   FILTER: a substring of the path relative to tests/programs (e.g. "int/"
//   or "str/format"); only matching programs are recorded.
// Re-running reproduces identical files. Programs that take longer than
// SLOW_MS are reported (the corpus should record in about a minute).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPrograms, programEnv, PLACEHOLDER } from '../tests/programs/harness.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(repo, 'tests', 'programs');
const python = process.env.PYTHON ?? 'python3';
const SLOW_MS = 1000;
const CONCURRENCY = Math.max(2, Math.min(8, availableParallelism() * 2));

const filter = process.argv[2] ?? '';
const env = programEnv(process.env);
const programs = findPrograms(corpus).filter((p) => p.rel.includes(filter));
let slow = 0;
let problems = 0;
const started = Date.now();

/** Runs python3 on one program; resolves to { stdout, stderr, status, ms }. */
function runPython(p) {
  return new Promise((resolve, reject) => {
    const stdinPath = `${p.stem}.stdin`;
    const t0 = Date.now();
    const child = spawn(python, [p.name], { cwd: p.dir, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => err.push(c));
    child.stdin.on('error', () => {}); // a program may exit without reading its stdin
    child.stdin.end(existsSync(stdinPath) ? readFileSync(stdinPath) : Buffer.alloc(0));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err),
        status: code !== null ? String(code) : String(signal),
        ms: Date.now() - t0,
      });
    });
  });
}

/** Writes the three expectation files of one program. */
function record(p, r) {
  for (const kind of ['stdout', 'stderr']) {
    // latin1 maps bytes 1:1, so replacing the (ASCII) folder keeps the bytes exact.
    const raw = r[kind].toString('latin1');
    if (raw.includes(PLACEHOLDER)) {
      console.error(`${p.rel}: ${kind} contains the placeholder ${PLACEHOLDER}; not recordable`);
      problems++;
    }
    writeFileSync(`${p.stem}.${kind}`, Buffer.from(raw.replaceAll(p.dir, PLACEHOLDER), 'latin1'));
  }
  writeFileSync(`${p.stem}.status`, r.status + '\n');
  if (r.ms > SLOW_MS) {
    console.error(`${p.rel}: slow (${r.ms} ms)`);
    slow++;
  }
}

// Programs are independent (each has its own output files), so several run at once.
let next = 0;
async function worker() {
  while (next < programs.length) {
    const p = programs[next++];
    record(p, await runPython(p));
  }
}
await Promise.all(Array.from({ length: CONCURRENCY }, worker));

console.log(
  `recorded ${programs.length} programs in ${((Date.now() - started) / 1000).toFixed(1)} s` +
    (slow ? `, ${slow} slow` : '') +
    (problems ? `, ${problems} problems` : ''),
);
if (problems) process.exitCode = 1;
