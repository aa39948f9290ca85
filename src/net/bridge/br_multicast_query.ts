/**
 * The bridge as IGMP/MLD querier (mcast_querier 1): general queries out of
 * every port (each port's own query timer) and to the bridge itself
 * (netif_rx), startup_query_count of them startup_query_interval apart,
 * then one per query_interval; silent while another querier is heard
 * (other_query timer, querier_interval), which wins when its address is
 * lower or equal (0.0.0.0, our address without mcast_query_use_ifaddr,
 * loses to anyone). The mdb steers forwarding only once a querier exists
 * and query_response_interval has passed (delay timer): reports may not
 * all be in before.
 * @linux net/bridge/br_multicast.c br_multicast_send_query() __br_multicast_send_query()
 *        br_ip4_multicast_alloc_query() br_ip6_multicast_alloc_query() br_multicast_query_expired()
 *        br_multicast_port_query_expired() br_multicast_set_querier() br_multicast_start_querier()
 *        br_multicast_querier_expired() br_ip4_multicast_select_querier() br_multicast_update_query_timer()
 *        br_multicast_enable() __br_multicast_enable_port_ctx() br_multicast_open() __br_multicast_stop()
 *        net/bridge/br_private.h __br_multicast_querier_exists()
 */
import { netifRx } from '../core/dev_rx.js';
import { allocSkb } from '../core/skbuff_cache.js';
import type { SkBuff } from '../core/skbuff.js';
import { ipEthMcMap } from '../ipv4/arp.js';
import { inetSelectAddr } from '../ipv4/route.js';
import { IFA_LINK } from '../ipv6/if_inet6.js';
import type { Timer } from '../../sim/scheduler.js';
import { modTimer } from '../../sim/timer_wheel.js';
import { IFA_F_TENTATIVE } from '../../uapi/linux/if_addr.js';
import { RT_SCOPE_LINK } from '../../uapi/linux/rtmsg.js';
import { csumFold, csumPartial } from '../../wire/checksum.js';
import { ETH_HLEN, ETH_P_IP, ETH_P_IPV6 } from '../../wire/ethernet.js';
import { IN6ADDR_LL_ALLNODES, ipv6EthMcMapInto } from '../../wire/ipv6.js';
import { brDevQueuePushXmit } from './br_forward.js';
import { ICMPV6_MGM_QUERY, IGMP_HOST_MEMBERSHIP_QUERY, brMulticastCount } from './br_multicast_stats.js';
import { BR_MCAST_DIR_RX, BR_MCAST_DIR_TX } from '../../uapi/linux/if_bridge.js';
import { brMulticastDisablePortRouter, brMulticastEnablePortRouter, brMulticastMarkRouter } from './br_multicast_rport.js';
import {
  BR_STATE_BLOCKING, BR_STATE_DISABLED, BROPT_HAS_IPV6_ADDR, BROPT_MULTICAST_ENABLED, clockTToNs,
  type BridgeMcastOtherQuery, type BridgeMcastOwnQuery, type BridgeMcastQuerier, type NetBridge, type NetBridgePort,
} from './br_private.js';

const IPPROTO_IGMP = 2;
const NEXTHDR_ICMP = 58;
const INADDR_ALLHOSTS_GROUP = 0xe0000001 | 0;

function ownQuery(br: NetBridge, p: NetBridgePort | null, proto: number): BridgeMcastOwnQuery {
  if (p) return proto === ETH_P_IPV6 ? p.ip6OwnQuery : p.ip4OwnQuery;
  return proto === ETH_P_IPV6 ? br.ip6OwnQuery : br.ip4OwnQuery;
}

function otherQuery(br: NetBridge, proto: number): BridgeMcastOtherQuery {
  return proto === ETH_P_IPV6 ? br.ip6OtherQuery : br.ip4OtherQuery;
}

function querierOf(br: NetBridge, proto: number): BridgeMcastQuerier {
  return proto === ETH_P_IPV6 ? br.ip6Querier : br.ip4Querier;
}

function pending(br: NetBridge, t: Timer | null): boolean {
  return br.dev.net.sched.pending(t);
}

/** br_multicast_ctx_should_use(): the bridge runs and the port (if any) is not disabled. */
function shouldUse(br: NetBridge, p: NetBridgePort | null): boolean {
  return br.dev.isUp && (!p || p.state !== BR_STATE_DISABLED);
}

/** mod_timer() of an own query timer: fires br_multicast_query_expired() or the port's. */
function ownQueryArm(br: NetBridge, p: NetBridgePort | null, proto: number, ns: number): void {
  const q = ownQuery(br, p, proto);
  const sched = br.dev.net.sched;
  sched.cancel(q.timer);
  q.timer = modTimer(sched, ns, () => ownQueryExpired(br, p, proto));
}

