// The functools module (Lib/functools.py and its C accelerator
// Modules/_functoolsmodule.c): reduce, partial, cmp_to_key, lru_cache /
// cache (the _lru_cache_wrapper type), update_wrapper / wraps, and
// total_ordering.  Not provided yet: cached_property, singledispatch,
// partialmethod, singledispatchmethod.

import { Attrs, None, NotImplemented, PyObject, PyType, TF_HAS_DICT, makeBuiltinType, typeOf, type PyValue } from '../objects/object.js';
import type { Interpreter } from '../vm/interp.js';
import type { PyModule } from '../objects/module.js';
import { PyTuple } from '../objects/tuple.js';
import { PyDict, newDict } from '../objects/dict.js';
import { PyMethod } from '../objects/function.js';
import { builtinFunction, defineGetSets, PyBuiltinFunction, PyMethodDescriptor, Signature } from '../objects/methods.js';
import { typeError, AttributeErrorType, PyBaseException } from '../objects/exceptions.js';
import * as A from '../objects/abstract.js';
import { defineNew, defineRawMethod, initInstance, checkPositional, noKeywords } from '../objects/seq_util.js';
import { TupleType } from '../objects/tuple.js';
import { clinicBind } from './itertools.js';
import { valueErrorMsg } from '../objects/number.js';

const TF_BASETYPE = 1 << 1;

function ftype(name: string, flags: number, base?: PyType): PyType {
  const t = makeBuiltinType('functools.' + name, base, flags);
  t.qualname = name;
  t.module = 'functools';
  return t;
}

// ---- reduce ------------------------------------------------------------------------------

function reduce(fn: PyValue, seq: PyValue, initial: PyValue | undefined): PyValue {
  let it: PyValue;
  try {
    it = A.getIter(seq);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls === typeError('').cls) throw typeError('reduce() arg 2 must support iteration');
    throw e;
  }
  let acc = initial;
  for (;;) {
    const x = A.iterNext(it);
    if (x === undefined) break;
    acc = acc === undefined ? x : A.call(fn, [acc, x]);
  }
  if (acc === undefined) throw typeError('reduce() of empty iterable with no initial value');
  return acc;
}

// ---- partial -----------------------------------------------------------------------------

const PartialType = ftype('partial', TF_BASETYPE | TF_HAS_DICT);
export class PyPartial extends PyObject {
  constructor(cls: PyType, public fn: PyValue, public args: PyValue[], public kw: PyDict) { super(cls); }
}
defineNew(PartialType, (cls, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < 1) throw typeError("type 'partial' takes at least one argument");
  let fn = args[0];
  let pargs: PyValue[] = [];
  const kw = newDict();
  // A plain partial of a partial is flattened (partial_new), unless it has instance attributes.
  if (fn instanceof PyPartial && (fn.attrs === null || fn.attrs.values.length === 0 && fn.attrs.dict === null)) {
    pargs = fn.args;
    for (const [k, v] of fn.kw.entries()) kw.set(k, v);
    fn = fn.fn;
  }
  if (!isCallable(fn)) throw typeError('the first argument must be callable');
  for (let i = 0; i < nkw; i++) kw.set(kwnames![i], args[npos + i]);
  return initInstance(new PyPartial(cls, fn, pargs.concat(args.slice(1, npos)), kw), cls);
});
defineRawMethod(PartialType, '__call__', (self: PyPartial, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (self.kw.size === 0) {
    if (self.args.length === 0) return A.call(self.fn, args, kwnames);
    return A.call(self.fn, self.args.concat(args), kwnames);
  }
  // Stored keywords first, overridden by the call's.
  const merged = newDict();
  for (const [k, v] of self.kw.entries()) merged.set(k, v);
  for (let i = 0; i < nkw; i++) merged.set(kwnames![i], args[npos + i]);
  const all = self.args.concat(args.slice(0, npos));
  const names: string[] = [];
  for (const [k, v] of merged.entries()) { names.push(k as string); all.push(v); }
  return A.call(self.fn, all, names);
});
defineRawMethod(PartialType, '__repr__', (self: PyPartial) => {
  const parts = [A.repr(self.fn)];
  for (const a of self.args) parts.push(A.repr(a));
  for (const [k, v] of self.kw.entries()) parts.push(`${A.str(k)}=${A.repr(v)}`);
  return `${self.cls.name}(${parts.join(', ')})`;
});
defineGetSets(PartialType, {
  __dict__: [(self: PyPartial) => instanceDict(self), null],
  func: [(self: PyPartial) => self.fn, null],
  args: [(self: PyPartial) => new PyTuple(self.args.slice()), null],
  keywords: [(self: PyPartial) => self.kw, null],
});

