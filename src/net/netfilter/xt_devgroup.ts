/**
 * The devgroup match (the group of the device a packet came in by, or
 * leaves by: `ip link set DEV group N`) and the cpu match (the CPU that
 * handles the packet: tuxnet runs every namespace on one, CPU 0), and the
 * realm match (the realms of the packet's route, dst->tclassid) and the
 * cgroup match (the cgroup of the packet's socket: the lab's cgroup v2 tree
 * is its root alone, which holds every process; no net_cls, classid 0).
 * @linux net/netfilter/xt_devgroup.c devgroup_mt(), devgroup_mt_checkentry(); net/netfilter/xt_cpu.c; net/netfilter/xt_realm.c; net/netfilter/xt_cgroup.c cgroup_mt_v2(), cgroup_mt_check_v2()
 */
import { KError } from '../core/errno.js';
import { NF_INET_FORWARD, NF_INET_LOCAL_IN, NF_INET_LOCAL_OUT, NF_INET_POST_ROUTING, NF_INET_PRE_ROUTING } from '../../uapi/linux/netfilter.js';
import type { XtMatch } from './x_tables.js';
import { num } from './x_tables_info.js';
import { skbRtable } from '../ipv4/route.js';

/** XT_DEVGROUP_* (xt_devgroup.h) */
const XT_DEVGROUP_MATCH_SRC = 0x1;
const XT_DEVGROUP_INVERT_SRC = 0x2;
const XT_DEVGROUP_MATCH_DST = 0x4;
const XT_DEVGROUP_INVERT_DST = 0x8;

export const devgroupMatch: XtMatch = {
  revision: 0,
  /** devgroup_mt_checkentry(): known flags; the in device only where there is one, the out device likewise. */
  check(info, par) {
    const flags = num(info, 'flags');
    if (flags & ~(XT_DEVGROUP_MATCH_SRC | XT_DEVGROUP_INVERT_SRC | XT_DEVGROUP_MATCH_DST | XT_DEVGROUP_INVERT_DST)) throw new KError('EINVAL');
    if (flags & XT_DEVGROUP_MATCH_SRC && par.hookMask & ~((1 << NF_INET_PRE_ROUTING) | (1 << NF_INET_LOCAL_IN) | (1 << NF_INET_FORWARD))) {
      throw new KError('EINVAL');
    }
    if (flags & XT_DEVGROUP_MATCH_DST && par.hookMask & ~((1 << NF_INET_FORWARD) | (1 << NF_INET_LOCAL_OUT) | (1 << NF_INET_POST_ROUTING))) {
      throw new KError('EINVAL');
    }
  },
  /** devgroup_mt(): (group ^ dev->group) & mask, XOR the invert bit, for each side asked. */
  match(_skb, par, info) {
    const flags = num(info, 'flags');
    if (flags & XT_DEVGROUP_MATCH_SRC) {
      const differs = ((num(info, 'srcGroup') ^ (par.state.in?.group ?? 0)) & num(info, 'srcMask')) !== 0;
      if (differs !== ((flags & XT_DEVGROUP_INVERT_SRC) !== 0)) return false;
    }
    if (flags & XT_DEVGROUP_MATCH_DST) {
      const differs = ((num(info, 'dstGroup') ^ (par.state.out?.group ?? 0)) & num(info, 'dstMask')) !== 0;
      if (differs !== ((flags & XT_DEVGROUP_INVERT_DST) !== 0)) return false;
    }
    return true;
  },
};

/** smp_processor_id() of every packet in the lab. */
const LAB_CPU = 0;

export const cpuMatch: XtMatch = {
  revision: 0,
  /** cpu_mt_check(): invert is 0 or 1. */
  check(info) {
    if (num(info, 'invert') & ~1) throw new KError('EINVAL');
  },
  match: (_skb, _par, info) => (num(info, 'cpu') === LAB_CPU) !== (num(info, 'invert') !== 0),
};

/** realm_mt(): (dst->tclassid & mask) == id, XOR invert; where a packet has its route. */
export const realmMatch: XtMatch = {
  revision: 0,
  hooks: (1 << NF_INET_POST_ROUTING) | (1 << NF_INET_FORWARD) | (1 << NF_INET_LOCAL_OUT) | (1 << NF_INET_LOCAL_IN),
  match(skb, _par, info) {
    const tclassid = skbRtable(skb)?.tclassid ?? 0;
    return (num(info, 'id') === ((tclassid & num(info, 'mask')) >>> 0)) !== (num(info, 'invert') !== 0);
  },
};

/** The classid of every socket (no net_cls); the lab's one cgroup is the root, "/" (cgroup_get_from_path() finds no other). */
const LAB_CLASSID = 0;
/** sk_fullsock(): not TIME_WAIT (6) nor a request socket (tuxnet's are SYN_RECV, 3; Linux's TCP_NEW_SYN_RECV, 12). */
const minisock = (state: number): boolean => state === 3 || state === 6 || state === 12;

export const cgroupMatch: XtMatch = {
  revision: 2,
  hooks: (1 << NF_INET_LOCAL_OUT) | (1 << NF_INET_POST_ROUTING) | (1 << NF_INET_LOCAL_IN),
  /** cgroup_mt_check_v2(): exactly one of path and classid; a path the tree has ("invalid path": EINVAL). */
  check(info) {
    if (num(info, 'invertPath') & ~1 || num(info, 'invertClassid') & ~1) throw new KError('EINVAL');
    const hasPath = num(info, 'hasPath') !== 0;
    if (hasPath === (num(info, 'hasClassid') !== 0)) throw new KError('EINVAL');
    if (hasPath && String(info['path'] ?? '').replace(/\/+$/, '') !== '') throw new KError('EINVAL');
  },
  /** cgroup_mt_v2(): a full socket of this namespace; its classid, or its cgroup under the path's. */
  match(skb, par, info) {
    const sk = skb.sk;
    if (!sk || minisock(sk.skState) || sk.net !== par.state.net) return false;
    if (num(info, 'hasClassid')) return (num(info, 'classid') === LAB_CLASSID) !== (num(info, 'invertClassid') !== 0);
    // every socket's cgroup is the root, a descendant of itself
    return num(info, 'invertPath') === 0;
  },
};
