// Generators, coroutines and async generators (Objects/genobject.c).
//
// A generator owns a suspended frame.  Resuming it runs the frame with
// run() until YIELD_VALUE (the frame's FF.YIELDED flag) or RETURN_VALUE; each generator
// keeps its own "exception being handled" state, swapped in and out of the
// thread state around each resume, as CPython's gi_exc_state.

import * as A from '../objects/abstract.js';
import {
  PyBaseException, typeError, valueError, runtimeError, newException, stopIteration,
  StopIterationType, GeneratorExitType, StopAsyncIterationType,
} from '../objects/exceptions.js';
import type { PyFunction } from '../objects/function.js';
import { defineGetSets, defineMethods } from '../objects/methods.js';
import { None, PyObject, PyType, makeBuiltinType, typeOf, type PyValue, TF_EXCEPTION } from '../objects/object.js';
import { Op } from '../compiler/opcodes.js';
import { Frame, FF, ts } from './frame.js';
import { run } from './eval.js';

export const GeneratorType = makeBuiltinType('generator', undefined, 0);
export const CoroutineType = makeBuiltinType('coroutine', undefined, 0);
export const AsyncGeneratorType = makeBuiltinType('async_generator', undefined, 0);
export const CoroutineWrapperType = makeBuiltinType('coroutine_wrapper', undefined, 0);
export const AsyncGenASendType = makeBuiltinType('async_generator_asend', undefined, 0);
export const AsyncGenAThrowType = makeBuiltinType('async_generator_athrow', undefined, 0);

const enum Kind { GEN, CORO, ASYNCGEN }

export class PyGenerator extends PyObject {
  frame: Frame | null;
  running: boolean;
  started: boolean;
  name: string;
  qualname: string;
  /** The exception being handled inside the generator (its gi_exc_state). */
  excState: PyValue;
  readonly kind: Kind;
  /** For coroutines: awaited once already (RuntimeError on reuse). */
  constructor(frame: Frame, func: PyFunction, cls: PyType, kind: Kind) {
    super(cls);
    this.frame = frame;
    this.running = false;
    this.started = false;
    this.name = func.name;
    this.qualname = func.qualname;
    this.excState = None;
    this.kind = kind;
    frame.gen = this;
  }

  /** The FastIterator protocol (FOR_ITER): next value, or undefined when done. */
  nextValue(): PyValue | undefined {
    return genNext(this);
  }
}

/** next(g) for FOR_ITER and the FastIterator protocol: the next value, or undefined when done. */
export function genNext(g: PyGenerator): PyValue | undefined {
  if (g.kind !== Kind.GEN) throw typeError(`'${g.cls.name}' object is not an iterator`);
  const v = resumeValue(g, None, undefined);
  return resumeDone ? undefined : v;
}

export function makeGenerator(f: Frame, func: PyFunction): PyValue {
  const flags = func.code.flags;
  if (flags & 0x0200) return new PyGenerator(f, func, AsyncGeneratorType, Kind.ASYNCGEN);
  if (flags & 0x0080) return new PyGenerator(f, func, CoroutineType, Kind.CORO);
  return new PyGenerator(f, func, GeneratorType, Kind.GEN);
}

function kindName(g: PyGenerator): string {
  return g.kind === Kind.GEN ? 'generator' : g.kind === Kind.CORO ? 'coroutine' : 'async generator';
}

/**
 * Resume a generator with a sent value or a thrown exception.  Returns
 * {done: false, value} for a yield, {done: true, value} for a return.
 */
export function resume(g: PyGenerator, v: PyValue, throwIn: PyBaseException | undefined): { done: boolean; value: PyValue } {
  const value = resumeValue(g, v, throwIn);
  return { done: resumeDone, value };
}

/** Whether the last resumeValue() finished the generator (its value is then the return value). */
let resumeDone = false;

