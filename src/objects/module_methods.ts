// Module objects' Python-level behaviour (Objects/moduleobject.c): the
// ModuleType(name, doc=None) constructor, repr, PEP 562 module __getattr__,
// and the attribute error message.  dir(module) is in modules/builtins.ts
// (object.__dir__ handles modules, honouring a module-level __dir__).

import * as A from './abstract.js';
import { None, PyType, StrType, typeOf, type PyValue } from './object.js';
import { defineMethods, defineGetSets, PyBuiltinFunction } from './methods.js';
import { PyModule, ModuleType } from './module.js';
import { typeError, attributeError } from './exceptions.js';
import { BUILTIN_MODULES } from '../modules/registry.js';

function isStr(v: PyValue | undefined): boolean {
  return typeof v === 'string' || (typeof v === 'object' && v.cls.isSubtype(StrType));
}

/** The module's __name__ as currently in its namespace (it can be reassigned). */
function moduleName(m: PyModule): string | null {
  const n = m.dict.getStr('__name__');
  return isStr(n) ? A.strValue(n!) : null;
}

ModuleType.dict.set('__new__', new PyBuiltinFunction('__new__', (args) => {
  const cls = args[0];
  if (!(cls instanceof PyType) || !cls.isSubtype(ModuleType)) throw typeError('module.__new__(X): X is not a subtype of module');
  const m = new PyModule('?', undefined, cls);
  // Not yet initialized: __init__ sets the real name.
  m.dict.delete('__name__');
  return m;
}, ModuleType, 'module.__new__'));

defineMethods(ModuleType, {
  '__init__($self, /, name, doc=None)': (m: PyModule, name: PyValue, doc: PyValue | undefined) => {
    if (!isStr(name)) throw typeError(`module.__init__() argument 'name' must be str, not ${typeOf(name).name}`);
    (m as unknown as { name: string }).name = A.strValue(name);
    m.dict.setStr('__name__', name);
    m.dict.setStr('__doc__', doc ?? None);
    m.dict.setStr('__package__', None);
    m.dict.setStr('__loader__', None);
    m.dict.setStr('__spec__', None);
    return None;
  },
  '__repr__($self, /)': (m: PyModule) => {
    const name = moduleName(m) ?? '?';
    const file = m.dict.getStr('__file__');
    if (isStr(file)) return `<module ${A.repr(name)} from ${A.repr(file!)}>`;
    if (name === 'sys' || name === 'builtins' || BUILTIN_MODULES.has(name)) {
      if (m.dict.getStr('__spec__') === None || m.dict.getStr('__spec__') === undefined || BUILTIN_MODULES.has(name)) {
        return `<module ${A.repr(name)} (built-in)>`;
      }
    }
    return `<module ${A.repr(name)}>`;
  },
  // PEP 562: a module-level __getattr__ is consulted when normal lookup fails (module_getattro).
  '__getattr__($self, name, /)': (m: PyModule, name: PyValue) => {
    const hook = m.dict.getStr('__getattr__');
    const n = A.strValue(name);
    if (hook !== undefined) return A.call(hook, [name]);
    const mname = moduleName(m);
    if (mname === null) throw attributeError(`module has no attribute '${n}'`);
    const spec = m.dict.getStr('__spec__');
    if (spec !== undefined && spec !== None) {
      const init = A.getAttrOpt(spec, '_initializing');
      if (init !== undefined && A.isTrue(init)) {
        throw attributeError(`partially initialized module '${mname}' has no attribute '${n}' (most likely due to a circular import)`);
      }
    }
    throw attributeError(`module '${mname}' has no attribute '${n}'`);
  },
});
defineGetSets(ModuleType, {
  '__dict__': [(m: PyModule) => m.dict, null],
});
