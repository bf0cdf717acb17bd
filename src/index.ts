// krait's embeddable library entry point (host-neutral: no Node APIs here).
export { parse } from './parser/parser.js';
export type { ParseMode } from './parser/parser.js';
export { dump } from './parser/astdump.js';
export { PyMemoryError, PySyntaxError } from './parser/errors.js';
export { formatSyntaxError } from './parser/errors.js';
