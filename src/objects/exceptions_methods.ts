// The Python-level behaviour of exceptions (Objects/exceptions.c): the
// BaseException methods and attributes, and the details of the subclasses
// that have their own fields (StopIteration.value, SystemExit.code,
// ImportError, NameError, AttributeError, OSError, SyntaxError, the Unicode
// errors) and the exception groups.
//
// CPython stores the subclass fields in C struct members, not in the
// instance __dict__, so `vars(e)` never shows them.  krait keeps them in a
// side table (`fields`), and each getter falls back to what the exception's
// args imply, because the runtime also creates exceptions without running
// __init__ (`throw keyError(k)`), where CPython would have called the type.

import {
  PyBaseException, BaseExceptionType, BaseExceptionGroupType, ExceptionGroupType, ExceptionType,
  StopIterationType, SystemExitType, ImportErrorType, NameErrorType, AttributeErrorType, OSErrorType,
  BlockingIOErrorType, ChildProcessErrorType, BrokenPipeErrorType, ConnectionAbortedErrorType,
  ConnectionRefusedErrorType, ConnectionResetErrorType, FileExistsErrorType, FileNotFoundErrorType,
  InterruptedErrorType, IsADirectoryErrorType, NotADirectoryErrorType, PermissionErrorType,
  ProcessLookupErrorType, TimeoutErrorType, SyntaxErrorType, IndentationErrorType, TabErrorType,
  UnicodeErrorType, UnicodeDecodeErrorType, UnicodeEncodeErrorType, UnicodeTranslateErrorType,
  KeyErrorType, typeError, valueError, attributeError,
} from './exceptions.js';
import { Attrs, isSlotKey, None, PyType, StrType, TypeType, typeOf, type PyValue } from './object.js';
import { PyTuple, newTuple, EMPTY_TUPLE } from './tuple.js';
import { PyList } from './list.js';
import { PyDict } from './dict.js';
import { PyBytes, PyByteArray } from './bytes.js';
import { PyBuiltinFunction, defineMethods, defineGetSets } from './methods.js';
import * as A from './abstract.js';
import { setDeriveHook, groupExceptions } from './exceptiongroup.js';
import { setAddNote } from './typeobject.js';
import { PySyntaxError } from '../parser/errors.js';
import { TracebackType } from '../vm/traceback.js';

// ---- the side table of C-level fields ---------------------------------------------------------

type Fields = Map<string, PyValue>;
const fields = new WeakMap<PyBaseException, Fields>();

function fget(e: PyBaseException, k: string): PyValue | undefined {
  const f = fields.get(e);
  return f === undefined ? undefined : f.get(k);
}
/** A C-level field of an exception as stored (undefined: never set; CPython's NULL). */
export function excField(e: PyBaseException, k: string): PyValue | undefined { return fget(e, k); }
function fset(e: PyBaseException, k: string, v: PyValue): void {
  let f = fields.get(e);
  if (f === undefined) { f = new Map(); fields.set(e, f); }
  f.set(k, v);
}
/** A writable member (T_OBJECT) getter/setter pair; `dflt` computes the value when never set. */
function member(k: string, dflt: (e: PyBaseException) => PyValue = () => None):
  [(self: PyBaseException) => PyValue, (self: PyBaseException, v: PyValue | undefined) => void] {
  return [
    (self) => fget(self, k) ?? dflt(self),
    (self, v) => fset(self, k, v === undefined ? None : v),
  ];
}

function argsOf(e: PyBaseException): PyValue[] { return e.args.items; }

/** Exception instances are PyBaseException whatever the subclass (they share one layout). */
function newInstance(cls: PyValue, args: PyValue[], who: string): PyBaseException {
  if (!(cls instanceof PyType)) throw typeError(`${who}.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (!cls.isSubtype(BaseExceptionType)) {
    throw typeError(`${who}.__new__(${cls.name}): ${cls.name} is not a subtype of ${who}`);
  }
  const e = new PyBaseException(cls, args);
  if (e.attrs === null) e.attrs = new Attrs();
  return e;
}

function noKeywords(self: PyValue, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${typeOf(self).name}() takes no keyword arguments`);
}

function positional(args: PyValue[], kwnames: string[] | null): PyValue[] {
  return kwnames === null || kwnames.length === 0 ? args : args.slice(0, args.length - kwnames.length);
}

