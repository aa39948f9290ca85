/**
 * nf_defrag_ipv4: connection tracking sees whole datagrams. Fragments are
 * gathered at PRE_ROUTING and LOCAL_OUT (priority -400, before conntrack);
 * the reassembled datagram goes through the rest of the hook and on, the
 * fragment is stolen.
 * @linux net/ipv4/netfilter/nf_defrag_ipv4.c ipv4_conntrack_defrag(), nf_ct_ipv4_gather_frags()
 */
import type { SkBuff } from '../core/skbuff.js';
import { nfHookSlow, type NfHookOps, type NfHookState } from './core.js';
import { NF_ACCEPT, NF_INET_LOCAL_OUT, NF_INET_PRE_ROUTING, NF_STOLEN, NFPROTO_IPV4 } from '../../uapi/linux/netfilter.js';
import { IP_DEFRAG_CONNTRACK_IN, IP_DEFRAG_CONNTRACK_OUT, ipDefrag } from '../ipv4/ip_fragment.js';
import { ipIsFragment } from '../../wire/ipv4.js';
import { IP_CT_UNTRACKED } from './nf_conntrack_tuple.js';

export { IP_DEFRAG_CONNTRACK_IN, IP_DEFRAG_CONNTRACK_OUT };

/** NF_IP_PRI_CONNTRACK_DEFRAG */
const NF_IP_PRI_CONNTRACK_DEFRAG = -400;

/** ipv4_conntrack_defrag() */
function ipv4ConntrackDefrag(_priv: unknown, skb: SkBuff, state: NfHookState): number {
  // Previously seen (loopback) or untracked: ignore, before the fragment check.
  if (skb.nfct || skb.nfctinfo === IP_CT_UNTRACKED) return NF_ACCEPT;
  if (!ipIsFragment(skb.buf, skb.networkHeader)) return NF_ACCEPT;
  const net = state.net;
  const user = state.hook === NF_INET_PRE_ROUTING ? IP_DEFRAG_CONNTRACK_IN : IP_DEFRAG_CONNTRACK_OUT;
  const whole = ipDefrag(net, skb, user);
  if (whole) {
    whole.ignoreDf = true;
    // Linux reassembles into the skb in place and the hook walk goes on; here the new skb runs the rest of the hook.
    const entries = net.nf.hooksIpv4[state.hook]!;
    const i = entries.findIndex((e) => e.hook === ipv4ConntrackDefrag);
    if (nfHookSlow(whole, state, entries, i + 1) === 1) state.okfn(net, whole);
  }
  return NF_STOLEN;
}

/** ipv4_defrag_ops[] */
export function nfDefragIpv4Ops(): NfHookOps[] {
  const pf = NFPROTO_IPV4;
  return [
    { hook: ipv4ConntrackDefrag, priv: null, pf, hooknum: NF_INET_PRE_ROUTING, priority: NF_IP_PRI_CONNTRACK_DEFRAG, name: 'nf_defrag_ipv4' },
    { hook: ipv4ConntrackDefrag, priv: null, pf, hooknum: NF_INET_LOCAL_OUT, priority: NF_IP_PRI_CONNTRACK_DEFRAG, name: 'nf_defrag_ipv4' },
  ];
}