/** The instance's __dict__ (attribute storage switched to dictionary mode). */
function instanceDict(o: PyObject): PyValue {
  if (o.attrs === null) o.attrs = new Attrs();
  return A.toDictMode(o);
}

function isCallable(v: PyValue): boolean {
  if (typeof v !== 'object') return false;
  return v instanceof PyBuiltinFunction || typeOf(v).lookup('__call__') !== undefined;
}

// ---- cmp_to_key (functools.KeyWrapper) ---------------------------------------------------------

const KeyWrapperType = ftype('KeyWrapper', 0);
class PyKeyWrapper extends PyObject {
  constructor(readonly cmp: PyValue, readonly obj: PyValue | undefined) { super(KeyWrapperType); }
}
defineRawMethod(KeyWrapperType, '__call__', (self: PyKeyWrapper, args, kwnames) => {
  const [obj] = KEY_CALL.bind(args, kwnames);
  return new PyKeyWrapper(self.cmp, obj!);
});
const KEY_CALL = new Signature('K(obj)');
const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
for (let op = 0; op < 6; op++) {
  defineRawMethod(KeyWrapperType, CMP_NAMES[op], (self: PyKeyWrapper, args) => {
    checkPositional(CMP_NAMES[op], args.length, 1, 1);
    const other = args[0];
    if (!(other instanceof PyKeyWrapper)) throw typeError('other argument must be K instance');
    const r = A.call(self.cmp, [self.obj!, other.obj!]);
    return A.richCompare(r, 0, op);
  });
}
KeyWrapperType.dict.set('__hash__', None);
defineGetSets(KeyWrapperType, { obj: [(self: PyKeyWrapper) => self.obj ?? None, null] });

// ---- lru_cache ----------------------------------------------------------------------------------

const LruWrapperType = ftype('_lru_cache_wrapper', TF_HAS_DICT);
const CacheInfoType = ftype('CacheInfo', TF_BASETYPE, TupleType);
CacheInfoType.qualname = 'CacheInfo';
const CACHEINFO_FIELDS = ['hits', 'misses', 'maxsize', 'currsize'];
defineRawMethod(CacheInfoType, '__repr__', (self: PyTuple) =>
  `CacheInfo(${CACHEINFO_FIELDS.map((f, i) => `${f}=${A.repr(self.items[i])}`).join(', ')})`);
defineGetSets(CacheInfoType, Object.fromEntries(CACHEINFO_FIELDS.map((f, i) =>
  [f, [(self: PyTuple) => self.items[i], null]])) as any);

/** The marker between positional and keyword parts of a cache key (_make_key's kwd_mark). */
const KWD_MARK = new PyObject(makeBuiltinType('object', undefined, 0));

class PyLruWrapper extends PyObject {
  hits = 0;
  misses = 0;
  cache = newDict();
  /** -1: unbounded. */
  constructor(readonly fn: PyValue, readonly maxsize: number, readonly typed: boolean) {
    super(LruWrapperType);
    this.attrs = new Attrs();
  }

  /** _make_key: one int or str argument is its own key; otherwise a tuple. */
  key(args: PyValue[], kwnames: string[] | null): PyValue {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw;
    if (nkw === 0 && npos === 1 && (typeof args[0] === 'number' || typeof args[0] === 'string' || typeof args[0] === 'bigint')) {
      return args[0];
    }
    const parts = args.slice(0, npos);
    if (nkw > 0) {
      parts.push(KWD_MARK);
      for (let i = 0; i < nkw; i++) parts.push(kwnames![i], args[npos + i]);
    }
    if (this.typed) {
      for (let i = 0; i < npos; i++) parts.push(typeOf(args[i]));
      for (let i = 0; i < nkw; i++) parts.push(typeOf(args[npos + i]));
    }
    return new PyTuple(parts);
  }

