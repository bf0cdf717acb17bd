#!/usr/bin/env node
// Differential fuzzer for krait's front end (tokenizer + parser) against
// CPython 3.11.
//
//   node scripts/fuzz-parser.mjs [--seed N] [--count M] [--lanes L]
//        [--out DIR] [--minimize-ms MS] [--no-minimize] [--keep K] [--quiet]
//   node scripts/fuzz-parser.mjs --check FILE...   compare given files only
//
// Seeds: every .py file of python3's stdlib (site-packages excluded) and
// every case in tests/syntax_errors/. Mutant i is made from a PRNG seeded
// with (--seed, i), so a run is reproducible whatever the scheduling: pick a
// seed file (often a window of its lines), apply 1-3 mutations (delete /
// duplicate / swap / replace a token or line, insert an "interesting" token or
// character, truncate, indent / dedent a line, wrap tokens in f"{...}", a raw
// byte), encode as UTF-8 and parse with both implementations.
//
// CPython runs as one long-lived python3 per lane receiving length-prefixed
// mutants on stdin; it answers with the sha1 of
// ast.dump(ast.parse(data, 'm.py', type_comments=True), include_attributes=True, indent=3)
// or the SyntaxError's (type, msg, lineno, offset, end_lineno, end_offset, text),
// or the name of a MemoryError/RecursionError. krait does the same in a
// worker thread (so a hang can be cut off): any JS exception other than
// PySyntaxError/PyMemoryError is a crash, a parse over 2 s is a hang.
//
// Each distinct difference (its class plus both messages, digits folded) is
// minimized (delta debugging by lines, then by characters, while the same
// difference persists, bounded by --minimize-ms) and written to DIR
// (/tmp/fuzz-out by default) as NNNN_class.py plus NNNN_class.txt describing
// both results. Later mutants with an already-seen difference are only
// counted.

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { build } from 'esbuild';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const HANG_MS = 2000;
// The main thread's cut-off for a worker that never answers (a real hang);
// generous, so a loaded machine doesn't report false hangs (the worker's own
// timing of the parse, over HANG_MS, is the hang criterion).
const HARD_TIMEOUT_MS = 30000;

// ---------------------------------------------------------------------------
// krait's side, in a worker thread.

if (!isMainThread) {
  const { parse, dump, checkSourceFile, PySyntaxError, PyMemoryError } = await import(pathToFileURL(workerData.bundle).href);
  const path = workerData.path;
  parentPort.on('message', ({ id, data, full }) => {
    const t0 = performance.now();
    let r;
    let ms = -1;
    try {
      // What `krait FILE` does (src/cli/main.ts compileOrExit), with type comments.
      checkSourceFile(data, path);
      const tree = parse(data, path, 'exec', true);
      ms = performance.now() - t0;
      let d = null;
      try {
        d = dump(tree, { includeAttributes: true, indent: 3 });
      } catch (e) {
        // Too deep to print (CPython's recursive ast.dump gives up sooner).
        if (!(e instanceof RangeError)) throw e;
      }
      r = d === null ? ['DumpRecursionError'] : ['ok', full ? d : sha1(d)];
    } catch (e) {
      if (e instanceof PySyntaxError) {
        // A negative lineno is krait's encoding of CPython's SyntaxError(msg): no location at all.
        r = e.lineno < 0 ? [e.kind, e.msg, null, null, null, null, null] : [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text];
      } else if (e instanceof PyMemoryError) {
        r = ['MemoryError'];
      } else {
        r = ['CRASH', String(e && e.stack ? e.stack : e)];
      }
    }
    // Only the parse is timed (printing a huge tree may be slow).
    if (ms < 0) ms = performance.now() - t0;
    if (ms > HANG_MS) r = ['HANG', `parse took ${ms.toFixed(0)} ms`];
    parentPort.postMessage({ id, r });
  });
}

/** sha1 of the UTF-16 code units (keeps lone surrogates; Python side uses utf-16-le + surrogatepass). */
function sha1(s) {
  return createHash('sha1').update(Buffer.from(s, 'utf16le')).digest('hex');
}

// ---------------------------------------------------------------------------
// CPython's side: one python3 per lane.

