/**
 * Checksum offload (CHECKSUM_PARTIAL): TCP leaves the sum over its bytes
 * to the device; whatever needs the real sum (a device without
 * NETIF_F_HW_CSUM, fragmentation, software GSO then such a device) gets it
 * from skb_checksum_help(), and the bytes delivered are always the ones sent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';
import { drive } from '../../sim/drive.testutil.js';
import { vethSetXmitHook } from '../../drivers/net/veth.js';
import { accept, bind, close, connectWait, listen, recvmsg, send, shutdown, socket, type Socket } from '../socket.js';
import { AF_INET, SOCK_STREAM } from '../../uapi/linux/socket.js';
import { CHECKSUM_NONE, CHECKSUM_PARTIAL, SkBuff, SKB_GSO_TCPV4, skbChecksumHelp } from '../core/skbuff.js';
import { NETIF_F_HW_CSUM, NETIF_F_IP_CSUM } from '../core/netdev_features.js';
import { getU16, getU32, putU16, putU32 } from '../../wire/bytes.js';
import { IPPROTO_TCP, IP_MF, Iph, iphEmit, ipSendCheck } from '../../wire/ipv4.js';
import { TCPHDR_ACK, Tcph, tcpCsum } from '../../wire/tcp.js';
import { csumTcpUdpNofold } from '../../wire/checksum.js';
import { skbGsoSegment } from './tcp_offload.js';
import { ipRouteOutputKey, type Rtable } from './route.js';
import { newFlowi4 } from './fib_rules.js';
import { ipDoFragment } from './ip_output_frag.js';
import { VETH_PAIR_SETUP } from '../../lab/veth_pair.js';
import type { Lab } from '../../lab/lab.js';

const SADDR = 0x0a000001;
const DADDR = 0x0a000002;

/** A TCP/IPv4 skb of `payload` pattern bytes as tcp_transmit_skb() leaves it: CHECKSUM_PARTIAL, the pseudo-header sum in the field. */
function partialSkb(payload: number, frag = 0): SkBuff {
  const skb = new SkBuff(40 + payload, 64);
  const nh = skb.put(40 + payload);
  const th = nh + 20;
  iphEmit(skb.buf, nh, 0, 40 + payload, 0x1234, frag, 64, IPPROTO_TCP, SADDR, DADDR);
  ipSendCheck(skb.buf, nh);
  putU16(skb.buf, th + Tcph.Source, 40000);
  putU16(skb.buf, th + Tcph.Dest, 5000);
  putU32(skb.buf, th + Tcph.Seq, 1000);
  skb.buf[th + Tcph.Doff] = 5 << 4;
  skb.buf[th + Tcph.Flags] = TCPHDR_ACK;
  for (let i = 0; i < payload; i++) skb.buf[th + 20 + i] = (i * 7) & 0xff;
  putU16(skb.buf, th + Tcph.Check, csumTcpUdpNofold(SADDR, DADDR, 20 + payload, IPPROTO_TCP, 0));
  skb.networkHeader = nh;
  skb.transportHeader = th;
  skb.ipSummed = CHECKSUM_PARTIAL;
  skb.csumStart = th;
  skb.csumOffset = Tcph.Check;
  return skb;
}

test('skb_checksum_help: the pseudo-header sum becomes the full one; a clone sharing the data keeps its bytes', () => {
  const skb = partialSkb(1001);
  const th = skb.transportHeader;
  const len = skb.tail - th;
  assert.notEqual(tcpCsum(skb.buf, th, len, SADDR, DADDR), 0, 'a partial sum does not verify');
  const clone = skb.clone();
  const before = getU16(clone.buf, th + Tcph.Check);
  skbChecksumHelp(skb);
  assert.equal(skb.ipSummed, CHECKSUM_NONE);
  assert.equal(tcpCsum(skb.buf, th, len, SADDR, DADDR), 0);
  assert.equal(getU16(clone.buf, th + Tcph.Check), before, 'skb_ensure_writable(): the clone\'s data is not written');
  const again = getU16(skb.buf, th + Tcph.Check);
  skbChecksumHelp(skb);
  assert.equal(getU16(skb.buf, th + Tcph.Check), again, 'a finished skb is left alone');
});

test('tcp_gso_segment: the segments of a CHECKSUM_PARTIAL skb stay partial, each with its own pseudo-header sum', () => {
  const skb = partialSkb(2500);
  skb.gsoSize = 1000;
  skb.gsoSegs = 3;
  skb.gsoType = SKB_GSO_TCPV4;
  const segs = skbGsoSegment(skb);
  assert.ok(segs);
  for (const s of segs) {
    const th = s.transportHeader;
    const len = s.tail - th;
    assert.equal(s.ipSummed, CHECKSUM_PARTIAL);
    assert.equal(s.csumStart, th);
    assert.equal(getU16(s.buf, th + Tcph.Check), csumTcpUdpNofold(SADDR, DADDR, len, IPPROTO_TCP, 0));
    skbChecksumHelp(s);
    assert.equal(tcpCsum(s.buf, th, len, SADDR, DADDR), 0);
  }
});

