// The itertools module (Modules/itertoolsmodule.c, CPython 3.11).
//
// Every iterator is a PyObject subclass implementing the fast nextValue()
// protocol (abstract.ts's iterNext); __iter__/__next__ come from
// defineIterator.  Constructors parse their arguments with the shared
// Signature parser where CPython uses Argument Clinic, and by hand where
// CPython does (chain, islice, zip_longest, product), to keep its messages.
// The combinatoric iterators follow the index-vector algorithms of the
// itertools documentation's "roughly equivalent" code.

import { None, PyObject, PyType, makeBuiltinType, type PyValue } from '../objects/object.js';
import type { Interpreter } from '../vm/interp.js';
import type { PyModule } from '../objects/module.js';
import { PyTuple, EMPTY_TUPLE } from '../objects/tuple.js';
import { PyFloat } from '../objects/float.js';
import { Signature, defineClassMethods, builtinFunction } from '../objects/methods.js';
import { typeError, valueError } from '../objects/exceptions.js';
import * as A from '../objects/abstract.js';
import { defineNew, defineIterator, defineRawMethod, initInstance, checkPositional, noKeywords } from '../objects/seq_util.js';
import { BinOp } from '../compiler/opcodes.js';

const TF_BASETYPE = 1 << 1;

/** A builtin type of this module: tp_name "itertools.<name>" (messages), __name__/__qualname__ "<name>". */
function itype(name: string, base = true): PyType {
  const t = makeBuiltinType('itertools.' + name, undefined, base ? TF_BASETYPE : 0);
  t.qualname = name;
  t.module = 'itertools';
  return t;
}

/** _PyType_Name: a type's name without its module, for reprs. */
function shortName(t: PyType): string {
  return t.name.slice(t.name.lastIndexOf('.') + 1);
}

/**
 * Bind arguments as Argument Clinic's _PyArg_UnpackKeywords does, with its
 * messages ("f() takes at most 2 arguments (3 given)", "f() missing
 * required argument 'x' (pos 1)"), then the shared parser for the rest.
 */
export function clinicBind(sig: Signature, args: PyValue[], kwnames: string[] | null): (PyValue | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const fname = sig.name;
  if (npos > sig.npositional && !sig.varargs) {
    const kwonly = sig.params.length > sig.npositional;
    const max = sig.npositional;
    throw typeError(`${fname}() takes at most ${max} ${kwonly ? 'positional ' : ''}argument${max === 1 ? '' : 's'} (${npos} given)`);
  }
  const ps = sig.params;
  for (let i = 0; i < ps.length; i++) {
    if (!ps[i].required || (i < npos && ps[i].kind !== 'kwonly')) continue;
    if (kwnames !== null && kwnames.includes(ps[i].name)) continue;
    throw typeError(`${fname}() missing required argument '${ps[i].name}' (pos ${i + 1})`);
  }
  return sig.bind(args, kwnames);
}

/** A constructor parsed by a clinic-style signature. */
function clinicNew(t: PyType, sigText: string, make: (cls: PyType, a: (PyValue | undefined)[]) => PyObject): void {
  const sig = new Signature(sigText);
  defineNew(t, (cls, args, kwnames) => initInstance(make(cls, clinicBind(sig, args, kwnames)), cls));
}

/** A constructor with only positional parameters (clinic's "name expected N arguments, got M"). */
function positionalNew(t: PyType, min: number, max: number, make: (cls: PyType, a: PyValue[]) => PyObject): void {
  defineNew(t, (cls, args, kwnames) => {
    if (cls === t) noKeywords(t.qualname, kwnames);
    const n = args.length - (kwnames === null ? 0 : kwnames.length);
    checkPositional(t.qualname, n, min, max);
    return initInstance(make(cls, args.slice(0, n)), cls);
  });
}

const isNumber = (v: PyValue): boolean =>
  typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' ||
  (typeof v === 'object' && (v.cls.lookup('__index__') !== undefined || v.cls.lookup('__float__') !== undefined || v.cls.lookup('__int__') !== undefined));

