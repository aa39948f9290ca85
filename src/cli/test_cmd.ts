/**
 * `tuxnet test [-j N] [--out DIR] [--known-failures FILE] [--seed N] [--timeout SEC] [--watchdog SEC] [--time-limit SEC] [-v] FILE.t...`
 *
 * Runs each transcript in a fresh lab (-j N: N files at a time on worker
 * threads, reported in command-line order all the same) (../shared/conformance/README.md, "What
 * tuxnet must provide"): a unified diff per mismatch, the actual transcript
 * in DIR/FILE.t with --out, a summary line per file, and as the very last
 * line `N passed, M failed` (commands). Exit status 1 when a command failed,
 * or with --known-failures, when the ratchet found a problem.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { type TranscriptResult, transcriptDiff } from '../lab/transcript_runner.js';
import { type FileOutcome, type KnownFailureList, type RatchetReport, checkKnownFailures, isListed, parseKnownFailures } from '../lab/known_failures.js';
import { HelpRequest, type Parsed, UsageError, intOption, parseOptions, secondsOption } from './args.js';
import type { CliEnv } from './env.js';
import { type FileRunOptions, runFile } from './test_run.js';
import { type FileDone, runInWorkers } from './test_jobs.js';

const OPTIONS = {
  out: { type: 'string' },
  'known-failures': { type: 'string' },
  seed: { type: 'string' },
  timeout: { type: 'string' },
  'time-limit': { type: 'string' },
  verbose: { type: 'boolean', short: 'v' },
  jobs: { type: 'string', short: 'j' },
  watchdog: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface TestOptions extends FileRunOptions {
  files: string[];
  knownFailures?: KnownFailureList;
  verbose: boolean;
  /** Files run at a time (-j); more than 1 only where the env has worker threads. */
  jobs: number;
  /** --watchdog SEC (or $TUXNET_TEST_WATCHDOG): a worker that finishes no command for SEC s is stopped; 0: none. */
  watchdogSec: number;
  /** Files run on worker threads (-j N, or a watchdog): the env's labs can be made there. */
  workers: boolean;
}

/** Default wall-clock limit per command: a virtual-time lab never needs it unless it hangs. */
const DEFAULT_TIMEOUT_SEC = 60;
/**
 * Default watchdog: a minute beyond the per-command timeout, which stops an
 * asynchronous hang more gently (the lab's own timer); the watchdog is for
 * the lab that never yields to its timers.
 */
const WATCHDOG_MARGIN_SEC = 60;

export async function testCommand(args: readonly string[], env: CliEnv): Promise<number> {
  const opts = testOptions(args, env);
  const results: TranscriptResult[] = [];
  const problems: string[] = [];
  const list = opts.knownFailures;
  const isKnown = (file: string, index: number): boolean => (list ? isListed(list, file, index) : false);
  const take = (file: string, d: FileDone): void => {
    if (d.error !== undefined) problems.push(`${file}: ${d.error}`);
    if (!('result' in d)) return;
    if (d.result.commands.length === 0) problems.push(`${file}: no commands (a transcript must run at least one)`);
    results.push(d.result);
    reportFile(d.result, isKnown, opts.verbose, env);
  };
  if (opts.workers) await runParallel(opts, take);
  else {
    for (const file of opts.files) {
      take(file, await runFile(file, opts, env.createSession).then((result) => ({ result }), (e: unknown) => ({ error: e instanceof Error ? e.message : String(e) })));
    }
  }
  const ratchet = list ? checkKnownFailures(list, results.map(outcomeOf)) : null;
  return summarize(results, ratchet, opts, [...problems, ...(ratchet?.problems ?? [])], env);
}

/** -j: files finish in any order; each is reported once all before it were. */
async function runParallel(opts: TestOptions, take: (file: string, d: FileDone) => void): Promise<void> {
  const slots: (FileDone | undefined)[] = opts.files.map(() => undefined);
  let flushed = 0;
  const flush = (i: number, d: FileDone): void => {
    slots[i] = d;
    for (let s = slots[flushed]; s !== undefined && flushed < slots.length; s = slots[flushed]) take(opts.files[flushed++]!, s);
  };
  await runInWorkers(opts.files, fileRunOptions(opts), opts.jobs, flush, { watchdogSec: opts.watchdogSec });
}

/** The plain-data part of the options, for the worker threads. */
function fileRunOptions(o: TestOptions): FileRunOptions {
  return { seed: o.seed, timeoutMs: o.timeoutMs, ...(o.out !== undefined ? { out: o.out } : {}), ...(o.timeLimit !== undefined ? { timeLimit: o.timeLimit } : {}) };
}

