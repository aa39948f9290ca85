/**
 * One transcript file of `tuxnet test` in its own fresh lab: what the main
 * thread runs with -j 1 and each worker thread runs with -j N (test_jobs.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTranscript } from '../lab/transcript.js';
import { type ExecFn, type RunOptions, type TranscriptResult, renderActual, runTranscript } from '../lab/transcript_runner.js';
import type { LabOptions, LabSession } from './env.js';
import { type KConfig, parseKConfig } from '../net/core/core_world.js';

/** What a file's run needs besides the file (plain data: it crosses to worker threads). */
export interface FileRunOptions {
  readonly out?: string;
  readonly seed: number;
  readonly timeoutMs: number;
  /** CPU budget of each transcript file, in seconds (see SessionOptions.cpuLimitSec). */
  readonly timeLimit?: number;
}

/** What a worker thread adds to a file's run: progress reports, and the tests' hook on the exec. */
export interface FileRunHooks {
  readonly onCommand?: RunOptions['onCommand'];
  readonly wrapExec?: (exec: ExecFn) => ExecFn;
}

export type CreateSession = (opts: LabOptions) => LabSession | Promise<LabSession>;

/** One transcript in its own fresh lab, one shell session for all its commands. */
export async function runFile(file: string, opts: FileRunOptions, createSession: CreateSession, run: FileRunHooks = {}): Promise<TranscriptResult> {
  const text = readFileSync(file, 'utf8');
  const items = parseTranscript(text);
  const exec = await labExec(opts, createSession, fileKConfig(text));
  const result = await runTranscript(file, items, run.wrapExec ? run.wrapExec(exec) : exec, { timeoutMs: opts.timeoutMs, ...(run.onCommand ? { onCommand: run.onCommand } : {}) });
  if (opts.out !== undefined) {
    mkdirSync(opts.out, { recursive: true });
    writeFileSync(join(opts.out, result.name), renderActual(result));
  }
  return result;
}

/**
 * A prose line `tuxnet kconfig: NAME=y[,...]`: the transcript needs a kernel
 * built with other options than the reference kernel (one that cannot have
 * been recorded there); a bad line is the lab's start error.
 */
function fileKConfig(text: string): Partial<KConfig> | string | undefined {
  const m = /^tuxnet kconfig: (.*)$/m.exec(text);
  return m ? parseKConfig(m[1]!) : undefined;
}

/** The session's exec; a lab that cannot start fails every command of the file with the reason. */
async function labExec(opts: FileRunOptions, createSession: CreateSession, kconfig?: Partial<KConfig> | string): Promise<ExecFn> {
  try {
    if (typeof kconfig === 'string') throw new Error(`tuxnet kconfig: ${kconfig}`);
    const session = await createSession({ seed: opts.seed, ...(opts.timeLimit !== undefined ? { timeLimit: opts.timeLimit } : {}), ...(kconfig ? { kconfig } : {}) });
    return async (script, line) => {
      // each command gets its own CPU budget, as each command line of an
      // interactive shell does: one that never ends fails alone
      session.resetBudget?.();
      const r = await session.exec(script, line);
      return { ...r, ended: session.ended === true };
    };
  } catch (e) {
    const output = `tuxnet: cannot start the lab: ${e instanceof Error ? e.message : String(e)}\n`;
    return async () => ({ output, status: 255 });
  }
}
