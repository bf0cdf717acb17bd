// The `krait` command: CPython's command line (Modules/main.c,
// Python/initconfig.c config_parse_cmdline), for the parts that exist.
//
// Option parsing mirrors _PyOS_GetOpt (Python/getopt.c): short options may be
// clustered (`-Bc code`), `-c` and `-m` take the rest of their cluster or the
// next argument and end option parsing, as does the first non-option (the
// script) and `--`.  All options are parsed before any is acted on, so
// `--version --bogus` is a usage error and `-Vh` prints the help.
//
// Deliberate difference: CPython names itself by argv[0] in its messages
// (`/usr/bin/python3: can't open file ...`); krait always says `krait`.
//
// This module must stay cheap to load: `krait --version` should not pay for
// anything but argument parsing.

import { NodeHost } from '../host/node.js';
import type { Host } from '../host/host.js';
import { HostError } from '../host/host.js';
import { parse } from '../parser/parser.js';
import { checkSourceFile, decodeSource } from '../parser/source.js';
import { compile } from '../compiler/compile.js';
import { PyCompileRecursionError } from '../compiler/errors.js';
import { setCompileWarningHook } from '../compiler/warnings.js';
import { disassemble } from '../compiler/dis.js';
import type { PyCode } from '../compiler/code.js';
import { runAstModule } from './ast_module.js';
import { PROG, reportAndExit } from './report.js';
import { runProgram, type RunRequest } from './run.js';
import { startInteractive, workerStart } from './interactive.js';
import { runWorker } from './worker_entry.js';

const VERSION = 'krait 0.1.0 (Python 3.11)';


const USAGE_LINE = `usage: ${PROG} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n`;

// Python's `python3 -h`, with the options krait does not honour yet marked.
const HELP =
  USAGE_LINE +
  `Options (and corresponding environment variables):
-b     : issue warnings about str(bytes_instance), str(bytearray_instance)
         and comparing bytes/bytearray with str. (-bb: issue errors)
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-d     : turn on parser debugging output (for experts only, only works on
         debug builds); also PYTHONDEBUG=x
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; add .opt-1 before
         .pyc extension; also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings; add .opt-2 before
         .pyc extension
-P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : verbose (trace import statements); also PYTHONVERBOSE=x
         can be supplied multiple times to increase verbosity
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option
--check-hash-based-pycs always|default|never:
         control how Python invalidates hash-based .pyc files
--help-env      : print help about Python environment variables and exit
--help-xoptions : print help about implementation-specific -X options and exit
--help-all      : print complete help information and exit
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

krait runs Python 3.11 programs; only -c, -m ast, file and - do anything yet.\n--dis FILE : print the bytecode krait compiles FILE to (krait only).
`;

/** Short options without an argument (getopt's "bBdEhiIJOPqRsStuvVx?"). */
const FLAG_OPTIONS = 'bBdEhiIJOPqRsStuvVx?';
/** Short options that take an argument, other than -c and -m. */
const ARG_OPTIONS = 'WX';

/** What the command line asks for. */
interface Command {
  kind: 'help' | 'version' | 'command' | 'module' | 'file' | 'stdin' | 'dis';
  /** The -c code, the -m module name, or the file path. */
  target: string;
  /** Arguments after the target (the future sys.argv[1:]). */
  args: string[];
  skipFirstLine: boolean;
}

class UsageError {
  constructor(readonly message: string) {}
}

