// The abstract object protocol (Objects/abstract.c, object.c, typeobject.c's
// slot dispatch): the one place where each operation's meaning is stated.
// The interpreter calls these helpers; the JIT specializes the common cases
// behind guards and calls the same helpers for everything else.
//
// Builtin types expose their behaviour as dunder methods in their type's
// namespace (so `int.__add__` exists and subclasses can override it); the
// helpers here find them through the MRO, with inline fast paths for exact
// builtin types.

import {
  Ellipsis, None, NotImplemented, ObjectType, PyObject, PyType, StrType, IntType, BoolType, TypeType,
  typeOf, type PyValue, TF_EXCEPTION, TF_HEAPTYPE, TF_HAS_DICT,
  isSlotKey,
  addAttrValue,
} from './object.js';
import { PyFloat, FloatType } from './float.js';
import { floatRepr } from './repr.js';
import { PyTuple, TupleType } from './tuple.js';
import { PyList, ListType } from './list.js';
import {
  PyBaseException, attributeError, typeError, indexError, keyError, stopIteration, BaseExceptionType, recursionError,
  StopIterationType, AttributeErrorType, TypeErrorType,
} from './exceptions.js';
import {
  PyBuiltinFunction, PyMethodDescriptor, PyClassMethodDescriptor, PyGetSetDescriptor, MethodDescriptorType, WrapperDescriptorType,
  BuiltinFunctionType,
} from './methods.js';
import { PyFunction, PyMethod, FunctionType, MethodType } from './function.js';
import { BINOP_DUNDERS, BINOP_RDUNDERS, BINOP_IDUNDERS, BINOP_SYMBOLS, CMP_DUNDERS, CMP_SWAPPED, CMP_SYMBOLS, NB_INPLACE, BinOp } from '../compiler/opcodes.js';
import * as N from './number.js';
import { PyDict, DictType } from './dict.js';
import { PySet, SetType, FrozenSetType } from './set.js';
import { ts } from '../vm/frame.js';
import { strCompare, cpLen, strItem } from './str_core.js';
import { HP, tupleParts } from './hashparts.js';

// ---- calling Python functions (provided by the VM) -----------------------------

type FunctionCaller = (f: PyFunction, args: PyValue[], kwnames: string[] | null) => PyValue;
let callPyFunction: FunctionCaller = () => { throw new Error('VM not initialized'); };
/** The VM registers how Python functions are called (vm/call.ts). */
export function setFunctionCaller(f: FunctionCaller): void {
  callPyFunction = f;
}

/** Call any callable (PyObject_Vectorcall).  The last len(kwnames) args are keyword values. */
export function call(f: PyValue, args: PyValue[], kwnames: string[] | null = null): PyValue {
  // By Python type first (one load; a failing instanceof walks the prototype chain).
  const fc = typeof f === 'object' ? f.cls : null;
  if (fc === FunctionType) return callPyFunction(f as PyFunction, args, kwnames);
  if (fc === BuiltinFunctionType) return (f as PyBuiltinFunction).fn(args, kwnames);
  if (fc === MethodType) return call((f as PyMethod).func, prepend((f as PyMethod).self, args), kwnames);
  if (f instanceof PyBuiltinFunction) return f.fn(args, kwnames);
  if (f instanceof PyMethodDescriptor) {
    // An unbound builtin method: the first argument is self.
    if (args.length - (kwnames === null ? 0 : kwnames.length) < 1) {
      throw typeError(`unbound method ${f.owner.name}.${f.name}() needs an argument`);
    }
    const self = args[0];
    if (!isInstanceOfType(self, f.owner)) {
      throw typeError(f.cls === WrapperDescriptorType
        ? `descriptor '${f.name}' requires a '${f.owner.name}' object but received a '${typeOf(self).name}'`
        : `descriptor '${f.name}' for '${f.owner.name}' objects doesn't apply to a '${typeOf(self).name}' object`);
    }
    return f.fn(self, args.slice(1), kwnames);
  }
  const t = typeOf(f);
  const c = t.lookup('__call__');
  if (c === undefined) throw typeError(`'${t.name}' object is not callable`);
  return callMethod(c, f, args, kwnames);
}

/** PyType.iterFn of iterators, whose __iter__ returns themselves. */
export function selfIter(v: PyValue): PyValue {
  return v;
}

/** [x, ...args] without the iterator protocol of a spread. */
function prepend(x: PyValue, args: PyValue[]): PyValue[] {
  const n = args.length;
  const a: PyValue[] = new Array(n + 1);
  a[0] = x;
  for (let i = 0; i < n; i++) a[i + 1] = args[i];
  return a;
}

/** Call a method found on a type with an explicit self (no bound-method object). */
export function callMethod(m: PyValue, self: PyValue, args: PyValue[], kwnames: string[] | null = null): PyValue {
  const mc = typeof m === 'object' ? m.cls : null;
  if (mc === FunctionType) return callPyFunction(m as PyFunction, prepend(self, args), kwnames);
  if (mc === MethodDescriptorType || mc === WrapperDescriptorType) {
    const md = m as PyMethodDescriptor;
    const d = md.direct;
    const n = args.length;
    // Plain positional parameters (PyMethodDescriptor.direct): the implementation itself, no argument checking wrapper.
    if (d !== null && kwnames === null && n >= md.directMin && n <= md.directMax && n <= 2) {
      return n === 0 ? d(self) : n === 1 ? d(self, args[0]) : d(self, args[0], args[1]);
    }
    return md.fn(self, args, kwnames);
  }
  // Any other descriptor: bind it the general way, then call.
  return call(bindDescriptor(m, self, typeOf(self)), args, kwnames);
}

/** Look up a special method on the type and call it (CPython's lookup_maybe_method + call). */
export function callSpecial(obj: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  const m = typeOf(obj).lookup(name);
  if (m === undefined) return undefined;
  return callMethod(m, obj, args);
}

function isInstanceOfType(v: PyValue, t: PyType): boolean {
  const c = typeOf(v);
  return c === t || c.isSubtype(t);
}

// ---- descriptors and attributes ---------------------------------------------------

