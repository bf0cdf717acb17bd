// Classes: creating them (type_new), calling them (type_call), C3 MRO,
// object's and type's default methods, and super (Objects/typeobject.c).

import {
  Attrs, None, NotImplemented, ObjectType, PyObject, PyType, TypeType, TF_BASETYPE, TF_HAS_DICT,
  TF_HEAPTYPE, TF_EXCEPTION, TF_SEQUENCE, TF_MAPPING, typeOf, type PyValue, StrType,
  slotKey, PyInstance,
  addAttrValue,
} from './object.js';
import {
  call, callMethod, genericGetAttr, genericSetAttr, getAttr, typeGetAttr, typeSetAttr, identityHash,
  setDefaultAttrDescriptors, setObjectHashEq, noAttribute, bindDescriptor, repr, str, isTrue, toDictMode,
  setDictFactory, strValue,
} from './abstract.js';
import { PyBaseException, typeError, valueError, attributeError, runtimeError } from './exceptions.js';
import {
  PyBuiltinFunction, PyGetSetDescriptor, Signature, defineMethods, defineGetSets, wrapMethod, MemberDescriptorType,
} from './methods.js';
import { PyFunction, PyCell } from './function.js';
import { PyDict, newDict } from './dict.js';
import { PyTuple, newTuple, EMPTY_TUPLE } from './tuple.js';

setDictFactory(newDict);

// ---- descriptor types defined in Python terms: classmethod, staticmethod, property ----

import { makeBuiltinType } from './object.js';

export const ClassMethodType = makeBuiltinType('classmethod');
export const StaticMethodType = makeBuiltinType('staticmethod');
export const PropertyType = makeBuiltinType('property');
export const SuperType = makeBuiltinType('super');

export class PyClassMethod extends PyObject {
  constructor(public func: PyValue, cls = ClassMethodType) { super(cls); this.attrs = new Attrs(); }
}
export class PyStaticMethod extends PyObject {
  constructor(public func: PyValue, cls = StaticMethodType) { super(cls); this.attrs = new Attrs(); }
}
export class PyProperty extends PyObject {
  constructor(public fget: PyValue, public fset: PyValue, public fdel: PyValue, public doc: PyValue, cls = PropertyType) {
    super(cls);
    if (cls !== PropertyType) this.attrs = new Attrs();
  }
}
export class PySuper extends PyObject {
  constructor(public type: PyType, public obj: PyValue | undefined, public objType: PyType | undefined) { super(SuperType); }
}

// ---- C3 linearization ------------------------------------------------------------------

