#!/usr/bin/env node
// Benchmark suite runner: every program in bench/programs/ under krait,
// CPython (python3) and PyPy (pypy3), compared by time and by output.
//
//   npm run bench                              (all programs, 3 repetitions)
//   node bench/run.mjs --only richards,nbody --reps 5
//   node bench/run.mjs --impl python3,pypy3 --json results.json
//   node bench/run.mjs --scale 0.1             (each program at 1/10 of its default size)
//
// Options:
//   --reps N        repetitions per program and implementation (default 3)
//   --size N        pass N as sys.argv[1] to every program (its meaning is
//                   per program: a loop count, a board size, a digit count)
//   --scale F       pass round(F * DEFAULT_SIZE) instead (at least 1), where
//                   DEFAULT_SIZE is read from each program's source
//   --only a,b      run only these programs
//   --impl a,b      implementations (columns) to run: krait,python3,pypy3
//   --timeout S     seconds before a run is killed (default 120)
//   --json FILE     also write every measurement to FILE
//   --list          list the programs and their default sizes, then exit
//
// Repetitions are interleaved: repetition 1 of every implementation, then
// repetition 2, and so on, so that slow drifts in machine load (other
// processes, thermal throttling) hit every column about equally.  Times are
// wall-clock for the whole process, start-up included (the start-up line
// shows how much that is: each implementation running an empty file).
//
// The output of every run is compared: CPython's is the reference.  A run
// that exits non-zero is "crash", one killed by the timeout is "timeout", one
// whose output differs from CPython's (or from its own earlier repetitions)
// is "WRONG" and the row is marked failed.  Ratios are implementation time /
// CPython time (below 1 = faster than CPython).  Geometric means are taken
// over the programs where the implementations involved ran and agreed.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PROGRAMS_DIR = join(ROOT, 'bench', 'programs');
const KRAIT = join(ROOT, 'bin', 'krait');

/** The implementations the runner knows, in column order. */
const IMPLS = [
  { name: 'krait', label: 'krait', command: process.execPath, prefix: [KRAIT] },
  { name: 'python3', label: 'CPython', command: 'python3', prefix: [] },
  { name: 'pypy3', label: 'PyPy', command: 'pypy3', prefix: [] },
];
const REFERENCE = 'python3';

// ---------------------------------------------------------------- options

