// The _ast module: every AST node class as a Python type, and conversion
// between Python AST objects and the parser's plain-object AST
// (Python/Python-ast.c: make_type, ast_type_init, ast_type_reduce,
// ast2obj_*, obj2ast_*).
//
// The node classes are heap types made by type() like CPython's (so they are
// subclassable, their instances have a __dict__, and attributes can be added
// to the classes).  The ASDL below gives each field its kind (a node type, or
// identifier/string/int/constant), whether it is a list (`*`) or optional
// (`?`); it drives class creation, the docstrings, both conversions and the
// error messages of the Python -> plain direction.

import { Attrs, None, ObjectType, PyObject, PyType, Shape, TypeType, typeOf, Ellipsis, IntType, type PyValue } from '../objects/object.js';
import * as A from '../objects/abstract.js';
import { PyDict } from '../objects/dict.js';
import { PyList } from '../objects/list.js';
import { PyTuple, newTuple } from '../objects/tuple.js';
import { PyFloat, FloatType } from '../objects/float.js';
import { PyComplex, ComplexType } from '../objects/complex.js';
import { PyBytes, BytesType } from '../objects/bytes.js';
import { typeNew } from '../objects/typeobject.js';
import { PyMethodDescriptor } from '../objects/methods.js';
import { typeError, valueError, runtimeError, overflowError, recursionError } from '../objects/exceptions.js';
import { ts } from '../vm/frame.js';
import { constantToPy, normInt } from '../objects/constants.js';
import { Bytes, Complex, ELLIPSIS } from '../parser/constants.js';
import { FoldedValue } from '../compiler/ast_opt.js';
import * as N from '../parser/ast_nodes.js';

// ---- the ASDL (Parser/Python.asdl of 3.11) ----------------------------------------------------

/** Sum types: name, whether the constructors carry positions, constructors. */
const SUMS: [string, boolean, string[]][] = [
  ['mod', false, ['Module(stmt* body, type_ignore* type_ignores)', 'Interactive(stmt* body)', 'Expression(expr body)',
    'FunctionType(expr* argtypes, expr returns)']],
  ['stmt', true, [
    'FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)',
    'AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)',
    'ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)',
    'Return(expr? value)', 'Delete(expr* targets)', 'Assign(expr* targets, expr value, string? type_comment)',
    'AugAssign(expr target, operator op, expr value)', 'AnnAssign(expr target, expr annotation, expr? value, int simple)',
    'For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)',
    'AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)',
    'While(expr test, stmt* body, stmt* orelse)', 'If(expr test, stmt* body, stmt* orelse)',
    'With(withitem* items, stmt* body, string? type_comment)', 'AsyncWith(withitem* items, stmt* body, string? type_comment)',
    'Match(expr subject, match_case* cases)', 'Raise(expr? exc, expr? cause)',
    'Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)',
    'TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)',
    'Assert(expr test, expr? msg)', 'Import(alias* names)', 'ImportFrom(identifier? module, alias* names, int? level)',
    'Global(identifier* names)', 'Nonlocal(identifier* names)', 'Expr(expr value)', 'Pass', 'Break', 'Continue']],
  ['expr', true, [
    'BoolOp(boolop op, expr* values)', 'NamedExpr(expr target, expr value)', 'BinOp(expr left, operator op, expr right)',
    'UnaryOp(unaryop op, expr operand)', 'Lambda(arguments args, expr body)', 'IfExp(expr test, expr body, expr orelse)',
    'Dict(expr* keys, expr* values)', 'Set(expr* elts)', 'ListComp(expr elt, comprehension* generators)',
    'SetComp(expr elt, comprehension* generators)', 'DictComp(expr key, expr value, comprehension* generators)',
    'GeneratorExp(expr elt, comprehension* generators)', 'Await(expr value)', 'Yield(expr? value)', 'YieldFrom(expr value)',
    'Compare(expr left, cmpop* ops, expr* comparators)', 'Call(expr func, expr* args, keyword* keywords)',
    'FormattedValue(expr value, int conversion, expr? format_spec)', 'JoinedStr(expr* values)',
    'Constant(constant value, string? kind)', 'Attribute(expr value, identifier attr, expr_context ctx)',
    'Subscript(expr value, expr slice, expr_context ctx)', 'Starred(expr value, expr_context ctx)',
    'Name(identifier id, expr_context ctx)', 'List(expr* elts, expr_context ctx)', 'Tuple(expr* elts, expr_context ctx)',
    'Slice(expr? lower, expr? upper, expr? step)']],
  ['expr_context', false, ['Load', 'Store', 'Del']],
  ['boolop', false, ['And', 'Or']],
  ['operator', false, ['Add', 'Sub', 'Mult', 'MatMult', 'Div', 'Mod', 'Pow', 'LShift', 'RShift', 'BitOr', 'BitXor', 'BitAnd', 'FloorDiv']],
  ['unaryop', false, ['Invert', 'Not', 'UAdd', 'USub']],
  ['cmpop', false, ['Eq', 'NotEq', 'Lt', 'LtE', 'Gt', 'GtE', 'Is', 'IsNot', 'In', 'NotIn']],
  ['excepthandler', true, ['ExceptHandler(expr? type, identifier? name, stmt* body)']],
  ['pattern', true, ['MatchValue(expr value)', 'MatchSingleton(constant value)', 'MatchSequence(pattern* patterns)',
    'MatchMapping(expr* keys, pattern* patterns, identifier? rest)',
    'MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)',
    'MatchStar(identifier? name)', 'MatchAs(pattern? pattern, identifier? name)', 'MatchOr(pattern* patterns)']],
  ['type_ignore', false, ['TypeIgnore(int lineno, string tag)']],
];

