// The interactive interpreter (Python/pythonrun.c PyRun_InteractiveLoop and
// Lib/code.py's behaviour): prompts, multi-line blocks, results echoed with
// repr and kept in `_`, tracebacks shown without leaving.

import { PySyntaxError, formatSyntaxError } from '../parser/errors.js';
import { parse } from '../parser/parser.js';
import type { Interpreter } from '../vm/interp.js';
import { compile } from '../compiler/compile.js';
import { runCode } from '../vm/eval.js';
import { PyBaseException, SystemExitType } from '../objects/exceptions.js';
import * as A from '../objects/abstract.js';

/** Reads one line with a prompt; null at end of input.  Throws 'interrupt' for Ctrl-C at the prompt. */
export type LineReader = (prompt: string) => Promise<string | null>;

const INCOMPLETE = [
  'unexpected EOF while parsing',
  'was never closed',
  'unterminated triple-quoted string literal',
  'expected an indented block',
];

/** 'complete' | 'incomplete', or the SyntaxError to report (codeop's decision, simplified). */
export function classify(source: string): 'complete' | 'incomplete' | PySyntaxError {
  const lines = source.split('\n');
  const last = lines[lines.length - 1];
  try {
    parse(source + '\n', '<stdin>', 'single');
  } catch (e) {
    if (e instanceof PySyntaxError) {
      if (INCOMPLETE.some((m) => e.msg.includes(m)) && last.trim() !== '') return 'incomplete';
      if (e.msg.includes('unterminated triple-quoted')) return 'incomplete';
      return e;
    }
    throw e;
  }
  // A compound statement goes on until an empty line.
  const first = lines[0];
  const compound = /:\s*(#.*)?$/.test(first.trimEnd()) || lines.length > 1;
  if (compound && last.trim() !== '') return 'incomplete';
  return 'complete';
}

export async function repl(interp: Interpreter, readLine: LineReader, banner: string): Promise<number> {
  const err = (s: string) => interp.sysState.writeStderr(s);
  err(banner);
  const main = interp.mainModule(null);
  for (;;) {
    let source: string | null = null;
    try {
      const ps1 = A.str(interp.sys.dict.getStr('ps1') ?? '>>> ');
      const ps2 = A.str(interp.sys.dict.getStr('ps2') ?? '... ');
      const first = await readLine(ps1);
      if (first === null) {
        err('\n');
        return interp.finish(0);
      }
      if (first.trim() === '') continue;
      source = first;
      let verdict = classify(source);
      while (verdict === 'incomplete') {
        const more = await readLine(ps2);
        if (more === null) break;
        source += '\n' + more;
        verdict = classify(source);
      }
      if (verdict instanceof PySyntaxError) {
        interp.sysState.flushStdout();
        err(formatSyntaxError(verdict));
        continue;
      }
    } catch (e) {
      if (e === 'interrupt') continue;
      throw e;
    }
    interp.registerSource('<stdin>', source);
    try {
      const tree = parse(source + '\n', '<stdin>', 'single');
      const code = compile(tree, '<stdin>', 'single');
      runCode(code, main.dict, main.dict, interp.builtins);
      interp.sysState.flushStdout();
    } catch (e) {
      if (e instanceof PySyntaxError) {
        interp.sysState.flushStdout();
        err(formatSyntaxError(e));
        continue;
      }
      if (e instanceof PyBaseException && e.cls.isSubtype(SystemExitType)) return interp.systemExit(e);
      // Everything else, KeyboardInterrupt included, is reported with its traceback.
      interp.handleUncaught(e);
    }
  }
}
