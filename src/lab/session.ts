/**
 * One shell session of a lab, as a user at a terminal (or a transcript)
 * has it: variables, functions, cwd and background jobs live across calls.
 * `exec` runs a script and drives virtual time until the script is done;
 * time does not pass between calls, so background jobs progress only while
 * a later command runs. stdout and stderr are merged in write order.
 */
import type { Lab } from './lab.js';
import type { OutStream } from './process.js';
import type { Vfs } from './vfs.js';
import type { Net } from '../net/core/net_namespace.js';
import { IO, pipeLink, type Ctx } from './shell/io.js';
import { taskFs } from './proc_base.js';
import { guard } from './shell/exec.js';
import { installShell, runCommands, runExitTrap } from './shell/run.js';
import { ExitSig, Shell } from './shell/state.js';
import { AllocError, DEFAULT_TIME_LIMIT_SEC, ForkFailed, limitsOf, type Limits } from './shell/limits.js';
import { procTable, SIGNALS, type ProcEntry } from './shell/procs.js';
import { nullOut, stringIn } from './shell/streams.js';

/** Steps of the CPU budget a turn of the scheduler costs (Session.drive). */
const SCHED_TURN_STEPS = 1;

export interface SessionOptions {
  /** Working directory (created if missing); default /root. */
  cwd?: string;
  /** Network namespace of the shell; default the lab's init namespace. */
  net?: Net;
  /** Extra or overriding environment variables. */
  env?: Record<string, string>;
  /** Virtual time one `exec` may take before it is abandoned (status 124); default no limit. */
  timeLimitNs?: number;
  /**
   * CPU time the shell may use, in seconds of a notional CPU that runs
   * 250,000 interpreter steps a second (deterministic); counted from the
   * session's start, or from each `resetBudget`. Default DEFAULT_TIME_LIMIT_SEC.
   */
  cpuLimitSec?: number;
  /**
   * The output is a terminal (an interactive shell): tools' isatty() on it
   * is true, so stdio line-buffers (ping, filters) and `ip route save`
   * refuses it, as on Linux. Default: a pipe, as under a recorder.
   */
  tty?: boolean;
}

/** The environment a transcript runs with (see conformance/README.md and `kt`). */
const DEFAULT_ENV: Record<string, string> = {
  HOME: '/root',
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  LANG: 'C',
  LC_ALL: 'C',
  TERM: 'dumb',
  COLUMNS: '80',
  USER: 'root',
  LOGNAME: 'root',
  SHELL: '/bin/bash',
};

/** Forwards to the sink of the current `exec`, so background output lands where the user is. */
class OutProxy implements OutStream {
  target: OutStream = nullOut;
  constructor(readonly isatty: boolean) {}
  write(s: string): void {
    this.target.write(s);
  }
}

export class Session {
  /** The shell state kept across calls. */
  readonly shell: Shell;
  private readonly out: OutProxy;
  private readonly io: IO;
  /** The session's own process ($$). */
  private readonly entry: ProcEntry;
  private readonly timeLimitNs: number;
  private readonly cpuLimitSec: number;
  private readonly limits: Limits;
  /** The process of the `exec` running now (the foreground job's parent). */
  private fg: ProcEntry | null = null;
  /** The shell ran `exit` (or died of a fatal error): its EXIT trap has run, the session is over. */
  ended = false;

  constructor(
    readonly lab: Lab,
    readonly fs: Vfs,
    opts: SessionOptions = {},
  ) {
    if (!lab.commands.has('sh') || !lab.commands.has('bash')) installShell(lab);
    this.out = new OutProxy(opts.tty === true);
    const cwd = fs.resolve('/', opts.cwd ?? '/root');
    if (fs.stat(cwd, opts.net ?? lab.initNet) !== 'dir') fs.mkdir(cwd, true);
    // The script comes on a pipe and the output leaves on another, as for `bash -s` under a recorder.
    const out = pipeLink(lab);
    this.io = IO.std(stringIn(''), this.out, this.out, [pipeLink(lab), out, out]);
    this.entry = procTable(lab).spawn(null, this.io.fds);
    this.entry.net = opts.net ?? lab.initNet;
    // the shell the recorder feeds the script to (`bash -s`): what /proc/PID/cmdline, pgrep and ps show for it
    this.entry.argv = ['bash'];
    const env = new Map(Object.entries({ ...DEFAULT_ENV, ...opts.env }));
    this.shell = new Shell({ lab, fs: taskFs(fs, procTable(lab), this.entry.pid), net: opts.net ?? lab.initNet, cwd, env, entry: this.entry, name: 'bash', positional: [] });
    this.timeLimitNs = opts.timeLimitNs ?? Infinity;
    this.cpuLimitSec = opts.cpuLimitSec ?? DEFAULT_TIME_LIMIT_SEC;
    this.limits = limitsOf(lab);
    this.limits.reset(this.cpuLimitSec);
  }

