// The `krait` command: CPython's command line (Modules/main.c,
// Python/initconfig.c config_parse_cmdline), for the parts that exist.
//
// Options are parsed in options.ts.  At a terminal the command runs in a
// worker thread (interactive.ts: Ctrl-C, line editing); otherwise here.
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
import { startTerminalSession, wantsTerminal } from './interactive.js';
import { runWorker, sessionData } from './worker_entry.js';
import { parseCommandLine, UsageError, type Command } from './options.js';

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

krait accepts all of these; -b, -d, -O, -OO, -R, -s, -S, -v, -W and most -X options change nothing yet.\n--dis FILE : print the bytecode krait compiles FILE to (krait only).
`;

/**
 * Parse and compile a program; on a SyntaxError print CPython's report and
 * exit 1.  `readBack`: compile-time errors show the offending line, as
 * CPython reads it back from the file; for `-c` code ('<string>') and
 * '<stdin>' there is no file to read, so (as in CPython) they show none.
 */
function compileOrExit(host: Host, source: Uint8Array | string, filename: string, fileMode: boolean, readBack = false): PyCode {
  try {
    if (fileMode && typeof source !== 'string') checkSourceFile(source, filename);
    const tree = parse(source, filename, 'exec', false, fileMode);
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

/** Run a compiled program (with the options that change how). */
function run(host: Host, cmd: Command, req: RunRequest): never {
  runProgram(host, { ...req, warnings: compileWarnings, flags: cmd.flags });
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
  run(host, cmd, { source: data, filename: abs, file: abs, argv: [path, ...cmd.args], path0: dirname(abs), code });
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
  const argv0 = cmd.target === '-' && host.argv.includes('-') ? '-' : '';
  if (host.stdinIsTTY() || cmd.flags.inspect) {
    // The REPL (pymain_run_stdin -> PyRun_AnyFile on an interactive stdin; -i forces it).
    runProgram(host, { source: '', filename: '<stdin>', file: null, argv: [argv0, ...cmd.args], path0: '', replOnly: true, flags: cmd.flags });
  }
  let data = host.readStdin();
  if (cmd.skipFirstLine) data = skipLine(data);
  const code = compileOrExit(host, data, '<stdin>', true);
  run(host, cmd, { source: data, filename: '<stdin>', file: null, argv: [argv0, ...cmd.args], path0: '', code });
}

function runModule(host: Host, cmd: Command): never {
  // krait's own `ast` command line (the module itself is built in, without source to run).
  if (cmd.target === 'ast') runAstModule(host, cmd.args);
  // pymain_run_module: sys.argv[0] is '-m' while the module is looked for, sys.path[0] the current directory.
  runProgram(host, { source: '', filename: '', file: null, argv: ['-m', ...cmd.args], path0: host.cwd(), module: cmd.target, flags: cmd.flags });
}

/**
 * The command.  On the main thread at a terminal it only starts the worker
 * that runs it (and returns); `inSession` is set in that worker.
 */
export function main(host: Host, inSession = false): void {
  let cmd: Command;
  try {
    cmd = parseCommandLine(host.argv, (name) => host.getenv(name));
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
    default:
      break;
  }
  if (!inSession && cmd.kind !== 'dis' && wantsTerminal()) {
    // The entry script (bin/krait) runs again in the worker.
    startTerminalSession([...host.argv], process.argv[1]);
    return;
  }
  switch (cmd.kind) {
    case 'command':
      // pymain_run_command: the code is already text (a cookie is ignored).
      {
        const code = compileOrExit(host, cmd.target, '<string>', false);
        // The source goes as bytes: a string would be remembered for tracebacks, and CPython
        // shows no source lines for "<string>" (linecache cannot read it).
        const source = new TextEncoder().encode(cmd.target);
        return run(host, cmd, { source, filename: '<string>', file: null, argv: ['-c', ...cmd.args], path0: '', code });
      }
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

const session = sessionData();
if (session !== null) runWorker(session, (host) => main(host, true));
else main(new NodeHost());
