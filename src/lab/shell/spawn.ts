/**
 * Running commands of the lab's table as processes: each gets a pid, a
 * `Proc`, and inherits env/cwd/fs/net from its parent unless overridden
 * (`Proc.exec`, used by `ip netns exec NS cmd`).
 */
import { AllocError } from './limits.js';
import type { Lab } from '../lab.js';
import type { CommandFn, ExecOptions, ForkedProc, InStream, OutStream, Proc } from '../process.js';
import type { Vfs } from '../vfs.js';
import type { Net } from '../../net/core/net_namespace.js';
import { IO, pipeLink } from './io.js';
import { taskFs } from '../proc_base.js';
import { procTable, SIGNALS, type ProcEntry } from './procs.js';

const SIGPIPE = SIGNALS.PIPE!;
import type { ShellIn } from './streams.js';

/** Everything a new process inherits. */
export interface SpawnOpts {
  lab: Lab;
  fs: Vfs;
  net: Net;
  cwd: string;
  /** The environment, which the new process takes as its own (a fork copies it). */
  env: Map<string, string>;
  io: IO;
  /** The process waiting for this one: killing it kills this one too. */
  parent: ProcEntry | null;
  /** The process this one replaces (ExecOptions.replace): its signals come here. */
  execOf?: ProcEntry | null;
  /** Signals the new process ignores (inherited, as across execve(2)). */
  ignored?: ReadonlySet<number>;
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

const entries = new WeakMap<Proc, ProcEntry>();

/** The process entry behind a Proc made here (for `$$` of a `sh` started by exec). */
export function entryOf(p: Proc): ProcEntry | undefined {
  return entries.get(p);
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
  if (o.ignored) entry.ignored = o.ignored;
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
      const status = await fn(proc);
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
 */
function guardOut(entry: ProcEntry, s: OutStream): OutStream {
  return {
    write: (t) => {
      if (entry.killedBy) return;
      const broken = s.broken;
      s.write(t);
      if (broken) entry.kill(SIGPIPE);
    },
    get broken() {
      return entry.killedBy !== 0 || !!s.broken;
    },
    isatty: s.isatty,
  };
}

function guardIn(entry: ProcEntry, s: ShellIn): InStream & { unread(t: string): void } {
  return {
    read: async () => (entry.killedBy ? null : s.read()),
    readAll: async () => (entry.killedBy ? '' : s.readAll()),
    unread: (t) => s.unread(t),
    seekable: s.seekable,
    isatty: s.isatty,
  };
}

/** The Proc of `entry`; `env` becomes its own. */
function makeProc(entry: ProcEntry, argv: string[], o: SpawnOpts, env: Map<string, string>): Proc {
  const proc: Proc = {
    argv,
    pid: entry.pid,
    env,
    stdin: guardIn(entry, o.io.in),
    stdout: guardOut(entry, o.io.out),
    stderr: guardOut(entry, o.io.err),
    fd: (n) => {
      const f = o.io.fds[n]?.in;
      return f ? guardIn(entry, f) : undefined;
    },
    cwd: o.cwd,
    net: o.net,
    lab: o.lab,
    fs: taskFs(o.fs, procTable(o.lab), entry.pid),
    files: entry.files,
    fork: () => forkProc(entry, argv, o),
    get killed() {
      return entry.killedBy !== 0;
    },
    onKill: (cb) => entry.onKill(cb),
    onSignal: (sig, handler) => entry.onSignal(sig, handler),
    exec: (args, opts) => spawnByName(args, childOpts(o, proc, entry, opts), opts?.notFound),
  };
  entries.set(proc, entry);
  return proc;
}

/**
 * fork(): the child shares the parent's streams and namespace, gets the
 * next pid and a copy of the descriptor table (dup_fd()). It outlives
 * its parent: a signal to the parent does not reach it.
 */
function forkProc(parent: ProcEntry, argv: string[], o: SpawnOpts): ForkedProc {
  const child = procTable(o.lab).spawn(parent, parent.stdio);
  child.argv = parent.argv;
  child.ignored = parent.ignored;
  child.files = parent.files.dup();
  o.io.retain();
  void child.exited.then(() => o.io.release());
  return { proc: makeProc(child, argv, o, new Map(o.env)), exit: (st) => child.finish(st) };
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
