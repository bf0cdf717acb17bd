// `krait -m MODULE`: run a module found on sys.path as __main__, with the
// semantics of CPython's runpy._run_module_as_main (Lib/runpy.py): the
// parent package is imported first, a package runs its __main__ submodule,
// sys.argv[0] becomes the module's path, and failures to find it are
// reported as "krait: No module named X" (status 1).
//
// The driver is written in Python and compiled as "<frozen runpy>", with
// its calls on the same lines as in CPython 3.11's runpy.py: tracebacks
// through it then read exactly as CPython's do ("File "<frozen runpy>",
// line 198, in _run_module_as_main", and no source line, as for any frozen
// module).  Finding and compiling are TypeScript helpers (_find, _compile).

import type { Interpreter } from '../vm/interp.js';
import * as A from '../objects/abstract.js';
import { PyDict } from '../objects/dict.js';
import { PyModule } from '../objects/module.js';
import { PyTuple } from '../objects/tuple.js';
import { None, type PyValue } from '../objects/object.js';
import { builtinFunction } from '../objects/methods.js';
import { newException, ModuleNotFoundErrorType } from '../objects/exceptions.js';
import { runCode } from '../vm/eval.js';
import { importModule } from '../vm/import.js';
import { BUILTIN_MODULES } from '../modules/registry.js';
import { pythonCompileError } from '../modules/builtins_eval.js';
import { isPylibPath, pylibIsDir, pylibRead } from '../modules/pylib.js';
import { PROG } from './report.js';

/** Statements of the driver by line number (runpy.py's lines where it matters). */
const DRIVER: [number, string][] = [
  [1, 'import sys'],
  [80, 'def _run_code(code, run_globals, mod_name, fname, pkg_name):'],
  [81, '    run_globals.update(__name__=mod_name, __file__=fname, __cached__=None, __doc__=None,'],
  [82, '                       __loader__=None, __package__=pkg_name, __spec__=None)'],
  [88, '    exec(code, run_globals)'],
  [89, '    return run_globals'],
  [105, 'def _get_module_details(mod_name, error):'],
  [106, '    if mod_name.startswith("."):'],
  [107, '        raise error("Relative module names not supported")'],
  [108, '    pkg_name = mod_name.rpartition(".")[0]'],
  [109, '    if pkg_name:'],
  [110, '        # Import the parent first, so that its own errors are not taken for "not found".'],
  [111, '        try:'],
  [112, '            __import__(pkg_name)'],
  [113, '        except ImportError as e:'],
  [114, '            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + ".")):'],
  [115, '                raise'],
  [130, '    try:'],
  [131, '        kind, path = _find(mod_name)'],
  [132, '    except (ImportError, AttributeError, TypeError, ValueError) as ex:'],
  [136, '        msg = "Error while finding module specification for {!r} ({}: {})"'],
  [137, '        if mod_name.endswith(".py"):'],
  [138, '            msg += (f". Try using \'{mod_name[:-3]}\' instead of "'],
  [139, '                    f"\'{mod_name}\' as the module name.")'],
  [140, '        raise error(msg.format(mod_name, type(ex).__name__, ex)) from ex'],
  [141, '    if kind is None:'],
  [142, '        raise error("No module named %s" % mod_name)'],
  [143, '    if kind == "package":'],
  [144, '        if mod_name == "__main__" or mod_name.endswith(".__main__"):'],
  [145, '            raise error("Cannot use package as __main__ module")'],
  [146, '        try:'],
  [147, '            pkg_main_name = mod_name + ".__main__"'],
  [148, '            return _get_module_details(pkg_main_name, error)'],
  [149, '        except error as e:'],
  [150, '            if mod_name not in sys.modules:'],
  [151, '                raise'],
  [152, '            raise error(("%s; %r is a package and cannot " +'],
  [153, '                         "be directly executed") % (e, mod_name))'],
  [154, '    if kind == "builtin":'],
  [155, '        raise error("No code object available for %s" % mod_name)'],
  [159, '    code = _compile(path)'],
  [164, '    return mod_name, path, code'],
  [166, 'class _Error(Exception):'],
  [167, '    pass'],
  [173, 'def _run_module_as_main(mod_name):'],
  [187, '    try:'],
  [189, '        mod_name, path, code = _get_module_details(mod_name, _Error)'],
  [192, '    except _Error as exc:'],
  [194, '        sys.exit("%s: %s" % (_executable, exc))'],
  [195, '    main_globals = sys.modules["__main__"].__dict__'],
  [197, '    sys.argv[0] = path'],
  [198, '    return _run_code(code, main_globals, "__main__", path, mod_name.rpartition(".")[0])'],
];

