// Terminal sessions: the REPL, and programs run from a terminal, with line
// editing, history and Ctrl-C.
//
// Python code runs synchronously and would block Node's event loop, so a
// SIGINT handler on the same thread would never run.  When krait talks to a
// terminal, the whole command (option handling included) therefore runs again
// in a worker thread (worker_entry.ts), and this, the main thread, keeps only
// two jobs:
//   - SIGINT: sets an interrupt flag in shared memory that the interpreter
//     polls at loop back-edges and calls (vm/frame.ts ts.interruptBuffer);
//   - reading lines from the terminal (node:readline: editing, history) when
//     the worker asks, for the REPL's prompts and for input()/sys.stdin.
// The worker blocks on Atomics.wait until the line arrives, so input() stays
// synchronous.  Between reads the terminal is in cooked mode, where Ctrl-C is
// a signal; during a read readline has it raw and reports Ctrl-C itself.
//
// Shared memory (Int32Array): [0] the interrupt flag, [1] "reply ready".
// Messages: worker -> main {type:'read', prompt}; main -> worker, on a
// dedicated port read with receiveMessageOnPort: a Reply.
// Non-terminal runs (pipes, files, CI) skip all this and run on the main
// thread, which starts faster.

// Node modules only sessions need are loaded when a session starts (require), not at every startup.
import type * as WorkerThreads from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type * as Readline from 'node:readline';
import type * as TTY from 'node:tty';
import { WORKER_EXIT_SIGINT, dieBySignal, isatty } from '../host/node.js';

/** The answer to a read request. */
export type Reply = { kind: 'line'; text: string } | { kind: 'eof' } | { kind: 'interrupt' };

/** In process.argv of the worker thread (Worker's argv option), so it knows without loading worker_threads. */
export const SESSION_ARG = '--krait-session-worker';

/** What the worker is started with (its workerData.kraitSession). */
export interface SessionData {
  argv: string[];
  shared: SharedArrayBuffer;
  replies: MessagePort;
}

export const FLAG_INTERRUPT = 0;
export const FLAG_REPLY = 1;

/** Whether this command should run as a terminal session (someone at a terminal may press Ctrl-C or type). */
export function wantsTerminal(): boolean {
  return isatty(0) || isatty(1) || isatty(2);
}

/** Main thread: run the command in a worker; relay Ctrl-C and terminal input; exit with its status. */
export function startTerminalSession(argv: string[], entry: string): void {
  const { Worker, MessageChannel } = require('node:worker_threads') as typeof WorkerThreads;
  const shared = new SharedArrayBuffer(8);
  const flags = new Int32Array(shared);
  const { port1, port2 } = new MessageChannel();
  const data: SessionData = { argv, shared, replies: port2 };
  const worker = new Worker(entry, { argv: [SESSION_ARG], workerData: { kraitSession: data }, transferList: [port2] });
  const term = new LineEditor();
  // Load the line editor while the worker starts, so that the first prompt is not kept waiting.
  if (isatty(0)) require('node:readline');
  process.on('SIGINT', () => {
    Atomics.store(flags, FLAG_INTERRUPT, 1);
    Atomics.notify(flags, FLAG_INTERRUPT);
  });
  worker.on('message', (msg: { type: string; prompt?: string; cooked?: boolean }) => {
    if (msg.type !== 'read') return;
    term.read(msg.prompt ?? '', msg.cooked === true, (reply) => {
      port1.postMessage(reply);
      Atomics.store(flags, FLAG_REPLY, 1);
      Atomics.notify(flags, FLAG_REPLY);
    });
  });
  worker.on('error', (e) => {
    term.restore();
    process.stderr.write(`krait: internal error in the interpreter thread: ${(e as Error).stack ?? e}\n`);
    process.exit(70);
  });
  worker.on('exit', (code) => {
    term.restore();
    if (code === WORKER_EXIT_SIGINT) dieBySignal('SIGINT');
    process.exit(code);
  });
}

/**
 * One readline interface for the whole session (lines pasted together
 * arrive in one chunk: those beyond the first wait in `queue`), paused and
 * in cooked mode whenever no read is pending.
 */
class LineEditor {
  private rl: Readline.Interface | null = null;
  private queue: Reply[] = [];
  private waiting: ((r: Reply) => void) | null = null;
  private history: string[] = [];
  private closing = false;
  private echoInterrupt = false;

  /**
   * Read a line.  `cooked`: a read outside the REPL, where CPython reads
   * without GNU readline and the terminal echoes Ctrl-C as "^C".
   */
  read(prompt: string, cooked: boolean, reply: (r: Reply) => void): void {
    this.echoInterrupt = cooked;
    const queued = this.queue.shift();
    if (queued !== undefined) {
      // A line pasted after the previous one: the editor has echoed it already.
      reply(queued);
      return;
    }
    const rl = this.rl ?? this.open();
    this.waiting = reply;
    setRaw(true);
    rl.setPrompt(prompt);
    rl.prompt(); // resumes input
  }

  /** Leave the terminal as we found it. */
  restore(): void {
    if (this.rl !== null) this.rl.close();
    setRaw(false);
  }

  private output(): NodeJS.WriteStream {
    // PyOS_Readline uses readline only when stdout is a terminal; otherwise prompts go to stderr.
    return isatty(1) ? process.stdout : process.stderr;
  }

  private deliver(r: Reply): void {
    const w = this.waiting;
    if (w === null) {
      if (r.kind !== 'interrupt') this.queue.push(r);
      return;
    }
    this.waiting = null;
    if (this.rl !== null) this.rl.pause();
    setRaw(false);
    w(r);
  }

  private open(): Readline.Interface {
    const output = this.output();
    const readline = require('node:readline') as typeof Readline;
    const rl = readline.createInterface({
      input: process.stdin,
      output,
      terminal: output.isTTY === true,
      history: this.history,
      historySize: 1000,
      tabSize: 4,
    } as Readline.ReadLineOptions);
    rl.on('line', (text: string) => this.deliver({ kind: 'line', text }));
    rl.on('SIGINT', () => {
      // Ctrl-C drops the line being edited: a fresh interface for the next read.
      this.closing = true;
      rl.close();
      this.closing = false;
      if (this.echoInterrupt) this.output().write('^C');
      this.deliver({ kind: 'interrupt' });
    });
    rl.on('close', () => {
      // Ctrl-D on an empty line (or the end of a non-terminal stdin).
      this.rl = null;
      if (!this.closing) this.deliver({ kind: 'eof' });
    });
    rl.on('history', (h: string[]) => { this.history = h; });
    this.rl = rl;
    return rl;
  }
}

function setRaw(on: boolean): void {
  const stdin = process.stdin as TTY.ReadStream;
  if (stdin.isTTY && stdin.isRaw !== on) stdin.setRawMode(on);
}