// Errors are taken from a *file run* of the mutant: krait's parse() reports
// them as `python3 FILE` does (error text read back from the file, offset 0
// for errors at EOF, the file reader's decoding checks), which differs in
// places from compile() on a string. The file is parsed in-process through
// PyRun_FileExFlags with a non-dict globals, so a program that parses is
// never run (run_eval_code_obj fails first with SystemError). A program
// that parses is dumped through ast.parse.
const PY_SERVER = String.raw`
import sys, ast, hashlib, json, warnings, ctypes
warnings.simplefilter('ignore')
inp, out = sys.stdin.buffer, sys.stdout
path = sys.argv[1]
libc = ctypes.CDLL(None)
libc.fopen.restype = ctypes.c_void_p
libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
class Flags(ctypes.Structure):
    _fields_ = [('cf_flags', ctypes.c_int), ('cf_feature_version', ctypes.c_int)]
run_file = ctypes.pythonapi.PyRun_FileExFlags
run_file.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.py_object, ctypes.py_object, ctypes.c_int, ctypes.POINTER(Flags)]
run_file.restype = ctypes.py_object
PyCF_TYPE_COMMENTS, Py_file_input = 0x1000, 257

def error(e):
    if isinstance(e, SyntaxError):
        return [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]
    if isinstance(e, (MemoryError, RecursionError)):
        return [type(e).__name__]
    return [type(e).__name__, str(e)]

while True:
    h = inp.read(5)
    if len(h) < 5:
        break
    full = h[0] == 1
    n = int.from_bytes(h[1:], 'little')
    data = inp.read(n)
    with open(path, 'wb') as f:
        f.write(data)
    try:
        tree = ast.parse(data, path, type_comments=True)
        try:
            d = ast.dump(tree, include_attributes=True, indent=3)
        except RecursionError:
            r = ['DumpRecursionError']
        else:
            r = ['ok', d if full else hashlib.sha1(d.encode('utf-16-le', 'surrogatepass')).hexdigest()]
    except BaseException as e:
        r = error(e)
        fp = libc.fopen(path.encode(), b'rb')
        try:
            run_file(fp, path.encode(), Py_file_input, (), (), 1, ctypes.byref(Flags(PyCF_TYPE_COMMENTS, 11)))
        except SystemError:
            pass  # the file run parsed it: keep compile()'s error
        except BaseException as e2:
            r = error(e2)
    out.write(json.dumps(r) + '\n')
    out.flush()
`;

class CPython {
  constructor(path) {
    this.proc = spawn('python3', ['-c', PY_SERVER, path], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.buf = '';
    this.waiting = [];
    this.proc.stdout.setEncoding('utf8');
    this.proc.stdout.on('data', (chunk) => {
      this.buf += chunk;
      let nl;
      while ((nl = this.buf.indexOf('\n')) >= 0) {
        const line = this.buf.slice(0, nl);
        this.buf = this.buf.slice(nl + 1);
        this.waiting.shift()(JSON.parse(line));
      }
    });
  }
  run(data, full = false) {
    const h = Buffer.alloc(5);
    h[0] = full ? 1 : 0;
    h.writeUInt32LE(data.length, 1);
    this.proc.stdin.write(h);
    this.proc.stdin.write(data);
    return new Promise((resolve) => this.waiting.push(resolve));
  }
  close() {
    this.proc.stdin.end();
  }
}

class Krait {
  constructor(bundle, path) {
    this.nextId = 0;
    this.workerData = { bundle, path };
    this.start();
  }
  start() {
    this.worker = new Worker(fileURLToPath(import.meta.url), { workerData: this.workerData });
    this.pending = new Map();
    this.worker.on('message', ({ id, r }) => {
      const p = this.pending.get(id);
      if (p) {
        this.pending.delete(id);
        clearTimeout(p.timer);
        p.resolve(r);
      }
    });
    this.worker.on('error', (e) => {
      for (const p of this.pending.values()) {
        clearTimeout(p.timer);
        p.resolve(['CRASH', `worker died: ${e && e.stack ? e.stack : e}`]);
      }
      this.pending.clear();
      this.start();
    });
  }
  run(data, full = false) {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        this.worker.terminate();
        this.start();
        resolve(['HANG', `no answer after ${HARD_TIMEOUT_MS} ms`]);
      }, HARD_TIMEOUT_MS);
      this.pending.set(id, { resolve, timer });
      this.worker.postMessage({ id, data, full });
    });
  }
  close() {
    this.worker.terminate();
  }
}

// ---------------------------------------------------------------------------
// Comparing results.

