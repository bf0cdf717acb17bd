// Builtin functions and methods: how TypeScript code is exposed to Python.
//
// Every builtin is declared from a signature in Argument Clinic's notation
// (`"split(sep=None, maxsplit=-1)"`, `"pow(base, exp, mod=None, /)"`,
// `"sorted(iterable, /, *, key=None, reverse=False)"`), and one shared
// argument parser turns the call's arguments into the implementation's
// parameters, raising CPython's TypeError messages for bad calls.
//
// Calling convention (the VM's, like CPython's vectorcall): positional and
// keyword argument values in one array `args`; `kwnames` is null or the names
// of the last `kwnames.length` values.

import { PyObject, PyType, makeBuiltinType, typeOf, type PyValue } from './object.js';

export type NativeFn = (args: PyValue[], kwnames: string[] | null) => PyValue;
export type NativeMethod = (self: PyValue, args: PyValue[], kwnames: string[] | null) => PyValue;

/** Thrown by the parser; exceptions.ts turns these into Python TypeErrors (set by the VM at startup). */
export let makeTypeError: (msg: string) => unknown = (msg) => new Error(msg);
export function setTypeErrorFactory(f: (msg: string) => unknown): void {
  makeTypeError = f;
}

// ---- signatures -------------------------------------------------------------------

interface Param { name: string; required: boolean; kind: 'posonly' | 'normal' | 'kwonly' }

/**
 * A parsed signature.  `parse` maps (args, kwnames) to an array with one slot
 * per parameter (undefined where an optional argument was not given), plus
 * the extra positional and keyword arguments when the signature has
 * `*args` / `**kwargs`.
 */
export class Signature {
  readonly name: string;
  readonly params: Param[];
  readonly nposonly: number;
  readonly npositional: number; // posonly + normal
  readonly nrequiredPos: number;
  readonly varargs: boolean;
  readonly varkw: boolean;
  readonly text: string;
  /** "list.count" for methods of builtin types (set by defineMethods), for METH_O/METH_NOARGS-style messages. */
  qualname: string | null = null;

