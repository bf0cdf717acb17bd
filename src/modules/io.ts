// The standard streams (sys.stdin, sys.stdout, sys.stderr), read-only
// open(), and the print()/input() builtins that use them (Modules/_io/
// textio.c, bufferedio.c; Python/bltinmodule.c builtin_print_impl,
// builtin_input_impl).
//
// Buffering is CPython's: stdout is line-buffered on a terminal and
// block-buffered (8 KiB) otherwise; stderr is line-buffered.  So with both
// redirected to one pipe, `print('a'); print('b', file=sys.stderr)` puts 'b'
// first, as CPython does.  Writing stderr does not flush stdout.  Everything
// is flushed at exit (SysState.flushStdout).  The text is collected in JS
// and handed to the host in large chunks: a million print() calls cost a
// few hundred host writes.

import type { Interpreter } from '../vm/interp.js';
import * as A from '../objects/abstract.js';
import {
  None, PyObject, PyType, TypeType, ObjectType, StrType, makeBuiltinType, typeOf, type PyValue, TF_EXCEPTION,
  TF_BASETYPE, TF_HAS_DICT,
} from '../objects/object.js';
import { defineMethods, defineGetSets } from '../objects/methods.js';
import {
  typeError, valueError, runtimeError, newException, PyBaseException, OSErrorType, ValueErrorType,
  EOFErrorType, BaseExceptionType, UnicodeEncodeErrorType,
} from '../objects/exceptions.js';
import { PyBytes, PyByteArray } from '../objects/bytes.js';
import { PyList } from '../objects/list.js';
import { HostError } from '../host/host.js';
import * as N from '../objects/number.js';

const BLOCK = 8192;

// io.UnsupportedOperation(OSError, ValueError).
export const UnsupportedOperationType = new PyType(TypeType, 'UnsupportedOperation', [OSErrorType, ValueErrorType], TF_BASETYPE | TF_HAS_DICT | TF_EXCEPTION);
UnsupportedOperationType.module = 'io';
UnsupportedOperationType.mro = [UnsupportedOperationType, ...OSErrorType.mro.slice(0, -3), ValueErrorType, ...ValueErrorType.mro.slice(1)];
UnsupportedOperationType.solidBase = BaseExceptionType;
OSErrorType.subclasses.push(UnsupportedOperationType);
ValueErrorType.subclasses.push(UnsupportedOperationType);
const unsupported = (msg: string) => newException(UnsupportedOperationType, msg);

export const TextIOWrapperType = makeBuiltinType('TextIOWrapper');
TextIOWrapperType.module = '_io';
export const BufferedWriterType = makeBuiltinType('BufferedWriter');
BufferedWriterType.module = '_io';
export const BufferedReaderType = makeBuiltinType('BufferedReader');
BufferedReaderType.module = '_io';

function isStr(v: PyValue): boolean {
  return typeof v === 'string' || (typeof v === 'object' && v.cls.isSubtype(StrType));
}

/** The bytes of a bytes-like object, or null. */
function bytesOf(v: PyValue): Uint8Array | null {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) return v.data.subarray(0, v.length);
  return null;
}

// ---- the stream object ---------------------------------------------------------------------------------

type Source = { chunk(): Uint8Array } | null;

/**
 * One class for the text streams: an output stream writes to a host fd, an
 * input stream reads from a source (stdin chunks or a file's bytes).
 */
export class PyStream extends PyObject {
  // output side
  pending: string[] = [];
  pendingLen = 0;
  lineBuffering: boolean;
  /** write_through (-u): every write goes straight to the host. */
  writeThrough = false;
  // input side
  private decoder = new TextDecoder('utf-8');
  private text = '';
  private pos = 0;
  private eof = false;
  private pendingCR = false;
  closed = false;
  buffer: PyStream | null = null;
  /** For binary streams: bytes not yet consumed. */
  private bin: Uint8Array = new Uint8Array(0);

  constructor(
    cls: PyType,
    readonly interp: Interpreter | null,
    readonly fd: number,
    readonly name: string,
    readonly mode: string,
    readonly errors: string,
    readonly source: Source,
    lineBuffering: boolean,
    readonly binary: boolean,
  ) {
    super(cls);
    this.lineBuffering = lineBuffering;
  }

