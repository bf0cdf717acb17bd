#!/usr/bin/env node
// Records CPython 3.11's behaviour for every case in tests/syntax_errors/.
//
// For each NAME.py (in tests/syntax_errors/ and its subfolders) it writes,
// next to the case:
//   NAME.stderr  the exact bytes `python3 NAME.py` writes to stderr, run with
//                the case's folder as cwd, except that the absolute folder
//                prefix CPython adds to the file name is removed (see below);
//   NAME.status  that run's exit status;
//   NAME.json    the exception `compile(open(NAME,'rb').read(), NAME, 'exec')`
//                raises: type, msg, filename, lineno, offset, end_lineno,
//                end_offset, text, plus `excepthook` (what the C excepthook
//                prints for that very object) and `same_as_run` (whether that
//                equals NAME.stderr). compile() on bytes is what krait's
//                parse(Uint8Array) mirrors; running a file differs for a few
//                cases (source-decoding problems are reported without a
//                location by the file reader, EOF errors get offset 0), and
//                `same_as_run` marks them. `run` holds the attributes of the
//                exception the file run itself raised (captured by a
//                sys.excepthook installed from a temporary sitecustomize.py,
//                in a separate run), so every .stderr has its exact source.
//
// It also records tests/syntax_errors/format_edge_cases.json: hand-picked
// SyntaxError attribute tuples (offsets past the line, 0/-1/None offsets,
// multi-line text, NULs, tabs, non-ASCII, ...) with the text CPython's C
// excepthook prints for each; tests/unit/format_syntax_error.test.mjs checks
// formatSyntaxError against them.
//
// Usage: node scripts/record-syntax-errors.mjs [substring-filter]
// Re-running reproduces the same files byte for byte.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync, readFileSync, statSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(repo, 'tests', 'syntax_errors');
const python = process.env.PYTHON ?? 'python3';

// A deterministic environment: no PYTHON* variables from the caller (they
// change warnings, paths, encodings) and a UTF-8 locale, so stderr is UTF-8
// with backslashreplace, as krait writes it.
const env = {};
for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('PYTHON')) env[k] = v;
env.LC_ALL = 'C.UTF-8';
env.PYTHONDONTWRITEBYTECODE = '1';

// Runs inside python3; argv[1] = case file name (cwd = its folder).
const COMPILE_PROBE = String.raw`
import sys, io, json
name = sys.argv[1]
src = open(name, 'rb').read()

def hook_text(e):
    # What the C excepthook (Python/pythonrun.c print_exception) prints.
    e.__traceback__ = None  # else the hook prints the probe's own traceback
    buf = io.StringIO()
    old, sys.stderr = sys.stderr, buf
    try:
        sys.__excepthook__(type(e), e, None)
    finally:
        sys.stderr = old
    return buf.getvalue()

out = {'type': None}
try:
    compile(src, name, 'exec')
except SyntaxError as e:
    out = {'type': type(e).__name__, 'msg': e.msg, 'filename': e.filename,
           'lineno': e.lineno, 'offset': e.offset, 'end_lineno': e.end_lineno,
           'end_offset': e.end_offset, 'text': e.text, 'excepthook': hook_text(e)}
except BaseException as e:
    out = {'type': type(e).__name__, 'msg': str(e)}
sys.stdout.write(json.dumps(out, indent=1) + '\n')
`;

// Installed as sitecustomize.py for a second run of each case: CPython calls
// sys.excepthook for a syntax error in the main script, so this sees the
// exception object the *file* reader produced (its offsets differ from
// compile()'s in a few places, e.g. at EOF), then prints it as usual.
const RUN_HOOK = String.raw`
import sys, json, os
def _krait_record_hook(t, e, tb):
    if isinstance(e, SyntaxError):
        rec = {'type': t.__name__, 'msg': e.msg, 'filename': e.filename,
               'lineno': e.lineno, 'offset': e.offset, 'end_lineno': e.end_lineno,
               'end_offset': e.end_offset, 'text': e.text}
        with open(os.environ['KRAIT_RECORD_OUT'], 'w') as f:
            json.dump(rec, f)
    sys.__excepthook__(t, e, tb)
sys.excepthook = _krait_record_hook
`;