  constructor(text: string) {
    this.text = text;
    const m = /^([\w.]+)\((.*)\)$/.exec(text.trim());
    if (!m) throw new Error(`bad signature: ${text}`);
    this.name = m[1];
    const params: Param[] = [];
    let kind: Param['kind'] = 'normal';
    let varargs = false, varkw = false;
    const parts = m[2].split(',').map((s) => s.trim()).filter((s) => s.length);
    // Clinic's `$self` / `$cls` / `$type` / `$module` name the bound object, which the caller passes separately.
    if (parts.length > 0 && parts[0].startsWith('$')) parts.shift();
    // Everything before a '/' is positional-only.
    const slash = parts.indexOf('/');
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (p === '/') continue;
      if (p === '*') { kind = 'kwonly'; continue; }
      if (p.startsWith('**')) { varkw = true; continue; }
      if (p.startsWith('*')) { varargs = true; kind = 'kwonly'; continue; }
      const eq = p.indexOf('=');
      const name = (eq >= 0 ? p.slice(0, eq) : p).trim();
      params.push({ name, required: eq < 0, kind: i < slash ? 'posonly' : kind });
    }
    this.params = params;
    this.nposonly = params.filter((p) => p.kind === 'posonly').length;
    this.npositional = params.filter((p) => p.kind !== 'kwonly').length;
    let nreq = 0;
    while (nreq < this.npositional && params[nreq].required) nreq++;
    this.nrequiredPos = nreq;
    this.varargs = varargs;
    this.varkw = varkw;
  }

  /**
   * Bind a call's arguments.  Returns the parameter values in order; with
   * `*args` the extra positionals come back in `extra.args`, with `**kwargs`
   * the extra keywords in `extra.kwargs` (name/value pairs in call order).
   */
  bind(args: PyValue[], kwnames: string[] | null, extra?: { args: PyValue[]; kwargs: [string, PyValue][] }): (PyValue | undefined)[] {
    const params = this.params;
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw;
    if (!this.varargs && !this.varkw && this.nposonly < params.length) return this.bindKeywords(args, kwnames, npos, nkw);
    const out: (PyValue | undefined)[] = new Array(params.length);
    if (npos > this.npositional) {
      if (this.varargs && extra) {
        extra.args = args.slice(this.npositional, npos);
      } else {
        throw makeTypeError(this.tooManyPositional(this.shortName(), npos, nkw));
      }
    }
    const take = Math.min(npos, this.npositional);
    for (let i = 0; i < take; i++) out[i] = args[i];
    for (let k = 0; k < nkw; k++) {
      const kn = kwnames![k];
      let idx = -1;
      for (let i = this.nposonly; i < params.length; i++) if (params[i].name === kn) { idx = i; break; }
      if (idx < 0) {
        if (this.varkw && extra) { extra.kwargs.push([kn, args[npos + k]]); continue; }
        // Builtins word this as clinic's _PyArg_UnpackKeywords / _PyArg_NoKeywords do.
        if (this.nposonly === params.length && !this.varkw) throw makeTypeError(`${this.qualname ?? this.shortName()}() takes no keyword arguments`);
        throw makeTypeError(`'${kn}' is an invalid keyword argument for ${this.shortName()}()`);
      }
      if (out[idx] !== undefined) {
        throw makeTypeError(`argument for ${this.shortName()}() given by name ('${kn}') and position (${idx + 1})`);
      }
      out[idx] = args[npos + k];
    }
    for (let i = 0; i < params.length; i++) {
      if (out[i] === undefined && params[i].required) {
        const p = params[i];
        if (p.kind === 'posonly' || (nkw === 0 && p.kind !== 'kwonly')) {
          throw makeTypeError(this.missingPositional(this.shortName(), npos));
        }
        throw makeTypeError(`${this.shortName()}() missing required argument '${p.name}' (pos ${i + 1})`);
      }
    }
    return out;
  }

  /**
   * bind() for a signature with keyword parameters and no *args/**kwargs:
   * the checks and messages of clinic's _PyArg_UnpackKeywords, in its order
   * (counts first, then missing arguments, then unknown or duplicate names).
   */
  private bindKeywords(args: PyValue[], kwnames: string[] | null, npos: number, nkw: number): (PyValue | undefined)[] {
    const params = this.params;
    const maxargs = params.length;
    const maxpos = this.npositional;
    const minpos = this.nrequiredPos;
    const minposonly = Math.min(this.nposonly, minpos);
    if (npos + nkw > maxargs) {
      throw makeTypeError(`${this.shortName()}() takes at most ${maxargs} ${npos === 0 ? 'keyword ' : ''}argument${plural(maxargs)} (${npos + nkw} given)`);
    }
    if (npos > maxpos) {
      if (maxpos === 0) throw makeTypeError(`${this.shortName()}() takes no positional arguments`);
      throw makeTypeError(`${this.shortName()}() takes ${minpos < maxpos ? 'at most' : 'exactly'} ${maxpos} positional argument${plural(maxpos)} (${npos} given)`);
    }
    if (npos < minposonly) {
      throw makeTypeError(`${this.shortName()}() takes ${minposonly < maxpos ? 'at least' : 'exactly'} ${minposonly} positional argument${plural(minposonly)} (${npos} given)`);
    }
    const out: (PyValue | undefined)[] = new Array(params.length);
    for (let i = 0; i < npos; i++) out[i] = args[i];
    let matched = 0;
    for (let i = Math.max(npos, this.nposonly); i < params.length; i++) {
      if (nkw > 0) {
        const name = params[i].name;
        for (let k = 0; k < nkw; k++) {
          if (kwnames![k] === name) { out[i] = args[npos + k]; matched++; break; }
        }
      }
      if (out[i] === undefined && params[i].required) {
        throw makeTypeError(`${this.shortName()}() missing required argument '${params[i].name}' (pos ${i + 1})`);
      }
    }
    if (matched < nkw) {
      for (let i = this.nposonly; i < npos; i++) {
        if (kwnames!.includes(params[i].name)) {
          throw makeTypeError(`argument for ${this.shortName()}() given by name ('${params[i].name}') and position (${i + 1})`);
        }
      }
      for (const kn of kwnames!) {
        let known = false;
        for (let i = this.nposonly; i < params.length; i++) if (params[i].name === kn) { known = true; break; }
        if (!known) throw makeTypeError(`'${kn}' is an invalid keyword argument for ${this.shortName()}()`);
      }
    }
    return out;
  }

  /** The name errors use (without a type prefix); only computed for errors. */
  private shortName(): string {
    return this.name.slice(this.name.lastIndexOf('.') + 1);
  }

  private tooManyPositional(fname: string, npos: number, nkw: number): string {
    void nkw;
    const max = this.npositional;
    const min = this.nrequiredPos;
    // METH_NOARGS / METH_O messages name methods with their type ("list.clear()"); clinic's don't.
    if (max === 0) {
      if (this.params.length > 0) return `${fname}() takes no positional arguments`;
      return `${this.qualname ?? fname}() takes no arguments (${npos} given)`;
    }
    if (min === max) {
      if (max === 1) return `${this.qualname ?? fname}() takes exactly one argument (${npos} given)`;
      // Clinic's positional-only functions check the count with _PyArg_CheckPositional.
      if (this.nposonly === this.params.length) return `${fname} expected ${max} arguments, got ${npos}`;
      return `${fname}() takes exactly ${max} arguments (${npos} given)`;
    }
    // Clinic's positional-only functions say "expected"; the str/bytes search
    // methods still parse their arguments the older way.
    if (this.nposonly === this.params.length && !/^(str|bytes|bytearray)\.(r?find|r?index|count|startswith|endswith)$/.test(this.qualname ?? '')) {
      return `${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${npos}`;
    }
    return `${fname}() takes at most ${max} argument${max === 1 ? '' : 's'} (${npos} given)`;
  }

  private missingPositional(fname: string, npos: number): string {
    const max = this.npositional;
    const min = this.nrequiredPos;
    if (min === max) {
      if (min === 1) return `${this.qualname ?? fname}() takes exactly one argument (${npos} given)`;
      return `${fname} expected ${min} arguments, got ${npos}`;
    }
    return `${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${npos}`;
  }
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}

