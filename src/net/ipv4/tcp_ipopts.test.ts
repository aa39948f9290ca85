/**
 * TCP with IP options (ip_queue_xmit(), tcp_v4_save_options()): IP_OPTIONS
 * on a stream socket puts them in every segment it sends and takes their
 * length off its MSS (icsk_ext_hdr_len, tcp_mtu_to_mss()); the listener's
 * child echoes the SYN's options (__ip_options_echo()) in its SYN-ACK and
 * every later segment, its MSS smaller by as much. setsockopt(IP_OPTIONS)
 * on a TCP socket is what a program such as socat's ip-options= does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';
import { drive } from '../../sim/drive.testutil.js';
import { vethSetXmitHook } from '../../drivers/net/veth.js';
import { VETH_PAIR_SETUP } from '../../lab/veth_pair.js';
import { accept, close, connectWait, getsockopt, recvmsg, send, setsockopt, shutdown, socket, type Socket } from '../socket.js';
import { listen5001 } from './tcp_transfer.testutil.js';
import { AF_INET, SOCK_STREAM, SOL_IP } from '../../uapi/linux/socket.js';
import { IP_OPTIONS } from '../../uapi/linux/in.js';
import type { SkBuff } from '../core/skbuff.js';
import type { TcpSock } from './tcp.js';
import { IpStat, LinuxMib, TcpStat } from '../core/snmp.js';

/** One IPv4 frame as the wire saw it: its header's options and its TCP payload length. */
interface Seen {
  readonly opts: Uint8Array;
  readonly payload: number;
}

function watch(seen: Seen[]) {
  return (skb: SkBuff, deliver: (s: SkBuff) => void): void => {
    const b = skb.buf;
    const e = skb.data;
    if (b[e + 12] === 0x08 && b[e + 13] === 0x00 && b[e + 14 + 9] === 6) {
      const ihl = (b[e + 14]! & 15) * 4;
      const tot = (b[e + 16]! << 8) | b[e + 17]!;
      const doff = (b[e + 14 + ihl + 12]! >> 4) * 4;
      // A TSO skb crosses the veth whole: its segments' size is gso_size.
      seen.push({ opts: b.slice(e + 14 + 20, e + 14 + ihl), payload: skb.gsoSize || tot - ihl - doff });
    }
    deliver(skb);
  };
}

test('IP_OPTIONS on a TCP socket: every segment of both ends carries them, the MSS gives up their length', async () => {
  const { lab, fs } = createLab(1);
  const r = await new Session(lab, fs).execCollect(VETH_PAIR_SETUP);
  assert.equal(r.status, 0, r.output);
  const a = lab.netns.get('a')!;
  const b = lab.netns.get('b')!;
  const fromA: Seen[] = [];
  const fromB: Seen[] = [];
  vethSetXmitHook(a.devByName('a0')!, watch(fromA));
  vethSetXmitHook(b.devByName('b0')!, watch(fromB));
  const srv = listen5001(b);
  const data = new Uint8Array(20000).fill(7);
  let child: TcpSock | null = null;
  const received = (async () => {
    const c = await accept(srv);
    if (typeof c === 'string') throw new Error(c);
    child = c.sk as TcpSock;
    let n = 0;
    for (;;) {
      const m = await recvmsg(c, 65536);
      if (typeof m === 'string') throw new Error(m);
      if (!m.data.length) break;
      n += m.data.length;
    }
    close(c);
    return n;
  })();
  const cli = socket(a, AF_INET, SOCK_STREAM, 0) as Socket;
  // A record route option with one slot (RFC 791 3.1): type 7, length 7, pointer 4; ip_options_get() pads it to 8.
  const rr = Uint8Array.of(7, 7, 4, 0, 0, 0, 0);
  assert.equal(setsockopt(cli, SOL_IP, IP_OPTIONS, rr), 0);
  assert.deepEqual(getsockopt(cli, SOL_IP, IP_OPTIONS), Uint8Array.of(7, 7, 4, 0, 0, 0, 0, 0));
  const sk = cli.sk as TcpSock;
  assert.equal(sk.extHdrLen, 8);
  const done = (async () => {
    assert.equal(await connectWait(cli, { family: AF_INET, addr: 0x0a000002, port: 5001 }), 0);
    assert.equal(await send(cli, data), data.length);
    assert.equal(shutdown(cli, 1), 0);
    return received;
  })();
  assert.equal(await drive(lab, done), data.length);
  // 1500 less 20 (IP) + 8 (options) + 20 (TCP) + 12 (timestamps).
  assert.equal(sk.mssCache, 1440);
  assert.equal(child!.extHdrLen, 8);
  assert.equal(child!.mssCache, 1440);
  assert.ok(fromA.length > 5 && fromB.length > 3);
  // a's own packets: the first slot holds its address (ip_options_build(): the route's source).
  for (const s of fromA) assert.deepEqual([...s.opts], [7, 7, 8, 10, 0, 0, 1, 0]);
  // b's: the SYN's option echoed (the slot a filled, the pointer past it): no room left for b's own address.
  for (const s of fromB) assert.deepEqual([...s.opts], [7, 7, 8, 10, 0, 0, 1, 0]);
  assert.equal(Math.max(...fromA.map((s) => s.payload)), 1440);
  close(cli);
  close(srv);
});

test('a strict source route whose first hop is not on-link: every SYN is no route (OutNoRoutes), the connect times out', async () => {
  const { lab, fs } = createLab(1);
  const r = await new Session(lab, fs).execCollect(`${VETH_PAIR_SETUP}ip -n a route add 10.9.0.0/24 via 10.0.0.2; ip netns exec a sysctl -qw net.ipv4.tcp_syn_retries=1`);
  assert.equal(r.status, 0, r.output);
  const a = lab.netns.get('a')!;
  const cli = socket(a, AF_INET, SOCK_STREAM, 0) as Socket;
  // SSRR (137) through 10.9.0.1, which only a gateway reaches; tcp_connect() ignores the send's EHOSTUNREACH, the SYN's timer retries.
  assert.equal(setsockopt(cli, SOL_IP, IP_OPTIONS, Uint8Array.of(137, 7, 4, 10, 9, 0, 1, 0)), 0);
  const seen: Seen[] = [];
  vethSetXmitHook(a.devByName('a0')!, watch(seen));
  const err = await drive(lab, connectWait(cli, { family: AF_INET, addr: 0x0a000002, port: 5001 }));
  assert.equal(err, 'ETIMEDOUT');
  assert.equal(seen.length, 0);
  // Each try refused by IP: the SYN (OutSegs) and its retransmissions (TCPRetransFail).
  const fails = a.mib.net[LinuxMib.TCPRETRANSFAIL]!;
  assert.ok(fails > 0);
  assert.equal(a.mib.tcp[TcpStat.OUTSEGS], 1);
  assert.equal(a.mib.ip[IpStat.OUTNOROUTES], 1 + fails);
  close(cli);
});
