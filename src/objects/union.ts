// types.UnionType (Objects/unionobject.c): the result of `int | str`.
// type.__or__/__ror__ (and GenericAlias's) build one when both operands are
// "unionable" (None, a class, a GenericAlias or a union); nested unions are
// flattened and duplicates dropped, and a single remaining member is
// returned as is (`int | int` is int).  isinstance()/issubclass() accept a
// union through its __args__ (builtins.ts unionArgs).  Deliberate
// simplification: no TypeVar parameters (__parameters__ is always ()).

import {
  PyObject, PyType, None, NoneType, NotImplemented, TypeType, makeBuiltinType, type PyValue,
} from './object.js';
import { PyTuple, newTuple, EMPTY_TUPLE } from './tuple.js';
import { defineMethods, defineGetSets } from './methods.js';
import { call, repr, getAttrOpt, hashValue, eqValue } from './abstract.js';
import { typeError } from './exceptions.js';
import { GenericAliasType, PyGenericAlias } from './generic_alias.js';
import { FrozenSetType } from './set.js';

export const UnionType = makeBuiltinType('UnionType', undefined, 0);
UnionType.module = 'types';

export class PyUnion extends PyObject {
  constructor(readonly args: PyTuple) {
    super(UnionType);
  }
}

/** is_unionable: None, classes, GenericAlias and unions (typing's own objects define their __or__). */
function unionable(v: PyValue): boolean {
  return v === None || v instanceof PyType || v instanceof PyGenericAlias || v instanceof PyUnion;
}

function members(v: PyValue, out: PyValue[]): void {
  if (v instanceof PyUnion) {
    for (const a of v.args.items) members(a, out);
    return;
  }
  const m = v === None ? NoneType : v;
  // Deduplicate by identity-or-equality, keeping first occurrences (dedup_and_flatten_args).
  for (const x of out) if (x === m || (x instanceof PyGenericAlias && m instanceof PyGenericAlias && eqValue(x, m))) return;
  out.push(m);
}

/** `a | b` for unionable operands (_Py_union_type_or), else NotImplemented. */
export function unionOr(a: PyValue, b: PyValue): PyValue {
  if (!unionable(a) || !unionable(b)) return NotImplemented;
  const out: PyValue[] = [];
  members(a, out);
  members(b, out);
  if (out.length === 1) return out[0];
  return new PyUnion(newTuple(out));
}

/** union_repr_item */
function reprItem(p: PyValue): string {
  if (p === NoneType) return 'None';
  if (p instanceof PyGenericAlias) return repr(p);
  const q = getAttrOpt(p, '__qualname__');
  const m = getAttrOpt(p, '__module__');
  if (typeof q === 'string' && typeof m === 'string') return m === 'builtins' ? q : `${m}.${q}`;
  return repr(p);
}

defineMethods(UnionType, {
  '__repr__($self, /)': (self: PyUnion) => self.args.items.map(reprItem).join(' | '),
  '__or__($self, value, /)': (self: PyUnion, o: PyValue) => unionOr(self, o),
  '__ror__($self, value, /)': (self: PyUnion, o: PyValue) => unionOr(o, self),
  '__eq__($self, value, /)': (self: PyUnion, o: PyValue) => {
    if (!(o instanceof PyUnion)) return NotImplemented;
    return eqValue(call(FrozenSetType, [self.args]), call(FrozenSetType, [o.args]));
  },
  '__hash__($self, /)': (self: PyUnion) => hashValue(call(FrozenSetType, [self.args])),
  '__getitem__($self, key, /)': (self: PyUnion) => {
    throw typeError(`There are no type variables left in ${repr(self)}`);
  },
});

defineGetSets(UnionType, {
  '__args__': [(self: PyUnion) => self.args, null],
  '__parameters__': [() => EMPTY_TUPLE, null],
});

defineMethods(TypeType, {
  '__or__($self, value, /)': (self: PyValue, o: PyValue) => unionOr(self, o),
  '__ror__($self, value, /)': (self: PyValue, o: PyValue) => unionOr(o, self),
});
defineMethods(GenericAliasType, {
  '__or__($self, value, /)': (self: PyValue, o: PyValue) => unionOr(self, o),
  '__ror__($self, value, /)': (self: PyValue, o: PyValue) => unionOr(o, self),
});
