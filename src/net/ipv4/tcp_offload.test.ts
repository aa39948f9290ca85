import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SkBuff, SKB_GSO_TCPV4 } from '../core/skbuff.js';
import { getU16, getU32, putU16, putU32 } from '../../wire/bytes.js';
import { IPPROTO_TCP, IP_DF, Iph, iphEmit, ipSendCheck } from '../../wire/ipv4.js';
import { TCPHDR_ACK, TCPHDR_CWR, TCPHDR_FIN, TCPHDR_PSH, Tcph, tcpCsum } from '../../wire/tcp.js';
import { ipFastCsum } from '../../wire/checksum.js';
import { skbGsoNetworkSeglen, skbGsoSegment, skbGsoValidateNetworkLen } from './tcp_offload.js';

const SADDR = 0x0a000001;
const DADDR = 0x0a000002;

/** A TCP/IPv4 GSO skb of `payload` bytes (a pattern) cut in `mss` pieces, 12 bytes of options. */
function gsoSkb(payload: number, mss: number): SkBuff {
  const thLen = 32;
  const skb = new SkBuff(20 + thLen + payload, 32);
  const nh = skb.put(20 + thLen + payload);
  const th = nh + 20;
  iphEmit(skb.buf, nh, 0, 20 + thLen + payload, 0x1234, IP_DF, 64, IPPROTO_TCP, SADDR, DADDR);
  ipSendCheck(skb.buf, nh);
  putU16(skb.buf, th + Tcph.Source, 40000);
  putU16(skb.buf, th + Tcph.Dest, 5000);
  putU32(skb.buf, th + Tcph.Seq, 0xfffffc00);
  skb.buf[th + Tcph.Doff] = (thLen >> 2) << 4;
  skb.buf[th + Tcph.Flags] = TCPHDR_ACK | TCPHDR_PSH | TCPHDR_FIN | TCPHDR_CWR;
  for (let i = 0; i < payload; i++) skb.buf[th + thLen + i] = i & 0xff;
  putU16(skb.buf, th + Tcph.Check, tcpCsum(skb.buf, th, thLen + payload, SADDR, DADDR));
  skb.networkHeader = nh;
  skb.transportHeader = th;
  skb.gsoSize = mss;
  skb.gsoSegs = Math.ceil(payload / mss);
  skb.gsoType = SKB_GSO_TCPV4;
  return skb;
}

test('tcp_gso_segment: gso_size pieces, ids and sequence numbers count up, CWR first, FIN/PSH last, checksums right', () => {
  const skb = gsoSkb(2500, 1000);
  assert.equal(skbGsoNetworkSeglen(skb), 1052);
  assert.equal(skbGsoValidateNetworkLen(skb, 1052), true);
  assert.equal(skbGsoValidateNetworkLen(skb, 1051), false);
  const segs = skbGsoSegment(skb);
  assert.ok(segs);
  assert.deepEqual(segs.map((s) => s.len), [1052, 1052, 552]);
  let byte = 0;
  segs.forEach((s, i) => {
    const b = s.buf;
    const nh = s.networkHeader;
    const th = s.transportHeader;
    assert.equal(getU16(b, nh + Iph.TotLen), s.len);
    assert.equal(getU16(b, nh + Iph.Id), 0x1234 + i);
    assert.equal(ipFastCsum(b, 5, nh), 0);
    assert.equal(getU32(b, th + Tcph.Seq), (0xfffffc00 + i * 1000) >>> 0);
    const f = b[th + Tcph.Flags]!;
    assert.equal((f & TCPHDR_CWR) !== 0, i === 0);
    assert.equal((f & (TCPHDR_FIN | TCPHDR_PSH)) !== 0, i === 2);
    assert.equal(tcpCsum(b, th, s.len - 20, SADDR, DADDR), 0);
    for (let k = th + 32; k < s.tail; k++) assert.equal(b[k], byte++ & 0xff);
  });
  assert.equal(byte, 2500);
});

test('skb_gso_segment: not a TCPv4 GSO skb, nothing to cut', () => {
  const skb = gsoSkb(100, 1000);
  skb.gsoType = 0;
  assert.equal(skbGsoSegment(skb), null);
});