const FILE_READER = /^(Non-UTF-8 code|source code cannot contain null bytes|encoding problem)/;

/** A result's class against CPython's: null when they agree. */
function classify(cp, kr) {
  if (kr[0] === 'CRASH') return 'crash';
  if (kr[0] === 'HANG') return 'hang';
  // ast.dump, not a parser, gave up.
  if (cp[0] === 'DumpRecursionError' || kr[0] === 'DumpRecursionError') return cp[0] === 'ok' || cp[0] === kr[0] ? null : 'depth';
  // Nesting limits: CPython's come from its C stack budget (MAXSTACK, the
  // AST converter's and compiler's recursion limits), krait's from the JS stack.
  if ((cp[0] === 'MemoryError' || cp[0] === 'RecursionError' || kr[0] === 'MemoryError') && cp[0] !== kr[0]) return 'depth';
  if (cp[0] === 'ok' && kr[0] === 'ok') return cp[1] === kr[1] ? null : 'ast';
  if (cp[0] === 'ok') return FILE_READER.test(kr[1]) ? 'file-reader' : 'krait-rejects';
  if (kr[0] === 'ok') return 'krait-accepts';
  // The file reader's own checks (src/parser/source.ts checkSourceFile) are
  // kept apart: CPython makes them line by line as the tokenizer reads.
  if (cp[1] !== kr[1] && (FILE_READER.test(cp[1]) || FILE_READER.test(kr[1]))) return 'file-reader';
  if (cp[0] !== kr[0]) return 'error-type';
  if (cp[1] !== kr[1]) return 'error-msg';
  for (let i = 2; i < 6; i++) if (cp[i] !== kr[i]) return 'error-position';
  if (cp[6] !== kr[6]) return 'error-text';
  return null;
}

const fold = (s) => String(s ?? '').replace(/\/\S*\/m\.py/g, 'm.py').replace(/\d+/g, 'N');

/** What makes two differences "the same" (for dedup and for minimization). */
function signature(cls, cp, kr) {
  switch (cls) {
    case 'crash':
    case 'hang': return `${cls}|${fold(kr[1]).split('\n')[0]}`;
    case 'ast': return 'ast';
    case 'krait-rejects': return `${cls}|${kr[0]}: ${fold(kr[1])}`;
    case 'krait-accepts': return `${cls}|${cp[0]}: ${fold(cp[1])}`;
    case 'error-type':
    case 'file-reader':
    case 'error-msg': return `${cls}|${cp[0]}: ${fold(cp[1])} || ${kr[0]}: ${fold(kr[1])}`;
    default: return `${cls}|${cp[0]}: ${fold(cp[1])}`;
  }
}

// ---------------------------------------------------------------------------
// The PRNG: splitmix32 over (seed, index), so mutant i is the same in every run.

function makeRng(seed, index) {
  let s = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
  const next = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
  return {
    int: (n) => (n <= 0 ? 0 : next() % n),
    chance: (p) => next() / 4294967296 < p,
    pick(xs) {
      return xs[next() % xs.length];
    },
  };
}

// ---------------------------------------------------------------------------
// Mutations.

const INTERESTING = [
  '(', ')', '[', ']', '{', '}', '"', "'", '"""', "'''", '\\', '\\\n', '\t', '\f', '\r', '\r\n', '\0', '\n', ' ',
  'é', 'ß', 'λ', 'ℕ', 'µ', 'ﬁ', '😀', '\u00a0', '\u2028', '\ufeff', '€', '·',
  ':=', '*', '**', '=', '==', '!=', '<>', '->', ':', ';', ',', '.', '...', '@', '|', '&', '~', '-', '+', '//', '%',
  '$', '?', '`', '!', '#', '# type: int', '# type: ignore', 'lambda', 'lambda:', 'yield', 'yield from', 'await',
  'async', 'match', 'case', '_', 'if', 'else', 'elif', 'for', 'while', 'in', 'not', 'is', 'and', 'or', 'def',
  'class', 'return', 'del', 'global', 'nonlocal', 'import', 'from', 'as', 'with', 'try', 'except', 'except*',
  'finally', 'raise', 'pass', 'break', 'continue', 'assert', 'None', 'True', 'False', '__debug__', 'print',
  '{', '}', '!r', '!s', '!a', '!x', ':>10', ':{x}', '=', '{x=}', '{{', '}}', 'f"', "f'", 'f"""', 'rb"', 'u"', 'b"',
  'br"', 'fr"', 'f"{', '}"', '0', '1', '0x', '0b2', '1_', '1__0', '1e', '1.e5', '0777', '1j', '0_0', '1if', '0o',
  '\\N{', '\\x', '\\u', 'x', 'a.b', '()', '[]', '{}', '*a', '**k', '(x)', 'x := 1', 'not in', 'is not',
];

