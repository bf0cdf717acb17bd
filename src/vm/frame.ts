// Frames and the interpreter's thread state.
//
// A frame is a plain object: code, fast locals, cells, value stack,
// instruction index, and a link to its caller.  Python-to-Python calls push
// frames on this linked stack without nesting JavaScript calls (see
// eval.ts), so recursion depth is bounded by sys.getrecursionlimit(), not by
// the JS stack.  Frames are what the JIT will later keep virtual.

import type { PyCode } from '../compiler/code.js';
import { quicken } from './quicken.js';
import type { PyCell, PyFunction } from '../objects/function.js';
import { None, type PyValue } from '../objects/object.js';
import type { PyDict } from '../objects/dict.js';

/** The cells of a frame without any (shared; initCells gives a frame with cells its own). */
const NO_CELLS: PyCell[] = [];

/** Frame.flags. */
export const enum FF {
  /** Entered by a JS call of run(): returning from it returns from run(). */
  ENTRY = 1,
  /** A generator frame that YIELD_VALUE left (cleared on resume). */
  YIELDED = 2,
  /**
   * The frame holds a recursion level beyond its own: a __call__ frame
   * pushed inline for calling an instance (CPython's slot_tp_call counts a
   * level of its own).  EXTRA_DEPTH >> 2 is the number of extra levels.
   */
  EXTRA_DEPTH = 4,
}

export class Frame {
  code: PyCode;
  func: PyFunction | null;
  globals: PyDict;
  builtins: PyDict;
  /** The locals mapping of unoptimized code (module and class bodies, exec); null for functions. */
  locals: PyValue | null;
  /** Cells: co_cellvars then co_freevars. */
  cells: PyCell[];
  /**
   * The registers: the fast locals (co_varnames; undefined = unbound), then
   * from index code.nlocals the value stack; entries at `sp` and above are
   * garbage.  One array, like CPython's localsplus.
   */
  stack: (PyValue | undefined)[];
  sp: number;
  /** Index of the next instruction. */
  pc: number;
  /** Index of the instruction being executed (f_lasti), for tracebacks and f_lineno. */
  lasti: number;
  /** The calling frame (f_back). */
  back: Frame | null;
  /** FF bits: ENTRY, YIELDED, EXTRA_DEPTH (one field: a frame is made on every call). */
  flags: number;
  /** The generator/coroutine owning this frame, if any. */
  gen: PyValue | null;
  /** The f_trace/f_lineno-style Python frame object, created on demand (sys._getframe, tracebacks). */
  pyframe: PyValue | null;
  /**
   * For an __init__ frame pushed inline by a class call: the new instance,
   * which the caller gets instead of __init__'s return value (None).
   */
  initSelf: PyValue | undefined;

  constructor(code: PyCode, func: PyFunction | null, globals: PyDict, builtins: PyDict, locals: PyValue | null) {
    if (!code.quickened) quicken(code);
    this.code = code;
    this.func = func;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    this.cells = NO_CELLS;
    this.stack = new Array(code.nregs);
    this.sp = code.nlocals;
    this.pc = 0;
    this.lasti = 0;
    this.back = null;
    this.flags = 0;
    this.gen = null;
    this.pyframe = null;
    this.initSelf = undefined;
  }

  /** Current line number (f_lineno). */
  get lineno(): number {
    return this.code.lineOf(this.lasti);
  }
}

/**
 * Per-interpreter state (CPython's PyThreadState, for the one thread krait
 * runs Python on).
 */
/** Holds the current frame (see ThreadState.frame). */
export class FrameSlot {
  frame: Frame | null;
  constructor(frame: Frame | null) {
    this.frame = frame;
  }
}

export class ThreadState {
  /**
   * The innermost frame being executed, kept in a small holder that the
   * interpreter replaces now and then (renewFrameSlot) so that it stays in
   * V8's young generation: the thread state itself is old, and storing a
   * new frame into an old object on every call and return takes the write
   * barrier's slow path (RecordWrite).
   */
  slot: FrameSlot = new FrameSlot(null);
  get frame(): Frame | null {
    return this.slot.frame;
  }
  set frame(f: Frame | null) {
    this.slot.frame = f;
  }
  renewFrameSlot(): void {
    this.slot = new FrameSlot(this.slot.frame);
  }
  /** Current Python call depth, checked against recursionLimit. */
  depth = 0;
  recursionLimit = 1000;
  /** The exception currently being handled (sys.exc_info()[1]), or None. */
  handled: PyValue = None;
  /**
   * Interrupt flag, polled at loop back-edges and calls: set from outside the
   * running code (Ctrl-C in the CLI, an embedder's time limit, a browser's
   * stop button).  0 = none; otherwise a reason code.
   */
  interrupt = 0;
  /** Shared view of an interrupt flag set from another thread (Atomics), if any. */
  interruptBuffer: Int32Array | null = null;
  /**
   * The RecursionError last made from a JS stack overflow (toPyException).
   * Where the JS stack runs out depends on V8's frame sizes, not on Python's
   * recursion count, so an operation that reports its own recursion error
   * (repr: "... while getting the repr of an object") rewords this one when
   * it passes through, as CPython's check at that level would have fired.
   */
  overflow: PyValue | null = null;
}

export const ts = new ThreadState();
