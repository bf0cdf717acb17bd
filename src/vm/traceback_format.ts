// The report printed for an uncaught exception, exactly as CPython 3.11's C
// code prints it: Python/pythonrun.c (print_exception_recursive,
// print_exception_group, print_chained, print_exception_message,
// print_exception_notes) and Python/traceback.c (tb_printinternal,
// tb_displayline with its ~~~^^^ markers, extract_anchors_from_line), plus
// Python/suggestions.c for "Did you mean: 'x'?".  Not Lib/traceback.py,
// whose output differs in small ways.

import * as A from '../objects/abstract.js';
import { PyBaseException, BaseExceptionGroupType, SyntaxErrorType, NameErrorType, AttributeErrorType } from '../objects/exceptions.js';
import { groupExceptions } from '../objects/exceptiongroup.js';
import { None, PyType, typeOf, type PyValue } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { PyTraceback, getSourceLine } from './traceback.js';
import { parse } from '../parser/parser.js';
import { formatSyntaxError } from '../parser/errors.js';
import { syntaxErrorFields, excField } from '../objects/exceptions_methods.js';
import { dirOf } from '../modules/builtins.js';
import type { Frame } from './frame.js';

const TB_RECURSIVE_CUTOFF = 3;
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;
const SOURCE_INDENT = 4;

/** sys.tracebacklimit, when set to an int (provided by the sys module). */
let tracebackLimit: () => number | null = () => null;
export function setTracebackLimitProvider(f: () => number | null): void { tracebackLimit = f; }

/** State of one report (struct exception_print_context). */
class Ctx {
  out = '';
  depth = 0;
  needClose = false;
  seen = new Set<PyBaseException>();
  margin(): string { return this.depth ? '| ' : ''; }
  indentedMargin(): string { return ' '.repeat(2 * this.depth) + this.margin(); }
}

/** The text CPython 3.11 writes to stderr for an uncaught exception (PyErr_Display). */
export function formatException(exc: PyBaseException): string {
  const ctx = new Ctx();
  printRecursive(ctx, exc);
  return ctx.out;
}

/** Just the traceback entries ("Traceback ..." header included) of a traceback chain. */
export function formatTraceback(tb: PyValue): string {
  const ctx = new Ctx();
  printTraceback(ctx, tb, 'Traceback (most recent call last):', '');
  return ctx.out;
}

function printRecursive(ctx: Ctx, v: PyValue): void {
  if (v instanceof PyBaseException) printCauseAndContext(ctx, v);
  if (v instanceof PyBaseException && v.cls.isSubtype(BaseExceptionGroupType)) printGroup(ctx, v);
  else printException(ctx, v);
}

const CAUSE_MESSAGE = 'The above exception was the direct cause of the following exception:';
const CONTEXT_MESSAGE = 'During handling of the above exception, another exception occurred:';

function printCauseAndContext(ctx: Ctx, v: PyBaseException): void {
  ctx.seen.add(v);
  const cause = v.cause;
  if (cause instanceof PyBaseException) {
    if (!ctx.seen.has(cause)) printChained(ctx, cause, CAUSE_MESSAGE);
    return;
  }
  if (v.suppressContext) return;
  const context = v.context;
  if (context instanceof PyBaseException && !ctx.seen.has(context)) printChained(ctx, context, CONTEXT_MESSAGE);
}

function printChained(ctx: Ctx, v: PyBaseException, message: string): void {
  const needClose = ctx.needClose;
  printRecursive(ctx, v);
  ctx.needClose = needClose;
  const m = ctx.indentedMargin();
  ctx.out += `${m}\n${m}${message}\n${m}\n`;
}

function printException(ctx: Ctx, v: PyValue): void {
  if (!(v instanceof PyBaseException)) {
    ctx.out += `${ctx.indentedMargin()}TypeError: print_exception(): Exception expected for value, ${typeOf(v).name} found\n`;
    return;
  }
  printExceptionTraceback(ctx, v);
  if (v.cls.isSubtype(SyntaxErrorType)) {
    printSyntaxErrorBody(ctx, v);
  } else {
    ctx.out += ctx.indentedMargin() + messageLine(v) + '\n';
  }
  printNotes(ctx, v);
}

