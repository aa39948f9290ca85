/**
 * Processes of a lab: pids from a per-lab counter (deterministic), kill(2)
 * with bash's signal names, and exit statuses. A process is an async task;
 * killing it settles its status at once (128 + signal) even if the task is
 * still running: the task is told through `onKill` and its output is dropped.
 */
import type { Rlimits } from './ulimit.js';
import type { Net, NetWorld } from '../../net/core/net_namespace.js';
import { FilesStruct, type FileRefs } from '../fdtable.js';
import type { Fd } from './io.js';
import type { Scheduler } from '../../sim/scheduler.js';
import { ProcessExit } from '../process.js';

/** Signal numbers of Linux x86-64, as `kill -l` lists them. */
export const SIGNALS: Record<string, number> = {
  HUP: 1, INT: 2, QUIT: 3, ILL: 4, TRAP: 5, ABRT: 6, BUS: 7, FPE: 8, KILL: 9, USR1: 10, SEGV: 11, USR2: 12,
  PIPE: 13, ALRM: 14, TERM: 15, STKFLT: 16, CHLD: 17, CONT: 18, STOP: 19, TSTP: 20, TTIN: 21, TTOU: 22,
  URG: 23, XCPU: 24, XFSZ: 25, VTALRM: 26, PROF: 27, WINCH: 28, IO: 29, PWR: 30, SYS: 31,
};

/** Signals whose default action is not to terminate (signal(7)); tuxnet cannot stop processes. */
const NOT_FATAL = new Set([0, SIGNALS.CHLD, SIGNALS.CONT, SIGNALS.URG, SIGNALS.WINCH, SIGNALS.STOP, SIGNALS.TSTP,
  SIGNALS.TTIN, SIGNALS.TTOU]);

export function signalNumber(spec: string): number | null {
  if (/^\d+$/.test(spec)) {
    const n = Number(spec);
    return n <= 64 ? n : null;
  }
  const name = spec.toUpperCase().replace(/^SIG/, '');
  return SIGNALS[name] ?? null;
}

/** The name of signal `n` without SIG, as `kill -l` prints it. */
export function signalName(n: number): string | undefined {
  const hit = Object.entries(SIGNALS).find(([, v]) => v === n)?.[0];
  if (hit) return hit;
  if (n >= 34 && n <= 64) return n <= 49 ? `RTMIN${n === 34 ? '' : `+${n - 34}`}` : `RTMAX${n === 64 ? '' : `-${64 - n}`}`;
  return undefined;
}

/** glibc's strsignal() texts (string/siglist.h), by signal number. */
const SIGNAL_TEXT: readonly string[] = ['', 'Hangup', 'Interrupt', 'Quit', 'Illegal instruction',
  'Trace/breakpoint trap', 'Aborted', 'Bus error', 'Floating point exception', 'Killed', 'User defined signal 1',
  'Segmentation fault', 'User defined signal 2', 'Broken pipe', 'Alarm clock', 'Terminated', 'Stack fault',
  'Child exited', 'Continued', 'Stopped (signal)', 'Stopped', 'Stopped (tty input)', 'Stopped (tty output)',
  'Urgent I/O condition', 'CPU time limit exceeded', 'File size limit exceeded', 'Virtual timer expired',
  'Profiling timer expired', 'Window changed', 'I/O possible', 'Power failure', 'Bad system call'];

/** strsignal(n): what a shell prints for a job signal `n` ended. */
export function strsignal(n: number): string {
  if (n > 0 && n < SIGNAL_TEXT.length) return SIGNAL_TEXT[n]!;
  return n >= 34 && n <= 64 ? `Real-time signal ${n - 34}` : `Unknown signal ${n}`;
}

/**
 * WTERMSIG of what a process's pid reports: the signal that killed the
 * program running in it last (the command a subshell exec'd), or 0.
 */
export function termSignal(e: ProcEntry): number {
  for (let p: ProcEntry | null = e; p; p = p.execChild) if (p.killedBy) return p.killedBy;
  return 0;
}

/** The ignored signals of a process that ignores none (never written: `ignored` is replaced, not changed). */
const NO_SIGNALS: ReadonlySet<number> = new Set();