function parseArgs(argv) {
  const opts = { reps: 3, size: null, scale: null, only: null, impl: IMPLS.map((i) => i.name), timeout: 120, json: null, list: false };
  const value = (i, flag) => {
    if (i + 1 >= argv.length) fail(`${flag} needs a value`);
    return argv[i + 1];
  };
  const number = (text, flag, min) => {
    const n = Number(text);
    if (!Number.isFinite(n) || n < min) fail(`${flag}: expected a number >= ${min}, got ${JSON.stringify(text)}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    switch (a) {
      case '--reps': opts.reps = Math.floor(number(value(i, a), a, 1)); i++; break;
      case '--size': opts.size = Math.floor(number(value(i, a), a, 1)); i++; break;
      case '--scale': opts.scale = number(value(i, a), a, 0); i++; break;
      case '--only': opts.only = value(i, a).split(',').map((s) => s.trim()).filter(Boolean); i++; break;
      case '--impl': opts.impl = value(i, a).split(',').map((s) => s.trim()).filter(Boolean); i++; break;
      case '--timeout': opts.timeout = number(value(i, a), a, 0.001); i++; break;
      case '--json': opts.json = value(i, a); i++; break;
      case '--list': opts.list = true; break;
      case '-h': case '--help': usage(0); break;
      default: fail(`unknown option ${a}`);
    }
  }
  if (opts.size !== null && opts.scale !== null) fail('--size and --scale are exclusive');
  for (const name of opts.impl) if (!IMPLS.some((i) => i.name === name)) fail(`unknown implementation ${name} (known: ${IMPLS.map((i) => i.name).join(', ')})`);
  return opts;
}

function usage(code) {
  const text = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
  const end = text.findIndex((l) => l.startsWith('// Repetitions'));
  console.log(text.slice(1, end).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(code);
}

function fail(message) {
  console.error(`bench/run.mjs: ${message}`);
  process.exit(2);
}

// ---------------------------------------------------------------- programs

/** Every bench/programs/*.py with its DEFAULT_SIZE and docstring summary. */
function discoverPrograms() {
  return readdirSync(PROGRAMS_DIR)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((f) => {
      const source = readFileSync(join(PROGRAMS_DIR, f), 'utf8');
      const m = /^DEFAULT_SIZE = (\d+)$/m.exec(source);
      const doc = /^"""([^\n]*)/.exec(source);
      return { name: f.slice(0, -3), path: join(PROGRAMS_DIR, f), defaultSize: m ? Number(m[1]) : null, summary: doc ? doc[1] : '' };
    });
}

function sizeFor(program, opts) {
  if (opts.size !== null) return opts.size;
  if (opts.scale !== null && program.defaultSize !== null) return Math.max(1, Math.round(program.defaultSize * opts.scale));
  return null; // the program's own default
}

// ---------------------------------------------------------------- running

/** Whether an implementation can be run at all here, and its version line. */
function probe(impl) {
  if (impl.name === 'krait') {
    if (!existsSync(join(ROOT, 'dist', 'krait.mjs'))) return { ok: false, why: 'not built (run `npm run build`): its rows will show as failed' };
    const r = spawnSync(impl.command, [...impl.prefix, '--version'], { encoding: 'utf8', timeout: 10000 });
    const version = r.status === 0 ? (r.stdout || r.stderr).trim().split('\n')[0] : 'krait (version unknown)';
    return { ok: true, version };
  }
  const r = spawnSync(impl.command, ['--version'], { encoding: 'utf8', timeout: 10000 });
  if (r.error || r.status !== 0) return { ok: false, why: `${impl.command} not found: column skipped` };
  const version = (r.stdout + r.stderr).trim().split('\n').join(' ').replace(/\s+/g, ' ');
  return { ok: true, version };
}

/** One timed run: { status: 'ok'|'crash'|'timeout', seconds, stdout, error }. */
function runOnce(impl, path, size, timeoutSeconds) {
  const args = [...impl.prefix, path];
  if (size !== null) args.push(String(size));
  const t0 = process.hrtime.bigint();
  const r = spawnSync(impl.command, args, {
    encoding: 'utf8',
    timeout: timeoutSeconds * 1000,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.error && r.error.code === 'ETIMEDOUT') return { status: 'timeout', seconds, stdout: r.stdout ?? '', error: `killed after ${timeoutSeconds} s` };
  if (r.error) return { status: 'crash', seconds, stdout: '', error: String(r.error.message) };
  if (r.status !== 0) {
    const lines = (r.stderr || '').trim().split('\n');
    return { status: 'crash', seconds, stdout: r.stdout, error: `exit ${r.status ?? r.signal}: ${lines[lines.length - 1] || '(no message)'}` };
  }
  return { status: 'ok', seconds, stdout: r.stdout, error: null };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[n >> 1] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const geomean = (xs) => (xs.length ? Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length) : null);
const normalize = (out) => out.replace(/\s+$/gm, '').trimEnd();

/**
 * Run every selected implementation `reps` times on one program, interleaved,
 * and reduce to one cell per implementation:
 * { status: 'ok'|'crash'|'timeout'|'wrong', median, times, output, error }.
 */
function benchProgram(program, impls, opts, log) {
  const size = sizeFor(program, opts);
  const runs = new Map(impls.map((impl) => [impl.name, []]));
  for (let rep = 0; rep < opts.reps; rep++) {
    for (const impl of impls) {
      const cellRuns = runs.get(impl.name);
      // Once an implementation has failed on this program, stop running it.
      if (cellRuns.some((r) => r.status !== 'ok')) continue;
      const r = runOnce(impl, program.path, size, opts.timeout);
      cellRuns.push(r);
      log(`  ${program.name} rep ${rep + 1}/${opts.reps} ${impl.name}: ${r.status === 'ok' ? r.seconds.toFixed(3) + ' s' : r.status}`);
    }
  }
  const cells = {};
  for (const impl of impls) {
    const rs = runs.get(impl.name);
    const bad = rs.find((r) => r.status !== 'ok');
    if (bad) {
      cells[impl.name] = { status: bad.status, median: null, times: rs.map((r) => r.seconds), output: bad.stdout, error: bad.error };
      continue;
    }
    const outputs = new Set(rs.map((r) => normalize(r.stdout)));
    const times = rs.map((r) => r.seconds);
    if (outputs.size > 1) {
      cells[impl.name] = { status: 'wrong', median: median(times), times, output: rs.map((r) => r.stdout).join('---\n'), error: 'output differs between repetitions' };
    } else {
      cells[impl.name] = { status: 'ok', median: median(times), times, output: normalize(rs[0].stdout), error: null };
    }
  }
  // Compare outputs: CPython is the oracle; without it, the first that ran.
  const ref = cells[REFERENCE]?.status === 'ok' ? REFERENCE : impls.map((i) => i.name).find((n) => cells[n].status === 'ok');
  const mismatches = [];
  if (ref) {
    for (const impl of impls) {
      const c = cells[impl.name];
      if (impl.name !== ref && c.status === 'ok' && c.output !== cells[ref].output) {
        c.status = 'wrong';
        c.error = `output differs from ${ref}`;
        mismatches.push({ impl: impl.name, ref, expected: cells[ref].output, got: c.output });
      }
    }
  }
  return { name: program.name, size: size ?? program.defaultSize, cells, reference: ref ?? null, mismatches };
}

// ---------------------------------------------------------------- report

const CELL_TEXT = { crash: 'crash', timeout: 'timeout', wrong: 'WRONG', skipped: 'n/a' };

function fmtTime(cell) {
  if (!cell) return 'n/a';
  return cell.status === 'ok' ? cell.median.toFixed(3) : CELL_TEXT[cell.status];
}

/** impl/CPython time ratio for a row, or null when either did not run correctly. */
function ratio(row, name) {
  const a = row.cells[name];
  const b = row.cells[REFERENCE];
  if (!a || !b || a.status !== 'ok' || b.status !== 'ok') return null;
  return a.median / b.median;
}

/** Plain-text table: the first `alignLeft` columns left-aligned, the rest right-aligned. */
function table(headers, rows, alignLeft = 1) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i < alignLeft || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function report(rows, impls, startup) {
  const ratioImpls = impls.filter((i) => i.name !== REFERENCE);
  const haveRef = impls.some((i) => i.name === REFERENCE);
  const headers = ['program', 'size', ...impls.map((i) => `${i.name} s`)];
  if (haveRef) headers.push(...ratioImpls.map((i) => `${i.label}/CPy`));
  headers.push('status');
  const body = rows.map((row) => {
    const cells = [row.name, String(row.size ?? '-'), ...impls.map((i) => fmtTime(row.cells[i.name]))];
    if (haveRef) cells.push(...ratioImpls.map((i) => { const r = ratio(row, i.name); return r === null ? '-' : r.toFixed(2); }));
    const failed = impls.filter((i) => row.cells[i.name].status !== 'ok').map((i) => `${i.name} ${CELL_TEXT[row.cells[i.name].status]}`);
    cells.push(row.mismatches.length ? `FAILED: ${failed.join(', ')}` : failed.length ? failed.join(', ') : 'ok');
    return cells;
  });
  if (startup) {
    body.push(['(start-up)', '-', ...impls.map((i) => (startup[i.name] == null ? 'n/a' : startup[i.name].toFixed(3)))]
      .concat(haveRef ? ratioImpls.map(() => '') : [], ['empty file, not in geomean']));
  }
  const out = [table(headers, body)];
  const geo = {};
  if (haveRef && ratioImpls.length) {
    // Per column: programs where this implementation and CPython agreed.
    const per = ratioImpls.map((i) => {
      const rs = rows.map((r) => ratio(r, i.name)).filter((x) => x !== null);
      geo[i.name] = { geomean: geomean(rs), programs: rs.length };
      return rs.length ? `${i.label}/CPy ${geomean(rs).toFixed(3)} (${rs.length}/${rows.length} programs)` : `${i.label}/CPy - (no program ran correctly)`;
    });
    out.push('', `geomean of ratios, per column: ${per.join('; ')}`);
    // Where every selected implementation ran and agreed.
    const allOk = rows.filter((r) => impls.every((i) => r.cells[i.name].status === 'ok'));
    if (ratioImpls.length > 1 || allOk.length !== geo[ratioImpls[0].name].programs) {
      const parts = ratioImpls.map((i) => `${i.label}/CPy ${allOk.length ? geomean(allOk.map((r) => ratio(r, i.name))).toFixed(3) : '-'}`);
      geo.allAgreed = { programs: allOk.map((r) => r.name), ...Object.fromEntries(ratioImpls.map((i) => [i.name, allOk.length ? geomean(allOk.map((r) => ratio(r, i.name))) : null])) };
      out.push(`geomean of ratios where all ${impls.length} ran and agreed (${allOk.length}/${rows.length} programs): ${parts.join('; ')}`);
    }
    out.push('(ratio = time / CPython time: below 1.00 is faster than CPython)');
  } else if (!haveRef) {
    out.push('', '(python3 not among the columns: no ratios)');
  }
  const mismatches = rows.flatMap((r) => r.mismatches.map((m) => ({ program: r.name, ...m })));
  if (mismatches.length) {
    out.push('', `!!! ${mismatches.length} OUTPUT MISMATCH${mismatches.length > 1 ? 'ES' : ''} !!!`);
    for (const m of mismatches) {
      out.push(`  ${m.program}: ${m.impl} differs from ${m.ref}`, `    expected: ${JSON.stringify(m.expected.slice(0, 300))}`, `    got:      ${JSON.stringify(m.got.slice(0, 300))}`);
    }
  }
  const errors = rows.flatMap((r) => impls.filter((i) => ['crash', 'timeout'].includes(r.cells[i.name].status)).map((i) => `  ${r.name} ${i.name}: ${r.cells[i.name].error}`));
  if (errors.length) {
    // Collapse identical messages (e.g. krait not implemented yet) into one line each.
    const byMessage = new Map();
    for (const row of rows) {
      for (const i of impls) {
        const c = row.cells[i.name];
        if (c.status !== 'crash' && c.status !== 'timeout') continue;
        const key = `${i.name}: ${c.error.split(PROGRAMS_DIR + '/').join('')}`.replace(row.name + '.py', '<program>.py');
        if (!byMessage.has(key)) byMessage.set(key, []);
        byMessage.get(key).push(row.name);
      }
    }
    out.push('', 'failures:');
    for (const [key, names] of byMessage) out.push(`  ${key}  [${names.length === rows.length ? 'all programs' : names.join(', ')}]`);
  }
  return { text: out.join('\n'), geo, mismatches };
}

/** Median start-up time of each implementation: running an empty file. */
function measureStartup(impls, opts) {
  const dir = mkdtempSync(join(tmpdir(), 'krait-bench-'));
  try {
    const empty = join(dir, 'empty.py');
    writeFileSync(empty, '');
    const result = {};
    const times = new Map(impls.map((i) => [i.name, []]));
    for (let rep = 0; rep < opts.reps; rep++) {
      for (const impl of impls) {
        const r = runOnce(impl, empty, null, Math.min(opts.timeout, 30));
        if (r.status === 'ok') times.get(impl.name).push(r.seconds);
      }
    }
    for (const impl of impls) result[impl.name] = times.get(impl.name).length === opts.reps ? median(times.get(impl.name)) : null;
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- main

function main() {
  const opts = parseArgs(process.argv.slice(2));
  let programs = discoverPrograms();
  if (opts.list) {
    console.log(table(['program', 'default size', 'what it is'], programs.map((p) => [p.name, String(p.defaultSize ?? '-'), p.summary]), 3));
    return;
  }
  if (opts.only) {
    const unknown = opts.only.filter((n) => !programs.some((p) => p.name === n));
    if (unknown.length) fail(`no such program: ${unknown.join(', ')} (see --list)`);
    programs = programs.filter((p) => opts.only.includes(p.name));
  }
  const log = (msg) => process.stderr.write(msg + '\n');
  const impls = [];
  const versions = {};
  for (const impl of IMPLS.filter((i) => opts.impl.includes(i.name))) {
    const p = probe(impl);
    if (p.ok) {
      impls.push(impl);
      versions[impl.name] = p.version;
      log(`${impl.name}: ${p.version}`);
    } else if (impl.name === 'krait') {
      // Keep the column: every row shows krait as failed, the rest still works.
      impls.push(impl);
      versions[impl.name] = null;
      log(`krait: ${p.why}`);
    } else {
      log(`${impl.name}: ${p.why}`);
    }
  }
  if (!impls.length) fail('no implementation to run');
  log(`${programs.length} programs, ${opts.reps} repetition(s), ${opts.size !== null ? `size ${opts.size}` : opts.scale !== null ? `scale ${opts.scale}` : 'default sizes'}, timeout ${opts.timeout} s, ${cpus().length} CPU(s)`);

  const startup = measureStartup(impls, opts);
  const rows = [];
  for (const program of programs) {
    const row = benchProgram(program, impls, opts, log);
    for (const m of row.mismatches) log(`!!! ${program.name}: ${m.impl} output differs from ${m.ref}:\n!!!   expected ${JSON.stringify(m.expected)}\n!!!   got      ${JSON.stringify(m.got)}`);
    rows.push(row);
  }
  const { text, geo, mismatches } = report(rows, impls, startup);
  console.log(text);

  if (opts.json) {
    const data = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? null, node: process.version, platform: process.platform },
      options: { reps: opts.reps, size: opts.size, scale: opts.scale, timeout: opts.timeout },
      implementations: versions,
      startup,
      programs: rows.map((r) => ({
        name: r.name,
        size: r.size,
        reference: r.reference,
        results: Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, { status: c.status, median: c.median, times: c.times, output: c.output, error: c.error }])),
        ratios: Object.fromEntries(impls.filter((i) => i.name !== REFERENCE).map((i) => [i.name, ratio(r, i.name)])),
      })),
      geomean: geo,
    };
    writeFileSync(opts.json, JSON.stringify(data, null, 2) + '\n');
    log(`results written to ${opts.json}`);
  }
  if (mismatches.length) process.exitCode = 1;
}

main();
