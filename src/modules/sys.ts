// The sys module (Python/sysmodule.c): interpreter state visible to Python
// (argv, path, modules, the standard streams, the recursion limit, the
// exception being handled, version and platform information) and the hooks
// (excepthook, displayhook).

import type { Interpreter, InterpreterOptions } from '../vm/interp.js';
import { PyModule } from '../objects/module.js';
import { PyList } from '../objects/list.js';
import { PyTuple, TupleType } from '../objects/tuple.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { PyDict } from '../objects/dict.js';
import * as A from '../objects/abstract.js';
import {
  Attrs, None, PyObject, PyType, StrType, TF_HAS_DICT, TF_BASETYPE, makeBuiltinType, typeOf, type PyValue,
} from '../objects/object.js';
import { builtinFunction, defineMethods, defineGetSets, PyBuiltinFunction } from '../objects/methods.js';
import {
  PyBaseException, SystemExitType, typeError, valueError, recursionError, runtimeError, overflowError,
} from '../objects/exceptions.js';
import { ts } from '../vm/frame.js';
import { formatException, setTracebackLimitProvider } from '../vm/traceback_format.js';
import { setDisplayHook } from '../vm/runtime.js';
import { frameObject } from '../vm/frameobject.js';
import { makeStdStreams, PyStream } from './io.js';
import { BUILTIN_MODULES } from './registry.js';

export interface SysState {
  /** sys.path as JS strings. */
  path(): string[];
  /** Flush sys.stdout and sys.stderr (at exit, before a traceback). */
  flushStdout(): void;
  /** Write to sys.stderr (the Python object when replaced), for tracebacks. */
  writeStderr(s: string): void;
}

export const KRAIT_VERSION = '0.1.0';
const VERSION = [3, 11, 7] as const;

// ---- struct sequences (Objects/structseq.c) ----------------------------------------------------------

/** A named-tuple-like type of sys (version_info, float_info, flags, ...). */
function structSeq(name: string, fields: string[], module = 'sys'): (values: PyValue[]) => PyTuple {
  const t = makeBuiltinType(name, TupleType, 0);
  t.module = module;
  const table: Record<string, [(self: PyTuple) => PyValue, null]> = {};
  fields.forEach((f, i) => { table[f] = [(self: PyTuple) => self.items[i], null]; });
  defineGetSets(t, table);
  defineMethods(t, {
    '__repr__($self, /)': (self: PyTuple) =>
      `${module}.${name}(${fields.map((f, i) => `${f}=${A.repr(self.items[i])}`).join(', ')})`,
    '__reduce__($self, /)': (self: PyTuple) => new PyTuple([t, new PyTuple([new PyTuple(self.items.slice())])]),
  });
  t.dict.set('n_sequence_fields', fields.length);
  t.dict.set('n_fields', fields.length);
  t.dict.set('n_unnamed_fields', 0);
  t.dict.set('_fields', new PyTuple(fields.slice()));
  t.dict.set('__match_args__', new PyTuple(fields.slice()));
  t.dict.set('__new__', new PyBuiltinFunction('__new__', () => { throw typeError(`cannot create '${module}.${name}' instances`); }, t, `${name}.__new__`));
  return (values) => new PyTuple(values, t);
}

const versionInfo = structSeq('version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']);
const floatInfo = structSeq('float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds']);
const intInfo = structSeq('int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']);
const hashInfo = structSeq('hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff']);
const FLAG_NAMES = ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site',
  'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode',
  'warn_default_encoding', 'safe_path', 'int_max_str_digits'];
const flagsSeq = structSeq('flags', FLAG_NAMES);
const threadInfo = structSeq('thread_info', ['name', 'lock', 'version']);

// ---- types.SimpleNamespace (for sys.implementation) ---------------------------------------------------

