/**
 * tcp_rto_min(): only a locked RTAX_RTO_MIN replaces icsk_rto_min; both
 * are jiffies (HZ 250), so 50 ms is 13 jiffies (52 ms) and an RTT sample
 * then gives rttvar 52000 µs, an RTO of 52050 µs kept in whole jiffies
 * (14: 56 ms, __tcp_set_rto()). congctl, quickack, and the tcp_metrics
 * cache that carries rtt/cwnd only to later connections.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from '../../lab/boot.js';
import { RTAX_CC_ALGO, RTAX_CWND, RTAX_LOCK, RTAX_QUICKACK, RTAX_RTO_MIN, RTAX_RTT } from '../../uapi/linux/rtmsg.js';
import { tcpCaNames } from './metrics.js';
import type { Rtable } from './route.js';
import { SOL_TCP } from '../../uapi/linux/socket.js';
import { TCP_CONGESTION, TCP_INFINITE_SSTHRESH, TcpSock } from './tcp.js';
import { tcpInQuickackMode, tcpRttEstimator } from './tcp_input.js';
import { tcpCaDstInit, tcpCaOpenreqChild, tcpInitMetrics, tcpRtoMin, tcpRtoMinUs, tcpUpdateMetrics } from './tcp_metrics.js';

function withMetrics(sk: TcpSock, set: (m: Uint32Array) => void): void {
  const m = new Uint32Array(RTAX_QUICKACK + 3);
  set(m);
  sk.dstCache = { metrics: m } as unknown as Rtable;
}

test('tcp_rto_min(): the sysctl without a route, an unlocked metric ignored, a locked one in jiffies rounded up', () => {
  const { lab } = createLab(1);
  const sk = new TcpSock(lab.initNet);
  assert.equal(tcpRtoMin(sk), 50);
  withMetrics(sk, (m) => { m[RTAX_RTO_MIN] = 300; });
  assert.equal(tcpRtoMin(sk), 50);
  withMetrics(sk, (m) => { m[RTAX_RTO_MIN] = 50; m[RTAX_LOCK] = 1 << RTAX_RTO_MIN; });
  assert.equal(tcpRtoMin(sk), 13);
  assert.equal(tcpRtoMinUs(sk), 52000);
  tcpRttEstimator(sk, 50_000);
  assert.equal(sk.rttvar, 52000);
  assert.equal(sk.rto, 56e6);
});

test('icsk_rto_min comes from tcp_rto_min_us when the socket is made', () => {
  const { lab } = createLab(1);
  lab.initNet.ipv4.sysctl.tcp.rtoMinUs = 100001;
  const sk = new TcpSock(lab.initNet);
  lab.initNet.ipv4.sysctl.tcp.rtoMinUs = 5000;
  assert.equal(tcpRtoMin(sk), 26);
});

test('congctl: the route\'s algorithm at connect, EPERM for TCP_CONGESTION when locked; a child without one takes the default of now unless its listener chose', () => {
  const { lab } = createLab(1);
  const net = lab.initNet;
  const sk = new TcpSock(net);
  const rt = { metrics: new Uint32Array(RTAX_CC_ALGO + 2) } as unknown as Rtable;
  rt.metrics![RTAX_CC_ALGO] = tcpCaNames.indexOf('reno');
  tcpCaDstInit(sk, rt);
  assert.equal(sk.caOps.name, 'reno');
  assert.equal(sk.setsockopt(SOL_TCP, TCP_CONGESTION, 'cubic'), null);
  rt.metrics![RTAX_LOCK] = 1 << RTAX_CC_ALGO;
  tcpCaDstInit(sk, rt);
  assert.equal(sk.setsockopt(SOL_TCP, TCP_CONGESTION, 'cubic'), 'EPERM');
  const child = new TcpSock(net);
  net.ipv4.sysctl.tcp.congestionControl = 'reno';
  tcpCaOpenreqChild(child, { metrics: null } as unknown as Rtable);
  assert.equal(child.caOps.name, 'reno');
  const chosen = new TcpSock(net);
  assert.equal(chosen.setsockopt(SOL_TCP, TCP_CONGESTION, 'cubic'), null);
  tcpCaOpenreqChild(chosen, { metrics: null } as unknown as Rtable);
  assert.equal(chosen.caOps.name, 'cubic');
});

test('tcp_in_quickack_mode(): a route with quickack 1 ACKs at once even in ping-pong mode without credit; quickack 0 is none', () => {
  const { lab } = createLab(1);
  const sk = new TcpSock(lab.initNet);
  sk.quickAcks = 3;
  assert.equal(tcpInQuickackMode(sk), true);
  sk.pingpong = true;
  assert.equal(tcpInQuickackMode(sk), false);
  sk.quickAcks = 0;
  withMetrics(sk, (m) => { m[RTAX_QUICKACK] = 0; });
  assert.equal(tcpInQuickackMode(sk), false);
  withMetrics(sk, (m) => { m[RTAX_QUICKACK] = 1; });
  assert.equal(tcpInQuickackMode(sk), true);
});

test('tcp_metrics cache: none before a connection ends; then the RTT folded in seeds the next first RTO, a locked cwnd clamps', () => {
  const { lab } = createLab(1);
  const net = lab.initNet;
  const m = new Uint32Array(RTAX_QUICKACK + 3);
  m[RTAX_RTT] = 100 * 8;
  m[RTAX_CWND] = 6;
  m[RTAX_LOCK] = 1 << RTAX_CWND;
  const rt = { metrics: m } as unknown as Rtable;
  const mk = (): TcpSock => {
    const sk = new TcpSock(net);
    sk.inetSaddr = 0x0a000001;
    sk.inetDaddr = 0x0a000002;
    sk.dstCache = rt;
    tcpRttEstimator(sk, 50_000);
    return sk;
  };
  const first = mk();
  const rto = first.rto;
  tcpInitMetrics(first);
  assert.equal(first.rto, rto);
  assert.equal(first.sndCwndClamp, TCP_INFINITE_SSTHRESH);
  tcpUpdateMetrics(first);
  const second = mk();
  tcpInitMetrics(second);
  // 800000 - (800000 - 400) / 8 = 700050 (srtt_us << 3): 21 jiffies + max(42, 50).
  assert.equal(second.rto, 71 * 4e6);
  assert.equal(second.sndCwndClamp, 6);
});