/** Define __new__ (a builtin taking the class first) on an exception type. */
function defineNew(t: PyType, fn: (cls: PyType, args: PyValue[], kwnames: string[] | null) => PyValue): void {
  t.dict.set('__new__', new PyBuiltinFunction('__new__', (args, kw) => {
    if (args.length - (kw === null ? 0 : kw.length) < 1) throw typeError(`${t.name}.__new__(): not enough arguments`);
    const cls = args[0];
    if (!(cls instanceof PyType)) throw typeError(`${t.name}.__new__(X): X is not a type object (${typeOf(cls).name})`);
    if (!cls.isSubtype(t)) throw typeError(`${t.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${t.name}`);
    return fn(cls, args.slice(1), kw);
  }, t, `${t.name}.__new__`));
}

/** Define __init__ with the raw calling convention. */
function defineInit(t: PyType, fn: (self: PyBaseException, args: PyValue[], kwnames: string[] | null) => void): void {
  t.dict.set('__init__', new RawMethod('__init__', t, (self, args, kw) => {
    if (!(self instanceof PyBaseException)) {
      throw typeError(`descriptor '__init__' requires a '${t.name}' object but received a '${typeOf(self).name}'`);
    }
    fn(self, args, kw);
    return None;
  }));
}

import { PyMethodDescriptor } from './methods.js';
class RawMethod extends PyMethodDescriptor {
  constructor(name: string, owner: PyType, fn: (self: PyValue, args: PyValue[], kw: string[] | null) => PyValue) {
    super(name, owner, fn, null, true);
  }
}

// ---- BaseException ------------------------------------------------------------------------------

/** BaseException_str: '' for no args, str(arg) for one, str(args) otherwise. */
function baseStr(e: PyBaseException): string {
  const a = argsOf(e);
  if (a.length === 0) return '';
  if (a.length === 1) return A.str(a[0]);
  return A.str(e.args);
}

/** BaseException_repr: Name(args) with the type's short name. */
function baseRepr(e: PyBaseException): string {
  const name = typeOf(e).name;
  const a = argsOf(e);
  if (a.length === 1) return `${name}(${A.repr(a[0])})`;
  return name + A.repr(e.args);
}

/** BaseException.add_note (3.11). */
export function addNote(e: PyBaseException, note: PyValue): void {
  if (typeof note !== 'string' && !(typeof note === 'object' && note.cls.isSubtype(StrType))) {
    throw typeError(`note must be a str, not '${typeOf(note).name}'`);
  }
  let notes = A.getAttrOpt(e, '__notes__');
  if (notes === undefined) {
    notes = new PyList([]);
    A.setAttr(e, '__notes__', notes);
  }
  if (!(notes instanceof PyList)) throw typeError('Cannot add note: __notes__ is not a list');
  notes.items.push(note);
}

defineNew(BaseExceptionType, (cls, args, kw) => newInstance(cls, positional(args, kw), 'BaseException'));
defineInit(BaseExceptionType, (self, args, kw) => {
  noKeywords(self, kw);
  self.args = newTuple(args.slice());
});
defineMethods(BaseExceptionType, {
  '__repr__($self, /)': (self: PyBaseException) => baseRepr(self),
  '__str__($self, /)': (self: PyBaseException) => baseStr(self),
  'with_traceback($self, tb, /)': (self: PyBaseException, tb: PyValue) => {
    setTraceback(self, tb);
    return self;
  },
  'add_note($self, note, /)': (self: PyBaseException, note: PyValue) => { addNote(self, note); return None; },
  '__reduce__($self, /)': (self: PyBaseException) => {
    const a = self.attrs;
    const hasDict = a !== null && (a.shape !== null ? a.shape.names.some((n) => !isSlotKey(n)) : a.dict.size > 0);
    return hasDict ? newTuple([typeOf(self), self.args, A.toDictMode(self)]) : newTuple([typeOf(self), self.args]);
  },
  '__setstate__($self, state, /)': (self: PyBaseException, state: PyValue) => {
    if (state !== None) {
      if (!(state instanceof PyDict)) throw typeError('state is not a dictionary');
      for (const [k, v] of state.entries()) A.setAttr(self, A.strValue(k), v);
    }
    return None;
  },
});