// ---- builtin function objects ----------------------------------------------------

export const BuiltinFunctionType = makeBuiltinType('builtin_function_or_method', undefined, 0);
export const MethodDescriptorType = makeBuiltinType('method_descriptor', undefined, 0);
export const ClassMethodDescriptorType = makeBuiltinType('classmethod_descriptor', undefined, 0);
export const GetSetDescriptorType = makeBuiltinType('getset_descriptor', undefined, 0);
/** The type of __slots__ members (a PyGetSetDescriptor with isSlot, as CPython's member_descriptor). */
export const MemberDescriptorType = makeBuiltinType('member_descriptor', undefined, 0);
export const WrapperDescriptorType = makeBuiltinType('wrapper_descriptor', undefined, 0);

/** A builtin function, or a builtin method bound to its `self` (builtin_function_or_method). */
export class PyBuiltinFunction extends PyObject {
  constructor(
    readonly name: string,
    readonly fn: NativeFn,
    /** The bound object for methods (`[].append.__self__`), the module for module functions. */
    readonly self: PyValue | undefined,
    readonly qualname: string,
    readonly doc: string | null = null,
  ) {
    super(BuiltinFunctionType);
    this.newOwner = null;
    this.newImpl = null;
    this.direct = null;
    this.directMin = 0;
    this.directMax = -1;
  }

  /**
   * For a function whose signature takes plain positional parameters
   * (builtinFunction): its implementation, callable with directMin to
   * directMax positional arguments as they are.  The interpreter's CALL
   * uses it for one or two arguments without making the argument array
   * (CPython's CALL_BUILTIN_O): len(x), ord(c), isinstance(x, t), math.sqrt(x).
   */
  direct: ((...a: any[]) => PyValue) | null;
  directMin: number;
  directMax: number;

  /**
   * For a builtin type's __new__ (defineNew): the type and the implementation
   * taking (cls, args) apart, so calling the class skips building [cls, ...args].
   */
  newOwner: PyType | null;
  newImpl: ((cls: PyType, args: PyValue[], kwnames: string[] | null) => PyValue) | null;
}