/** resume() without the result object: the value, with resumeDone telling yield from return. */
function resumeValue(g: PyGenerator, v: PyValue, throwIn: PyBaseException | undefined): PyValue {
  if (g.running) throw valueError(`${kindName(g)} already executing`);
  const f = g.frame;
  if (f === null) {
    if (throwIn !== undefined) throw throwIn;
    if (g.kind === Kind.CORO) throw runtimeError('cannot reuse already awaited coroutine');
    if (g.kind === Kind.ASYNCGEN) throw newException(StopAsyncIterationType);
    resumeDone = true;
    return None;
  }
  if (!g.started) {
    if (throwIn === undefined && v !== None) {
      throw typeError(`can't send non-None value to a just-started ${kindName(g)}`);
    }
    g.started = true;
  } else if (throwIn === undefined) {
    f.stack[f.sp++] = v;
  }
  const saved = ts.handled;
  ts.handled = g.excState;
  g.running = true;
  let r: PyValue;
  try {
    r = run(f, throwIn);
  } catch (e) {
    g.frame = null;
    g.running = false;
    g.excState = None;
    ts.handled = saved;
    // PEP 479: StopIteration escaping a generator becomes RuntimeError.
    if (e instanceof PyBaseException && e.cls.isSubtype(StopIterationType)) {
      const what = g.kind === Kind.GEN ? 'generator' : g.kind === Kind.CORO ? 'coroutine' : 'async generator';
      const re = runtimeError(`${what} raised StopIteration`);
      re.cause = e;
      re.context = e;
      re.suppressContext = true;
      throw re;
    }
    if (g.kind === Kind.ASYNCGEN && e instanceof PyBaseException && e.cls.isSubtype(StopAsyncIterationType)) {
      const re = runtimeError('async generator raised StopAsyncIteration');
      re.cause = e;
      re.context = e;
      re.suppressContext = true;
      throw re;
    }
    throw e;
  }
  g.running = false;
  g.excState = ts.handled;
  ts.handled = saved;
  if (f.flags & FF.YIELDED) {
    resumeDone = false;
    return r;
  }
  g.frame = null;
  resumeDone = true;
  return r;
}

/** The iterator a generator is delegating to (`yield from`), if suspended in one. */
function delegate(g: PyGenerator): PyValue | undefined {
  const f = g.frame;
  if (f === null || !g.started) return undefined;
  const code = f.code.code;
  const i = f.lasti;
  if (code[i << 1] === Op.YIELD_VALUE && i > 0 && code[(i - 1) << 1] === Op.SEND) return f.stack[f.sp - 1];
  return undefined;
}

/** The jump target of the SEND a suspended generator is in. */
function sendTarget(g: PyGenerator): number {
  const f = g.frame!;
  return f.code.code[((f.lasti - 1) << 1) + 1];
}

/** gen.throw(exc) with delegation to a `yield from` sub-iterator (_gen_throw). */
export function genThrow(g: PyGenerator, exc: PyBaseException): { done: boolean; value: PyValue } {
  const d = delegate(g);
  if (d !== undefined) {
    if (exc.cls === GeneratorExitType) {
      // Close the delegate first, then raise GeneratorExit here.
      g.running = true;
      try { closeIter(d); } catch (e) {
        g.running = false;
        return resume(g, None, e instanceof PyBaseException ? e : undefined);
      }
      g.running = false;
      return resume(g, None, exc);
    }
    let r: { done: boolean; value: PyValue };
    g.running = true;
    try {
      if (d instanceof PyGenerator) r = genThrow(d, exc);
      else {
        const t = A.getAttrOpt(d, 'throw');
        if (t === undefined) { g.running = false; return resume(g, None, exc); }
        try {
          r = { done: false, value: A.call(t, [typeOf(exc), exc, exc.traceback]) };
        } catch (e) {
          if (e instanceof PyBaseException && e.cls.isSubtype(StopIterationType)) r = { done: true, value: stopValue(e) };
          else throw e;
        }
      }
    } catch (e) {
      g.running = false;
      // The delegate raised: continue by raising it in the generator's frame.
      const f = g.frame!;
      f.stack[--f.sp] = undefined; // pop the delegate
      f.pc = sendTarget(g);
      return resume(g, None, e instanceof PyBaseException ? e : undefined);
    }
    g.running = false;
    if (!r.done) return r;
    // The delegate finished: its value is the result of the yield from.
    const f = g.frame!;
    f.stack[f.sp - 1] = r.value;
    f.pc = sendTarget(g);
    return resume(g, None, undefined).done ? { done: true, value: None } : resumeAfterDelegate(g);
  }
  return resume(g, None, exc);
}

function resumeAfterDelegate(g: PyGenerator): { done: boolean; value: PyValue } {
  return { done: g.frame === null, value: None };
}

function closeIter(d: PyValue): void {
  if (d instanceof PyGenerator) { genClose(d); return; }
  const c = A.getAttrOpt(d, 'close');
  if (c !== undefined) A.call(c, []);
}

