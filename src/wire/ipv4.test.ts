import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ipFastCsum } from './checksum.js';
import { WireError, isWireError } from './error.js';
import {
  INADDR_LOOPBACK,
  IPOPT_RA,
  IPPROTO_ICMP,
  IPPROTO_UDP,
  IP_DF,
  IP_MF,
  IP_OFFSET,
  Iph,
  Ipv4Packet,
  Ipv4Repr,
  ipDecreaseTtl,
  iphEmit,
  iphHdrLen,
  ipIsFragment,
  ipSendCheck,
  ipv4HdrCheck,
  ipToString,
  ipv4IsAllSnoopers,
  ipv4IsAnycast6to4,
  ipv4IsLbcast,
  ipv4IsLinkLocal169,
  ipv4IsLocalMulticast,
  ipv4IsLoopback,
  ipv4IsMulticast,
  ipv4IsPrivate10,
  ipv4IsPrivate172,
  ipv4IsPrivate192,
  ipv4IsTest192,
  ipv4IsTest198,
  ipv4IsZeronet,
  maskToPrefix,
  parseIp,
  prefixToMask,
} from './ipv4.js';
import { getU16, getU32 } from './bytes.js';
import { hex, refChecksum, sliced, toHex, touchAll, untrusted } from './testutil.js';

/** ping 10.0.0.1 -> 10.0.0.2: IP header + ICMP echo request, 84 bytes. */
const ECHO_DATAGRAM = hex(
  '450000545c3e40004001ca680a0000010a000002' +
    '080086ad1c460001' +
    '00f153650000000040e2010000000000101112131415161718191a1b1c1d1e1f' +
    '202122232425262728292a2b2c2d2e2f3031323334353637',
);
/** The well-known example header 192.168.0.1 -> 192.168.0.199 (UDP, 115 bytes). */
const WIKI_IPHDR = hex('4500 0073 0000 4000 4011 b861 c0a8 0001 c0a8 00c7');

function ip(s: string): number {
  const a = parseIp(s);
  assert.notEqual(a, null, s);
  return a!;
}

function withByte(b: Uint8Array, at: number, v: number): Uint8Array {
  const c = b.slice();
  c[at] = v;
  return c;
}

test('parses a captured datagram (ICMP echo request)', () => {
  const p = Ipv4Packet.newChecked(ECHO_DATAGRAM);
  assert.ok(!isWireError(p));
  assert.equal(p.version, 4);
  assert.equal(p.ihl, 5);
  assert.equal(p.headerLen, 20);
  assert.equal(p.tos, 0);
  assert.equal(p.totLen, 84);
  assert.equal(p.id, 0x5c3e);
  assert.equal(p.fragOff, IP_DF);
  assert.equal(p.ttl, 64);
  assert.equal(p.protocol, IPPROTO_ICMP);
  assert.equal(p.check, 0xca68);
  assert.equal(p.saddr, 0x0a000001);
  assert.equal(p.daddr, 0x0a000002);
  assert.equal(ipToString(p.daddr), '10.0.0.2');
  assert.equal(p.options().length, 0);
  assert.equal(p.payload().length, 64);
  assert.equal(p.payload()[0], 8);
  assert.ok(p.verifyChecksum());
  assert.ok(!p.isFragment());
  assert.deepEqual(Ipv4Repr.parse(p), {
    tos: 0, id: 0x5c3e, fragOff: IP_DF, ttl: 64, protocol: 1,
    saddr: 0x0a000001, daddr: 0x0a000002, options: new Uint8Array(0), payloadLen: 64,
  });
});

test('the textbook header verifies; a flipped bit does not', () => {
  const b = new Uint8Array(0x73);
  b.set(WIKI_IPHDR);
  const p = Ipv4Packet.newChecked(b);
  assert.ok(!isWireError(p));
  assert.ok(p.verifyChecksum());
  assert.equal(ipToString(p.saddr), '192.168.0.1');
  assert.equal(ipToString(p.daddr), '192.168.0.199');
  assert.equal(p.protocol, IPPROTO_UDP);
  const bad = Ipv4Packet.newChecked(withByte(b, 8, 0x41));
  assert.ok(!isWireError(bad));
  assert.equal(bad.verifyChecksum(), false);
});

