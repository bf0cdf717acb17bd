// ast.dump() of CPython 3.11 (Lib/ast.py dump), to the character.
//
// Python's dump formats each child first and then decides the layout of the
// parent: one line when every argument is "simple" and there are at most three,
// otherwise one argument per line when an indent is given.  Whether a child is
// simple is known without formatting it (a scalar, an empty list, or a node
// that prints no argument at all), so we decide the layout first and stream
// everything into one array of parts: linear time, no string re-copying, and
// no recursion (see Dumper).

import { FIELDS, HAS_POSITION, OPTIONAL } from './ast_nodes.js';
import { constantRepr, strRepr } from '../objects/repr.js';
import type { ConstantValue } from './constants.js';

export interface DumpOptions {
  /** ast.dump's indent: None (one line), a number of spaces, or a string. */
  indent?: number | string | null;
  /** ast.dump's include_attributes (positions). */
  includeAttributes?: boolean;
  /** ast.dump's annotate_fields. */
  annotateFields?: boolean;
  /**
   * Nesting level beyond which a DumpDepthError is thrown (default: no
   * limit).  Python's recursive dump gives up near 1000 levels.
   */
  maxDepth?: number;
}

/**
 * Thrown for trees nested deeper than `maxDepth`, with the message of the
 * RecursionError that CPython's recursive dump raises at about 1000 levels.
 */
export class DumpDepthError extends RangeError {
  constructor() {
    super('maximum recursion depth exceeded while calling a Python object');
  }
}

const ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;
/** Attributes whose class default is None (`int?` in the ASDL), so None is omitted. */
const OPTIONAL_ATTRIBUTE = [false, false, true, true] as const;

/** Per-class field layout, computed once: names plus an "optional" flag per field. */
interface ClassInfo {
  fields: readonly string[];
  optional: boolean[];
  hasPosition: boolean;
  /** Constant and MatchSingleton: `value` holds a constant (number means float). */
  constantValue: boolean;
}

const classInfo = new Map<string, ClassInfo>();

function infoFor(type: string): ClassInfo {
  let info = classInfo.get(type);
  if (info === undefined) {
    const fields = FIELDS[type];
    if (fields === undefined) throw new TypeError('expected AST, got ' + JSON.stringify(type));
    const opt = OPTIONAL[type] ?? [];
    info = {
      fields,
      optional: fields.map((f) => opt.includes(f)),
      hasPosition: HAS_POSITION[type] === true,
      constantValue: type === 'Constant' || type === 'MatchSingleton',
    };
    classInfo.set(type, info);
  }
  return info;
}

function isNode(v: unknown): v is { _type: string; [k: string]: any } {
  return typeof v === 'object' && v !== null && typeof (v as any)._type === 'string';
}

/** Returns ast.dump(node, ...) for a tree built from src/parser/ast_nodes.ts. */
export function dump(node: any, opts: DumpOptions = {}): string {
  if (!isNode(node)) throw new TypeError('expected AST');
  let indent = opts.indent ?? null;
  if (typeof indent === 'number') indent = ' '.repeat(Math.max(0, Math.trunc(indent)));
  const d = new Dumper(indent, opts.includeAttributes === true, opts.annotateFields !== false, opts.maxDepth ?? Infinity);
  return d.run(node);
}

// Kinds of pending work on the Dumper's explicit stack.
const TEXT = 0;     // literal text
const VALUE = 1;    // _format(value, level)
const CONSTANT = 2; // repr() of a Constant's value

/**
 * Python's dump recurses; we walk with an explicit stack instead so that
 * trees thousands of levels deep (which the host stack could not take)
 * still print.  Every node's layout is decided when it is reached, so the
 * walk emits text strictly left to right.
 */
class Dumper {
  private readonly out: string[] = [];
  /** prefixes[level] = '\n' + indent * level (indent mode only). */
  private readonly prefixes: string[] = [];
  // The stack of pending work, as parallel arrays (kind, payload, level).
  private readonly kinds: number[] = [];
  private readonly items: any[] = [];
  private readonly levels: number[] = [];

  constructor(
    private readonly indent: string | null,
    private readonly includeAttributes: boolean,
    private readonly annotateFields: boolean,
    private readonly maxDepth: number,
  ) {}

  run(root: any): string {
    const { kinds, items, levels, out } = this;
    this.push(VALUE, root, 0);
    while (kinds.length > 0) {
      const kind = kinds.pop() as number;
      const item = items.pop();
      const level = levels.pop() as number;
      if (kind === TEXT) out.push(item as string);
      else if (kind === CONSTANT) out.push(constantRepr(item as ConstantValue));
      else if (Array.isArray(item)) this.list(item, level);
      else if (isNode(item)) this.node(item, level);
      else out.push(scalarRepr(item));
    }
    return out.join('');
  }

  private push(kind: number, item: any, level: number): void {
    this.kinds.push(kind);
    this.items.push(item);
    this.levels.push(level);
  }

