/**
 * Multipath next-hop selection, hash policy 0 (L3: source and destination
 * address): the hash picks the next hop whose weight interval holds it.
 * @linux net/ipv4/fib_semantics.c fib_select_multipath(), fib_good_nh(), fib_rebalance(); net/ipv4/route.c fib_multipath_hash()
 */
import type { Net } from '../core/net_namespace.js';
import { flowHashV4 } from '../core/flow_dissector.js';
import type { FibResult } from './fib_trie.js';
import { ipIgnoreLinkdown } from './fib_trie.js';
import { RTNH_F_DEAD, RTNH_F_LINKDOWN, RT_SCOPE_LINK } from './fib_types.js';
import type { FibNh } from './fib_semantics.js';
import { inetSelectAddr } from './route.js';
import { NUD_VALID, neighLookupNoref } from '../core/neighbour.js';

/** The namespace's mp_seed: fib_multipath_hash_seed, or random (drawn at first use here), as an int32. */
function hashKey(net: Net): number {
  let k = net.ipv4.multipathHashKey;
  if (k === null) {
    k = net.world.rng.u32();
    net.ipv4.multipathHashKey = k;
  }
  return k | 0;
}

/**
 * fib_multipath_hash() for policy 0: the flow hash of the two addresses
 * under the namespace's seed (fib_multipath_hash_from_keys()), shifted to 31
 * bits. With the same fib_multipath_hash_seed, flows take the paths Linux
 * gives them.
 */
export function fibMultipathHash(net: Net, saddr: number, daddr: number): number {
  return flowHashV4(hashKey(net), saddr, daddr) >>> 1;
}

function usable(nh: { flags: number; dev: Parameters<typeof ipIgnoreLinkdown>[0] }): boolean {
  if (nh.flags & RTNH_F_DEAD) return false;
  return !(nh.flags & RTNH_F_LINKDOWN && ipIgnoreLinkdown(nh.dev));
}

/**
 * fib_good_nh(): with fib_multipath_use_neigh, a next hop whose gateway's
 * neighbour entry is not NUD_VALID (FAILED, INCOMPLETE, NONE) is avoided;
 * no entry yet, or a next hop without a link-scope gateway, counts as good.
 */
function fibGoodNh(net: Net, nh: FibNh): boolean {
  if (nh.scope !== RT_SCOPE_LINK || !nh.dev) return true;
  const n = neighLookupNoref(net.ipv4.arpTbl, nh.gw, nh.dev);
  return n === null || (n.nudState & NUD_VALID) !== 0;
}

/**
 * fib_select_multipath(): fib_rebalance() gives each live next hop the upper
 * bound round(w_cum * 2^31 / total) - 1. Each candidate scores 2 when its
 * device's address (nh_saddr) is the flow's source and 1 when the hash is
 * within its bound; the first best wins (a full score ends the walk: 3, or 1
 * without a source). `saddr` is 0 for a forwarded packet (no flow given).
 */
export function fibSelectMultipath(res: FibResult, hash: number, saddr = 0): void {
  const fi = res.fi;
  const nhs = fi.nhs;
  const net = fi.net;
  const useNeigh = net.ipv4.sysctl.fibMultipathUseNeigh !== 0;
  let total = 0;
  for (const nh of nhs) if (usable(nh)) total += nh.weight;
  if (total === 0) return;
  let w = 0;
  let score = -1;
  for (let i = 0; i < nhs.length; i++) {
    const nh = nhs[i]!;
    if (!usable(nh)) continue;
    w += nh.weight;
    const upper = Math.round((w * 2 ** 31) / total) - 1;
    if (useNeigh && !fibGoodNh(net, nh)) continue;
    let nhScore = 0;
    if (saddr && nh.dev && inetSelectAddr(nh.dev, nh.gw, fi.scope) === saddr) nhScore += 2;
    if (hash <= upper) nhScore++;
    if (score < nhScore) {
      res.nhSel = i;
      if (nhScore === 3 || (!saddr && nhScore === 1)) return;
      score = nhScore;
    }
  }
}
