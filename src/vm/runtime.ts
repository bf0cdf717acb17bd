// The VM's helpers for instructions whose semantics are too big to inline
// in eval.ts: unpacking, calls with */** arguments, raising, exception
// matching, with-statements, pattern matching, f-string formatting, and the
// hooks to the import system and generators.

import * as A from '../objects/abstract.js';
import {
  PyBaseException, typeError, valueError, newException, BaseExceptionType, KeyboardInterruptType,
  StopIterationType, BaseExceptionGroupType, NameErrorType,
} from '../objects/exceptions.js';
import { PyDict, DictType } from '../objects/dict.js';
import { PyList, ListType } from '../objects/list.js';
import { PyTuple, newTuple, TupleType } from '../objects/tuple.js';
import { None, PyObject, PyType, typeOf, type PyValue, TF_EXCEPTION, StrType, IntType, BoolType } from '../objects/object.js';
import { BytesType, ByteArrayType } from '../objects/bytes.js';
import { FloatType } from '../objects/float.js';
import type { PyCode } from '../compiler/code.js';
import { CO_COROUTINE, CO_ITERABLE_COROUTINE } from '../compiler/code.js';
import type { PyFunction } from '../objects/function.js';
import { ts, type Frame } from './frame.js';
import { newSlice as makeSlice } from '../objects/slice.js';
import { newSetFrom, setAddItem, setUpdateFrom, SetType, FrozenSetType } from '../objects/set.js';
import * as G from './generator.js';
import { EnumerateType, ZipType, PyEnumerate, PyZip } from '../objects/iterators.js';
import { DictItemIteratorType, DictIterator } from '../objects/dict_methods.js';
import * as I from './import.js';
import { formatBuiltin } from '../objects/format.js';

// ---- names ------------------------------------------------------------------------

/** A mapping's item for a str key, or undefined (for LOAD_NAME on non-dict locals). */
export function mappingGet(m: PyValue, key: string): PyValue | undefined {
  if (m instanceof PyDict && m.cls === DictType) return m.getStr(key);
  try {
    return A.getItem(m, key);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.name === 'KeyError') return undefined;
    throw e;
  }
}

/** A builtin by name: builtins is normally a dict, but can be any mapping (or a module). */
export function builtinLookup(b: PyDict, name: string): PyValue | undefined {
  return b.getStr(name);
}

export function setNameErrorName(e: PyBaseException, name: string): void {
  A.setAttr(e, 'name', name);
}

// ---- objects --------------------------------------------------------------------------

export function newSlice(start: PyValue, stop: PyValue, step: PyValue): PyValue {
  return makeSlice(start, stop, step);
}

export function newSet(items: PyValue[]): PyValue {
  return newSetFrom(items);
}

export function setAdd(s: PyValue, v: PyValue): void {
  setAddItem(s, v);
}

export function setUpdate(s: PyValue, it: PyValue): void {
  setUpdateFrom(s, it);
}

export function listExtend(l: PyList, it: PyValue): void {
  if (typeof it === 'object' && (it.cls === ListType || it.cls === TupleType)) {
    const src = (it as PyList).items;
    for (let i = 0; i < src.length; i++) l.items.push(src[i]);
    return;
  }
  const iter = iterOrError(it, (t) => `Value after * must be an iterable, not ${t}`);
  for (;;) {
    const x = A.iterNext(iter);
    if (x === undefined) return;
    l.items.push(x);
  }
}

function iterOrError(it: PyValue, msg: (t: string) => string): PyValue {
  const t = typeOf(it);
  if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) throw typeError(msg(t.name));
  return A.getIter(it);
}

/** {**m} and dict displays. */
export function dictUpdate(d: PyDict, m: PyValue): void {
  if (m instanceof PyDict) {
    for (const [k, v] of m.entries()) d.set(k, v);
    return;
  }
  const keys = A.getAttrOpt(m, 'keys');
  if (keys === undefined) throw typeError(`'${typeOf(m).name}' object is not a mapping`);
  for (const k of A.toArray(A.call(keys, []))) d.set(k, A.getItem(m, k));
}