  invoke(args: PyValue[], kwnames: string[] | null): PyValue {
    if (this.maxsize === 0) {
      this.misses++;
      return A.call(this.fn, args, kwnames);
    }
    const key = this.key(args, kwnames);
    const cache = this.cache;
    const i = cache.lookup(key);
    if (i >= 0) {
      this.hits++;
      const v = cache.vals[i]!;
      if (this.maxsize > 0) {
        // Most recently used goes last.
        const k = cache.keys[i]!;
        cache.deleteAt(i);
        cache.set(k, v);
      }
      return v;
    }
    this.misses++;
    const r = A.call(this.fn, args, kwnames);
    if (this.maxsize > 0 && cache.lookup(key) < 0) {
      if (cache.size >= this.maxsize) {
        const keys = cache.keys;
        let j = 0;
        while (keys[j] === undefined) j++;
        cache.deleteAt(j);
      }
    }
    cache.set(key, r);
    return r;
  }
}
defineGetSets(LruWrapperType, { __dict__: [(self: PyLruWrapper) => instanceDict(self), null] });
defineRawMethod(LruWrapperType, '__call__', (self: PyLruWrapper, args, kwnames) => self.invoke(args, kwnames));
defineRawMethod(LruWrapperType, '__get__', (self: PyLruWrapper, args) => {
  const obj = args[0];
  if (obj === undefined || obj === None) return self;
  return new PyMethod(self, obj);
});
defineRawMethod(LruWrapperType, 'cache_info', (self: PyLruWrapper) =>
  new PyTuple([self.hits, self.misses, self.maxsize < 0 ? None : self.maxsize, self.cache.size], CacheInfoType));
defineRawMethod(LruWrapperType, 'cache_clear', (self: PyLruWrapper) => {
  self.cache.clear();
  self.hits = self.misses = 0;
  return None;
});
defineRawMethod(LruWrapperType, 'cache_parameters', (self: PyLruWrapper) => {
  const d = newDict();
  d.setStr('maxsize', self.maxsize < 0 ? None : self.maxsize);
  d.setStr('typed', self.typed);
  return d;
});

function makeLru(fn: PyValue, maxsize: number, typed: boolean, m: PyModule): PyValue {
  const w = new PyLruWrapper(fn, maxsize, typed);
  updateWrapper(w, fn, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES);
  void m;
  return w;
}

function lruCache(m: PyModule, maxsizeArg: PyValue | undefined, typedArg: PyValue | undefined): PyValue {
  const typed = typedArg === undefined ? false : A.isTrue(typedArg);
  let maxsize = 128;
  if (maxsizeArg !== undefined) {
    if (maxsizeArg === None) maxsize = -1;
    else if (typeof maxsizeArg === 'number' || typeof maxsizeArg === 'boolean' || typeof maxsizeArg === 'bigint') {
      const n = Number(maxsizeArg);
      maxsize = n < 0 ? 0 : n;
    } else if (isCallable(maxsizeArg)) {
      // @lru_cache without arguments: the user function came in as maxsize.
      return makeLru(maxsizeArg, 128, typed, m);
    } else {
      throw typeError('Expected first argument to be an integer, a callable, or None');
    }
  }
  return builtinFunction('decorating_function(user_function)', (fn: PyValue) => makeLru(fn, maxsize, typed, m));
}

// ---- update_wrapper / wraps ----------------------------------------------------------------------

const WRAPPER_ASSIGNMENTS = new PyTuple(['__module__', '__name__', '__qualname__', '__doc__', '__annotations__']);
const WRAPPER_UPDATES = new PyTuple(['__dict__']);

function updateWrapper(wrapper: PyValue, wrapped: PyValue, assigned: PyValue, updated: PyValue): PyValue {
  for (const name of A.toArray(assigned)) {
    const n = A.strValue(name);
    let v: PyValue;
    try {
      v = A.getAttr(wrapped, n);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.isSubtype(AttributeErrorType)) continue;
      throw e;
    }
    A.setAttr(wrapper, n, v);
  }
  for (const name of A.toArray(updated)) {
    const n = A.strValue(name);
    const target = A.getAttr(wrapper, n);
    const src = A.getAttrOpt(wrapped, n);
    A.call(A.getAttr(target, 'update'), [src === undefined ? newDict() : src]);
  }
  // Set last, so a __wrapped__ copied from wrapped.__dict__ does not win (bpo-17482).
  A.setAttr(wrapper, '__wrapped__', wrapped);
  return wrapper;
}

// ---- total_ordering -------------------------------------------------------------------------------