function setTraceback(self: PyBaseException, tb: PyValue | undefined): void {
  if (tb === undefined) throw typeError('__traceback__ may not be deleted');
  if (tb !== None && typeOf(tb) !== TracebackType) throw typeError('__traceback__ must be a traceback or None');
  self.traceback = tb;
}

defineGetSets(BaseExceptionType, {
  'args': [(self: PyBaseException) => self.args, (self: PyBaseException, v) => {
    if (v === undefined) throw typeError('args may not be deleted');
    self.args = newTuple(A.toArray(v));
  }],
  '__traceback__': [(self: PyBaseException) => self.traceback, setTraceback],
  '__context__': [(self: PyBaseException) => self.context, (self: PyBaseException, v) => {
    if (v === undefined) throw typeError('__context__ may not be deleted');
    if (v !== None && !(v instanceof PyBaseException)) throw typeError('exception context must be None or derive from BaseException');
    self.context = v;
  }],
  '__cause__': [(self: PyBaseException) => self.cause, (self: PyBaseException, v) => {
    if (v === undefined) throw typeError('__cause__ may not be deleted');
    if (v !== None && !(v instanceof PyBaseException)) throw typeError('exception cause must be None or derive from BaseException');
    self.cause = v;
    self.suppressContext = true;
  }],
  '__suppress_context__': [(self: PyBaseException) => self.suppressContext, (self: PyBaseException, v) => {
    if (v === undefined) throw typeError("can't delete numeric/char attribute");
    if (typeof v !== 'boolean') throw typeError('attribute value type must be bool');
    self.suppressContext = v;
  }],
  '__dict__': [(self: PyBaseException) => {
    if (self.attrs === null) self.attrs = new Attrs();
    return A.toDictMode(self);
  }, (self: PyBaseException, v) => {
    if (v === undefined) throw typeError('__dict__ may not be deleted');
    if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(v).name}'`);
    if (self.attrs === null) self.attrs = new Attrs();
    self.attrs.shape = null;
    self.attrs.values = [];
    self.attrs.dict = v;
  }],
});
setAddNote((e, note) => addNote(e, note));

// ---- simple subclasses -------------------------------------------------------------------------

// StopIteration.value: args[0] or None (StopIteration_init).
defineInit(StopIterationType, (self, args, kw) => {
  noKeywords(self, kw);
  self.args = newTuple(args.slice());
  fset(self, 'value', args.length > 0 ? args[0] : None);
});
defineGetSets(StopIterationType, { 'value': member('value', (e) => (argsOf(e).length > 0 ? argsOf(e)[0] : None)) });

// SystemExit.code: None, the one argument, or the args tuple (SystemExit_init).
function exitCode(e: PyBaseException): PyValue {
  const a = argsOf(e);
  return a.length === 0 ? None : a.length === 1 ? a[0] : e.args;
}
defineInit(SystemExitType, (self, args, kw) => {
  noKeywords(self, kw);
  self.args = newTuple(args.slice());
  fset(self, 'code', exitCode(self));
});
defineGetSets(SystemExitType, { 'code': member('code', exitCode) });

// KeyError's str is the repr of a single key (KeyError_str).
defineMethods(KeyErrorType, {
  '__str__($self, /)': (self: PyBaseException) => {
    const a = argsOf(self);
    return a.length === 1 ? A.repr(a[0]) : baseStr(self);
  },
});

/** Keyword-only members accepted by an __init__ (ImportError name/path, NameError name, ...). */
function keywordMembers(self: PyBaseException, args: PyValue[], kw: string[] | null, allowed: string[], who: string): void {
  const n = kw === null ? 0 : kw.length;
  const npos = args.length - n;
  const f = fields.get(self);
  if (f !== undefined) for (const k of allowed) f.delete(k);
  for (let i = 0; i < n; i++) {
    const k = kw![i];
    if (!allowed.includes(k)) throw typeError(`'${k}' is an invalid keyword argument for ${who}()`);
    fset(self, k, args[npos + i]);
  }
  self.args = newTuple(args.slice(0, npos));
}

