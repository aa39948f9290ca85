/**
 * The x_tables extensions that read or write connection tracking: the
 * conntrack match (rev 3; iptables' "state" is its alias), connmark,
 * the CONNMARK target (rev 2) and CT (--notrack). Their checkentry loads
 * conntrack in the namespace (nf_ct_netns_get), their destroy lets it go.
 * @linux net/netfilter/xt_conntrack.c, xt_connmark.c, xt_CT.c
 */
import type { SkBuff } from '../core/skbuff.js';
import type { XtInfo } from '../../uapi/linux/netfilter/nf_tables.js';
import type { XtMatch, XtTarget } from './x_tables.js';
import { nfCtNetnsGet, nfCtNetnsPut } from './nf_conntrack_proto.js';
import { ctTarget } from './xt_CT.js';
import { nfCtExpires, nfCtGet, type NfConn } from './nf_conntrack_core.js';
import {
  IPS_DST_NAT, IPS_SRC_NAT, IP_CT_DIR_ORIGINAL, IP_CT_IS_REPLY, IP_CT_UNTRACKED, ctinfo2dir,
} from './nf_conntrack_tuple.js';
import { IPCT_MARK, nfConntrackEventCache } from './nf_conntrack_ecache.js';

const XT_CONTINUE = 0xffffffff;

/** XT_CONNTRACK_* match_flags/invert_flags. */
export const XT_CONNTRACK_STATE = 1 << 0;
export const XT_CONNTRACK_PROTO = 1 << 1;
export const XT_CONNTRACK_ORIGSRC = 1 << 2;
export const XT_CONNTRACK_ORIGDST = 1 << 3;
export const XT_CONNTRACK_REPLSRC = 1 << 4;
export const XT_CONNTRACK_REPLDST = 1 << 5;
export const XT_CONNTRACK_STATUS = 1 << 6;
export const XT_CONNTRACK_EXPIRES = 1 << 7;
export const XT_CONNTRACK_ORIGSRC_PORT = 1 << 8;
export const XT_CONNTRACK_ORIGDST_PORT = 1 << 9;
export const XT_CONNTRACK_REPLSRC_PORT = 1 << 10;
export const XT_CONNTRACK_REPLDST_PORT = 1 << 11;
export const XT_CONNTRACK_DIRECTION = 1 << 12;
export const XT_CONNTRACK_STATE_ALIAS = 1 << 13;

/** XT_CONNTRACK_STATE_BIT(ctinfo) and the pseudo states. */
export const xtConntrackStateBit = (ctinfo: number): number => 1 << ((ctinfo % IP_CT_IS_REPLY) + 1);
export const XT_CONNTRACK_STATE_INVALID = 1 << 0;
export const XT_CONNTRACK_STATE_SNAT = 1 << (IP_CT_IS_REPLY + 2);
export const XT_CONNTRACK_STATE_DNAT = 1 << (IP_CT_IS_REPLY + 3);
export const XT_CONNTRACK_STATE_UNTRACKED = 1 << (IP_CT_IS_REPLY + 1);

const num = (info: XtInfo, k: string): number => {
  const v = info[k];
  return typeof v === 'number' ? v : 0;
};

/** The state bits of a packet as xt_conntrack computes them. */
export function ctStateBits(skb: SkBuff): number {
  const ct = nfCtGet(skb);
  if (ct) {
    let bits = xtConntrackStateBit(skb.nfctinfo);
    if (ct.status & IPS_SRC_NAT) bits |= XT_CONNTRACK_STATE_SNAT;
    if (ct.status & IPS_DST_NAT) bits |= XT_CONNTRACK_STATE_DNAT;
    return bits;
  }
  return skb.nfctinfo === IP_CT_UNTRACKED ? XT_CONNTRACK_STATE_UNTRACKED : XT_CONNTRACK_STATE_INVALID;
}

/** conntrack_mt_origsrc() & co: the address under the mask. */
function addrMatch(a: number, info: XtInfo, k: string): boolean {
  const m = num(info, `${k}Mask`);
  return ((a & m) >>> 0) === ((num(info, `${k}Addr`) & m) >>> 0);
}

/** ct_proto_port_check_v3(): protocol and port ranges against the tuples. */
function protoPortCheck(ct: NfConn, info: XtInfo, flags: number, inv: number): boolean {
  if (flags & XT_CONNTRACK_PROTO && (ct.protonum === num(info, 'l4proto')) === ((inv & XT_CONNTRACK_PROTO) !== 0)) return false;
  const o = ct.tuplehash[0].tuple;
  const r = ct.tuplehash[1].tuple;
  const ports: [number, number, string][] = [
    [XT_CONNTRACK_ORIGSRC_PORT, o.srcU, 'origsrcPort'], [XT_CONNTRACK_ORIGDST_PORT, o.dstU, 'origdstPort'],
    [XT_CONNTRACK_REPLSRC_PORT, r.srcU, 'replsrcPort'], [XT_CONNTRACK_REPLDST_PORT, r.dstU, 'repldstPort'],
  ];
  for (const [bit, port, k] of ports) {
    if (!(flags & bit)) continue;
    const lo = num(info, k);
    const hi = num(info, `${k}High`) || lo;
    if ((port >= lo && port <= hi) === ((inv & bit) !== 0)) return false;
  }
  return true;
}

