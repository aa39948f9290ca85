/**
 * UDP sockets through the syscall surface: port rules of bind (conflicts,
 * SO_REUSEADDR, SO_REUSEPORT, the ephemeral range), delivery (connected
 * beats wildcard, a bound address beats the wildcard, reuseport groups),
 * ECONNREFUSED on a connected socket, MSG_PEEK/MSG_TRUNC, receive-buffer
 * drops, and /proc/net/udp.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { icmpLab } from './icmp.testutil.js';
import { drive } from '../../sim/drive.testutil.js';
import { bind, close, connect, getsockname, recvmsg, recvmsgDontwait, sendto, setsockopt, socket, type Socket } from '../socket.js';
import { AF_INET, MSG_PEEK, MSG_TRUNC, SOCK_DGRAM, SOL_SOCKET, SO_RCVBUF, SO_REUSEADDR, SO_REUSEPORT } from '../../uapi/linux/socket.js';
import { UdpStat } from '../core/snmp.js';
import { procNetUdp } from './inet_diag.js';
import type { Net } from '../core/net_namespace.js';
import { VETH_PAIR_SETUP } from '../../lab/veth_pair.js';
import type { UdpSocket } from './udp_sock.js';

const A = 0x0a000001;
const B = 0x0a000002;
const LAB = VETH_PAIR_SETUP;

function udp(net: Net): Socket {
  const s = socket(net, AF_INET, SOCK_DGRAM, 0);
  assert.ok(typeof s !== 'string');
  return s;
}

const at = (addr: number, port: number) => ({ family: AF_INET, addr, port });
const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

test('bind: EADDRINUSE unless both reuse; EINVAL twice; port 0 takes one of ip_local_port_range', async () => {
  const L = icmpLab();
  await L.sh(LAB);
  const b = L.ns('b');
  const s1 = udp(b);
  assert.equal(bind(s1, at(0, 5000)), 0);
  assert.equal(bind(s1, at(0, 5001)), 'EINVAL');
  assert.equal(bind(udp(b), at(B, 5000)), 'EADDRINUSE');
  const r1 = udp(b);
  const r2 = udp(b);
  setsockopt(r1, SOL_SOCKET, SO_REUSEADDR, 1);
  setsockopt(r2, SOL_SOCKET, SO_REUSEADDR, 1);
  assert.equal(bind(r1, at(0, 6000)), 0);
  assert.equal(bind(r2, at(0, 6000)), 0);
  const e = udp(b);
  assert.equal(bind(e, at(0, 0)), 0);
  const n = getsockname(e);
  assert.ok(typeof n !== 'string' && n.port >= 32768 && n.port <= 60999);
  assert.equal(bind(udp(b), at(0x0a000063, 7000)), 'EADDRNOTAVAIL');
});

test('delivery: a connected socket beats the wildcard one; a refusal reaches the connected sender', async () => {
  const L = icmpLab();
  await L.sh(LAB);
  const a = L.ns('a');
  const b = L.ns('b');
  const wild = udp(b);
  setsockopt(wild, SOL_SOCKET, SO_REUSEADDR, 1);
  assert.equal(bind(wild, at(0, 5000)), 0);
  const conn = udp(b);
  setsockopt(conn, SOL_SOCKET, SO_REUSEADDR, 1);
  assert.equal(bind(conn, at(0, 5000)), 0);
  assert.equal(connect(conn, at(A, 4000)), 0);
  const c = udp(a);
  assert.equal(bind(c, at(0, 4000)), 0);
  assert.equal(sendto(c, bytes('to-conn'), 0, at(B, 5000)), 7);
  const other = udp(a);
  assert.equal(sendto(other, bytes('to-wild'), 0, at(B, 5000)), 7);
  await drive(L.lab, L.lab.sched.sleep(1e6));
  const m1 = recvmsgDontwait(conn, 100);
  const m2 = recvmsgDontwait(wild, 100);
  assert.ok(typeof m1 !== 'string' && typeof m2 !== 'string');
  assert.equal(text(m1.data), 'to-conn');
  assert.equal(text(m2.data), 'to-wild');
  assert.equal(b.mib.udp[UdpStat.INDATAGRAMS], 2);
  // ICMP port unreachable: a connected sender's next call fails with ECONNREFUSED.
  const lone = udp(a);
  assert.equal(connect(lone, at(B, 9)), 0);
  assert.equal(sendto(lone, bytes('x')), 1);
  await drive(L.lab, L.lab.sched.sleep(1e6));
  assert.equal(sendto(lone, bytes('y')), 'ECONNREFUSED');
  assert.equal(sendto(lone, bytes('z')), 1);
  await drive(L.lab, L.lab.sched.sleep(1e6));
  assert.equal(b.mib.udp[UdpStat.NOPORTS], 2);
});

test('SO_REUSEPORT: a group shares the port, each flow goes to one member', async () => {
  const L = icmpLab();
  await L.sh(LAB);
  const a = L.ns('a');
  const b = L.ns('b');
  const group = [udp(b), udp(b), udp(b)];
  for (const s of group) {
    setsockopt(s, SOL_SOCKET, SO_REUSEPORT, 1);
    assert.equal(bind(s, at(0, 5353)), 0);
  }
  for (let i = 0; i < 30; i++) sendto(udp(a), bytes(`m${i}`), 0, at(B, 5353));
  await drive(L.lab, L.lab.sched.sleep(1e6));
  const counts = group.map((s) => {
    let n = 0;
    while (typeof recvmsgDontwait(s, 100) !== 'string') n++;
    return n;
  });
  assert.equal(counts.reduce((x, y) => x + y), 30);
  assert.ok(counts.filter((n) => n > 0).length >= 2, `spread ${counts}`);
});

test('recvmsg: MSG_PEEK keeps the datagram, MSG_TRUNC tells its length; a full buffer counts RcvbufErrors', async () => {
  const L = icmpLab();
  await L.sh(LAB);
  const a = L.ns('a');
  const b = L.ns('b');
  const r = udp(b);
  assert.equal(bind(r, at(0, 5000)), 0);
  const s = udp(a);
  sendto(s, bytes('hello world'), 0, at(B, 5000));
  await drive(L.lab, L.lab.sched.sleep(1e6));
  const p = recvmsgDontwait(r, 5, MSG_PEEK);
  assert.ok(typeof p !== 'string');
  assert.equal(text(p.data), 'hello');
  assert.equal(p.flags & MSG_TRUNC, MSG_TRUNC);
  const t = await recvmsg(r, 5, MSG_TRUNC);
  assert.ok(typeof t !== 'string');
  assert.equal(t.len, 11);
  assert.equal(recvmsgDontwait(r, 100), 'EAGAIN');
  setsockopt(r, SOL_SOCKET, SO_RCVBUF, 1);
  for (let i = 0; i < 10; i++) sendto(s, new Uint8Array(1000), 0, at(B, 5000));
  await drive(L.lab, L.lab.sched.sleep(1e6));
  assert.ok(b.mib.udp[UdpStat.RCVBUFERRORS]! > 0);
  assert.equal(b.mib.udp[UdpStat.RCVBUFERRORS], b.mib.udp[UdpStat.INERRORS]);
  assert.match(procNetUdp(b), /^ +\d+: 00000000:1388 00000000:0000 07 00000000:[0-9A-F]{8} 00:00000000 00000000 +0 +0 \d+ 2 0{16} [1-9]\d* *$/m);
  // udp4_seq_show() pads every line to 127 columns (seq_setwidth(seq, 127), seq_pad()).
  for (const l of procNetUdp(b).split('\n').slice(0, -1)) assert.equal(l.length, 127);
  close(r);
  assert.doesNotMatch(procNetUdp(b), /:1388/);
});

test('__udp_enqueue_schedule_skb: a datagram that would pass sk_rcvbuf is dropped unless the queue is empty; sk_forward_alloc by pages', async () => {
  const L = icmpLab();
  await L.sh(LAB);
  const a = L.ns('a');
  const b = L.ns('b');
  const r = udp(b);
  assert.equal(bind(r, at(0, 5000)), 0);
  setsockopt(r, SOL_SOCKET, SO_RCVBUF, 1000);
  const sk = r.sk as UdpSocket;
  assert.equal(sk.skRcvbuf, 2304);
  const s = udp(a);
  // One big datagram fits an empty queue even past sk_rcvbuf.
  sendto(s, new Uint8Array(3000), 0, at(B, 5000));
  await drive(L.lab, L.lab.sched.sleep(1e6));
  assert.ok(sk.skRmemAlloc > sk.skRcvbuf);
  sendto(s, bytes('x'), 0, at(B, 5000));
  await drive(L.lab, L.lab.sched.sleep(1e6));
  assert.equal(sk.skDrops, 1);
  const m = await recvmsg(r, 4000, 0);
  assert.ok(typeof m !== 'string');
  assert.equal(sk.skRmemAlloc, 0);
  // All read: one page stays reserved (udp_rmem_release() with partial = 1).
  assert.equal(sk.skForwardAlloc, 4096);
  for (const w of ['one', 'two']) sendto(s, bytes(w), 0, at(B, 5000));
  await drive(L.lab, L.lab.sched.sleep(1e6));
  const small = sk.skRmemAlloc / 2;
  assert.equal(sk.skRmemAlloc + sk.skForwardAlloc, 4096);
  // A third small one would pass 2304 with two queued (3 x 832).
  sendto(s, bytes('three'), 0, at(B, 5000));
  await drive(L.lab, L.lab.sched.sleep(1e6));
  assert.equal(sk.skDrops, 2);
  assert.equal(sk.skRmemAlloc, 2 * small);
  close(r);
});

test('udp4_lib_lookup2: of two SO_REUSEADDR sockets on one port, a unicast goes to the last bound (the head of its hslot2)', async () => {
  const L = icmpLab();
  await L.sh(LAB);
  const a = L.ns('a');
  const b = L.ns('b');
  const [r1, r2] = [udp(b), udp(b)];
  for (const r of [r1, r2]) {
    setsockopt(r, SOL_SOCKET, SO_REUSEADDR, 1);
    assert.equal(bind(r, at(0, 5002)), 0);
  }
  sendto(udp(a), bytes('u'), 0, at(B, 5002));
  await drive(L.lab, L.lab.sched.sleep(1e6));
  assert.equal(recvmsgDontwait(r1, 10), 'EAGAIN');
  const m = recvmsgDontwait(r2, 10);
  assert.ok(typeof m !== 'string');
  assert.equal(text(m.data), 'u');
});
