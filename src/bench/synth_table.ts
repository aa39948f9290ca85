/**
 * A synthetic Internet routing table, seeded and deterministic: unique masked
 * prefixes with the prefix-length distribution of a full IPv4 BGP table, nested
 * the way real tables nest (most /17../24 announced inside a shorter aggregate,
 * a few aggregates carrying many more-specifics), next hops drawn from ~30.
 */
import { Rng } from '../sim/rng.js';

export interface SynthTable {
  readonly n: number;
  /** Masked prefixes, u32 host order. */
  readonly prefixes: Uint32Array;
  readonly lens: Uint8Array;
  /** Leaf id of each prefix: its own index. */
  readonly leaves: Uint32Array;
  /** Next hop (0..NEXTHOPS-1) of each leaf, what a route leaf would point to. */
  readonly nexthops: Uint8Array;
}

export const NEXTHOPS = 30;

/**
 * Share of each prefix length, in percent (index = length): 54% /24, 8% /23,
 * 7% /22, 6% /16, 6% /19, 6% /20, 5% /21, 4% longer than /24, the rest over
 * /8../15 and /17../18.
 */
export const LENGTH_SHARE: readonly number[] = (() => {
  const s = new Array<number>(33).fill(0);
  Object.assign(s, { 8: 0.002, 9: 0.002, 10: 0.006, 11: 0.015, 12: 0.04, 13: 0.08, 14: 0.15, 15: 0.2 });
  Object.assign(s, { 16: 6, 17: 1.5, 18: 2.005, 19: 6, 20: 6, 21: 5, 22: 7, 23: 8, 24: 54 });
  Object.assign(s, { 25: 0.8, 26: 0.7, 27: 0.6, 28: 0.6, 29: 0.5, 30: 0.4, 31: 0.1, 32: 0.3 });
  return s;
})();

/** First octets a table announces: 1..223 without 10 and 127. */
const FIRST_OCTETS: readonly number[] = Array.from({ length: 223 }, (_, i) => i + 1).filter((o) => o !== 10 && o !== 127);

/** At most this share of the /L blocks of the unicast space is announced as /L (L <= 16). */
const MAX_BLOCK_SHARE = 0.7;
/** Probability that a /17../24 lies inside an aggregate (/16../22), a /25../32 inside a shorter prefix. */
const NEST_P = 0.75;
const NEST_LONG_P = 0.85;

function maskOf(len: number): number {
  return len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
}

/**
 * How many prefixes of each length a table of n gets. /8../16 are capped at
 * MAX_BLOCK_SHARE of the blocks the unicast space has (6% of 10^6 is more /16s
 * than exist: a 10^6 table gets ~39,600 /16s, 4%); what the caps cut goes to /24.
 */
export function lengthCounts(n: number): Uint32Array {
  const counts = new Uint32Array(33);
  let total = 0;
  for (let l = 0; l <= 32; l++) {
    let c = Math.round(((LENGTH_SHARE[l] ?? 0) * n) / 100);
    if (l <= 16) c = Math.min(c, Math.floor(MAX_BLOCK_SHARE * FIRST_OCTETS.length * 2 ** (l - 8)));
    counts[l] = c;
    total += c;
  }
  counts[24] = Math.max(0, counts[24]! + n - total);
  return counts;
}

/** Open-addressing set of (prefix, len). */
class PrefixSet {
  private readonly keys: Uint32Array;
  private readonly lens: Uint8Array;
  private readonly mask: number;

  constructor(n: number) {
    let cap = 1024;
    while (cap < 2 * n) cap *= 2;
    this.keys = new Uint32Array(cap);
    this.lens = new Uint8Array(cap).fill(0xff);
    this.mask = cap - 1;
  }

  /** Adds; false if present. */
  add(key: number, len: number): boolean {
    let h = Math.imul(key ^ Math.imul(len + 1, 0x9e3779b9), 0x85ebca6b);
    h = (h ^ (h >>> 15)) & this.mask;
    for (;;) {
      const l = this.lens[h]!;
      if (l === 0xff) break;
      if (l === len && this.keys[h] === key) return false;
      h = (h + 1) & this.mask;
    }
    this.keys[h] = key;
    this.lens[h] = len;
    return true;
  }
}

