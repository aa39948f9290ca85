/**
 * RACK-TLP on a veth pair whose sender side drops or delays chosen data
 * segments (a test hook on a0's xmit): one lost segment in the middle is
 * repaired by fast recovery without an RTO; a segment merely delayed is
 * reordering (TCPSACKReorder), not loss; a lost tail is repaired by the
 * loss probe. With tcp_recovery=0 the middle loss still recovers through
 * dupthresh. cwnd does not grow while the application is the bottleneck.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';
import { drive } from '../../sim/drive.testutil.js';
import { vethSetXmitHook } from '../../drivers/net/veth.js';
import { accept, bind, connectWait, listen, recvmsg, send, socket, type Socket } from '../socket.js';
import { AF_INET, SOCK_STREAM } from '../../uapi/linux/socket.js';
import { LinuxMib, TcpStat } from '../core/snmp.js';
import type { Lab } from '../../lab/lab.js';
import type { SkBuff } from '../core/skbuff.js';
import type { TcpSock } from './tcp.js';
import { VETH_PAIR_SETUP } from '../../lab/veth_pair.js';
import { sleep, tcpTransfer } from './tcp_transfer.testutil.js';

const SETUP = VETH_PAIR_SETUP;

/** The nth (1-based) full-size data frame a0 sends is dropped once, or delayed by `delayNs`. */
function nthSegmentHook(lab: Lab, nth: number, delayNs: number) {
  let n = 0;
  return (skb: SkBuff, deliver: (s: SkBuff) => void): void => {
    if (skb.len > 1000 && ++n === nth) {
      if (delayNs) lab.sched.schedule(delayNs, () => deliver(skb));
      return;
    }
    deliver(skb);
  };
}

/** The short last data frame of the transfer (more than a bare 66-byte ACK, less than a full one) is dropped once. */
function tailHook() {
  let dropped = false;
  return (skb: SkBuff, deliver: (s: SkBuff) => void): void => {
    if (!dropped && skb.len > 80 && skb.len < 1000) {
      dropped = true;
      return;
    }
    deliver(skb);
  };
}

async function run(knobs: string, hook: (lab: Lab) => Parameters<typeof vethSetXmitHook>[1], size: number, lingerNs = 0) {
  const { lab, fs } = createLab(1);
  const s = new Session(lab, fs);
  const set = knobs ? `ip netns exec a sysctl -qw ${knobs}` : '';
  const r = await s.execCollect(SETUP + set);
  assert.equal(r.status, 0, r.output);
  const a = lab.netns.get('a')!;
  const b = lab.netns.get('b')!;
  // One segment per skb (gso_max_segs 1), so the hook drops or delays single segments.
  a.devByName('a0')!.gsoMaxSegs = 1;
  vethSetXmitHook(a.devByName('a0')!, hook(lab));
  const { got } = await drive(lab, tcpTransfer(lab, a, b, new Uint8Array(size), { lingerNs }));
  assert.equal(got.length, size);
  // The last ACKs reach the sender after the reader is done.
  await drive(lab, sleep(lab, 1e9));
  const mib = (f: LinuxMib): number => a.mib.net[f]!;
  return { mib, retrans: a.mib.tcp[TcpStat.RETRANSSEGS]! };
}

test('RACK: one segment lost mid-flight is repaired by SACK recovery, not by the RTO', async () => {
  const { mib, retrans } = await run('', (lab) => nthSegmentHook(lab, 3, 0), 20 * 1448);
  assert.equal(mib(LinuxMib.TCPSACKRECOVERY), 1);
  assert.equal(mib(LinuxMib.TCPFASTRETRANS), 1);
  assert.equal(mib(LinuxMib.TCPTIMEOUTS), 0);
  assert.equal(retrans, 1);
});

test('without RACK (tcp_recovery=0) the same loss recovers on dupthresh', async () => {
  const { mib, retrans } = await run('net.ipv4.tcp_recovery=0', (lab) => nthSegmentHook(lab, 3, 0), 20 * 1448);
  assert.equal(mib(LinuxMib.TCPSACKRECOVERY), 1);
  assert.equal(mib(LinuxMib.TCPTIMEOUTS), 0);
  assert.equal(retrans, 1);
});

test('RACK: a segment delayed past later ones is reordering (TCPSACKReorder); no recovery, no retransmission', async () => {
  const { mib, retrans } = await run('', (lab) => nthSegmentHook(lab, 2, 1_000_000), 6 * 1448);
  assert.equal(mib(LinuxMib.TCPSACKREORDER), 1);
  assert.equal(mib(LinuxMib.TCPSACKRECOVERY), 0);
  assert.equal(retrans, 0);
});

test('TLP: a lost tail segment is probed before the RTO (TCPLossProbes)', async () => {
  const { mib, retrans } = await run('', () => tailHook(), 3 * 1448 + 500, 2e9);
  assert.equal(mib(LinuxMib.TCPLOSSPROBES), 1);
  assert.equal(mib(LinuxMib.TCPTIMEOUTS), 0);
  assert.equal(retrans, 1);
});

test('without TLP (tcp_early_retrans=0) the lost tail waits for the RTO', async () => {
  const { mib } = await run('net.ipv4.tcp_early_retrans=0', () => tailHook(), 3 * 1448 + 500, 2e9);
  assert.equal(mib(LinuxMib.TCPLOSSPROBES), 0);
  assert.equal(mib(LinuxMib.TCPTIMEOUTS), 1);
});

test('tcp_is_cwnd_limited: an application sending one small write per 100 ms never grows cwnd; a bulk sender does', async () => {
  const { lab, fs } = createLab(1);
  const s = new Session(lab, fs);
  assert.equal((await s.execCollect(SETUP)).status, 0);
  const a = lab.netns.get('a')!;
  const b = lab.netns.get('b')!;
  const srv = socket(b, AF_INET, SOCK_STREAM, 0) as Socket;
  assert.equal(bind(srv, { family: AF_INET, addr: 0, port: 5001 }), 0);
  assert.equal(listen(srv, 1), 0);
  const cli = socket(a, AF_INET, SOCK_STREAM, 0) as Socket;
  const run = async (): Promise<[number, number, number]> => {
    assert.equal(await connectWait(cli, { family: AF_INET, addr: 0x0a000002, port: 5001 }), 0);
    const c = await accept(srv);
    if (typeof c === 'string') throw new Error(c);
    const sk = cli.sk as TcpSock;
    for (let i = 0; i < 30; i++) {
      await send(cli, new Uint8Array(100));
      await recvmsg(c, 65536);
      await sleep(lab, 100e6);
    }
    const appLimited = sk.sndCwnd;
    const rcvbuf0 = (c.sk as TcpSock).skRcvbuf;
    const reader = (async () => {
      let n = 0;
      while (n < 4_000_000) {
        const m = await recvmsg(c, 1 << 20);
        if (typeof m === 'string') throw new Error(m);
        n += m.data.length;
      }
    })();
    for (let off = 0; off < 4_000_000; off += 100_000) await send(cli, new Uint8Array(100_000));
    await reader;
    return [appLimited, sk.sndCwnd, (c.sk as TcpSock).skRcvbuf - rcvbuf0];
  };
  const [appLimited, bulk, grown] = await drive(lab, run());
  assert.equal(appLimited, 10);
  assert.ok(bulk > 10, `bulk cwnd ${bulk}`);
  // tcp_rcv_space_adjust(): the reader kept up, so its buffer grew (tcp_moderate_rcvbuf).
  assert.ok(grown > 0, `rcvbuf grew by ${grown}`);
});
