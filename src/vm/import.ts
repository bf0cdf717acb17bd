// The import system (Python/import.c and importlib._bootstrap's behaviour):
// `import a.b.c`, `from . import x`, packages, sys.modules, built-in modules
// written in TypeScript, and source modules found on sys.path through the
// host interface.

import * as A from '../objects/abstract.js';
import { PyBaseException, newException, typeError, valueError, ImportErrorType, ModuleNotFoundErrorType } from '../objects/exceptions.js';
import { PyDict } from '../objects/dict.js';
import { PyModule } from '../objects/module.js';
import { Attrs, None, PyObject, TF_BASETYPE, TF_HAS_DICT, makeBuiltinType, typeOf, type PyValue } from '../objects/object.js';
import { defineMethods } from '../objects/methods.js';
import { PyList } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';

/** How the interpreter loads things (set by interp.ts). */
export interface ImportHooks {
  /** sys.modules */
  modules: PyDict;
  /** sys.path entries, as JS strings (read fresh each time from sys.path). */
  path(): string[];
  /** A built-in module's initializer, by name. */
  builtin(name: string): ((m: PyModule) => void) | undefined;
  /** Read a file's bytes, or null if it doesn't exist. */
  readFile(path: string): Uint8Array | null;
  isDir(path: string): boolean;
  /** Compile and run module source in the module's namespace. */
  exec(m: PyModule, source: Uint8Array, filename: string): void;
}

let hooks: ImportHooks | null = null;
export function setImportHooks(h: ImportHooks): void { hooks = h; }

function joinPath(dir: string, name: string): string {
  if (dir === '' || dir === '.') return name;
  return dir.endsWith('/') ? dir + name : dir + '/' + name;
}

/** Resolve a relative import to an absolute module name (importlib._bootstrap._resolve_name). */
function resolveName(name: string, globals: PyDict, level: number): string {
  let pkg = globals.getStr('__package__');
  if (pkg === undefined || pkg === None) {
    const spec = globals.getStr('__spec__');
    if (spec !== undefined && spec !== None) pkg = A.getAttrOpt(spec, 'parent');
  }
  if (pkg === undefined || pkg === None) {
    const modname = globals.getStr('__name__');
    if (modname === undefined || typeof modname !== 'string') throw newException(ImportErrorType, 'attempted relative import with no known parent package');
    pkg = globals.getStr('__path__') !== undefined ? modname : modname.slice(0, Math.max(0, modname.lastIndexOf('.')));
  }
  if (typeof pkg !== 'string') throw typeError('package must be a string');
  if (pkg === '') throw newException(ImportErrorType, 'attempted relative import with no known parent package');
  const bits = pkg.split('.');
  if (bits.length < level) throw newException(ImportErrorType, 'attempted relative import beyond top-level package');
  const base = bits.slice(0, bits.length - (level - 1)).join('.');
  return name ? `${base}.${name}` : base;
}

/** __import__(name, globals, locals, fromlist, level) (IMPORT_NAME). */
export function importName(name: string, globals: PyDict, _locals: PyValue, fromlist: PyValue, levelV: PyValue): PyValue {
  const level = typeof levelV === 'number' ? levelV : 0;
  if (level < 0) throw valueError('level must be >= 0');
  if (level === 0 && name === '') throw valueError('Empty module name');
  const absName = level > 0 ? resolveName(name, globals, level) : name;
  const module = importModule(absName);
  const hasFrom = fromlist !== None && A.isTrue(fromlist);
  if (!hasFrom) {
    if (level === 0 || name !== '') {
      const first = level === 0 ? name.split('.')[0] : absName.slice(0, absName.length - name.length) + name.split('.')[0];
      return hooks!.modules.getStr(first) ?? module;
    }
    return module;
  }
  // from package import submodule: import the submodules named in fromlist.
  if (module instanceof PyModule && module.dict.getStr('__path__') !== undefined) {
    const items = fromlist instanceof PyTuple || fromlist instanceof PyList ? fromlist.items : A.toArray(fromlist);
    for (const item of items) {
      if (typeof item !== 'string') continue;
      if (item === '*') {
        const all = module.dict.getStr('__all__');
        if (all !== undefined) for (const x of A.toArray(all)) if (typeof x === 'string' && module.dict.getStr(x) === undefined) tryImportSub(absName, x);
        continue;
      }
      if (module.dict.getStr(item) === undefined) tryImportSub(absName, item);
    }
  }
  return module;
}

