/**
 * The CT target (revision 2): attaches a conntrack template to a packet in
 * the raw table, before conntrack sees it: --notrack marks the packet
 * untracked; otherwise the template carries the zone the connection is
 * looked up and made in (--zone N, --zone-orig/--zone-reply for one
 * direction, `mark` for the packet mark's low 16 bits).
 * Linux: helpers, timeout policies and event masks of a template are not
 * there (ENOENT, EINVAL, EOPNOTSUPP).
 * @linux net/netfilter/xt_CT.c xt_ct_tg_check(), xt_ct_target(), include/uapi/linux/netfilter/xt_CT.h
 */
import { KError } from '../core/errno.js';
import { XT_CONTINUE, num, type XtTarget } from './x_tables.js';
import { IP_CT_NEW, IP_CT_UNTRACKED } from './nf_conntrack_tuple.js';
import { nfCtNetnsGet, nfCtNetnsPut } from './nf_conntrack_proto.js';
import {
  NF_CT_DEFAULT_ZONE_DIR, NF_CT_FLAG_MARK, NF_CT_ZONE_DIR_ORIG, NF_CT_ZONE_DIR_REPL, nfCtZoneDflt, nfCtZoneInit,
} from './nf_conntrack_zones.js';
import { nfCtTmplAlloc, type NfConn } from './nf_conntrack_core.js';
import { nfCtEcacheExtAdd } from './nf_conntrack_ecache.js';
import type { Net } from '../core/net_namespace.js';
import type { XtInfo } from '../../uapi/linux/netfilter/nf_tables.js';

/** enum of xt_CT.h: the flags of struct xt_ct_target_info_v1. */
export const XT_CT_NOTRACK = 1;
export const XT_CT_NOTRACK_ALIAS = 2;
export const XT_CT_ZONE_DIR_ORIG = 4;
export const XT_CT_ZONE_DIR_REPL = 8;
export const XT_CT_ZONE_MARK = 16;

/** xt_ct_flags_to_dir(): one direction when exactly one is asked, else both. */
function xtCtFlagsToDir(flags: number): number {
  switch (flags & (XT_CT_ZONE_DIR_ORIG | XT_CT_ZONE_DIR_REPL)) {
    case XT_CT_ZONE_DIR_ORIG: return NF_CT_ZONE_DIR_ORIG;
    case XT_CT_ZONE_DIR_REPL: return NF_CT_ZONE_DIR_REPL;
    default: return NF_CT_DEFAULT_ZONE_DIR;
  }
}

/** The rule's template (nf_ct_tmpl_alloc() of xt_ct_tg_check()), null with --notrack. */
function newTemplate(info: XtInfo, net: Net): NfConn | null {
  const flags = num(info, 'flags');
  if (flags & XT_CT_NOTRACK) return null;
  const zone = flags & XT_CT_ZONE_MARK || num(info, 'zone') || flags & (XT_CT_ZONE_DIR_ORIG | XT_CT_ZONE_DIR_REPL)
    ? nfCtZoneInit({ id: 0, flags: 0, dir: 0 }, num(info, 'zone'), xtCtFlagsToDir(flags), flags & XT_CT_ZONE_MARK ? NF_CT_FLAG_MARK : 0)
    : nfCtZoneDflt;
  const tmpl = nfCtTmplAlloc(net, zone);
  // xt_ct_tg_check(): nf_ct_ecache_ext_add(ct, info->ct_events, info->exp_events) on the template, under
  // the rules of the moment (with nf_conntrack_events 2, only while a listener is there; else the
  // template has no mask and its connections report every event)
  const ct = num(info, 'ctEvents');
  const exp = num(info, 'expEvents');
  if (ct || exp) nfCtEcacheExtAdd(tmpl, ct, exp);
  return tmpl;
}

/**
 * xt_ct_target(): a packet that already has a conntrack (loopback) or is
 * untracked is left alone; else it takes the template (IP_CT_NEW), or
 * with --notrack is marked untracked.
 */
export const ctTarget: XtTarget = {
  revision: 2,
  table: 'raw',
  newPriv: newTemplate,
  check(info, par) {
    // xt_ct_tg_check(): --notrack needs nothing else; no conntrack helper nor
    // timeout policy is ever registered (xt_ct_set_helper(), xt_ct_set_timeout(): ENOENT).
    if (num(info, 'flags') & XT_CT_NOTRACK) return;
    if (info['helper']) throw new KError('ENOENT');
    // xt_ct_set_timeout(): xt_ct_find_proto() needs a protocol, not inverted (EINVAL), before the policy lookup.
    if (info['timeout']) throw new KError(!par.proto || par.invProto ? 'EINVAL' : 'ENOENT');
    nfCtNetnsGet(par.net);
  },
  destroy(info, net) {
    if (!(num(info, 'flags') & XT_CT_NOTRACK)) nfCtNetnsPut(net);
  },
  target(skb, par) {
    if (skb.nfct || skb.nfctinfo !== 0) return XT_CONTINUE;
    const tmpl = par.priv as NfConn | null;
    skb.nfct = tmpl;
    skb.nfctinfo = tmpl ? IP_CT_NEW : IP_CT_UNTRACKED;
    return XT_CONTINUE;
  },
};
