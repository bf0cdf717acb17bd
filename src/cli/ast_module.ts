// `krait -m ast`: Lib/ast.py's main(), byte for byte.
//
//   parser = argparse.ArgumentParser(prog='python -m ast')
//   infile (FileType('rb'), nargs='?', default='-'), -m/--mode (choices),
//   --no-type-comments, -a/--include-attributes, -i/--indent (int, 3)
//   tree = parse(source, infile.name, mode, type_comments=...)
//   print(dump(tree, include_attributes=..., indent=...))
//
// The argument parsing below follows argparse's behaviour for this one
// parser (Lib/argparse.py _parse_optional, consume_optional, the '--'
// handling, prefix matching of long options, its error messages), not
// argparse in general.  Texts are argparse's at 80 columns, with
// `krait -m ast` as prog.  Where CPython lets a SyntaxError escape as a
// traceback through ast.py, krait prints only its final report (the part
// that describes the user's file) and exits 1 like CPython.

import type { Host } from '../host/host.js';
import { HostError } from '../host/host.js';
import { parse } from '../parser/parser.js';
import { dump } from '../parser/astdump.js';
import { reportAndExit } from './report.js';

const PROG = 'krait -m ast';

const USAGE =
  'usage: krait -m ast [-h] [-m {exec,single,eval,func_type}]\n' +
  '                    [--no-type-comments] [-a] [-i INDENT]\n' +
  '                    [infile]\n';

const HELP =
  USAGE +
  `
positional arguments:
  infile                the file to parse; defaults to stdin

options:
  -h, --help            show this help message and exit
  -m {exec,single,eval,func_type}, --mode {exec,single,eval,func_type}
                        specify what kind of code must be parsed
  --no-type-comments    don't add information about type comments
  -a, --include-attributes
                        include attributes such as line numbers and column
                        offsets
  -i INDENT, --indent INDENT
                        indentation of nodes (number of spaces)
`;

const MODES = ['exec', 'single', 'eval', 'func_type'] as const;
type Mode = (typeof MODES)[number];

/** The parser's optional actions: [option strings, display name, takes a value]. */
const enum Opt { Help, Mode, NoTypeComments, Attributes, Indent }
const OPTIONS: [string, Opt][] = [
  ['-h', Opt.Help], ['--help', Opt.Help],
  ['-m', Opt.Mode], ['--mode', Opt.Mode],
  ['--no-type-comments', Opt.NoTypeComments],
  ['-a', Opt.Attributes], ['--include-attributes', Opt.Attributes],
  ['-i', Opt.Indent], ['--indent', Opt.Indent],
];
const OPT_NAME = ['-h/--help', '-m/--mode', '--no-type-comments', '-a/--include-attributes', '-i/--indent'];
const TAKES_VALUE = [false, true, false, false, true];

class ArgError {
  constructor(readonly message: string) {}
}

/** argparse's _negative_number_matcher; this parser has no option like '-1', so these are positionals. */
const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;

/** _parse_optional: null for a positional, else the option and any explicit `=value`/attached value. */
function parseOptional(arg: string): { opt: Opt; explicit: string | null; name: string } | 'unknown' | null {
  if (arg.length === 0 || arg[0] !== '-' || arg === '-') return null;
  const exact = OPTIONS.find(([s]) => s === arg);
  if (exact) return { opt: exact[1], explicit: null, name: arg };
  if (arg.length === 1) return null;
  const eq = arg.indexOf('=');
  if (eq >= 0) {
    const hit = OPTIONS.find(([s]) => s === arg.slice(0, eq));
    if (hit) return { opt: hit[1], explicit: arg.slice(eq + 1), name: hit[0] };
  }
  // _get_option_tuples: unique prefixes of long options; for '-xVALUE' the short option '-x'.
  const matches: [string, Opt, string | null][] = [];
  if (arg.startsWith('--')) {
    const prefix = eq >= 0 ? arg.slice(0, eq) : arg;
    const explicit = eq >= 0 ? arg.slice(eq + 1) : null;
    for (const [s, o] of OPTIONS) if (s.startsWith(prefix)) matches.push([s, o, explicit]);
  } else {
    const short = arg.slice(0, 2);
    for (const [s, o] of OPTIONS) {
      if (s === short) matches.push([s, o, arg.slice(2)]);
      else if (s.startsWith(arg)) matches.push([s, o, null]);
    }
  }
  if (matches.length > 1) {
    throw new ArgError(`ambiguous option: ${arg} could match ${matches.map((m) => m[0]).join(', ')}`);
  }
  if (matches.length === 1) return { opt: matches[0][1], explicit: matches[0][2], name: matches[0][0] };
  if (NEGATIVE_NUMBER.test(arg)) return null;
  if (arg.includes(' ')) return null;
  return 'unknown';
}

/** Python's int() on a command-line string. */
function parseIntArg(s: string): number | null {
  const m = /^\s*([+-]?)(\d+(?:_\d+)*)\s*$/.exec(s);
  if (!m) return null;
  const v = Number(m[2].replace(/_/g, ''));
  return m[1] === '-' ? -v : v;
}

