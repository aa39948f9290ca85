/**
 * The builtins that act on processes: wait, kill, jobs (bash(1) "JOB
 * CONTROL", "SHELL BUILTIN COMMANDS").
 */
import { builtinError, type Ctx } from './io.js';
import { procTable, signalName, signalNumber, SIGNALS, strsignal, termSignal, type ProcEntry } from './procs.js';
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
    // wait_for_background_pids(): each running job is waited for and forgotten; then
    // mark_dead_jobs_as_notified(1) forgets the finished ones too, but for the job of $!
    const running = sh.jobs.all().filter((j) => j.entry.alive);
    for (const j of sh.jobs.all()) await j.entry.exited;
    notifyOfJobStatus(ctx);
    if (sh.jobs.keepExited) {
      for (const j of running) sh.jobs.remove(j);
      for (const j of sh.jobs.all()) if (j.entry.pid !== sh.lastBg) sh.jobs.remove(j);
    }
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
    notifyOfJobStatus(ctx);
    // wait_for_job(): the job waited for is forgotten (reported first if a signal ended it)
    if (target.job) sh.jobs.remove(target.job);
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
  const table = ctx.sh.jobs;
  // a job that already ended and was not reported is the next one (wait_for_any_job())
  const done = table.listed().find((j) => !j.entry.alive);
  if (done) {
    table.remove(done);
    return done.entry.status ?? 0;
  }
  const running = table.running();
  if (!running.length) return 127;
  const [st, j] = await Promise.race(running.map((j) => j.entry.exited.then((s) => [s, j] as const)));
  notifyOfJobStatus(ctx);
  table.remove(j);
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
    // kill_pid(): the processes of the job that are gone are skipped (a job kept until reported)
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
 * `jobs [-l|-p] [%JOB...]`: the jobs of the table, running or finished
 * (a script's bash keeps the ones that exited until now); each finished
 * one shown is then forgotten (J_NOTIFIED, cleaned up).
 */
async function jobs(ctx: Ctx, argv: string[]): Promise<number> {
  const args = argv.slice(1);
  const flags = args.filter((a) => a.startsWith('-')).join('');
  const specs = args.filter((a) => !a.startsWith('-'));
  const table = ctx.sh.jobs;
  let st = 0;
  const shown: Job[] = [];
  for (const spec of specs) {
    const j = table.find(spec);
    if (j) shown.push(j);
    else st = builtinError(ctx, 'jobs', `${spec}: no such job`);
  }
  for (const j of specs.length ? shown : table.listed()) {
    // printable_job_status(), print_pipeline(): a finished job without its `&`
    const status = jobStatus(j.entry);
    const text = j.entry.alive ? j.text : j.text.replace(/\s*&$/, '');
    if (flags.includes('p')) ctx.io.out.write(`${j.entry.pid}\n`);
    // print_pipeline(JLIST_LONG): the pid as "%5ld"
    else if (flags.includes('l')) ctx.io.out.write(`[${j.id}]${table.mark(j)} ${String(j.entry.pid).padStart(5)} ${status.padEnd(24)}${text}\n`);
    else ctx.io.out.write(`[${j.id}]${table.mark(j)}  ${status.padEnd(24)}${text}\n`);
  }
  for (const j of specs.length ? shown : table.listed()) if (!j.entry.alive) table.remove(j);
  return st;
}

/** printable_job_status(): Running, Done, Exit N, or the signal's text. */
function jobStatus(e: ProcEntry): string {
  if (e.alive) return 'Running';
  const sig = termSignal(e);
  if (sig) return strsignal(sig);
  return e.status ? `Exit ${e.status}` : 'Done';
}

/** `fg`, `bg`: a shell without job control (not interactive) refuses them (jobs.def). */
async function noJobControl(ctx: Ctx, argv: string[]): Promise<number> {
  return builtinError(ctx, argv[0]!, 'no job control');
}

export const JOB_BUILTINS: [string, Builtin][] = [
  ['wait', wait],
  ['kill', kill],
  ['jobs', jobs],
  ['fg', noJobControl],
  ['bg', noJobControl],
];
