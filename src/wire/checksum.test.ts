import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  CSUM_MANGLED_0,
  csumAdd,
  csumBlockAdd,
  csumFold,
  csumPartial,
  csumReplace2,
  csumReplace4,
  csumSub,
  csumTcpUdpMagic,
  ipFastCsum,
} from './checksum.js';
import { hex, refChecksum, sliced } from './testutil.js';

/** The well-known example header 192.168.0.1 -> 192.168.0.199, checksum b861. */
const WIKI_IPHDR = hex('4500 0073 0000 4000 4011 b861 c0a8 0001 c0a8 00c7');

function ipv4Header(): fc.Arbitrary<Uint8Array> {
  return fc.uint8Array({ minLength: 20, maxLength: 20 }).map((b) => {
    b[0] = 0x45;
    b[10] = 0;
    b[11] = 0;
    const c = refChecksum(b);
    b[10] = c >> 8;
    b[11] = c & 0xff;
    return b;
  });
}

test('RFC 1071 section 3 example: 00 01 f2 03 f4 f5 f6 f7 sums to ddf2', () => {
  const b = hex('0001 f203 f4f5 f6f7');
  assert.equal(csumPartial(b, 0, b.length, 0), 0xddf2);
  assert.equal(csumFold(csumPartial(b, 0, b.length, 0)), 0x220d);
});

test('odd length: the trailing byte is the high byte of a zero-padded word', () => {
  assert.equal(csumPartial(hex('01'), 0, 1, 0), 0x0100);
  assert.equal(csumPartial(hex('010203'), 0, 3, 0), 0x0402);
  assert.equal(csumPartial(hex('ff010203'), 1, 3, 0), 0x0402);
  assert.equal(csumPartial(hex('010203ff'), 0, 3, 0), 0x0402);
});

test('end-around carry and 0xffff folding', () => {
  assert.equal(csumPartial(hex('ffff ffff'), 0, 4, 0), 0xffff);
  assert.equal(csumPartial(hex('ffff 0001'), 0, 4, 0), 0x0001);
  assert.equal(csumFold(0), 0xffff);
  assert.equal(csumFold(0xffff), 0);
  assert.equal(csumFold(0x1fffe), 0);
  assert.equal(csumFold(0xffffffff), 0);
  assert.equal(csumFold(2 ** 48), csumFold(1));
  assert.equal(csumFold(2 ** 40), csumFold(0x100));
  assert.equal(csumPartial(new Uint8Array(0), 0, 0, 0x1234), 0x1234);
  assert.equal(csumPartial(hex('0001'), 0, 2, 0xffffffff), 0x0001);
});

test('out-of-bounds csumPartial is a programming mistake and throws', () => {
  assert.throws(() => csumPartial(new Uint8Array(4), 2, 3, 0));
  assert.throws(() => csumPartial(new Uint8Array(4), -1, 2, 0));
});

test('csumPartial equals the reference sum on any bytes, offsets and lengths', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(), fc.nat(), (b, x, y) => {
      const off = b.length ? x % (b.length + 1) : 0;
      const len = y % (b.length - off + 1);
      const want = refChecksum(b.subarray(off, off + len));
      assert.equal(csumFold(csumPartial(b, off, len, 0)), want);
      assert.equal(csumFold(csumPartial(sliced(b).bytes, off, len, 0)), want);
    }),
  );
});

test('partial sums compose: initial, csumAdd, and csumBlockAdd at odd offsets', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(), (b, x) => {
      const k = x % (b.length + 1);
      const whole = csumFold(csumPartial(b, 0, b.length, 0));
      const head = csumPartial(b, 0, k, 0);
      const tail = csumPartial(b, k, b.length - k, 0);
      assert.equal(csumFold(csumBlockAdd(head, tail, k)), whole);
      if (k % 2 === 0) {
        assert.equal(csumFold(csumPartial(b, k, b.length - k, head)), whole);
        assert.equal(csumFold(csumAdd(head, tail)), whole);
      }
    }),
  );
});

