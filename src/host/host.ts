// The host interface: everything the runtime needs from outside pure
// computation.  The interpreter never touches Node (or browser) APIs
// directly; it calls these, so a browser host can supply its own (files from
// an in-memory map, stdout into a DOM element, exit as an exception).

/** Thrown by hosts whose exit() cannot stop the process (e.g. a browser). */
export class HostExit {
  constructor(readonly status: number) {}
}

/** An OS-level failure, shaped like Python's OSError (errno + strerror). */
export class HostError extends Error {
  constructor(
    readonly errno: number,
    readonly strerror: string,
    readonly path: string,
    /** The host's own code, e.g. 'ENOENT'. */
    readonly code: string,
  ) {
    super(`[Errno ${errno}] ${strerror}: '${path}'`);
  }
}

export interface Host {
  /** The whole file as bytes; throws HostError (ENOENT, EISDIR, EACCES, ...). */
  readFile(path: string): Uint8Array;
  /** Whether `path` names a directory (false if it does not exist). */
  isDirectory(path: string): boolean;
  /** All of standard input as bytes. */
  readStdin(): Uint8Array;
  /** Whether standard input is an interactive terminal. */
  stdinIsTTY(): boolean;
  /**
   * The next chunk of standard input (blocking): whatever one read returns,
   * so a terminal gives a line at a time; an empty array at end of input.
   * Optional: hosts without it serve readStdin() as one chunk.
   */
  readStdinChunk?(): Uint8Array;
  /** Whether fd 1 or 2 is a terminal (line-buffered stdout, like CPython). Optional: false if absent. */
  isTTY?(fd: 1 | 2): boolean;
  /** sys.platform ('linux', 'darwin', 'win32', 'emscripten', ...). Optional: 'linux' if absent. */
  readonly platform?: string;
  /** Write to fd 1 or 2.  Strings are encoded as UTF-8.  May be buffered: see flush(). */
  write(fd: 1 | 2, data: string | Uint8Array): void;
  /** Push buffered output out. */
  flush(): void;
  /** Flush, then end the program with this status.  Never returns. */
  exit(status: number): never;
  /**
   * Flush, then end the program by a signal's default action, as CPython
   * does after an uncaught KeyboardInterrupt (exit_sigint).  Optional: hosts
   * without signals exit with 128 + the signal number.
   */
  killBySignal?(signal: 'SIGINT'): never;
  /** Program arguments after the interpreter's own name (like sys.argv[1:] before option parsing). */
  readonly argv: readonly string[];
  /** Environment variable, or undefined. */
  getenv(name: string): string | undefined;
  /** The current working directory (absolute). */
  cwd(): string;
  /** A monotonic clock in nanoseconds (time.monotonic_ns / perf_counter_ns). */
  monotonicNs(): bigint;
  /** Every environment variable (os.environ's initial contents). Optional: empty if absent. */
  environ?(): Array<[string, string]>;
  /** The names in a directory (no '.'/'..'), unsorted; throws HostError. Optional: os.listdir raises if absent. */
  listDir?(path: string): string[];
  /** stat() of a path (following symlinks); throws HostError. Optional: os.stat raises if absent. */
  stat?(path: string): HostStat;
  /** The process id (os.getpid). Optional: os.getpid raises if absent. */
  getpid?(): number;
  /** The user's home directory (os.path.expanduser when HOME is unset). Optional. */
  homedir?(): string;
}

/** What os.stat needs (st_mode carries the S_IF* type bits). */
export interface HostStat {
  mode: number;
  size: number;
  /** Modification/access/change times in seconds (float). */
  mtime: number;
  atime: number;
  ctime: number;
  ino: number;
  dev: number;
  nlink: number;
  uid: number;
  gid: number;
}