/** Whether a class attribute is a data descriptor (has __set__ or __delete__). */
export function isDataDescriptor(d: PyValue): boolean {
  if (d instanceof PyGetSetDescriptor) return true;
  if (typeof d !== 'object') return false;
  if (d instanceof PyFunction || d instanceof PyMethodDescriptor || d instanceof PyBuiltinFunction) return false;
  const t = (d as PyObject).cls;
  return t.lookup('__set__') !== undefined || t.lookup('__delete__') !== undefined;
}

/** descr.__get__(obj, type) for a class attribute found on `type` (obj undefined: accessed on the class). */
export function bindDescriptor(d: PyValue, obj: PyValue | undefined, type: PyType): PyValue {
  if (typeof d !== 'object') return d;
  if (d instanceof PyFunction) return obj === undefined ? d : new PyMethod(d, obj);
  if (d instanceof PyMethodDescriptor) {
    if (obj === undefined) return d;
    const b = new PyBuiltinFunction(d.name, (args, kw) => d.fn(obj, args, kw), obj, `${d.owner.name}.${d.name}`);
    // A bound slot wrapper is a 'method-wrapper' ((1).__add__), not a builtin method.
    if (methodWrapperType !== null && d.cls !== MethodDescriptorType) b.cls = methodWrapperType;
    return b;
  }
  if (d instanceof PyClassMethodDescriptor) {
    return new PyBuiltinFunction(d.name, (args, kw) => d.fn(type, args, kw), type, `${d.owner.name}.${d.name}`);
  }
  if (d instanceof PyGetSetDescriptor) return obj === undefined ? d : d.get(obj);
  if (d instanceof PyBuiltinFunction) return d;
  const get = (d as PyObject).cls.lookup('__get__');
  if (get === undefined) return d;
  return callMethod(get, d, [obj === undefined ? None : obj, type]);
}

let methodWrapperType: PyType | null = null;
/** The type of bound slot wrappers (set by function_methods.ts). */
export function setMethodWrapperType(t: PyType): void { methodWrapperType = t; }

/** The instance's own attribute (its __dict__), or undefined. */
export function instanceAttr(obj: PyObject, name: string): PyValue | undefined {
  const a = obj.attrs;
  if (a === null) return undefined;
  if (a.shape !== null) {
    const i = a.shape.index.get(name);
    return i === undefined ? undefined : a.values[i];
  }
  return a.dict.getStr(name);
}

/**
 * getattr(obj, name), or undefined when the attribute doesn't exist (an
 * AttributeError raised by the lookup is swallowed; other exceptions propagate).
 */
export function getAttrOpt(obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  const ga = t.lookup('__getattribute__');
  if (ga !== OBJECT_GETATTRIBUTE && ga !== TYPE_GETATTRIBUTE) {
    try {
      return callMethod(ga!, obj, [name]);
    } catch (e) {
      if (!(e instanceof PyBaseException && e.cls.isSubtype(AttributeErrorType))) throw e;
      const gattr = t.lookup('__getattr__');
      if (gattr === undefined) return undefined;
      try { return callMethod(gattr, obj, [name]); } catch (e2) {
        if (e2 instanceof PyBaseException && e2.cls.isSubtype(AttributeErrorType)) return undefined;
        throw e2;
      }
    }
  }
  let r: PyValue | undefined;
  try {
    r = ga === TYPE_GETATTRIBUTE ? typeGetAttr(obj as PyType, name) : genericGetAttr(obj, t, name);
  } catch (e) {
    // A descriptor's AttributeError means "no attribute" too (_PyObject_LookupAttr).
    if (!(e instanceof PyBaseException && e.cls.isSubtype(AttributeErrorType))) throw e;
    r = undefined;
  }
  if (r !== undefined) return r;
  const gattr = t.lookup('__getattr__');
  if (gattr === undefined) return undefined;
  try {
    return callMethod(gattr, obj, [name]);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtype(AttributeErrorType)) return undefined;
    throw e;
  }
}

/** getattr(obj, name) (PyObject_GetAttr), raising CPython's AttributeError. */
export function getAttr(obj: PyValue, name: string): PyValue {
  const t = typeOf(obj);
  const ga = t.lookup('__getattribute__');
  if (ga === OBJECT_GETATTRIBUTE) {
    const r = genericGetAttr(obj, t, name);
    if (r !== undefined) return r;
  } else if (ga === TYPE_GETATTRIBUTE) {
    const r = typeGetAttr(obj as PyType, name);
    if (r !== undefined) return r;
  } else {
    try {
      return callMethod(ga!, obj, [name]);
    } catch (e) {
      if (!(e instanceof PyBaseException && e.cls.isSubtype(AttributeErrorType))) throw e;
      const gattr = t.lookup('__getattr__');
      if (gattr === undefined) { attributeErrorContext(e, obj, name); throw e; }
      return callGetattr(gattr, obj, name);
    }
  }
  const gattr = t.lookup('__getattr__');
  if (gattr !== undefined) return callGetattr(gattr, obj, name);
  const err = noAttribute(obj, name);
  attributeErrorContext(err, obj, name);
  throw err;
}

function callGetattr(gattr: PyValue, obj: PyValue, name: string): PyValue {
  try {
    return callMethod(gattr, obj, [name]);
  } catch (e) {
    attributeErrorContext(e, obj, name);
    throw e;
  }
}

/**
 * Records name and obj on an AttributeError leaving getattr, for "Did you
 * mean" (Objects/object.c set_attribute_error_context); set by exceptions_methods.ts.
 */
let attributeErrorContext: (e: unknown, obj: PyValue, name: string) => void = () => {};
export function setAttributeErrorContext(f: (e: unknown, obj: PyValue, name: string) => void): void { attributeErrorContext = f; }

export function noAttribute(obj: PyValue, name: string): PyBaseException {
  if (obj instanceof PyType) return attributeError(`type object '${obj.name}' has no attribute '${name}'`);
  if (typeof obj === 'object' && obj.cls.name === 'module') {
    const mname = (obj as unknown as { name: string }).name;
    return attributeError(`module '${mname}' has no attribute '${name}'`);
  }
  return attributeError(`'${typeOf(obj).name}' object has no attribute '${name}'`);
}

