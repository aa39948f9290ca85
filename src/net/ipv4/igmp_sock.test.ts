/**
 * IP_ADD_MEMBERSHIP / IP_DROP_MEMBERSHIP through the syscall surface: the
 * errors of __ip_mc_join_group() and ip_mc_leave_group(), the device's
 * user count, the leave at close, and ip_mc_sf_allow() with
 * IP_MULTICAST_ALL off; ip_mc_source()'s errors and counts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { icmpLab } from './icmp.testutil.js';
import { bind, close, setsockopt, socket, type Socket } from '../socket.js';
import { AF_INET, SOCK_DGRAM, SOCK_STREAM, SOL_IP } from '../../uapi/linux/socket.js';
import {
  IP_ADD_MEMBERSHIP, IP_ADD_SOURCE_MEMBERSHIP, IP_BLOCK_SOURCE, IP_DROP_MEMBERSHIP, IP_DROP_SOURCE_MEMBERSHIP, IP_MULTICAST_ALL,
  IP_UNBLOCK_SOURCE,
} from '../../uapi/linux/in.js';
import type { Net } from '../core/net_namespace.js';
import { VETH_PAIR_SETUP } from '../../lab/veth_pair.js';
import { ipMcSfAllow } from './igmp_sock.js';
import { ipCheckMc } from './igmp.js';
import type { UdpSocket } from './udp_sock.js';

const GROUP = 0xef010101;

/** A struct ip_mreqn (8 bytes without the index: an ip_mreq). */
function mreqn(group: number, address: number, ifindex: number | null): Uint8Array {
  const b = new Uint8Array(ifindex === null ? 8 : 12);
  const dv = new DataView(b.buffer);
  dv.setUint32(0, group >>> 0);
  dv.setUint32(4, address >>> 0);
  if (ifindex !== null) dv.setInt32(8, ifindex, true);
  return b;
}

function sock(net: Net, type = SOCK_DGRAM): Socket {
  const s = socket(net, AF_INET, type, 0);
  assert.ok(typeof s !== 'string');
  return s;
}

function users(net: Net, dev: string, group: number): number {
  return net.devByName(dev)!.ip!.mcList.find((m) => m.multiaddr === (group | 0))?.users ?? 0;
}

test('join: EINVAL, ENODEV, EADDRINUSE per device, ENOBUFS past igmp_max_memberships; EPROTO on TCP', async () => {
  const L = icmpLab();
  await L.sh(VETH_PAIR_SETUP);
  const b = L.ns('b');
  const s = sock(b);
  assert.equal(setsockopt(s, SOL_IP, IP_ADD_MEMBERSHIP, mreqn(0x0a010101, 0, 2)), 'EINVAL');
  assert.equal(setsockopt(s, SOL_IP, IP_ADD_MEMBERSHIP, mreqn(GROUP, 0, null).subarray(0, 7)), 'EINVAL');
  // No index, no address and no route to the group: no device.
  assert.equal(setsockopt(s, SOL_IP, IP_ADD_MEMBERSHIP, mreqn(GROUP, 0, null)), 'ENODEV');
  assert.equal(setsockopt(s, SOL_IP, IP_ADD_MEMBERSHIP, mreqn(GROUP, 0x0a090909, null)), 'ENODEV');
  assert.equal(setsockopt(s, SOL_IP, IP_ADD_MEMBERSHIP, mreqn(GROUP, 0x0a000002, null)), 0);
  // The same group on the same device, named by index this time.
  assert.equal(setsockopt(s, SOL_IP, IP_ADD_MEMBERSHIP, mreqn(GROUP, 0, 2)), 'EADDRINUSE');
  assert.equal(setsockopt(s, SOL_IP, IP_ADD_MEMBERSHIP, mreqn(GROUP, 0, 1)), 0);
  b.ipv4.sysctl.igmpMaxMemberships = 2;
  assert.equal(setsockopt(s, SOL_IP, IP_ADD_MEMBERSHIP, mreqn(GROUP + 1, 0, 2)), 'ENOBUFS');
  assert.equal(setsockopt(sock(b, SOCK_STREAM), SOL_IP, IP_ADD_MEMBERSHIP, mreqn(GROUP, 0, 2)), 'EPROTO');
});

