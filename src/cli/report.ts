// Reporting a failed compile the way CPython does.

import type { Host } from '../host/host.js';
import { PyMemoryError, PySyntaxError, formatSyntaxError } from '../parser/errors.js';

/** The name krait uses for itself in messages (CPython uses its argv[0]). */
export const PROG = 'krait';

/** Exit status for a crash inside krait itself (BSD EX_SOFTWARE). */
const EXIT_INTERNAL = 70;

/** Print a SyntaxError as CPython does (status 1), or an internal error (status 70). */
export function reportAndExit(host: Host, e: unknown): never {
  if (e instanceof PySyntaxError) {
    const text = formatSyntaxError(e);
    host.write(2, text.endsWith('\n') ? text : text + '\n');
    host.exit(1);
  }
  if (e instanceof PyMemoryError) {
    // CPython prints a parser MemoryError bare, without a traceback.
    host.write(2, 'MemoryError\n');
    host.exit(1);
  }
  const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
  host.write(2, `${PROG}: internal error: ${detail}\n`);
  host.exit(EXIT_INTERNAL);
}