/** The MRO of a class with these bases (mro_internal / C3), raising CPython's TypeError. */
export function c3(cls: PyType, bases: PyType[]): PyType[] {
  // check_duplicates
  for (let i = 0; i < bases.length; i++) {
    if (bases.indexOf(bases[i], i + 1) >= 0) throw typeError(`duplicate base class ${bases[i].name}`);
  }
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const out: PyType[] = [cls];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((t) => t.indexOf(head) > 0)) { cand = head; break; }
    }
    if (cand === null) {
      // "Cannot create a consistent method resolution order (MRO) for bases A, B"
      const names: string[] = [];
      for (const s of nonEmpty) if (!names.includes(s[0].name)) names.push(s[0].name);
      throw typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${names.join(', ')}`);
    }
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

// ---- class creation -----------------------------------------------------------------------

/** The most derived metaclass of `meta` and the bases' metaclasses (_PyType_CalculateMetaclass). */
export function calculateMetaclass(meta: PyType, bases: PyType[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (winner.isSubtype(bt)) continue;
    if (bt.isSubtype(winner)) { winner = bt; continue; }
    throw typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** The nearest builtin layout among the bases (best_base), checking for conflicts. */
function bestBase(bases: PyType[]): PyType {
  let base: PyType | null = null;
  let solid: PyType | null = null;
  for (const b of bases) {
    if (!(b.flags & TF_BASETYPE)) throw typeError(`type '${b.name}' is not an acceptable base type`);
    const s = b.solidBase!;
    if (solid === null || s.isSubtype(solid)) { solid = s; base = b; }
    else if (!solid.isSubtype(s)) throw typeError('multiple bases have instance lay-out conflict');
  }
  return base!;
}

/** type.__new__(meta, name, bases, ns, **kwargs) (type_new). */
export function typeNew(meta: PyType, name: string, bases: PyType[], ns: PyDict, kwargs: [string, PyValue][]): PyType {
  if (bases.length === 0) bases = [ObjectType];
  for (const b of bases) if (!(b instanceof PyType)) throw typeError(`bases must be types`);
  const base = bestBase(bases);
  const t = new PyType(meta, name, bases, TF_HEAPTYPE | TF_BASETYPE);
  t.solidBase = base.solidBase;
  if (bases.some((b) => b.flags & TF_EXCEPTION)) t.flags |= TF_EXCEPTION;
  // Pattern matching's sequence/mapping flags come from the layout base (inherit_patma_flags).
  t.flags |= base.flags & (TF_SEQUENCE | TF_MAPPING);
  // The namespace becomes the type's dict (str keys).
  for (const [k, v] of ns.entries()) {
    if (typeof k === 'string') t.dict.set(k, v);
  }
  const q = t.dict.get('__qualname__');
  if (q !== undefined) {
    if (typeof q !== 'string') throw typeError(`type __qualname__ must be a str, not ${typeOf(q).name}`);
    t.qualname = q;
    t.dict.delete('__qualname__');
  }
  // type(name, bases, ns) without __module__ takes the caller's __name__ (type_new_set_module).
  if (!t.dict.has('__module__')) {
    const caller = callerModuleHook();
    if (caller !== undefined) t.dict.set('__module__', caller);
  }
  const mod = t.dict.get('__module__');
  if (typeof mod === 'string') t.module = mod;
  // __slots__
  const slots = t.dict.get('__slots__');
  let hasDict = bases.some((b) => (b.flags & TF_HAS_DICT) !== 0 || (b.solidBase === ObjectType && b !== ObjectType && b.slotNames === null));
  let wantWeak = slots === undefined;
  if (slots === undefined) hasDict = true;
  else {
    const names = typeof slots === 'string' ? [slots] : toStrings(slots);
    const own: string[] = [];
    for (const n of names) {
      if (n === '__dict__') { hasDict = true; continue; }
      if (n === '__weakref__') { wantWeak = true; continue; }
      if (t.dict.has(n)) throw valueError(`'${n}' in __slots__ conflicts with class variable`);
      own.push(n);
      t.dict.set(n, slotDescriptor(t, n));
    }
    t.slotNames = own;
  }
  if (hasDict) t.flags |= TF_HAS_DICT;
  t.mro = c3(t, bases);
  addDictWeakrefDescriptors(t, hasDict, wantWeak);
  const mroOverride = meta !== TypeType ? meta.lookup('mro') : undefined;
  if (mroOverride !== undefined && mroOverride !== TypeType.dict.get('mro')) {
    t.mro = toStrings === undefined ? t.mro : (callMethod(mroOverride, t, []) as unknown as { items: PyType[] }).items ?? t.mro;
  }
  for (const b of bases) b.subclasses.push(t);
  // __new__ is a staticmethod; __init_subclass__ and __class_getitem__ are classmethods.
  const nw = t.dict.get('__new__');
  if (nw instanceof PyFunction) t.dict.set('__new__', new PyStaticMethod(nw));
  for (const n of ['__init_subclass__', '__class_getitem__']) {
    const f = t.dict.get(n);
    if (f instanceof PyFunction) t.dict.set(n, new PyClassMethod(f));
  }
  if (!t.dict.has('__doc__')) t.dict.set('__doc__', None);
  // Defining __eq__ without __hash__ makes instances unhashable (type_ready_set_hash/inherit_slots).
  if (t.dict.has('__eq__') && !t.dict.has('__hash__')) t.dict.set('__hash__', None);
  // The __class__ cell of zero-argument super().
  const cell = t.dict.get('__classcell__');
  if (cell !== undefined) {
    if (!(cell instanceof PyCell)) throw typeError(`__classcell__ must be a nonlocal cell, not ${typeOf(cell).name}`);
    cell.value = t;
    t.dict.delete('__classcell__');
  }
  // __set_name__ on attributes, then the parent's __init_subclass__.
  for (const [k, v] of [...t.dict.entries()]) {
    const sn = typeOf(v).lookup('__set_name__');
    if (sn !== undefined) {
      try {
        callMethod(sn, v, [t, k]);
      } catch (e) {
        if (e instanceof PyBaseException) addNoteHook(e, `Error calling __set_name__ on '${typeOf(v).name}' instance '${k}' in '${name}'`);
        throw e;
      }
    }
  }
  const sup = new PySuper(t, t, t);
  const isub = superGetAttr(sup, '__init_subclass__');
  call(isub, kwargs.map((kv) => kv[1]), kwargs.length ? kwargs.map((kv) => kv[0]) : null);
  return t;
}

/**
 * The `__dict__` and `__weakref__` getsets of a class that introduces an
 * instance dict / weak reference support (type_new_descriptors: only the
 * first class of an MRO that adds them gets them, so subclasses inherit).
 */
function addDictWeakrefDescriptors(t: PyType, hasDict: boolean, wantWeak: boolean): void {
  let baseDict = false;
  let baseWeak = false;
  for (let i = 1; i < t.mro.length; i++) {
    const b = t.mro[i];
    if (b.dict.has('__dict__')) baseDict = true;
    if (b.dict.has('__weakref__')) baseWeak = true;
  }
  const solid = t.solidBase!;
  if (hasDict && !baseDict) {
    t.dict.set('__dict__', new PyGetSetDescriptor('__dict__', t, (self) => instanceDict(self as PyObject), (self, v) => {
      if (v === undefined) throw typeError('cannot delete __dict__');
      if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(v).name}'`);
      const o = self as PyObject;
      if (o.attrs === null) o.attrs = new Attrs();
      toDictMode(o); // keeps __slots__ values, which are not part of __dict__
      o.attrs.shape = null;
      o.attrs.values = [];
      o.attrs.dict = v;
    }));
  }
  // Builtin layouts that are variable-sized or already weak-referenceable don't get the slot.
  if (wantWeak && !baseWeak && !NO_WEAKREF_SLOT.has(solid.name)) {
    t.dict.set('__weakref__', new PyGetSetDescriptor('__weakref__', t, () => None, null));
  }
}
const NO_WEAKREF_SLOT = new Set(['int', 'tuple', 'bytes', 'set', 'frozenset', 'type']);

