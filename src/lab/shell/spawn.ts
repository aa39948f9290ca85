/**
 * Running commands of the lab's table as processes: each gets a pid, a
 * `Proc`, and inherits env/cwd/fs/net from its parent unless overridden
 * (`Proc.exec`, used by `ip netns exec NS cmd`).
 */
import { AllocError, limitsOf, type Limits } from './limits.js';
import type { Lab } from '../lab.js';
import type { CommandFn, ExecOptions, ForkedProc, InStream, OutStream, Proc } from '../process.js';
import type { Vfs, VfsError } from '../vfs.js';
import type { Net } from '../../net/core/net_namespace.js';
import { IO, pipeLink } from './io.js';
import { taskFs } from '../proc_base.js';
import { procTable, SIGNALS, type ProcEntry } from './procs.js';

const SIGPIPE = SIGNALS.PIPE!;
const SIGKILL = SIGNALS.KILL!;
import { flushSinks, type ShellIn } from './streams.js';

export type EnvSource = Map<string, string> | (() => Map<string, string>);

/** The environment `e` stands for. */
export function envOf(e: EnvSource): Map<string, string> {
  return typeof e === 'function' ? e() : e;
}

/** Everything a new process inherits. */
export interface SpawnOpts {
  lab: Lab;
  fs: Vfs;
  net: Net;
  cwd: string;
  /**
   * The environment, which the new process takes as its own (a fork copies
   * it); or what makes it, run when the process first looks at its
   * environment (most commands never do), for a caller whose variables
   * cannot change before then (a shell waiting for its foreground command).
   */
  env: EnvSource;
  io: IO;
  /** The process waiting for this one: killing it kills this one too. */
  parent: ProcEntry | null;
  /** The process this one replaces (ExecOptions.replace): its signals come here. */
  execOf?: ProcEntry | null;
  /** Signals the new process ignores (inherited, as across execve(2)). */
  ignored?: ReadonlySet<number>;
  /** A shell builtin the lab keeps as a command (echo, printf, kill): no program start to charge. */
  builtin?: boolean;
  /** Such a builtin of bash's: the prefix of its messages (`bash: line N: `). */
  builtinPrefix?: string;
  /** The shell waiting for this command in the foreground (wait_for()): told the new process (fork()'s pid in the parent). */
  waiter?: ForegroundWaiter;
}

/** A shell's slot for the foreground process it waits for (Shell.fgEntry). */
export interface ForegroundWaiter {
  fgEntry: ProcEntry | null;
}

/** Directories whose commands are the lab's command table (`/sbin/ip` is `ip`). */
const BIN_DIRS = new Set(['/bin', '/sbin', '/usr/bin', '/usr/sbin', '/usr/local/bin', '/usr/local/sbin']);

/** The command a name stands for: a table entry, by name or by its path in a bin directory. */
export function lookupCommand(lab: Lab, name: string): CommandFn | undefined {
  const direct = lab.commands.get(name);
  if (direct || !name.includes('/')) return direct;
  const slash = name.lastIndexOf('/');
  return BIN_DIRS.has(name.slice(0, slash)) ? lab.commands.get(name.slice(slash + 1)) : undefined;
}

/** The process entry behind a Proc made here (for `$$` of a `sh` started by exec). */
export function entryOf(p: Proc): ProcEntry | undefined {
  return p instanceof TaskProc ? p.entry : undefined;
}

/**
 * Hook for argv[0] that is not in the table (shell builtins run by
 * `Proc.exec`); set by the shell. Returns null when the name is unknown.
 */
let fallback: ((argv: string[], o: SpawnOpts) => Promise<number> | null) | null = null;

export function setExecFallback(f: (argv: string[], o: SpawnOpts) => Promise<number> | null): void {
  fallback = f;
}