// A rough Python tokenization: names, numbers, one-line strings, operators,
// newlines, comments, runs of blanks and any other single character.
const TOKEN_RE =
  /[\p{L}\p{Nl}_][\p{L}\p{N}\p{Mn}\p{Mc}\p{Pc}_]*|\d[\w.]*|[rRbBuUfF]{0,2}(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|"""|'''|\*\*=?|\/\/=?|<<=?|>>=?|->|:=|\.\.\.|[!=<>]=|[+\-*/%&|^@]=|\r?\n|[ \t\f]+|#[^\n]*|[^]/gu;

function tokens(s) {
  const out = [];
  for (const m of s.matchAll(TOKEN_RE)) if (!/^[ \t\f]+$/.test(m[0])) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function lines(s) {
  return s.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

const splice = (s, start, end, text) => s.slice(0, start) + text + s.slice(end);

/** Each mutation takes (string, rng) and returns [string, description]. */
const MUTATIONS = [
  function deleteToken(s, rng) {
    const ts = tokens(s);
    if (!ts.length) return [s, 'noop'];
    const t = rng.pick(ts);
    return [splice(s, t.start, t.end, ''), `delete token ${JSON.stringify(s.slice(t.start, t.end))} at ${t.start}`];
  },
  function duplicateToken(s, rng) {
    const ts = tokens(s);
    if (!ts.length) return [s, 'noop'];
    const t = rng.pick(ts);
    const text = s.slice(t.start, t.end);
    return [splice(s, t.end, t.end, (rng.chance(0.5) ? ' ' : '') + text), `duplicate token ${JSON.stringify(text)} at ${t.start}`];
  },
  function swapTokens(s, rng) {
    const ts = tokens(s);
    if (ts.length < 2) return [s, 'noop'];
    const i = rng.int(ts.length - 1);
    const j = rng.chance(0.7) ? i + 1 : i + 1 + rng.int(ts.length - i - 1);
    const a = ts[i];
    const b = ts[j];
    const ta = s.slice(a.start, a.end);
    const tb = s.slice(b.start, b.end);
    return [s.slice(0, a.start) + tb + s.slice(a.end, b.start) + ta + s.slice(b.end), `swap tokens ${JSON.stringify(ta)} and ${JSON.stringify(tb)}`];
  },
  function replaceToken(s, rng) {
    const ts = tokens(s);
    if (!ts.length) return [s, 'noop'];
    const t = rng.pick(ts);
    const x = rng.pick(INTERESTING);
    return [splice(s, t.start, t.end, x), `replace token ${JSON.stringify(s.slice(t.start, t.end))} by ${JSON.stringify(x)}`];
  },
  function insertAtToken(s, rng) {
    const ts = tokens(s);
    const x = rng.pick(INTERESTING);
    const at = ts.length ? (rng.chance(0.5) ? rng.pick(ts).start : rng.pick(ts).end) : 0;
    const sp = rng.chance(0.3) ? ' ' : '';
    return [splice(s, at, at, sp + x + sp), `insert ${JSON.stringify(x)} at ${at}`];
  },
  function insertAnywhere(s, rng) {
    const x = rng.pick(INTERESTING);
    const at = rng.int(s.length + 1);
    return [splice(s, at, at, x), `insert ${JSON.stringify(x)} at char ${at}`];
  },
  function deleteLine(s, rng) {
    const ls = lines(s);
    if (!ls.length) return [s, 'noop'];
    const i = rng.int(ls.length);
    ls.splice(i, 1);
    return [ls.join(''), `delete line ${i + 1}`];
  },
  function duplicateLine(s, rng) {
    const ls = lines(s);
    if (!ls.length) return [s, 'noop'];
    const i = rng.int(ls.length);
    ls.splice(i, 0, ls[i].endsWith('\n') ? ls[i] : ls[i] + '\n');
    return [ls.join(''), `duplicate line ${i + 1}`];
  },
  function swapLines(s, rng) {
    const ls = lines(s);
    if (ls.length < 2) return [s, 'noop'];
    const i = rng.int(ls.length - 1);
    const j = i + 1 + rng.int(Math.min(5, ls.length - i - 1));
    const a = ls[i].replace(/\n$/, '');
    const b = ls[j].replace(/\n$/, '');
    ls[i] = b + (ls[i].endsWith('\n') ? '\n' : '');
    ls[j] = a + (ls[j].endsWith('\n') ? '\n' : '');
    return [ls.join(''), `swap lines ${i + 1} and ${j + 1}`];
  },
  function truncate(s, rng) {
    const at = rng.int(s.length + 1);
    return [s.slice(0, at), `truncate at char ${at}`];
  },
  function indentLine(s, rng) {
    const ls = lines(s);
    if (!ls.length) return [s, 'noop'];
    const i = rng.int(ls.length);
    const ind = rng.pick([' ', '    ', '\t', '  \t', '\f', '        ', '\t ']);
    ls[i] = ind + ls[i];
    return [ls.join(''), `indent line ${i + 1} by ${JSON.stringify(ind)}`];
  },
  function dedentLine(s, rng) {
    const ls = lines(s);
    if (!ls.length) return [s, 'noop'];
    const i = rng.int(ls.length);
    const m = /^[ \t\f]*/.exec(ls[i])[0];
    const k = m.length ? 1 + rng.int(m.length) : 0;
    ls[i] = ls[i].slice(k);
    return [ls.join(''), `dedent line ${i + 1} by ${k}`];
  },
  function wrapFstring(s, rng) {
    const ts = tokens(s).filter((t) => s[t.start] !== '\n');
    if (!ts.length) return [s, 'noop'];
    const i = rng.int(ts.length);
    const j = Math.min(ts.length - 1, i + rng.int(4));
    const inner = s.slice(ts[i].start, ts[j].end);
    const q = rng.pick(['"', "'", '"""']);
    const tail = rng.pick(['', '', '!r', ':>10', '=', '=!r', ':{w}', '!s:^{n}']);
    const wrapped = `f${q}{${inner}${tail}}${q}`;
    return [splice(s, ts[i].start, ts[j].end, wrapped), `wrap ${JSON.stringify(inner)} as ${JSON.stringify(wrapped)}`];
  },
];

