// The report for an uncaught exception.  (Minimal stub: the runtime-library helper replaces it.)

import * as A from '../objects/abstract.js';
import type { PyBaseException } from '../objects/exceptions.js';
import { None } from '../objects/object.js';
import { PyTraceback, getSourceLine } from './traceback.js';

export function formatException(exc: PyBaseException): string {
  let out = 'Traceback (most recent call last):\n';
  let tb = exc.traceback;
  while (tb instanceof PyTraceback) {
    const code = tb.frame.code;
    out += `  File "${code.filename}", line ${tb.lineno}, in ${code.name}\n`;
    const line = getSourceLine(code.filename, tb.lineno);
    if (line !== null) out += `    ${line.trim()}\n`;
    tb = tb.next;
  }
  const msg = exc.args.items.length ? A.str(exc.args.items.length === 1 ? exc.args.items[0] : exc.args) : '';
  out += msg ? `${exc.cls.name}: ${msg}\n` : `${exc.cls.name}\n`;
  void None;
  return out;
}
