/**
 * Undo, D-SACK and PRR. PRR's arithmetic against RFC 6937's rules on a
 * bare socket; then a veth pair whose sender side delays or duplicates
 * chosen data segments (a test hook on a0's xmit): a segment delayed past
 * the RACK window is retransmitted for nothing, the receiver D-SACKs the
 * late original, and the sender undoes the reduction (TCPDSACKUndo or
 * TCPFullUndo, cwnd and ssthresh back); a duplicated segment is D-SACKed
 * (first SACK block below the ACK); a real loss is not undone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';
import { drive } from '../../sim/drive.testutil.js';
import { vethSetXmitHook } from '../../drivers/net/veth.js';
import { LinuxMib, TcpStat } from '../core/snmp.js';
import { SkBuff as SkBuffClass, type SkBuff } from '../core/skbuff.js';
import { newTcpOptionsReceived, tcpHdrLen, tcpParseOptions } from '../../wire/tcp.js';
import type { Lab } from '../../lab/lab.js';
import { TCP_CA_RECOVERY, TcpSock } from './tcp.js';
import { tcpCwndReduction, tcpInitCwndReduction } from './tcp_undo.js';
import { VETH_PAIR_SETUP } from '../../lab/veth_pair.js';
import { tcpTransfer } from './tcp_transfer.testutil.js';

test('PRR (RFC 6937): above ssthresh, sends ssthresh/prior_cwnd of what is delivered; below it, slow start back to ssthresh', () => {
  const { lab } = createLab(1);
  const sk = new TcpSock(lab.initNet);
  sk.sndCwnd = 20;
  sk.sndSsthresh = 0x7fffffff;
  sk.caOps = { ...sk.caOps, ssthresh: () => 10 };
  tcpInitCwndReduction(sk);
  assert.equal(sk.sndSsthresh, 10);
  let inFlight = 19;
  let sent = 0;
  const ack = (delivered: number, flag = 0): number => {
    inFlight -= delivered;
    tcpCwndReduction(sk, inFlight, delivered, 0, flag);
    const n = Math.max(0, sk.sndCwnd - inFlight);
    sk.info.dataSegsOut += n;
    inFlight += n;
    sent += n;
    return n;
  };
  // The first ACK of recovery sends at least the fast retransmit.
  assert.equal(ack(1), 1);
  for (let i = 0; i < 9; i++) ack(1);
  // RFC 6937 3.1: prr_out = CEIL(prr_delivered * ssthresh / RecoverFS) = 10 * 10 / 20.
  assert.equal(sent, 5);
  assert.equal(inFlight, 14);
  // Half a window later in flight is at ssthresh and follows the deliveries one for one.
  for (let i = 0; i < 8; i++) ack(1);
  assert.equal(inFlight, 10);
  // Below ssthresh (losses took more out of flight): PRR-SSRB sends what was delivered and not yet
  // matched by sending (prr_delivered - prr_out), plus one on an advancing ACK, but never above ssthresh.
  inFlight = 5;
  assert.equal(ack(1, 0x400), 6);
  assert.equal(inFlight, 10);
  // Without credit left the rule is delivered + 1: a fresh reduction from a cwnd of 10 to 7, in flight 4.
  sk.sndCwnd = 10;
  sk.caOps = { ...sk.caOps, ssthresh: () => 7 };
  tcpInitCwndReduction(sk);
  inFlight = 5;
  assert.equal(ack(1, 0x400), 2);
  assert.equal(inFlight, 6);
  assert.equal(ack(2, 0x400), 3);
  assert.equal(inFlight, 7);
});

/** The nth (1-based) full-size data frame a0 sends is delayed by `delayNs` (0: sent twice). */
function nthSegmentHook(lab: Lab, nth: number, delayNs: number) {
  let n = 0;
  return (skb: SkBuff, deliver: (s: SkBuff) => void): void => {
    if (skb.len > 1000 && ++n === nth) {
      if (delayNs) {
        lab.sched.schedule(delayNs, () => deliver(skb));
        return;
      }
      deliver(SkBuffClass.fromBytes(skb.buf.slice(skb.data, skb.tail)));
    }
    deliver(skb);
  };
}

/** The SACK blocks of every ACK b0 sends, with the ACK's sequence. */
function sackRecorder(seen: Array<{ ack: number; sacks: number[] }>) {
  return (skb: SkBuff, deliver: (s: SkBuff) => void): void => {
    const b = skb.buf;
    const th = skb.data + 14 + 20;
    if (b[skb.data + 14 + 9] === 6 && tcpHdrLen(b, th) > 20) {
      const opt = newTcpOptionsReceived();
      tcpParseOptions(b, th, false, opt);
      const ack = ((b[th + 8]! << 24) | (b[th + 9]! << 16) | (b[th + 10]! << 8) | b[th + 11]!) >>> 0;
      if (opt.sacks.length) seen.push({ ack, sacks: [...opt.sacks] });
    }
    deliver(skb);
  };
}

