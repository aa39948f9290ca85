import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lab } from '../../lab/lab.js';
import { HZ } from '../core/sysctl.js';
import { INITIAL_JIFFIES, NSEC_PER_JIFFY, XRLIM_BURST_FACTOR, inetGetpeerV4, inetPeerXrlimAllow, jiffies } from './inetpeer.js';

const A = 0x0a010002;

test('jiffies: HZ 250, 4 ms a tick', () => {
  const lab = new Lab(1);
  const net = lab.initNet;
  assert.equal(NSEC_PER_JIFFY, 4_000_000);
  assert.equal(jiffies(net), INITIAL_JIFFIES);
  assert.equal(INITIAL_JIFFIES, 4294892296);
  lab.sched.clock.advanceTo(1_000_000_000);
  assert.equal(jiffies(net), INITIAL_JIFFIES + HZ);
});

test('a new peer starts 60 s in the past: its first bucket is full (XRLIM_BURST_FACTOR messages)', () => {
  const net = new Lab(1).initNet;
  const peer = inetGetpeerV4(net, A, true)!;
  assert.equal(peer.rateLast, jiffies(net) - 60 * HZ);
  let sent = 0;
  for (let i = 0; i < 10; i++) if (inetPeerXrlimAllow(net, peer, HZ)) sent++;
  assert.equal(sent, XRLIM_BURST_FACTOR);
  assert.equal(peer.rateTokens, 0);
});

test('one token per jiffy: a message per timeout once the burst is spent', () => {
  const lab = new Lab(1);
  const net = lab.initNet;
  const peer = inetGetpeerV4(net, A, true)!;
  for (let i = 0; i < XRLIM_BURST_FACTOR; i++) assert.ok(inetPeerXrlimAllow(net, peer, HZ));
  assert.equal(inetPeerXrlimAllow(net, peer, HZ), false);
  lab.sched.clock.advanceTo((HZ - 1) * NSEC_PER_JIFFY);
  assert.equal(inetPeerXrlimAllow(net, peer, HZ), false);
  lab.sched.clock.advanceTo((2 * HZ - 1) * NSEC_PER_JIFFY);
  assert.equal(inetPeerXrlimAllow(net, peer, HZ), true);
});

test('timeout 0 never limits; peers are per namespace and per address', () => {
  const lab = new Lab(1);
  const net = lab.initNet;
  const other = lab.newNet();
  const peer = inetGetpeerV4(net, A, true)!;
  for (let i = 0; i < 100; i++) assert.ok(inetPeerXrlimAllow(net, peer, 0));
  assert.equal(inetGetpeerV4(net, A, false), peer);
  assert.equal(inetGetpeerV4(other, A, false), null);
  assert.equal(inetGetpeerV4(net, A + 1, false), null);
  assert.equal(inetPeerXrlimAllow(net, null, HZ), true);
});