/** Product types: name, whether they carry positions, fields. */
const PRODUCTS: [string, boolean, string][] = [
  ['comprehension', false, 'expr target, expr iter, expr* ifs, int is_async'],
  ['arguments', false, 'arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults'],
  ['arg', true, 'identifier arg, expr? annotation, string? type_comment'],
  ['keyword', true, 'identifier? arg, expr value'],
  ['alias', true, 'identifier name, identifier? asname'],
  ['withitem', false, 'expr context_expr, expr? optional_vars'],
  ['match_case', false, 'pattern pattern, expr? guard, stmt* body'],
];

/** Where each class sits in CPython's creation order (sums and products interleaved as in the ASDL). */
const ORDER = ['mod', 'stmt', 'expr', 'expr_context', 'boolop', 'operator', 'unaryop', 'cmpop', 'comprehension',
  'excepthandler', 'arguments', 'arg', 'keyword', 'alias', 'withitem', 'match_case', 'pattern', 'type_ignore'];

const POSITIONS = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'];
/** Types whose end positions are required (`int`, not `int?`, in the ASDL): no None defaults. */
const REQUIRED_END = new Set(['pattern']);

export interface Field { name: string; kind: string; seq: boolean; opt: boolean }

/** A concrete node class (a constructor of a sum, or a product). */
export interface NodeInfo {
  name: string;
  fields: Field[];
  positions: boolean;
  cls: PyType;
  /** Shape of a converted instance: the fields, then the positions. */
  shape: Shape;
  /** For field-less constructors of simple sums: the shared instance ast.parse puts in trees. */
  singleton: PyObject | null;
  /** The plain-AST factory (ast_nodes.ts). */
  factory: (...a: any[]) => any;
}

export interface SumInfo { name: string; positions: boolean; simple: boolean; ctors: NodeInfo[]; cls: PyType }

const NODES = new Map<string, NodeInfo>();
const SUM_INFO = new Map<string, SumInfo>();
const PRODUCT_INFO = new Map<string, NodeInfo>();

