/**
 * The per-namespace sysctl tree behind /proc/sys (struct ctl_table_header
 * per registered directory), and the kernel's proc handlers: the text each
 * knob shows and the exact rules by which a write is parsed and refused.
 *
 * Units: the kernel keeps time knobs in jiffies. Here the lab's HZ is 250
 * (Debian's CONFIG_HZ) and a time knob's cell holds milliseconds, always a
 * whole number of jiffies (JIFFY_MS), so every rounding of the kernel
 * (`retrans_time_ms` 1 -> 4, `retrans_time` 99 -> 98) is reproduced.
 * @linux kernel/sysctl.c, fs/proc/proc_sysctl.c, kernel/time/time.c
 */
import type { Errno } from './errno.js';

/** The errors a sysctl read or write can return (a subset of the Vfs errors). */
export type SysctlErrno = Extract<Errno, 'EINVAL' | 'ERANGE' | 'EPERM' | 'EACCES' | 'EBUSY' | 'ENOENT' | 'EOVERFLOW' | 'EIO'>;

/** One file of /proc/sys (struct ctl_table with its proc_handler bound to its data). */
export interface SysctlEntry {
  /** Permission bits as `ls -l` shows them: 0o644, 0o444 (read-only), 0o200 (write-only). */
  readonly mode: number;
  /** The whole file, as one read(2) from offset 0 returns it. */
  read(): string;
  /** A read(2) the handler fails (stable_secret before it is set: EIO); absent or null: read() answers. */
  readErrno?(): SysctlErrno | null;
  /**
   * One write(2) of `text`: null on success, `w` (the kernel's *ppos and
   * *lenp) left as the handler sets them. A handler that leaves `w` alone
   * took the whole write at an unchanged position.
   */
  write(text: string, w: SysctlWrite): SysctlErrno | null;
  /** A tuxnet extension knob (not in Linux): reachable by its path, left out of directory listings. */
  readonly unlisted?: boolean;
  /**
   * A proc_dostring() reader: a read(2) at a later position gets the rest
   * of the text. Every numeric handler gives the text only to the read at
   * position 0 (__do_proc_dointvec(): `*ppos && !write` reads nothing).
   */
  readonly dostring?: boolean;
}

/** CONFIG_HZ of the emulated kernel, USER_HZ of its ABI, and one jiffy in ms. */
export const HZ = 250;
export const USER_HZ = 100;
export const JIFFY_MS = 1000 / HZ;
export const INT_MAX = 0x7fffffff;
export const UINT_MAX = 0xffffffff;
const PAGE_SIZE = 4096;

/** enum sysctl_writes_mode: kernel.sysctl_writes_strict. */
export const SYSCTL_WRITES_LEGACY = -1;
export const SYSCTL_WRITES_WARN = 0;
export const SYSCTL_WRITES_STRICT = 1;

/**
 * One write(2) as a proc handler sees it: the file position (*ppos) and
 * the count (*lenp) it updates, which proc_sys_call_handler() returns and
 * the VFS moves the position by; and the sysctl_writes_strict mode.
 */
export class SysctlWrite {
  constructor(
    public pos: number,
    public len: number,
    readonly strict: number = SYSCTL_WRITES_STRICT,
  ) {}

  /**
   * proc_first_pos_non_zero_ignore(): in strict mode a numeric handler
   * ignores a write that does not start at offset 0 (the second write(2)
   * of `{ echo 1; echo 2; } > FILE`); the other modes parse it (WARN also
   * logs once, not modelled).
   */
  ignoresPos(): boolean {
    return this.pos !== 0 && this.strict === SYSCTL_WRITES_STRICT;
  }

  /** `*ppos += *lenp`: the whole write taken, the position past it. */
  consumeAll(): null {
    this.pos += this.len;
    return null;
  }
}

/** The default mode of a table no host registered with. */
const STRICT_WRITES = { sysctlWritesStrict: SYSCTL_WRITES_STRICT } as const;

/** What one write(2) to a sysctl file did: bytes taken and the new position, or an errno. */
export type SysctlWritten = { n: number; pos: number };

interface Node {
  entry: SysctlEntry | null;
  dir: boolean;
  /** A directory's entries, made at the first (most device directories hold only lazy files until read). */
  children: Map<string, Node> | null;
  /** Files of this directory not made yet (registerLazy): triples (make, a, b), made at its first lookup or listing. */
  lazy: unknown[] | null;
}

