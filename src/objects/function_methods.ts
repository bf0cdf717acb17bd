// The Python-level attributes and methods of functions, bound methods,
// cells, code objects and the builtin function/descriptor types
// (Objects/funcobject.c, classobject.c, cellobject.c, codeobject.c,
// methodobject.c, descrobject.c).

import * as A from './abstract.js';
import { Attrs, None, NotImplemented, PyObject, PyType, StrType, TypeType, makeBuiltinType, typeOf, type PyValue } from './object.js';
import {
  defineMethods, defineGetSets, PyBuiltinFunction, PyMethodDescriptor, PyClassMethodDescriptor, PyGetSetDescriptor,
  BuiltinFunctionType, MethodDescriptorType, ClassMethodDescriptorType, GetSetDescriptorType, MemberDescriptorType, WrapperDescriptorType,
} from './methods.js';
import { PyFunction, PyMethod, PyCell, FunctionType, MethodType, CellType } from './function.js';
import { PyTuple, newTuple } from './tuple.js';
import { PyDict } from './dict.js';
import { PyList } from './list.js';
import { PyBytes } from './bytes.js';
import { PyModule } from './module.js';
import { typeError, valueError, attributeError } from './exceptions.js';
import { PyCode, CodeType } from '../compiler/code.js';

function addr(o: object): string {
  return '0x' + (A.identityHash(o) * 8 + 0x7f0000000000).toString(16);
}

function isStr(v: PyValue | undefined): boolean {
  return typeof v === 'string' || (typeof v === 'object' && v.cls.isSubtype(StrType));
}

function raw(type: PyType, name: string, fn: (self: PyValue, args: PyValue[], kw: string[] | null) => PyValue): void {
  type.dict.set(name, new PyMethodDescriptor(name, type, fn, null, true));
}

// ---- functions --------------------------------------------------------------------------------------

/** __annotations__: MAKE_FUNCTION's (name, value, ...) tuple becomes a dict on first access. */
function annotationsOf(f: PyFunction): PyValue {
  const a = f.annotations;
  if (a instanceof PyDict) return a;
  const d = new PyDict();
  if (a instanceof PyTuple) {
    const items = a.items;
    for (let i = 0; i + 1 < items.length; i += 2) d.set(items[i], items[i + 1]);
  } else if (a !== null && a !== undefined && a !== None) {
    return a;
  }
  f.annotations = d;
  return d;
}