/** f(**m): like dictUpdate, with CPython's messages for bad mappings and repeated keywords. */
export function dictMerge(d: PyDict, m: PyValue, func: PyValue): void {
  const fname = funcName(func);
  let keys: PyValue[];
  let get: (k: PyValue) => PyValue;
  if (m instanceof PyDict) {
    keys = m.keyList();
    get = (k) => m.get(k)!;
  } else {
    const kf = A.getAttrOpt(m, 'keys');
    if (kf === undefined) throw typeError(`${fname} argument after ** must be a mapping, not ${typeOf(m).name}`);
    keys = A.toArray(A.call(kf, []));
    get = (k) => A.getItem(m, k);
  }
  // (Non-str keys are rejected by the call itself: callEx.)
  for (const k of keys) {
    if (d.has(k)) throw typeError(`${fname} got multiple values for keyword argument '${A.strValue(k)}'`);
    d.set(k, get(k));
  }
}

/** How CPython names a callable in call errors (_PyObject_FunctionStr). */
export function funcName(f: PyValue): string {
  if (typeof f === 'object') {
    const q = A.getAttrOpt(f, '__qualname__');
    if (typeof q === 'string') {
      const mod = A.getAttrOpt(f, '__module__');
      if (typeof mod === 'string' && mod !== 'builtins') return `${mod}.${q}()`;
      return `${q}()`;
    }
  }
  return `${typeOf(f).name} object`;
}

// ---- unpacking -----------------------------------------------------------------------

export function unpackError(got: number, expected: number): never {
  if (got < expected) throw valueError(`not enough values to unpack (expected ${expected}, got ${got})`);
  throw valueError(`too many values to unpack (expected ${expected})`);
}

export function unpackIterable(seq: PyValue, n: number): PyValue[] {
  const t = typeOf(seq);
  if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
    throw typeError(`cannot unpack non-iterable ${t.name} object`);
  }
  const it = A.getIter(seq);
  const out: PyValue[] = [];
  for (;;) {
    const x = A.iterNext(it);
    if (x === undefined) break;
    if (out.length === n) throw valueError(`too many values to unpack (expected ${n})`);
    out.push(x);
  }
  if (out.length < n) unpackError(out.length, n);
  return out;
}