export let ASTType: PyType;
/** Every class of the module, by name, in CPython's order. */
export const CLASSES = new Map<string, PyType>();

function parseFields(spec: string): Field[] {
  if (spec.trim() === '') return [];
  return spec.split(',').map((f) => {
    const [type, name] = f.trim().split(' ');
    const seq = type.endsWith('*');
    const opt = type.endsWith('?');
    return { name, kind: seq || opt ? type.slice(0, -1) : type, seq, opt };
  });
}

function fieldDoc(fields: Field[]): string {
  return fields.map((f) => `${f.kind}${f.seq ? '*' : f.opt ? '?' : ''} ${f.name}`).join(', ');
}

function strTuple(names: string[]): PyTuple {
  return newTuple(names.slice());
}

function makeClass(name: string, base: PyType, entries: [string, PyValue][]): PyType {
  const ns = new PyDict();
  for (const [k, v] of entries) ns.setStr(k, v);
  const t = typeNew(TypeType, name, [base], ns, []);
  CLASSES.set(name, t);
  return t;
}

/** ast_type_init: positional arguments fill _fields in order, keywords set any attribute. */
function astInit(self: PyValue, args: PyValue[], kwnames: string[] | null): PyValue {
  const t = typeOf(self);
  const fv = A.getAttrOpt(t, '_fields');
  const fields = fv === undefined ? [] : A.toArray(fv);
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > fields.length) {
    throw typeError(`${t.name} constructor takes at most ${fields.length} positional argument${fields.length === 1 ? '' : 's'}`);
  }
  for (let i = 0; i < npos; i++) {
    const name = fields[i];
    if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeOf(name).name}'`);
    A.setAttr(self, name, args[i]);
  }
  for (let i = 0; i < nkw; i++) {
    const key = kwnames![i];
    const p = fields.indexOf(key);
    if (p >= 0 && p < npos) throw typeError(`${t.name} got multiple values for argument '${key}'`);
    A.setAttr(self, key, args[npos + i]);
  }
  return None;
}

/** ast_type_reduce: (type(self), (), self.__dict__), so copy and pickle work. */
function astReduce(self: PyValue): PyValue {
  const d = A.getAttrOpt(self, '__dict__');
  return d === undefined ? newTuple([typeOf(self), newTuple([])]) : newTuple([typeOf(self), newTuple([]), d]);
}

function nodeInfo(name: string, fields: Field[], positions: boolean, cls: PyType, simple: boolean): NodeInfo {
  let shape = Shape.EMPTY;
  for (const f of fields) shape = shape.with(f.name);
  if (positions) for (const p of POSITIONS) shape = shape.with(p);
  const factory = (N as any)[name === 'arguments' ? 'arguments_' : name];
  let singleton: PyObject | null = null;
  if (simple) {
    singleton = new PyObject(cls);
    singleton.attrs = new Attrs();
  }
  return { name, fields, positions, cls, shape, singleton, factory };
}