/** Run `fn` as a new process. */
export function runCommandFn(fn: CommandFn, argv: string[], o: SpawnOpts): Promise<number> {
  const entry = procTable(o.lab).spawn(o.parent, o.io.fds);
  entry.argv = argv;
  entry.net = o.net;
  if (o.ignored) entry.ignored = o.ignored;
  if (o.waiter) {
    o.waiter.fgEntry = entry;
    // told once (the caller's options are this command's own): what the process runs in turn is no concern of the one told
    o.waiter = undefined;
  }
  o.parent?.children.add(entry);
  if (o.execOf) {
    o.execOf.execChild = entry;
    entry.execOf = o.execOf;
  }
  o.io.retain();
  void entry.exited.then(() => {
    o.io.release();
    o.parent?.children.delete(entry);
  });
  const proc = makeProc(entry, argv, o, o.env);
  return entry.run(async () => {
    try {
      // a program's start (Lab.execCostNs); a builtin the lab keeps as a command has none
      const cost = o.builtin === true ? 0 : (o.lab.execCostNs ?? 0);
      if (cost > 0) await o.lab.sched.sleep(cost);
      const status = await fn(proc);
      // exit(3): what its stdio holds goes out, one write(2) into a /proc/sys file
      flushSinks(o.io.fds);
      // What the command's system calls queued for softirq context (netif_rx backlogs, packets it
      // sent) is processed before it returns, as the kernel does on leaving the syscall.
      o.lab.sched.runDue();
      return status;
    } catch (e) {
      if (!entry.alive) return entry.status ?? 1;
      // gnulib xalloc_die(): an input too big to hold
      if (e instanceof AllocError) {
        proc.stderr.write(`${argv[0]}: memory exhausted\n`);
        return 1;
      }
      const msg = e instanceof Error ? e.message : String(e);
      proc.stderr.write(`tuxnet: internal error in '${argv[0]}': ${msg.split('\n')[0]}\n`);
      return 70;
    }
  });
}

/** `Proc.exec`: by name in the table, else a shell builtin; 127 when neither exists. */
export function spawnByName(argv: string[], o: SpawnOpts, notFound?: () => void): Promise<number> {
  const fn = argv[0] === undefined ? undefined : lookupCommand(o.lab, argv[0]);
  if (fn) return runCommandFn(fn, argv, o);
  const r = fallback?.(argv, o);
  if (r) return r;
  notFound?.();
  return Promise.resolve(127);
}

/**
 * A killed process writes nothing more and sees its pipes broken. A write
 * to a pipe whose readers are gone raises SIGPIPE (pipe(7)): its default
 * action ends the process (status 141); ignored, the write fails (EPIPE).
 * A write or a read by a killed process does not return: it unwinds the
 * program (ProcEntry.unwindIfKilled).
 * (Classes, not literals with closures: three of these per command run.)
 */
class GuardedOut implements OutStream {
  readonly isatty: boolean | undefined;

  constructor(
    private readonly entry: ProcEntry,
    private readonly s: OutStream,
    private readonly limits: Limits,
  ) {
    this.isatty = s.isatty;
  }

  write(t: string): void {
    const e = this.entry;
    // A write costs CPU: a program that writes without end and never lets virtual time move (a flood
    // ping on lo) spends the budget, meets a deadline of CPU time (timeout) and, past the hard limit,
    // is killed as RLIMIT_CPU's is (SIGKILL).
    if (!e.killedBy && !this.limits.charge(1) && this.limits.pastHardLimit) e.kill(SIGKILL);
    if (!e.killedBy) {
      const broken = this.s.broken;
      this.s.write(t);
      if (broken) e.kill(SIGPIPE);
      else {
        // a full pipe: the process is blocked in this write until the reader takes it
        const room = this.s.writable?.();
        if (room) e.blockedWrite(room);
      }
    }
    e.unwindIfKilled();
  }

  /** write(2)s at once into a stream that reports their errors (a /proc/sys file); else a plain write. */
  writeAll(t: string): VfsError | null {
    const s = this.s;
    if (!s.writeAll) {
      this.write(t);
      return null;
    }
    const e = this.entry;
    if (!e.killedBy && !this.limits.charge(1) && this.limits.pastHardLimit) e.kill(SIGKILL);
    const err = e.killedBy ? null : s.writeAll(t);
    e.unwindIfKilled();
    return err;
  }

  writable(): Promise<boolean> | null {
    return this.s.writable?.() ?? null;
  }

  flush(claim?: boolean): VfsError | null {
    return this.s.flush?.(claim) ?? null;
  }

  get broken(): boolean {
    return this.entry.killedBy !== 0 || !!this.s.broken;
  }

  get blksize(): number | undefined {
    return this.s.blksize;
  }
}

class GuardedIn implements InStream {
  readonly seekable: ShellIn['seekable'];
  readonly isatty: boolean | undefined;

  constructor(
    private readonly entry: ProcEntry,
    private readonly s: ShellIn,
  ) {
    this.seekable = s.seekable;
    this.isatty = s.isatty;
  }

  async read(max?: number): Promise<string | null> {
    if (this.gone()) return null;
    const r = await this.s.read(max);
    this.entry.unwindIfKilled();
    return r;
  }

  async readAll(): Promise<string> {
    if (this.gone()) return '';
    const r = await this.s.readAll();
    this.entry.unwindIfKilled();
    return r;
  }

  unread(t: string): void {
    this.s.unread(t);
  }