// Attribute tuples for the formatter edge cases: (msg, filename, lineno,
// offset, text, end_lineno, end_offset) exactly as SyntaxError's args; the
// kind is SyntaxError unless given as a leading element.
const EDGE_PROBE = String.raw`
import sys, io, json
cases = [
    ('m', 'f.py', 1, 5, 'abc def\n', 1, 8),
    ('m', 'f.py', 1, 5, 'abc def\n', 1, 20),
    ('m', 'f.py', 1, 5, 'abc def\n', 1, 2),
    ('m', 'f.py', 1, 5, 'abc def\n', 1, -1),
    ('m', 'f.py', 1, 5, 'abc def\n', 1, 0),
    ('m', 'f.py', 1, 5, 'abc def\n', 1, None),
    ('m', 'f.py', 1, 0, 'abc def\n', 1, 3),
    ('m', 'f.py', 1, -1, 'abc def\n', 1, 3),
    ('m', 'f.py', 1, None, 'abc def\n', None, None),
    ('m', 'f.py', 1, 50, 'abc def\n', 1, 60),
    ('m', 'f.py', 1, 5, '    abc def\n', 1, 8),
    ('m', 'f.py', 1, 2, '    abc def\n', 1, 8),
    ('m', 'f.py', 1, 6, '  \t\fabc def\n', 1, 8),
    ('m', 'f.py', 1, 5, 'abc def', 1, 8),
    ('m', 'f.py', 1, 6, 'abc\ndef\n', 1, 7),
    ('m', 'f.py', 1, 2, 'abc\ndef\n', 1, 7),
    ('m', 'f.py', 1, 5, 'abc def\n', 3, 2),
    ('m', 'f.py', 2, 3, 'abc def\n', 1, 9),
    ('m', 'f.py', 1, 4, '\u00e9\u00e9 abc\n', 1, 7),
    ('m', 'f.py', 1, 4, '\u00e9\u00e9 abc\n', 1, 20),
    ('m', 'f.py', 1, 4, '\u00e9\u00e9 abc\n', 2, 20),
    ('m', 'f.py', 1, 20, '\u00e9\u00e9 abc\n', 1, 30),
    ('m', 'f.py', 1, 1, '\u20ac\n', 1, 2),
    ('m', 'f.py', 1, 3, '\U0001f600x y\n', 1, 4),
    ('m', 'f.py', 1, 3, None, 1, 4),
    ('m', 'f.py', 1, 1, '', 1, 2),
    ('m', 'f.py', 1, 1, '\n', 1, 2),
    ('m', 'f.py', 1, 1, 'abc\r\n', 1, 2),
    ('m', 'f.py', 1, 5, 'ab\0cd\n', 1, 6),
    ('m', 'f.py', 1, 2, 'ab\0cd\n', 1, 3),
    ('m', None, 1, 2, 'abc', 1, 3),
    ('m', 'f.py', 0, -1, None, None, None),
    ('m', 'f.py', 1, 4, 'a\tb\tc\n', 1, 5),
    ('m', 'f.py', 1, 5, 'abc\n\n', 1, 6),
    ('m', 'f.py', 1, 4, 'abc\n', 1, 5),
    ('m', 'f.py', 1, 5, 'abc', 1, 6),
    ('m', 'f.py', 7, 3, '\t\t  x = (\n', 9, 1),
    ('', 'f.py', 1, 1, 'x\n', 1, 2),
    ('IndentationError', 'm', 'f.py', 3, 5, '    x\n', 3, -1),
    ('TabError', 'm', 'f.py', 3, 1, '\tx\n', 3, 0),
    ('only a message',),
]
out = []
for c in cases:
    kind = SyntaxError
    if c[0] in ('IndentationError', 'TabError'):
        kind, c = {'IndentationError': IndentationError, 'TabError': TabError}[c[0]], c[1:]
    if len(c) == 1:
        e = kind(c[0])
        rec = {'type': kind.__name__, 'msg': c[0], 'filename': None, 'lineno': None,
               'offset': None, 'end_lineno': None, 'end_offset': None, 'text': None}
    else:
        e = kind(c[0], c[1:])
        rec = {'type': kind.__name__, 'msg': e.msg, 'filename': e.filename, 'lineno': e.lineno,
               'offset': e.offset, 'end_lineno': e.end_lineno, 'end_offset': e.end_offset, 'text': e.text}
    buf = io.StringIO()
    old, sys.stderr = sys.stderr, buf
    try:
        sys.__excepthook__(kind, e, None)
    finally:
        sys.stderr = old
    rec['excepthook'] = buf.getvalue()
    out.append(rec)
sys.stdout.write(json.dumps(out, indent=1) + '\n')
`;

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