/** gen.close() (gen_close). */
export function genClose(g: PyGenerator): PyValue {
  if (g.frame === null) return None;
  if (!g.started) { g.frame = null; return None; }
  let r: { done: boolean; value: PyValue };
  try {
    r = genThrow(g, newException(GeneratorExitType));
  } catch (e) {
    if (e instanceof PyBaseException && (e.cls.isSubtype(GeneratorExitType) || e.cls.isSubtype(StopIterationType))) return None;
    throw e;
  }
  if (!r.done) {
    throw runtimeError(g.kind === Kind.ASYNCGEN ? 'async generator ignored GeneratorExit' : `${kindName(g)} ignored GeneratorExit`);
  }
  return None;
}

function stopValue(e: PyBaseException): PyValue {
  return e.args.items.length > 0 ? e.args.items[0] : None;
}

/** The exception for throw(typ[, val[, tb]]) (_gen_throw's argument handling). */
export function throwArgs(typ: PyValue, val: PyValue | undefined, tb: PyValue | undefined): PyBaseException {
  let exc: PyBaseException;
  if (typ instanceof PyType && (typ.flags & TF_EXCEPTION)) {
    if (val === undefined || val === None) exc = A.call(typ, []) as PyBaseException;
    else if (val instanceof PyBaseException && typeOf(val).isSubtype(typ)) exc = val;
    else exc = A.call(typ, [val]) as PyBaseException;
  } else if (typ instanceof PyBaseException) {
    if (val !== undefined && val !== None) throw typeError('instance exception may not have a separate value');
    exc = typ;
  } else {
    throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeOf(typ).name}`);
  }
  if (tb !== undefined && tb !== None) exc.traceback = tb;
  return exc;
}

// ---- yield from / await -------------------------------------------------------------------

export function getYieldFromIter(v: PyValue, inCoroutine: boolean): PyValue {
  if (v instanceof PyGenerator) {
    if (v.kind === Kind.CORO && !inCoroutine) {
      throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
    return v;
  }
  return A.getIter(v);
}

/** SEND: one step of a yield from / await loop. */
export function sendTo(receiver: PyValue, v: PyValue): { done: boolean; value: PyValue } {
  if (receiver instanceof PyGenerator && receiver.kind !== Kind.ASYNCGEN) return resume(receiver, v, undefined);
  try {
    if (v === None) {
      const nx = typeOf(receiver).lookup('__next__');
      if (nx === undefined) throw typeError(`'${typeOf(receiver).name}' object is not an iterator`);
      return { done: false, value: A.callMethod(nx, receiver, []) };
    }
    const s = A.getAttr(receiver, 'send');
    return { done: false, value: A.call(s, [v]) };
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtype(StopIterationType)) return { done: true, value: stopValue(e) };
    throw e;
  }
}


/** GET_AWAITABLE: the iterator to drive for `await v`. */
export function getAwaitable(v: PyValue, where: number): PyValue {
  if (v instanceof PyGenerator && v.kind === Kind.CORO) {
    const d = delegate(v);
    if (d !== undefined && d instanceof PyGenerator && d.kind === Kind.CORO) {
      throw runtimeError('coroutine is being awaited already');
    }
    return v;
  }
  const t = typeOf(v);
  const aw = t.lookup('__await__');
  if (aw === undefined) {
    const what = where === 1 ? "'async with' received an object from __aenter__ that does not implement __await__"
      : where === 2 ? "'async with' received an object from __aexit__ that does not implement __await__"
      : `object ${t.name} can't be used in 'await' expression`;
    throw typeError(what + (where === 1 || where === 2 ? `: ${t.name}` : ''));
  }
  const it = A.callMethod(aw, v, []);
  if (it instanceof PyGenerator && it.kind === Kind.CORO) throw typeError('__await__() returned a coroutine');
  if (typeOf(it).lookup('__next__') === undefined) {
    throw typeError(`__await__() returned non-iterator of type '${typeOf(it).name}'`);
  }
  return it;
}