/**
 * br_multicast_query_expired() / br_multicast_port_query_expired(): a
 * blocking or disabled port sends nothing and its timer stops.
 */
function ownQueryExpired(br: NetBridge, p: NetBridgePort | null, proto: number): void {
  const q = ownQuery(br, p, proto);
  q.timer = null;
  if (p && (p.state === BR_STATE_DISABLED || p.state === BR_STATE_BLOCKING)) return;
  if (q.startupSent < br.mcast.startupQueryCnt) q.startupSent++;
  brMulticastSendQuery(br, p, proto);
}

/**
 * br_multicast_send_query(): nothing while another querier is heard;
 * the bridge's own query makes it the querier (port 0); the next one in
 * startup_query_interval while startup queries remain, else query_interval.
 */
function brMulticastSendQuery(br: NetBridge, p: NetBridgePort | null, proto: number): void {
  if (!shouldUse(br, p) || !br.optGet(BROPT_MULTICAST_ENABLED) || !br.mcast.querier) return;
  if (pending(br, otherQuery(br, proto).timer)) return;
  const querier = querierOf(br, proto);
  if (!p && querier.portIfidx) {
    querier.portIfidx = 0;
    querier.ip4 = 0;
    querier.ip6 = new Uint8Array(16);
  }
  brMulticastSendQueryPkt(br, p, proto, null);
  const q = ownQuery(br, p, proto);
  const m = br.mcast;
  ownQueryArm(br, p, proto, clockTToNs(q.startupSent < m.startupQueryCnt ? m.startupQueryIntvl : m.queryIntvl));
}

/**
 * __br_multicast_send_query(): a general query (`group` null) or a
 * group-specific one. Out of port `p` (NF_BR_LOCAL_OUT, then
 * br_dev_queue_push_xmit), or into the bridge itself (netif_rx), which
 * then takes the query's source as its querier address.
 */
export function brMulticastSendQueryPkt(br: NetBridge, p: NetBridgePort | null, proto: number, group: number | Uint8Array | null): void {
  if (!shouldUse(br, p)) return;
  const skb = proto === ETH_P_IPV6 ? brIp6AllocQuery(br, group as Uint8Array | null) : brIp4AllocQuery(br, (group as number | null) ?? 0);
  if (!skb) return;
  const igmpType = proto === ETH_P_IPV6 ? ICMPV6_MGM_QUERY : IGMP_HOST_MEMBERSHIP_QUERY;
  if (p) {
    skb.dev = p.dev;
    brMulticastCount(br, p, skb, igmpType, BR_MCAST_DIR_TX);
    brDevQueuePushXmit(skb);
    return;
  }
  // br_multicast_select_own_querier()
  const querier = querierOf(br, proto);
  const nh = skb.networkHeader;
  if (proto === ETH_P_IPV6) querier.ip6 = skb.buf.slice(nh + 8, nh + 24);
  else querier.ip4 = ((skb.buf[nh + 12]! << 24) | (skb.buf[nh + 13]! << 16) | (skb.buf[nh + 14]! << 8) | skb.buf[nh + 15]!) | 0;
  brMulticastCount(br, null, skb, igmpType, BR_MCAST_DIR_RX);
  netifRx(skb, br.dev);
}

/** An skb from the bridge: Ethernet header (the bridge's MAC, `dmac`), `nlen` bytes of network data zeroed. */
function brQuerySkb(br: NetBridge, proto: number, nlen: number): SkBuff {
  const skb = allocSkb(br.dev.net, ETH_HLEN + nlen, 2);
  const b = skb.buf;
  skb.macHeader = skb.data;
  const e = skb.put(ETH_HLEN + nlen);
  b.fill(0, e, e + ETH_HLEN + nlen);
  b.set(br.dev.devAddr, e + 6);
  b[e + 12] = proto >>> 8;
  b[e + 13] = proto & 0xff;
  skb.pull(ETH_HLEN);
  skb.networkHeader = skb.data;
  skb.protocol = proto;
  skb.dev = br.dev;
  return skb;
}

function put32(b: Uint8Array, o: number, v: number): void {
  b[o] = v >>> 24;
  b[o + 1] = (v >>> 16) & 0xff;
  b[o + 2] = (v >>> 8) & 0xff;
  b[o + 3] = v & 0xff;
}

