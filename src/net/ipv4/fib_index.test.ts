import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FibIndex, directBitsFor } from './fib_index.js';
import { synthTable } from '../../bench/synth_table.js';
import { NaiveLpm, boundaries, build, ip, mask, type Route } from './fib_index.testutil.js';

function dump(ix: FibIndex): Route[] {
  const out: Route[] = [];
  ix.forEach((p, l, leaf) => out.push([p, l, leaf]));
  return out;
}

// Prefixes crowd into 10.11.0.0/16 and the ends of the space so that blocks
// get long range lists; lengths favour /0, /16, /24, /32 and their neighbours.
const addrArb = fc.oneof(
  fc.integer({ min: 0, max: 0xffffffff }),
  fc.integer({ min: 0, max: 0xffff }).map((x) => (0x0a0b0000 | x) >>> 0),
  fc.integer({ min: 0, max: 0xfff }),
  fc.integer({ min: 0, max: 0xfff }).map((x) => (0xfffff000 | x) >>> 0),
);
const lenArb = fc.oneof(fc.constantFrom(0, 8, 15, 16, 17, 23, 24, 25, 31, 32), fc.integer({ min: 0, max: 32 }));
const routeArb = fc.tuple(addrArb, lenArb, fc.integer({ min: 0, max: 50 }));
/** A few hundred routes: random ones, plus children nested inside earlier ones. */
const tableArb = fc
  .tuple(
    fc.array(routeArb, { minLength: 0, maxLength: 150 }),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 16 }), fc.integer({ min: 0, max: 0xffffffff }), fc.nat(50)), { maxLength: 150 }),
  )
  .map(([base, kids]) => {
    const routes: Route[] = base.map(([p, l, leaf]) => [(p & mask(l)) >>> 0, l, leaf]);
    for (const [i, extra, bits, leaf] of kids) {
      const parent = routes[i % Math.max(1, routes.length)];
      if (!parent) break;
      const len = Math.min(32, parent[1] + extra);
      routes.push([((parent[0] | (bits & ~mask(parent[1]))) & mask(len)) >>> 0, len, leaf]);
    }
    return routes;
  });

test('lookup equals a linear-scan LPM on random and boundary addresses', () => {
  fc.assert(
    fc.property(tableArb, fc.constantFrom(16, 17, 19, 21), fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 64 }), (routes, bits, extra) => {
      const ref = new NaiveLpm();
      for (const [p, l, leaf] of routes) ref.set(p, l, leaf);
      const ix = build(routes, bits);
      assert.equal(ix.size, ref.routes.size);
      for (const a of [...boundaries(routes), ...extra]) assert.equal(ix.lookup(a), ref.lookup(a), `lookup ${a >>> 0}`);
      assert.deepEqual(dump(ix), ref.sorted());
    }),
    { numRuns: 150 },
  );
});

test('a 2^24-entry directory splits blocks into /24 slices correctly', () => {
  fc.assert(
    fc.property(tableArb, (routes) => {
      const ref = new NaiveLpm();
      for (const [p, l, leaf] of routes) ref.set(p, l, leaf);
      const ix = build(routes, 24);
      for (const a of boundaries(routes)) assert.equal(ix.lookup(a), ref.lookup(a));
    }),
    { numRuns: 5 },
  );
});

const opArb = fc.tuple(fc.boolean(), routeArb);