/** a, *b, c = seq: returns the items in order, the starred part as a list. */
export function unpackEx(seq: PyValue, before: number, after: number): PyValue[] {
  const t = typeOf(seq);
  if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
    throw typeError(`cannot unpack non-iterable ${t.name} object`);
  }
  const all = A.toArray(seq);
  if (all.length < before + after) {
    throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${all.length})`);
  }
  return [...all.slice(0, before), new PyList(all.slice(before, all.length - after)), ...all.slice(all.length - after)];
}

// ---- calls ------------------------------------------------------------------------------

export function kwnamesOf(t: PyTuple): string[] {
  return t.items as string[];
}

/** f(*args, **kwargs) (CALL_FUNCTION_EX). */
export function callEx(f: PyValue, posargs: PyValue, kw: PyValue | undefined): PyValue {
  let args: PyValue[];
  if (typeof posargs === 'object' && (posargs.cls === TupleType || posargs.cls === ListType)) args = (posargs as PyTuple).items.slice();
  else {
    const t = typeOf(posargs);
    if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
      throw typeError(`${funcName(f)} argument after * must be an iterable, not ${t.name}`);
    }
    args = A.toArray(posargs);
  }
  if (kw === undefined) return A.call(f, args, null);
  const d = kw as PyDict;
  if (d.size === 0) return A.call(f, args, null);
  const names: string[] = [];
  for (const [k, v] of d.entries()) {
    // _PyStack_UnpackDict / PyArg_ValidateKeywordArguments: the callee's check, without its name.
    if (typeof k !== 'string' && !(typeof k === 'object' && k.cls.isSubtype(StrType))) throw typeError('keywords must be strings');
    names.push(A.strValue(k));
    args.push(v);
  }
  return A.call(f, args, names);
}

export function hasDocstring(code: PyCode): boolean {
  // The compiler puts a function's docstring first in co_consts and marks
  // it by the name of the first instruction's constant... CPython uses
  // co_consts[0] only when the function has a docstring; our compiler
  // follows the same convention (see compiler/compile.ts).
  return (code as unknown as { hasDoc?: boolean }).hasDoc !== false;
}

export function setupAnnotations(locals: PyValue): void {
  if (locals instanceof PyDict) {
    if (locals.getStr('__annotations__') === undefined) locals.setStr('__annotations__', new PyDict());
    return;
  }
  if (mappingGet(locals, '__annotations__') === undefined) A.setItem(locals, '__annotations__', new PyDict());
}

// ---- identity ------------------------------------------------------------------------------

/** `a is b`: identity, where equal ints/strs/bools are the same object (as CPython's caches make them in practice). */
export function isSame(a: PyValue, b: PyValue): boolean {
  return a === b;
}

// ---- iteration ----------------------------------------------------------------------------

export function iterNextFast(it: PyValue): PyValue | undefined {
  return A.iterNext(it);
}

/**
 * FOR_ITER directly followed by UNPACK_SEQUENCE 2, over an exact enumerate, dict items iterator
 * or zip of two: the pair's items go on the stack (second at stack[sp], first above it) without
 * making the tuple, which nothing else could see.  Returns 1 when pushed, 0 when exhausted, and
 * -1 when this iterator has no such path (the caller then takes the generic one).
 */
export function forIterPair(it: PyObject, stack: (PyValue | undefined)[], sp: number): number {
  const ct = it.cls;
  if (ct === EnumerateType) {
    const e = it as PyEnumerate;
    const x = A.iterNext(e.it);
    if (x === undefined) return 0;
    stack[sp] = x;
    stack[sp + 1] = e.bump();
    return 1;
  }
  if (ct === DictItemIteratorType) {
    const di = it as DictIterator;
    const d = di.d;
    if (d === null) return 0;
    const i = di.advance(d);
    if (i < 0) return 0;
    stack[sp] = d.vals[i];
    stack[sp + 1] = d.keys[i];
    return 1;
  }
  if (ct === ZipType) {
    const z = it as PyZip;
    const its = z.its;
    if (its === null) return 0;
    if (its.length !== 2) return -1;
    const a = A.iterNext(its[0]);
    if (a === undefined) {
      z.its = null;
      if (z.strict) z.strictCheck(its, 0);
      return 0;
    }
    const b = A.iterNext(its[1]);
    if (b === undefined) {
      z.its = null;
      if (z.strict) z.strictCheck(its, 1);
      return 0;
    }
    stack[sp] = b;
    stack[sp + 1] = a;
    return 1;
  }
  return -1;
}

// ---- exceptions ----------------------------------------------------------------------------

/** A re-raise (bare raise, RERAISE): thrown through the loop to keep the existing traceback. */
export class ReRaise {
  constructor(readonly exc: PyBaseException) {}
  static wrap(e: PyBaseException): ReRaise {
    return new ReRaise(e);
  }
}

/** The interrupt raised when the interrupt flag is set (KeyboardInterrupt). */
export class Interrupt {}

export let debugInternalErrors = typeof process !== 'undefined' && !!(globalThis as any).process?.env?.KRAIT_DEBUG;
export function reportInternal(e: Error): void {
  // eslint-disable-next-line no-console
  console.error(e.stack);
}

/** Poll point: the interrupt flag was set. */
export function handleInterrupt(): void {
  const reason = ts.interrupt || (ts.interruptBuffer !== null ? ts.interruptBuffer[0] : 0);
  ts.interrupt = 0;
  if (ts.interruptBuffer !== null) ts.interruptBuffer[0] = 0;
  if (reason !== 0) throw interruptHook(reason);
}

let interruptHook: (reason: number) => unknown = () => newException(KeyboardInterruptType);
/** Embedders decide what an interrupt reason raises (KeyboardInterrupt for Ctrl-C, a timeout error for limits). */
export function setInterruptHook(f: (reason: number) => unknown): void { interruptHook = f; }

/** Set __context__ of a newly raised exception to the one being handled (_PyErr_SetObject). */
export function chainContext(exc: PyBaseException): void {
  const handled = ts.handled;
  if (handled === None || handled === exc) return;
  // Avoid cycles: cut the chain where exc already appears.
  let o: PyValue = handled;
  while (o instanceof PyBaseException) {
    const c: PyValue = o.context;
    if (c === exc) { o.context = None; break; }
    o = c;
  }
  exc.context = handled;
}

/** The exception a `raise` statement raises (do_raise). */
export function makeRaise(exc: PyValue, cause: PyValue | undefined): PyBaseException {
  let value: PyBaseException;
  if (exc instanceof PyType && (exc.flags & TF_EXCEPTION)) {
    const v = A.call(exc, []);
    if (!(v instanceof PyBaseException)) {
      throw typeError(`calling ${A.repr(exc)} should have returned an instance of BaseException, not ${typeOf(v).name}`);
    }
    value = v;
  } else if (exc instanceof PyBaseException) {
    value = exc;
  } else {
    throw typeError('exceptions must derive from BaseException');
  }
  if (cause !== undefined) {
    let c: PyValue;
    if (cause instanceof PyType && (cause.flags & TF_EXCEPTION)) c = A.call(cause, []);
    else if (cause instanceof PyBaseException || cause === None) c = cause;
    else throw typeError('exception causes must derive from BaseException');
    value.cause = c;
    value.suppressContext = true;
  }
  return value;
}

/** except T: (CHECK_EXC_MATCH). */
export function exceptionMatches(exc: PyValue, type: PyValue): boolean {
  checkExceptType(type);
  const et = typeOf(exc);
  if (type instanceof PyTuple) return type.items.some((t) => et.isSubtype(t as PyType));
  return et.isSubtype(type as PyType);
}

function checkExceptType(type: PyValue): void {
  const ok = (t: PyValue) => t instanceof PyType && (t.flags & TF_EXCEPTION) !== 0;
  if (type instanceof PyTuple) {
    for (const t of type.items) if (!ok(t)) throw typeError('catching classes that do not inherit from BaseException is not allowed');
  } else if (!ok(type)) throw typeError('catching classes that do not inherit from BaseException is not allowed');
}

/** except* T: split an exception (group) into (rest, match). */
export function egMatch(eg: PyValue, type: PyValue): [PyValue, PyValue] {
  checkExceptType(type);
  if (type instanceof PyType && type.isSubtype(BaseExceptionGroupType)) {
    throw typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
  return G.exceptionGroupSplit(eg, type);
}

export function prepReraiseStar(orig: PyValue, excs: PyValue): PyValue {
  return G.prepReraiseStar(orig, excs);
}

// ---- with -----------------------------------------------------------------------------------

/** BEFORE_WITH / BEFORE_ASYNC_WITH: (bound __exit__, result of __enter__). */
export function beforeWith(mgr: PyValue, isAsync: boolean): [PyValue, PyValue] {
  const t = typeOf(mgr);
  const enterName = isAsync ? '__aenter__' : '__enter__';
  const exitName = isAsync ? '__aexit__' : '__exit__';
  const enter = t.lookup(enterName);
  if (enter === undefined) {
    throw typeError(isAsync
      ? `'${t.name}' object does not support the asynchronous context manager protocol`
      : `'${t.name}' object does not support the context manager protocol`);
  }
  const exit = t.lookup(exitName);
  if (exit === undefined) {
    throw typeError(isAsync
      ? `'${t.name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`
      : `'${t.name}' object does not support the context manager protocol (missed __exit__ method)`);
  }
  const boundExit = A.bindDescriptor(exit, mgr, t);
  const res = A.callMethod(enter, mgr, []);
  return [boundExit, res];
}

