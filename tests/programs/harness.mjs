// Shared by scripts/record-programs.mjs (records CPython) and
// tests/programs.test.mjs (checks krait): which files are programs, and the
// environment both run them in, so the two runs differ only in the executable.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Recorded outputs hold this in place of the program's absolute folder. */
export const PLACEHOLDER = '{dir}';

/**
 * Every program under `corpus`, sorted: tests/programs/<area>/<name>.py, one
 * level deep, except helper modules (names starting with `mod_`). Files in
 * subfolders of an area are helpers (packages for import tests), never programs.
 */
export function findPrograms(corpus) {
  const found = [];
  for (const area of readdirSync(corpus).sort()) {
    const areaDir = join(corpus, area);
    if (!statSync(areaDir).isDirectory()) continue;
    for (const entry of readdirSync(areaDir).sort()) {
      if (!entry.endsWith('.py') || entry.startsWith('mod_')) continue;
      const path = join(areaDir, entry);
      if (!statSync(path).isFile()) continue;
      found.push({ dir: areaDir, name: entry, rel: relative(corpus, path), stem: path.slice(0, -3) });
    }
  }
  return found;
}

/**
 * A deterministic environment: the caller's variables minus every PYTHON*
 * one (they change warnings, paths, I/O encodings), a UTF-8 locale, a fixed
 * hash seed (so an accidental dependence on str hashing is at least stable
 * under CPython), and no __pycache__ writes next to helper modules.
 * KRAIT_* variables are dropped too, so test-runner knobs never leak into programs.
 */
export function programEnv(base) {
  const env = {};
  for (const [k, v] of Object.entries(base)) {
    if (k.startsWith('PYTHON') || k.startsWith('KRAIT') || k.startsWith('LC_') || k === 'LANG') continue;
    if (k === 'NODE_TEST_CONTEXT') continue; // set by node --test; would change how a child node behaves
    env[k] = v;
  }
  env.LC_ALL = 'C.UTF-8';
  env.PYTHONHASHSEED = '0';
  env.PYTHONDONTWRITEBYTECODE = '1';
  return env;
}
