// The operator module (Modules/_operator.c, the C half of Lib/operator.py):
// the operators as functions, their in-place forms, the dunder aliases, and
// the attrgetter / itemgetter / methodcaller types.  Everything delegates to
// the protocol layer (abstract.ts), which states each operation's semantics.

import { None, NotImplemented, PyObject, PyType, makeBuiltinType, typeOf, type PyValue } from '../objects/object.js';
import type { Interpreter } from '../vm/interp.js';
import type { PyModule } from '../objects/module.js';
import { PyTuple } from '../objects/tuple.js';
import { DictType } from '../objects/dict.js';
import { builtinFunction, PyBuiltinFunction } from '../objects/methods.js';
import { typeError, valueError } from '../objects/exceptions.js';
import * as A from '../objects/abstract.js';
import { builtinAbs } from '../objects/int.js';
import { BinOp, NB_INPLACE } from '../compiler/opcodes.js';
import { defineNew, defineRawMethod, checkPositional, noKeywords } from '../objects/seq_util.js';

function otype(name: string): PyType {
  const t = makeBuiltinType('operator.' + name, undefined, 0);
  t.qualname = name;
  t.module = 'operator';
  return t;
}

// ---- attrgetter ----------------------------------------------------------------------

const AttrgetterType = otype('attrgetter');
class PyAttrgetter extends PyObject {
  constructor(readonly names: string[], readonly paths: string[][]) { super(AttrgetterType); }
}
function dottedAttr(obj: PyValue, path: string[]): PyValue {
  for (let i = 0; i < path.length; i++) obj = A.getAttr(obj, path[i]);
  return obj;
}
defineNew(AttrgetterType, (_cls, args, kwnames) => {
  noKeywords('attrgetter', kwnames);
  if (args.length === 0) throw typeError('attrgetter expected 1 argument, got 0');
  const names: string[] = [];
  for (const a of args) {
    if (typeof a !== 'string') throw typeError('attribute name must be a string');
    names.push(a);
  }
  return new PyAttrgetter(names, names.map((n) => n.split('.')));
});
defineRawMethod(AttrgetterType, '__call__', (self: PyAttrgetter, args, kwnames) => {
  noKeywords('attrgetter', kwnames);
  checkPositional('attrgetter', args.length, 1, 1);
  const obj = args[0];
  if (self.paths.length === 1) return dottedAttr(obj, self.paths[0]);
  return new PyTuple(self.paths.map((p) => dottedAttr(obj, p)));
});
defineRawMethod(AttrgetterType, '__repr__', (self: PyAttrgetter) =>
  `operator.attrgetter(${self.names.map((n) => A.repr(n)).join(', ')})`);

// ---- itemgetter --------------------------------------------------------------------------

const ItemgetterType = otype('itemgetter');
class PyItemgetter extends PyObject {
  constructor(readonly items: PyValue[]) { super(ItemgetterType); }
}
defineNew(ItemgetterType, (_cls, args, kwnames) => {
  noKeywords('itemgetter', kwnames);
  if (args.length === 0) throw typeError('itemgetter expected 1 argument, got 0');
  return new PyItemgetter(args.slice());
});
defineRawMethod(ItemgetterType, '__call__', (self: PyItemgetter, args, kwnames) => {
  noKeywords('itemgetter', kwnames);
  checkPositional('itemgetter', args.length, 1, 1);
  const obj = args[0];
  const items = self.items;
  if (items.length === 1) return A.getItem(obj, items[0]);
  const out = new Array<PyValue>(items.length);
  for (let i = 0; i < items.length; i++) out[i] = A.getItem(obj, items[i]);
  return new PyTuple(out);
});
defineRawMethod(ItemgetterType, '__repr__', (self: PyItemgetter) =>
  `operator.itemgetter(${self.items.map((n) => A.repr(n)).join(', ')})`);

// ---- methodcaller ----------------------------------------------------------------------------

