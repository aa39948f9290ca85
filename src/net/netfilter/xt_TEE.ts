/**
 * The TEE target (any table): a copy of the packet is routed to the
 * gateway as next hop (its destination address unchanged) and sent by
 * ip_local_out(); the original goes on. The copy is untracked, has DF set
 * and, taken before routing (PREROUTING, INPUT), one TTL less.
 * @linux net/netfilter/xt_TEE.c tee_tg4(), tee_tg_check(); net/ipv4/netfilter/nf_dup_ipv4.c nf_dup_ipv4()
 */
import { KError } from '../core/errno.js';
import type { Net } from '../core/net_namespace.js';
import type { SkBuff } from '../core/skbuff.js';
import { NF_INET_LOCAL_IN, NF_INET_PRE_ROUTING } from '../../uapi/linux/netfilter.js';
import { ETH_P_IP } from '../../wire/ethernet.js';
import { Iph } from '../../wire/ipv4.js';
import { IP_DF, ipLocalOut } from '../ipv4/ip_output.js';
import { ipRouteOutputKey } from '../ipv4/route.js';
import { newFlowi4 } from '../ipv4/fib_rules.js';
import { RT_SCOPE_UNIVERSE } from '../ipv4/fib_types.js';
import { IP_CT_UNTRACKED } from './nf_conntrack_tuple.js';
import { num, XT_CONTINUE, type XtTarget } from './x_tables.js';

/**
 * nf_dup_ipv4(): not from within a copy's own sending; the copy leaves
 * untracked by the route to `gw` (FLOWI_FLAG_KNOWN_NH), `oif` when not -1.
 */
export function nfDupIpv4(net: Net, skb: SkBuff, hooknum: number, gw: number, oif: number): void {
  const world = net.world.core;
  if (world.nfSkbDuplicated) return;
  const dup = skb.copy();
  // "Avoid counting cloned packets towards the original connection."
  dup.nfct = null;
  dup.nfctinfo = IP_CT_UNTRACKED;
  const b = dup.buf;
  const nh = dup.networkHeader;
  // "Set IP_DF so that the original source is notified of a potentially decreased MTU on the clone route."
  b[nh + Iph.FragOff] = b[nh + Iph.FragOff]! | (IP_DF >> 8);
  // "If we are in PREROUTING/INPUT, decrease the TTL to mitigate potential loops between two hosts."
  if (hooknum === NF_INET_PRE_ROUTING || hooknum === NF_INET_LOCAL_IN) b[nh + Iph.Ttl] = (b[nh + Iph.Ttl]! - 1) & 0xff;
  // nf_dup_ipv4_route()
  const fl4 = newFlowi4({ daddr: gw, oif: oif !== -1 ? oif : 0, tos: b[nh + Iph.Tos]! & 0xfc, scope: RT_SCOPE_UNIVERSE, knownNh: true });
  const rt = ipRouteOutputKey(net, fl4);
  if (typeof rt === 'string') return;
  dup.dst = null;
  dup.dev = rt.dev;
  dup.protocol = ETH_P_IP;
  world.nfSkbDuplicated = true;
  try {
    ipLocalOut(net, dup, rt);
  } finally {
    world.nfSkbDuplicated = false;
  }
}

export const teeTarget: XtTarget = {
  revision: 1,
  /** tee_tg_check(): a gateway; an oif name NUL-terminated within IFNAMSIZ. */
  check(info) {
    if (num(info, 'gw') === 0) throw new KError('EINVAL');
    if (String(info['oif'] ?? '').length >= 16) throw new KError('EINVAL');
  },
  /** tee_tg4(): the oif by its name now (tee_netdev_event() keeps priv->oif so), -1 when none has it. */
  target(skb, par, info) {
    const net = par.state.net;
    const name = String(info['oif'] ?? '');
    const oif = name === '' ? 0 : (net.devByName(name)?.ifindex ?? -1);
    nfDupIpv4(net, skb, par.state.hook, num(info, 'gw'), oif);
    return XT_CONTINUE;
  },
};
