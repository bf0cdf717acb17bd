// bool (Objects/boolobject.c): True and False are the JS booleans.  bool
// derives from int (int's methods accept bools as self) and can't be
// subclassed (BoolType lacks TF_BASETYPE, see object.ts).

import { BoolType, NotImplemented, PyType, typeOf, type PyValue } from './object.js';
import { typeError } from './exceptions.js';
import { defineMethods, PyBuiltinFunction } from './methods.js';
import * as A from './abstract.js';
import * as N from './number.js';
import { BinOp } from '../compiler/opcodes.js';
import { intOf } from './int.js';

function boolNew(args: PyValue[], kwnames: string[] | null): PyValue {
  if (args.length < 1) throw typeError('bool.__new__(): not enough arguments');
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError(`bool.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (!cls.isSubtype(BoolType)) throw typeError(`bool.__new__(${cls.name}): ${cls.name} is not a subtype of bool`);
  if (kwnames !== null && kwnames.length > 0) throw typeError('bool() takes no keyword arguments');
  const n = args.length - 1;
  if (n > 1) throw typeError(`bool expected at most 1 argument, got ${n}`);
  return n === 0 ? false : A.isTrue(args[1]);
}

/** &, |, ^ give a bool when both operands are bools, else int's result. */
function logical(op: number, reflected: boolean) {
  return (self: PyValue, other: PyValue): PyValue => {
    if (typeof other === 'boolean') {
      const a = self as boolean;
      return op === BinOp.AND ? a && other : op === BinOp.OR ? a || other : a !== other;
    }
    const b = intOf(other);
    if (b === undefined) return NotImplemented;
    const a = (self as boolean) ? 1 : 0;
    return reflected ? N.intOp(op, b, a)! : N.intOp(op, a, b)!;
  };
}

BoolType.dict.set('__new__', new PyBuiltinFunction('__new__', boolNew, BoolType, 'bool.__new__'));
BoolType.doc = 'bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed.';

defineMethods(BoolType, {
  '__repr__($self, /)': (self: boolean) => (self ? 'True' : 'False'),
  '__and__($self, value, /)': logical(BinOp.AND, false),
  '__rand__($self, value, /)': logical(BinOp.AND, true),
  '__or__($self, value, /)': logical(BinOp.OR, false),
  '__ror__($self, value, /)': logical(BinOp.OR, true),
  '__xor__($self, value, /)': logical(BinOp.XOR, false),
  '__rxor__($self, value, /)': logical(BinOp.XOR, true),
});
