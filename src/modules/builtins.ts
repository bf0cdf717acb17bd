// The builtins module (Python/bltinmodule.c): the builtin functions, and the
// builtin types and exceptions bound under their names.
//
// Each function states its semantics through the protocol layer
// (objects/abstract.ts); the number, container and iterator types come from
// their own files.  eval/exec/compile are in builtins_eval.ts, the
// stdin/stdout text streams (print, input) in io.ts.

import type { Interpreter } from '../vm/interp.js';
import { PyModule, ModuleType } from '../objects/module.js';
import { builtinFunction, PyBuiltinFunction, defineMethods } from '../objects/methods.js';
import * as A from '../objects/abstract.js';
import {
  None, NotImplemented, Ellipsis, ObjectType, TypeType, IntType, BoolType, StrType, PyType, PyObject,
  typeOf, type PyValue, TF_HAS_DICT, TF_HEAPTYPE, EllipsisType, NotImplementedType, NoneType,
  isSlotKey,
} from '../objects/object.js';
import { buildClass, setTypeHooks, setBuildClassHooks, SuperType, PropertyType, ClassMethodType, StaticMethodType } from '../objects/typeobject.js';
import {
  BUILTIN_EXCEPTIONS, OSErrorType, typeError, valueError, overflowError, stopIteration, newException,
  StopIterationType, PyBaseException, zeroDivisionError,
  recursionError,
} from '../objects/exceptions.js';
import { PyTuple, TupleType, newTuple } from '../objects/tuple.js';
import { PyList, ListType } from '../objects/list.js';
import { PyDict, DictType } from '../objects/dict.js';
import { PyFloat, FloatType, newFloat, exactFloatOf } from '../objects/float.js';
import { ComplexType } from '../objects/complex.js';
import { PyBytes, PyByteArray, BytesType, ByteArrayType } from '../objects/bytes.js';
import { SetType, FrozenSetType } from '../objects/set.js';
import { MemoryViewType } from '../objects/memoryview.js';
import { SliceType } from '../objects/slice.js';
import { PyFunction } from '../objects/function.js';
import * as N from '../objects/number.js';
import { BinOp } from '../compiler/opcodes.js';
import { ts } from '../vm/frame.js';
import { importName } from '../vm/import.js';
import * as IT from '../objects/iterators.js';
import * as RG from '../objects/range.js';
import * as G from '../vm/generator.js';
import { makeMappingProxy } from '../objects/mappingproxy.js';
import { installEvalBuiltins, frameLocals } from './builtins_eval.js';
import { printImpl, inputImpl, openImpl } from './io.js';

// ---- helpers ------------------------------------------------------------------------------------

/** An attribute name argument (getattr & co.): a str or str subclass. */
function attrName(v: PyValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v.cls.isSubtype(StrType)) return A.strValue(v);
  throw typeError(`attribute name must be string, not '${typeOf(v).name}'`);
}

function isStr(v: PyValue): boolean {
  return typeof v === 'string' || (typeof v === 'object' && v.cls.isSubtype(StrType));
}

/** Code points of a str (ord, len checks). */
function codePointLength(s: string): number {
  return N.strLen(s);
}

// ---- dir() ---------------------------------------------------------------------------------------

/** Keys of a class's namespace and of its bases, recursively (merge_class_dict). */
function mergeClassDict(keys: Set<string>, cls: PyValue): void {
  if (cls instanceof PyType) {
    for (const k of cls.dict.keys()) keys.add(k);
    for (const b of cls.bases) mergeClassDict(keys, b);
    return;
  }
  const d = A.getAttrOpt(cls, '__dict__');
  if (d !== undefined) for (const k of A.toArray(d)) if (typeof k === 'string') keys.add(k);
  const bases = A.getAttrOpt(cls, '__bases__');
  if (bases !== undefined) for (const b of A.toArray(bases)) mergeClassDict(keys, b);
}

