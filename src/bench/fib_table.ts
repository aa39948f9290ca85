/**
 * `tuxnet bench fib-table`: the whole FIB table path (FibTable.insert and
 * FibTable.lookup, fib_trie.ts) on the synthetic 1M-prefix table — what a
 * route lookup costs once the alias checks (TOS, scope, dead next hops) and
 * the result are included, not only the DXR index.
 */
import { registerBench } from '../cli/bench.js';
import { FibTable } from '../net/ipv4/fib_trie.js';
import { newFibConfig, RTAX_MAX, type FibInfo } from '../net/ipv4/fib_semantics.js';
import { NLM_F_CREATE, NLM_F_EXCL, RTN_UNICAST } from '../net/ipv4/fib_types.js';
import { randomAddrs, synthTable, NEXTHOPS } from './synth_table.js';
import type { Net } from '../net/core/net_namespace.js';

const N = 1_000_000;

function fakeInfo(i: number): FibInfo {
  return {
    net: null as unknown as Net, protocol: 4, scope: 0, flags: 0, prefsrc: 0, priority: 0, metrics: new Uint32Array(RTAX_MAX + 1),
    nhs: [{ dev: null, oif: 2, gw: 0x0a000001 + i, flags: 0, scope: 253, weight: 1 }], type: RTN_UNICAST, tbId: 254,
  };
}

registerBench('fib-table', () => {
  const t = synthTable(N);
  const infos = Array.from({ length: NEXTHOPS }, (_, i) => fakeInfo(i));
  const tb = new FibTable(254);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < t.n; i++) {
    const cfg = newFibConfig({ dst: t.prefixes[i]!, dstLen: t.lens[i]!, nlflags: NLM_F_CREATE | NLM_F_EXCL });
    tb.insert(cfg, infos[t.leaves[i]! % NEXTHOPS]!);
  }
  const build = Number(process.hrtime.bigint() - t0) / 1e9;
  const addrs = randomAddrs(1 << 21, 7);
  let hits = 0;
  let best = Infinity;
  for (let r = 0; r < 4; r++) {
    const t1 = process.hrtime.bigint();
    for (let i = 0; i < addrs.length; i++) if (tb.lookup(addrs[i]!, 0, 0, 0, true)) hits++;
    best = Math.min(best, Number(process.hrtime.bigint() - t1) / 1e9);
  }
  return [
    `${t.n} routes inserted one by one in ${build.toFixed(2)} s; FibTable.lookup ${(addrs.length / best / 1e6).toFixed(1)} M lookups/s (random dst, ${((hits / 4 / addrs.length) * 100).toFixed(0)}% matched)`,
  ];
});
