/**
 * What every utility shares: its name for diagnostics (argv[0], as GNU's
 * program_name), buffered stdout that is flushed before anything goes to
 * stderr (glibc's error() flushes stdout first, so merged output keeps its
 * order), GNU option parsing with the `Try '...' --help` hint, and file or
 * stdin inputs as chunk streams.
 */
import { openForRead } from '../devmem.js';
import { limitsOf } from '../shell/limits.js';
import { encodeBytes, normalizeBytes } from '../bytes.js';
import type { InStream, Proc } from '../process.js';
import { errnoText, type VfsError } from '../vfs.js';
import { getopt, type Opt, type OptSpec } from './getopt.js';
import { LineReader, type Line } from './lines.js';
import { quotef } from './quote.js';
import { StdioFile } from '../../tools/lib/stdio.js';

/** The status of a command the CPU budget ended (the lab reports it as `--time-limit`'s). */
export const EXIT_CPU_SPENT = 124;

export function isVfsError(v: unknown): v is VfsError {
  return typeof v === 'string' && v in errnoText;
}

/** An InStream over a string already in memory (a file's contents). */
export function stringStream(text: string): InStream {
  let done = false;
  return {
    read(): Promise<string | null> {
      if (done || text === '') return Promise.resolve(null);
      done = true;
      return Promise.resolve(text);
    },
    readAll(): Promise<string> {
      const r = done ? '' : text;
      done = true;
      return Promise.resolve(r);
    },
  };
}

/**
 * A file read by read(2)s at a moving position (`pread(pos, len)`), each
 * of the size the reader asks for (a whole-file read: 128 KiB, cat's
 * buffer); an empty read is EOF.
 */
export function preadStream(pread: (pos: number, len: number) => string | VfsError): InStream {
  let pos = 0;
  let eof = false;
  const read = (len = 131072): Promise<string | null> => {
    if (eof) return Promise.resolve(null);
    const r = pread(pos, len);
    if (r === '' || isVfsError(r)) {
      eof = true;
      return Promise.resolve(null);
    }
    pos += r.length;
    return Promise.resolve(r);
  };
  return {
    read,
    async readAll(): Promise<string> {
      let all = '';
      for (let c = await read(); c !== null; c = await read()) all += c;
      return all;
    },
  };
}

export interface Options {
  readonly opts: Opt[];
  readonly operands: string[];
  /** Whether any of these option keys was given. */
  has(...keys: string[]): boolean;
}

export class Cmd {
  readonly name: string;
  /**
   * stdout as glibc's stdio gives it to a tool (StdioFile, as ping's):
   * line buffered on a terminal (and written out before each read that may
   * wait), fully buffered into a pipe or a file, so what a filter prints
   * after `|` comes after what its writer printed meanwhile on stderr.
   */
  private readonly stdout: StdioFile;
  /** Characters written out since the last yieldNow(). */
  private produced = 0;

  /** `fallback` names the utility when argv is empty. */
  constructor(
    readonly p: Proc,
    fallback = 'sh',
  ) {
    this.name = p.argv[0] ?? fallback;
    this.stdout = new StdioFile({
      write: (s) => {
        this.produced += s.length;
        p.stdout.write(normalizeBytes(s));
      },
      // each block stdio writes out is a write(2) of its own (cat's chunks, one per file), its error ferror()'s
      writeAll: (s) => {
        this.produced += s.length;
        return p.stdout.writeAll ? p.stdout.writeAll(normalizeBytes(s)) : (p.stdout.write(normalizeBytes(s)), null);
      },
      isatty: p.stdout.isatty,
      get broken() {
        return p.stdout.broken;
      },
      get blksize() {
        return p.stdout.blksize;
      },
    });
  }

  /** setvbuf(stdout, NULL, _IOLBF, 0), or fflush after each line (sed -u, grep --line-buffered). */
  setLineBuffered(): void {
    this.stdout.setLineBuffered();
  }

