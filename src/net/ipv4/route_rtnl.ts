/**
 * RTM_GETROUTE for one destination (`ip route get`): an output route, or
 * an input route when RTA_IIF is given, answered as the cloned route
 * (rt_fill_info()) or, with RTM_F_FIB_MATCH, as the FIB entry it matched.
 * @linux net/ipv4/route.c inet_rtm_getroute(), rt_fill_info()
 */
import { ETH_P_IP } from '../../wire/ethernet.js';
import type { Net } from '../core/net_namespace.js';
import { KError, type Errno } from '../core/errno.js';
import { nlmsgNew, type RtnlCtx } from '../core/rtnetlink.js';
import { SkBuff } from '../core/skbuff.js';
import type { NlMsg } from '../../uapi/linux/netlink.js';
import { RTM_NEWROUTE } from '../../uapi/linux/rtnetlink.js';
import {
  RTAX_LOCK, RTAX_MAX, RTAX_MTU, RTM_F_CLONED, RTM_F_FIB_MATCH, RTM_F_LOOKUP_TABLE, RTM_F_NOTIFY, RT_SCOPE_UNIVERSE, RT_TABLE_COMPAT, RT_TABLE_MAIN, type RtMsg,
} from '../../uapi/linux/rtmsg.js';
import { newFlowi4 } from './fib_rules.js';
import { IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP, IPV4_MIN_HLEN, Iph } from '../../wire/ipv4.js';
import { ICMP_ECHO } from '../../wire/icmp.js';
import { putU16, putU32 } from '../../wire/bytes.js';
import { jiffies } from './inetpeer.js';
import { rtGetCacheinfo } from './route_cacheinfo.js';
import { fibProps } from './fib_types.js';
import { fibDumpInfo, rtnetlinkPutMetrics } from './fib_rtnl.js';
import {
  IPSKB_DOREDIRECT, ipRouteInputNoref, ipRouteOutputKey, loopbackDev, RTCF_DOREDIRECT, RTCF_NOTIFY, rtAllocMark, skbRtable, type Rtable,
} from './route.js';

/** INVALID_UID: the kuid make_kuid() gives (uid_t)-1, which no user namespace maps. */
const INVALID_UID = 0xffffffff;

/**
 * The uid rt_fill_info() reports: RTA_UID unless the flow's uid is
 * INVALID_UID (an input lookup without RTA_UID, or RTA_UID 4294967295).
 * @linux net/ipv4/route.c inet_rtm_getroute(), rt_fill_info()
 */
function reportedUid(uid: number | null): number | null {
  return uid === INVALID_UID ? null : uid;
}

interface GetrouteResult {
  rt: Rtable;
  saddr: number;
  uid: number | null;
  redirect: boolean;
  /** skb_dst_set() rather than _noref(): the reply's skb holds a reference. */
  skbHolds: boolean;
  /** RTM_F_NOTIFY asked: the answer carries RTCF_NOTIFY and RTM_F_NOTIFY. */
  notify?: boolean;
}

/**
 * inet_rtm_getroute_build_skb(): the packet an input lookup routes, an IPv4
 * header of the flow's protocol (UDP when the request names none) and its
 * UDP or TCP ports, or an echo request: what a multipath hash dissects.
 */
function getrouteBuildSkb(saddr: number, daddr: number, proto: number, sport: number, dport: number): SkBuff {
  const l4 = proto === IPPROTO_TCP ? 20 : proto === IPPROTO_UDP || proto === IPPROTO_ICMP ? 8 : 0;
  const skb = new SkBuff(IPV4_MIN_HLEN + l4);
  // skb_reset_mac_header() too: a martian source logs the "ll header" there, the IP header's first bytes.
  skb.resetMacHeader();
  const nh = skb.put(IPV4_MIN_HLEN);
  skb.resetNetworkHeader();
  skb.protocol = ETH_P_IP;
  const b = skb.buf;
  b[nh + Iph.VerIhl] = 0x45;
  b[nh + Iph.Protocol] = proto;
  putU32(b, nh + Iph.Saddr, saddr);
  putU32(b, nh + Iph.Daddr, daddr);
  if (!l4) return skb;
  const th = skb.put(l4);
  skb.transportHeader = th;
  if (proto === IPPROTO_ICMP) {
    b[th] = ICMP_ECHO;
    return skb;
  }
  putU16(b, th, sport);
  putU16(b, th + 2, dport);
  if (proto === IPPROTO_UDP) {
    putU16(b, th + 4, 8);
    return skb;
  }
  b[th + 12] = 5 << 4; // tcph->doff
  b[th + 13] = 0x04; // tcph->rst
  return skb;
}

