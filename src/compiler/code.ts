// Code objects: the compiler's output and the VM's input (CPython's
// PyCodeObject, Objects/codeobject.c, in its 3.11 form).

import { PyObject, makeBuiltinType, type PyValue } from '../objects/object.js';

// co_flags (Include/cpython/code.h).
export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040;
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;

export const CodeType = makeBuiltinType('code', undefined, 0);

/**
 * A compiled block of code.  Instruction i is `code[2*i]` (an Op) with
 * operand `code[2*i+1]`; jump operands are instruction indices.
 */
export class PyCode extends PyObject {
  constructor(
    readonly argcount: number,
    readonly posonlyargcount: number,
    readonly kwonlyargcount: number,
    readonly flags: number,
    /** Instructions: op, operand pairs. */
    readonly code: Int32Array,
    /** Constants as Python values (nested code objects included). */
    readonly consts: PyValue[],
    /** Names used by *_NAME, *_GLOBAL, *_ATTR, LOAD_METHOD, IMPORT_*. */
    readonly names: string[],
    /** Local variable names, parameters first (co_varnames). */
    readonly varnames: string[],
    /** Names of cells created by this frame (co_cellvars). */
    readonly cellvars: string[],
    /** Names of cells received through the closure (co_freevars). */
    readonly freevars: string[],
    /**
     * For each cellvar that is also a parameter, the parameter's index in
     * varnames (the frame moves the argument into the cell on entry); -1
     * otherwise.  Same length as cellvars.
     */
    readonly cell2arg: Int32Array,
    readonly filename: string,
    readonly name: string,
    readonly qualname: string,
    readonly firstlineno: number,
    /**
     * Source positions of each instruction: 4 ints per instruction (lineno,
     * end_lineno, col_offset, end_col_offset; columns in UTF-8 bytes, -1 when
     * unknown), as co_positions() gives them.  Tracebacks use lineno and the
     * columns for their ^^^^ markers.
     */
    readonly positions: Int32Array,
    /**
     * Exception table: 5 ints per entry (start, end (exclusive), target,
     * depth, lasti (0/1)), instruction indices, innermost ranges first for
     * any instruction (CPython 3.11's exception table, unpacked).
     */
    readonly exceptiontable: Int32Array,
    /** Maximum value-stack depth. */
    readonly stacksize: number,
  ) {
    super(CodeType);
    this.ic = null;
    this.quickened = false;
    this.nlocals = varnames.length;
    this.nregs = varnames.length + stacksize + 1;
    this.simpleArgc = kwonlyargcount === 0 && (flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 ? argcount : -1;
    this.ncells = cellvars.length + freevars.length;
  }

  // Derived once for the call path (vm/call.ts, vm/frame.ts).
  /** len(co_varnames). */
  readonly nlocals: number;
  /** Size of a frame's registers array: fast locals, value stack, one spare. */
  readonly nregs: number;
  /** The positional argument count when that is the whole signature (no *args, **kwargs or keyword-only), else -1. */
  readonly simpleArgc: number;
  /** len(co_cellvars) + len(co_freevars). */
  readonly ncells: number;

  /** Whether the VM has rewritten common instruction pairs into superinstructions (vm/quicken.ts). */
  quickened: boolean;

  /**
   * Inline caches of the interpreter, one slot per instruction (vm/ic.ts),
   * allocated by quicken() before the code first runs, so that the loop
   * reads them without a null check.  They double as type feedback for the JIT.
   */
  ic: unknown[] | null;

  /** Number of instructions. */
  get length(): number {
    return this.code.length >> 1;
  }

  /** Line number of instruction i (or -1). */
  lineOf(i: number): number {
    return this.positions[4 * i];
  }
}