test('ip_rcv_core() checks map to distinct errors', () => {
  assert.equal(Ipv4Packet.newChecked(ECHO_DATAGRAM.subarray(0, 19)), WireError.Truncated);
  assert.equal(Ipv4Packet.newChecked(withByte(ECHO_DATAGRAM, 0, 0x65)), WireError.BadVersion);
  assert.equal(Ipv4Packet.newChecked(withByte(ECHO_DATAGRAM, 0, 0x44)), WireError.BadHeaderLen);
  // ihl 6 but only 20 bytes present
  const short = withByte(ECHO_DATAGRAM.subarray(0, 20), 0, 0x46);
  assert.equal(Ipv4Packet.newChecked(short), WireError.Truncated);
  // totLen 85 > 84 bytes: PKT_TOO_SMALL, the header is still readable
  const long = withByte(ECHO_DATAGRAM, 3, 85);
  assert.equal(Ipv4Packet.newChecked(long), WireError.LengthExceedsBuffer);
  assert.equal(Ipv4Packet.newUnchecked(long).verifyChecksum(), false);
  // totLen 19 < ihl*4
  assert.equal(Ipv4Packet.newChecked(withByte(ECHO_DATAGRAM, 3, 19)), WireError.BadLength);
  assert.equal(Ipv4Repr.parse(Ipv4Packet.newUnchecked(new Uint8Array(4))), WireError.Truncated);
});

test('payload stops at totLen: Ethernet padding is not payload', () => {
  const hdr = hex('4500 001c 0001 0000 4011 0000 0a000001 0a000002');
  const b = new Uint8Array(46);
  b.set(hdr);
  const p = Ipv4Packet.newUnchecked(b);
  p.fillChecksum();
  assert.equal(p.check, refChecksum(hdr));
  const q = Ipv4Packet.newChecked(b);
  assert.ok(!isWireError(q));
  assert.equal(q.payload().length, 8);
});

test('options: router alert is emitted, padded and parsed', () => {
  const repr: Ipv4Repr = {
    tos: 0xc0, id: 0, fragOff: IP_DF, ttl: 1, protocol: 2,
    saddr: ip('10.0.0.1'), daddr: ip('224.0.0.22'), options: hex('94040000'), payloadLen: 8,
  };
  assert.equal(Ipv4Repr.bufferLen(repr), 24);
  const b = new Uint8Array(32);
  Ipv4Repr.emit(repr, Ipv4Packet.newUnchecked(b));
  assert.equal(b[0], 0x46);
  const p = Ipv4Packet.newChecked(b);
  assert.ok(!isWireError(p));
  assert.ok(p.verifyChecksum());
  assert.equal(p.options()[0], IPOPT_RA);
  assert.deepEqual(Ipv4Repr.parse(p), repr);

  const odd = { ...repr, options: hex('010107') };
  const c = new Uint8Array(32).fill(0xaa);
  Ipv4Repr.emit(odd, Ipv4Packet.newUnchecked(c));
  assert.equal(toHex(c.subarray(20, 24)), '01010700');
  assert.throws(() => Ipv4Repr.emit({ ...repr, options: new Uint8Array(41) }, Ipv4Packet.newUnchecked(new Uint8Array(80))));
  assert.throws(() => Ipv4Repr.emit(repr, Ipv4Packet.newUnchecked(new Uint8Array(23))));
});

const reprArb: fc.Arbitrary<Ipv4Repr> = fc.record({
  tos: fc.integer({ min: 0, max: 255 }),
  id: fc.integer({ min: 0, max: 0xffff }),
  fragOff: fc.integer({ min: 0, max: 0xffff }),
  ttl: fc.integer({ min: 0, max: 255 }),
  protocol: fc.integer({ min: 0, max: 255 }),
  saddr: fc.integer({ min: 0, max: 0xffffffff }),
  daddr: fc.integer({ min: 0, max: 0xffffffff }),
  options: fc.integer({ min: 0, max: 10 }).chain((n) => fc.uint8Array({ minLength: 4 * n, maxLength: 4 * n })),
  payloadLen: fc.integer({ min: 0, max: 64 }),
});

test('round trip repr -> emit -> parse in a sliced buffer (property)', () => {
  fc.assert(
    fc.property(reprArb, (repr) => {
      const hlen = Ipv4Repr.bufferLen(repr);
      const { bytes, guardsIntact } = sliced(new Uint8Array(hlen + repr.payloadLen));
      Ipv4Repr.emit(repr, Ipv4Packet.newUnchecked(bytes));
      assert.ok(guardsIntact());
      const p = Ipv4Packet.newChecked(bytes);
      assert.ok(!isWireError(p));
      assert.ok(p.verifyChecksum());
      assert.equal(p.payload().length, repr.payloadLen);
      assert.deepEqual(Ipv4Repr.parse(p), { ...repr });
    }),
  );
});