  /** Before a read that may wait: line-buffered output goes out; a pipe's waits for a full block or exit. */
  beforeWait(): void {
    if (this.stdout.isLineBuffered) this.stdout.flush();
  }

  get args(): string[] {
    return this.p.argv.slice(1);
  }

  /** The reader of stdout went away. */
  get broken(): boolean {
    return this.p.stdout.broken === true;
  }

  /** ferror(stdout): a write into it failed (EPIPE, SIGPIPE ignored). */
  get writeFailed(): boolean {
    return this.stdout.failed;
  }

  /**
   * The write a utility makes into a stdout whose reader is gone raises
   * SIGPIPE: its default action ends the process in that write (it never
   * returns); ignored (`trap '' PIPE`), the write fails with EPIPE.
   */
  raiseSigpipe(): void {
    this.p.stdout.write('');
  }

  /** A utility that checks its writes, once stdout broke: SIGPIPE, or its write error (WriteError). */
  pipeGone(): never {
    this.raiseSigpipe();
    throw new WriteError();
  }

  out(s: string): void {
    if (s !== '') this.stdout.write(s);
  }

  /** full_write(STDOUT_FILENO, s): past stdio (what it held first), write(2)s of all of `s` now. */
  fullWrite(s: string): void {
    if (s !== '') this.stdout.writeDirect(s);
  }

  /** putchar() of each character of `s` (line buffered: a write(2) at each newline). */
  putc(s: string): void {
    if (s !== '') this.stdout.putc(s);
  }

  /** A write(2) of stdout failed with this errno (a value a /proc/sys file refused). */
  get stdoutErrno(): VfsError | null {
    return this.stdout.errno;
  }

  /**
   * gnulib's close_stdout() at a program's exit, bash's sh_chkwrite() after
   * a builtin (`prefix`: `bash: line N: `): stdout flushed, and a write that
   * failed reported as `NAME: TEXT: STRERROR` (`write error`, or the
   * program's own words), with `status`; else 0.
   */
  closeStdout(prefix = '', text = 'write error', status = 1): number {
    this.stdout.flush();
    const e = this.stdout.errno;
    if (e === null) return 0;
    this.stdout.clearerr();
    this.p.stderr.write(`${prefix}${this.name}: ${text}: ${errnoText[e]}\n`);
    return status;
  }

  flush(): void {
    this.stdout.flush();
  }

  /** `name: msg` on stderr, after flushing stdout. */
  error(msg: string): void {
    this.flush();
    this.p.stderr.write(`${this.name}: ${msg}\n`);
  }

  /**
   * fprintf(stderr, ...) with stdout left as it is: what a pipe's buffer still
   * holds comes after it (GNU sed's "can't read", mawk's errmsg()).
   */
  stderrUnflushed(s: string): void {
    this.p.stderr.write(s);
  }

  /** Raw text on stderr, after flushing stdout. */
  stderr(s: string): void {
    this.flush();
    this.p.stderr.write(s);
  }

  /** An optional message, then `Try 'name --help' for more information.`; returns `status`. */
  usage(msg: string | null, status: number): number {
    if (msg !== null) this.error(msg);
    this.stderr(`Try '${this.name} --help' for more information.\n`);
    return status;
  }

  /** getopt_long over the arguments; on error prints the usage diagnostic and returns its status. */
  options(spec: OptSpec, failStatus: number, args: readonly string[] = this.args): Options | number {
    const r = getopt(args, spec, this.p.env);
    if (!r.ok) return this.usage(r.message, failStatus);
    return { opts: r.opts, operands: r.operands, has: (...keys) => r.opts.some((o) => keys.includes(o.key)) };
  }

  path(file: string): string {
    return this.p.fs.resolve(this.p.cwd, file);
  }

  stat(file: string): 'file' | 'dir' | null {
    return this.p.fs.stat(this.lookupPath(file), this.p.net);
  }

  readFile(file: string): string | VfsError {
    return this.p.fs.read(this.lookupPath(file), this.p.net);
  }

