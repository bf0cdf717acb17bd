// Python functions, bound methods and cells (Objects/funcobject.c,
// classobject.c, cellobject.c).  Calling a function is the VM's job
// (vm/call.ts binds arguments, vm/eval.ts runs the frame).

import type { PyCode } from '../compiler/code.js';
import { Attrs, PyObject, makeBuiltinType, None, type PyType, type PyValue } from './object.js';
import type { PyTuple } from './tuple.js';

export const FunctionType = makeBuiltinType('function', undefined, 0);
export const MethodType = makeBuiltinType('method', undefined, 0);
export const CellType = makeBuiltinType('cell', undefined, 0);

/** A cell: one variable shared between a frame and the closures made in it. */
/* Flat class (not `extends PyObject`, same fields): allocated on hot paths;
   see PyFloat in float.ts for why. */
export class PyCell {
  cls: PyType;
  attrs: Attrs | null;
  /** The variable's value; undefined while unbound. */
  value: PyValue | undefined;
  constructor(value: PyValue | undefined) {
    this.cls = CellType;
    this.attrs = null;
    this.value = value;
  }
}

export class PyFunction extends PyObject {
  code: PyCode;
  /** The module namespace the function runs in (a PyDict). */
  globals: any;
  /** The builtins namespace resolved when the function was made (a PyDict). */
  builtins: any;
  name: string;
  qualname: string;
  /** Positional defaults (a PyTuple) or null. */
  defaults: PyTuple | null;
  /** Keyword-only defaults (a PyDict) or null. */
  kwdefaults: any;
  /** Cells for the code's free variables, in co_freevars order, or null. */
  closure: PyCell[] | null;
  /** __annotations__ (a PyDict), created lazily. */
  annotations: any;
  doc: PyValue;
  module: PyValue;
  constructor(code: PyCode, globals: any, builtins: any, qualname: string) {
    super(FunctionType);
    this.attrs = new Attrs();
    this.code = code;
    this.globals = globals;
    this.builtins = builtins;
    this.name = code.name;
    this.qualname = qualname;
    this.defaults = null;
    this.kwdefaults = null;
    this.closure = null;
    this.annotations = null;
    this.doc = None;
    this.module = None;
  }
}

/** A function bound to an instance (`obj.method`). */
/* Flat class (not `extends PyObject`, same fields): allocated on hot paths;
   see PyFloat in float.ts for why. */
export class PyMethod {
  cls: PyType;
  attrs: Attrs | null;
  constructor(readonly func: PyValue, readonly self: PyValue) {
    this.cls = MethodType;
    this.attrs = null;
  }
}
