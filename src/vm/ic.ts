// Inline caches for attribute and global access (in the spirit of CPython
// 3.11's specializing instructions, but kept beside the code object instead
// of rewriting it).
//
// A cache entry records what a lookup found the last time, and the guards
// under which that answer is still right: the object's type and that type's
// version tag (so nothing in the MRO changed), and the instance's shape (so
// the attribute is at the same index, or still absent).  eval.ts checks the
// guards inline and falls back to the *_miss functions here, which do the
// full lookup through abstract.ts and refill the entry.  The same entries are
// the type feedback the tracing JIT reads.

import * as A from '../objects/abstract.js';
import { PyDict } from '../objects/dict.js';
import { PyFunction } from '../objects/function.js';
import { PyClassMethodDescriptor, PyGetSetDescriptor, PyMethodDescriptor } from '../objects/methods.js';
import { PyObject, PyType, Shape, slotKey, TF_HAS_DICT, TypeType, typeOf, type PyValue } from '../objects/object.js';
import type { PyCode } from '../compiler/code.js';
import { PyModule, ModuleType } from '../objects/module.js';
import { ts } from './frame.js';

export const enum IC {
  /** LOAD_ATTR: the instance's own attribute at `index`. */
  INSTANCE = 1,
  /** LOAD_ATTR: a plain (non-descriptor) class attribute, `value`. */
  CLASS_VALUE = 2,
  /** LOAD_METHOD: an unbound method `value` found on the type, not shadowed by the instance. */
  METHOD = 3,
  /** STORE_ATTR: overwrite the instance attribute at `index`. */
  STORE_SLOT = 4,
  /** STORE_ATTR: add an attribute: push the value and move to `newShape`. */
  STORE_ADD = 5,
  /** LOAD_ATTR on a module (`value`): entry `index` of its dict, valid while the dict's keys are unchanged. */
  MODULE = 6,
  /**
   * LOAD_ATTR/LOAD_METHOD on a class object (`owner`, of metatype `type`):
   * `value`, a function or plain value found along the class's MRO, valid
   * while the class's version is `dversion` (`Base.__init__(self, ...)`).
   */
  TYPE_ATTR = 7,
}

export class AttrCache {
  constructor(
    public type: PyType,
    public version: number,
    /** The instance's shape, or null for objects without instance attributes. */
    public shape: Shape | null,
    public kind: IC,
    public index: number,
    public value: PyValue | undefined,
    public newShape: Shape | null,
    /** Further entries for the same site (polymorphic sites: up to MAX_POLY). */
    public next: AttrCache | null = null,
    /** For MODULE entries: the module's dict and its version (keys unchanged). */
    public dict: PyDict | null = null,
    public dversion = 0,
    /** For TYPE_ATTR entries: the class the attribute was loaded from. */
    public owner: PyType | null = null,
  ) {}
}

const MAX_POLY = 4;

/** Add an entry for site i, keeping at most MAX_POLY entries (the newest first). */
function addEntry(code: PyCode, i: number, e: AttrCache): void {
  const ic = cacheArray(code);
  let head = ic[i] as AttrCache | undefined;
  // Drop stale entries (type changed since) and any for the same type and shape.
  let n = 0;
  let prev: AttrCache | null = null;
  for (let c = head ?? null; c !== null; c = c.next) {
    if (c.version !== c.type.version || (c.type === e.type && c.shape === e.shape) || ++n >= MAX_POLY) {
      if (prev === null) head = c.next ?? undefined; else prev.next = c.next;
    } else prev = c;
  }
  e.next = head ?? null;
  ic[i] = e;
}

export class GlobalCache {
  constructor(
    public globals: PyDict,
    public gversion: number,
    public builtins: PyDict,
    public bversion: number,
    /** The dict the name was found in, and the entry's index there. */
    public dict: PyDict,
    public index: number,
  ) {}
}

function cacheArray(code: PyCode): unknown[] {
  return code.ic ?? (code.ic = new Array(code.length));
}

/** Whether the type uses the default attribute protocol (no __getattribute__/__getattr__ of its own). */
function plainGet(t: PyType): boolean {
  return t.lookup('__getattribute__') === A.OBJECT_GETATTRIBUTE && t.lookup('__getattr__') === undefined;
}

/** A class attribute that getattr returns as is (not a descriptor). */
function isPlainValue(d: PyValue): boolean {
  if (typeof d !== 'object') return true;
  if (d instanceof PyFunction || d instanceof PyMethodDescriptor || d instanceof PyClassMethodDescriptor || d instanceof PyGetSetDescriptor) return false;
  return typeOf(d).lookup('__get__') === undefined;
}

function shapeOf(o: PyValue): Shape | null | undefined {
  if (typeof o !== 'object') return null;
  const a = o.attrs;
  if (a === null) return null;
  return a.shape === null ? undefined : a.shape; // undefined: dictionary mode, not cacheable
}

/** LOAD_ATTR slow path: full getattr, then remember how it was found. */
export function loadAttrMiss(code: PyCode, i: number, obj: PyValue, name: string): PyValue {
  // The lookup may run Python code (properties, __getattr__) or read this
  // frame's f_lineno: record the executing instruction, as calls do.
  const f = ts.frame;
  if (f !== null && f.code === code) f.lasti = i;
  const v = A.getAttr(obj, name);
  if (obj instanceof PyModule) {
    addModuleEntry(code, i, obj, name);
    return v;
  }
  if (obj instanceof PyType) {
    addTypeEntry(code, i, obj, name);
    return v;
  }
  if (typeof obj === 'object' && !(obj instanceof PyType)) {
    const t = obj.cls;
    const shape = shapeOf(obj);
    if (shape !== undefined && plainGet(t)) {
      const d = t.lookup(name);
      if (d === undefined || !A.isDataDescriptor(d) || (d instanceof PyGetSetDescriptor && d.isSlot)) {
        const key = d instanceof PyGetSetDescriptor && d.isSlot ? slotKey(name) : name;
        const idx = shape === null ? undefined : shape.index.get(key);
        if (idx !== undefined) addEntry(code, i, new AttrCache(t, t.version, shape, IC.INSTANCE, idx, undefined, null));
        else if (d !== undefined && isPlainValue(d)) addEntry(code, i, new AttrCache(t, t.version, shape, IC.CLASS_VALUE, 0, d, null));
      }
    }
  }
  return v;
}