/** object.__getattribute__ without the error (PyObject_GenericGetAttr). */
export function genericGetAttr(obj: PyValue, t: PyType, name: string): PyValue | undefined {
  const d = t.lookup(name);
  if (d !== undefined && typeof d === 'object' && !(d instanceof PyFunction) && !(d instanceof PyMethodDescriptor) && isDataDescriptor(d)) {
    return bindDescriptor(d, obj, t);
  }
  if (typeof obj === 'object') {
    const v = instanceAttr(obj, name);
    if (v !== undefined) return v;
  }
  if (d === undefined) return undefined;
  return bindDescriptor(d, obj, t);
}

/** type.__getattribute__ (type_getattro): metatype data descriptors, then the MRO, then metatype attributes. */
export function typeGetAttr(cls: PyType, name: string): PyValue | undefined {
  const meta = cls.cls;
  const md = meta.lookup(name);
  if (md !== undefined && isDataDescriptor(md)) return bindDescriptor(md, cls, meta);
  const d = cls.lookup(name);
  if (d !== undefined) {
    if (d instanceof PyFunction || d instanceof PyMethodDescriptor) return d; // unbound on the class
    return bindDescriptor(d, undefined, cls);
  }
  if (md !== undefined) return bindDescriptor(md, cls, meta);
  return undefined;
}

/** setattr(obj, name, value) (PyObject_SetAttr); value undefined means delete. */
export function setAttr(obj: PyValue, name: string, value: PyValue | undefined): void {
  const t = typeOf(obj);
  const sa = t.lookup(value === undefined ? '__delattr__' : '__setattr__');
  if (sa !== OBJECT_SETATTR && sa !== OBJECT_DELATTR && sa !== TYPE_SETATTR && sa !== TYPE_DELATTR) {
    callMethod(sa!, obj, value === undefined ? [name] : [name, value]);
    return;
  }
  if (obj instanceof PyType) { typeSetAttr(obj, name, value); return; }
  genericSetAttr(obj, t, name, value);
}

/** object.__setattr__ / __delattr__ (PyObject_GenericSetAttr). */
export function genericSetAttr(obj: PyValue, t: PyType, name: string, value: PyValue | undefined): void {
  const d = t.lookup(name);
  if (d !== undefined && typeof d === 'object') {
    if (d instanceof PyGetSetDescriptor) {
      if (d.set === null) throw attributeError(`attribute '${name}' of '${t.name}' objects is not writable`);
      d.set(obj, value);
      return;
    }
    if (!(d instanceof PyFunction) && !(d instanceof PyMethodDescriptor)) {
      const dt = (d as PyObject).cls;
      const m = dt.lookup(value === undefined ? '__delete__' : '__set__');
      if (m !== undefined) {
        callMethod(m, d, value === undefined ? [obj] : [obj, value]);
        return;
      }
      if (value !== undefined ? dt.lookup('__delete__') !== undefined : dt.lookup('__set__') !== undefined) {
        throw attributeError(value === undefined ? '__delete__' : '__set__');
      }
    }
  }
  // No instance dict: no attrs at all, or a class whose __slots__ leave out __dict__ (its attrs hold only the slots).
  if (typeof obj !== 'object' || obj.attrs === null || (t.flags & (TF_HEAPTYPE | TF_HAS_DICT)) === TF_HEAPTYPE) {
    if (d === undefined) {
      throw attributeError(`'${t.name}' object has no attribute '${name}'`);
    }
    throw attributeError(`'${t.name}' object attribute '${name}' is read-only`);
  }
  const a = obj.attrs;
  if (value === undefined) {
    if (a.shape !== null) {
      if (!a.shape.index.has(name)) throw attributeError(attrMissing(obj, name));
      toDictMode(obj);
    }
    if (a.dict.delete(name) === undefined) throw attributeError(attrMissing(obj, name));
    return;
  }
  if (a.shape !== null) {
    const i = a.shape.index.get(name);
    if (i !== undefined) { a.values[i] = value; return; }
    addAttrValue(obj.cls, a, a.shape.names.length, value);
    a.shape = a.shape.with(name);
    return;
  }
  a.dict.setStr(name, value);
}

function attrMissing(obj: PyObject, name: string): string {
  return `'${obj.cls.name}' object has no attribute '${name}'`;
}

/** Switch an object's attributes to dictionary mode (see object.ts Attrs). */
let makeDict: () => any = () => { throw new Error('dict not ready'); };
export function setDictFactory(f: () => any): void { makeDict = f; }
export function toDictMode(obj: PyObject): any {
  const a = obj.attrs!;
  if (a.shape === null) return a.dict;
  const d = makeDict();
  const names = a.shape.names;
  for (let i = 0; i < names.length; i++) {
    if (isSlotKey(names[i])) (a.slots ??= new Map()).set(names[i], a.values[i]);
    else d.setStr(names[i], a.values[i]);
  }
  a.shape = null;
  a.values = [];
  a.dict = d;
  return d;
}

/** type.__setattr__: set in the namespace and bump version tags. */
export function typeSetAttr(cls: PyType, name: string, value: PyValue | undefined): void {
  const meta = cls.cls;
  const md = meta.lookup(name);
  if (md !== undefined && isDataDescriptor(md)) {
    if (md instanceof PyGetSetDescriptor) {
      if (md.set === null) throw attributeError(`attribute '${name}' of 'type' objects is not writable`);
      md.set(cls, value);
      return;
    }
    const m = (md as PyObject).cls.lookup(value === undefined ? '__delete__' : '__set__');
    if (m !== undefined) { callMethod(m, md, value === undefined ? [cls] : [cls, value]); return; }
  }
  if (!(cls.flags & 1 /* TF_HEAPTYPE */)) {
    throw typeError(`cannot set '${name}' attribute of immutable type '${cls.name}'`);
  }
  if (value === undefined) {
    if (!cls.dict.has(name)) throw attributeError(`type object '${cls.name}' has no attribute '${name}'`);
    cls.dict.delete(name);
  } else {
    cls.dict.set(name, value);
  }
  cls.modified();
}

