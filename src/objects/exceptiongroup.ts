// except* support: splitting an exception (group) by a type, and computing
// what to re-raise after the except* handlers (Objects/exceptions.c
// _PyExc_PrepReraiseStar, exceptiongroup_split_recursive).  The
// BaseExceptionGroup type's methods are in exceptions_methods.ts.

import { PyBaseException, BaseExceptionGroupType, ExceptionGroupType } from './exceptions.js';
import { None, PyType, typeOf, type PyValue } from './object.js';
import { PyTuple } from './tuple.js';

/** Is `e` an instance of the type or tuple of types? */
function matches(e: PyValue, type: PyValue): boolean {
  const t = typeOf(e);
  if (type instanceof PyTuple) return type.items.some((x) => t.isSubtype(x as PyType));
  return t.isSubtype(type as PyType);
}

/** Hook set by exceptions_methods.ts: eg.derive(excs) with the group's context copied (split's helper). */
let deriveHook: (eg: PyBaseException, excs: PyBaseException[]) => PyBaseException = (eg, excs) => {
  const g = new PyBaseException(eg.cls, [eg.args.items[0], new PyTuple(excs)]);
  return g;
};
export function setDeriveHook(f: (eg: PyBaseException, excs: PyBaseException[]) => PyBaseException): void { deriveHook = f; }

/** The sub-exceptions of a group. */
export function groupExceptions(eg: PyBaseException): PyBaseException[] {
  const excs = (eg as unknown as { excs?: PyBaseException[] }).excs;
  if (excs !== undefined) return excs;
  const t = eg.args.items[1];
  return t instanceof PyTuple ? (t.items as PyBaseException[]) : [];
}

function isGroup(e: PyValue): e is PyBaseException {
  return e instanceof PyBaseException && e.cls.isSubtype(BaseExceptionGroupType);
}

/** Split an exception group into [match, rest] (None where empty). */
function split(e: PyBaseException, type: PyValue): [PyValue, PyValue] {
  if (matches(e, type)) return [e, None];
  if (!isGroup(e)) return [None, e];
  const m: PyBaseException[] = [];
  const r: PyBaseException[] = [];
  for (const sub of groupExceptions(e)) {
    const [sm, sr] = split(sub, type);
    if (sm !== None) m.push(sm as PyBaseException);
    if (sr !== None) r.push(sr as PyBaseException);
  }
  const mk = (list: PyBaseException[]) => {
    if (list.length === 0) return None;
    const g = deriveHook(e, list);
    g.cause = e.cause; g.context = e.context; g.traceback = e.traceback; g.suppressContext = e.suppressContext;
    return g;
  };
  return [mk(m), mk(r)];
}

/** CHECK_EG_MATCH: [rest, match]; a naked exception that matches is wrapped in an ExceptionGroup. */
export function exceptionGroupSplit(eg: PyValue, type: PyValue): [PyValue, PyValue] {
  const e = eg as PyBaseException;
  if (!isGroup(e)) {
    if (matches(e, type)) {
      const g = new PyBaseException(ExceptionGroupType, ['', new PyTuple([e])]);
      (g as unknown as { excs: PyBaseException[] }).excs = [e];
      g.traceback = (e as PyBaseException).traceback;
      return [None, g];
    }
    return [e, None];
  }
  const [m, r] = split(e, type);
  return [r, m];
}

/** PREP_RERAISE_STAR: what to re-raise, given the original group and the handlers' raised/unhandled list. */
export function prepReraiseStar(orig: PyValue, excs: PyValue): PyValue {
  const list = ((excs as unknown as { items: PyValue[] }).items ?? []).filter((x) => x !== None) as PyBaseException[];
  if (list.length === 0) return None;
  if (!isGroup(orig as PyBaseException)) return list[0];
  // Keep re-raised exceptions in the original group's shape; new ones go alongside.
  const leaves = new Set<PyBaseException>();
  const collect = (e: PyBaseException) => { if (isGroup(e)) groupExceptions(e).forEach(collect); else leaves.add(e); };
  collect(orig as PyBaseException);
  const raised: PyBaseException[] = [];
  const reraised: PyBaseException[] = [];
  for (const e of list) {
    let isRe = true;
    const check = (x: PyBaseException) => { if (isGroup(x)) groupExceptions(x).forEach(check); else if (!leaves.has(x)) isRe = false; };
    check(e);
    (isRe ? reraised : raised).push(e);
  }
  let reraisedGroup: PyValue = None;
  if (reraised.length) {
    const keep = new Set<PyBaseException>();
    reraised.forEach((e) => { const c = (x: PyBaseException) => { if (isGroup(x)) groupExceptions(x).forEach(c); else keep.add(x); }; c(e); });
    const project = (e: PyBaseException): PyValue => {
      if (!isGroup(e)) return keep.has(e) ? e : None;
      const parts = groupExceptions(e).map(project).filter((x) => x !== None) as PyBaseException[];
      if (!parts.length) return None;
      const g = deriveHook(e, parts);
      g.cause = e.cause; g.context = e.context; g.traceback = e.traceback; g.suppressContext = e.suppressContext;
      return g;
    };
    reraisedGroup = project(orig as PyBaseException);
  }
  if (raised.length === 0) return reraisedGroup;
  const all = reraisedGroup === None ? raised : [...raised, reraisedGroup as PyBaseException];
  if (all.length === 1 && reraisedGroup === None) {
    const g = new PyBaseException(ExceptionGroupType, ['', new PyTuple(all)]);
    (g as unknown as { excs: PyBaseException[] }).excs = all;
    return g;
  }
  const g = new PyBaseException(ExceptionGroupType, ['', new PyTuple(all)]);
  (g as unknown as { excs: PyBaseException[] }).excs = all;
  return g;
}