/**
 * A method of a builtin type, stored in the type's namespace (method_descriptor,
 * or wrapper_descriptor for dunder slots).  `fn` receives `self` separately so
 * LOAD_METHOD/CALL_METHOD can call it without creating a bound method.
 */
export class PyMethodDescriptor extends PyObject {
  constructor(
    readonly name: string,
    readonly owner: PyType,
    readonly fn: NativeMethod,
    readonly doc: string | null = null,
    isSlot = false,
  ) {
    super(isSlot ? WrapperDescriptorType : MethodDescriptorType);
    this.direct = null;
    this.directMin = 0;
    this.directMax = -1;
  }

  /**
   * For a method whose signature takes plain positional parameters
   * (defineMethods): its implementation, callable as impl(self, ...args)
   * with directMin to directMax arguments as they are; CALL_METHOD uses it
   * for up to two arguments without making the argument array.
   */
  direct: ((self: any, ...a: any[]) => PyValue) | null;
  directMin: number;
  directMax: number;
}

/** A classmethod of a builtin type (`dict.fromkeys`): `fn` receives the class as self. */
export class PyClassMethodDescriptor extends PyObject {
  constructor(readonly name: string, readonly owner: PyType, readonly fn: NativeMethod) {
    super(ClassMethodDescriptorType);
  }
}

/** A computed attribute of a builtin type (getset_descriptor), e.g. `function.__name__`. */
export class PyGetSetDescriptor extends PyObject {
  constructor(
    readonly name: string,
    readonly owner: PyType,
    readonly get: (self: PyValue) => PyValue,
    readonly set: ((self: PyValue, value: PyValue | undefined) => void) | null,
  ) {
    super(GetSetDescriptorType);
    this.isSlot = false;
  }

  /**
   * A __slots__ member: it stores the value in the instance's Attrs by shape,
   * exactly like an instance attribute, so the inline caches treat it as one.
   */
  isSlot: boolean;
}

// ---- declaring builtins ------------------------------------------------------------

/**
 * Wrap an implementation taking its parameters as JS arguments into the
 * calling convention, with the signature's argument checking.  Missing
 * optional arguments arrive as `undefined`: the implementation applies the
 * default (so that "argument not given" stays distinguishable, as clinic allows).
 * Fast path: purely positional calls with an acceptable count skip bind().
 */
export function wrapMethod(sig: Signature, impl: (self: PyValue, ...a: any[]) => PyValue): NativeMethod {
  const min = sig.nrequiredPos;
  const max = sig.npositional;
  const simple = simpleSignature(sig);
  if (sig.varargs || sig.varkw) {
    return (self, args, kwnames) => {
      const extra = { args: [] as PyValue[], kwargs: [] as [string, PyValue][] };
      const bound = sig.bind(args, kwnames, extra);
      return impl(self, ...bound, extra.args, extra.kwargs);
    };
  }
  return (self, args, kwnames) => {
    const n = args.length;
    if (kwnames === null && simple && n >= min && n <= max) {
      switch (n) {
        case 0: return impl(self);
        case 1: return impl(self, args[0]);
        case 2: return impl(self, args[0], args[1]);
        case 3: return impl(self, args[0], args[1], args[2]);
        default: return impl(self, ...args);
      }
    }
    return impl(self, ...sig.bind(args, kwnames));
  };
}

/**
 * The dunders CPython implements as type slots (wrapper_descriptor: "slot
 * wrapper", "requires a 'T' object" errors); other dunders in a type's
 * method table are method_descriptors, like list.__getitem__ and
 * dict.__contains__, which CPython defines both ways (METH_COEXIST).
 */
const SLOT_DUNDERS = new Set(('abs add and bool call delattr delete delitem divmod eq float floordiv ge get getattribute ' +
  'gt iadd iand ifloordiv ilshift imatmul imod imul index init int invert ior ipow irshift isub iter itruediv ixor le len ' +
  'lshift lt matmul mod mul ne neg next or pos pow radd rand rdivmod repr rfloordiv rlshift rmatmul rmod rmul ror rpow ' +
  'rrshift rshift rsub rtruediv rxor set setattr setitem str sub truediv xor hash await aiter anext contains getitem del')
  .split(' ').map((n) => `__${n}__`));