/** One mutant (bytes) and how it was made. */
function makeMutant(seeds, seed, index) {
  const rng = makeRng(seed, index);
  const src = rng.pick(seeds);
  let s = src.text;
  const how = [relative(ROOT, src.path).startsWith('..') ? src.path : relative(ROOT, src.path)];
  if (rng.chance(0.6)) {
    const ls = lines(s);
    const start = rng.int(ls.length);
    const len = 1 + rng.int(40);
    s = ls.slice(start, start + len).join('');
    how.push(`lines ${start + 1}-${Math.min(ls.length, start + len)}`);
  }
  const n = 1 + rng.int(3);
  for (let k = 0; k < n; k++) {
    const m = rng.pick(MUTATIONS);
    const [t, d] = m(s, rng);
    s = t;
    how.push(d);
  }
  let data = Buffer.from(s, 'utf8');
  if (rng.chance(0.04)) {
    // Byte-level: a raw byte (bad UTF-8, or a NUL) or a cut inside a character.
    if (rng.chance(0.5)) {
      const at = rng.int(data.length + 1);
      const b = rng.pick([0x00, 0x80, 0xc3, 0xe2, 0xf0, 0xff, 0xfe, 0xef, 0x0d, 0x0c, 0x1a]);
      data = Buffer.concat([data.subarray(0, at), Buffer.from([b]), data.subarray(at)]);
      how.push(`insert byte 0x${b.toString(16)} at ${at}`);
    } else {
      const at = rng.int(data.length + 1);
      data = data.subarray(0, at);
      how.push(`truncate at byte ${at}`);
    }
  }
  return { data, how };
}

// ---------------------------------------------------------------------------
// Minimization: ddmin over lines, then over characters (bytes when the
// input is not valid UTF-8), keeping the same signature.

