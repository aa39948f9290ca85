import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Scheduler } from './scheduler.js';
import { JIFFY_NS, modTimer, modTimerAt, timerWheelDelay, wheelBucketExpiry } from './timer_wheel.js';

test('calc_wheel_index(): level 0 fires a jiffy after expiry, level n on the next multiple of 8^n', () => {
  assert.equal(wheelBucketExpiry(1000 + 25, 1000), 1026);
  assert.equal(wheelBucketExpiry(1000 + 62, 1000), 1063);
  // delta 63 = LVL_START(1): granularity 8
  assert.equal(wheelBucketExpiry(1000 + 63, 1000), 1064);
  assert.equal(wheelBucketExpiry(1000 + 64, 1000), 1072);
  assert.equal(wheelBucketExpiry(1000 + 250, 1000), 1256);
  // delta 504 = LVL_START(2): granularity 64
  assert.equal(wheelBucketExpiry(1024 + 1250, 1024), 2304);
  assert.equal(wheelBucketExpiry(900, 1000), 1000);
});

/** The delays between the ARP probes of an unresolved neighbour on Linux 6.18, HZ 250: a timer re-armed by its own callback. */
test('a timer re-armed from its callback: 100 ms waits 104, 252 ms 256, 256 ms 288, 1 s 1.024 s', () => {
  for (const [ms, want] of [[100, 104], [248, 252], [252, 256], [256, 288], [1000, 1024]] as const) {
    const s = new Scheduler();
    const fired: number[] = [];
    const cb = (): void => {
      fired.push(s.now);
      if (fired.length < 3) modTimer(s, ms * 1e6, cb);
    };
    s.clock.advanceTo(1024 * JIFFY_NS + 1234);
    modTimer(s, ms * 1e6, cb);
    while (s.nextExpiry() !== Infinity) {
      s.clock.advanceTo(s.nextExpiry());
      s.runDue();
    }
    assert.equal((fired[2]! - fired[1]!) / 1e6, want, `retrans ${ms} ms`);
  }
});

test('armed from process context: rounded from the current jiffy, never early', () => {
  const s = new Scheduler();
  s.clock.advanceTo(2 * JIFFY_NS + 10);
  assert.equal(timerWheelDelay(s, 0), JIFFY_NS - 10);
  assert.equal(timerWheelDelay(s, 1e9), (256 - 2) * JIFFY_NS - 10);
});

test('an expiry from a stamp (confirmed + reachable_time): taken in whole jiffies, rounded from the current clock', () => {
  const s = new Scheduler();
  // confirmed half-way through jiffy 1000, 250 jiffies of reachable_time, armed at jiffy 1100:
  // expires 1250, 150 jiffies ahead (level 1, 8 jiffies): the bucket at 1256
  s.clock.advanceTo(1100 * JIFFY_NS + 7);
  const t = modTimerAt(s, 1000 * JIFFY_NS + JIFFY_NS / 2 + 250 * JIFFY_NS, () => {});
  assert.ok(t.level >= 0);
  assert.equal(t.when, 1256 * JIFFY_NS);
  // an expiry already past fires at the next tick
  assert.equal(modTimerAt(s, 900 * JIFFY_NS, () => {}).when, 1101 * JIFFY_NS);
});

test('timers expiring in one jiffy run as __run_timers() takes them: higher levels first, each bucket newest first, before the instant\'s other events', () => {
  const s = new Scheduler();
  const order: string[] = [];
  // all fire at jiffy 72: 'c' on level 1 (armed at 0, due 70: the 8-jiffy bucket ending at 72),
  // 'a' then 'b' on level 0 (armed at 20, due 71: the bucket of 72)
  s.schedule(72 * JIFFY_NS, () => order.push('event'));
  modTimer(s, 70 * JIFFY_NS, () => order.push('c'));
  s.clock.advanceTo(20 * JIFFY_NS);
  modTimer(s, 51 * JIFFY_NS, () => order.push('a'));
  modTimer(s, 51 * JIFFY_NS, () => order.push('b'));
  s.clock.advanceTo(72 * JIFFY_NS);
  s.runDue();
  assert.deepEqual(order, ['c', 'b', 'a', 'event']);
});