function driverSource(): string {
  const lines: string[] = [];
  for (const [n, text] of DRIVER) {
    while (lines.length < n - 1) lines.push('');
    lines.push(text);
  }
  return lines.join('\n') + '\n';
}

function join(dir: string, name: string): string {
  if (dir === '') return name;
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/** importlib.util.find_spec, reduced to what runpy needs: (kind, path) or (None, None). */
function findModule(interp: Interpreter, name: string): PyValue {
  const host = interp.host;
  const isDir = (p: string) => (isPylibPath(p) ? pylibIsDir(p) : host.isDirectory(p));
  const isFile = (p: string) => {
    if (isPylibPath(p)) return pylibRead(p) !== null;
    try { return !host.isDirectory(p) && (host.readFile(p), true); } catch { return false; }
  };
  const dot = name.lastIndexOf('.');
  let search: string[];
  if (dot >= 0) {
    const parentName = name.slice(0, dot);
    const parent = importModule(parentName);
    const pp = parent instanceof PyModule ? parent.dict.getStr('__path__') : A.getAttrOpt(parent, '__path__');
    if (pp === undefined) {
      const e = newException(ModuleNotFoundErrorType, `__path__ attribute not found on '${parentName}' while trying to find '${name}'`);
      A.setAttr(e, 'name', name);
      throw e;
    }
    search = A.toArray(pp).map((x) => A.strValue(x));
  } else {
    if (name === 'sys' || name === 'builtins' || BUILTIN_MODULES.has(name)) return new PyTuple(['builtin', None]);
    search = interp.sysState.path();
  }
  const base = name.slice(dot + 1);
  let namespace = false;
  for (const dir of search) {
    const d = join(dir, base);
    if (isDir(d)) {
      const init = join(d, '__init__.py');
      if (isFile(init)) return new PyTuple(['package', init]);
      namespace = true; // a namespace portion: used if no regular module turns up
      continue;
    }
    const f = join(dir, base + '.py');
    if (isFile(f)) return new PyTuple(['module', f]);
  }
  return new PyTuple([namespace ? 'package' : None, None]);
}

/**
 * Run module `name` as __main__ (the __main__ module must exist); exceptions
 * propagate to the caller, which reports them as for a script.
 */
export function runModuleAsMain(interp: Interpreter, name: string): void {
  const g = new PyDict();
  g.setStr('__name__', 'runpy');
  g.setStr('__builtins__', interp.builtinsModule);
  g.setStr('_executable', PROG);
  g.setStr('_find', builtinFunction('_find(name, /)', (n: PyValue) => findModule(interp, A.strValue(n))));
  g.setStr('_compile', builtinFunction('_compile(path, /)', (p: PyValue) => {
    const path = A.strValue(p);
    const data = isPylibPath(path) ? pylibRead(path) : interp.host.readFile(path);
    try {
      return interp.compileSource(data ?? new Uint8Array(0), path);
    } catch (e) {
      throw pythonCompileError(e);
    }
  }));
  runCode(interp.compileSource(driverSource(), '<frozen runpy>'), g, g, interp.builtins);
  A.call(g.getStr('_run_module_as_main')!, [name]);
}
