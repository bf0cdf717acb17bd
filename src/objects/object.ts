// The object model's foundation: how Python values are represented in
// JavaScript, the base object, type objects with version tags, and
// attribute storage by shape (maps / hidden classes).
//
// Value representation (chosen for the interpreter's and the JIT's speed):
//
//   Python            JavaScript
//   int               number (a safe integer, |n| <= 2**53 - 1) or bigint
//                     (beyond that).  Results are normalized: an int that fits
//                     a safe integer is always a number, never a bigint, and
//                     never -0.
//   bool              boolean (true / false)
//   str               string (UTF-16; see objects/str.ts for code points)
//   None              the None singleton object (not JS null)
//   everything else   an instance of PyObject (or a subclass), whose `cls`
//                     is its Python type
//
// So `typeof v` dispatches the common cases without a memory load, and small
// ints, bools and strs cost no allocation.  JS `undefined` is never a Python
// value: the VM uses it as its NULL marker (unbound local, empty cell,
// LOAD_METHOD's no-self).

/** Any Python value (see the table above). */
export type PyValue = number | bigint | boolean | string | PyObject;

/**
 * A shape (PyPy's "map", V8's hidden class) describes which attributes an
 * object stores, and at which index of its `values` array.  Objects that get
 * the same attributes in the same order share shapes, so the JIT can guard on
 * `attrs.shape === S` and then load `attrs.values[i]` with no lookup.
 * Shapes form a tree by transitions; they are never mutated after creation
 * except for adding transitions.
 */
export class Shape {
  readonly index: Map<string, number>;
  readonly names: string[];
  private transitions: Map<string, Shape> | null = null;
  constructor(names: string[]) {
    this.names = names;
    this.index = new Map(names.map((n, i) => [n, i]));
  }

  /** The shape with `name` added after this shape's attributes. */
  with(name: string): Shape {
    let t = this.transitions;
    if (t === null) t = this.transitions = new Map();
    let s = t.get(name);
    if (s === undefined) {
      s = new Shape([...this.names, name]);
      t.set(name, s);
    }
    return s;
  }

  static readonly EMPTY = new Shape([]);
}

/**
 * An object's own attributes (its __dict__), stored by shape.  Deleting an
 * attribute, or taking `obj.__dict__` (which must be a real, shared dict),
 * switches the object to dictionary mode: `shape` becomes null and `dict`
 * holds the attributes from then on.
 */
export class Attrs {
  shape: Shape | null = Shape.EMPTY;
  values: PyValue[];
  /** Set in dictionary mode (a PyDict, typed loosely to avoid an import cycle). */
  dict: any = null;
  /**
   * __slots__ values in dictionary mode.  In shape mode they live in `values`
   * under slotKey(name), so the inline caches treat them as attributes; the
   * __dict__ a program sees must not contain them, so switching to dictionary
   * mode moves them here.
   */
  slots: Map<string, PyValue> | null = null;
  /**
   * `size`: room for that many attributes from the start (an instance of a
   * class whose instances have had `size` attributes: PyType.attrHint), so
   * addAttrValue need not replace the array.
   */
  constructor(size = 0) {
    this.values = size === 0 ? [] : new Array(size);
  }
}

/**
 * Append the value of a new attribute at index `idx` (the old shape's size).
 * A plain push would give the array V8's growth slack (16 spare slots on the
 * first push); instead the array is sized from the most attributes an
 * instance of the class has had, so an instance costs what it holds.
 */
export function addAttrValue(cls: PyType, a: Attrs, idx: number, v: PyValue): void {
  let vs = a.values;
  if (idx >= vs.length) {
    let cap = cls.attrHint;
    if (cap <= idx) cap = cls.attrHint = idx + 1;
    const nv: PyValue[] = new Array(cap);
    for (let i = 0; i < idx; i++) nv[i] = vs[i];
    a.values = vs = nv;
  }
  vs[idx] = v;
}

/** The key a __slots__ member's value is stored under (no Python identifier starts with NUL). */
export function slotKey(name: string): string { return '\u0000' + name; }
/** True for a key made by slotKey (hidden from __dict__ and dir's instance names). */
export function isSlotKey(key: string): boolean { return key.charCodeAt(0) === 0; }