defineGetSets(FunctionType, {
  '__name__': [(f: PyFunction) => f.name, (f: PyFunction, v) => {
    if (!isStr(v)) throw typeError('__name__ must be set to a string object');
    f.name = A.strValue(v!);
  }],
  '__qualname__': [(f: PyFunction) => f.qualname, (f: PyFunction, v) => {
    if (!isStr(v)) throw typeError('__qualname__ must be set to a string object');
    f.qualname = A.strValue(v!);
  }],
  '__doc__': [(f: PyFunction) => f.doc, (f: PyFunction, v) => { f.doc = v ?? None; }],
  '__module__': [(f: PyFunction) => f.module, (f: PyFunction, v) => { f.module = v ?? None; }],
  '__defaults__': [(f: PyFunction) => f.defaults ?? None, (f: PyFunction, v) => {
    if (v === undefined || v === None) { f.defaults = null; return; }
    if (!(v instanceof PyTuple)) throw typeError('__defaults__ must be set to a tuple object');
    f.defaults = v;
  }],
  '__kwdefaults__': [(f: PyFunction) => f.kwdefaults ?? None, (f: PyFunction, v) => {
    if (v === undefined || v === None) { f.kwdefaults = null; return; }
    if (!(v instanceof PyDict)) throw typeError('__kwdefaults__ must be set to a dict object');
    f.kwdefaults = v;
  }],
  '__code__': [(f: PyFunction) => f.code, (f: PyFunction, v) => {
    if (!(v instanceof PyCode)) throw typeError('__code__ must be set to a code object');
    const need = f.closure === null ? 0 : f.closure.length;
    if (v.freevars.length !== need) {
      throw valueError(`${f.name}() requires a code object with ${need} free vars, not ${v.freevars.length}`);
    }
    f.code = v;
  }],
  '__globals__': [(f: PyFunction) => f.globals, null],
  '__builtins__': [(f: PyFunction) => f.builtins, null],
  '__closure__': [(f: PyFunction) => (f.closure === null ? None : newTuple(f.closure.slice())), null],
  '__annotations__': [(f: PyFunction) => annotationsOf(f), (f: PyFunction, v) => {
    if (v === undefined || v === None) { f.annotations = null; return; }
    if (!(v instanceof PyDict)) throw typeError('__annotations__ must be set to a dict object');
    f.annotations = v;
  }],
  '__dict__': [(f: PyFunction) => {
    if (f.attrs === null) f.attrs = new Attrs();
    return A.toDictMode(f);
  }, (f: PyFunction, v) => {
    if (!(v instanceof PyDict)) throw typeError('__dict__ must be set to a dictionary, not a \'' + (v === undefined ? 'NoneType' : typeOf(v).name) + "'");
    if (f.attrs === null) f.attrs = new Attrs();
    f.attrs.shape = null; f.attrs.values = []; f.attrs.dict = v;
  }],
});
defineMethods(FunctionType, {
  '__repr__($self, /)': (f: PyFunction) => `<function ${f.qualname} at ${addr(f)}>`,
  '__get__($self, instance, owner=None, /)': (f: PyFunction, inst: PyValue) => (inst === None ? f : new PyMethod(f, inst)),
});
raw(FunctionType, '__call__', (self, args, kw) => A.call(self, args, kw));
FunctionType.dict.set('__new__', new PyBuiltinFunction('__new__', (args) => {
  // types.FunctionType(code, globals, name=None, argdefs=None, closure=None)
  const [, code, globals, name, argdefs, closure] = args;
  if (!(code instanceof PyCode)) throw typeError(`function() argument 'code' must be code, not ${typeOf(code).name}`);
  if (!(globals instanceof PyDict)) throw typeError(`function() argument 'globals' must be dict, not ${typeOf(globals).name}`);
  const b = globals.getStr('__builtins__');
  const builtins = b instanceof PyModule ? b.dict : b instanceof PyDict ? b : new PyDict();
  const f = new PyFunction(code, globals, builtins, code.qualname);
  if (name !== undefined && name !== None) f.name = A.strValue(name);
  if (argdefs instanceof PyTuple) f.defaults = argdefs;
  if (closure instanceof PyTuple) f.closure = closure.items as PyCell[];
  const mod = globals.getStr('__name__');
  if (mod !== undefined) f.module = mod;
  return f;
}, FunctionType, 'function.__new__'));

// ---- bound methods -------------------------------------------------------------------------------------

defineGetSets(MethodType, {
  '__func__': [(m: PyMethod) => m.func, null],
  '__self__': [(m: PyMethod) => m.self, null],
  '__doc__': [(m: PyMethod) => A.getAttrOpt(m.func, '__doc__') ?? None, null],
});
defineMethods(MethodType, {
  '__repr__($self, /)': (m: PyMethod) => {
    let name = A.getAttrOpt(m.func, '__qualname__');
    if (name === undefined) name = A.getAttrOpt(m.func, '__name__');
    return `<bound method ${isStr(name) ? A.strValue(name!) : '?'} of ${A.repr(m.self)}>`;
  },
  '__eq__($self, value, /)': (m: PyMethod, o: PyValue) => {
    if (!(o instanceof PyMethod)) return NotImplemented;
    return m.self === o.self && A.eqValue(m.func, o.func);
  },
  '__ne__($self, value, /)': (m: PyMethod, o: PyValue) => {
    if (!(o instanceof PyMethod)) return NotImplemented;
    return !(m.self === o.self && A.eqValue(m.func, o.func));
  },
  '__hash__($self, /)': (m: PyMethod) => {
    const x = typeof m.self === 'object' ? A.identityHash(m.self) : Number(A.hashValue(m.self));
    return (x ^ Number(A.hashValue(m.func))) | 0 || 1;
  },
  '__get__($self, instance, owner=None, /)': (m: PyMethod) => m,
  // Attribute access falls back to the function's attributes (method_getattro).
  '__getattr__($self, name, /)': (m: PyMethod, name: PyValue) => A.getAttr(m.func, A.strValue(name)),
  '__reduce__($self, /)': (m: PyMethod) => newTuple([A.getAttr(A.getAttr(m.self, '__class__'), '__name__'), newTuple([m.self, A.getAttr(m.func, '__name__')])]),
});
raw(MethodType, '__call__', (self, args, kw) => A.call(self, args, kw));
MethodType.dict.set('__new__', new PyBuiltinFunction('__new__', (args) => {
  if (args.length !== 3) throw typeError(`method expected 2 arguments, got ${args.length - 1}`);
  const [, func, obj] = args;
  if (!isCallable(func)) throw typeError('first argument must be callable');
  if (obj === None) throw typeError('instance must not be None');
  return new PyMethod(func, obj);
}, MethodType, 'method.__new__'));

