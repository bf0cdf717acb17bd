// The interpreter loop (Python/ceval.c's _PyEval_EvalFrameDefault).
//
// run(frame) executes frames until `frame` returns (or yields).  A call of a
// Python function pushes the callee's frame and continues in this same loop;
// its return pops back to the caller: no JavaScript recursion for
// Python-to-Python calls.  Builtins that call back into Python (sorted's key,
// __eq__ from dict lookups, __init__ from a class call) re-enter run() for
// the callee; those nested entries are bounded by the same recursion limit,
// and a JS stack overflow there becomes RecursionError.
//
// Dispatch is one switch on the numeric opcode; each case handles the common
// case inline and calls the helper that states the full semantics
// (objects/abstract.ts, vm/*.ts) for everything else.

import { Op, NB_INPLACE } from '../compiler/opcodes.js';
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, type PyCode } from '../compiler/code.js';
import * as A from '../objects/abstract.js';
import { PyBaseException, typeError, nameError, systemError, recursionError, runtimeError, newException,
  UnboundLocalErrorType, NameErrorType, AssertionErrorType, BaseExceptionType, KeyboardInterruptType,
  StopIterationType, MemoryErrorType } from '../objects/exceptions.js';
import { PyCell, PyFunction, PyMethod, FunctionType, MethodType } from '../objects/function.js';
import { PyList, ListType } from '../objects/list.js';
import { PyTuple, newTuple, EMPTY_TUPLE, TupleType } from '../objects/tuple.js';
import { PyDict, DictType } from '../objects/dict.js';
import { PyFloat, FloatType, newFloat } from '../objects/float.js';
import { addAttrValue, None, PyObject, PyType, Shape, TypeType, typeOf, type PyValue, Ellipsis, NotImplemented, TF_EXCEPTION, TF_HEAPTYPE } from '../objects/object.js';
import { OBJECT_NEW, objectNew, refreshCallCache, typeCall } from '../objects/typeobject.js';
import { PyMethodDescriptor, PyBuiltinFunction, BuiltinFunctionType, MethodDescriptorType, WrapperDescriptorType } from '../objects/methods.js';
import { ListIterator, ListIteratorType } from '../objects/list_methods.js';
import { RangeIterator, RangeIteratorType } from '../objects/range.js';
import { TupleIterator, TupleIteratorType } from '../objects/tuple_methods.js';
import { EnumerateType, ZipType } from '../objects/iterators.js';
import { DictIterator, DictItemIteratorType, DictKeyIteratorType, DictValueIteratorType } from '../objects/dict_methods.js';
import { StrIterator, StrIteratorType, StrAsciiIteratorType } from '../objects/str.js';
import { Frame, FF, ts } from './frame.js';
import { makeFrame, makeFrameSimple, initCells } from './call.js';
import * as R from './runtime.js';
import { PyTraceback } from './traceback.js';
import { AttrCache, GlobalCache, IC, loadAttrMiss, loadGlobalMiss, loadMethodMiss, storeAttrMiss } from './ic.js';
import { GeneratorType, genNext, type PyGenerator } from './generator.js';
import { PySet, SetType, FrozenSetType } from '../objects/set.js';
import { setHas } from '../objects/set_methods.js';
import { strItem } from '../objects/str_core.js';
import { floatOp } from '../objects/number.js';

const EMPTY_ARGS: PyValue[] = [];

/**
 * a OP b where one operand is a boxed exact float (float.ts) and the other
 * a float or an int that is a JS number, or undefined (then the helper decides).
 */
function boxedFloatArith(op: number, a: PyValue, b: PyValue): PyValue | undefined {
  // A JS number is an int or a raw float: either way its value as a double.
  const x = typeof a === 'number' ? a : typeof a === 'object' && a.cls === FloatType ? (a as PyFloat).value : undefined;
  const y = typeof b === 'number' ? b : typeof b === 'object' && b.cls === FloatType ? (b as PyFloat).value : undefined;
  return x !== undefined && y !== undefined ? floatOp(op, x, y) : undefined;
}

/**
 * Every RENEW_PERIOD back-edges, a loop saves its frame, copies the frame's
 * registers and returns REENTER to run(), which calls loop() again on the
 * innermost frame.  Two reasons, both about V8:
 * - A long-running frame's registers array (fast locals + value stack) would
 *   be promoted to the old generation after two scavenges, and from then on
 *   every store of a new object into it (each push of a fresh float or
 *   tuple) takes the write barrier's slow path (RecordWrite, which adds the
 *   slot to the old-to-new remembered set): 15% of nbody's time.  The copy
 *   is young.
 * - A long-running activation of loop() only ever runs optimized code
 *   through on-stack replacement, while nested activations (generator
 *   resumes, calls from builtins) need loop()'s regular optimized code,
 *   which V8 only makes after enough ticks in unoptimized activations, and
 *   a function this large needs many: the generators benchmark ran 3.5 s
 *   instead of 2.4 s in about one run out of three, its generator resumes
 *   left in baseline code for the whole run.  Re-entering through a call
 *   lets the main activation use (and trigger) the regular code too.
 */
const RENEW_PERIOD = 2048;
const REENTER = { reenter: true } as unknown as PyValue;
let backedges = 0;

/**
 * A loop back-edge to `target`: polls the interrupt flag (before the jump,
 * so a KeyboardInterrupt's traceback names the back-edge's line) and counts;
 * true when loop() is to return REENTER, the frame saved at the target.
 */
function backEdge(f: Frame, sp: number, target: number): boolean {
  if (ts.interrupt !== 0 || (ts.interruptBuffer !== null && ts.interruptBuffer[0] !== 0)) R.handleInterrupt();
  if (++backedges < RENEW_PERIOD) return false;
  backedges = 0;
  renewRegisters(f);
  f.sp = sp;
  f.pc = target;
  return true;
}

function renewRegisters(f: Frame): void {
  const regs = f.stack.slice();
  f.stack = regs;
  ts.renewFrameSlot();
}

/**
 * The value an attribute cache entry of a holder kind gives for `obj`, or
 * undefined when it no longer holds: IC.MODULE (`module.name`, the entry of
 * the module's dict while its keys are unchanged) and IC.TYPE_ATTR
 * (`Class.name`, while the class's version holds).
 */
function holderAttr(c: AttrCache, obj: PyValue): PyValue | undefined {
  if (c.kind === IC.MODULE) return c.value === obj && c.dict!.version === c.dversion ? c.dict!.vals[c.index] : undefined;
  return c.owner === obj && (obj as PyType).version === c.dversion ? c.value : undefined;
}

/**
 * stack[base .. base+n) as a new array (call arguments, BUILD_* items).  An
 * inline copy: Array.prototype.slice is a builtin call with its own checks,
 * about 25% slower for the few items a call passes.
 */
function copyItems(stack: (PyValue | undefined)[], base: number, n: number): PyValue[] {
  const a: PyValue[] = new Array(n);
  for (let i = 0; i < n; i++) a[i] = stack[base + i]!;
  return a;
}

