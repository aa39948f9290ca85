/**
 * The tcp_info chronographs: the order of precedence on a bare socket
 * (a more interesting condition takes over, its end falls back to busy,
 * empty queues stop the clock), then a sender whose peer stops reading:
 * the closed window makes nearly all of its busy time rwnd-limited, and
 * the clock stops once the reader drains it and everything is acked.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';
import { drive } from '../../sim/drive.testutil.js';
import { VETH_PAIR_SETUP } from '../../lab/veth_pair.js';
import { accept, getsockoptTcpInfo, recvmsg, send, type Socket } from '../socket.js';
import { TcpSock, type TcpSeg } from './tcp.js';
import type { TcpInfo } from '../../uapi/linux/inet_diag.js';
import {
  TCP_CHRONO_BUSY, TCP_CHRONO_RWND_LIMITED, TCP_CHRONO_SNDBUF_LIMITED, tcpChronoStart, tcpChronoStatsUs, tcpChronoStop,
} from './tcp_chrono.js';
import { connect5001, listen5001, sleep } from './tcp_transfer.testutil.js';

test('one chronograph at a time: the higher condition wins, its end resumes busy, empty queues stop it', async () => {
  const { lab } = createLab(1);
  const sk = new TcpSock(lab.initNet);
  const seg = {} as TcpSeg;
  sk.writeQueue.push(seg);
  await drive(lab, (async () => {
    tcpChronoStart(sk, TCP_CHRONO_BUSY);
    await sleep(lab, 40e6);
    tcpChronoStart(sk, TCP_CHRONO_SNDBUF_LIMITED);
    await sleep(lab, 20e6);
    // rwnd-limited ranks below sndbuf-limited: it does not take over, nor does its stop end sndbuf's period.
    tcpChronoStart(sk, TCP_CHRONO_RWND_LIMITED);
    tcpChronoStop(sk, TCP_CHRONO_RWND_LIMITED);
    await sleep(lab, 20e6);
    tcpChronoStop(sk, TCP_CHRONO_SNDBUF_LIMITED);
    await sleep(lab, 8e6);
    tcpChronoStart(sk, TCP_CHRONO_RWND_LIMITED);
    await sleep(lab, 12e6);
    sk.writeQueue.length = 0;
    tcpChronoStop(sk, TCP_CHRONO_RWND_LIMITED);
    await sleep(lab, 100e6);
  })());
  // busy 40 + 8 ms, sndbuf-limited 40 ms, rwnd-limited 12 ms; the last 100 ms idle.
  assert.deepEqual(tcpChronoStatsUs(sk), [100_000, 12_000, 40_000]);
});

/** a's connection to b, whose accepted socket reads only when told to. */
async function stalledReader(): Promise<{ info: () => TcpInfo; drain: () => Promise<void>; lab: ReturnType<typeof createLab>['lab'] }> {
  const { lab, fs } = createLab(1);
  const r = await new Session(lab, fs).execCollect(VETH_PAIR_SETUP);
  assert.equal(r.status, 0, r.output);
  const a = lab.netns.get('a')!;
  const b = lab.netns.get('b')!;
  const accepted = accept(listen5001(b));
  const cli = await drive(lab, connect5001(a));
  const conn = (await drive(lab, accepted)) as Socket;
  // The writer queues 4 MB, blocking while the send buffer is full.
  void send(cli, new Uint8Array(4 << 20));
  const info = (): TcpInfo => getsockoptTcpInfo(cli) as TcpInfo;
  const drain = async (): Promise<void> => {
    for (let got = 0; got < 4 << 20; ) {
      const m = await recvmsg(conn, 1 << 20);
      if (typeof m === 'string') throw new Error(m);
      got += m.data.length;
    }
  };
  return { info, drain, lab };
}

test('a reader that stops reading: the closed window makes the busy time rwnd-limited; draining it stops the clock', async () => {
  const { info, drain, lab } = await stalledReader();
  await drive(lab, sleep(lab, 1e9));
  const stalled = info();
  assert.ok(stalled.busyTime >= 996_000 && stalled.busyTime <= 1_004_000, `busy ${stalled.busyTime}`);
  // Only the first jiffy, before the window closed, is busy without being rwnd-limited.
  assert.ok(stalled.rwndLimited >= stalled.busyTime - 4000, `rwnd ${stalled.rwndLimited} of ${stalled.busyTime}`);
  assert.equal(stalled.sndbufLimited, 0);
  await drive(lab, drain());
  await drive(lab, sleep(lab, 1e9));
  const done = info();
  assert.equal(done.unacked, 0);
  await drive(lab, sleep(lab, 1e9));
  assert.equal(info().busyTime, done.busyTime, 'the chronograph stopped with both queues empty');
  assert.ok(done.rwndLimited >= stalled.rwndLimited);
});
