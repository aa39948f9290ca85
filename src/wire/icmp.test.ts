import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { WireError, isWireError } from './error.js';
import {
  ICMP_DEST_UNREACH,
  ICMP_ECHO,
  ICMP_ECHOREPLY,
  ICMP_FRAG_NEEDED,
  ICMP_HLEN,
  ICMP_PARAMETERPROB,
  ICMP_REDIRECT,
  ICMP_REDIR_HOST,
  IcmpPacket,
  IcmpRepr,
  icmpEchoUn,
} from './icmp.js';
import { IPPROTO_UDP, Ipv4Packet } from './ipv4.js';
import { hex, refChecksum, sliced, toHex, touchAll, untrusted } from './testutil.js';

/** iputils ping: id 0x1c46, seq 1, 16-byte timeval then 0x10..0x37. */
const ECHO_REQUEST = hex(
  '080086ad1c460001' +
    '00f153650000000040e2010000000000101112131415161718191a1b1c1d1e1f' +
    '202122232425262728292a2b2c2d2e2f3031323334353637',
);
/** Fragmentation needed, next-hop MTU 1400, quoting a UDP datagram's header + 8 bytes. */
const FRAG_NEEDED = hex(
  '030486f800000578' + '45000039123440004011147e0a0000010a000002' + '9c4000350025d3f0',
);

test('parses a captured echo request', () => {
  const p = IcmpPacket.newChecked(ECHO_REQUEST);
  assert.ok(!isWireError(p));
  assert.equal(p.type, ICMP_ECHO);
  assert.equal(p.code, 0);
  assert.equal(p.checksum, 0x86ad);
  assert.equal(p.echoId, 0x1c46);
  assert.equal(p.echoSequence, 1);
  assert.equal(p.un, icmpEchoUn(0x1c46, 1));
  assert.equal(p.payload().length, 56);
  assert.ok(p.verifyChecksum());
  const r = IcmpRepr.parse(p);
  assert.ok(!isWireError(r));
  assert.equal(r.type, ICMP_ECHO);
  assert.equal(r.un, 0x1c460001);
  assert.equal(r.data.buffer, ECHO_REQUEST.buffer);
});

test('an echo reply built from the request: only the type word changes', () => {
  const req = IcmpRepr.parse(IcmpPacket.newUnchecked(ECHO_REQUEST));
  assert.ok(!isWireError(req));
  const reply: IcmpRepr = { ...req, type: ICMP_ECHOREPLY };
  const b = new Uint8Array(IcmpRepr.bufferLen(reply));
  assert.equal(b.length, 64);
  IcmpRepr.emit(reply, IcmpPacket.newUnchecked(b));
  const p = IcmpPacket.newUnchecked(b);
  assert.equal(p.checksum, 0x8ead);
  assert.ok(p.verifyChecksum());
  assert.equal(toHex(b.subarray(4)), toHex(ECHO_REQUEST.subarray(4)));
});

test('parses a captured fragmentation-needed error and its quoted header', () => {
  const p = IcmpPacket.newChecked(FRAG_NEEDED);
  assert.ok(!isWireError(p));
  assert.ok(p.verifyChecksum());
  assert.equal(p.type, ICMP_DEST_UNREACH);
  assert.equal(p.code, ICMP_FRAG_NEEDED);
  assert.equal(p.fragMtu, 1400);
  // The quote is cut after 8 bytes of the 57-byte datagram.
  const inner = p.payload();
  assert.equal(Ipv4Packet.newChecked(inner), WireError.LengthExceedsBuffer);
  const ip = Ipv4Packet.newUnchecked(inner);
  assert.ok(ip.verifyChecksum());
  assert.equal(ip.protocol, IPPROTO_UDP);
  assert.equal(ip.daddr, 0x0a000002);
  assert.equal(toHex(ip.payload()), '9c4000350025d3f0');
});

