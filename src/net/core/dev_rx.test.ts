import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Scheduler } from '../../sim/scheduler.js';
import { NETDEV_BUDGET, Softnet } from './dev_rx.js';
import { SkBuff } from './skbuff.js';

test('doSoftirq(): a system call runs the NET_RX softirq it raised before it returns', () => {
  const sched = new Scheduler();
  const sd = new Softnet(sched);
  sd.doSoftirq();
  assert.equal(sd.processed, 0, 'nothing raised: nothing runs');
  sd.enqueue(new SkBuff(64));
  sd.enqueue(new SkBuff(64));
  assert.equal(sd.processed, 0, 'netif_rx() only raises the softirq');
  sd.doSoftirq();
  assert.equal(sd.processed, 2);
  assert.equal(sd.backlogLen, 0);
  assert.equal(sched.runDue(), 0, 'the raised softirq timer was consumed');
});

test('doSoftirq(): a run deferred after a squeeze waits for its time (ksoftirqd)', () => {
  const sched = new Scheduler();
  const sd = new Softnet(sched);
  for (let i = 0; i < NETDEV_BUDGET + 5; i++) sd.enqueue(new SkBuff(64));
  sd.doSoftirq();
  assert.equal(sd.processed, NETDEV_BUDGET);
  assert.equal(sd.timeSqueeze, 1);
  sd.doSoftirq();
  assert.equal(sd.processed, NETDEV_BUDGET, 'the rest is not run before its time');
  assert.equal(sd.backlogLen, 5);
});
