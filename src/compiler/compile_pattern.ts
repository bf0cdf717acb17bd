// The match statement (CPython 3.11's compiler_match and compiler_pattern_*
// in Python/compile.c).
//
// Each pattern consumes the subject on top of the stack.  Captured values are
// not stored as they are found: they are rotated underneath the items that
// must stay on top (pc.onTop), and stored by name only once the whole case
// pattern has matched.  On failure, code jumps to failPop[n], a chain of
// POP_TOPs that drops the n items the failing point had pushed.

import type { AST } from '../parser/ast_nodes.js';
import { None } from '../objects/object.js';
import { newTuple } from '../objects/tuple.js';
import { Bytes, CodePointStr, Complex, ELLIPSIS } from '../parser/constants.js';
import { constantRepr } from '../objects/repr.js';
import { Op, BinOp, CmpOp } from './opcodes.js';
import type { Compiler } from './compile.js';
import { visitExpr, jumpIf } from './compile_expr.js';
import { visitStmts } from './compile_stmt.js';
import { FoldedValue } from './ast_opt.js';

interface PatternContext {
  /** Names captured so far, in the order their values sit on the stack. */
  stores: string[];
  /** When false, an irrefutable pattern is an error (it would hide later cases). */
  allowIrrefutable: boolean;
  /** failPop[i]: label that pops i items and then fails. */
  failPop: number[];
  /** Items on top of the stack that must stay there (captures go beneath them). */
  onTop: number;
}

const isWildcard = (p: AST): boolean => p._type === 'MatchAs' && p.name === null && p.pattern === null;
const isStarWildcard = (p: AST): boolean => p._type === 'MatchStar' && p.name === null;

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.newLabel());
}

/** Jump (with `op`) to the fail block that pops what is on top plus the pending captures. */
function jumpToFailPop(c: Compiler, pc: PatternContext, op: Op): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.emit(op, pc.failPop[pops]);
}

/** Bind the fail blocks (POP_TOP chain) and reset them. */
function emitAndResetFailPop(c: Compiler, pc: PatternContext): void {
  if (pc.failPop.length === 0) return;
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    c.bind(pc.failPop[i]);
    c.emit(Op.POP_TOP);
  }
  c.bind(pc.failPop[0]);
  pc.failPop = [];
}

/** pattern_helper_rotate: bring TOS down `count - 1` places (3.10's ROT_N with SWAPs). */
function rotate(c: Compiler, count: number): void {
  while (count > 1) c.emit(Op.SWAP, count--);
}

