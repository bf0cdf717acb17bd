// types.GenericAlias (Objects/genericaliasobject.c), the result of
// `list[int]`: enough of it for annotations and runtime introspection
// (repr, __origin__, __args__, calling, equality, hashing, __mro_entries__).
// Deliberate simplification: __parameters__ is always computed as () (no
// TypeVar substitution).

import { PyObject, PyType, None, NotImplemented, makeBuiltinType, type PyValue, Ellipsis } from './object.js';
import { PyTuple, newTuple, EMPTY_TUPLE } from './tuple.js';
import { defineMethods, defineGetSets, PyMethodDescriptor } from './methods.js';
import { call, repr, getAttr, getAttrOpt, setAttr, hashValue, eqValue, setGenericAlias, genericGetAttr } from './abstract.js';
import { typeError, attributeError, PyBaseException } from './exceptions.js';
import { defineNew } from './seq_util.js';

export const GenericAliasType = makeBuiltinType('GenericAlias');
GenericAliasType.module = 'types';

export class PyGenericAlias extends PyObject {
  constructor(readonly origin: PyValue, readonly args: PyTuple, cls: PyType = GenericAliasType) {
    super(cls);
  }
}

/** `origin[args]` as __class_getitem__ makes it (Py_GenericAlias). */
export function genericAlias(origin: PyValue, args: PyValue): PyGenericAlias {
  return new PyGenericAlias(origin, args instanceof PyTuple ? args : newTuple([args]));
}

/** ga_repr_item: types by qualified name, other aliases by repr, ... for Ellipsis. */
function reprItem(p: PyValue): string {
  if (p === Ellipsis) return '...';
  if (p instanceof PyGenericAlias) return repr(p);
  if (p instanceof PyType) {
    return p.module === 'builtins' ? p.qualname : `${p.module}.${p.qualname}`;
  }
  const q = typeof p === 'object' ? getAttrOpt(p, '__qualname__') : undefined;
  const m = typeof p === 'object' ? getAttrOpt(p, '__module__') : undefined;
  if (q !== undefined && m !== undefined && typeof q === 'string') {
    if (m === 'builtins') return q;
    if (typeof m === 'string') return `${m}.${q}`;
  }
  return repr(p);
}

/** Attributes that are looked up on the alias itself rather than forwarded to the origin. */
const OWN = new Set(['__origin__', '__args__', '__unpacked__', '__parameters__', '__typing_unpacked_tuple_args__',
  '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__', '__class__', '__repr__',
  '__getattribute__', '__eq__', '__ne__', '__hash__', '__call__', '__getitem__', '__instancecheck__',
  '__subclasscheck__', '__or__', '__ror__', '__dir__']);

defineNew(GenericAliasType, (cls, args) => {
  if (args.length !== 2) throw typeError(`GenericAlias expected 2 arguments, got ${args.length}`);
  return new PyGenericAlias(args[0], args[1] instanceof PyTuple ? args[1] : newTuple([args[1]]), cls);
});

defineMethods(GenericAliasType, {
  '__repr__($self, /)': (self: PyGenericAlias) => {
    const items = self.args.items;
    const inner = items.length === 0 ? '()' : items.map(reprItem).join(', ');
    return `${reprItem(self.origin)}[${inner}]`;
  },
  '__getattribute__($self, name, /)': (self: PyGenericAlias, name) => {
    if (typeof name === 'string' && !OWN.has(name)) return getAttr(self.origin, name);
    const r = name === '__class__' ? GenericAliasType : typeGetAttrLike(self, name as string);
    return r;
  },
  '__eq__($self, value, /)': (self: PyGenericAlias, other) => {
    if (!(other instanceof PyGenericAlias)) return NotImplemented;
    return eqValue(self.origin, other.origin) && eqValue(self.args, other.args);
  },
  '__hash__($self, /)': (self: PyGenericAlias) => {
    const a = hashValue(self.origin), b = hashValue(self.args);
    return typeof a === 'number' && typeof b === 'number' ? (a ^ b) : Number(BigInt.asIntN(32, BigInt(a) ^ BigInt(b)));
  },
  '__mro_entries__($self, bases, /)': (self: PyGenericAlias) => newTuple([self.origin]),
  '__instancecheck__($self, obj, /)': () => { throw typeError('isinstance() argument 2 cannot be a parameterized generic'); },
  '__subclasscheck__($self, obj, /)': () => { throw typeError('issubclass() argument 2 cannot be a parameterized generic'); },
  '__getitem__($self, key, /)': (self: PyGenericAlias) => {
    throw typeError(`${repr(self)} is not a generic class`);
  },
});
GenericAliasType.dict.set('__call__', new PyMethodDescriptor('__call__', GenericAliasType,
  (self, args, kw) => {
    const r = call((self as PyGenericAlias).origin, args, kw);
    try { setAttr(r, '__orig_class__', self); } catch (e) {
      if (!(e instanceof PyBaseException) || !(e.cls.name === 'AttributeError' || e.cls.name === 'TypeError')) throw e;
    }
    return r;
  }, null, true));

defineGetSets(GenericAliasType, {
  '__origin__': [(self: PyGenericAlias) => self.origin, null],
  '__args__': [(self: PyGenericAlias) => self.args, null],
  '__parameters__': [() => EMPTY_TUPLE, null],
  '__unpacked__': [() => false, null],
});

function typeGetAttrLike(self: PyGenericAlias, name: string): PyValue {
  const r = genericGetAttr(self, GenericAliasType, name);
  if (r === undefined) throw attributeError(`'types.GenericAlias' object has no attribute '${name}'`);
  return r;
}

setGenericAlias(genericAlias);

/** The `__class_getitem__` classmethod of list, tuple, dict, set, ...: `list[int]`. */
export function classGetItem(cls: PyType, key: PyValue): PyValue {
  return genericAlias(cls, key);
}
