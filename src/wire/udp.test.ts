import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CSUM_MANGLED_0 } from './checksum.js';
import { WireError, isWireError } from './error.js';
import { Ipv4Packet } from './ipv4.js';
import { UDP_HLEN, UdpPacket, UdpRepr, udpCsum, udpHdrCheck } from './udp.js';
import { hex, sliced, toHex, touchAll, untrusted } from './testutil.js';

const SADDR = 0x0a000001;
const DADDR = 0x0a000002;
/** DNS query "example.com A" 10.0.0.1:40000 -> 10.0.0.2:53, with its IPv4 header. */
const DNS_DATAGRAM = hex(
  '45000039123440004011147e0a0000010a000002' +
    '9c4000350025d3f0' +
    'abcd01000001000000000000076578616d706c6503636f6d0000010001',
);
const DNS_UDP = DNS_DATAGRAM.subarray(20);

test('parses a captured DNS query (odd length 37)', () => {
  const ip = Ipv4Packet.newChecked(DNS_DATAGRAM);
  assert.ok(!isWireError(ip));
  const p = UdpPacket.newChecked(ip.payload());
  assert.ok(!isWireError(p));
  assert.equal(p.source, 40000);
  assert.equal(p.dest, 53);
  assert.equal(p.len, 37);
  assert.equal(p.check, 0xd3f0);
  assert.ok(p.verifyChecksum(ip.saddr, ip.daddr));
  assert.equal(p.verifyChecksum(ip.saddr, 0x0a000003), false);
  const r = UdpRepr.parse(p);
  assert.ok(!isWireError(r));
  assert.equal(r.source, 40000);
  assert.equal(r.dest, 53);
  assert.equal(r.data.length, 29);
  assert.equal(toHex(r.data.subarray(12, 20)), '076578616d706c65');
});

test('emit reproduces the captured bytes', () => {
  const r = UdpRepr.parse(UdpPacket.newUnchecked(DNS_UDP));
  assert.ok(!isWireError(r));
  const b = new Uint8Array(UdpRepr.bufferLen(r));
  UdpRepr.emit(r, UdpPacket.newUnchecked(b), SADDR, DADDR);
  assert.equal(toHex(b), toHex(DNS_UDP));
});

test('RFC 768: a received checksum of 0 means no checksum', () => {
  const b = DNS_UDP.slice();
  b[6] = 0;
  b[7] = 0;
  const p = UdpPacket.newChecked(b);
  assert.ok(!isWireError(p));
  assert.ok(p.verifyChecksum(SADDR, DADDR));
  assert.ok(p.verifyChecksum(1, 2));
});

test('RFC 768: a computed checksum of 0 is sent as 0xffff, and verifies', () => {
  const data = new Uint8Array(2);
  const r: UdpRepr = { source: 1234, dest: 5678, data };
  const b = new Uint8Array(UdpRepr.bufferLen(r));
  UdpRepr.emit(r, UdpPacket.newUnchecked(b), SADDR, DADDR);
  const c0 = UdpPacket.newUnchecked(b).check;
  // Data word = the checksum of zero data makes the sum all ones.
  data[0] = c0 >> 8;
  data[1] = c0 & 0xff;
  UdpRepr.emit(r, UdpPacket.newUnchecked(b), SADDR, DADDR);
  const p = UdpPacket.newUnchecked(b);
  assert.equal(p.check, CSUM_MANGLED_0);
  assert.ok(p.verifyChecksum(SADDR, DADDR));
});