function isCallable(v: PyValue): boolean {
  if (typeof v !== 'object') return false;
  if (v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyType) return true;
  return typeOf(v).lookup('__call__') !== undefined;
}

// ---- cells --------------------------------------------------------------------------------------------------

defineGetSets(CellType, {
  'cell_contents': [(c: PyCell) => {
    if (c.value === undefined) throw valueError('Cell is empty');
    return c.value;
  }, (c: PyCell, v) => { c.value = v; }],
});
defineMethods(CellType, {
  '__repr__($self, /)': (c: PyCell) => {
    if (c.value === undefined) return `<cell at ${addr(c)}: empty>`;
    const v = c.value;
    const where = typeof v === 'object' ? addr(v) : addr(c);
    return `<cell at ${addr(c)}: ${typeOf(v).name} object at ${where}>`;
  },
  '__eq__($self, value, /)': (c: PyCell, o: PyValue) => {
    if (!(o instanceof PyCell)) return NotImplemented;
    if (c.value === undefined || o.value === undefined) return c.value === o.value;
    return A.eqValue(c.value, o.value);
  },
});
CellType.dict.set('__hash__', None);
CellType.dict.set('__new__', new PyBuiltinFunction('__new__', (args) => new PyCell(args.length > 1 ? args[1] : undefined), CellType, 'cell.__new__'));

// ---- code objects -----------------------------------------------------------------------------------------

const strTuple = (xs: readonly string[]) => newTuple(xs.slice());
defineGetSets(CodeType, {
  'co_name': [(c: PyCode) => c.name, null],
  'co_qualname': [(c: PyCode) => c.qualname, null],
  'co_filename': [(c: PyCode) => c.filename, null],
  'co_firstlineno': [(c: PyCode) => c.firstlineno, null],
  'co_argcount': [(c: PyCode) => c.argcount, null],
  'co_posonlyargcount': [(c: PyCode) => c.posonlyargcount, null],
  'co_kwonlyargcount': [(c: PyCode) => c.kwonlyargcount, null],
  'co_nlocals': [(c: PyCode) => c.varnames.length, null],
  'co_varnames': [(c: PyCode) => strTuple(c.varnames), null],
  'co_cellvars': [(c: PyCode) => strTuple(c.cellvars), null],
  'co_freevars': [(c: PyCode) => strTuple(c.freevars), null],
  'co_names': [(c: PyCode) => strTuple(c.names), null],
  'co_consts': [(c: PyCode) => newTuple(c.consts.slice()), null],
  'co_flags': [(c: PyCode) => c.flags, null],
  'co_stacksize': [(c: PyCode) => c.stacksize, null],
  // krait's instructions are not CPython's bytecode: co_code holds no meaningful bytes (deliberate difference).
  'co_code': [(c: PyCode) => new PyBytes(new Uint8Array(2 * c.length)), null],
});
defineMethods(CodeType, {
  '__repr__($self, /)': (c: PyCode) => `<code object ${c.name} at ${addr(c)}, file "${c.filename}", line ${c.firstlineno}>`,
  'co_positions($self, /)': (c: PyCode) => {
    const out: PyValue[] = [];
    const p = c.positions;
    const v = (x: number) => (x < 0 ? None : x);
    for (let i = 0; i + 3 < p.length; i += 4) out.push(newTuple([v(p[i]), v(p[i + 1]), v(p[i + 2]), v(p[i + 3])]));
    return A.getIter(new PyList(out));
  },
  'co_lines($self, /)': (c: PyCode) => {
    const out: PyValue[] = [];
    const n = c.length;
    let start = 0;
    for (let i = 1; i <= n; i++) {
      if (i === n || c.lineOf(i) !== c.lineOf(start)) {
        const l = c.lineOf(start);
        out.push(newTuple([start * 2, i * 2, l < 0 ? None : l]));
        start = i;
      }
    }
    return A.getIter(new PyList(out));
  },
});