/** The live attribute dict of an instance (switching it to dict mode). */
function instanceDict(o: PyObject): PyValue {
  if (o.attrs === null) o.attrs = new Attrs();
  return toDictMode(o);
}

let addNoteHook: (e: PyBaseException, note: string) => void = () => {};
export function setAddNote(f: (e: PyBaseException, note: string) => void): void { addNoteHook = f; }


function toStrings(v: PyValue): string[] {
  const items = (v as unknown as { items?: PyValue[] }).items;
  const arr = Array.isArray(items) ? items : iterToArray(v);
  return arr.map((x) => {
    if (typeof x !== 'string') throw typeError(`__slots__ items must be strings, not '${typeOf(x).name}'`);
    return x;
  });
}

let iterToArray: (v: PyValue) => PyValue[] = () => [];
export function setIterToArray(f: (v: PyValue) => PyValue[]): void { iterToArray = f; }

/** A member descriptor for a __slots__ name, storing the value in the instance's attrs. */
function slotDescriptor(owner: PyType, name: string): PyGetSetDescriptor {
  const d = makeSlotDescriptor(owner, name);
  d.isSlot = true;
  d.cls = MemberDescriptorType;
  return d;
}

function makeSlotDescriptor(owner: PyType, name: string): PyGetSetDescriptor {
  const key = slotKey(name);
  return new PyGetSetDescriptor(name, owner, (self) => {
    const o = self as PyObject;
    const a = o.attrs;
    let v: PyValue | undefined;
    if (a !== null) {
      if (a.shape !== null) {
        const i = a.shape.index.get(key);
        v = i === undefined ? undefined : a.values[i];
      } else v = a.slots === null ? undefined : a.slots.get(key);
    }
    if (v === undefined) throw attributeError(`'${o.cls.name}' object has no attribute '${name}'`);
    return v;
  }, (self, value) => {
    const o = self as PyObject;
    if (o.attrs === null) o.attrs = new Attrs();
    const a = o.attrs;
    if (value === undefined) {
      if (a.shape !== null) {
        if (!a.shape.index.has(key)) throw attributeError(name);
        toDictMode(o);
      }
      if (a.slots === null || !a.slots.delete(key)) throw attributeError(name); // member_set's wording
      return;
    }
    if (a.shape !== null) {
      const i = a.shape.index.get(key);
      if (i !== undefined) { a.values[i] = value; return; }
      addAttrValue(o.cls, a, a.shape.names.length, value);
      a.shape = a.shape.with(key);
    } else (a.slots ??= new Map()).set(key, value);
  });
}

// ---- calling a class -------------------------------------------------------------------------

/** Redo type_call's two lookups for the type's current version (see PyType.callVersion). */
export function refreshCallCache(cls: PyType): void {
  cls.callNew = cls.lookup('__new__');
  cls.callInit = cls.lookup('__init__');
  cls.callCall = cls.lookup('__call__');
  cls.callVersion = cls.version;
}

/** type.__call__(cls, *args, **kwargs) (type_call). */
export function typeCall(cls: PyType, args: PyValue[], kwnames: string[] | null): PyValue {
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (cls === TypeType && npos === 1 && kwnames === null) return typeOf(args[0]);
  if (cls.callVersion !== cls.version) refreshCallCache(cls);
  const nw = cls.callNew;
  const obj = nw === OBJECT_NEW ? objectNew(cls, args, kwnames)
    : callNew(nw!, cls, args, kwnames);
  const ot = typeOf(obj);
  if (ot !== cls && !ot.isSubtype(cls)) return obj;
  const init = ot === cls && cls.callVersion === cls.version ? cls.callInit : ot.lookup('__init__');
  if (init !== OBJECT_INIT) {
    const r = callMethod(init!, obj, args, kwnames);
    if (r !== None) throw typeError(`__init__() should return None, not '${typeOf(r).name}'`);
  } else if (npos + (kwnames === null ? 0 : kwnames.length) > 0 && nw === OBJECT_NEW) {
    // object_init's check is already done by object_new for this case.
  } else if (args.length > 0 && nw !== OBJECT_NEW) {
    // object.__init__ with extra args and an overridden __new__ is fine (tp_init == object_init and tp_new != object_new).
  }
  return obj;
}

function callNew(nw: PyValue, cls: PyType, args: PyValue[], kwnames: string[] | null): PyValue {
  if (nw instanceof PyStaticMethod) return call(nw.func, [cls, ...args], kwnames);
  if (nw instanceof PyBuiltinFunction) {
    // A builtin type's own __new__ called through its class: the checks of defineNew hold when cls derives from it.
    if (nw.newImpl !== null && cls.isSubtype(nw.newOwner!)) return nw.newImpl(cls, args, kwnames);
    return nw.fn([cls, ...args], kwnames);
  }
  return call(nw, [cls, ...args], kwnames);
}

