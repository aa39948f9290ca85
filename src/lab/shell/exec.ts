/**
 * The interpreter: lists, and-or lists, pipelines, subshells and background
 * jobs (bash(1) "Pipelines", "Lists", "COMMAND EXECUTION ENVIRONMENT").
 * Every pipeline element, subshell, command substitution and `&` job is a
 * process of its own on the virtual clock, with a copy of the shell state.
 */
import type { AndOr, Node, Pipeline, Seq, Simple } from './ast.js';
import { openRedirs } from './redirect.js';
import { Holding, pipeLink, type Ctx, type Fd, type IO } from './io.js';
import { procTable, SIGNALS, type ProcEntry } from './procs.js';
import { ASYNC_IGNORED, BreakSig, ContinueSig, ExitSig, FatalError, ReturnSig, type Shell } from './state.js';
import { Collector, Pipe, stringIn } from './streams.js';
import { execCompound } from './compound.js';
import { execSimple } from './simple.js';
import type { ExpandHost } from './expand.js';
import { runEval, runExitTrap, runPendingTraps } from './run.js';
import { AllocError, FAILED_FORK_STEPS, FORK_STEPS, ForkFailed, forkFailureText, MAX_PROCS, MAX_STRING, StepLimitExceeded } from './limits.js';
import { commandString, notifyOfJobStatus } from './notify.js';

const SIGPIPE = SIGNALS.PIPE!;

/** Nodes after which `set -e` looks at the status (compound commands were checked inside). */
const ERREXIT_CHECKED = new Set(['simple', 'pipeline', 'subshell', 'arithcmd', 'cond']);

export async function execSeq(ctx: Ctx, seq: Seq): Promise<number> {
  let st = 0;
  const last = seq.items[seq.items.length - 1];
  const notLast = ctx.execPos ? { ...ctx, execPos: false } : ctx;
  const items = seq.items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const c = item === last ? ctx : notLast;
    if (ctx.sh.pendingTraps.length) await runPendingTraps(ctx);
    checkKilled(ctx);
    if (item.bg) {
      startBackground(c, item.node, item.text);
      st = 0;
      ctx.sh.lastStatus = 0;
    } else {
      const waits = ctx.sh.waits;
      st = await execNode(c, item.node);
      if (ctx.sh.waits !== waits) reportJobs(c, item);
    }
  }
  return st;
}

/**
 * After a command that waited for a child: the jobs that ended (notify.ts),
 * and the command itself when it was one program a signal ended (the text
 * of a longer list is not kept: bash would print the program's own).
 */
function reportJobs(ctx: Ctx, item: Seq['items'][number]): void {
  const fg = ctx.sh.lastFg;
  const single = item.node.t === 'simple' || (item.node.t === 'pipeline' && item.node.cmds.length === 1 && item.node.cmds[0]!.t === 'simple');
  // (a job that ended by itself is not reported: its text is not made)
  notifyOfJobStatus(ctx, fg && fg.sig !== 0 && single ? { ...fg, text: commandString(item.node, item.text) } : null);
  ctx.sh.lastFg = null;
}

/**
 * A killed shell stops before its next command; so does one that wrote to
 * a pipe nobody reads (SIGPIPE, as `for ...; do echo; done | head -1`).
 */
export function checkKilled(ctx: Ctx): void {
  if (ctx.proc.killedBy) throw new ExitSig(128 + ctx.proc.killedBy);
  if ((ctx.io.fds[1]?.out as { sigpipe?: boolean } | undefined)?.sigpipe && ctx.sh.traps.get('PIPE') !== '') {
    throw new ExitSig(128 + SIGPIPE);
  }
}

export async function execNode(ctx: Ctx, node: Node): Promise<number> {
  ctx.sh.limits.step();
  if (ctx.sh.fdPatch.size) ctx = { ...ctx, io: withPatch(ctx.io, ctx.sh.fdPatch) };
  if (ctx.execPos && node.t !== 'simple' && node.t !== 'seq' && node.t !== 'subshell') ctx = { ...ctx, execPos: false };
  let st: number;
  switch (node.t) {
    case 'simple':
      st = await execSimple(ctx, node);
      break;
    case 'pipeline':
      st = await execPipeline(ctx, node);
      break;
    case 'andor':
      st = await execAndOr(ctx, node);
      break;
    case 'seq':
      st = await execSeq(ctx, node);
      break;
    case 'func':
      ctx.sh.funcs.set(node.name, node);
      // make_cmd.c make_function_def(): its source_file is BASH_SOURCE[0], else "main" or "environment"
      ctx.sh.funcSources.set(node.name, ctx.sh.srcName ?? ctx.sh.topSource);
      st = 0;
      break;
    default:
      st = await execCompound(ctx, node);
  }
  ctx.sh.lastStatus = st;
  if (node.t === 'simple' || node.t === 'subshell' || node.t === 'arithcmd' || node.t === 'cond') setPipestatus(ctx.sh, [st]);
  // bash(1) "set -e" and the ERR trap: on failure, except in conditions, before && or ||, after !.
  if (st !== 0 && !ctx.noErrexit && ERREXIT_CHECKED.has(node.t) && !(node.t === 'pipeline' && node.negate)) {
    if (node.t !== 'simple') ctx.sh.lineno = node.line;
    await runErrTrap(ctx, st);
    if (ctx.sh.opts.errexit) throw new ExitSig(st);
  }
  return st;
}

