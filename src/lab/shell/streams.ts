/**
 * The shell's file descriptions: pipes, files, here-documents, the output of
 * command substitution. Ends are reference counted like open file
 * descriptions shared by fork(): each process that holds an end retains it,
 * a pipe's reader sees EOF when every writer released it, a writer sees the
 * pipe `broken` (SIGPIPE) once every reader released it.
 */
import type { InStream, OutStream } from '../process.js';
import { normalizeBytes } from '../bytes.js';
import { OpenFile, type Vfs, type VfsError } from '../vfs.js';
import type { Net } from '../../net/core/net_namespace.js';
import { AllocError, MAX_STRING } from './limits.js';

/** An open file description shared by several processes. */
export interface Held {
  retain(): void;
  release(): void;
}

export function isHeld(s: unknown): s is Held {
  return typeof (s as Partial<Held> | null)?.retain === 'function';
}

/**
 * An input stream with push-back, so that the `read` builtin takes one line
 * and leaves the rest to the next reader (bash reads pipes byte by byte).
 */
export class ShellIn implements InStream {
  private pushed: string[] = [];
  /** A read of the source not answered yet (one `read -t` gave up on). */
  private inflight: Promise<string | null> | null = null;

  constructor(private readonly src: InStream | null) {}

  get seekable(): boolean {
    return this.src?.seekable === true;
  }

  get isatty(): boolean {
    return this.src?.isatty === true;
  }

  read(max?: number): Promise<string | null> {
    const p = this.pushed.shift();
    if (p !== undefined) return Promise.resolve(p);
    if (!this.src) return Promise.resolve(null);
    // The next reader waits for that read (whose data is given back) rather than overtake it.
    if (this.inflight) return this.inflight.then(() => this.read(max));
    const r = this.src.read(max);
    this.inflight = r;
    void r.then(() => {
      if (this.inflight === r) this.inflight = null;
    });
    return r;
  }

  /** Everything until EOF; an input that outgrows the lab's string limit fails as xmalloc does (an endless device behind `<`). */
  async readAll(): Promise<string> {
    let out = '';
    for (let c = await this.read(); c !== null; c = await this.read()) {
      out += c;
      if (out.length > MAX_STRING) throw new AllocError(out.length + 1);
    }
    return out;
  }

  /** Give back unread text; it goes as far down as possible, so a parent's next reader gets it. */
  unread(s: string): void {
    if (!s) return;
    const src = this.src as (InStream & { unread?: (t: string) => void }) | null;
    if (this.pushed.length === 0 && typeof src?.unread === 'function') src.unread(s);
    else this.pushed.unshift(s);
  }

  /**
   * Text up to `delim` (removed), or null at EOF; `sawDelim` tells a last
   * unterminated piece apart. The rest stays for the next reader.
   */
  async readUntil(delim = '\n'): Promise<{ text: string; sawDelim: boolean } | null> {
    let buf = '';
    for (;;) {
      const c = await this.read();
      if (c === null) return buf ? { text: buf, sawDelim: false } : null;
      const at = c.indexOf(delim);
      if (at >= 0) {
        this.unread(c.slice(at + 1));
        return { text: buf + c.slice(0, at), sawDelim: true };
      }
      buf += c;
    }
  }
}

const shellIns = new WeakMap<InStream, ShellIn>();

/** The push-back wrapper of a stream (the same one for every user of the stream). */
export function asShellIn(s: InStream): ShellIn {
  if (s instanceof ShellIn) return s;
  let w = shellIns.get(s);
  if (!w) {
    w = new ShellIn(s);
    shellIns.set(s, w);
  }
  return w;
}

/** Text known in full: a file read at open, a here-document, a here-string. */
export function stringIn(text: string, seekable = false): ShellIn {
  let done = false;
  return new ShellIn({
    seekable,
    read: () => {
      const r = done || text === '' ? null : text;
      done = true;
      return Promise.resolve(r);
    },
    readAll: () => Promise.resolve(text),
  });
}

export const nullOut: OutStream = { write: () => {} };

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/**
 * pipe_buffer's default capacity: PIPE_DEF_BUFFERS (16) pages of 4 KiB
 * (pipe(7) "Pipe capacity"; F_SETPIPE_SZ aside).
 */
export const PIPE_SIZE = 65536;

/**
 * An in-memory pipe of PIPE_SIZE bytes (fs/pipe.c). A write always goes in
 * whole (the lab's writes cannot stop half way), but a writer that filled
 * the pipe past its capacity is blocked in that write (pipe_write()'s
 * wait_event_interruptible_exclusive()) until the reader took enough
 * (`writable`): the process waits there before it exits (ProcEntry.run),
 * and when the last reader goes first, the write ends in SIGPIPE as on
 * Linux. A read takes at most PIPE_SIZE bytes, what the pipe would hold.
 */
export class Pipe {
  private chunks: string[] = [];
  /** Bytes (characters) in `chunks`. */
  private queued = 0;
  private waiters: { resolve: (c: string | null) => void; max: number }[] = [];
  /** Writers blocked until the pipe has room (true) or lost its last reader (false). */
  private blocked: ((room: boolean) => void)[] = [];
  private writers = 1;
  private readers = 1;
  /** A write happened after the last reader left (the writer would get SIGPIPE). */
  sigpipe = false;

  readonly out: OutStream & Held & { readonly sigpipe: boolean };
  readonly in: ShellIn & Held;

  /** Both ends start held once by the creator, who releases them after handing them out. */
  constructor() {
    const pipe = this;
    this.out = {
      write: (s) => this.write(s),
      get broken() {
        return pipe.readers === 0;
      },
      get sigpipe() {
        return pipe.sigpipe;
      },
      writable: () => this.writable(),
      retain: () => void this.writers++,
      release: () => this.releaseWriter(),
    };
    const reader = new ShellIn({ read: (max) => this.read(max), readAll: () => Promise.reject(new Error('unused')) });
    this.in = Object.assign(reader, {
      retain: () => void this.readers++,
      release: () => this.releaseReader(),
    });
  }