function storeName(c: Compiler, name: string | null, pc: PatternContext): void {
  if (name === null) {
    c.emit(Op.POP_TOP);
    return;
  }
  c.checkForbidden(name, 'Store');
  if (pc.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`);
  // Rotate this object underneath any items we need to preserve.
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

function unpackHelper(c: Compiler, elts: AST[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    if (elts[i]._type !== 'MatchStar') continue;
    if (seenStar) c.error('multiple starred expressions in sequence pattern');
    if (i >= 1 << 8 || n - i - 1 >= (0x7fffffff >> 8)) c.error('too many expressions in star-unpacking sequence pattern');
    c.emit(Op.UNPACK_EX, i + ((n - i - 1) << 8));
    seenStar = true;
  }
  if (!seenStar) c.emit(Op.UNPACK_SEQUENCE, n);
}

function sequenceUnpack(c: Compiler, patterns: AST[], pc: PatternContext): void {
  unpackHelper(c, patterns);
  const size = patterns.length;
  // New subjects on the stack, which stay there after each subpattern match.
  pc.onTop += size;
  for (const p of patterns) {
    pc.onTop--;
    subpattern(c, p, pc);
  }
}

/** Like sequenceUnpack, with BINARY_SUBSCR: for [first, *_, last] and the like. */
function sequenceSubscr(c: Compiler, patterns: AST[], star: number, pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const p = patterns[i];
    if (isWildcard(p) || i === star) continue;
    c.emit(Op.COPY, 1);
    if (i < star) {
      c.loadConst(i);
    } else {
      // The subject may not support negative indexing: compute a nonnegative index.
      c.emit(Op.GET_LEN);
      c.loadConst(size - i);
      c.emit(Op.BINARY_OP, BinOp.SUBTRACT);
    }
    c.emit(Op.BINARY_SUBSCR);
    subpattern(c, p, pc);
  }
  pc.onTop--;
  c.emit(Op.POP_TOP);
}

function subpattern(c: Compiler, p: AST, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

function pattern(c: Compiler, p: AST, pc: PatternContext): void {
  c.setLoc(p);
  switch (p._type) {
    case 'MatchValue': {
      const v = p.value;
      if (v._type !== 'Constant' && v._type !== 'Attribute') c.error('patterns may only match literals and attribute lookups');
      visitExpr(c, v);
      c.emit(Op.COMPARE_OP, CmpOp.EQ);
      jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
      return;
    }
    case 'MatchSingleton':
      c.loadConst(p.value === null ? None : p.value);
      c.emit(Op.IS_OP, 0);
      jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
      return;
    case 'MatchSequence':
      return sequencePattern(c, p, pc);
    case 'MatchMapping':
      return mappingPattern(c, p, pc);
    case 'MatchClass':
      return classPattern(c, p, pc);
    case 'MatchStar':
      return storeName(c, p.name, pc);
    case 'MatchAs':
      if (p.pattern === null) {
        // An irrefutable match.
        if (!pc.allowIrrefutable) {
          if (p.name !== null) c.error(`name capture '${p.name}' makes remaining patterns unreachable`);
          c.error('wildcard makes remaining patterns unreachable');
        }
        return storeName(c, p.name, pc);
      }
      // A copy for (possibly) storing later.
      pc.onTop++;
      c.emit(Op.COPY, 1);
      pattern(c, p.pattern, pc);
      pc.onTop--;
      storeName(c, p.name, pc);
      return;
    case 'MatchOr':
      return orPattern(c, p, pc);
  }
  throw new Error(`compiler: unexpected pattern ${p._type}`);
}

function sequencePattern(c: Compiler, p: AST, pc: PatternContext): void {
  const patterns: AST[] = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < size; i++) {
    const q = patterns[i];
    if (q._type === 'MatchStar') {
      if (star >= 0) c.error('multiple starred names in sequence pattern');
      starWildcard = isStarWildcard(q);
      onlyWildcard &&= starWildcard;
      star = i;
      continue;
    }
    onlyWildcard &&= isWildcard(q);
  }
  // Keep the subject on top during the sequence and length checks.
  pc.onTop++;
  c.emit(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.emit(Op.GET_LEN);
    c.loadConst(size);
    c.emit(Op.COMPARE_OP, CmpOp.EQ);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    // A star and more: len(subject) >= size - 1.
    c.emit(Op.GET_LEN);
    c.loadConst(size - 1);
    c.emit(Op.COMPARE_OP, CmpOp.GE);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) c.emit(Op.POP_TOP);
  else if (starWildcard) sequenceSubscr(c, patterns, star, pc);
  else sequenceUnpack(c, patterns, pc);
}

/** A key identifying constants that are equal as dict keys (1 == 1.0 == True). */
function mappingKeyId(v: unknown): string {
  if (v === null) return 'None';
  if (v === ELLIPSIS) return '...';
  if (typeof v === 'boolean') return 'n' + (v ? 1 : 0);
  if (typeof v === 'bigint') return 'n' + v.toString();
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'nan' + Math.random();
    return Number.isInteger(v) ? 'n' + BigInt(v).toString() : 'n' + String(v);
  }
  if (typeof v === 'string') return 's' + v;
  if (v instanceof CodePointStr) return 's' + String.fromCodePoint(...v.cps);
  if (v instanceof Bytes) return 'b' + Array.from(v.data).join(',');
  if (v instanceof Complex) return v.imag === 0 ? mappingKeyId(v.real) : 'c' + v.real + ',' + v.imag;
  return 'o' + Math.random();
}

function mappingPattern(c: Compiler, p: AST, pc: PatternContext): void {
  const keys: AST[] = p.keys;
  const patterns: AST[] = p.patterns;
  const size = keys.length;
  const starTarget: string | null = p.rest;
  // Keep the subject on top during the mapping and length checks.
  pc.onTop++;
  c.emit(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (size === 0 && starTarget === null) {
    // `{}`: done; pop the subject.
    pc.onTop--;
    c.emit(Op.POP_TOP);
    return;
  }
  if (size > 0) {
    c.emit(Op.GET_LEN);
    c.loadConst(size);
    c.emit(Op.COMPARE_OP, CmpOp.GE);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  const seen = new Set<string>();
  for (const key of keys) {
    if (key._type === 'Constant') {
      const v = key.value;
      const id = mappingKeyId(v instanceof FoldedValue ? v : v);
      if (seen.has(id)) {
        const repr = v instanceof FoldedValue ? '...' : constantRepr(v);
        c.error(`mapping pattern checks duplicate key (${repr})`);
      }
      seen.add(id);
    } else if (key._type !== 'Attribute') {
      c.error('mapping pattern keys may only match literals and attribute lookups');
    }
    visitExpr(c, key);
  }
  c.emit(Op.BUILD_TUPLE, size);
  c.emit(Op.MATCH_KEYS);
  // A tuple of keys and a tuple of values (or None) are now on top of the subject.
  pc.onTop += 2;
  c.emit(Op.COPY, 1);
  c.loadConst(None);
  c.emit(Op.IS_OP, 1);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  c.emit(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (const q of patterns) {
    pc.onTop--;
    subpattern(c, q, pc);
  }
  // A match!  What follows consumes the keys tuple and the subject.
  pc.onTop -= 2;
  if (starTarget !== null) {
    // rest = dict(subject); del rest[key] for each key (as 3.11.7 does it;
    // COPY_DICT_WITHOUT_KEYS is not used).
    c.emit(Op.BUILD_MAP, 0); // [subject, keys, {}]
    c.emit(Op.SWAP, 3); // [{}, keys, subject]
    c.emit(Op.DICT_UPDATE, 2); // [copy, keys]
    c.emit(Op.UNPACK_SEQUENCE, size); // [copy, keys...]
    for (let k = size; k > 0; k--) {
      c.emit(Op.COPY, 1 + k); // [copy, keys..., copy]
      c.emit(Op.SWAP, 2); // [copy, keys..., copy, key]
      c.emit(Op.DELETE_SUBSCR); // [copy, keys...]
    }
    storeName(c, starTarget, pc);
  } else {
    c.emit(Op.POP_TOP); // the keys tuple
    c.emit(Op.POP_TOP); // the subject
  }
}

function classPattern(c: Compiler, p: AST, pc: PatternContext): void {
  const patterns: AST[] = p.patterns;
  const kwdAttrs: string[] = p.kwd_attrs;
  const kwdPatterns: AST[] = p.kwd_patterns;
  const nargs = patterns.length;
  const nattrs = kwdAttrs.length;
  if (nattrs) {
    // validate_kwd_attrs: errors point at the sub-pattern (there are no nodes for the names).
    for (let i = 0; i < nattrs; i++) {
      c.setLoc(kwdPatterns[i]);
      c.checkForbidden(kwdAttrs[i], 'Store');
      for (let j = i + 1; j < nattrs; j++) {
        if (kwdAttrs[i] === kwdAttrs[j]) {
          c.setLoc(kwdPatterns[j]);
          c.error(`attribute name repeated in class pattern: ${kwdAttrs[i]}`);
        }
      }
    }
    c.setLoc(p);
  }
  visitExpr(c, p.cls);
  c.loadConst(newTuple(kwdAttrs));
  c.emit(Op.MATCH_CLASS, nargs);
  c.emit(Op.COPY, 1);
  c.loadConst(None);
  c.emit(Op.IS_OP, 1);
  // TOS is now a tuple of (nargs + nattrs) attributes (or None).
  pc.onTop++;
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  c.emit(Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const q = i < nargs ? patterns[i] : kwdPatterns[i - nargs];
    if (isWildcard(q)) {
      c.emit(Op.POP_TOP);
      continue;
    }
    subpattern(c, q, pc);
  }
}

function orPattern(c: Compiler, p: AST, pc: PatternContext): void {
  const end = c.newLabel();
  const alts: AST[] = p.patterns;
  const size = alts.length;
  const old = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable, failPop: pc.failPop, onTop: pc.onTop };
  // The names bound by the first alternative: the others must bind the same
  // ones, and their values are reordered to match.
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = alts[i];
    c.setLoc(alt);
    pc.stores = [];
    // An irrefutable alternative must be last, if it is allowed at all.
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.emit(Op.COPY, 1);
    pattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (control === null) {
      control = pc.stores;
    } else if (nstores !== control.length) {
      c.error('alternative patterns bind different names');
    } else if (nstores) {
      for (let icontrol = nstores - 1; icontrol >= 0; icontrol--) {
        const name = control[icontrol];
        const istores = pc.stores.indexOf(name);
        if (istores < 0) c.error('alternative patterns bind different names');
        if (icontrol !== istores) {
          // Reorder the names (and their values on the stack) to match control.
          let rotations = istores + 1;
          const rotated = pc.stores.slice(0, rotations);
          pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          while (rotations--) rotate(c, icontrol + 1);
        }
      }
    }
    c.emit(Op.JUMP, end);
    emitAndResetFailPop(c, pc);
  }
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  // No alternative matched: pop the remaining copy of the subject and fail.
  c.emit(Op.POP_TOP);
  jumpToFailPop(c, pc, Op.JUMP);
  c.bind(end);
  const nstores = control!.length;
  // Rotate each capture past the other stores, the subject copy, what must
  // stay on top and the earlier captures.
  const nrots = nstores + 1 + pc.onTop + pc.stores.length;
  for (let i = 0; i < nstores; i++) {
    rotate(c, nrots);
    const name = control![i];
    if (pc.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`);
    pc.stores.push(name);
  }
  // Pop the copy of the subject.
  c.emit(Op.POP_TOP);
}