test('redirect gateway and parameter-problem pointer share un', () => {
  const b = new Uint8Array(ICMP_HLEN + 28);
  const p = IcmpPacket.newUnchecked(b);
  p.type = ICMP_REDIRECT;
  p.code = ICMP_REDIR_HOST;
  p.gateway = 0x0a0000fe;
  p.fillChecksum();
  assert.equal(toHex(b.subarray(4, 8)), '0a0000fe');
  assert.equal(p.un, 0x0a0000fe);
  assert.ok(p.verifyChecksum());
  p.un = 0;
  p.type = ICMP_PARAMETERPROB;
  p.pointer = 9;
  assert.equal(toHex(b.subarray(4, 8)), '09000000');
  p.fragMtu = 0x0578;
  assert.equal(p.un, 0x09000578);
});

test('odd-length message: checksum pads the last byte (RFC 1071)', () => {
  for (const n of [0, 1, 3, 55]) {
    const data = Uint8Array.from({ length: n }, (_, i) => 0xf0 ^ i);
    const r: IcmpRepr = { type: ICMP_ECHO, code: 0, un: icmpEchoUn(7, 9), data };
    const b = new Uint8Array(IcmpRepr.bufferLen(r));
    IcmpRepr.emit(r, IcmpPacket.newUnchecked(b));
    const p = IcmpPacket.newUnchecked(b);
    assert.ok(p.verifyChecksum());
    const c = p.checksum;
    p.checksum = 0;
    assert.equal(c, refChecksum(b));
  }
});

test('emit: buffer longer than bufferLen is left alone past the message; shorter throws', () => {
  const r: IcmpRepr = { type: ICMP_ECHO, code: 0, un: 1, data: hex('abcdef') };
  const { bytes, guardsIntact } = sliced(new Uint8Array(IcmpRepr.bufferLen(r)));
  IcmpRepr.emit(r, IcmpPacket.newUnchecked(bytes));
  assert.ok(guardsIntact());
  assert.ok(IcmpPacket.newUnchecked(bytes).verifyChecksum());
  assert.throws(() => IcmpRepr.emit(r, IcmpPacket.newUnchecked(new Uint8Array(10))));
});

test('too short for the header: truncated', () => {
  assert.equal(IcmpPacket.newChecked(ECHO_REQUEST.subarray(0, 7)), WireError.Truncated);
  assert.equal(IcmpRepr.parse(IcmpPacket.newUnchecked(new Uint8Array(2))), WireError.Truncated);
  const bad = ECHO_REQUEST.slice();
  bad[20] = bad[20]! ^ 1;
  const p = IcmpPacket.newChecked(bad);
  assert.ok(!isWireError(p));
  assert.equal(p.verifyChecksum(), false);
});

test('sliced buffer: a message at a non-zero byteOffset', () => {
  const { bytes, guardsIntact } = sliced(ECHO_REQUEST);
  const p = IcmpPacket.newChecked(bytes);
  assert.ok(!isWireError(p));
  assert.ok(p.verifyChecksum());
  assert.equal(p.echoId, 0x1c46);
  p.echoSequence = 2;
  p.fillChecksum();
  assert.ok(guardsIntact());
  assert.equal(p.checksum, 0x86ac);
});

test('round trip repr -> emit -> parse (property)', () => {
  const reprArb = fc.record({
    type: fc.integer({ min: 0, max: 255 }),
    code: fc.integer({ min: 0, max: 255 }),
    un: fc.integer({ min: 0, max: 0xffffffff }),
    data: fc.uint8Array({ maxLength: 100 }),
  });
  fc.assert(
    fc.property(reprArb, (r) => {
      const { bytes, guardsIntact } = sliced(new Uint8Array(IcmpRepr.bufferLen(r)));
      IcmpRepr.emit(r, IcmpPacket.newUnchecked(bytes));
      assert.ok(guardsIntact());
      const p = IcmpPacket.newChecked(bytes);
      assert.ok(!isWireError(p));
      assert.ok(p.verifyChecksum());
      assert.deepEqual(IcmpRepr.parse(p), { ...r });
    }),
  );
});

test('fuzz: newChecked + parse + every accessor never throw', () => {
  fc.assert(
    fc.property(untrusted(ECHO_REQUEST, FRAG_NEEDED), (b) => {
      const p = IcmpPacket.newChecked(b);
      if (isWireError(p)) return;
      touchAll(p);
      assert.ok(!isWireError(IcmpRepr.parse(p)));
    }),
  );
});