// ---- count ------------------------------------------------------------------------------

const CountType = itype('count');
class PyCount extends PyObject {
  constructor(cls: PyType, public cnt: PyValue, public step: PyValue) { super(cls); }
  nextValue(): PyValue {
    const c = this.cnt;
    const s = this.step;
    if (typeof c === 'number' && typeof s === 'number' && Number.isInteger(c) && Number.isInteger(s)) {
      const r = c + s;
      this.cnt = Number.isSafeInteger(r) ? r : A.binaryOp(BinOp.ADD, c, s);
    } else {
      this.cnt = A.binaryOp(BinOp.ADD, c, s);
    }
    return c;
  }
}
clinicNew(CountType, 'count(start=0, step=1)', (cls, [start, step]) => {
  const s = start ?? 0, st = step ?? 1;
  if (!isNumber(s) || !isNumber(st)) throw typeError('a number is required');
  return new PyCount(cls, s, st);
});
defineIterator(CountType);
defineRawMethod(CountType, '__repr__', (self: PyCount) => {
  const name = shortName(self.cls);
  const s = self.step;
  if (s === 1 || s === true) return `${name}(${A.repr(self.cnt)})`;
  return `${name}(${A.repr(self.cnt)}, ${A.repr(s)})`;
});

// ---- cycle ------------------------------------------------------------------------------

const CycleType = itype('cycle');
class PyCycle extends PyObject {
  saved: PyValue[] = [];
  index = 0;
  firstpass = true;
  constructor(cls: PyType, public it: PyValue) { super(cls); }
  nextValue(): PyValue | undefined {
    if (this.firstpass) {
      const x = A.iterNext(this.it);
      if (x !== undefined) { this.saved.push(x); return x; }
      this.firstpass = false;
    }
    const saved = this.saved;
    if (saved.length === 0) return undefined;
    const v = saved[this.index];
    this.index = this.index + 1 === saved.length ? 0 : this.index + 1;
    return v;
  }
}
positionalNew(CycleType, 1, 1, (cls, [it]) => new PyCycle(cls, A.getIter(it)));
defineIterator(CycleType);

// ---- repeat -----------------------------------------------------------------------------

const RepeatType = itype('repeat');
class PyRepeat extends PyObject {
  /** Remaining count, or -1 for forever. */
  constructor(cls: PyType, public element: PyValue, public cnt: number) { super(cls); }
  nextValue(): PyValue | undefined {
    if (this.cnt === 0) return undefined;
    if (this.cnt > 0) this.cnt--;
    return this.element;
  }
}
clinicNew(RepeatType, 'repeat(object, times=None)', (cls, [obj, times]) => {
  let n = -1;
  if (times !== undefined) {
    const i = A.index(times);
    n = typeof i === 'bigint' ? (i < 0n ? 0 : Number.MAX_SAFE_INTEGER) : Math.max(0, i);
  }
  return new PyRepeat(cls, obj!, n);
});
defineIterator(RepeatType);
defineRawMethod(RepeatType, '__repr__', (self: PyRepeat) =>
  self.cnt === -1 ? `${shortName(self.cls)}(${A.repr(self.element)})` : `${shortName(self.cls)}(${A.repr(self.element)}, ${self.cnt})`);
defineRawMethod(RepeatType, '__length_hint__', (self: PyRepeat) => {
  if (self.cnt === -1) throw typeError('len() of unsized object');
  return self.cnt;
});

// ---- accumulate ---------------------------------------------------------------------------

const AccumulateType = itype('accumulate');
class PyAccumulate extends PyObject {
  total: PyValue | undefined = undefined;
  constructor(cls: PyType, public it: PyValue, public func: PyValue, public initial: PyValue | undefined) { super(cls); }
  nextValue(): PyValue | undefined {
    if (this.initial !== undefined) {
      this.total = this.initial;
      this.initial = undefined;
      return this.total;
    }
    const x = A.iterNext(this.it);
    if (x === undefined) return undefined;
    const t = this.total;
    if (t === undefined) this.total = x;
    else if (this.func === None) this.total = A.binaryOp(BinOp.ADD, t, x);
    else this.total = A.call(this.func, [t, x]);
    return this.total;
  }
}
clinicNew(AccumulateType, 'accumulate(iterable, func=None, *, initial=None)', (cls, [it, func, initial]) =>
  new PyAccumulate(cls, A.getIter(it!), func ?? None, initial === None ? undefined : initial));
