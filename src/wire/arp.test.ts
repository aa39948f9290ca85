import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  ARPHRD_ETHER,
  ARPOP_REPLY,
  ARPOP_REQUEST,
  ARP_HLEN,
  ArpPacket,
  ArpRepr,
  arpHdrCheck,
} from './arp.js';
import { WireError, isWireError } from './error.js';
import { ETH_HLEN, ETH_P_ARP, ETH_P_IP, EthernetPacket, macToString } from './ethernet.js';
import { hex, sliced, toHex, touchAll, untrusted } from './testutil.js';

/** "who-has 10.0.0.2 tell 10.0.0.1" as Linux sends it (42 bytes, unpadded). */
const ARP_REQUEST_FRAME = hex(
  'ffffffffffff 020000000a01 0806' +
    '0001 0800 06 04 0001 020000000a01 0a000001 000000000000 0a000002',
);
const ARP_REQUEST = ARP_REQUEST_FRAME.subarray(ETH_HLEN);

test('parses a captured ARP request', () => {
  const eth = EthernetPacket.newChecked(ARP_REQUEST_FRAME);
  assert.ok(!isWireError(eth));
  assert.equal(eth.hProto, ETH_P_ARP);
  const p = ArpPacket.newChecked(eth.payload());
  assert.ok(!isWireError(p));
  assert.equal(p.htype, ARPHRD_ETHER);
  assert.equal(p.ptype, ETH_P_IP);
  assert.equal(p.hlen, 6);
  assert.equal(p.plen, 4);
  assert.equal(p.oper, ARPOP_REQUEST);
  assert.equal(macToString(p.sha), '02:00:00:00:0a:01');
  assert.equal(p.spa, 0x0a000001);
  assert.equal(macToString(p.tha), '00:00:00:00:00:00');
  assert.equal(p.tpa, 0x0a000002);
  assert.deepEqual(ArpRepr.parse(p), {
    htype: 1,
    oper: 1,
    sha: hex('020000000a01'),
    spa: 0x0a000001,
    tha: new Uint8Array(6),
    tpa: 0x0a000002,
  });
});

test('emit reproduces the captured bytes; a reply round-trips', () => {
  const req = ArpRepr.parse(ArpPacket.newUnchecked(ARP_REQUEST));
  assert.ok(!isWireError(req));
  const b = new Uint8Array(ArpRepr.bufferLen(req));
  ArpRepr.emit(req, ArpPacket.newUnchecked(b));
  assert.equal(toHex(b), toHex(ARP_REQUEST));

  const reply: ArpRepr = { htype: ARPHRD_ETHER, oper: ARPOP_REPLY, sha: hex('020000000a02'), spa: req.tpa, tha: req.sha, tpa: req.spa };
  ArpRepr.emit(reply, ArpPacket.newUnchecked(b));
  assert.equal(toHex(b), '0001080006040002020000000a020a000002020000000a010a000001');
  assert.deepEqual(ArpRepr.parse(ArpPacket.newUnchecked(b)), reply);
  assert.throws(() => ArpRepr.emit(reply, ArpPacket.newUnchecked(new Uint8Array(27))));
});

test('the repr owns copies of the hardware addresses', () => {
  const b = ARP_REQUEST.slice();
  const r = ArpRepr.parse(ArpPacket.newUnchecked(b));
  assert.ok(!isWireError(r));
  b[8] = 0xff;
  assert.equal(r.sha[0], 0x02);
});

test('arp_rcv() checks: short packet, hln/pln not Ethernet/IPv4, ar_pro not IP', () => {
  assert.equal(ArpPacket.newChecked(ARP_REQUEST.subarray(0, 27)), WireError.Truncated);
  assert.equal(ArpPacket.newChecked(new Uint8Array(0)), WireError.Truncated);
  const hln = ARP_REQUEST.slice();
  hln[4] = 8;
  assert.equal(ArpPacket.newChecked(hln), WireError.Unsupported);
  const pln = ARP_REQUEST.slice();
  pln[5] = 16;
  assert.equal(ArpPacket.newChecked(pln), WireError.Unsupported);
  const pro = ARP_REQUEST.slice();
  pro[2] = 0x86;
  pro[3] = 0xdd;
  const p = ArpPacket.newChecked(pro);
  assert.ok(!isWireError(p));
  assert.equal(ArpRepr.parse(p), WireError.Unsupported);
  const padded = new Uint8Array(46);
  padded.set(ARP_REQUEST);
  assert.ok(!isWireError(ArpPacket.newChecked(padded)));
});

test('sliced buffer: emit and parse at a non-zero byteOffset', () => {
  const { bytes, guardsIntact } = sliced(ARP_REQUEST);
  const p = ArpPacket.newChecked(bytes);
  assert.ok(!isWireError(p));
  assert.equal(p.tpa, 0x0a000002);
  p.tpa = 0xc0a80001;
  p.sha = hex('0a0b0c0d0e0f');
  assert.ok(guardsIntact());
  assert.equal(toHex(bytes.subarray(24, 28)), 'c0a80001');
  assert.equal(toHex(bytes.subarray(8, 14)), '0a0b0c0d0e0f');
});

test('round trip repr -> emit -> parse (property)', () => {
  const macArb = fc.uint8Array({ minLength: 6, maxLength: 6 });
  const u32 = fc.integer({ min: 0, max: 0xffffffff });
  const u16 = fc.integer({ min: 0, max: 0xffff });
  fc.assert(
    fc.property(fc.record({ htype: u16, oper: u16, sha: macArb, spa: u32, tha: macArb, tpa: u32 }), (r) => {
      const { bytes, guardsIntact } = sliced(new Uint8Array(ARP_HLEN));
      ArpRepr.emit(r, ArpPacket.newUnchecked(bytes));
      assert.ok(guardsIntact());
      const p = ArpPacket.newChecked(bytes);
      assert.ok(!isWireError(p));
      assert.deepEqual(ArpRepr.parse(p), { ...r });
    }),
  );
});

test('fuzz: newChecked + parse + every accessor never throw', () => {
  fc.assert(
    fc.property(untrusted(ARP_REQUEST), (b) => {
      const p = ArpPacket.newChecked(b);
      if (isWireError(p)) return;
      touchAll(p);
      ArpRepr.parse(p);
    }),
  );
});

test('arpHdrCheck: the length and ar_hln follow the device, as arp_rcv() checks', () => {
  const b = new Uint8Array(8 + 2 * (8 + 4));
  b[4] = 8;
  b[5] = 4;
  assert.equal(arpHdrCheck(b, 0, b.length, 8), null);
  assert.equal(arpHdrCheck(b, 0, b.length - 1, 8), WireError.Truncated);
  assert.equal(arpHdrCheck(b, 0, b.length, 6), WireError.Unsupported);
  b[5] = 16;
  assert.equal(arpHdrCheck(b, 0, b.length, 8), WireError.Unsupported);
});
