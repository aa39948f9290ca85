import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Lab } from '../../lab/lab.js';
import { CHECKSUM_COMPLETE, SkBuff } from '../core/skbuff.js';
import { IpStat } from '../core/snmp.js';
import { IPQ_TRUESIZE, IP_DEFRAG_CONNTRACK_IN, IP_DEFRAG_LOCAL_DELIVER, ipDefrag } from './ip_fragment.js';
import { advance } from './arp.testutil.js';
import { IP_MF, iphEmit, ipSendCheck } from '../../wire/ipv4.js';
import { ipDoFragment } from './ip_output_frag.js';
import type { Rtable } from './route.js';
import { NET_XMIT_DROP } from '../core/netdevice.js';

const SADDR = 0x0a000001;
const DADDR = 0x0a000002;

/** One fragment of the datagram `id` carrying payload[off, end). */
function fragment(payload: Uint8Array, id: number, off: number, end: number, last: boolean): SkBuff {
  const len = end - off;
  const skb = new SkBuff(20 + len, 16);
  const o = skb.put(20 + len);
  iphEmit(skb.buf, o, 0, 20 + len, id, (off >> 3) | (last ? 0 : IP_MF), 64, 17, SADDR, DADDR);
  ipSendCheck(skb.buf, o);
  skb.buf.set(payload.subarray(off, end), o + 20);
  skb.networkHeader = o;
  skb.transportHeader = o + 20;
  return skb;
}

interface Piece { off: number; end: number; kind: 'cover' | 'dup' | 'overlap' }

/** A payload, its cover by 8-byte aligned pieces, plus duplicates and overlapping extras, some cover pieces dropped, shuffled. */
const stream = fc.integer({ min: 17, max: 4000 }).chain((len) =>
  fc.record({
    len: fc.constant(len),
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, Math.floor((len - 1) / 8)) }), { minLength: 1, maxLength: 12 }),
    dups: fc.array(fc.nat(), { maxLength: 3 }),
    overlaps: fc.array(fc.tuple(fc.nat({ max: len - 1 }), fc.integer({ min: 1, max: len })), { maxLength: 2 }),
    missing: fc.array(fc.nat(), { maxLength: 2 }),
    order: fc.array(fc.nat(), { minLength: 20, maxLength: 20 }),
    high: fc.constantFrom(4 * 1024 * 1024, 20000, 6000, 1),
  }),
);

