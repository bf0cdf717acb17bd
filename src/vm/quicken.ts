// Quickening: before a code object first runs, rewrite the first
// instruction of common pairs into a superinstruction that executes both
// (see the superinstruction rows of scripts/gen-opcodes.mjs).  Fewer
// dispatches per pair, and COMPARE_OP + POP_JUMP_IF_* branch on an int
// comparison without making a bool.  Only the opcode of the first slot
// changes: the second instruction stays intact, so a jump to it, its
// inline cache, its position and the exception table are unaffected.

import { Op } from '../compiler/opcodes.js';
import type { PyCode } from '../compiler/code.js';

export function quicken(code: PyCode): void {
  code.quickened = true;
  // The interpreter reads the caches without a null check (eval.ts).
  if (code.ic === null) code.ic = new Array(code.code.length >> 1);
  const c = code.code;
  const n = c.length >> 1;
  for (let i = 0; i + 1 < n; i++) {
    const a = c[i << 1];
    const b = c[(i + 1) << 1];
    let fused = -1;
    if (a === Op.LOAD_FAST) {
      if (b === Op.LOAD_FAST) fused = Op.LOAD_FAST__LOAD_FAST;
      else if (b === Op.LOAD_ATTR) fused = Op.LOAD_FAST__LOAD_ATTR;
      else if (b === Op.LOAD_CONST) fused = Op.LOAD_FAST__LOAD_CONST;
      else if (b === Op.BINARY_OP) fused = Op.LOAD_FAST__BINARY_OP;
    } else if (a === Op.LOAD_CONST && b === Op.BINARY_OP) fused = Op.LOAD_CONST__BINARY_OP;
    else if (a === Op.STORE_FAST && b === Op.LOAD_FAST) fused = Op.STORE_FAST__LOAD_FAST;
    else if (a === Op.COMPARE_OP) {
      if (b === Op.POP_JUMP_IF_FALSE) fused = Op.COMPARE_OP__POP_JUMP_IF_FALSE;
      else if (b === Op.POP_JUMP_IF_TRUE) fused = Op.COMPARE_OP__POP_JUMP_IF_TRUE;
    }
    if (fused >= 0) {
      c[i << 1] = fused;
      i++; // the second of the pair stays as it is
    }
  }
  // A loop's back-edge executes the FOR_ITER it jumps to (one dispatch fewer
  // per iteration of every `for` loop).
  for (let i = 0; i < n; i++) {
    if (c[i << 1] === Op.JUMP_BACKWARD && c[c[(i << 1) + 1] << 1] === Op.FOR_ITER) c[i << 1] = Op.JUMP_BACKWARD__FOR_ITER;
  }
}