/**
 * br_ip4_multicast_alloc_query(): to 224.0.0.1 (a group query as well),
 * TOS 0xc0, TTL 1, DF, Router Alert; from the bridge's address
 * with mcast_query_use_ifaddr, else 0.0.0.0. IGMPv2 (8 bytes) or v3 (12:
 * QRV 2, QQIC query_interval in seconds), max response time
 * query_response_interval (a group query: last_member_interval) in tenths.
 */
function brIp4AllocQuery(br: NetBridge, group: number): SkBuff | null {
  const m = br.mcast;
  const ilen = m.igmpVersion === 3 ? 12 : 8;
  if (ETH_HLEN + 24 + ilen > br.dev.mtu) return null;
  const skb = brQuerySkb(br, ETH_P_IP, 24 + ilen);
  const b = skb.buf;
  const nh = skb.networkHeader;
  // br_multicast_alloc_query() without ip_dst: a group-specific query goes to 224.0.0.1 too.
  const daddr = INADDR_ALLHOSTS_GROUP;
  ipEthMcMap(daddr, b.subarray(skb.macHeader, skb.macHeader + 6));
  const saddr = m.queryUseIfaddr ? inetSelectAddr(br.dev, 0, RT_SCOPE_LINK) : 0;
  b[nh] = 0x46;
  b[nh + 1] = 0xc0;
  b[nh + 3] = 24 + ilen;
  b[nh + 6] = 0x40;
  b[nh + 8] = 1;
  b[nh + 9] = IPPROTO_IGMP;
  put32(b, nh + 12, saddr);
  put32(b, nh + 16, daddr);
  b[nh + 20] = 0x94;
  b[nh + 21] = 4;
  const ipsum = csumFold(csumPartial(b, nh, 24, 0));
  b[nh + 10] = ipsum >>> 8;
  b[nh + 11] = ipsum & 0xff;
  const ih = nh + 24;
  skb.transportHeader = ih;
  b[ih] = IGMP_HOST_MEMBERSHIP_QUERY;
  // (HZ / IGMP_TIMER_SCALE): clock_t (1/100 s) to tenths.
  b[ih + 1] = Math.floor((group ? m.lastMemberIntvl : m.queryResponseIntvl) / 10) & 0xff;
  put32(b, ih + 4, group);
  if (ilen === 12) {
    b[ih + 8] = 2;
    b[ih + 9] = Math.floor(m.queryIntvl / 100) & 0xff;
  }
  const sum = csumFold(csumPartial(b, ih, ilen, 0));
  b[ih + 2] = sum >>> 8;
  b[ih + 3] = sum & 0xff;
  return skb;
}

/** ipv6_dev_get_saddr() for ff02::1 on the bridge: its first usable link-local address. */
function brIp6QuerySaddr(br: NetBridge): Uint8Array | null {
  const idev = br.dev.net.ipv6?.idevs.get(br.dev);
  if (!idev) return null;
  for (const a of idev.addrs) if (a.scope === IFA_LINK && !(a.flags & IFA_F_TENTATIVE)) return a.addr;
  return null;
}

/**
 * br_ip6_multicast_alloc_query(): to ff02::1 (a group query as well), hop limit 1,
 * a hop-by-hop header with the router alert; from the bridge's
 * link-local address: without one no query goes and the bridge no
 * longer counts as an MLD querier (BROPT_HAS_IPV6_ADDR). MLDv1 (24 bytes)
 * or MLDv2 (28: QRV 2, QQIC), max response delay in milliseconds.
 */
function brIp6AllocQuery(br: NetBridge, group: Uint8Array | null): SkBuff | null {
  const m = br.mcast;
  const mlen = m.mldVersion === 2 ? 28 : 24;
  if (ETH_HLEN + 48 + mlen > br.dev.mtu) return null;
  const saddr = brIp6QuerySaddr(br);
  br.optToggle(BROPT_HAS_IPV6_ADDR, saddr !== null);
  if (!saddr) return null;
  const skb = brQuerySkb(br, ETH_P_IPV6, 48 + mlen);
  const b = skb.buf;
  const nh = skb.networkHeader;
  const daddr = IN6ADDR_LL_ALLNODES;
  ipv6EthMcMapInto(daddr, b, skb.macHeader);
  b[nh] = 0x60;
  b[nh + 4] = (8 + mlen) >>> 8;
  b[nh + 5] = (8 + mlen) & 0xff;
  b[nh + 6] = 0;
  b[nh + 7] = 1;
  b.set(saddr, nh + 8);
  b.set(daddr, nh + 24);
  // Hop-by-hop: next header ICMPv6, router alert (MLD), two Pad1.
  b[nh + 40] = NEXTHDR_ICMP;
  b[nh + 42] = 5;
  b[nh + 43] = 2;
  const ih = nh + 48;
  skb.transportHeader = ih;
  const ms = clockTToNs(group ? m.lastMemberIntvl : m.queryResponseIntvl) / 1e6;
  b[ih] = ICMPV6_MGM_QUERY;
  b[ih + 4] = (ms >>> 8) & 0xff;
  b[ih + 5] = ms & 0xff;
  if (group) b.set(group, ih + 8);
  if (mlen === 28) {
    b[ih + 24] = 2;
    b[ih + 25] = Math.floor(m.queryIntvl / 100) & 0xff;
  }
  // csum_ipv6_magic(): the pseudo-header, then the message.
  const pseudo = csumPartial(b, nh + 8, 32, mlen + NEXTHDR_ICMP);
  const sum = csumFold(csumPartial(b, ih, mlen, pseudo));
  b[ih + 2] = sum >>> 8;
  b[ih + 3] = sum & 0xff;
  return skb;
}