/** Creates the classes (once: they are shared by every interpreter, like the parser's tables). */
function ensureClasses(): void {
  if (ASTType !== undefined) return;
  const init = new PyMethodDescriptor('__init__', ObjectType, astInit, null, true);
  const reduce = new PyMethodDescriptor('__reduce__', ObjectType, (self) => astReduce(self));
  ASTType = makeClass('AST', ObjectType, [
    ['__init__', init], ['__reduce__', reduce], ['__module__', 'ast'], ['_fields', newTuple([])],
    ['_attributes', newTuple([])], ['__match_args__', newTuple([])], ['__doc__', None],
  ]);
  const sums = new Map(SUMS.map((s) => [s[0], s]));
  const products = new Map(PRODUCTS.map((p) => [p[0], p]));
  const posTuple = strTuple(POSITIONS);
  for (const name of ORDER) {
    const s = sums.get(name);
    if (s !== undefined) {
      const [sname, positions, ctorSpecs] = s;
      const ctors = ctorSpecs.map((c) => {
        const open = c.indexOf('(');
        return { name: open < 0 ? c : c.slice(0, open), fields: open < 0 ? [] : parseFields(c.slice(open + 1, -1)) };
      });
      const simple = ctors.every((c) => c.fields.length === 0);
      const docs = ctors.map((c) => c.fields.length === 0 ? c.name : `${c.name}(${fieldDoc(c.fields)})`);
      const doc = simple ? `${sname} = ${docs.join(' | ')}` : `${sname} = ${docs.join('\n' + ' '.repeat(sname.length + 1) + '| ')}`;
      const entries: [string, PyValue][] = [
        ['_fields', newTuple([])], ['__match_args__', newTuple([])], ['__module__', 'ast'], ['__doc__', doc],
        ['_attributes', positions ? posTuple : newTuple([])],
      ];
      if (positions && !REQUIRED_END.has(sname)) entries.push(['end_lineno', None], ['end_col_offset', None]);
      const base = makeClass(sname, ASTType, entries);
      const info: SumInfo = { name: sname, positions, simple, ctors: [], cls: base };
      for (const c of ctors) {
        const fnames = c.fields.map((f) => f.name);
        const ce: [string, PyValue][] = [
          ['_fields', strTuple(fnames)], ['__match_args__', strTuple(fnames)], ['__module__', 'ast'],
          ['__doc__', c.fields.length === 0 ? c.name : `${c.name}(${fieldDoc(c.fields)})`],
        ];
        for (const f of c.fields) if (f.opt) ce.push([f.name, None]);
        const cls = makeClass(c.name, base, ce);
        const ni = nodeInfo(c.name, c.fields, positions, cls, simple);
        info.ctors.push(ni);
        NODES.set(c.name, ni);
      }
      SUM_INFO.set(sname, info);
      continue;
    }
    const [pname, positions, spec] = products.get(name)!;
    const fields = parseFields(spec);
    const fnames = fields.map((f) => f.name);
    const entries: [string, PyValue][] = [
      ['_fields', strTuple(fnames)], ['__match_args__', strTuple(fnames)], ['__module__', 'ast'],
      ['__doc__', `${pname}(${fieldDoc(fields)})`], ['_attributes', positions ? posTuple : newTuple([])],
    ];
    for (const f of fields) if (f.opt) entries.push([f.name, None]);
    if (positions) entries.push(['end_lineno', None], ['end_col_offset', None]);
    const cls = makeClass(pname, ASTType, entries);
    const ni = nodeInfo(pname, fields, positions, cls, false);
    NODES.set(pname, ni);
    PRODUCT_INFO.set(pname, ni);
  }
}

export function isAst(v: PyValue): boolean {
  return typeof v === 'object' && ASTType !== undefined && v.cls.isSubtype(ASTType);
}

// ---- plain AST -> Python objects (ast2obj) ----------------------------------------------------

/** The Python object for a node of the parser's AST. */
export function toPy(node: any): PyValue {
  ensureClasses();
  // PyAST_mod2obj: the nesting allowed is 3 per Python frame of the recursion limit.
  depth = ts.depth * 3;
  depthLimit = ts.recursionLimit * 3;
  return nodeToPy(node);
}

let depth = 0;
let depthLimit = 3000;

function nodeToPy(node: any): PyValue {
  if (node === null || node === undefined) return None;
  const info = NODES.get(node._type);
  if (info === undefined) throw new Error(`_ast: unknown node type ${node._type}`);
  if (info.singleton !== null) return info.singleton;
  if (++depth > depthLimit) throw recursionError('maximum recursion depth exceeded during ast construction');
  const fields = info.fields;
  const values: PyValue[] = new Array(info.shape.names.length);
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    const v = node[f.name];
    if (f.seq) {
      const arr = v as any[];
      const items: PyValue[] = new Array(arr.length);
      for (let j = 0; j < arr.length; j++) items[j] = valueToPy(arr[j], f.kind);
      values[i] = new PyList(items);
    } else values[i] = valueToPy(v, f.kind);
  }
  if (info.positions) {
    const k = fields.length;
    values[k] = node.lineno;
    values[k + 1] = node.col_offset;
    values[k + 2] = node.end_lineno ?? None;
    values[k + 3] = node.end_col_offset ?? None;
  }
  depth--;
  const o = new PyObject(info.cls);
  const a = new Attrs();
  a.shape = info.shape;
  a.values = values;
  o.attrs = a;
  return o;
}

