/**
 * The rpfilter match: a reverse-path check in PREROUTING of the raw or
 * mangle table. The route back to the packet's source (from the loopback,
 * to the packet's destination unless that is multicast, broadcast or 0)
 * must be unicast (or local with --accept-local) and leave by the device the
 * packet came in on, unless --loose; looped-back packets always pass.
 * @linux net/ipv4/netfilter/ipt_rpfilter.c rpfilter_mt(), rpfilter_lookup_reverse(), rpfilter_check()
 */
import { KError } from '../core/errno.js';
import { PACKET_LOOPBACK } from '../core/skbuff.js';
import { IFF_LOOPBACK } from '../../uapi/linux/if.js';
import { FIB_LOOKUP_IGNORE_LINKSTATE } from '../core/fib_rules.js';
import { NF_INET_PRE_ROUTING } from '../../uapi/linux/netfilter.js';
import { getU32 } from '../../wire/bytes.js';
import { IPTOS_RT_MASK, Iph, ipv4IsLbcast, ipv4IsLocalMulticast, ipv4IsMulticast, ipv4IsZeronet } from '../../wire/ipv4.js';
import { fibLookup, newFlowi4 } from '../ipv4/fib_rules.js';
import { RTN_LOCAL, RTN_UNICAST, RT_SCOPE_UNIVERSE } from '../ipv4/fib_types.js';
import { num, type XtMatch } from './x_tables.js';

/** XT_RPFILTER_* (include/uapi/linux/netfilter/xt_rpfilter.h) */
const XT_RPFILTER_LOOSE = 1 << 0;
const XT_RPFILTER_VALID_MARK = 1 << 1;
const XT_RPFILTER_ACCEPT_LOCAL = 1 << 2;
const XT_RPFILTER_INVERT = 1 << 3;
const XT_RPFILTER_OPTION_MASK = 0xf;
const LOOPBACK_IFINDEX = 1;


export const rpfilterMatch: XtMatch = {
  revision: 0,
  hooks: 1 << NF_INET_PRE_ROUTING,
  /** rpfilter_check(): known flags, the raw or mangle table. */
  check(info, par) {
    if (num(info, 'flags') & ~XT_RPFILTER_OPTION_MASK) throw new KError('EINVAL');
    if (par.table !== 'mangle' && par.table !== 'raw') throw new KError('EINVAL');
  },
  match(skb, par, info) {
    const flags = num(info, 'flags');
    const invert = (flags & XT_RPFILTER_INVERT) !== 0;
    const dev = par.state.in;
    if (!dev || skb.pktType === PACKET_LOOPBACK || dev.flags & IFF_LOOPBACK) return !invert;
    const b = skb.buf;
    const nh = skb.networkHeader;
    const saddr = getU32(b, nh + Iph.Saddr);
    const daddr = getU32(b, nh + Iph.Daddr);
    if (ipv4IsZeronet(saddr) && (ipv4IsLbcast(daddr) || ipv4IsLocalMulticast(daddr))) return !invert;
    const fl4 = newFlowi4({
      iif: LOOPBACK_IFINDEX, daddr: saddr, saddr: ipv4IsMulticast(daddr) || ipv4IsLbcast(daddr) || ipv4IsZeronet(daddr) ? 0 : daddr,
      mark: flags & XT_RPFILTER_VALID_MARK ? skb.mark : 0, tos: b[nh + Iph.Tos]! & IPTOS_RT_MASK, scope: RT_SCOPE_UNIVERSE,
    });
    // rpfilter_lookup_reverse()
    const found = fibLookup(par.state.net, fl4, FIB_LOOKUP_IGNORE_LINKSTATE);
    let ok = false;
    if (!('err' in found)) {
      const res = found.res;
      const typeOk = res.type === RTN_UNICAST || (res.type === RTN_LOCAL && (flags & XT_RPFILTER_ACCEPT_LOCAL) !== 0);
      ok = typeOk && (res.fi.nhs.some((h) => h.dev === dev) || (flags & XT_RPFILTER_LOOSE) !== 0);
    }
    return ok !== invert;
  },
};