/** What registerLazy() makes a directory's files with: a module's function of the arguments registered with it. */
export type SysctlTableMaker<A, B> = (a: A, b: B) => Iterable<readonly [string, SysctlEntry]>;

/** The names of a path; empty ones (a leading, trailing or doubled '/') dropped, with no closure when there are none. */
function pathParts(path: string): string[] {
  const parts = path.split('/');
  return parts.includes('') ? parts.filter((s) => s !== '') : parts;
}

const dirNode = (): Node => ({ entry: null, dir: true, children: null, lazy: null });
const fileNode = (entry: SysctlEntry): Node => ({ entry, dir: false, children: null, lazy: null });

/** A namespace's sysctl tree (net->sysctls plus the shared net/ root). */
export class SysctlTable {
  private readonly root: Node = dirNode();

  /** register_net_sysctl() of one file; intermediate directories appear as needed. */
  register(path: string, entry: SysctlEntry): void {
    const parts = pathParts(path);
    const leaf = parts.pop();
    if (leaf === undefined) throw new Error(`sysctl: empty path`);
    const parent = this.dir(parts, path);
    if (!parent.dir) throw new Error(`sysctl: ${path}: parent is a file`);
    const kids = (parent.children ??= new Map());
    if (kids.has(leaf)) throw new Error(`sysctl: ${path} registered twice`);
    kids.set(leaf, fileNode(entry));
  }

  /**
   * register_net_sysctl() of a table of files in `dir` (names without
   * '/'), made only when the directory is first looked into: a namespace or
   * a device registers some sixty files that most labs never read, and a
   * thousand of them should not cost sixty thousand closures up front.
   * `make(a, b)` must be free of side effects. `make` is a function of the
   * module's, not a closure: what it needs comes as `a` and `b`, kept
   * until then (a closure and its context per table were a tenth of a
   * namespace's memory).
   */
  registerLazy(dir: string, make: SysctlTableMaker<undefined, undefined>): void;
  registerLazy<A>(dir: string, make: SysctlTableMaker<A, undefined>, a: A): void;
  registerLazy<A, B>(dir: string, make: SysctlTableMaker<A, B>, a: A, b: B): void;
  registerLazy(dir: string, make: SysctlTableMaker<never, never>, a?: unknown, b?: unknown): void {
    (this.pending ??= []).push(dir, make, a, b);
  }

  /**
   * Tables registered lazily, not even in the tree yet: their directories
   * are made at the first look into the tree (a lab that builds a thousand
   * namespaces and never reads /proc/sys makes none). Quadruples of (dir, make, a, b).
   */
  private pending: unknown[] | null = null;

  /** The pending tables hung in the tree (their files still unmade), in registration order. */
  private settle(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    for (let i = 0; i < pending.length; i += 4) {
      const dir = pending[i] as string;
      (this.dir(pathParts(dir), dir).lazy ??= []).push(pending[i + 1], pending[i + 2], pending[i + 3]);
    }
  }