test('sliced buffer: setters write at the view, not at the ArrayBuffer start', () => {
  const { bytes, guardsIntact } = sliced(ECHO_DATAGRAM, 7, 1);
  const p = Ipv4Packet.newChecked(bytes);
  assert.ok(!isWireError(p));
  assert.equal(p.saddr, 0x0a000001);
  p.saddr = ip('192.0.2.1');
  p.ttl = 1;
  p.fillChecksum();
  assert.ok(guardsIntact());
  assert.equal(toHex(bytes.subarray(12, 16)), 'c0000201');
  assert.equal(ipFastCsum(bytes), 0);
  assert.equal(p.payload().byteOffset, 7 + 20);
});

test('ip_decrease_ttl keeps the checksum equal to a full recomputation (property)', () => {
  const hdr = fc.tuple(fc.uint8Array({ minLength: 20, maxLength: 20 }), fc.integer({ min: 1, max: 255 }));
  fc.assert(
    fc.property(hdr, ([b, ttl]) => {
      b[0] = 0x45;
      b[8] = ttl;
      const p = Ipv4Packet.newUnchecked(b);
      p.fillChecksum();
      assert.equal(ipDecreaseTtl(p.bytes, 0), ttl - 1);
      const incr = p.check;
      p.fillChecksum();
      assert.equal(incr, p.check);
    }),
  );
  const p = Ipv4Packet.newUnchecked(ECHO_DATAGRAM.slice());
  assert.equal(ipDecreaseTtl(p.bytes, 0), 63);
  assert.equal(p.check, 0xcb68);
  assert.ok(p.verifyChecksum());
});

test('fragment bits', () => {
  const p = Ipv4Packet.newUnchecked(ECHO_DATAGRAM.slice());
  p.fragOff = IP_MF;
  assert.ok(ipIsFragment(p.bytes, 0));
  p.fragOff = 185;
  assert.ok(ipIsFragment(p.bytes, 0));
  assert.equal((p.fragOff & IP_OFFSET) * 8, 1480);
  p.fragOff = IP_DF;
  assert.ok(!ipIsFragment(p.bytes, 0));
  p.version = 6;
  p.ihl = 15;
  assert.equal(p.bytes[0], 0x6f);
});

test('ipToString / parseIp as inet_ntop / inet_pton', () => {
  assert.equal(ipToString(0x0a000001), '10.0.0.1');
  assert.equal(ipToString(0xffffffff), '255.255.255.255');
  assert.equal(ipToString(0), '0.0.0.0');
  assert.equal(parseIp('10.0.0.1'), 0x0a000001);
  assert.equal(parseIp('255.255.255.255'), 0xffffffff);
  assert.equal(parseIp('0.0.0.0'), 0);
  assert.equal(parseIp('127.0.0.1'), INADDR_LOOPBACK);
  for (const bad of [
    '', '1', '1.2.3', '1.2.3.4.5', '256.0.0.1', '1.2.3.256', '01.2.3.4', '1.2.3.00', '+1.2.3.4',
    ' 1.2.3.4', '1.2.3.4 ', '1..2.3', '.1.2.3', '1.2.3.4.', '0x1.2.3.4', '1.2.3.-4', '1.2.3.4/24',
    '1000.2.3.4', '१.2.3.4',
  ]) {
    assert.equal(parseIp(bad), null, bad);
  }
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 0xffffffff }), (a) => {
      assert.equal(parseIp(ipToString(a)), a);
    }),
  );
  fc.assert(
    fc.property(fc.string(), (s) => {
      const a = parseIp(s);
      if (a !== null) assert.equal(ipToString(a), s);
    }),
  );
});

test('prefixToMask / maskToPrefix', () => {
  assert.equal(prefixToMask(0), 0);
  assert.equal(prefixToMask(8), 0xff000000);
  assert.equal(prefixToMask(24), 0xffffff00);
  assert.equal(prefixToMask(32), 0xffffffff);
  assert.throws(() => prefixToMask(33));
  assert.throws(() => prefixToMask(-1));
  assert.throws(() => prefixToMask(1.5));
  assert.equal(maskToPrefix(0), 0);
  assert.equal(maskToPrefix(0xfffffffc), 30);
  assert.equal(maskToPrefix(0xffffffff), 32);
  assert.equal(maskToPrefix(0xff00ff00), null);
  assert.equal(maskToPrefix(0x00ffffff), null);
  assert.equal(maskToPrefix(0xfffffffd), null);
  for (let len = 0; len <= 32; len++) assert.equal(maskToPrefix(prefixToMask(len)), len);
});