export function getAIter(v: PyValue): PyValue {
  const t = typeOf(v);
  const f = t.lookup('__aiter__');
  if (f === undefined) throw typeError(`'async for' requires an object with __aiter__ method, got ${t.name}`);
  const it = A.callMethod(f, v, []);
  if (typeOf(it).lookup('__anext__') === undefined) {
    throw typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${typeOf(it).name}`);
  }
  return it;
}

export function getANext(v: PyValue): PyValue {
  const t = typeOf(v);
  const f = t.lookup('__anext__');
  if (f === undefined) throw typeError(`'async for' requires an iterator with __anext__ method, got ${t.name}`);
  const aw = A.callMethod(f, v, []);
  return getAwaitableForANext(aw);
}

function getAwaitableForANext(aw: PyValue): PyValue {
  try {
    return getAwaitable(aw, 0);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.name === 'TypeError') {
      throw typeError(`'async for' received an invalid object from __anext__: ${typeOf(aw).name}`);
    }
    throw e;
  }
}

/** A value yielded by an async generator (as opposed to one its awaits pass through). */
export class AsyncGenWrapped {
  constructor(readonly value: PyValue) {}
}

export function asyncGenWrap(v: PyValue): PyValue {
  return new AsyncGenWrapped(v) as unknown as PyValue;
}

/** The awaitable returned by agen.__anext__() / agen.asend(v) / agen.athrow(...). */
export class PyAsyncGenOp extends PyObject {
  state = 0; // 0 init, 1 iterating, 2 done
  constructor(
    readonly gen: PyGenerator, readonly sendValue: PyValue, readonly throwExc: PyBaseException | null, cls: PyType,
    /** aclose(): GeneratorExit thrown in, the generator must finish (async_gen_athrow with no args). */
    readonly closing = false,
  ) {
    super(cls);
  }

  step(v: PyValue, exc: PyBaseException | undefined): PyValue {
    if (this.state === 2) {
      throw runtimeError(this.throwExc === null ? 'cannot reuse already awaited __anext__()/asend()'
        : 'cannot reuse already awaited aclose()/athrow()');
    }
    let r: { done: boolean; value: PyValue };
    try {
      if (this.state === 0) {
        this.state = 1;
        // athrow()/aclose() of a finished generator: nothing to do (ag_closed).
        if (this.throwExc !== null && this.gen.frame === null) throw stopIteration();
        if (this.throwExc !== null) r = genThrow(this.gen, this.throwExc);
        else r = resume(this.gen, exc === undefined ? (v === None ? this.sendValue : v) : None, exc);
      } else {
        r = exc !== undefined ? genThrow(this.gen, exc) : resume(this.gen, v, undefined);
      }
    } catch (e) {
      this.state = 2;
      // aclose(): the generator ending by GeneratorExit or StopAsyncIteration is success.
      if (this.closing && e instanceof PyBaseException
          && (e.cls.isSubtype(GeneratorExitType) || e.cls.isSubtype(StopAsyncIterationType))) {
        throw stopIteration();
      }
      throw e;
    }
    if (r.done) {
      this.state = 2;
      throw this.closing ? stopIteration() : newException(StopAsyncIterationType);
    }
    if ((r.value as unknown) instanceof AsyncGenWrapped) {
      this.state = 2;
      if (this.closing) throw runtimeError('async generator ignored GeneratorExit');
      throw stopIteration((r.value as unknown as AsyncGenWrapped).value);
    }
    return r.value;
  }
}

// ---- Python-visible methods -------------------------------------------------------------------

function initTypes(): void {
  const genLike = (t: PyType, kind: string) => {
    defineMethods(t, {
      'send($self, value, /)': (self: PyGenerator, v) => {
        const r = resume(self, v, undefined);
        if (r.done) throw r.value === None ? stopIteration() : stopIteration(r.value);
        return r.value;
      },
      'throw($self, typ, val=None, tb=None, /)': (self: PyGenerator, typ, val, tb) => {
        const r = genThrow(self, throwArgs(typ, val, tb));
        if (r.done) throw r.value === None ? stopIteration() : stopIteration(r.value);
        return r.value;
      },
      'close($self, /)': (self: PyGenerator) => genClose(self),
      '__repr__($self, /)': (self: PyGenerator) => `<${kind} object ${self.qualname} at 0x${(A.identityHash(self) * 8 + 0x7f0000000000).toString(16)}>`,
    });
    defineGetSets(t, {
      '__name__': [(self: PyGenerator) => self.name, (self: PyGenerator, v) => { self.name = A.strValue(v!); }],
      '__qualname__': [(self: PyGenerator) => self.qualname, (self: PyGenerator, v) => { self.qualname = A.strValue(v!); }],
    });
  };
  genLike(GeneratorType, 'generator');
  genLike(CoroutineType, 'coroutine');
  defineMethods(GeneratorType, {
    '__iter__($self, /)': (self) => self,
    '__next__($self, /)': (self: PyGenerator) => {
      const r = resume(self, None, undefined);
      if (r.done) throw r.value === None ? stopIteration() : stopIteration(r.value);
      return r.value;
    },
  });
  defineGetSets(GeneratorType, {
    'gi_running': [(self: PyGenerator) => self.running, null],
    'gi_frame': [(self: PyGenerator) => (self.frame === null ? None : framesHook(self.frame)), null],
    'gi_code': [(self: PyGenerator) => (self.frame === null ? None : self.frame.code), null],
    'gi_yieldfrom': [(self: PyGenerator) => delegate(self) ?? None, null],
    'gi_suspended': [(self: PyGenerator) => self.frame !== null && self.started && !self.running, null],
  });
  defineMethods(CoroutineType, {
    '__await__($self, /)': (self: PyGenerator) => new PyCoroWrapper(self),
  });
  defineGetSets(CoroutineType, {
    'cr_running': [(self: PyGenerator) => self.running, null],
    'cr_await': [(self: PyGenerator) => delegate(self) ?? None, null],
    'cr_frame': [(self: PyGenerator) => (self.frame === null ? None : framesHook(self.frame)), null],
    'cr_code': [(self: PyGenerator) => (self.frame === null ? None : self.frame.code), null],
    'cr_suspended': [(self: PyGenerator) => self.frame !== null && self.started && !self.running, null],
  });
  defineMethods(CoroutineWrapperType, {
    '__iter__($self, /)': (self) => self,
    '__next__($self, /)': (self: PyCoroWrapper) => {
      const r = resume(self.coro, None, undefined);
      if (r.done) throw r.value === None ? stopIteration() : stopIteration(r.value);
      return r.value;
    },
    'send($self, value, /)': (self: PyCoroWrapper, v) => {
      const r = resume(self.coro, v, undefined);
      if (r.done) throw r.value === None ? stopIteration() : stopIteration(r.value);
      return r.value;
    },
    'throw($self, typ, val=None, tb=None, /)': (self: PyCoroWrapper, typ, val, tb) => {
      const r = genThrow(self.coro, throwArgs(typ, val, tb));
      if (r.done) throw r.value === None ? stopIteration() : stopIteration(r.value);
      return r.value;
    },
    'close($self, /)': (self: PyCoroWrapper) => genClose(self.coro),
  });
  // Async generators.
  defineMethods(AsyncGeneratorType, {
    '__aiter__($self, /)': (self) => self,
    '__anext__($self, /)': (self: PyGenerator) => new PyAsyncGenOp(self, None, null, AsyncGenASendType),
    'asend($self, value, /)': (self: PyGenerator, v) => new PyAsyncGenOp(self, v, null, AsyncGenASendType),
    'athrow($self, typ, val=None, tb=None, /)': (self: PyGenerator, typ, val, tb) =>
      new PyAsyncGenOp(self, None, throwArgs(typ, val, tb), AsyncGenAThrowType),
    'aclose($self, /)': (self: PyGenerator) => new PyAsyncGenOp(self, None, newException(GeneratorExitType), AsyncGenAThrowType, true),
    '__repr__($self, /)': (self: PyGenerator) => `<async_generator object ${self.qualname} at 0x${(A.identityHash(self) * 8 + 0x7f0000000000).toString(16)}>`,
  });
  defineGetSets(AsyncGeneratorType, {
    '__name__': [(self: PyGenerator) => self.name, null],
    '__qualname__': [(self: PyGenerator) => self.qualname, null],
    'ag_running': [(self: PyGenerator) => self.running, null],
  });
  for (const t of [AsyncGenASendType, AsyncGenAThrowType]) {
    defineMethods(t, {
      '__await__($self, /)': (self) => self,
      '__iter__($self, /)': (self) => self,
      '__next__($self, /)': (self: PyAsyncGenOp) => self.step(None, undefined),
      'send($self, value, /)': (self: PyAsyncGenOp, v) => self.step(v, undefined),
      'throw($self, typ, val=None, tb=None, /)': (self: PyAsyncGenOp, typ, val, tb) => self.step(None, throwArgs(typ, val, tb)),
      'close($self, /)': (self: PyAsyncGenOp) => { self.state = 2; return None; },
    });
  }
}

export class PyCoroWrapper extends PyObject {
  constructor(readonly coro: PyGenerator) { super(CoroutineWrapperType); }
}

let framesHook: (f: Frame) => PyValue = () => None;
export function setFrameObjectHook(f: (fr: Frame) => PyValue): void { framesHook = f; }

initTypes();

// Exception groups (except*) live with the exception types.
export { exceptionGroupSplit, prepReraiseStar } from '../objects/exceptiongroup.js';
void [StopAsyncIterationType];

// iter(gen) is gen: getIter skips the __iter__ lookup.
GeneratorType.iterFn = A.selfIter;
