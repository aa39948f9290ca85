/**
 * The interpreter: lists, and-or lists, pipelines, subshells and background
 * jobs (bash(1) "Pipelines", "Lists", "COMMAND EXECUTION ENVIRONMENT").
 * Every pipeline element, subshell, command substitution and `&` job is a
 * process of its own on the virtual clock, with a copy of the shell state.
 */
import type { AndOr, Node, Pipeline, Seq } from './ast.js';
import type { Ctx, Fd, IO } from './io.js';
import { procTable, type ProcEntry } from './procs.js';
import { BreakSig, ContinueSig, ExitSig, FatalError, ReturnSig, type Shell } from './state.js';
import { Collector, Pipe, stringIn } from './streams.js';
import { execCompound } from './compound.js';
import { execSimple } from './simple.js';
import type { ExpandHost } from './expand.js';

/** Nodes after which `set -e` looks at the status (compound commands were checked inside). */
const ERREXIT_CHECKED = new Set(['simple', 'pipeline', 'subshell', 'arithcmd', 'cond']);

export async function execSeq(ctx: Ctx, seq: Seq): Promise<number> {
  let st = 0;
  for (const item of seq.items) {
    checkKilled(ctx.sh);
    if (item.bg) {
      startBackground(ctx, item.node, item.text);
      st = 0;
      ctx.sh.lastStatus = 0;
    } else st = await execNode(ctx, item.node);
  }
  return st;
}

/** A killed shell stops before its next command. */
export function checkKilled(sh: Shell): void {
  if (sh.entry.killedBy) throw new ExitSig(128 + sh.entry.killedBy);
}

export async function execNode(ctx: Ctx, node: Node): Promise<number> {
  if (ctx.sh.fdPatch.size) ctx = { ...ctx, io: withPatch(ctx.io, ctx.sh.fdPatch) };
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
      st = 0;
      break;
    default:
      st = await execCompound(ctx, node);
  }
  ctx.sh.lastStatus = st;
  // bash(1) "set -e": exit on failure, except in conditions, before && or ||, after !.
  if (st !== 0 && ctx.sh.opts.errexit && !ctx.noErrexit && ERREXIT_CHECKED.has(node.t) &&
    !(node.t === 'pipeline' && node.negate)) {
    throw new ExitSig(st);
  }
  return st;
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
  const n = node.cmds.length;
  if (n === 1) {
    const st = await execNode({ ...ctx, noErrexit: ctx.noErrexit || node.negate }, node.cmds[0]!);
    return node.negate ? Number(st === 0) : st;
  }
  const pipes = Array.from({ length: n - 1 }, () => new Pipe());
  const runs = node.cmds.map((cmd, i) => {
    let io = ctx.io;
    if (i > 0) io = io.set(0, { in: pipes[i - 1]!.in });
    if (i < n - 1) {
      io = io.set(1, { out: pipes[i]!.out });
      if (node.errToo[i]) io = io.set(2, { out: pipes[i]!.out });
    }
    return fork(ctx, io, (c) => execNode(c, cmd));
  });
  for (const p of pipes) {
    p.in.release();
    p.out.release();
  }
  const statuses = await waitAll(ctx.sh, runs);
  let st = statuses[n - 1]!;
  if (ctx.sh.opts.pipefail) st = [...statuses].reverse().find((s) => s !== 0) ?? 0;
  return node.negate ? Number(st === 0) : st;
}

/** Wait in the foreground: a kill of this shell reaches the children. */
export async function waitAll(sh: Shell, runs: { entry: ProcEntry; done: Promise<number> }[]): Promise<number[]> {
  for (const r of runs) sh.entry.children.add(r.entry);
  try {
    return await Promise.all(runs.map((r) => r.done));
  } finally {
    for (const r of runs) sh.entry.children.delete(r.entry);
  }
}

export interface Forked {
  entry: ProcEntry;
  sh: Shell;
  done: Promise<number>;
}

/**
 * Run `body` in a subshell: a new process with a copy of the shell state,
 * holding the descriptors of `io` until it exits or is killed.
 */
export function fork(ctx: Ctx, io: IO, body: (c: Ctx) => Promise<number>, tweak?: (sh: Shell) => void): Forked {
  const entry = procTable(ctx.sh.lab).spawn();
  const sh = ctx.sh.fork(entry);
  tweak?.(sh);
  io.retain();
  void entry.exited.then(() => io.release());
  const c: Ctx = { sh, io, noErrexit: ctx.noErrexit };
  const done = entry.run(() => guard(c, () => body(c)));
  return { entry, sh, done };
}

/** The end of a shell process: `exit`, fatal errors and stray control flow become a status. */
export async function guard(ctx: Ctx, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof ExitSig || e instanceof ReturnSig) return e.status;
    if (e instanceof BreakSig || e instanceof ContinueSig) return ctx.sh.lastStatus;
    if (e instanceof FatalError) {
      ctx.io.err.write(ctx.sh.errPrefix() + e.message + '\n');
      return e.status;
    }
    if (!ctx.sh.entry.alive) return ctx.sh.entry.status ?? 1;
    ctx.io.err.write(`tuxnet: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    return 70;
  }
}

/**
 * `cmd &`: a job that runs concurrently. Without job control its standard
 * input is /dev/null (bash(1) "Lists"); it outlives the shell that started it.
 */
function startBackground(ctx: Ctx, node: Node, text: string): void {
  const io = ctx.io.set(0, { in: stringIn('') });
  const job = fork({ ...ctx, noErrexit: false }, io, (c) => execNode(c, node));
  ctx.sh.jobs.add(job.entry, text);
  ctx.sh.lastBg = job.entry.pid;
}

/** $(...): the output of a subshell, without its trailing newlines; waits for EOF like bash. */
export async function commandSubst(ctx: Ctx, body: Seq): Promise<string> {
  const col = new Collector();
  const run = fork({ ...ctx, noErrexit: true }, ctx.io.set(1, { out: col }), (c) => execSeq(c, body), (sh) => {
    // bash(1): command substitution does not inherit -e (unless inherit_errexit).
    sh.opts.errexit = false;
  });
  col.release();
  const [st] = await waitAll(ctx.sh, [run]);
  await col.closed;
  ctx.sh.lastStatus = st!;
  ctx.sh.comsubs++;
  return col.text.replace(/\n+$/, '');
}

/** The expansion host of a context: command substitutions run as subshells of it. */
export function hostOf(ctx: Ctx): ExpandHost {
  return { sh: ctx.sh, comsub: (body) => commandSubst(ctx, body) };
}
