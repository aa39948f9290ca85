import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Lab } from '../../lab/lab.js';
import type { Net } from '../core/net_namespace.js';
import { IcmpStat, IpStat } from '../core/snmp.js';
import {
  ICMP_DEST_UNREACH, ICMP_ECHO, ICMP_ECHOREPLY, ICMP_PROT_UNREACH, ICMP_REDIRECT, ICMP_TIMESTAMP, ICMP_TIMESTAMPREPLY,
  ICMP_TIME_EXCEEDED,
} from '../../wire/icmp.js';
import { csumFold, csumPartial } from '../../wire/checksum.js';
import { IPPROTO_ICMP, parseIp } from '../../wire/ipv4.js';
import { rawSocket, type RawMsg, type RawSocket } from './raw.testutil.js';
import { EXEC_COST_NS } from '../../lab/lab.js';
import { ROUTER_LAB, icmpLab } from './icmp.testutil.js';


const ip = (s: string): number => parseIp(s)!;

function icmpMsg(type: number, id: number, seq: number, data: number[] = [1, 2, 3, 4]): Uint8Array {
  const b = new Uint8Array([type, 0, 0, 0, id >> 8, id & 0xff, seq >> 8, seq & 0xff, ...data]);
  const c = csumFold(csumPartial(b, 0, b.length, 0));
  b[2] = c >> 8;
  b[3] = c & 0xff;
  return b;
}

async function flush(lab: Lab): Promise<void> {
  await lab.sched.runWhile(() => lab.sched.nextExpiry() <= lab.sched.now);
}

async function advance(lab: Lab, ns: number): Promise<void> {
  const until = lab.sched.now + ns;
  lab.sched.schedule(ns, () => {});
  await lab.sched.runWhile(() => lab.sched.now < until);
}

/** The ICMP messages queued on `s` (type, code, source). */
function drain(s: RawSocket): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  for (let m = s.recvmsg(); typeof m !== 'string' || m !== 'EAGAIN'; m = s.recvmsg()) {
    if (typeof m === 'string') continue;
    const h = (m.data[0]! & 15) * 4;
    out.push([m.data[h]!, m.data[h + 1]!, m.saddr]);
  }
  return out;
}

const outMsg = (net: Net, type: number): number => net.mib.icmpmsg[0x100 | type]!;
const inMsg = (net: Net, type: number): number => net.mib.icmpmsg[type]!;

test('icmp_echo_ignore_all: echo requests counted, never answered', async () => {
  const L = icmpLab();
  await L.sh('ip link set lo up; sysctl -qw net.ipv4.icmp_echo_ignore_all=1');
  const net = L.lab.initNet;
  const s = rawSocket(net, IPPROTO_ICMP);
  s.setIcmpFilter(1 << ICMP_ECHO);
  s.sendto(ip('127.0.0.1'), icmpMsg(ICMP_ECHO, 1, 1));
  await flush(L.lab);
  assert.deepEqual(drain(s), []);
  assert.equal(inMsg(net, ICMP_ECHO), 1);
  assert.equal(outMsg(net, ICMP_ECHOREPLY), 0);
  await L.sh('sysctl -qw net.ipv4.icmp_echo_ignore_all=0');
  s.sendto(ip('127.0.0.1'), icmpMsg(ICMP_ECHO, 1, 2));
  await flush(L.lab);
  assert.deepEqual(drain(s), [[ICMP_ECHOREPLY, 0, ip('127.0.0.1')]]);
});

test('echo to a broadcast: ignored by default (InErrors), answered from the unicast address otherwise', async () => {
  const L = icmpLab();
  await L.sh(`ip netns add a; ip netns add b
ip link add a0 netns a type veth peer name b0 netns b
ip -n a link set a0 up; ip -n b link set b0 up
ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0`);
  const b = L.ns('b');
  const s = rawSocket(L.ns('a'), IPPROTO_ICMP);
  s.broadcast = true;
  s.setIcmpFilter(1 << ICMP_ECHO);
  s.sendto(ip('10.0.0.255'), icmpMsg(ICMP_ECHO, 1, 1));
  await flush(L.lab);
  assert.deepEqual(drain(s), []);
  assert.equal(b.mib.icmp[IcmpStat.INERRORS], 1);
  await L.sh('ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0');
  s.sendto(ip('10.0.0.255'), icmpMsg(ICMP_ECHO, 1, 2));
  await flush(L.lab);
  assert.deepEqual(drain(s), [[ICMP_ECHOREPLY, 0, ip('10.0.0.2')]]);
});