/** The ERR trap; a function runs it only with `set -E` (bash(1) "trap"). $? is the failed status. */
async function runErrTrap(ctx: Ctx, st: number): Promise<void> {
  const sh = ctx.sh;
  const action = sh.traps.get('ERR');
  if (!action || (sh.funcDepth > 0 && !sh.opts.errtrace)) return;
  await runTrapAction(ctx, action, st);
}

/** A trap's action, not inside another one; $? is `st` in it and after it. */
async function runTrapAction(ctx: Ctx, action: string, st: number): Promise<void> {
  const sh = ctx.sh;
  if (sh.inTrap) return;
  sh.inTrap = true;
  try {
    await runEval(ctx, action);
  } finally {
    sh.inTrap = false;
    sh.lastStatus = st;
  }
}

/**
 * A function's or sourced file's end: the RETURN trap, if one is set now
 * (a function does not see its caller's: callFunction hides it). $? stays.
 */
export async function runReturnTrap(ctx: Ctx): Promise<void> {
  const action = ctx.sh.traps.get('RETURN');
  if (action) await runTrapAction(ctx, action, ctx.sh.lastStatus);
}

/** PIPESTATUS: the statuses of the last foreground pipeline (bash(1) "Shell Variables"). */
function setPipestatus(sh: Shell, statuses: number[]): void {
  // the same statuses again (most commands exit 0): the variable stays as it is
  const old = sh.globals.get('PIPESTATUS');
  if (old?.arr && !old.assoc && old.value === undefined && !old.exported && !old.readonly && sameStatuses(old.arr, statuses)) return;
  const arr = new Map(statuses.map((s, i) => [String(i), String(s)]));
  sh.globals.set('PIPESTATUS', { value: undefined, exported: false, readonly: false, arr });
}

function sameStatuses(arr: ReadonlyMap<string, string>, statuses: readonly number[]): boolean {
  if (arr.size !== statuses.length) return false;
  for (let i = 0; i < statuses.length; i++) if (arr.get(String(i)) !== String(statuses[i])) return false;
  return true;
}

function withPatch(io: IO, patch: Map<number, Fd | undefined>): IO {
  for (const [fd, f] of patch) io = io.set(fd, f);
  return io;
}

async function execAndOr(ctx: Ctx, node: AndOr): Promise<number> {
  const cond = { ...ctx, noErrexit: true };
  const last = node.rest.length - 1;
  let st = await execNode(last >= 0 ? cond : ctx, node.first);
  for (const [i, r] of node.rest.entries()) {
    if ((r.op === '&&') !== (st === 0)) continue;
    st = await execNode(i === last ? ctx : cond, r.node);
  }
  return st;
}

async function execPipeline(ctx: Ctx, node: Pipeline): Promise<number> {
  if (!node.time) return runPipeline(ctx, node);
  const start = ctx.sh.lab.sched.now;
  const st = await runPipeline(ctx, node);
  ctx.io.err.write(timeReport((ctx.sh.lab.sched.now - start) / 1e9, node.time));
  return st;
}

/** What `time` prints: the virtual time elapsed; commands take no CPU time here. */
function timeReport(secs: number, format: 'bash' | 'posix'): string {
  if (format === 'posix') return `real ${secs.toFixed(2)}\nuser 0.00\nsys 0.00\n`;
  const m = Math.floor(secs / 60);
  const s = (secs - m * 60).toFixed(3);
  return `\nreal\t${m}m${s}s\nuser\t0m0.000s\nsys\t0m0.000s\n`;
}

