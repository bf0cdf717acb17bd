// The Host for Node.js.
//
// Output goes through our own buffer and fs.writeSync on fds 1 and 2, not
// process.stdout: Node's streams are asynchronous for pipes and files, cost a
// lot per call, and lose data when process.exit() runs before they drain.
// A program that prints a million lines makes a million small write() calls
// into a byte buffer here and a few dozen syscalls.  exit() flushes first.
// stderr is flushed eagerly (after every write) so that its output never
// waits behind stdout's buffer, as with CPython's unbuffered-ish stderr;
// stdout is flushed before each stderr write to keep the two in order on a
// shared terminal.

import * as fs from 'node:fs';
import type * as TTY from 'node:tty';
import type * as WorkerThreads from 'node:worker_threads';
import type * as NodeOs from 'node:os';
import { type Host, type HostStat, HostError } from './host.js';

const BUF_SIZE = 64 * 1024;

class OutBuffer {
  private buf = new Uint8Array(BUF_SIZE);
  private len = 0;
  private readonly encoder = new TextEncoder();
  constructor(private readonly fd: number) {}

  write(data: string | Uint8Array): void {
    if (typeof data === 'string') {
      // Worst case 3 bytes per UTF-16 unit.
      if (data.length * 3 > this.buf.length - this.len) {
        this.flush();
        if (data.length * 3 > this.buf.length) {
          writeAll(this.fd, this.encoder.encode(data));
          return;
        }
      }
      this.len += this.encoder.encodeInto(data, this.buf.subarray(this.len)).written;
    } else {
      if (data.length > this.buf.length - this.len) {
        this.flush();
        if (data.length > this.buf.length) {
          writeAll(this.fd, data);
          return;
        }
      }
      this.buf.set(data, this.len);
      this.len += data.length;
    }
  }

  flush(): void {
    if (this.len === 0) return;
    const n = this.len;
    this.len = 0;
    writeAll(this.fd, this.buf.subarray(0, n));
  }
}

/** writeSync until done; EAGAIN (a non-blocking pipe) is retried. EPIPE ends quietly. */
function writeAll(fd: number, data: Uint8Array): void {
  let off = 0;
  while (off < data.length) {
    try {
      off += fs.writeSync(fd, data, off, data.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EPIPE') return;
      throw e;
    }
  }
}

/** errno numbers and strerror texts (Linux) for the codes Node reports. */
const ERRNO: Record<string, [number, string]> = {
  EPERM: [1, 'Operation not permitted'],
  ENOENT: [2, 'No such file or directory'],
  EIO: [5, 'Input/output error'],
  EBADF: [9, 'Bad file descriptor'],
  EACCES: [13, 'Permission denied'],
  EEXIST: [17, 'File exists'],
  ENOTDIR: [20, 'Not a directory'],
  EISDIR: [21, 'Is a directory'],
  EINVAL: [22, 'Invalid argument'],
  EMFILE: [24, 'Too many open files'],
  ENAMETOOLONG: [36, 'File name too long'],
  ELOOP: [40, 'Too many levels of symbolic links'],
};

function hostError(e: unknown, path: string): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  if (typeof code !== 'string') return e;
  const known = ERRNO[code];
  const errno = known ? known[0] : ((e as NodeJS.ErrnoException).errno ?? 0) * -1;
  return new HostError(errno, known ? known[1] : code, path, code);
}

export class NodeHost implements Host {
  private readonly out = new OutBuffer(1);
  private readonly err = new OutBuffer(2);
  readonly argv: readonly string[];
  readonly platform: string = process.platform;

  constructor(argv: readonly string[] = process.argv.slice(2)) {
    this.argv = argv;
  }

  readFile(path: string): Uint8Array {
    try {
      return fs.readFileSync(path);
    } catch (e) {
      throw hostError(e, path);
    }
  }

  isDirectory(path: string): boolean {
    try {
      return fs.statSync(path).isDirectory();
    } catch {
      return false;
    }
  }