// ---- builtin functions and descriptors ----------------------------------------------------------------------

function builtinSelfRepr(self: PyValue): string {
  if (self instanceof PyType) return `type object at ${addr(self)}`;
  return `${typeOf(self).name} object at ${typeof self === 'object' ? addr(self) : addr(BuiltinFunctionType)}`;
}


/** Bound slot wrappers ((1).__add__): builtin functions with their own type name (wrapperobject). */
export const MethodWrapperType = makeBuiltinType('method-wrapper', undefined, 0);
A.setMethodWrapperType(MethodWrapperType);

const builtinMethods = {
  '__repr__($self, /)': (f: PyBuiltinFunction) => {
    const s = f.self;
    if (s === undefined || s === None || s instanceof PyModule) return `<built-in function ${f.name}>`;
    if (f.cls === MethodWrapperType) return `<method-wrapper '${f.name}' of ${builtinSelfRepr(s)}>`;
    return `<built-in method ${f.name} of ${builtinSelfRepr(s)}>`;
  },
  '__eq__($self, value, /)': (f: PyBuiltinFunction, o: PyValue) => {
    if (!(o instanceof PyBuiltinFunction)) return NotImplemented;
    return f === o || (f.self !== undefined && f.self === o.self && f.qualname === o.qualname && f.name === o.name);
  },
  '__hash__($self, /)': (f: PyBuiltinFunction) => {
    const s = f.self;
    const x = s === undefined ? 0 : typeof s === 'object' ? A.identityHash(s) : Number(A.hashValue(s));
    return (x ^ Number(A.hashString(f.qualname))) | 0 || 1;
  },
  '__reduce__($self, /)': (f: PyBuiltinFunction) => f.name,
};
const builtinGetSets = {
  '__name__': [(f: PyBuiltinFunction) => f.name, null],
  '__qualname__': [(f: PyBuiltinFunction) => f.qualname, null],
  '__doc__': [(f: PyBuiltinFunction) => f.doc ?? None, null],
  '__self__': [(f: PyBuiltinFunction) => (f.self === undefined ? None : f.self), null],
  '__module__': [(f: PyBuiltinFunction) => (f.self instanceof PyModule ? f.self.name : None), null],
  '__text_signature__': [() => None, null],
} as Record<string, [(self: any) => PyValue, null]>;
for (const t of [BuiltinFunctionType, MethodWrapperType]) {
  defineMethods(t, builtinMethods);
  raw(t, '__call__', (self, args, kw) => A.call(self, args, kw));
  defineGetSets(t, builtinGetSets);
}
MethodWrapperType.dict.set('__objclass__', new PyGetSetDescriptor('__objclass__', MethodWrapperType, (f: PyValue) => typeOf((f as PyBuiltinFunction).self!), null));

function ownerCheck(d: { name: string; owner: PyType }, obj: PyValue): void {
  if (!typeOf(obj).isSubtype(d.owner)) {
    throw typeError(`descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${typeOf(obj).name}' object`);
  }
}