  /** The directory at `parts`, made as needed (lazy files stay unmade: a clash shows when they are made). */
  private dir(parts: readonly string[], path: string): Node {
    let node = this.root;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (!node.dir) throw new Error(`sysctl: ${path}: ${p} is a file`);
      const kids = (node.children ??= new Map());
      let next = kids.get(p);
      if (!next) kids.set(p, (next = dirNode()));
      node = next;
    }
    return node;
  }

  /** A directory's entries, its lazy tables made first (null for a file). */
  private kids(node: Node): Map<string, Node> | null {
    if (!node.dir) return null;
    const children = (node.children ??= new Map());
    const lazy = node.lazy;
    if (lazy) {
      node.lazy = null;
      for (let i = 0; i < lazy.length; i += 3) {
        const make = lazy[i] as SysctlTableMaker<unknown, unknown>;
        for (const [name, entry] of make(lazy[i + 1], lazy[i + 2])) {
          if (children.has(name)) throw new Error(`sysctl: ${name} registered twice`);
          children.set(name, fileNode(entry));
        }
      }
    }
    return children;
  }

  /** unregister_net_sysctl_table(): a file, or a directory with all under it; empty parents go too. */
  unregister(prefix: string): void {
    this.settle();
    const parts = pathParts(prefix);
    const chain: Node[] = [this.root];
    for (const p of parts) {
      const next = this.kids(chain[chain.length - 1]!)?.get(p);
      if (!next) return;
      chain.push(next);
    }
    for (let i = parts.length - 1; i >= 0; i--) {
      const parent = chain[i]!;
      parent.children!.delete(parts[i]!);
      if (i === 0 || parent.children!.size > 0) break;
    }
  }

  private node(path: string): Node | null {
    this.settle();
    let node: Node | undefined = this.root;
    for (const p of pathParts(path)) {
      node = this.kids(node)?.get(p);
      if (!node) return null;
    }
    return node;
  }

  lookup(path: string): SysctlEntry | null {
    return this.node(path)?.entry ?? null;
  }

  stat(path: string): 'file' | 'dir' | null {
    const n = this.node(path);
    if (!n) return null;
    return n.dir ? 'dir' : 'file';
  }

  /** Directory entries in the order proc_sys_readdir() gives them (byte order of the names). */
  list(dir: string): string[] {
    const n = this.node(dir);
    const kids = n ? this.kids(n) : null;
    if (!kids) return [];
    const names: string[] = [];
    for (const [name, kid] of kids) if (!kid.entry?.unlisted) names.push(name);
    return names.sort();
  }

  /** Every file under `dir`, depth first in list() order, as full paths. */
  walk(dir = ''): string[] {
    const out: string[] = [];
    const base = pathParts(dir).join('/');
    for (const name of this.list(base)) {
      const p = base ? `${base}/${name}` : name;
      if (this.stat(p) === 'dir') out.push(...this.walk(p));
      else out.push(p);
    }
    return out;
  }

  /** proc_sys_call_handler(read) after proc_sys_permission(): EACCES without read permission. */
  read(path: string): string | SysctlErrno | 'EISDIR' {
    const n = this.node(path);
    if (!n) return 'ENOENT';
    if (!n.entry) return 'EISDIR';
    if (!(n.entry.mode & 0o400)) return 'EACCES';
    return n.entry.readErrno?.() ?? n.entry.read();
  }

  /**
   * One read(2) of `len` bytes at position `pos`: the handler fills the
   * buffer it is given (the text cut to `len`: "6" of "64\n" for one
   * byte) and only at position 0, but for a proc_dostring() file.
   */
  pread(path: string, pos: number, len: number): string | SysctlErrno | 'EISDIR' {
    const text = this.read(path);
    if (text === 'ENOENT' || text === 'EISDIR' || text === 'EACCES' || text === 'EIO') return text;
    if (pos > 0 && !this.lookup(path)?.dostring) return '';
    return text.slice(pos, pos + len);
  }

  /** Where kernel.sysctl_writes_strict lives (the host's knobs, shared by every namespace of a lab). */
  writesMode: { readonly sysctlWritesStrict: number } = STRICT_WRITES;

  /**
   * proc_sys_call_handler(write): one write(2) of `text` at file position
   * `pos`. "sysctl entries that are not writeable, are not writeable by
   * root either" (EACCES); a zero-length write takes nothing. On success
   * the count the handler left in *lenp (a numeric handler's is what it
   * parsed: a short write) and the position it left in *ppos.
   */
  pwrite(path: string, text: string, pos: number): SysctlWritten | SysctlErrno | 'EISDIR' {
    const n = this.node(path);
    if (!n) return 'ENOENT';
    if (!n.entry) return 'EISDIR';
    if (!(n.entry.mode & 0o200)) return 'EACCES';
    if (text.length === 0) return { n: 0, pos };
    const w = new SysctlWrite(pos, text.length, this.writesMode.sysctlWritesStrict);
    const err = n.entry.write(text, w);
    return err ?? { n: w.len, pos: w.pos };
  }

  /**
   * open(), write() of all of `text` as stdio does it (a short write is
   * followed by one of the rest, at the position the first left), close():
   * the first error, or null.
   */
  write(path: string, text: string): SysctlErrno | 'EISDIR' | null {
    return writeAll(text, 0, (chunk, pos) => this.pwrite(path, chunk, pos)).err;
  }
}

/**
 * The loop of glibc's _IO_new_file_write() and gnulib's full_write(): what
 * a write(2) left is written again from where it stopped, until all is
 * taken or one fails. Returns the first error and the final position.
 */