/** Base class of every Python object that is not an int, bool or str. */
export class PyObject {
  cls: PyType;
  /** Instance attributes, for objects whose type gives instances a __dict__. */
  attrs: Attrs | null;
  constructor(cls: PyType) {
    this.cls = cls;
    this.attrs = null;
  }
}

/**
 * An instance of a Python class made by object.__new__ (the commonest object
 * of an OO program) whose instances have attributes: it is its own Attrs
 * (attrs === this), one allocation instead of two.  Everything reads the
 * attributes through `attrs` as for any object, so replacing them (a
 * __dict__ assignment) may still give it a separate Attrs.
 */
export class PyInstance extends PyObject {
  shape: Shape | null;
  values: PyValue[];
  dict: any;
  slots: Map<string, PyValue> | null;
  constructor(cls: PyType, size: number) {
    super(cls);
    this.shape = Shape.EMPTY;
    this.values = size === 0 ? [] : new Array(size);
    this.dict = null;
    this.slots = null;
    this.attrs = this;
  }
}

// Type flags (a subset of CPython's Py_TPFLAGS_*).
export const TF_HEAPTYPE = 1 << 0;      // defined by a class statement
export const TF_BASETYPE = 1 << 1;      // may be subclassed
export const TF_HAS_DICT = 1 << 2;      // instances have a __dict__ (Attrs)
export const TF_ABSTRACT = 1 << 3;
export const TF_SEQUENCE = 1 << 4;      // pattern matching: a sequence
export const TF_MAPPING = 1 << 5;       // pattern matching: a mapping
export const TF_IMMUTABLETYPE = 1 << 6; // attributes can't be set (builtin types)
export const TF_EXCEPTION = 1 << 7;     // a BaseException subclass

let nextVersion = 1;

/**
 * A type object.  `dict` is its namespace.  `version` changes whenever the
 * namespace of this type or of any type in its MRO changes (or its bases are
 * reassigned), so a JIT guard `type.version === V` proves every lookup made
 * through the MRO at recording time still gives the same answer.
 */
export class PyType extends PyObject {
  name: string;
  qualname: string;
  module: string;
  bases: PyType[];
  mro: PyType[];
  dict: Map<string, PyValue>;
  version: number;
  flags: number;
  /** Types that list this one as a base (to propagate version changes). */
  subclasses: PyType[];
  /** The builtin type whose instance layout instances of this type have (object, int, list, ...). */
  solidBase: PyType | null;
  /** MRO lookup cache; cleared when `version` changes. */
  cache: Map<string, PyValue | null>;
  /** __slots__ names declared by this type (null: none). */
  slotNames: string[] | null;
  /** Doc string, for builtin types. */
  doc: string | null;
  /** Sequence concatenation (sq_concat) of builtin sequences: `a + b` when no __add__ applied; raises its own TypeError. */
  sqConcat: ((a: PyValue, b: PyValue) => PyValue) | null;
  /** Sequence repetition (sq_repeat): `seq * n`. */
  sqRepeat: ((seq: PyValue, n: PyValue) => PyValue) | null;

  constructor(metatype: PyType | null, name: string, bases: PyType[], flags: number) {
    // `type` itself is created before its own type exists: fixed up by initTypeType.
    super(metatype as PyType);
    this.name = name;
    this.qualname = name;
    this.module = 'builtins';
    this.bases = bases;
    this.mro = [];
    this.dict = new Map();
    this.version = nextVersion++;
    this.flags = flags;
    this.subclasses = [];
    this.solidBase = null;
    this.cache = new Map();
    this.slotNames = null;
    this.doc = null;
    this.sqConcat = null;
    this.sqRepeat = null;
    this.callVersion = -1;
    this.attrHint = 0;
    this.callNew = undefined;
    this.callInit = undefined;
    this.callCall = undefined;
    this.iterFn = null;
    this.call1 = null;
  }

