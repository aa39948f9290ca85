import { test } from 'node:test';
import assert from 'node:assert/strict';
// x_tables first: it and the extensions import each other, and its tables need them initialised.
import './x_tables.js';
import { SkBuff } from '../core/skbuff.js';
import type { Net } from '../core/net_namespace.js';
import { timeMatch } from './xt_time.js';
import type { XtActionParam } from './x_tables.js';

/** The lab boots at 2023-11-14T22:13:20Z, a Tuesday (the 14th); `sec` seconds later. */
function at(sec: number, info: Record<string, number>): boolean {
  const net = { sched: { now: sec * 1e9 } } as unknown as Net;
  const par = { state: { net }, thoff: 20, fragoff: 0, hotdrop: false, priv: undefined } as unknown as XtActionParam;
  const all = { monthdays: 0xfffffffe, weekdays: 0xfe, daytimeStart: 0, daytimeStop: 86399, dateStart: 0, dateStop: 0x7fffffff, flags: 0 };
  return timeMatch.match(SkBuff.fromBytes(new Uint8Array(20), 0), par, { ...all, ...info });
}

test('time: week day (Monday is 1), month day, daytime ranges on the lab clock', () => {
  assert.equal(at(0, { weekdays: 1 << 2 }), true, 'Tuesday');
  assert.equal(at(0, { weekdays: 1 << 1 }), false, 'not Monday');
  assert.equal(at(0, { monthdays: 1 << 14 }), true, 'the 14th');
  assert.equal(at(0, { daytimeStart: 22 * 3600, daytimeStop: 23 * 3600 }), true, '22:13 is in 22:00-23:00');
  assert.equal(at(0, { daytimeStart: 8 * 3600, daytimeStop: 17 * 3600 }), false, 'not office hours');
  // 23:00-01:00 past midnight: at 00:13 on Wednesday it is still "Tuesday night" only with --contiguous.
  const night = { daytimeStart: 23 * 3600, daytimeStop: 3600, weekdays: 1 << 2 };
  assert.equal(at(2 * 3600, night), false, 'Wednesday 00:13 is not Tuesday');
  assert.equal(at(2 * 3600, { ...night, flags: 2 }), true, 'contiguous: the night belongs to the day it began');
  assert.equal(at(0, { dateStop: 1_600_000_000 }), false, 'past the date range');
});