  get readable(): boolean { return this.source !== null; }
  get writable(): boolean { return this.source === null && this.fd > 0; }

  checkOpen(): void {
    if (this.closed) throw valueError('I/O operation on closed file.');
  }

  // -- output --

  /** write(s) for text output (no checks: the caller passes a JS string). */
  writeText(s: string): void {
    this.pending.push(s);
    this.pendingLen += s.length;
    if (this.pendingLen >= BLOCK || this.writeThrough || (this.lineBuffering && (s.includes('\n') || s.includes('\r')))) this.flush();
  }

  flush(): void {
    if (this.pendingLen === 0 && this.pending.length === 0) return;
    const data = this.pending.length === 1 ? this.pending[0] : this.pending.join('');
    this.pending = [];
    this.pendingLen = 0;
    const host = this.interp!.host;
    host.write(this.fd === 2 ? 2 : 1, encodeOut(data, this.errors));
    host.flush();
  }

  writeBytes(b: Uint8Array): void {
    // The binary layer sits below the text layer: pending text is not flushed first (as CPython).
    const host = this.interp!.host;
    host.write(this.fd === 2 ? 2 : 1, b.slice());
    host.flush();
  }

  // -- input --

  private fill(): boolean {
    if (this.eof || this.source === null) return false;
    const chunk = this.source.chunk();
    if (chunk.length === 0) {
      this.eof = true;
      let tail = this.decoder.decode();
      if (this.pendingCR) { tail = '\r' + tail; this.pendingCR = false; }
      if (tail) this.append(tail, true);
      return tail.length > 0;
    }
    if (this.binary) {
      const nb = new Uint8Array(this.bin.length + chunk.length);
      nb.set(this.bin);
      nb.set(chunk, this.bin.length);
      this.bin = nb;
      return true;
    }
    let s = this.decoder.decode(chunk, { stream: true });
    if (this.pendingCR) { s = '\r' + s; this.pendingCR = false; }
    this.append(s, false);
    return true;
  }

  /**
   * Universal newlines for files: \r\n and \r become \n (a trailing \r waits
   * for the next chunk).  sys.stdin splits at \n only and keeps \r (create_stdio
   * uses newline='\n' on POSIX).
   */
  private append(s: string, final: boolean): void {
    if (this.fd !== 0) {
      if (!final && s.endsWith('\r')) { s = s.slice(0, -1); this.pendingCR = true; }
      if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
    }
    if (this.pos > 0 && this.pos === this.text.length) { this.text = ''; this.pos = 0; }
    this.text += s;
  }

  readLine(limit: number): string {
    for (;;) {
      const nl = this.text.indexOf('\n', this.pos);
      if (nl >= 0 && (limit < 0 || nl - this.pos < limit)) {
        const line = this.text.slice(this.pos, nl + 1);
        this.pos = nl + 1;
        return line;
      }
      if (limit >= 0 && this.text.length - this.pos >= limit) {
        const line = this.text.slice(this.pos, this.pos + limit);
        this.pos += limit;
        return line;
      }
      if (!this.fill()) {
        const line = this.text.slice(this.pos);
        this.pos = this.text.length;
        return line;
      }
    }
  }

  readAll(size: number): string {
    if (size < 0) {
      while (this.fill());
      const s = this.text.slice(this.pos);
      this.pos = this.text.length;
      return s;
    }
    while (this.text.length - this.pos < size && this.fill());
    const s = this.text.slice(this.pos, this.pos + size);
    this.pos += s.length;
    return s;
  }

  readBytes(size: number): Uint8Array {
    if (size < 0) while (this.fill());
    else while (this.bin.length < size && this.fill());
    const n = size < 0 ? this.bin.length : Math.min(size, this.bin.length);
    const out = this.bin.slice(0, n);
    this.bin = this.bin.subarray(n);
    return out;
  }

  readBytesLine(): Uint8Array {
    for (;;) {
      const nl = this.bin.indexOf(0x0a);
      if (nl >= 0) return this.readBytes(nl + 1);
      if (!this.fill()) return this.readBytes(-1);
    }
  }
}