// ImportError(*args, name=None, path=None); msg = args[0] when there is exactly one.
defineInit(ImportErrorType, (self, args, kw) => {
  keywordMembers(self, args, kw, ['name', 'path'], 'ImportError');
  fset(self, 'msg', argsOf(self).length === 1 ? argsOf(self)[0] : None);
});
defineGetSets(ImportErrorType, {
  'msg': member('msg', (e) => (argsOf(e).length === 1 ? argsOf(e)[0] : None)),
  'name': member('name'),
  'path': member('path'),
});
defineMethods(ImportErrorType, {
  '__str__($self, /)': (self: PyBaseException) => {
    const msg = fget(self, 'msg') ?? (argsOf(self).length === 1 ? argsOf(self)[0] : None);
    if (typeof msg === 'string') return msg;
    return baseStr(self);
  },
  '__reduce__($self, /)': (self: PyBaseException) => {
    const st = new PyDict();
    for (const k of ['name', 'path']) { const v = fget(self, k); if (v !== undefined && v !== None) st.setStr(k, v); }
    return st.size ? newTuple([typeOf(self), self.args, st]) : newTuple([typeOf(self), self.args]);
  },
});

A.setAttributeErrorContext((e, obj, name) => {
  if (!(e instanceof PyBaseException) || !e.cls.isSubtype(AttributeErrorType)) return;
  if (fget(e, 'name') !== undefined || fget(e, 'obj') !== undefined) return;
  fset(e, 'name', name);
  fset(e, 'obj', obj);
});

defineInit(NameErrorType, (self, args, kw) => keywordMembers(self, args, kw, ['name'], 'NameError'));
defineGetSets(NameErrorType, { 'name': member('name') });
defineInit(AttributeErrorType, (self, args, kw) => keywordMembers(self, args, kw, ['name', 'obj'], 'AttributeError'));
defineGetSets(AttributeErrorType, { 'name': member('name'), 'obj': member('obj') });

// ---- OSError -------------------------------------------------------------------------------------

/** errno -> OSError subclass (Objects/exceptions.c errnomap, Linux values). */
const ERRNO_MAP = new Map<number, PyType>([
  [11, BlockingIOErrorType], [114, BlockingIOErrorType], [115, BlockingIOErrorType],
  [10, ChildProcessErrorType], [32, BrokenPipeErrorType], [108, BrokenPipeErrorType],
  [103, ConnectionAbortedErrorType], [111, ConnectionRefusedErrorType], [104, ConnectionResetErrorType],
  [17, FileExistsErrorType], [2, FileNotFoundErrorType], [21, IsADirectoryErrorType],
  [20, NotADirectoryErrorType], [4, InterruptedErrorType], [13, PermissionErrorType],
  [1, PermissionErrorType], [3, ProcessLookupErrorType], [110, TimeoutErrorType],
]);

/** oserror_parse_args + oserror_init: (errno, strerror[, filename[, winerror[, filename2]]]). */
function osErrorInit(self: PyBaseException, args: PyValue[]): void {
  const n = args.length;
  for (const k of ['errno', 'strerror', 'filename', 'filename2']) fset(self, k, None);
  if (n >= 2 && n <= 5) {
    fset(self, 'errno', args[0]);
    fset(self, 'strerror', args[1]);
    if (n >= 3) {
      const filename = args[2];
      if (filename !== None) {
        if (typeOf(self).isSubtype(BlockingIOErrorType) && A.indexOpt(filename) !== undefined) {
          fset(self, 'characters_written', A.index(filename));
        } else {
          fset(self, 'filename', filename);
          if (n >= 5) fset(self, 'filename2', args[4]);
          // The filename is not part of args (so str(args) stays short).
          self.args = newTuple(args.slice(0, 2));
          return;
        }
      }
    }
  }
  self.args = newTuple(args.slice());
}

/** True when a subclass overrides __init__ but not __new__: parse in __init__ (oserror_use_init). */
function osErrorUseInit(t: PyType): boolean {
  return t.lookup('__init__') !== OSErrorType.dict.get('__init__') && t.lookup('__new__') === OSErrorType.dict.get('__new__');
}

