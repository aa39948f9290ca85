/**
 * The IPv4 NAT hooks (nf_nat_ipv4_ops): destination NAT at PRE_ROUTING and
 * LOCAL_OUT (-100), source NAT at POST_ROUTING and LOCAL_IN (100); related
 * ICMP errors get their quoted header translated; a LOCAL_OUT packet whose
 * destination changed is routed again (ip_route_me_harder).
 * @linux net/netfilter/nf_nat_proto.c nf_nat_ipv4_fn() nf_nat_ipv4_ops[]
 */
import type { SkBuff } from '../core/skbuff.js';
import type { Net } from '../core/net_namespace.js';
import type { NfHookOps, NfHookState } from './core.js';
import { getU32 } from '../../wire/bytes.js';
import { Iph } from '../../wire/ipv4.js';
import {
  NF_ACCEPT, NF_DROP, NF_INET_LOCAL_IN, NF_INET_LOCAL_OUT, NF_INET_POST_ROUTING, NF_INET_PRE_ROUTING,
} from '../../uapi/linux/netfilter.js';
import { IP_CT_RELATED, IP_CT_RELATED_REPLY, ctinfo2dir } from './nf_conntrack_tuple.js';
import { nfCtGet } from './nf_conntrack_core.js';
import { nfNatIcmpReplyTranslation } from './nf_nat_proto.js';
import { hook2manip, nfNatInetFn, nfNatRegisterFn, nfNatUnregisterFn } from './nf_nat_core.js';
import { ipRouteMeHarder } from './nf_route.js';

/** NF_IP_PRI_NAT_DST / NF_IP_PRI_NAT_SRC */
const NF_IP_PRI_NAT_DST = -100;
const NF_IP_PRI_NAT_SRC = 100;

/** nf_nat_ipv4_fn(): ICMP errors of a NATed flow are translated; the rest goes to nf_nat_inet_fn(). */
function nfNatIpv4Fn(_priv: unknown, skb: SkBuff, state: NfHookState): number {
  const ct = nfCtGet(skb);
  if (!ct) return NF_ACCEPT;
  const ctinfo = skb.nfctinfo;
  if ((ctinfo === IP_CT_RELATED || ctinfo === IP_CT_RELATED_REPLY) && skb.buf[skb.networkHeader + Iph.Protocol] === 1) {
    const dir = ctinfo2dir(ctinfo);
    const ok = nfNatIcmpReplyTranslation(skb, { status: ct.status, dir, otherTuple: ct.tuplehash[dir === 0 ? 1 : 0].tuple }, hook2manip(state.hook));
    return ok ? NF_ACCEPT : NF_DROP;
  }
  return nfNatInetFn(skb, state);
}

/** nf_nat_ipv4_pre_routing(): a new destination needs a new route. */
function nfNatIpv4PreRouting(priv: unknown, skb: SkBuff, state: NfHookState): number {
  const daddr = getU32(skb.buf, skb.networkHeader + Iph.Daddr);
  const ret = nfNatIpv4Fn(priv, skb, state);
  if (ret === NF_ACCEPT && daddr !== getU32(skb.buf, skb.networkHeader + Iph.Daddr)) skb.dst = null;
  return ret;
}

/** nf_nat_ipv4_local_fn(): "ct->tuplehash[dir].tuple.dst.u3.ip != ct->tuplehash[!dir].tuple.src.u3.ip": reroute. */
function nfNatIpv4LocalFn(priv: unknown, skb: SkBuff, state: NfHookState): number {
  const ret = nfNatIpv4Fn(priv, skb, state);
  if (ret !== NF_ACCEPT) return ret;
  const ct = nfCtGet(skb);
  if (ct) {
    const dir = ctinfo2dir(skb.nfctinfo);
    if (ct.tuplehash[dir === 0 ? 0 : 1].tuple.dstIp !== ct.tuplehash[dir === 0 ? 1 : 0].tuple.srcIp) {
      if (ipRouteMeHarder(state.net, skb) < 0) return NF_DROP;
    }
  }
  return ret;
}

function natOps(): readonly NfHookOps[] {
  const op = (hook: (p: unknown, s: SkBuff, st: NfHookState) => number, hooknum: number, priority: number, name: string): NfHookOps =>
    ({ hook, priv: null, pf: 2, hooknum, priority, name });
  return [
    op(nfNatIpv4PreRouting, NF_INET_PRE_ROUTING, NF_IP_PRI_NAT_DST, 'nf_nat_ipv4_pre_routing'),
    op(nfNatIpv4Fn, NF_INET_POST_ROUTING, NF_IP_PRI_NAT_SRC, 'nf_nat_ipv4_out'),
    op(nfNatIpv4LocalFn, NF_INET_LOCAL_OUT, NF_IP_PRI_NAT_DST, 'nf_nat_ipv4_local_fn'),
    op(nfNatIpv4Fn, NF_INET_LOCAL_IN, NF_IP_PRI_NAT_SRC, 'nf_nat_ipv4_local_in'),
  ];
}

/** nf_nat_ipv4_register_fn(): a nat base chain joins the NAT hook of its hook number. */
export function nfNatIpv4RegisterFn(net: Net, ops: NfHookOps): void {
  nfNatRegisterFn(net, ops, natOps);
}

/** nf_nat_ipv4_unregister_fn() */
export function nfNatIpv4UnregisterFn(net: Net, ops: NfHookOps): void {
  nfNatUnregisterFn(net, ops);
}