async function lab2(): Promise<Lab> {
  const { lab, fs } = createLab(3);
  const r = await new Session(lab, fs).execCollect(VETH_PAIR_SETUP);
  assert.equal(r.status, 0, r.output);
  return lab;
}

test('ip_do_fragment: a CHECKSUM_PARTIAL datagram is summed before it is cut, so the pieces carry the real checksum', async () => {
  const lab = await lab2();
  const net = lab.netns.get('a')!;
  const rt = ipRouteOutputKey(net, newFlowi4({ daddr: DADDR, proto: IPPROTO_TCP }));
  assert.equal(typeof rt, 'object');
  const skb = partialSkb(3000);
  const frags: SkBuff[] = [];
  ipDoFragment(net, skb, rt as Rtable, 1000, (_n, f) => (frags.push(f), 0));
  assert.equal(frags.length, 4);
  // Reassemble the transport bytes and verify them.
  const whole = new Uint8Array(3020);
  for (const f of frags) {
    const nh = f.networkHeader;
    const off = (getU16(f.buf, nh + Iph.FragOff) & 0x1fff) * 8;
    whole.set(f.buf.subarray(nh + 20, f.tail), off);
    assert.equal(f.ipSummed, CHECKSUM_NONE);
  }
  assert.equal(getU16(frags[3]!.buf, frags[3]!.networkHeader + Iph.FragOff) & IP_MF, 0);
  assert.equal(tcpCsum(whole, 0, whole.length, SADDR, DADDR), 0);
});

/** a sends `data` to b over the veth pair; every TCP frame a0 transmits goes through `inspect`. */
async function transfer(lab: Lab, data: Uint8Array, inspect: (skb: SkBuff) => void): Promise<Uint8Array> {
  const a = lab.netns.get('a')!;
  const b = lab.netns.get('b')!;
  vethSetXmitHook(a.devByName('a0')!, (skb, deliver) => {
    inspect(skb);
    deliver(skb);
  });
  const srv = socket(b, AF_INET, SOCK_STREAM, 0) as Socket;
  bind(srv, { family: AF_INET, addr: 0, port: 5001 });
  listen(srv, 1);
  const got = (async () => {
    const c = (await accept(srv)) as Socket;
    const parts: number[] = [];
    for (;;) {
      const m = await recvmsg(c, 1 << 16);
      if (typeof m === 'string' || m.data.length === 0) break;
      parts.push(...m.data);
    }
    close(c);
    return Uint8Array.from(parts);
  })();
  const cli = socket(a, AF_INET, SOCK_STREAM, 0) as Socket;
  await connectWait(cli, { family: AF_INET, addr: DADDR, port: 5001 });
  await send(cli, data);
  shutdown(cli, 1);
  const out = await got;
  close(cli);
  return out;
}

/** The frame's TCP checksum as a receiver would verify it (0: right). */
function frameCsum(skb: SkBuff): number {
  const nh = skb.networkHeader;
  const th = nh + ((skb.buf[nh]! & 15) << 2);
  return tcpCsum(skb.buf, th, getU16(skb.buf, nh + Iph.TotLen) - (th - nh), getU32(skb.buf, nh + Iph.Saddr), getU32(skb.buf, nh + Iph.Daddr));
}

test('validate_xmit_skb: a device without NETIF_F_HW_CSUM gets finished checksums; one with it the partial ones; the data arrives whole', async () => {
  const data = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 31 + (i >> 8)) & 0xff);
  for (const offload of [true, false]) {
    const lab = await lab2();
    const dev = lab.netns.get('a')!.devByName('a0')!;
    if (!offload) dev.features &= ~(NETIF_F_HW_CSUM | NETIF_F_IP_CSUM);
    let frames = 0;
    let gso = 0;
    const got = await drive(lab, transfer(lab, data, (skb) => {
      frames++;
      if (skb.gsoSize) gso++;
      assert.equal(skb.ipSummed, offload ? CHECKSUM_PARTIAL : CHECKSUM_NONE);
      if (offload) assert.notEqual(frameCsum(skb), 0, 'the field holds the pseudo-header sum alone');
      else assert.equal(frameCsum(skb), 0);
    }));
    assert.deepEqual(got, data);
    assert.ok(frames > 5 && gso > 0, `TSO skbs went out (${frames} frames, ${gso} GSO)`);
  }
});