defineNew(OSErrorType, (cls, args, kw) => {
  const pos = positional(args, kw);
  let t = cls;
  if (!osErrorUseInit(cls)) {
    if (kw !== null && kw.length > 0) throw typeError(`${cls.name}() takes no keyword arguments`);
    if (cls === OSErrorType && pos.length >= 2) {
      const errno = pos[0];
      if (typeof errno === 'number') t = ERRNO_MAP.get(errno) ?? cls;
    }
  }
  const e = newInstance(t, pos, 'OSError');
  if (!osErrorUseInit(cls)) osErrorInit(e, pos);
  else for (const k of ['errno', 'strerror', 'filename', 'filename2']) fset(e, k, None);
  return e;
});
defineInit(OSErrorType, (self, args, kw) => {
  if (!osErrorUseInit(typeOf(self))) return;
  noKeywords(self, kw);
  osErrorInit(self, args);
});
/** OSError's errno/strerror when never set: from args when there are 2..5 (natively raised errors). */
function osArg(i: number): (e: PyBaseException) => PyValue {
  return (e) => {
    const a = argsOf(e);
    return a.length >= 2 && a.length <= 5 && i < a.length ? a[i] : None;
  };
}
defineGetSets(OSErrorType, {
  'errno': member('errno', osArg(0)),
  'strerror': member('strerror', osArg(1)),
  'filename': member('filename'),
  'filename2': member('filename2'),
});
defineGetSets(BlockingIOErrorType, {
  'characters_written': [(self: PyBaseException) => {
    const v = fget(self, 'characters_written');
    if (v === undefined) throw attributeError('characters_written');
    return v;
  }, (self: PyBaseException, v) => {
    if (v === undefined) {
      if (fget(self, 'characters_written') === undefined) throw attributeError('characters_written');
      fields.get(self)!.delete('characters_written');
      return;
    }
    fset(self, 'characters_written', A.index(v));
  }],
});
defineMethods(OSErrorType, {
  '__str__($self, /)': (self: PyBaseException) => {
    const errno = A.getAttr(self, 'errno');
    const strerror = A.getAttr(self, 'strerror');
    const filename = fget(self, 'filename') ?? None;
    const filename2 = fget(self, 'filename2') ?? None;
    if (filename !== None) {
      if (filename2 !== None) return `[Errno ${A.str(errno)}] ${A.str(strerror)}: ${A.repr(filename)} -> ${A.repr(filename2)}`;
      return `[Errno ${A.str(errno)}] ${A.str(strerror)}: ${A.repr(filename)}`;
    }
    if (errno !== None && strerror !== None) return `[Errno ${A.str(errno)}] ${A.str(strerror)}`;
    return baseStr(self);
  },
  '__reduce__($self, /)': (self: PyBaseException) => {
    let args = self.args;
    const filename = fget(self, 'filename');
    if (args.items.length === 2 && filename !== undefined && filename !== None) {
      const f2 = fget(self, 'filename2') ?? None;
      args = newTuple(f2 !== None ? [...args.items, filename, None, f2] : [...args.items, filename]);
    }
    return newTuple([typeOf(self), args]);
  },
});

// ---- SyntaxError -----------------------------------------------------------------------------------

const SYNTAX_FIELDS = ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line'];

defineInit(SyntaxErrorType, (self, args, kw) => {
  noKeywords(self, kw);
  self.args = newTuple(args.slice());
  for (const k of SYNTAX_FIELDS) fset(self, k, None);
  if (args.length >= 1) fset(self, 'msg', args[0]);
  if (args.length === 2) {
    const info = A.toArray(args[1]);
    if (info.length < 4) throw typeError(`function takes at least 4 arguments (${info.length} given)`);
    if (info.length > 6) throw typeError(`function takes at most 6 arguments (${info.length} given)`);
    const names = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
    for (let i = 0; i < info.length; i++) fset(self, names[i], info[i]);
  }
});
defineGetSets(SyntaxErrorType, Object.fromEntries(SYNTAX_FIELDS.map((k) => [k, member(k)])));
defineMethods(SyntaxErrorType, {
  '__str__($self, /)': (self: PyBaseException) => {
    // SyntaxError_str: "msg (basename, line N)"; the parts only when filename is a str / lineno an int.
    const msg = fget(self, 'msg') ?? None;
    const filename = fget(self, 'filename') ?? None;
    const lineno = fget(self, 'lineno') ?? None;
    const m = A.str(msg);
    const hasFile = typeof filename === 'string';
    const hasLine = (typeof lineno === 'number' && Number.isInteger(lineno)) || typeof lineno === 'bigint';
    const base = hasFile ? filename.slice(filename.lastIndexOf('/') + 1) : '';
    if (hasFile && hasLine) return `${m} (${base}, line ${A.str(lineno)})`;
    if (hasFile) return `${m} (${base})`;
    if (hasLine) return `${m} (line ${A.str(lineno)})`;
    return m;
  },
});