  /** The path a system call looks up: resolved, its trailing '/' kept (it asks for a directory). */
  private lookupPath(file: string): string {
    const abs = this.path(file);
    return file.length > 1 && file.endsWith('/') && abs !== '/' ? abs + '/' : abs;
  }

  /** A character device or descriptor path (/dev/zero, /dev/stdin, /dev/fd/N), or null for a file. */
  device(file: string): InStream | VfsError | null {
    return file === '-' ? this.p.stdin : openForRead(this.p, this.path(file));
  }

  /** `-` is stdin; a device is read as it comes; a file is read whole. */
  input(file: string): InStream | VfsError {
    const dev = this.device(file);
    if (dev !== null) return dev;
    const r = this.readFile(file);
    if (isVfsError(r)) return r;
    // a provider's file (/proc/sys) answers each read(2) at its position: a numeric sysctl only the first
    const fs = this.p.fs;
    const path = this.lookupPath(file);
    if (!fs.pread || !path.startsWith('/proc/sys/')) return stringStream(r);
    return preadStream((pos, len) => fs.pread!(path, this.p.net, pos, len));
  }

  /** Everything from `-` (stdin), a device or a file. */
  async slurp(file: string): Promise<string | VfsError> {
    const dev = this.device(file);
    if (dev !== null) return isVfsError(dev) ? dev : dev.readAll();
    return this.readFile(file);
  }

  /**
   * Let other tasks (the reader of a pipe) run: a long producer calls this
   * now and then. What it wrote meanwhile costs CPU steps as /dev/zero's
   * bytes do, so a producer that never ends (`seq 1e30 >/dev/null`) is
   * held to the budget: false once it is spent (the lab ends the command).
   */
  async yieldNow(): Promise<boolean> {
    this.flush();
    const ok = limitsOf(this.p.lab).chargeBytes(this.produced);
    this.produced = 0;
    // a pipe it filled: blocked in that write until the reader takes it (or leaves: the next write breaks)
    await (this.p.stdout.writable?.() ?? Promise.resolve());
    return ok;
  }
}

/** The common shape of a utility: exit status from a Cmd. */
export type Tool = (c: Cmd) => Promise<number>;

/** The message of a VfsError as strerror spells it. */
export function errText(e: VfsError): string {
  return errnoText[e];
}