function tryImportSub(pkg: string, item: string): void {
  try {
    importModule(`${pkg}.${item}`);
  } catch (e) {
    // Only a ModuleNotFoundError for exactly this submodule is ignored (_handle_fromlist).
    if (e instanceof PyBaseException && e.cls === ModuleNotFoundErrorType) {
      const n = A.getAttrOpt(e, 'name');
      if (n === `${pkg}.${item}`) return;
    }
    throw e;
  }
}

/** Import a module by absolute dotted name, importing its parents first (importlib._bootstrap._find_and_load). */
export function importModule(absName: string): PyValue {
  const h = hooks!;
  const existing = h.modules.getStr(absName);
  if (existing !== undefined) {
    if (existing === None) throw notFound(`import of ${absName} halted; None in sys.modules`, absName);
    return existing;
  }
  const dot = absName.lastIndexOf('.');
  let searchPath: string[];
  let parentModule: PyValue | null = null;
  if (dot >= 0) {
    const parent = absName.slice(0, dot);
    parentModule = importModule(parent);
    const already = h.modules.getStr(absName);
    if (already !== undefined) return already;
    const pp = parentModule instanceof PyModule ? parentModule.dict.getStr('__path__') : undefined;
    if (pp === undefined) {
      throw notFound(`No module named '${absName}'; '${parent}' is not a package`, absName);
    }
    searchPath = A.toArray(pp).map((x) => A.strValue(x));
  } else {
    const init = h.builtin(absName);
    if (init !== undefined) {
      const m = new PyModule(absName);
      h.modules.setStr(absName, m);
      try { init(m); } catch (e) { h.modules.delete(absName); throw e; }
      return h.modules.getStr(absName) ?? m;
    }
    searchPath = h.path();
  }
  const base = absName.slice(dot + 1);
  for (const dir of searchPath) {
    const pkgDir = joinPath(dir, base);
    if (h.isDir(pkgDir)) {
      const initPath = joinPath(pkgDir, '__init__.py');
      const src = h.readFile(initPath);
      const m = new PyModule(absName);
      m.dict.setStr('__path__', new PyList([pkgDir]));
      m.dict.setStr('__package__', absName);
      if (src !== null) {
        m.dict.setStr('__file__', initPath);
        return execModule(m, src, initPath, parentModule, base);
      }
      // A namespace package.
      h.modules.setStr(absName, m);
      if (parentModule !== null) A.setAttr(parentModule, base, m);
      return m;
    }
    const file = joinPath(dir, base + '.py');
    const src = h.readFile(file);
    if (src !== null) {
      const m = new PyModule(absName);
      m.dict.setStr('__file__', file);
      m.dict.setStr('__package__', dot >= 0 ? absName.slice(0, dot) : '');
      return execModule(m, src, file, parentModule, base);
    }
  }
  throw notFound(`No module named '${absName}'`, absName);
}

// ---- module specs ------------------------------------------------------------------------------

/** importlib's ModuleSpec, reduced to its data (no loader objects in krait). */
const ModuleSpecType = makeBuiltinType('ModuleSpec', undefined, TF_BASETYPE | TF_HAS_DICT);
ModuleSpecType.module = '_frozen_importlib';
defineMethods(ModuleSpecType, {
  // ModuleSpec.__repr__
  '__repr__($self, /)': (self: PyObject) => {
    const get = (n: string) => A.getAttrOpt(self, n) ?? None;
    const parts = [`name=${A.repr(get('name'))}`, `loader=${A.repr(get('loader'))}`];
    const origin = get('origin');
    if (origin !== None) parts.push(`origin=${A.repr(origin)}`);
    const locs = get('submodule_search_locations');
    if (locs !== None) parts.push(`submodule_search_locations=${A.repr(locs)}`);
    return `ModuleSpec(${parts.join(', ')})`;
  },
});