  readStdin(): Uint8Array {
    try {
      return fs.readFileSync(0);
    } catch (e) {
      // A closed or absent stdin reads as empty, like CPython's.
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EOF' || code === 'EAGAIN' || code === 'EBADF') return new Uint8Array(0);
      throw hostError(e, '<stdin>');
    }
  }

  stdinIsTTY(): boolean {
    // Not process.stdin.isTTY: creating process.stdin costs startup time.
    return isatty(0);
  }

  private stdinBuf: Uint8Array | null = null;
  readStdinChunk(): Uint8Array {
    const buf = this.stdinBuf ?? (this.stdinBuf = new Uint8Array(64 * 1024));
    for (;;) {
      try {
        const n = fs.readSync(0, buf, 0, buf.length, null);
        return buf.slice(0, n);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') continue; // a non-blocking stdin: poll
        if (code === 'EOF' || code === 'EBADF' || code === 'ENXIO') return new Uint8Array(0);
        throw hostError(e, '<stdin>');
      }
    }
  }

  isTTY(fd: 1 | 2): boolean {
    try {
      return isatty(fd);
    } catch {
      return false;
    }
  }

  write(fd: 1 | 2, data: string | Uint8Array): void {
    if (fd === 1) {
      this.out.write(data);
    } else {
      this.out.flush();
      this.err.write(data);
      this.err.flush();
    }
  }

  flush(): void {
    this.out.flush();
    this.err.flush();
  }

  exit(status: number): never {
    this.flush();
    process.exit(status);
  }

  killBySignal(signal: 'SIGINT'): never {
    this.flush();
    // An interpreter thread can't signal the process (the main thread's
    // Ctrl-C handler would catch it): it exits with a code the main thread
    // turns into the signal (interactive.ts).
    if (!(require('node:worker_threads') as typeof WorkerThreads).isMainThread) process.exit(WORKER_EXIT_SIGINT);
    dieBySignal(signal);
  }

  getenv(name: string): string | undefined {
    return process.env[name];
  }

  cwd(): string {
    return process.cwd();
  }

  monotonicNs(): bigint {
    return process.hrtime.bigint();
  }

  environ(): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) out.push([k, v]);
    return out;
  }

  listDir(path: string): string[] {
    try {
      return fs.readdirSync(path);
    } catch (e) {
      throw hostError(e, path);
    }
  }

  stat(path: string): HostStat {
    try {
      const st = fs.statSync(path);
      return {
        mode: st.mode, size: st.size, mtime: st.mtimeMs / 1000, atime: st.atimeMs / 1000,
        ctime: st.ctimeMs / 1000, ino: st.ino, dev: st.dev, nlink: st.nlink, uid: st.uid, gid: st.gid,
      };
    } catch (e) {
      throw hostError(e, path);
    }
  }

  getpid(): number {
    return process.pid;
  }

  homedir(): string {
    return (require('node:os') as typeof NodeOs).homedir();
  }
}

/**
 * isatty(fd), without loading node:tty (and with it net and streams: a few
 * milliseconds of startup) in the usual non-terminal cases: pipes and files
 * are not character devices, and /dev/null & co. are the memory devices
 * (major number 1 on Linux).  Anything else asks node:tty.
 */
export function isatty(fd: number): boolean {
  try {
    const st = fs.fstatSync(fd);
    if (!st.isCharacterDevice()) return false;
    if (process.platform === 'linux' && ((st.rdev >> 8) & 0xfff) === 1) return false;
  } catch {
    return false;
  }
  return (require('node:tty') as typeof TTY).isatty(fd);
}

/** A worker's exit code meaning "kill the process with SIGINT". */
export const WORKER_EXIT_SIGINT = 0x5151;

/** Remove our handlers and send ourselves the signal (its default action ends the process). */
export function dieBySignal(signal: 'SIGINT'): never {
  process.removeAllListeners(signal);
  process.kill(process.pid, signal);
  // Delivery is normally immediate; if the signal is ignored, exit as CPython's fallback does.
  process.exit(130);
}