export class ProcEntry {
  /** The signal that killed the process, or 0. */
  killedBy = 0;
  /** Signals set to be ignored (`trap '' SIG` in the shell that started it, inherited across exec). */
  ignored: ReadonlySet<number> = NO_SIGNALS;
  /** A shell's `trap`: returns true when it takes the signal instead of dying. */
  trap: ((sig: number) => boolean) | null = null;
  /** Handlers the process installed (Proc.onSignal), latest last; made at the first. */
  private handlers: Map<number, Array<(sig: number) => void>> | null = null;
  status: number | null = null;
  private kids: Set<ProcEntry> | null = null;
  /** Processes this one waits for in the foreground: a kill reaches them too (made at the first; most commands start none). */
  get children(): Set<ProcEntry> {
    return (this.kids ??= new Set());
  }
  /** The command that replaced this process (execve: `ip netns exec`): signals go to it. */
  execChild: ProcEntry | null = null;
  /** The process this one replaced (execve): its pid is the one userland sees (/proc, ss -p). */
  execOf: ProcEntry | null = null;
  /** What /proc/PID/cmdline shows. */
  argv: readonly string[] = [];
  /** getppid(): the process that started this one (/proc/PID/status PPid), 0 for the session's own. */
  ppid = 0;
  /**
   * Not a process userland sees: the holder of one command line of a
   * session (Session.drive), so that the command line can be killed
   * whole. ps and /proc do not list it; what it starts is the shell's
   * child (its ppid is the shell's), as bash's own children are.
   */
  transparent = false;
  /** nsproxy->net_ns: the network namespace the process runs in (inherited across fork; `ip netns exec` sets its command's). */
  net: Net | null = null;
  /** task->start_time: the virtual time (ns) the process was made (ps's STIME, START). */
  startNs = 0;
  /** The file mode creation mask (umask(2)), inherited across fork and exec. */
  umask = 0o022;
  /** Resource limits (getrlimit(2)) set by `ulimit`, inherited; null: the lab's defaults (ulimit.ts). */
  rlimits: Rlimits | null = null;
  /** Descriptors 0, 1, 2... the process got from its parent (what /proc/PID/fd shows below its sockets). */
  stdio: ReadonlyArray<Fd | undefined> = [];
  /** The sockets the process holds (its descriptors from 3 up). */
  files: FilesStruct;
  /** Writes blocked on a full pipe (pipe_write() waiting for room), made at the first. */
  private blocked: Promise<boolean>[] | null = null;
  /** onKill() callbacks, made at the first. */
  private cbs: Set<() => void> | null = null;
  private resolveExit!: (st: number) => void;
  /** Settles with the exit status, or 128+signal as soon as the process is killed. */
  readonly exited = new Promise<number>((r) => (this.resolveExit = r));

  constructor(
    readonly pid: number,
    private readonly table: ProcTable,
  ) {
    this.files = new FilesStruct(table.fileRefs);
  }

  /** task->comm: the program's file name, cut to TASK_COMM_LEN - 1 (15) bytes (/proc/PID/comm). */
  get comm(): string {
    const a0 = this.argv[0] ?? '';
    return a0.slice(a0.lastIndexOf('/') + 1).slice(0, 15);
  }

  /** The pid userland sees (getpid()): a process that replaced another (execve) keeps that one's. */
  get tgid(): number {
    let e: ProcEntry = this;
    while (e.execOf) e = e.execOf;
    return e.pid;
  }

  get alive(): boolean {
    return this.status === null;
  }

  /** Register a kill callback (called at once if already killed); returns the unsubscribe. */
  onKill(cb: () => void): () => void {
    if (this.killedBy) {
      cb();
      return () => {};
    }
    const cbs = (this.cbs ??= new Set());
    cbs.add(cb);
    return () => cbs.delete(cb);
  }

  /** sigaction(sig, handler): returns the restore of the previous disposition. SIGKILL cannot be caught. */
  onSignal(sig: number, handler: (sig: number) => void): () => void {
    if (sig === SIGNALS.KILL || sig === SIGNALS.STOP) return () => {};
    const handlers = (this.handlers ??= new Map());
    const hs = handlers.get(sig) ?? [];
    hs.push(handler);
    handlers.set(sig, hs);
    return () => {
      const i = hs.indexOf(handler);
      if (i >= 0) hs.splice(i, 1);
    };
  }