const MethodcallerType = otype('methodcaller');
class PyMethodcaller extends PyObject {
  constructor(readonly name: string, readonly args: PyValue[], readonly kwnames: string[]) { super(MethodcallerType); }
}
defineNew(MethodcallerType, (_cls, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length - nkw < 1) throw typeError('methodcaller needs at least one argument, the method name');
  const name = args[0];
  if (typeof name !== 'string') throw typeError('method name must be a string');
  return new PyMethodcaller(name, args.slice(1), kwnames === null ? [] : kwnames.slice());
});
defineRawMethod(MethodcallerType, '__call__', (self: PyMethodcaller, args, kwnames) => {
  noKeywords('methodcaller', kwnames);
  checkPositional('methodcaller', args.length, 1, 1);
  const m = A.getAttr(args[0], self.name);
  return A.call(m, self.args, self.kwnames.length === 0 ? null : self.kwnames);
});
defineRawMethod(MethodcallerType, '__repr__', (self: PyMethodcaller) => {
  const npos = self.args.length - self.kwnames.length;
  const parts = [A.repr(self.name)];
  for (let i = 0; i < npos; i++) parts.push(A.repr(self.args[i]));
  for (let i = 0; i < self.kwnames.length; i++) parts.push(`${self.kwnames[i]}=${A.repr(self.args[npos + i])}`);
  return `operator.methodcaller(${parts.join(', ')})`;
});

// ---- helpers ------------------------------------------------------------------------------

/** PySequence_Check: has __getitem__ and is not a dict (a mapping). */
function isSequence(v: PyValue): boolean {
  if (typeof v === 'string') return true;
  if (typeof v !== 'object') return false;
  const t = typeOf(v);
  return !t.isSubtype(DictType) && t.lookup('__getitem__') !== undefined;
}

function concat(a: PyValue, b: PyValue, inplace: boolean): PyValue {
  if (!isSequence(a)) throw typeError(`'${typeOf(a).name}' object can't be concatenated`);
  return A.binaryOp(inplace ? BinOp.ADD + NB_INPLACE : BinOp.ADD, a, b);
}

function countOf(a: PyValue, b: PyValue): number {
  const it = A.getIter(a);
  let n = 0;
  for (;;) {
    const x = A.iterNext(it);
    if (x === undefined) return n;
    if (x === b || A.eqValue(x, b)) n++;
  }
}

function indexOf(a: PyValue, b: PyValue): number {
  const it = A.getIter(a);
  for (let i = 0; ; i++) {
    const x = A.iterNext(it);
    if (x === undefined) throw valueError('sequence.index(x): x not in sequence');
    if (x === b || A.eqValue(x, b)) return i;
  }
}

/** operator.length_hint (PyObject_LengthHint). */
function lengthHint(obj: PyValue, dflt: PyValue | undefined): PyValue {
  let d = 0;
  if (dflt !== undefined) {
    d = Number(A.index(dflt));
  }
  const t = typeOf(obj);
  if (t.lookup('__len__') !== undefined) return A.len(obj);
  const h = t.lookup('__length_hint__');
  if (h === undefined) return d;
  const r = A.callMethod(h, obj, []);
  if (r === NotImplemented) return d;
  if (typeof r !== 'number' && typeof r !== 'bigint' && typeof r !== 'boolean') {
    throw typeError(`__length_hint__ must be an integer, not ${typeOf(r).name}`);
  }
  const n = Number(r);
  if (n < 0) throw valueError('__length_hint__() should return >= 0');
  return n;
}

// ---- the module ----------------------------------------------------------------------------

const BINARY: [string, number][] = [
  ['add', BinOp.ADD], ['and_', BinOp.AND], ['floordiv', BinOp.FLOOR_DIVIDE], ['lshift', BinOp.LSHIFT],
  ['matmul', BinOp.MATRIX_MULTIPLY], ['mod', BinOp.REMAINDER], ['mul', BinOp.MULTIPLY], ['or_', BinOp.OR],
  ['pow', BinOp.POWER], ['rshift', BinOp.RSHIFT], ['sub', BinOp.SUBTRACT], ['truediv', BinOp.TRUE_DIVIDE],
  ['xor', BinOp.XOR],
];
const COMPARE: [string, number][] = [['lt', 0], ['le', 1], ['eq', 2], ['ne', 3], ['gt', 4], ['ge', 5]];

