// The interpreter thread of a terminal session (see interactive.ts): the
// host it runs the command with reads terminal lines through the main
// thread and polls the shared interrupt flag.

import type * as WorkerThreads from 'node:worker_threads';
import { NodeHost, isatty } from '../host/node.js';
import { ts } from '../vm/frame.js';
import { newException, KeyboardInterruptType } from '../objects/exceptions.js';
import { FLAG_REPLY, SESSION_ARG, type Reply, type SessionData } from './interactive.js';
import { ReadInterrupted } from './repl.js';

/** Worker side: the data the main thread started us with, or null on the main thread. */
export function sessionData(): SessionData | null {
  if (!process.argv.includes(SESSION_ARG)) return null;
  const { isMainThread, workerData } = require('node:worker_threads') as typeof WorkerThreads;
  if (isMainThread || !workerData) return null;
  return (workerData as { kraitSession?: SessionData }).kraitSession ?? null;
}

let threads: typeof WorkerThreads | null = null;

const encoder = new TextEncoder();

/** A NodeHost whose terminal reads go through the main thread's line editor. */
export class TerminalHost extends NodeHost {
  private readonly flags: Int32Array;
  /** What the cursor's line already shows (output since the last newline): input()'s prompt, say. */
  private tail = '';
  private readonly ttyOut = [false, isatty(1), isatty(2)];
  private readonly stdinTTY = isatty(0);

  constructor(private readonly data: SessionData) {
    super(data.argv);
    this.flags = new Int32Array(data.shared);
  }

  /** Whether the REPL has started (CPython's REPL loads GNU readline; reads before it are plain). */
  private inRepl = false;

  /** One line from the terminal; the prompt is shown (or redrawn) by the line editor. */
  readTerminal(prompt: string): Reply {
    this.flush();
    const shown = this.tail + prompt;
    this.tail = '';
    Atomics.store(this.flags, FLAG_REPLY, 0);
    const wt = threads ?? (threads = require('node:worker_threads') as typeof WorkerThreads);
    wt.parentPort!.postMessage({ type: 'read', prompt: shown, cooked: !this.inRepl });
    while (Atomics.load(this.flags, FLAG_REPLY) === 0) Atomics.wait(this.flags, FLAG_REPLY, 0);
    const m = wt.receiveMessageOnPort(this.data.replies);
    return (m?.message as Reply | undefined) ?? { kind: 'eof' };
  }

  /** The REPL's reader: a line, null at end of input; Ctrl-C throws ReadInterrupted. */
  readReplLine(prompt: string): string | null {
    this.inRepl = true;
    const r = this.readTerminal(prompt);
    if (r.kind === 'interrupt') throw new ReadInterrupted();
    return r.kind === 'eof' ? null : r.text;
  }

  override stdinIsTTY(): boolean {
    return this.stdinTTY;
  }

  override readStdinChunk(): Uint8Array {
    if (!this.stdinTTY) return super.readStdinChunk();
    const r = this.readTerminal('');
    // Ctrl-C during input(): KeyboardInterrupt right after the prompt, as CPython.
    if (r.kind === 'interrupt') throw newException(KeyboardInterruptType);
    return r.kind === 'eof' ? new Uint8Array(0) : encoder.encode(r.text + '\n');
  }

  override readStdin(): Uint8Array {
    if (!this.stdinTTY) return super.readStdin();
    const parts: Uint8Array[] = [];
    for (;;) {
      const c = this.readStdinChunk();
      if (c.length === 0) break;
      parts.push(c);
    }
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let off = 0;
    for (const p of parts) { out.set(p, off); off += p.length; }
    return out;
  }

  override write(fd: 1 | 2, data: string | Uint8Array): void {
    super.write(fd, data);
    if (!this.ttyOut[fd]) return;
    const s = typeof data === 'string' ? data : new TextDecoder().decode(data.length > 256 ? data.subarray(data.length - 256) : data);
    const nl = s.lastIndexOf('\n');
    this.tail = nl >= 0 ? s.slice(nl + 1) : this.tail + s;
    if (this.tail.length > 200) this.tail = this.tail.slice(-200);
  }
}

/** Start of the worker: the interrupt flag, then the command as on the main thread. */
export function runWorker(data: SessionData, main: (host: NodeHost) => void): void {
  ts.interruptBuffer = new Int32Array(data.shared);
  main(new TerminalHost(data));
}
