// The interpreter thread of an interactive session (see interactive.ts).

import { parentPort } from 'node:worker_threads';
import { NodeHost } from '../host/node.js';
import { Interpreter } from '../vm/interp.js';
import { ts } from '../vm/frame.js';
import { repl, type LineReader } from './repl.js';
import { runProgram, type RunRequest } from './run.js';

interface StartData { kind: 'run' | 'repl'; request?: RunRequest; flag: SharedArrayBuffer; argv: string[] }

export const BANNER = `krait 0.1.0 (Python 3.11) on ${process.platform}\nType "help", "copyright", "credits" or "license" for more information.\n`;

export function runWorker(data: StartData): void {
  const host = new NodeHost(data.argv);
  ts.interruptBuffer = new Int32Array(data.flag);
  if (data.kind === 'run') {
    runProgram(host, data.request!);
    return;
  }
  const port = parentPort!;
  const waiting: ((v: string | null | 'interrupt') => void)[] = [];
  port.on('message', (msg: { type: string; text?: string }) => {
    const w = waiting.shift();
    if (w === undefined) return;
    if (msg.type === 'line') w(msg.text ?? '');
    else if (msg.type === 'eof') w(null);
    else if (msg.type === 'cancel') w('interrupt');
  });
  const readLine: LineReader = (prompt) => new Promise((resolve, reject) => {
    host.flush();
    Atomics.store(ts.interruptBuffer!, 0, 0);
    waiting.push((v) => (v === 'interrupt' ? reject('interrupt') : resolve(v)));
    port.postMessage({ type: 'prompt', ps: prompt });
  });
  const interp = new Interpreter(host, { argv: [''], path: [''] });
  void repl(interp, readLine, BANNER).then((status) => {
    host.flush();
    port.postMessage({ type: 'exit', status });
  });
}