/** A table of n prefixes from `seed`; the same seed gives the same table. */
export function synthTable(n: number, seed = 2012): SynthTable {
  const rng = new Rng(seed);
  const counts = lengthCounts(n);
  const byLen: Uint32Array[] = [];
  for (let l = 0; l <= 32; l++) byLen.push(new Uint32Array(counts[l]!));
  const set = new PrefixSet(n);
  const randomBlock = (len: number): number =>
    ((((FIRST_OCTETS[rng.below(FIRST_OCTETS.length)]! << 24) | (rng.u32() & 0xffffff)) & maskOf(len)) >>> 0);
  for (let len = 0; len <= 32; len++) {
    const want = counts[len]!;
    const out = byLen[len]!;
    const parents = parentLengths(len);
    let parentTotal = 0;
    for (const p of parents) parentTotal += byLen[p]!.length;
    const nestP = len <= 16 ? 0 : len <= 24 ? NEST_P : NEST_LONG_P;
    for (let i = 0; i < want; ) {
      let key: number;
      if (parentTotal > 0 && rng.u32() / 2 ** 32 < nestP) {
        // Skewed pick (u^2): aggregates early in the pool carry many more-specifics.
        const u = rng.u32() / 2 ** 32;
        let r = Math.floor(u * u * parentTotal);
        let pl = parents[0]!;
        for (const p of parents) {
          pl = p;
          if (r < byLen[p]!.length) break;
          r -= byLen[p]!.length;
        }
        const parent = byLen[pl]![r]!;
        key = ((parent | (rng.u32() & ~maskOf(pl))) & maskOf(len)) >>> 0;
      } else {
        key = randomBlock(len);
      }
      if (!set.add(key, len)) continue;
      out[i++] = key;
    }
  }
  return assemble(n, byLen, rng);
}

/** Lengths a prefix of `len` may be nested in: /16../22 for /17../24, up to 8 shorter for /25../32. */
function parentLengths(len: number): number[] {
  if (len <= 16) return [];
  const lo = Math.max(16, len - 8);
  const hi = len <= 24 ? Math.min(22, len - 1) : len - 1;
  const out: number[] = [];
  for (let l = lo; l <= hi; l++) out.push(l);
  return out;
}

/** Concatenates the per-length lists and shuffles them, so leaf ids do not follow lengths. */
function assemble(n: number, byLen: Uint32Array[], rng: Rng): SynthTable {
  const prefixes = new Uint32Array(n);
  const lens = new Uint8Array(n);
  let k = 0;
  for (let l = 0; l <= 32; l++) {
    prefixes.set(byLen[l]!, k);
    lens.fill(l, k, k + byLen[l]!.length);
    k += byLen[l]!.length;
  }
  for (let i = n - 1; i > 0; i--) {
    const j = rng.below(i + 1);
    const p = prefixes[i]!;
    prefixes[i] = prefixes[j]!;
    prefixes[j] = p;
    const l = lens[i]!;
    lens[i] = lens[j]!;
    lens[j] = l;
  }
  const leaves = new Uint32Array(n);
  const nexthops = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    leaves[i] = i;
    nexthops[i] = rng.below(NEXTHOPS);
  }
  return { n, prefixes, lens, leaves, nexthops };
}

/** `count` uniformly random addresses. */
export function randomAddrs(count: number, seed: number): Uint32Array {
  const rng = new Rng(seed);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = rng.u32();
  return out;
}

/** `count` addresses each inside a random prefix of the table. */
export function addrsInside(t: SynthTable, count: number, seed: number): Uint32Array {
  const rng = new Rng(seed);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const j = rng.below(t.n);
    const len = t.lens[j]!;
    out[i] = (t.prefixes[j]! | (rng.u32() & ~maskOf(len))) >>> 0;
  }
  return out;
}