/** br_multicast_enable(): the startup queries begin again, the first now. */
function brMulticastEnable(br: NetBridge, p: NetBridgePort | null, proto: number): void {
  ownQuery(br, p, proto).startupSent = 0;
  ownQueryArm(br, p, proto, 0);
}

/** __br_multicast_open_query(): the bridge's own query timer starts (snooping on). */
function brMulticastOpenQuery(br: NetBridge, proto: number): void {
  ownQuery(br, null, proto).startupSent = 0;
  if (br.optGet(BROPT_MULTICAST_ENABLED)) ownQueryArm(br, null, proto, 0);
}

/** br_multicast_start_querier(): the bridge's own query and every port's start over. */
function brMulticastStartQuerier(br: NetBridge, proto: number): void {
  brMulticastOpenQuery(br, proto);
  for (const p of br.portList) brMulticastEnable(br, p, proto);
}

/** br_multicast_open(): the bridge device came up. */
export function brMulticastOpen(br: NetBridge): void {
  brMulticastOpenQuery(br, ETH_P_IP);
  brMulticastOpenQuery(br, ETH_P_IPV6);
}

/** __br_multicast_stop(): the bridge device went down; every querier timer stops. */
export function brMulticastStop(br: NetBridge): void {
  const sched = br.dev.net.sched;
  for (const q of [br.ip4OwnQuery, br.ip6OwnQuery]) {
    sched.cancel(q.timer);
    q.timer = null;
  }
  for (const o of [br.ip4OtherQuery, br.ip6OtherQuery]) {
    sched.cancel(o.timer);
    sched.cancel(o.delayTimer);
    o.timer = o.delayTimer = null;
  }
}

/**
 * __br_multicast_enable_port_ctx(): a port starts forwarding or learning
 * (br_port_state_selection(), snooping turned on): its queries start
 * over, a permanent router port rejoins the router lists.
 */
export function brMulticastEnablePort(p: NetBridgePort): void {
  const br = p.br;
  if (!br.optGet(BROPT_MULTICAST_ENABLED) || !br.dev.isUp) return;
  brMulticastEnable(br, p, ETH_P_IP);
  brMulticastEnable(br, p, ETH_P_IPV6);
  brMulticastEnablePortRouter(p);
}

/** The querier part of __br_multicast_disable_port_ctx(): out of the router lists, timers stopped. */
export function brMulticastDisablePortQuery(p: NetBridgePort): void {
  brMulticastDisablePortRouter(p);
  const sched = p.br.dev.net.sched;
  for (const q of [p.ip4OwnQuery, p.ip6OwnQuery]) {
    sched.cancel(q.timer);
    q.timer = null;
  }
}

/** mod_timer(&query->delay_timer, now + ns): forwarding by the mdb waits until it runs out. */
function delayArm(br: NetBridge, o: BridgeMcastOtherQuery, ns: number): void {
  const sched = br.dev.net.sched;
  sched.cancel(o.delayTimer);
  o.delayTimer = modTimer(sched, ns, () => {
    o.delayTimer = null;
  });
}

/**
 * br_multicast_set_querier(): on, the mdb is trusted only after
 * query_response_interval (unless another querier already runs), and the
 * bridge's and every port's queries start.
 */
export function brMulticastSetQuerier(br: NetBridge, val: number): void {
  const on = val ? 1 : 0;
  if (br.mcast.querier === on) return;
  br.mcast.querier = on;
  if (!on) return;
  const maxDelay = clockTToNs(br.mcast.queryResponseIntvl);
  for (const proto of [ETH_P_IP, ETH_P_IPV6]) {
    const o = otherQuery(br, proto);
    if (!pending(br, o.timer)) delayArm(br, o, maxDelay);
    brMulticastStartQuerier(br, proto);
  }
}

