/**
 * Multicast snooping statistics (IFLA_STATS_LINK_XSTATS BRIDGE_XSTATS_MCAST):
 * per bridge (what the bridge itself sends and takes) and per port, counted
 * only with mcast_stats_enabled.
 *
 * @linux net/bridge/br_multicast.c
 *        br_multicast_count() br_mcast_stats_add() br_multicast_err_count() br_multicast_get_stats()
 */
import type { SkBuff } from '../core/skbuff.js';
import { ETH_P_IP, ETH_P_IPV6 } from '../../wire/ethernet.js';
import type { BrMcastStats } from '../../uapi/linux/if_bridge.js';
import type { NetBridge, NetBridgePort } from './br_private.js';

export const IGMP_HOST_MEMBERSHIP_QUERY = 0x11;
export const IGMP_HOST_MEMBERSHIP_REPORT = 0x12;
export const IGMPV2_HOST_MEMBERSHIP_REPORT = 0x16;
export const IGMP_HOST_LEAVE_MESSAGE = 0x17;
export const IGMPV3_HOST_MEMBERSHIP_REPORT = 0x22;
export const NEXTHDR_HOP = 0;
export const ICMPV6_MGM_QUERY = 130;
export const ICMPV6_MGM_REPORT = 131;
export const ICMPV6_MGM_REDUCTION = 132;
export const ICMPV6_MLD2_REPORT = 143;
/** sizeof(struct igmphdr), sizeof(struct mld_msg) */
const IGMPHDR_LEN = 8;
const MLD_MSG_LEN = 24;

/**
 * br_multicast_count(): one IGMP/MLD message of `type` (BR_INPUT_SKB_CB
 * igmp; 0: none) in direction `dir`, on port `p` or the bridge (`p` null).
 * A query's version is told by its length (and an IGMP one's code).
 */
export function brMulticastCount(br: NetBridge, p: NetBridgePort | null, skb: SkBuff, type: number, dir: 0 | 1): void {
  if (!type || !br.mcast.statsEnabled) return;
  const s = p ? p.mcastStats : br.mcastStats;
  const b = skb.buf;
  const nh = skb.networkHeader >= 0 ? skb.networkHeader : skb.data;
  if (skb.protocol === ETH_P_IP) {
    const ihl = (b[nh]! & 0xf) * 4;
    const tlen = ((b[nh + 2]! << 8) | b[nh + 3]!) - ihl;
    switch (type) {
      case IGMP_HOST_MEMBERSHIP_REPORT: s.igmpV1reports[dir]++; break;
      case IGMPV2_HOST_MEMBERSHIP_REPORT: s.igmpV2reports[dir]++; break;
      case IGMPV3_HOST_MEMBERSHIP_REPORT: s.igmpV3reports[dir]++; break;
      case IGMP_HOST_MEMBERSHIP_QUERY:
        if (tlen !== IGMPHDR_LEN) s.igmpV3queries[dir]++;
        else if (!b[nh + ihl + 1]) s.igmpV1queries[dir]++;
        else s.igmpV2queries[dir]++;
        break;
      case IGMP_HOST_LEAVE_MESSAGE: s.igmpLeaves[dir]++; break;
    }
  } else if (skb.protocol === ETH_P_IPV6) {
    // payload_len + the IPv6 header, less the network header length (the hop-by-hop options included)
    const nhl = 40 + (b[nh + 6] === NEXTHDR_HOP ? (b[nh + 41]! + 1) * 8 : 0);
    const tlen = ((b[nh + 4]! << 8) | b[nh + 5]!) + 40 - nhl;
    switch (type) {
      case ICMPV6_MGM_REPORT: s.mldV1reports[dir]++; break;
      case ICMPV6_MLD2_REPORT: s.mldV2reports[dir]++; break;
      case ICMPV6_MGM_QUERY:
        if (tlen !== MLD_MSG_LEN) s.mldV2queries[dir]++;
        else s.mldV1queries[dir]++;
        break;
      case ICMPV6_MGM_REDUCTION: s.mldLeaves[dir]++; break;
    }
  }
}

/** br_multicast_err_count(): a malformed IGMP/MLD message. */
export function brMulticastErrCount(br: NetBridge, p: NetBridgePort | null, proto: number): void {
  if (!br.mcast.statsEnabled) return;
  const s = p ? p.mcastStats : br.mcastStats;
  if (proto === ETH_P_IP) s.igmpParseErrors++;
  else if (proto === ETH_P_IPV6) s.mldParseErrors++;
}

/** br_multicast_get_stats(): a copy of the port's or the bridge's counters. */
export function brMulticastGetStats(br: NetBridge, p: NetBridgePort | null): BrMcastStats {
  return structuredClone(p ? p.mcastStats : br.mcastStats);
}