defineIterator(AccumulateType);

// ---- chain ------------------------------------------------------------------------------

const ChainType = itype('chain');
class PyChain extends PyObject {
  active: PyValue | null = null;
  constructor(cls: PyType, public source: PyValue | null) { super(cls); }
  nextValue(): PyValue | undefined {
    for (;;) {
      if (this.active === null) {
        if (this.source === null) return undefined;
        const iterable = A.iterNext(this.source);
        if (iterable === undefined) { this.source = null; return undefined; }
        this.active = A.getIter(iterable);
      }
      const x = A.iterNext(this.active);
      if (x !== undefined) return x;
      this.active = null;
    }
  }
}
defineNew(ChainType, (cls, args, kwnames) => {
  if (cls === ChainType) noKeywords('chain', kwnames);
  const n = args.length - (kwnames === null ? 0 : kwnames.length);
  return initInstance(new PyChain(cls, A.getIter(new PyTuple(args.slice(0, n)))), cls);
});
defineIterator(ChainType);
defineClassMethods(ChainType, {
  'from_iterable(iterable, /)': (cls: PyType, iterable: PyValue) => initInstance(new PyChain(cls, A.getIter(iterable)), cls),
});

// ---- compress, dropwhile, takewhile, filterfalse, starmap, pairwise ---------------------

const CompressType = itype('compress');
class PyCompress extends PyObject {
  constructor(cls: PyType, public data: PyValue, public selectors: PyValue) { super(cls); }
  nextValue(): PyValue | undefined {
    for (;;) {
      const d = A.iterNext(this.data);
      if (d === undefined) return undefined;
      const s = A.iterNext(this.selectors);
      if (s === undefined) return undefined;
      if (A.isTrue(s)) return d;
    }
  }
}
clinicNew(CompressType, 'compress(data, selectors)', (cls, [d, s]) => new PyCompress(cls, A.getIter(d!), A.getIter(s!)));
defineIterator(CompressType);

const DropwhileType = itype('dropwhile');
class PyDropwhile extends PyObject {
  dropping = true;
  constructor(cls: PyType, public pred: PyValue, public it: PyValue) { super(cls); }
  nextValue(): PyValue | undefined {
    for (;;) {
      const x = A.iterNext(this.it);
      if (x === undefined) return undefined;
      if (!this.dropping) return x;
      if (!A.isTrue(A.call(this.pred, [x]))) { this.dropping = false; return x; }
    }
  }
}
positionalNew(DropwhileType, 2, 2, (cls, [p, it]) => new PyDropwhile(cls, p, A.getIter(it)));
defineIterator(DropwhileType);

const TakewhileType = itype('takewhile');
class PyTakewhile extends PyObject {
  stop = false;
  constructor(cls: PyType, public pred: PyValue, public it: PyValue) { super(cls); }
  nextValue(): PyValue | undefined {
    if (this.stop) return undefined;
    const x = A.iterNext(this.it);
    if (x === undefined) return undefined;
    if (A.isTrue(A.call(this.pred, [x]))) return x;
    this.stop = true;
    return undefined;
  }
}
positionalNew(TakewhileType, 2, 2, (cls, [p, it]) => new PyTakewhile(cls, p, A.getIter(it)));
defineIterator(TakewhileType);

