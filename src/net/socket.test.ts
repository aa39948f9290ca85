import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Lab } from '../lab/lab.js';
import type { SkBuff } from './core/skbuff.js';
import {
  Task, bind, close, cmsgRecverr, cmsgTimestamp, connect, getpeername, getsockname, getsockopt, listen, poll, recvmsg,
  recvmsgDontwait, sendmsg, sendto, setsockopt, socket, type Socket,
} from './socket.js';
import {
  AF_INET, AF_INET6, MSG_ERRQUEUE, MSG_PEEK, MSG_TRUNC, POLLERR, POLLIN, SOCK_DGRAM, SOCK_RAW,
  SOCK_STREAM, SOL_IP, SOL_RAW, SOL_SOCKET, SO_BINDTODEVICE, SO_RCVBUF, SO_TIMESTAMP,
} from '../uapi/linux/socket.js';
import {
  IPPROTO_ICMP, IPPROTO_IP, IPPROTO_UDP, IP_HDRINCL, IP_MTU, IP_MTU_DISCOVER, IP_MULTICAST_TTL, IP_PKTINFO,
  IP_PMTUDISC_DO, IP_RECVERR, IP_RECVTTL, IP_TOS, IP_TTL,
} from '../uapi/linux/in.js';
import { ICMP_FILTER } from '../uapi/linux/icmp.js';
import { SO_EE_ORIGIN_LOCAL } from '../uapi/linux/errqueue.js';
import { ICMP_ECHO, ICMP_ECHOREPLY } from '../wire/icmp.js';
import { csumFold, csumPartial } from '../wire/checksum.js';
import { parseIp } from '../wire/ipv4.js';
import { icmpLab } from './ipv4/icmp.testutil.js';
import { drive } from '../sim/drive.testutil.js';

const ip = (s: string): number => parseIp(s)!;
const to = (a: string, port = 0): { family: number; addr: number; port: number } => ({ family: AF_INET, addr: ip(a), port });

function echo(id: number, seq: number, n = 4): Uint8Array {
  const b = new Uint8Array(8 + n);
  b.set([ICMP_ECHO, 0, 0, 0, id >> 8, id & 0xff, seq >> 8, seq & 0xff]);
  const c = csumFold(csumPartial(b, 0, b.length, 0));
  b[2] = c >> 8;
  b[3] = c & 0xff;
  return b;
}

async function flush(lab: Lab): Promise<void> {
  await lab.sched.runWhile(() => lab.sched.nextExpiry() <= lab.sched.now);
}

function raw(lab: Lab, protocol = IPPROTO_ICMP): Socket {
  const s = socket(lab.initNet, AF_INET, SOCK_RAW, protocol);
  assert.ok(typeof s !== 'string');
  return s;
}

test('socket(): the errno of each refusal', () => {
  const L = icmpLab();
  const net = L.lab.initNet;
  assert.equal(socket(net, AF_INET6, SOCK_RAW, IPPROTO_ICMP), 'EAFNOSUPPORT');
  assert.equal(socket(net, AF_INET, SOCK_RAW, IPPROTO_IP), 'EPROTONOSUPPORT');
  // IPPROTO_MAX is 263 (IPPROTO_MPTCP + 1): a raw socket of 256 exists (traceroute -P 256 on 6.18), 263 and -1 do not.
  assert.equal(socket(net, AF_INET, SOCK_RAW, 263), 'EINVAL');
  assert.equal(socket(net, AF_INET, SOCK_RAW, -1), 'EINVAL');
  assert.equal(typeof socket(net, AF_INET, SOCK_RAW, 256), 'object');
  assert.equal(socket(net, AF_INET, SOCK_RAW | 0x10000, 1), 'EINVAL');
  assert.equal(socket(net, AF_INET, 9, 0), 'ESOCKTNOSUPPORT');
  assert.equal(socket(net, AF_INET, SOCK_DGRAM, IPPROTO_ICMP), 'EACCES');
  assert.equal(socket(net, AF_INET, SOCK_STREAM, IPPROTO_UDP), 'EPROTONOSUPPORT');
  assert.ok(typeof socket(net, AF_INET, SOCK_STREAM, 0) !== 'string');
  assert.ok(typeof socket(net, AF_INET, SOCK_DGRAM, IPPROTO_UDP) !== 'string');
});

