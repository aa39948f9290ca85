/**
 * `tuxnet test -j N`: transcript files on N worker threads. Each worker runs
 * one file at a time in a fresh lab (test_run.ts runFile) and posts back the
 * plain TranscriptResult; the caller reports them in the order of the
 * command line, so the output is the same as with -j 1.
 *
 * The worker's code is this module's own file (dist/cli/test_jobs.js, or the
 * bundle dist/tuxnet.mjs that contains it): loaded on a worker thread with
 * the WORKER mark in its workerData, it serves files instead of starting the
 * CLI (main.ts asks isTestWorker()).
 */
import { createRequire } from 'node:module';
import type { TranscriptResult } from '../lab/transcript_runner.js';
import { type FileRunOptions, runFile } from './test_run.js';

const WORKER = 'tuxnetTestWorker';

/** What a worker answers for one file: its result, or why it has none. */
export type FileDone = { readonly result: TranscriptResult } | { readonly error: string };

interface Request {
  readonly index: number;
  readonly file: string;
}
interface Reply {
  readonly index: number;
  readonly done: FileDone;
}

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
 * the lab) fails its file with the reason and is replaced.
 */
export async function runInWorkers(files: readonly string[], opts: FileRunOptions, jobs: number, done: (index: number, d: FileDone) => void): Promise<void> {
  let next = 0;
  const take = (): number => (next < files.length ? next++ : -1);
  const lane = async (): Promise<void> => {
    while (next < files.length) await serve(files, opts, take, done);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, files.length)) }, lane));
}

/** One worker: feeds it files until none are left, or until it dies. */
function serve(files: readonly string[], opts: FileRunOptions, take: () => number, done: (index: number, d: FileDone) => void): Promise<void> {
  return new Promise((resolve) => {
    const worker = new (workerThreads().Worker)(new URL(import.meta.url), { workerData: { [WORKER]: opts }, argv: [WORKER_ARG] });
    let current = -1;
    let finished = false;
    const finish = (why: string | null): void => {
      if (finished) return;
      finished = true;
      if (current >= 0 && why !== null) done(current, { error: `worker thread: ${why}` });
      void worker.terminate();
      resolve();
    };
    const feed = (): void => {
      current = take();
      if (current < 0) return finish(null);
      worker.postMessage({ index: current, file: files[current]! } satisfies Request);
    };
    worker.on('message', (r: Reply) => {
      done(r.index, r.done);
      current = -1;
      feed();
    });
    worker.on('error', (e) => finish(message(e)));
    worker.on('exit', (code) => finish(`exited with status ${code}`));
    feed();
  });
}

/** The worker side: one file per request, in a fresh lab each. */
function workerMain(): void {
  const { parentPort, workerData } = workerThreads();
  const opts = (workerData as Record<string, FileRunOptions>)[WORKER]!;
  const createSession: Parameters<typeof runFile>[2] = async (o) => (await import('../lab/boot.js')).createLabSession(o);
  parentPort!.on('message', (req: Request) => {
    runFile(req.file, opts, createSession).then(
      (result) => parentPort!.postMessage({ index: req.index, done: { result } } satisfies Reply),
      (e: unknown) => parentPort!.postMessage({ index: req.index, done: { error: message(e) } } satisfies Reply),
    );
  });
}

if (isTestWorker()) workerMain();
