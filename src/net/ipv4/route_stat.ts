/**
 * /proc/net/stat/rt_cache: the IPv4 routing statistics (struct
 * rt_cache_stat), per CPU and machine-wide: every namespace reads the same
 * counters, so they live on the lab's CoreWorld. Linux counts on the CPU
 * the softirq or syscall ran on; tuxnet runs everything on CPU 0, the
 * other possible CPU's line stays 0 (a sum over the lines is the total).
 * Since the route cache went (3.6) in_slow_tot and out_slow_tot count the
 * dsts made (a cached dst reused counts nothing), the *_hit, gc_* and
 * *_hlist_search columns are always 0.
 * @linux net/ipv4/route.c rt_cpu_seq_show() RT_CACHE_STAT_INC()
 */

/** struct rt_cache_stat: the fields Linux still counts. */
export class RtCacheStat {
  /** A dst made for a received packet: local_input and __mkroute_input(). */
  inSlowTot = 0;
  /** A dst made for a received multicast packet (ip_route_input_mc()). */
  inSlowMc = 0;
  /** ip_route_input_slow()'s no_route: no route, or not forwarding. */
  inNoRoute = 0;
  /** A broadcast delivered (brd_input). */
  inBrd = 0;
  /** martian_destination. */
  inMartianDst = 0;
  /** ip_handle_martian_source(): a martian source, rp_filter's refusals too. */
  inMartianSrc = 0;
  /** A dst made for a sent packet (__mkroute_output()). */
  outSlowTot = 0;
  /** ... of which a broadcast or multicast one looped back (ip_mc_output). */
  outSlowMc = 0;
}

/** num_possible_cpus() of the reference machine: one line each. */
const RT_NR_CPUS = 2;

const x8 = (v: number): string => (v >>> 0).toString(16).padStart(8, '0');

/**
 * rt_cpu_seq_show() (6.12+ aligned columns): the header, then one line per
 * possible CPU. `entries` is dst_entries_get_slow(&ipv4_dst_ops), the
 * machine's live IPv4 dsts: tuxnet does not count them (0).
 */
export function procNetStatRtCache(net: { world: { core: { rtCacheStat: RtCacheStat } } }): string {
  let out = 'entries  in_hit   in_slow_tot in_slow_mc in_no_route in_brd   in_martian_dst in_martian_src out_hit  out_slow_tot ' +
    'out_slow_mc gc_total gc_ignored gc_goal_miss gc_dst_overflow in_hlist_search out_hlist_search\n';
  for (let cpu = 0; cpu < RT_NR_CPUS; cpu++) {
    const st = cpu === 0 ? net.world.core.rtCacheStat : ZERO;
    out += `${x8(0)} ${x8(0)} ${x8(st.inSlowTot)}    ${x8(st.inSlowMc)}   ${x8(st.inNoRoute)}    ${x8(st.inBrd)} ${x8(st.inMartianDst)}       ` +
      `${x8(st.inMartianSrc)}       ${x8(0)} ${x8(st.outSlowTot)}     ${x8(st.outSlowMc)}    ${x8(0)} ${x8(0)}   ${x8(0)}     ` +
      `${x8(0)}        ${x8(0)}        ${x8(0)}\n`;
  }
  return out;
}

const ZERO: Readonly<RtCacheStat> = Object.freeze(new RtCacheStat());