function valueToPy(v: any, kind: string): PyValue {
  switch (kind) {
    case 'identifier': case 'string':
      return v === null || v === undefined ? None : v;
    case 'int':
      return typeof v === 'bigint' ? normInt(v) : typeof v === 'boolean' ? (v ? 1 : 0) : v ?? None;
    case 'constant':
      return v instanceof FoldedValue ? v.py : constantToPy(v);
  }
  return nodeToPy(v);
}

// ---- Python objects -> plain AST (obj2ast) ----------------------------------------------------

/** The plain AST of a Python AST object of sum or product type `kind` (CPython's obj2ast_<kind>). */
export function fromPy(obj: PyValue, kind: string): any {
  ensureClasses();
  return convert(obj, kind);
}

function convert(obj: PyValue, kind: string): any {
  switch (kind) {
    case 'identifier':
      if (typeof obj === 'string') return obj;
      if (obj === None) return null;
      throw typeError('AST identifier must be of type str');
    case 'string':
      if (typeof obj === 'string') return obj;
      if (obj === None) return null;
      throw typeError('AST string must be of type str');
    case 'int':
      return cInt(obj);
    case 'constant':
      return constantFromPy(obj);
  }
  const sum = SUM_INFO.get(kind);
  if (sum !== undefined) return sumFromPy(obj, sum);
  return productFromPy(obj, PRODUCT_INFO.get(kind)!);
}

/** obj2ast_int: an int that fits a C int. */
function cInt(v: PyValue): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (!(typeof v === 'number' && Number.isInteger(v)) && typeof v !== 'bigint' && !(typeof v === 'object' && v.cls.isSubtype(IntType))) {
    throw valueError(`invalid integer value: ${A.repr(v)}`);
  }
  const n = A.index(v);
  if (typeof n === 'bigint' || n > 2147483647 || n < -2147483648) throw overflowError('Python int too large to convert to C int');
  return n;
}

/** A Constant's value: the parser's representation where there is one, else the Python object (checked by the validator). */
function constantFromPy(v: PyValue): any {
  switch (typeof v) {
    case 'boolean': case 'string': return v;
    case 'number': return Number.isInteger(v) ? BigInt(v) : v; // an int, or a raw float
    case 'bigint': return v;
  }
  if (v === None) return null;
  if (v === Ellipsis) return ELLIPSIS;
  const t = v.cls;
  if (t === FloatType) return (v as PyFloat).value;
  if (t === ComplexType) return new Complex((v as PyComplex).real, (v as PyComplex).imag);
  if (t === BytesType) return new Bytes((v as PyBytes).data);
  return new FoldedValue(v);
}

function getAttrField(obj: PyValue, name: string): PyValue | undefined {
  return A.getAttrOpt(obj, name);
}

function requiredInt(obj: PyValue, name: string, owner: string): number {
  const v = getAttrField(obj, name);
  if (v === undefined) throw typeError(`required field "${name}" missing from ${owner}`);
  return cInt(v);
}

function optionalInt(obj: PyValue, name: string, dflt: number): number {
  const v = getAttrField(obj, name);
  return v === undefined || v === None ? dflt : cInt(v);
}