export function writeAll<E extends string>(text: string, pos: number,
  pwrite: (chunk: string, pos: number) => SysctlWritten | E): { err: E | null; pos: number } {
  // one call even for no text: the file's own checks (a read-only knob's EACCES) answer it
  do {
    const r = pwrite(text, pos);
    if (typeof r === 'string') return { err: r, pos };
    pos = r.pos;
    // a handler that takes nothing would spin stdio for ever; no handler of Linux does
    if (r.n <= 0) break;
    text = text.slice(r.n);
  } while (text.length > 0);
  return { err: null, pos };
}

/* ---------------------------------------------------------------------------
 * Parsing: proc_skip_spaces(), proc_get_long(), strtoul_lenient().
 * ------------------------------------------------------------------------- */

/** The cursor of a write: the kernel's (char **buf, size_t *left). */
export class ProcBuf {
  pos = 0;
  constructor(readonly s: string) {}
  get left(): number {
    return this.s.length - this.pos;
  }
}

/** The kernel's isspace(): 9-13, space, and 0xa0 (_S|_SP in lib/ctype.c). */
function isKSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\u00a0' || (c !== undefined && c >= '\t' && c <= '\r');
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function digitValue(c: string | undefined): number {
  if (c === undefined) return 99;
  if (c >= '0' && c <= '9') return c.charCodeAt(0) - 48;
  const l = c.toLowerCase();
  if (l >= 'a' && l <= 'f') return l.charCodeAt(0) - 87;
  return 99;
}

/** proc_skip_spaces() */
export function procSkipSpaces(b: ProcBuf): void {
  while (b.left > 0 && isKSpace(b.s[b.pos])) b.pos++;
}

/** proc_wspace_sep: what may follow a number. */
const WSPACE_SEP = ' \t\n';
const TMPBUFLEN = 22;
const U64_MAX = (1n << 64n) - 1n;

/** A parsed number: sign and magnitude (unsigned long). */
export interface ProcLong {
  neg: boolean;
  val: bigint;
}

/**
 * proc_get_long(): at most 21 characters are looked at; a '-' sign only if
 * more follows; base 0 (0x hex, 0 octal); overflow of an unsigned long, a
 * number filling all 21 characters, or a following character outside
 * `trailers` are EINVAL. `trailers` null: anything may follow.
 */
export function procGetLong(b: ProcBuf, trailers: string | null = WSPACE_SEP): ProcLong | 'EINVAL' {
  const size = b.left;
  if (size <= 0) return 'EINVAL';
  const tmp = b.s.substr(b.pos, Math.min(size, TMPBUFLEN - 1));
  let i = 0;
  let neg = false;
  if (tmp[0] === '-' && size > 1) {
    neg = true;
    i++;
  }
  if (!isDigit(tmp[i])) return 'EINVAL';
  let base = 10;
  if (tmp[i] === '0') {
    if (tmp[i + 1]?.toLowerCase() === 'x' && digitValue(tmp[i + 2]) < 16) {
      base = 16;
      i += 2;
    } else base = 8;
  }
  let val = 0n;
  while (i < tmp.length && digitValue(tmp[i]) < base) {
    val = val * BigInt(base) + BigInt(digitValue(tmp[i]));
    if (val > U64_MAX) return 'EINVAL';
    i++;
  }
  if (i === TMPBUFLEN - 1) return 'EINVAL';
  if (i < size && trailers !== null && !trailers.includes(tmp[i] ?? '\0')) return 'EINVAL';
  b.pos += i;
  return { neg, val };
}

/* ---------------------------------------------------------------------------
 * Cells and conversions (the conv callbacks of __do_proc_dointvec).
 * ------------------------------------------------------------------------- */

/** Where a knob's value lives. */
export interface IntCell {
  get(): number;
  set(v: number): void;
}

/** A cell on an array slot (a devconf data[] or neigh_parms data[] entry). */
export function arrayCell(a: { [i: number]: number }, i: number): IntCell {
  return { get: () => a[i]!, set: (v) => (a[i] = v) };
}

type NumberKeys<T> = { [K in keyof T]: T[K] extends number ? K : never }[keyof T];

/** A cell on a numeric field of an object. */
export function fieldCell<T extends object>(o: T, k: NumberKeys<T>): IntCell {
  const rec = o as unknown as Record<PropertyKey, number>;
  const key = k as PropertyKey;
  return { get: () => rec[key]!, set: (v) => (rec[key] = v) };
}

/** A value as userspace sees it: the sign apart, as proc_put_long() prints it. */
export type UserVal = { neg: boolean; val: bigint };

