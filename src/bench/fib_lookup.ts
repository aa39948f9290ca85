/**
 * `tuxnet bench fib-lookup`: the FIB index (net/ipv4/fib_index.ts) on a
 * synthetic full table — build time, bytes per prefix, lookups per second on
 * random destinations and on destinations inside the table, update rate.
 */
import { registerBench } from '../cli/bench.js';
import { FibIndex } from '../net/ipv4/fib_index.js';
import { addrsInside, randomAddrs, synthTable } from './synth_table.js';
import { passRates } from './pass_rates.js';

const N = 1_000_000;
const ADDRS = 1 << 22;
const ROUNDS = 5;
const BUILDS = 3;
const UPDATES = 100_000;

function seconds(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

/** The timed loop: only lookups and a checksum the JIT cannot drop. */
function lookupAll(ix: FibIndex, addrs: Uint32Array): number {
  let sum = 0;
  for (let i = 0; i < addrs.length; i++) sum = (sum + ix.lookup(addrs[i]!)) | 0;
  return sum;
}

/** Best of ROUNDS passes over `addrs`, in lookups per wall and per CPU second (a first pass warms the JIT), and the checksum of a pass. */
function lookupRate(ix: FibIndex, addrs: Uint32Array): { rate: number; cpuRate: number; sum: number } {
  let sum = 0;
  const r = passRates(addrs.length, ROUNDS, () => {
    sum = lookupAll(ix, addrs);
  });
  return { rate: r.wall, cpuRate: r.cpu, sum };
}

/** Removes then re-inserts UPDATES random prefixes; updates (each remove or insert) per second. */
function updateRate(ix: FibIndex, t: ReturnType<typeof synthTable>): number {
  const pick = randomAddrs(UPDATES, 99);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < UPDATES; i++) {
    const j = pick[i]! % t.n;
    ix.remove(t.prefixes[j]!, t.lens[j]!);
  }
  for (let i = 0; i < UPDATES; i++) {
    const j = pick[i]! % t.n;
    ix.insert(t.prefixes[j]!, t.lens[j]!, t.leaves[j]!);
  }
  return (2 * UPDATES) / seconds(t0);
}

/** The sum of dir[a >>> shift] over `addrs`: one independent load per address, what a one-level directory lookup costs at best. */
export function readAll(dir: Uint8Array, addrs: Uint32Array, shift: number): number {
  let sum = 0;
  for (let i = 0; i < addrs.length; i++) sum = (sum + dir[addrs[i]! >>> shift]!) | 0;
  return sum;
}

/**
 * The machine's ceiling for a directory of each size: random reads per CPU
 * second over 8, 16 and 32 MiB (the 8-, 16- and 32-bit DIR-24-8 directories
 * are 16 and 32 MiB). Without huge pages, a span past the TLB's reach or the
 * L3 costs a page walk or a DRAM access per read.
 */
function readCeilings(addrs: Uint32Array): string {
  return [23, 24, 25]
    .map((bits) => {
      const dir = new Uint8Array(1 << bits).fill(1);
      const r = passRates(addrs.length, ROUNDS, () => readAll(dir, addrs, 32 - bits));
      return `${1 << (bits - 20)} MiB ${(r.cpu / 1e6).toFixed(0)}`;
    })
    .join(', ');
}

export function fibLookupBench(n = N): string[] {
  let t0 = process.hrtime.bigint();
  const t = synthTable(n);
  const genS = seconds(t0);
  let ix = FibIndex.build(t.prefixes, t.lens, t.leaves, t.n);
  let buildS = Infinity;
  for (let b = 0; b < BUILDS; b++) {
    t0 = process.hrtime.bigint();
    ix = FibIndex.build(t.prefixes, t.lens, t.leaves, t.n);
    buildS = Math.min(buildS, seconds(t0));
  }
  const bytes = ix.bytes();
  const lookupBytes = ix.lookupBytes();
  const random = lookupRate(ix, randomAddrs(ADDRS, 1));
  const inside = lookupRate(ix, addrsInside(t, ADDRS, 2));
  const upd = updateRate(ix, t);
  const after = lookupRate(ix, randomAddrs(ADDRS, 1));
  if (after.sum !== random.sum) throw new Error('fib-lookup: lookups differ after remove/re-insert');
  const m = (x: number): string => (x / 1e6).toFixed(1);
  const variants = [16, 18, 20].map((bits) => {
    const v = FibIndex.build(t.prefixes, t.lens, t.leaves, t.n, { directBits: bits });
    const r = lookupRate(v, randomAddrs(ADDRS, 1));
    const i = lookupRate(v, addrsInside(t, ADDRS, 2));
    return `${v.layout} D=${bits} ${(v.bytes() / n).toFixed(1)} B/prefix ${m(r.rate)}/${m(i.rate)} M/s`;
  });
  // The leaves a FibTable gives plain prefixes: their next-hop group (one
  // of NEXTHOPS), so adjacent ranges of one group merge.
  const nhLeaves = new Uint32Array(t.n);
  for (let i = 0; i < t.n; i++) nhLeaves[i] = t.nexthops[i]!;
  const g = FibIndex.build(t.prefixes, t.lens, nhLeaves, t.n);
  const gr = lookupRate(g, randomAddrs(ADDRS, 1));
  const gi = lookupRate(g, addrsInside(t, ADDRS, 2));
  return [
    `${n} prefixes, build ${buildS.toFixed(2)} s, ${(bytes / n).toFixed(1)} bytes/prefix, ` +
      `${m(random.rate)} M lookups/s (random dst), ${m(inside.rate)} M lookups/s (dst inside table); ` +
      `per CPU second ${m(random.cpuRate)} M random, ${m(inside.cpuRate)} M inside`,
    `lookup arrays ${(lookupBytes / n).toFixed(1)} bytes/prefix; table generated in ${genS.toFixed(2)} s; ` +
      `${(upd / 1e3).toFixed(0)} k updates/s (remove + re-insert of ${UPDATES} prefixes); checksum ${random.sum >>> 0}`,
    `${ix.layout} D=${ix.directBits} above; other layouts (random/inside): ${variants.join(', ')}`,
    `next-hop-group leaves (as FibTable's plain prefixes): ${(g.bytes() / n).toFixed(1)} B/prefix, ` +
      `${m(gr.rate)} M lookups/s random, ${m(gi.rate)} M inside; per CPU second ${m(gr.cpuRate)} M random, ${m(gi.cpuRate)} M inside (${g.layout})`,
    `random reads per CPU second, the ceiling of a one-load lookup (M/s): ${readCeilings(randomAddrs(ADDRS, 1))}`,
  ];
}

registerBench('fib-lookup', () => fibLookupBench());