// Sentinels for "the type uses the default attribute protocol": the
// descriptors that object and type put in their namespaces (set by
// typeobject.ts at startup).
export let OBJECT_GETATTRIBUTE: PyValue | undefined;
export let TYPE_GETATTRIBUTE: PyValue | undefined;
export let OBJECT_SETATTR: PyValue | undefined;
export let OBJECT_DELATTR: PyValue | undefined;
export let TYPE_SETATTR: PyValue | undefined;
export let TYPE_DELATTR: PyValue | undefined;
export function setDefaultAttrDescriptors(d: { og: PyValue; tg: PyValue; os: PyValue; od: PyValue; ts: PyValue; td: PyValue }): void {
  OBJECT_GETATTRIBUTE = d.og; TYPE_GETATTRIBUTE = d.tg; OBJECT_SETATTR = d.os;
  OBJECT_DELATTR = d.od; TYPE_SETATTR = d.ts; TYPE_DELATTR = d.td;
}

// ---- hashing and equality --------------------------------------------------------

export const KEY_IDENTITY = 0;   // hash and == by identity (object's defaults)
export const KEY_CUSTOM = 1;     // __hash__/__eq__ defined by the type
export const KEY_BASE_VALUE = 2; // a subclass of int/str/float that keeps the base's hash and ==

const keyKindCache = new WeakMap<PyType, [number, number]>();
let OBJECT_HASH: PyValue | undefined;
let OBJECT_EQ: PyValue | undefined;
export function setObjectHashEq(h: PyValue, e: PyValue): void { OBJECT_HASH = h; OBJECT_EQ = e; }
let OBJECT_NE: PyValue | undefined;
function objectNe(): PyValue | undefined {
  if (OBJECT_NE === undefined) OBJECT_NE = ObjectType.lookup('__ne__');
  return OBJECT_NE;
}

/** How a type's instances behave as dict keys (see dict.ts). */
export function keyKind(t: PyType): number {
  const c = keyKindCache.get(t);
  if (c !== undefined && c[0] === t.version) return c[1];
  let k: number;
  const h = t.lookup('__hash__');
  const e = t.lookup('__eq__');
  if (h === OBJECT_HASH && e === OBJECT_EQ) k = KEY_IDENTITY;
  else if ((t.isSubtype(IntType) || t.isSubtype(StrType) || t.isSubtype(FloatType)) &&
    h === (t.isSubtype(IntType) ? IntType : t.isSubtype(StrType) ? StrType : FloatType).lookup('__hash__') &&
    e === (t.isSubtype(IntType) ? IntType : t.isSubtype(StrType) ? StrType : FloatType).lookup('__eq__')) k = KEY_BASE_VALUE;
  else k = KEY_CUSTOM;
  keyKindCache.set(t, [t.version, k]);
  return k;
}

/** hash(v) (PyObject_Hash). */
export function hashValue(v: PyValue): number | bigint {
  switch (typeof v) {
    case 'number': return Number.isInteger(v) ? N.hashInt(v) : N.hashFloat(v);
    case 'bigint': return N.hashBigInt(v);
    case 'boolean': return v ? 1 : 0;
    case 'string': return hashString(v);
  }
  const t = v.cls;
  if (t === FloatType) {
    // NaN hashes by identity (3.10+).
    const x = (v as PyFloat).value;
    return x === x ? N.hashFloat(x) : identityHash(v);
  }
  if (t === TupleType) return hashTuple(v as PyTuple);
  const h = t.lookup('__hash__');
  if (h === undefined || h === None) throw typeError(`unhashable type: '${t.name}'`);
  if (h === OBJECT_HASH) return identityHash(v);
  const r = callMethod(h, v, []);
  if (typeof r === 'number' && Number.isInteger(r)) return r === -1 ? -2 : r;
  // A result that fits Py_hash_t is the hash; a bigger int is hashed (slot_tp_hash).
  if (typeof r === 'bigint') return BigInt.asIntN(64, r) === r ? r : N.hashBigInt(r);
  if (typeof r === 'boolean') return r ? 1 : 0;
  const ri = typeof r === 'object' && r.cls.isSubtype(IntType) ? indexOpt(r) : undefined;
  if (ri !== undefined) return typeof ri === 'number' ? N.hashInt(ri) : N.hashBigInt(ri);
  throw typeError('__hash__ method should return an integer');
}

const idHashes = new WeakMap<object, number>();
let nextId = 1;
/** A stable per-object number, for object.__hash__ and id(). */
export function identityHash(o: object): number {
  let h = idHashes.get(o);
  if (h === undefined) { h = (nextId++) * 16; idHashes.set(o, h); }
  return h;
}

/**
 * str hash.  CPython's str hashes are randomized per process (SipHash with a
 * random key), so no program may depend on their values; krait uses FNV-1a
 * over the UTF-16 units, which is deterministic.  Deliberate difference.
 */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h = h | 0;
  return h === -1 ? -2 : h;
}

// ---- 64-bit hash arithmetic without BigInt ------------------------------------------
//
// CPython's hashes are 64-bit (Py_hash_t); krait returns them as Python ints
// (a number when safe, else a bigint).  The mixing functions work on
// unsigned 64-bit values split into 32-bit halves: H64.hi / H64.lo hold the
// result of the last operation (no allocation).

export const H64 = { hi: 0, lo: 0 };

/** Split a hash (number | bigint, signed 64-bit) into H64.hi/lo (two's complement). */
export function h64From(h: number | bigint): void {
  if (typeof h === 'number') {
    H64.lo = h >>> 0;
    H64.hi = Math.floor(h / 4294967296) >>> 0;
  } else {
    const u = BigInt.asUintN(64, h);
    H64.lo = Number(u & 0xffffffffn);
    H64.hi = Number(u >> 32n);
  }
}

/** (ah:al) * (bh:bl) mod 2**64 into H64. */
export function mul64(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff, a1 = al >>> 16, b0 = bl & 0xffff, b1 = bl >>> 16;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  const hiLow = p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16);
  H64.lo = ((mid & 0xffff) * 65536 + (p00 & 0xffff)) >>> 0;
  H64.hi = (hiLow + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
}