test('reply TTL is ip_default_ttl, TOS copied from the request', async () => {
  const L = icmpLab();
  await L.sh('ip link set lo up; sysctl -qw net.ipv4.ip_default_ttl=100');
  const s = rawSocket(L.lab.initNet, IPPROTO_ICMP);
  s.setIcmpFilter(1 << ICMP_ECHO);
  s.sendto(ip('127.0.0.1'), icmpMsg(ICMP_ECHO, 1, 1), { tos: 0x10 });
  await flush(L.lab);
  const m = s.recvmsg() as RawMsg;
  assert.equal(m.ttl, 100);
  assert.equal(m.tos, 0x10);
});

test('a bad checksum: InCsumErrors and InErrors, no reply', async () => {
  const L = icmpLab();
  await L.sh('ip link set lo up');
  const net = L.lab.initNet;
  const s = rawSocket(net, IPPROTO_ICMP);
  s.setIcmpFilter(1 << ICMP_ECHO);
  const bad = icmpMsg(ICMP_ECHO, 1, 1);
  bad[3] = bad[3]! ^ 0xff;
  s.sendto(ip('127.0.0.1'), bad);
  await flush(L.lab);
  assert.deepEqual(drain(s), []);
  assert.equal(net.mib.icmp[IcmpStat.CSUMERRORS], 1);
  assert.equal(net.mib.icmp[IcmpStat.INERRORS], 1);
  assert.equal(net.mib.icmp[IcmpStat.INMSGS], 1);
});

test('timestamp request: a reply with the originate timestamp and two of ours', async () => {
  const L = icmpLab();
  await L.sh('ip link set lo up; sleep 1.5');
  const s = rawSocket(L.lab.initNet, IPPROTO_ICMP);
  s.setIcmpFilter(1 << ICMP_TIMESTAMP);
  s.sendto(ip('127.0.0.1'), icmpMsg(ICMP_TIMESTAMP, 1, 1, [0, 0, 0, 42, 0, 0, 0, 0, 0, 0, 0, 0]));
  await flush(L.lab);
  const m = s.recvmsg() as RawMsg;
  const t = m.data.subarray(20);
  assert.equal(t[0], ICMP_TIMESTAMPREPLY);
  assert.deepEqual([...t.subarray(8, 12)], [0, 0, 0, 42]);
  const recv = (t[12]! << 24) | (t[13]! << 16) | (t[14]! << 8) | t[15]!;
  // ms since midnight UTC: the 1.5 s of sleep and the starts of ip and sleep (Lab.execCostNs each)
  assert.equal(recv, 1500 + (2 * EXEC_COST_NS) / 1e6);
});

test('TTL exceeded through a router; icmp_errors_use_inbound_ifaddr picks the inbound address', async () => {
  const L = icmpLab();
  await L.sh(ROUTER_LAB + 'ip netns exec r sysctl -qw net.ipv4.ip_forward=1');
  const r = L.ns('r');
  const s = rawSocket(L.ns('a'), IPPROTO_ICMP);
  s.setIcmpFilter(~(1 << ICMP_TIME_EXCEEDED));
  s.sendto(ip('10.2.0.2'), icmpMsg(ICMP_ECHO, 1, 1), { ttl: 1 });
  await flush(L.lab);
  assert.deepEqual(drain(s), [[ICMP_TIME_EXCEEDED, 0, ip('10.1.0.1')]]);
  assert.equal(outMsg(r, ICMP_TIME_EXCEEDED), 1);
  assert.equal(r.mib.ip[IpStat.INHDRERRORS], 1);
  // The route back prefers another source; the sysctl overrides it.
  await L.sh('ip -n r route replace 10.1.0.0/24 dev r0 src 10.2.0.1');
  await advance(L.lab, 2e9);
  s.sendto(ip('10.2.0.2'), icmpMsg(ICMP_ECHO, 1, 2), { ttl: 1 });
  await flush(L.lab);
  assert.deepEqual(drain(s), [[ICMP_TIME_EXCEEDED, 0, ip('10.2.0.1')]]);
  await L.sh('ip netns exec r sysctl -qw net.ipv4.icmp_errors_use_inbound_ifaddr=1');
  await advance(L.lab, 2e9);
  s.sendto(ip('10.2.0.2'), icmpMsg(ICMP_ECHO, 1, 3), { ttl: 1 });
  await flush(L.lab);
  assert.deepEqual(drain(s), [[ICMP_TIME_EXCEEDED, 0, ip('10.1.0.1')]]);
});