/** copyItems, clearing the slots it took. */
function takeItems(stack: (PyValue | undefined)[], base: number, n: number): PyValue[] {
  const a: PyValue[] = new Array(n);
  for (let i = 0; i < n; i++) {
    a[i] = stack[base + i]!;
    stack[base + i] = undefined;
  }
  return a;
}

/**
 * A call leaving the stack: clear its slots from `bottom` (the callable, self,
 * arguments) and save the frame's stack depth and position, as anything the
 * call runs may read them (tracebacks, f_lineno, a nested frame's f_back).
 * Returns the new stack pointer.
 */
function popCall(f: Frame, stack: (PyValue | undefined)[], bottom: number, sp: number, pc: number): number {
  for (let i = bottom; i < sp; i++) stack[i] = undefined;
  f.sp = bottom;
  f.pc = pc;
  f.lasti = pc - 1;
  return bottom;
}

/** Scratch pair for LOAD_METHOD's slow path (no allocation per call). */
const methodOut: PyValue[] = [0, 0];

/**
 * Run a frame to completion (or to its next yield); returns the value.
 * `throwIn`: an exception to raise in the frame at its current instruction
 * (generator.throw()).
 */
export function run(frame: Frame, throwIn?: PyBaseException): PyValue {
  frame.flags |= FF.ENTRY;
  frame.back = ts.frame;
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    throw recursionError('maximum recursion depth exceeded');
  }
  ts.frame = frame;
  // No try/finally here (it costs on every generator resume and every call
  // from a builtin): loop() restores ts.depth and ts.frame itself on each of
  // its exits (return, yield, exception).
  let r = loop(frame, throwIn);
  // loop() returns REENTER now and then from a back-edge, with the innermost
  // frame saved: resume it with a fresh call (see RENEW_PERIOD).
  while (r === REENTER) r = loop(ts.frame!, undefined);
  return r;
}

/** Call a Python function from JS (the FunctionCaller registered with abstract.ts). */
export function callFunction(func: PyFunction, args: PyValue[], kwnames: string[] | null): PyValue {
  const code = func.code;
  const f = kwnames === null ? makeFrameSimple(func, args, 0, args.length) : makeFrame(func, args, kwnames);
  if (code.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) return R.makeGenerator(f, func);
  return run(f);
}

/** Run unoptimized code (module body, exec, class body) with the given namespaces. */
export function runCode(code: PyCode, globals: PyDict, locals: PyValue, builtins: PyDict, func: PyFunction | null = null): PyValue {
  const f = new Frame(code, func, globals, builtins, locals);
  initCells(f, func, code);
  return run(f);
}

const enum K { NULL = 0 }

