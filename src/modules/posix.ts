// The `posix` built-in module: the host-facing half of os (Modules/
// posixmodule.c).  lib/os.py builds the public API (environ, os.path, stat
// results, ...) on top of these few primitives, all of which go through the
// Host interface so a browser host can provide (or refuse) each of them.

import type { Interpreter } from '../vm/interp.js';
import type { PyModule } from '../objects/module.js';
import { None, typeOf, type PyValue } from '../objects/object.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { PyBytes } from '../objects/bytes.js';
import { PyList } from '../objects/list.js';
import { newTuple } from '../objects/tuple.js';
import { builtinFunction } from '../objects/methods.js';
import { OSErrorType, typeError, valueError } from '../objects/exceptions.js';
import { HostError } from '../host/host.js';
import * as A from '../objects/abstract.js';

/** A path argument: str, or os.PathLike through __fspath__ (posix_fspath). */
function pathArg(v: PyValue, fn: string): string {
  if (typeof v === 'string') return v;
  const r = A.callSpecial(v, '__fspath__', []);
  if (typeof r === 'string') return r;
  if (v instanceof PyBytes) return new TextDecoder().decode(v.data);
  throw typeError(`${fn}: path should be string, bytes or os.PathLike, not ${typeOf(v).name}`);
}

function osError(e: unknown): unknown {
  if (e instanceof HostError) return A.call(OSErrorType, [e.errno, e.strerror, e.path]);
  return e;
}

const noHost = (what: string) => A.call(OSErrorType, [38, `Function not implemented: ${what}`]);

export function initPosix(interp: Interpreter, m: PyModule): void {
  const d = m.dict;
  const host = interp.host;
  d.setStr('getcwd', builtinFunction('getcwd()', () => host.cwd(), m));
  d.setStr('_environ_items', builtinFunction('_environ_items()', () => {
    const items = host.environ ? host.environ() : [];
    return new PyList(items.map(([k, v]) => newTuple([k, v])));
  }, m));
  d.setStr('listdir', builtinFunction('listdir(path=None)', (p: PyValue | undefined) => {
    const path = p === undefined || p === None ? '.' : pathArg(p, 'listdir');
    if (!host.listDir) throw noHost('listdir');
    try {
      return new PyList(host.listDir(path));
    } catch (e) {
      throw osError(e);
    }
  }, m));
  d.setStr('_stat', builtinFunction('_stat(path, /)', (p: PyValue) => {
    const path = pathArg(p, 'stat');
    if (!host.stat) throw noHost('stat');
    try {
      const s = host.stat(path);
      return newTuple([s.mode, s.ino, s.dev, s.nlink, s.uid, s.gid, s.size,
        newFloat(s.atime), newFloat(s.mtime), newFloat(s.ctime)]);
    } catch (e) {
      throw osError(e);
    }
  }, m));
  d.setStr('getpid', builtinFunction('getpid()', () => {
    if (!host.getpid) throw noHost('getpid');
    return host.getpid();
  }, m));
  d.setStr('_homedir', builtinFunction('_homedir()', () => host.homedir ? host.homedir() : None, m));
  d.setStr('urandom', builtinFunction('urandom(size, /)', (n: PyValue) => {
    const size = A.indexSize(n);
    if (size < 0) throw valueError('negative argument not allowed');
    const out = new Uint8Array(size);
    // getRandomValues fills at most 65536 bytes per call.
    for (let i = 0; i < size; i += 65536) crypto.getRandomValues(out.subarray(i, Math.min(size, i + 65536)));
    return new PyBytes(out);
  }, m));
  d.setStr('_exit', builtinFunction('_exit(status)', (s: PyValue): PyValue => {
    // Straight to the host: sys.stdout's Python-level buffer is NOT flushed (os._exit skips cleanup).
    return host.exit(A.indexSize(s));
  }, m));
}