/** A conv: user value -> cell value (or EINVAL), cell value -> user value. */
export interface IntConv {
  fromUser(u: ProcLong): number | 'EINVAL';
  toUser(v: number): UserVal;
}

function signed(v: number): UserVal {
  return v < 0 ? { neg: true, val: BigInt(-v) } : { neg: false, val: BigInt(v) };
}

/** do_proc_dointvec_conv(): a C int. */
export const convInt: IntConv = {
  fromUser({ neg, val }) {
    if (neg) return val > BigInt(INT_MAX) + 1n ? 'EINVAL' : -Number(val);
    return val > BigInt(INT_MAX) ? 'EINVAL' : Number(val);
  },
  toUser: signed,
};

/** do_proc_dointvec_minmax_conv(): out of [min, max] is EINVAL. */
export function convMinmax(min: number | null, max: number | null, inner: IntConv = convInt): IntConv {
  return {
    fromUser(u) {
      const v = inner.fromUser(u);
      if (v === 'EINVAL') return v;
      if ((min !== null && min > v) || (max !== null && max < v)) return 'EINVAL';
      return v;
    },
    toUser: inner.toUser,
  };
}

/** A cell in ms holding a C int of jiffies. */
function jiffiesOf(ms: number): number {
  return Math.trunc(ms / JIFFY_MS);
}

function msOfJiffies(j: number): number {
  return (j | 0) * JIFFY_MS;
}

/** Magnitude of a C int as -(unsigned long)val does it. */
function absJ(j: number): { neg: boolean; abs: bigint } {
  return j < 0 ? { neg: true, abs: BigInt(-j) } : { neg: false, abs: BigInt(j) };
}

/** do_proc_dointvec_jiffies_conv(): seconds; more than INT_MAX / HZ is EINVAL. */
export const convJiffies: IntConv = {
  fromUser({ neg, val }) {
    if (val > BigInt(Math.floor(INT_MAX / HZ))) return 'EINVAL';
    const j = Number(val) * HZ;
    return msOfJiffies(neg ? -j : j);
  },
  toUser(ms) {
    const { neg, abs } = absJ(jiffiesOf(ms));
    return { neg, val: abs / BigInt(HZ) };
  },
};

/** msecs_to_jiffies() of an unsigned int: negative as int means "infinite" (MAX_JIFFY_OFFSET). */
function msecsToJiffies(m: number): number {
  if (m >= 0x80000000) return Number.MAX_SAFE_INTEGER;
  return Math.ceil(m / JIFFY_MS);
}

/** jiffies_to_msecs(): an unsigned int. */
function jiffiesToMsecs(j: bigint): bigint {
  return BigInt.asUintN(32, j * BigInt(JIFFY_MS));
}

/** do_proc_dointvec_ms_jiffies_conv(): milliseconds rounded up to jiffies. */
export const convMsJiffies: IntConv = {
  fromUser({ neg, val }) {
    const m = Number(BigInt.asUintN(32, neg ? -val : val));
    const jif = msecsToJiffies(m);
    if (jif > INT_MAX) return 'EINVAL';
    return msOfJiffies(jif);
  },
  toUser(ms) {
    const { neg, abs } = absJ(jiffiesOf(ms));
    return { neg, val: jiffiesToMsecs(abs) };
  },
};

/** do_proc_dointvec_ms_jiffies_minmax_conv(): bounds are in jiffies. */
export function convMsJiffiesMinmax(minJiffies: number | null, maxJiffies: number | null): IntConv {
  return {
    fromUser(u) {
      const ms = convMsJiffies.fromUser(u);
      if (ms === 'EINVAL') return ms;
      const j = jiffiesOf(ms);
      if ((minJiffies !== null && minJiffies > j) || (maxJiffies !== null && maxJiffies < j)) return 'EINVAL';
      return ms;
    },
    toUser: convMsJiffies.toUser,
  };
}

/**
 * do_proc_dointvec_userhz_jiffies_conv(): hundredths of a second. With HZ
 * 250 the kernel's clock_t_to_jiffies() is x * HZ / USER_HZ in u64 and
 * jiffies_to_clock_t() is x * TICK_NSEC / (NSEC_PER_SEC / USER_HZ); a
 * negative input saturates to ~0UL, which the int cell reads as -1.
 */