function pieces(s: { len: number; cuts: number[]; dups: number[]; overlaps: [number, number][]; missing: number[]; order: number[] }): Piece[] {
  const bounds = [0, ...s.cuts.map((c) => c * 8).filter((c) => c < s.len).sort((a, b) => a - b), s.len];
  const cover: Piece[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) if (bounds[i]! < bounds[i + 1]!) cover.push({ off: bounds[i]!, end: bounds[i + 1]!, kind: 'cover' });
  const out = cover.filter((_, i) => !s.missing.some((m) => m % (cover.length + 1) === i));
  for (const d of s.dups) out.push({ ...cover[d % cover.length]!, kind: 'dup' });
  for (const [a, l] of s.overlaps) {
    const off = a & ~7;
    let end = Math.min(s.len, off + l);
    if (end < s.len) end = Math.max(off + 8, end & ~7);
    // A piece from 0 to the end is no fragment at all (ip_is_fragment() is false): ip_rcv never defrags it.
    if (end > s.len || end <= off || (off === 0 && end === s.len)) continue;
    out.push({ off, end, kind: 'overlap' });
  }
  for (let i = out.length - 1; i > 0; i--) {
    const j = (s.order[i % s.order.length] ?? 0) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

test('reassembly property: random fragment streams never throw, stay under ipfrag_high_thresh, and reassemble exactly when complete', async () => {
  const lab = new Lab(7);
  const net = lab.initNet;
  const dev = net.devByIndex(1)!;
  let id = 1;
  await fc.assert(
    fc.asyncProperty(stream, async (s) => {
      net.ipv4.sysctl.ipfragHighThresh = s.high;
      const payload = Uint8Array.from({ length: s.len }, (_, i) => (i * 7 + s.len) & 0xff);
      const ps = pieces(s);
      const thisId = id++ & 0xffff;
      const outputs: SkBuff[] = [];
      let maxTruesize = 0;
      for (const p of ps) {
        const skb = fragment(payload, thisId, p.off, p.end, p.end === s.len);
        skb.dev = dev;
        maxTruesize = Math.max(maxTruesize, skb.truesize);
        const whole = ipDefrag(net, skb, IP_DEFRAG_LOCAL_DELIVER);
        if (whole) outputs.push(whole);
        // inet_frag_find() refuses above the threshold; one queue plus one fragment may cross it.
        assert.ok(net.ipv4.frags.mem <= Math.max(s.high, 0) + IPQ_TRUESIZE + maxTruesize, `mem ${net.ipv4.frags.mem}`);
      }
      const covered = new Uint8Array(s.len);
      for (const p of ps) if (p.kind !== 'overlap') covered.fill(1, p.off, p.end);
      const complete = covered.every((x) => x === 1);
      const overlapsFed = ps.some((p) => p.kind === 'overlap');
      // Copies of every piece after completion are a second datagram with the same id: it reassembles again.
      assert.ok(outputs.length <= 1 + ps.filter((p) => p.kind !== 'cover').length);
      for (const w of outputs) {
        assert.equal(w.len, 20 + s.len);
        assert.deepEqual(w.buf.subarray(w.networkHeader + 20, w.networkHeader + 20 + s.len), payload);
      }
      if (!overlapsFed && s.high >= 1024 * 1024) assert.equal(outputs.length > 0, complete, 'reassembled iff complete');
      if (!complete && !overlapsFed) assert.equal(outputs.length, 0);
      // Whatever is left expires with ipfrag_time (on the timer wheel: up to a level-3 bucket, 2.048 s, late)
      // and gives its memory back.
      await advance(lab, (net.ipv4.sysctl.ipfragTime + 2049) * 1e6);
      assert.equal(net.ipv4.frags.queues.size, 0);
      assert.equal(net.ipv4.frags.mem, 0);
    }),
    { numRuns: 300 },
  );
  const mib = net.mib.ip;
  assert.ok(mib[IpStat.REASMREQDS]! > 0 && mib[IpStat.REASMOKS]! > 0 && mib[IpStat.REASMFAILS]! > 0);
});

test('ip_do_fragment pieces reassemble to the original, 8-byte aligned, MF on all but the last', () => {
  const lab = new Lab(3);
  const net = lab.initNet;
  const payload = Uint8Array.from({ length: 3000 }, (_, i) => i & 0xff);
  const skb = fragment(payload, 77, 0, 3000, true);
  const frags: SkBuff[] = [];
  ipDoFragment(net, skb, { dev: net.devByIndex(1)! } as unknown as Rtable, 1000, (_n, f) => (frags.push(f), 0));
  assert.deepEqual(frags.map((f) => f.len), [996, 996, 996, 92]);
  let whole: SkBuff | null = null;
  for (const f of frags.reverse()) {
    f.dev = net.devByIndex(1);
    whole = ipDefrag(net, f, IP_DEFRAG_LOCAL_DELIVER) ?? whole;
  }
  assert.ok(whole);
  assert.deepEqual(whole.buf.subarray(whole.networkHeader + 20, whole.tail), payload);
  assert.equal(net.mib.ip[IpStat.FRAGCREATES], 4);
  assert.equal(net.mib.ip[IpStat.FRAGOKS], 1);
});

test('conntrack defrag keeps the pieces (no coalescing): ip_do_fragment sends them again as they came, MF and offsets, no DF, unless one exceeds the MTU', () => {
  const payload = new Uint8Array(700).map((_, i) => i & 0xff);
  const cuts: [number, number][] = [[0, 16], [16, 400], [400, 408], [408, 700]];
  for (const [mtu, want] of [[1500, [36, 404, 28, 312]], [300, [300, 300, 160]]] as const) {
    const lab = new Lab(4);
    const net = lab.initNet;
    let whole: SkBuff | null = null;
    for (const [off, end] of cuts) {
      const f = fragment(payload, 79, off, end, end === 700);
      f.dev = net.devByIndex(1);
      whole = ipDefrag(net, f, IP_DEFRAG_CONNTRACK_IN) ?? whole;
    }
    assert.ok(whole);
    assert.deepEqual(whole.fragListLens, [16, 384, 8, 292]);
    const frags: SkBuff[] = [];
    ipDoFragment(net, whole, { dev: net.devByIndex(1)! } as unknown as Rtable, mtu, (_n, f) => (frags.push(f), 0));
    assert.deepEqual(frags.map((f) => f.len), want);
    const fo = frags.map((f) => (f.buf[f.networkHeader + 6]! << 8) | f.buf[f.networkHeader + 7]!);
    assert.ok(fo.every((v, i) => !(v & 0x4000) && !!(v & IP_MF) === (i < fo.length - 1)));
  }
});

test('the fast path sends the reassembled head as the first piece with its checksum state (CHECKSUM_COMPLETE, csum_valid); the slow path and the other pieces are new skbs without it', () => {
  const payload = new Uint8Array(700).map((_, i) => i & 0xff);
  for (const [mtu, firstKeeps] of [[1500, true], [300, false]] as const) {
    const lab = new Lab(4);
    const net = lab.initNet;
    let whole: SkBuff | null = null;
    for (const [off, end] of [[0, 400], [400, 700]]) {
      const f = fragment(payload, 80, off!, end!, end === 700);
      f.dev = net.devByIndex(1);
      whole = ipDefrag(net, f, IP_DEFRAG_CONNTRACK_IN) ?? whole;
    }
    assert.ok(whole);
    // What conntrack's __skb_checksum_complete() leaves on the head.
    whole.ipSummed = CHECKSUM_COMPLETE;
    whole.csumValid = true;
    const frags: SkBuff[] = [];
    ipDoFragment(net, whole, { dev: net.devByIndex(1)! } as unknown as Rtable, mtu, (_n, f) => (frags.push(f), 0));
    assert.deepEqual(frags.map((f) => f.csumValid), frags.map((_, i) => firstKeeps && i === 0));
    assert.deepEqual(frags.map((f) => f.ipSummed === CHECKSUM_COMPLETE), frags.map((_, i) => firstKeeps && i === 0));
  }
});

test('ip_do_fragment stops at the first piece its output refuses: FragFails, no FragOKs, the error returned', () => {
  const lab = new Lab(3);
  const net = lab.initNet;
  const skb = fragment(new Uint8Array(3000), 78, 0, 3000, true);
  const sent: number[] = [];
  const err = ipDoFragment(net, skb, { dev: net.devByIndex(1)! } as unknown as Rtable, 1000, (_n, f) => {
    sent.push(f.len);
    return sent.length === 2 ? NET_XMIT_DROP : 0;
  });
  assert.equal(err, NET_XMIT_DROP);
  assert.deepEqual(sent, [996, 996]);
  assert.equal(net.mib.ip[IpStat.FRAGCREATES], 1);
  assert.equal(net.mib.ip[IpStat.FRAGFAILS], 1);
  assert.equal(net.mib.ip[IpStat.FRAGOKS], 0);
});

test('ipfrag_max_dist: a queue that saw more than max_dist fragments of its source pass since its last one starts over (ReasmFails)', () => {
  const lab = new Lab(4);
  const net = lab.initNet;
  net.ipv4.sysctl.ipfragMaxDist = 2;
  const dev = net.devByIndex(1)!;
  const payload = Uint8Array.from({ length: 32 }, (_, i) => i);
  const feed = (id: number, off: number, end: number): SkBuff | null => {
    const f = fragment(payload, id, off, end, end === 32);
    f.dev = dev;
    return ipDefrag(net, f, IP_DEFRAG_LOCAL_DELIVER);
  };
  assert.equal(feed(1, 0, 16), null);
  for (let id = 2; id <= 4; id++) assert.equal(feed(id, 0, 8), null);
  const fails = net.mib.ip[IpStat.REASMFAILS]!;
  // Three fragments of other datagrams from 10.0.0.1 came in between: the first piece of id 1 is dropped.
  assert.equal(feed(1, 16, 32), null);
  assert.equal(net.mib.ip[IpStat.REASMFAILS]! - fails, 1);
  const whole = feed(1, 0, 16);
  assert.ok(whole, 'the re-sent first piece completes it');
  assert.deepEqual(whole.buf.subarray(whole.networkHeader + 20, whole.tail), payload);
});

test('ipfrag_time runs on the timer wheel: a 30 s queue (7500 jiffies, level 3 of 512) expires at 30.72 s, never before', async () => {
  const lab = new Lab(4);
  const net = lab.initNet;
  const dev = net.devByIndex(1)!;
  const payload = new Uint8Array(32);
  const f = fragment(payload, 7, 16, 32, true);
  f.dev = dev;
  assert.equal(ipDefrag(net, f, IP_DEFRAG_LOCAL_DELIVER), null);
  const timeouts = (): number => net.mib.ip[IpStat.REASMTIMEOUT]!;
  await advance(lab, 30_716e6);
  assert.equal(timeouts(), 0);
  await advance(lab, 8e6);
  assert.equal(timeouts(), 1);
});
