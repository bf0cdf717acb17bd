// Running a program from the command line: builds the interpreter for the
// host and runs the program as __main__ (Modules/main.c pymain_run_*).

import type { Host } from '../host/host.js';
import { Interpreter } from '../vm/interp.js';
import { reportAndExit } from './report.js';
import type { PyCode } from '../compiler/code.js';

export interface RunRequest {
  source: Uint8Array | string;
  /** co_filename and the traceback name: the absolute script path, '<string>' or '<stdin>'. */
  filename: string;
  /** __file__ of __main__, or null (-c, stdin). */
  file: string | null;
  /** sys.argv */
  argv: string[];
  /** sys.path[0]: the script's directory, or '' */
  path0: string;
  /** The program already compiled (the CLI compiles first to report syntax errors), if available. */
  code?: PyCode;
}

/** Run and exit with the program's status. */
export function runProgram(host: Host, req: RunRequest): never {
  const pp = host.getenv('PYTHONPATH');
  const path = [req.path0, ...(pp ? pp.split(':').filter((x) => x.length > 0) : [])];
  let status: number;
  try {
    const interp = new Interpreter(host, { argv: req.argv, path });
    status = interp.runMain(req.source, req.filename, req.file, req.code);
  } catch (e) {
    reportAndExit(host, e);
  }
  host.exit(status);
}