  /**
   * The one place delivery asks whether the process catches `sig`: an
   * installed handler runs (the latest one, as sigaction replaces), else
   * signals whose default is not to terminate or that are ignored (an
   * inherited `trap '' SIG`) are not fatal, else the
   * shell's trap decides. SIGKILL is never caught.
   */
  catchSignal(sig: number): boolean {
    if (sig === SIGNALS.KILL) return false;
    const hs = this.handlers?.get(sig);
    const h = hs?.[hs.length - 1];
    if (h) {
      h(sig);
      return true;
    }
    // A handler installed after exec wins over an inherited SIG_IGN (sigaction replaces the disposition).
    return NOT_FATAL.has(sig) || this.ignored.has(sig) || (this.trap?.(sig) ?? false);
  }

  /**
   * Deliver `sig`. Returns false when the process is gone (ESRCH). Its
   * handlers and kill callbacks run in the sender's context: a write they
   * make for a killed process does not unwind the sender (unwindIfKilled).
   */
  kill(sig: number): boolean {
    if (!this.alive) return false;
    if (this.execChild?.alive) return this.execChild.kill(sig);
    this.table.handling++;
    try {
      return this.deliver(sig);
    } finally {
      this.table.handling--;
    }
  }

  private deliver(sig: number): boolean {
    if (this.catchSignal(sig)) return true;
    this.killedBy = sig;
    if (this.kids) for (const c of [...this.kids]) c.kill(sig);
    const cbs = this.cbs ? [...this.cbs] : [];
    this.cbs = null;
    for (const cb of cbs) cb();
    this.finish(128 + sig);
    return true;
  }

  /**
   * The end of a system call of this process (write, read): once a signal
   * killed it the call never returns, ProcessExit unwinds the program.
   * Not from a callback that runs on its behalf (a timer, a signal
   * handler): that must not throw into the scheduler or the signal's
   * sender; the process unwinds at its own next call.
   */
  unwindIfKilled(): void {
    if (this.killedBy !== 0 && this.table.inProcessContext()) throw new ProcessExit(128 + this.killedBy);
  }

  finish(status: number): void {
    if (!this.alive) return;
    this.status = status;
    // do_exit() -> exit_files(): the descriptors close with the process.
    this.files.closeAll();
    this.table.remove(this);
    if (this.net) this.table.netLeft?.(this.net);
    this.resolveExit(status);
  }

  /** A write of this process that filled a pipe: it is blocked there until `room` settles. */
  blockedWrite(room: Promise<boolean>): void {
    (this.blocked ??= []).push(room);
  }

  /**
   * The writes the process is blocked in end before it exits: the reader
   * took them, or left, and the write ends in SIGPIPE (pipe_write(): no
   * readers, send_sig(SIGPIPE)); ignored or caught, it goes on to exit.
   */
  private async finishWrites(st: number): Promise<number> {
    for (let b = this.blocked; b; b = this.blocked) {
      this.blocked = null;
      for (const room of b) if (!(await room) && this.alive) this.kill(SIGNALS.PIPE!);
    }
    return st;
  }

  /**
   * Run `body` as this process: the result is its status unless a kill came
   * first. A body that throws (a bug) rejects the result.
   */
  run(body: () => Promise<number>): Promise<number> {
    // Promise.race([body's end, this.exited]) without its array and iterator, and no promise between
    // the body's end and the status but for writes it is blocked in: one promise per process
    return new Promise<number>((resolve, reject) => {
      const done = (st: number): void => {
        this.finish(st);
        resolve(st);
      };
      const failed = (e: unknown): void => {
        this.finish(1);
        reject(e);
      };
      body().then((st) => (this.blocked ? void this.finishWrites(st).then(done, failed) : done(st)), failed);
      void this.exited.then(resolve);
    });
  }
}

export class ProcTable {
  private nextPid: number;
  private readonly byPid = new Map<number, ProcEntry>();
  /** A process of that namespace ended (the lab lets a namespace no name holds go with its last process). */
  netLeft: ((net: Net) => void) | null = null;
  /** The open sockets' holder counts, across every process's table. */
  readonly fileRefs: FileRefs = new WeakMap();
  /** The next pipe's inode; Linux draws pipes' and sockets' from one counter, the lab from two ranges. */
  nextPipeIno = 10000;
  /** The task in a system call now (the kernel's `current`): whose /proc/self a path names. */
  current: ProcEntry | null = null;
  /** Signal deliveries in progress (handlers and kill callbacks run in the sender's context). */
  handling = 0;

