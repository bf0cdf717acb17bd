// krait at a terminal, driven through tmux as a person would: the REPL
// (prompts, echo with repr and `_`, blocks, tracebacks, Ctrl-C at the prompt
// and during a loop, input(), history, Ctrl-D) and a script interrupted by
// Ctrl-C (CPython's traceback, then death by SIGINT: status 130).
//
// Each scenario is typed into python3 the same way when python3 is there,
// and the two screens must match (banner aside); the fragments asserted
// below are checked either way.  Skipped where tmux is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KRAIT = join(ROOT, 'bin', 'krait');
const HAVE_TMUX = spawnSync('tmux', ['-V']).status === 0;
const HAVE_PY = spawnSync('python3', ['-c', 'import readline']).status === 0;
const skip = HAVE_TMUX ? false : 'tmux not found (apt-get install tmux): terminal sessions not tested';

const tmp = mkdtempSync(join(tmpdir(), 'krait-tty-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let sessions = 0;

/** A command running in its own tmux server, 100x60; `STATUS=n` is printed when it ends. */
class Term {
  constructor(command) {
    this.sock = `krait-test-${process.pid}-${sessions++}`;
    const r = this.tmux('new-session', '-d', '-s', 't', '-x', '100', '-y', '60',
      // The shell traps SIGINT (a handler, which children do not inherit), so that it outlives
      // a command killed by Ctrl-C and reports its status.
      `trap : INT; cd ${tmp} && ${command}; echo STATUS=$?; sleep 60`);
    assert.equal(r.status, 0, r.stderr);
  }
  tmux(...args) {
    return spawnSync('tmux', ['-L', this.sock, '-f', '/dev/null', ...args], { encoding: 'utf8', env: { ...process.env, TERM: 'xterm' } });
  }
  /**
   * The screen, trailing blanks and empty lines dropped.  (Not the scrollback:
   * tmux moves a screen cleared from its top there, which line editors do.)
   */
  screen() {
    const r = this.tmux('capture-pane', '-p', '-t', 't');
    return r.stdout.split('\n').map((l) => l.trimEnd()).join('\n').replace(/\n+$/, '');
  }
  async keys(...keys) {
    this.tmux('send-keys', '-t', 't', ...keys);
    await sleep(60);
  }
  /** Type a line and press Enter. */
  async line(text) {
    if (text !== '') await this.keys('-l', text);
    await this.keys('Enter');
  }
  /** Wait until the screen matches (a RegExp, or a string it ends with). */
  async waitFor(what, ms = 15000) {
    const ok = (s) => (typeof what === 'string' ? s.endsWith(what) : what.test(s));
    const end = Date.now() + ms;
    for (;;) {
      const s = this.screen();
      if (ok(s)) return s;
      if (Date.now() > end) assert.fail(`timed out waiting for ${what}; screen:\n${s}`);
      await sleep(50);
    }
  }
  close() {
    this.tmux('kill-server');
  }
}

/** Run a scenario against a command; returns the final screen. */
async function session(command, scenario) {
  const t = new Term(command);
  try {
    await scenario(t);
    return t.screen();
  } finally {
    t.close();
  }
}

/** The screen after the banner (lines before the first prompt). */
const afterBanner = (s) => s.slice(s.indexOf('>>> '));

/** The REPL scenario: the same keys for krait and python3. */
async function replScenario(t) {
  await t.waitFor('>>>');
  await t.line('1+2');
  await t.waitFor('3\n>>>');
  await t.line('_*2');
  await t.waitFor('6\n>>>');
  await t.line('def f(x):');
  await t.waitFor('...');
  await t.line('    return x*2');
  await t.line('');
  await t.waitFor('...\n>>>');
  await t.line('for i in range(2):');
  await t.line('    print(f(i))');
  await t.line('');
  await t.waitFor('0\n2\n>>>');
  await t.line('1/0');
  await t.waitFor('ZeroDivisionError: division by zero\n>>>');
  // Ctrl-C at the prompt drops the line.
  await t.keys('-l', 'abc');
  await t.keys('C-c');
  await t.waitFor('KeyboardInterrupt\n>>>');
  // Ctrl-C in a running loop: a traceback, and the REPL goes on.
  await t.line('while True: pass');
  await t.line('');
  await sleep(300);
  await t.keys('C-c');
  await t.waitFor(/\nKeyboardInterrupt\n>>>$/);
  await t.line('x = input("name? ")');
  await t.waitFor('name?');
  await t.line('bob');
  await t.line('x');
  await t.waitFor("'bob'\n>>>");
  // History: Up brings back the previous line.
  await t.keys('Up');
  await t.keys('Enter');
  await t.waitFor("'bob'\n>>> x\n'bob'\n>>>");
  await t.line('print("no newline", end="")');
  await t.waitFor('no newline>>>');
  await t.keys('C-d');
  await t.waitFor(/STATUS=\d+$/);
}

test('the REPL as a person uses it', { skip, timeout: 120000 }, async () => {
  const k = await session(`${process.execPath} ${KRAIT}`, replScenario);
  assert.match(k, /^krait .*\nType "help", "copyright", "credits" or "license" for more information\.\n>>> /);
  const s = afterBanner(k);
  for (const fragment of [
    '>>> 1+2\n3\n>>> _*2\n6\n',
    '>>> def f(x):\n...     return x*2\n...\n>>> for i in range(2):\n...     print(f(i))\n...\n0\n2\n',
    '>>> 1/0\nTraceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\n',
    '>>> abc\nKeyboardInterrupt\n',
    '>>> while True: pass\n...\n^CTraceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nKeyboardInterrupt\n',
    '>>> x = input("name? ")\nname? bob\n>>> x\n\'bob\'\n',
    '>>> print("no newline", end="")\nno newline>>>\nSTATUS=0',
  ]) assert.ok(s.includes(fragment), `missing:\n${fragment}\nscreen:\n${s}`);
  if (HAVE_PY) {
    const p = await session('python3', replScenario);
    assert.equal(s, afterBanner(p));
  }
});

test('Ctrl-C interrupts a script: traceback, then death by SIGINT (status 130)', { skip, timeout: 60000 }, async () => {
  const script = join(tmp, 'loop.py');
  writeFileSync(script, 'print("started", flush=True)\nn = 0\nwhile True: n += 1\n');
  const scenario = async (t) => {
    await t.waitFor('started');
    await sleep(300);
    await t.keys('C-c');
    await t.waitFor(/STATUS=\d+$/);
  };
  const k = await session(`${process.execPath} ${KRAIT} loop.py`, scenario);
  assert.equal(k, `started\n^CTraceback (most recent call last):\n  File "${script}", line 3, in <module>\n    while True: n += 1\nKeyboardInterrupt\nSTATUS=130`);
  if (HAVE_PY) assert.equal(k, await session('python3 loop.py', scenario));
});

test('-i runs the program, then the REPL; input() from a script at a terminal', { skip, timeout: 60000 }, async () => {
  const k = await session(`${process.execPath} ${KRAIT} -i -c "x = 6 * 7"`, async (t) => {
    await t.waitFor('>>>');
    await t.line('x');
    await t.waitFor('42\n>>>');
    await t.line('raise SystemExit(3)');
    await t.waitFor(/STATUS=\d+$/);
  });
  assert.equal(k, '>>> x\n42\n>>> raise SystemExit(3)\nSTATUS=3');
  const script = join(tmp, 'ask.py');
  writeFileSync(script, 'name = input("Name: ")\nprint("Hello,", name)\n');
  const k2 = await session(`${process.execPath} ${KRAIT} ask.py`, async (t) => {
    await t.waitFor('Name:');
    await t.line('Ada');
    await t.waitFor(/STATUS=\d+$/);
  });
  assert.equal(k2, 'Name: Ada\nHello, Ada\nSTATUS=0');
  // Ctrl-C in input(): KeyboardInterrupt from the input() call, then SIGINT.
  const scenario = async (t) => {
    await t.waitFor('Name:');
    await t.keys('C-c');
    await t.waitFor(/STATUS=\d+$/);
  };
  const k3 = await session(`${process.execPath} ${KRAIT} ask.py`, scenario);
  assert.equal(k3, `Name: ^CTraceback (most recent call last):\n  File "${script}", line 1, in <module>\n    name = input("Name: ")\n           ^^^^^^^^^^^^^^^\nKeyboardInterrupt\nSTATUS=130`);
  if (HAVE_PY) assert.equal(k3, await session('python3 ask.py', scenario));
});