  /**
   * __new__ and __init__ as of `callVersion` (type_call's two lookups, made
   * once per version), and __call__ (calling an instance).
   */
  callVersion: number;
  /** The most shape-mode attributes an instance of this type has had (sizes new instances' value arrays). */
  attrHint: number;
  callNew: PyValue | undefined;
  callInit: PyValue | undefined;
  callCall: PyValue | undefined;
  /**
   * For builtin types (never inherited): what their __iter__ does, which
   * getIter calls without looking __iter__ up (list, tuple, dict, ...).
   */
  iterFn: ((v: PyValue) => PyValue) | null;
  /**
   * For builtin types (never inherited): what calling the type with one
   * positional argument gives (int(x), float(x), str(x), range(n)), which
   * CALL uses without going through type.__call__ and __new__.
   */
  call1: ((x: PyValue) => PyValue) | null;

  /** Look a name up along the MRO (CPython's _PyType_Lookup), cached. */
  lookup(name: string): PyValue | undefined {
    // One probe: misses are cached as null (never a Python value).
    const c = this.cache.get(name);
    if (c !== undefined) return c === null ? undefined : c;
    let found: PyValue | null = null;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const v = mro[i].dict.get(name);
      if (v !== undefined) { found = v; break; }
    }
    this.cache.set(name, found);
    return found === null ? undefined : found;
  }

  /** Record a change to this type's namespace: new version here and in every subclass. */
  modified(): void {
    this.version = nextVersion++;
    this.cache.clear();
    for (const s of this.subclasses) s.modified();
  }

  isSubtype(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

// ---- the fundamental types ----------------------------------------------------

/** `type` and `object`, created by hand because each is an instance of the first. */
export const TypeType: PyType = new PyType(null, 'type', [], TF_BASETYPE | TF_IMMUTABLETYPE);
export const ObjectType: PyType = new PyType(TypeType, 'object', [], TF_BASETYPE | TF_IMMUTABLETYPE);
TypeType.cls = TypeType;
TypeType.bases = [ObjectType];
TypeType.mro = [TypeType, ObjectType];
ObjectType.mro = [ObjectType];
ObjectType.solidBase = ObjectType;
TypeType.solidBase = TypeType;
ObjectType.subclasses.push(TypeType);

/**
 * Create a builtin type.  Methods are added by each type's file from its
 * method table (objects/methods.ts).
 */
export function makeBuiltinType(name: string, base: PyType = ObjectType, flags = TF_BASETYPE, solid = true): PyType {
  const t = new PyType(TypeType, name, [base], flags | TF_IMMUTABLETYPE);
  t.mro = [t, ...base.mro];
  t.solidBase = solid ? t : base.solidBase;
  if (base.flags & TF_EXCEPTION) t.flags |= TF_EXCEPTION;
  base.subclasses.push(t);
  return t;
}

// ---- singletons ----------------------------------------------------------------

export const NoneType = makeBuiltinType('NoneType', ObjectType, 0);
export const NotImplementedType = makeBuiltinType('NotImplementedType', ObjectType, 0);
export const EllipsisType = makeBuiltinType('ellipsis', ObjectType, 0);

/** Python's None. */
export const None: PyObject = new PyObject(NoneType);
/** Python's NotImplemented. */
export const NotImplemented: PyObject = new PyObject(NotImplementedType);
/** Python's Ellipsis (`...`). */
export const Ellipsis: PyObject = new PyObject(EllipsisType);

// The types of the unboxed values; their methods live in int.ts, bool.ts, str.ts.
export const IntType = makeBuiltinType('int');
export const BoolType = makeBuiltinType('bool', IntType, 0, false);
export const StrType = makeBuiltinType('str');
/** float is here (re-exported by float.ts) because typeOf needs it: see float.ts. */
export const FloatType = makeBuiltinType('float');

/** The Python type of any value. */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'object': return v.cls;
    // A JS number is an int when integral, else a float (see float.ts).
    case 'number': return Number.isInteger(v) ? IntType : FloatType;
    case 'bigint': return IntType;
    case 'string': return StrType;
    case 'boolean': return BoolType;
  }
  throw new Error(`krait: not a Python value: ${String(v)}`);
}

export function isInstance(v: PyValue, t: PyType): boolean {
  const c = typeOf(v);
  return c === t || c.isSubtype(t);
}