  constructor(
    firstPid = 100,
    private readonly sched: Scheduler | null = null,
  ) {
    this.nextPid = firstPid;
  }

  /** Code running now is a process's own, not a timer's or a signal delivery's (!in_interrupt()). */
  inProcessContext(): boolean {
    return this.handling === 0 && (this.sched === null || this.sched.inCallback === 0);
  }

  /** A new process, child of `parent`, holding the descriptors `stdio`. */
  spawn(parent: ProcEntry | null = null, stdio: ReadonlyArray<Fd | undefined> = []): ProcEntry {
    const e = new ProcEntry(this.nextPid++, this);
    e.ppid = parent ? (parent.transparent ? parent.ppid : parent.pid) : 0;
    e.startNs = this.sched?.now ?? 0;
    // fork(): the child runs its parent's program until it execs its own
    e.argv = parent?.argv ?? [];
    e.umask = parent?.umask ?? 0o022;
    e.net = parent?.net ?? null;
    e.rlimits = parent?.rlimits ?? null;
    e.stdio = stdio;
    this.byPid.set(e.pid, e);
    return e;
  }

  /** Processes alive now. */
  get live(): number {
    return this.byPid.size;
  }

  get(pid: number): ProcEntry | undefined {
    return this.byPid.get(pid);
  }

  /** Processes alive now, by ascending pid (readdir of /proc). */
  list(): ProcEntry[] {
    return [...this.byPid.values()].filter((e) => !e.transparent).sort((a, b) => a.pid - b.pid);
  }

  /**
   * The processes userland sees, by ascending pid: one per pid, each with
   * the program that runs in it now. A command that replaced another
   * (execve: `ip netns exec`, the last command of a subshell) keeps the
   * pid it replaced; the lab gave it an entry of its own.
   */
  tasks(): Task[] {
    return this.list().flatMap((e) => (e.execOf ? [] : [{ pid: e.pid, ppid: e.ppid, image: imageOf(e) }]));
  }

  /** The task at `pid`, if a process userland sees has it. */
  task(pid: number): Task | undefined {
    const e = this.byPid.get(pid);
    return e && !e.execOf ? { pid, ppid: e.ppid, image: imageOf(e) } : undefined;
  }

  remove(e: ProcEntry): void {
    this.byPid.delete(e.pid);
  }
}

/** A pid as /proc shows it: the program (argv, descriptors) that runs in it now. */
export interface Task {
  readonly pid: number;
  readonly ppid: number;
  readonly image: ProcEntry;
}

/** The last program exec'd in `e`'s pid. */
function imageOf(e: ProcEntry): ProcEntry {
  let x = e;
  while (x.execChild?.alive) x = x.execChild;
  return x;
}

const tables = new WeakMap<NetWorld, ProcTable>();

/** The process table of a lab (the world of its namespaces). */
export function procTable(lab: NetWorld): ProcTable {
  let t = tables.get(lab);
  if (!t) {
    const table = new ProcTable(100, lab.sched);
    tables.set(lab, table);
    // find_get_pid() + get_net_ns_by_pid() for the kernel (IFLA_NET_NS_PID): the namespace of a live task.
    // (a shell test's stand-in world has no kernel)
    if (lab.core) lab.core.taskNet = (pid) => table.task(pid)?.image.net ?? null;
    const owner = lab as NetWorld & { netnsTaskLeft?(net: Net): void };
    if (owner.netnsTaskLeft) table.netLeft = (net) => owner.netnsTaskLeft!(net);
    t = table;
  }
  return t;
}

/** The creation mode of a new file (0666) or directory (0777) under the umask of process `pid`. */
export function createMode(lab: NetWorld, pid: number | undefined, dir: boolean): number {
  const mask = pid === undefined ? 0o022 : procTable(lab).get(pid)?.umask ?? 0o022;
  return (dir ? 0o777 : 0o666) & ~mask;
}