export const convUserhzJiffies: IntConv = {
  fromUser({ neg, val }) {
    const LONG_MAX = (1n << 63n) - 1n;
    if (val > (LONG_MAX / BigInt(HZ)) * BigInt(USER_HZ)) return 'EINVAL';
    const x = BigInt.asUintN(64, neg ? -val : val);
    const j = x >= (U64_MAX / BigInt(HZ)) * BigInt(USER_HZ) ? U64_MAX : BigInt.asUintN(64, x * BigInt(HZ)) / BigInt(USER_HZ);
    return msOfJiffies(Number(BigInt.asIntN(32, j)));
  },
  toUser(ms) {
    const { neg, abs } = absJ(jiffiesOf(ms));
    const tickNsec = BigInt(1e9 / HZ);
    return { neg, val: (abs * tickNsec) / BigInt(1e9 / USER_HZ) };
  },
};

/* ---------------------------------------------------------------------------
 * Handlers.
 * ------------------------------------------------------------------------- */

function putVals(vals: UserVal[]): string {
  return vals.map((u) => (u.neg ? '-' : '') + u.val.toString()).join('\t') + '\n';
}

/** A write's text as a numeric handler parses it: `left` capped at PAGE_SIZE - 1. */
function procBufOf(text: string): ProcBuf {
  return new ProcBuf(text.length > PAGE_SIZE - 1 ? text.slice(0, PAGE_SIZE - 1) : text);
}

/**
 * The end of __do_proc_dointvec() and __do_proc_doulongvec_minmax() after
 * a successful write: spaces after the last number are skipped, what is
 * left (trailing text, or what the PAGE_SIZE cap kept out of sight) is
 * taken off *lenp, and the position moves by the rest. A short write:
 * stdio writes the remainder again, at that position.
 */
export function procTook(w: SysctlWrite, b: ProcBuf): null {
  procSkipSpaces(b);
  w.len -= b.left;
  w.pos += w.len;
  return null;
}

/**
 * __do_proc_dointvec(write): up to `n` numbers, each stored by `store` as
 * soon as it is converted (an error on the second leaves the first set);
 * nothing parsed at all is EINVAL. A write past offset 0 is ignored in
 * strict mode (proc_first_pos_non_zero_ignore()).
 */
export function doProcDointvecWrite(text: string, n: number, conv: IntConv, store: (i: number, v: number) => void,
  w: SysctlWrite): SysctlErrno | null {
  if (w.ignoresPos()) return w.consumeAll();
  const b = procBufOf(text);
  let first = true;
  let err: SysctlErrno | null = null;
  for (let i = 0; b.left > 0 && i < n; i++, first = false) {
    procSkipSpaces(b);
    if (b.left === 0) break;
    const r = procGetLong(b);
    if (r === 'EINVAL') {
      err = r;
      break;
    }
    const v = conv.fromUser(r);
    if (v === 'EINVAL') {
      err = v;
      break;
    }
    store(i, v);
  }
  if (first) return err ?? 'EINVAL';
  return err ?? procTook(w, b);
}

/** A vector of ints shown TAB-separated (proc_dointvec on maxlen > sizeof(int)). */
export function procDointvecConv(cells: IntCell[], conv: IntConv, mode = 0o644): SysctlEntry {
  return {
    mode,
    read: () => putVals(cells.map((c) => conv.toUser(c.get()))),
    write: (text, w) => doProcDointvecWrite(text, cells.length, conv, (i, v) => cells[i]!.set(v), w),
  };
}

function asCells(c: IntCell | IntCell[]): IntCell[] {
  return Array.isArray(c) ? c : [c];
}

/** proc_dointvec() */
export function procDointvec(c: IntCell | IntCell[], mode = 0o644): SysctlEntry {
  return procDointvecConv(asCells(c), convInt, mode);
}

/** proc_dointvec_minmax(): extra1/extra2 as min/max (null: unbounded). */
export function procDointvecMinmax(c: IntCell | IntCell[], min: number | null, max: number | null, mode = 0o644): SysctlEntry {
  return procDointvecConv(asCells(c), convMinmax(min, max), mode);
}

/** proc_dointvec_jiffies(): shown in seconds; the cell is in ms. */
export function procDointvecJiffies(c: IntCell, mode = 0o644): SysctlEntry {
  return procDointvecConv([c], convJiffies, mode);
}

