// The interpreter: wires the runtime together (hooks between layers that
// would otherwise import each other), owns sys.modules and builtins, and
// runs programs (`krait FILE`, `-c`, embedding).

import './init.js';
import * as A from '../objects/abstract.js';
import { compile } from '../compiler/compile.js';
import { PyCode } from '../compiler/code.js';
import { PyDict } from '../objects/dict.js';
import { PyBaseException, runtimeError, typeError, SystemExitType, KeyboardInterruptType } from '../objects/exceptions.js';
import { PyFunction, PyCell } from '../objects/function.js';
import { setTypeErrorFactory } from '../objects/methods.js';
import { PyModule } from '../objects/module.js';
import { None, typeOf, type PyValue } from '../objects/object.js';
import { setRunClassBody, setZeroArgSuper, makeSuper, setCallerModuleHook } from '../objects/typeobject.js';
import { parse } from '../parser/parser.js';
import { PySyntaxError } from '../parser/errors.js';
import type { Host } from '../host/host.js';
import { callFunction, runCode } from './eval.js';
import { ts } from './frame.js';
import { setImportHooks } from './import.js';
import { setSourceLineProvider } from './traceback.js';
import { formatException } from './traceback_format.js';
import { makeBuiltinsModule } from '../modules/builtins.js';
import { makeSysModule, type SysState } from '../modules/sys.js';
import { BUILTIN_MODULES } from '../modules/registry.js';
import { pythonCompileError } from '../modules/builtins_eval.js';
import { setCompileWarningHook } from '../compiler/warnings.js';
import { PYLIB_ROOT, isPylibPath, pylibRead, pylibIsDir, pylibSource } from '../modules/pylib.js';

export interface InterpreterOptions {
  /** sys.argv */
  argv: string[];
  /** sys.path (the script's directory first, then PYTHONPATH entries). */
  path: string[];
  /** Treat stdout as a terminal (line buffering), else block buffering. */
  interactive?: boolean;
}

A.setFunctionCaller(callFunction);
setTypeErrorFactory(typeError);
setRunClassBody((func, ns) => runCode(func.code, func.globals, ns, func.builtins, func));
setCallerModuleHook(() => ts.frame?.globals.getStr('__name__'));
setZeroArgSuper(() => {
  const f = ts.frame;
  if (f === null) throw runtimeError('super(): no current frame');
  const code = f.code;
  if (code.argcount === 0 && (code.flags & 0x4) === 0) throw runtimeError('super(): no arguments');
  let first: PyValue | undefined = f.stack[0];
  const ci = code.cellvars.indexOf(code.varnames[0]);
  if (ci >= 0 && f.cells[ci] !== undefined) first = f.cells[ci].value;
  if (first === undefined) throw runtimeError('super(): arg[0] deleted');
  const fi = code.freevars.indexOf('__class__');
  if (fi < 0) throw runtimeError('super(): __class__ cell not found');
  const cell = f.cells[code.cellvars.length + fi];
  if (cell.value === undefined) throw runtimeError('super(): empty __class__ cell');
  return makeSuper(cell.value, first);
});

/** runMain's status for "die by SIGINT" (the host kills the process; CPython falls back to 130). */
export const STATUS_SIGINT = -2;

export class Interpreter {
  readonly host: Host;
  readonly modules: PyDict;
  readonly builtinsModule: PyModule;
  readonly builtins: PyDict;
  readonly sys: PyModule;
  readonly sysState: SysState;
  private sourceCache = new Map<string, string[]>();

  constructor(host: Host, opts: InterpreterOptions) {
    this.host = host;
    this.modules = new PyDict();
    this.builtinsModule = makeBuiltinsModule(this);
    this.builtins = this.builtinsModule.dict;
    // krait's Python library goes where CPython's Lib/ is: after the script's directory and PYTHONPATH.
    if (!opts.path.includes(PYLIB_ROOT)) opts = { ...opts, path: [...opts.path, PYLIB_ROOT] };
    const { module, state } = makeSysModule(this, opts);
    this.sys = module;
    this.sysState = state;
    this.modules.setStr('builtins', this.builtinsModule);
    this.modules.setStr('sys', this.sys);
    setImportHooks({
      modules: this.modules,
      path: () => this.sysState.path(),
      builtin: (name) => BUILTIN_MODULES.get(name)?.bind(null, this),
      readFile: (p) => {
        if (isPylibPath(p)) return pylibRead(p);
        try { return host.isDirectory(p) ? null : host.readFile(p); } catch { return null; }
      },
      isDir: (p) => isPylibPath(p) ? pylibIsDir(p) : host.isDirectory(p),
      exec: (m, src, file) => { this.execSource(src, file, m.dict); },
    });
    setSourceLineProvider((filename, lineno) => this.sourceLine(filename, lineno));
    setCompileWarningHook((filename, lineno, msg) => this.showSyntaxWarning(filename, lineno, msg));
  }

