import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Lab } from '../../lab/lab.js';
import type { Net } from '../core/net_namespace.js';
import { IcmpStat, IpStat } from '../core/snmp.js';
import { ICMP_ECHO, ICMP_ECHOREPLY, ICMP_TIME_EXCEEDED } from '../../wire/icmp.js';
import { csumFold, csumPartial } from '../../wire/checksum.js';
import { IPPROTO_ICMP, parseIp } from '../../wire/ipv4.js';
import { rawSocket, type RawMsg } from './raw.testutil.js';
import { IP_PMTUDISC_DO } from '../../uapi/linux/in.js';
import { AF_INET, SOCK_DGRAM, SOL_SOCKET, SO_BROADCAST } from '../../uapi/linux/socket.js';
import { close, connect, getsockname, setsockopt, socket, type Socket } from '../socket.js';
import { ROUTER_LAB, icmpLab } from './icmp.testutil.js';
import { drive } from '../../sim/drive.testutil.js';


const ip = (s: string): number => parseIp(s)!;

/** An echo request with a correct checksum. */
function echo(id: number, seq: number, data: number[] = [1, 2, 3, 4]): Uint8Array {
  const b = new Uint8Array([ICMP_ECHO, 0, 0, 0, id >> 8, id & 0xff, seq >> 8, seq & 0xff, ...data]);
  const c = csumFold(csumPartial(b, 0, b.length, 0));
  b[2] = c >> 8;
  b[3] = c & 0xff;
  return b;
}

/** Let the packets in flight (zero-delay events) arrive. */
async function flush(lab: Lab): Promise<void> {
  await lab.sched.runWhile(() => lab.sched.nextExpiry() <= lab.sched.now);
}

const icmpType = (m: RawMsg): number => m.data[(m.data[0]! & 15) * 4]!;

test('echo to 127.0.0.1: the raw socket sees its request, then the reply (ttl 64, from 127.0.0.1)', async () => {
  const L = icmpLab();
  await L.sh('ip link set lo up');
  const net = L.lab.initNet;
  const s = rawSocket(net, IPPROTO_ICMP);
  assert.equal(s.sendto(ip('127.0.0.1'), echo(7, 1)), 12);
  await flush(L.lab);
  const req = s.recvmsg() as RawMsg;
  const rep = s.recvmsg() as RawMsg;
  assert.equal(icmpType(req), ICMP_ECHO);
  assert.equal(icmpType(rep), ICMP_ECHOREPLY);
  assert.equal(rep.saddr, ip('127.0.0.1'));
  assert.equal(rep.ttl, 64);
  assert.deepEqual([...rep.data.subarray(28)], [1, 2, 3, 4]);
  assert.equal(s.recvmsg(), 'EAGAIN');
  assert.equal(net.mib.icmp[IcmpStat.OUTMSGS], 2);
  assert.equal(net.mib.icmpmsg[0x100 | ICMP_ECHO], 1);
  assert.equal(net.mib.icmpmsg[0x100 | ICMP_ECHOREPLY], 1);
  assert.equal(net.mib.icmpmsg[ICMP_ECHO], 1);
  assert.equal(net.mib.icmp[IcmpStat.INMSGS], 2);
  s.close();
});

test('ICMP_FILTER blocks by type; recv() times out on the virtual clock', async () => {
  const L = icmpLab();
  await L.sh('ip link set lo up');
  const s = rawSocket(L.lab.initNet, IPPROTO_ICMP);
  assert.equal(s.setIcmpFilter(1 << ICMP_ECHO), null);
  s.sendto(ip('127.0.0.1'), echo(7, 1));
  const m = await drive(L.lab, s.recv(1e9));
  assert.equal(icmpType(m!), ICMP_ECHOREPLY);
  const t0 = L.lab.sched.now;
  assert.equal(await drive(L.lab, s.recv(1e9)), null);
  // poll() of 1000 ms wakes at the end of its hrtimer range: 0.1% slack (select_estimate_accuracy()).
  assert.equal(L.lab.sched.now - t0, 1e9 + 1e6);
  assert.equal(rawSocket(L.lab.initNet, 17).setIcmpFilter(0), 'EOPNOTSUPP');
  s.close();
});