/**
 * proc_dointvec_jiffies() of a cell kept in seconds: the kernel's value is
 * seconds * HZ in an int, so more than INT_MAX / HZ seconds either way is
 * EINVAL (do_proc_dointvec_jiffies_conv()); a negative value is taken.
 */
export const convSecJiffies: IntConv = {
  fromUser({ neg, val }) {
    if (val > BigInt(Math.floor(INT_MAX / HZ))) return 'EINVAL';
    return neg ? -Number(val) : Number(val);
  },
  toUser: (v) => ({ neg: v < 0, val: BigInt(Math.abs(v)) }),
};

/** proc_dointvec_jiffies() of a cell in seconds (TCP's and conntrack's timeouts). */
export function procDointvecSecJiffies(c: IntCell, mode = 0o644): SysctlEntry {
  return procDointvecConv([c], convSecJiffies, mode);
}

/** proc_dointvec_ms_jiffies(): shown in ms, rounded up to a jiffy. */
export function procDointvecMsJiffies(c: IntCell, mode = 0o644): SysctlEntry {
  return procDointvecConv([c], convMsJiffies, mode);
}

/** proc_dointvec_ms_jiffies_minmax(): bounds in jiffies. */
export function procDointvecMsJiffiesMinmax(c: IntCell, minJ: number | null, maxJ: number | null, mode = 0o644): SysctlEntry {
  return procDointvecConv([c], convMsJiffiesMinmax(minJ, maxJ), mode);
}

/** proc_dointvec_userhz_jiffies(): shown in USER_HZ ticks (1/100 s). */
export function procDointvecUserhzJiffies(c: IntCell, mode = 0o644): SysctlEntry {
  return procDointvecConv([c], convUserhzJiffies, mode);
}

/**
 * do_proc_douintvec_w(): one unsigned number; empty input, a sign, more
 * than UINT_MAX, or outside [min, max] (-ERANGE from the conv) are all
 * reported as EINVAL by the caller; what follows the number is not looked
 * at. A success leaves *lenp and *ppos alone: the whole write is taken and
 * the position stays 0, so every write(2) of `{ echo 1; echo 2; } > FILE`
 * is parsed (the last wins). One past offset 0 (after a short write of
 * another handler's, or an lseek) is ignored in strict mode.
 */
export function procDouintvecMinmax(c: IntCell, min: number | null, max: number | null, mode = 0o644): SysctlEntry {
  return {
    mode,
    read: () => `${c.get() >>> 0}\n`,
    write(text, w) {
      if (w.ignoresPos()) return w.consumeAll();
      const b = procBufOf(text);
      procSkipSpaces(b);
      if (b.left === 0) return 'EINVAL';
      const r = procGetLong(b);
      if (r === 'EINVAL' || r.neg || r.val > BigInt(UINT_MAX)) return 'EINVAL';
      const v = Number(r.val);
      if ((min !== null && min > v) || (max !== null && max < v)) return 'EINVAL';
      c.set(v);
      return null;
    },
  };
}

/** proc_douintvec() */
export function procDouintvec(c: IntCell, mode = 0o644): SysctlEntry {
  return procDouintvecMinmax(c, null, null, mode);
}

/** proc_dou8vec_minmax(): a u8 knob; bounds default to 0..255. */
export function procDou8vecMinmax(c: IntCell, min: number | null = null, max: number | null = null, mode = 0o644): SysctlEntry {
  return procDouintvecMinmax(c, min ?? 0, max ?? 255, mode);
}

/**
 * __do_proc_doulongvec_minmax(): unsigned longs, no sign allowed, each
 * checked against min/max (functions: a bound may be another knob).
 */
export function procDoulongvecMinmax(cells: IntCell[], min: (() => number) | null = null, max: (() => number) | null = null, mode = 0o644): SysctlEntry {
  const conv: IntConv = {
    fromUser({ neg, val }) {
      if (neg) return 'EINVAL';
      const v = Number(val);
      if ((min && v < min()) || (max && v > max())) return 'EINVAL';
      return v;
    },
    toUser: (v) => ({ neg: false, val: BigInt(v) }),
  };
  return procDointvecConv(cells, conv, mode);
}

/**
 * _proc_do_string() write: the text up to the first NUL or newline, at
 * most maxlen - 1 bytes, stored from the file position on in strict mode
 * (a write at offset 4 of "reno" appends; one past the string's end
 * changes nothing and leaves the position), from 0 in the others.
 * Returns the new string (`cur`, the string before, when nothing changed).
 */
