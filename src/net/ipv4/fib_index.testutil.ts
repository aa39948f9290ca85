/**
 * Test helpers of the FIB index (fib_index.test.ts, fib_index_dir.test.ts,
 * fib_poptrie.test.ts): a naive longest-prefix match to compare with, a bulk
 * build from routes, the addresses worth probing around each prefix, random
 * tables and updates run against the naive match.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FibIndex } from './fib_index.js';

export type Route = readonly [prefix: number, len: number, leaf: number];

export const mask = (len: number): number => (len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0);
export const ip = (s: string): number => s.split('.').reduce((a, o) => a * 256 + Number(o), 0);

/** The reference: masked prefixes, the last of equal (prefix, len) wins, linear-scan LPM. */
export class NaiveLpm {
  readonly routes = new Map<string, Route>();

  set(prefix: number, len: number, leaf: number): void {
    const p = (prefix & mask(len)) >>> 0;
    this.routes.set(`${p}/${len}`, [p, len, leaf]);
  }

  /** Removes prefix/len; its leaf, -1 if it was not there. */
  delete(prefix: number, len: number): number {
    const k = `${(prefix & mask(len)) >>> 0}/${len}`;
    const old = this.routes.get(k)?.[2] ?? -1;
    this.routes.delete(k);
    return old;
  }

  lookup(addr: number): number {
    let best = -1;
    let bestLen = -1;
    for (const [p, len, leaf] of this.routes.values()) {
      if (len > bestLen && ((addr ^ p) & mask(len)) === 0) {
        best = leaf;
        bestLen = len;
      }
    }
    return best;
  }

  sorted(): Route[] {
    return [...this.routes.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  }
}

/** FibIndex.build of `routes`, D = directBits (default: from the size), range lists even at D = 24 with `lists`. */
export function build(routes: readonly Route[], directBits?: number, lists = false): FibIndex {
  const n = routes.length;
  const prefixes = new Uint32Array(n);
  const lens = new Uint8Array(n);
  const leaves = new Uint32Array(n);
  routes.forEach(([p, l, leaf], i) => {
    prefixes[i] = p;
    lens[i] = l;
    leaves[i] = leaf;
  });
  return FibIndex.build(prefixes, lens, leaves, n, { ...(directBits === undefined ? {} : { directBits }), lists });
}

/** First and last address of each prefix, one either side, and the ends of the space. */
export function boundaries(routes: Iterable<Route>): number[] {
  const out = [0, 1, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff];
  for (const [p, len] of routes) {
    const first = (p & mask(len)) >>> 0;
    const last = (first | ~mask(len)) >>> 0;
    out.push(first, last, (first - 1) >>> 0, (last + 1) >>> 0);
  }
  return out;
}

// Addresses crowd into two /16s (10.11/16 and the top one) and a few /24s of
// them, so that slices get chunks, lose them and share blocks.
export const addrArb = fc.oneof(
  fc.integer({ min: 0, max: 0xffffffff }),
  fc.integer({ min: 0, max: 0xffff }).map((x) => (0x0a0b0000 | x) >>> 0),
  fc.integer({ min: 0, max: 0x3ff }).map((x) => (0x0a0b0000 | x) >>> 0),
  fc.integer({ min: 0, max: 0x3ff }).map((x) => (0xffff0000 | x) >>> 0),
);
export const lenArb = fc.oneof(fc.constantFrom(0, 8, 16, 17, 23, 24, 25, 26, 31, 32, 32), fc.integer({ min: 0, max: 32 }));
/** Small leaves (tiny entries), or now and then one past 0x7e or 0x7ffe (the table widens to narrow or wide entries). */
export const leafArb = (wide: boolean | 'narrow'): fc.Arbitrary<number> =>
  wide === 'narrow'
    ? fc.oneof(fc.nat(40), fc.integer({ min: 0x7e, max: 0x7ffe }))
    : wide
      ? fc.oneof(fc.nat(40), fc.integer({ min: 0x7ffe, max: (1 << 24) - 1 }))
      : fc.nat(40);
export const opArb = (wide: boolean | 'narrow') =>
  fc.tuple(fc.constantFrom('add', 'add', 'remove', 'default'), addrArb, lenArb, leafArb(wide), fc.array(addrArb, { minLength: 1, maxLength: 4 }));

/**
 * Builds `initial` with a 2^bits directory (its layout must be `layout`),
 * then applies `ops`, looking up the probes after each against a naive LPM;
 * at the end every touched block answers as a fresh build and range lists do.
 */
/**
 * The leaf a chunk's summary (FibIndex.tinySum) gives `a`, read as its
 * comment says (the last of ranges 0..3 starting at or below the low byte),
 * or undefined when `a` is not in a summed chunk of a clean 8-bit block.
 */
export function summedLeaf(ix: FibIndex, a: number): number | undefined {
  const dir = ix.tinyDir();
  if (dir === null) return undefined;
  const e = dir[a >>> 8]!;
  if (e < 0x80 || e === 0xff) return undefined;
  const o = (ix.tinyChunkBase()[a >>> 16]! + (e & 0x7f)) * 2;
  const words = ix.tinySum();
  const sum = Array.from({ length: 8 }, (_, i) => (words[o + (i >> 2)]! >>> ((i & 3) * 8)) & 0xff);
  if (sum[7] === 0) return undefined;
  let i = 3;
  while (i > 0 && sum[2 * i - 1]! > (a & 0xff)) i--;
  return sum[2 * i]! - 1;
}

export function runOps(initial: Route[], ops: Array<[string, number, number, number, number[]]>, bits: number, layout: string): void {
  const ref = new NaiveLpm();
  for (const [p, l, leaf] of initial) ref.set(p, l, leaf);
  const ix = build(initial, bits);
  assert.equal(ix.layout, layout);
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
    for (const a of [...probes, p]) {
      assert.equal(ix.lookup(a), ref.lookup(a), `lookup ${a >>> 0} after ${op} ${p >>> 0}/${len}`);
      const s = summedLeaf(ix, a);
      if (s !== undefined) assert.equal(s, ref.lookup(a), `chunk summary of ${a >>> 0} after ${op} ${p >>> 0}/${len}`);
    }
  }
  for (const a of boundaries(ref.routes.values())) assert.equal(ix.lookup(a), ref.lookup(a), `lookup ${a >>> 0} at the end`);
  // The same layout and range lists, built afresh, answer the same across every touched block.
  const fresh = build(ref.sorted(), bits);
  const lists = build(ref.sorted(), bits, true);
  assert.equal(lists.layout, 'lists');
  const blocks = new Set([0, 0x0a0b, 0xffff, ...[...ref.routes.values()].map(([p]) => p >>> 16)]);
  for (const c of blocks) {
    assert.deepEqual(ix.blockRanges(c), fresh.blockRanges(c), `block ${c}`);
    assert.deepEqual(lists.blockRanges(c), fresh.blockRanges(c), `block ${c} (lists)`);
  }
}

export const tableArb = (wide: boolean) => fc.array(fc.tuple(addrArb, lenArb, fc.nat(40)), { maxLength: 120 }).map((rs) => {
  const routes: Route[] = rs.map(([p, l, leaf]) => [(p & mask(l)) >>> 0, l, leaf]);
  if (wide) routes.push([ip('192.0.2.0'), 24, 0x12345]);
  return routes;
});
