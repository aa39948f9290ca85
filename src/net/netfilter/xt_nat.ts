/**
 * The x_tables NAT targets iptables-nft uses through nft_compat: SNAT and
 * DNAT (xt_nat.c), MASQUERADE (xt_MASQUERADE.c), REDIRECT (xt_REDIRECT.c),
 * NETMAP (xt_NETMAP.c).
 * Their info is one struct nf_nat_ipv4_range: flags, minIp/maxIp,
 * minPort/maxPort. They only run for the first packet of a connection
 * (the nat table hangs off the NAT hooks). Each one's checkentry starts
 * conntrack in the namespace (nf_ct_netns_get()), its destroy lets it go.
 * @linux net/netfilter/xt_nat.c, net/netfilter/xt_MASQUERADE.c, net/netfilter/xt_REDIRECT.c, net/netfilter/xt_NETMAP.c
 */
import { KError } from '../core/errno.js';
import type { XtInfo } from '../../uapi/linux/netfilter/nf_tables.js';
import type { SkBuff } from '../core/skbuff.js';
import { getU32 } from '../../wire/bytes.js';
import { Iph } from '../../wire/ipv4.js';
import { NF_ACCEPT, NF_INET_LOCAL_IN, NF_INET_LOCAL_OUT, NF_INET_POST_ROUTING, NF_INET_PRE_ROUTING } from '../../uapi/linux/netfilter.js';
import type { XtTarget } from './x_tables.js';
import { nfCtGet } from './nf_conntrack_core.js';
import { NF_NAT_MANIP_DST, NF_NAT_MANIP_SRC } from './nf_nat_proto.js';
import { NF_NAT_RANGE_MAP_IPS, nfNatSetupInfo, type NfNatRange } from './nf_nat_core.js';
import { nfNatMasqueradeIpv4, nfNatRedirectIpv4 } from './nf_nat_masquerade.js';
import { nfCtNetnsGet, nfCtNetnsPut } from './nf_conntrack_proto.js';

const num = (info: XtInfo, k: string): number => {
  const v = info[k];
  return typeof v === 'number' ? v : 0;
};

/** xt_nat_convert_range() */
function range(info: XtInfo): NfNatRange {
  return {
    flags: num(info, 'flags'), minIp: num(info, 'minIp'), maxIp: num(info, 'maxIp'), minProto: num(info, 'minPort'), maxProto: num(info, 'maxPort'),
    baseProto: num(info, 'basePort'),
  };
}

/** The checkentry and destroy every NAT target shares: its own check, then nf_ct_netns_get(); nf_ct_netns_put(). */
function withConntrack(t: XtTarget, check?: (info: XtInfo) => void): XtTarget {
  return {
    ...t,
    check: (info, par) => {
      check?.(info);
      nfCtNetnsGet(par.net);
    },
    destroy: (_info, net) => nfCtNetnsPut(net),
  };
}

function natTarget(manip: number, hooks: number): XtTarget {
  return {
    revision: 0,
    table: 'nat',
    hooks,
    target(skb, _par, info) {
      const ct = nfCtGet(skb);
      if (!ct) return NF_ACCEPT;
      return nfNatSetupInfo(ct, range(info), manip);
    },
  };
}

/**
 * netmap_tg4(): the address keeps its host part and takes the range's
 * network part: the destination in PREROUTING and OUTPUT, the source in
 * POSTROUTING and INPUT (HOOK2MANIP()); ports as the rule gives them.
 */
function netmapTarget(skb: SkBuff, hook: number, info: XtInfo): number {
  const ct = nfCtGet(skb);
  if (!ct) return NF_ACCEPT;
  const minIp = num(info, 'minIp');
  const netmask = ~(minIp ^ num(info, 'maxIp'));
  const manip = hook === NF_INET_PRE_ROUTING || hook === NF_INET_LOCAL_OUT ? NF_NAT_MANIP_DST : NF_NAT_MANIP_SRC;
  const addr = getU32(skb.buf, skb.networkHeader + (manip === NF_NAT_MANIP_DST ? Iph.Daddr : Iph.Saddr));
  const ip = ((addr & ~netmask) | (minIp & netmask)) >>> 0;
  const r = range(info);
  return nfNatSetupInfo(ct, { ...r, flags: r.flags | NF_NAT_RANGE_MAP_IPS, minIp: ip, maxIp: ip }, manip);
}

/** masquerade_tg_check() / redirect_tg4_check(): "bad MAP_IPS". */
function noMapIps(info: XtInfo): void {
  if (num(info, 'flags') & NF_NAT_RANGE_MAP_IPS) throw new KError('EINVAL');
}

export const XT_NAT_TARGETS: readonly (readonly [string, XtTarget])[] = [
  ['SNAT', withConntrack(natTarget(NF_NAT_MANIP_SRC, (1 << NF_INET_POST_ROUTING) | (1 << NF_INET_LOCAL_IN)))],
  ['DNAT', withConntrack(natTarget(NF_NAT_MANIP_DST, (1 << NF_INET_PRE_ROUTING) | (1 << NF_INET_LOCAL_OUT)))],
  ['MASQUERADE', withConntrack({
    revision: 0, table: 'nat', hooks: 1 << NF_INET_POST_ROUTING,
    target: (skb, par, info) => nfNatMasqueradeIpv4(skb, range(info), par.state.out),
  }, noMapIps)],
  ['REDIRECT', withConntrack({
    revision: 0, table: 'nat', hooks: (1 << NF_INET_PRE_ROUTING) | (1 << NF_INET_LOCAL_OUT),
    target: (skb, par, info) => nfNatRedirectIpv4(skb, range(info), par.state.hook),
  }, noMapIps)],
  ['NETMAP', withConntrack({
    revision: 0, table: 'nat',
    hooks: (1 << NF_INET_PRE_ROUTING) | (1 << NF_INET_POST_ROUTING) | (1 << NF_INET_LOCAL_OUT) | (1 << NF_INET_LOCAL_IN),
    target: (skb, par, info) => netmapTarget(skb, par.state.hook, info),
  }, (info) => {
    // netmap_tg4_check(): the range must map addresses.
    if (!(num(info, 'flags') & NF_NAT_RANGE_MAP_IPS)) throw new KError('EINVAL');
  })],
];
