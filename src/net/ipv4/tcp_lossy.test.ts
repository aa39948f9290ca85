/**
 * Property: a TCP transfer of random bytes between two namespaces always
 * delivers exactly those bytes, in order, through a veth pair that drops,
 * duplicates and reorders frames (a seeded hook on each end's xmit).
 * Retransmission (RTO, fast retransmit, SACK), the out-of-order queue and
 * duplicate handling all get exercised; the FIN handshake ends it. Each
 * case runs with RACK-TLP (the default), with tcp_recovery=0 and
 * tcp_early_retrans=0 (dupthresh only), and without SACK (NewReno).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';
import { drive } from '../../sim/drive.testutil.js';
import { Rng } from '../../sim/rng.js';
import { vethSetXmitHook } from '../../drivers/net/veth.js';
import type { Lab } from '../../lab/lab.js';
import type { SkBuff } from '../core/skbuff.js';
import { VETH_PAIR_SETUP } from '../../lab/veth_pair.js';
import { tcpTransfer } from './tcp_transfer.testutil.js';

const SETUP = VETH_PAIR_SETUP;

/** sacked_out and lost_out, kept as the marks change, are what a walk of each connection's retransmit queue counts. */
function checkScoreboards(lab: Lab): void {
  for (const net of lab.netns.values()) {
    for (const sk of net.ipv4.tcpHashinfo.established()) {
      const sacked = sk.rtxQueue.filter((s) => s.sacked).length;
      const lost = sk.rtxQueue.filter((s) => s.lost).length;
      assert.deepEqual([sk.sackedOut, sk.lostOut], [sacked, lost], 'sacked_out, lost_out');
      assert.ok(!sk.rtxQueue.some((s) => s.sacked && s.lost), 'a segment both SACKed and lost');
    }
  }
}

/** The wire's misbehaviour: loss, duplication and reordering (a delay of up to 20 ms) with seeded odds; the scoreboards checked at each frame. */
function lossyHook(lab: Lab, rng: Rng, loss: number, dup: number, reorder: number) {
  return (skb: SkBuff, deliver: (s: SkBuff) => void): void => {
    checkScoreboards(lab);
    const r = rng.u32() / 0x1_0000_0000;
    if (r < loss) return;
    if (r < loss + dup) {
      deliver(skb.copy());
      deliver(skb);
      return;
    }
    if (r < loss + dup + reorder) {
      lab.sched.schedule(1e6 + rng.below(20) * 1e6, () => deliver(skb));
      return;
    }
    deliver(skb);
  };
}

const CASES: ReadonlyArray<readonly [number, number, number, number]> = [
  [1, 0.05, 0.03, 0.05], [2, 0.05, 0.03, 0.05], [3, 0.05, 0.03, 0.05], [4, 0.05, 0.03, 0.05], [5, 0.05, 0.03, 0.05],
  [6, 0.2, 0.05, 0.1], [7, 0.3, 0.1, 0.2],
];

/** The sysctls of each variant, in both namespaces. */
const MODES: ReadonlyArray<readonly [string, string]> = [
  ['RACK-TLP', ''],
  ['no RACK, no TLP', 'net.ipv4.tcp_recovery=0 net.ipv4.tcp_early_retrans=0'],
  ['no SACK', 'net.ipv4.tcp_sack=0'],
];

for (const [mode, knobs] of MODES) {
  for (const [seed, loss, dup, reorder] of CASES) {
    test(`${mode}: a transfer through a link with ${loss * 100}% loss, ${dup * 100}% duplicates, ${reorder * 100}% reordering delivers the exact bytes (seed ${seed})`, async () => {
      const { lab, fs } = createLab(seed);
      const s = new Session(lab, fs);
      const set = knobs ? `ip netns exec a sysctl -qw ${knobs}; ip netns exec b sysctl -qw ${knobs}` : '';
      const r = await s.execCollect(SETUP + set);
      assert.equal(r.status, 0, r.output);
      const a = lab.netns.get('a')!;
      const b = lab.netns.get('b')!;
      const rng = new Rng(seed * 7919);
      vethSetXmitHook(a.devByName('a0')!, lossyHook(lab, rng, loss, dup, reorder));
      vethSetXmitHook(b.devByName('b0')!, lossyHook(lab, rng, loss, dup, reorder));
      const data = new Uint8Array(100_000 + seed * 7777);
      new Rng(seed).fill(data);
      const { got } = await drive(lab, tcpTransfer(lab, a, b, data, { chunk: 10000 }));
      assert.equal(got.length, data.length);
      assert.deepEqual(got, data);
    });
  }
}
