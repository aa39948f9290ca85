import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { popcnt } from './fib_poptrie.js';
import { NaiveLpm, build, ip, opArb, runOps, tableArb } from './fib_index.testutil.js';

// Poptrie (fib_poptrie.ts), FibIndex's layout at D = 19..23, against a naive
// longest-prefix match: random tables, inserts, removes and host paints
// interleaved with lookups, small and large leaf ids.

test('popcnt counts the set bits of any int32', () => {
  fc.assert(
    fc.property(fc.integer({ min: -0x80000000, max: 0x7fffffff }), (x) => {
      let n = 0;
      for (let i = 0; i < 32; i++) n += (x >>> i) & 1;
      assert.equal(popcnt(x), n);
    }),
  );
  assert.equal(popcnt(-1), 32);
  assert.equal(popcnt(0), 0);
});

test('Poptrie answers like a naive LPM through inserts, removes and default-route changes', () => {
  fc.assert(
    fc.property(tableArb(false), fc.array(opArb(false), { maxLength: 120 }), fc.constantFrom(19, 21, 23), (initial, ops, bits) =>
      runOps(initial, ops, bits, 'poptrie'),
    ),
    { numRuns: 25 },
  );
});

test('Poptrie with leaf ids past 16 bits answers like a naive LPM', () => {
  fc.assert(
    fc.property(tableArb(true), fc.array(opArb(true), { maxLength: 120 }), (initial, ops) => runOps(initial, ops, 20, 'poptrie')),
    { numRuns: 12 },
  );
});

/** Runs of /32s painted into clean blocks, at every level of the trie, looked up after each. */
const paintArb = fc.array(
  fc.tuple(
    fc.oneof(
      fc.integer({ min: 0, max: 0x1fff }).map((x) => (0x0a0b0000 | x) >>> 0), // one /19
      fc.integer({ min: 0, max: 0xff }).map((x) => (0x0a0b0100 | x) >>> 0), // one /24
      fc.integer({ min: 0, max: 0x7 }).map((x) => (0x0a0b0208 | x) >>> 0), // one /29
      fc.integer({ min: 0, max: 0xffffffff }),
    ),
    fc.oneof(fc.nat(3), fc.nat(70000)),
    fc.boolean(),
  ),
  { maxLength: 300 },
);

test('host routes painted into clean Poptrie blocks answer like a naive LPM and like a fresh build', () => {
  fc.assert(
    fc.property(tableArb(false), paintArb, (initial, paints) => {
      const ref = new NaiveLpm();
      for (const [p, l, leaf] of initial) ref.set(p, l, leaf);
      const ix = build(initial, 20);
      assert.equal(ix.layout, 'poptrie');
      for (const [a, leaf, remove] of paints) {
        if (remove) assert.equal(ix.remove(a, 32), ref.delete(a, 32));
        else {
          ix.insert(a, 32, leaf);
          ref.set(a, 32, leaf);
        }
        // The lookup cleans the block, so the next /32 of it is a paint.
        for (const b of [a, (a + 1) >>> 0, (a - 1) >>> 0, (a ^ 0x100) >>> 0]) assert.equal(ix.lookup(b), ref.lookup(b), `lookup ${b >>> 0}`);
      }
      const fresh = build(ref.sorted(), 20);
      for (const c of new Set([0x0a0b, ...paints.map(([a]) => a >>> 16)])) assert.deepEqual(ix.blockRanges(c), fresh.blockRanges(c), `block ${c}`);
    }),
    { numRuns: 30 },
  );
});

test('a node whose first child is a node keeps its first leaf run at bit 1', () => {
  const ix = build([[ip('10.0.0.0'), 8, 1], [ip('10.0.0.128'), 25, 2], [ip('10.0.31.0'), 24, 3], [ip('10.0.31.7'), 32, 4]], 20);
  assert.equal(ix.layout, 'poptrie');
  const want: Array<[string, number]> = [
    ['10.0.0.127', 1], ['10.0.0.128', 2], ['10.0.0.255', 2], ['10.0.1.0', 1], ['10.0.30.255', 1],
    ['10.0.31.6', 3], ['10.0.31.7', 4], ['10.0.31.8', 3], ['10.0.32.0', 1], ['9.255.255.255', -1],
  ];
  for (const [a, leaf] of want) assert.equal(ix.lookup(ip(a)), leaf, a);
});

test('65,536 /32s filling one /16, looked up as they come, then removed: Poptrie stays right and gives its memory back', () => {
  const ix = build([[ip('10.0.0.0'), 8, 1]], 19);
  assert.equal(ix.layout, 'poptrie');
  const empty = ix.lookupBytes();
  const base = ip('10.200.0.0');
  const addr = (i: number): number => (base + ((i * 40503) & 0xffff)) >>> 0; // a permutation of the /16
  for (let i = 0; i < 0x10000; i++) {
    ix.insert(addr(i), 32, (i % 5) + 2);
    if (i % 7 === 0) assert.equal(ix.lookup(addr(i)), (i % 5) + 2);
  }
  for (let i = 0; i < 0x10000; i++) assert.equal(ix.lookup(addr(i)), (i % 5) + 2);
  // Painted areas are rewritten tight when they fill: a few Int32 an address.
  assert.ok(ix.lookupBytes() - empty < 64 * 0x10000, `${ix.lookupBytes() - empty} bytes for 65,536 /32s`);
  for (let i = 0; i < 0x10000; i += 3) ix.remove(addr(i), 32);
  for (let i = 0; i < 0x10000; i++) assert.equal(ix.lookup(addr(i)), i % 3 === 0 ? 1 : (i % 5) + 2);
  for (let i = 0; i < 0x10000; i++) ix.remove(addr(i), 32);
  assert.equal(ix.lookup(base), 1);
  assert.ok(ix.lookupBytes() - empty < 256 * 1024, `${ix.lookupBytes() - empty} bytes left`);
});