async function runPipeline(ctx: Ctx, node: Pipeline): Promise<number> {
  const n = node.cmds.length;
  if (n === 1) {
    const st = await execNode({ ...ctx, noErrexit: ctx.noErrexit || node.negate }, node.cmds[0]!);
    return node.negate ? Number(st === 0) : st;
  }
  const pipes = Array.from({ length: n - 1 }, () => new Pipe());
  const links = pipes.map(() => pipeLink(ctx.sh.lab));
  const runs = node.cmds.map((cmd, i) => {
    let io = ctx.io;
    if (i > 0) io = io.set(0, { in: pipes[i - 1]!.in, link: links[i - 1] });
    if (i < n - 1) {
      io = io.set(1, { out: pipes[i]!.out, link: links[i] });
      if (node.errToo[i]) io = io.set(2, { out: pipes[i]!.out, link: links[i] });
    }
    // `jobs | ...` lists the shell's own jobs: that subshell keeps the table
    const keepJobs = !ctx.sh.dash && cmd.t === 'simple' && cmd.words[0]?.raw === 'jobs';
    return fork(ctx, io, (c) => execNode(c, cmd), keepJobs ? (sh) => (sh.jobs = ctx.sh.jobs.inherited()) : undefined);
  });
  for (const p of pipes) {
    p.in.release();
    p.out.release();
  }
  const statuses = await waitAll(ctx, runs);
  setPipestatus(ctx.sh, statuses);
  let st = statuses[n - 1]!;
  if (ctx.sh.opts.pipefail) st = [...statuses].reverse().find((s) => s !== 0) ?? 0;
  return node.negate ? Number(st === 0) : st;
}

/** Wait in the foreground: a kill of this shell reaches the children. */
export async function waitAll(ctx: Ctx, runs: { entry: ProcEntry; done: Promise<number> }[]): Promise<number[]> {
  for (const r of runs) ctx.proc.children.add(r.entry);
  try {
    return await Promise.all(runs.map((r) => r.done));
  } finally {
    for (const r of runs) ctx.proc.children.delete(r.entry);
    ctx.sh.waits++;
  }
}

export interface Forked {
  entry: ProcEntry;
  done: Promise<number>;
}

/**
 * Run `body` in a subshell: a new process with a copy of the shell state,
 * holding the descriptors of `io` until it exits or is killed.
 */
export function fork(ctx: Ctx, io: IO, body: (c: Ctx) => Promise<number>, tweak?: (sh: Shell) => void): Forked {
  const table = procTable(ctx.sh.lab);
  if (table.live >= MAX_PROCS) {
    ctx.io.err.write(forkFailureText(ctx.sh.name));
    ctx.sh.limits.step(FAILED_FORK_STEPS);
    throw new ForkFailed();
  }
  ctx.sh.limits.step(FORK_STEPS);
  const entry = table.spawn(ctx.proc, io.fds);
  entry.net = ctx.sh.net;
  const sh = ctx.sh.fork(entry);
  tweak?.(sh);
  const hold = new Holding(io);
  void entry.exited.then(() => hold.release());
  const c: Ctx = { sh, io, noErrexit: ctx.noErrexit, proc: entry, hold, execPos: true };
  const done = entry.run(async () => runExitTrap(c, await guard(c, () => body(c))));
  return { entry, done };
}

/** The end of a shell process: `exit`, fatal errors and stray control flow become a status. */
export async function guard(ctx: Ctx, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    return endStatus(ctx, e);
  }
}

/** The status a shell ends with after `e` was thrown; no JavaScript error reaches the user as a stack trace. */
function endStatus(ctx: Ctx, e: unknown): number {
  if (e instanceof ExitSig || e instanceof ReturnSig) return e.status;
  if (e instanceof BreakSig || e instanceof ContinueSig) return ctx.sh.lastStatus;
  if (e instanceof StepLimitExceeded || e instanceof ForkFailed) return e.status;
  if (e instanceof FatalError) {
    ctx.io.err.write(ctx.sh.errPrefix() + e.message + '\n');
    if (e.exits) ctx.sh.forcedEof = true;
    return e.status;
  }
  const alloc = e instanceof AllocError ? e : isStringOverflow(e) ? new AllocError(MAX_STRING * 2 + 1) : null;
  if (alloc) {
    // bash error.c fatal_error(): the shell's name, no line number.
    ctx.io.err.write(`${ctx.sh.name}: ${alloc.message}\n`);
    return alloc.status;
  }
  if (!ctx.proc.alive) return ctx.proc.status ?? 1;
  const msg = e instanceof Error ? e.message : String(e);
  ctx.io.err.write(`tuxnet: internal error in '${ctx.sh.current || ctx.sh.name}': ${msg.split('\n')[0]}\n`);
  return 70;
}