test('options: SOL_IP, SOL_RAW and SOL_SOCKET errnos; close makes every call EBADF', () => {
  const L = icmpLab();
  const s = raw(L.lab);
  assert.equal(setsockopt(s, SOL_IP, IP_TTL, 0), 'EINVAL');
  assert.equal(setsockopt(s, SOL_IP, IP_TTL, 256), 'EINVAL');
  assert.equal(setsockopt(s, SOL_IP, IP_TTL, 7), 0);
  assert.equal(getsockopt(s, SOL_IP, IP_TTL), 7);
  assert.equal(setsockopt(s, SOL_IP, IP_TTL, -1), 0);
  assert.equal(getsockopt(s, SOL_IP, IP_TTL), 64);
  assert.equal(setsockopt(s, SOL_IP, IP_MTU_DISCOVER, 6), 'EINVAL');
  assert.equal(setsockopt(s, SOL_IP, IP_MULTICAST_TTL, 256), 'EINVAL');
  assert.equal(setsockopt(s, SOL_IP, IP_TOS, 0x10), 0);
  assert.equal(getsockopt(s, SOL_IP, IP_TOS), 0x10);
  assert.equal(getsockopt(s, SOL_IP, IP_MTU), 'ENOTCONN');
  assert.equal(setsockopt(s, SOL_IP, 999, 1), 'ENOPROTOOPT');
  assert.equal(setsockopt(s, SOL_RAW, ICMP_FILTER, 1), 0);
  assert.equal(getsockopt(s, SOL_RAW, ICMP_FILTER), 1);
  assert.equal(setsockopt(s, SOL_RAW, 2, 1), 'ENOPROTOOPT');
  assert.equal(setsockopt(raw(L.lab, IPPROTO_UDP), SOL_RAW, ICMP_FILTER, 1), 'EOPNOTSUPP');
  assert.equal(setsockopt(s, SOL_SOCKET, SO_BINDTODEVICE, 'nosuch'), 'ENODEV');
  const u = socket(L.lab.initNet, AF_INET, SOCK_DGRAM, 0) as Socket;
  assert.equal(setsockopt(u, SOL_IP, IP_HDRINCL, 1), 'ENOPROTOOPT');
  assert.equal(getpeername(u), 'ENOTCONN');
  assert.equal(close(s), 0);
  assert.equal(close(s), 'EBADF');
  assert.equal(setsockopt(s, SOL_IP, IP_TTL, 1), 'EBADF');
  assert.equal(sendto(s, echo(1, 1), 0, to('127.0.0.1')), 'EBADF');
  assert.equal(recvmsgDontwait(s, 100), 'EBADF');
});