/** object.__new__(cls, ...) (object_new). */
export function objectNew(cls: PyType, args: PyValue[], kwnames: string[] | null): PyValue {
  if (args.length > 0) {
    if (cls.lookup('__new__') !== OBJECT_NEW) {
      throw typeError('object.__new__() takes exactly one argument (the type to instantiate)');
    }
    if (cls.lookup('__init__') === OBJECT_INIT) throw typeError(`${cls.name}() takes no arguments`);
  }
  void kwnames;
  const abstract = cls.dict.get('__abstractmethods__');
  if (abstract !== undefined && isTrue(abstract)) {
    const names = iterToArray(abstract).map((x) => strValue(x)).sort();
    throw typeError(`Can't instantiate abstract class ${cls.name} with abstract method${names.length > 1 ? 's' : ''} ${names.join(', ')}`);
  }
  if (cls.solidBase !== ObjectType) {
    throw typeError(`object.__new__(${cls.name}) is not safe, use ${cls.solidBase!.name}.__new__()`);
  }
  if (cls.flags & TF_HAS_DICT || cls.slotNames !== null) return new PyInstance(cls, cls.attrHint);
  return new PyObject(cls);
}

// ---- object's and type's methods ------------------------------------------------------------

export let OBJECT_NEW: PyValue;
export let OBJECT_INIT: PyValue;

function objectInit(self: PyValue, args: PyValue[], kwnames: string[] | null): PyValue {
  if (args.length > 0) {
    const t = typeOf(self);
    if (t.lookup('__init__') !== OBJECT_INIT) {
      throw typeError('object.__init__() takes exactly one argument (the instance to initialize)');
    }
    if (t.lookup('__new__') === OBJECT_NEW) throw typeError(`${t.name}() takes no arguments`);
  }
  void kwnames;
  return None;
}

/** Default repr: <module.Qualname object at 0x...>. */
export function defaultRepr(self: PyValue): string {
  const t = typeOf(self);
  const mod = t.module !== 'builtins' ? t.module + '.' : '';
  return `<${mod}${t.qualname} object at 0x${(identityHash(self as object) * 8 + 0x7f0000000000).toString(16)}>`;
}