  /** A fresh CPU budget (an interactive shell gives one to each command line). */
  resetBudget(): void {
    this.limits.reset(this.cpuLimitSec);
  }

  /**
   * Run `script` (one or more lines) and return its status. Output goes to
   * `out`. A script that can never finish (every process blocked, no timer
   * left) ends with `tuxnet: command blocked forever` and status 124.
   */
  exec(script: string, out: OutStream = nullOut, line = 1): Promise<number> {
    return this.drive(out, (ctx) => this.runScript(ctx, script, line));
  }

  /** Run `body` as the session shell's foreground and drive virtual time until it is done. */
  private async drive(out: OutStream, body: (ctx: Ctx) => Promise<number>): Promise<number> {
    this.out.target = out;
    const sh = this.shell;
    const run = procTable(this.lab).spawn(this.entry, this.io.fds);
    // the shell runs the command line itself: its commands are the shell's children
    run.transparent = true;
    this.entry.children.add(run);
    const ctx: Ctx = { sh, io: this.io, noErrexit: false, proc: run };
    let done = false;
    let failure: unknown = null;
    const finished = run.run(() => guard(ctx, () => body(ctx)));
    this.fg = run;
    finished.then(
      () => (done = true),
      (e: unknown) => {
        failure = e;
        done = true;
      },
    );
    const start = this.lab.sched.now;
    // Each turn of the scheduler (timers run, tasks woken) costs a step of
    // the CPU budget: kernel timers that re-arm for ever (router
    // solicitations, a capture's block timer) under a command that never
    // ends would otherwise run virtual years without end.
    const limits = this.limits;
    await this.lab.sched.runWhile(() => !done && limits.charge(SCHED_TURN_STEPS), start + this.timeLimitNs);
    this.entry.children.delete(run);
    this.fg = null;
    if (failure) throw failure;
    if (!done) return this.abandon(run, out, start + this.timeLimitNs);
    sh.lastStatus = await finished;
    if (this.limits.exhausted) {
      out.write(this.limitExceeded());
      sh.lastStatus = 124;
    }
    return sh.lastStatus;
  }

  /**
   * The script; `exit` (and bash's fatal errors) end the shell: its EXIT
   * trap runs and `ended` is set (the CLI stops reading; a transcript goes on).
   */
  private async runScript(ctx: Ctx, script: string, line: number): Promise<number> {
    const sh = ctx.sh;
    try {
      return await runCommands(ctx, script, (l) => `${sh.name}: line ${l}: `, line);
    } catch (e) {
      if (!(e instanceof ExitSig || e instanceof AllocError || e instanceof ForkFailed)) throw e;
      this.ended = true;
      return runExitTrap(ctx, await guard(ctx, () => Promise.reject(e)));
    }
  }

  /**
   * The end of the input: the EXIT trap runs (once; not again after
   * `exit`). Resolves with the shell's final status.
   */
  async end(out: OutStream = nullOut): Promise<number> {
    if (this.ended) return this.shell.lastStatus;
    this.ended = true;
    if (!this.shell.traps.has('EXIT')) return this.shell.lastStatus;
    const status = this.shell.lastStatus;
    return this.drive(out, (ctx) => runExitTrap(ctx, status));
  }

  /**
   * Ctrl-C at the terminal: SIGINT to the foreground job (the lab and the
   * session survive). When a process of the job died of it, or nothing but
   * the shell runs, the command line is abandoned too, as bash does when a
   * child dies of SIGINT (unless the shell traps INT).
   */
  interrupt(): boolean {
    const run = this.fg;
    if (!run) return false;
    const INT = SIGNALS.INT!;
    const job = [...run.children];
    for (const c of job) c.kill(INT);
    if (this.shell.traps.has('INT')) {
      const action = this.shell.traps.get('INT')!;
      if (action !== '') this.shell.pendingTraps.push(action);
      return true;
    }
    if (job.length === 0 || job.some((c) => c.killedBy === INT)) run.kill(INT);
    return true;
  }

  /** Run `script` and collect its merged output. */
  async execCollect(script: string, line = 1): Promise<{ output: string; status: number }> {
    let output = '';
    const status = await this.exec(script, { write: (s) => void (output += s) }, line);
    return { output, status };
  }

  private limitExceeded(): string {
    return `tuxnet: CPU time limit exceeded (--time-limit ${this.cpuLimitSec})\n`;
  }

  private abandon(run: ProcEntry, out: OutStream, deadline: number): number {
    const spent = this.limits.exhausted;
    const forever = !spent && this.lab.sched.nextExpiry() === Infinity;
    if (!forever && !spent) this.lab.sched.clock.advanceTo(deadline);
    run.kill(SIGNALS.KILL!);
    out.write(
      spent
        ? this.limitExceeded()
        : forever ? 'tuxnet: command blocked forever\n' : 'tuxnet: command timed out\n',
    );
    this.shell.lastStatus = 124;
    return 124;
  }
}
