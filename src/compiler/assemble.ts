// The assembler: from the code generator's instruction list (with labels and
// pseudo instructions) to the final instruction array, exception table and
// stack size (CPython 3.11's Python/compile.c assemble(): stackdepth(),
// label_exception_targets(), assemble_exception_table(), and the parts of
// optimize_cfg() that matter here: dropping unreachable code and NOPs).
//
// Differences from CPython, by design (see scripts/gen-opcodes.mjs): jump
// operands are absolute instruction indices, and the pseudo JUMP becomes
// JUMP_FORWARD or JUMP_BACKWARD by the direction of its target, so every loop
// back-edge is a JUMP_BACKWARD (the JIT counts them).

import {
  Op, OP_HAS_JUMP, OP_IS_PSEUDO, OP_TERMINATES, stackEffect,
} from './opcodes.js';

/** One code unit's instructions as the code generator emits them. */
export class InstrList {
  readonly ops: number[] = [];
  readonly args: number[] = [];
  /** 4 ints per instruction: lineno, end_lineno, col_offset, end_col_offset; lineno -1 = artificial. */
  readonly locs: number[] = [];
  /** Label id -> index of the instruction it precedes (-1 while unbound). */
  readonly labels: number[] = [];

  get length(): number {
    return this.ops.length;
  }

  newLabel(): number {
    this.labels.push(-1);
    return this.labels.length - 1;
  }

  bind(label: number): void {
    this.labels[label] = this.ops.length;
  }

  emit(op: Op, arg: number, lineno: number, endLineno: number, col: number, endCol: number): void {
    this.ops.push(op);
    this.args.push(arg);
    this.locs.push(lineno, endLineno, col, endCol);
  }
}

export interface Assembled {
  code: Int32Array;
  positions: Int32Array;
  exceptiontable: Int32Array;
  stacksize: number;
}

/** An exception handler pushed by a SETUP_* (CPython's handler entry). */
interface Handler {
  /** Instruction index (in the input list) of the handler. */
  target: number;
  /** Stack depth to cut to before pushing (lasti and) the exception. */
  depth: number;
  lasti: number;
}

const isSetup = (op: number): boolean => op === Op.SETUP_FINALLY || op === Op.SETUP_CLEANUP || op === Op.SETUP_WITH;

/**
 * Assemble `list`.  `firstLine` is used for artificial instructions that have
 * no predecessor to inherit a location from.
 */
export function assemble(list: InstrList, firstLine: number): Assembled {
  const n = list.length;
  const { ops, args, labels } = list;
  // Jump operands: label ids -> input instruction indices.
  const target = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (OP_HAS_JUMP[ops[i]]) {
      const t = labels[args[i]];
      if (t < 0) throw new Error(`assemble: unbound label ${args[i]}`);
      target[i] = t;
    }
  }

  // ---- flow analysis: stack depth and handler stack at each instruction ----
  // depthAt[i] = stack depth before instruction i (-1 = unreachable).
  const depthAt = new Int32Array(n + 1).fill(-1);
  const handlerAt: (Handler | null)[] = new Array(n).fill(null);
  const stackAt: (Handler[] | null)[] = new Array(n + 1).fill(null);
  const work: number[] = [];
  let maxDepth = 0;
  const reach = (i: number, depth: number, stack: Handler[]): void => {
    if (i >= n) return;
    if (depthAt[i] >= 0) return; // first arrival wins (CPython asserts they agree)
    depthAt[i] = depth;
    stackAt[i] = stack;
    if (depth > maxDepth) maxDepth = depth;
    work.push(i);
  };
  reach(0, 0, []);
  while (work.length > 0) {
    let i = work.pop()!;
    let depth = depthAt[i];
    let stack = stackAt[i]!;
    // Walk straight-line code until a terminator or an already-visited instruction.
    for (;;) {
      const op = ops[i];
      handlerAt[i] = stack.length > 0 ? stack[stack.length - 1] : null;
      if (isSetup(op)) {
        const t = target[i];
        const tdepth = depth + stackEffect(op, args[i], true);
        const lasti = op === Op.SETUP_FINALLY ? 0 : 1;
        reach(t, tdepth, stack);
        stack = [...stack, { target: t, depth: tdepth - 1 - lasti, lasti }];
      } else if (op === Op.POP_BLOCK) {
        stack = stack.slice(0, -1);
      } else if (OP_HAS_JUMP[op]) {
        reach(target[i], depth + stackEffect(op, args[i], true), stack);
        depth += stackEffect(op, args[i], false);
      } else {
        depth += stackEffect(op, args[i], false);
      }
      if (depth < 0) throw new Error(`assemble: negative stack depth at ${i}`);
      if (depth > maxDepth) maxDepth = depth;
      if (OP_TERMINATES[op]) break;
      i++;
      if (i >= n) break;
      if (depthAt[i] >= 0) break;
      depthAt[i] = depth;
      stackAt[i] = stack;
    }
  }

  // ---- layout: keep reachable real instructions, drop NOPs and pseudo ops ----
  let keep: number[] = [];
  for (let i = 0; i < n; i++) {
    if (depthAt[i] < 0) continue;
    const op = ops[i];
    if (op === Op.NOP || (OP_IS_PSEUDO[op] && op !== Op.JUMP)) continue;
    keep.push(i);
  }
  // newIndex[i]: index in the output of the first kept instruction at or after input i.
  let newIndex = computeNewIndex(n, keep);
  // A JUMP to the instruction right after it does nothing: drop it (repeat,
  // since a drop can make another jump redundant).
  for (;;) {
    const kept = keep.filter((i, k) => !(ops[i] === Op.JUMP && newIndex[target[i]] === k + 1));
    if (kept.length === keep.length) break;
    keep = kept;
    newIndex = computeNewIndex(n, keep);
  }

  const m = keep.length;
  const code = new Int32Array(2 * m);
  const positions = new Int32Array(4 * m);
  const locs = list.locs;
  let prevLoc = [firstLine, firstLine, -1, -1];
  for (let k = 0; k < m; k++) {
    const i = keep[k];
    let op = ops[i];
    let arg = args[i];
    if (OP_HAS_JUMP[op]) {
      arg = newIndex[target[i]];
      if (op === Op.JUMP) op = arg > k ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
    }
    code[2 * k] = op;
    code[2 * k + 1] = arg;
    // Artificial instructions (lineno -1) take the location of the one before.
    let loc: number[];
    if (locs[4 * i] < 0) loc = prevLoc;
    else loc = [locs[4 * i], locs[4 * i + 1], locs[4 * i + 2], locs[4 * i + 3]];
    positions.set(loc, 4 * k);
    prevLoc = loc;
  }

  // ---- exception table: runs of instructions with the same handler ----
  const table: number[] = [];
  let cur: Handler | null = null;
  let start = 0;
  for (let k = 0; k <= m; k++) {
    const h = k < m ? handlerAt[keep[k]] : null;
    if (h !== cur) {
      if (cur !== null) table.push(start, k, newIndex[cur.target], cur.depth, cur.lasti);
      cur = h;
      start = k;
    }
  }
  return { code, positions, exceptiontable: Int32Array.from(table), stacksize: maxDepth };
}

/** For each input index i, the output index of the first kept instruction at or after i. */
function computeNewIndex(n: number, keep: number[]): Int32Array {
  const out = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i <= n; i++) {
    while (k < keep.length && keep[k] < i) k++;
    out[i] = k;
  }
  return out;
}
