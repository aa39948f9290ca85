/**
 * `tuxnet test -j N`: transcript files on N worker threads. Each worker runs
 * one file at a time in a fresh lab (test_run.ts runFile) and posts back the
 * plain TranscriptResult; the caller reports them in the order of the
 * command line, so the output is the same as with -j 1.
 *
 * A watchdog (test_watchdog.ts) stops a worker that finishes no command for
 * its time, reports that file as far as it got and goes on with a fresh
 * worker.
 *
 * The worker's code is this module's own file (dist/cli/test_jobs.js, or the
 * bundle dist/tuxnet.mjs that contains it): loaded on a worker thread with
 * the WORKER mark in its workerData, it serves files instead of starting the
 * CLI (main.ts asks isTestWorker()).
 */
import { createRequire } from 'node:module';
import type { ExecFn, TranscriptResult } from '../lab/transcript_runner.js';
import { type FileRunOptions, runFile } from './test_run.js';
import { type Step, stuckResult } from './test_watchdog.js';

const WORKER = 'tuxnetTestWorker';

/** What a worker answers for one file: its result, or why it has none (or both: stopped by the watchdog). */
export type FileDone = { readonly result: TranscriptResult; readonly error?: string } | { readonly error: string };

/** How the workers are watched. */
export interface WorkerOptions {
  /** Wall-clock seconds a worker may go without finishing a command; 0: no watchdog. */
  readonly watchdogSec: number;
  /**
   * Tests only (no option of the CLI sets it): a command whose script is this
   * spins in a synchronous loop on its worker, as a kernel bug would.
   */
  readonly spinOn?: string;
}

interface WorkerData {
  readonly opts: FileRunOptions;
  readonly spinOn?: string;
}
interface Request {
  readonly index: number;
  readonly file: string;
}
/** A file's end, or one of its commands finished (the watchdog's sign of progress). */
type Reply = { readonly index: number; readonly done: FileDone } | { readonly index: number; readonly step: Step };

/** The worker's mark on its command line (Worker's argv option): known without loading node:worker_threads. */
const WORKER_ARG = '--tuxnet-test-worker';

/** node:worker_threads, loaded by `tuxnet test -j` and its workers, not at every start of the CLI. */
function workerThreads(): typeof import('node:worker_threads') {
  return createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
}

/** This thread is a `tuxnet test` worker (not the CLI). */
export function isTestWorker(): boolean {
  if (!process.argv.includes(WORKER_ARG)) return false;
  const { isMainThread, workerData } = workerThreads();
  return !isMainThread && typeof workerData === 'object' && workerData !== null && WORKER in workerData;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Runs `files` on `jobs` worker threads; `done(i, …)` is called once for
 * every file, in completion order. A worker that dies (an exception escaped
 * the lab) or that the watchdog stops fails its file with the reason and is
 * replaced.
 */
export async function runInWorkers(files: readonly string[], opts: FileRunOptions, jobs: number, done: (index: number, d: FileDone) => void, watch: WorkerOptions = { watchdogSec: 0 }): Promise<void> {
  let next = 0;
  const take = (): number => (next < files.length ? next++ : -1);
  const lane = async (): Promise<void> => {
    while (next < files.length) await serve(files, opts, watch, take, done);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, files.length)) }, lane));
}

/** One worker: feeds it files until none are left, until it dies or until the watchdog stops it. */
function serve(files: readonly string[], opts: FileRunOptions, watch: WorkerOptions, take: () => number, done: (index: number, d: FileDone) => void): Promise<void> {
  return new Promise((resolve) => {
    const data: WorkerData = { opts, ...(watch.spinOn !== undefined ? { spinOn: watch.spinOn } : {}) };
    const worker = new (workerThreads().Worker)(new URL(import.meta.url), { workerData: { [WORKER]: data }, argv: [WORKER_ARG] });
    let current = -1;
    let steps: Step[] = [];
    let finished = false;
    let stopping = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (last: FileDone | null): void => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      if (current >= 0 && last !== null) done(current, last);
      void worker.terminate();
      resolve();
    };
    const stuck = (): void => {
      const file = files[current]!;
      const sec = watch.watchdogSec;
      // its exit (and anything it still says) is the watchdog's doing: the file's end is reported below
      stopping = true;
      void worker.terminate();
      void stuckResult(file, steps, sec).then(
        (result) => finish({ result, error: `watchdog: no command finished for ${sec} s; the worker thread was stopped` }),
        (e: unknown) => finish({ error: `watchdog: no command finished for ${sec} s (${message(e)})` }),
      );
    };
    // (re)armed when a file starts and whenever one of its commands finishes
    const arm = (): void => {
      clearTimeout(timer);
      if (watch.watchdogSec > 0) timer = setTimeout(stuck, watch.watchdogSec * 1000);
    };
    const feed = (): void => {
      current = take();
      steps = [];
      if (current < 0) return finish(null);
      arm();
      worker.postMessage({ index: current, file: files[current]! } satisfies Request);
    };
    worker.on('message', (r: Reply) => {
      if (stopping) return;
      if ('step' in r) return void (steps.push(r.step), arm());
      done(r.index, r.done);
      current = -1;
      feed();
    });
    worker.on('error', (e) => stopping || finish({ error: `worker thread: ${message(e)}` }));
    worker.on('exit', (code) => stopping || finish({ error: `worker thread: exited with status ${code}` }));
    feed();
  });
}

/** The tests' hook: the exec, except that the command `spinOn` never returns (a synchronous loop). */
function spinning(spinOn: string): (exec: ExecFn) => ExecFn {
  return (exec) => (script, line) => {
    if (script === spinOn) for (;;);
    return exec(script, line);
  };
}

/** The worker side: one file per request, in a fresh lab each, each finished command reported. */
function workerMain(): void {
  const { parentPort, workerData } = workerThreads();
  const { opts, spinOn } = (workerData as Record<string, WorkerData>)[WORKER]!;
  const createSession: Parameters<typeof runFile>[2] = async (o) => (await import('../lab/boot.js')).createLabSession(o);
  parentPort!.on('message', (req: Request) => {
    const onCommand = (c: { output: string; status: number }): void => parentPort!.postMessage({ index: req.index, step: { output: c.output, status: c.status } } satisfies Reply);
    runFile(req.file, opts, createSession, { onCommand, ...(spinOn !== undefined ? { wrapExec: spinning(spinOn) } : {}) }).then(
      (result) => parentPort!.postMessage({ index: req.index, done: { result } } satisfies Reply),
      (e: unknown) => parentPort!.postMessage({ index: req.index, done: { error: message(e) } } satisfies Reply),
    );
  });
}

if (isTestWorker()) workerMain();
