/**
 * `tuxnet test`'s watchdog on its worker threads: a command stuck in a
 * synchronous loop (the tests' hook, as a kernel bug would loop) is stopped,
 * its file reported as far as it got, and the next file runs on a fresh
 * worker.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FileDone, runInWorkers } from './test_jobs.js';

/** The watchdog of the stuck runs: long enough for a lab to boot and run a command on a loaded machine. */
const WATCH = 10;

const dir = mkdtempSync(join(tmpdir(), 'tuxnet-jobs-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const STUCK = join(dir, 'stuck.t');
const NEXT = join(dir, 'next.t');
writeFileSync(STUCK, 'Loops on its second command.\n  $ echo one\n  one\n  $ echo spin\n  spin\n  $ echo three\n  three\n');
writeFileSync(NEXT, '  $ echo ok\n  ok\n');

async function run(files: string[], watchdogSec: number, jobs = 1): Promise<FileDone[]> {
  const out: FileDone[] = [];
  await runInWorkers(files, { seed: 1, timeoutMs: 60_000 }, jobs, (i, d) => void (out[i] = d), { watchdogSec, spinOn: 'echo spin' });
  return out;
}

test('the watchdog stops a worker stuck in a synchronous loop and reports the file as far as it got', async () => {
  const started = Date.now();
  const [stuck, next] = await run([STUCK, NEXT], WATCH);
  assert.ok(Date.now() - started < 120_000);
  assert.ok(stuck && 'result' in stuck, JSON.stringify(stuck));
  assert.equal(stuck.error, `watchdog: no command finished for ${WATCH} s; the worker thread was stopped`);
  const [one, spin, three] = stuck.result.commands;
  assert.equal(one?.passed, true);
  assert.equal(spin?.passed, false);
  assert.equal(spin?.status, 255);
  assert.equal(spin?.output, `tuxnet test: watchdog: ${STUCK} finished no command for ${WATCH} s, stuck on command 2 (line 4): echo spin; its worker thread was stopped\n`);
  assert.equal(three?.passed, false);
  assert.equal(three?.output, '(no output: command did not finish)\n');
  assert.deepEqual([stuck.result.passed, stuck.result.failed], [1, 2]);
  // a fresh worker for the next file
  assert.ok(next && 'result' in next && next.error === undefined);
  assert.equal(next.result.passed, 1);
});

test('with two workers, the stuck one is replaced while the other goes on', async () => {
  const done = await run([STUCK, NEXT], WATCH, 2);
  assert.equal(done.length, 2);
  assert.ok(done[0] && 'result' in done[0] && done[0].result.failed === 2);
  assert.ok(done[1] && 'result' in done[1] && done[1].result.passed === 1);
});

test('a file that finishes commands in time is not stopped', async () => {
  const [next] = await run([NEXT], 60);
  assert.ok(next && 'result' in next && next.error === undefined);
  assert.equal(next.result.passed, 1);
});