test('leave: by index or address; EADDRNOTAVAIL when not joined; close leaves the rest', async () => {
  const L = icmpLab();
  await L.sh(VETH_PAIR_SETUP);
  const b = L.ns('b');
  const s1 = sock(b);
  const s2 = sock(b);
  assert.equal(setsockopt(s1, SOL_IP, IP_ADD_MEMBERSHIP, mreqn(GROUP, 0, 2)), 0);
  assert.equal(setsockopt(s2, SOL_IP, IP_ADD_MEMBERSHIP, mreqn(GROUP, 0x0a000002, null)), 0);
  assert.equal(users(b, 'b0', GROUP), 2);
  assert.equal(setsockopt(s1, SOL_IP, IP_DROP_MEMBERSHIP, mreqn(GROUP + 1, 0, 2)), 'EADDRNOTAVAIL');
  assert.equal(setsockopt(s1, SOL_IP, IP_DROP_MEMBERSHIP, mreqn(GROUP, 0x0a000002, null)), 0);
  assert.equal(setsockopt(s1, SOL_IP, IP_DROP_MEMBERSHIP, mreqn(GROUP, 0, 2)), 'EADDRNOTAVAIL');
  assert.equal(users(b, 'b0', GROUP), 1);
  close(s2);
  assert.equal(users(b, 'b0', GROUP), 0);
});

test('ip_mc_sf_allow: a socket hears a group it did not join on the device only with IP_MULTICAST_ALL', async () => {
  const L = icmpLab();
  await L.sh(VETH_PAIR_SETUP);
  const b = L.ns('b');
  const s = sock(b);
  assert.equal(bind(s, { family: AF_INET, addr: 0, port: 5000 }), 0);
  const sk = s.sk as UdpSocket;
  assert.equal(ipMcSfAllow(sk, GROUP, 0, 2), true);
  assert.equal(setsockopt(s, SOL_IP, IP_MULTICAST_ALL, 0), 0);
  assert.equal(ipMcSfAllow(sk, GROUP, 0, 2), false);
  assert.equal(ipMcSfAllow(sk, 0x0a000002, 0, 2), true);
  assert.equal(setsockopt(s, SOL_IP, IP_ADD_MEMBERSHIP, mreqn(GROUP, 0, 2)), 0);
  assert.equal(ipMcSfAllow(sk, GROUP, 0, 2), true);
  assert.equal(ipMcSfAllow(sk, GROUP, 0, 1), false);
});

/** A struct ip_mreq_source: group, interface address, source. */
function mreqs(group: number, iface: number, source: number): Uint8Array {
  const b = new Uint8Array(12);
  const dv = new DataView(b.buffer);
  dv.setUint32(0, group >>> 0);
  dv.setUint32(4, iface >>> 0);
  dv.setUint32(8, source >>> 0);
  return b;
}

