// Generates src/compiler/opcodes.ts from the instruction table below: the one
// statement of krait's bytecode.  The enum, the names (for the disassembler),
// the operand kinds, the stack effects (for the compiler's depth analysis)
// and the flags are all derived from it.
//
// The instruction set follows CPython 3.11's (Python/bytecodes.c, Lib/dis.py)
// so the compiler can mirror Python/compile.c, with these differences:
//  - no specialized/adaptive or CACHE instructions (the tracing JIT does that job);
//  - jump operands are absolute instruction indices, not relative offsets;
//  - calls: CALL n / CALL_KW n (kwnames tuple on top) / CALL_FUNCTION_EX, and
//    LOAD_METHOD + CALL_METHOD n / CALL_METHOD_KW n; no PRECALL/PUSH_NULL/KW_NAMES;
//  - frames create their cells on entry (no MAKE_CELL/COPY_FREE_VARS);
//  - generators are made by the call of a generator code object (no RETURN_GENERATOR);
//  - exception handling uses 3.11's exception table, built from the pseudo
//    instructions (SETUP_*, POP_BLOCK) by the assembler.
//
// Row: name, operand kind, pops, pushes, flags, semantics.
//   operand kinds: '' none, 'const' index into co_consts, 'name' into co_names,
//     'local' into co_varnames, 'cell' into cells (cellvars then freevars),
//     'jump' absolute target, 'n' a count, 'op' an operator code, 'flags'.
//   pops/pushes: numbers or JS expressions of `a` (the operand).
//   flags: J = may jump (its effect when jumping is given by `jpops/jpushes`),
//     T = terminates the block (no fall-through), P = pseudo (compiler only),
//     B = back-edge (loop), counts for the JIT and polls interrupts.
import { writeFileSync } from 'node:fs';

