/**
 * nf_nat_proto: every rewrite leaves checksums that verify from scratch
 * (the incremental RFC 1624 update equals a full recomputation), UDP's
 * "no checksum" 0 stays 0, and an ICMP error's quoted header is un-NATed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SkBuff } from '../core/skbuff.js';
import { getU16, getU32, putU16, putU32 } from '../../wire/bytes.js';
import { csumFold, csumPartial, csumTcpUdpMagic, ipFastCsum } from '../../wire/checksum.js';
import { NF_NAT_MANIP_DST, NF_NAT_MANIP_SRC, nfNatIcmpReplyTranslation, nfNatIpv4ManipPkt, type NatTuple } from './nf_nat_proto.js';

const A = 0xc0a80102; // 192.168.1.2
const B = 0xcb007102; // 203.0.113.2
const R = 0xcb007101; // 203.0.113.1

/** An IPv4 packet of protocol `proto` with an 8- or 20-byte transport header and payload, checksums right. */
function packet(proto: number, saddr: number, daddr: number, l4: Uint8Array): Uint8Array {
  const b = new Uint8Array(20 + l4.length);
  b[0] = 0x45;
  putU16(b, 2, b.length);
  b[8] = 64;
  b[9] = proto;
  putU32(b, 12, saddr);
  putU32(b, 16, daddr);
  putU16(b, 10, ipFastCsum(b, 5));
  b.set(l4, 20);
  return b;
}

function l4Sum(b: Uint8Array, proto: number): number {
  const len = b.length - 20;
  if (proto === 1) return csumFold(csumPartial(b, 20, len, 0));
  return csumTcpUdpMagic(getU32(b, 12), getU32(b, 16), len, proto, csumPartial(b, 20, len, 0));
}

function withSum(proto: number, saddr: number, daddr: number, l4: Uint8Array): Uint8Array {
  const b = packet(proto, saddr, daddr, l4);
  const at = 20 + (proto === 6 ? 16 : proto === 17 ? 6 : 2);
  putU16(b, at, 0);
  let s = l4Sum(b, proto);
  if (proto === 17 && s === 0) s = 0xffff;
  putU16(b, at, s);
  return b;
}

function tuple(su3: number, su: number, du3: number, du: number, protonum: number): NatTuple {
  return { srcIp: su3, srcU: su, dstIp: du3, dstU: du, protonum };
}

function verify(b: Uint8Array, proto: number): void {
  assert.equal(ipFastCsum(b, 5), 0, 'ip header checksum');
  if (proto === 17 && getU16(b, 26) === 0) return;
  assert.equal(l4Sum(b, proto), 0, 'transport checksum');
}

const l4 = (proto: number) => fc.uint8Array({ minLength: proto === 6 ? 20 : 8, maxLength: 60 }).map((u) => {
  if (proto === 6) u[12] = 0x50;
  if (proto === 1) u[0] = 8;
  return u;
});

for (const proto of [1, 6, 17]) {
  test(`NAT of protocol ${proto}: source and destination rewrites keep every checksum valid`, () => {
    fc.assert(fc.property(l4(proto), fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 0xffff }), fc.boolean(), (body, ip, port, src) => {
      const b = withSum(proto, A, B, body);
      const skb = SkBuff.fromBytes(b, 14);
      const manip = src ? NF_NAT_MANIP_SRC : NF_NAT_MANIP_DST;
      assert.ok(nfNatIpv4ManipPkt(skb, 0, tuple(ip, port, ip, port, proto), manip));
      const out = skb.bytes();
      verify(out, proto);
      assert.equal(getU32(out, src ? 12 : 16), ip >>> 0);
      const portAt = proto === 1 ? 24 : src ? 20 : 22;
      assert.equal(getU16(out, portAt), port);
    }));
  });
}

test('UDP without checksum (0) keeps 0; a sum folding to 0 is sent as 0xffff', () => {
  const body = new Uint8Array(12);
  putU16(body, 0, 5000);
  putU16(body, 2, 53);
  putU16(body, 4, 12);
  const b = packet(17, A, B, body);
  const skb = SkBuff.fromBytes(b);
  assert.ok(nfNatIpv4ManipPkt(skb, 0, tuple(R, 6000, 0, 0, 17), NF_NAT_MANIP_SRC));
  assert.equal(getU16(skb.bytes(), 26), 0);
  assert.equal(getU16(skb.bytes(), 20), 6000);
});

test('an ICMP error quoting a NATed echo request gets its inner header back and its checksums right', () => {
  // a (192.168.1.2, id 77) pinged B, masqueraded as R id 1; a router sends port unreachable to R.
  const echo = new Uint8Array(16);
  echo[0] = 8;
  putU16(echo, 4, 1);
  const quoted = withSum(1, R, B, echo);
  const err = new Uint8Array(8 + quoted.length);
  err[0] = 3;
  err[1] = 3;
  err.set(quoted, 8);
  const b = withSum(1, B, R, err);
  const skb = SkBuff.fromBytes(b, 14);
  const ct = { status: 0x10 | 0x80 | 0x100, dir: 1, otherTuple: tuple(A, 77, B, 0, 1) };
  assert.ok(nfNatIcmpReplyTranslation(skb, ct, NF_NAT_MANIP_DST));
  const out = skb.bytes();
  verify(out, 1);
  assert.equal(getU32(out, 16), A, 'outer destination is the real host');
  assert.equal(getU32(out, 28 + 12), A, 'quoted source is the real host');
  assert.equal(getU16(out, 28 + 20 + 4), 77, 'quoted echo id is the original one');
  assert.equal(ipFastCsum(out.subarray(28), 5), 0, 'quoted header checksum');
});

test('a truncated transport header is refused (dropped), never thrown', () => {
  const b = packet(6, A, B, new Uint8Array(4));
  assert.equal(nfNatIpv4ManipPkt(SkBuff.fromBytes(b), 0, tuple(R, 1, R, 1, 6), NF_NAT_MANIP_SRC), false);
});