// ---- generators and coroutines ------------------------------------------------------------------

export function makeGenerator(f: Frame, func: PyFunction): PyValue {
  return G.makeGenerator(f, func);
}

export function getYieldFromIter(v: PyValue, code: PyCode): PyValue {
  return G.getYieldFromIter(v, (code.flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE)) !== 0);
}

export function send(receiver: PyValue, v: PyValue): { done: boolean; value: PyValue } {
  return G.sendTo(receiver, v);
}

export function getAwaitable(v: PyValue, where: number): PyValue {
  return G.getAwaitable(v, where);
}

export function getAIter(v: PyValue): PyValue {
  return G.getAIter(v);
}

export function getANext(v: PyValue): PyValue {
  return G.getANext(v);
}

export function asyncGenWrap(v: PyValue): PyValue {
  return G.asyncGenWrap(v);
}

// ---- imports ------------------------------------------------------------------------------------

export function importName(name: string, globals: PyDict, locals: PyValue, fromlist: PyValue, level: PyValue): PyValue {
  return I.importName(name, globals, locals, fromlist, level);
}

export function importFrom(module: PyValue, name: string): PyValue {
  return I.importFrom(module, name);
}

export function importStar(module: PyValue, locals: PyValue): void {
  I.importStar(module, locals);
}

// ---- f-strings ------------------------------------------------------------------------------------

