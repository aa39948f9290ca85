/**
 * The x_tables NAT targets iptables-nft uses through nft_compat: SNAT and
 * DNAT (xt_nat.c), MASQUERADE (xt_MASQUERADE.c), REDIRECT (xt_REDIRECT.c).
 * Their info is one struct nf_nat_ipv4_range: flags, minIp/maxIp,
 * minPort/maxPort. They only run for the first packet of a connection
 * (the nat table hangs off the NAT hooks).
 * @linux net/netfilter/xt_nat.c, net/netfilter/xt_MASQUERADE.c, net/netfilter/xt_REDIRECT.c
 */
import { KError } from '../core/errno.js';
import type { XtInfo } from '../../uapi/linux/netfilter/nf_tables.js';
import { NF_ACCEPT, NF_INET_LOCAL_IN, NF_INET_LOCAL_OUT, NF_INET_POST_ROUTING, NF_INET_PRE_ROUTING } from '../../uapi/linux/netfilter.js';
import type { XtTarget } from './x_tables.js';
import { nfCtGet } from './nf_conntrack_core.js';
import { NF_NAT_MANIP_DST, NF_NAT_MANIP_SRC } from './nf_nat_proto.js';
import { NF_NAT_RANGE_MAP_IPS, nfNatSetupInfo, type NfNatRange } from './nf_nat_core.js';
import { nfNatMasqueradeIpv4, nfNatRedirectIpv4 } from './nf_nat_masquerade.js';

const num = (info: XtInfo, k: string): number => {
  const v = info[k];
  return typeof v === 'number' ? v : 0;
};

/** xt_nat_convert_range() */
function range(info: XtInfo): NfNatRange {
  return { flags: num(info, 'flags'), minIp: num(info, 'minIp'), maxIp: num(info, 'maxIp'), minProto: num(info, 'minPort'), maxProto: num(info, 'maxPort'), baseProto: 0 };
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

/** masquerade_tg_check() / redirect_tg4_check(): "bad MAP_IPS". */
function noMapIps(info: XtInfo): void {
  if (num(info, 'flags') & NF_NAT_RANGE_MAP_IPS) throw new KError('EINVAL');
}

export const XT_NAT_TARGETS: readonly (readonly [string, XtTarget])[] = [
  ['SNAT', natTarget(NF_NAT_MANIP_SRC, (1 << NF_INET_POST_ROUTING) | (1 << NF_INET_LOCAL_IN))],
  ['DNAT', natTarget(NF_NAT_MANIP_DST, (1 << NF_INET_PRE_ROUTING) | (1 << NF_INET_LOCAL_OUT))],
  ['MASQUERADE', {
    revision: 0, table: 'nat', hooks: 1 << NF_INET_POST_ROUTING, check: noMapIps,
    target: (skb, par, info) => nfNatMasqueradeIpv4(skb, range(info), par.state.out),
  }],
  ['REDIRECT', {
    revision: 0, table: 'nat', hooks: (1 << NF_INET_PRE_ROUTING) | (1 << NF_INET_LOCAL_OUT), check: noMapIps,
    target: (skb, par, info) => nfNatRedirectIpv4(skb, range(info), par.state.hook),
  }],
];