export function initOperator(_interp: Interpreter, m: PyModule): void {
  const d = m.dict;
  const def = (sig: string, impl: (...a: any[]) => PyValue, ...aliases: string[]) => {
    const fn = builtinFunction(sig, impl, m);
    d.setStr(fn.name, fn);
    for (const a of aliases) d.setStr(a, fn);
    return fn;
  };
  // Lib/operator.py's dunder aliases: `__add__ = add`, `__and__ = and_`, `__iadd__ = iadd`...
  const dunder = (name: string) => `__${name.replace(/_$/, '')}__`;
  for (const [name, op] of BINARY) {
    def(`${name}(a, b, /)`, (a: PyValue, b: PyValue) => A.binaryOp(op, a, b), dunder(name));
    const iname = 'i' + name.replace(/_$/, '');
    def(`${iname}(a, b, /)`, (a: PyValue, b: PyValue) => A.binaryOp(op + NB_INPLACE, a, b), `__${iname}__`);
  }
  for (const [name, op] of COMPARE) def(`${name}(a, b, /)`, (a: PyValue, b: PyValue) => A.richCompare(a, b, op), `__${name}__`);
  def('not_(a, /)', (a: PyValue) => !A.isTrue(a), '__not__');
  def('truth(a, /)', (a: PyValue) => A.isTrue(a));
  def('is_(a, b, /)', (a: PyValue, b: PyValue) => a === b);
  def('is_not(a, b, /)', (a: PyValue, b: PyValue) => a !== b);
  def('abs(a, /)', (a: PyValue) => builtinAbs(a), '__abs__');
  def('index(a, /)', (a: PyValue) => A.index(a), '__index__');
  const inv = def('inv(a, /)', (a: PyValue) => A.invert(a), '__inv__');
  d.setStr('invert', builtinFunction('invert(a, /)', (a: PyValue) => A.invert(a), m));
  d.setStr('__invert__', d.getStr('invert')!);
  void inv;
  def('neg(a, /)', (a: PyValue) => A.negative(a), '__neg__');
  def('pos(a, /)', (a: PyValue) => A.positive(a), '__pos__');
  def('concat(a, b, /)', (a: PyValue, b: PyValue) => concat(a, b, false), '__concat__');
  def('iconcat(a, b, /)', (a: PyValue, b: PyValue) => concat(a, b, true), '__iconcat__');
  def('contains(a, b, /)', (a: PyValue, b: PyValue) => A.contains(a, b), '__contains__');
  def('countOf(a, b, /)', countOf);
  def('indexOf(a, b, /)', indexOf);
  def('getitem(a, b, /)', (a: PyValue, b: PyValue) => A.getItem(a, b), '__getitem__');
  def('setitem(a, b, c, /)', (a: PyValue, b: PyValue, c: PyValue) => { A.setItem(a, b, c); return None; }, '__setitem__');
  def('delitem(a, b, /)', (a: PyValue, b: PyValue) => { A.setItem(a, b, undefined); return None; }, '__delitem__');
  def('length_hint(obj, default=0, /)', lengthHint);
  const callFn = new PyBuiltinFunction('call', (args, kwnames) => {
    const npos = args.length - (kwnames === null ? 0 : kwnames.length);
    checkPositional('call', npos, 1, Infinity);
    return A.call(args[0], args.slice(1), kwnames);
  }, m, 'call');
  d.setStr('call', callFn);
  d.setStr('__call__', callFn);
  d.setStr('attrgetter', AttrgetterType);
  d.setStr('itemgetter', ItemgetterType);
  d.setStr('methodcaller', MethodcallerType);
}
