import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FibIndex } from './fib_index.js';
import { boundaries, build, ip, opArb, runOps, summedLeaf, tableArb, type Route } from './fib_index.testutil.js';

// DIR-24-8 (fib_index_dir.ts) against a naive longest-prefix match: random
// tables, inserts and removes interleaved with lookups, both entry widths.

test('DIR-24-8 with 8-bit entries answers like a naive LPM through inserts, removes and default-route changes', () => {
  fc.assert(
    fc.property(tableArb(false), fc.array(opArb(false), { maxLength: 120 }), (initial, ops) => runOps(initial, ops, 24, 'tiny')),
    { numRuns: 25 },
  );
});

test('DIR-24-8 with 8-bit entries widening to 16 bits at its first leaf past 0x7e answers like a naive LPM', () => {
  fc.assert(
    fc.property(tableArb(false), fc.array(opArb('narrow'), { maxLength: 120 }), (initial, ops) => runOps(initial, ops, 24, 'tiny')),
    { numRuns: 15 },
  );
});

test('a block needing a 128th chunk widens 8-bit entries to 16 bits, by a rebuild or by a painted /32', () => {
  for (const len of [25, 32]) {
    const ix = FibIndex.empty({ directBits: 24 });
    assert.equal(ix.layout, 'tiny');
    ix.insert(ip('10.0.0.0'), 8, 1);
    // One /25 or /32 in each of 200 /24s of one /16: a chunk each.
    for (let s = 0; s < 200; s++) ix.insert((ip('10.9.0.0') + s * 256 + 128) >>> 0, len, 2 + (s % 3));
    for (let s = 0; s < 200; s++) {
      assert.equal(ix.lookup((ip('10.9.0.0') + s * 256 + 128) >>> 0), 2 + (s % 3), `slice ${s}`);
      assert.equal(ix.lookup((ip('10.9.0.0') + s * 256 + 5) >>> 0), 1);
    }
    assert.equal(ix.layout, 'narrow', `/${len}s`);
  }
});

test('DIR-24-8 with 32-bit entries, and an 8-bit table widening at its first large leaf, answer like a naive LPM', () => {
  fc.assert(
    fc.property(tableArb(true), fc.array(opArb(true), { maxLength: 120 }), (initial, ops) => runOps(initial, ops, 24, 'wide')),
    { numRuns: 12 },
  );
  fc.assert(
    fc.property(tableArb(false), fc.array(opArb(true), { maxLength: 120 }), (initial, ops) => runOps(initial, ops, 24, 'tiny')),
    { numRuns: 12 },
  );
});

test('a /25../32 gets its /24 a chunk; removing it gives the chunk back', () => {
  const ix = FibIndex.empty({ directBits: 24 });
  assert.equal(ix.layout, 'tiny');
  const empty = ix.lookupBytes();
  ix.insert(ip('10.0.0.0'), 8, 1);
  ix.insert(ip('10.1.2.0'), 24, 2);
  ix.insert(ip('10.1.2.128'), 25, 3);
  ix.insert(ip('10.1.2.200'), 32, 4);
  assert.deepEqual(
    [ip('10.1.1.255'), ip('10.1.2.0'), ip('10.1.2.127'), ip('10.1.2.128'), ip('10.1.2.200'), ip('10.1.2.201'), ip('10.1.3.0')].map((a) => ix.lookup(a)),
    [1, 2, 2, 3, 4, 3, 1],
  );
  // A /32 painted into a clean block, in a slice without a chunk yet.
  ix.insert(ip('10.1.7.7'), 32, 5);
  assert.equal(ix.lookup(ip('10.1.7.7')), 5);
  assert.equal(ix.lookup(ip('10.1.7.8')), 1);
  // the chunks' summaries (FibIndex.tinySum) say the same
  for (const [a, leaf] of [['10.1.2.127', 2], ['10.1.2.128', 3], ['10.1.2.200', 4], ['10.1.2.255', 3], ['10.1.7.6', 1], ['10.1.7.7', 5], ['10.1.7.8', 1]] as const) {
    assert.equal(summedLeaf(ix, ip(a)), leaf, a);
  }
  assert.equal(ix.remove(ip('10.1.2.128'), 25), 3);
  assert.equal(ix.lookup(ip('10.1.2.129')), 2);
  assert.equal(ix.lookup(ip('10.1.2.200')), 4);
  ix.remove(ip('10.1.2.200'), 32);
  ix.remove(ip('10.1.7.7'), 32);
  assert.deepEqual(ix.blockRanges(ip('10.1.0.0') >>> 16), [[0, 1], [0x0200, 2], [0x0300, 1]]);
  // Thousands of chunks over many blocks come and go: the second level shrinks back.
  const hosts: number[] = [];
  for (let i = 0; i < 4000; i++) hosts.push((ip('20.0.0.0') + i * 0x1000 + 0x80) >>> 0);
  for (const [i, h] of hosts.entries()) ix.insert(h, 27, i % 30);
  for (const [i, h] of hosts.entries()) assert.equal(ix.lookup(h), i % 30);
  // summaries moved with their chunks as the second level grew
  for (const [i, h] of hosts.entries()) assert.deepEqual([h - 1, h, h + 31, h + 32].map((a) => summedLeaf(ix, a)), [-1, i % 30, i % 30, -1]);
  const full = ix.lookupBytes();
  assert.ok(full > empty + 4000 * 256, `${full - empty} bytes of chunks for 4000`);
  assert.equal(ix.layout, 'tiny');
  for (const h of hosts) ix.remove(h, 27);
  for (const h of hosts) assert.equal(ix.lookup(h), -1);
  assert.equal(ix.lookup(ip('10.1.2.5')), 2);
  assert.ok(ix.lookupBytes() < empty + 1024 * 1024, `${ix.lookupBytes() - empty} bytes of chunks left`);
});

test('a D = 24 table of scattered /32s takes Poptrie rather than a chunk for each', () => {
  const routes: Route[] = [];
  for (let i = 0; i < 10_000; i++) routes.push([(ip('30.0.0.0') + i * 0x100 + (i & 0xff)) >>> 0, 32, i % 7]);
  const bulk = build(routes, 24);
  assert.equal(bulk.layout, 'poptrie');
  const ix = FibIndex.empty({ directBits: 24 });
  for (const [p, l, leaf] of routes) ix.insert(p, l, leaf);
  assert.equal(ix.layout, 'poptrie');
  for (const a of boundaries(routes)) assert.equal(ix.lookup(a), bulk.lookup(a));
  for (const [p, , leaf] of routes) assert.equal(ix.lookup(p), leaf);
});