  /** The text of a source line (for tracebacks), or null. */
  sourceLine(filename: string, lineno: number): string | null {
    let lines = this.sourceCache.get(filename);
    if (lines === undefined) {
      const lib = pylibSource(filename);
      if (lib !== undefined) {
        lines = lib.split(/\r\n|\r|\n/);
        this.sourceCache.set(filename, lines);
        return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1] : null;
      }
      try {
        const data = this.host.readFile(filename);
        lines = new TextDecoder().decode(data).split(/\r\n|\r|\n/);
      } catch {
        lines = [];
      }
      this.sourceCache.set(filename, lines);
    }
    return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1] : null;
  }

  /**
   * A compile-time SyntaxWarning, as the warnings machinery shows it with the
   * default filters (_warnings.c show_warning): "file:line: SyntaxWarning:
   * msg", then the stripped source line when the file can be read (never for
   * pseudo-files such as <string>).
   */
  showSyntaxWarning(filename: string, lineno: number, msg: string): void {
    let text = `${filename}:${lineno}: SyntaxWarning: ${msg}\n`;
    const line = filename.startsWith('<') ? null : this.sourceLine(filename, lineno);
    if (line !== null && line.trim() !== '') text += `  ${line.trim()}\n`;
    this.sysState.writeStderr(text);
  }

  /** Remember the source of code that doesn't come from a file (-c, <stdin>, exec strings). */
  registerSource(filename: string, text: string): void {
    this.sourceCache.set(filename, text.split(/\r\n|\r|\n/));
  }

  /** Compile source (bytes are decoded as a file) for exec. */
  compileSource(src: Uint8Array | string, filename: string, mode: 'exec' | 'eval' | 'single' = 'exec'): PyCode {
    const tree = parse(src, filename, mode);
    return compile(tree, filename, mode);
  }

  /** Run module source in a namespace. */
  execSource(src: Uint8Array | string, filename: string, globals: PyDict): PyValue {
    let code: PyCode;
    try {
      code = this.compileSource(src, filename);
    } catch (e) {
      // An imported module's syntax error is a Python SyntaxError for the importer.
      throw pythonCompileError(e);
    }
    if (globals.getStr('__builtins__') === undefined) globals.setStr('__builtins__', this.builtinsModule);
    return runCode(code, globals, globals, this.builtins);
  }

  /** A fresh __main__ module. */
  mainModule(file: string | null): PyModule {
    const m = new PyModule('__main__');
    m.dict.setStr('__builtins__', this.builtinsModule);
    if (file !== null) m.dict.setStr('__file__', file);
    this.modules.setStr('__main__', m);
    return m;
  }

  /**
   * Run a program as __main__; returns the exit status (uncaught exceptions
   * are reported on stderr as CPython does, SystemExit gives its code).
   * Syntax errors propagate as PySyntaxError for the caller to report.
   */
  runMain(src: Uint8Array | string, filename: string, file: string | null, precompiled?: PyCode): number {
    const code = precompiled ?? this.compileSource(src, filename);
    if (typeof src === 'string') this.registerSource(filename, src);
    const m = this.mainModule(file);
    try {
      runCode(code, m.dict, m.dict, this.builtins);
      return this.finish(0);
    } catch (e) {
      const status = this.handleUncaught(e);
      // An uncaught KeyboardInterrupt ends the process by SIGINT after its
      // traceback (Py_RunMain: unhandled_keyboard_interrupt -> exit_sigint).
      if (e instanceof PyBaseException && e.cls.isSubtype(KeyboardInterruptType)) return STATUS_SIGINT;
      return status;
    }
  }

  /** Report an exception that reached the top level; returns the exit status. */
  handleUncaught(e: unknown): number {
    if (e instanceof PySyntaxError) throw e;
    const exc = e instanceof PyBaseException ? e : toPy(e);
    if (exc.cls.isSubtype(SystemExitType)) return this.systemExit(exc);
    this.printException(exc);
    return this.finish(1);
  }

  /** SystemExit's code as an exit status, printing a non-int code (handle_system_exit). */
  systemExit(exc: PyBaseException): number {
    let code: PyValue = A.getAttrOpt(exc, 'code') ?? None;
    if (code === None) return this.finish(0);
    if (typeof code === 'boolean') code = code ? 1 : 0;
    if (typeof code === 'number') return this.finish(code & 0xff);
    if (typeof code === 'bigint') return this.finish(Number(code & 0xffn));
    this.sysState.flushStdout();
    this.sysState.writeStderr(A.str(code) + '\n');
    return this.finish(1);
  }

  /** sys.excepthook(type, value, tb) or the default report. */
  printException(exc: PyBaseException): void {
    this.sysState.flushStdout();
    const hook = this.sys.dict.getStr('excepthook');
    const dflt = this.sys.dict.getStr('__excepthook__');
    if (hook !== undefined && hook !== dflt) {
      try {
        A.call(hook, [typeOf(exc), exc, exc.traceback]);
        return;
      } catch (e2) {
        this.sysState.writeStderr('Error in sys.excepthook:\n');
        this.sysState.writeStderr(formatException(toPy(e2)));
        this.sysState.writeStderr('\nOriginal exception was:\n');
      }
    }
    this.sysState.writeStderr(formatException(exc));
  }

  /** Flush stdout (errors there are reported like CPython's "Exception ignored ... BrokenPipeError"). */
  finish(status: number): number {
    this.sysState.flushStdout();
    return status;
  }
}

function toPy(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  return (require_toPy as (e: unknown) => PyBaseException)(e);
}
import { toPyException as require_toPy } from './eval.js';

void [PyFunction, PyCell];
