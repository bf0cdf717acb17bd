// The time module, clock and sleep parts (Modules/timemodule.c).  Wall
// time comes from Date.now() (millisecond resolution); the monotonic and
// performance counters from the host's nanosecond clock.  struct_time,
// strftime and friends are not implemented yet.

import type { Interpreter } from '../vm/interp.js';
import type { PyModule } from '../objects/module.js';
import { None, type PyValue } from '../objects/object.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { builtinFunction } from '../objects/methods.js';
import { valueError, typeError, overflowError } from '../objects/exceptions.js';
import { normInt } from '../objects/number.js';

/** Block for ms milliseconds: Atomics.wait where allowed (Node, workers), else spin. */
function blockFor(ms: number): void {
  if (ms <= 0) return;
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  } catch {
    const end = Date.now() + ms;
    while (Date.now() < end) { /* spin: the main thread of a browser cannot block */ }
  }
}

function seconds(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof PyFloat) return v.value;
  throw typeError(`'${(v as { cls: { name: string } }).cls.name}' object cannot be interpreted as an integer`);
}

export function initTime(interp: Interpreter, m: PyModule): void {
  const d = m.dict;
  const host = interp.host;
  const start = host.monotonicNs();
  d.setStr('time', builtinFunction('time()', () => newFloat(Date.now() / 1000), m));
  d.setStr('time_ns', builtinFunction('time_ns()', () => normInt(BigInt(Date.now()) * 1000000n), m));
  const mono = () => newFloat(Number(host.monotonicNs()) / 1e9);
  const monoNs = () => normInt(host.monotonicNs());
  d.setStr('monotonic', builtinFunction('monotonic()', mono, m));
  d.setStr('monotonic_ns', builtinFunction('monotonic_ns()', monoNs, m));
  d.setStr('perf_counter', builtinFunction('perf_counter()', mono, m));
  d.setStr('perf_counter_ns', builtinFunction('perf_counter_ns()', monoNs, m));
  d.setStr('process_time', builtinFunction('process_time()', () => newFloat(Number(host.monotonicNs() - start) / 1e9), m));
  d.setStr('process_time_ns', builtinFunction('process_time_ns()', () => normInt(host.monotonicNs() - start), m));
  d.setStr('sleep', builtinFunction('sleep(secs, /)', (s: PyValue) => {
    const secs = seconds(s);
    if (secs !== secs) throw valueError('Invalid value NaN (not a number)');
    if (secs < 0) throw valueError('sleep length must be non-negative');
    if (secs > 9.2e9) throw overflowError('timestamp out of range for platform time_t');
    host.flush();
    blockFor(secs * 1000);
    return None;
  }, m));
  d.setStr('timezone', 0);
  d.setStr('altzone', 0);
  d.setStr('daylight', 0);
}
