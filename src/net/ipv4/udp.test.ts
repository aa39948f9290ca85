import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ROUTER_LAB, icmpLab, type IcmpLab } from './icmp.testutil.js';
import { rawSocket, type RawSocket } from './raw.testutil.js';
import { UdpStat } from '../core/snmp.js';
import { IPPROTO_ICMP, IPPROTO_UDP, parseIp } from '../../wire/ipv4.js';
import { UdpPacket } from '../../wire/udp.js';

const A = parseIp('10.1.0.2')!;
const B = parseIp('10.2.0.2')!;

async function routerLab(): Promise<IcmpLab> {
  const L = icmpLab();
  const r = await L.sh(ROUTER_LAB + 'ip netns exec r sysctl -qw net.ipv4.ip_forward=1');
  assert.equal(r.status, 0, r.output);
  return L;
}

/** A UDP datagram built by hand, as traceroute's raw socket sends it. */
function datagram(dport: number, opts: { badCsum?: boolean; len?: number } = {}, daddr = B): Uint8Array {
  const b = new Uint8Array(8 + 4).fill(0x40);
  const u = UdpPacket.newUnchecked(b);
  u.source = 40000;
  u.dest = dport;
  u.len = b.length;
  u.fillChecksum(A, daddr);
  if (opts.badCsum) u.check = u.check ^ 0x0101;
  if (opts.len !== undefined) u.len = opts.len;
  return b;
}

async function send(L: IcmpLab, dgram: Uint8Array, daddr = B, setup?: (s: RawSocket) => void): Promise<Uint8Array[]> {
  const a = L.ns('a');
  const icmp = rawSocket(a, IPPROTO_ICMP);
  const udp = rawSocket(a, IPPROTO_UDP);
  setup?.(udp);
  assert.equal(udp.sendto(daddr, dgram, { saddr: A }), dgram.length);
  await L.sh('sleep 1');
  const got: Uint8Array[] = [];
  for (let m = icmp.recvmsg(); typeof m !== 'string'; m = icmp.recvmsg()) got.push(m.data);
  icmp.close();
  udp.close();
  return got;
}

test('UDP to a closed port: ICMP port unreachable quoting it, UdpNoPorts', async () => {
  const L = await routerLab();
  const got = await send(L, datagram(33434));
  assert.equal(got.length, 1);
  const m = got[0]!;
  assert.deepEqual([m[20], m[21]], [3, 3]);
  // The quoted UDP header: our ports.
  assert.deepEqual([...m.subarray(48, 52)], [0x9c, 0x40, 0x82, 0x9a]);
  const udp = L.ns('b').mib.udp;
  assert.equal(udp[UdpStat.NOPORTS], 1);
  assert.equal(udp[UdpStat.INERRORS], 0);
  assert.equal(udp[UdpStat.INDATAGRAMS], 0);
  const n = await L.sh('ip netns exec b nstat -asz UdpNoPorts IcmpOutDestUnreachs');
  assert.match(n.output, /IcmpOutDestUnreachs +1 /);
  assert.match(n.output, /UdpNoPorts +1 /);
});

test('bad checksum: UdpInCsumErrors and InErrors, no ICMP', async () => {
  const L = await routerLab();
  assert.equal((await send(L, datagram(53, { badCsum: true }))).length, 0);
  const udp = L.ns('b').mib.udp;
  assert.equal(udp[UdpStat.CSUMERRORS], 1);
  assert.equal(udp[UdpStat.INERRORS], 1);
  assert.equal(udp[UdpStat.NOPORTS], 0);
});

test('a zero checksum means none (RFC 768): still port unreachable', async () => {
  const L = await routerLab();
  const d = datagram(53);
  d[6] = d[7] = 0;
  assert.equal((await send(L, d)).length, 1);
  assert.equal(L.ns('b').mib.udp[UdpStat.NOPORTS], 1);
});

test('UDP length beyond the IP payload or below 8: short packet, InErrors', async () => {
  const L = await routerLab();
  assert.equal((await send(L, datagram(53, { len: 200 }))).length, 0);
  assert.equal((await send(L, datagram(53, { len: 4 }))).length, 0);
  const udp = L.ns('b').mib.udp;
  assert.equal(udp[UdpStat.INERRORS], 2);
  assert.equal(udp[UdpStat.NOPORTS], 0);
});

test('broadcast UDP with no socket: IgnoredMulti, no port unreachable', async () => {
  const L = await routerLab();
  const bcast = parseIp('10.1.0.255')!;
  const got = await send(L, datagram(53, {}, bcast), bcast, (s) => {
    s.broadcast = true;
  });
  assert.equal(got.length, 0);
  const udp = L.ns('r').mib.udp;
  assert.equal(udp[UdpStat.IGNOREDMULTI], 1);
  assert.equal(udp[UdpStat.NOPORTS], 0);
});