test('__udp4_lib_rcv() length checks', () => {
  assert.equal(UdpPacket.newChecked(DNS_UDP.subarray(0, 7)), WireError.Truncated);
  assert.equal(UdpPacket.newChecked(DNS_UDP.subarray(0, 36)), WireError.LengthExceedsBuffer);
  const small = DNS_UDP.slice();
  small[5] = 7;
  assert.equal(UdpPacket.newChecked(small), WireError.BadLength);
  assert.equal(UdpRepr.parse(UdpPacket.newUnchecked(small)), WireError.BadLength);
  // Bytes past len (e.g. IP padding) are not payload and not summed.
  const padded = new Uint8Array(48);
  padded.set(DNS_UDP);
  padded.fill(0x55, 37);
  const p = UdpPacket.newChecked(padded);
  assert.ok(!isWireError(p));
  assert.equal(p.payload().length, 29);
  assert.ok(p.verifyChecksum(SADDR, DADDR));
  const empty = UdpPacket.newChecked(hex('0001000200080000'));
  assert.ok(!isWireError(empty));
  assert.equal(empty.payload().length, 0);
});

test('emit into a short buffer throws', () => {
  const r: UdpRepr = { source: 1, dest: 2, data: new Uint8Array(10) };
  assert.throws(() => UdpRepr.emit(r, UdpPacket.newUnchecked(new Uint8Array(17)), SADDR, DADDR));
  const huge: UdpRepr = { source: 1, dest: 2, data: new Uint8Array(0xffff) };
  assert.throws(() => UdpRepr.emit(huge, UdpPacket.newUnchecked(new Uint8Array(0x10007)), SADDR, DADDR));
});

test('sliced buffer: a datagram at a non-zero byteOffset', () => {
  const { bytes, guardsIntact } = sliced(DNS_UDP);
  const p = UdpPacket.newChecked(bytes);
  assert.ok(!isWireError(p));
  assert.ok(p.verifyChecksum(SADDR, DADDR));
  p.dest = 5353;
  p.fillChecksum(SADDR, DADDR);
  assert.ok(guardsIntact());
  assert.ok(p.verifyChecksum(SADDR, DADDR));
  assert.equal(p.payload().byteOffset, 3 + UDP_HLEN);
});

test('round trip repr -> emit -> parse, checksum verifies (property)', () => {
  const u16 = fc.integer({ min: 0, max: 0xffff });
  const u32 = fc.integer({ min: 0, max: 0xffffffff });
  fc.assert(
    fc.property(u16, u16, fc.uint8Array({ maxLength: 200 }), u32, u32, (source, dest, data, saddr, daddr) => {
      const r: UdpRepr = { source, dest, data };
      const { bytes, guardsIntact } = sliced(new Uint8Array(UdpRepr.bufferLen(r)));
      UdpRepr.emit(r, UdpPacket.newUnchecked(bytes), saddr, daddr);
      assert.ok(guardsIntact());
      const p = UdpPacket.newChecked(bytes);
      assert.ok(!isWireError(p));
      assert.notEqual(p.check, 0);
      assert.ok(p.verifyChecksum(saddr, daddr));
      assert.deepEqual(UdpRepr.parse(p), r);
    }),
  );
});

test('fuzz: newChecked + parse + every accessor never throw', () => {
  fc.assert(
    fc.property(untrusted(DNS_UDP), fc.integer({ min: 0, max: 0xffffffff }), (b, addr) => {
      const p = UdpPacket.newChecked(b);
      if (isWireError(p)) return;
      touchAll(p, [addr, DADDR]);
      const r = UdpRepr.parse(p);
      assert.ok(!isWireError(r));
      assert.ok(UDP_HLEN + r.data.length <= b.length);
    }),
  );
});

test('udpHdrCheck and udpCsum in place agree with the view', () => {
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 0, maxLength: 40 }), fc.integer({ min: 0, max: 7 }), fc.nat(), fc.nat(), (bytes, pad, sa, da) => {
      const whole = new Uint8Array(pad + bytes.length + 2);
      whole.set(bytes, pad);
      const r = UdpPacket.newChecked(bytes);
      assert.equal(udpHdrCheck(whole, pad, bytes.length), isWireError(r) ? r : null);
      if (isWireError(r)) return;
      assert.equal(r.check === 0 || udpCsum(whole, pad, sa >>> 0, da >>> 0) === 0, r.verifyChecksum(sa >>> 0, da >>> 0));
    }),
  );
});
