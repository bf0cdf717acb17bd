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
// <name>.stdin if that exists (else empty), and a clean environment (see
// programEnv below; tests/programs.test.mjs uses the same one for krait).
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
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPrograms, programEnv, PLACEHOLDER } from '../tests/programs/harness.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(repo, 'tests', 'programs');
const python = process.env.PYTHON ?? 'python3';
const SLOW_MS = 1000;

const filter = process.argv[2] ?? '';
const env = programEnv(process.env);
const programs = findPrograms(corpus).filter((p) => p.rel.includes(filter));
let slow = 0;
let problems = 0;
const started = Date.now();

for (const p of programs) {
  const stdinPath = `${p.stem}.stdin`;
  const input = existsSync(stdinPath) ? readFileSync(stdinPath) : Buffer.alloc(0);
  const t0 = Date.now();
  const r = spawnSync(python, [p.name], { cwd: p.dir, env, input, maxBuffer: 64 << 20, timeout: 30_000 });
  const ms = Date.now() - t0;
  if (r.error) throw r.error;
  const status = r.status !== null ? String(r.status) : String(r.signal);
  const outputs = { stdout: r.stdout, stderr: r.stderr };
  for (const [kind, data] of Object.entries(outputs)) {
    // latin1 maps bytes 1:1, so replacing the (ASCII-safe) folder keeps the bytes exact.
    const raw = data.toString('latin1');
    if (raw.includes(PLACEHOLDER)) {
      console.error(`${p.rel}: ${kind} contains the placeholder ${PLACEHOLDER}; not recordable`);
      problems++;
    }
    writeFileSync(`${p.stem}.${kind}`, Buffer.from(raw.replaceAll(p.dir, PLACEHOLDER), 'latin1'));
  }
  writeFileSync(`${p.stem}.status`, status + '\n');
  if (ms > SLOW_MS) {
    console.error(`${p.rel}: slow (${ms} ms)`);
    slow++;
  }
}

console.log(
  `recorded ${programs.length} programs in ${((Date.now() - started) / 1000).toFixed(1)} s` +
    (slow ? `, ${slow} slow` : '') +
    (problems ? `, ${problems} problems` : ''),
);
if (problems) process.exitCode = 1;