test('include/linux/in.h ipv4_is_*', () => {
  assert.ok(ipv4IsLoopback(ip('127.0.0.1')) && ipv4IsLoopback(ip('127.255.0.9')) && !ipv4IsLoopback(ip('128.0.0.1')));
  assert.ok(ipv4IsMulticast(ip('224.0.0.1')) && ipv4IsMulticast(ip('239.255.255.255')) && !ipv4IsMulticast(ip('240.0.0.1')));
  assert.ok(ipv4IsLocalMulticast(ip('224.0.0.251')) && !ipv4IsLocalMulticast(ip('224.0.1.1')));
  assert.ok(ipv4IsLbcast(ip('255.255.255.255')) && !ipv4IsLbcast(ip('10.0.0.255')));
  assert.ok(ipv4IsAllSnoopers(ip('224.0.0.106')));
  assert.ok(ipv4IsZeronet(0) && !ipv4IsZeronet(ip('0.1.2.3')));
  assert.ok(ipv4IsPrivate10(ip('10.9.8.7')) && !ipv4IsPrivate10(ip('11.0.0.1')));
  assert.ok(ipv4IsPrivate172(ip('172.31.0.1')) && !ipv4IsPrivate172(ip('172.32.0.1')));
  assert.ok(ipv4IsPrivate192(ip('192.168.1.1')) && !ipv4IsPrivate192(ip('192.169.0.1')));
  assert.ok(ipv4IsLinkLocal169(ip('169.254.1.1')) && !ipv4IsLinkLocal169(ip('169.253.1.1')));
  assert.ok(ipv4IsAnycast6to4(ip('192.88.99.1')));
  assert.ok(ipv4IsTest192(ip('192.0.2.5')) && !ipv4IsTest192(ip('192.0.3.5')));
  assert.ok(ipv4IsTest198(ip('198.19.255.1')) && !ipv4IsTest198(ip('198.20.0.1')));
});

test('fuzz: newChecked + parse + every accessor never throw', () => {
  fc.assert(
    fc.property(untrusted(ECHO_DATAGRAM, WIKI_IPHDR), (b) => {
      const p = Ipv4Packet.newChecked(b);
      if (p === WireError.LengthExceedsBuffer || p === WireError.BadLength) {
        Ipv4Packet.newUnchecked(b).verifyChecksum();
      }
      if (isWireError(p)) return;
      touchAll(p);
      const r = Ipv4Repr.parse(p);
      assert.ok(!isWireError(r));
      assert.ok(p.payload().length === r.payloadLen && r.payloadLen + p.headerLen <= b.length);
    }),
  );
});

test('offset helpers in place agree with the view (header at any offset of a larger buffer)', () => {
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 0, maxLength: 80 }), fc.integer({ min: 0, max: 9 }), (bytes, pad) => {
      const whole = new Uint8Array(pad + bytes.length + 3);
      whole.set(bytes, pad);
      const r = Ipv4Packet.newChecked(bytes);
      assert.equal(ipv4HdrCheck(whole, pad, bytes.length), isWireError(r) ? r : null);
      if (isWireError(r)) return;
      assert.equal(iphHdrLen(whole, pad), r.headerLen);
      assert.equal(getU16(whole, pad + Iph.TotLen), r.totLen);
      assert.equal(getU32(whole, pad + Iph.Saddr), r.saddr);
      assert.equal(whole[pad + Iph.Ttl], r.ttl);
    }),
  );
});

test('iphEmit + ipSendCheck write what Ipv4Repr.emit writes', () => {
  const r = Ipv4Packet.newChecked(ECHO_DATAGRAM);
  assert.ok(!isWireError(r));
  const whole = new Uint8Array(30);
  iphEmit(whole, 5, r.tos, r.totLen, r.id, r.fragOff, r.ttl, r.protocol, r.saddr, r.daddr);
  ipSendCheck(whole, 5);
  assert.equal(toHex(whole.subarray(5, 25)), toHex(ECHO_DATAGRAM.subarray(0, 20)));
  assert.equal(whole[4], 0);
  assert.equal(whole[25], 0);
});