const TABLE = [
  // name, operand, pops, pushes, flags, semantics
  ['NOP', '', 0, 0, '', 'does nothing'],
  ['POP_TOP', '', 1, 0, '', 'pop'],
  ['COPY', 'n', 'a', 'a+1', '', 'push a copy of the a-th item from the top (1 = top)'],
  ['SWAP', 'n', 'a', 'a', '', 'swap the top with the a-th item (2 = the one under the top)'],

  ['LOAD_CONST', 'const', 0, 1, '', 'push co_consts[a]'],
  ['LOAD_FAST', 'local', 0, 1, '', 'push local a; UnboundLocalError "cannot access local variable \'x\' where it is not associated with a value" if unbound'],
  ['STORE_FAST', 'local', 1, 0, '', 'local a = pop'],
  ['DELETE_FAST', 'local', 0, 0, '', 'unbind local a (UnboundLocalError if unbound)'],
  ['LOAD_DEREF', 'cell', 0, 1, '', 'push the contents of cell a; NameError "cannot access free variable \'x\' where it is not associated with a value in enclosing scope" (freevar) or UnboundLocalError (cellvar) if empty'],
  ['LOAD_CLASSDEREF', 'cell', 0, 1, '', 'class body: look the free variable\'s name up in the class namespace (locals) first, then the cell'],
  ['STORE_DEREF', 'cell', 1, 0, '', 'cell a = pop'],
  ['DELETE_DEREF', 'cell', 0, 0, '', 'empty cell a'],
  ['LOAD_CLOSURE', 'cell', 0, 1, '', 'push the cell object a itself (to build a closure tuple)'],
  ['LOAD_NAME', 'name', 0, 1, '', 'push locals[name] or globals[name] or builtins[name]; NameError "name \'x\' is not defined"'],
  ['STORE_NAME', 'name', 1, 0, '', 'locals[name] = pop'],
  ['DELETE_NAME', 'name', 0, 0, '', 'del locals[name]'],
  ['LOAD_GLOBAL', 'name', 0, 1, '', 'push globals[name] or builtins[name]'],
  ['STORE_GLOBAL', 'name', 1, 0, '', 'globals[name] = pop'],
  ['DELETE_GLOBAL', 'name', 0, 0, '', 'del globals[name]'],
  ['LOAD_ATTR', 'name', 1, 1, '', 'TOS = getattr(TOS, name)'],
  ['STORE_ATTR', 'name', 2, 0, '', 'obj = pop; value = pop; setattr(obj, name, value)'],
  ['DELETE_ATTR', 'name', 1, 0, '', 'delattr(pop, name)'],
  ['LOAD_METHOD', 'name', 1, 2, '', 'obj = pop; if obj.name is a plain function found on the type (method descriptor), push (func, obj); else push (NULL, getattr(obj, name)).  NULL is the VM\'s internal marker, never a Python value'],

  ['BINARY_SUBSCR', '', 2, 1, '', 'key = pop; obj = pop; push obj[key]'],
  ['STORE_SUBSCR', '', 3, 0, '', 'key = pop; obj = pop; value = pop; obj[key] = value'],
  ['DELETE_SUBSCR', '', 2, 0, '', 'key = pop; obj = pop; del obj[key]'],
  ['BUILD_SLICE', 'n', 'a', 1, '', 'a is 2 or 3: slice(start, stop[, step]) from the stack'],

  ['UNARY_POSITIVE', '', 1, 1, '', '+TOS'],
  ['UNARY_NEGATIVE', '', 1, 1, '', '-TOS'],
  ['UNARY_NOT', '', 1, 1, '', 'not TOS'],
  ['UNARY_INVERT', '', 1, 1, '', '~TOS'],
  ['BINARY_OP', 'op', 2, 1, '', 'rhs = pop; lhs = pop; push lhs OP rhs; a is a BinOp code (binop table below; codes >= 13 are the in-place forms)'],
  ['COMPARE_OP', 'op', 2, 1, '', 'a: 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >='],
  ['IS_OP', 'n', 2, 1, '', 'push (lhs is rhs) xor a'],
  ['CONTAINS_OP', 'n', 2, 1, '', 'push (lhs in rhs) xor a'],

  ['JUMP_FORWARD', 'jump', 0, 0, 'JT', 'jump to a'],
  ['JUMP_BACKWARD', 'jump', 0, 0, 'JTB', 'jump to a (a loop back-edge: counted for the JIT, polls interrupts)'],
  ['POP_JUMP_IF_FALSE', 'jump', 1, 0, 'J', 'if not pop: jump'],
  ['POP_JUMP_IF_TRUE', 'jump', 1, 0, 'J', 'if pop: jump'],
  ['POP_JUMP_IF_NONE', 'jump', 1, 0, 'J', 'if pop is None: jump'],
  ['POP_JUMP_IF_NOT_NONE', 'jump', 1, 0, 'J', 'if pop is not None: jump'],
  ['JUMP_IF_FALSE_OR_POP', 'jump', 1, 0, 'J', 'if not TOS: jump, keeping TOS; else pop', 1, 1],
  ['JUMP_IF_TRUE_OR_POP', 'jump', 1, 0, 'J', 'if TOS: jump, keeping TOS; else pop', 1, 1],

  ['GET_ITER', '', 1, 1, '', 'TOS = iter(TOS)'],
  ['FOR_ITER', 'jump', 1, 2, 'J', 'push next(TOS); when exhausted pop the iterator and jump to a', 1, 0],

  ['BUILD_TUPLE', 'n', 'a', 1, '', 'tuple of the top a items'],
  ['BUILD_LIST', 'n', 'a', 1, '', 'list of the top a items'],
  ['BUILD_SET', 'n', 'a', 1, '', 'set of the top a items'],
  ['BUILD_MAP', 'n', '2*a', 1, '', 'dict from a key/value pairs (key below value), inserted in order'],
  ['BUILD_CONST_KEY_MAP', 'n', 'a+1', 1, '', 'keys tuple on top, a values below it'],
  ['BUILD_STRING', 'n', 'a', 1, '', 'concatenate the top a strs'],
  ['LIST_APPEND', 'n', 1, 0, '', 'v = pop; stack[-a].append(v) (comprehensions)'],
  ['SET_ADD', 'n', 1, 0, '', 'v = pop; stack[-a].add(v)'],
  ['MAP_ADD', 'n', 2, 0, '', 'value = pop; key = pop; stack[-a][key] = value'],
  ['LIST_EXTEND', 'n', 1, 0, '', 'it = pop; stack[-a].extend(it)'],
  ['SET_UPDATE', 'n', 1, 0, '', 'it = pop; stack[-a].update(it)'],
  ['DICT_UPDATE', 'n', 1, 0, '', 'm = pop; stack[-a].update(m) ({**m} displays; TypeError "\'X\' object is not a mapping")'],
  ['DICT_MERGE', 'n', 1, 0, '', 'like DICT_UPDATE for **kwargs in calls: duplicate keys raise "f() got multiple values for keyword argument \'k\'" (the function is stack[-a-2])'],
  ['LIST_TO_TUPLE', '', 1, 1, '', 'TOS = tuple(TOS)'],
  ['UNPACK_SEQUENCE', 'n', 1, 'a', '', 'unpack TOS into a items, pushed so the first is on top; ValueError "not enough values to unpack (expected a, got n)" / "too many values to unpack (expected a)"'],
  ['UNPACK_EX', 'n', 1, '(a & 0xff) + (a >> 8) + 1', '', 'star unpacking: a = before | after << 8; the starred part becomes a list'],

  ['FORMAT_VALUE', 'flags', '(a & 4) ? 2 : 1', 1, '', 'f-string field: a & 3 is the conversion (0 none, 1 str, 2 repr, 3 ascii), a & 4 means a format spec is on top'],
  ['CALL', 'n', 'a+1', 1, '', 'callable below a positional arguments'],
  ['CALL_KW', 'n', 'a+2', 1, '', 'callable, a arguments (the last len(kwnames) are keywords), then the kwnames tuple (a constant) on top'],
  ['CALL_FUNCTION_EX', 'flags', '(a & 1) ? 3 : 2', 1, '', 'callable, args tuple, and (if a & 1) a kwargs dict'],
  ['CALL_METHOD', 'n', 'a+2', 1, '', 'after LOAD_METHOD: (func, self | NULL, callable) then a arguments'],
  ['CALL_METHOD_KW', 'n', 'a+3', 1, '', 'after LOAD_METHOD: the two LOAD_METHOD items, a arguments, kwnames tuple on top'],
  ['MAKE_FUNCTION', 'flags', '1 + ((a & 1) ? 1 : 0) + ((a & 2) ? 1 : 0) + ((a & 4) ? 1 : 0) + ((a & 8) ? 1 : 0)', 1, '', 'code object on top; below it, in order from the bottom: defaults tuple (a & 1), kwdefaults dict (a & 2), annotations tuple of name/value pairs (a & 4), closure tuple of cells (a & 8). The qualified name is the code\'s co_qualname'],
  ['RETURN_VALUE', '', 1, 0, 'T', 'return pop'],

  ['LOAD_BUILD_CLASS', '', 0, 1, '', 'push builtins.__build_class__'],
  ['SETUP_ANNOTATIONS', '', 0, 0, '', 'create __annotations__ in locals if missing'],
  ['IMPORT_NAME', 'name', 2, 1, '', 'fromlist = pop; level = pop; push __import__(name, globals, locals, fromlist, level)'],
  ['IMPORT_FROM', 'name', 0, 1, '', 'push getattr(TOS, name), falling back to sys.modules[f"{TOS.__name__}.{name}"]; ImportError "cannot import name \'x\' from \'m\' (path)"'],
  ['IMPORT_STAR', '', 1, 0, '', 'from module import *, into locals'],

  ['RAISE_VARARGS', 'n', 'a', 0, 'T', 'a = 0: re-raise the exception being handled ("RuntimeError: No active exception to reraise"); 1: raise TOS; 2: raise TOS1 from TOS'],
  ['RERAISE', 'n', 1, 0, 'T', 'exc = pop; if a: set frame.lasti from the item below (3.11 semantics); raise exc keeping its traceback'],
  ['PUSH_EXC_INFO', '', 1, 2, '', 'exc = pop; push the exception previously being handled (or None); make exc the one being handled; push exc'],
  ['POP_EXCEPT', '', 1, 0, '', 'prev = pop; restore prev as the exception being handled'],
  ['CHECK_EXC_MATCH', '', 2, 2, '', 'type = pop; push isinstance-match of TOS against type (a class or tuple of classes; TypeError "catching classes that do not inherit from BaseException is not allowed")'],
  ['CHECK_EG_MATCH', '', 2, 2, '', 'except*: type = pop; eg = pop; split eg: push rest, then match (or None)'],
  ['PREP_RERAISE_STAR', '', 2, 1, '', 'except*: combine the raised and unhandled exceptions of the handlers into what to re-raise (or None)'],
  ['LOAD_ASSERTION_ERROR', '', 0, 1, '', 'push AssertionError'],
  ['BEFORE_WITH', '', 1, 2, '', 'mgr = pop; push mgr.__exit__ (bound); push mgr.__enter__(); TypeError "\'X\' object does not support the context manager protocol"'],
  ['BEFORE_ASYNC_WITH', '', 1, 2, '', 'the same with __aenter__/__aexit__ (pushes the awaitable from __aenter__)'],
  ['WITH_EXCEPT_START', '', 4, 5, '', 'stack: exit, lasti, prev_exc, exc: push exit(type(exc), exc, exc.__traceback__)'],

  ['YIELD_VALUE', '', 1, 1, '', 'yield pop; push the value sent in'],
  ['GET_YIELD_FROM_ITER', '', 1, 1, '', 'TOS = iter(TOS) unless it is a generator or (in a coroutine) a coroutine'],
  ['SEND', 'jump', 2, 2, 'J', 'v = pop; receiver = TOS: push receiver.send(v) (next() when v is None); when it returns, replace receiver with the return value and jump to a', 2, 1],
  ['GET_AWAITABLE', 'n', 1, 1, '', 'TOS = the awaitable of TOS (__await__); a says where for the error message'],
  ['GET_AITER', '', 1, 1, '', 'TOS = TOS.__aiter__()'],
  ['GET_ANEXT', '', 1, 2, '', 'push the awaitable of TOS.__anext__()'],
  ['END_ASYNC_FOR', '', 2, 0, '', 'exc = pop; pop the async iterator; if exc is StopAsyncIteration swallow it, else re-raise'],
  ['ASYNC_GEN_WRAP', '', 1, 1, '', 'wrap the value an async generator yields'],

  ['GET_LEN', '', 1, 2, '', 'push len(TOS)'],
  ['MATCH_MAPPING', '', 1, 2, '', 'push whether TOS is a mapping (Py_TPFLAGS_MAPPING)'],
  ['MATCH_SEQUENCE', '', 1, 2, '', 'push whether TOS is a sequence for pattern matching (not str/bytes/bytearray)'],
  ['MATCH_KEYS', '', 2, 3, '', 'keys tuple on top, subject below: push a tuple of the values for the keys, or None if any is missing'],
  ['MATCH_CLASS', 'n', 3, 1, '', 'names = pop; cls = pop; subject = pop: push a tuple of a positional + len(names) keyword attributes, or None'],
  ['COPY_DICT_WITHOUT_KEYS', '', 2, 2, '', 'keys = TOS; subject = TOS1: replace TOS with a dict copy of subject without keys'],

  ['PRINT_EXPR', '', 1, 0, '', 'interactive mode: sys.displayhook(pop)'],

  // Superinstructions: never emitted by the compiler; the VM rewrites the first
  // instruction of a common pair in place when it first runs the code
  // (vm/quicken.ts).  Each executes its own instruction and the next one
  // (reading the next one's operand from its slot) and skips it, so
  // instruction indices, jump targets, positions and exception tables are
  // unchanged.  Their stack effects are those of the pair.
  ['LOAD_FAST__LOAD_FAST', 'local', 0, 2, '', 'LOAD_FAST a; LOAD_FAST (next operand)'],
  ['LOAD_FAST__LOAD_ATTR', 'local', 0, 1, '', 'LOAD_FAST a; LOAD_ATTR (next operand)'],
  ['LOAD_FAST__LOAD_CONST', 'local', 0, 2, '', 'LOAD_FAST a; LOAD_CONST (next operand)'],
  ['STORE_FAST__LOAD_FAST', 'local', 1, 1, '', 'STORE_FAST a; LOAD_FAST (next operand)'],
  ['COMPARE_OP__POP_JUMP_IF_FALSE', 'op', 2, 0, 'J', 'COMPARE_OP a; POP_JUMP_IF_FALSE (next operand)'],
  ['COMPARE_OP__POP_JUMP_IF_TRUE', 'op', 2, 0, 'J', 'COMPARE_OP a; POP_JUMP_IF_TRUE (next operand)'],
  ['LOAD_FAST__BINARY_OP', 'local', 1, 1, '', 'LOAD_FAST a; BINARY_OP (next operand), the local read straight into the right operand'],
  ['LOAD_CONST__BINARY_OP', 'const', 1, 1, '', 'LOAD_CONST a; BINARY_OP (next operand), the constant read straight into the right operand'],
  // Not a pair of neighbours: a JUMP_BACKWARD whose target is a FOR_ITER, which
  // it executes (reading the FOR_ITER's operand at the target) after the jump.
  ['JUMP_BACKWARD__FOR_ITER', 'jump', 0, 0, 'JTB', 'JUMP_BACKWARD a; then FOR_ITER at a (its operand read from there)'],

  // Pseudo instructions: the compiler emits them, the assembler turns them into the exception table.
  ['SETUP_FINALLY', 'jump', 0, 0, 'PJ', 'push a handler at a for the following range; on exception the stack is cut to its depth here and the exception pushed', 0, 1],
  ['SETUP_CLEANUP', 'jump', 0, 0, 'PJ', 'like SETUP_FINALLY, and also pushes lasti under the exception', 0, 2],
  ['SETUP_WITH', 'jump', 0, 0, 'PJ', 'like SETUP_CLEANUP for a with block (the __exit__ stays below)', 0, 1],
  ['POP_BLOCK', '', 0, 0, 'P', 'end of the range of the innermost SETUP_*'],
  ['JUMP', 'jump', 0, 0, 'PJT', 'unconditional jump; the assembler picks JUMP_FORWARD or JUMP_BACKWARD'],
];

