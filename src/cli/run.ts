// Running a program from the command line: builds the interpreter for the
// host and runs the program as __main__ (Modules/main.c pymain_run_python:
// pymain_run_command / _module / _file / _stdin, then pymain_repl for -i).

import type { Host } from '../host/host.js';
import { Interpreter, STATUS_SIGINT } from '../vm/interp.js';
import { runCode } from '../vm/eval.js';
import { PyBaseException, KeyboardInterruptType } from '../objects/exceptions.js';
import { PyDict } from '../objects/dict.js';
import { PyList } from '../objects/list.js';
import { PyStream } from '../modules/io.js';
import * as A from '../objects/abstract.js';
import { reportAndExit } from './report.js';
import type { PyCode } from '../compiler/code.js';
import type { Flags } from './options.js';
import { repl, BANNER_TAIL, type LineReader } from './repl.js';
import { runModuleAsMain } from './runmodule.js';
import { TerminalHost } from './worker_entry.js';

export interface RunRequest {
  source: Uint8Array | string;
  /** co_filename and the traceback name: the absolute script path, '<string>' or '<stdin>'. */
  filename: string;
  /** __file__ of __main__, or null (-c, stdin). */
  file: string | null;
  /** sys.argv */
  argv: string[];
  /** sys.path[0]: the script's directory, '' or the current directory (-m) */
  path0: string;
  /** The program already compiled (the CLI compiles first to report syntax errors), if available. */
  code?: PyCode;
  /** SyntaxWarnings from compiling `code` ([lineno, message]), shown before it runs. */
  warnings?: [number, string][];
  /** -m: run this module (found on sys.path) instead of `source`. */
  module?: string;
  /** Nothing to run before the REPL (`krait` at a terminal, `krait -i` with no program). */
  replOnly?: boolean;
  /** Options that change how it runs (-i, -u, -E, -X, ...). */
  flags?: Flags;
}

export const KRAIT_BANNER = `krait 0.1.0 (Python 3.11) on ${typeof process !== 'undefined' ? process.platform : 'unknown'}\n` + BANNER_TAIL;

/** Run and exit with the program's status. */
export function runProgram(host: Host, req: RunRequest): never {
  const flags = req.flags;
  const pp = flags?.ignoreEnvironment ? undefined : host.getenv('PYTHONPATH');
  const path = [...(flags?.safePath && !req.replOnly ? [] : [req.path0]), ...(pp ? pp.split(':').filter((x) => x.length > 0) : [])];
  let status: number;
  try {
    const interp = new Interpreter(host, { argv: req.argv, path });
    if (flags !== undefined) configure(interp, flags);
    if (req.code !== undefined && req.warnings !== undefined) {
      for (const [lineno, msg] of req.warnings) interp.showSyntaxWarning(req.filename, lineno, msg);
    }
    const inspect = flags?.inspect === true;
    if (req.replOnly) status = 0;
    else if (req.module === undefined && !inspect) status = interp.runMain(req.source, req.filename, req.file, req.code);
    else status = runAsMain(interp, req, inspect);
    if (inspect || req.replOnly) {
      // pymain_repl: the banner only when nothing ran before (pymain_header).
      const banner = req.replOnly && !flags?.quiet ? KRAIT_BANNER : null;
      status = repl(interp, lineReader(host, interp), banner);
    }
  } catch (e) {
    reportAndExit(host, e);
  }
  if (status === STATUS_SIGINT) {
    if (host.killBySignal !== undefined) host.killBySignal('SIGINT');
    host.exit(130);
  }
  host.exit(status);
}

/** Interpreter.runMain for -m and -i: with -i an uncaught exception (SystemExit too) is only reported. */
function runAsMain(interp: Interpreter, req: RunRequest, inspect: boolean): number {
  const m = interp.mainModule(req.file);
  try {
    if (req.module !== undefined) {
      runModuleAsMain(interp, req.module);
    } else {
      const code = req.code ?? interp.compileSource(req.source, req.filename);
      runCode(code, m.dict, m.dict, interp.builtins);
    }
    return interp.finish(0);
  } catch (e) {
    if (inspect && e instanceof PyBaseException) {
      // _Py_HandleSystemExit returns early under -i: the exception is printed like any other.
      interp.printException(e);
      return interp.finish(1);
    }
    const status = interp.handleUncaught(e);
    if (e instanceof PyBaseException && e.cls.isSubtype(KeyboardInterruptType)) return STATUS_SIGINT;
    return status;
  }
}

/** -u, -X, -W, -B: what they change in sys once the interpreter exists. */
function configure(interp: Interpreter, flags: Flags): void {
  const sys = interp.sys.dict;
  if (flags.unbuffered) {
    // -u: stdout and stderr are written through (write_through=True, no buffer).
    for (const name of ['stdout', 'stderr']) {
      const s = sys.getStr(name);
      if (s instanceof PyStream) s.writeThrough = true;
    }
  }
  const xo = sys.getStr('_xoptions');
  if (xo instanceof PyDict) {
    for (const opt of flags.xoptions) {
      // sys._xoptions: "-X a=b" -> {'a': 'b'}, "-X a" -> {'a': True}; unknown names are accepted, as CPython does.
      const eq = opt.indexOf('=');
      xo.setStr(eq < 0 ? opt : opt.slice(0, eq), eq < 0 ? true : opt.slice(eq + 1));
    }
  }
  if (flags.warnoptions.length > 0) sys.setStr('warnoptions', new PyList(flags.warnoptions.slice()));
  if (flags.dontWriteBytecode) sys.setStr('dont_write_bytecode', true);
}

/** The REPL's line source: the terminal's line editor, or (-i with a pipe) sys.stdin with prompts on stderr. */
function lineReader(host: Host, interp: Interpreter): LineReader {
  if (host instanceof TerminalHost && host.stdinIsTTY()) return (prompt) => host.readReplLine(prompt);
  return (prompt) => {
    // PyOS_StdioReadline: the prompt goes to stderr.
    interp.sysState.flushStdout();
    interp.sysState.writeStderr(prompt);
    const stdin = interp.sys.dict.getStr('stdin');
    if (stdin === undefined) return null;
    const line = A.str(A.call(A.getAttr(stdin, 'readline'), []));
    if (line === '') return null;
    return line.endsWith('\n') ? line.slice(0, -1) : line;
  };
}
