// Binding a call's arguments to a Python function's parameters, with
// CPython's messages for every argument error (Python/ceval.c
// _PyEval_MakeFrameVector, too_many_positional, missing_arguments,
// positional_only_passed_as_keyword).

import { CO_VARARGS, CO_VARKEYWORDS, type PyCode } from '../compiler/code.js';
import { PyDict } from '../objects/dict.js';
import { typeError } from '../objects/exceptions.js';
import { PyCell, type PyFunction } from '../objects/function.js';
import type { PyValue } from '../objects/object.js';
import { newTuple, EMPTY_TUPLE } from '../objects/tuple.js';
import { Frame } from './frame.js';

/**
 * A new frame for calling `func` with `args` (the last len(kwnames) of them
 * keyword values), its fast locals and cells initialized.
 */
export function makeFrame(func: PyFunction, args: PyValue[], kwnames: string[] | null): Frame {
  const code = func.code;
  const f = new Frame(code, func, func.globals, func.builtins, null);
  bindArguments(func, code, f.stack, args, kwnames);
  initCells(f, func, code);
  return f;
}

/** The common case: positional arguments only, exactly matching the parameters. */
export function makeFrameSimple(func: PyFunction, args: PyValue[], base: number, n: number): Frame {
  const code = func.code;
  const f = new Frame(code, func, func.globals, func.builtins, null);
  const fast = f.stack;
  const argc = code.simpleArgc;
  if (n === argc) {
    for (let i = 0; i < n; i++) fast[i] = args[base + i];
  } else if (n < argc && func.defaults !== null && n >= argc - func.defaults.items.length) {
    // Trailing parameters left to their defaults (`add(key)` for `def add(self, key, n=1)`).
    const defs = func.defaults.items;
    const first = argc - defs.length;
    for (let i = 0; i < n; i++) fast[i] = args[base + i];
    for (let i = n; i < argc; i++) fast[i] = defs[i - first];
  } else {
    bindArguments(func, code, fast, args.slice(base, base + n), null);
  }
  if (code.ncells !== 0) initCells(f, func, code);
  return f;
}

export function initCells(f: Frame, func: PyFunction | null, code: PyCode): void {
  const ncell = code.cellvars.length;
  const nfree = code.freevars.length;
  if (ncell + nfree === 0) return;
  const cells: PyCell[] = new Array(ncell + nfree);
  for (let i = 0; i < ncell; i++) {
    const a = code.cell2arg[i];
    if (a >= 0) {
      cells[i] = new PyCell(f.stack[a]);
    } else cells[i] = new PyCell(undefined);
  }
  const closure = func !== null ? func.closure : null;
  for (let i = 0; i < nfree; i++) cells[ncell + i] = closure![i];
  f.cells = cells;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function bindArguments(func: PyFunction, code: PyCode, fast: (PyValue | undefined)[], args: PyValue[], kwnames: string[] | null): void {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const argcount = code.argcount;
  const kwonly = code.kwonlyargcount;
  const total = argcount + kwonly;
  const varnames = code.varnames;
  let kwdict: PyDict | null = null;
  let varargIndex = -1;
  if (code.flags & CO_VARARGS) varargIndex = total;
  if (code.flags & CO_VARKEYWORDS) {
    kwdict = new PyDict();
    fast[total + (varargIndex >= 0 ? 1 : 0)] = kwdict;
  }
  const n = Math.min(npos, argcount);
  for (let i = 0; i < n; i++) fast[i] = args[i];
  if (varargIndex >= 0) {
    fast[varargIndex] = npos > argcount ? newTuple(args.slice(argcount, npos)) : EMPTY_TUPLE;
  }
  // Keyword arguments.
  let posonlyAsKw: string[] | null = null;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const value = args[npos + k];
    let j = -1;
    for (let i = code.posonlyargcount; i < total; i++) {
      if (varnames[i] === name) { j = i; break; }
    }
    if (j < 0) {
      if (kwdict !== null) {
        kwdict.setStr(name, value);
        continue;
      }
      let isPosOnly = false;
      for (let i = 0; i < code.posonlyargcount; i++) if (varnames[i] === name) isPosOnly = true;
      if (isPosOnly) {
        (posonlyAsKw ??= []).push(name);
        continue;
      }
      throw typeError(`${func.qualname}() got an unexpected keyword argument '${name}'`);
    }
    if (fast[j] !== undefined) {
      throw typeError(`${func.qualname}() got multiple values for argument '${name}'`);
    }
    fast[j] = value;
  }
  if (posonlyAsKw !== null) {
    throw typeError(`${func.qualname}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(', ')}'`);
  }
  if (npos > argcount && varargIndex < 0) tooManyPositional(func, code, fast, npos);
  // Defaults for missing positional parameters.
  if (npos < argcount) {
    const defaults = func.defaults === null ? [] : func.defaults.items;
    const m = argcount - defaults.length;
    const missing: string[] = [];
    for (let i = npos; i < m; i++) if (fast[i] === undefined) missing.push(varnames[i]);
    if (missing.length) missingArguments(func, missing, 'positional');
    for (let i = Math.max(m, npos); i < argcount; i++) {
      if (fast[i] === undefined) fast[i] = defaults[i - m];
    }
  }
  // Keyword-only parameters.
  if (kwonly > 0) {
    let missing: string[] | null = null;
    for (let i = argcount; i < total; i++) {
      if (fast[i] !== undefined) continue;
      const name = varnames[i];
      const d = func.kwdefaults === null ? undefined : (func.kwdefaults as PyDict).getStr(name);
      if (d !== undefined) fast[i] = d;
      else (missing ??= []).push(name);
    }
    if (missing !== null) missingArguments(func, missing, 'keyword-only');
  }
}

function tooManyPositional(func: PyFunction, code: PyCode, fast: (PyValue | undefined)[], given: number): never {
  const argcount = code.argcount;
  const ndefaults = func.defaults === null ? 0 : func.defaults.items.length;
  let kwonlyGiven = 0;
  for (let i = argcount; i < argcount + code.kwonlyargcount; i++) if (fast[i] !== undefined) kwonlyGiven++;
  let sig: string;
  if (ndefaults > 0) {
    sig = `from ${argcount - ndefaults} to ${argcount} positional arguments`;
  } else {
    sig = `${argcount} positional argument${argcount === 1 ? '' : 's'}`;
  }
  let kwonlyMsg = '';
  if (kwonlyGiven) {
    kwonlyMsg = ` positional argument${given === 1 ? '' : 's'} (and ${plural(kwonlyGiven, 'keyword-only argument')})`;
  }
  const was = given === 1 && !kwonlyGiven ? 'was' : 'were';
  throw typeError(`${func.qualname}() takes ${sig} but ${given}${kwonlyMsg} ${was} given`);
}

function missingArguments(func: PyFunction, names: string[], kind: string): never {
  const quoted = names.map((n) => `'${n}'`);
  let list: string;
  if (quoted.length === 1) list = quoted[0];
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]}`;
  else list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
  throw typeError(`${func.qualname}() missing ${names.length} required ${kind} argument${names.length === 1 ? '' : 's'}: ${list}`);
}