test('sendto errors: no route, unreachable, prohibit, blackhole, broadcast, too big', async () => {
  const L = icmpLab();
  const net = L.lab.initNet;
  const s = rawSocket(net, IPPROTO_ICMP);
  assert.equal(s.sendto(ip('127.0.0.1'), echo(1, 1)), 'ENETUNREACH');
  await L.sh(`ip link set lo up
ip link add a0 type veth peer name b0
ip link set a0 up
ip link set b0 up
ip addr add 192.168.1.1/24 dev a0
ip route add unreachable 10.4.0.0/16
ip route add prohibit 10.5.0.0/16
ip route add blackhole 10.6.0.0/16`);
  assert.equal(s.sendto(ip('10.4.0.1'), echo(1, 1)), 'EHOSTUNREACH');
  assert.equal(s.sendto(ip('10.5.0.1'), echo(1, 1)), 'EACCES');
  assert.equal(s.sendto(ip('10.6.0.1'), echo(1, 1)), 'EINVAL');
  assert.equal(s.sendto(ip('11.0.0.1'), echo(1, 1)), 'ENETUNREACH');
  assert.equal(s.sendto(ip('192.168.1.255'), echo(1, 1)), 'EACCES');
  s.broadcast = true;
  assert.equal(s.sendto(ip('192.168.1.255'), echo(1, 1)), 12);
  assert.equal(s.sendto(ip('127.0.0.1'), new Uint8Array(0x10000)), 'EMSGSIZE');
  s.recverr = true;
  s.setMtuDiscover(IP_PMTUDISC_DO);
  assert.equal(s.sendto(ip('192.168.1.2'), new Uint8Array(1481)), 'EMSGSIZE');
  const e = s.recvErr()!;
  assert.deepEqual([e.origin, e.errno, e.info, e.target], ['local', 'EMSGSIZE', 1500, ip('192.168.1.2')]);
  assert.equal(s.sendto(ip('192.168.1.2'), new Uint8Array(1480)), 1480);
  assert.equal(s.setTtl(0), 'EINVAL');
  assert.equal(s.setTtl(256), 'EINVAL');
  assert.equal(s.setTtl(-1), null);
  assert.equal(s.bind(ip('10.9.9.9')), 'EADDRNOTAVAIL');
  assert.equal(s.bind(ip('192.168.1.1'), 'nosuch'), 'ENODEV');
  assert.equal(s.bind(ip('192.168.1.1'), 'a0'), null);
  s.close();
  void drive;
});

test('connect() of a UDP socket: the source a route chooses, EACCES for broadcast, OutNoRoutes', async () => {
  const L = icmpLab();
  const net = L.lab.initNet;
  await L.sh('ip link add a0 type veth peer name b0; ip link set a0 up; ip link set b0 up; ip addr add 192.168.1.1/24 dev a0');
  const udp = (): Socket => socket(net, AF_INET, SOCK_DGRAM, 0) as Socket;
  const to = (a: string): { family: number; addr: number; port: number } => ({ family: AF_INET, addr: ip(a), port: 1025 });
  const s = udp();
  assert.equal(connect(s, to('192.168.1.7')), 0);
  // inet_dgram_connect() autobinds: an ephemeral port of ip_local_port_range.
  const name = getsockname(s);
  assert.ok(typeof name !== 'string' && name.addr === ip('192.168.1.1') && name.port >= 32768 && name.port <= 60999);
  close(s);
  const b = udp();
  assert.equal(connect(b, to('192.168.1.255')), 'EACCES');
  setsockopt(b, SOL_SOCKET, SO_BROADCAST, 1);
  assert.equal(connect(b, to('192.168.1.255')), 0);
  assert.equal(connect(udp(), to('8.8.8.8')), 'ENETUNREACH');
  assert.equal(net.mib.ip[15], 1);
});

