// Interactive sessions: the REPL, and running programs from a terminal
// with Ctrl-C support.
//
// Python code runs synchronously and would block Node's event loop, so a
// SIGINT handler on the same thread would never run.  When krait talks to a
// terminal, the interpreter therefore runs in a worker thread; the main
// thread owns the terminal (line editing and history for the REPL, through
// node:readline) and the SIGINT handler, which sets a flag in shared memory
// that the interpreter polls at loop back-edges and calls (vm/frame.ts
// ts.interruptBuffer).  Non-interactive runs (pipes, files, CI) run on the
// main thread with no worker, which keeps startup fast.
//
// Protocol, main -> worker: {type:'run', request} for a program; {type:'line',
// text} for a REPL line; worker -> main: {type:'prompt', ps} (wants the next
// REPL line with this prompt), {type:'exit', status}.  The worker writes
// stdout/stderr itself (synchronous fd writes); input() reads fd 0 itself
// while the main thread's readline is paused in cooked mode.

import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import * as readline from 'node:readline';
import { NodeHost } from '../host/node.js';
import type { RunRequest } from './run.js';

interface StartData { kind: 'run' | 'repl'; request?: RunRequest; flag: SharedArrayBuffer; argv: string[] }

/** Main thread: start the worker for a program or the REPL, relay Ctrl-C, exit with its status. */
export function startInteractive(kind: 'run' | 'repl', request: RunRequest | undefined, argv: string[], entryUrl: string): void {
  const flag = new SharedArrayBuffer(4);
  const flagView = new Int32Array(flag);
  const data: StartData = { kind, request, flag, argv };
  const worker = new Worker(new URL(entryUrl), { workerData: { krait: data } });
  let rl: readline.Interface | null = null;
  const history: string[] = [];
  process.on('SIGINT', () => {
    // While the worker waits for a REPL line, readline handles Ctrl-C itself.
    Atomics.store(flagView, 0, 1);
  });
  worker.on('message', (msg: { type: string; ps?: string; status?: number }) => {
    if (msg.type === 'prompt') {
      if (rl === null) {
        rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true, history, historySize: 1000 } as readline.ReadLineOptions);
        rl.on('SIGINT', () => {
          // Ctrl-C at the prompt: cancel the line, as CPython's REPL does.
          process.stdout.write('\nKeyboardInterrupt\n');
          rl!.pause();
          worker.postMessage({ type: 'cancel' });
        });
        rl.on('close', () => worker.postMessage({ type: 'eof' }));
      }
      rl.resume();
      rl.setPrompt(msg.ps ?? '>>> ');
      rl.prompt();
      rl.once('line', (text) => {
        rl!.pause();
        worker.postMessage({ type: 'line', text });
      });
    } else if (msg.type === 'exit') {
      process.exitCode = msg.status ?? 0;
      if (rl !== null) rl.close();
      void worker.terminate();
    }
  });
  worker.on('error', (e) => {
    process.stderr.write(`krait: internal error in the interpreter thread: ${e.stack ?? e}\n`);
    process.exit(70);
  });
  worker.on('exit', (code) => {
    if (process.exitCode === undefined) process.exitCode = code;
    process.exit(process.exitCode as number);
  });
}

/** Worker thread side: the data the main thread started us with, or null on the main thread. */
export function workerStart(): StartData | null {
  if (isMainThread || !workerData || !(workerData as { krait?: StartData }).krait) return null;
  return (workerData as { krait: StartData }).krait;
}

export { parentPort, NodeHost };