function initObjectAndType(): void {
  const og = new PyMethodDescriptorLike('__getattribute__', ObjectType, (self, args) => {
    const name = nameArg(args[0]);
    const r = genericGetAttr(self, typeOf(self), name);
    if (r === undefined) throw noAttribute(self, name);
    return r;
  });
  const os = new PyMethodDescriptorLike('__setattr__', ObjectType, (self, args) => {
    genericSetAttr(self, typeOf(self), nameArg(args[0]), args[1]);
    return None;
  });
  const od = new PyMethodDescriptorLike('__delattr__', ObjectType, (self, args) => {
    genericSetAttr(self, typeOf(self), nameArg(args[0]), undefined);
    return None;
  });
  const tg = new PyMethodDescriptorLike('__getattribute__', TypeType, (self, args) => {
    const name = nameArg(args[0]);
    const r = typeGetAttr(self as PyType, name);
    if (r === undefined) throw noAttribute(self, name);
    return r;
  });
  const ts = new PyMethodDescriptorLike('__setattr__', TypeType, (self, args) => {
    typeSetAttr(self as PyType, nameArg(args[0]), args[1]);
    return None;
  });
  const td = new PyMethodDescriptorLike('__delattr__', TypeType, (self, args) => {
    typeSetAttr(self as PyType, nameArg(args[0]), undefined);
    return None;
  });
  for (const d of [og, os, od]) ObjectType.dict.set(d.name, d);
  for (const d of [tg, ts, td]) TypeType.dict.set(d.name, d);
  setDefaultAttrDescriptors({ og, tg, os, od, ts, td });

  OBJECT_NEW = new PyBuiltinFunction('__new__', (args, kw) => {
    if (args.length < 1) throw typeError('object.__new__(): not enough arguments');
    const cls = args[0];
    if (!(cls instanceof PyType)) throw typeError(`object.__new__(X): X is not a type object (${typeOf(cls).name})`);
    return objectNew(cls, args.slice(1), kw);
  }, ObjectType, 'object.__new__');
  ObjectType.dict.set('__new__', OBJECT_NEW);
  OBJECT_INIT = new PyMethodDescriptorLike('__init__', ObjectType, objectInit, true);
  ObjectType.dict.set('__init__', OBJECT_INIT);

  defineMethods(ObjectType, {
    '__repr__($self, /)': (self) => defaultRepr(self),
    '__str__($self, /)': (self) => repr(self),
    '__hash__($self, /)': (self) => identityHash(self as object),
    '__eq__($self, value, /)': (self, other) => (self === other ? true : NotImplemented),
    '__ne__($self, value, /)': (self, other) => {
      const eq = typeOf(self).lookup('__eq__');
      const r = callMethod(eq!, self, [other]);
      return r === NotImplemented ? r : !isTrue(r);
    },
    '__lt__($self, value, /)': () => NotImplemented,
    '__le__($self, value, /)': () => NotImplemented,
    '__gt__($self, value, /)': () => NotImplemented,
    '__ge__($self, value, /)': () => NotImplemented,
    '__format__($self, format_spec, /)': (self, spec) => {
      if (typeof spec !== 'string') throw typeError(`__format__() argument must be str, not ${typeOf(spec).name}`);
      if (spec.length > 0) throw typeError(`unsupported format string passed to ${typeOf(self).name}.__format__`);
      return str(self);
    },
    '__reduce_ex__($self, protocol, /)': () => { throw typeError('pickling is not supported by krait yet'); },
    '__dir__($self, /)': (self) => dirHook(self),
    '__sizeof__($self, /)': () => 16,
  });
  defineGetSets(ObjectType, {
    '__class__': [(self) => typeOf(self), (self, v) => {
      if (!(v instanceof PyType)) throw typeError(`__class__ must be set to a class, not '${typeOf(v!).name}' object`);
      const o = self as PyObject;
      if (typeof self !== 'object' || !(o.cls.flags & TF_HEAPTYPE) || !(v.flags & TF_HEAPTYPE) || v.solidBase !== o.cls.solidBase) {
        throw typeError(`__class__ assignment only supported for mutable types or ModuleType subclasses`);
      }
      o.cls = v;
    }],
  });
  setObjectHashEq(ObjectType.dict.get('__hash__')!, ObjectType.dict.get('__eq__')!);
  ObjectType.dict.set('__init_subclass__', new PyClassMethod(new PyBuiltinFunction('__init_subclass__', (args, kw) => {
    if (args.length > 1 || kw !== null) {
      const cls = args[0] as PyType;
      throw typeError(`${cls.name}.__init_subclass__() takes no keyword arguments`);
    }
    return None;
  }, undefined, 'object.__init_subclass__')));
  ObjectType.dict.set('__doc__', 'The base class of the class hierarchy.');

  // type
  TypeType.dict.set('__new__', new PyBuiltinFunction('__new__', (args, kw) => {
    const nkw = kw === null ? 0 : kw.length;
    const npos = args.length - nkw;
    const meta = args[0] as PyType;
    if (npos === 2 && meta === TypeType && nkw === 0) return typeOf(args[1]);
    if (npos !== 4) throw typeError(npos === 2 ? 'type() takes 1 or 3 arguments' : 'type() takes 1 or 3 arguments');
    const [, name, bases, ns] = args;
    if (typeof name !== 'string') throw typeError(`type.__new__() argument 1 must be str, not ${typeOf(name).name}`);
    if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${typeOf(bases).name}`);
    if (!(ns instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${typeOf(ns).name}`);
    const winner = calculateMetaclass(meta, bases.items as PyType[]);
    const kwargs: [string, PyValue][] = kw === null ? [] : kw.map((k, i) => [k, args[npos + i]]);
    return typeNew(winner, name, bases.items as PyType[], ns, kwargs);
  }, TypeType, 'type.__new__'));
  defineMethods(TypeType, {
    '__init__($self, /, *args, **kwargs)': () => None,
    '__call__($self, /, *args, **kwargs)': () => None, // replaced below with the fast version
    '__repr__($self, /)': (self: PyType) => {
      const mod = self.module;
      return mod === 'builtins' ? `<class '${self.qualname}'>` : `<class '${mod}.${self.qualname}'>`;
    },
    'mro($self, /)': (self: PyType) => newListHook(c3(self, self.bases)),
    '__subclasses__($self, /)': (self: PyType) => newListHook(self.subclasses.slice()),
    '__instancecheck__($self, instance, /)': (self: PyType, inst) => typeOf(inst).isSubtype(self),
    '__subclasscheck__($self, subclass, /)': (self: PyType, sub) => {
      if (!(sub instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
      return sub.isSubtype(self);
    },
    '__dir__($self, /)': (self) => dirHook(self),
    '__sizeof__($self, /)': () => 880,
  });
  TypeType.dict.set('__call__', new PyMethodDescriptorLike('__call__', TypeType, (self, args, kw) => typeCall(self as PyType, args, kw), true));
  TypeType.dict.set('__prepare__', new PyClassMethod(new PyBuiltinFunction('__prepare__', () => newDict(), undefined, 'type.__prepare__')));
  defineGetSets(TypeType, {
    // A builtin type's tp_name may carry its module ("itertools.count", used in messages); __name__ is the last part (type_name).
    '__name__': [(self: PyType) => (self.flags & TF_HEAPTYPE ? self.name : self.name.slice(self.name.lastIndexOf('.') + 1)), (self: PyType, v) => {
      if (typeof v !== 'string') throw typeError(`can only assign string to ${self.name}.__name__, not '${typeOf(v!).name}'`);
      self.name = v;
    }],
    '__qualname__': [(self: PyType) => self.qualname, (self: PyType, v) => {
      if (typeof v !== 'string') throw typeError(`can only assign string to ${self.name}.__qualname__, not '${typeOf(v!).name}'`);
      self.qualname = v;
    }],
    '__module__': [(self: PyType) => {
      const m = self.dict.get('__module__');
      return m !== undefined ? m : self.module;
    }, (self: PyType, v) => { self.dict.set('__module__', v!); self.module = typeof v === 'string' ? v : self.module; }],
    '__bases__': [(self: PyType) => newTuple(self.bases), null],
    '__base__': [(self: PyType) => self.bases.length ? self.bases[0] : None, null],
    '__mro__': [(self: PyType) => newTuple(self.mro), null],
    '__dict__': [(self: PyType) => mappingProxyHook(self), null],
    '__doc__': [(self: PyType) => {
      const d = self.dict.get('__doc__');
      if (d !== undefined) return d;
      return self.doc ?? None;
    }, (self: PyType, v) => {
      // type_set_doc: only heap types (class statements) can change their docstring.
      if (!(self.flags & TF_HEAPTYPE)) throw typeError(`cannot set '__doc__' attribute of immutable type '${self.name}'`);
      if (v === undefined) self.dict.delete('__doc__'); else self.dict.set('__doc__', v);
      self.modified();
    }],
    '__text_signature__': [() => None, null],
    '__abstractmethods__': [(self: PyType) => {
      const v = self.dict.get('__abstractmethods__');
      if (v === undefined) throw attributeError('__abstractmethods__');
      return v;
    }, (self: PyType, v) => { if (v === undefined) self.dict.delete('__abstractmethods__'); else self.dict.set('__abstractmethods__', v); self.modified(); }],
  });
}

/** A method descriptor built directly with the native calling convention. */
import { PyMethodDescriptor } from './methods.js';
class PyMethodDescriptorLike extends PyMethodDescriptor {
  constructor(name: string, owner: PyType, fn: (self: PyValue, args: PyValue[], kw: string[] | null) => PyValue, isSlot = true) {
    super(name, owner, fn, null, isSlot);
  }
}

function nameArg(v: PyValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v.cls.isSubtype(StrType)) return strValue(v);
  throw typeError(`attribute name must be string, not '${typeOf(v).name}'`);
}