/** A Python SyntaxError (or IndentationError/TabError) from the parser's or compiler's PySyntaxError. */
export function syntaxErrorFromParser(e: PySyntaxError, execInput = true): PyBaseException {
  const t = e.kind === 'IndentationError' ? IndentationErrorType : e.kind === 'TabError' ? TabErrorType : SyntaxErrorType;
  // CPython's positions: a negative lineno or end_lineno is None (no location),
  // and the offsets are None with them; otherwise -1 is a real value (no column).
  const noLine = e.lineno < 0, noEnd = e.end_lineno < 0;
  // For exec input CPython's tokenizer ends the source with a newline (translate_newlines), so the
  // reported text has one; eval input is taken as is.
  const text = e.text === null ? None : execInput && !e.textAsIs && !e.text.endsWith('\n') ? e.text + '\n' : e.text;
  const info = newTuple([
    e.filename, noLine ? None : e.lineno, noLine ? None : e.offset, text,
    noEnd ? None : e.end_lineno, noEnd ? None : e.end_offset,
  ]);
  return A.call(t, [e.msg, info]) as PyBaseException;
}

/** The fields of a Python SyntaxError as a PySyntaxError (for the traceback printer). */
export function syntaxErrorFields(e: PyBaseException): PySyntaxError {
  const num = (v: PyValue | undefined): number => (typeof v === 'number' && Number.isInteger(v) ? v : typeof v === 'boolean' ? +v : -1);
  const t = typeOf(e);
  const kind = t === IndentationErrorType ? 'IndentationError' : t === TabErrorType ? 'TabError' : 'SyntaxError';
  const filename = fget(e, 'filename');
  const text = fget(e, 'text');
  const msg = fget(e, 'msg');
  return new PySyntaxError(kind, msg === undefined || msg === None ? '' : A.str(msg),
    typeof filename === 'string' ? filename : '<string>', num(fget(e, 'lineno')), num(fget(e, 'offset')),
    typeof text === 'string' ? text : null, num(fget(e, 'end_lineno')), num(fget(e, 'end_offset')));
}

// ---- Unicode errors ---------------------------------------------------------------------------------

function strArg(v: PyValue, i: number): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v.cls.isSubtype(StrType)) return A.strValue(v);
  throw typeError(`argument ${i} must be str, not ${typeOf(v).name}`);
}
function intArg(v: PyValue, i: number): PyValue {
  if ((typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint' || typeof v === 'boolean') return v;
  const x = A.indexOpt(v);
  if (x === undefined) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  void i;
  return x;
}
function exactArgs(args: PyValue[], n: number): void {
  if (args.length !== n) throw typeError(`function takes exactly ${n} arguments (${args.length} given)`);
}

defineInit(UnicodeEncodeErrorType, (self, args, kw) => {
  noKeywords(self, kw);
  self.args = newTuple(args.slice());
  exactArgs(args, 5);
  fset(self, 'encoding', strArg(args[0], 1));
  fset(self, 'object', strArg(args[1], 2));
  fset(self, 'start', intArg(args[2], 3));
  fset(self, 'end', intArg(args[3], 4));
  fset(self, 'reason', strArg(args[4], 5));
});
defineInit(UnicodeDecodeErrorType, (self, args, kw) => {
  noKeywords(self, kw);
  self.args = newTuple(args.slice());
  exactArgs(args, 5);
  fset(self, 'encoding', strArg(args[0], 1));
  let obj = args[1];
  if (obj instanceof PyByteArray) obj = new PyBytes(obj.data.slice(0, obj.length));
  if (!(obj instanceof PyBytes)) throw typeError(`argument 2 must be bytes-like object, not ${typeOf(obj).name}`);
  fset(self, 'object', obj);
  fset(self, 'start', intArg(args[2], 3));
  fset(self, 'end', intArg(args[3], 4));
  fset(self, 'reason', strArg(args[4], 5));
});
defineInit(UnicodeTranslateErrorType, (self, args, kw) => {
  noKeywords(self, kw);
  self.args = newTuple(args.slice());
  exactArgs(args, 4);
  fset(self, 'encoding', None);
  fset(self, 'object', strArg(args[0], 1));
  fset(self, 'start', intArg(args[1], 2));
  fset(self, 'end', intArg(args[2], 3));
  fset(self, 'reason', strArg(args[3], 4));
});
defineGetSets(UnicodeErrorType, {
  'encoding': member('encoding'), 'object': member('object'), 'start': member('start'),
  'end': member('end'), 'reason': member('reason'),
});

/** One code point as the Unicode errors print it: \xNN, \uNNNN or \UNNNNNNNN. */
function badChar(cp: number): string {
  if (cp <= 0xff) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp <= 0xffff) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const c of s) out.push(c.codePointAt(0)!);
  return out;
}