function loop(entry: Frame, throwIn: PyBaseException | undefined): PyValue {
  let f = entry;
  let code = f.code;
  // The code's inline caches (allocated by quicken(), so never null here).
  let ic = code.ic!;
  let ins = code.code;
  let consts = code.consts;
  let names = code.names;
  // The fast locals and the value stack share one array (Frame.stack):
  // one variable for both keeps the loop's register pressure down.
  let stack = f.stack;
  let sp = f.sp;
  let pc = f.pc;

  for (;;) {
    // What was raised: set by `break raised` (a Python-level raise inside this
    // loop) or by the catch (anything thrown by a helper).  A raise does not
    // use a JS throw because V8 computes the source location of every throw
    // from the thrower's code position, and the position table of this
    // function's optimized code is long: each throw from here cost ~6 µs.
    let err: unknown;
    raised: try {
      if (throwIn !== undefined) {
        err = throwIn;
        throwIn = undefined;
        break raised;
      }
      for (;;) {
        const op = ins[pc << 1];
        const arg = ins[(pc << 1) + 1];
        pc++;
        switch (op) {
          case Op.NOP:
            break;
          case Op.POP_TOP:
            stack[--sp] = undefined;
            break;
          case Op.COPY:
            stack[sp] = stack[sp - arg];
            sp++;
            break;
          case Op.SWAP: {
            const t = stack[sp - 1];
            stack[sp - 1] = stack[sp - arg];
            stack[sp - arg] = t;
            break;
          }
          case Op.LOAD_CONST:
            stack[sp++] = consts[arg];
            break;
          case Op.LOAD_FAST: {
            const v = stack[arg];
            if (v === undefined) throw unboundLocal(code.varnames[arg]);
            stack[sp++] = v;
            break;
          }
          case Op.STORE_FAST:
            stack[arg] = stack[--sp];
            stack[sp] = undefined;
            break;

          // ---- superinstructions (vm/quicken.ts): this one and the next ----
          case Op.LOAD_FAST__LOAD_FAST: {
            const v = stack[arg];
            if (v === undefined) throw unboundLocal(code.varnames[arg]);
            stack[sp++] = v;
            const a2 = ins[(pc << 1) + 1];
            pc++;
            const w = stack[a2];
            if (w === undefined) throw unboundLocal(code.varnames[a2]);
            stack[sp++] = w;
            break;
          }
          case Op.LOAD_FAST__LOAD_CONST: {
            const v = stack[arg];
            if (v === undefined) throw unboundLocal(code.varnames[arg]);
            stack[sp++] = v;
            stack[sp++] = consts[ins[(pc << 1) + 1]];
            pc++;
            break;
          }
          case Op.STORE_FAST__LOAD_FAST: {
            stack[arg] = stack[--sp];
            const a2 = ins[(pc << 1) + 1];
            pc++;
            const w = stack[a2];
            if (w === undefined) throw unboundLocal(code.varnames[a2]);
            stack[sp++] = w;
            break;
          }
          case Op.LOAD_FAST__LOAD_ATTR: {
            const obj = stack[arg];
            if (obj === undefined) throw unboundLocal(code.varnames[arg]);
            const a2 = ins[(pc << 1) + 1];
            pc++;
            if (typeof obj === 'object') {
              const a = obj.attrs;
              const shape = a === null ? null : a.shape;
              let c = ic[pc - 1] as AttrCache | null | undefined;
              for (; c != null; c = c.next) {
                if (c.type === obj.cls && c.shape === shape && c.version === c.type.version) break;
              }
              if (c != null) {
                if (c.kind === IC.INSTANCE) { stack[sp++] = a!.values[c.index]; break; }
                if (c.kind === IC.CLASS_VALUE) { stack[sp++] = c.value!; break; }
                const v = holderAttr(c, obj);
                if (v !== undefined) { stack[sp++] = v; break; }
              }
            }
            stack[sp++] = loadAttrMiss(code, pc - 1, obj, names[a2]);
            break;
          }
          case Op.COMPARE_OP__POP_JUMP_IF_FALSE:
          case Op.COMPARE_OP__POP_JUMP_IF_TRUE: {
            const b = stack[--sp]!;
            const a = stack[--sp]!;
            const target = ins[(pc << 1) + 1];
            pc++;
            let r: boolean;
            if (typeof a === 'number' && typeof b === 'number') {
              switch (arg) {
                case 0: r = a < b; break;
                case 1: r = a <= b; break;
                case 2: r = a === b; break;
                case 3: r = a !== b; break;
                case 4: r = a > b; break;
                default: r = a >= b;
              }
            } else if (typeof a === 'string' && typeof b === 'string') {
              r = arg === 2 ? a === b : arg === 3 ? a !== b : A.strCompareOp(a, b, arg);
            } else {
              const v = A.richCompare(a, b, arg);
              r = v === true || (v !== false && A.isTrue(v));
            }
            if (r === (op === Op.COMPARE_OP__POP_JUMP_IF_TRUE)) pc = target;
            break;
          }
          case Op.DELETE_FAST:
            if (stack[arg] === undefined) throw unboundLocal(code.varnames[arg]);
            stack[arg] = undefined;
            break;
          case Op.LOAD_DEREF: {
            const v = f.cells[arg].value;
            if (v === undefined) throw unboundDeref(code, arg);
            stack[sp++] = v;
            break;
          }
          case Op.LOAD_CLASSDEREF: {
            const name = derefName(code, arg);
            let v = R.mappingGet(f.locals!, name);
            if (v === undefined) {
              v = f.cells[arg].value;
              if (v === undefined) throw unboundDeref(code, arg);
            }
            stack[sp++] = v;
            break;
          }
          case Op.STORE_DEREF:
            f.cells[arg].value = stack[--sp];
            stack[sp] = undefined;
            break;
          case Op.DELETE_DEREF:
            if (f.cells[arg].value === undefined) throw unboundDeref(code, arg);
            f.cells[arg].value = undefined;
            break;
          case Op.LOAD_CLOSURE:
            stack[sp++] = f.cells[arg];
            break;
          case Op.LOAD_NAME: {
            const name = names[arg];
            const loc = f.locals!;
            let v = loc instanceof PyDict && loc.cls === DictType ? loc.getStr(name) : R.mappingGet(loc, name);
            if (v === undefined) v = f.globals.getStr(name);
            if (v === undefined) v = R.builtinLookup(f.builtins, name);
            if (v === undefined) throw notDefined(name);
            stack[sp++] = v;
            break;
          }
          case Op.STORE_NAME: {
            const v = stack[--sp]!;
            stack[sp] = undefined;
            const loc = f.locals!;
            if (loc instanceof PyDict && loc.cls === DictType) loc.setStr(names[arg], v);
            else A.setItem(loc, names[arg], v);
            break;
          }
          case Op.DELETE_NAME: {
            const loc = f.locals!;
            const name = names[arg];
            if (loc instanceof PyDict && loc.cls === DictType) {
              if (loc.delete(name) === undefined) throw notDefined(name);
            } else {
              try { A.setItem(loc, name, undefined); } catch (e) {
                if (e instanceof PyBaseException && e.cls.name === 'KeyError') throw notDefined(name);
                throw e;
              }
            }
            break;
          }
          case Op.LOAD_GLOBAL: {
            {
              const c = ic[pc - 1] as GlobalCache | undefined;
              if (c !== undefined && c.globals === f.globals && c.gversion === c.globals.version &&
                  (c.dict === c.globals || c.bversion === c.builtins.version)) {
                stack[sp++] = c.dict.vals[c.index]!;
                break;
              }
            }
            const v = loadGlobalMiss(code, pc - 1, f.globals, f.builtins, names[arg]);
            if (v === undefined) throw notDefined(names[arg]);
            stack[sp++] = v;
            break;
          }
          case Op.STORE_GLOBAL:
            f.globals.setStr(names[arg], stack[--sp]!);
            stack[sp] = undefined;
            break;
          case Op.DELETE_GLOBAL:
            if (f.globals.delete(names[arg]) === undefined) throw notDefined(names[arg]);
            break;
          case Op.LOAD_ATTR: {
            const obj = stack[sp - 1]!;
            if (typeof obj === 'object') {
              const a = obj.attrs;
              const shape = a === null ? null : a.shape;
              let c = ic[pc - 1] as AttrCache | null | undefined;
              for (; c != null; c = c.next) {
                if (c.type === obj.cls && c.shape === shape && c.version === c.type.version) break;
              }
              if (c != null) {
                if (c.kind === IC.INSTANCE) { stack[sp - 1] = a!.values[c.index]; break; }
                if (c.kind === IC.CLASS_VALUE) { stack[sp - 1] = c.value!; break; }
                const v = holderAttr(c, obj);
                if (v !== undefined) { stack[sp - 1] = v; break; }
              }
            }
            stack[sp - 1] = loadAttrMiss(code, pc - 1, obj, names[arg]);
            break;
          }
          case Op.STORE_ATTR: {
            const obj = stack[--sp]!;
            const v = stack[--sp]!;
            stack[sp] = stack[sp + 1] = undefined;
            if (typeof obj === 'object' && obj.attrs !== null) {
              const a = obj.attrs;
              let c = ic[pc - 1] as AttrCache | null | undefined;
              for (; c != null; c = c.next) {
                if (c.type === obj.cls && c.shape === a.shape && c.version === c.type.version) break;
              }
              if (c != null) {
                if (c.kind === IC.STORE_SLOT) a.values[c.index] = v;
                else { addAttrValue(obj.cls, a, c.index, v); a.shape = c.newShape; }
                break;
              }
            }
            storeAttrMiss(code, pc - 1, obj, names[arg], v);
            break;
          }
          case Op.DELETE_ATTR: {
            const obj = stack[--sp]!;
            stack[sp] = undefined;
            A.setAttr(obj, names[arg], undefined);
            break;
          }
          case Op.LOAD_METHOD: {
            const obj = stack[sp - 1]!;
            {
              let t: PyType, shape: Shape | null;
              if (typeof obj === 'object') { t = obj.cls; shape = obj.attrs === null ? null : obj.attrs.shape; }
              else { t = typeOf(obj); shape = null; }
              let c = ic[pc - 1] as AttrCache | null | undefined;
              for (; c != null; c = c.next) {
                if (c.type === t && c.shape === shape && c.version === t.version) break;
              }
              if (c != null) {
                if (c.kind === IC.METHOD) {
                  stack[sp - 1] = c.value!;
                  stack[sp++] = obj;
                  break;
                }
                // `module.function(...)` or `Class.function(...)`: no self.
                const v = holderAttr(c, obj);
                if (v !== undefined) {
                  stack[sp - 1] = undefined;
                  stack[sp++] = v;
                  break;
                }
              }
            }
            loadMethodMiss(code, pc - 1, obj, names[arg], methodOut);
            stack[sp - 1] = methodOut[0];
            stack[sp++] = methodOut[1];
            break;
          }

          case Op.BINARY_SUBSCR: {
            const key = stack[--sp]!;
            stack[sp] = undefined;
            const obj = stack[sp - 1]!;
            if (typeof obj === 'string' && typeof key === 'number' && Number.isInteger(key)) {
              stack[sp - 1] = strItem(obj, key);
              break;
            }
            if (typeof key === 'number' && typeof obj === 'object' && (obj.cls === ListType || obj.cls === TupleType)) {
              const items = (obj as PyList).items;
              const i = key < 0 ? key + items.length : key;
              if (i >= 0 && i < items.length) {
                // A raw float key (float.ts) finds no item: then the helper raises.
                const v = items[i];
                if (v !== undefined) { stack[sp - 1] = v; break; }
              }
            }
            stack[sp - 1] = A.getItem(obj, key);
            break;
          }
          case Op.STORE_SUBSCR: {
            const key = stack[--sp]!;
            const obj = stack[--sp]!;
            const v = stack[--sp]!;
            stack[sp] = stack[sp + 1] = stack[sp + 2] = undefined;
            A.setItem(obj, key, v);
            break;
          }
          case Op.DELETE_SUBSCR: {
            const key = stack[--sp]!;
            const obj = stack[--sp]!;
            stack[sp] = stack[sp + 1] = undefined;
            A.setItem(obj, key, undefined);
            break;
          }
          case Op.BUILD_SLICE: {
            const step = arg === 3 ? stack[--sp]! : None;
            const stop = stack[--sp]!;
            const start = stack[--sp]!;
            stack[sp++] = R.newSlice(start, stop, step);
            break;
          }
          case Op.UNARY_POSITIVE:
            stack[sp - 1] = A.positive(stack[sp - 1]!);
            break;
          case Op.UNARY_NEGATIVE:
            stack[sp - 1] = A.negative(stack[sp - 1]!);
            break;
          case Op.UNARY_NOT:
            stack[sp - 1] = !A.isTrue(stack[sp - 1]!);
            break;
          case Op.UNARY_INVERT:
            stack[sp - 1] = A.invert(stack[sp - 1]!);
            break;
          case Op.LOAD_FAST__BINARY_OP:
          case Op.LOAD_CONST__BINARY_OP:
          case Op.BINARY_OP: {
            let b: PyValue;
            let bop = arg;
            if (op === Op.BINARY_OP) {
              b = stack[--sp]!;
              stack[sp] = undefined;
            } else {
              // The right operand straight from the local or constant; then
              // this is the BINARY_OP (pc - 1 names it in a traceback).
              if (op === Op.LOAD_FAST__BINARY_OP) {
                const v = stack[arg];
                if (v === undefined) throw unboundLocal(code.varnames[arg]);
                b = v;
              } else b = consts[arg];
              bop = ins[(pc << 1) + 1];
              pc++;
            }
            const a = stack[sp - 1]!;
            if (typeof a === 'number' && typeof b === 'number') {
              // Ints and raw floats (float.ts): the commonest operators inline,
              // everything else (and int overflow) through the helper.
              // The int and the float operations are separate JS operations, so
              // that V8's feedback keeps the int ones on small integers.
              const o = bop >= NB_INPLACE ? bop - NB_INPLACE : bop;
              if (Number.isInteger(a) && Number.isInteger(b)) {
                if (o === 0) { const r = a + b; if (Number.isSafeInteger(r)) { stack[sp - 1] = r; break; } }
                else if (o === 10) { const r = a - b; if (Number.isSafeInteger(r)) { stack[sp - 1] = r; break; } }
                else if (o === 5) { const r = a * b; if (Number.isSafeInteger(r)) { stack[sp - 1] = r === 0 ? 0 : r; break; } }
                else if ((o === 1 || o === 7 || o === 12) && (a | 0) === a && (b | 0) === b) {
                  // &, |, ^ of int32 values: JS's are Python's (two's complement).
                  stack[sp - 1] = o === 1 ? a & b : o === 7 ? a | b : a ^ b;
                  break;
                }
              } else {
                // number.ts floatOp's + - * / with float.ts newFloat's boxing, spelled out
                // so the hot path has no call; a NaN result goes to the helper (boxed there).
                let r: number;
                if (o === 0) r = a + b;
                else if (o === 10) r = a - b;
                else if (o === 5) r = a * b;
                else if (o === 11 && b !== 0) r = a / b;
                else r = NaN; // the helper decides
                if (r === r) { stack[sp - 1] = Number.isInteger(r) ? new PyFloat(r) : r; break; }
              }
            } else if ((typeof a === 'object' && a.cls === FloatType) || (typeof b === 'object' && b.cls === FloatType)) {
              const r = boxedFloatArith(bop >= NB_INPLACE ? bop - NB_INPLACE : bop, a, b);
              if (r !== undefined) { stack[sp - 1] = r; break; }
            } else if (typeof a === 'string' && typeof b === 'string' && (bop === 0 || bop === NB_INPLACE)) {
              stack[sp - 1] = a + b;
              break;
            }
            stack[sp - 1] = A.binaryOp(bop, a, b);
            break;
          }
          case Op.COMPARE_OP: {
            const b = stack[--sp]!;
            stack[sp] = undefined;
            const a = stack[sp - 1]!;
            if (typeof a === 'number' && typeof b === 'number') {
              switch (arg) {
                case 0: stack[sp - 1] = a < b; break;
                case 1: stack[sp - 1] = a <= b; break;
                case 2: stack[sp - 1] = a === b; break;
                case 3: stack[sp - 1] = a !== b; break;
                case 4: stack[sp - 1] = a > b; break;
                default: stack[sp - 1] = a >= b;
              }
              break;
            }
            if (typeof a === 'string' && typeof b === 'string') {
              stack[sp - 1] = arg === 2 ? a === b : arg === 3 ? a !== b : A.strCompareOp(a, b, arg);
              break;
            }
            stack[sp - 1] = A.richCompare(a, b, arg);
            break;
          }
          case Op.IS_OP: {
            const b = stack[--sp]!;
            stack[sp] = undefined;
            stack[sp - 1] = R.isSame(stack[sp - 1]!, b) !== (arg === 1);
            break;
          }
          case Op.CONTAINS_OP: {
            const container = stack[--sp]!;
            stack[sp] = undefined;
            const r = typeof container === 'object' && (container.cls === SetType || container.cls === FrozenSetType)
              ? setHas(container as PySet, stack[sp - 1]!) : A.contains(container, stack[sp - 1]!);
            stack[sp - 1] = r !== (arg === 1);
            break;
          }

          case Op.JUMP_FORWARD:
            pc = arg;
            break;
          case Op.JUMP_BACKWARD:
            if (backEdge(f, sp, arg)) return REENTER;
            pc = arg;
            break;
          case Op.POP_JUMP_IF_FALSE: {
            const v = stack[--sp]!;
            stack[sp] = undefined;
            if (v === false || (v !== true && !A.isTrue(v))) pc = arg;
            break;
          }
          case Op.POP_JUMP_IF_TRUE: {
            const v = stack[--sp]!;
            stack[sp] = undefined;
            if (v === true || (v !== false && A.isTrue(v))) pc = arg;
            break;
          }
          case Op.POP_JUMP_IF_NONE: {
            const v = stack[--sp]!;
            stack[sp] = undefined;
            if (v === None) pc = arg;
            break;
          }
          case Op.POP_JUMP_IF_NOT_NONE: {
            const v = stack[--sp]!;
            stack[sp] = undefined;
            if (v !== None) pc = arg;
            break;
          }
          case Op.JUMP_IF_FALSE_OR_POP:
            if (!A.isTrue(stack[sp - 1]!)) pc = arg;
            else stack[--sp] = undefined;
            break;
          case Op.JUMP_IF_TRUE_OR_POP:
            if (A.isTrue(stack[sp - 1]!)) pc = arg;
            else stack[--sp] = undefined;
            break;

          case Op.GET_ITER:
            stack[sp - 1] = A.getIter(stack[sp - 1]!);
            break;
          case Op.JUMP_BACKWARD__FOR_ITER:
          case Op.FOR_ITER: {
            let exit = arg;
            if (op !== Op.FOR_ITER) {
              // The back-edge (as JUMP_BACKWARD), then the FOR_ITER it jumps to.
              if (backEdge(f, sp, arg)) return REENTER;
              pc = arg;
              exit = ins[(pc << 1) + 1];
              pc++;
            }
            // The commonest iterators are read inline (their types cannot be subclassed or have
            // __class__ assigned, so the type proves the JS class); the rest go through iterNext.
            const it = stack[sp - 1]!;
            let v: PyValue | undefined;
            const ct = typeof it === 'object' ? it.cls : null;
            if (ct === ListIteratorType) {
              const li = it as ListIterator;
              const l = li.list;
              if (l !== null) {
                const i = li.index;
                if (i < l.items.length) {
                  li.index = i + 1;
                  stack[sp++] = l.items[i];
                  break;
                }
                li.list = null;
              }
              v = undefined;
            } else if (ct === RangeIteratorType) {
              const ri = it as RangeIterator;
              if (ri.remaining > 0) {
                const x = ri.cur;
                ri.cur = x + ri.step;
                ri.remaining--;
                stack[sp++] = x;
                break;
              }
              v = undefined;
            } else if (ct === TupleIteratorType) {
              const ti = it as TupleIterator;
              const items = ti.items;
              if (items !== null) {
                const i = ti.index;
                if (i < items.length) {
                  ti.index = i + 1;
                  stack[sp++] = items[i];
                  break;
                }
                ti.items = null;
              }
              v = undefined;
            } else if (ct === StrAsciiIteratorType) {
              const si = it as StrIterator;
              const str = si.s, i = si.pos;
              if (i < str.length) {
                si.pos = i + 1;
                stack[sp++] = str[i];
                break;
              }
              v = si.nextValue();
            } else if (ct === StrIteratorType) {
              v = (it as StrIterator).nextValue();
            } else if (ct === DictKeyIteratorType || ct === DictValueIteratorType) {
              v = (it as DictIterator).nextValue();
            } else if (ct === GeneratorType) {
              v = genNext(it as PyGenerator);
            } else if ((ct === EnumerateType || ct === DictItemIteratorType || ct === ZipType)
                && ins[pc << 1] === Op.UNPACK_SEQUENCE && ins[(pc << 1) + 1] === 2) {
              // `for a, b in enumerate(...)/d.items()/zip(x, y)`: no tuple between the two.
              const r = R.forIterPair(it as PyObject, stack, sp);
              if (r > 0) {
                sp += 2;
                pc++;
                break;
              }
              v = r === 0 ? undefined : R.iterNextFast(it);
            } else v = R.iterNextFast(it);
            if (v === undefined) {
              stack[--sp] = undefined;
              pc = exit;
            } else stack[sp++] = v;
            break;
          }

          case Op.BUILD_TUPLE: {
            if (arg === 0) { stack[sp++] = EMPTY_TUPLE; break; }
            const items = takeItems(stack, sp - arg, arg);
            sp -= arg;
            stack[sp++] = new PyTuple(items);
            break;
          }
          case Op.BUILD_LIST: {
            const items = takeItems(stack, sp - arg, arg);
            sp -= arg;
            stack[sp++] = new PyList(items);
            break;
          }
          case Op.BUILD_SET: {
            const items = takeItems(stack, sp - arg, arg);
            sp -= arg;
            stack[sp++] = R.newSet(items);
            break;
          }
          case Op.BUILD_MAP: {
            const d = new PyDict();
            const base = sp - 2 * arg;
            for (let i = 0; i < arg; i++) d.set(stack[base + 2 * i]!, stack[base + 2 * i + 1]!);
            for (let i = base; i < sp; i++) stack[i] = undefined;
            sp = base;
            stack[sp++] = d;
            break;
          }
          case Op.BUILD_CONST_KEY_MAP: {
            const keys = (stack[--sp] as PyTuple).items;
            const d = new PyDict();
            const base = sp - arg;
            for (let i = 0; i < arg; i++) d.set(keys[i], stack[base + i]!);
            for (let i = base; i <= sp; i++) stack[i] = undefined;
            sp = base;
            stack[sp++] = d;
            break;
          }
          case Op.BUILD_STRING: {
            let s = '';
            for (let i = sp - arg; i < sp; i++) { s += stack[i] as string; stack[i] = undefined; }
            sp -= arg;
            stack[sp++] = s;
            break;
          }
          case Op.LIST_APPEND: {
            const v = stack[--sp]!;
            stack[sp] = undefined;
            (stack[sp - arg] as PyList).items.push(v);
            break;
          }
          case Op.SET_ADD: {
            const v = stack[--sp]!;
            stack[sp] = undefined;
            R.setAdd(stack[sp - arg]!, v);
            break;
          }
          case Op.MAP_ADD: {
            const v = stack[--sp]!;
            const k = stack[--sp]!;
            stack[sp] = stack[sp + 1] = undefined;
            (stack[sp - arg] as PyDict).set(k, v);
            break;
          }
          case Op.LIST_EXTEND: {
            const it = stack[--sp]!;
            stack[sp] = undefined;
            R.listExtend(stack[sp - arg] as PyList, it);
            break;
          }
          case Op.SET_UPDATE: {
            const it = stack[--sp]!;
            stack[sp] = undefined;
            R.setUpdate(stack[sp - arg]!, it);
            break;
          }
          case Op.DICT_UPDATE: {
            const m = stack[--sp]!;
            stack[sp] = undefined;
            R.dictUpdate(stack[sp - arg] as PyDict, m);
            break;
          }
          case Op.DICT_MERGE: {
            const m = stack[--sp]!;
            stack[sp] = undefined;
            R.dictMerge(stack[sp - arg] as PyDict, m, stack[sp - arg - 2]!);
            break;
          }
          case Op.LIST_TO_TUPLE:
            stack[sp - 1] = newTuple((stack[sp - 1] as PyList).items);
            break;
          case Op.UNPACK_SEQUENCE: {
            const seq = stack[--sp]!;
            stack[sp] = undefined;
            let items: PyValue[];
            if (typeof seq === 'object' && (seq.cls === TupleType || seq.cls === ListType)) {
              items = (seq as PyTuple).items;
              if (items.length !== arg) R.unpackError(items.length, arg);
            } else items = R.unpackIterable(seq, arg);
            for (let i = arg - 1; i >= 0; i--) stack[sp++] = items[i];
            break;
          }
          case Op.UNPACK_EX: {
            const seq = stack[--sp]!;
            stack[sp] = undefined;
            const out = R.unpackEx(seq, arg & 0xff, arg >> 8);
            for (let i = out.length - 1; i >= 0; i--) stack[sp++] = out[i];
            break;
          }
          case Op.FORMAT_VALUE: {
            const spec = (arg & 4) ? stack[--sp]! : undefined;
            if (spec !== undefined) stack[sp] = undefined;
            stack[sp - 1] = R.formatValue(stack[sp - 1]!, arg & 3, spec);
            break;
          }

          case Op.CALL:
          case Op.CALL_KW:
          case Op.CALL_METHOD:
          case Op.CALL_METHOD_KW: {
            if (ts.interrupt !== 0 || (ts.interruptBuffer !== null && ts.interruptBuffer[0] !== 0)) R.handleInterrupt();
            let kwnames: string[] | null = null;
            let n = arg;
            if (op === Op.CALL_KW || op === Op.CALL_METHOD_KW) {
              kwnames = R.kwnamesOf(stack[--sp] as PyTuple);
              stack[sp] = undefined;
            }
            let base = sp - n; // first argument
            let callable: PyValue;
            let bottom: number; // where the result goes
            if (op === Op.CALL_METHOD || op === Op.CALL_METHOD_KW) {
              const meth = stack[base - 2];
              bottom = base - 2;
              // What LOAD_METHOD found is told apart by its Python type: one
              // load, where a failing instanceof walks the whole prototype chain.
              const mc = meth === undefined ? null : (meth as PyObject).cls;
              if (mc === null) {
                callable = stack[base - 1]!;
              } else if (mc === FunctionType) {
                callable = meth!;
                base -= 1; // self becomes the first argument
                n += 1;
              } else if (mc === MethodDescriptorType || mc === WrapperDescriptorType) {
                const md = meth as PyMethodDescriptor;
                // A builtin method found by LOAD_METHOD on self's type: call it directly.
                const self = stack[base - 1]!;
                const impl = md.direct;
                if (impl !== null && kwnames === null && n <= 2 && n >= md.directMin && n <= md.directMax) {
                  // Plain positional parameters: no argument array.
                  const x = stack[base]!, y = stack[base + 1]!;
                  sp = popCall(f, stack, bottom, sp, pc);
                  stack[sp++] = n === 1 ? impl(self, x) : n === 0 ? impl(self) : impl(self, x, y);
                  break;
                }
                const args = copyItems(stack, base, sp - base);
                sp = popCall(f, stack, bottom, sp, pc);
                stack[sp++] = md.fn(self, args, kwnames);
                break;
              } else {
                callable = meth!;
                base -= 1; // self becomes the first argument
                n += 1;
              }
            } else {
              callable = stack[base - 1]!;
              bottom = base - 1;
            }
            // A Python function: push its frame and continue here.
            let func: PyFunction | null = null;
            let initSelf: PyValue | undefined;
            let extraDepth = 0;
            const cc = typeof callable === 'object' ? callable.cls : null;
            if (cc === FunctionType) func = callable as PyFunction;
            else if (cc === TypeType) {
              // A class with a Python __init__ and object's __new__: make the
              // instance here and run __init__ as an ordinary frame (no
              // nested run()), returning the instance (type_call's common case).
              const cls = callable as PyType;
              const c1 = cls.call1;
              if (c1 !== null && n === 1 && kwnames === null) {
                // int(x), float(x), str(x), range(n): the builtin type's one-argument call.
                const x = stack[base]!;
                sp = popCall(f, stack, bottom, sp, pc);
                stack[sp++] = c1(x);
                break;
              }
              if (cls.callVersion !== cls.version) refreshCallCache(cls);
              const init = cls.callInit;
              if (init instanceof PyFunction && cls.callNew === OBJECT_NEW && cls !== TypeType &&
                  (init.code.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) === 0) {
                initSelf = objectNew(cls, EMPTY_ARGS, null);
                func = init;
                stack[base - 1] = initSelf;
                base -= 1;
                n += 1;
              }
            }
            else if (cc === MethodType && (callable as PyMethod).func instanceof PyFunction) {
              func = (callable as PyMethod).func as PyFunction;
              // Insert self before the arguments: reuse the callable's slot.
              stack[base - 1] = (callable as PyMethod).self;
              base -= 1;
              n += 1;
            } else if (cc !== null && (cc.flags & TF_HEAPTYPE) !== 0) {
              // An instance of a class with a Python __call__: the callable is self.
              const t = cc;
              if (t.callVersion !== t.version) refreshCallCache(t);
              if (t.callCall instanceof PyFunction) {
                func = t.callCall;
                base -= 1;
                n += 1;
                extraDepth = 1;
              }
            }
            if (func !== null && (func.code.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) === 0) {
              const nf = kwnames === null ? makeFrameSimple(func, stack as PyValue[], base, n)
                : makeFrame(func, copyItems(stack, base, n), kwnames);
              sp = popCall(f, stack, bottom, sp, pc);
              if (extraDepth !== 0) {
                if (++ts.depth > ts.recursionLimit) {
                  ts.depth--;
                  throw recursionError('maximum recursion depth exceeded while calling a Python object');
                }
                nf.flags |= FF.EXTRA_DEPTH;
              }
              if (++ts.depth > ts.recursionLimit) {
                ts.depth -= 1 + extraDepth;
                throw recursionError('maximum recursion depth exceeded');
              }
              nf.back = f;
              nf.initSelf = initSelf;
              f = nf;
              ts.frame = f;
              code = f.code; ins = code.code; consts = code.consts; names = code.names; ic = code.ic!;
              stack = f.stack; sp = f.sp; pc = 0;
              break;
            }
            if (func === null && kwnames === null && n <= 2 && cc === BuiltinFunctionType) {
              const bf = callable as PyBuiltinFunction;
              const impl = bf.direct;
              if (impl !== null && n >= bf.directMin && n <= bf.directMax) {
                // A builtin taking plain positional arguments: called with them as they are.
                const x = stack[base]!, y = stack[base + 1]!;
                sp = popCall(f, stack, bottom, sp, pc);
                stack[sp++] = n === 1 ? impl(x) : n === 2 ? impl(x, y) : impl();
                break;
              }
            }
            const args = copyItems(stack, base, n);
            sp = popCall(f, stack, bottom, sp, pc);
            // A class whose metatype is `type` (range(n), enumerate(x), a class with __new__):
            // type.__call__ itself, which nothing can override.
            stack[sp++] = func !== null ? callFunction(func, args, kwnames)
              : cc === TypeType ? typeCall(callable as PyType, args, kwnames)
              : A.call(callable, args, kwnames);
            break;
          }
          case Op.CALL_FUNCTION_EX: {
            const kw = (arg & 1) ? stack[--sp]! : undefined;
            const posargs = stack[--sp]!;
            const callable = stack[--sp]!;
            stack[sp] = stack[sp + 1] = stack[sp + 2] = undefined;
            f.sp = sp;
            f.pc = pc;
            f.lasti = pc - 1;
            stack[sp++] = R.callEx(callable, posargs, kw);
            break;
          }
          case Op.MAKE_FUNCTION: {
            const fcode = stack[--sp] as PyCode;
            const closure = (arg & 8) ? (stack[--sp] as PyTuple).items as PyCell[] : null;
            const annotations = (arg & 4) ? stack[--sp]! : null;
            const kwdefaults = (arg & 2) ? stack[--sp]! : null;
            const defaults = (arg & 1) ? stack[--sp] as PyTuple : null;
            const fn = new PyFunction(fcode, f.globals, f.builtins, fcode.qualname);
            fn.closure = closure;
            fn.defaults = defaults;
            fn.kwdefaults = kwdefaults;
            fn.annotations = annotations;
            fn.doc = fcode.consts.length > 0 && typeof fcode.consts[0] === 'string' && R.hasDocstring(fcode) ? fcode.consts[0] : None;
            const mod = f.globals.getStr('__name__');
            fn.module = mod === undefined ? None : mod;
            for (let i = sp; i < sp + 5; i++) stack[i] = undefined;
            stack[sp++] = fn;
            break;
          }
          case Op.RETURN_VALUE: {
            const v = stack[--sp]!;
            stack[sp] = undefined;
            if (f.flags & FF.ENTRY) {
              f.sp = sp;
              f.pc = pc;
              f.lasti = pc - 1;
              f.flags &= ~FF.YIELDED;
              ts.depth--;
              ts.frame = f.back;
              return v;
            }
            ts.depth -= 1 + ((f.flags & FF.EXTRA_DEPTH) >> 2);
            const initSelf = f.initSelf;
            f = f.back!;
            ts.frame = f;
            code = f.code; ins = code.code; consts = code.consts; names = code.names; ic = code.ic!;
            stack = f.stack; sp = f.sp; pc = f.pc;
            if (initSelf !== undefined) {
              if (v !== None) throw typeError(`__init__() should return None, not '${typeOf(v).name}'`);
              stack[sp++] = initSelf;
            } else stack[sp++] = v;
            break;
          }

          case Op.LOAD_BUILD_CLASS: {
            const bc = R.builtinLookup(f.builtins, '__build_class__');
            if (bc === undefined) throw newException(NameErrorType, '__build_class__ not found');
            stack[sp++] = bc;
            break;
          }
          case Op.SETUP_ANNOTATIONS:
            R.setupAnnotations(f.locals!);
            break;
          case Op.IMPORT_NAME: {
            const fromlist = stack[--sp]!;
            const level = stack[--sp]!;
            stack[sp] = stack[sp + 1] = undefined;
            f.sp = sp;
            stack[sp++] = R.importName(names[arg], f.globals, f.locals ?? None, fromlist, level);
            break;
          }
          case Op.IMPORT_FROM:
            stack[sp] = R.importFrom(stack[sp - 1]!, names[arg]);
            sp++;
            break;
          case Op.IMPORT_STAR: {
            const m = stack[--sp]!;
            stack[sp] = undefined;
            R.importStar(m, f.locals!);
            break;
          }

          case Op.RAISE_VARARGS: {
            if (arg === 0) {
              const h = ts.handled;
              err = h === None ? runtimeError('No active exception to reraise') : R.ReRaise.wrap(h as PyBaseException);
              break raised;
            }
            const cause = arg === 2 ? stack[--sp]! : undefined;
            const exc = stack[--sp]!;
            err = R.makeRaise(exc, cause);
            break raised;
          }
          case Op.RERAISE: {
            const exc = stack[--sp]!;
            // RERAISE 1 restores the line of the original raise for f_lineno
            // (frame->prev_instr); the handler is still looked up by the
            // instruction actually executing.
            if (arg) f.lasti = stack[sp - arg] as number;
            else f.lasti = pc - 1;
            err = R.ReRaise.wrap(exc as PyBaseException);
            break raised;
          }
          case Op.PUSH_EXC_INFO: {
            const exc = stack[sp - 1]!;
            stack[sp - 1] = ts.handled;
            stack[sp++] = exc;
            ts.handled = exc;
            break;
          }
          case Op.POP_EXCEPT:
            ts.handled = stack[--sp]!;
            stack[sp] = undefined;
            break;
          case Op.CHECK_EXC_MATCH: {
            const type = stack[--sp]!;
            stack[sp] = undefined;
            const m = R.exceptionMatches(stack[sp - 1]!, type);
            stack[sp++] = m;
            break;
          }
          case Op.CHECK_EG_MATCH: {
            const type = stack[--sp]!;
            const eg = stack[--sp]!;
            const [rest, match] = R.egMatch(eg, type);
            stack[sp++] = rest;
            stack[sp++] = match;
            break;
          }
          case Op.PREP_RERAISE_STAR: {
            const excs = stack[--sp]!;
            const orig = stack[--sp]!;
            stack[sp] = stack[sp + 1] = undefined;
            stack[sp++] = R.prepReraiseStar(orig, excs);
            break;
          }
          case Op.LOAD_ASSERTION_ERROR:
            stack[sp++] = AssertionErrorType;
            break;
          case Op.BEFORE_WITH: {
            const mgr = stack[--sp]!;
            const [exit, res] = R.beforeWith(mgr, false);
            stack[sp++] = exit;
            stack[sp++] = res;
            break;
          }
          case Op.BEFORE_ASYNC_WITH: {
            const mgr = stack[--sp]!;
            const [exit, res] = R.beforeWith(mgr, true);
            stack[sp++] = exit;
            stack[sp++] = res;
            break;
          }
          case Op.WITH_EXCEPT_START: {
            // stack: exit, lasti, prev_exc, exc
            const exc = stack[sp - 1]!;
            const exit = stack[sp - 4]!;
            stack[sp++] = A.call(exit, [typeOf(exc), exc, (exc as PyBaseException).traceback ?? None]);
            break;
          }

          case Op.YIELD_VALUE: {
            const v = stack[--sp]!;
            stack[sp] = undefined;
            f.sp = sp;
            f.pc = pc;
            f.lasti = pc - 1;
            f.flags |= FF.YIELDED;
            ts.depth--;
            ts.frame = f.back;
            return v;
          }
          case Op.GET_YIELD_FROM_ITER:
            stack[sp - 1] = R.getYieldFromIter(stack[sp - 1]!, code);
            break;
          case Op.SEND: {
            const v = stack[--sp]!;
            stack[sp] = undefined;
            const receiver = stack[sp - 1]!;
            const r = R.send(receiver, v);
            if (r.done) {
              stack[sp - 1] = r.value;
              pc = arg;
            } else stack[sp++] = r.value;
            break;
          }
          case Op.GET_AWAITABLE:
            stack[sp - 1] = R.getAwaitable(stack[sp - 1]!, arg);
            break;
          case Op.GET_AITER:
            stack[sp - 1] = R.getAIter(stack[sp - 1]!);
            break;
          case Op.GET_ANEXT:
            stack[sp] = R.getANext(stack[sp - 1]!);
            sp++;
            break;
          case Op.END_ASYNC_FOR: {
            const exc = stack[--sp]!;
            stack[sp] = undefined;
            stack[--sp] = undefined;
            if (!(exc instanceof PyBaseException && exc.cls.name === 'StopAsyncIteration')) throw R.ReRaise.wrap(exc as PyBaseException);
            break;
          }
          case Op.ASYNC_GEN_WRAP:
            stack[sp - 1] = R.asyncGenWrap(stack[sp - 1]!);
            break;

          case Op.GET_LEN:
            stack[sp] = A.len(stack[sp - 1]!);
            sp++;
            break;
          case Op.MATCH_MAPPING:
            stack[sp] = (typeOf(stack[sp - 1]!).flags & (1 << 5)) !== 0;
            sp++;
            break;
          case Op.MATCH_SEQUENCE:
            stack[sp] = (typeOf(stack[sp - 1]!).flags & (1 << 4)) !== 0;
            sp++;
            break;
          case Op.MATCH_KEYS:
            stack[sp] = R.matchKeys(stack[sp - 2]!, stack[sp - 1]!);
            sp++;
            break;
          case Op.MATCH_CLASS: {
            const kwn = stack[--sp]!;
            const cls = stack[--sp]!;
            const subject = stack[--sp]!;
            stack[sp] = stack[sp + 1] = stack[sp + 2] = undefined;
            stack[sp++] = R.matchClass(subject, cls, arg, kwn as PyTuple);
            break;
          }
          case Op.COPY_DICT_WITHOUT_KEYS:
            stack[sp - 1] = R.copyDictWithoutKeys(stack[sp - 2]!, stack[sp - 1] as PyTuple);
            break;
          case Op.PRINT_EXPR: {
            const v = stack[--sp]!;
            stack[sp] = undefined;
            R.displayHook(v);
            break;
          }
          default:
            throw systemError(`krait: unknown opcode ${op} at ${code.qualname}:${pc - 1}`);
        }
      }
    } catch (e) {
      err = e;
    }
    {
      // ---- exception unwinding --------------------------------------------------
      // A re-raise (bare `raise`, RERAISE) keeps the traceback it has and adds
      // no entry for this frame, and sets no context (ceval.c: exception_unwind
      // vs error); every frame it then leaves adds its entry.
      let exc: PyBaseException;
      let addEntry = true;
      if (err instanceof R.ReRaise) { exc = err.exc; addEntry = false; }
      else {
        exc = toPyException(err);
        R.chainContext(exc);
      }
      // The instruction being executed in this frame (ceval: INSTR_OFFSET() - 1).
      let cur = pc - 1;
      for (;;) {
        if (addEntry) {
          f.lasti = cur;
          exc.traceback = new PyTraceback(exc.traceback, f, cur);
        }
        addEntry = true;
        const h = findHandler(f.code, cur);
        if (h >= 0) {
          // Python code sees it now: repr() must not reword it later (ThreadState.overflow).
          if (exc === ts.overflow) ts.overflow = null;
          const et = f.code.exceptiontable;
          const depth = code.nlocals + et[h + 3];
          const stk = f.stack;
          for (let i = depth; i < stk.length; i++) stk[i] = undefined;
          sp = depth;
          if (et[h + 4]) stk[sp++] = cur;
          stk[sp++] = exc;
          pc = et[h + 2];
          code = f.code; ins = code.code; consts = code.consts; names = code.names; ic = code.ic!;
          stack = stk;
          ts.frame = f;
          break;
        }
        // No handler here: the frame is done.
        if (f.flags & FF.ENTRY) {
          f.pc = pc;
          f.flags &= ~FF.YIELDED;
          ts.depth--;
          ts.frame = f.back;
          throw exc;
        }
        ts.depth -= 1 + ((f.flags & FF.EXTRA_DEPTH) >> 2);
        f = f.back!;
        ts.frame = f;
        cur = f.pc - 1;
        code = f.code; ins = code.code; consts = code.consts; names = code.names; ic = code.ic!;
        stack = f.stack; sp = f.sp; pc = f.pc;
      }
    }
  }
}