/** conntrack_mt() rev 3 */
const conntrackMatch: XtMatch = {
  revision: 3,
  check: (_info, par) => nfCtNetnsGet(par.net),
  destroy: (_info, net) => nfCtNetnsPut(net),
  match(skb, _par, info) {
    const flags = num(info, 'matchFlags');
    const inv = num(info, 'invertFlags');
    const ct = nfCtGet(skb);
    if (flags & XT_CONNTRACK_STATE) {
      if (((num(info, 'stateMask') & ctStateBits(skb)) !== 0) === ((inv & XT_CONNTRACK_STATE) !== 0)) return false;
    }
    if (!ct) return (flags & XT_CONNTRACK_STATE) !== 0;
    if (flags & XT_CONNTRACK_DIRECTION && (ctinfo2dir(skb.nfctinfo) === IP_CT_DIR_ORIGINAL) === ((inv & XT_CONNTRACK_DIRECTION) !== 0)) return false;
    const o = ct.tuplehash[0].tuple;
    const r = ct.tuplehash[1].tuple;
    // The address and port checks build their tables only for rules that have them (nothing per packet otherwise).
    if (flags & (XT_CONNTRACK_ORIGSRC | XT_CONNTRACK_ORIGDST | XT_CONNTRACK_REPLSRC | XT_CONNTRACK_REPLDST)) {
      const addrs: [number, number, string][] = [
        [XT_CONNTRACK_ORIGSRC, o.srcIp, 'origsrc'], [XT_CONNTRACK_ORIGDST, o.dstIp, 'origdst'],
        [XT_CONNTRACK_REPLSRC, r.srcIp, 'replsrc'], [XT_CONNTRACK_REPLDST, r.dstIp, 'repldst'],
      ];
      for (const [bit, a, k] of addrs) if (flags & bit && addrMatch(a, info, k) === ((inv & bit) !== 0)) return false;
    }
    if (flags & (XT_CONNTRACK_PROTO | XT_CONNTRACK_ORIGSRC_PORT | XT_CONNTRACK_ORIGDST_PORT | XT_CONNTRACK_REPLSRC_PORT | XT_CONNTRACK_REPLDST_PORT) && !protoPortCheck(ct, info, flags, inv)) return false;
    if (flags & XT_CONNTRACK_STATUS && ((num(info, 'statusMask') & ct.status) !== 0) === ((inv & XT_CONNTRACK_STATUS) !== 0)) return false;
    if (flags & XT_CONNTRACK_EXPIRES) {
      const left = Math.floor(nfCtExpires(ct, ct.net.sched.now) / 1e9);
      if ((left >= num(info, 'expiresMin') && left <= num(info, 'expiresMax')) === ((inv & XT_CONNTRACK_EXPIRES) !== 0)) return false;
    }
    return true;
  },
};

/** connmark_mt() rev 1: (ct mark & mask) == mark. */
const connmarkMatch: XtMatch = {
  revision: 1,
  check: (_info, par) => nfCtNetnsGet(par.net),
  destroy: (_info, net) => nfCtNetnsPut(net),
  match(skb, _par, info) {
    const ct = nfCtGet(skb);
    if (!ct) return false;
    return (((ct.mark & num(info, 'mask')) >>> 0) === num(info, 'mark')) !== (info['invert'] === true);
  },
};

/** enum XT_CONNMARK_SET/SAVE/RESTORE */
export const XT_CONNMARK_SET = 0;
export const XT_CONNMARK_SAVE = 1;
export const XT_CONNMARK_RESTORE = 2;

/** connmark_tg_shift() (no shift): set the ct mark, save the packet mark into it, or restore it. */
const connmarkTarget: XtTarget = {
  revision: 2,
  check: (_info, par) => nfCtNetnsGet(par.net),
  destroy: (_info, net) => nfCtNetnsPut(net),
  target(skb, _par, info) {
    const ct = nfCtGet(skb);
    if (!ct) return XT_CONTINUE;
    const ctmask = num(info, 'ctmask');
    const nfmask = num(info, 'nfmask');
    let newmark: number;
    switch (num(info, 'mode')) {
      case XT_CONNMARK_SET:
        newmark = ((ct.mark & ~ctmask) ^ num(info, 'ctmark')) >>> 0;
        break;
      case XT_CONNMARK_SAVE:
        newmark = ((ct.mark & ~ctmask) ^ (skb.mark & nfmask)) >>> 0;
        break;
      default:
        skb.mark = ((skb.mark & ~nfmask) ^ (ct.mark & ctmask)) >>> 0;
        return XT_CONTINUE;
    }
    if (ct.mark !== newmark) {
      ct.mark = newmark;
      nfConntrackEventCache(IPCT_MARK, ct);
    }
    return XT_CONTINUE;
  },
};

/**
 * helper_mt() (xt_helper.c): the helper of the connection's master; no
 * conntrack helper is registered, so no connection is ever expected (has
 * a master) and the match is its inversion.
 */
const helperMatch: XtMatch = {
  revision: 0,
  check: (_info, par) => nfCtNetnsGet(par.net),
  destroy: (_info, net) => nfCtNetnsPut(net),
  match: (_skb, _par, info) => info['invert'] === true,
};

export const XT_CT_MATCHES: readonly (readonly [string, XtMatch])[] = Object.freeze([
  Object.freeze(['conntrack', conntrackMatch] as const), Object.freeze(['connmark', connmarkMatch] as const), Object.freeze(['helper', helperMatch] as const),
]);
export const XT_CT_TARGETS: readonly (readonly [string, XtTarget])[] = Object.freeze([Object.freeze(['CONNMARK', connmarkTarget] as const), Object.freeze(['CT', ctTarget] as const)]);