let dirHook: (v: PyValue) => PyValue = () => None;
let newListHook: (items: PyValue[]) => PyValue = () => None;
let mappingProxyHook: (t: PyType) => PyValue = () => None;
export function setTypeHooks(h: { dir: (v: PyValue) => PyValue; newList: (items: PyValue[]) => PyValue; mappingProxy: (t: PyType) => PyValue }): void {
  dirHook = h.dir;
  newListHook = h.newList;
  mappingProxyHook = h.mappingProxy;
}

// ---- classmethod, staticmethod, property ----------------------------------------------------

function initDescriptors(): void {
  ClassMethodType.dict.set('__new__', new PyBuiltinFunction('__new__', (args) => {
    if (args.length !== 2) throw typeError(`classmethod expected 1 argument, got ${args.length - 1}`);
    return new PyClassMethod(args[1], args[0] as PyType);
  }, ClassMethodType, 'classmethod.__new__'));
  defineMethods(ClassMethodType, {
    '__get__($self, instance, owner=None, /)': (self: PyClassMethod, inst, owner) => {
      const cls = owner === undefined || owner === None ? typeOf(inst) : owner;
      const f = self.func;
      const getf = typeOf(f).lookup('__get__');
      if (getf !== undefined && !(f instanceof PyFunction) && typeOf(f) !== FunctionTypeRef()) {
        return callMethod(getf, f, [cls, cls]);
      }
      return new MethodRef(f, cls);
    },
    '__init__($self, /, *args, **kwargs)': () => None,
    '__repr__($self, /)': (self: PyClassMethod) => `<classmethod(${repr(self.func)})>`,
  });
  defineGetSets(ClassMethodType, {
    '__func__': [(self: PyClassMethod) => self.func, null],
    '__wrapped__': [(self: PyClassMethod) => self.func, null],
    '__isabstractmethod__': [(self: PyClassMethod) => abstractFlag(self.func), null],
  });
  StaticMethodType.dict.set('__new__', new PyBuiltinFunction('__new__', (args) => {
    if (args.length !== 2) throw typeError(`staticmethod expected 1 argument, got ${args.length - 1}`);
    return new PyStaticMethod(args[1], args[0] as PyType);
  }, StaticMethodType, 'staticmethod.__new__'));
  defineMethods(StaticMethodType, {
    '__get__($self, instance, owner=None, /)': (self: PyStaticMethod) => self.func,
    '__init__($self, /, *args, **kwargs)': () => None,
    '__call__($self, /, *args, **kwargs)': () => None,
    '__repr__($self, /)': (self: PyStaticMethod) => `<staticmethod(${repr(self.func)})>`,
  });
  StaticMethodType.dict.set('__call__', new PyMethodDescriptorLike('__call__', StaticMethodType, (self, args, kw) => call((self as PyStaticMethod).func, args, kw)));
  defineGetSets(StaticMethodType, {
    '__func__': [(self: PyStaticMethod) => self.func, null],
    '__wrapped__': [(self: PyStaticMethod) => self.func, null],
    '__isabstractmethod__': [(self: PyStaticMethod) => abstractFlag(self.func), null],
  });

  const propSig = new Signature('property(fget=None, fset=None, fdel=None, doc=None)');
  PropertyType.dict.set('__new__', new PyBuiltinFunction('__new__', (args) => {
    return new PyProperty(None, None, None, None, args[0] as PyType);
  }, PropertyType, 'property.__new__'));
  PropertyType.dict.set('__init__', new PyMethodDescriptorLike('__init__', PropertyType, wrapMethod(propSig, ((self: PyProperty, fget: PyValue | undefined, fset: PyValue | undefined, fdel: PyValue | undefined, doc: PyValue | undefined) => {
    self.fget = fget ?? None;
    self.fset = fset ?? None;
    self.fdel = fdel ?? None;
    self.doc = doc ?? None;
    if ((doc === undefined || doc === None) && self.fget !== None) {
      try { self.doc = getAttr(self.fget, '__doc__'); } catch { self.doc = None; }
    }
    return None;
  }) as (self: PyValue, ...a: any[]) => PyValue)));
  defineMethods(PropertyType, {
    '__get__($self, instance, owner=None, /)': (self: PyProperty, inst) => {
      if (inst === None) return self;
      if (self.fget === None) throw attributeError(propertyError(self, inst, "getter"));
      return call(self.fget, [inst]);
    },
    '__set__($self, instance, value, /)': (self: PyProperty, inst, value) => {
      if (self.fset === None) throw attributeError(propertyError(self, inst, 'setter'));
      call(self.fset, [inst, value]);
      return None;
    },
    '__delete__($self, instance, /)': (self: PyProperty, inst) => {
      if (self.fdel === None) throw attributeError(propertyError(self, inst, 'deleter'));
      call(self.fdel, [inst]);
      return None;
    },
    'getter($self, fget, /)': (self: PyProperty, f) => copyProperty(self, f, self.fset, self.fdel),
    'setter($self, fset, /)': (self: PyProperty, f) => copyProperty(self, self.fget, f, self.fdel),
    'deleter($self, fdel, /)': (self: PyProperty, f) => copyProperty(self, self.fget, self.fset, f),
  });
  defineGetSets(PropertyType, {
    'fget': [(self: PyProperty) => self.fget, null],
    'fset': [(self: PyProperty) => self.fset, null],
    'fdel': [(self: PyProperty) => self.fdel, null],
    '__doc__': [(self: PyProperty) => self.doc, (self: PyProperty, v) => { self.doc = v ?? None; }],
    '__isabstractmethod__': [(self: PyProperty) => abstractFlag(self.fget) || abstractFlag(self.fset) || abstractFlag(self.fdel), null],
  });
  // property's __set__/__delete__ make it a data descriptor (isDataDescriptor checks the type).
}