export function procDostringWrite(text: string, maxlen: number, w: SysctlWrite, cur = ''): string {
  let keep = 0;
  if (w.strict === SYSCTL_WRITES_STRICT) {
    const len = Math.min(cur.length, maxlen - 1);
    if (w.pos > len) return cur;
    keep = w.pos;
  }
  w.pos += w.len;
  const end = text.search(/[\n\0]/);
  return (cur.slice(0, keep) + (end < 0 ? text : text.slice(0, end))).slice(0, maxlen - 1);
}

/** A bitmap as "a-b,c" (proc_do_large_bitmap read). */
function bitmapToText(bits: Set<number>): string {
  const sorted = [...bits].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',') + '\n';
}

/**
 * proc_do_large_bitmap(): a list of bit numbers and ranges "a-b" below
 * `len` (the bitmap's size), separated by commas or newlines; a write at
 * offset 0 replaces the whole set, one further on (the second line of a
 * shell's output) is added to it (bitmap_or()). Nothing changes on an error.
 */
export function procDoLargeBitmap(bits: Set<number>, len: number): SysctlEntry {
  return {
    mode: 0o644,
    read: () => bitmapToText(bits),
    write(text, w) {
      const b = procBufOf(text);
      // what the page cap kept out: a number cut there is left for the next write(2)
      const skipped = text.length - b.s.length;
      const next = parseLargeBitmap(b, len, skipped);
      if (next === 'EINVAL') return next;
      if (w.pos === 0) bits.clear();
      for (const [a, z] of next.ranges) for (let p = a; p <= z; p++) bits.add(p);
      w.len -= next.left + skipped;
      w.pos += w.len;
      return null;
    },
  };
}

/** proc_skip_char() */
function procSkipChar(b: ProcBuf, c: string): void {
  while (b.left > 0 && b.s[b.pos] === c) b.pos++;
}

/**
 * The write loop of proc_do_large_bitmap(): the ranges, each number followed
 * by one of its separators. When the page cap cut the write (`skipped`), a
 * number that reaches the end of what is seen, or has one character after it,
 * may be cut too: the loop stops before it and leaves it (`left`) to the next
 * write(2).
 */
function parseLargeBitmap(b: ProcBuf, len: number, skipped: number): { ranges: [number, number][]; left: number } | 'EINVAL' {
  const ranges: [number, number][] = [];
  // `c`, the character after a number, keeps its value when nothing follows (a C local)
  let c = '';
  procSkipChar(b, '\n');
  while (b.left > 0) {
    const saved = b.pos;
    const a = procGetLongTr(b, '-,\n');
    if (b.left <= 1 && skipped) {
      b.pos = saved;
      break;
    }
    if (a === 'EINVAL' || a.neg || a.val >= BigInt(len)) return 'EINVAL';
    c = a.tr ?? c;
    if (b.left > 0) b.pos++;
    let z = Number(a.val);
    if (c === '-') {
      const v = procGetLongTr(b, ',\n\0');
      if (b.left === 0 && skipped) {
        b.pos = saved;
        break;
      }
      if (v === 'EINVAL' || v.neg || v.val >= BigInt(len) || a.val > v.val) return 'EINVAL';
      c = v.tr ?? c;
      if (b.left > 0) b.pos++;
      z = Number(v.val);
    }
    ranges.push([Number(a.val), z]);
    procSkipChar(b, '\n');
  }
  return { ranges, left: b.left };
}

/** proc_get_long() with its `tr`: the character after the number, when one follows. */
function procGetLongTr(b: ProcBuf, trailers: string): (ProcLong & { tr?: string }) | 'EINVAL' {
  const r = procGetLong(b, trailers);
  if (r === 'EINVAL') return r;
  return b.left > 0 ? { ...r, tr: b.s[b.pos]! } : r;
}

/** A read-only knob whose text is computed. */
export function procReadOnly(read: () => string): SysctlEntry {
  return { mode: 0o444, read, write: () => 'EACCES' };
}

/**
 * Wrap a handler with the work done after it, like devinet_conf_proc()
 * around proc_dointvec(): `after` sees the result and may replace it.
 */
export function procWrap(inner: SysctlEntry, after: (err: SysctlErrno | null) => SysctlErrno | null): SysctlEntry {
  return { mode: inner.mode, read: () => inner.read(), write: (text, w) => after(inner.write(text, w)) };
}