/** The signed 64-bit value hi:lo as a Python int (number when safe). */
export function h64Value(hi: number, lo: number): number | bigint {
  const shi = hi | 0;
  if (shi >= -2097152 && shi < 2097152) {
    const v = shi * 4294967296 + lo;
    if (Number.isSafeInteger(v)) return v;
  }
  return (BigInt(shi) << 32n) | BigInt(lo);
}


/** tuple hash: CPython 3.11's xxHash-based tuplehash (Objects/tupleobject.c), in 64-bit arithmetic. */
export function hashTuple(t: PyTuple): number | bigint {
  if (t.hash !== undefined) return t.hash;
  tupleParts(t);
  const r = h64Value(HP.hi, HP.lo);
  t.hash = r;
  return r;
}

/** a == b as a JS boolean (PyObject_RichCompareBool: identity implies equality). */
export function eqValue(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  const ta = typeof a, tb = typeof b;
  if (ta !== 'object' && tb !== 'object') {
    if (ta === tb) return a === b;
    if ((ta === 'number' || ta === 'bigint' || ta === 'boolean') && (tb === 'number' || tb === 'bigint' || tb === 'boolean')) {
      // A raw float (non-integral number) never equals a bigint, and BigInt() would throw on it.
      if (ta === 'bigint' || tb === 'bigint') {
        const n = ta === 'bigint' ? b : a;
        return (typeof n !== 'number' || Number.isInteger(n)) && BigInt(a as never) === BigInt(b as never);
      }
      return Number(a) === Number(b);
    }
    return false;
  }
  return isTrue(richCompare(a, b, 2));
}

// ---- truth, repr, str ---------------------------------------------------------------

/** bool(v) (PyObject_IsTrue). */
export function isTrue(v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean': return v;
    case 'number': return v !== 0;
    case 'string': return v.length !== 0;
    case 'bigint': return true;
  }
  if (v === None) return false;
  const t = v.cls;
  if (t === ListType) return (v as PyList).items.length !== 0;
  if (t === TupleType) return (v as PyTuple).items.length !== 0;
  if (t === FloatType) return (v as PyFloat).value !== 0;
  if (t === DictType) return (v as PyDict).size !== 0;
  if (t === SetType || t === FrozenSetType) return (v as PySet).used !== 0;
  const b = t.lookup('__bool__');
  if (b !== undefined) {
    const r = callMethod(b, v, []);
    if (typeof r !== 'boolean') throw typeError(`__bool__ should return bool, returned ${typeOf(r).name}`);
    return r;
  }
  const l = t.lookup('__len__');
  if (l !== undefined) return lenResult(callMethod(l, v, [])) !== 0;
  return true;
}

/** repr(v) as a JS string. */
export function repr(v: PyValue): string {
  switch (typeof v) {
    case 'number': return Number.isInteger(v) ? String(v) : floatRepr(v);
    case 'bigint': return N.bigIntToString(v);
    case 'boolean': return v ? 'True' : 'False';
    case 'string': return strReprHook(v);
  }
  if (v === None) return 'None';
  // PyObject_Repr counts as a level of recursion (Py_EnterRecursiveCall), like a Python call.
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    throw recursionError('maximum recursion depth exceeded while getting the repr of an object');
  }
  let r: PyValue | undefined;
  try {
    r = callSpecial(v, '__repr__', []);
  } catch (e) {
    // Nested repr -> Python -> repr calls use the JS stack; if it runs out
    // before the recursion limit, report it as CPython would at this level.
    if (e instanceof RangeError || (e === ts.overflow && e !== null)) {
      ts.overflow = null;
      throw recursionError('maximum recursion depth exceeded while getting the repr of an object');
    }
    throw e;
  } finally {
    ts.depth--;
  }
  if (typeof r !== 'string') {
    if (r !== undefined && typeof r === 'object' && r.cls.isSubtype(StrType)) return strValue(r);
    throw typeError(`__repr__ returned non-string (type ${typeOf(r!).name})`);
  }
  return r;
}

/** str(v) as a JS string. */
export function str(v: PyValue): string {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return Number.isInteger(v) ? String(v) : floatRepr(v);
    case 'bigint': return N.bigIntToString(v);
    case 'boolean': return v ? 'True' : 'False';
  }
  if (v === None) return 'None';
  const r = callSpecial(v, '__str__', []);
  if (typeof r !== 'string') {
    if (r !== undefined && typeof r === 'object' && r.cls.isSubtype(StrType)) return strValue(r);
    throw typeError(`__str__ returned non-string (type ${typeOf(r!).name})`);
  }
  return r;
}

/** The JS string of a str or str-subclass instance. */
export function strValue(v: PyValue): string {
  if (typeof v === 'string') return v;
  return (v as unknown as { value: string }).value;
}

let strReprHook: (s: string) => string = (s) => JSON.stringify(s);
export function setStrRepr(f: (s: string) => string): void { strReprHook = f; }

// ---- comparison ---------------------------------------------------------------------