interface AstArgs {
  infile: string;
  mode: Mode;
  typeComments: boolean;
  attributes: boolean;
  indent: number;
}

function parseArgs(host: Host, argv: readonly string[]): AstArgs {
  const r: AstArgs = { infile: '-', mode: 'exec', typeComments: true, attributes: false, indent: 3 };
  const extras: string[] = [];
  let sawInfile = false;
  let onlyPositionals = false;
  const positional = (a: string): void => {
    if (sawInfile) { extras.push(a); return; }
    sawInfile = true;
    r.infile = a;
    openInfile(host, a); // FileType opens the file as argparse consumes it
  };
  // argparse classifies every argument before acting on any ('O' option,
  // 'A' argument, '--'), so an ambiguous option is reported first.
  const kinds: ReturnType<typeof parseOptional>[] = [];
  for (const arg of argv) {
    if (onlyPositionals) { kinds.push(null); continue; }
    if (arg === '--') { onlyPositionals = true; kinds.push(null); continue; }
    kinds.push(parseOptional(arg));
  }
  onlyPositionals = false;
  const isArgument = (k: number): boolean => k < argv.length && kinds[k] === null && (onlyPositionals || argv[k] !== '--');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositionals) { positional(arg); continue; }
    if (arg === '--') { onlyPositionals = true; continue; }
    const p = kinds[i];
    if (p === null) { positional(arg); continue; }
    if (p === 'unknown') { extras.push(arg); continue; }
    let { opt, explicit } = p;
    let name = p.name;
    // consume_optional: a flag with an attached value may be a cluster (-ah).
    for (;;) {
      if (TAKES_VALUE[opt]) {
        let value: string;
        if (explicit !== null) value = explicit;
        else {
          if (!isArgument(i + 1)) throw new ArgError(`argument ${OPT_NAME[opt]}: expected one argument`);
          value = argv[++i];
        }
        if (opt === Opt.Mode) {
          if (!(MODES as readonly string[]).includes(value)) {
            throw new ArgError(`argument -m/--mode: invalid choice: ${pyRepr(value)} (choose from 'exec', 'single', 'eval', 'func_type')`);
          }
          r.mode = value as Mode;
        } else {
          const n = parseIntArg(value);
          if (n === null) throw new ArgError(`argument -i/--indent: invalid int value: ${pyRepr(value)}`);
          r.indent = n;
        }
        break;
      }
      if (explicit !== null) {
        if (name.startsWith('--') || explicit === '') {
          throw new ArgError(`argument ${OPT_NAME[opt]}: ignored explicit argument ${pyRepr(explicit)}`);
        }
        // '-ah': act on -a, then read '-h' as the next option of the cluster.
        const next = OPTIONS.find(([s]) => s === '-' + explicit![0]);
        if (!next) throw new ArgError(`argument ${OPT_NAME[opt]}: ignored explicit argument ${pyRepr(explicit)}`);
        act(opt);
        opt = next[1];
        name = next[0];
        explicit = explicit.length > 1 ? explicit.slice(1) : null;
        continue;
      }
      act(opt);
      break;
    }
  }
  if (extras.length > 0) throw new ArgError(`unrecognized arguments: ${extras.join(' ')}`);
  return r;

  function act(opt: Opt): void {
    if (opt === Opt.Help) { host.write(1, HELP); host.exit(0); }
    if (opt === Opt.NoTypeComments) r.typeComments = false;
    else if (opt === Opt.Attributes) r.attributes = true;
  }
}

/** repr() of a str, as argparse puts it in messages. */
function pyRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}

const opened = new Map<string, Uint8Array>();

/** argparse.FileType('rb')(name): read now, so a bad path fails at its turn. */
function openInfile(host: Host, name: string): void {
  if (name === '-') return;
  try {
    if (host.isDirectory(name)) throw new HostError(21, 'Is a directory', name, 'EISDIR');
    opened.set(name, host.readFile(name));
  } catch (e) {
    if (!(e instanceof HostError)) throw e;
    throw new ArgError(`argument infile: can't open ${pyRepr(name)}: [Errno ${e.errno}] ${e.strerror}: ${pyRepr(name)}`);
  }
}

export function runAstModule(host: Host, argv: readonly string[]): never {
  let args: AstArgs;
  try {
    args = parseArgs(host, argv);
  } catch (e) {
    if (!(e instanceof ArgError)) throw e;
    host.write(2, `${USAGE}${PROG}: error: ${e.message}\n`);
    host.exit(2);
  }
  const name = args.infile === '-' ? '<stdin>' : args.infile;
  const source = args.infile === '-' ? host.readStdin() : opened.get(args.infile)!;
  let out: string;
  try {
    const tree = parse(source, name, args.mode, args.typeComments);
    out = dump(tree, { indent: args.indent, includeAttributes: args.attributes });
  } catch (e) {
    reportAndExit(host, e);
  }
  host.write(1, out + '\n');
  host.exit(0);
}