/** compiler_match. */
export function matchStmt(c: Compiler, s: AST): void {
  visitExpr(c, s.subject);
  const end = c.newLabel();
  const cases: AST[] = s.cases;
  const n = cases.length;
  let m = cases[n - 1];
  const hasDefault = isWildcard(m.pattern) && n > 1 ? 1 : 0;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < n - hasDefault; i++) {
    m = cases[i];
    c.setLoc(m.pattern);
    // Only copy the subject if this is not the last case.
    if (i !== n - hasDefault - 1) c.emit(Op.COPY, 1);
    pc.stores = [];
    // Irrefutable cases must be either guarded, last, or both.
    pc.allowIrrefutable = m.guard !== null || i === n - 1;
    pc.failPop = [];
    pc.onTop = 0;
    pattern(c, m.pattern, pc);
    // A match: store the captured names (their values are on the stack).
    for (const name of pc.stores) c.nameOp(name, 'Store');
    if (m.guard !== null) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, m.guard, pc.failPop[0], false);
    }
    // Done with the subject.
    if (i !== n - hasDefault - 1) c.emit(Op.POP_TOP);
    visitStmts(c, m.body);
    c.emit(Op.JUMP, end);
    // The failure cleanup belongs to the failed pattern, not the body's last line.
    c.setLoc(m.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    // A trailing `case _:` needs no copy of the subject.
    m = cases[n - 1];
    c.setLoc(m.pattern);
    if (n === 1) c.emit(Op.POP_TOP);
    else c.emit(Op.NOP);
    if (m.guard !== null) jumpIf(c, m.guard, end, false);
    visitStmts(c, m.body);
  }
  c.bind(end);
}
