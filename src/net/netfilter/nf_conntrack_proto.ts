/**
 * The IPv4 side of connection tracking: the packet to tuple conversion,
 * the protocol trackers (struct nf_conntrack_l4proto), nf_conntrack_in()
 * at PRE_ROUTING/LOCAL_OUT (priority -200), the confirmation at
 * POST_ROUTING/LOCAL_IN (INT_MAX), and nf_ct_netns_get/put(): the hooks of
 * a namespace are registered by the first user (an iptables rule with a
 * state/conntrack/connmark/CT match, an nft ct expression, NAT, the
 * conntrack tool) and go with the last one. The table stays.
 * @linux net/netfilter/nf_conntrack_proto.c, net/netfilter/nf_conntrack_core.c nf_conntrack_in(),
 *   resolve_normal_ct(), init_conntrack(), nf_ct_get_tuple(), nf_ct_invert_tuple()
 */
import type { Net } from '../core/net_namespace.js';
import type { SkBuff } from '../core/skbuff.js';
import { nfRegisterNetHook, nfUnregisterNetHook, type NfHookOps, type NfHookState } from './core.js';
import {
  NF_ACCEPT, NF_DROP, NF_INET_LOCAL_IN, NF_INET_LOCAL_OUT, NF_INET_POST_ROUTING, NF_INET_PRE_ROUTING, NF_IP_PRI_CONNTRACK,
  NF_REPEAT, NFPROTO_IPV4,
} from '../../uapi/linux/netfilter.js';
import { IP_OFFSET, Iph, iphHdrLen } from '../../wire/ipv4.js';
import { getU16, getU32 } from '../../wire/bytes.js';
import {
  IPS_EXPECTED, IPS_SEEN_REPLY, IP_CT_DIR_ORIGINAL, IP_CT_DIR_REPLY, IP_CT_ESTABLISHED, IP_CT_ESTABLISHED_REPLY,
  IP_CT_NEW, IP_CT_RELATED, IP_CT_UNTRACKED, NfConntrackTuple, ctinfo2dir,
} from './nf_conntrack_tuple.js';
import { nfCtZoneTmpl, type NfConntrackZone } from './nf_conntrack_zones.js';
import {
  nfConntrackAlloc, nfConntrackConfirmCt, nfConntrackFindGet, nfCtGet, nfCtIsConfirmed, nfCtIsTemplate, nfCtPernetInit, nfCtRefreshAcct, type NfConn,
} from './nf_conntrack_core.js';
import { IPCT_NEW, IPCT_RELATED, IPCT_REPLY, nfConntrackEventCache, nfCtDeliverCachedEvents } from './nf_conntrack_ecache.js';
import { nfCtIcmp } from './nf_conntrack_proto_icmp.js';
import { nfCtUdp } from './nf_conntrack_proto_udp.js';
import { nfConntrackTcpSetClosing, nfCtTcp } from './nf_conntrack_proto_tcp.js';
import { nfDefragIpv4Ops } from './nf_defrag_ipv4.js';

/** struct nf_conntrack_l4proto: one protocol's tuple and state machine. */
export interface NfConntrackL4proto {
  readonly l4proto: number;
  /** pkt_to_tuple: the protocol half of the tuple; false when the header is short. */
  pktToTuple(b: Uint8Array, dataoff: number, tail: number, t: NfConntrackTuple): boolean;
  /** invert_tuple: false when the packet cannot start a connection with a reply (ICMP types). */
  invertTuple(inverse: NfConntrackTuple, orig: NfConntrackTuple): boolean;
  /**
   * The per-packet handler (nf_conntrack_{tcp,udp,icmp}_packet): > 0 an NF_
   * verdict; <= 0 the packet is invalid and -ret is the verdict (-NF_REPEAT
   * starts a fresh connection).
   */
  packet(ct: NfConn, skb: SkBuff, dataoff: number, ctinfo: number, state: NfHookState): number;
  /** print_conntrack: the state word of /proc/net/nf_conntrack and conntrack -L ("ESTABLISHED "). */
  printConntrack?(ct: NfConn): string;
}

/** nf_conntrack_l4proto_generic: any other protocol, tracked by addresses only. */
const nfCtGeneric: NfConntrackL4proto = {
  l4proto: 255,
  pktToTuple(_b, _o, _t, t) {
    t.srcU = 0;
    t.dstU = 0;
    return true;
  },
  invertTuple(inv) {
    inv.srcU = 0;
    inv.dstU = 0;
    return true;
  },
  packet(ct, skb, _dataoff, ctinfo) {
    const cn = ct.net.nf.ct!;
    nfCtRefreshAcct(ct, ctinfo, skb, cn.sysctl.timeouts.generic);
    return NF_ACCEPT;
  },
};

/** nf_ct_l4proto_find() */
export function nfCtL4protoFind(protonum: number): NfConntrackL4proto {
  switch (protonum) {
    case 1: return nfCtIcmp;
    case 6: return nfCtTcp;
    case 17: return nfCtUdp;
    default: return nfCtGeneric;
  }
}