/** object.__dir__ / type.__dir__ / module.__dir__ (unsorted list of names). */
function defaultDir(obj: PyValue): PyValue {
  const keys = new Set<string>();
  if (obj instanceof PyType) {
    mergeClassDict(keys, obj);
  } else if (obj instanceof PyModule) {
    const d = obj.dict;
    const custom = d.getStr('__dir__');
    if (custom !== undefined) return A.call(custom, []);
    for (const k of d.keyList()) if (typeof k === 'string') keys.add(k);
  } else {
    const d = A.getAttrOpt(obj, '__dict__');
    if (d instanceof PyDict) {
      for (const k of d.keyList()) if (typeof k === 'string') keys.add(k);
    } else if (d === undefined && typeof obj === 'object' && obj.attrs !== null) {
      const a = obj.attrs;
      if (a.shape !== null) for (const k of a.shape.names) { if (!isSlotKey(k)) keys.add(k); }
      else for (const k of (a.dict as PyDict).keyList()) if (typeof k === 'string') keys.add(k);
    }
    const cls = A.getAttrOpt(obj, '__class__');
    if (cls !== undefined) mergeClassDict(keys, cls);
  }
  return new PyList([...keys]);
}

/** dir(obj) as a sorted JS array (also used for AttributeError suggestions). */
export function dirOf(obj: PyValue): PyValue[] {
  const f = typeOf(obj).lookup('__dir__');
  if (f === undefined) throw typeError('object does not provide __dir__');
  const r = A.callMethod(f, obj, []);
  const items = A.toArray(r);
  return sortValues(items);
}

function sortValues(items: PyValue[]): PyValue[] {
  const l = new PyList(items);
  A.callMethod(ListType.lookup('sort')!, l, []);
  return l.items;
}

// ---- isinstance / issubclass (Objects/abstract.c) -------------------------------------------------

function getBases(cls: PyValue): PyTuple | null {
  const b = A.getAttrOpt(cls, '__bases__');
  return b instanceof PyTuple ? b : null;
}

function abstractIsSubclass(derived: PyValue, cls: PyValue): boolean {
  for (;;) {
    if (derived === cls) return true;
    const bases = getBases(derived);
    if (bases === null) return false;
    const n = bases.items.length;
    if (n === 0) return false;
    if (n === 1) { derived = bases.items[0]; continue; }
    for (const b of bases.items) if (abstractIsSubclass(b, cls)) return true;
    return false;
  }
}

const ISINSTANCE_ARG2 = 'isinstance() arg 2 must be a type, a tuple of types, or a union';
const ISSUBCLASS_ARG2 = 'issubclass() arg 2 must be a class, a tuple of classes, or a union';

function recursiveIsInstance(inst: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType) {
    if (typeOf(inst).isSubtype(cls)) return true;
    const c = A.getAttrOpt(inst, '__class__');
    if (c !== undefined && c !== typeOf(inst) && c instanceof PyType) return c.isSubtype(cls);
    return false;
  }
  if (getBases(cls) === null) throw typeError(ISINSTANCE_ARG2);
  const icls = A.getAttrOpt(inst, '__class__');
  return icls !== undefined && abstractIsSubclass(icls, cls);
}

/** The args of a types.UnionType (int | str), or null. */
function unionArgs(cls: PyValue): PyValue | null {
  if (typeof cls === 'object' && !(cls instanceof PyType) && typeOf(cls).name === 'UnionType') {
    const a = A.getAttrOpt(cls, '__args__');
    if (a !== undefined) return a;
  }
  return null;
}

export function isInstance(inst: PyValue, cls: PyValue): boolean {
  if (typeOf(inst) === cls) return true;
  if (cls instanceof PyType && cls.cls === TypeType) return recursiveIsInstance(inst, cls);
  const u = unionArgs(cls);
  if (u !== null) cls = u;
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (isInstance(inst, c)) return true;
    return false;
  }
  const check = typeOf(cls).lookup('__instancecheck__');
  if (check !== undefined) return A.isTrue(A.callMethod(check, cls, [inst]));
  return recursiveIsInstance(inst, cls);
}

function recursiveIsSubclass(derived: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType && derived instanceof PyType) return derived.isSubtype(cls);
  if (getBases(derived) === null) throw typeError('issubclass() arg 1 must be a class');
  if (unionArgs(cls) === null && getBases(cls) === null) throw typeError(ISSUBCLASS_ARG2);
  return abstractIsSubclass(derived, cls);
}

export function isSubclass(derived: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType && cls.cls === TypeType) {
    if (derived === cls) return true;
    return recursiveIsSubclass(derived, cls);
  }
  const u = unionArgs(cls);
  if (u !== null) cls = u;
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (isSubclass(derived, c)) return true;
    return false;
  }
  const check = typeOf(cls).lookup('__subclasscheck__');
  if (check !== undefined) return A.isTrue(A.callMethod(check, cls, [derived]));
  return recursiveIsSubclass(derived, cls);
}

