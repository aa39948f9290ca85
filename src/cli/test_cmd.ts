/**
 * `tuxnet test [--out DIR] [--known-failures FILE] [--seed N] [--timeout SEC] [--time-limit SEC] [-v] FILE.t...`
 *
 * Runs each transcript in a fresh lab (../shared/conformance/README.md, "What
 * tuxnet must provide"): a unified diff per mismatch, the actual transcript
 * in DIR/FILE.t with --out, a summary line per file, and as the very last
 * line `N passed, M failed` (commands). Exit status 1 when a command failed,
 * or with --known-failures, when the ratchet found a problem.
 */
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseTranscript } from '../lab/transcript.js';
import { type ExecFn, type TranscriptResult, renderActual, runTranscript, transcriptDiff } from '../lab/transcript_runner.js';
import { type FileOutcome, type KnownFailureList, type RatchetReport, checkKnownFailures, isListed, parseKnownFailures } from '../lab/known_failures.js';
import { HelpRequest, UsageError, intOption, parseOptions, secondsOption } from './args.js';
import type { CliEnv } from './env.js';

const OPTIONS = {
  out: { type: 'string' },
  'known-failures': { type: 'string' },
  seed: { type: 'string' },
  timeout: { type: 'string' },
  'time-limit': { type: 'string' },
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface TestOptions {
  files: string[];
  out?: string;
  knownFailures?: KnownFailureList;
  seed: number;
  timeoutMs: number;
  /** CPU budget of each transcript file, in seconds (see SessionOptions.cpuLimitSec). */
  timeLimit?: number;
  verbose: boolean;
}

/** Default wall-clock limit per command: a virtual-time lab never needs it unless it hangs. */
const DEFAULT_TIMEOUT_SEC = 60;

export async function testCommand(args: readonly string[], env: CliEnv): Promise<number> {
  const opts = testOptions(args);
  const results: TranscriptResult[] = [];
  const problems: string[] = [];
  const list = opts.knownFailures;
  const isKnown = (file: string, index: number): boolean => (list ? isListed(list, file, index) : false);
  for (const file of opts.files) {
    const result = await runFile(file, opts, env).catch((e: unknown) => {
      problems.push(`${file}: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    });
    if (!result) continue;
    if (result.commands.length === 0) problems.push(`${file}: no commands (a transcript must run at least one)`);
    results.push(result);
    reportFile(result, isKnown, opts.verbose, env);
  }
  const ratchet = list ? checkKnownFailures(list, results.map(outcomeOf)) : null;
  return summarize(results, ratchet, opts, [...problems, ...(ratchet?.problems ?? [])], env);
}

function testOptions(args: readonly string[]): TestOptions {
  const { values, positionals } = parseOptions(args, OPTIONS);
  if (values.help) throw new HelpRequest('test');
  if (positionals.length === 0) throw new UsageError("missing required argument 'FILE.t'");
  const files = uniqueFiles(positionals);
  const kf = values['known-failures'];
  const out = typeof values.out === 'string' ? values.out : undefined;
  if (out !== undefined) refuseOverwrite(out, files);
  return {
    files,
    out,
    knownFailures: typeof kf === 'string' ? readKnownFailures(kf) : undefined,
    seed: intOption(values, 'seed', 1),
    timeoutMs: intOption(values, 'timeout', DEFAULT_TIMEOUT_SEC) * 1000,
    ...(values['time-limit'] !== undefined ? { timeLimit: secondsOption(values, 'time-limit') } : {}),
    verbose: values.verbose === true,
  };
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

/** One transcript in its own fresh lab, one shell session for all its commands. */
async function runFile(file: string, opts: TestOptions, env: CliEnv): Promise<TranscriptResult> {
  const items = parseTranscript(readFileSync(file, 'utf8'));
  const result = await runTranscript(file, items, await labExec(opts, env), { timeoutMs: opts.timeoutMs });
  if (opts.out !== undefined) {
    mkdirSync(opts.out, { recursive: true });
    writeFileSync(join(opts.out, result.name), renderActual(result));
  }
  return result;
}

/** The session's exec; a lab that cannot start fails every command of the file with the reason. */
async function labExec(opts: TestOptions, env: CliEnv): Promise<ExecFn> {
  try {
    const session = await env.createSession({ seed: opts.seed, ...(opts.timeLimit !== undefined ? { timeLimit: opts.timeLimit } : {}) });
    return async (script) => {
      const r = await session.exec(script);
      return { ...r, ended: session.ended === true };
    };
  } catch (e) {
    const output = `tuxnet: cannot start the lab: ${e instanceof Error ? e.message : String(e)}\n`;
    return async () => ({ output, status: 255 });
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