/** nf_ct_set_closing() -> nf_conntrack_set_closing(): the firewall reset the packet's connection (only TCP cares). */
export function nfCtSetClosing(skb: SkBuff): void {
  const ct = nfCtGet(skb);
  if (ct && ct.protonum === 6) nfConntrackTcpSetClosing(ct);
}

/**
 * ipv4_get_l4proto(): -1 for a non-first fragment or a bogus header, else
 * the transport offset | protocol << 24 (dataoff & 0xffffff, >>> 24).
 */
export function ipv4GetL4proto(b: Uint8Array, nh: number, tail: number): number {
  if (nh < 0 || nh + 20 > tail) return -1;
  if (getU16(b, nh + Iph.FragOff) & IP_OFFSET) return -1;
  const dataoff = nh + iphHdrLen(b, nh);
  if (dataoff > tail) return -1;
  return (dataoff | (b[nh + Iph.Protocol]! << 24)) >>> 0;
}

/** nf_ct_get_tuple(): the ORIGINAL-direction tuple of the packet at nh/dataoff. */
export function nfCtGetTuple(b: Uint8Array, nh: number, dataoff: number, tail: number, protonum: number, t: NfConntrackTuple): boolean {
  t.srcIp = getU32(b, nh + Iph.Saddr);
  t.dstIp = getU32(b, nh + Iph.Daddr);
  t.protonum = protonum;
  t.dir = IP_CT_DIR_ORIGINAL;
  return nfCtL4protoFind(protonum).pktToTuple(b, dataoff, tail, t);
}

/** nf_ct_get_tuplepr(): the tuple of the IPv4 packet at `nhoff` in skb (an ICMP error's inner header too). */
export function nfCtGetTuplepr(skb: SkBuff, nhoff: number, t: NfConntrackTuple): boolean {
  const r = ipv4GetL4proto(skb.buf, nhoff, skb.tail);
  if (r < 0) return false;
  return nfCtGetTuple(skb.buf, nhoff, r & 0xffffff, skb.tail, r >>> 24, t);
}

/** nf_ct_invert_tuple() */
export function nfCtInvertTuple(inverse: NfConntrackTuple, orig: NfConntrackTuple): boolean {
  inverse.srcIp = orig.dstIp;
  inverse.dstIp = orig.srcIp;
  inverse.protonum = orig.protonum;
  inverse.dir = orig.dir === IP_CT_DIR_ORIGINAL ? IP_CT_DIR_REPLY : IP_CT_DIR_ORIGINAL;
  return nfCtL4protoFind(orig.protonum).invertTuple(inverse, orig);
}

/**
 * resolve_normal_ct(): find or create the connection of the packet and tag
 * the skb with it; -1 when the table is full (drop), 0 otherwise (the skb
 * may have no conntrack: not trackable).
 */
function resolveNormalCt(
  net: Net, skb: SkBuff, dataoff: number, protonum: number, zone: Readonly<NfConntrackZone>, tmpl: NfConn | null,
): number {
  const cn = net.nf.ct!;
  const tuple = cn.scratch[0];
  if (!nfCtGetTuple(skb.buf, skb.networkHeader, dataoff, skb.tail, protonum, tuple)) return 0;
  const h = nfConntrackFindGet(net, tuple, zone);
  let ct: NfConn;
  let ctinfo: number;
  if (!h) {
    // init_conntrack(): a packet whose tuple cannot be inverted starts nothing.
    const repl = cn.scratch[1];
    if (!nfCtInvertTuple(repl, tuple)) return 0;
    const nct = nfConntrackAlloc(net, tuple, repl, zone, tmpl);
    if (!nct) return -1;
    ct = nct;
    ctinfo = IP_CT_NEW;
  } else {
    ct = h.ct;
    if (h.tuple.dir === IP_CT_DIR_REPLY) ctinfo = IP_CT_ESTABLISHED_REPLY;
    else if (ct.status & IPS_SEEN_REPLY) ctinfo = IP_CT_ESTABLISHED;
    else if (ct.status & IPS_EXPECTED) ctinfo = IP_CT_RELATED;
    else ctinfo = IP_CT_NEW;
  }
  skb.nfct = ct;
  skb.nfctinfo = ctinfo;
  return 0;
}