/** Ten probes with TTL 1 at the same instant from a through r. */
async function burstTtl1(L: ReturnType<typeof icmpLab>, s: RawSocket, n = 10): Promise<number> {
  for (let i = 0; i < n; i++) s.sendto(ip('10.2.0.2'), icmpMsg(ICMP_ECHO, 1, i), { ttl: 1 });
  await flush(L.lab);
  return drain(s).length;
}

test('per-peer rate limit: a burst of 6 (XRLIM_BURST_FACTOR), then one per icmp_ratelimit', async () => {
  const L = icmpLab();
  await L.sh(ROUTER_LAB + 'ip netns exec r sysctl -qw net.ipv4.ip_forward=1');
  const r = L.ns('r');
  const s = rawSocket(L.ns('a'), IPPROTO_ICMP);
  s.setIcmpFilter(~(1 << ICMP_TIME_EXCEEDED));
  assert.equal(await burstTtl1(L, s), 6);
  assert.equal(r.mib.icmp[IcmpStat.RATELIMITHOST], 4);
  await advance(L.lab, 999e6);
  assert.equal(await burstTtl1(L, s), 0);
  await advance(L.lab, 1e6);
  assert.equal(await burstTtl1(L, s), 1);
  await advance(L.lab, 10e9);
  assert.equal(await burstTtl1(L, s), 6);
  await L.sh('ip netns exec r sysctl -qw net.ipv4.icmp_ratelimit=0');
  assert.equal(await burstTtl1(L, s), 10);
  await L.sh('ip netns exec r sysctl -qw net.ipv4.icmp_ratelimit=1000 net.ipv4.icmp_ratemask=0');
  assert.equal(await burstTtl1(L, s), 10);
});

test('icmp_msgs_burst: each namespace has a bucket of its own, spent only by what the peer limit lets out', async () => {
  const L = icmpLab();
  await L.sh(ROUTER_LAB + 'ip netns exec r sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0 net.ipv4.icmp_msgs_burst=5');
  const r = L.ns('r');
  const s = rawSocket(L.ns('a'), IPPROTO_ICMP);
  s.setIcmpFilter(~(1 << ICMP_TIME_EXCEEDED));
  // Any credit left lets a message out; each costs 0 to 2 (icmp_global_consume()): at least 3 of 5.
  const first = await burstTtl1(L, s, 20);
  assert.ok(first >= 3 && first < 20, String(first));
  assert.equal(r.mib.icmp[IcmpStat.RATELIMITGLOBAL], 20 - first);
  // Nothing is refilled before HZ/50.
  await advance(L.lab, 10e6);
  assert.equal(await burstTtl1(L, s, 20), 0);
  await advance(L.lab, 1e9);
  assert.ok((await burstTtl1(L, s, 20)) >= 3);
  // With r's bucket empty, b's is still full: 10 protocol unreachables from b (icmp_ratelimit 0 there).
  assert.equal(await burstTtl1(L, s, 20), 0);
  await L.sh('ip netns exec b sysctl -qw net.ipv4.icmp_ratelimit=0');
  const u = rawSocket(L.ns('a'), 253);
  const e = rawSocket(L.ns('a'), IPPROTO_ICMP);
  e.setIcmpFilter(~(1 << ICMP_DEST_UNREACH));
  for (let i = 0; i < 10; i++) u.sendto(ip('10.2.0.2'), new Uint8Array(8));
  await flush(L.lab);
  assert.equal(drain(e).length, 10);
  assert.equal(L.ns('b').mib.icmp[IcmpStat.RATELIMITGLOBAL], 0);
});