// ---- numbers ---------------------------------------------------------------------------------------

function absValue(x: PyValue): PyValue {
  if (typeof x === 'number') return x < 0 ? -x : x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return x < 0n ? N.normInt(-x) : x;
  if (x instanceof PyFloat && x.cls === FloatType) return newFloat(Math.abs(x.value));
  const r = A.callSpecial(x, '__abs__', []);
  if (r === undefined) throw typeError(`bad operand type for abs(): '${typeOf(x).name}'`);
  return r;
}

/** A binary operation by dunder names with the reflected-operand rules (binary_op1), for divmod(). */
function binaryDunder(a: PyValue, b: PyValue, name: string, rname: string, sym: string): PyValue {
  const ta = typeOf(a), tb = typeOf(b);
  const fa = ta.lookup(name);
  let fb = ta !== tb ? tb.lookup(rname) : undefined;
  if (fb !== undefined && tb.isSubtype(ta) && fb !== ta.lookup(rname)) {
    const r = A.callMethod(fb, b, [a]);
    if (r !== NotImplemented) return r;
    fb = undefined;
  }
  if (fa !== undefined) {
    const r = A.callMethod(fa, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined) {
    const r = A.callMethod(fb, b, [a]);
    if (r !== NotImplemented) return r;
  }
  throw typeError(`unsupported operand type(s) for ${sym}: '${ta.name}' and '${tb.name}'`);
}

function isIntLike(v: PyValue): v is number | bigint | boolean {
  return (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint' || typeof v === 'boolean';
}
function isNumberLike(v: PyValue): boolean {
  return isIntLike(v) || exactFloatOf(v) !== undefined;
}

function divmod(a: PyValue, b: PyValue): PyValue {
  const fa = exactFloatOf(a), fb = exactFloatOf(b);
  if ((fa !== undefined && isNumberLike(b)) || (fb !== undefined && isNumberLike(a))) {
    const x = fa !== undefined ? fa : N.intToFloat(isIntLike(a) ? (typeof a === 'boolean' ? +a : a) : 0);
    const y = fb !== undefined ? fb : N.intToFloat(isIntLike(b) ? (typeof b === 'boolean' ? +b : b) : 0);
    if (y === 0) throw zeroDivisionError('float divmod()');
    const [q, r] = N.floatDivmod(x, y);
    return newTuple([newFloat(q), newFloat(r)]);
  }
  if (isNumberLike(a) && isNumberLike(b)) {
    const q = A.binaryOp(BinOp.FLOOR_DIVIDE, a, b);
    const r = A.binaryOp(BinOp.REMAINDER, a, b);
    return newTuple([q, r]);
  }
  return binaryDunder(a, b, '__divmod__', '__rdivmod__', 'divmod()');
}

function big(v: number | bigint | boolean): bigint {
  return typeof v === 'bigint' ? v : BigInt(Number(v));
}

/** pow(base, exp, mod) for ints (long_pow with a modulus), negative exponents by modular inverse. */
function intPowMod(b0: number | bigint | boolean, e0: number | bigint | boolean, m0: number | bigint | boolean): PyValue {
  let m = big(m0);
  if (m === 0n) throw valueError('pow() 3rd argument cannot be 0');
  const negMod = m < 0n;
  if (negMod) m = -m;
  let b = big(b0), e = big(e0);
  if (e < 0n) {
    // base ** -1 mod m: the modular inverse (extended Euclid).
    let [r0, r1] = [((b % m) + m) % m, m];
    let [s0, s1] = [1n, 0n];
    while (r1 !== 0n) {
      const q = r0 / r1;
      [r0, r1] = [r1, r0 - q * r1];
      [s0, s1] = [s1, s0 - q * s1];
    }
    if (r0 !== 1n) throw valueError('base is not invertible for the given modulus');
    b = ((s0 % m) + m) % m;
    e = -e;
  }
  let result = 1n % m;
  b = ((b % m) + m) % m;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  if (negMod && result !== 0n) result -= m;
  return N.normInt(result);
}

function pow(base: PyValue, exp: PyValue, mod: PyValue | undefined): PyValue {
  if (mod === undefined || mod === None) return A.binaryOp(BinOp.POWER, base, exp);
  if (isIntLike(base) && isIntLike(exp) && isIntLike(mod)) return intPowMod(base, exp, mod);
  if (isNumberLike(base) && isNumberLike(exp) && isNumberLike(mod)) {
    throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
  }
  // ternary_op: only the base's __pow__ takes a modulus.
  const f = typeOf(base).lookup('__pow__');
  if (f !== undefined && !isNumberLike(base)) {
    const r = A.callMethod(f, base, [exp, mod]);
    if (r !== NotImplemented) return r;
  }
  throw typeError(`unsupported operand type(s) for ** or pow(): '${typeOf(base).name}', '${typeOf(exp).name}', '${typeOf(mod).name}'`);
}

/** round(x) / round(x, n) for ints (long_round). */
function roundInt(x: number | bigint, nd: PyValue): PyValue {
  const n = A.index(nd);
  if (n >= 0) return x;
  const p = 10n ** big(-n as number | bigint);
  const v = big(x);
  let q = v / p, r = v % p;
  if (r < 0n) { r += p; q -= 1n; }
  // half to even
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return N.normInt(q * p);
}

function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

function round(x: PyValue, nd: PyValue | undefined): PyValue {
  if (isIntLike(x) && typeOf(x).lookup('__round__') === undefined) {
    const v = typeof x === 'boolean' ? (x ? 1 : 0) : x;
    return nd === undefined || nd === None ? v : roundInt(v, nd);
  }
  const f = typeOf(x).lookup('__round__');
  if (f === undefined) {
    if (x instanceof PyFloat && (nd === undefined || nd === None)) {
      const v = x.value;
      if (!Number.isFinite(v)) {
        throw Number.isNaN(v) ? valueError('cannot convert float NaN to integer') : overflowError('cannot convert float infinity to integer');
      }
      const r = roundHalfEven(v);
      return Number.isSafeInteger(r) ? (r === 0 ? 0 : r) : N.normInt(BigInt(r));
    }
    throw typeError(`type ${typeOf(x).name} doesn't define __round__ method`);
  }
  return nd === undefined || nd === None ? A.callMethod(f, x, []) : A.callMethod(f, x, [nd]);
}

/** bin/oct/hex: PyNumber_ToBase. */
function toBase(x: PyValue, base: 2 | 8 | 16): string {
  const v = A.index(x);
  const neg = v < 0;
  const mag = typeof v === 'bigint' ? (neg ? -v : v).toString(base) : Math.abs(v).toString(base);
  const prefix = base === 2 ? '0b' : base === 8 ? '0o' : '0x';
  return (neg ? '-' : '') + prefix + mag;
}

// ---- iteration-based builtins ------------------------------------------------------------------------

function sum(iterable: PyValue, start: PyValue | undefined): PyValue {
  let result: PyValue = start === undefined ? 0 : start;
  if (start !== undefined) {
    if (isStr(start)) throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
    if (start instanceof PyBytes) throw typeError("sum() can't sum bytes [use b''.join(seq) instead]");
    if (start instanceof PyByteArray) throw typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  const it = A.getIter(iterable);
  // Fast paths as CPython 3.11's builtin_sum_impl: exact ints, then exact floats (plain addition).
  if ((typeof result === 'number' && Number.isInteger(result)) || typeof result === 'boolean') {
    let acc = typeof result === 'boolean' ? (result ? 1 : 0) : result;
    for (;;) {
      const x = A.iterNext(it);
      if (x === undefined) return acc;
      if (typeof x === 'number' && Number.isInteger(x)) {
        const s = acc + x;
        if (Number.isSafeInteger(s)) { acc = s; continue; }
      }
      if (typeof x === 'boolean') { acc += x ? 1 : 0; continue; }
      result = A.binaryOp(BinOp.ADD, acc, x);
      break;
    }
  }
  const f0 = exactFloatOf(result);
  if (f0 !== undefined) {
    let f = f0;
    for (;;) {
      const x = A.iterNext(it);
      if (x === undefined) return newFloat(f);
      if (x instanceof PyFloat && x.cls === FloatType) { f += x.value; continue; }
      // An int or a raw float: its value as a double.
      if (typeof x === 'number' || typeof x === 'boolean') { f += Number(x); continue; }
      result = A.binaryOp(BinOp.ADD, newFloat(f), x);
      break;
    }
  }
  for (;;) {
    const x = A.iterNext(it);
    if (x === undefined) return result;
    result = A.binaryOp(BinOp.ADD, result, x);
  }
}

/** max()/min() (min_max): op 4 (>) for max, 0 (<) for min. */
function minMax(args: PyValue[], kwnames: string[] | null, name: 'max' | 'min'): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  let key: PyValue = None;
  let dflt: PyValue | undefined;
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i];
    if (k === 'key') key = args[npos + i];
    else if (k === 'default') dflt = args[npos + i];
    else throw typeError(`'${k}' is an invalid keyword argument for ${name}()`);
  }
  if (npos === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
  if (npos > 1 && dflt !== undefined) {
    throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  const op = name === 'max' ? 4 : 0;
  const it = A.getIter(npos === 1 ? args[0] : newTuple(args.slice(0, npos)));
  let best: PyValue | undefined;
  let bestKey: PyValue | undefined;
  for (;;) {
    const x = A.iterNext(it);
    if (x === undefined) break;
    const k = key === None ? x : A.call(key, [x]);
    if (best === undefined) { best = x; bestKey = k; continue; }
    if (A.isTrue(A.richCompare(k, bestKey!, op))) { best = x; bestKey = k; }
  }
  if (best === undefined) {
    if (dflt !== undefined) return dflt;
    throw valueError(`${name}() arg is an empty sequence`);
  }
  return best;
}

function sorted(args: PyValue[], kwnames: string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos !== 1) {
    throw typeError(npos === 0 ? 'sorted expected 1 argument, got 0' : `sorted expected 1 argument, got ${npos}`);
  }
  const l = new PyList(A.toArray(args[0]));
  A.callMethod(ListType.lookup('sort')!, l, args.slice(1), kwnames);
  return l;
}

// Iterator fallbacks for builtins whose types are not provided yet by
// objects/iterators.ts (they are replaced by those types when present).
const CallableIteratorType = new PyType(TypeType, 'callable_iterator', [ObjectType], 0);
CallableIteratorType.mro = [CallableIteratorType, ObjectType];
class CallableIterator extends PyObject {
  done = false;
  constructor(readonly fn: PyValue, readonly sentinel: PyValue) { super(CallableIteratorType); }
  nextValue(): PyValue | undefined {
    if (this.done) return undefined;
    let v: PyValue;
    try {
      v = A.call(this.fn, []);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.isSubtype(StopIterationType)) { this.done = true; return undefined; }
      throw e;
    }
    if (A.eqValue(v, this.sentinel)) { this.done = true; return undefined; }
    return v;
  }
}
CallableIteratorType.dict.set('__iter__', builtinSlot('__iter__', (self) => self));
CallableIteratorType.dict.set('__next__', builtinSlot('__next__', (self) => {
  const v = (self as CallableIterator).nextValue();
  if (v === undefined) throw stopIteration();
  return v;
}));