/** The input-route half of inet_rtm_getroute(): a fake skb arriving on RTA_IIF. */
function getrouteInput(net: Net, r: RtMsg): GetrouteResult {
  const dev = net.devByIndex(r.iif!);
  if (!dev) throw new KError('ENODEV', 'Input device not found');
  const skb = getrouteBuildSkb(r.src ?? 0, r.dst ?? 0, r.ipProto ?? IPPROTO_UDP, r.sport ?? 0, r.dport ?? 0);
  skb.dev = dev;
  skb.mark = r.mark ?? 0;
  const made = rtAllocMark(net);
  const v = ipRouteInputNoref(skb, r.dst ?? 0, r.src ?? 0, r.tos, dev);
  // Linux 6.18: any drop reason from the input route answers EINVAL.
  if (v.err) throw new KError('EINVAL');
  const rt = skbRtable(skb);
  if (!rt) throw new KError('EINVAL');
  if (rt.error) throw new KError(rt.error);
  // A cached input route is set noref; one the lookup made is the skb's own.
  return { rt, saddr: r.src ?? 0, uid: reportedUid(r.uid ?? null), redirect: (skb.ipcbFlags & IPSKB_DOREDIRECT) !== 0, skbHolds: rt.serial > made };
}

/** The output-route half: ip_route_output_key() for the flow the request describes. */
function getrouteOutput(net: Net, r: RtMsg): GetrouteResult {
  const fl4 = newFlowi4();
  fl4.daddr = r.dst ?? 0;
  fl4.saddr = r.src ?? 0;
  fl4.tos = r.tos;
  fl4.oif = r.oif ?? 0;
  fl4.iif = loopbackDev(net).ifindex;
  fl4.mark = r.mark ?? 0;
  // inet_rtm_getroute(): without RTA_IP_PROTO the flow is UDP (ports 0), as the fake skb's header says.
  fl4.proto = r.ipProto ?? IPPROTO_UDP;
  fl4.sport = r.sport ?? 0;
  fl4.dport = r.dport ?? 0;
  // The output lookup hashes the same built packet (ip_route_output_key_hash_rcu(..., skb)).
  fl4.hashSkb = getrouteBuildSkb(fl4.saddr, fl4.daddr, fl4.proto, fl4.sport, fl4.dport);
  // No RTA_UID: the requester's uid (root).
  fl4.uid = r.uid ?? 0;
  const rt = ipRouteOutputKey(net, fl4);
  if (typeof rt === 'string') throw new KError(rt);
  return { rt, saddr: fl4.saddr, uid: reportedUid(r.uid ?? 0), redirect: false, skbHolds: true };
}

/**
 * inet_rtm_valid_getroute_req() for a strict-checking sender (iproute2): the
 * header may carry only /32 lengths and the lookup flags, an address needs
 * its length, and only the attributes a lookup uses may come.
 */
function inetRtmValidGetrouteReq(r: RtMsg): void {
  if ((r.srcLen && r.srcLen !== 32) || (r.dstLen && r.dstLen !== 32) || r.table || r.protocol || r.scope || r.type) {
    throw new KError('EINVAL', 'ipv4: Invalid values in header for route get request');
  }
  if (r.flags & ~(RTM_F_NOTIFY | RTM_F_LOOKUP_TABLE | RTM_F_FIB_MATCH)) throw new KError('EINVAL', 'ipv4: Unsupported rtm_flags for route get request');
  if ((r.src != null && !r.srcLen) || (r.dst != null && !r.dstLen)) throw new KError('EINVAL', 'ipv4: rtm_src_len and rtm_dst_len must be 32 for IPv4');
  // Only RTA_IIF, RTA_OIF, RTA_SRC, RTA_DST, RTA_IP_PROTO, RTA_SPORT, RTA_DPORT, RTA_MARK and RTA_UID.
  if (r.newdst != null || r.gateway != null || r.prefsrc != null || r.priority != null || r.metrics || r.multipath || r.tableId != null) {
    throw new KError('EINVAL', 'ipv4: Unsupported attribute in route get request');
  }
}

/** rt_fill_info(): the cloned route `ip route get` prints. */
function rtFillInfo(net: Net, r: RtMsg, g: GetrouteResult): RtMsg {
  const { rt } = g;
  // inet_rtm_getroute(): table_id = res.table ? res.table->tb_id : 0; a route made without a
  // FIB lookup (limited broadcast, a group or guess out of a given device, 0.0.0.0) has none.
  const tableId = rt.tableId;
  const expires = rtExpires(rt);
  return {
    family: 2, dstLen: 32, srcLen: r.src ? 32 : 0, tos: rt.fib?.alias.tos ?? 0,
    table: tableId < 256 ? tableId : RT_TABLE_COMPAT, protocol: 0, scope: RT_SCOPE_UNIVERSE, type: rt.type,
    flags: (rt.flags & ~0xffff) | RTM_F_CLONED | (g.notify ? RTCF_NOTIFY | RTM_F_NOTIFY : 0) | (g.redirect ? RTCF_DOREDIRECT : 0), dst: r.dst ?? 0, tableId,
    priority: null, prefsrc: !rt.isInput && g.saddr !== (r.src ?? 0) ? g.saddr : null,
    gateway: rt.usesGateway ? rt.gateway : null, oif: rt.dev.ifindex, metrics: rtMetrics(rt, expires), multipath: null,
    // rt_fill_info(): RTA_SRC only for a non-zero source.
    src: r.src || null, iif: rt.isInput ? r.iif : null, mark: r.mark || null, uid: g.uid, cacheinfo: rtGetCacheinfo(net, rt, g.skbHolds, expires),
    flow: rt.tclassid || null,
  };
}