defineMethods(MethodDescriptorType, {
  '__repr__($self, /)': (d: PyMethodDescriptor) => `<method '${d.name}' of '${d.owner.name}' objects>`,
  '__get__($self, instance, owner=None, /)': (d: PyMethodDescriptor, inst: PyValue) => {
    if (inst === None) return d;
    ownerCheck(d, inst);
    return A.bindDescriptor(d, inst, typeOf(inst));
  },
});
defineMethods(WrapperDescriptorType, {
  '__repr__($self, /)': (d: PyMethodDescriptor) => `<slot wrapper '${d.name}' of '${d.owner.name}' objects>`,
  '__get__($self, instance, owner=None, /)': (d: PyMethodDescriptor, inst: PyValue) => {
    if (inst === None) return d;
    ownerCheck(d, inst);
    return A.bindDescriptor(d, inst, typeOf(inst));
  },
});
for (const t of [MethodDescriptorType, WrapperDescriptorType]) {
  raw(t, '__call__', (self, args, kw) => A.call(self, args, kw));
  defineGetSets(t, {
    '__name__': [(d: PyMethodDescriptor) => d.name, null],
    '__qualname__': [(d: PyMethodDescriptor) => `${d.owner.name}.${d.name}`, null],
    '__objclass__': [(d: PyMethodDescriptor) => d.owner, null],
    '__doc__': [(d: PyMethodDescriptor) => d.doc ?? None, null],
    '__text_signature__': [() => None, null],
  });
}

defineMethods(ClassMethodDescriptorType, {
  '__repr__($self, /)': (d: PyClassMethodDescriptor) => `<method '${d.name}' of '${d.owner.name}' objects>`,
  '__get__($self, instance, owner=None, /)': (d: PyClassMethodDescriptor, inst: PyValue, owner: PyValue | undefined) => {
    let t: PyValue = owner === undefined || owner === None ? typeOf(inst) : owner;
    if (!(t instanceof PyType)) throw typeError(`descriptor '${d.name}' for type '${d.owner.name}' needs a type, not a '${typeOf(t).name}' as arg 2`);
    if (!t.isSubtype(d.owner)) {
      throw typeError(`descriptor '${d.name}' requires a subtype of '${d.owner.name}' but received '${t.name}'`);
    }
    return A.bindDescriptor(d, undefined, t as PyType);
  },
});
raw(ClassMethodDescriptorType, '__call__', (self, args, kw) => {
  const d = self as PyClassMethodDescriptor;
  if (args.length < 1 || !(args[0] instanceof PyType)) {
    throw typeError(`descriptor '${d.name}' of '${d.owner.name}' object needs an argument`);
  }
  return d.fn(args[0], args.slice(1), kw);
});
defineGetSets(ClassMethodDescriptorType, {
  '__name__': [(d: PyClassMethodDescriptor) => d.name, null],
  '__qualname__': [(d: PyClassMethodDescriptor) => `${d.owner.name}.${d.name}`, null],
  '__objclass__': [(d: PyClassMethodDescriptor) => d.owner, null],
});

for (const T of [GetSetDescriptorType, MemberDescriptorType]) {
defineMethods(T, {
  '__repr__($self, /)': (d: PyGetSetDescriptor) => `<${d.isSlot ? 'member' : 'attribute'} '${d.name}' of '${d.owner.name}' objects>`,
  '__get__($self, instance, owner=None, /)': (d: PyGetSetDescriptor, inst: PyValue) => {
    if (inst === None) return d;
    ownerCheck(d, inst);
    return d.get(inst);
  },
  '__set__($self, instance, value, /)': (d: PyGetSetDescriptor, inst: PyValue, v: PyValue) => {
    ownerCheck(d, inst);
    if (d.set === null) throw attributeError(`attribute '${d.name}' of '${d.owner.name}' objects is not writable`);
    d.set(inst, v);
    return None;
  },
  '__delete__($self, instance, /)': (d: PyGetSetDescriptor, inst: PyValue) => {
    ownerCheck(d, inst);
    if (d.set === null) throw attributeError(`attribute '${d.name}' of '${d.owner.name}' objects is not writable`);
    d.set(inst, undefined);
    return None;
  },
});
defineGetSets(T, {
  '__name__': [(d: PyGetSetDescriptor) => d.name, null],
  '__qualname__': [(d: PyGetSetDescriptor) => `${d.owner.name}.${d.name}`, null],
  '__objclass__': [(d: PyGetSetDescriptor) => d.owner, null],
  '__doc__': [() => None, null],
});
}

void [PyObject, TypeType];