/** config_parse_cmdline: returns what to do, or throws UsageError. */
function parseCommandLine(argv: readonly string[]): Command {
  let help = false;
  let version = false;
  let skipFirstLine = false;
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') { i++; break; }
    if (arg.length < 2 || arg[0] !== '-') break; // the script, or '-' (stdin)
    if (arg.startsWith('--')) {
      switch (arg) {
        case '--help': case '--help-all': case '--help-env': case '--help-xoptions':
          help = true; continue;
        case '--version':
          version = true; continue;
        case '--dis':
          // krait's own option: disassemble FILE instead of running it.
          if (i + 1 >= argv.length) throw new UsageError('Argument expected for the --dis option\n');
          return { kind: 'dis', target: argv[i + 1], args: argv.slice(i + 2), skipFirstLine };
        case '--check-hash-based-pycs':
          if (i + 1 >= argv.length) throw new UsageError('Argument expected for the --check-hash-based-pycs options\n');
          i++; continue;
        default:
          throw new UsageError(`unknown option ${arg}\n`);
      }
    }
    // A cluster of short options.
    for (let k = 1; k < arg.length; k++) {
      const c = arg[k];
      if (c === 'c' || c === 'm' || ARG_OPTIONS.includes(c)) {
        let value: string;
        if (k + 1 < arg.length) value = arg.slice(k + 1);
        else if (i + 1 < argv.length) value = argv[++i];
        else throw new UsageError(`Argument expected for the -${c} option\n`);
        if (c === 'c' || c === 'm') {
          const kind = c === 'c' ? 'command' : 'module';
          if (help) return { kind: 'help', target: '', args: [], skipFirstLine };
          if (version) return { kind: 'version', target: '', args: [], skipFirstLine };
          return { kind, target: value, args: argv.slice(i + 1), skipFirstLine };
        }
        break; // -W/-X consumed the rest of the cluster
      }
      if (!FLAG_OPTIONS.includes(c)) throw new UsageError(`Unknown option: -${c}\n`);
      if (c === 'h' || c === '?') help = true;
      else if (c === 'V') version = true;
      else if (c === 'x') skipFirstLine = true;
    }
  }
  if (help) return { kind: 'help', target: '', args: [], skipFirstLine };
  if (version) return { kind: 'version', target: '', args: [], skipFirstLine };
  if (i >= argv.length || argv[i] === '-') return { kind: 'stdin', target: '-', args: argv.slice(i + 1), skipFirstLine };
  return { kind: 'file', target: argv[i], args: argv.slice(i + 1), skipFirstLine };
}

/**
 * Parse and compile a program; on a SyntaxError print CPython's report and
 * exit 1.  `readBack`: compile-time errors show the offending line, as
 * CPython reads it back from the file; for `-c` code ('<string>') and
 * '<stdin>' there is no file to read, so (as in CPython) they show none.
 */
function compileOrExit(host: Host, source: Uint8Array | string, filename: string, fileMode: boolean, readBack = false): PyCode {
  try {
    if (fileMode && typeof source !== 'string') checkSourceFile(source, filename);
    const tree = parse(source, filename, 'exec');
    const text = readBack ? (typeof source === 'string' ? source : decodeSource(source, filename)) : undefined;
    // SyntaxWarnings are shown by the interpreter (on sys.stderr) when the program runs.
    compileWarnings = [];
    const warnings = compileWarnings;
    setCompileWarningHook((_file, lineno, msg) => { warnings.push([lineno, msg]); });
    return compile(tree, filename, 'exec', { source: text });
  } catch (e) {
    if (e instanceof PyCompileRecursionError) {
      // CPython reports it bare (no traceback: nothing ran yet).
      host.write(2, `RecursionError: ${e.message}\n`);
      host.exit(1);
    }
    reportAndExit(host, e);
  }
}

/**
 * Run a compiled program.  From a terminal, the interpreter runs in a worker
 * thread so that Ctrl-C can interrupt it (see interactive.ts); otherwise on
 * this thread, which starts faster.
 */
function run(host: Host, req: RunRequest): never {
  if (host.stdinIsTTY()) {
    // The worker compiles the program again (code objects don't cross threads), warnings included.
    startInteractive('run', { ...req, code: undefined }, [...host.argv], import.meta.url);
    return undefined as never;
  }
  runProgram(host, { ...req, warnings: compileWarnings });
}

/** The SyntaxWarnings of the last compileOrExit. */
let compileWarnings: [number, string][] = [];

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? (i === 0 ? '/' : '') : p.slice(0, i);
}