test('ip_error: unreachable/prohibit answer with the shared token bucket; blackhole is silent', async () => {
  const L = icmpLab();
  await L.sh(ROUTER_LAB + `ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip -n r route add unreachable 10.4.0.0/16
ip -n r route add prohibit 10.5.0.0/16
ip -n r route add blackhole 10.6.0.0/16`);
  const r = L.ns('r');
  const s = rawSocket(L.ns('a'), IPPROTO_ICMP);
  s.setIcmpFilter(~(1 << ICMP_DEST_UNREACH));
  for (let i = 0; i < 10; i++) s.sendto(ip('10.4.0.9'), icmpMsg(ICMP_ECHO, 1, i));
  await flush(L.lab);
  // ip_error spends ip_rt_error_cost and icmp_send spends icmp_ratelimit from the same tokens.
  assert.deepEqual(drain(s), [[ICMP_DEST_UNREACH, 1, ip('10.1.0.1')], [ICMP_DEST_UNREACH, 1, ip('10.1.0.1')]]);
  assert.equal(r.mib.icmp[IcmpStat.RATELIMITHOST], 1);
  await advance(L.lab, 60e9);
  s.sendto(ip('10.5.0.9'), icmpMsg(ICMP_ECHO, 1, 1));
  s.sendto(ip('10.6.0.9'), icmpMsg(ICMP_ECHO, 1, 1));
  s.sendto(ip('10.3.0.9'), icmpMsg(ICMP_ECHO, 1, 1));
  await flush(L.lab);
  assert.deepEqual(drain(s), [[ICMP_DEST_UNREACH, 13, ip('10.1.0.1')], [ICMP_DEST_UNREACH, 0, ip('10.1.0.1')]]);
  assert.equal(r.mib.ip[IpStat.INNOROUTES], 1);
  assert.equal(outMsg(r, ICMP_DEST_UNREACH), 4);
});

test('ip_error on a host that does not forward: InAddrErrors, no ICMP', async () => {
  const L = icmpLab();
  await L.sh(ROUTER_LAB);
  const r = L.ns('r');
  const s = rawSocket(L.ns('a'), IPPROTO_ICMP);
  s.sendto(ip('10.2.0.2'), icmpMsg(ICMP_ECHO, 1, 1));
  s.sendto(ip('10.9.0.9'), icmpMsg(ICMP_ECHO, 1, 1));
  await flush(L.lab);
  assert.equal(r.mib.ip[IpStat.INADDRERRORS], 2);
  assert.equal(r.mib.icmp[IcmpStat.OUTMSGS], 0);
});

test('protocol unreachable reaches the raw socket of that protocol through IP_RECVERR', async () => {
  const L = icmpLab();
  await L.sh(ROUTER_LAB);
  const s = rawSocket(L.ns('a'), 200);
  s.recverr = true;
  s.sendto(ip('10.1.0.1'), new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
  await flush(L.lab);
  assert.equal(s.recvmsg(), 'ENOPROTOOPT');
  const e = s.recvErr()!;
  assert.deepEqual([e.type, e.code, e.offender, e.target], [ICMP_DEST_UNREACH, ICMP_PROT_UNREACH, ip('10.1.0.1'), ip('10.1.0.1')]);
  assert.deepEqual([...e.payload], [1, 2, 3, 4, 5, 6, 7, 8]);
});

test('redirect: sent when a packet leaves by the interface it came in on, with exponential backoff', async () => {
  const L = icmpLab();
  await L.sh(ROUTER_LAB + `ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip -n a route add 10.1.0.77/32 via 10.1.0.1`);
  const a = L.ns('a');
  const r = L.ns('r');
  const s = rawSocket(a, IPPROTO_ICMP);
  s.setIcmpFilter(~(1 << ICMP_REDIRECT));
  for (let i = 0; i < 5; i++) s.sendto(ip('10.1.0.77'), icmpMsg(ICMP_ECHO, 1, i));
  await flush(L.lab);
  const got = s.recvmsg() as RawMsg;
  assert.equal(got.data[20], ICMP_REDIRECT);
  assert.equal(got.data[21], 1);
  assert.deepEqual([...got.data.subarray(24, 28)], [10, 1, 0, 77]);
  assert.equal(s.recvmsg(), 'EAGAIN');
  assert.equal(outMsg(r, ICMP_REDIRECT), 1);
  assert.equal(inMsg(a, ICMP_REDIRECT), 1);
  // ip_rt_redirect_load << 1 jiffies later (40 ms), the next one goes.
  await advance(L.lab, 44e6);
  s.sendto(ip('10.1.0.77'), icmpMsg(ICMP_ECHO, 1, 9));
  await flush(L.lab);
  assert.equal(outMsg(r, ICMP_REDIRECT), 2);
});