function printExceptionTraceback(ctx: Ctx, v: PyBaseException): void {
  if (v.traceback === None) return;
  let header = 'Traceback (most recent call last):';
  let headerMargin = ctx.margin();
  if (v.cls.isSubtype(BaseExceptionGroupType)) {
    header = 'Exception Group Traceback (most recent call last):';
    if (ctx.depth === 1) headerMargin = '+ ';
  }
  printTraceback(ctx, v.traceback, header, headerMargin);
}

/** "Type: message", with the module prefix and the 3.11 suggestion (print_exception_message). */
function messageLine(v: PyBaseException): string {
  const t = typeOf(v);
  let out = '';
  const mod = A.getAttrOpt(t, '__module__');
  if (typeof mod !== 'string') out += '<unknown>.';
  else if (mod !== 'builtins' && mod !== '__main__') out += mod + '.';
  const qn = A.getAttrOpt(t, '__qualname__');
  out += typeof qn === 'string' ? qn : '<unknown>';
  let s: string | null;
  try {
    s = A.str(v);
  } catch {
    s = null;
  }
  if (s === null) out += ': <exception str() failed>';
  else if (s.length !== 0) out += ': ' + s;
  const sug = suggestion(v);
  if (sug !== null) out += `. Did you mean: '${sug}'?`;
  return out;
}

/** SyntaxError: the File/line/caret block, then "Type: msg" (print_exception_file_and_line). */
function printSyntaxErrorBody(ctx: Ctx, v: PyBaseException): void {
  const f = syntaxErrorFields(v);
  let text = formatSyntaxError(f);
  // formatSyntaxError ends with its own "Kind: msg" line; use the general message line for
  // the class name (subclasses, module prefix).
  const lines = text.split('\n');
  lines.pop();
  lines.pop();
  const head = messageHead(v) + (f.msg === '' ? '' : ': ' + f.msg);
  text = lines.map((l) => ctx.indentedMargin() + l + '\n').join('') + ctx.indentedMargin() + head + '\n';
  ctx.out += text;
}

function messageHead(v: PyBaseException): string {
  const t = typeOf(v);
  const mod = A.getAttrOpt(t, '__module__');
  const qn = A.getAttrOpt(t, '__qualname__');
  const prefix = typeof mod !== 'string' ? '<unknown>.' : mod !== 'builtins' && mod !== '__main__' ? mod + '.' : '';
  return prefix + (typeof qn === 'string' ? qn : '<unknown>');
}

/** __notes__: each str note line by line with the margin; a non-sequence is shown by repr. */
function printNotes(ctx: Ctx, v: PyBaseException): void {
  let notes: PyValue | undefined;
  try {
    notes = A.getAttrOpt(v, '__notes__');
  } catch {
    return;
  }
  if (notes === undefined) return;
  const m = ctx.indentedMargin();
  const t = typeOf(notes);
  const isSeq = t.lookup('__getitem__') !== undefined && !(notes instanceof PyDict) && typeof notes !== 'string' &&
    t.name !== 'bytes';
  if (!isSeq && typeof notes !== 'string') {
    let r: string;
    try { r = A.repr(notes); } catch { r = '<__notes__ repr() failed>'; }
    ctx.out += m + r + '\n';
    return;
  }
  let items: PyValue[];
  try { items = A.toArray(notes); } catch { return; }
  for (const note of items) {
    let s: string | null;
    try { s = A.str(note); } catch { s = null; }
    if (s === null) { ctx.out += m + '<note str() failed>\n'; continue; }
    for (const line of s.split('\n')) ctx.out += m + line + '\n';
  }
}

// ---- exception groups ---------------------------------------------------------------------------