const FilterfalseType = itype('filterfalse');
class PyFilterfalse extends PyObject {
  constructor(cls: PyType, public func: PyValue, public it: PyValue) { super(cls); }
  nextValue(): PyValue | undefined {
    for (;;) {
      const x = A.iterNext(this.it);
      if (x === undefined) return undefined;
      const ok = this.func === None || this.func === A.BoolType ? A.isTrue(x) : A.isTrue(A.call(this.func, [x]));
      if (!ok) return x;
    }
  }
}
positionalNew(FilterfalseType, 2, 2, (cls, [f, it]) => new PyFilterfalse(cls, f, A.getIter(it)));
defineIterator(FilterfalseType);

const StarmapType = itype('starmap');
class PyStarmap extends PyObject {
  constructor(cls: PyType, public func: PyValue, public it: PyValue) { super(cls); }
  nextValue(): PyValue | undefined {
    const x = A.iterNext(this.it);
    if (x === undefined) return undefined;
    return A.call(this.func, A.toArray(x));
  }
}
positionalNew(StarmapType, 2, 2, (cls, [f, it]) => new PyStarmap(cls, f, A.getIter(it)));
defineIterator(StarmapType);

const PairwiseType = itype('pairwise');
class PyPairwise extends PyObject {
  old: PyValue | undefined = undefined;
  constructor(cls: PyType, public it: PyValue | null) { super(cls); }
  nextValue(): PyValue | undefined {
    if (this.it === null) return undefined;
    if (this.old === undefined) {
      this.old = A.iterNext(this.it);
      if (this.old === undefined) { this.it = null; return undefined; }
    }
    const n = A.iterNext(this.it);
    if (n === undefined) { this.it = null; this.old = undefined; return undefined; }
    const r = new PyTuple([this.old, n]);
    this.old = n;
    return r;
  }
}
positionalNew(PairwiseType, 1, 1, (cls, [it]) => new PyPairwise(cls, A.getIter(it)));
defineIterator(PairwiseType);

// ---- groupby (groupby_next, _grouper_next) -------------------------------------------------

const GroupbyType = itype('groupby');
const GrouperType = itype('_grouper', false);
class PyGroupby extends PyObject {
  tgtkey: PyValue | undefined = undefined;
  currkey: PyValue | undefined = undefined;
  currvalue: PyValue | undefined = undefined;
  currgrouper: PyGrouper | null = null;
  constructor(cls: PyType, public it: PyValue, public keyfunc: PyValue) { super(cls); }
  /** Advance the shared iterator: false when exhausted. */
  step(): boolean {
    const v = A.iterNext(this.it);
    if (v === undefined) return false;
    const k = this.keyfunc === None ? v : A.call(this.keyfunc, [v]);
    this.currvalue = v;
    this.currkey = k;
    return true;
  }
  nextValue(): PyValue | undefined {
    this.currgrouper = null;
    // Skip to the next group: the first item whose key differs from the target key.
    for (;;) {
      if (this.currkey === undefined) { /* step */ }
      else if (this.tgtkey === undefined) break;
      else if (!A.eqValue(this.tgtkey, this.currkey)) break;
      if (!this.step()) return undefined;
    }
    this.tgtkey = this.currkey;
    const g = new PyGrouper(this, this.tgtkey!);
    this.currgrouper = g;
    return new PyTuple([this.currkey!, g]);
  }
}
class PyGrouper extends PyObject {
  constructor(public parent: PyGroupby, public tgtkey: PyValue) { super(GrouperType); }
  nextValue(): PyValue | undefined {
    const gbo = this.parent;
    if (gbo.currgrouper !== this) return undefined;
    if (gbo.currvalue === undefined) {
      if (!gbo.step()) return undefined;
    }
    if (!A.eqValue(this.tgtkey, gbo.currkey!)) return undefined;
    const r = gbo.currvalue!;
    gbo.currvalue = undefined;
    gbo.currkey = undefined;
    return r;
  }
}
clinicNew(GroupbyType, 'groupby(iterable, key=None)', (cls, [it, key]) => new PyGroupby(cls, A.getIter(it!), key ?? None));
defineIterator(GroupbyType);
defineIterator(GrouperType);

// ---- islice -------------------------------------------------------------------------------

