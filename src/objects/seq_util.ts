// Helpers shared by the container types (list, tuple, dict, set, range and
// the builtin iterators): CPython's argument-count messages for the
// constructors that check arguments by hand, the repr recursion guard
// (Py_ReprEnter / Py_ReprLeave), sequence comparison, and the boilerplate
// of builtin iterator types.

import { Attrs, None, PyObject, PyType, TF_HAS_DICT, typeOf, type PyValue } from './object.js';
import { PyMethodDescriptor, PyBuiltinFunction } from './methods.js';
import { typeError, stopIteration, overflowError, indexError } from './exceptions.js';
import { indexOpt, eqValue, richCompare, isTrue } from './abstract.js';

// ---- argument checks (Python/getargs.c) -------------------------------------------

/** _PyArg_CheckPositional: "list expected at most 1 argument, got 2". */
export function checkPositional(name: string, n: number, min: number, max: number): void {
  if (n < min) {
    throw typeError(`${name} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  }
  if (n > max) {
    throw typeError(`${name} expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${n}`);
  }
}

/** _PyArg_NoKeywords: "list() takes no keyword arguments". */
export function noKeywords(name: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${name}() takes no keyword arguments`);
}

/** A type's `__new__` taking the raw calling convention ([cls, ...args], kwnames), as type_call expects. */
export function defineNew(type: PyType, fn: (cls: PyType, args: PyValue[], kwnames: string[] | null) => PyValue): void {
  const nw = new PyBuiltinFunction('__new__', (args, kwnames) => {
    if (args.length === 0 || (kwnames !== null && args.length === kwnames.length)) {
      throw typeError(`${type.name}.__new__(): not enough arguments`);
    }
    const cls = args[0];
    if (!(cls instanceof PyType)) throw typeError(`${type.name}.__new__(X): X is not a type object (${typeOf(cls).name})`);
    if (!cls.isSubtype(type)) throw typeError(`${type.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${type.name}`);
    return fn(cls, args.slice(1), kwnames);
  }, type, `${type.name}.__new__`);
  nw.newOwner = type;
  nw.newImpl = fn;
  type.dict.set('__new__', nw);
}

/** A method in the raw calling convention (for hand-checked argument lists). */
export function defineRawMethod(type: PyType, name: string, fn: (self: any, args: PyValue[], kwnames: string[] | null) => PyValue): void {
  type.dict.set(name, new PyMethodDescriptor(name, type, fn, null, name.startsWith('__')));
}

/** Give a fresh instance of a subclass its __dict__ when the class has one. */
export function initInstance<T extends PyObject>(o: T, cls: PyType): T {
  if (cls.flags & TF_HAS_DICT || cls.slotNames !== null) o.attrs = new Attrs();
  return o;
}

// ---- integer arguments ---------------------------------------------------------------

/** A Py_ssize_t argument (clinic's converter): OverflowError for huge ints. */
export function ssizeArg(v: PyValue): number {
  const i = indexOpt(v);
  if (i === undefined) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  if (typeof i === 'bigint') throw overflowError('Python int too large to convert to C ssize_t');
  return i;
}

/** _PyEval_SliceIndexNotNone: an index()-style bound; huge ints clamp. */
export function sliceBoundArg(v: PyValue): number {
  const i = indexOpt(v);
  if (i === undefined) throw typeError('slice indices must be integers or have an __index__ method');
  if (typeof i === 'bigint') return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return i;
}

/** Normalize index()'s start/stop against a length (as list_index_impl). */
export function boundsFor(start: PyValue | undefined, stop: PyValue | undefined, len: number): [number, number] {
  let a = start === undefined ? 0 : sliceBoundArg(start);
  let b = stop === undefined ? Number.MAX_SAFE_INTEGER : sliceBoundArg(stop);
  if (a < 0) { a += len; if (a < 0) a = 0; }
  if (b < 0) { b += len; if (b < 0) b = 0; }
  return [a, b];
}

/**
 * A subscript's integer index, or undefined if the key is not an integer
 * (PyNumber_AsSsize_t(key, PyExc_IndexError)): huge ints raise IndexError.
 */
export function subscriptIndex(key: PyValue): number | undefined {
  if (typeof key === 'number') return Number.isInteger(key) ? key : undefined;
  if (typeof key === 'string' || (typeof key === 'object' && key.cls.lookup('__index__') === undefined)) return undefined;
  const i = indexOpt(key)!;
  if (typeof i === 'bigint') throw indexError(`cannot fit 'int' into an index-sized integer`);
  return i;
}

// ---- repr recursion (Py_ReprEnter / Py_ReprLeave) --------------------------------------

const reprActive = new Set<object>();

/** True if `o` is already being repr'd (the caller then prints `[...]` etc.); otherwise marks it. */
export function reprEnter(o: object): boolean {
  if (reprActive.has(o)) return true;
  reprActive.add(o);
  return false;
}

export function reprLeave(o: object): void {
  reprActive.delete(o);
}

// ---- sequence comparison (list_richcompare / tuplerichcompare) -------------------------

/**
 * Compare two item arrays lexicographically.  `getA`/`getB` re-read the
 * arrays at each step because an __eq__ may mutate a list being compared.
 */
export function seqCompare(a: { items: PyValue[] }, b: { items: PyValue[] }, op: number): PyValue {
  const la = a.items.length, lb = b.items.length;
  if (la !== lb && (op === 2 || op === 3)) return op === 3;
  let i = 0;
  for (; i < a.items.length && i < b.items.length; i++) {
    const x = a.items[i], y = b.items[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') {
      // Different numbers (ints or raw floats) are unequal: no Python code to run.
      break;
    }
    if (!eqValue(x, y)) break;
  }
  const na = a.items.length, nb = b.items.length;
  if (i >= na || i >= nb) {
    switch (op) {
      case 0: return na < nb;
      case 1: return na <= nb;
      case 2: return na === nb;
      case 3: return na !== nb;
      case 4: return na > nb;
      default: return na >= nb;
    }
  }
  if (op === 2) return false;
  if (op === 3) return true;
  return richCompare(a.items[i], b.items[i], op);
}

// ---- builtin iterator types ----------------------------------------------------------------

/** Builtin iterators: `nextValue()` returns the next item or undefined when exhausted. */
export interface NextValue { nextValue(): PyValue | undefined }

/** Add __iter__ (returning self) and __next__ (via nextValue) to an iterator type. */
export function defineIterator(type: PyType, lengthHint?: (self: any) => number): void {
  defineRawMethod(type, '__iter__', (self) => self);
  defineRawMethod(type, '__next__', (self: NextValue, args) => {
    if (args.length !== 0) throw typeError(`expected 0 arguments, got ${args.length}`);
    const v = self.nextValue();
    if (v === undefined) throw stopIteration();
    return v;
  });
  if (lengthHint !== undefined) {
    defineRawMethod(type, '__length_hint__', (self) => lengthHint(self));
  }
}

/** Truthiness of a comparison result without a call for bools. */
export function truthy(r: PyValue): boolean {
  return r === true ? true : r === false ? false : isTrue(r);
}

export { None };

/**
 * The first argument of a builtin that CPython parses with PyArg_ParseTuple
 * (str.find & co.): declared optional so that, when missing, the error is that
 * function's wording, "find() takes at least 1 argument (0 given)".
 */
export function firstArg(v: PyValue | undefined, fname: string): PyValue {
  if (v === undefined) throw typeError(`${fname}() takes at least 1 argument (0 given)`);
  return v;
}
