import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { WireError, isWireError } from './error.js';
import {
  ETH_HLEN,
  ETH_P_ARP,
  ETH_P_IP,
  EthernetPacket,
  EthernetRepr,
  etherAddrEqual,
  ethBroadcastAddr,
  ethZeroAddr,
  isBroadcastEtherAddr,
  isLinkLocalEtherAddr,
  isLocalEtherAddr,
  isMulticastEtherAddr,
  isUnicastEtherAddr,
  isValidEtherAddr,
  isZeroEtherAddr,
  macToString,
  parseMac,
} from './ethernet.js';
import { hex, sliced, touchAll, untrusted } from './testutil.js';

/** ping 10.0.0.2 from 02:00:00:00:0a:01 (ICMP echo request, 98 bytes). */
const ECHO_FRAME = hex(
  '020000000a02 020000000a01 0800' +
    '450000545c3e40004001ca680a0000010a000002' +
    '080086ad1c460001' +
    '00f153650000000040e2010000000000101112131415161718191a1b1c1d1e1f' +
    '202122232425262728292a2b2c2d2e2f3031323334353637',
);

function mac(s: string): Uint8Array {
  const m = parseMac(s);
  assert.ok(m, s);
  return m;
}

test('parses a captured frame', () => {
  const p = EthernetPacket.newChecked(ECHO_FRAME);
  assert.ok(!isWireError(p));
  assert.equal(macToString(p.hDest), '02:00:00:00:0a:02');
  assert.equal(macToString(p.hSource), '02:00:00:00:0a:01');
  assert.equal(p.hProto, ETH_P_IP);
  assert.equal(p.payload().length, 84);
  assert.equal(p.payload()[0], 0x45);
  const r = EthernetRepr.parse(p);
  assert.ok(!isWireError(r));
  assert.deepEqual(r, { hDest: mac('02:00:00:00:0a:02'), hSource: mac('02:00:00:00:0a:01'), hProto: 0x0800 });
});

test('accessors are views: payload and addresses share the frame bytes', () => {
  const b = ECHO_FRAME.slice();
  const p = EthernetPacket.newUnchecked(b);
  p.hDest[5] = 0x99;
  p.payload()[0] = 0x46;
  assert.equal(b[5], 0x99);
  assert.equal(b[ETH_HLEN], 0x46);
});

test('a frame shorter than ETH_HLEN is truncated', () => {
  assert.equal(EthernetPacket.newChecked(ECHO_FRAME.subarray(0, 13)), WireError.Truncated);
  assert.equal(EthernetRepr.parse(EthernetPacket.newUnchecked(new Uint8Array(3))), WireError.Truncated);
  const p = EthernetPacket.newChecked(ECHO_FRAME.subarray(0, 14));
  assert.ok(!isWireError(p));
  assert.equal(p.payload().length, 0);
});

test('emit writes exactly the captured header', () => {
  const repr: EthernetRepr = { hDest: mac('02:00:00:00:0a:02'), hSource: mac('02:00:00:00:0a:01'), hProto: ETH_P_IP };
  const b = new Uint8Array(EthernetRepr.bufferLen(repr));
  EthernetRepr.emit(repr, EthernetPacket.newUnchecked(b));
  assert.deepEqual(b, ECHO_FRAME.subarray(0, ETH_HLEN));
  assert.throws(() => EthernetRepr.emit(repr, EthernetPacket.newUnchecked(new Uint8Array(13))));
});

test('round trip repr -> emit -> parse, inside a larger buffer', () => {
  const macArb = fc.uint8Array({ minLength: 6, maxLength: 6 });
  fc.assert(
    fc.property(macArb, macArb, fc.integer({ min: 0, max: 0xffff }), (hDest, hSource, hProto) => {
      const repr = { hDest, hSource, hProto };
      const { bytes, guardsIntact } = sliced(new Uint8Array(ETH_HLEN + 4));
      EthernetRepr.emit(repr, EthernetPacket.newUnchecked(bytes));
      assert.ok(guardsIntact());
      const p = EthernetPacket.newChecked(bytes);
      assert.ok(!isWireError(p));
      assert.deepEqual(EthernetRepr.parse(p), repr);
    }),
  );
});

test('sliced buffer: a frame at a non-zero byteOffset reads the same', () => {
  const { bytes } = sliced(ECHO_FRAME);
  const p = EthernetPacket.newChecked(bytes);
  assert.ok(!isWireError(p));
  assert.equal(p.hProto, ETH_P_IP);
  assert.equal(macToString(p.hSource), '02:00:00:00:0a:01');
  p.hProto = ETH_P_ARP;
  assert.equal(bytes[12], 0x08);
  assert.equal(bytes[13], 0x06);
});

test('macToString / parseMac', () => {
  assert.equal(macToString(hex('02000000 0a01')), '02:00:00:00:0a:01');
  assert.equal(macToString(hex('ffffffffffff')), 'ff:ff:ff:ff:ff:ff');
  assert.deepEqual(parseMac('02:00:00:00:0A:01'), hex('020000000a01'));
  assert.deepEqual(parseMac('2:0:0:0:a:1'), hex('020000000a01'));
  for (const bad of [
    '', '02:00:00:00:0a', '02:00:00:00:0a:01:02', '02:00:00:00:0g:01', '002:00:00:00:0a:01',
    '02-00-00-00-0a-01', '02:00:00:00:0a:', ' 02:00:00:00:0a:01', '02:00:00:00:0a:01 ', '02::00:00:0a:01',
  ]) {
    assert.equal(parseMac(bad), null, bad);
  }
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 6, maxLength: 6 }), (m) => {
      assert.deepEqual(parseMac(macToString(m)), m);
    }),
  );
});

test('etherdevice.h address classes', () => {
  const bcast = new Uint8Array(6);
  ethBroadcastAddr(bcast);
  const zero = new Uint8Array(6).fill(7);
  ethZeroAddr(zero);
  const mcast = mac('01:00:5e:00:00:01');
  const uni = mac('02:00:00:00:0a:01');
  const oui = mac('52:54:00:12:34:56');
  const stp = mac('01:80:c2:00:00:00');
  assert.ok(isBroadcastEtherAddr(bcast) && isMulticastEtherAddr(bcast) && !isValidEtherAddr(bcast));
  assert.ok(isZeroEtherAddr(zero) && !isValidEtherAddr(zero) && isUnicastEtherAddr(zero));
  assert.ok(isMulticastEtherAddr(mcast) && !isBroadcastEtherAddr(mcast) && !isValidEtherAddr(mcast));
  assert.ok(isValidEtherAddr(uni) && isLocalEtherAddr(uni) && isUnicastEtherAddr(uni));
  assert.ok(isValidEtherAddr(oui) && isLocalEtherAddr(oui));
  assert.ok(!isLocalEtherAddr(mac('00:16:3e:00:00:01')));
  assert.ok(isLinkLocalEtherAddr(stp) && isLinkLocalEtherAddr(mac('01:80:c2:00:00:0e')));
  assert.ok(!isLinkLocalEtherAddr(mac('01:80:c2:00:00:10')));
  assert.ok(etherAddrEqual(uni, hex('020000000a01')) && !etherAddrEqual(uni, oui));
});

test('fuzz: newChecked + parse + every accessor never throw', () => {
  fc.assert(
    fc.property(untrusted(ECHO_FRAME), (b) => {
      const p = EthernetPacket.newChecked(b);
      if (isWireError(p)) {
        assert.ok(b.length < ETH_HLEN);
        return;
      }
      touchAll(p);
      assert.ok(!isWireError(EthernetRepr.parse(p)));
    }),
  );
});