function unicodeStr(self: PyBaseException, kind: 'encode' | 'decode' | 'translate'): string {
  if (fget(self, 'object') === undefined) return baseStr(self);
  const reason = A.str(fget(self, 'reason') ?? None);
  const start = Number(fget(self, 'start'));
  const end = Number(fget(self, 'end'));
  const obj = fget(self, 'object')!;
  const enc = kind === 'translate' ? '' : A.str(fget(self, 'encoding') ?? None);
  if (kind === 'decode') {
    const data = (obj as PyBytes).data;
    if (start >= 0 && start < data.length && end === start + 1) {
      return `'${enc}' codec can't decode byte 0x${data[start].toString(16).padStart(2, '0')} in position ${start}: ${reason}`;
    }
    return `'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  }
  const cps = codePoints(obj as string);
  const prefix = kind === 'encode' ? `'${enc}' codec can't encode` : "can't translate";
  if (start >= 0 && start < cps.length && end === start + 1) {
    return `${prefix} character '${badChar(cps[start])}' in position ${start}: ${reason}`;
  }
  return `${prefix} characters in position ${start}-${end - 1}: ${reason}`;
}
defineMethods(UnicodeEncodeErrorType, { '__str__($self, /)': (self: PyBaseException) => unicodeStr(self, 'encode') });
defineMethods(UnicodeDecodeErrorType, { '__str__($self, /)': (self: PyBaseException) => unicodeStr(self, 'decode') });
defineMethods(UnicodeTranslateErrorType, { '__str__($self, /)': (self: PyBaseException) => unicodeStr(self, 'translate') });

// ---- exception groups -------------------------------------------------------------------------------

type Group = PyBaseException & { excs?: PyBaseException[] };

/** BaseExceptionGroup.__new__(cls, message, exceptions) (BaseExceptionGroup_new). */
defineNew(BaseExceptionGroupType, (cls, args, kw) => {
  const pos = positional(args, kw);
  if (kw !== null && kw.length > 0 || pos.length !== 2) {
    throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${pos.length} given)`);
  }
  const [message, excsArg] = pos;
  if (typeof message !== 'string' && !(typeof message === 'object' && message.cls.isSubtype(StrType))) {
    throw typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeOf(message).name}`);
  }
  if (typeOf(excsArg).lookup('__getitem__') === undefined || typeOf(excsArg).lookup('__len__') === undefined ||
      excsArg instanceof PyDict || typeOf(excsArg).isSubtype(TypeType)) {
    throw typeError('second argument (exceptions) must be a sequence');
  }
  const items = A.toArray(excsArg);
  if (items.length === 0) throw valueError('second argument (exceptions) must be a non-empty sequence');
  let nestedBase = false;
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (!(x instanceof PyBaseException)) throw valueError(`Item ${i} of second argument (exceptions) is not an exception`);
    if (!x.cls.isSubtype(ExceptionType)) nestedBase = true;
  }
  let t = cls;
  if (cls === BaseExceptionGroupType) {
    if (!nestedBase) t = ExceptionGroupType;
  } else if (cls === ExceptionGroupType) {
    if (nestedBase) throw typeError('Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (nestedBase && cls.isSubtype(ExceptionType)) {
    throw typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const g = newInstance(t, pos, 'BaseExceptionGroup') as Group;
  g.excs = items as PyBaseException[];
  fset(g, 'message', message);
  return g;
});
defineInit(BaseExceptionGroupType, (self, args, kw) => {
  noKeywords(self, kw);
  self.args = newTuple(args.slice());
});