/** FORMAT_VALUE: conversion 0 none, 1 str, 2 repr, 3 ascii; then format(value, spec). */
export function formatValue(v: PyValue, conv: number, spec: PyValue | undefined): PyValue {
  if (conv === 1) v = A.str(v);
  else if (conv === 2) v = A.repr(v);
  else if (conv === 3) v = asciiHook(A.repr(v));
  if (spec === undefined || spec === '') {
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  }
  return formatBuiltin(v, spec === undefined ? '' : spec);
}

let asciiHook: (s: string) => string = (s) => s;
export function setAsciiHook(f: (s: string) => string): void { asciiHook = f; }

// ---- pattern matching --------------------------------------------------------------------------------

/** MATCH_KEYS: a tuple of the subject's values for keys, or None if one is missing. */
export function matchKeys(subject: PyValue, keys: PyValue): PyValue {
  const ks = (keys as PyTuple).items;
  if (ks.length === 0) return newTuple([]);
  const get = A.getAttr(subject, 'get');
  const dummy = new PyObject(typeOf(None)); // a unique marker object
  const out: PyValue[] = [];
  const seen: PyValue[] = [];
  for (const k of ks) {
    if (seen.some((s) => A.eqValue(s, k))) throw valueError(`mapping pattern checks duplicate key (${A.repr(k)})`);
    seen.push(k);
    const v = A.call(get, [k, dummy]);
    if (v === dummy) return None;
    out.push(v);
  }
  return newTuple(out);
}

/** MATCH_CLASS: positional and keyword sub-subjects, or None. */
export function matchClass(subject: PyValue, cls: PyValue, npos: number, kwnames: PyTuple): PyValue {
  if (!(cls instanceof PyType)) throw typeError('called match pattern must be a type');
  if (!typeOf(subject).isSubtype(cls)) return None;
  const out: PyValue[] = [];
  const seen: string[] = [];
  if (npos > 0) {
    const ma = A.getAttrOpt(cls, '__match_args__');
    let names: PyValue[];
    if (ma === undefined) {
      if (matchSelf(cls)) {
        if (npos > 1) throw typeError(`${cls.name}() accepts 1 positional sub-pattern (${npos} given)`);
        out.push(subject);
        names = [];
      } else {
        throw typeError(`${cls.name}() accepts 0 positional sub-patterns (${npos} given)`);
      }
    } else {
      if (!(ma instanceof PyTuple)) throw typeError(`${cls.name}.__match_args__ must be a tuple (got ${typeOf(ma).name})`);
      names = ma.items;
      if (npos > names.length) {
        throw typeError(`${cls.name}() accepts ${names.length} positional sub-pattern${names.length === 1 ? '' : 's'} (${npos} given)`);
      }
    }
    for (let i = 0; i < npos && out.length < npos; i++) {
      const n = names[i];
      if (typeof n !== 'string') throw typeError(`__match_args__ elements must be strings (got ${typeOf(n).name})`);
      if (seen.includes(n)) throw typeError(`${cls.name}() got multiple sub-patterns for attribute '${n}'`);
      seen.push(n);
      const v = A.getAttrOpt(subject, n);
      if (v === undefined) return None;
      out.push(v);
    }
  }
  for (const n of kwnames.items as string[]) {
    if (seen.includes(n)) throw typeError(`${cls.name}() got multiple sub-patterns for attribute '${n}'`);
    seen.push(n);
    const v = A.getAttrOpt(subject, n);
    if (v === undefined) return None;
    out.push(v);
  }
  return newTuple(out);
}

// The builtin types whose instances match a single positional sub-pattern
// as themselves (CPython's _Py_TPFLAGS_MATCH_SELF); built on first use so
// the type objects exist whatever the module evaluation order.
let matchSelfTypes: PyType[] | null = null;
function matchSelf(cls: PyType): boolean {
  if (matchSelfTypes === null) {
    matchSelfTypes = [BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType,
      SetType, StrType, TupleType];
  }
  for (const t of matchSelfTypes) if (cls.isSubtype(t)) return true;
  return false;
}

export function copyDictWithoutKeys(subject: PyValue, keys: PyTuple): PyValue {
  const d = new PyDict();
  dictUpdate(d, subject);
  for (const k of keys.items) d.delete(k);
  return d;
}

// ---- interactive -------------------------------------------------------------------------------------

let displayHookFn: (v: PyValue) => void = () => {};
export function setDisplayHook(f: (v: PyValue) => void): void { displayHookFn = f; }
export function displayHook(v: PyValue): void {
  displayHookFn(v);
}

void [BaseExceptionType, StopIterationType, NameErrorType, PyObject];
