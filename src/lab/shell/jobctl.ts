/**
 * The builtins that act on processes: wait, kill, jobs (bash(1) "JOB
 * CONTROL", "SHELL BUILTIN COMMANDS").
 */
import { builtinError, type Ctx } from './io.js';
import { procTable, signalName, signalNumber, SIGNALS, termSignal, type ProcEntry } from './procs.js';
import type { Job } from './jobs.js';
import { notifyOfJobStatus } from './notify.js';

type Builtin = (ctx: Ctx, argv: string[]) => Promise<number>;

/**
 * `wait`: without operands wait for every job and return 0; with PIDs or
 * job specs return the status of the last; `-n` waits for the next job.
 */
async function wait(ctx: Ctx, argv: string[]): Promise<number> {
  const sh = ctx.sh;
  const args = argv.slice(1);
  if (args[0] === '-n') return waitNext(ctx);
  if (args.length === 0) {
    // wait_for_background_pids(): the jobs it waits for while they run are collected (one that died
    // since the last foreground command is one bash would still find running); then
    // mark_dead_jobs_as_notified(1) discards the others that exited, but for a script the job of $!;
    // one a signal killed is left for notify_of_job_status() to report
    for (const j of sh.jobs.all()) {
      if (j.entry.alive || !j.seenDead) await j.entry.exited;
      else if (j.entry.pid === sh.lastBg) continue;
      if (termSignal(j.entry) === 0) sh.jobs.remove(j);
    }
    notifyOfJobStatus(ctx);
    return 0;
  }
  let st = 0;
  for (const a of args) {
    const target = resolveWaitTarget(ctx, a);
    if (typeof target === 'number') {
      st = target;
      continue;
    }
    st = await target.entry.exited;
    // wait_for_job()/wait_for_single_pid(): the job waited for leaves the table
    if (target.job && termSignal(target.job.entry) === 0) sh.jobs.remove(target.job);
    notifyOfJobStatus(ctx);
  }
  return st;
}

function resolveWaitTarget(ctx: Ctx, a: string): { entry: ProcEntry; job: Job | null } | number {
  const sh = ctx.sh;
  if (a.startsWith('%')) {
    const job = sh.jobs.find(a);
    return job ? { entry: job.entry, job } : builtinError(ctx, 'wait', `${a}: no such job`, 127);
  }
  if (!/^\d+$/.test(a)) return builtinError(ctx, 'wait', `\`${a}': not a pid or valid job spec`, 2);
  const entry = sh.jobs.children.get(Number(a));
  if (!entry) return builtinError(ctx, 'wait', `pid ${a} is not a child of this shell`, 127);
  const job = sh.jobs.all().find((j) => j.entry === entry) ?? null;
  return { entry, job };
}

async function waitNext(ctx: Ctx): Promise<number> {
  const running = ctx.sh.jobs.running();
  if (!running.length) return 127;
  const [st, job] = await Promise.race(running.map((j) => j.entry.exited.then((s) => [s, j] as const)));
  if (termSignal(job.entry) === 0) ctx.sh.jobs.remove(job);
  notifyOfJobStatus(ctx);
  return st;
}

const KILL_USAGE = 'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n';

/** `kill [-s SIG | -n NUM | -SIG] PID|%JOB ...`, `kill -l [SIG]`. */
async function kill(ctx: Ctx, argv: string[]): Promise<number> {
  const args = argv.slice(1);
  if (args[0] === '-l' || args[0] === '-L') return listSignals(ctx, args.slice(1));
  let sig = SIGNALS.TERM!;
  let spec: string | undefined;
  if (args[0] === '-s' || args[0] === '-n') {
    args.shift();
    spec = args.shift();
  } else if (args[0]?.startsWith('-') && args[0] !== '--') spec = args.shift()!.slice(1);
  if (args[0] === '--') args.shift();
  if (spec !== undefined) {
    const n = signalNumber(spec);
    if (n === null) return builtinError(ctx, 'kill', `${spec}: invalid signal specification`);
    sig = n;
  }
  if (!args.length) {
    ctx.io.err.write(KILL_USAGE);
    return 2;
  }
  let st = 0;
  for (const a of args) if (!killOne(ctx, a, sig)) st = 1;
  return st;
}

function killOne(ctx: Ctx, a: string, sig: number): boolean {
  if (a.startsWith('%')) {
    const job = ctx.sh.jobs.find(a);
    if (!job) return !builtinError(ctx, 'kill', `${a}: no such job`);
    // a job that exited but is still in the table: bash's kill_pid() reports nothing
    if (job.entry.alive) job.entry.kill(sig);
    return true;
  }
  if (!/^-?\d+$/.test(a)) return !builtinError(ctx, 'kill', `${a}: arguments must be process or job IDs`);
  const entry = procTable(ctx.sh.lab).get(Math.abs(Number(a)));
  if (!entry || !entry.kill(sig)) return !builtinError(ctx, 'kill', `(${a}) - No such process`);
  return true;
}

/** `kill -l`: bash's table, five per line; `kill -l 15` prints TERM; `kill -l 143` too (exit status). */
export function listSignals(ctx: Ctx, args: string[]): number {
  if (args.length) {
    let st = 0;
    for (const a of args) {
      const n = Number(a);
      const name = /^\d+$/.test(a) ? signalName(n > 128 ? n - 128 : n) : signalNumber(a)?.toString();
      if (name === undefined) st = builtinError(ctx, 'kill', `${a}: invalid signal specification`);
      else ctx.io.out.write(name + '\n');
    }
    return st;
  }
  const all = Array.from({ length: 64 }, (_, i) => i + 1).filter((n) => n !== 32 && n !== 33);
  let line = '';
  all.forEach((n, i) => {
    line += `${String(n).padStart(2)}) SIG${signalName(n)}`;
    if (i % 5 === 4 || i === all.length - 1) {
      ctx.io.out.write(line + '\n');
      line = '';
    } else line += '\t';
  });
  return 0;
}

/**
 * `jobs [-l|-p]`: the jobs of the table, running ones as written (with `&`),
 * those that exited as "Done" or "Exit N" without it (pretty_print_job());
 * the ones that exited are then forgotten.
 */
async function jobs(ctx: Ctx, argv: string[]): Promise<number> {
  const flags = argv.slice(1).join('');
  const table = ctx.sh.jobs;
  for (const j of table.all()) {
    const alive = j.entry.alive;
    const st = alive ? 'Running' : j.entry.status ? `Exit ${j.entry.status}` : 'Done';
    const text = alive ? j.text : j.text.replace(/\s*&$/, '');
    if (flags.includes('p')) ctx.io.out.write(`${j.entry.pid}\n`);
    else if (flags.includes('l')) ctx.io.out.write(`[${j.id}]${table.mark(j)} ${j.entry.pid} ${st.padEnd(24)}${text}\n`);
    else ctx.io.out.write(`[${j.id}]${table.mark(j)}  ${st.padEnd(24)}${text}\n`);
  }
  table.prune();
  return 0;
}

export const JOB_BUILTINS: [string, Builtin][] = [
  ['wait', wait],
  ['kill', kill],
  ['jobs', jobs],
];
