import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ProcTable } from './procs.js';
import { SIGCHLD, SIGKILL, SIGQUIT, SIGTERM, SIGUSR1 } from '../../uapi/linux/signal.js';

test('onSignal: a caught signal runs the latest handler and does not kill; restoring the disposition makes it fatal again', async () => {
  const t = new ProcTable();
  const e = t.spawn();
  const seen: string[] = [];
  const offA = e.onSignal(SIGUSR1, (s) => seen.push(`a${s}`));
  const offB = e.onSignal(SIGUSR1, (s) => seen.push(`b${s}`));
  assert.equal(e.kill(SIGUSR1), true);
  assert.equal(e.alive, true);
  offB();
  assert.equal(e.kill(SIGUSR1), true);
  assert.deepEqual(seen, ['b10', 'a10']);
  // A signal whose default is to be ignored reaches its handler too.
  e.onSignal(SIGCHLD, () => seen.push('chld'));
  e.kill(SIGCHLD);
  assert.equal(seen.at(-1), 'chld');
  offA();
  assert.equal(e.kill(SIGUSR1), true);
  assert.equal(e.alive, false);
  assert.equal(await e.exited, 128 + SIGUSR1);
});

test('onSignal: SIGKILL cannot be caught; without a handler the shell trap decides', async () => {
  const t = new ProcTable();
  const e = t.spawn();
  e.onSignal(SIGKILL, () => assert.fail('SIGKILL caught'));
  e.trap = (sig) => sig === SIGQUIT;
  assert.equal(e.catchSignal(SIGQUIT), true);
  assert.equal(e.catchSignal(SIGTERM), false);
  e.kill(SIGKILL);
  assert.equal(await e.exited, 128 + SIGKILL);
});
