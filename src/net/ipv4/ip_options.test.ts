import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Lab } from '../../lab/lab.js';
import type { Net } from '../core/net_namespace.js';
import { IpStat } from '../core/snmp.js';
import { getsockopt, recvmsgDontwait, setsockopt } from '../socket.js';
import { SOL_IP } from '../../uapi/linux/socket.js';
import { IP_OPTIONS, IP_RECVOPTS, IP_RETOPTS } from '../../uapi/linux/in.js';
import { ICMP_DEST_UNREACH, ICMP_ECHO, ICMP_ECHOREPLY, ICMP_PARAMETERPROB, ICMP_SR_FAILED } from '../../wire/icmp.js';
import { csumFold, csumPartial } from '../../wire/checksum.js';
import { getU32 } from '../../wire/bytes.js';
import { IPPROTO_ICMP, IPPROTO_RAW, Ipv4Packet, Ipv4Repr, parseIp } from '../../wire/ipv4.js';
import { rawSocket, type RawMsg, type RawSocket } from './raw.testutil.js';
import { ROUTER_LAB, icmpLab } from './icmp.testutil.js';
import { ipOptionsGet, ipOptionsUndo } from './ip_options.js';

const ip = (s: string): number => parseIp(s)!;
const A = ip('10.1.0.2');
const R_IN = ip('10.1.0.1');
const R_OUT = ip('10.2.0.1');
const B = ip('10.2.0.2');

function echo(id: number, seq: number): Uint8Array {
  const b = new Uint8Array([ICMP_ECHO, 0, 0, 0, id >> 8, id & 0xff, seq >> 8, seq & 0xff, 1, 2, 3, 4]);
  const c = csumFold(csumPartial(b, 0, b.length, 0));
  b[2] = c >> 8;
  b[3] = c & 0xff;
  return b;
}

/** A whole datagram (for IP_HDRINCL): an echo request with these option bytes. */
function datagram(saddr: number, daddr: number, options: number[]): Uint8Array {
  const payload = echo(7, 1);
  const r = { tos: 0, id: 1, fragOff: 0, ttl: 64, protocol: IPPROTO_ICMP, saddr, daddr, options: new Uint8Array(options), payloadLen: payload.length };
  const hlen = Ipv4Repr.bufferLen(r);
  const b = new Uint8Array(hlen + payload.length);
  Ipv4Repr.emit(r, Ipv4Packet.newUnchecked(b));
  b.set(payload, hlen);
  return b;
}

async function flush(lab: Lab): Promise<void> {
  await lab.sched.runWhile(() => lab.sched.nextExpiry() <= lab.sched.now);
}

/** The ICMP messages of type `type` that reached `s`, whole IP packets. */
function received(s: RawSocket, type: number): RawMsg[] {
  const out: RawMsg[] = [];
  for (let m = s.recvmsg(); m !== 'EAGAIN'; m = s.recvmsg()) {
    if (typeof m === 'string') continue;
    if (m.data[(m.data[0]! & 15) * 4] === type) out.push(m);
  }
  return out;
}

/** The addresses of a record route (or source route) option at `o` in `b`. */
function routeAddrs(b: Uint8Array, o: number): number[] {
  const out: number[] = [];
  for (let i = 3; i + 4 <= b[o + 1]!; i += 4) out.push(getU32(b, o + i));
  return out;
}

async function routerLab(extra = '') {
  const L = icmpLab();
  const r = await L.sh(ROUTER_LAB + 'ip netns exec r sysctl -qw net.ipv4.ip_forward=1\n' + extra);
  assert.equal(r.status, 0, r.output);
  const drops: string[] = [];
  L.lab.tracer.sink = (ev) => {
    if (ev.drop !== null) drops.push(`${ev.fn}:${ev.drop}`);
  };
  return { ...L, drops };
}

const inHdrErrors = (net: Net): number => net.mib.ip[IpStat.INHDRERRORS]!;

test('ip_options_get: padded with END, first hop of a source route kept apart, undone for getsockopt', () => {
  const L = icmpLab();
  const net = L.lab.initNet;
  const rr = ipOptionsGet(net, new Uint8Array([1, 7, 7, 4, 0, 0, 0, 0]));
  assert.ok(typeof rr !== 'string');
  assert.equal(rr.optlen, 8);
  assert.equal(rr.rr, 21);
  assert.ok(rr.rrNeedaddr);
  assert.deepEqual([...ipOptionsUndo(rr)], [1, 7, 7, 4, 0, 0, 0, 0]);
  const lsrr = ipOptionsGet(net, new Uint8Array([1, 131, 11, 4, 10, 1, 0, 1, 10, 2, 0, 2]));
  assert.ok(typeof lsrr !== 'string');
  assert.equal(lsrr.faddr, R_IN);
  assert.equal(lsrr.srr, 21);
  assert.equal(getU32(lsrr.data, 4), B);
  assert.deepEqual([...ipOptionsUndo(lsrr)], [1, 131, 11, 4, 10, 1, 0, 1, 10, 2, 0, 2]);
  const ts = ipOptionsGet(net, new Uint8Array([68, 8, 5, 0, 0, 0, 0, 0]));
  assert.ok(typeof ts !== 'string');
  assert.equal(ts.optlen, 8);
  assert.ok(ts.tsNeedtime);
});

