// A disassembler for krait code objects, in the spirit of `python3 -m dis`:
// line numbers, instruction index, name, operand and what it means, jump
// targets marked with >>, the exception table, then the nested code objects.

import { None, Ellipsis, type PyValue } from '../objects/object.js';
import { PyFloat } from '../objects/float.js';
import { PyComplex } from '../objects/complex.js';
import { PyBytes } from '../objects/bytes.js';
import { PyTuple } from '../objects/tuple.js';
import { floatRepr, complexRepr, strRepr, bytesRepr } from '../objects/repr.js';
import { PyCode } from './code.js';
import { OP_NAMES, OP_ARG, Op, BINOP_SYMBOLS, NB_INPLACE, CMP_SYMBOLS } from './opcodes.js';

/** repr() of a constant, as dis shows it. */
export function constRepr(v: PyValue): string {
  switch (typeof v) {
    case 'number':
      return Number.isInteger(v) ? String(v) : floatRepr(v);
    case 'bigint':
      return String(v);
    case 'boolean':
      return v ? 'True' : 'False';
    case 'string':
      return strRepr(v);
  }
  if (v === None) return 'None';
  if (v === Ellipsis) return 'Ellipsis';
  if (v instanceof PyFloat) return floatRepr(v.value);
  if (v instanceof PyComplex) return complexRepr(v.real, v.imag);
  if (v instanceof PyBytes) return bytesRepr(v.data);
  if (v instanceof PyTuple) {
    const items = v.items.map(constRepr);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
  }
  if (v instanceof PyCode) return codeRepr(v);
  return '<object>';
}

function codeRepr(co: PyCode): string {
  return `<code object ${co.name}, file "${co.filename}", line ${co.firstlineno}>`;
}

const FORMAT_CONVERSIONS = ['', 'str', 'repr', 'ascii'];
const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'];

/** What an operand means (dis's argrepr). */
function argRepr(co: PyCode, op: number, arg: number): string {
  switch (OP_ARG[op]) {
    case 'const': return constRepr(co.consts[arg]);
    case 'name': return co.names[arg];
    case 'local': return co.varnames[arg];
    case 'cell': return arg < co.cellvars.length ? co.cellvars[arg] : co.freevars[arg - co.cellvars.length];
    case 'jump': return `to ${arg}`;
    case 'op':
      if (op === Op.BINARY_OP) return arg >= NB_INPLACE ? BINOP_SYMBOLS[arg - NB_INPLACE] + '=' : BINOP_SYMBOLS[arg];
      return CMP_SYMBOLS[arg] ?? '';
  }
  switch (op) {
    case Op.FORMAT_VALUE: {
      const parts: string[] = [];
      if (arg & 3) parts.push(FORMAT_CONVERSIONS[arg & 3]);
      if (arg & 4) parts.push('with format');
      return parts.join(', ');
    }
    case Op.MAKE_FUNCTION:
      return MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(', ');
    case Op.IS_OP:
      return arg ? 'is not' : 'is';
    case Op.CONTAINS_OP:
      return arg ? 'not in' : 'in';
    case Op.CALL_FUNCTION_EX:
      return arg & 1 ? 'with kwargs' : '';
  }
  return '';
}

/** Disassemble one code object (without its nested ones). */
export function disassembleOne(co: PyCode): string {
  const n = co.length;
  const targets = new Set<number>();
  for (let i = 0; i < n; i++) if (OP_ARG[co.code[2 * i]] === 'jump') targets.add(co.code[2 * i + 1]);
  const et = co.exceptiontable;
  for (let k = 0; k < et.length; k += 5) targets.add(et[k + 2]);
  const width = String(Math.max(n - 1, 0)).length;
  const lines: string[] = [];
  let lastLine = -2;
  for (let i = 0; i < n; i++) {
    const op = co.code[2 * i];
    const arg = co.code[2 * i + 1];
    const line = co.positions[4 * i];
    let prefix = '    ';
    if (line !== lastLine) {
      if (i > 0) lines.push('');
      prefix = String(line < 0 ? '--' : line).padStart(4);
      lastLine = line;
    }
    const mark = targets.has(i) ? '>>' : '  ';
    let text = `${prefix}  ${mark} ${String(i).padStart(width)} ${OP_NAMES[op]}`;
    if (OP_ARG[op] !== '') {
      text = text.padEnd(prefix.length + width + 30) + ' ' + String(arg).padStart(3);
      const r = argRepr(co, op, arg);
      if (r !== '') text += ` (${r})`;
    }
    lines.push(text);
  }
  if (et.length > 0) {
    lines.push('ExceptionTable:');
    for (let k = 0; k < et.length; k += 5) {
      lines.push(`  ${et[k]} to ${et[k + 1] - 1} -> ${et[k + 2]} [${et[k + 3]}]${et[k + 4] ? ' lasti' : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** Disassemble a code object and, recursively, the code objects among its constants. */
export function disassemble(co: PyCode): string {
  let out = disassembleOne(co);
  for (const c of co.consts) {
    if (c instanceof PyCode) out += `\nDisassembly of ${codeRepr(c)}:\n` + disassemble(c);
  }
  return out;
}