/** br_multicast_querier_expired(): the other querier fell silent; ours starts (snooping on, bridge up). */
function brMulticastQuerierExpired(br: NetBridge, proto: number): void {
  otherQuery(br, proto).timer = null;
  if (!br.dev.isUp || !br.optGet(BROPT_MULTICAST_ENABLED)) return;
  brMulticastStartQuerier(br, proto);
}

/** ntohl(a) <= ntohl(b) of two int32 IPv4 addresses; ipv6_addr_cmp(a, b) <= 0 of two IPv6 ones. */
function addrLe(a: number | Uint8Array, b: number | Uint8Array): boolean {
  if (typeof a === 'number') return (a >>> 0) <= ((b as number) >>> 0);
  const bb = b as Uint8Array;
  for (let i = 0; i < 16; i++) if (a[i] !== bb[i]) return a[i]! < bb[i]!;
  return true;
}

function isZero(a: number | Uint8Array): boolean {
  return typeof a === 'number' ? a === 0 : a.every((x) => x === 0);
}

/**
 * br_ip4/ip6_multicast_select_querier(): a querier heard wins when no
 * querier runs, when ours has no address, or when its address is lower
 * or equal.
 */
function brMulticastSelectQuerier(br: NetBridge, p: NetBridgePort | null, proto: number, saddr: number | Uint8Array): boolean {
  const querier = querierOf(br, proto);
  const cur = proto === ETH_P_IPV6 ? querier.ip6 : querier.ip4;
  const running = pending(br, ownQuery(br, null, proto).timer) || pending(br, otherQuery(br, proto).timer);
  if (running && !isZero(cur) && !addrLe(saddr, cur)) return false;
  if (typeof saddr === 'number') querier.ip4 = saddr;
  else querier.ip6 = saddr.slice();
  querier.portIfidx = p ? p.dev.ifindex : 0;
  return true;
}

/**
 * br_ip4/ip6_multicast_query_received(): a general query from the elected
 * querier restarts the other-querier timer (querier_interval; the delay
 * timer with the query's max delay when it was not running) and makes
 * its port a router port.
 */
export function brMulticastQueryReceived(br: NetBridge, p: NetBridgePort | null, proto: number, saddr: number | Uint8Array, maxDelayNs: number): void {
  if (!brMulticastSelectQuerier(br, p, proto, saddr)) return;
  const o = otherQuery(br, proto);
  const sched = br.dev.net.sched;
  if (!pending(br, o.timer)) delayArm(br, o, maxDelayNs);
  sched.cancel(o.timer);
  o.expires = sched.now + clockTToNs(br.mcast.querierIntvl);
  o.timer = modTimer(sched, clockTToNs(br.mcast.querierIntvl), () => brMulticastQuerierExpired(br, proto));
  if (p) brMulticastMarkRouter(p, proto);
}

/** Whether another querier is heard now (other_query timer pending). */
export function brMulticastOtherQuerierPresent(br: NetBridge, proto: number): boolean {
  return pending(br, otherQuery(br, proto).timer);
}

/**
 * The querier part of br_multicast_leave_group(): while no other querier
 * is heard and ours runs, one group-specific query goes out of the port
 * (or to the bridge) and its next general query waits
 * last_member_count × last_member_interval. Returns false when another
 * querier is heard (the leave is then left to it).
 */
export function brMulticastLeaveQuery(br: NetBridge, p: NetBridgePort | null, proto: number, group: number | Uint8Array): boolean {
  if (pending(br, otherQuery(br, proto).timer)) return false;
  if (!br.mcast.querier) return true;
  brMulticastSendQueryPkt(br, p, proto, group);
  ownQueryArm(br, p, proto, clockTToNs(br.mcast.lastMemberCnt * br.mcast.lastMemberIntvl));
  return true;
}

/**
 * __br_multicast_querier_exists(): a querier (ours, or for MLD ours only
 * with an IPv6 address to query from; or another heard) and the delay
 * after it started is over. Other protocols: only an L2 mdb entry
 * (`l2Entry`) steers them.
 */
export function brMulticastQuerierExists(br: NetBridge, proto: number, l2Entry: boolean): boolean {
  if (proto !== ETH_P_IP && proto !== ETH_P_IPV6) return l2Entry;
  const o = otherQuery(br, proto);
  const own = br.mcast.querier !== 0 && (proto !== ETH_P_IPV6 || br.optGet(BROPT_HAS_IPV6_ADDR));
  return !pending(br, o.delayTimer) && (own || pending(br, o.timer));
}