test('incremental insert/remove ends where a fresh bulk build starts', () => {
  fc.assert(
    fc.property(tableArb, fc.array(opArb, { maxLength: 200 }), fc.constantFrom(16, 18, 20), (initial, ops, bits) => {
      const ref = new NaiveLpm();
      for (const [p, l, leaf] of initial) ref.set(p, l, leaf);
      const ix = build(initial, bits);
      const all: Route[] = [...initial];
      for (const [add, [p, l, leaf]] of ops) {
        // Removals mostly hit existing routes.
        const target = !add && all.length > 0 && leaf % 4 !== 0 ? all[leaf % all.length]! : ([p, l, leaf] as Route);
        const key = `${(target[0] & mask(target[1])) >>> 0}/${target[1]}`;
        const before = ref.routes.get(key)?.[2] ?? -1;
        if (add) {
          assert.equal(ix.insert(p, l, leaf), before);
          ref.set(p, l, leaf);
          all.push([p, l, leaf]);
        } else {
          assert.equal(ix.remove(target[0], target[1]), before);
          ref.delete(target[0], target[1]);
        }
      }
      const fresh = build(ref.sorted(), bits);
      assert.equal(ix.size, fresh.size);
      assert.deepEqual(dump(ix), dump(fresh));
      for (let c = 0; c < 1 << 16; c++) {
        const a = ix.blockRanges(c);
        const b = fresh.blockRanges(c);
        if (a.length !== 1 || b.length !== 1 || a[0]![1] !== b[0]![1]) assert.deepEqual(a, b, `block ${c}`);
      }
      for (const a of boundaries(all)) assert.equal(ix.lookup(a), ref.lookup(a));
    }),
    { numRuns: 40 },
  );
});

test('empty table', () => {
  for (const ix of [FibIndex.empty(), build([])]) {
    assert.equal(ix.size, 0);
    for (const a of [0, 1, 0x0a000001, 0xffffffff, -1]) assert.equal(ix.lookup(a), -1);
    assert.equal(ix.covering(ip('10.0.0.0'), 8), -1);
    assert.equal(ix.remove(0, 0), -1);
    assert.ok(ix.bytes() > 0);
  }
});

test('only a default route', () => {
  const ix = build([[0, 0, 7]]);
  for (const a of [0, 0x01020304, 0x80000000, 0xffffffff]) assert.equal(ix.lookup(a), 7);
  assert.equal(ix.get(0, 0), 7);
  assert.equal(ix.remove(0, 0), 7);
  assert.equal(ix.lookup(0x01020304), -1);
  assert.equal(ix.insert(0, 0, 9), -1);
  assert.equal(ix.lookup(0xffffffff), 9);
});

test('only /32s, including 0.0.0.0 and 255.255.255.255', () => {
  const hosts = [0, 1, ip('10.0.0.1'), ip('10.0.0.2'), ip('10.0.255.255'), ip('10.1.0.0'), 0xfffffffe, 0xffffffff];
  const ix = build(hosts.map((h, i) => [h, 32, i] as Route));
  hosts.forEach((h, i) => assert.equal(ix.lookup(h), i));
  for (const a of [2, ip('10.0.0.0'), ip('10.0.0.3'), ip('10.0.254.255'), ip('10.1.0.1'), 0xfffffffd]) assert.equal(ix.lookup(a), -1);
  assert.equal(ix.insert(0, 0, 99), -1);
  assert.equal(ix.lookup(2), 99);
  assert.equal(ix.lookup(0xffffffff), 7);
  assert.equal(ix.lookup(-1), 7, 'a negative int32 is the same address');
});

test('build masks prefixes and keeps the last of duplicates', () => {
  const ix = build([
    [ip('10.1.2.3'), 8, 1],
    [ip('10.0.0.0'), 8, 2],
    [ip('192.168.1.77'), 24, 3],
  ]);
  assert.equal(ix.size, 2);
  assert.equal(ix.lookup(ip('10.200.0.1')), 2);
  assert.equal(ix.get(ip('192.168.1.0'), 24), 3);
  assert.deepEqual(dump(ix), [
    [ip('10.0.0.0'), 8, 2],
    [ip('192.168.1.0'), 24, 3],
  ]);
});

