/**
 * The physdev match: the bridge ports a bridged IPv4 frame came in by and
 * leaves by (br_netfilter's skb->nf_bridge), for iptables rules on the
 * bridge device: --physdev-in / --physdev-out NAME (a trailing '+' a
 * prefix), --physdev-is-in, --physdev-is-out, --physdev-is-bridged, each
 * invertible. A packet without bridge info matches only rules whose every
 * option is inverted. --physdev-out and --physdev-is-out cannot serve
 * OUTPUT (the port is not known there) unless the rule asks for bridged
 * frames.
 * @linux net/netfilter/xt_physdev.c physdev_mt(), physdev_mt_check()
 */
import { KError } from '../core/errno.js';
import { NF_INET_LOCAL_OUT } from '../../uapi/linux/netfilter.js';
import type { XtMatch } from './x_tables.js';
import { num } from './x_tables_info.js';

/** XT_PHYSDEV_OP_* */
export const XT_PHYSDEV_OP_IN = 0x01;
export const XT_PHYSDEV_OP_OUT = 0x02;
export const XT_PHYSDEV_OP_BRIDGED = 0x04;
export const XT_PHYSDEV_OP_ISIN = 0x08;
export const XT_PHYSDEV_OP_ISOUT = 0x10;
const XT_PHYSDEV_OP_MASK = 0x1f;

/**
 * ifname_compare_aligned() against xtables_parse_interface()'s name and
 * mask: "NAME+" compares the prefix, "NAME" the whole name. True: equal.
 */
export function physdevNameMatches(dev: string, pattern: string): boolean {
  return pattern.endsWith('+') ? dev.startsWith(pattern.slice(0, -1)) : dev === pattern;
}

export const physdevMatch: XtMatch = {
  revision: 0,
  check(info, par) {
    const bitmask = num(info, 'bitmask');
    const invert = num(info, 'invert');
    if (!(bitmask & XT_PHYSDEV_OP_MASK) || bitmask & ~XT_PHYSDEV_OP_MASK) throw new KError('EINVAL');
    // "--physdev-out and --physdev-is-out only supported in the FORWARD and POSTROUTING chains with bridged traffic"
    if (bitmask & (XT_PHYSDEV_OP_OUT | XT_PHYSDEV_OP_ISOUT) && (!(bitmask & XT_PHYSDEV_OP_BRIDGED) || invert & XT_PHYSDEV_OP_BRIDGED) &&
      par.hookMask & (1 << NF_INET_LOCAL_OUT)) {
      throw new KError('EINVAL');
    }
  },
  match(skb, _par, info) {
    const bitmask = num(info, 'bitmask');
    const invert = num(info, 'invert');
    if (skb.brnfPhysindev === null) {
      // no bridge info: a match only if every option given is inverted
      return (bitmask & ~invert & XT_PHYSDEV_OP_MASK) === 0;
    }
    const outdev = skb.brnfPhysoutdev?.name ?? null;
    // This only makes sense in the FORWARD and POSTROUTING chains
    if (bitmask & XT_PHYSDEV_OP_BRIDGED && (outdev !== null) !== !(invert & XT_PHYSDEV_OP_BRIDGED)) return false;
    const indev = skb.brnfPhysindev.name;
    if (bitmask & XT_PHYSDEV_OP_ISIN && (indev === null) !== ((invert & XT_PHYSDEV_OP_ISIN) !== 0)) return false;
    if (bitmask & XT_PHYSDEV_OP_ISOUT && (outdev === null) !== ((invert & XT_PHYSDEV_OP_ISOUT) !== 0)) return false;
    // !ret ^ !(invert & IN): a name equal while inverted, or different while not
    if (bitmask & XT_PHYSDEV_OP_IN && physdevNameMatches(indev, String(info['physindev'] ?? '')) === ((invert & XT_PHYSDEV_OP_IN) !== 0)) return false;
    if (!(bitmask & XT_PHYSDEV_OP_OUT)) return true;
    if (outdev === null) return false;
    return physdevNameMatches(outdev, String(info['physoutdev'] ?? '')) !== ((invert & XT_PHYSDEV_OP_OUT) !== 0);
  },
};