/** Find the exception table entry covering instruction i (offset into the table), or -1. */
function findHandler(code: PyCode, i: number): number {
  const et = code.exceptiontable;
  for (let k = 0; k < et.length; k += 5) {
    if (et[k] <= i && i < et[k + 1]) return k;
  }
  return -1;
}

/** Turn whatever was thrown into a Python exception (no JS error reaches Python as such). */
export function toPyException(err: unknown): PyBaseException {
  if (err instanceof PyBaseException) return err;
  if (err instanceof R.ReRaise) return err.exc;
  if (err instanceof RangeError && /call stack/i.test(err.message)) {
    return ts.overflow = recursionError('maximum recursion depth exceeded');
  }
  if (err instanceof R.Interrupt) return newException(KeyboardInterruptType);
  if (err instanceof RangeError && /Invalid (array|string) length|Array buffer allocation/i.test(err.message)) {
    return newException(MemoryErrorType);
  }
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  const e = systemError(`krait internal error: ${detail}`);
  if (R.debugInternalErrors && err instanceof Error) R.reportInternal(err);
  return e;
}

function unboundLocal(name: string): PyBaseException {
  return newException(UnboundLocalErrorType, `cannot access local variable '${name}' where it is not associated with a value`);
}

function derefName(code: PyCode, i: number): string {
  return i < code.cellvars.length ? code.cellvars[i] : code.freevars[i - code.cellvars.length];
}

function unboundDeref(code: PyCode, i: number): PyBaseException {
  const name = derefName(code, i);
  if (i < code.cellvars.length) return unboundLocal(name);
  return newException(NameErrorType, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

function notDefined(name: string): PyBaseException {
  const e = nameError(`name '${name}' is not defined`);
  R.setNameErrorName(e, name);
  return e;
}

// Keep imports referenced (some are used only in types).
void [PyObject, PyType, PyFloat, FloatType, Ellipsis, NotImplemented, TF_EXCEPTION, PyBuiltinFunction, typeError,
  BaseExceptionType, StopIterationType, K.NULL];