test('ip_options_get: invalid options are EINVAL (pointer, duplicates, lengths, a socket route not at its start)', () => {
  const net = icmpLab().lab.initNet;
  for (const bad of [
    [7, 7, 3, 0, 0, 0, 0], // RR pointer below 4
    [7, 3, 4, 7, 3, 4], // two RR
    [7, 1], // length below 2
    [7, 9, 4, 0], // length past the end
    [131, 7, 8, 10, 1, 0, 1], // LSRR pointer not at the first address
    [131, 8, 4, 10, 1, 0, 1, 0], // LSRR length not 3 + 4n
    [68, 8, 4, 0, 0, 0, 0, 0], // TS pointer below 5
    [68, 12, 5, 1, 0, 0, 0, 0], // TS+ADDR with no room for address and time
  ]) assert.equal(ipOptionsGet(net, new Uint8Array(bad)), 'EINVAL', JSON.stringify(bad));
  assert.equal(ipOptionsGet(net, new Uint8Array(41)), 'EINVAL');
  const s = rawSocket(net, IPPROTO_ICMP);
  assert.equal(setsockopt(s.s, SOL_IP, IP_OPTIONS, new Uint8Array([7, 7, 3, 0, 0, 0, 0])), 'EINVAL');
  assert.equal(setsockopt(s.s, SOL_IP, IP_OPTIONS, new Uint8Array([1, 7, 7, 4, 0, 0, 0, 0])), 0);
  assert.deepEqual([...(getsockopt(s.s, SOL_IP, IP_OPTIONS) as Uint8Array)], [1, 7, 7, 4, 0, 0, 0, 0]);
});

test('record route across a router: each hop fills a slot, the echo reply carries them back', async () => {
  const L = await routerLab();
  const s = rawSocket(L.ns('a'), IPPROTO_ICMP);
  const rr = new Uint8Array(40);
  rr.set([1, 7, 39, 4]);
  assert.equal(setsockopt(s.s, SOL_IP, IP_OPTIONS, rr), 0);
  s.sendto(B, echo(7, 1));
  await flush(L.lab);
  const [reply] = received(s, ICMP_ECHOREPLY);
  assert.ok(reply);
  assert.equal(reply.data[0]! & 15, 15);
  // The reply echoes the option with END padding in place of the NOP: RR at 20, pointer past six addresses.
  assert.equal(reply.data[20], 7);
  assert.equal(reply.data[22], 4 + 6 * 4);
  assert.deepEqual(routeAddrs(reply.data, 20).slice(0, 6), [A, R_OUT, B, B, R_IN, A]);
  assert.equal(reply.data[59], 0);
  assert.equal(inHdrErrors(L.ns('r')), 0);
});

test('malformed options: ICMP parameter problem with the pointer, InHdrErrors, dropped in ip_rcv_finish_core', async () => {
  const L = await routerLab();
  const s = rawSocket(L.ns('a'), IPPROTO_RAW);
  const listen = rawSocket(L.ns('a'), IPPROTO_ICMP);
  // RR whose pointer (byte 22 of the header) is 3.
  s.sendto(R_IN, datagram(A, R_IN, [7, 7, 3, 0, 0, 0, 0]));
  await flush(L.lab);
  const r = L.ns('r');
  assert.equal(inHdrErrors(r), 1);
  assert.ok(L.drops.includes('ip_rcv_finish_core:NOT_SPECIFIED'), L.drops.join(' '));
  const [pp] = received(listen, ICMP_PARAMETERPROB);
  assert.ok(pp);
  assert.equal(pp.saddr, R_IN);
  assert.equal(pp.data[20 + 4], 22);
});

test('timestamp overflow: a full option counts the hops in its high nibble; at 15 it is a parameter problem', async () => {
  const L = await routerLab();
  const s = rawSocket(L.ns('a'), IPPROTO_RAW);
  const listen = rawSocket(L.ns('a'), IPPROTO_ICMP);
  // TS only, no slot left (pointer 9 > length 8), overflow 2.
  s.sendto(B, datagram(A, B, [68, 8, 9, 0x20, 0, 0, 0, 1]));
  await flush(L.lab);
  const [reply] = received(listen, ICMP_ECHOREPLY);
  assert.ok(reply);
  // r, b, then r and a on the way back: four hops more.
  assert.equal(reply.data[23]! >> 4, 6);
  s.sendto(B, datagram(A, B, [68, 8, 9, 0xf0, 0, 0, 0, 1]));
  await flush(L.lab);
  const [pp] = received(listen, ICMP_PARAMETERPROB);
  assert.ok(pp);
  assert.equal(pp.data[20 + 4], 23);
  assert.equal(inHdrErrors(L.ns('r')), 1);
});

