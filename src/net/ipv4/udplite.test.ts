/**
 * UDP-Lite (RFC 3828) through the syscall surface: its own port table
 * (a UDP socket on the same port does not get its datagrams), the
 * coverage in the Length field, the checksum over the covered bytes only,
 * UDPLITE_RECV_CSCOV refusing a smaller coverage, UDPLITE_*_CSCOV refused
 * on UDP sockets, and the UdpLite MIB; and udp_abort() (SOCK_DESTROY).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { icmpLab } from './icmp.testutil.js';
import { drive } from '../../sim/drive.testutil.js';
import { bind, connect, recvmsg, recvmsgDontwait, sendto, setsockopt, socket, type Socket } from '../socket.js';
import { TCP_CLOSE } from '../core/sock.js';
import { AF_INET, SOCK_DGRAM, SOL_UDPLITE } from '../../uapi/linux/socket.js';
import { IPPROTO_UDPLITE } from '../../uapi/linux/in.js';
import { UDPLITE_RECV_CSCOV, UDPLITE_SEND_CSCOV } from '../../uapi/linux/udp.js';
import { UdpStat } from '../core/snmp.js';
import { procNetUdplite } from './inet_diag.js';
import { udpliteChecksumInit, udpliteCsum } from './udplite.js';
import type { Net } from '../core/net_namespace.js';
import { VETH_PAIR_SETUP } from '../../lab/veth_pair.js';
import { SkBuff } from '../core/skbuff.js';
import { UdpSocket } from './udp_sock.js';

const A = 0x0a000001;
const B = 0x0a000002;
const at = (addr: number, port: number) => ({ family: AF_INET, addr, port });
const bytes = (s: string) => new TextEncoder().encode(s);

function sock(net: Net, protocol: number): Socket {
  const s = socket(net, AF_INET, SOCK_DGRAM, protocol);
  assert.ok(typeof s !== 'string');
  return s;
}

test('udplite_csum(): Length is the coverage, the sum covers those bytes only; udplite_checksum_init() checks it', () => {
  const b = new Uint8Array(40);
  for (let i = 8; i < 40; i++) b[i] = i;
  udpliteCsum(b, 0, 40, 8, A, B);
  assert.equal((b[4]! << 8) | b[5]!, 8);
  const skb = SkBuff.fromBytes(b);
  assert.equal(udpliteChecksumInit(skb, A, B), 8);
  // Bytes past the coverage may change; inside it they may not.
  b[20] = 0x55;
  assert.equal(udpliteChecksumInit(SkBuff.fromBytes(b), A, B), 8);
  b[2] = 0x77;
  assert.equal(udpliteChecksumInit(SkBuff.fromBytes(b), A, B), -1);
  // No UDPLITE_SEND_CSCOV (-1): full coverage, Length the datagram's (udp_send_skb() wrote it).
  b[4] = 0;
  b[5] = 40;
  udpliteCsum(b, 0, 40, -1, A, B);
  assert.equal((b[4]! << 8) | b[5]!, 40);
  assert.equal(udpliteChecksumInit(SkBuff.fromBytes(b), A, B), 40);
  // A zero checksum, and a coverage under the header, violate RFC 3828.
  const z = b.slice();
  z[6] = z[7] = 0;
  assert.equal(udpliteChecksumInit(SkBuff.fromBytes(z), A, B), -1);
  z.set(b);
  z[5] = 4;
  assert.equal(udpliteChecksumInit(SkBuff.fromBytes(z), A, B), -1);
});

test('UDP-Lite sockets: a table of their own, coverage options, UDPLITE_RECV_CSCOV drops, the UdpLite MIB', async () => {
  const L = icmpLab();
  await L.sh(VETH_PAIR_SETUP);
  const a = L.ns('a');
  const b = L.ns('b');
  const udp = sock(b, 0);
  assert.equal(bind(udp, at(0, 5000)), 0);
  assert.equal(setsockopt(udp, SOL_UDPLITE, UDPLITE_SEND_CSCOV, 8), 'ENOPROTOOPT');
  const lite = sock(b, IPPROTO_UDPLITE);
  assert.equal(bind(lite, at(0, 5000)), 0);
  assert.match(procNetUdplite(b), /00000000:1388 00000000:0000 07/);
  const tx = sock(a, IPPROTO_UDPLITE);
  assert.equal(setsockopt(tx, SOL_UDPLITE, UDPLITE_SEND_CSCOV, 3), 0);
  assert.equal(sendto(tx, bytes('partial'), 0, at(B, 5000)), 7);
  await drive(L.lab, L.lab.sched.sleep(1e6));
  const m = recvmsgDontwait(lite, 100);
  assert.ok(typeof m !== 'string');
  assert.equal(new TextDecoder().decode(m.data), 'partial');
  assert.equal(recvmsgDontwait(udp, 100), 'EAGAIN');
  assert.equal(b.mib.udplite[UdpStat.INDATAGRAMS], 1);
  assert.equal(b.mib.udp[UdpStat.INDATAGRAMS], 0);
  assert.equal(a.mib.udplite[UdpStat.OUTDATAGRAMS], 1);
  // The receiver wants at least 20 bytes covered: an 8-byte coverage is dropped (InErrors).
  assert.equal(setsockopt(lite, SOL_UDPLITE, UDPLITE_RECV_CSCOV, 20), 0);
  assert.equal(sendto(tx, bytes('short coverage here'), 0, at(B, 5000)), 19);
  await drive(L.lab, L.lab.sched.sleep(1e6));
  assert.equal(recvmsgDontwait(lite, 100), 'EAGAIN');
  assert.equal(b.mib.udplite[UdpStat.INERRORS], 1);
  // No UDP-Lite socket on the port: NoPorts in the UdpLite MIB, not Udp's.
  assert.equal(sendto(tx, bytes('x'), 0, at(B, 5001)), 1);
  await drive(L.lab, L.lab.sched.sleep(1e6));
  assert.equal(b.mib.udplite[UdpStat.NOPORTS], 1);
  assert.equal(b.mib.udp[UdpStat.NOPORTS], 0);
});

test('udp_abort(): a blocked reader gets ECONNABORTED; the socket is disconnected, a bound port kept', async () => {
  const L = icmpLab();
  await L.sh(VETH_PAIR_SETUP);
  const a = L.ns('a');
  const s = sock(a, 0);
  assert.equal(bind(s, at(0, 4000)), 0);
  assert.equal(connect(s, at(B, 53)), 0);
  const sk = s.sk as UdpSocket;
  const reader = recvmsg(s, 100, 0);
  sk.abort('ECONNABORTED');
  assert.equal(await drive(L.lab, reader), 'ECONNABORTED');
  assert.deepEqual([sk.inetDaddr, sk.inetDport, sk.inetNum, sk.skState], [0, 0, 4000, TCP_CLOSE]);
  assert.equal(recvmsgDontwait(s, 100), 'EAGAIN');
});