/** -x: drop the first line (CPython skips it while keeping later line numbers). */
function skipLine(data: Uint8Array): Uint8Array {
  // CPython reads and discards up to the first '\n' and then counts lines
  // from 1 again: error line numbers are one less than in the file.
  const nl = data.indexOf(0x0a);
  return nl < 0 ? new Uint8Array(0) : data.subarray(nl + 1);
}

function runFile(host: Host, cmd: Command): never {
  const path = cmd.target;
  // pymain_run_file: the script's name is made absolute (not normalized).
  const abs = path.startsWith('/') ? path : `${host.cwd()}/${path}`;
  if (host.isDirectory(path)) {
    // A directory would run its __main__.py (pymain_run_module on the path).
    host.write(2, `${PROG}: can't find '__main__' module in '${abs}'\n`);
    host.exit(1);
  }
  let data: Uint8Array;
  try {
    data = host.readFile(path);
  } catch (e) {
    if (!(e instanceof HostError)) throw e;
    host.write(2, `${PROG}: can't open file '${abs}': [Errno ${e.errno}] ${e.strerror}\n`);
    host.exit(2);
  }
  if (cmd.skipFirstLine) data = skipLine(data);
  const code = compileOrExit(host, data, abs, true, true);
  run(host, { source: data, filename: abs, file: abs, argv: [path, ...cmd.args], path0: dirname(abs), code });
}

/** `krait --dis FILE`: print the disassembly of FILE's code objects. */
function runDis(host: Host, cmd: Command): never {
  let data: Uint8Array;
  try {
    data = host.readFile(cmd.target);
  } catch (e) {
    if (!(e instanceof HostError)) throw e;
    host.write(2, `${PROG}: can't open file '${cmd.target}': [Errno ${e.errno}] ${e.strerror}\n`);
    host.exit(2);
  }
  const co = compileOrExit(host, data, cmd.target, true, true);
  host.write(1, disassemble(co));
  host.exit(0);
}

function runStdin(host: Host, cmd: Command): never {
  if (host.stdinIsTTY()) {
    // The REPL.
    startInteractive('repl', undefined, [...host.argv], import.meta.url);
    return undefined as never;
  }
  let data = host.readStdin();
  if (cmd.skipFirstLine) data = skipLine(data);
  const code = compileOrExit(host, data, '<stdin>', true);
  runProgram(host, { source: data, filename: '<stdin>', file: null, argv: [cmd.target === '-' && host.argv.includes('-') ? '-' : '', ...cmd.args], path0: '', code, warnings: compileWarnings });
}

function runModule(host: Host, cmd: Command): never {
  if (cmd.target === 'ast') {
    runAstModule(host, cmd.args);
  }
  // pymain_run_module -> runpy._run_module_as_main -> "No module named X".
  host.write(2, `${PROG}: No module named ${cmd.target}\n`);
  host.exit(1);
}

export function main(host: Host): never {
  let cmd: Command;
  try {
    cmd = parseCommandLine(host.argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    host.write(2, e.message + USAGE_LINE + "Try `python -h' for more information.\n");
    host.exit(2);
  }
  switch (cmd.kind) {
    case 'help':
      host.write(1, HELP);
      host.exit(0);
    case 'version':
      host.write(1, VERSION + '\n');
      host.exit(0);
    case 'command':
      // pymain_run_command: the code is already text (a cookie is ignored).
      {
        const code = compileOrExit(host, cmd.target, '<string>', false);
        return run(host, { source: cmd.target, filename: '<string>', file: null, argv: ['-c', ...cmd.args], path0: '', code });
      }
    // Each returns only when a worker thread took over (interactive.ts): no fall-through.
    case 'module':
      return runModule(host, cmd);
    case 'stdin':
      return runStdin(host, cmd);
    case 'file':
      return runFile(host, cmd);
    case 'dis':
      return runDis(host, cmd);
  }
}

const started = workerStart();
if (started !== null) runWorker(started);
else main(new NodeHost());