/**
 * rt_fill_info() with no flow, as fnhe_dump_bucket() calls it for `ip
 * route show cache`: the exception's destination, table, device, gateway,
 * expiry and learnt MTU.
 */
export function rtFillInfoFnhe(net: Net, daddr: number, rt: Rtable, tableId: number): RtMsg {
  const expires = rtExpires(rt);
  return {
    family: 2, dstLen: 32, srcLen: 0, tos: 0, table: tableId < 256 ? tableId : RT_TABLE_COMPAT, protocol: 0,
    scope: RT_SCOPE_UNIVERSE, type: rt.type, flags: (rt.flags & ~0xffff) | RTM_F_CLONED, dst: daddr, tableId,
    priority: null, prefsrc: null, gateway: rt.usesGateway ? rt.gateway : null, oif: rt.dev.ifindex,
    metrics: rtMetrics(rt, expires), multipath: null, src: null, iif: null, mark: null, uid: null,
    cacheinfo: rtGetCacheinfo(net, rt, false, expires),
  };
}

/** dst.expires as a delay from now in jiffies, 0 when none or past. */
function rtExpires(rt: Rtable): number {
  if (!rt.expires) return 0;
  const now = jiffies(rt.dev.net);
  return now < rt.expires ? rt.expires - now : 0;
}

/** The dst metrics rt_fill_info() puts: the route's, with a learnt, unexpired path MTU over RTAX_MTU (locked if it was). */
function rtMetrics(rt: Rtable, expires: number): RtMsg['metrics'] {
  const m = rt.metrics ? rt.metrics.slice() : new Uint32Array(RTAX_MAX + 1);
  if (rt.pmtu && expires) m[RTAX_MTU] = rt.pmtu;
  if (rt.mtuLocked && expires) m[RTAX_LOCK] = (m[RTAX_LOCK] ?? 0) | (1 << RTAX_MTU);
  return rtnetlinkPutMetrics(m);
}

/**
 * rtm_getroute_parse_ip_proto() for AF_INET: a route request's RTA_IP_PROTO
 * may only name TCP, UDP or ICMP (the protocols whose ports or type the fake
 * skb carries).
 * @linux net/ipv4/netlink.c rtm_getroute_parse_ip_proto()
 */
function rtmGetrouteParseIpProto(proto: number): void {
  if (proto === IPPROTO_TCP || proto === IPPROTO_UDP || proto === IPPROTO_ICMP) return;
  throw new KError('EOPNOTSUPP', 'Unsupported ip proto');
}

/** inet_rtm_getroute(): answers the route as an RTM_NEWROUTE unicast to the requester. */
export function inetRtmGetroute(net: Net, msg: NlMsg<RtMsg>, ctx: RtnlCtx): void {
  const r = msg.body;
  if (msg.strictChk !== false) inetRtmValidGetrouteReq(r);
  if (r.ipProto != null) rtmGetrouteParseIpProto(r.ipProto);
  const g = r.iif ? getrouteInput(net, r) : getrouteOutput(net, r);
  // inet_rtm_getroute() sets RTCF_NOTIFY on the dst it answers with; a later
  // plain `ip route get` on Linux 6.18 does not show it (recorded twice),
  // so here the flag marks this answer only.
  if (r.flags & RTM_F_NOTIFY) g.notify = true;
  let body: RtMsg;
  if (r.flags & RTM_F_FIB_MATCH) {
    if (!g.rt.fib) throw new KError((fibProps[g.rt.type]?.error as Errno | null) ?? 'EHOSTUNREACH');
    // fri.type = rt->rt_type: the dst's type, not the alias's (a multicast
    // destination through a unicast route answers "multicast").
    body = fibDumpInfo(g.rt.tableId || RT_TABLE_MAIN, g.rt.fib.alias, g.rt.type);
  } else body = rtFillInfo(net, r, g);
  ctx.reply(nlmsgNew(RTM_NEWROUTE, 0, body, msg.seq));
}