test('ip_mc_source: INCLUDE joins count per source, the errors of a source list, igmp_max_msf, delivery by source', async () => {
  const L = icmpLab();
  await L.sh(VETH_PAIR_SETUP);
  const b = L.ns('b');
  const s = sock(b);
  const S1 = 0x0a000009;
  const S2 = 0x0a000008;
  assert.equal(setsockopt(s, SOL_IP, IP_ADD_SOURCE_MEMBERSHIP, mreqs(GROUP, 0x0a000002, S1).subarray(0, 8)), 'EINVAL');
  assert.equal(setsockopt(s, SOL_IP, IP_ADD_SOURCE_MEMBERSHIP, mreqs(GROUP, 0x0a000002, S1)), 0);
  assert.equal(setsockopt(s, SOL_IP, IP_ADD_SOURCE_MEMBERSHIP, mreqs(GROUP, 0x0a000002, S1)), 'EADDRNOTAVAIL');
  assert.equal(setsockopt(s, SOL_IP, IP_BLOCK_SOURCE, mreqs(GROUP, 0x0a000002, S2)), 'EINVAL');
  assert.equal(setsockopt(s, SOL_IP, IP_DROP_SOURCE_MEMBERSHIP, mreqs(GROUP, 0x0a000002, S2)), 'EADDRNOTAVAIL');
  const im = b.devByName('b0')!.ip!.mcList.find((m) => m.multiaddr === (GROUP | 0))!;
  assert.deepEqual([im.sfmode, im.sfcount, im.sources.map((p) => [p.inaddr, ...p.sfCount])], [1, [0, 1], [[S1, 0, 1]]]);
  const sk = s.sk as UdpSocket;
  assert.equal(ipMcSfAllow(sk, GROUP, S1, 2), true);
  assert.equal(ipMcSfAllow(sk, GROUP, S2, 2), false);
  b.ipv4.sysctl.igmpMaxMsf = 1;
  assert.equal(setsockopt(s, SOL_IP, IP_ADD_SOURCE_MEMBERSHIP, mreqs(GROUP, 0x0a000002, S2)), 'ENOBUFS');
  // dropping the last source of an INCLUDE filter leaves the group
  assert.equal(setsockopt(s, SOL_IP, IP_DROP_SOURCE_MEMBERSHIP, mreqs(GROUP, 0x0a000002, S1)), 0);
  assert.equal(users(b, 'b0', GROUP), 0);
});

test('ip_mc_source: an any-source join takes blocked sources (EXCLUDE), the device excludes what every EXCLUDE filter blocks', async () => {
  const L = icmpLab();
  await L.sh(VETH_PAIR_SETUP);
  const b = L.ns('b');
  const s1 = sock(b);
  const s2 = sock(b);
  const S1 = 0x0a000009;
  assert.equal(setsockopt(s1, SOL_IP, IP_BLOCK_SOURCE, mreqs(GROUP, 0x0a000002, S1)), 'EINVAL'); // no prior join
  assert.equal(setsockopt(s1, SOL_IP, IP_ADD_MEMBERSHIP, mreqn(GROUP, 0, 2)), 0);
  assert.equal(setsockopt(s2, SOL_IP, IP_ADD_MEMBERSHIP, mreqn(GROUP, 0, 2)), 0);
  assert.equal(setsockopt(s1, SOL_IP, IP_BLOCK_SOURCE, mreqs(GROUP, 0x0a000002, S1)), 0);
  assert.equal(setsockopt(s1, SOL_IP, IP_ADD_SOURCE_MEMBERSHIP, mreqs(GROUP, 0x0a000002, S1)), 'EINVAL');
  const inDev = b.devByName('b0')!.ip!;
  assert.equal(ipCheckMc(inDev, GROUP, S1), true);
  assert.equal(setsockopt(s2, SOL_IP, IP_BLOCK_SOURCE, mreqs(GROUP, 0x0a000002, S1)), 0);
  assert.equal(ipCheckMc(inDev, GROUP, S1), false);
  assert.equal(ipCheckMc(inDev, GROUP, S1, 2), true); // IGMP is always let in
  assert.equal(setsockopt(s2, SOL_IP, IP_UNBLOCK_SOURCE, mreqs(GROUP, 0x0a000002, S1)), 0);
  assert.equal(ipCheckMc(inDev, GROUP, S1), true);
  assert.equal(ipMcSfAllow(s1.sk as UdpSocket, GROUP, S1, 2), false);
  assert.equal(ipMcSfAllow(s2.sk as UdpSocket, GROUP, S1, 2), true);
});