/** Encode output text; lone surrogates follow the stream's error handler (surrogateescape / backslashreplace). */
function encodeOut(s: string, errors: string): string | Uint8Array {
  if (!/[\ud800-\udfff]/.test(s)) return s;
  const out: number[] = [];
  const enc = new TextEncoder();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      out.push(...enc.encode(s.slice(i, i + 2)));
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      if (errors === 'surrogateescape' && c >= 0xdc80 && c <= 0xdcff) out.push(c - 0xdc00);
      else if (errors === 'backslashreplace') out.push(...enc.encode('\\u' + c.toString(16).padStart(4, '0')));
      else {
        const at = N.strLen(s.slice(0, i));
        throw A.call(UnicodeEncodeErrorType, ['utf-8', s, at, at + 1, 'surrogates not allowed']);
      }
    } else {
      out.push(...enc.encode(s[i]));
    }
  }
  return new Uint8Array(out);
}

function streamArg(self: PyValue): PyStream {
  if (!(self instanceof PyStream)) throw typeError(`descriptor requires a '_io.TextIOWrapper' object but received a '${typeOf(self).name}'`);
  return self;
}

function sizeArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return -1;
  const n = A.index(v);
  return typeof n === 'bigint' ? Number.MAX_SAFE_INTEGER : n;
}

// ---- text stream methods ---------------------------------------------------------------------------------

function textWrite(self: PyStream, s: PyValue): PyValue {
  if (!isStr(s)) throw typeError(`write() argument must be str, not ${typeOf(s).name}`);
  self.checkOpen();
  if (!self.writable) throw unsupported('not writable');
  const str = A.strValue(s);
  self.writeText(str);
  return N.strLen(str);
}

function textReadLine(self: PyStream, size: PyValue | undefined): PyValue {
  self.checkOpen();
  if (!self.readable) throw unsupported('not readable');
  return self.readLine(sizeArg(size));
}

defineMethods(TextIOWrapperType, {
  'write($self, text, /)': (self: PyValue, s: PyValue) => textWrite(streamArg(self), s),
  'writelines($self, lines, /)': (self: PyValue, lines: PyValue) => {
    const st = streamArg(self);
    for (const l of A.toArray(lines)) textWrite(st, l);
    return None;
  },
  'flush($self, /)': (self: PyValue) => {
    const st = streamArg(self);
    st.checkOpen();
    if (st.writable) st.flush();
    return None;
  },
  'read($self, size=-1, /)': (self: PyValue, size: PyValue | undefined) => {
    const st = streamArg(self);
    st.checkOpen();
    if (!st.readable) throw unsupported('not readable');
    return st.readAll(sizeArg(size));
  },
  'readline($self, size=-1, /)': (self: PyValue, size: PyValue | undefined) => textReadLine(streamArg(self), size),
  'readlines($self, hint=-1, /)': (self: PyValue, hint: PyValue | undefined) => {
    const st = streamArg(self);
    st.checkOpen();
    if (!st.readable) throw unsupported('not readable');
    const h = sizeArg(hint);
    const out: PyValue[] = [];
    let total = 0;
    for (;;) {
      const l = st.readLine(-1);
      if (l === '') break;
      out.push(l);
      total += l.length;
      if (h > 0 && total >= h) break;
    }
    return new PyList(out);
  },
  '__iter__($self, /)': (self: PyValue) => { streamArg(self).checkOpen(); return self; },
  '__next__($self, /)': (self: PyValue) => {
    const st = streamArg(self);
    st.checkOpen();
    const l = st.readLine(-1);
    if (l === '') throw A.stopIteration();
    return l;
  },
  '__enter__($self, /)': (self: PyValue) => { streamArg(self).checkOpen(); return self; },
  '__exit__($self, /, *args)': (self: PyValue) => { closeStream(streamArg(self)); return None; },
  'close($self, /)': (self: PyValue) => { closeStream(streamArg(self)); return None; },
  'isatty($self, /)': (self: PyValue) => {
    const st = streamArg(self);
    st.checkOpen();
    return isTTY(st);
  },
  'fileno($self, /)': (self: PyValue) => {
    const st = streamArg(self);
    if (st.fd < 0) throw unsupported('fileno');
    return st.fd;
  },
  'readable($self, /)': (self: PyValue) => { const st = streamArg(self); st.checkOpen(); return st.readable; },
  'writable($self, /)': (self: PyValue) => { const st = streamArg(self); st.checkOpen(); return st.writable; },
  'seekable($self, /)': (self: PyValue) => { streamArg(self).checkOpen(); return false; },
  '__repr__($self, /)': (self: PyValue) => {
    const st = streamArg(self);
    return `<_io.TextIOWrapper name=${A.repr(st.fd >= 0 && st.fd <= 2 ? st.name : st.name)} mode='${st.mode}' encoding='${st.fd >= 0 && st.fd <= 2 ? 'utf-8' : 'UTF-8'}'>`;
  },
});

