// Built-in modules written in TypeScript, by import name.  Each entry
// fills in a fresh module object (the import system creates and registers it).

import type { Interpreter } from '../vm/interp.js';
import type { PyModule } from '../objects/module.js';

export type ModuleInit = (interp: Interpreter, m: PyModule) => void;

export const BUILTIN_MODULES = new Map<string, ModuleInit>();

import { initMath } from './math.js';
BUILTIN_MODULES.set('math', initMath);
import { initCmath } from './cmath.js';
BUILTIN_MODULES.set('cmath', initCmath);
import { initItertools } from './itertools.js';
BUILTIN_MODULES.set('itertools', initItertools);
import { initOperator } from './operator.js';
BUILTIN_MODULES.set('operator', initOperator);
import { initFunctools } from './functools.js';
BUILTIN_MODULES.set('functools', initFunctools);
import { initKeyword } from './keyword.js';
BUILTIN_MODULES.set('keyword', initKeyword);
import { initUnderscoreAst } from './ast.js';
BUILTIN_MODULES.set('_ast', initUnderscoreAst);
import { initIoModule } from './io_module.js';
BUILTIN_MODULES.set('_io', initIoModule);
import { initAbcModule } from './abc_module.js';
BUILTIN_MODULES.set('_abc', initAbcModule);
import { initTime } from './time.js';
BUILTIN_MODULES.set('time', initTime);
import { initPosix } from './posix.js';
BUILTIN_MODULES.set('posix', initPosix);
import { initKraitRe } from './re.js';
BUILTIN_MODULES.set('_krait_re', initKraitRe);
import { initKraitFloat } from './struct_float.js';
BUILTIN_MODULES.set('_krait_float', initKraitFloat);
import { initWarningsModule } from './warnings_module.js';
BUILTIN_MODULES.set('_warnings', initWarningsModule);
import { initKraitHash } from './hash_digests.js';
BUILTIN_MODULES.set('_krait_hash', initKraitHash);