/** A diagnostic that ends a utility: `name: message`, and the --help hint when `usage`. */
export class Fail extends Error {
  constructor(
    message: string,
    readonly usage = false,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** A write to stdout failed with EPIPE (SIGPIPE ignored): the utility reports it and exits (see command()). */
export class WriteError {}

/** Run `body`; a Fail becomes its diagnostic and exit status (`status` unless it says otherwise). */
export async function guarded(c: Cmd, status: number, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    if (e.usage) return c.usage(e.message, e.status ?? status);
    c.error(e.message);
    return e.status ?? status;
  }
}

/**
 * Each operand (stdin for none or `-`) opened in turn and given to `body`:
 * a file that cannot be read is reported as `name: file: error` (or as
 * `message` words it) and makes the status 1; `body` returns false to go
 * no further.
 */
async function eachOpened(
  c: Cmd,
  files: string[],
  message: (file: string, err: string) => string,
  body: (src: InStream) => Promise<boolean | void>,
): Promise<number> {
  let status = 0;
  for (const file of files.length > 0 ? files : ['-']) {
    const src = c.input(file);
    if (isVfsError(src)) {
      c.error(message(file, errText(src)));
      status = 1;
      continue;
    }
    if ((await body(src)) === false) break;
  }
  return status;
}

const fileMessage = (file: string, err: string): string => `${quotef(file)}: ${err}`;

/**
 * Each operand (stdin for none or `-`) line by line, as the coreutils
 * filters read them (errors as eachOpened); a broken stdout ends the loop
 * (Cmd.pipeGone()).
 */
export function forEachLine(c: Cmd, files: string[], fn: (l: Line) => void, message = fileMessage): Promise<number> {
  return eachOpened(c, files, message, async (src) => {
    const lines = new LineReader(src, () => c.beforeWait());
    for (let l = await lines.next(); l !== null; l = await lines.next()) {
      if (c.broken) c.pipeGone();
      fn(l);
    }
  });
}

/**
 * Each operand's contents (stdin for none or `-`) read(2) by read(2), as
 * the filters that keep little state between reads (base64, fold, expand)
 * read them: `fn` gets each chunk as it comes and writes what it can;
 * then the output is charged to the CPU budget and a full pipe holds the
 * tool (yieldNow), so `base64 /dev/urandom | head` ends; `fn` returns
 * false to read no further. `end` runs after each operand's last chunk.
 * Errors as eachOpened.
 */
export function forEachChunk(
  c: Cmd,
  files: string[],
  fn: (chunk: string) => boolean | void,
  message = fileMessage,
  end?: () => void,
): Promise<number> {
  return eachOpened(c, files, message, async (src) => {
    for (let chunk = await src.read(); chunk !== null; chunk = await src.read()) {
      if (c.broken) c.pipeGone();
      if (fn(chunk) === false) return false;
      await c.yieldNow();
    }
    end?.();
  });
}

/** What forEachBlock read: whether every operand opened, whether any did, the bytes skipped and taken. */
export interface BlockRead {
  ok: boolean;
  opened: boolean;
  skipped: number;
  taken: number;
}

/**
 * The operands' bytes as one stream, as od, hexdump and xxd read them:
 * `skip` bytes skipped, at most `limit` taken (no read past them), handed
 * to `fn` `size` bytes at a time with their offset in the stream as they
 * arrive (the last block shorter); output is charged and a full pipe holds
 * the tool between reads (yieldNow). An operand that cannot be opened goes
 * to `failed`.
 */
export async function forEachBlock(
  c: Cmd,
  files: string[],
  range: { skip: number; limit: number; size: number },
  fn: (block: Uint8Array, offset: number) => void,
  failed: (file: string, err: VfsError) => void,
): Promise<BlockRead> {
  const r: BlockRead = { ok: true, opened: false, skipped: 0, taken: 0 };
  let buf = new Uint8Array(0);
  let emitted = 0;
  for (const file of files) {
    if (r.taken >= range.limit) break;
    const src = c.input(file);
    if (isVfsError(src)) {
      failed(file, src);
      r.ok = false;
      continue;
    }
    r.opened = true;
    for (let chunk = await src.read(); chunk !== null; chunk = r.taken >= range.limit ? null : await src.read()) {
      let b = encodeBytes(chunk);
      const drop = Math.min(range.skip - r.skipped, b.length);
      r.skipped += drop;
      b = b.subarray(drop, drop + Math.min(b.length - drop, range.limit - r.taken));
      r.taken += b.length;
      const all = new Uint8Array(buf.length + b.length);
      all.set(buf);
      all.set(b, buf.length);
      let at = 0;
      for (; all.length - at >= range.size; at += range.size) fn(all.subarray(at, at + range.size), r.skipped + emitted + at);
      emitted += at;
      buf = all.slice(at);
      await c.yieldNow();
    }
  }
  if (buf.length > 0) fn(buf, r.skipped + emitted);
  return r;
}

/**
 * Each operand's whole contents (stdin for none or `-`), as the tools that
 * need all of an input before they write (tac, fold, expand) read them: a
 * file that cannot be read is reported as `name: file: error` (or as
 * `message` words it) and makes the status 1.
 */
export async function forEachInput(
  c: Cmd,
  files: string[],
  fn: (data: string) => void,
  message = (file: string, err: string): string => `${quotef(file)}: ${err}`,
): Promise<number> {
  let status = 0;
  for (const file of files.length > 0 ? files : ['-']) {
    const data = await c.slurp(file);
    if (isVfsError(data)) {
      c.error(message(file, errText(data)));
      status = 1;
      continue;
    }
    fn(data);
  }
  return status;
}