const IsliceType = itype('islice');
class PyIslice extends PyObject {
  cnt = 0;
  constructor(cls: PyType, public it: PyValue | null, public next: number, public stop: number, public step: number) { super(cls); }
  nextValue(): PyValue | undefined {
    const it = this.it;
    if (it === null) return undefined;
    const stop = this.stop;
    while (this.cnt < this.next) {
      if (A.iterNext(it) === undefined) { this.it = null; return undefined; }
      this.cnt++;
    }
    if (stop !== -1 && this.cnt >= stop) { this.it = null; return undefined; }
    const item = A.iterNext(it);
    if (item === undefined) { this.it = null; return undefined; }
    this.cnt++;
    const old = this.next;
    this.next += this.step;
    if (this.next < old || (stop !== -1 && this.next > stop)) this.next = stop;
    return item;
  }
}
const MAXSIZE = Number.MAX_SAFE_INTEGER;
/** An islice bound: None, or an int in [0, sys.maxsize]; -2 when invalid. */
function isliceArg(v: PyValue, dflt: number): number {
  if (v === None) return dflt;
  const i = A.indexOpt(v);
  if (i === undefined) return -2;
  if (typeof i === 'bigint') return i < 0n ? -2 : (i <= 9223372036854775807n ? MAXSIZE : -2);
  return i < 0 ? -2 : i;
}
defineNew(IsliceType, (cls, args, kwnames) => {
  if (cls === IsliceType) noKeywords('islice', kwnames);
  const n = args.length - (kwnames === null ? 0 : kwnames.length);
  checkPositional('islice', n, 2, 4);
  const stopMsg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
  let start = 0, stop = -1, step = 1;
  if (n === 2) {
    stop = isliceArg(args[1], -1);
    if (stop === -2) throw valueError(stopMsg);
  } else {
    start = isliceArg(args[1], 0);
    stop = isliceArg(args[2], -1);
    if (stop === -2) throw valueError(stopMsg);
    if (start === -2) throw valueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
  }
  if (n === 4) {
    step = isliceArg(args[3], 1);
    if (step === -2 || step === 0) throw valueError('Step for islice() must be a positive integer or None.');
  }
  return initInstance(new PyIslice(cls, A.getIter(args[0]), start, stop, step), cls);
});
defineIterator(IsliceType);

// ---- tee (teedataobject: a linked list of chunks shared by the copies) -------------------

const TeeType = itype('_tee', false);
const CHUNK = 57;
class TeeData {
  values: PyValue[] = [];
  nextlink: TeeData | null = null;
  constructor(public it: PyValue) {}
  get(i: number): PyValue | undefined {
    if (i < this.values.length) return this.values[i];
    const v = A.iterNext(this.it);
    if (v !== undefined) this.values.push(v);
    return v;
  }
  next(): TeeData {
    if (this.nextlink === null) this.nextlink = new TeeData(this.it);
    return this.nextlink;
  }
}
class PyTee extends PyObject {
  constructor(public data: TeeData, public index: number) { super(TeeType); }
  nextValue(): PyValue | undefined {
    if (this.index >= CHUNK) { this.data = this.data.next(); this.index = 0; }
    const v = this.data.get(this.index);
    if (v !== undefined) this.index++;
    return v;
  }
}
defineIterator(TeeType);
defineRawMethod(TeeType, '__copy__', (self: PyTee) => new PyTee(self.data, self.index));
defineNew(TeeType, (_cls, args, kwnames) => {
  noKeywords('_tee', kwnames);
  checkPositional('_tee', args.length, 1, 1);
  return teeFrom(A.getIter(args[0]));
});
function teeFrom(it: PyValue): PyTee {
  if (it instanceof PyTee) return new PyTee(it.data, it.index);
  return new PyTee(new TeeData(it), 0);
}

