#!/usr/bin/env node
// Parse benchmark: the whole CPython stdlib (every .py file, site-packages
// excluded: ~1,790 files, 31 MB) parsed into ASTs, krait vs CPython.
//
// Both sides read every file into memory first, so only decoding +
// tokenizing + parsing is timed: krait's parse(bytes, path, 'exec', true) in
// one node process, CPython's ast.parse(data, path, type_comments=True) in
// one python3 process.  Each does a warm-up pass, then 3 timed passes, and
// reports the median.  The two run one after the other, not concurrently.
//
//   npm run bench:parse            (node bench/parse.mjs [--passes N])

import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const PASSES = argv.includes('--passes') ? Number(argv[argv.indexOf('--passes') + 1]) : 3;

const py = spawnSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' });
if (py.error || py.status !== 0) {
  console.log('bench:parse: python3 not found (it provides the corpus and the comparison); nothing to do');
  process.exit(0);
}
const STDLIB = py.stdout.trim();

function corpus(dir, out = []) {
  const entries = readdirSync(dir, { withFileTypes: true });
  for (const e of entries.filter((e) => !e.isDirectory() && e.name.endsWith('.py')).map((e) => e.name).sort()) out.push(join(dir, e));
  for (const e of entries.filter((e) => e.isDirectory() && e.name !== 'site-packages').map((e) => e.name).sort()) corpus(join(dir, e), out);
  return out;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function benchKrait(files) {
  const { parse } = await import(pathToFileURL(join(ROOT, 'dist', 'index.mjs')).href);
  const inputs = files.map((p) => {
    const b = readFileSync(p);
    return [p, new Uint8Array(b.buffer, b.byteOffset, b.byteLength)];
  });
  const bytes = inputs.reduce((n, [, d]) => n + d.length, 0);
  let refused = 0;
  const pass = () => {
    refused = 0;
    const t0 = process.hrtime.bigint();
    for (const [path, data] of inputs) {
      try {
        parse(data, path, 'exec', true);
      } catch {
        refused++;
      }
    }
    return Number(process.hrtime.bigint() - t0) / 1e9;
  };
  pass(); // warm-up: lets the JIT compile the tokenizer and parser
  const times = [];
  for (let i = 0; i < PASSES; i++) times.push(pass());
  return { time: median(times), times, bytes, refused };
}

function benchCPython(files) {
  const script = String.raw`
import ast, json, sys, time
files = json.load(sys.stdin)
passes = int(sys.argv[1])
inputs = []
for p in files:
    with open(p, 'rb') as f:
        inputs.append((p, f.read()))
def one():
    refused = 0
    t0 = time.perf_counter()
    for p, d in inputs:
        try:
            ast.parse(d, p, type_comments=True)
        except (SyntaxError, ValueError):
            refused += 1
    return time.perf_counter() - t0, refused
one()
runs = [one() for _ in range(passes)]
times = [t for t, _ in runs]
print(json.dumps({'time': sorted(times)[len(times) // 2], 'times': times, 'refused': runs[0][1], 'version': sys.version.split()[0]}))
`;
  const r = spawnSync('python3', ['-c', script, String(PASSES)], { input: JSON.stringify(files), encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const files = corpus(STDLIB);
const fmt = (t) => `${t.toFixed(3)} s`;
const k = await benchKrait(files);
const c = benchCPython(files);
const mb = k.bytes / 1e6;
console.log(`corpus: ${files.length} files, ${mb.toFixed(1)} MB (${STDLIB})`);
console.log(`krait   parse: ${fmt(k.time)}  (${(mb / k.time).toFixed(1)} MB/s; passes ${k.times.map((t) => t.toFixed(3)).join(', ')}; ${k.refused} files refused)`);
console.log(`CPython parse: ${fmt(c.time)}  (${(mb / c.time).toFixed(1)} MB/s; passes ${c.times.map((t) => t.toFixed(3)).join(', ')}; ${c.refused} files refused; Python ${c.version})`);
console.log(`ratio krait/CPython: ${(k.time / c.time).toFixed(2)}x`);