import { PyMethodDescriptor } from '../objects/methods.js';
function builtinSlot(name: string, fn: (self: PyValue) => PyValue): PyMethodDescriptor {
  return new PyMethodDescriptor(name, CallableIteratorType, (self) => fn(self), null, true);
}

function iter(args: PyValue[]): PyValue {
  if (args.length === 0) throw typeError('iter expected at least 1 argument, got 0');
  if (args.length > 2) throw typeError(`iter expected at most 2 arguments, got ${args.length}`);
  if (args.length === 1) return A.getIter(args[0]);
  if (!callable(args[0])) throw typeError('iter(v, w): v must be callable');
  const t = (IT as Record<string, unknown>)['CallableIteratorType'];
  if (t instanceof PyType) return A.call(t, args);
  return new CallableIterator(args[0], args[1]);
}

function next(it: PyValue, dflt: PyValue | undefined): PyValue {
  const f = typeOf(it).lookup('__next__');
  if (f === undefined) throw typeError(`'${typeOf(it).name}' object is not an iterator`);
  // The fast protocol drops a generator's return value (StopIteration.value) and
  // would bypass a Python subclass's __next__: only builtin iterators take it.
  if (typeof it === 'object' && (it as unknown as A.FastIterator).nextValue !== undefined
      && (it.cls.flags & TF_HEAPTYPE) === 0 && !(it instanceof G.PyGenerator)) {
    const v = (it as unknown as A.FastIterator).nextValue();
    if (v !== undefined) return v;
    if (dflt !== undefined) return dflt;
    throw stopIteration();
  }
  try {
    return A.callMethod(f, it, []);
  } catch (e) {
    if (dflt !== undefined && e instanceof PyBaseException && e.cls.isSubtype(StopIterationType)) return dflt;
    throw e;
  }
}