/** nf_conntrack_in(): track the packet; returns the NF_* verdict. */
export function nfConntrackIn(skb: SkBuff, state: NfHookState): number {
  const net = state.net;
  const cn = net.nf.ct!;
  // Previously seen (loopback) or untracked: ignore. A CT target's template is taken off (its zone kept).
  let tmpl: NfConn | null = null;
  if (skb.nfct) {
    tmpl = skb.nfct as NfConn;
    if (!nfCtIsTemplate(tmpl)) return NF_ACCEPT;
    skb.nfct = null;
    skb.nfctinfo = 0;
  } else if (skb.nfctinfo === IP_CT_UNTRACKED) return NF_ACCEPT;
  const zone = nfCtZoneTmpl(tmpl, skb.mark, cn.tmpZone);
  const r = ipv4GetL4proto(skb.buf, skb.networkHeader, skb.tail);
  if (r < 0) {
    cn.stat.invalid++;
    return NF_ACCEPT;
  }
  const dataoff = r & 0xffffff;
  const protonum = r >>> 24;
  if (protonum === 1) {
    // nf_conntrack_handle_icmp(): an error is related to the connection it quotes, or invalid.
    const ret = nfCtIcmp.error!(skb, dataoff, state, zone);
    if (ret <= 0) {
      cn.stat.error++;
      return -ret;
    }
    if (skb.nfct) return NF_ACCEPT;
  }
  for (;;) {
    if (resolveNormalCt(net, skb, dataoff, protonum, zone, tmpl) < 0) {
      cn.stat.drop++;
      return NF_DROP;
    }
    const ct = skb.nfct as NfConn | null;
    if (!ct) {
      cn.stat.invalid++;
      return NF_ACCEPT;
    }
    const ctinfo = skb.nfctinfo;
    const ret = nfCtL4protoFind(protonum).packet(ct, skb, dataoff, ctinfo, state);
    if (ret <= 0) {
      skb.nfct = null;
      skb.nfctinfo = 0;
      if (ret === -NF_REPEAT) continue;
      cn.stat.invalid++;
      if (ret === -NF_DROP) cn.stat.drop++;
      return -ret;
    }
    if (ctinfo === IP_CT_ESTABLISHED_REPLY && !(ct.status & IPS_SEEN_REPLY)) {
      ct.status |= IPS_SEEN_REPLY;
      nfConntrackEventCache(IPCT_REPLY, ct);
    }
    return ret;
  }
}

/** ipv4_conntrack_in() */
function ipv4ConntrackIn(_priv: unknown, skb: SkBuff, state: NfHookState): number {
  return nfConntrackIn(skb, state);
}

/** ipv4_conntrack_local(): fragments from raw sockets are not tracked. */
function ipv4ConntrackLocal(_priv: unknown, skb: SkBuff, state: NfHookState): number {
  const nh = skb.networkHeader;
  if (getU16(skb.buf, nh + Iph.FragOff) & (IP_OFFSET | 0x2000)) return NF_ACCEPT;
  return nfConntrackIn(skb, state);
}

/** nf_conntrack_confirm() via ipv4_confirm(): a new connection enters the table; cached events go out. */
function ipv4Confirm(_priv: unknown, skb: SkBuff): number {
  const ct = skb.nfct as NfConn | null;
  if (!ct) return NF_ACCEPT;
  let ret = NF_ACCEPT;
  if (!nfCtIsConfirmed(ct)) {
    // REJECT attaches its replies to the connection in the other direction: only ORIGINAL confirms.
    if (ctinfo2dir(skb.nfctinfo) !== IP_CT_DIR_ORIGINAL) return NF_ACCEPT;
    ret = nfConntrackConfirmCt(skb, ct);
    if (ret === NF_ACCEPT) nfConntrackEventCache(ct.master ? IPCT_RELATED : IPCT_NEW, skb.nfct as NfConn);
  }
  if (ret === NF_ACCEPT) nfCtDeliverCachedEvents(skb.nfct as NfConn);
  return ret;
}

/** NF_IP_PRI_CONNTRACK_CONFIRM */
const NF_IP_PRI_CONNTRACK_CONFIRM = 0x7fffffff;

/** ipv4_conntrack_ops[] */
function ipv4ConntrackOps(): NfHookOps[] {
  const pf = NFPROTO_IPV4;
  return [
    { hook: ipv4ConntrackIn, priv: null, pf, hooknum: NF_INET_PRE_ROUTING, priority: NF_IP_PRI_CONNTRACK, name: 'nf_conntrack_in' },
    { hook: ipv4ConntrackLocal, priv: null, pf, hooknum: NF_INET_LOCAL_OUT, priority: NF_IP_PRI_CONNTRACK, name: 'nf_conntrack_in' },
    { hook: ipv4Confirm, priv: null, pf, hooknum: NF_INET_POST_ROUTING, priority: NF_IP_PRI_CONNTRACK_CONFIRM, name: 'ipv4_confirm' },
    { hook: ipv4Confirm, priv: null, pf, hooknum: NF_INET_LOCAL_IN, priority: NF_IP_PRI_CONNTRACK_CONFIRM, name: 'ipv4_confirm' },
  ];
}

/**
 * nf_ct_netns_get(): conntrack (and nf_defrag_ipv4) start in the
 * namespace with the first user.
 */
export function nfCtNetnsGet(net: Net): void {
  const cn = nfCtPernetInit(net);
  if (cn.users++ > 0) return;
  const ops = [...nfDefragIpv4Ops(), ...ipv4ConntrackOps()];
  for (const o of ops) nfRegisterNetHook(net, o);
  cn.hooks = ops;
}

/** nf_ct_netns_put(): the last user gone, the hooks go (the entries stay until they time out). */
export function nfCtNetnsPut(net: Net): void {
  const cn = net.nf.ct;
  if (!cn || cn.users === 0) return;
  if (--cn.users > 0) return;
  for (const o of cn.hooks as NfHookOps[]) nfUnregisterNetHook(net, o);
  cn.hooks = null;
}