test('send errors: EDESTADDRREQ unconnected, EAFNOSUPPORT, EINVAL cmsgs, EMSGSIZE with a local error queued', async () => {
  const L = icmpLab();
  await L.sh('ip link set lo up; ip link add a0 type veth peer name b0; ip link set a0 up; ip link set b0 up; ip addr add 192.168.1.1/24 dev a0');
  const s = raw(L.lab);
  assert.equal(sendmsg(s, { data: echo(1, 1) }), 'EDESTADDRREQ');
  assert.equal(sendto(s, echo(1, 1), 0, { family: AF_INET6, addr: 1, port: 0 }), 'EAFNOSUPPORT');
  assert.equal(sendmsg(s, { name: to('127.0.0.1'), data: echo(1, 1), control: [{ level: SOL_IP, type: IP_TTL, data: 0 }] }), 'EINVAL');
  assert.equal(sendto(s, new Uint8Array(0x10000), 0, to('127.0.0.1')), 'EMSGSIZE');
  setsockopt(s, SOL_IP, IP_RECVERR, 1);
  setsockopt(s, SOL_IP, IP_MTU_DISCOVER, IP_PMTUDISC_DO);
  assert.equal(recvmsgDontwait(s, 100, MSG_ERRQUEUE), 'EAGAIN');
  assert.equal(sendto(s, new Uint8Array(1481), 0, to('192.168.1.2')), 'EMSGSIZE');
  const pfd = { sock: s, events: POLLIN, revents: 0 };
  assert.equal(await poll([pfd], 0), 1);
  assert.equal(pfd.revents, POLLERR);
  const m = recvmsgDontwait(s, 100, MSG_ERRQUEUE);
  assert.ok(typeof m !== 'string');
  const e = cmsgRecverr(m.control)!;
  assert.deepEqual([e.origin, e.errno, e.info, m.name?.addr, m.flags & MSG_ERRQUEUE], [SO_EE_ORIGIN_LOCAL, 'EMSGSIZE', 1500, ip('192.168.1.2'), MSG_ERRQUEUE]);
  // connect(): then send() needs no address; getsockname() names the source.
  assert.equal(connect(s, to('192.168.1.2')), 0);
  assert.deepEqual(getsockname(s), { family: AF_INET, addr: ip('192.168.1.1'), port: 1 });
  assert.equal(getsockopt(s, SOL_IP, IP_MTU), 1500);
  assert.equal(sendmsg(s, { data: echo(1, 1) }), 12);
  assert.equal(bind(s, to('192.168.1.1')), 'EINVAL');
});

test('recvmsg: MSG_PEEK, MSG_TRUNC, SO_TIMESTAMP, IP_RECVTTL, IP_PKTINFO; a sleeping recvmsg wakes on the reply', async () => {
  const L = icmpLab();
  await L.sh('ip link set lo up');
  const s = raw(L.lab);
  setsockopt(s, SOL_RAW, ICMP_FILTER, 1 << ICMP_ECHO);
  setsockopt(s, SOL_SOCKET, SO_TIMESTAMP, 1);
  setsockopt(s, SOL_IP, IP_RECVTTL, 1);
  setsockopt(s, SOL_IP, IP_PKTINFO, 1);
  const waiting = recvmsg(s, 20, MSG_PEEK);
  assert.equal(sendto(s, echo(5, 1), 0, to('127.0.0.1')), 12);
  const peek = await drive(L.lab, waiting);
  assert.ok(typeof peek !== 'string');
  assert.equal(peek.flags, MSG_TRUNC);
  assert.equal(peek.data.length, 20);
  assert.equal(peek.len, 32);
  const m = recvmsgDontwait(s, 100);
  assert.ok(typeof m !== 'string');
  assert.equal(m.data[20], ICMP_ECHOREPLY);
  assert.deepEqual(m.name, { family: AF_INET, addr: ip('127.0.0.1'), port: 0 });
  assert.ok(cmsgTimestamp(m.control));
  assert.deepEqual(m.control.filter((c) => c.level === SOL_IP).map((c) => [c.type, c.data]), [
    [IP_PKTINFO, { ifindex: 1, specDst: ip('127.0.0.1'), addr: ip('127.0.0.1') }],
    [IP_TTL, 64],
  ]);
  assert.equal(recvmsgDontwait(s, 100), 'EAGAIN');
  // A blocking recvmsg() with no data: a signal ends it with EINTR.
  const task = new Task();
  L.lab.sched.schedule(5e8, () => task.signalWakeUp());
  assert.equal(await drive(L.lab, recvmsg(s, 100, 0, { task })), 'EINTR');
  close(s);
});