function isSlotWrapper(type: PyType, name: string): boolean {
  if (!SLOT_DUNDERS.has(name)) return false;
  if (name === '__getitem__') return type.name !== 'list' && type.name !== 'dict';
  if (name === '__contains__') return type.name !== 'dict' && type.name !== 'set' && type.name !== 'frozenset';
  return true;
}

/** Add methods to a builtin type from a table of signature -> implementation. */
export function defineMethods(type: PyType, table: Record<string, (self: any, ...a: any[]) => PyValue>): void {
  for (const [sigText, impl] of Object.entries(table)) {
    const sig = new Signature(sigText.includes('(') ? sigText : sigText + '()');
    const name = sig.name;
    sig.qualname = `${type.name}.${name}`;
    const isSlot = isSlotWrapper(type, name);
    const m = new PyMethodDescriptor(name, type, wrapMethod(sig, impl), null, isSlot);
    if (!sig.varargs && !sig.varkw && simpleSignature(sig)) {
      m.direct = impl;
      m.directMin = sig.nrequiredPos;
      m.directMax = sig.npositional;
    }
    type.dict.set(name, m);
  }
}

/** Add classmethods (`fn` gets the class as `self`). */
export function defineClassMethods(type: PyType, table: Record<string, (cls: PyType, ...a: any[]) => PyValue>): void {
  for (const [sigText, impl] of Object.entries(table)) {
    const sig = new Signature(sigText);
    type.dict.set(sig.name, new PyClassMethodDescriptor(sig.name, type, wrapMethod(sig, impl as any)));
  }
}

/** Add computed attributes. */
export function defineGetSets(type: PyType, table: Record<string, [(self: any) => PyValue, ((self: any, v: PyValue | undefined) => void) | null]>): void {
  for (const [name, [get, set]] of Object.entries(table)) {
    type.dict.set(name, new PyGetSetDescriptor(name, type, get, set));
  }
}

/** A builtin function (of a module or of builtins) from a signature and implementation. */
export function builtinFunction(sigText: string, impl: (...a: any[]) => PyValue, module: PyValue | undefined = undefined): PyBuiltinFunction {
  const sig = new Signature(sigText);
  const f = new PyBuiltinFunction(sig.name, wrapFunction(sig, impl), module, sig.name);
  if (!sig.varargs && !sig.varkw && simpleSignature(sig)) {
    f.direct = impl;
    f.directMin = sig.nrequiredPos;
    f.directMax = sig.npositional;
  }
  return f;
}

/** Whether a positional call with an acceptable count needs no bind() (no *args, **kw, required keyword-only). */
function simpleSignature(sig: Signature): boolean {
  return !sig.varargs && !sig.varkw && sig.params.every((p) => p.kind !== 'kwonly' || !p.required);
}

/**
 * wrapMethod for a function without self (builtin functions): the same
 * argument handling, without the rest/spread of an adapter on every call.
 */
function wrapFunction(sig: Signature, impl: (...a: any[]) => PyValue): NativeFn {
  if (sig.varargs || sig.varkw) {
    const m = wrapMethod(sig, (_self: PyValue, ...a: any[]) => impl(...a));
    return (args, kwnames) => m(undefined as unknown as PyValue, args, kwnames);
  }
  const min = sig.nrequiredPos;
  const max = sig.npositional;
  const simple = simpleSignature(sig);
  return (args, kwnames) => {
    const n = args.length;
    if (kwnames === null && simple && n >= min && n <= max) {
      switch (n) {
        case 0: return impl();
        case 1: return impl(args[0]);
        case 2: return impl(args[0], args[1]);
        case 3: return impl(args[0], args[1], args[2]);
        default: return impl(...args);
      }
    }
    return impl(...sig.bind(args, kwnames));
  };
}

/** The type name CPython uses in messages like "'int' object is not callable". */
export function typeName(v: PyValue): string {
  return typeOf(v).name;
}