async function run(dataHook: (lab: Lab) => Parameters<typeof vethSetXmitHook>[1], size: number) {
  const { lab, fs } = createLab(1);
  const s = new Session(lab, fs);
  const r = await s.execCollect(VETH_PAIR_SETUP);
  assert.equal(r.status, 0, r.output);
  const a = lab.netns.get('a')!;
  const b = lab.netns.get('b')!;
  // One segment per skb (gso_max_segs 1), so the hook delays or duplicates single segments.
  a.devByName('a0')!.gsoMaxSegs = 1;
  vethSetXmitHook(a.devByName('a0')!, dataHook(lab));
  const acks: Array<{ ack: number; sacks: number[] }> = [];
  vethSetXmitHook(b.devByName('b0')!, sackRecorder(acks));
  const { got, sk } = await drive(lab, tcpTransfer(lab, a, b, new Uint8Array(size), { lingerNs: 500e6 }));
  assert.equal(got.length, size);
  const mib = (f: LinuxMib): number => a.mib.net[f]!;
  const rmib = (f: LinuxMib): number => b.mib.net[f]!;
  return { mib, rmib, sk, acks, retrans: a.mib.tcp[TcpStat.RETRANSSEGS]! };
}

test('a segment delayed past the RACK window is resent for nothing; the D-SACK of the late original undoes the reduction', async () => {
  const { mib, rmib, sk, retrans } = await run((lab) => nthSegmentHook(lab, 3, 20e6), 20 * 1448);
  assert.equal(mib(LinuxMib.TCPSACKRECOVERY), 1);
  assert.equal(retrans, 1);
  assert.equal(rmib(LinuxMib.TCPDSACKOLDSENT), 1);
  assert.equal(mib(LinuxMib.TCPDSACKRECV), 1);
  assert.equal(mib(LinuxMib.TCPDSACKUNDO) + mib(LinuxMib.TCPFULLUNDO), 1);
  // tcp_undo_cwnd_reduction(): ssthresh back to "infinite" (tcp_current_ssthresh() before recovery).
  assert.equal(sk.sndSsthresh, 0x7fffffff);
  assert.ok(sk.sndCwnd >= 10, `cwnd ${sk.sndCwnd}`);
  assert.notEqual(sk.caState, TCP_CA_RECOVERY);
});

test('a real loss repaired by fast retransmit is not undone', async () => {
  const drop = (): Parameters<typeof vethSetXmitHook>[1] => {
    let n = 0;
    return (skb, deliver) => {
      if (skb.len > 1000 && ++n === 3) return;
      deliver(skb);
    };
  };
  const { mib, rmib, sk } = await run(drop, 20 * 1448);
  assert.equal(mib(LinuxMib.TCPSACKRECOVERY), 1);
  assert.equal(rmib(LinuxMib.TCPDSACKOLDSENT), 0);
  assert.equal(mib(LinuxMib.TCPDSACKUNDO) + mib(LinuxMib.TCPFULLUNDO) + mib(LinuxMib.TCPPARTIALUNDO), 0);
  assert.ok(sk.sndSsthresh < 0x7fffffff, `ssthresh ${sk.sndSsthresh}`);
});

test('a duplicated segment is reported in a D-SACK block below the cumulative ACK, once', async () => {
  const { rmib, mib, acks } = await run((lab) => nthSegmentHook(lab, 2, 0), 4 * 1448);
  assert.equal(rmib(LinuxMib.TCPDSACKOLDSENT), 1);
  assert.equal(rmib(LinuxMib.DELAYEDACKLOST), 1);
  const d = acks.filter((x) => x.sacks.length === 2 && ((x.sacks[0]! - x.ack) | 0) < 0);
  assert.equal(d.length, 1);
  assert.equal((d[0]!.sacks[1]! - d[0]!.sacks[0]!) >>> 0, 1448);
  // The sender was not retransmitting: nothing to undo (TCPDSACKIgnoredNoUndo), no dubious D-SACK counted as data.
  assert.equal(mib(LinuxMib.TCPDSACKIGNOREDNOUNDO), 0);
  assert.equal(mib(LinuxMib.TCPDSACKIGNOREDDUBIOUS), 1);
});
