// Tracebacks: the traceback objects exceptions carry, and the report
// printed for an uncaught exception (Python/traceback.c and
// pythonrun.c's print_exception, CPython 3.11's format).

import { PyObject, makeBuiltinType, None, type PyValue } from '../objects/object.js';
import type { Frame } from './frame.js';

export const TracebackType = makeBuiltinType('traceback', undefined, 0);

export class PyTraceback extends PyObject {
  constructor(
    /** tb_next: the traceback entry of the next frame inward (or None). */
    readonly next: PyValue,
    readonly frame: Frame,
    /** Instruction index being executed when the exception passed. */
    readonly lasti: number,
  ) {
    super(TracebackType);
  }

  get lineno(): number {
    return this.frame.code.lineOf(this.lasti);
  }
}

/** Provides source lines for tracebacks (linecache): set by the interpreter. */
export let getSourceLine: (filename: string, lineno: number) => string | null = () => null;
export function setSourceLineProvider(f: (filename: string, lineno: number) => string | null): void {
  getSourceLine = f;
}

void None;