test('covering prefixes of a removed one', () => {
  const ix = build([
    [0, 0, 1],
    [ip('10.0.0.0'), 8, 2],
    [ip('10.1.0.0'), 16, 3],
    [ip('10.1.2.0'), 23, 4],
    [ip('10.1.2.0'), 24, 5],
    [ip('10.1.2.128'), 25, 6],
  ]);
  assert.equal(ix.covering(ip('10.1.2.128'), 25), 5);
  assert.equal(ix.remove(ip('10.1.2.0'), 24), 5);
  assert.equal(ix.covering(ip('10.1.2.128'), 25), 4);
  const seen: Array<[number, number, number]> = [];
  ix.forEachCovering(ip('10.1.2.128'), 25, (p, l, leaf) => seen.push([p, l, leaf]));
  assert.deepEqual(seen, [
    [ip('10.1.2.0'), 23, 4],
    [ip('10.1.0.0'), 16, 3],
    [ip('10.0.0.0'), 8, 2],
    [0, 0, 1],
  ]);
  assert.equal(ix.covering(0, 0), -1);
  assert.equal(ix.lookup(ip('10.1.2.5')), 4);
  assert.equal(ix.remove(ip('10.1.0.0'), 16), 3);
  assert.equal(ix.lookup(ip('10.1.9.9')), 2);
  assert.equal(ix.lookup(ip('10.1.2.200')), 6);
});

test('insert returns the previous leaf; bad arguments throw', () => {
  const ix = FibIndex.empty();
  assert.equal(ix.insert(ip('10.0.0.0'), 24, 1), -1);
  assert.equal(ix.insert(ip('10.0.0.0'), 24, 2), 1);
  assert.equal(ix.insert(ip('10.0.0.0'), 24, 2), 2);
  assert.equal(ix.lookup(ip('10.0.0.9')), 2);
  assert.throws(() => ix.insert(0, 33, 1), RangeError);
  assert.throws(() => ix.insert(0, 8, 1 << 24), RangeError);
  assert.throws(() => ix.insert(0, 8, -1), RangeError);
  assert.throws(() => FibIndex.build(new Uint32Array(1), new Uint8Array(1), new Uint32Array(1), 2), RangeError);
  assert.throws(() => FibIndex.empty({ directBits: 25 }), RangeError);
});

test('a table grown route by route widens its directory and matches the bulk build', () => {
  const t = synthTable(40_000, 7);
  const ix = FibIndex.empty();
  assert.equal(ix.directBits, 16);
  for (let i = 0; i < t.n; i++) ix.insert(t.prefixes[i]!, t.lens[i]!, t.leaves[i]!);
  assert.equal(ix.directBits, directBitsFor(t.n));
  const bulk = FibIndex.build(t.prefixes, t.lens, t.leaves, t.n);
  assert.equal(bulk.directBits, ix.directBits);
  const routes: Route[] = [];
  for (let i = 0; i < t.n; i++) routes.push([t.prefixes[i]!, t.lens[i]!, t.leaves[i]!]);
  for (const a of boundaries(routes)) assert.equal(ix.lookup(a), bulk.lookup(a));
  for (let c = 0; c < 1 << 16; c += 7) assert.deepEqual(ix.blockRanges(c), bulk.blockRanges(c));
  // Removing everything gives the range lists' (or Poptrie's nodes') memory back and leaves no route.
  for (let i = 0; i < t.n; i++) assert.equal(ix.remove(t.prefixes[i]!, t.lens[i]!), t.leaves[i]);
  assert.equal(ix.size, 0);
  const lists = ix.lookupBytes() - 4 * 2 ** (ix.layout === 'poptrie' ? 19 : ix.directBits);
  assert.ok(lists < 64 * 1024, `${lists} bytes of lists left`);
  for (const a of boundaries(routes.slice(0, 2000))) assert.equal(ix.lookup(a), -1);
});

test('a bulk-built synthetic table answers like a per-length exact-match reference', () => {
  const t = synthTable(20_000, 3);
  const ix = FibIndex.build(t.prefixes, t.lens, t.leaves, t.n);
  const byLen = Array.from({ length: 33 }, () => new Map<number, number>());
  for (let i = 0; i < t.n; i++) byLen[t.lens[i]!]!.set(t.prefixes[i]!, t.leaves[i]!);
  const ref = (a: number): number => {
    for (let l = 32; l >= 0; l--) {
      const v = byLen[l]!.get((a & mask(l)) >>> 0);
      if (v !== undefined) return v;
    }
    return -1;
  };
  const routes: Route[] = [];
  for (let i = 0; i < t.n; i++) routes.push([t.prefixes[i]!, t.lens[i]!, t.leaves[i]!]);
  for (const a of boundaries(routes)) assert.equal(ix.lookup(a), ref(a));
});