test('accept_source_route 0 drops a source-routed packet at its first hop (log_martians logs it)', async () => {
  const L = await routerLab('ip netns exec r sysctl -qw net.ipv4.conf.all.log_martians=1');
  const s = rawSocket(L.ns('a'), IPPROTO_ICMP);
  assert.equal(setsockopt(s.s, SOL_IP, IP_OPTIONS, new Uint8Array([1, 131, 7, 4, 10, 1, 0, 1])), 0);
  s.sendto(B, echo(7, 1));
  await flush(L.lab);
  assert.deepEqual(received(s, ICMP_ECHOREPLY), []);
  assert.ok(L.drops.includes('ip_rcv_finish_core:NOT_SPECIFIED'));
  assert.equal(inHdrErrors(L.ns('r')), 0);
  const log = L.lab.initNet.nf.log.map((e) => e.text);
  assert.ok(log.includes('IPv4: source route option 10.1.0.2 -> 10.1.0.1'), log.join('\n'));
});

test('a loose source route through the router, and the reply routed back through it reversed', async () => {
  const L = await routerLab('for n in a r b; do ip netns exec $n sysctl -qw net.ipv4.conf.all.accept_source_route=1; done');
  const s = rawSocket(L.ns('a'), IPPROTO_ICMP);
  assert.equal(setsockopt(s.s, SOL_IP, IP_OPTIONS, new Uint8Array([1, 131, 7, 4, 10, 1, 0, 1])), 0);
  s.sendto(B, echo(7, 1));
  await flush(L.lab);
  const [reply] = received(s, ICMP_ECHOREPLY);
  assert.ok(reply, L.drops.join(' '));
  assert.equal(reply.saddr, B);
  // The reply's route: to r (its first hop), then the list [a], pointer past it.
  const o = 20 + (reply.data[20] === 1 ? 1 : 0);
  assert.equal(reply.data[o], 131);
  assert.equal(reply.data[o + 2], 8);
  assert.deepEqual(routeAddrs(reply.data, o), [R_IN]);
});

test('a strict source route whose next hop needs a gateway: ICMP source route failed', async () => {
  const L = await routerLab(`ip -n r route add 10.9.0.0/24 via 10.2.0.2
ip netns exec r sysctl -qw net.ipv4.conf.all.accept_source_route=1`);
  const s = rawSocket(L.ns('a'), IPPROTO_ICMP);
  assert.equal(setsockopt(s.s, SOL_IP, IP_OPTIONS, new Uint8Array([1, 137, 7, 4, 10, 1, 0, 1])), 0);
  s.sendto(ip('10.9.0.9'), echo(7, 1));
  await flush(L.lab);
  const errs = received(s, ICMP_DEST_UNREACH);
  assert.equal(errs.length, 1);
  assert.equal(errs[0]!.saddr, R_IN);
  assert.equal(errs[0]!.data[(errs[0]!.data[0]! & 15) * 4 + 1], ICMP_SR_FAILED);
});

test('IP_RECVOPTS and IP_RETOPTS: the options as received, and as an answer would carry them', async () => {
  const L = await routerLab();
  const s = rawSocket(L.ns('a'), IPPROTO_ICMP);
  const listen = rawSocket(L.ns('b'), IPPROTO_ICMP);
  assert.equal(setsockopt(listen.s, SOL_IP, IP_RECVOPTS, 1), 0);
  assert.equal(setsockopt(listen.s, SOL_IP, IP_RETOPTS, 1), 0);
  assert.equal(setsockopt(s.s, SOL_IP, IP_OPTIONS, new Uint8Array([1, 7, 15, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])), 0);
  s.sendto(B, echo(7, 1));
  await flush(L.lab);
  const m = recvmsgDontwait(listen.s, 0x10000);
  assert.ok(typeof m !== 'string');
  const recvopts = m.control.find((c) => c.level === SOL_IP && c.type === IP_RECVOPTS);
  const retopts = m.control.find((c) => c.level === SOL_IP && c.type === IP_RETOPTS);
  assert.ok(recvopts && retopts);
  // As received: NOP, RR with a, r and b recorded.
  assert.deepEqual([...(recvopts.data as Uint8Array)], [1, 7, 15, 16, 10, 1, 0, 2, 10, 2, 0, 1, 10, 2, 0, 2]);
  // For an answer: the RR copied and END-padded; full, it keeps no slot for the answerer.
  assert.deepEqual([...(retopts.data as Uint8Array)], [7, 15, 16, 10, 1, 0, 2, 10, 2, 0, 1, 10, 2, 0, 2, 0]);
});