defineGetSets(TextIOWrapperType, {
  'encoding': [() => 'utf-8', null],
  'errors': [(self: PyStream) => self.errors, null],
  'name': [(self: PyStream) => (self.fd >= 0 && self.fd <= 2 ? self.name : self.name), null],
  'mode': [(self: PyStream) => self.mode, null],
  'closed': [(self: PyStream) => self.closed, null],
  'line_buffering': [(self: PyStream) => self.lineBuffering, null],
  'write_through': [(self: PyStream) => self.writeThrough, null],
  'newlines': [() => None, null],
  'buffer': [(self: PyStream) => {
    if (self.buffer === null) throw A.noAttribute(self, 'buffer');
    return self.buffer;
  }, null],
});

function closeStream(st: PyStream): void {
  if (st.closed) return;
  if (st.writable) st.flush();
  st.closed = true;
}

function isTTY(st: PyStream): boolean {
  const host = st.interp?.host;
  if (host === undefined) return false;
  if (st.fd === 0) return host.stdinIsTTY();
  if (st.fd === 1 || st.fd === 2) return host.isTTY ? host.isTTY(st.fd) : false;
  return false;
}

// ---- binary layer (sys.stdout.buffer, open(..., 'rb')) -----------------------------------------------------

function binWrite(self: PyStream, b: PyValue): PyValue {
  const data = bytesOf(b);
  if (data === null) throw typeError(`a bytes-like object is required, not '${typeOf(b).name}'`);
  self.checkOpen();
  if (!self.writable) throw unsupported('write');
  self.writeBytes(data);
  return data.length;
}

for (const t of [BufferedWriterType, BufferedReaderType]) {
  defineMethods(t, {
    'write($self, buffer, /)': (self: PyValue, b: PyValue) => binWrite(streamArg(self), b),
    'flush($self, /)': (self: PyValue) => { streamArg(self).checkOpen(); return None; },
    'read($self, size=-1, /)': (self: PyValue, size: PyValue | undefined) => {
      const st = streamArg(self);
      st.checkOpen();
      if (!st.readable) throw unsupported('read');
      return new PyBytes(st.readBytes(sizeArg(size)));
    },
    'readline($self, size=-1, /)': (self: PyValue) => {
      const st = streamArg(self);
      st.checkOpen();
      if (!st.readable) throw unsupported('readline');
      return new PyBytes(st.readBytesLine());
    },
    '__iter__($self, /)': (self: PyValue) => self,
    '__next__($self, /)': (self: PyValue) => {
      const l = streamArg(self).readBytesLine();
      if (l.length === 0) throw A.stopIteration();
      return new PyBytes(l);
    },
    '__enter__($self, /)': (self: PyValue) => self,
    '__exit__($self, /, *args)': (self: PyValue) => { streamArg(self).closed = true; return None; },
    'close($self, /)': (self: PyValue) => { streamArg(self).closed = true; return None; },
    'isatty($self, /)': (self: PyValue) => isTTY(streamArg(self)),
    'fileno($self, /)': (self: PyValue) => streamArg(self).fd,
    'readable($self, /)': (self: PyValue) => streamArg(self).readable,
    'writable($self, /)': (self: PyValue) => streamArg(self).writable,
    '__repr__($self, /)': (self: PyValue) => `<_io.${typeOf(self).name} name=${A.repr(streamArg(self).name)}>`,
  });
  defineGetSets(t, {
    'name': [(self: PyStream) => self.name, null],
    'mode': [(self: PyStream) => self.mode, null],
    'closed': [(self: PyStream) => self.closed, null],
  });
}