// Updates mark a /16 block dirty and the next lookup reaching it rebuilds it:
// every lookup between updates, in the updated block or not, must see them all.
const blockOpArb = fc.tuple(
  fc.constantFrom('add', 'add', 'add', 'remove', 'short'),
  fc.integer({ min: 0, max: 0xffff }),
  fc.oneof(fc.constant(32), fc.integer({ min: 17, max: 32 })),
  fc.nat(50),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 1, maxLength: 4 }),
);

test('inserts and removes in one /16 interleaved with lookups answer like the reference at every step', () => {
  const base = ip('10.11.0.0');
  fc.assert(
    fc.property(fc.array(blockOpArb, { maxLength: 300 }), fc.constantFrom(16, 18, 21), (ops, bits) => {
      const ref = new NaiveLpm();
      const ix = FibIndex.empty({ directBits: bits });
      const live: Route[] = [];
      for (const [op, low, len, leaf, probes] of ops) {
        const p = (base | low) >>> 0;
        if (op === 'add') {
          ix.insert(p, len, leaf);
          ref.set(p, len, leaf);
          live.push([p, len, leaf]);
        } else if (op === 'remove' && live.length > 0) {
          const [rp, rl] = live.splice(leaf % live.length, 1)[0]!;
          assert.equal(ix.remove(rp, rl), ref.routes.get(`${(rp & mask(rl)) >>> 0}/${rl}`)?.[2] ?? -1);
          ref.delete(rp, rl);
        } else if (op === 'short') {
          // A covering /8 or /16 comes or goes: the dirty block must keep the new default.
          const sl = leaf % 2 === 0 ? 16 : 8;
          if (leaf % 3 === 0) {
            ix.remove(p, sl);
            ref.delete(p, sl);
          } else {
            ix.insert(p, sl, leaf);
            ref.set(p, sl, leaf);
          }
        }
        for (const x of probes) {
          const a = (base | x) >>> 0;
          assert.equal(ix.lookup(a), ref.lookup(a), `lookup ${a} after ${op}`);
        }
        // Only some steps reach the block, so updates pile up on a dirty block.
        if (leaf % 4 === 0) assert.equal(ix.lookup(p), ref.lookup(p));
      }
      for (const a of boundaries(ref.routes.values())) assert.equal(ix.lookup(a), ref.lookup(a));
      assert.deepEqual(ix.blockRanges(base >>> 16), build(ref.sorted(), bits).blockRanges(base >>> 16));
    }),
    { numRuns: 60 },
  );
});

test('thousands of /32s in one /16, looked up now and then, match a bulk build', () => {
  const base = ip('10.128.0.0');
  const ix = FibIndex.empty();
  const routes: Route[] = [];
  for (let i = 0; i < 6000; i++) {
    const p = (base + 1 + ((i * 7919) & 0xffff)) >>> 0;
    ix.insert(p, 32, i);
    routes.push([p, 32, i]);
    if (i % 251 === 0) assert.equal(ix.lookup(p), i);
  }
  for (let i = 0; i < 6000; i += 3) ix.remove(routes[i]![0], 32);
  const kept = routes.filter((_, i) => i % 3 !== 0);
  // The directory widened at 6000 prefixes and does not narrow on removals.
  assert.ok(ix.directBits >= directBitsFor(kept.length));
  const bulk = build(kept, ix.directBits);
  for (const a of boundaries(routes)) assert.equal(ix.lookup(a), bulk.lookup(a));
  assert.deepEqual(ix.blockRanges(base >>> 16), bulk.blockRanges(base >>> 16));
});