function abstractFlag(f: PyValue): boolean {
  if (f === None) return false;
  try { return isTrue(getAttr(f, '__isabstractmethod__')); } catch { return false; }
}

function propertyError(self: PyProperty, inst: PyValue, what: string): string {
  let name: string | null = null;
  const owner = typeOf(inst);
  for (const t of owner.mro) {
    for (const [k, v] of t.dict) if (v === self) { name = k; break; }
    if (name !== null) break;
  }
  if (name === null) return what === 'getter' ? 'unreadable attribute' : what === 'setter' ? "can't set attribute" : "can't delete attribute";
  return `property '${name}' of '${owner.name}' object has no ${what}`;
}

function copyProperty(p: PyProperty, fget: PyValue, fset: PyValue, fdel: PyValue): PyValue {
  const t = p.cls;
  const doc = p.doc;
  const np = new PyProperty(fget, fset, fdel, None, t);
  np.doc = doc;
  if (doc === None && fget !== None) {
    try { np.doc = getAttr(fget, '__doc__'); } catch { np.doc = None; }
  }
  return np;
}

// A bound method made by classmethod.__get__: a PyMethod (imported lazily to avoid cycles).
import { PyMethod, FunctionType } from './function.js';
const MethodRef = PyMethod;
function FunctionTypeRef(): PyType { return FunctionType; }

// ---- super -------------------------------------------------------------------------------------

/** getattr(super(type, obj), name) (super_getattro). */
export function superGetAttr(s: PySuper, name: string): PyValue {
  if (name !== '__class__' && s.objType !== undefined) {
    const mro = s.objType.mro;
    let i = mro.indexOf(s.type) + 1;
    for (; i < mro.length; i++) {
      const v = mro[i].dict.get(name);
      if (v !== undefined) {
        const inst = s.obj === s.objType ? undefined : s.obj;
        if (v instanceof PyClassMethod || (typeof v === 'object' && v.cls === ClassMethodTypeRef())) {
          return bindDescriptor(v, inst, s.objType);
        }
        if (inst === undefined && (v instanceof PyFunction || v instanceof PyMethodDescriptor)) return v;
        return bindDescriptor(v, inst, s.objType);
      }
    }
  }
  const r = genericGetAttr(s, SuperType, name);
  if (r !== undefined) return r;
  throw attributeError(`'super' object has no attribute '${name}'`);
}
function ClassMethodTypeRef(): PyType { return ClassMethodType; }