  private prefix(level: number): string {
    let p = this.prefixes[level];
    if (p === undefined) {
      p = '\n' + (this.indent as string).repeat(level);
      this.prefixes[level] = p;
    }
    return p;
  }

  /** Would `_format(v)` report simple?  (No formatting needed to know.) */
  private isSimple(v: any): boolean {
    if (Array.isArray(v)) return v.length === 0;
    if (isNode(v)) return this.countArgs(v, infoFor(v._type)) === 0;
    return true;
  }

  private countArgs(n: any, info: ClassInfo): number {
    let count = 0;
    const fields = info.fields;
    for (let i = 0; i < fields.length; i++) {
      const v = n[fields[i]];
      if (v === undefined || (v === null && info.optional[i])) continue;
      count++;
    }
    if (this.includeAttributes && info.hasPosition) {
      for (let i = 0; i < 4; i++) {
        const v = n[ATTRIBUTES[i]];
        if (v === undefined || (v === null && OPTIONAL_ATTRIBUTE[i])) continue;
        count++;
      }
    }
    return count;
  }

  /** _format(list, level). */
  private list(v: any[], level: number): void {
    if (v.length === 0) { this.out.push('[]'); return; }
    const lvl = level + 1;
    if (lvl > this.maxDepth) throw new DumpDepthError();
    const multiline = this.indent !== null;
    const sep = multiline ? ',' + this.prefix(lvl) : ', ';
    this.out.push(multiline ? '[' + this.prefix(lvl) : '[');
    // Pushed last-first so that they pop in order.
    this.push(TEXT, ']', 0);
    for (let i = v.length - 1; i >= 0; i--) {
      this.push(VALUE, v[i], lvl);
      if (i > 0) this.push(TEXT, sep, 0);
    }
  }

  /** _format(node, level) for an AST node. */
  private node(n: any, level: number): void {
    const out = this.out;
    const info = infoFor(n._type);
    const fields = info.fields;
    const lvl = level + 1;
    if (lvl > this.maxDepth) throw new DumpDepthError();
    // How many arguments, and are they all simple?
    let count = 0;
    let allSimple = true;
    for (let i = 0; i < fields.length; i++) {
      const v = n[fields[i]];
      if (v === undefined || (v === null && info.optional[i])) continue;
      count++;
      if (allSimple && !this.isSimple(v)) allSimple = false;
    }
    const withAttrs = this.includeAttributes && info.hasPosition;
    if (withAttrs) {
      for (let i = 0; i < 4; i++) {
        const v = n[ATTRIBUTES[i]];
        if (v === undefined || (v === null && OPTIONAL_ATTRIBUTE[i])) continue;
        count++;
      }
    }
    if (count === 0) { out.push(n._type, '()'); return; }
    const multiline = this.indent !== null && !(allSimple && count <= 3);
    const sep = multiline ? ',' + this.prefix(lvl) : ', ';
    out.push(n._type, multiline ? '(' + this.prefix(lvl) : '(');
    // Python names every field once one before it was omitted; find which
    // field that first omission is, then push the arguments last-first.
    let firstOmitted = fields.length;
    if (!this.annotateFields) {
      for (let i = 0; i < fields.length; i++) {
        const v = n[fields[i]];
        if (v === undefined || (v === null && info.optional[i])) { firstOmitted = i; break; }
      }
    }
    this.push(TEXT, ')', 0);
    let remaining = count;
    if (withAttrs) {
      for (let i = 3; i >= 0; i--) {
        const name = ATTRIBUTES[i];
        const v = n[name];
        if (v === undefined || (v === null && OPTIONAL_ATTRIBUTE[i])) continue;
        this.push(VALUE, v, lvl);
        this.push(TEXT, --remaining > 0 ? sep + name + '=' : name + '=', 0);
      }
    }
    for (let i = fields.length - 1; i >= 0; i--) {
      const name = fields[i];
      const v = n[name];
      if (v === undefined || (v === null && info.optional[i])) continue;
      if (info.constantValue && name === 'value') this.push(CONSTANT, v, lvl);
      else this.push(VALUE, v, lvl);
      const keyword = this.annotateFields || i > firstOmitted;
      const label = keyword ? name + '=' : '';
      if (--remaining > 0) this.push(TEXT, sep + label, 0);
      else if (label !== '') this.push(TEXT, label, 0);
    }
  }
}
/** repr() of a non-node field value: identifiers, ints (JS numbers), None. */
function scalarRepr(v: unknown): string {
  switch (typeof v) {
    case 'string': return strRepr(v);
    case 'number': return Number.isInteger(v) ? String(v) : constantRepr(v);
    case 'bigint': return v.toString();
    case 'boolean': return v ? 'True' : 'False';
  }
  if (v === null) return 'None';
  return constantRepr(v as ConstantValue);
}
