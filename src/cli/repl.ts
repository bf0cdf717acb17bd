// The interactive interpreter (Python/pythonrun.c PyRun_InteractiveLoop and
// PyRun_InteractiveOne): prompts from sys.ps1/sys.ps2, statements read line
// by line until complete (a compound statement ends at an empty line),
// compiled in 'single' mode so expression results are echoed by
// sys.displayhook (repr, kept in builtins._), tracebacks shown without
// leaving, Ctrl-C cancelling the line, end of input leaving.
//
// Synchronous: on a terminal it runs in the interpreter thread, whose
// LineReader blocks on the main thread's line editor (interactive.ts); with
// `-i` and a pipe it reads sys.stdin on the main thread.

import { PySyntaxError, formatSyntaxError } from '../parser/errors.js';
import { parse } from '../parser/parser.js';
import type { Interpreter } from '../vm/interp.js';
import { compile } from '../compiler/compile.js';
import { runCode } from '../vm/eval.js';
import { ts } from '../vm/frame.js';
import { PyBaseException, SystemExitType } from '../objects/exceptions.js';
import { None, typeOf } from '../objects/object.js';
import * as A from '../objects/abstract.js';
import { PyModule } from '../objects/module.js';

/** Thrown by a LineReader when Ctrl-C cancels the line being read. */
export class ReadInterrupted {}

/** Reads one line (without its newline) after showing `prompt`; null at end of input. */
export type LineReader = (prompt: string) => string | null;

// Statements whose end only an empty line tells (the grammar's compound_stmt).
const COMPOUND = new Set(['FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'If', 'For', 'AsyncFor', 'While',
  'With', 'AsyncWith', 'Try', 'TryStar', 'Match']);

/** A first line that opens a compound statement, before the parser can tell. */
const BLOCK_START = /^\s*(if|while|for|try|with|def|class|async|match|@)\b|:\s*(#.*)?$/;

/**
 * Whether `source` (lines read so far, without the final newline) is a
 * complete statement, needs more lines, or is a SyntaxError to report: the
 * decision CPython's tokenizer makes in interactive mode (it asks for another
 * line at EOF inside brackets, triple quotes, after a continuation or a
 * block opener, and inside a compound statement until an empty line).
 */
export function classify(source: string): 'complete' | 'incomplete' | PySyntaxError {
  const lines = source.split('\n');
  const lastBlank = lines[lines.length - 1].trim() === '';
  let tree: { body?: { _type: string }[] };
  try {
    tree = parse(source + '\n', '<stdin>', 'single') as unknown as { body?: { _type: string }[] };
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    // Inside brackets, triple quotes or after a backslash: more lines will do.
    if (/was never closed|unterminated triple-quoted string|unexpected EOF/.test(e.msg)) return 'incomplete';
    // A block goes on until an empty line; errors in it are reported then.
    if (!lastBlank && BLOCK_START.test(lines[0])) return 'incomplete';
    return e;
  }
  const first = tree.body !== undefined && tree.body.length > 0 ? tree.body[0]._type : '';
  if (!lastBlank && COMPOUND.has(first)) return 'incomplete';
  return 'complete';
}

export const BANNER_TAIL = 'Type "help", "copyright", "credits" or "license" for more information.\n';

/**
 * Run the loop until end of input or SystemExit; returns the exit status.
 * `banner` (null for none) is written to stderr first, as pymain_header does.
 */
export function repl(interp: Interpreter, read: LineReader, banner: string | null): number {
  const err = (s: string) => interp.sysState.writeStderr(s);
  const sysd = interp.sys.dict;
  // PyRun_InteractiveLoopFlags: sys.ps1 and sys.ps2 exist while interactive.
  if (sysd.getStr('ps1') === undefined) sysd.setStr('ps1', '>>> ');
  if (sysd.getStr('ps2') === undefined) sysd.setStr('ps2', '... ');
  if (banner !== null) err(banner);
  const main = interp.modules.getStr('__main__');
  const globals = (main instanceof PyModule ? main : interp.mainModule(null)).dict;
  for (;;) {
    interp.sysState.flushStdout();
    let source: string;
    try {
      const first = read(prompt(interp, 'ps1', '>>> '));
      if (first === null) {
        err('\n');
        return interp.finish(0);
      }
      if (first.trim() === '' || /^\s*#/.test(first)) continue;
      source = first;
      let verdict = classify(source);
      while (verdict === 'incomplete') {
        const more = read(prompt(interp, 'ps2', '... '));
        if (more === null) { verdict = classify(source + '\n'); break; }
        source += '\n' + more;
        verdict = classify(source);
      }
      if (verdict instanceof PySyntaxError) {
        err(formatSyntaxError(verdict));
        continue;
      }
      if (source.trim() === '' || verdict === 'incomplete') continue;
    } catch (e) {
      if (e instanceof ReadInterrupted) {
        // The line is dropped (PyOS_Readline returns NULL on SIGINT).
        err('\nKeyboardInterrupt\n');
        continue;
      }
      throw e;
    }
    try {
      const tree = parse(source + '\n', '<stdin>', 'single');
      const code = compile(tree, '<stdin>', 'single');
      runCode(code, globals, globals, interp.builtins);
    } catch (e) {
      if (e instanceof PySyntaxError) {
        err(formatSyntaxError(e));
        continue;
      }
      if (!(e instanceof PyBaseException)) {
        interp.handleUncaught(e); // an internal error, reported as one
        continue;
      }
      const exc = e;
      if (exc.cls.isSubtype(SystemExitType)) return interp.systemExit(exc);
      // PyErr_Print: remember it for pdb.pm() and friends, then report.
      sysd.setStr('last_type', typeOf(exc));
      sysd.setStr('last_value', exc);
      sysd.setStr('last_traceback', exc.traceback ?? None);
      interp.printException(exc);
    }
  }
}

/** sys.ps1 / sys.ps2 as text (str() of whatever was assigned). */
function prompt(interp: Interpreter, name: string, dflt: string): string {
  // A Ctrl-C that arrived while nothing ran must not interrupt the next statement.
  ts.interrupt = 0;
  if (ts.interruptBuffer !== null) Atomics.store(ts.interruptBuffer, 0, 0);
  const v = interp.sys.dict.getStr(name);
  if (v === undefined) return dflt;
  return A.str(v);
}