  private write(s: string): void {
    if (this.readers === 0) {
      this.sigpipe = true;
      return;
    }
    if (!s) return;
    this.chunks.push(s);
    this.queued += s.length;
    const w = this.waiters.shift();
    if (w) w.resolve(this.take(w.max));
  }

  /**
   * Resolves when the last write is all in the pipe: at once when it fits,
   * else once the reader took enough (true) or left (false: the write ends
   * in SIGPIPE/EPIPE).
   */
  private writable(): Promise<boolean> | null {
    if (this.queued <= PIPE_SIZE) return null;
    if (this.readers === 0) return Promise.resolve(false);
    return new Promise((resolve) => this.blocked.push(resolve));
  }

  /**
   * pipe_read(): what the pipe holds, `max` bytes at most, taken from the
   * front (a big write is read piece by piece, never joined again); a
   * blocked writer goes on once its write fits.
   */
  private take(max: number): string {
    const chunks = this.chunks;
    let all = '';
    let i = 0;
    for (; i < chunks.length && all.length < max; i++) {
      const head = chunks[i]!;
      const want = max - all.length;
      if (head.length <= want) {
        all += head;
        continue;
      }
      // a character is not cut in two (its UTF-16 halves stay together)
      const cut = want > 1 && isHighSurrogate(head.charCodeAt(want - 1)) ? want - 1 : want;
      all += head.slice(0, cut);
      chunks[i] = head.slice(cut);
      break;
    }
    chunks.splice(0, i);
    this.queued -= all.length;
    if (this.queued <= PIPE_SIZE && this.blocked.length) for (const b of this.blocked.splice(0)) b(true);
    return normalizeBytes(all);
  }

  private read(count = PIPE_SIZE): Promise<string | null> {
    const max = Math.max(1, Math.min(count, PIPE_SIZE));
    if (this.queued > 0) return Promise.resolve(this.take(max));
    if (this.writers === 0) return Promise.resolve(null);
    return new Promise((resolve) => this.waiters.push({ resolve, max }));
  }

  private releaseWriter(): void {
    if (--this.writers > 0) return;
    for (const w of this.waiters.splice(0)) w.resolve(null);
  }

  private releaseReader(): void {
    if (--this.readers > 0) return;
    this.chunks = [];
    this.queued = 0;
    for (const b of this.blocked.splice(0)) b(false);
  }
}

/** Collects the output of a command substitution; `closed` resolves when every writer released it. */
export class Collector implements OutStream, Held {
  private raw = '';
  private refs = 1;
  private resolveClosed!: () => void;
  readonly closed = new Promise<void>((r) => (this.resolveClosed = r));

  write(s: string): void {
    this.raw += s;
  }

  /** Everything written (bytes written apart that form a character joined). */
  get text(): string {
    return normalizeBytes(this.raw);
  }

  retain(): void {
    this.refs++;
  }

  release(): void {
    if (--this.refs === 0) this.resolveClosed();
  }
}

/** Whether writes to `path` go to a virtual file (a provider's, parsed write by write). */
export function isVirtualPath(fs: Vfs, path: string): boolean {
  return fs.isVirtual ? fs.isVirtual(path) : true;
}

/**
 * An open file of the Vfs, shared by every process the redirection's
 * command forks (one open file description: one position). Ordinary files
 * get each write appended at once (a reader sees a growing file, as with
 * a background `nc > out`). A virtual file (/proc/sys/...) parses each
 * write(2) on its own, at the file position: what a process writes is
 * held as its fully buffered stdio would hold it and written when the
 * process is done (`flush`, one write(2) for the short texts written
 * here), while `writeAll` makes its write(2)s at once (bash's builtins,
 * line buffered) and returns their error to the writer, which reports it.
 */
export class FileSink implements OutStream, Held {
  private refs = 1;
  private buf = '';
  /** The open file description (its position). */
  private readonly file: OpenFile;
  /** The first error of a write made for the writers (`flush`), reported once at close. */
  error: VfsError | null = null;
  /** st_blksize: procfs's s_blocksize (1 KiB) for a provider's file, a page for a file of the tree. */
  readonly blksize: number;

  constructor(fs: Vfs, path: string, net: Net, virtual: boolean, private readonly onError: (e: VfsError) => void) {
    this.file = new OpenFile(fs, path, net, virtual);
    this.blksize = virtual ? 1024 : 4096;
  }

  write(s: string): void {
    if (this.file.virtual) this.buf += s;
    else if (s && !this.error) this.error = this.file.write(s);
  }

  /** write(2)s of `s` now (what was held goes first); the error of the one that failed. */
  writeAll(s: string): VfsError | null {
    this.flush();
    return this.file.write(s);
  }

  /** What the writers hold goes out (a process is done with it: exit(3) flushes its stdio). */
  flush(claim = false): VfsError | null {
    if (!this.buf) return null;
    const text = this.buf;
    this.buf = '';
    const e = this.file.write(text);
    if (e && !claim && !this.error) this.error = e;
    return e;
  }

  retain(): void {
    this.refs++;
  }

  release(): void {
    if (--this.refs > 0) return;
    this.flush();
    if (this.error) this.onError(this.error);
  }
}

/** Flush what a command's descriptors hold (its output is out once it is done). */
export function flushSinks(fds: readonly ({ out?: OutStream } | undefined)[]): void {
  for (let i = 0; i < fds.length; i++) fds[i]?.out?.flush?.();
}