export const SimpleNamespaceType = makeBuiltinType('SimpleNamespace', undefined, TF_BASETYPE | TF_HAS_DICT);
SimpleNamespaceType.module = 'types';
SimpleNamespaceType.dict.set('__new__', new PyBuiltinFunction('__new__', (args) => {
  const cls = args[0] as PyType;
  const o = new PyObject(cls);
  o.attrs = new Attrs();
  return o;
}, SimpleNamespaceType, 'SimpleNamespace.__new__'));
defineMethods(SimpleNamespaceType, {
  '__init__($self, /, *args, **kwargs)': (self: PyObject, args: PyValue[], kwargs: [string, PyValue][]) => {
    if (args.length > 1) throw typeError(`SimpleNamespace expected at most 1 argument, got ${args.length}`);
    if (args.length === 1) {
      const m = args[0];
      const keys = A.toArray(A.call(A.getAttr(m, 'keys'), []));
      for (const k of keys) {
        if (typeof k !== 'string') throw typeError(`keywords must be strings, not '${typeOf(k).name}'`);
        A.setAttr(self, k, A.getItem(m, k));
      }
    }
    for (const [k, v] of kwargs) A.setAttr(self, k, v);
    return None;
  },
  '__repr__($self, /)': (self: PyObject) => {
    const d = A.toDictMode(self) as PyDict;
    const name = self.cls === SimpleNamespaceType ? 'namespace' : self.cls.name;
    const parts = [...d.entries()].map(([k, v]) => `${A.str(k)}=${A.repr(v)}`);
    return `${name}(${parts.join(', ')})`;
  },
  '__eq__($self, value, /)': (self: PyObject, o: PyValue) => {
    if (!(o instanceof PyObject) || !o.cls.isSubtype(SimpleNamespaceType)) return A.NotImplemented;
    return A.richCompare(A.toDictMode(self), A.toDictMode(o), 2);
  },
});

function namespace(entries: [string, PyValue][]): PyObject {
  const o = new PyObject(SimpleNamespaceType);
  o.attrs = new Attrs();
  for (const [k, v] of entries) A.setAttr(o, k, v);
  return o;
}

// ---- the module ----------------------------------------------------------------------------------------

function isStr(v: PyValue): boolean {
  return typeof v === 'string' || (typeof v === 'object' && v.cls.isSubtype(StrType));
}

