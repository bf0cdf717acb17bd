// The sys module.  (Minimal stub: the runtime-library helper replaces it.)

import type { Interpreter, InterpreterOptions } from '../vm/interp.js';
import { PyModule } from '../objects/module.js';
import { PyList } from '../objects/list.js';
import * as A from '../objects/abstract.js';

export interface SysState {
  /** sys.path as JS strings. */
  path(): string[];
  flushStdout(): void;
  writeStderr(s: string): void;
}

export function makeSysModule(interp: Interpreter, opts: InterpreterOptions): { module: PyModule; state: SysState } {
  const m = new PyModule('sys');
  m.dict.setStr('path', new PyList(opts.path.slice()));
  m.dict.setStr('argv', new PyList(opts.argv.slice()));
  m.dict.setStr('modules', interp.modules);
  const state: SysState = {
    path: () => A.toArray(m.dict.getStr('path')!).map((x) => A.strValue(x)),
    flushStdout: () => interp.host.flush(),
    writeStderr: (s) => interp.host.write(2, s),
  };
  return { module: m, state };
}
