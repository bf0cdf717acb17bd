// The keyword module (Lib/keyword.py): Python 3.11's keywords and soft keywords.

import { isInstance, StrType, type PyValue } from '../objects/object.js';
import type { Interpreter } from '../vm/interp.js';
import type { PyModule } from '../objects/module.js';
import { PyList } from '../objects/list.js';
import { builtinFunction } from '../objects/methods.js';
import * as A from '../objects/abstract.js';

const KWLIST = ['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
  'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'];
const SOFTKWLIST = ['_', 'case', 'match'];

/** frozenset(list).__contains__: non-str keys are hashed (unhashable ones raise) and never match. */
function member(set: Set<string>, v: PyValue): boolean {
  if (typeof v === 'string') return set.has(v);
  A.hashValue(v);
  return isInstance(v, StrType) ? set.has(A.strValue(v)) : false;
}

export function initKeyword(_interp: Interpreter, m: PyModule): void {
  const kw = new Set(KWLIST), soft = new Set(SOFTKWLIST);
  const d = m.dict;
  d.setStr('__all__', new PyList(['iskeyword', 'issoftkeyword', 'kwlist', 'softkwlist']));
  d.setStr('kwlist', new PyList(KWLIST.slice()));
  d.setStr('softkwlist', new PyList(SOFTKWLIST.slice()));
  d.setStr('iskeyword', builtinFunction('__contains__(key, /)', (v: PyValue) => member(kw, v), m));
  d.setStr('issoftkeyword', builtinFunction('__contains__(key, /)', (v: PyValue) => member(soft, v), m));
}
