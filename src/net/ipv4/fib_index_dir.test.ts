import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FibIndex } from './fib_index.js';
import { NaiveLpm, boundaries, build, ip, mask, type Route } from './fib_index.testutil.js';

// DIR-24-8 (fib_index_dir.ts) against a naive longest-prefix match: random
// tables, inserts and removes interleaved with lookups, both entry widths.

// Addresses crowd into two /16s (10.11/16 and the top one) and a few /24s of
// them, so that slices get chunks, lose them and share blocks.
const addrArb = fc.oneof(
  fc.integer({ min: 0, max: 0xffffffff }),
  fc.integer({ min: 0, max: 0xffff }).map((x) => (0x0a0b0000 | x) >>> 0),
  fc.integer({ min: 0, max: 0x3ff }).map((x) => (0x0a0b0000 | x) >>> 0),
  fc.integer({ min: 0, max: 0x3ff }).map((x) => (0xffff0000 | x) >>> 0),
);
const lenArb = fc.oneof(fc.constantFrom(0, 8, 16, 17, 23, 24, 25, 26, 31, 32, 32), fc.integer({ min: 0, max: 32 }));
/** Small leaves (narrow entries), or now and then one past 0x7fff (the table widens). */
const leafArb = (wide: boolean): fc.Arbitrary<number> =>
  wide ? fc.oneof(fc.nat(40), fc.integer({ min: 0x7ffe, max: (1 << 24) - 1 })) : fc.nat(40);
const opArb = (wide: boolean) =>
  fc.tuple(fc.constantFrom('add', 'add', 'remove', 'default'), addrArb, lenArb, leafArb(wide), fc.array(addrArb, { minLength: 1, maxLength: 4 }));

function runOps(initial: Route[], ops: Array<[string, number, number, number, number[]]>, wideStart: boolean): void {
  const ref = new NaiveLpm();
  for (const [p, l, leaf] of initial) ref.set(p, l, leaf);
  const ix = build(initial, 24);
  assert.equal(ix.layout, wideStart ? 'wide' : 'narrow');
  const live: Route[] = [...initial];
  for (const [op, p, len, leaf, probes] of ops) {
    if (op === 'add') {
      const key = `${(p & mask(len)) >>> 0}/${len}`;
      assert.equal(ix.insert(p, len, leaf), ref.routes.get(key)?.[2] ?? -1);
      ref.set(p, len, leaf);
      live.push([p, len, leaf]);
    } else if (op === 'remove' && live.length > 0) {
      const [rp, rl] = live.splice(leaf % live.length, 1)[0]!;
      assert.equal(ix.remove(rp, rl), ref.delete(rp, rl));
    } else if (op === 'default') {
      // The default route comes, changes or goes under every block's chunks.
      if (leaf % 3 === 0) assert.equal(ix.remove(0, 0), ref.delete(0, 0));
      else {
        ix.insert(0, 0, leaf);
        ref.set(0, 0, leaf);
      }
    }
    for (const a of [...probes, p]) assert.equal(ix.lookup(a), ref.lookup(a), `lookup ${a >>> 0} after ${op} ${p >>> 0}/${len}`);
  }
  for (const a of boundaries(ref.routes.values())) assert.equal(ix.lookup(a), ref.lookup(a), `lookup ${a >>> 0} at the end`);
  // Both D = 24 layouts, built afresh, answer the same across every touched block.
  const fresh = build(ref.sorted(), 24);
  const lists = build(ref.sorted(), 24, true);
  assert.equal(lists.layout, 'lists');
  const blocks = new Set([0, 0x0a0b, 0xffff, ...[...ref.routes.values()].map(([p]) => p >>> 16)]);
  for (const c of blocks) {
    assert.deepEqual(ix.blockRanges(c), fresh.blockRanges(c), `block ${c}`);
    assert.deepEqual(lists.blockRanges(c), fresh.blockRanges(c), `block ${c} (lists)`);
  }
}

const tableArb = (wide: boolean) => fc.array(fc.tuple(addrArb, lenArb, fc.nat(40)), { maxLength: 120 }).map((rs) => {
  const routes: Route[] = rs.map(([p, l, leaf]) => [(p & mask(l)) >>> 0, l, leaf]);
  if (wide) routes.push([ip('192.0.2.0'), 24, 0x12345]);
  return routes;
});

test('DIR-24-8 with 16-bit entries answers like a naive LPM through inserts, removes and default-route changes', () => {
  fc.assert(
    fc.property(tableArb(false), fc.array(opArb(false), { maxLength: 120 }), (initial, ops) => runOps(initial, ops, false)),
    { numRuns: 25 },
  );
});

test('DIR-24-8 with 32-bit entries, and a 16-bit table widening at its first large leaf, answer like a naive LPM', () => {
  fc.assert(
    fc.property(tableArb(true), fc.array(opArb(true), { maxLength: 120 }), (initial, ops) => runOps(initial, ops, true)),
    { numRuns: 12 },
  );
  fc.assert(
    fc.property(tableArb(false), fc.array(opArb(true), { maxLength: 120 }), (initial, ops) => runOps(initial, ops, false)),
    { numRuns: 12 },
  );
});

test('a /25../32 gets its /24 a chunk; removing it gives the chunk back', () => {
  const ix = FibIndex.empty({ directBits: 24 });
  assert.equal(ix.layout, 'narrow');
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
  const full = ix.lookupBytes();
  assert.ok(full > empty + 4000 * 512, `${full - empty} bytes of chunks for 4000`);
  assert.equal(ix.layout, 'narrow');
  for (const h of hosts) ix.remove(h, 27);
  for (const h of hosts) assert.equal(ix.lookup(h), -1);
  assert.equal(ix.lookup(ip('10.1.2.5')), 2);
  assert.ok(ix.lookupBytes() < empty + 1024 * 1024, `${ix.lookupBytes() - empty} bytes of chunks left`);
});

test('a D = 24 table of scattered /32s keeps range lists rather than a chunk for each', () => {
  const routes: Route[] = [];
  for (let i = 0; i < 10_000; i++) routes.push([(ip('30.0.0.0') + i * 0x100 + (i & 0xff)) >>> 0, 32, i % 7]);
  const bulk = build(routes, 24);
  assert.equal(bulk.layout, 'lists');
  const ix = FibIndex.empty({ directBits: 24 });
  for (const [p, l, leaf] of routes) ix.insert(p, l, leaf);
  assert.equal(ix.layout, 'lists');
  for (const a of boundaries(routes)) assert.equal(ix.lookup(a), bulk.lookup(a));
  for (const [p, , leaf] of routes) assert.equal(ix.lookup(p), leaf);
});