export function makeSysModule(interp: Interpreter, opts: InterpreterOptions): { module: PyModule; state: SysState } {
  const m = new PyModule('sys');
  const d = m.dict;
  const host = interp.host;
  const fn = (sig: string, impl: (...a: any[]) => PyValue) => {
    const f = builtinFunction(sig, impl, m);
    d.setStr(f.name, f);
    return f;
  };

  d.setStr('__doc__', 'This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.');
  d.setStr('argv', new PyList(opts.argv.slice()));
  d.setStr('orig_argv', new PyList(['krait', ...host.argv]));
  d.setStr('path', new PyList(opts.path.slice()));
  d.setStr('modules', interp.modules);
  d.setStr('meta_path', new PyList([]));
  d.setStr('path_hooks', new PyList([]));
  d.setStr('path_importer_cache', new PyDict());
  d.setStr('builtin_module_names', new PyTuple(['builtins', 'sys', ...BUILTIN_MODULES.keys()].sort()));
  d.setStr('maxsize', 9223372036854775807n);
  d.setStr('maxunicode', 0x10ffff);
  d.setStr('byteorder', 'little');
  d.setStr('platform', host.platform ?? 'linux');
  d.setStr('version', `${VERSION.join('.')} (krait ${KRAIT_VERSION}) [TypeScript]`);
  d.setStr('version_info', versionInfo([VERSION[0], VERSION[1], VERSION[2], 'final', 0]));
  d.setStr('hexversion', (VERSION[0] << 24) | (VERSION[1] << 16) | (VERSION[2] << 8) | 0xf0);
  d.setStr('api_version', 1013);
  d.setStr('copyright', 'Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.');
  const [kmaj, kmin, kmic] = KRAIT_VERSION.split('.').map(Number);
  d.setStr('implementation', namespace([
    ['name', 'krait'],
    ['cache_tag', None],
    ['version', versionInfo([kmaj, kmin, kmic, 'alpha', 0])],
    ['hexversion', (kmaj << 24) | (kmin << 16) | (kmic << 8) | 0xa0],
    ['_multiarch', 'krait'],
  ]));
  d.setStr('float_info', floatInfo([
    newFloat(Number.MAX_VALUE), 1024, 308, newFloat(2.2250738585072014e-308), -1021, -307, 15, 53,
    newFloat(Number.EPSILON), 2, 1,
  ]));
  d.setStr('float_repr_style', 'short');
  d.setStr('int_info', intInfo([30, 4, 4300, 640]));
  // Deliberate difference: krait's str hash is FNV-1a, not SipHash (see abstract.ts hashString).
  d.setStr('hash_info', hashInfo([64, 2305843009213693951n, 314159, 0, 1000003, 'fnv', 64, 0, 0]));
  d.setStr('thread_info', threadInfo([None, None, None]));
  const env = (k: string) => host.getenv(k);
  const dontWrite = !!env('PYTHONDONTWRITEBYTECODE');
  const hashSeed = env('PYTHONHASHSEED');
  d.setStr('flags', flagsSeq([0, 0, 0, 0, dontWrite ? 1 : 0, 0, 0, 0, 0, 0, 0, hashSeed === '0' ? 0 : 1, 0, false, 0, 0, false, -1]));
  d.setStr('dont_write_bytecode', dontWrite);
  d.setStr('warnoptions', new PyList([]));
  d.setStr('_xoptions', new PyDict());
  d.setStr('executable', '');
  d.setStr('_base_executable', '');
  for (const k of ['prefix', 'base_prefix', 'exec_prefix', 'base_exec_prefix']) d.setStr(k, '/usr/local');
  d.setStr('platlibdir', 'lib');
  d.setStr('pycache_prefix', None);
  d.setStr('abiflags', '');
  d.setStr('stdlib_module_names', new PyTuple([]));

  // The standard streams.
  const streams = makeStdStreams(interp, opts.interactive === true);
  for (const [k, v] of Object.entries(streams)) {
    d.setStr(k, v);
    d.setStr(`__${k}__`, v);
  }

  fn('exit(status=None, /)', (status: PyValue | undefined) => {
    if (status === undefined || status === None) throw A.call(SystemExitType, []);
    if (status instanceof PyTuple && status.cls === TupleType) throw A.call(SystemExitType, status.items.slice());
    throw A.call(SystemExitType, [status]);
  });
  fn('getrecursionlimit()', () => ts.recursionLimit);
  fn('setrecursionlimit(limit, /)', (limit: PyValue) => {
    const n = A.index(limit);
    if (typeof n === 'bigint' || n > 2147483647 || n < -2147483648) throw overflowError('Python int too large to convert to C int');
    if (n < 1) throw valueError('recursion limit must be greater or equal than 1');
    if (n < ts.depth) {
      throw recursionError(`cannot set the recursion limit to ${n} at the recursion depth ${ts.depth}: the limit is too low`);
    }
    ts.recursionLimit = n;
    return None;
  });
  fn('exc_info()', () => {
    const e = ts.handled;
    if (!(e instanceof PyBaseException)) return new PyTuple([None, None, None]);
    return new PyTuple([typeOf(e), e, e.traceback]);
  });
  fn('exception()', () => (ts.handled instanceof PyBaseException ? ts.handled : None));
  fn('intern(string, /)', (s: PyValue) => {
    if (typeof s !== 'string') throw typeError(`intern() argument must be str, not ${typeOf(s).name}`);
    return s;
  });
  fn('getsizeof(object, default=None)', (o: PyValue, dflt: PyValue | undefined) => {
    const f = typeOf(o).lookup('__sizeof__');
    if (f === undefined) {
      if (dflt !== undefined) return dflt;
      throw typeError(`Type ${typeOf(o).name} doesn't define __sizeof__`);
    }
    const r = A.index(A.callMethod(f, o, []));
    if (r < 0) throw valueError('__sizeof__() should return >= 0');
    // CPython adds the GC header of tracked (container) objects.
    const gc = typeof o === 'object' && o !== None && !(o instanceof PyFloat);
    return typeof r === 'number' ? r + (gc ? 16 : 0) : r;
  });
  fn('getdefaultencoding()', () => 'utf-8');
  fn('getfilesystemencoding()', () => 'utf-8');
  fn('getfilesystemencodeerrors()', () => 'surrogateescape');
  fn('getrefcount(object, /)', () => 2);
  fn('getswitchinterval()', () => newFloat(0.005));
  fn('setswitchinterval(interval, /)', () => None);
  fn('is_finalizing()', () => false);
  fn('gettrace()', () => None);
  fn('settrace(function, /)', () => None);
  fn('getprofile()', () => None);
  fn('setprofile(function, /)', () => None);
  fn('audit(event, /, *args)', () => None);
  fn('addaudithook(hook)', () => None);
  fn('call_tracing(func, args, /)', (f: PyValue, args: PyValue) => {
    if (!(args instanceof PyTuple)) throw typeError(`call_tracing() argument 2 must be tuple, not ${typeOf(args).name}`);
    return A.call(f, args.items.slice());
  });
  let maxStrDigits = 4300;
  fn('get_int_max_str_digits()', () => maxStrDigits);
  fn('set_int_max_str_digits(maxdigits)', (n: PyValue) => {
    const v = Number(A.index(n));
    if (v !== 0 && v < 640) throw valueError('maxdigits must be 0 or larger than 640');
    maxStrDigits = v;
    return None;
  });
  fn('_getframe(depth=0, /)', (depth: PyValue | undefined) => {
    let n = depth === undefined ? 0 : Number(A.index(depth));
    let f = ts.frame;
    while (n > 0 && f !== null) { f = f.back; n--; }
    if (f === null) throw valueError('call stack is not deep enough');
    return frameObject(f);
  });

  const displayhook = fn('displayhook(object, /)', (v: PyValue) => {
    if (v === None) return None;
    const builtins = interp.builtins;
    builtins.setStr('_', None);
    const out = d.getStr('stdout');
    if (out === undefined || out === None) throw runtimeError('lost sys.stdout');
    A.call(A.getAttr(out, 'write'), [A.repr(v)]);
    A.call(A.getAttr(out, 'write'), ['\n']);
    builtins.setStr('_', v);
    return None;
  });
  d.setStr('__displayhook__', displayhook);
  const excepthook = fn('excepthook(exctype, value, traceback, /)', (_t: PyValue, value: PyValue, tb: PyValue) => {
    if (value instanceof PyBaseException) {
      if (tb !== None && value.traceback === None) value.traceback = tb;
      writeErr(formatException(value));
    } else {
      writeErr(`TypeError: print_exception(): Exception expected for value, ${typeOf(value).name} found\n`);
    }
    return None;
  });
  d.setStr('__excepthook__', excepthook);
  fn('unraisablehook(unraisable, /)', () => None);
  d.setStr('__unraisablehook__', d.getStr('unraisablehook')!);
  fn('breakpointhook(*args, **kws)', () => None);
  d.setStr('__breakpointhook__', d.getStr('breakpointhook')!);

  /** Write to the current sys.stderr (krait's own stream directly; any other object via write()). */
  function writeErr(s: string): void {
    const err = d.getStr('stderr');
    if (err instanceof PyStream && !err.binary && err.writable) {
      err.writeText(s);
      err.flush();
      return;
    }
    if (err === undefined || err === None) {
      host.write(2, s);
      return;
    }
    try {
      A.call(A.getAttr(err, 'write'), [s]);
      const fl = A.getAttrOpt(err, 'flush');
      if (fl !== undefined) A.call(fl, []);
    } catch {
      host.write(2, s);
    }
  }

  function flushStream(v: PyValue | undefined): void {
    if (v === undefined || v === None) return;
    if (v instanceof PyStream) {
      if (!v.closed && v.writable) v.flush();
      return;
    }
    try {
      const fl = A.getAttrOpt(v, 'flush');
      if (fl !== undefined) A.call(fl, []);
    } catch {
      // CPython reports "Exception ignored in: ..." here; ignored for now.
    }
  }

  setTracebackLimitProvider(() => {
    const l = d.getStr('tracebacklimit');
    if (typeof l === 'number') return l;
    if (typeof l === 'boolean') return l ? 1 : 0;
    if (typeof l === 'bigint') return l > 0n ? Number.MAX_SAFE_INTEGER : 0;
    return null;
  });
  setDisplayHook((v) => {
    const hook = d.getStr('displayhook');
    if (hook === undefined) throw runtimeError('lost sys.displayhook');
    A.call(hook, [v]);
  });

  const state: SysState = {
    path: () => A.toArray(d.getStr('path') ?? new PyList([])).filter(isStr).map((x) => A.strValue(x)),
    flushStdout: () => {
      flushStream(d.getStr('stdout'));
      flushStream(streams.stdout);
      flushStream(d.getStr('stderr'));
      flushStream(streams.stderr);
      host.flush();
    },
    writeStderr: (s) => writeErr(s),
  };
  return { module: m, state };
}
