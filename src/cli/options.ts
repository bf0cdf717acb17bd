// The command line's options (Python/initconfig.c config_parse_cmdline and
// config_read_env_vars), parsed into what to run plus the flags that change
// how it runs.
//
// Option parsing mirrors _PyOS_GetOpt (Python/getopt.c): short options may be
// clustered (`-Bc code`), `-c` and `-m` take the rest of their cluster or the
// next argument and end option parsing, as does the first non-option (the
// script) and `--`.  All options are parsed before any is acted on, so
// `--version --bogus` is a usage error and `-Vh` prints the help.

/** Short options without an argument (getopt's "bBdEhiIJOPqRsStuvVx?"). */
const FLAG_OPTIONS = 'bBdEhiIJOPqRsStuvVx?';
/** Short options that take an argument, other than -c and -m. */
const ARG_OPTIONS = 'WX';

/** How to run, from options and PYTHON* environment variables (PyConfig's fields). */
export interface Flags {
  /** -i / PYTHONINSPECT: the REPL after the program. */
  inspect: boolean;
  /** -u / PYTHONUNBUFFERED: stdout and stderr written through. */
  unbuffered: boolean;
  /** -q: no banner. */
  quiet: boolean;
  /** -E (or -I): PYTHON* variables ignored. */
  ignoreEnvironment: boolean;
  /** -I */
  isolated: boolean;
  /** -P (or -I) / PYTHONSAFEPATH: nothing prepended to sys.path. */
  safePath: boolean;
  /** -B / PYTHONDONTWRITEBYTECODE */
  dontWriteBytecode: boolean;
  /** -O count */
  optimize: number;
  /** -x: skip the script's first line. */
  skipFirstLine: boolean;
  /** -X options, in order (sys._xoptions). */
  xoptions: string[];
  /** -W options and those implied by -b / -X dev (sys.warnoptions). */
  warnoptions: string[];
}

/** What the command line asks for. */
export interface Command {
  kind: 'help' | 'version' | 'command' | 'module' | 'file' | 'stdin' | 'dis';
  /** The -c code, the -m module name, or the file path. */
  target: string;
  /** Arguments after the target (the future sys.argv[1:]). */
  args: string[];
  skipFirstLine: boolean;
  flags: Flags;
}

export class UsageError {
  constructor(readonly message: string) {}
}

function defaultFlags(): Flags {
  return {
    inspect: false, unbuffered: false, quiet: false, ignoreEnvironment: false, isolated: false, safePath: false,
    dontWriteBytecode: false, optimize: 0, skipFirstLine: false, xoptions: [], warnoptions: [],
  };
}

/** config_parse_cmdline: returns what to do, or throws UsageError. */
export function parseCommandLine(argv: readonly string[], getenv: (name: string) => string | undefined): Command {
  const flags = defaultFlags();
  let help = false;
  let version = false;
  let bytesWarning = 0;
  let i = 0;
  const done = (kind: Command['kind'], target: string, args: string[]): Command => {
    applyEnvironment(flags, getenv);
    if (bytesWarning > 0) flags.warnoptions.unshift(bytesWarning > 1 ? 'error::BytesWarning' : 'default::BytesWarning');
    if (flags.xoptions.includes('dev')) flags.warnoptions.unshift('default');
    if (help) return { kind: 'help', target: '', args: [], skipFirstLine: flags.skipFirstLine, flags };
    if (version) return { kind: 'version', target: '', args: [], skipFirstLine: flags.skipFirstLine, flags };
    return { kind, target, args, skipFirstLine: flags.skipFirstLine, flags };
  };
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
          return done('dis', argv[i + 1], argv.slice(i + 2));
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
        if (c === 'c') return done('command', value, argv.slice(i + 1));
        if (c === 'm') return done('module', value, argv.slice(i + 1));
        if (c === 'X') flags.xoptions.push(value);
        else flags.warnoptions.push(value);
        break; // -W/-X consumed the rest of the cluster
      }
      if (!FLAG_OPTIONS.includes(c)) throw new UsageError(`Unknown option: -${c}\n`);
      switch (c) {
        case 'h': case '?': help = true; break;
        case 'V': version = true; break;
        case 'x': flags.skipFirstLine = true; break;
        case 'i': flags.inspect = true; break;
        case 'u': flags.unbuffered = true; break;
        case 'q': flags.quiet = true; break;
        case 'E': flags.ignoreEnvironment = true; break;
        case 'I': flags.isolated = flags.ignoreEnvironment = flags.safePath = true; break;
        case 'P': flags.safePath = true; break;
        case 'B': flags.dontWriteBytecode = true; break;
        case 'O': flags.optimize++; break;
        case 'b': bytesWarning++; break;
        case 'J': throw new UsageError('-J is reserved for Jython\n');
        // -d (parser debug), -R (hash randomization, always on), -s, -S, -t,
        // -v: accepted; nothing in krait depends on them.
        default: break;
      }
    }
  }
  if (i >= argv.length || argv[i] === '-') return done('stdin', '-', argv.slice(i + 1));
  return done('file', argv[i], argv.slice(i + 1));
}

/** config_read_env_vars: PYTHON* variables, unless -E or -I. */
function applyEnvironment(flags: Flags, getenv: (name: string) => string | undefined): void {
  if (flags.ignoreEnvironment) return;
  const set = (name: string) => { const v = getenv(name); return v !== undefined && v !== ''; };
  if (set('PYTHONINSPECT')) flags.inspect = true;
  if (set('PYTHONUNBUFFERED')) flags.unbuffered = true;
  if (set('PYTHONDONTWRITEBYTECODE')) flags.dontWriteBytecode = true;
  if (set('PYTHONSAFEPATH')) flags.safePath = true;
  const opt = getenv('PYTHONOPTIMIZE');
  if (opt !== undefined && opt !== '') flags.optimize = Math.max(flags.optimize, /^\d+$/.test(opt) ? Number(opt) : 1);
  const w = getenv('PYTHONWARNINGS');
  if (w !== undefined && w !== '') flags.warnoptions.unshift(...w.split(',').map((s) => s.trim()).filter((s) => s));
}