function printGroup(ctx: Ctx, v: PyBaseException): void {
  if (ctx.depth > MAX_GROUP_DEPTH) {
    ctx.out += `${ctx.indentedMargin()}... (max_group_depth is ${MAX_GROUP_DEPTH})\n`;
    return;
  }
  if (ctx.depth === 0) ctx.depth += 1;
  printException(ctx, v);
  const excs = groupExceptions(v);
  const num = excs.length;
  const truncated = num > MAX_GROUP_WIDTH;
  const n = truncated ? MAX_GROUP_WIDTH + 1 : num;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true; // the closing line may be written by a nested group
    const pad = ' '.repeat(2 * ctx.depth);
    ctx.out += pad + (i === 0 ? '+-' : '  ');
    if (i === MAX_GROUP_WIDTH) ctx.out += '+---------------- ... ----------------\n';
    else ctx.out += `+---------------- ${i + 1} ----------------\n`;
    ctx.depth += 1;
    if (i < MAX_GROUP_WIDTH) {
      printRecursive(ctx, excs[i]);
    } else {
      const more = num - MAX_GROUP_WIDTH;
      ctx.out += `${ctx.indentedMargin()}and ${more} more exception${more > 1 ? 's' : ''}\n`;
    }
    if (ctx.needClose) {
      ctx.out += ' '.repeat(2 * ctx.depth) + '+------------------------------------\n';
      ctx.needClose = false;
    }
    ctx.depth -= 1;
  }
  if (ctx.depth === 1) ctx.depth -= 1;
}

// ---- traceback entries ------------------------------------------------------------------------------

function printTraceback(ctx: Ctx, tb: PyValue, header: string, headerMargin: string): void {
  let limit = 1000;
  const l = tracebackLimit();
  if (l !== null) {
    if (l <= 0) return;
    limit = l;
  }
  const indent = ' '.repeat(2 * ctx.depth);
  const margin = ctx.margin();
  ctx.out += indent + headerMargin + header + '\n';
  // tb_printinternal: skip the oldest entries beyond the limit, fold repeats.
  const entries: PyTraceback[] = [];
  for (let t = tb; t instanceof PyTraceback; t = t.next) entries.push(t);
  let start = Math.max(0, entries.length - limit);
  let lastFile: string | null = null, lastLine = -1, lastName: string | null = null;
  let cnt = 0;
  for (; start < entries.length; start++) {
    const e = entries[start];
    const code = e.frame.code;
    const lineno = e.lineno;
    if (lastFile === null || code.filename !== lastFile || lastLine === -1 || lineno !== lastLine || code.name !== lastName) {
      if (cnt > TB_RECURSIVE_CUTOFF) ctx.out += repeated(cnt);
      lastFile = code.filename;
      lastLine = lineno;
      lastName = code.name;
      cnt = 0;
    }
    cnt++;
    if (cnt <= TB_RECURSIVE_CUTOFF) ctx.out += displayLine(e, indent + margin);
  }
  if (cnt > TB_RECURSIVE_CUTOFF) ctx.out += repeated(cnt);
}