type Derive = (r: PyValue, self: PyValue, other: PyValue) => PyValue;
const notV = (r: PyValue) => !A.isTrue(r);
const ne = (a: PyValue, b: PyValue) => A.richCompare(a, b, 3);
const eq = (a: PyValue, b: PyValue) => A.richCompare(a, b, 2);
// `not r and self != other`, `r or self == other`, ... as Python evaluates them (values, not bools).
const notAndNe: Derive = (r, s, o) => (A.isTrue(r) ? false : ne(s, o));
const orEq: Derive = (r, s, o) => (A.isTrue(r) ? r : eq(s, o));
const notR: Derive = (r) => notV(r);
const notOrEq: Derive = (r, s, o) => (!A.isTrue(r) ? true : eq(s, o));
const andNe: Derive = (r, s, o) => (!A.isTrue(r) ? r : ne(s, o));

/** Lib/functools.py's _convert table: for each root, the derived operations. */
const CONVERT: Record<string, [string, Derive][]> = {
  __lt__: [['__gt__', notAndNe], ['__le__', orEq], ['__ge__', notR]],
  __le__: [['__ge__', notOrEq], ['__lt__', andNe], ['__gt__', notR]],
  __gt__: [['__lt__', notAndNe], ['__ge__', orEq], ['__le__', notR]],
  __ge__: [['__le__', notOrEq], ['__gt__', andNe], ['__lt__', notR]],
};

function totalOrdering(cls: PyValue): PyValue {
  const roots: string[] = [];
  for (const op of ['__lt__', '__le__', '__gt__', '__ge__']) {
    const mine = A.getAttrOpt(cls, op);
    const base = A.getAttrOpt(A.ObjectType, op);
    if (mine !== base) roots.push(op);
  }
  if (roots.length === 0) throw valueErrorMsg('must define at least one ordering operation: < > <= >=');
  const root = roots.reduce((a, b) => (a > b ? a : b));
  for (const [opname, derive] of CONVERT[root]) {
    if (roots.includes(opname)) continue;
    const fn = new PyMethodDescriptor(opname, A.ObjectType, (self, args, kwnames) => {
      noKeywords(opname, kwnames);
      checkPositional(opname, args.length, 1, 1);
      const other = args[0];
      const r = A.call(A.getAttr(typeOf(self), root), [self, other]);
      if (r === NotImplemented) return r;
      return derive(r, self, other);
    });
    A.setAttr(cls, opname, fn);
  }
  return cls;
}

// ---- the module ---------------------------------------------------------------------------------

export function initFunctools(_interp: Interpreter, m: PyModule): void {
  const d = m.dict;
  const def = (sig: string, impl: (...a: any[]) => PyValue) => {
    const fn = builtinFunction(sig, impl, m);
    d.setStr(fn.name, fn);
  };
  def('reduce(function, iterable, initial=None, /)', (fn: PyValue, seq: PyValue, init: PyValue | undefined) => reduce(fn, seq, init));
  d.setStr('partial', PartialType);
  def('cmp_to_key(mycmp)', (cmp: PyValue) => new PyKeyWrapper(cmp, undefined));
  d.setStr('KeyWrapper', KeyWrapperType);
  const lruSig = new Signature('lru_cache(maxsize=128, typed=False)');
  d.setStr('lru_cache', new PyBuiltinFunction('lru_cache', (args, kwnames) => {
    const [maxsize, typed] = clinicBind(lruSig, args, kwnames);
    return lruCache(m, maxsize, typed);
  }, m, 'lru_cache'));
  def('cache(user_function, /)', (fn: PyValue) => makeLru(fn, -1, false, m));
  d.setStr('_lru_cache_wrapper', LruWrapperType);
  d.setStr('WRAPPER_ASSIGNMENTS', WRAPPER_ASSIGNMENTS);
  d.setStr('WRAPPER_UPDATES', WRAPPER_UPDATES);
  const uw = builtinFunction('update_wrapper(wrapper, wrapped, assigned=None, updated=None)',
    (w: PyValue, wd: PyValue, as: PyValue | undefined, up: PyValue | undefined) =>
      updateWrapper(w, wd, as ?? WRAPPER_ASSIGNMENTS, up ?? WRAPPER_UPDATES), m);
  d.setStr('update_wrapper', uw);
  def('wraps(wrapped, assigned=None, updated=None)', (wd: PyValue, as: PyValue | undefined, up: PyValue | undefined) =>
    builtinFunction('decorator(wrapper)', (w: PyValue) => updateWrapper(w, wd, as ?? WRAPPER_ASSIGNMENTS, up ?? WRAPPER_UPDATES)));
  def('total_ordering(cls)', totalOrdering);
}