test('a full receive buffer drops (sk_drops); SO_BINDTODEVICE filters delivery; close leaves no skb referenced', async () => {
  const L = icmpLab();
  await L.sh('ip link set lo up');
  const full = raw(L.lab);
  setsockopt(full, SOL_SOCKET, SO_RCVBUF, 0);
  const other = raw(L.lab);
  assert.equal(setsockopt(other, SOL_SOCKET, SO_BINDTODEVICE, 'lo'), 0);
  const held: SkBuff[] = [];
  const tx = raw(L.lab);
  for (let i = 0; i < 20; i++) {
    sendto(tx, echo(9, i, 1000), 0, to('127.0.0.1'));
    await flush(L.lab);
    held.push(...full.sk.skReceiveQueue.toArray(), ...other.sk.skReceiveQueue.toArray());
  }
  // SOCK_MIN_RCVBUF (2304) holds a few 1 KiB packets; the rest were dropped.
  assert.ok(full.sk.skReceiveQueue.qlen < 40);
  assert.equal(full.sk.skDrops, 40 - full.sk.skReceiveQueue.qlen);
  assert.equal(other.sk.skReceiveQueue.qlen, 40);
  assert.ok(full.sk.skRmemAlloc > 0);
  close(full);
  close(other);
  close(tx);
  assert.equal(full.sk.skRmemAlloc, 0);
  assert.equal(other.sk.skRmemAlloc, 0);
  assert.ok(held.length > 0);
  assert.ok(held.every((skb) => skb.users === 0), 'every skb a socket held is freed');
  assert.equal(L.lab.initNet.ipv4.rawV4Hashinfo.all().length, 0);
  // A socket bound to another device sees nothing of lo.
  await L.sh('ip link add d0 type veth peer name d1');
  const bound = raw(L.lab);
  assert.equal(setsockopt(bound, SOL_SOCKET, SO_BINDTODEVICE, 'd0'), 0);
  const tx2 = raw(L.lab);
  sendto(tx2, echo(9, 1), 0, to('127.0.0.1'));
  await flush(L.lab);
  assert.equal(bound.sk.skReceiveQueue.qlen, 0);
  assert.equal(tx2.sk.skReceiveQueue.qlen, 2);
});

test('poll() timeouts wake at the end of their hrtimer range: 0.1% slack, at least 50 us, at most 100 ms (select_estimate_accuracy)', async () => {
  const L = icmpLab();
  const s = socket(L.lab.initNet, AF_INET, SOCK_DGRAM, IPPROTO_UDP) as Socket;
  const waited = async (ms: number): Promise<number> => {
    const t0 = L.lab.sched.now;
    assert.equal(await drive(L.lab, poll([{ sock: s, events: POLLIN, revents: 0 }], ms)), 0);
    return L.lab.sched.now - t0;
  };
  assert.equal(await waited(1000), 1001e6);
  assert.equal(await waited(10), 10e6 + 50e3);
  assert.equal(await waited(200_000), 200_100e6);
  assert.equal(await waited(0), 0);
  close(s);
});

test('connect() of a stream socket keeps sock->state: EALREADY while the handshake runs, then how it ended once (0 or the error), then EISCONN or a new handshake', async () => {
  const L = icmpLab();
  await L.sh('ip link set lo up');
  const net = L.lab.initNet;
  const lsn = socket(net, AF_INET, SOCK_STREAM, 0);
  assert.ok(typeof lsn !== 'string');
  assert.equal(bind(lsn, to('127.0.0.1', 7000)), 0);
  assert.equal(listen(lsn, 1), 0);
  const ok = socket(net, AF_INET, SOCK_STREAM, 0);
  assert.ok(typeof ok !== 'string');
  assert.deepEqual([connect(ok, to('127.0.0.1', 7000)), connect(ok, to('127.0.0.1', 7000))], ['EINPROGRESS', 'EALREADY']);
  await flush(L.lab);
  assert.deepEqual([connect(ok, to('127.0.0.1', 7000)), connect(ok, to('127.0.0.1', 7000))], [0, 'EISCONN']);
  const refused = socket(net, AF_INET, SOCK_STREAM, 0);
  assert.ok(typeof refused !== 'string');
  assert.equal(connect(refused, to('127.0.0.1', 7001)), 'EINPROGRESS');
  await flush(L.lab);
  assert.deepEqual([connect(refused, to('127.0.0.1', 7001)), connect(refused, to('127.0.0.1', 7001))], ['ECONNREFUSED', 'EINPROGRESS']);
  await flush(L.lab);
  assert.equal(connect(refused, to('127.0.0.1', 7001)), 'ECONNREFUSED');
});