function run(args, cwd) {
  const r = spawnSync(python, args, { cwd, env, maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  return r;
}

const hookDir = mkdtempSync(join(tmpdir(), 'krait-record-'));
writeFileSync(join(hookDir, 'sitecustomize.py'), RUN_HOOK);
const hookOut = join(hookDir, 'out.json');
const hookEnv = { ...env, PYTHONPATH: hookDir, KRAIT_RECORD_OUT: hookOut };

/** The SyntaxError attributes of the file run (null if it raised none). */
function runAttributes(name, dir) {
  rmSync(hookOut, { force: true });
  const r = spawnSync(python, [name], { cwd: dir, env: hookEnv, maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  if (!existsSync(hookOut)) return null;
  // Same path normalisation as the .stderr files (the message of a
  // source-decoding error names the file too).
  return JSON.parse(readFileSync(hookOut, 'utf8').replaceAll(`${dir}/${name}`, name));
}

const filter = process.argv[2] ?? '';
const cases = findCases(corpus).filter((p) => relative(corpus, p).includes(filter));
for (const path of cases) {
  const dir = dirname(path);
  const name = path.slice(dir.length + 1);
  const stem = path.slice(0, -3);

  // CPython reports the script by its absolute path (`python3 NAME.py` makes
  // the run filename absolute). To keep the recordings independent of where
  // the repository lives, the case folder's absolute prefix is removed here;
  // the runner puts it back (join(dir, NAME.py)) before comparing, so the
  // comparison is still exact.
  const ran = run([name], dir);
  const stderr = Buffer.from(ran.stderr.toString('latin1').replaceAll(`${dir}/${name}`, name), 'latin1');
  writeFileSync(`${stem}.stderr`, stderr);
  writeFileSync(`${stem}.status`, `${ran.status}\n`);

  const probe = run(['-c', COMPILE_PROBE, name], dir);
  if (probe.status !== 0) throw new Error(`compile probe failed for ${name}:\n${probe.stderr}`);
  const info = JSON.parse(probe.stdout.toString('utf8'));
  if ('excepthook' in info) info.same_as_run = info.excepthook === stderr.toString('utf8');
  info.run = runAttributes(name, dir);
  writeFileSync(`${stem}.json`, JSON.stringify(info, null, 1) + '\n');
  console.log(`${relative(corpus, path)}: ${ran.status} ${info.type ?? 'no error from compile()'}`);
}

if (filter === '') {
  const edge = run(['-c', EDGE_PROBE], corpus);
  if (edge.status !== 0) throw new Error(`edge probe failed:\n${edge.stderr}`);
  const records = JSON.parse(edge.stdout.toString('utf8'));
  writeFileSync(join(corpus, 'format_edge_cases.json'), JSON.stringify(records, null, 1) + '\n');
  console.log(`format_edge_cases.json: ${records.length} records`);
}
rmSync(hookDir, { recursive: true, force: true });