function tee(iterable: PyValue, nArg: PyValue | undefined): PyValue {
  const ni = nArg === undefined ? 2 : A.indexSize(nArg);
  if (ni < 0) throw valueError('n must be >= 0');
  if (ni === 0) return EMPTY_TUPLE;
  const it = A.getIter(iterable);
  // An iterator with __copy__ (another tee) is copied rather than wrapped.
  const copy = A.getAttrOpt(it, '__copy__');
  const first: PyValue = copy !== undefined ? it : teeFrom(it);
  const out: PyValue[] = [first];
  for (let i = 1; i < ni; i++) {
    out.push(first instanceof PyTee ? new PyTee(first.data, first.index) : A.call(A.getAttr(out[i - 1], '__copy__'), []));
  }
  return new PyTuple(out);
}

// ---- zip_longest ----------------------------------------------------------------------------

const ZipLongestType = itype('zip_longest');
class PyZipLongest extends PyObject {
  numactive: number;
  constructor(cls: PyType, public its: (PyValue | null)[], public fill: PyValue) {
    super(cls);
    this.numactive = its.length;
  }
  nextValue(): PyValue | undefined {
    const its = this.its;
    const n = its.length;
    if (n === 0 || this.numactive === 0) return undefined;
    const out = new Array<PyValue>(n);
    for (let i = 0; i < n; i++) {
      const it = its[i];
      let x: PyValue | undefined;
      if (it === null) x = this.fill;
      else {
        x = A.iterNext(it);
        if (x === undefined) {
          this.numactive--;
          if (this.numactive === 0) return undefined;
          its[i] = null;
          x = this.fill;
        }
      }
      out[i] = x;
    }
    return new PyTuple(out);
  }
}
defineNew(ZipLongestType, (cls, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const n = args.length - nkw;
  let fill: PyValue = None;
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] !== 'fillvalue' || nkw > 1) throw typeError('zip_longest() got an unexpected keyword argument');
    fill = args[n + i];
  }
  const its = args.slice(0, n).map((a) => A.getIter(a));
  return initInstance(new PyZipLongest(cls, its, fill), cls);
});
defineIterator(ZipLongestType);

// ---- product, permutations, combinations, combinations_with_replacement ------------------

const ProductType = itype('product');
class PyProduct extends PyObject {
  indices: number[] | null = null;
  done = false;
  constructor(cls: PyType, public pools: PyValue[][]) { super(cls); }
  nextValue(): PyValue | undefined {
    if (this.done) return undefined;
    const pools = this.pools;
    let idx = this.indices;
    if (idx === null) {
      idx = this.indices = new Array<number>(pools.length).fill(0);
      for (const p of pools) if (p.length === 0) { this.done = true; return undefined; }
    } else {
      // Odometer: bump the rightmost index that can move, reset the ones after it.
      let i = pools.length - 1;
      for (; i >= 0; i--) {
        if (++idx[i] < pools[i].length) break;
        idx[i] = 0;
      }
      if (i < 0) { this.done = true; return undefined; }
    }
    const out = new Array<PyValue>(pools.length);
    for (let i = 0; i < pools.length; i++) out[i] = pools[i][idx[i]];
    return new PyTuple(out);
  }
}
defineNew(ProductType, (cls, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const n = args.length - nkw;
  let repeat = 1;
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] !== 'repeat' || nkw > 1) throw typeError('product() takes at most 1 keyword argument (' + nkw + ' given)');
    const r = A.index(args[n + i]);
    if (r < 0) throw valueError('repeat argument cannot be negative');
    repeat = Number(r);
  }
  const base = args.slice(0, n).map((a) => A.toArray(a));
  const pools: PyValue[][] = [];
  if (base.length > 0) for (let r = 0; r < repeat; r++) pools.push(...base);
  return initInstance(new PyProduct(cls, pools), cls);
});
defineIterator(ProductType);