/** The __spec__ of a module found on sys.path (spec_from_file_location). */
function makeSpec(name: string, origin: string, searchLocations: PyList | null): PyObject {
  const spec = new PyObject(ModuleSpecType);
  spec.attrs = new Attrs();
  const set = (n: string, v: PyValue) => A.setAttr(spec, n, v);
  set('name', name);
  set('loader', None);
  set('origin', origin);
  set('loader_state', None);
  set('submodule_search_locations', searchLocations ?? None);
  set('cached', None);
  set('parent', searchLocations !== null ? name : name.slice(0, Math.max(0, name.lastIndexOf('.'))));
  set('has_location', true);
  return spec;
}

function execModule(m: PyModule, src: Uint8Array, file: string, parent: PyValue | null, base: string): PyValue {
  const h = hooks!;
  const path = m.dict.getStr('__path__');
  const spec = makeSpec(m.name, file, path instanceof PyList ? path : null);
  m.dict.setStr('__spec__', spec);
  h.modules.setStr(m.name, m);
  // While its code runs the module is "partially initialized" (circular-import messages).
  A.setAttr(spec, '_initializing', true);
  try {
    h.exec(m, src, file);
  } catch (e) {
    h.modules.delete(m.name);
    throw e;
  } finally {
    A.setAttr(spec, '_initializing', false);
  }
  const result = h.modules.getStr(m.name) ?? m;
  if (parent !== null) A.setAttr(parent, base, result);
  return result;
}

function notFound(msg: string, name: string): PyBaseException {
  const e = newException(ModuleNotFoundErrorType, msg);
  A.setAttr(e, 'name', name);
  return e;
}

/** _PyModuleSpec_IsInitializing: module.__spec__._initializing is true. */
function isInitializing(module: PyValue): boolean {
  const spec = A.getAttrOpt(module, '__spec__');
  if (spec === undefined || spec === None) return false;
  const v = A.getAttrOpt(spec, '_initializing');
  return v !== undefined && A.isTrue(v);
}

/** from module import name (IMPORT_FROM). */
export function importFrom(module: PyValue, name: string): PyValue {
  const v = A.getAttrOpt(module, name);
  if (v !== undefined) return v;
  // A submodule that is being imported (circular imports) is in sys.modules already.
  const pkgName = A.getAttrOpt(module, '__name__');
  if (typeof pkgName === 'string') {
    const sub = hooks!.modules.getStr(`${pkgName}.${name}`);
    if (sub !== undefined) return sub;
  }
  const modName = typeof pkgName === 'string' ? pkgName : '<unknown module name>';
  const file = A.getAttrOpt(module, '__file__');
  const where = typeof file === 'string' ? file : 'unknown location';
  const msg = isInitializing(module)
    ? `cannot import name '${name}' from partially initialized module '${modName}' (most likely due to a circular import) (${where})`
    : `cannot import name '${name}' from '${modName}' (${where})`;
  const e = newException(ImportErrorType, msg);
  A.setAttr(e, 'name', modName);
  return (() => { throw e; })();
}

/** from module import * (IMPORT_STAR). */
export function importStar(module: PyValue, locals: PyValue): void {
  const all = A.getAttrOpt(module, '__all__');
  let names: string[];
  if (all !== undefined) names = A.toArray(all).map((x) => {
    if (typeof x !== 'string') throw typeError(`Item in ${A.repr(A.getAttr(module, '__name__'))}.__all__ must be str, not ${typeOf(x).name}`);
    return x;
  });
  else {
    const d = module instanceof PyModule ? module.dict : (A.getAttr(module, '__dict__') as PyDict);
    names = d.keyList().filter((k) => typeof k === 'string' && !k.startsWith('_')) as string[];
  }
  for (const n of names) {
    const v = A.getAttr(module, n);
    if (locals instanceof PyDict) locals.setStr(n, v); else A.setItem(locals, n, v);
  }
}