async function minimize(lane, data, sig, deadline) {
  const still = async (d) => {
    if (Date.now() > deadline) return false;
    const [cp, kr] = await Promise.all([lane.cp.run(d), lane.kr.run(d)]);
    const cls = classify(cp, kr);
    return cls !== null && signature(cls, cp, kr) === sig;
  };
  const utf8ok = Buffer.from(data.toString('utf8'), 'utf8').equals(data);
  const toBytes = (units, asText) => (asText ? Buffer.from(units.join(''), 'utf8') : Buffer.from(units));

  // Lines first, then characters.
  let units = lines(data.toString('latin1')).map((l) => l);
  let cur = Buffer.from(units.join(''), 'latin1');
  units = await ddmin(units, async (u) => still(Buffer.from(u.join(''), 'latin1')));
  cur = Buffer.from(units.join(''), 'latin1');
  if (utf8ok) {
    const chars = [...cur.toString('utf8')];
    const m = await ddmin(chars, async (u) => still(toBytes(u, true)));
    cur = toBytes(m, true);
  } else {
    const m = await ddmin([...cur], async (u) => still(toBytes(u, false)));
    cur = toBytes(m, false);
  }
  return cur;
}

/** Classic ddmin (Zeller): remove chunks while `test` still holds. */
async function ddmin(units, test) {
  let n = 2;
  while (units.length >= 2) {
    const chunk = Math.ceil(units.length / n);
    let reduced = false;
    for (let i = 0; i < units.length; i += chunk) {
      const complement = units.slice(0, i).concat(units.slice(i + chunk));
      if (complement.length && (await test(complement))) {
        units = complement;
        n = Math.max(n - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (n >= units.length) break;
      n = Math.min(units.length, n * 2);
    }
  }
  return units;
}

// ---------------------------------------------------------------------------
// Seeds and the driver.

function stdlibFiles() {
  const r = spawnSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error('python3 not found: the fuzzer needs it as the oracle');
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) {
        if (e.name !== 'site-packages') walk(join(dir, e.name));
      } else if (e.name.endsWith('.py')) out.push(join(dir, e.name));
    }
  };
  walk(r.stdout.trim());
  return out;
}

function syntaxErrorCases() {
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.py')) out.push(join(dir, e.name));
    }
  };
  walk(join(ROOT, 'tests', 'syntax_errors'));
  return out;
}

