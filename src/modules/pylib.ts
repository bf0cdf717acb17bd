// krait's standard library modules written in Python (lib/ in the
// repository), served as a read-only virtual directory named PYLIB_ROOT.
//
// The sources are embedded at build time (scripts/build.mjs writes
// pylib_gen.ts), so they need no file system and work in browsers.  The
// interpreter appends PYLIB_ROOT to sys.path after the script's directory
// and PYTHONPATH, where CPython has its Lib/ directory: a user's
// `collections.py` next to the script shadows ours, as it shadows CPython's.
// The import system reads PYLIB_ROOT/... paths through the same hooks as
// real files (readFile/isDir), so packages, __path__ and submodules need no
// special cases; `__file__` is e.g. '<krait-lib>/collections/__init__.py',
// and tracebacks find source lines through pylibSource.

import { PYLIB_FILES } from './pylib_gen.js';

export const PYLIB_ROOT = '<krait-lib>';
const PREFIX = PYLIB_ROOT + '/';

/** Every directory below the root (relative), derived from the file paths. */
const DIRS = new Set<string>();
for (const rel of PYLIB_FILES.keys()) {
  const parts = rel.split('/');
  for (let i = 1; i < parts.length; i++) DIRS.add(parts.slice(0, i).join('/'));
}

/** Whether a path is inside the virtual library directory. */
export function isPylibPath(path: string): boolean {
  return path === PYLIB_ROOT || path.startsWith(PREFIX);
}

/** The source text of a library file, or undefined. */
export function pylibSource(path: string): string | undefined {
  return path.startsWith(PREFIX) ? PYLIB_FILES.get(path.slice(PREFIX.length)) : undefined;
}

/** A library file's bytes (UTF-8), or null if there is no such file. */
export function pylibRead(path: string): Uint8Array | null {
  const text = pylibSource(path);
  return text === undefined ? null : new TextEncoder().encode(text);
}

export function pylibIsDir(path: string): boolean {
  if (path === PYLIB_ROOT) return true;
  return path.startsWith(PREFIX) && DIRS.has(path.slice(PREFIX.length));
}