/**
 * LOAD_METHOD slow path: returns [method, self] when the attribute is a
 * method found on the type (caching it), else [undefined, bound attribute].
 */
export function loadMethodMiss(code: PyCode, i: number, obj: PyValue, name: string, out: PyValue[]): void {
  const t = typeOf(obj);
  if (plainGet(t) || (typeof obj !== 'object' && t.lookup('__getattribute__') === A.OBJECT_GETATTRIBUTE)) {
    const d = t.lookup(name);
    if (d instanceof PyFunction || d instanceof PyMethodDescriptor) {
      const shape = shapeOf(obj);
      const shadowed = typeof obj === 'object' && obj.attrs !== null && A.instanceAttr(obj, name) !== undefined;
      if (!shadowed) {
        if (shape !== undefined && !(obj instanceof PyType)) {
          addEntry(code, i, new AttrCache(t, t.version, shape, IC.METHOD, 0, d, null));
        }
        out[0] = d;
        out[1] = obj;
        return;
      }
    }
  }
  out[0] = undefined as unknown as PyValue;
  out[1] = A.getAttr(obj, name);
  if (obj instanceof PyModule) addModuleEntry(code, i, obj, name);
  else if (obj instanceof PyType) addTypeEntry(code, i, obj, name);
}

/**
 * `Class.name` on a class whose metatype is `type`: cacheable when the name
 * is not a data descriptor of `type` (those win, as type.__getattribute__
 * looks them up first) and the class's MRO gives a function (its __get__
 * with no instance returns it unchanged) or a plain value.
 */
function addTypeEntry(code: PyCode, i: number, cls: PyType, name: string): void {
  if (cls.cls !== TypeType) return;
  const md = TypeType.lookup(name);
  if (md !== undefined && A.isDataDescriptor(md)) return;
  const d = cls.lookup(name);
  if (d === undefined || !(d instanceof PyFunction || isPlainValue(d))) return;
  const a = cls.attrs;
  const shape = a === null ? null : a.shape;
  addEntry(code, i, new AttrCache(TypeType, TypeType.version, shape, IC.TYPE_ATTR, 0, d, null, null, null, cls.version, cls));
}

/**
 * `module.name` (LOAD_ATTR, or LOAD_METHOD as in `math.sqrt(x)`) found in an
 * exact module's dict: cache the entry's index, valid while the dict's keys
 * are unchanged (its version) and the name is not a data descriptor of the
 * module type (which would win over the dict).
 */
function addModuleEntry(code: PyCode, i: number, m: PyModule, name: string): void {
  const t = m.cls;
  if (t !== ModuleType || m.attrs === null || m.attrs.shape !== null) return;
  const d = m.dict;
  if (d.slow !== null) return;
  const idx = d.fast.get(name);
  if (idx === undefined) return;
  const td = t.lookup(name);
  if (td !== undefined && A.isDataDescriptor(td)) return;
  addEntry(code, i, new AttrCache(t, t.version, null, IC.MODULE, idx, m, null, null, d, d.version));
}

/** STORE_ATTR slow path: full setattr, then remember the slot or the shape transition. */
export function storeAttrMiss(code: PyCode, i: number, obj: PyValue, name: string, value: PyValue): void {
  if (typeof obj !== 'object' || obj instanceof PyType || obj.attrs === null || obj.attrs.shape === null) {
    A.setAttr(obj, name, value);
    return;
  }
  const t = obj.cls;
  const before = obj.attrs.shape;
  A.setAttr(obj, name, value);
  if (t.lookup('__setattr__') !== A.OBJECT_SETATTR) return;
  const d = t.lookup(name);
  const slot = d instanceof PyGetSetDescriptor && d.isSlot;
  if (!slot && (!(t.flags & TF_HAS_DICT) || (d !== undefined && A.isDataDescriptor(d)))) return;
  const a = (obj as PyObject).attrs!;
  if (a.shape === null) return;
  const idx = before.index.get(slot ? slotKey(name) : name);
  if (idx !== undefined) addEntry(code, i, new AttrCache(t, t.version, before, IC.STORE_SLOT, idx, undefined, null));
  else if (a.shape !== before && a.shape.names.length === before.names.length + 1) {
    addEntry(code, i, new AttrCache(t, t.version, before, IC.STORE_ADD, before.names.length, undefined, a.shape));
  }
}

/** LOAD_GLOBAL slow path. */
export function loadGlobalMiss(code: PyCode, i: number, globals: PyDict, builtins: PyDict, name: string): PyValue | undefined {
  let idx = globals.fast.get(name);
  if (idx !== undefined) {
    cacheArray(code)[i] = new GlobalCache(globals, globals.version, builtins, builtins.version, globals, idx);
    return globals.vals[idx];
  }
  if (globals.slow !== null) return globals.getStr(name) ?? builtins.getStr(name);
  idx = builtins.fast.get(name);
  if (idx !== undefined) {
    cacheArray(code)[i] = new GlobalCache(globals, globals.version, builtins, builtins.version, builtins, idx);
    return builtins.vals[idx];
  }
  return builtins.getStr(name);
}
