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
import type { SkBuff } from '../core/skbuff.js';
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
      // skb_copy(), as netem duplicates: the copy keeps the checksum offload state (CHECKSUM_PARTIAL)
      deliver(skb.copy());
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

type Hook = Parameters<typeof vethSetXmitHook>[1];

/** sysctls for a, and a hook on b0 (the ACKs) before the SACK recorder. */
interface RunOpts {
  readonly knobs?: string;
  readonly ackHook?: (lab: Lab) => Hook;
}

async function run(dataHook: (lab: Lab) => Hook, size: number, o: RunOpts = {}) {
  const { lab, fs } = createLab(1);
  const s = new Session(lab, fs);
  const r = await s.execCollect(VETH_PAIR_SETUP + (o.knobs ? `ip netns exec a sysctl -qw ${o.knobs}` : ''));
  assert.equal(r.status, 0, r.output);
  const a = lab.netns.get('a')!;
  const b = lab.netns.get('b')!;
  // One segment per skb (gso_max_segs 1), so the hook delays or duplicates single segments.
  a.devByName('a0')!.gsoMaxSegs = 1;
  vethSetXmitHook(a.devByName('a0')!, dataHook(lab));
  const acks: Array<{ ack: number; sacks: number[] }> = [];
  const record = sackRecorder(acks);
  const ackHook = o.ackHook?.(lab);
  vethSetXmitHook(b.devByName('b0')!, ackHook ? (skb, deliver) => ackHook(skb, (x) => record(x, deliver)) : record);
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
  const drop = (): Hook => {
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

test('RACK widens its reordering window by a step when a D-SACK follows reordering (tcp_rack_update_reo_wnd)', async () => {
  // Segment 3 is merely reordered (1 ms: TCPSACKReorder); segment 20 is held long enough to be resent for nothing.
  const hook = (lab: Lab): Hook => {
    const early = nthSegmentHook(lab, 3, 1e6);
    const late = nthSegmentHook(lab, 20, 20e6);
    return (skb, deliver) => early(skb, (s) => late(s, deliver));
  };
  const { mib, sk } = await run(hook, 40 * 1448);
  assert.equal(mib(LinuxMib.TCPSACKREORDER) > 0, true);
  assert.equal(mib(LinuxMib.TCPDSACKRECV), 1);
  assert.equal(sk.rack.reoWndSteps, 2);
  assert.equal(sk.rack.reoWndPersist > 0, true);
});

test('without reordering seen, a D-SACK leaves the reordering window at one step', async () => {
  const { mib, sk } = await run((lab) => nthSegmentHook(lab, 3, 20e6), 20 * 1448);
  assert.equal(mib(LinuxMib.TCPDSACKRECV), 1);
  assert.equal(sk.rack.reordSeen, 0);
  assert.equal(sk.rack.reoWndSteps, 1);
});

test('F-RTO (RFC 5682 2.b, 3.a): after the RTO and a first advancing ACK new data goes out before any retransmission; duplicate ACKs then prove the loss real, no undo', async () => {
  // No SACK, no timestamps: only F-RTO can judge the timeout. Segment 2 is lost; every ACK of the first 150 ms too.
  let dropAcksUntil = -1;
  const sent: Array<{ seq: number; at: number }> = [];
  const dataHook = (lab: Lab): Hook => {
    let n = 0;
    return (skb, deliver) => {
      if (skb.len > 1000) {
        if (dropAcksUntil < 0) dropAcksUntil = lab.sched.now + 150e6;
        const th = skb.data + 14 + 20;
        const b = skb.buf;
        sent.push({ seq: ((b[th + 4]! << 24) | (b[th + 5]! << 16) | (b[th + 6]! << 8) | b[th + 7]!) >>> 0, at: lab.sched.now });
        if (++n === 2) return;
      }
      deliver(skb);
    };
  };
  const ackHook = (lab: Lab): Hook => (skb, deliver) => {
    if (dropAcksUntil >= 0 && lab.sched.now < dropAcksUntil) return;
    deliver(skb);
  };
  const knobs = 'net.ipv4.tcp_sack=0 net.ipv4.tcp_timestamps=0';
  const { mib } = await run(dataHook, 30 * 1448, { knobs, ackHook });
  assert.equal(mib(LinuxMib.TCPTIMEOUTS), 1);
  assert.equal(mib(LinuxMib.TCPSPURIOUSRTOS), 0);
  assert.equal(mib(LinuxMib.TCPLOSSUNDO), 0);
  // On the wire after the RTO: the head again, then new data (never sent before), then segment 2 again.
  const first = sent[0]!.seq;
  const rto = sent.findIndex((x, i) => i > 0 && x.seq === first);
  assert.ok(rto > 0, 'the RTO resent the head');
  const seen = new Set(sent.slice(0, rto).map((x) => x.seq));
  const after = sent.slice(rto + 1);
  const firstNew = after.findIndex((x) => !seen.has(x.seq));
  const seg2 = after.findIndex((x) => x.seq === (first + 1460) >>> 0);
  assert.ok(firstNew >= 0 && seg2 > firstNew, `new data at ${firstNew}, segment 2 again at ${seg2}`);
});

test('an RTO that interrupts fast recovery counts TCPSackRecoveryFail; its timeout is not undone', async () => {
  // Segment 3 of a 10-segment flight is lost, and so is its fast retransmission: nothing sent later can reveal it.
  const dataHook = (): Hook => {
    let n = 0;
    let seq = -1;
    return (skb, deliver) => {
      if (skb.len > 1000) {
        const th = skb.data + 14 + 20;
        const b = skb.buf;
        const s = ((b[th + 4]! << 24) | (b[th + 5]! << 16) | (b[th + 6]! << 8) | b[th + 7]!) >>> 0;
        if (++n === 3) seq = s;
        if (s === seq && n <= 11) return;
      }
      deliver(skb);
    };
  };
  const { mib } = await run(dataHook, 10 * 1448);
  assert.equal(mib(LinuxMib.TCPSACKRECOVERY), 1);
  assert.equal(mib(LinuxMib.TCPTIMEOUTS), 1);
  assert.equal(mib(LinuxMib.TCPSACKRECOVERYFAIL), 1);
  assert.equal(mib(LinuxMib.TCPLOSSUNDO) + mib(LinuxMib.TCPFULLUNDO), 0);
});
