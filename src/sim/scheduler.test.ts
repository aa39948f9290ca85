import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Scheduler } from './scheduler.js';

test('rearm(): a fired timer fires again, ordered after the timers already due then, as a new one would be', () => {
  const s = new Scheduler();
  const fired: string[] = [];
  const t = s.schedule(0, () => fired.push('t'));
  assert.equal(s.runDue(), 1);
  s.schedule(5, () => fired.push('a'));
  s.rearm(t, 5);
  s.schedule(5, () => fired.push('b'));
  s.clock.advanceTo(5);
  assert.equal(s.runDue(), 3);
  assert.deepEqual(fired, ['t', 'a', 't', 'b']);
  assert.equal(s.pending(t), false);
});

test('rearm(): a pending timer moves (mod_timer), it does not fire twice', () => {
  const s = new Scheduler();
  let n = 0;
  const t = s.schedule(10, () => n++);
  s.rearm(t, 20);
  assert.equal(s.nextExpiry(), 20);
  s.clock.advanceTo(10);
  assert.equal(s.runDue(), 0);
  s.clock.advanceTo(20);
  assert.equal(s.runDue(), 1);
  assert.equal(n, 1);
});

test('timer(): made unarmed (nothing pending, cancel harmless), armed by rearm(), again after it fired or was cancelled', () => {
  const s = new Scheduler();
  let n = 0;
  const t = s.timer(() => n++);
  assert.equal(s.pending(t), false);
  assert.equal(s.nextExpiry(), Infinity);
  s.cancel(t);
  s.rearm(t, 0);
  assert.equal(s.pending(t), true);
  assert.equal(s.runDue(), 1);
  s.rearm(t, 10);
  s.cancel(t);
  s.clock.advanceTo(10);
  assert.equal(s.runDue(), 0);
  s.rearm(t, 5);
  s.clock.advanceTo(15);
  assert.equal(s.runDue(), 1);
  assert.equal(n, 2);
});

test('whenIdle(): runDue() leaves it, runDueOrIdle() runs it only once nothing is due, before time moves', async () => {
  const s = new Scheduler();
  const fired: string[] = [];
  s.whenIdle(() => fired.push('idle'));
  s.schedule(0, () => fired.push('due'));
  s.schedule(10, () => fired.push('later'));
  assert.equal(s.runDue(), 1);
  assert.deepEqual(fired, ['due']);
  assert.equal(s.runDueOrIdle(), 1);
  assert.deepEqual(fired, ['due', 'idle']);
  assert.equal(s.runDueOrIdle(), 0);
  let busy = true;
  s.whenIdle(() => {
    fired.push(`idle at ${s.now}`);
    busy = false;
  });
  await s.runWhile(() => busy);
  assert.deepEqual(fired, ['due', 'idle', 'idle at 0']);
  assert.equal(s.now, 0);
});

test('runWhile(): a jump of the clock fires the timers due then without another host turn; a task woken by one runs before time moves on', async () => {
  const s = new Scheduler();
  const seen: number[] = [];
  for (const t of [10, 20, 30]) s.schedule(t, () => seen.push(s.now));
  // a task sleeping to 20: it runs (and logs) at 20, before the timer at 30
  const task = s.sleep(20).then(() => seen.push(-s.now));
  // the host's event-loop iterations while runWhile() runs: a check-phase callback that queues itself again
  let turns = 0;
  let counting = true;
  const tick = (): void => {
    if (!counting) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  let busy = 0;
  await s.runWhile(() => ++busy > 0);
  counting = false;
  await task;
  assert.deepEqual(seen, [10, 20, -20, 30]);
  // one turn at the start, then one after each instant whose timers ran (10, 20, 30)
  assert.equal(turns, 4);
  // busy() asked at each turn and before each jump: 1 + 2 per instant
  assert.equal(busy, 7);
});