function sumFromPy(obj: PyValue, sum: SumInfo): any {
  const t = typeOf(obj);
  if (sum.simple) {
    for (const c of sum.ctors) if (t.isSubtype(c.cls)) return (N as any)[c.name];
    throw typeError(`expected some sort of ${sum.name}, but got ${A.repr(obj)}`);
  }
  if (obj === None) return null;
  let lineno = 0, col = 0, endLineno = 0, endCol = 0;
  if (sum.positions) {
    lineno = requiredInt(obj, 'lineno', sum.name);
    col = requiredInt(obj, 'col_offset', sum.name);
    if (REQUIRED_END.has(sum.name)) {
      endLineno = requiredInt(obj, 'end_lineno', sum.name);
      endCol = requiredInt(obj, 'end_col_offset', sum.name);
    } else {
      endLineno = optionalInt(obj, 'end_lineno', lineno);
      endCol = optionalInt(obj, 'end_col_offset', col);
    }
  }
  for (const c of sum.ctors) {
    if (!t.isSubtype(c.cls)) continue;
    const args = fieldsFromPy(obj, c);
    if (sum.positions) args.push(lineno, col, endLineno, endCol);
    return c.factory(...args);
  }
  throw typeError(`expected some sort of ${sum.name}, but got ${A.repr(obj)}`);
}

function productFromPy(obj: PyValue, info: NodeInfo): any {
  const args = fieldsFromPy(obj, info);
  if (info.positions) {
    const lineno = requiredInt(obj, 'lineno', info.name);
    const col = requiredInt(obj, 'col_offset', info.name);
    args.push(lineno, col, optionalInt(obj, 'end_lineno', lineno), optionalInt(obj, 'end_col_offset', col));
  }
  return info.factory(...args);
}

/** The fields of one node, in order; then the constructor's check of required fields (_PyAST_<Name>). */
function fieldsFromPy(obj: PyValue, c: NodeInfo): any[] {
  const out: any[] = [];
  for (const f of c.fields) {
    const v = getAttrField(obj, f.name);
    if (f.seq) {
      if (v === undefined) throw typeError(`required field "${f.name}" missing from ${c.name}`);
      if (!(v instanceof PyList)) throw typeError(`${c.name} field "${f.name}" must be a list, not a ${typeOf(v).name}`);
      const n = v.items.length;
      const items: any[] = new Array(n);
      for (let i = 0; i < n; i++) {
        items[i] = convert(v.items[i], f.kind);
        if (v.items.length !== n) throw runtimeError(`${c.name} field "${f.name}" changed size during iteration`);
      }
      out.push(items);
    } else if (f.opt) {
      out.push(v === undefined || v === None ? (f.kind === 'int' ? 0 : null) : convert(v, f.kind));
    } else {
      if (v === undefined) throw typeError(`required field "${f.name}" missing from ${c.name}`);
      out.push(convert(v, f.kind));
    }
  }
  for (let i = 0; i < c.fields.length; i++) {
    const f = c.fields[i];
    if (!f.seq && !f.opt && out[i] === null && f.kind !== 'constant') {
      throw valueError(`field '${f.name}' is required for ${c.name}`);
    }
  }
  return out;
}

// ---- the module ---------------------------------------------------------------------------------

export const PyCF_ONLY_AST = 0x400;
export const PyCF_TYPE_COMMENTS = 0x1000;
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

/** Fill a module namespace with the classes and the PyCF_* flags (as `_ast` has them). */
export function fillAstNamespace(d: PyDict): void {
  ensureClasses();
  for (const [name, cls] of CLASSES) d.setStr(name, cls);
  d.setStr('PyCF_ONLY_AST', PyCF_ONLY_AST);
  d.setStr('PyCF_TYPE_COMMENTS', PyCF_TYPE_COMMENTS);
  d.setStr('PyCF_ALLOW_TOP_LEVEL_AWAIT', PyCF_ALLOW_TOP_LEVEL_AWAIT);
}

/** Class info for the dumper and validator. */
export function nodeInfoOf(name: string): NodeInfo | undefined {
  return NODES.get(name);
}