/** super(type, obj) (super_init's type check). */
export function makeSuper(type: PyValue, obj: PyValue | undefined): PySuper {
  if (!(type instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${typeOf(type).name}`);
  if (obj === undefined || obj === None) return new PySuper(type, undefined, undefined);
  if (obj instanceof PyType && obj.isSubtype(type)) return new PySuper(type, obj, obj);
  const ot = typeOf(obj);
  if (ot.isSubtype(type)) return new PySuper(type, obj, ot);
  throw typeError('super(type, obj): obj must be an instance or subtype of type');
}

function initSuper(): void {
  SuperType.dict.set('__new__', new PyBuiltinFunction('__new__', (args) => {
    const n = args.length - 1;
    if (n === 0) return zeroArgSuperHook();
    if (n > 2) throw typeError(`super() takes at most 2 arguments (${n} given)`);
    return makeSuper(args[1], n === 2 ? args[2] : undefined);
  }, SuperType, 'super.__new__'));
  defineMethods(SuperType, {
    '__init__($self, /, *args, **kwargs)': () => None,
    '__getattribute__($self, name, /)': (self: PySuper, name) => superGetAttr(self, nameArg(name)),
    '__repr__($self, /)': (self: PySuper) => {
      if (self.objType === undefined) return `<super: <class '${self.type.name}'>, NULL>`;
      return `<super: <class '${self.type.name}'>, <${self.objType.name} object>>`;
    },
    '__get__($self, instance, owner=None, /)': (self: PySuper, inst) => {
      if (inst === None || self.obj !== undefined) return self;
      return makeSuper(self.type, inst);
    },
  });
  defineGetSets(SuperType, {
    '__thisclass__': [(self: PySuper) => self.type, null],
    '__self__': [(self: PySuper) => self.obj ?? None, null],
    '__self_class__': [(self: PySuper) => self.objType ?? None, null],
  });
}

let zeroArgSuperHook: () => PyValue = () => { throw runtimeError('super(): no arguments'); };
/** The VM provides zero-argument super() (it needs the calling frame's first argument and __class__ cell). */
let callerModuleHook: () => PyValue | undefined = () => undefined;
/** The interpreter supplies the running frame's globals['__name__'] (for type()'s __module__). */
export function setCallerModuleHook(f: () => PyValue | undefined): void { callerModuleHook = f; }
export function setZeroArgSuper(f: () => PyValue): void { zeroArgSuperHook = f; }

// ---- __build_class__ --------------------------------------------------------------------------

/** Runs a class body function with a namespace as its locals (provided by the VM); returns its __classcell__ if any. */
let runClassBody: (func: PyFunction, ns: PyValue) => PyValue = () => { throw new Error('VM not initialized'); };
export function setRunClassBody(f: (func: PyFunction, ns: PyValue) => PyValue): void { runClassBody = f; }

/** builtins.__build_class__(func, name, /, *bases, metaclass=None, **kwds) (builtin___build_class__). */
export function buildClass(args: PyValue[], kwnames: string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < 2) throw typeError('__build_class__: not enough arguments');
  const func = args[0];
  const name = args[1];
  if (!(func instanceof PyFunction)) throw typeError('__build_class__: func must be a function');
  if (typeof name !== 'string') throw typeError('__build_class__: name is not a string');
  const origBases = args.slice(2, npos);
  // PEP 560: __mro_entries__.
  let bases: PyValue[] = [];
  let changed = false;
  for (const b of origBases) {
    if (b instanceof PyType) { bases.push(b); continue; }
    // update_bases looks __mro_entries__ up as an attribute (an instance's own counts too).
    const me = getAttrOptHook(b, '__mro_entries__');
    if (me === undefined) { bases.push(b); continue; }
    const r = call(me, [newTuple(origBases)]);
    if (!(r instanceof PyTuple)) throw typeError('__mro_entries__ must return a tuple');
    bases.push(...r.items);
    changed = true;
  }
  let meta: PyValue | undefined;
  const kwargs: [string, PyValue][] = [];
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] === 'metaclass') meta = args[npos + i];
    else kwargs.push([kwnames![i], args[npos + i]]);
  }
  const isClass = meta === undefined || meta instanceof PyType;
  if (meta === undefined) meta = bases.length ? typeOf(bases[0]) : TypeType;
  if (isClass) meta = calculateMetaclass(meta as PyType, bases.filter((b) => b instanceof PyType) as PyType[]);
  const basesTuple = newTuple(bases);
  const prep = getAttrOptHook(meta, '__prepare__');
  const ns = prep === undefined ? newDict() : call(prep, [name, basesTuple, ...kwargs.map((k) => k[1])], kwargs.length ? kwargs.map((k) => k[0]) : null);
  if (typeOf(ns).lookup('__getitem__') === undefined) {
    throw typeError(`${isClass ? (meta as PyType).name : '<metaclass>'}.__prepare__() must return a mapping, not ${typeOf(ns).name}`);
  }
  const cell = runClassBody(func, ns);
  if (changed) setItemHook(ns, '__orig_bases__', newTuple(origBases));
  const cls = call(meta, [name, basesTuple, ns, ...kwargs.map((k) => k[1])], kwargs.length ? kwargs.map((k) => k[0]) : null);
  if (cell instanceof PyCell && cls instanceof PyType) {
    if (cell.value !== cls) {
      if (cell.value === undefined) {
        throw runtimeError(`__class__ not set defining '${name}' as ${repr(cls)}. Was __classcell__ propagated to type.__new__?`);
      }
      throw typeError(`__class__ set to ${repr(cell.value)} defining '${name}' as ${repr(cls)}`);
    }
  }
  return cls;
}

let getAttrOptHook: (o: PyValue, n: string) => PyValue | undefined = () => undefined;
let setItemHook: (o: PyValue, k: PyValue, v: PyValue) => void = () => {};
export function setBuildClassHooks(h: { getAttrOpt: (o: PyValue, n: string) => PyValue | undefined; setItem: (o: PyValue, k: PyValue, v: PyValue) => void }): void {
  getAttrOptHook = h.getAttrOpt;
  setItemHook = h.setItem;
}

initObjectAndType();
initDescriptors();
initSuper();

export { EMPTY_TUPLE };