const BINOPS = [
  // code, name (as in dis), dunder, reflected, inplace dunder, symbol
  ['ADD', '__add__', '__radd__', '__iadd__', '+'],
  ['AND', '__and__', '__rand__', '__iand__', '&'],
  ['FLOOR_DIVIDE', '__floordiv__', '__rfloordiv__', '__ifloordiv__', '//'],
  ['LSHIFT', '__lshift__', '__rlshift__', '__ilshift__', '<<'],
  ['MATRIX_MULTIPLY', '__matmul__', '__rmatmul__', '__imatmul__', '@'],
  ['MULTIPLY', '__mul__', '__rmul__', '__imul__', '*'],
  ['REMAINDER', '__mod__', '__rmod__', '__imod__', '%'],
  ['OR', '__or__', '__ror__', '__ior__', '|'],
  ['POWER', '__pow__', '__rpow__', '__ipow__', '**'],
  ['RSHIFT', '__rshift__', '__rrshift__', '__irshift__', '>>'],
  ['SUBTRACT', '__sub__', '__rsub__', '__isub__', '-'],
  ['TRUE_DIVIDE', '__truediv__', '__rtruediv__', '__itruediv__', '/'],
  ['XOR', '__xor__', '__rxor__', '__ixor__', '^'],
];

let out = `// GENERATED by scripts/gen-opcodes.mjs from its instruction table: do not edit by hand.
// krait's bytecode: see that table for each instruction's semantics.

/* eslint-disable */
export const enum Op {
${TABLE.map((r, i) => `  ${r[0]} = ${i},`).join('\n')}
}

/** Number of real and pseudo instructions. */
export const OP_COUNT = ${TABLE.length};

export const OP_NAMES: readonly string[] = [${TABLE.map((r) => `'${r[0]}'`).join(', ')}];

/** Operand kind of each instruction: '' | 'const' | 'name' | 'local' | 'cell' | 'jump' | 'n' | 'op' | 'flags'. */
export const OP_ARG: readonly string[] = [${TABLE.map((r) => `'${r[1]}'`).join(', ')}];

export const OP_HAS_JUMP: readonly boolean[] = [${TABLE.map((r) => String(r[4].includes('J'))).join(', ')}];
export const OP_TERMINATES: readonly boolean[] = [${TABLE.map((r) => String(r[4].includes('T'))).join(', ')}];
export const OP_IS_PSEUDO: readonly boolean[] = [${TABLE.map((r) => String(r[4].includes('P'))).join(', ')}];
export const OP_BACKEDGE: readonly boolean[] = [${TABLE.map((r) => String(r[4].includes('B'))).join(', ')}];

/**
 * Net stack effect of an instruction with operand \`a\`; \`jump\` selects the
 * effect on the jumping path for instructions that jump (CPython's
 * stack_effect(opcode, oparg, jump)).
 */
export function stackEffect(op: Op, a: number, jump: boolean): number {
  switch (op) {
${TABLE.map((r, i) => {
  const [, , pops, pushes, , , jpops, jpushes] = r;
  const eff = `(${pushes}) - (${pops})`;
  if (jpops !== undefined) return `    case ${i}: return jump ? (${jpushes}) - (${jpops}) : ${eff};`;
  return `    case ${i}: return ${eff};`;
}).join('\n')}
  }
  return 0;
}

/** BINARY_OP operand codes (dis: NB_*); in-place forms are code + NB_INPLACE. */
export const enum BinOp {
${BINOPS.map((b, i) => `  ${b[0]} = ${i},`).join('\n')}
}
export const NB_INPLACE = ${BINOPS.length};
export const BINOP_SYMBOLS: readonly string[] = [${BINOPS.map((b) => `'${b[4]}'`).join(', ')}];
export const BINOP_DUNDERS: readonly string[] = [${BINOPS.map((b) => `'${b[1]}'`).join(', ')}];
export const BINOP_RDUNDERS: readonly string[] = [${BINOPS.map((b) => `'${b[2]}'`).join(', ')}];
export const BINOP_IDUNDERS: readonly string[] = [${BINOPS.map((b) => `'${b[3]}'`).join(', ')}];

/** COMPARE_OP operand codes. */
export const enum CmpOp { LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5 }
export const CMP_SYMBOLS: readonly string[] = ['<', '<=', '==', '!=', '>', '>='];
export const CMP_DUNDERS: readonly string[] = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
/** The reflected comparison used when the left operand gives NotImplemented. */
export const CMP_SWAPPED: readonly number[] = [4, 5, 2, 3, 0, 1];

// Doc strings of each instruction, for the disassembler's --help and for readers.
export const OP_DOCS: readonly string[] = [
${TABLE.map((r) => `  ${JSON.stringify(r[5])},`).join('\n')}
];
`;
writeFileSync(new URL('../src/compiler/opcodes.ts', import.meta.url), out);