// ---- the standard streams ----------------------------------------------------------------------------------

export interface StdStreams { stdin: PyStream; stdout: PyStream; stderr: PyStream }

export function makeStdStreams(interp: Interpreter, interactive: boolean): StdStreams {
  const host = interp.host;
  const stdinSource = {
    started: false,
    chunk(): Uint8Array {
      if (host.readStdinChunk) return host.readStdinChunk();
      if (this.started) return new Uint8Array(0);
      this.started = true;
      return host.readStdin();
    },
  };
  const outTTY = interactive || (host.isTTY ? host.isTTY(1) : false);
  const stdin = new PyStream(TextIOWrapperType, interp, 0, '<stdin>', 'r', 'surrogateescape', stdinSource, false, false);
  const stdout = new PyStream(TextIOWrapperType, interp, 1, '<stdout>', 'w', 'surrogateescape', null, outTTY, false);
  const stderr = new PyStream(TextIOWrapperType, interp, 2, '<stderr>', 'w', 'backslashreplace', null, true, false);
  stdin.buffer = new PyStream(BufferedReaderType, interp, 0, '<stdin>', 'rb', 'strict', stdinSource, false, true);
  stdout.buffer = new PyStream(BufferedWriterType, interp, 1, '<stdout>', 'wb', 'strict', null, false, true);
  stderr.buffer = new PyStream(BufferedWriterType, interp, 2, '<stderr>', 'wb', 'strict', null, false, true);
  return { stdin, stdout, stderr };
}

// ---- print() and input() --------------------------------------------------------------------------------------

function sysStream(interp: Interpreter, name: string): PyValue | undefined {
  return interp.sys.dict.getStr(name);
}

/** Write a str through a file object: directly for krait's own streams, else file.write(s). */
function writeTo(file: PyValue, s: string): void {
  if (file instanceof PyStream && file.cls === TextIOWrapperType && !file.binary) {
    if (file.closed) throw valueError('I/O operation on closed file.');
    if (!file.writable) throw unsupported('not writable');
    file.writeText(s);
    return;
  }
  A.call(A.getAttr(file, 'write'), [s]);
}

/** print(*objects, sep=' ', end='\n', file=None, flush=False) (builtin_print_impl). */
export function printImpl(interp: Interpreter, args: PyValue[], kwnames: string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const n = args.length - nkw;
  let sep: PyValue = None, end: PyValue = None, file: PyValue = None, flush: PyValue = false;
  for (let i = 0; i < nkw; i++) {
    const v = args[n + i];
    switch (kwnames![i]) {
      case 'sep': sep = v; break;
      case 'end': end = v; break;
      case 'file': file = v; break;
      case 'flush': flush = v; break;
      default: throw typeError(`'${kwnames![i]}' is an invalid keyword argument for print()`);
    }
  }
  if (file === None) {
    const out = sysStream(interp, 'stdout');
    if (out === undefined) throw runtimeError('lost sys.stdout');
    if (out === None) return None;
    file = out;
  }
  if (sep !== None && !isStr(sep)) throw typeError(`sep must be None or a string, not ${typeOf(sep).name}`);
  if (end !== None && !isStr(end)) throw typeError(`end must be None or a string, not ${typeOf(end).name}`);
  const sepS = sep === None ? ' ' : A.strValue(sep);
  const endS = end === None ? '\n' : A.strValue(end);
  if (file instanceof PyStream && file.cls === TextIOWrapperType) {
    // One write of the whole line: the same bytes as CPython's several writes.
    let line = '';
    for (let i = 0; i < n; i++) {
      if (i > 0) line += sepS;
      const a = args[i];
      line += typeof a === 'string' ? a : A.str(a);
    }
    writeTo(file, line + endS);
  } else {
    for (let i = 0; i < n; i++) {
      if (i > 0) writeTo(file, sepS);
      writeTo(file, A.str(args[i]));
    }
    writeTo(file, endS);
  }
  if (A.isTrue(flush)) A.call(A.getAttr(file, 'flush'), []);
  return None;
}