function parseArgs(argv) {
  const o = { seed: 1, count: 1000, lanes: 2, out: '/tmp/fuzz-out', minimizeMs: 20000, minimize: true, keep: 1, quiet: false, check: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => argv[++i];
    if (a === '--seed') o.seed = Number(v());
    else if (a === '--count') o.count = Number(v());
    else if (a === '--lanes') o.lanes = Number(v());
    else if (a === '--out') o.out = v();
    else if (a === '--minimize-ms') o.minimizeMs = Number(v());
    else if (a === '--no-minimize') o.minimize = false;
    else if (a === '--keep') o.keep = Number(v());
    else if (a === '--quiet') o.quiet = true;
    else if (a === '--check') o.check = argv.slice(i + 1), (i = argv.length);
    else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

const show = (r) => JSON.stringify(r);

/** A first differing line of two dumps, for the description file. */
function firstDiff(a, b) {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) {
      const ctx = (ls) => ls.slice(Math.max(0, i - 3), i + 3).join('\n');
      return `first difference at dump line ${i + 1}:\n--- cpython\n${ctx(la)}\n--- krait\n${ctx(lb)}`;
    }
  }
  return 'dumps are equal?';
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  // krait is bundled straight from src/ (with checkSourceFile, which dist/index.mjs doesn't export).
  const tmp = mkdtempSync(join(tmpdir(), 'krait-fuzz-'));
  const bundle = join(tmp, 'krait-fuzz.mjs');
  const entry = ['parser/parser.js', 'parser/astdump.js', 'parser/errors.js', 'parser/source.js'].map((f) => `export * from ${JSON.stringify(join(ROOT, 'src', f))};`).join('\n');
  await build({ stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' }, bundle: true, format: 'esm', target: 'es2022', platform: 'neutral', outfile: bundle, logLevel: 'warning' });
  const lanes = [];
  for (let i = 0; i < o.lanes; i++) {
    // Both sides name the mutant by the same path (it appears in some messages).
    mkdirSync(join(tmp, `lane${i}`));
    const path = join(tmp, `lane${i}`, 'm.py');
    lanes.push({ cp: new CPython(path), kr: new Krait(bundle, path) });
  }
  process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

  if (o.check) {
    let bad = 0;
    for (const f of o.check) {
      const data = readFileSync(f);
      const [cp, kr] = await Promise.all([lanes[0].cp.run(data), lanes[0].kr.run(data)]);
      const cls = classify(cp, kr);
      if (cls) bad++;
      console.log(`${f}: ${cls ?? 'identical'}\n  cpython ${show(cp)}\n  krait   ${show(kr)}`);
    }
    for (const l of lanes) (l.cp.close(), l.kr.close());
    process.exitCode = bad ? 1 : 0;
    return;
  }

  const seeds = [...stdlibFiles(), ...syntaxErrorCases()].map((path) => ({ path, text: readFileSync(path).toString('utf8') }));
  rmSync(o.out, { recursive: true, force: true });
  mkdirSync(o.out, { recursive: true });

  const counts = { identical: 0, differing: 0, crash: 0, hang: 0 };
  const byClass = new Map();
  const bySig = new Map(); // sig -> { n, file }
  let nextIndex = 0;
  let written = 0;
  const t0 = Date.now();

  async function laneLoop(lane) {
    for (;;) {
      const index = nextIndex++;
      if (index >= o.count) return;
      const { data, how } = makeMutant(seeds, o.seed, index);
      const [cp, kr] = await Promise.all([lane.cp.run(data), lane.kr.run(data)]);
      const cls = classify(cp, kr);
      if (cls === null) {
        counts.identical++;
        continue;
      }
      if (cls === 'crash') counts.crash++;
      else if (cls === 'hang') counts.hang++;
      else counts.differing++;
      byClass.set(cls, (byClass.get(cls) ?? 0) + 1);
      const sig = signature(cls, cp, kr);
      const seen = bySig.get(sig);
      if (seen) {
        seen.n++;
        if (seen.n > o.keep) continue;
      } else bySig.set(sig, { n: 1, files: [] });
      const entry = bySig.get(sig);
      let min = data;
      if (o.minimize && cls !== 'hang') min = await minimize(lane, data, sig, Date.now() + o.minimizeMs);
      const [mcp, mkr] = await Promise.all([lane.cp.run(min, cls === 'ast'), lane.kr.run(min, cls === 'ast')]);
      const name = `${String(++written).padStart(4, '0')}_${cls}`;
      entry.files.push(name);
      writeFileSync(join(o.out, `${name}.py`), min);
      writeFileSync(join(o.out, `${name}.orig.py`), data);
      let desc = `class: ${cls}\nsignature: ${sig}\nmutant: --seed ${o.seed} index ${index}\nmade from: ${how.join('; ')}\n`;
      desc += `minimized: ${JSON.stringify(min.toString('utf8'))}\n`;
      if (cls === 'ast' && mcp[0] === 'ok' && mkr[0] === 'ok') desc += firstDiff(mcp[1], mkr[1]) + '\n';
      else desc += `cpython: ${show(mcp)}\nkrait:   ${show(mkr)}\n`;
      writeFileSync(join(o.out, `${name}.txt`), desc);
      if (!o.quiet) console.log(`[${index}] ${name}: ${sig}\n    ${JSON.stringify(min.toString('utf8')).slice(0, 200)}`);
    }
  }

  await Promise.all(lanes.map(laneLoop));
  for (const l of lanes) (l.cp.close(), l.kr.close());

  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`\n${o.count} mutants (--seed ${o.seed}) in ${secs} s: ${counts.identical} identical, ${counts.differing} differing, ${counts.crash} crashes, ${counts.hang} hangs`);
  for (const [cls, n] of [...byClass].sort()) console.log(`  ${cls}: ${n}`);
  console.log(`${bySig.size} distinct differences:`);
  for (const [sig, { n, files }] of [...bySig].sort((a, b) => b[1].n - a[1].n)) console.log(`  ${String(n).padStart(5)}  ${sig}  [${files.join(' ')}]`);
  console.log(`minimized cases in ${o.out}`);
  writeFileSync(
    join(o.out, 'summary.txt'),
    `${o.count} mutants --seed ${o.seed}: ${counts.identical} identical, ${counts.differing} differing, ${counts.crash} crashes, ${counts.hang} hangs\n` +
      [...bySig].map(([sig, { n, files }]) => `${n}\t${sig}\t${files.join(' ')}`).join('\n') + '\n',
  );
  process.exitCode = counts.crash + counts.hang > 0 ? 2 : counts.differing > 0 ? 1 : 0;
}

if (isMainThread) await main();