test('csumSub undoes csumAdd', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 0xffff }), fc.integer({ min: 0, max: 0xffff }), (a, b) => {
      assert.equal(csumFold(csumSub(csumAdd(a, b), b)), csumFold(a));
    }),
  );
});

test('ipFastCsum: a real header verifies to 0 and recomputes b861', () => {
  assert.equal(ipFastCsum(WIKI_IPHDR), 0);
  const b = WIKI_IPHDR.slice();
  b[10] = 0;
  b[11] = 0;
  assert.equal(ipFastCsum(b), 0xb861);
  assert.equal(ipFastCsum(b, 5), 0xb861);
});

test('csumTcpUdpMagic over a real UDP datagram (odd length 37) is 0', () => {
  const udp = hex(
    '9c40 0035 0025 d3f0 abcd 0100 0001 0000 0000 0000 0765 7861 6d70 6c65 0363 6f6d 0000 0100 01',
  );
  const sum = csumPartial(udp, 0, udp.length, 0);
  assert.equal(csumTcpUdpMagic(0x0a000001, 0x0a000002, 37, 17, sum), 0);
  assert.notEqual(csumTcpUdpMagic(0x0a000001, 0x0a000003, 37, 17, sum), 0);
  udp[6] = 0;
  udp[7] = 0;
  assert.equal(csumTcpUdpMagic(0x0a000001, 0x0a000002, 37, 17, csumPartial(udp, 0, 37, 0)), 0xd3f0);
  assert.equal(CSUM_MANGLED_0, 0xffff);
});

test('RFC 1624: csumReplace2 equals full recomputation (property)', () => {
  fc.assert(
    fc.property(ipv4Header(), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 0xffff }), (b, w, to) => {
      if (w === 5) return;
      const from = (b[2 * w]! << 8) | b[2 * w + 1]!;
      const check = (b[10]! << 8) | b[11]!;
      b[2 * w] = to >> 8;
      b[2 * w + 1] = to & 0xff;
      const incr = csumReplace2(check, from, to);
      b[10] = 0;
      b[11] = 0;
      assert.equal(incr, refChecksum(b));
    }),
  );
});

test('RFC 1624 section 4 example: eqn. 3 gives 0x0000 where eqn. 2 gave -0', () => {
  // Other octets sum to 0xcd7a; m = 0x5555 -> m' = 0x3285; HC = 0xdd2f.
  assert.equal(csumReplace2(0xdd2f, 0x5555, 0x3285), 0x0000);
});

test('csumReplace4 (NAT address rewrite) equals full recomputation (property)', () => {
  fc.assert(
    fc.property(ipv4Header(), fc.integer({ min: 0, max: 0xffffffff }), fc.boolean(), (b, to, dst) => {
      const at = dst ? 16 : 12;
      const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
      const from = dv.getUint32(at);
      const incr = csumReplace4(dv.getUint16(10), from, to);
      dv.setUint32(at, to);
      dv.setUint16(10, 0);
      assert.equal(incr, refChecksum(b));
    }),
  );
});

test('csumReplace4 on a UDP checksum through the pseudo header (property)', () => {
  fc.assert(
    fc.property(
      fc.uint8Array({ minLength: 8, maxLength: 64 }),
      fc.integer({ min: 0, max: 0xffffffff }),
      fc.integer({ min: 0, max: 0xffffffff }),
      fc.integer({ min: 0, max: 0xffffffff }),
      (udp, saddr, newSaddr, daddr) => {
        udp[6] = 0;
        udp[7] = 0;
        const full = (s: number): number => {
          const c = csumTcpUdpMagic(s, daddr, udp.length, 17, csumPartial(udp, 0, udp.length, 0));
          return c === 0 ? CSUM_MANGLED_0 : c;
        };
        let incr = csumReplace4(full(saddr), saddr, newSaddr);
        if (incr === 0) incr = CSUM_MANGLED_0;
        assert.equal(incr, full(newSaddr));
      },
    ),
  );
});