/** input(prompt='') (builtin_input_impl's non-interactive path, which CPython also takes for pipes). */
export function inputImpl(interp: Interpreter, args: PyValue[]): PyValue {
  if (args.length > 1) throw typeError(`input expected at most 1 argument, got ${args.length}`);
  const fin = sysStream(interp, 'stdin');
  const fout = sysStream(interp, 'stdout');
  const ferr = sysStream(interp, 'stderr');
  if (fin === undefined || fin === None) throw runtimeError('input(): lost sys.stdin');
  if (fout === undefined || fout === None) throw runtimeError('input(): lost sys.stdout');
  if (ferr === undefined || ferr === None) throw runtimeError('input(): lost sys.stderr');
  A.call(A.getAttr(ferr, 'flush'), []);
  if (args.length === 1) writeTo(fout, A.str(args[0]));
  A.call(A.getAttr(fout, 'flush'), []);
  const line = A.call(A.getAttr(fin, 'readline'), []);
  if (!isStr(line)) throw typeError('object.readline() returned non-string');
  const s = A.strValue(line);
  if (s.length === 0) throw newException(EOFErrorType, 'EOF when reading a line');
  return s.endsWith('\n') ? s.slice(0, -1) : s;
}

// ---- open() (read-only for now) ----------------------------------------------------------------------------------

/** open(file, mode='r', ...): reading files through the host.  Writing is not available yet. */
export function openImpl(interp: Interpreter, args: PyValue[], kwnames: string[] | null): PyValue {
  const names = ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'];
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > names.length) throw typeError(`open() takes at most 8 arguments (${npos} given)`);
  const a: (PyValue | undefined)[] = new Array(names.length);
  for (let i = 0; i < npos; i++) a[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const idx = names.indexOf(kwnames![k]);
    if (idx < 0) throw typeError(`open() got an unexpected keyword argument '${kwnames![k]}'`);
    a[idx] = args[npos + k];
  }
  const file = a[0];
  if (file === undefined) throw typeError("open() missing required argument 'file' (pos 1)");
  let path: string;
  if (isStr(file)) path = A.strValue(file);
  else if (file instanceof PyBytes) path = new TextDecoder().decode(file.data);
  else {
    const fs = typeOf(file).lookup('__fspath__');
    if (fs === undefined) throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(file).name}`);
    path = A.strValue(A.callMethod(fs, file, []));
  }
  const modeV = a[1] ?? 'r';
  if (!isStr(modeV)) throw typeError(`open() argument 'mode' must be str, not ${typeOf(modeV).name}`);
  const mode = A.strValue(modeV);
  if (!/^[rwxabt+U]*$/.test(mode) || new Set(mode).size !== mode.length) throw valueError(`invalid mode: '${mode}'`);
  const binary = mode.includes('b');
  if (binary && mode.includes('t')) throw valueError("can't have text and binary mode at once");
  if (/[wxa+]/.test(mode)) {
    throw newException(OSErrorType, 30, 'Read-only file system (krait cannot write files yet)', path);
  }
  let data: Uint8Array;
  try {
    if (interp.host.isDirectory(path)) throw new HostError(21, 'Is a directory', path, 'EISDIR');
    data = interp.host.readFile(path);
  } catch (e) {
    if (e instanceof HostError) throw A.call(OSErrorType, [e.errno, e.strerror, path]);
    throw e;
  }
  let given = false;
  const source = { chunk(): Uint8Array { if (given) return new Uint8Array(0); given = true; return data; } };
  const name = isStr(file) ? A.strValue(file) : path;
  if (binary) return new PyStream(BufferedReaderType, interp, 3, name, 'rb', 'strict', source, false, true);
  return new PyStream(TextIOWrapperType, interp, 3, name, mode.replace('t', '') || 'r', 'strict', source, false, false);
}

void [ObjectType, PyBaseException];
