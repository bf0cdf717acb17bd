// The krait command line (bin/krait, built by `npm test`) against python3.
//
// Expected outputs come from running python3 with the same arguments; the
// only rewriting is of the program name (CPython prints its argv[0], krait
// says `krait`; `python -m ast` becomes `krait -m ast`, and argparse then
// re-wraps its usage lines, which python3 regenerates for us).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KRAIT = join(ROOT, 'bin', 'krait');
const HAVE_PY = spawnSync('python3', ['-c', 'pass']).status === 0;
const skip = HAVE_PY ? false : 'python3 not found: the CLI is checked against it';

const tmp = mkdtempSync(join(tmpdir(), 'krait-cli-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const file = (name, content) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};
const OK = file('ok.py', 'x = 1\nif x:\n    print(x, "é")\n');
const BAD = file('bad.py', 'x = 1\nif x\n    pass\n');
const NON_UTF8 = file('latin.py', Buffer.from('x = 1\n# caf\xe9\n', 'latin1'));
mkdirSync(join(tmp, 'adir'));

function run(cmd, args, input) {
  const r = spawnSync(cmd, args, { cwd: tmp, input: input ?? '', encoding: 'utf8', env: { ...process.env, COLUMNS: '80' } });
  return { status: r.status, out: r.stdout, err: r.stderr };
}
const krait = (...args) => run(process.execPath, [KRAIT, ...args]);
const kraitIn = (input, ...args) => run(process.execPath, [KRAIT, ...args], input);
const python = (...args) => run('python3', args);

/** python3's "ARGV0: message" with krait's name instead. */
const renamed = (s) => s.replace(/^\S*python3?\S*: /gm, 'krait: ');
/** The last line of a python traceback/report: the SyntaxError report block is compared elsewhere. */
const lastLine = (s) => s.trimEnd().split('\n').pop();

/** argparse's usage and help for Lib/ast.py's parser with prog='krait -m ast' at 80 columns. */
function astParserTexts() {
  const r = spawnSync('python3', ['-c', `
import argparse, json, re, inspect, ast
src = inspect.getsource(ast.main).replace("prog='python -m ast'", "prog='krait -m ast'")
src = src.split('args = parser.parse_args()')[0] + 'return parser'
ns = {}
exec(src.replace('def main():', 'def make():'), ns)
p = ns['make']()
print(json.dumps([p.format_usage(), p.format_help()]))
`], { encoding: 'utf8', env: { ...process.env, COLUMNS: '80' } });
  return JSON.parse(r.stdout);
}

test('-m ast prints what python3 -m ast prints', { skip }, () => {
  for (const args of [['-a', OK], [OK], ['-i', '0', OK], ['--indent=1', '--no-type-comments', OK], ['-m', 'eval', '-'], ['-a', join(ROOT, 'examples', 'hello.py')]]) {
    const input = args.includes('-') ? 'a + b * 2\n' : '';
    const k = kraitIn(input, '-m', 'ast', ...args);
    const p = run('python3', ['-m', 'ast', ...args], input);
    assert.equal(k.out, p.out, args.join(' '));
    assert.equal(k.status, 0);
  }
  const k = kraitIn('x = [1,\n  2]\n', '-m', 'ast', '-a');
  assert.equal(k.out, run('python3', ['-m', 'ast', '-a'], 'x = [1,\n  2]\n').out, 'stdin');
});

test('-m ast argument errors and help match argparse', { skip }, () => {
  const [usage, help] = astParserTexts();
  const h = krait('-m', 'ast', '-h');
  assert.equal(h.out, help);
  assert.equal(h.status, 0);
  for (const args of [['--bogus'], ['-m', 'foo'], ['-i'], ['-i', 'x'], ['nope.py'], [OK, OK], ['--i', '3'],
    ['--include-attributes=x'], ['-aq'], ['adir'], ['-x', OK]]) {
    const k = krait('-m', 'ast', ...args);
    const p = python('-m', 'ast', ...args);
    assert.equal(k.status, p.status, args.join(' '));
    assert.equal(k.err, usage + lastLine(p.err).replace('python -m ast', 'krait -m ast') + '\n', args.join(' '));
  }
});

test('-m ast reports a SyntaxError like the end of python3\'s traceback', { skip }, () => {
  const k = krait('-m', 'ast', BAD);
  const p = python('-m', 'ast', BAD);
  assert.equal(k.status, 1);
  const block = p.err.slice(p.err.lastIndexOf('  File "' + BAD));
  assert.equal(k.err, block);
});

test('running a file: syntax errors, missing files, directories', { skip }, () => {
  for (const args of [[BAD], [NON_UTF8], ['-c', 'x = (1,'], ['nope.py'], ['adir'], ['-m', 'nosuchmodule']]) {
    const k = krait(...args);
    const p = python(...args);
    assert.equal(k.status, p.status, args.join(' '));
    assert.equal(k.err, renamed(p.err), args.join(' '));
  }
  const k = kraitIn('x = (\n', '-');
  assert.equal(k.err, run('python3', ['-'], 'x = (\n').err, 'stdin');
});

/** Run the same arguments (and stdin) through krait and python3: same status, stdout, stderr (python3's name renamed). */
function same(args, input = '', label = args.join(' ')) {
  const k = run(process.execPath, [KRAIT, ...args], input);
  const p = run('python3', args, input);
  assert.equal(k.out, p.out, `stdout of ${label}`);
  assert.equal(k.err, renamed(p.err), `stderr of ${label}`);
  assert.equal(k.status, p.status, `status of ${label}`);
}

test('exit statuses: SystemExit codes, uncaught exceptions, -c tracebacks', { skip }, () => {
  for (const code of ['raise SystemExit(7)', "raise SystemExit('bye')", 'import sys; sys.exit()', 'raise SystemExit(True)',
    'raise SystemExit(256 + 3)', 'raise SystemExit(None)', 'raise KeyError(1)', 'exec("1/0")', 'print("out"); 1/0',
    'import sys; print("a"); print("b", file=sys.stderr); sys.exit(2)']) {
    same(['-c', code]);
  }
  same(['-c', 'import sys; print(sys.argv)', 'a', '-b', '--c']);
  same([OK, 'x', 'y']);
});

test('programs from stdin: `krait`, `krait -` and their sys.argv', { skip }, () => {
  const prog = 'import sys\nprint(sys.argv, __name__)\nprint(input(), input())\n';
  same([], prog);
  same(['-', 'a', 'b'], prog);
  same(['-c', 'print(input("? ")); print(input())'], 'one\ntwo\n');
  same(['-c', 'import sys; print(sys.stdin.read().upper())'], 'abc\ndef\n');
  same(['-c', 'input()'], '');
});

test('-m runs modules and packages as __main__ (runpy\'s semantics and messages)', { skip }, () => {
  const root = join(tmp, 'mods');
  mkdirSync(join(root, 'pkg'), { recursive: true });
  mkdirSync(join(root, 'plain'), { recursive: true });
  mkdirSync(join(root, 'nspkg', 'sub'), { recursive: true });
  writeFileSync(join(root, 'mod.py'), 'import sys\nprint(__name__, sys.argv, repr(__package__), __file__, sys.path[0])\nif len(sys.argv) > 1: 1/0\n');
  writeFileSync(join(root, 'pkg', '__init__.py'), 'print("init", __name__)\n');
  writeFileSync(join(root, 'pkg', '__main__.py'), 'import sys\nfrom . import helper\nprint("main", __name__, __package__, sys.argv)\n');
  writeFileSync(join(root, 'pkg', 'helper.py'), 'print("helper", __name__)\n');
  writeFileSync(join(root, 'pkg', 'bad.py'), 'x = (\n');
  writeFileSync(join(root, 'plain', '__init__.py'), '');
  writeFileSync(join(root, 'nspkg', 'sub', 'm.py'), 'print("ns", __name__)\n');
  const inRoot = (args) => {
    const k = spawnSync(process.execPath, [KRAIT, ...args], { cwd: root, encoding: 'utf8' });
    const p = spawnSync('python3', args, { cwd: root, encoding: 'utf8' });
    assert.equal(k.stdout, p.stdout, `stdout of ${args.join(' ')}`);
    assert.equal(k.stderr, renamed(p.stderr), `stderr of ${args.join(' ')}`);
    assert.equal(k.status, p.status, `status of ${args.join(' ')}`);
  };
  for (const m of [['mod'], ['mod', 'a', 'b'], ['pkg'], ['pkg.helper'], ['pkg.__main__'], ['nosuch'], ['pkg.nosuch'],
    ['nosuch.x'], ['mod.x'], ['plain'], ['nspkg'], ['nspkg.sub.m'], ['sys'], ['math'], ['.mod'], ['mod.py']]) {
    inRoot(['-m', ...m]);
  }
});

test('options that change how a program runs: -i, -u, -q, -X, -W, -E, -I and friends', { skip }, () => {
  same(['-i', '-c', 'x = 5'], 'x\n1/0\ny = 2\ny\n');
  same(['-i', '-c', 'x = 5; raise SystemExit(3)'], 'print(x)\n');
  same(['-i', '-c', 'x = 5; 1/0'], 'x\nfor i in range(2):\n  print(i)\n\nraise SystemExit(4)\n');
  same(['-q', '-i'], 'import sys; print(sys.argv)\ndef f():\n    return 42\n\nf()\n_ + 1\n');
  same(['-i', '-q', '-', 'a'], 'import sys; sys.argv\n');
  same(['-u', '-c', 'import sys; print("a", end=""); print("b", file=sys.stderr); print(sys.stdout.write_through)']);
  same(['-X', 'dev', '-X', 'utf8', '-Xfoo=bar=baz', '-c', 'import sys; print(sys._xoptions, sys.warnoptions)']);
  same(['-W', 'error', '-Wignore::DeprecationWarning', '-c', 'import sys; print(sys.warnoptions)']);
  same(['-E', '-s', '-S', '-B', '-R', '-d', '-t', '-I', '-c', 'print(2)']);
  same(['-bb', '-c', 'import sys; print(sys.warnoptions)']);
});

test('option errors, -V and -h', { skip }, () => {
  const usageLine = 'usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...\n';
  for (const args of [['-Z'], ['--bogus'], ['-c'], ['-m'], ['-W'], ['-X'], ['-J'], ['-bJ'], ['--version', '--bogus']]) {
    const k = krait(...args);
    const p = python(...args);
    assert.equal(k.status, p.status, args.join(' '));
    const lines = p.err.split('\n');
    assert.equal(k.err, [lines[0], usageLine.trimEnd(), ...lines.slice(2)].join('\n'), args.join(' '));
  }
  assert.deepEqual([krait('-V').out, krait('--version').status], ['krait 0.1.0 (Python 3.11)\n', 0]);
  const h = krait('-h');
  assert.equal(h.status, 0);
  assert.ok(h.out.startsWith(usageLine));
  assert.equal(krait('-Vh').out, h.out);
});