/** V8's RangeError for a string longer than it can hold. */
function isStringOverflow(e: unknown): boolean {
  return e instanceof RangeError && /Invalid string length|Array buffer allocation failed|Invalid array length/.test(e.message);
}

/**
 * `cmd &`: a job that runs concurrently. Without job control its standard
 * input is /dev/null (bash(1) "Lists"); it outlives the shell that started it.
 */
function startBackground(ctx: Ctx, node: Node, text: string): void {
  const io = ctx.io.set(0, { in: stringIn(''), link: '/dev/null' });
  const job = fork({ ...ctx, noErrexit: false }, io, (c) => execNode(c, node), (sh) => (sh.async = true));
  job.entry.ignored = new Set([...job.entry.ignored, ...ASYNC_IGNORED]);
  ctx.sh.jobs.add(job.entry, `${commandString(node, text.replace(/\s*&$/, ''))} &`, ctx.sh.cwd);
  ctx.sh.lastBg = job.entry.pid;
}

/** $(...): the output of a subshell, without its trailing newlines; waits for EOF like bash. */
export async function commandSubst(ctx: Ctx, body: Seq): Promise<string> {
  const only = body.items.length === 1 ? body.items[0]!.node : null;
  if (only?.t === 'simple' && !only.words.length && !only.assigns.length && only.redirs.length === 1 && only.redirs[0]!.op === '<') {
    return readRedirect(ctx, only);
  }
  const col = new Collector();
  const run = fork({ ...ctx, noErrexit: true }, ctx.io.set(1, { out: col, link: pipeLink(ctx.sh.lab) }), (c) => execSeq(c, body), (sh) => {
    // bash(1): command substitution does not inherit -e (unless inherit_errexit).
    sh.opts.errexit = false;
    sh.traceLevel++;
    // bash's command substitution keeps the jobs table (`kill $(jobs -p)`)
    if (!sh.dash) sh.jobs = ctx.sh.jobs.inherited();
  });
  col.release();
  // bash reports no job at the end of a command substitution (the jobs list is frozen meanwhile)
  const waits = ctx.sh.waits;
  const [st] = await waitAll(ctx, [run]);
  ctx.sh.waits = waits;
  await col.closed;
  ctx.sh.lastStatus = st!;
  ctx.sh.comsubs++;
  return col.text.replace(/\n+$/, '');
}

/** $(<file): bash reads the file itself. */
async function readRedirect(ctx: Ctx, node: Simple): Promise<string> {
  ctx.sh.lineno = node.line;
  const opened = await openRedirs(ctx, node.redirs, null);
  ctx.sh.lastStatus = opened ? 0 : 1;
  ctx.sh.comsubs++;
  if (!opened) return '';
  opened.close();
  return (await opened.io.in.readAll()).replace(/\n+$/, '');
}

/** The expansion host of a context: command substitutions run as subshells of it. */
export function hostOf(ctx: Ctx): ExpandHost {
  return { sh: ctx.sh, comsub: (body) => commandSubst(ctx, body), procsub: (dir, body) => processSubst(ctx, dir, body) };
}

/**
 * <(body) / >(body): body runs in a subshell writing to (reading from) a
 * pipe, not waited for; the command being expanded gets the other end as
 * descriptor 63, 62... (bash's process_substitute with /dev/fd), which
 * takePendingFds() adds to its descriptors.
 */
function processSubst(ctx: Ctx, dir: '<' | '>', body: Seq): string {
  const sh = ctx.sh;
  const pipe = new Pipe();
  const link = pipeLink(sh.lab);
  const childIo = dir === '<' ? ctx.io.set(1, { out: pipe.out, link }) : ctx.io.set(0, { in: pipe.in, link });
  fork({ ...ctx, noErrexit: true }, childIo, (c) => execSeq(c, body));
  // the subshell holds its end now; this shell keeps the other one until the command is done
  if (dir === '<') pipe.out.release();
  else pipe.in.release();
  const fd = 63 - sh.pendingFds.length;
  const end: Fd = dir === '<' ? { in: pipe.in, link } : { out: pipe.out, link };
  sh.pendingFds.push({ fd, end, release: () => (dir === '<' ? pipe.in.release() : pipe.out.release()) });
  return `/dev/fd/${fd}`;
}

/** The process substitutions expanded so far, added to `io`; `release` closes them once the command is done. */
export function takePendingFds(sh: Shell, io: IO): { io: IO; release: () => void } {
  const fds = sh.pendingFds.splice(0);
  for (const p of fds) io = io.set(p.fd, p.end);
  return { io, release: () => fds.forEach((p) => p.release()) };
}