/** a OP b for COMPARE_OP (do_richcompare), returning a Python value. */
export function richCompare(a: PyValue, b: PyValue, op: number): PyValue {
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case 0: return a < b;
      case 1: return a <= b;
      case 2: return a === b;
      case 3: return a !== b;
      case 4: return a > b;
      case 5: return a >= b;
    }
  }
  if (typeof a === 'string' && typeof b === 'string') return strCompareOp(a, b, op);
  if (typeof a === 'object' && a.cls === FloatType) {
    const x = (a as PyFloat).value;
    let y: number | undefined;
    if (typeof b === 'object' && b.cls === FloatType) y = (b as PyFloat).value;
    else if (typeof b === 'number') y = b;
    if (y !== undefined) return cmpNumbers(x, y, op);
  } else if (typeof a === 'number' && typeof b === 'object' && b.cls === FloatType) {
    return cmpNumbers(a, (b as PyFloat).value, op);
  }
  const ta = typeOf(a), tb = typeOf(b);
  if ((op === 2 || op === 3) && ta.lookup('__eq__') === OBJECT_EQ && tb.lookup('__eq__') === OBJECT_EQ &&
      (op === 2 || (ta.lookup('__ne__') === objectNe() && tb.lookup('__ne__') === objectNe()))) {
    // Neither side defines equality (object's __eq__ and __ne__ both ways): identity, without the calls.
    return op === 2 ? a === b : a !== b;
  }
  let checkedReverse = false;
  if (ta !== tb && tb.isSubtype(ta)) {
    const f = tb.lookup(CMP_DUNDERS[CMP_SWAPPED[op]]);
    if (f !== undefined) {
      checkedReverse = true;
      const r = callMethod(f, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  const f = ta.lookup(CMP_DUNDERS[op]);
  if (f !== undefined) {
    const r = callMethod(f, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse) {
    const g = tb.lookup(CMP_DUNDERS[CMP_SWAPPED[op]]);
    if (g !== undefined) {
      const r = callMethod(g, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === 2) return a === b;
  if (op === 3) return a !== b;
  throw typeError(`'${CMP_SYMBOLS[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

/** a OP b for two strs (COMPARE_OP's op 0-5), ordered by code point (str_core.strCompare: JS's < compares UTF-16 units). */
export function strCompareOp(a: string, b: string, op: number): boolean {
  switch (op) {
    case 2: return a === b;
    case 3: return a !== b;
  }
  const c = strCompare(a, b);
  return op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 4 ? c > 0 : c >= 0;
}

/** Comparison of two JS numbers (safe ints compare exactly with doubles). */
function cmpNumbers(x: number, y: number, op: number): boolean {
  switch (op) {
    case 0: return x < y;
    case 1: return x <= y;
    case 2: return x === y;
    case 3: return x !== y;
    case 4: return x > y;
  }
  return x >= y;
}

// ---- arithmetic ------------------------------------------------------------------------

/** lhs OP rhs for BINARY_OP, in-place forms included (PyNumber_*, PyNumber_InPlace*). */
export function binaryOp(op: number, a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const o = op >= NB_INPLACE ? op - NB_INPLACE : op;
    const r = Number.isInteger(a) && Number.isInteger(b) ? N.intOpFast(o, a, b) : N.floatOp(o, a, b);
    if (r !== undefined) return r;
  } else if (typeof a === 'bigint' ? typeof b === 'bigint' || (typeof b === 'number' && Number.isInteger(b))
    : typeof b === 'bigint' && typeof a === 'number' && Number.isInteger(a)) {
    // Big ints (and a big int with a small one) straight to the int operators.
    const r = N.intOp(op >= NB_INPLACE ? op - NB_INPLACE : op, a as number | bigint, b as number | bigint);
    if (r !== undefined) return r;
  } else if (op === BinOp.ADD && typeof a === 'object' && typeof b === 'object' && a.cls === b.cls) {
    // Exact list + list and tuple + tuple (list.__add__, tuple.__add__, which nothing can replace).
    if (a.cls === ListType) return new PyList(concatItems((a as PyList).items, (b as PyList).items));
    if (a.cls === TupleType) {
      const x = (a as PyTuple).items, y = (b as PyTuple).items;
      return y.length === 0 ? a : x.length === 0 ? b : new PyTuple(concatItems(x, y));
    }
  } else if (typeof a === 'boolean' && typeof b === 'boolean') {
    // bool & | ^ bool is a bool (bool.__and__ ...); `changed |= f()` in a loop.
    const o = op >= NB_INPLACE ? op - NB_INPLACE : op;
    if (o === BinOp.AND) return a && b;
    if (o === BinOp.OR) return a || b;
    if (o === BinOp.XOR) return a !== b;
  } else if (op === BinOp.REMAINDER && typeof a === 'string' && (typeof b !== 'object' || !b.cls.isSubtype(StrType))) {
    // str % x: str's __mod__ answers first unless x is of a str subclass (which may override __rmod__).
    return strModHook(a, b);
  }
  if (op >= NB_INPLACE) return inplaceOp(op - NB_INPLACE, a, b);
  return binaryOpSlow(op, a, b);
}

let strModHook: (fmt: string, args: PyValue) => PyValue = () => { throw new Error('krait: str % not ready'); };
export function setStrMod(f: (fmt: string, args: PyValue) => PyValue): void { strModHook = f; }

/** The items of a then b in a new array (a copying loop: Array.prototype.concat is slower). */
export function concatItems(a: PyValue[], b: PyValue[]): PyValue[] {
  const na = a.length, nb = b.length;
  const r: PyValue[] = new Array(na + nb);
  for (let i = 0; i < na; i++) r[i] = a[i];
  for (let i = 0; i < nb; i++) r[na + i] = b[i];
  return r;
}

/** v has __index__ (without calling it). */
function hasIndex(v: PyValue): boolean {
  switch (typeof v) {
    case 'number': return Number.isInteger(v);
    case 'bigint': case 'boolean': return true;
    case 'string': return false;
  }
  return v.cls.lookup('__index__') !== undefined;
}

function inplaceOp(op: number, a: PyValue, b: PyValue): PyValue {
  const ta = typeOf(a);
  if (typeof a === 'object') {
    const f = ta.lookup(BINOP_IDUNDERS[op]);
    // list's and bytearray's *= are sequence repeats (sq_inplace_repeat),
    // which PyNumber_InPlaceMultiply only tries with an int-like operand.
    if (f !== undefined && !(op === BinOp.MULTIPLY && f instanceof PyMethodDescriptor &&
        (f.owner === ListType || f.owner.name === 'bytearray') && !hasIndex(b))) {
      const r = callMethod(f, a, [b]);
      if (r !== NotImplemented) return r;
    }
  }
  return binaryOpSlow(op, a, b, true);
}

/** binary_op1 with dunders, then sequence concat/repeat, then the TypeError. */
export function binaryOpSlow(op: number, a: PyValue, b: PyValue, inplace = false): PyValue {
  const ta = typeOf(a), tb = typeOf(b);
  // Builtin numeric fast paths (int, bool, float).
  const r0 = N.numberOp(op, a, b);
  if (r0 !== undefined) return r0;
  const fa = ta.lookup(BINOP_DUNDERS[op]);
  let fb = ta !== tb ? tb.lookup(BINOP_RDUNDERS[op]) : undefined;
  if (fb !== undefined && tb.isSubtype(ta) && fb !== ta.lookup(BINOP_RDUNDERS[op])) {
    const r = callMethod(fb, b, [a]);
    if (r !== NotImplemented) return r;
    fb = undefined;
  }
  if (fa !== undefined) {
    const r = callMethod(fa, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined) {
    const r = callMethod(fb, b, [a]);
    if (r !== NotImplemented) return r;
  }
  // Sequence concatenation and repetition (sq_concat / sq_repeat) give their own errors.
  if (op === BinOp.ADD && ta.sqConcat !== null) return ta.sqConcat(a, b);
  if (op === BinOp.MULTIPLY) {
    if (ta.sqRepeat !== null) return ta.sqRepeat(a, b);
    if (tb.sqRepeat !== null) return tb.sqRepeat(b, a);
  }
  const sym = BINOP_SYMBOLS[op] + (inplace ? '=' : '');
  if (op === BinOp.POWER) {
    throw typeError(`unsupported operand type(s) for ${inplace ? '**=' : '** or pow()'}: '${ta.name}' and '${tb.name}'`);
  }
  if (op === BinOp.RSHIFT && !inplace && a !== null && typeof a === 'object' && (a as PyObject).cls.name === 'builtin_function_or_method' && (a as PyBuiltinFunction).name === 'print') {
    throw typeError(`unsupported operand type(s) for >>: '${ta.name}' and '${tb.name}'. Did you mean "print(<message>, file=<output_stream>)"?`);
  }
  throw typeError(`unsupported operand type(s) for ${sym}: '${ta.name}' and '${tb.name}'`);
}

/** -v */
export function negative(v: PyValue): PyValue {
  if (typeof v === 'number') return v === 0 ? 0 : -v;
  const r = N.unaryNumber('neg', v);
  if (r !== undefined) return r;
  return unarySpecial(v, '__neg__', 'unary -');
}

/** +v */
export function positive(v: PyValue): PyValue {
  if (typeof v === 'number') return v;
  const r = N.unaryNumber('pos', v);
  if (r !== undefined) return r;
  return unarySpecial(v, '__pos__', 'unary +');
}

/** ~v */
export function invert(v: PyValue): PyValue {
  if (typeof v === 'number' && Number.isInteger(v)) return N.intInvert(v);
  const r = N.unaryNumber('invert', v);
  if (r !== undefined) return r;
  return unarySpecial(v, '__invert__', 'unary ~');
}

function unarySpecial(v: PyValue, name: string, what: string): PyValue {
  const r = callSpecial(v, name, []);
  if (r === undefined) throw typeError(`bad operand type for ${what}: '${typeOf(v).name}'`);
  return r;
}

// ---- containers ---------------------------------------------------------------------------

/** len(v) as a JS number. */
export function len(v: PyValue): number {
  if (typeof v === 'string') return cpLen(v);
  if (typeof v === 'object') {
    if (v.cls === ListType) return (v as PyList).items.length;
    if (v.cls === TupleType) return (v as PyTuple).items.length;
    if (v.cls === DictType) return (v as PyDict).size;
    if (v.cls === SetType || v.cls === FrozenSetType) return (v as PySet).used;
  }
  const f = typeOf(v).lookup('__len__');
  if (f === undefined) throw typeError(`object of type '${typeOf(v).name}' has no len()`);
  return lenResult(callMethod(f, v, []));
}

function lenResult(r: PyValue): number {
  if (typeof r === 'number' && Number.isInteger(r)) {
    if (r < 0) throw N.valueErrorMsg('__len__() should return >= 0');
    return r;
  }
  if (typeof r === 'boolean') return r ? 1 : 0;
  if (typeof r === 'bigint') {
    if (r < 0n) throw N.valueErrorMsg('__len__() should return >= 0');
    throw N.overflowErrorMsg("cannot fit 'int' into an index-sized integer");
  }
  const i = indexOpt(r);
  if (i === undefined) throw typeError(`'${typeOf(r).name}' object cannot be interpreted as an integer`);
  return lenResult(i);
}

/** obj[key] (PyObject_GetItem). */
export function getItem(obj: PyValue, key: PyValue): PyValue {
  // Raw floats are JS numbers too: Number.isInteger keeps them out of the int fast paths.
  if (typeof obj === 'string' && typeof key === 'number' && Number.isInteger(key)) return strItem(obj, key);
  if (typeof obj === 'object') {
    if (obj.cls === ListType && typeof key === 'number' && Number.isInteger(key)) {
      const items = (obj as PyList).items;
      const i = key < 0 ? key + items.length : key;
      if (i >= 0 && i < items.length) return items[i];
      throw indexError('list index out of range');
    }
    if (obj.cls === TupleType && typeof key === 'number' && Number.isInteger(key)) {
      const items = (obj as PyTuple).items;
      const i = key < 0 ? key + items.length : key;
      if (i >= 0 && i < items.length) return items[i];
      throw indexError('tuple index out of range');
    }
    if (obj.cls === DictType) {
      const v = (obj as PyDict).get(key);
      if (v !== undefined) return v;
      throw keyError(key);
    }
  }
  const t = typeOf(obj);
  const f = t.lookup('__getitem__');
  if (f !== undefined) return callMethod(f, obj, [key]);
  if (obj instanceof PyType) {
    if (obj === TypeType) return genericAlias(obj, key);
    const cg = obj.lookup('__class_getitem__');
    if (cg !== undefined) return call(bindDescriptor(cg, undefined, obj), [key]);
    throw typeError(`type '${obj.name}' is not subscriptable`);
  }
  throw typeError(`'${t.name}' object is not subscriptable`);
}

let genericAlias: (origin: PyValue, args: PyValue) => PyValue = () => { throw typeError('generic alias not available'); };
export function setGenericAlias(f: (origin: PyValue, args: PyValue) => PyValue): void { genericAlias = f; }

/** obj[key] = value; value undefined means del obj[key]. */
export function setItem(obj: PyValue, key: PyValue, value: PyValue | undefined): void {
  if (value !== undefined && typeof obj === 'object' && obj.cls === ListType && typeof key === 'number' && Number.isInteger(key)) {
    const items = (obj as PyList).items;
    const i = key < 0 ? key + items.length : key;
    if (i >= 0 && i < items.length) { items[i] = value; return; }
    throw indexError('list assignment index out of range');
  }
  if (typeof obj === 'object' && obj.cls === DictType) {
    if (value !== undefined) { (obj as PyDict).set(key, value); return; }
    if ((obj as PyDict).delete(key) === undefined) throw keyError(key);
    return;
  }
  const t = typeOf(obj);
  const f = t.lookup(value === undefined ? '__delitem__' : '__setitem__');
  if (f !== undefined) { callMethod(f, obj, value === undefined ? [key] : [key, value]); return; }
  if (value === undefined) {
    throw typeError(`'${t.name}' object ${t.lookup('__getitem__') !== undefined ? "doesn't support item deletion" : 'does not support item deletion'}`);
  }
  throw typeError(`'${t.name}' object does not support item assignment`);
}

/** item in container (PySequence_Contains). */
export function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === 'string' && typeof item === 'string') return container.indexOf(item) >= 0;
  const t = typeOf(container);
  if (t === DictType) return (container as PyDict).has(item);
  if (t === ListType) {
    const items = (container as PyList).items;
    for (let i = 0; i < items.length; i++) if (items[i] === item || eqValue(items[i], item)) return true;
    return false;
  }
  const f = t.lookup('__contains__');
  if (f !== undefined) return isTrue(callMethod(f, container, [item]));
  // Fall back to iteration (_PySequence_IterSearch: a TypeError from iter() gets its own message).
  let it: PyValue;
  try {
    it = getIter(container);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtype(TypeErrorType)) throw typeError(`argument of type '${t.name}' is not iterable`);
    throw e;
  }
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return false;
    if (x === item || eqValue(x, item)) return true;
  }
}

// ---- iteration --------------------------------------------------------------------------

/** iter(v) (PyObject_GetIter). */
export function getIter(v: PyValue): PyValue {
  const t = typeOf(v);
  const fi = t.iterFn;
  if (fi !== null) return fi(v);
  const f = t.lookup('__iter__');
  if (f !== undefined && f !== None) {
    const it = callMethod(f, v, []);
    if (!isFastIterator(it) && typeOf(it).lookup('__next__') === undefined) {
      throw typeError(`iter() returned non-iterator of type '${typeOf(it).name}'`);
    }
    return it;
  }
  if (f !== None && t.lookup('__getitem__') !== undefined) return seqIter(v);
  throw typeError(`'${t.name}' object is not iterable`);
}

let seqIter: (v: PyValue) => PyValue = () => { throw new Error('seqiter not ready'); };
export function setSeqIter(f: (v: PyValue) => PyValue): void { seqIter = f; }

/** Builtin iterators implement this fast protocol: return the next item or undefined when exhausted. */
export interface FastIterator { nextValue(): PyValue | undefined }

/** next(it), or undefined when exhausted (StopIteration is swallowed). */
/** A builtin iterator (has nextValue, and is not an instance of a Python subclass, which may override __next__). */
function isFastIterator(it: PyValue): boolean {
  return typeof it === 'object' && (it as unknown as FastIterator).nextValue !== undefined && (it.cls.flags & TF_HEAPTYPE) === 0;
}

export function iterNext(it: PyValue): PyValue | undefined {
  // A Python subclass of a builtin iterator (class E(enumerate)) may override __next__: only exact builtins go fast.
  if (isFastIterator(it)) return (it as unknown as FastIterator).nextValue();
  const f = typeOf(it).lookup('__next__');
  if (f === undefined) throw typeError(`'${typeOf(it).name}' object is not an iterator`);
  try {
    return callMethod(f, it, []);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtype(StopIterationType)) return undefined;
    throw e;
  }
}

/** All items of an iterable, as a JS array (list(v) without the list). */
export function toArray(v: PyValue): PyValue[] {
  if (typeof v === 'object') {
    if (v.cls === ListType) return (v as PyList).items.slice();
    if (v.cls === TupleType) return (v as PyTuple).items.slice();
  }
  const out: PyValue[] = [];
  const it = getIter(v);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return out;
    out.push(x);
  }
}

// ---- conversions -------------------------------------------------------------------------

/** v.__index__() as an int (number | bigint), or undefined if v has no __index__. */
export function indexOpt(v: PyValue): number | bigint | undefined {
  switch (typeof v) {
    case 'number': return Number.isInteger(v) ? v : undefined;
    case 'bigint': return v;
    case 'boolean': return v ? 1 : 0;
    case 'string': return undefined;
  }
  const f = v.cls.lookup('__index__');
  if (f === undefined) return undefined;
  const r = callMethod(f, v, []);
  if ((typeof r === 'number' && Number.isInteger(r)) || typeof r === 'bigint') return r;
  if (typeof r === 'boolean') return r ? 1 : 0;
  throw typeError(`__index__ returned non-int (type ${typeOf(r).name})`);
}

/** operator.index(v), raising CPython's TypeError. */
export function index(v: PyValue, what?: string): number | bigint {
  const i = indexOpt(v);
  if (i === undefined) {
    throw typeError(what ?? `'${typeOf(v).name}' object cannot be interpreted as an integer`);
  }
  return i;
}

/** An index-sized int (Py_ssize_t), with CPython's errors. */
export function indexSize(v: PyValue, what?: string): number {
  const i = index(v, what);
  if (typeof i === 'bigint') throw N.overflowErrorMsg(`cannot fit 'int' into an index-sized integer`);
  return i;
}

export function isException(v: PyValue): v is PyBaseException {
  return v instanceof PyBaseException;
}

export function isExceptionType(v: PyValue): v is PyType {
  return v instanceof PyType && (v.flags & TF_EXCEPTION) !== 0;
}

export { Ellipsis, None, NotImplemented, ObjectType, BoolType, BaseExceptionType, stopIteration };