function groupOf(self: PyValue): Group {
  return self as Group;
}

/** The matcher of split()/subgroup(): a type, a tuple of types, or a predicate (get_matcher_type). */
function matcher(cond: PyValue): (e: PyBaseException) => boolean {
  if (cond instanceof PyType && cond.isSubtype(BaseExceptionType)) return (e) => typeOf(e).isSubtype(cond);
  if (cond instanceof PyTuple) {
    for (const t of cond.items) {
      if (!(t instanceof PyType && t.isSubtype(BaseExceptionType))) {
        throw typeError('expected a function, exception type or tuple of exception types');
      }
    }
    return (e) => cond.items.some((t) => typeOf(e).isSubtype(t as PyType));
  }
  if (typeOf(cond).lookup('__call__') !== undefined && !(cond instanceof PyType)) return (e) => A.isTrue(A.call(cond, [e]));
  throw typeError('expected a function, exception type or tuple of exception types');
}

/** derive() through the (possibly overridden) method, then copy the group's metadata (exceptiongroup_subset). */
function subset(g: Group, excs: PyBaseException[]): PyValue {
  if (excs.length === 0) return None;
  const eg = A.call(A.getAttr(g, 'derive'), [new PyList(excs.slice())]);
  if (!(eg instanceof PyBaseException && eg.cls.isSubtype(BaseExceptionGroupType))) {
    throw typeError('derive must return an instance of BaseExceptionGroup');
  }
  eg.traceback = g.traceback;
  eg.context = g.context;
  eg.cause = g.cause;
  const notes = A.getAttrOpt(g, '__notes__');
  if (notes !== undefined) {
    if (typeOf(notes).lookup('__getitem__') === undefined || typeof notes === 'string') {
      throw typeError('Cannot add non-sequence notes');
    }
    A.setAttr(eg, '__notes__', new PyList(A.toArray(notes)));
  }
  return eg;
}

/** exceptiongroup_split_recursive: [match, rest] with None for empty. */
function splitRec(e: PyBaseException, match: (e: PyBaseException) => boolean, wantRest: boolean): [PyValue, PyValue] {
  if (match(e)) return [e, None];
  if (!e.cls.isSubtype(BaseExceptionGroupType)) return [None, wantRest ? e : None];
  const m: PyBaseException[] = [];
  const r: PyBaseException[] = [];
  for (const sub of groupExceptions(e)) {
    const [sm, sr] = splitRec(sub, match, wantRest);
    if (sm !== None) m.push(sm as PyBaseException);
    if (sr !== None) r.push(sr as PyBaseException);
  }
  return [subset(e as Group, m), wantRest ? subset(e as Group, r) : None];
}

defineMethods(BaseExceptionGroupType, {
  '__str__($self, /)': (self: PyBaseException) => {
    const n = groupExceptions(self).length;
    const msg = fget(self, 'message') ?? (argsOf(self)[0] ?? '');
    return `${A.str(msg)} (${n} sub-exception${n === 1 ? '' : 's'})`;
  },
  'derive($self, excs, /)': (self: PyBaseException, excs: PyValue) => {
    return A.call(BaseExceptionGroupType, [fget(self, 'message') ?? argsOf(self)[0], excs]);
  },
  'split($self, matcher_value, /)': (self: PyBaseException, cond: PyValue) => {
    const [m, r] = splitRec(self, matcher(cond), true);
    return newTuple([m, r]);
  },
  'subgroup($self, matcher_value, /)': (self: PyBaseException, cond: PyValue) => splitRec(self, matcher(cond), false)[0],
});
defineGetSets(BaseExceptionGroupType, {
  'message': [(self: PyBaseException) => fget(self, 'message') ?? (argsOf(self)[0] ?? None), null],
  'exceptions': [(self: PyBaseException) => newTuple(groupExceptions(groupOf(self)).slice()), null],
});

// except* (exceptiongroup.ts) derives through the same path as split().
setDeriveHook((eg, excs) => {
  const r = A.call(A.getAttr(eg, 'derive'), [new PyList(excs.slice())]);
  if (!(r instanceof PyBaseException)) throw typeError('derive must return an instance of BaseExceptionGroup');
  return r;
});

void [EMPTY_TUPLE];
