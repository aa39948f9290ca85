/**
 * Multipath next-hop selection, hash policy 0 (L3: source and destination
 * address): the hash picks the next hop whose weight interval holds it.
 * @linux net/ipv4/fib_semantics.c fib_select_multipath(), fib_good_nh(), fib_rebalance(); net/ipv4/route.c fib_multipath_hash()
 */
import type { Net } from '../core/net_namespace.js';
import type { FibResult } from './fib_trie.js';
import { ipIgnoreLinkdown } from './fib_trie.js';
import { RTNH_F_DEAD, RTNH_F_LINKDOWN, RT_SCOPE_LINK } from './fib_types.js';
import type { FibNh } from './fib_semantics.js';
import { inetSelectAddr } from './route.js';
import { NUD_VALID, neighLookupNoref } from '../core/neighbour.js';

/** The per-namespace hash key (net_get_random_once in the kernel: random per boot, per lab seed here). */
function hashKey(net: Net): number {
  let k = net.ipv4.multipathHashKey;
  if (k === null) {
    k = net.world.rng.u32();
    net.ipv4.multipathHashKey = k;
  }
  return k;
}

/** fib_multipath_hash() for policy 0: a keyed mix of the two addresses, 31 bits. */
export function fibMultipathHash(net: Net, saddr: number, daddr: number): number {
  const h = fmix32(fmix32(saddr ^ hashKey(net)) ^ daddr);
  return h >>> 1;
}

/** MurmurHash3's finaliser: every input bit flips about half the output bits. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
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
