/**
 * SYN cookies: a cookie checks for the same 4-tuple and sequence within two
 * minutes and gives back the MSS it encoded (the largest msstab value not
 * above the peer's); another tuple, a later minute or a forged number fail;
 * the timestamp carries the window scale and SACK-permitted.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeNet } from './fake_net.testutil.js';
import { LinuxMib } from '../core/snmp.js';
import { newTcpOptionsReceived } from '../../wire/tcp.js';
import {
  cookieInitTimestamp, cookieTimestampDecode, cookieV4CheckMss, cookieV4InitSequence, tcpSynqNoRecentOverflow,
} from './syncookies.js';
import type { Net } from '../core/net_namespace.js';

function withClock(net: Net): { set(ns: number): void } {
  const sched = { now: 0 };
  (net as unknown as { sched: { now: number } }).sched = sched;
  return { set: (ns) => (sched.now = ns) };
}

test('a cookie round trip gives back the msstab MSS, only for its tuple and for two minutes', () => {
  const { net } = fakeNet();
  const clock = withClock(net);
  clock.set(90e9);
  const lsk = { synqOverflowStamp: -Infinity };
  const c = cookieV4InitSequence(net, lsk, 0x0a000001, 0x0a000002, 40000, 80, 1000, 1460);
  assert.equal(c.mss, 1460);
  assert.equal(net.mib.net[LinuxMib.SYNCOOKIESSENT], 1);
  assert.equal(tcpSynqNoRecentOverflow(net, lsk), false);
  const ack = (c.isn + 1) >>> 0;
  assert.equal(cookieV4CheckMss(net, 0x0a000001, 0x0a000002, 40000, 80, 1001, ack), 1460);
  assert.equal(cookieV4CheckMss(net, 0x0a000001, 0x0a000002, 40001, 80, 1001, ack), 0);
  assert.equal(cookieV4CheckMss(net, 0x0a000001, 0x0a000002, 40000, 80, 1001, (ack + 1) >>> 0), 0);
  assert.equal(cookieV4InitSequence(net, lsk, 1, 2, 3, 4, 5, 1400).mss, 1300);
  assert.equal(cookieV4InitSequence(net, lsk, 1, 2, 3, 4, 5, 100).mss, 536);
  clock.set(150e9);
  assert.equal(cookieV4CheckMss(net, 0x0a000001, 0x0a000002, 40000, 80, 1001, ack), 1460);
  clock.set(210e9);
  assert.equal(cookieV4CheckMss(net, 0x0a000001, 0x0a000002, 40000, 80, 1001, ack), 0);
  clock.set(90e9 + 121e9);
  assert.equal(tcpSynqNoRecentOverflow(net, lsk), true);
});

test('the cookie timestamp encodes wscale and SACK in its low 6 bits, never after now', () => {
  const s = { timestamps: 1, sack: 1, windowScaling: 1 };
  const ts = cookieInitTimestamp(1000, true, 7, true);
  assert.ok(ts <= 1000);
  const opt = newTcpOptionsReceived();
  opt.sawTstamp = true;
  opt.rcvTsecr = ts;
  assert.equal(cookieTimestampDecode(s, opt), true);
  assert.deepEqual([opt.wscaleOk, opt.sndWscale, opt.sackOk], [true, 7, true]);
  opt.rcvTsecr = cookieInitTimestamp(1000, false, 0, false);
  assert.equal(cookieTimestampDecode(s, opt), true);
  assert.deepEqual([opt.wscaleOk, opt.sackOk], [false, false]);
  opt.rcvTsecr = ts;
  assert.equal(cookieTimestampDecode({ ...s, windowScaling: 0 }, opt), false);
  const none = newTcpOptionsReceived();
  assert.equal(cookieTimestampDecode({ ...s, timestamps: 0 }, none), true);
});