function repeated(cnt: number): string {
  const n = cnt - TB_RECURSIVE_CUTOFF;
  return `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
}

/** One entry: File/line/name, the stripped source line, and the caret line when it says more (tb_displayline). */
function displayLine(tb: PyTraceback, prefix: string): string {
  const code = tb.frame.code;
  const lineno = tb.lineno;
  let out = `${prefix}  File "${code.filename}", line ${lineno}, in ${code.name}\n`;
  const line = getSourceLine(code.filename, lineno);
  if (line === null) return out;
  const cps = Array.from(line);
  let i = 0;
  while (i < cps.length && (cps[i] === ' ' || cps[i] === '\t' || cps[i] === '\f')) i++;
  const stripped = cps.slice(i).join('');
  out += `${prefix}${' '.repeat(SOURCE_INDENT)}${stripped}\n`;
  const carets = caretLine(tb, line, cps, i);
  if (carets !== null) out += prefix + carets + '\n';
  return out;
}

/** Converts a UTF-8 byte offset into `text` to a code point offset (_PyPegen_byte_offset_to_character_offset). */
function byteToChar(text: string, byteOff: number): number {
  const bytes = new TextEncoder().encode(text);
  if (byteOff > bytes.length) byteOff = bytes.length;
  return Array.from(new TextDecoder().decode(bytes.subarray(0, byteOff))).length;
}

const isWs = (c: string) => c === ' ' || c === '\t' || c === '\f';

function caretLine(tb: PyTraceback, line: string, cps: string[], truncation: number): string | null {
  const pos = tb.frame.code.positions;
  const k = 4 * tb.lasti;
  if (k + 3 >= pos.length) return null;
  const startLine = pos[k], endLine = pos[k + 1], startCol = pos[k + 2], endCol = pos[k + 3];
  if (startLine < 0 || endLine < 0 || startCol < 0 || endCol < 0) return null;
  const startOffset = byteToChar(line, startCol);
  let endOffset = byteToChar(line, endCol);
  let leftEnd = -1, rightStart = -1;
  let primary = '^', secondary = '^';
  if (startLine === endLine) {
    const a = anchors(tb.frame.code.filename, cps, startOffset, endOffset);
    if (a !== null) { leftEnd = a[0]; rightStart = a[1]; primary = '~'; secondary = '^'; }
  } else {
    // A multi-line range is highlighted to the last non-whitespace character of the first line.
    let j = cps.length;
    while (--j >= 0) if (!isWs(cps[j]) && cps[j] !== '\n' && cps[j] !== '\r') break;
    endOffset = j + 1;
  }
  const strippedLen = cps.length - truncation;
  const hasSecondary = leftEnd !== -1 || rightStart !== -1;
  if (endOffset - startOffset === strippedLen && !hasSecondary) return null;
  // print_error_location_carets, with offset starting at truncation - indent.
  let out = '';
  let offset = truncation - SOURCE_INDENT;
  while (++offset <= endOffset) {
    if (offset <= startOffset) out += ' ';
    else if (hasSecondary && leftEnd < offset && offset <= rightStart) out += secondary;
    else out += primary;
  }
  return out;
}

/**
 * The operator (binary operation) or the brackets (subscript) inside the
 * highlighted range, found by parsing the segment (extract_anchors_from_line).
 * Returns [leftAnchor, rightAnchor] as code point offsets in the line.
 */
function anchors(filename: string, cps: string[], start: number, end: number): [number, number] | null {
  const segment = cps.slice(start, end).join('');
  let tree: any;
  try {
    tree = parse(segment, filename, 'exec');
  } catch {
    return null;
  }
  const body = tree?.body;
  if (!Array.isArray(body) || body.length === 0) return null;
  const st = body[0];
  if (st._type !== 'Expr') return null;
  const e = st.value;
  const seg = new TextEncoder().encode(segment);
  let left: number, right: number;
  if (e._type === 'BinOp') {
    // The operator is the first character after the left operand that is not
    // whitespace or a closing parenthesis; a second such character makes it a
    // two-character operator.
    let i = e.left.end_col_offset;
    const stop = e.right.col_offset;
    for (; i < stop; i++) {
      const c = seg[i];
      if (c === 0x20 || c === 0x09 || c === 0x0c || c === 0x29) continue;
      break;
    }
    if (i >= stop) return null;
    left = i;
    right = i + 1;
    if (i + 1 < stop && !(seg[i + 1] === 0x20 || seg[i + 1] === 0x09 || seg[i + 1] === 0x0c)) right++;
  } else if (e._type === 'Subscript') {
    // From the end of the value to the '[' (past ')' and spaces), and from
    // just after the slice to past the ']' (3.11.4+).
    left = e.value.end_col_offset;
    right = e.slice.end_col_offset + 1;
    const n = seg.length;
    while (left < n && seg[left] !== 0x5b) left++;
    while (right < n && seg[right] !== 0x5d) right++;
    if (right < n) right++;
  } else {
    return null;
  }
  return [byteToChar(segment, left) + start, byteToChar(segment, right) + start];
}

// ---- "Did you mean" (Python/suggestions.c) ------------------------------------------------------

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

/** Levenshtein distance with CPython's costs, giving up above maxCost. */
function levenshtein(a: Uint8Array, b: Uint8Array, maxCost: number): number {
  let as = 0, ae = a.length, bs = 0, be = b.length;
  while (as < ae && bs < be && a[as] === b[bs]) { as++; bs++; }
  while (as < ae && bs < be && a[ae - 1] === b[be - 1]) { ae--; be--; }
  let aSize = ae - as, bSize = be - bs;
  if (aSize === 0 || bSize === 0) return (aSize + bSize) * MOVE_COST;
  if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return maxCost + 1;
  let A0 = a.subarray(as, ae), B0 = b.subarray(bs, be);
  if (bSize < aSize) { [A0, B0] = [B0, A0]; [aSize, bSize] = [bSize, aSize]; }
  if ((bSize - aSize) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer = new Array<number>(aSize);
  let tmp = MOVE_COST;
  for (let i = 0; i < aSize; i++) { buffer[i] = tmp; tmp += MOVE_COST; }
  let result = 0;
  for (let bi = 0; bi < bSize; bi++) {
    const code = B0[bi];
    let distance = result = bi * MOVE_COST;
    let minimum = Infinity;
    for (let index = 0; index < aSize; index++) {
      const substitute = distance + substitutionCost(code, A0[index]);
      distance = buffer[index];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[index] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

function calculateSuggestions(dir: PyValue[], name: string): string | null {
  if (dir.length >= MAX_CANDIDATE_ITEMS) return null;
  const enc = new TextEncoder();
  const nameB = enc.encode(name);
  let best: string | null = null;
  let bestDist = Number.MAX_SAFE_INTEGER;
  for (const item of dir) {
    if (typeof item !== 'string') continue;
    if (item === name) continue;
    const itemB = enc.encode(item);
    let maxDistance = Math.floor((nameB.length + itemB.length + 3) * MOVE_COST / 6);
    maxDistance = Math.min(maxDistance, bestDist - 1);
    const d = levenshtein(nameB, itemB, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDist) { best = item; bestDist = d; }
  }
  return best;
}

/** Names visible in a frame, for NameError suggestions (its f_locals keys). */
function frameLocalNames(f: Frame): PyValue[] {
  if (f.locals !== null) {
    try { return A.toArray(f.locals); } catch { return []; }
  }
  const names: PyValue[] = [];
  const code = f.code;
  for (let i = 0; i < code.varnames.length; i++) if (f.stack[i] !== undefined) names.push(code.varnames[i]);
  const cellNames = [...code.cellvars, ...code.freevars];
  for (let i = 0; i < cellNames.length; i++) {
    const c = f.cells[i];
    if (c !== undefined && c.value !== undefined && !names.includes(cellNames[i])) names.push(cellNames[i]);
  }
  return names;
}

/** _Py_Offer_Suggestions for NameError and AttributeError. */
function suggestion(v: PyBaseException): string | null {
  try {
    if (v.cls.isSubtype(AttributeErrorType)) {
      const name = excField(v, 'name');
      const obj = excField(v, 'obj');
      if (typeof name !== 'string' || obj === undefined) return null;
      return calculateSuggestions(dirOf(obj), name);
    }
    if (v.cls.isSubtype(NameErrorType)) {
      const name = excField(v, 'name');
      if (typeof name !== 'string') return null;
      let tb: PyTraceback;
      if (!(v.traceback instanceof PyTraceback)) return null;
      tb = v.traceback;
      while (tb.next instanceof PyTraceback) tb = tb.next;
      const f = tb.frame;
      let s = calculateSuggestions(frameLocalNames(f), name);
      if (s !== null) return s;
      s = calculateSuggestions(f.globals.keyList(), name);
      if (s !== null) return s;
      return calculateSuggestions(f.builtins.keyList(), name);
    }
  } catch {
    return null;
  }
  return null;
}

void PyType;