function testOptions(args: readonly string[], env: CliEnv): TestOptions {
  const { values, positionals } = parseOptions(args, OPTIONS);
  if (values.help) throw new HelpRequest('test');
  if (positionals.length === 0) throw new UsageError("missing required argument 'FILE.t'");
  const files = uniqueFiles(positionals);
  const kf = values['known-failures'];
  const out = typeof values.out === 'string' ? values.out : undefined;
  if (out !== undefined) refuseOverwrite(out, files);
  const timeoutSec = intOption(values, 'timeout', DEFAULT_TIMEOUT_SEC);
  const jobs = jobsOption(values, env);
  const watchdogSec = watchdogOption(values, timeoutSec);
  return {
    files,
    out,
    knownFailures: typeof kf === 'string' ? readKnownFailures(kf) : undefined,
    seed: intOption(values, 'seed', 1),
    timeoutMs: timeoutSec * 1000,
    ...(values['time-limit'] !== undefined ? { timeLimit: secondsOption(values, 'time-limit') } : {}),
    verbose: values.verbose === true,
    jobs,
    watchdogSec,
    // one worker even with -j 1 when watched: a lab stuck in a synchronous loop would stop this thread, and the watchdog with it
    workers: env.testWorkers !== undefined && ((jobs > 1 && files.length > 1) || watchdogSec > 0),
  };
}

/** --watchdog SEC, else $TUXNET_TEST_WATCHDOG, else the per-command timeout and a margin; 0 turns it off. */
function watchdogOption(values: Parsed['values'], timeoutSec: number): number {
  const fromEnv = process.env['TUXNET_TEST_WATCHDOG'];
  if (values.watchdog === undefined && fromEnv !== undefined && fromEnv !== '') {
    if (!/^\d+$/.test(fromEnv)) throw new UsageError(`TUXNET_TEST_WATCHDOG wants a non-negative integer, got '${fromEnv}'`);
    return Number(fromEnv);
  }
  return intOption(values, 'watchdog', timeoutSec + WATCHDOG_MARGIN_SEC);
}

/** -j N (default: the env's cores); 1 where the env's labs cannot be made on worker threads (a test's fake lab). */
function jobsOption(values: Parsed['values'], env: CliEnv): number {
  const n = intOption(values, 'jobs', env.testWorkers ?? 1);
  if (n === 0) throw new UsageError("--jobs wants a positive integer, got '0'");
  return env.testWorkers === undefined ? 1 : n;
}

/**
 * Files are named by their basename in summaries, in --out and in the
 * known-failures list, so two different files may not share one.
 */
function uniqueFiles(paths: readonly string[]): string[] {
  const byName = new Map<string, string>();
  for (const p of paths) {
    const seen = byName.get(basename(p));
    if (seen !== undefined && resolve(seen) !== resolve(p)) throw new UsageError(`test: ${seen} and ${p} have the same name`);
    byName.set(basename(p), p);
  }
  return [...byName.values()];
}

/** --out DIR must not replace a transcript being run (DIR/FILE.t is the actual output). */
function refuseOverwrite(out: string, files: readonly string[]): void {
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const dir = real(out);
  for (const f of files) {
    if (join(dir, basename(f)) === real(f)) throw new UsageError(`test: --out ${out} would overwrite the input ${f}`);
  }
}

function readKnownFailures(path: string): KnownFailureList {
  try {
    return parseKnownFailures(readFileSync(path, 'utf8'), path);
  } catch (e) {
    throw new UsageError(`test: cannot read the known-failures list: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function outcomeOf(r: TranscriptResult): FileOutcome {
  return {
    name: r.name,
    commands: r.commands.map((c) => ({ index: c.command.index, text: c.command.lines[0] ?? '', passed: c.passed, crashed: c.crashed })),
  };
}

/** The file's diff (known failures hidden unless -v) and its summary line. */
function reportFile(r: TranscriptResult, isKnown: (file: string, index: number) => boolean, verbose: boolean, env: CliEnv): void {
  env.stdout(transcriptDiff(r, (c) => verbose || !isKnown(r.name, c.command.index)));
  const known = r.commands.filter((c) => !c.passed && isKnown(r.name, c.command.index)).length;
  env.stdout(`${r.name}: ${r.passed} passed, ${r.failed} failed${known > 0 ? ` (${known} known)` : ''}\n`);
}

function summarize(results: readonly TranscriptResult[], ratchet: RatchetReport | null, opts: TestOptions, problems: readonly string[], env: CliEnv): number {
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  for (const p of problems) env.stdout(`ERROR: ${p}\n`);
  if (ratchet && ratchet.known > 0) env.stdout(`known failures listed in ${opts.knownFailures?.source}\n`);
  env.stdout(`${passed} passed, ${failed} failed${ratchet ? ` (${ratchet.known} known failures)` : ''}\n`);
  // without a list every failure counts; with one, only the ratchet's problems do
  const bad = ratchet ? problems.length > 0 : failed > 0 || problems.length > 0;
  return bad ? 1 : 0;
}