const CombinationsType = itype('combinations');
class PyCombinations extends PyObject {
  indices: number[] | null = null;
  done: boolean;
  constructor(cls: PyType, public pool: PyValue[], public r: number, public replace: boolean) {
    super(cls);
    this.done = !replace ? r > pool.length : (pool.length === 0 && r > 0);
  }
  nextValue(): PyValue | undefined {
    if (this.done) return undefined;
    const { pool, r } = this;
    const n = pool.length;
    let idx = this.indices;
    if (idx === null) {
      idx = this.indices = new Array<number>(r);
      for (let i = 0; i < r; i++) idx[i] = this.replace ? 0 : i;
    } else if (this.replace) {
      let i = r - 1;
      while (i >= 0 && idx[i] === n - 1) i--;
      if (i < 0) { this.done = true; return undefined; }
      const v = idx[i] + 1;
      for (let j = i; j < r; j++) idx[j] = v;
    } else {
      let i = r - 1;
      while (i >= 0 && idx[i] === i + n - r) i--;
      if (i < 0) { this.done = true; return undefined; }
      idx[i]++;
      for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
    }
    const out = new Array<PyValue>(r);
    for (let i = 0; i < r; i++) out[i] = pool[idx[i]];
    return new PyTuple(out);
  }
}
function rArg(v: PyValue): number {
  const r = A.indexSize(v);
  if (r < 0) throw valueError('r must be non-negative');
  return r;
}
clinicNew(CombinationsType, 'combinations(iterable, r)', (cls, [it, r]) => new PyCombinations(cls, A.toArray(it!), rArg(r!), false));
defineIterator(CombinationsType);
const CwrType = itype('combinations_with_replacement');
clinicNew(CwrType, 'combinations_with_replacement(iterable, r)', (cls, [it, r]) => new PyCombinations(cls, A.toArray(it!), rArg(r!), true));
defineIterator(CwrType);

const PermutationsType = itype('permutations');
class PyPermutations extends PyObject {
  indices: number[];
  cycles: number[];
  first = true;
  done: boolean;
  constructor(cls: PyType, public pool: PyValue[], public r: number) {
    super(cls);
    const n = pool.length;
    this.indices = Array.from({ length: n }, (_, i) => i);
    this.cycles = Array.from({ length: r }, (_, i) => n - i);
    this.done = r > n;
  }
  nextValue(): PyValue | undefined {
    if (this.done) return undefined;
    const { pool, r, indices, cycles } = this;
    const n = pool.length;
    if (this.first) {
      this.first = false;
    } else {
      let i = r - 1;
      for (; i >= 0; i--) {
        cycles[i]--;
        if (cycles[i] === 0) {
          // Rotate indices[i:] left by one.
          const t = indices[i];
          for (let j = i; j < n - 1; j++) indices[j] = indices[j + 1];
          indices[n - 1] = t;
          cycles[i] = n - i;
        } else {
          const j = n - cycles[i];
          const t = indices[i]; indices[i] = indices[j]; indices[j] = t;
          break;
        }
      }
      if (i < 0) { this.done = true; return undefined; }
    }
    const out = new Array<PyValue>(r);
    for (let i = 0; i < r; i++) out[i] = pool[indices[i]];
    return new PyTuple(out);
  }
}
clinicNew(PermutationsType, 'permutations(iterable, r=None)', (cls, [it, rv]) => {
  const pool = A.toArray(it!);
  let r = pool.length;
  if (rv !== undefined && rv !== None) {
    if (A.indexOpt(rv) === undefined || typeof rv === 'object' && rv instanceof PyFloat) throw typeError('Expected int as r');
    r = rArg(rv);
  }
  return new PyPermutations(cls, pool, r);
});
defineIterator(PermutationsType);

// ---- the module ------------------------------------------------------------------------------

export function initItertools(_interp: Interpreter, m: PyModule): void {
  const d = m.dict;
  for (const t of [CountType, CycleType, RepeatType, AccumulateType, ChainType, CompressType, DropwhileType,
    TakewhileType, FilterfalseType, StarmapType, PairwiseType, GroupbyType, GrouperType, IsliceType, TeeType,
    ZipLongestType, ProductType, PermutationsType, CombinationsType, CwrType]) {
    d.setStr(t.qualname, t);
  }
  d.setStr('tee', builtinFunction('tee(iterable, n=2, /)', tee, m));
}