  /** Killed: the read unwinds, or (in a callback) finds end of file. */
  private gone(): boolean {
    this.entry.unwindIfKilled();
    return this.entry.killedBy !== 0;
  }
}

/** The Proc of `entry`; `env` becomes its own (made at the first look if it is a function). */
class TaskProc implements Proc {
  readonly pid: number;
  readonly cwd: string;
  readonly net: Net;
  readonly lab: Lab;
  readonly files: ProcEntry['files'];
  // the streams and the file system view are made at their first use: most commands write nothing (`ip link set`)
  private in: InStream | null = null;
  private out: OutStream | null = null;
  private errOut: OutStream | null = null;
  private fsView: Vfs | null = null;

  constructor(
    readonly entry: ProcEntry,
    readonly argv: string[],
    private readonly o: SpawnOpts,
    private envSource: EnvSource,
  ) {
    // getpid(): a program that replaced another (execve) keeps that one's pid
    this.pid = entry.tgid;
    this.cwd = o.cwd;
    this.net = o.net;
    this.lab = o.lab;
    this.files = entry.files;
  }

  get stdin(): InStream {
    return (this.in ??= new GuardedIn(this.entry, this.o.io.in));
  }

  get stdout(): OutStream {
    return (this.out ??= new GuardedOut(this.entry, this.o.io.out, limitsOf(this.lab)));
  }

  get stderr(): OutStream {
    return (this.errOut ??= new GuardedOut(this.entry, this.o.io.err, limitsOf(this.lab)));
  }

  get fs(): Vfs {
    return (this.fsView ??= taskFs(this.o.fs, procTable(this.lab), this.pid));
  }

  get builtinPrefix(): string | undefined {
    return this.o.builtinPrefix;
  }

  // A tool may run a part of itself with other streams (Object.assign(Object.create(p), { stdout })): its own.
  set stdin(s: InStream) {
    this.in = s;
  }

  set stdout(s: OutStream) {
    this.out = s;
  }

  set stderr(s: OutStream) {
    this.errOut = s;
  }

  set fs(fs: Vfs) {
    this.fsView = fs;
  }

  get env(): Map<string, string> {
    const e = this.envSource;
    if (typeof e !== 'function') return e;
    const made = e();
    this.envSource = made;
    return made;
  }

  fd(n: number): InStream | undefined {
    const f = this.o.io.fds[n]?.in;
    return f ? new GuardedIn(this.entry, f) : undefined;
  }

  fork(): ForkedProc {
    return forkProc(this.entry, this.argv, this.o, this.env);
  }

  get killed(): boolean {
    return this.entry.killedBy !== 0;
  }

  onKill(cb: () => void): () => void {
    return this.entry.onKill(cb);
  }

  unwindIfKilled(): void {
    this.entry.unwindIfKilled();
  }

  onSignal(sig: number, handler: (sig: number) => void): () => void {
    return this.entry.onSignal(sig, handler);
  }

  exec(args: string[], opts?: ExecOptions): Promise<number> {
    return spawnByName(args, childOpts(this.o, this, this.entry, opts), opts?.notFound);
  }
}

function makeProc(entry: ProcEntry, argv: string[], o: SpawnOpts, env: EnvSource): Proc {
  return new TaskProc(entry, argv, o, env);
}

/**
 * fork(): the child shares the parent's streams and namespace, gets the
 * next pid and a copy of the descriptor table (dup_fd()). It outlives
 * its parent: a signal to the parent does not reach it.
 */
function forkProc(parent: ProcEntry, argv: string[], o: SpawnOpts, env: Map<string, string>): ForkedProc {
  const child = procTable(o.lab).spawn(parent, parent.stdio);
  child.argv = parent.argv;
  child.ignored = parent.ignored;
  child.files = parent.files.dup();
  o.io.retain();
  void child.exited.then(() => o.io.release());
  return { proc: makeProc(child, argv, o, new Map(env)), exit: (st) => child.finish(st) };
}

function childOpts(o: SpawnOpts, p: Proc, entry: ProcEntry, opts: ExecOptions = {}): SpawnOpts {
  // A stream the tool supplies itself reaches the child through a pipe; the others are the tool's own descriptors.
  const own = (n: number, given: unknown): string | undefined => (given ? pipeLink(o.lab) : o.io.fds[n]?.link);
  const links = [own(0, opts.stdin), own(1, opts.stdout), own(2, opts.stderr)];
  const io = IO.std(opts.stdin ?? p.stdin, opts.stdout ?? p.stdout, opts.stderr ?? p.stderr, links);
  return {
    ...o, net: opts.net ?? o.net, env: new Map(opts.env ?? p.env), io, parent: entry, ignored: entry.ignored,
    execOf: opts.replace ? entry : null,
  };
}