test('IP_RECVERR: a time exceeded about our echo joins the error queue and sets sk_err', async () => {
  const L = icmpLab();
  await L.sh(ROUTER_LAB + 'ip netns exec r sysctl -qw net.ipv4.ip_forward=1');
  const a = L.ns('a');
  const s = rawSocket(a, IPPROTO_ICMP);
  s.recverr = true;
  s.setIcmpFilter(~((1 << ICMP_ECHOREPLY) | (1 << ICMP_TIME_EXCEEDED)));
  assert.equal(s.sendto(ip('10.2.0.2'), echo(9, 3), { ttl: 1 }), 12);
  assert.equal(await drive(L.lab, s.wait(1e9)), 'ready');
  assert.equal(s.recvmsg(), 'EHOSTUNREACH');
  const e = s.recvErr()!;
  assert.equal(e.origin, 'icmp');
  assert.equal(e.type, ICMP_TIME_EXCEEDED);
  assert.equal(e.offender, ip('10.1.0.1'));
  assert.equal(e.target, ip('10.2.0.2'));
  assert.deepEqual([...e.payload.subarray(0, 8)], [...echo(9, 3).subarray(0, 8)]);
  assert.equal(s.skErr, null);
  // The error packet itself passed the filter too.
  const m = s.recvmsg() as RawMsg;
  assert.equal(icmpType(m), ICMP_TIME_EXCEEDED);
  assert.equal(m.saddr, ip('10.1.0.1'));
  s.close();
});

/** An IP_HDRINCL sender (protocol 255), a receiver of protocol 253, and a 24-byte datagram to 127.0.0.1 (TTL 9, protocol 253) whose length, source and checksum the kernel fills. */
function hdrinclPair(net: Net) {
  const tx = rawSocket(net, 255);
  tx.hdrincl = true;
  const rx = rawSocket(net, 253);
  const pkt = new Uint8Array(24);
  pkt.set([0x45, 0, 0, 0, 0, 0, 0x40, 0, 9, 253], 0);
  pkt.set([127, 0, 0, 1], 16);
  return { tx, rx, pkt };
}

test('IP_HDRINCL: the kernel fills source, length and checksum; raw delivery by protocol', async () => {
  const L = icmpLab();
  await L.sh('ip link set lo up');
  const net = L.lab.initNet;
  const { tx, rx, pkt } = hdrinclPair(net);
  pkt.set([0xde, 0xad, 0xbe, 0xef], 20);
  assert.equal(tx.sendto(ip('127.0.0.1'), pkt), 24);
  const m = await drive(L.lab, rx.recv(1e9));
  assert.ok(m);
  assert.equal(m.saddr, ip('127.0.0.1'));
  assert.equal(m.ttl, 9);
  assert.equal((m.data[2]! << 8) | m.data[3]!, 24);
  assert.deepEqual([...m.data.subarray(20)], [0xde, 0xad, 0xbe, 0xef]);
  tx.close();
  rx.close();
});

test('IP_HDRINCL: no OutRequests (LOCAL_OUT directly); an IHL under 5 or past the data is EINVAL and OutDiscards', async () => {
  const L = icmpLab();
  await L.sh('ip link set lo up');
  const net = L.lab.initNet;
  // A socket of protocol 253 takes the datagram: no protocol unreachable (whose icmp_send() counts OutRequests).
  const { tx, rx, pkt } = hdrinclPair(net);
  const before = [net.mib.ip[IpStat.OUTREQUESTS]!, net.mib.ip[IpStat.OUTDISCARDS]!];
  assert.equal(tx.sendto(ip('127.0.0.1'), pkt), 24);
  pkt[0] = 0x44;
  assert.equal(tx.sendto(ip('127.0.0.1'), pkt), 'EINVAL');
  pkt[0] = 0x47;
  assert.equal(tx.sendto(ip('127.0.0.1'), pkt), 'EINVAL');
  await flush(L.lab);
  assert.deepEqual([net.mib.ip[IpStat.OUTREQUESTS]!, net.mib.ip[IpStat.OUTDISCARDS]!], [before[0], before[1]! + 2]);
  tx.close();
  rx.close();
});