export function callable(v: PyValue): boolean {
  if (typeof v !== 'object') return false;
  if (v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyType) return true;
  return typeOf(v).lookup('__call__') !== undefined;
}

/**
 * repr(): CPython calls a METH_O builtin through a recursion check
 * (cfunction_vectorcall_O), so `repr(x)` costs a level before PyObject_Repr
 * costs its own; counting it gives the same RecursionError message as
 * CPython's when a __repr__ recurses.
 */
function builtinRepr(o: PyValue): string {
  if (typeof o !== 'object') return A.repr(o);
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    throw recursionError('maximum recursion depth exceeded while calling a Python object');
  }
  try {
    return A.repr(o);
  } finally {
    ts.depth--;
  }
}

/** ascii(): repr with non-ASCII characters escaped (PyObject_ASCII). */
export function asciiOf(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

function chr(i: PyValue): PyValue {
  const v = A.index(i);
  if (typeof v === 'bigint' || v > 2147483647 || v < -2147483648) throw overflowError('Python int too large to convert to C int');
  if (v < 0 || v > 0x10ffff) throw valueError('chr() arg not in range(0x110000)');
  return String.fromCodePoint(v);
}

function ord(c: PyValue): PyValue {
  if (isStr(c)) {
    const s = A.strValue(c);
    const n = codePointLength(s);
    if (n === 1) return s.codePointAt(0)!;
    throw typeError(`ord() expected a character, but string of length ${n} found`);
  }
  if (c instanceof PyBytes) {
    if (c.data.length === 1) return c.data[0];
    throw typeError(`ord() expected a character, but string of length ${c.data.length} found`);
  }
  if (c instanceof PyByteArray) {
    if (c.length === 1) return c.data[0];
    throw typeError(`ord() expected a character, but string of length ${c.length} found`);
  }
  throw typeError(`ord() expected string of length 1, but ${typeOf(c).name} found`);
}

function format(v: PyValue, spec: PyValue | undefined): PyValue {
  const s = spec === undefined ? '' : spec;
  if (!isStr(s)) throw typeError(`format() argument 2 must be str, not ${typeOf(s).name}`);
  const f = typeOf(v).lookup('__format__');
  if (f === undefined) throw typeError(`Type ${typeOf(v).name} doesn't define __format__`);
  const r = A.callMethod(f, v, [s]);
  if (!isStr(r)) throw typeError(`__format__ must return a str, not ${typeOf(r).name}`);
  return r;
}

function vars(args: PyValue[]): PyValue {
  if (args.length > 1) throw typeError(`vars expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return frameLocals();
  const o = args[0];
  const d = A.getAttrOpt(o, '__dict__');
  if (d === undefined) {
    // An instance whose class does not (yet) publish a __dict__ descriptor: its attributes.
    if (typeof o === 'object' && o.attrs !== null && (o.cls.flags & TF_HAS_DICT)) return A.toDictMode(o);
    throw typeError('vars() argument must have __dict__ attribute');
  }
  return d;
}

function dir(args: PyValue[]): PyValue {
  if (args.length > 1) throw typeError(`dir expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) {
    const loc = frameLocals();
    return new PyList(sortValues(A.toArray(A.callMethod(typeOf(loc).lookup('keys')!, loc, []))));
  }
  return new PyList(dirOf(args[0]));
}

/** A builtin type exported by another type file, found by its Python name (null while that file is a stub). */
function findType(mod: Record<string, unknown>, name: string): PyType | null {
  for (const v of Object.values(mod)) if (v instanceof PyType && v.name === name) return v;
  return null;
}

// ---- the module ---------------------------------------------------------------------------------------

export function makeBuiltinsModule(interp: Interpreter): PyModule {
  const m = new PyModule('builtins');
  const d = m.dict;
  d.setStr('__doc__', "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; Ellipsis represents `...' in slices.");
  d.setStr('__package__', '');
  const fn = (sig: string, impl: (...a: any[]) => PyValue) => {
    const f = builtinFunction(sig, impl, m);
    d.setStr(f.name, f);
  };
  const raw = (name: string, impl: (args: PyValue[], kwnames: string[] | null) => PyValue) => {
    d.setStr(name, new PyBuiltinFunction(name, impl, m, name));
  };
  const noKw = (name: string, kwnames: string[] | null) => {
    if (kwnames !== null && kwnames.length) throw typeError(`${name}() takes no keyword arguments`);
  };

  fn('abs(x, /)', absValue);
  fn('all(iterable, /)', (it: PyValue) => {
    const i = A.getIter(it);
    for (let x = A.iterNext(i); x !== undefined; x = A.iterNext(i)) if (!A.isTrue(x)) return false;
    return true;
  });
  fn('any(iterable, /)', (it: PyValue) => {
    const i = A.getIter(it);
    for (let x = A.iterNext(i); x !== undefined; x = A.iterNext(i)) if (A.isTrue(x)) return true;
    return false;
  });
  fn('ascii(obj, /)', (o: PyValue) => asciiOf(A.repr(o)));
  fn('bin(number, /)', (x: PyValue) => toBase(x, 2));
  fn('oct(number, /)', (x: PyValue) => toBase(x, 8));
  fn('hex(number, /)', (x: PyValue) => toBase(x, 16));
  raw('breakpoint', () => None);
  fn('callable(obj, /)', (o: PyValue) => callable(o));
  fn('chr(i, /)', chr);
  fn('ord(c, /)', ord);
  fn('delattr(obj, name, /)', (o: PyValue, n: PyValue) => { A.setAttr(o, attrName(n), undefined); return None; });
  fn('setattr(obj, name, value, /)', (o: PyValue, n: PyValue, v: PyValue) => { A.setAttr(o, attrName(n), v); return None; });
  raw('getattr', (args, kw) => {
    noKw('getattr', kw);
    if (args.length < 2) throw typeError(`getattr expected at least 2 arguments, got ${args.length}`);
    if (args.length > 3) throw typeError(`getattr expected at most 3 arguments, got ${args.length}`);
    const name = attrName(args[1]);
    if (args.length === 3) {
      const v = A.getAttrOpt(args[0], name);
      return v === undefined ? args[2] : v;
    }
    return A.getAttr(args[0], name);
  });
  fn('hasattr(obj, name, /)', (o: PyValue, n: PyValue) => A.getAttrOpt(o, attrName(n)) !== undefined);
  raw('dir', (args, kw) => { noKw('dir', kw); return dir(args); });
  fn('divmod(x, y, /)', divmod);
  fn('format(value, format_spec=\'\', /)', format);
  fn('hash(obj, /)', (o: PyValue) => {
    // The exact 64-bit value (the table hashes may be rounded to JS numbers).
    if (typeof o === 'bigint') return N.hashBigIntExact(o);
    const fo = exactFloatOf(o);
    if (fo !== undefined && fo === fo) return N.hashFloatExact(fo); // NaN: by identity, below
    const h = A.hashValue(o);
    return typeof h === 'bigint' ? N.normInt(h) : h;
  });
  fn('id(obj, /)', (o: PyValue) => idOf(o));
  fn('isinstance(obj, class_or_tuple, /)', (o: PyValue, c: PyValue) => isInstance(o, c));
  fn('issubclass(cls, class_or_tuple, /)', (o: PyValue, c: PyValue) => isSubclass(o, c));
  raw('iter', (args, kw) => { noKw('iter', kw); return iter(args); });
  raw('next', (args, kw) => {
    noKw('next', kw);
    if (args.length < 1) throw typeError(`next expected at least 1 argument, got ${args.length}`);
    if (args.length > 2) throw typeError(`next expected at most 2 arguments, got ${args.length}`);
    return next(args[0], args[1]);
  });
  fn('aiter(async_iterable, /)', (v: PyValue) => {
    const f = typeOf(v).lookup('__aiter__');
    if (f === undefined) throw typeError(`'${typeOf(v).name}' object is not an async iterable`);
    const it = A.callMethod(f, v, []);
    if (typeOf(it).lookup('__anext__') === undefined) throw typeError(`aiter() returned not an async iterator of type '${typeOf(it).name}'`);
    return it;
  });
  raw('anext', (args, kw) => {
    noKw('anext', kw);
    if (args.length < 1) throw typeError(`anext expected at least 1 argument, got ${args.length}`);
    const f = typeOf(args[0]).lookup('__anext__');
    if (f === undefined) throw typeError(`'${typeOf(args[0]).name}' object is not an async iterator`);
    void G;
    return A.callMethod(f, args[0], []);
  });
  fn('len(obj, /)', (o: PyValue) => A.len(o));
  raw('max', (args, kw) => minMax(args, kw, 'max'));
  raw('min', (args, kw) => minMax(args, kw, 'min'));
  fn('pow(base, exp, mod=None)', pow);
  fn('repr(obj, /)', builtinRepr);
  fn('round(number, ndigits=None)', round);
  raw('sorted', sorted);
  fn('sum(iterable, /, start=0)', sum);
  raw('vars', (args, kw) => { noKw('vars', kw); return vars(args); });
  fn('__import__(name, globals=None, locals=None, fromlist=(), level=0)',
    (name: PyValue, globals: PyValue | undefined, locals: PyValue | undefined, fromlist: PyValue | undefined, level: PyValue | undefined) => {
      if (!isStr(name)) throw typeError(`__import__() argument 1 must be str, not ${typeOf(name).name}`);
      const g = globals instanceof PyDict ? globals : new PyDict();
      return importName(A.strValue(name), g, locals ?? None, fromlist ?? newTuple([]), level ?? 0);
    });
  d.setStr('__build_class__', new PyBuiltinFunction('__build_class__', buildClass, m, '__build_class__'));
  raw('print', (args, kw) => printImpl(interp, args, kw));
  raw('input', (args, kw) => { noKw('input', kw); return inputImpl(interp, args); });
  raw('open', (args, kw) => openImpl(interp, args, kw));
  installEvalBuiltins(interp, m, fn, raw);

  // Types.
  const types: [string, PyType | null][] = [
    ['object', ObjectType], ['type', TypeType], ['int', IntType], ['bool', BoolType], ['str', StrType],
    ['float', FloatType], ['complex', ComplexType], ['bytes', BytesType], ['bytearray', ByteArrayType],
    ['list', ListType], ['tuple', TupleType], ['dict', DictType], ['set', SetType], ['frozenset', FrozenSetType],
    ['slice', SliceType], ['super', SuperType], ['property', PropertyType], ['classmethod', ClassMethodType],
    ['staticmethod', StaticMethodType],
    ['range', findType(RG as Record<string, unknown>, 'range')],
    ['enumerate', findType(IT as Record<string, unknown>, 'enumerate')],
    ['zip', findType(IT as Record<string, unknown>, 'zip')],
    ['map', findType(IT as Record<string, unknown>, 'map')],
    ['filter', findType(IT as Record<string, unknown>, 'filter')],
    ['reversed', findType(IT as Record<string, unknown>, 'reversed')],
    ['memoryview', MemoryViewType],
  ];
  for (const [name, t] of types) if (t !== null) d.setStr(name, t);
  for (const t of BUILTIN_EXCEPTIONS) d.setStr(t.name, t);
  d.setStr('EnvironmentError', OSErrorType);
  d.setStr('IOError', OSErrorType);
  d.setStr('None', None);
  d.setStr('Ellipsis', Ellipsis);
  d.setStr('NotImplemented', NotImplemented);
  d.setStr('True', true);
  d.setStr('False', false);
  d.setStr('__debug__', true);
  return m;
}

/** id(): a stable number per object, CPython-like addresses for objects; small ints get their own. */
export function idOf(o: PyValue): PyValue {
  if (typeof o === 'object') return A.identityHash(o) * 8 + 0x7f0000000000;
  // Unboxed values have no identity in JS; equal values report equal ids (like CPython's cached small ints).
  const key = typeof o + ':' + String(o);
  let v = unboxedIds.get(key);
  if (v === undefined) { v = (nextUnboxedId++) * 16 + 0x7e0000000000; unboxedIds.set(key, v); }
  return v;
}
const unboxedIds = new Map<string, number>();
let nextUnboxedId = 1;

// The reprs of the singletons bound in builtins.
defineMethods(EllipsisType, {
  '__repr__($self, /)': () => 'Ellipsis',
  '__reduce__($self, /)': () => 'Ellipsis',
});
defineMethods(NotImplementedType, {
  '__repr__($self, /)': () => 'NotImplemented',
  '__reduce__($self, /)': () => 'NotImplemented',
});
if (!NoneType.dict.has('__repr__')) {
  defineMethods(NoneType, {
    '__repr__($self, /)': () => 'None',
    '__bool__($self, /)': () => false,
  });
}

// object.__dir__ / type.__dir__ and the other hooks typeobject.ts needs.
setTypeHooks({
  dir: defaultDir,
  newList: (items) => new PyList(items),
  mappingProxy: (t) => makeMappingProxy(t),
});
setBuildClassHooks({
  getAttrOpt: (o, n) => A.getAttrOpt(o, n),
  setItem: (o, k, v) => A.setItem(o, k, v),
});

void [ModuleType, newException];
