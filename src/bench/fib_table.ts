/**
 * `tuxnet bench fib-table`: the whole FIB table path (FibTable.insert and
 * FibTable.lookup, fib_trie.ts) on the synthetic 1M-prefix table — what a
 * route lookup costs once the alias checks (TOS, scope, dead next hops) and
 * the result are included, not only the DXR index. The table hears its
 * fib_infos through a FibInfoHash, as a namespace's tables do.
 */
import { registerBench } from '../cli/bench.js';
import { FibTable } from '../net/ipv4/fib_trie.js';
import { FibInfoHash } from '../net/ipv4/fib_info_hash.js';
import { RTAX_MAX, newFibConfig, newFibInfo, type FibInfo } from '../net/ipv4/fib_semantics.js';
import { NLM_F_CREATE, NLM_F_EXCL, RTN_UNICAST, RT_SCOPE_LINK } from '../net/ipv4/fib_types.js';
import { addrsInside, randomAddrs, synthTable, NEXTHOPS } from './synth_table.js';
import { passRates } from './pass_rates.js';
import { readAll } from './fib_lookup.js';
import type { Net } from '../net/core/net_namespace.js';

const N = 1_000_000;
const ADDRS = 1 << 21;
const ROUNDS = 4;

/** The zero metrics the infos share (dst_default_metrics). */
const ZERO_METRICS = new Uint32Array(RTAX_MAX + 1);

/** Route i's fib_info (gateway 10.0.0.1+i), made as fib_create_info() makes them (same shape), its next hop resolved as fib_check_nh() leaves it. */
function benchInfo(i: number): FibInfo {
  const cfg = newFibConfig({ table: 254, protocol: 4, type: RTN_UNICAST, oif: 2, gw: 0x0a000001 + i });
  const fi = newFibInfo(null as unknown as Net, cfg, ZERO_METRICS, [{ oif: cfg.oif, gw: cfg.gw, weight: 1, flags: 0 }]);
  fi.nhs[0]!.scope = RT_SCOPE_LINK;
  return fi;
}

/**
 * The timed loop: lookups, and what ip_mkroute_input() reads of a hit
 * (route.ts mkrouteInput: the type, the multipath test, the next hop),
 * summed so the JIT keeps them; the count of matched destinations.
 */
function lookupAll(tb: FibTable, addrs: Uint32Array): { hits: number; sum: number } {
  let hits = 0;
  let sum = 0;
  for (let i = 0; i < addrs.length; i++) {
    const res = tb.lookup(addrs[i]!, 0, 0, 0, true);
    if (res === null) continue;
    hits++;
    sum = (sum + res.type + res.numPath + res.nh.oif) | 0;
  }
  return { hits, sum };
}

/** Best of ROUNDS passes in lookups per wall and per CPU second (a first pass warms the JIT), and the share of matched destinations. */
function lookupRate(tb: FibTable, addrs: Uint32Array): { rate: number; cpuRate: number; matched: number } {
  let hits = 0;
  const r = passRates(addrs.length, ROUNDS, () => {
    hits = lookupAll(tb, addrs).hits;
  });
  return { rate: r.wall, cpuRate: r.cpu, matched: hits / addrs.length };
}

registerBench('fib-table', () => {
  const t = synthTable(N);
  const infos = Array.from({ length: NEXTHOPS }, (_, i) => benchInfo(i));
  const tb = new FibTable(254, new FibInfoHash());
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < t.n; i++) {
    const cfg = newFibConfig({ dst: t.prefixes[i]!, dstLen: t.lens[i]!, nlflags: NLM_F_CREATE | NLM_F_EXCL });
    tb.insert(cfg, infos[t.leaves[i]! % NEXTHOPS]!);
  }
  const build = Number(process.hrtime.bigint() - t0) / 1e9;
  const random = lookupRate(tb, randomAddrs(ADDRS, 7));
  const insideAddrs = addrsInside(t, ADDRS, 2);
  const inside = lookupRate(tb, insideAddrs);
  // The machine's ceiling for these destinations, measured in this process:
  // one random read of a 16 MiB array (the size of the 8-bit directory a
  // hit reads) per destination, nothing else. The ratio moves less with the
  // machine's load than either rate.
  const dir = new Uint8Array(1 << 24).fill(1);
  const ceiling = passRates(ADDRS, ROUNDS, () => readAll(dir, insideAddrs, 8)).cpu;
  const m = (x: number): string => (x / 1e6).toFixed(1);
  return {
    lines: [
      `${t.n} routes inserted one by one in ${build.toFixed(2)} s; FibTable.lookup ${m(random.rate)} M lookups/s ` +
        `(random dst, ${(random.matched * 100).toFixed(0)}% matched), ${m(inside.rate)} M lookups/s (dst inside table); ` +
        `per CPU second ${m(random.cpuRate)} M random, ${m(inside.cpuRate)} M inside`,
      `one random read of 16 MiB per inside destination: ${m(ceiling)} M/s per CPU second; ` +
        `FibTable.lookup inside is ${((100 * inside.cpuRate) / ceiling).toFixed(0)}% of it`,
    ],
    figures: {
      insertSec: build, lookupRandomMps: random.rate / 1e6, lookupInsideMps: inside.rate / 1e6,
      lookupRandomCpuMps: random.cpuRate / 1e6, lookupInsideCpuMps: inside.cpuRate / 1e6,
      readCeilingCpuMps: ceiling / 1e6,
    },
  };
});
