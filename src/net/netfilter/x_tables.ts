/**
 * x_tables extensions reached through nft_compat (NFTA_MATCH_* and NFTA_TARGET_* attributes):
 * the matches and targets iptables-nft does not translate to native
 * expressions. Each checks its info at rule creation (errno as the kernel's
 * checkentry) and runs per packet.
 * @linux net/netfilter/x_tables.c, net/netfilter/nft_compat.c, net/netfilter/xt_*.c, net/ipv4/netfilter/ipt_*.c
 */
import { num } from './x_tables_info.js';
import { KError } from '../core/errno.js';
import { PACKET_BROADCAST, PACKET_LOOPBACK, PACKET_MULTICAST, skbCowHead, type SkBuff } from '../core/skbuff.js';
import type { NfHookState } from './core.js';
import type { XtInfo } from '../../uapi/linux/netfilter/nf_tables.js';
import {
  NF_ARP_FORWARD, NF_ARP_OUT, NF_DROP, NF_INET_FORWARD, NF_INET_LOCAL_IN, NF_INET_LOCAL_OUT, NF_INET_POST_ROUTING, NF_INET_PRE_ROUTING,
} from '../../uapi/linux/netfilter.js';
import { Iph } from '../../wire/ipv4.js';
import { getU16, getU32 } from '../../wire/bytes.js';
import { nfSendReset, nfSendUnreach } from './nf_reject_ipv4.js';
import { nfLogIpPacket } from './nf_log.js';
import { RT_TABLE_LOCAL } from '../ipv4/fib_types.js';
import type { NetDevice } from '../core/netdevice.js';
import { arptMangle } from './arpt_mangle.js';
import { XT_NAT_TARGETS } from './xt_nat.js';
import type { Net } from '../core/net_namespace.js';
import { XT_CT_MATCHES, XT_CT_TARGETS } from './xt_conntrack.js';
import { statisticMatch } from './xt_statistic.js';
import { recentMatch } from './xt_recent.js';
import { physdevMatch } from './xt_physdev.js';
import { stringMatch } from './xt_string.js';
import { nflogTarget, nfqueueTarget } from './xt_NFQUEUE.js';
import { dscpTarget, tosTarget } from './xt_DSCP.js';
import { ecnTarget } from './xt_ECN.js';
import { ownerMatch } from './xt_owner.js';
import { connlimitMatch } from './xt_connlimit.js';
import { hashlimitMatch } from './xt_hashlimit.js';
import { quotaMatch, u32Match } from './xt_u32.js';
import { rpfilterMatch } from './xt_rpfilter.js';
import { timeMatch } from './xt_time.js';
import { connbytesMatch } from './xt_connbytes.js';
import { tcpmssMatch, tcpmssTarget } from './xt_TCPMSS.js';
import { XT_TCPUDP_MATCHES } from './xt_tcpudp.js';
import { ahMatch, espMatch, ipcompMatch, policyMatch } from './xt_policy.js';
import { cgroupMatch, cpuMatch, devgroupMatch, realmMatch } from './xt_devgroup.js';
import { socketMatch } from './xt_socket.js';
import { dccpMatch, sctpMatch } from './xt_sctp.js';
import { teeTarget } from './xt_TEE.js';
import { auditTarget, checksumTarget, traceTarget } from './xt_CHECKSUM.js';
import { tcpoptstripTarget } from './xt_TCPOPTSTRIP.js';

/** XT_CONTINUE: a target that lets the rule go on. */
export const XT_CONTINUE = 0xffffffff;

/** struct xt_action_param */
export interface XtActionParam {
  readonly state: NfHookState;
  readonly thoff: number;
  readonly fragoff: number;
  hotdrop: boolean;
  /** The rule's own kernel data behind its info (info->master of xt_statistic), from newPriv(). */
  readonly priv: unknown;
}

/** struct xt_mtchk_param / xt_tgchk_param: where the rule sits. */
export interface XtCheckParam {
  readonly net: Net;
  readonly table: string;
  readonly hookMask: number;
  /** The rule's protocol and whether it is inverted (struct ipt_ip proto, IPT_INV_PROTO). */
  readonly proto: number;
  readonly invProto: boolean;
  /** The table's family (NFPROTO_*): xt_find_target() looks the extension up in it. */
  readonly family?: number;
}

export interface XtMatch {
  readonly revision: number;
  /** The protocol the match needs the rule to have (xt_match.proto). */
  readonly proto?: number;
  readonly table?: string;
  readonly hooks?: number;
  check?(info: XtInfo, par: XtCheckParam): void;
  /** What checkentry allocates for the rule alone (handed to match() as par.priv). */
  newPriv?(info: XtInfo): unknown;
  /** xt_match.destroy: the rule is gone (conntrack users drop their reference). */
  destroy?(info: XtInfo, net: Net): void;
  match(skb: SkBuff, par: XtActionParam, info: XtInfo): boolean;
}

export interface XtTarget {
  readonly revision: number;
  /** What checkentry allocates for the rule alone (handed to target() as par.priv), in the rule's namespace. */
  newPriv?(info: XtInfo, net: Net): unknown;
  readonly table?: string;
  readonly hooks?: number;
  check?(info: XtInfo, par: XtCheckParam): void;
  destroy?(info: XtInfo, net: Net): void;
  target(skb: SkBuff, par: XtActionParam, info: XtInfo): number;
  /** The NFPROTO_ARP registration of the same name, when it differs (xt_register_targets() of several families). */
  readonly arp?: XtTarget;
}

export { num };
const bool = (info: XtInfo, k: string): boolean => info[k] === true;
const nums = (info: XtInfo, k: string): readonly number[] => {
  const v = info[k];
  return Array.isArray(v) ? (v as readonly number[]) : [];
};

/** icmp_match() (ip_tables.c): type and code range. */
const icmpMatch: XtMatch = {
  revision: 0,
  proto: 1,
  match(skb, par, info) {
    if (par.fragoff !== 0) return false;
    const o = par.thoff;
    if (o + 2 > skb.tail) {
      par.hotdrop = true;
      return false;
    }
    const type = skb.buf[o]!;
    const code = skb.buf[o + 1]!;
    const t = num(info, 'type');
    const hit = t === 0xff || (type === t && code >= num(info, 'codeMin') && code <= num(info, 'codeMax'));
    return hit !== bool(info, 'invert');
  },
};

/** length_mt() (xt_length.c): the IP total length. */
const lengthMatch: XtMatch = {
  revision: 0,
  match(skb, _par, info) {
    const len = getU16(skb.buf, skb.networkHeader + Iph.TotLen);
    return (len >= num(info, 'min') && len <= num(info, 'max')) !== bool(info, 'invert');
  },
};

/** comment_mt(): always true. */
const commentMatch: XtMatch = { revision: 0, match: () => true };

/** multiport_mt() rev 1 (xt_multiport.c): ports and ranges of TCP/UDP/SCTP/DCCP/UDPLite. */
const multiportMatch: XtMatch = {
  revision: 1,
  match(skb, par, info) {
    if (par.fragoff !== 0) return false;
    if (par.thoff + 4 > skb.tail) {
      par.hotdrop = true;
      return false;
    }
    const src = getU16(skb.buf, par.thoff);
    const dst = getU16(skb.buf, par.thoff + 2);
    const flags = num(info, 'flags');
    const ports = nums(info, 'ports');
    const pflags = nums(info, 'pflags');
    for (let i = 0; i < ports.length; i++) {
      const s = ports[i]!;
      const e = pflags[i] ? ports[++i]! : s;
      const inR = (p: number): boolean => p >= s && p <= e;
      if ((flags === 1 && inR(src)) || (flags === 2 && inR(dst)) || (flags === 3 && (inR(src) || inR(dst)))) return !bool(info, 'invert');
    }
    return bool(info, 'invert');
  },
};

/** iprange_mt4() rev 1 (xt_iprange.c) */
const iprangeMatch: XtMatch = {
  revision: 1,
  match(skb, _par, info) {
    const f = num(info, 'flags');
    const b = skb.buf;
    const nh = skb.networkHeader;
    if (f & 1) {
      const a = getU32(b, nh + Iph.Saddr);
      const m = a >= num(info, 'srcMin') && a <= num(info, 'srcMax');
      if (m === Boolean(f & 0x10)) return false;
    }
    if (f & 2) {
      const a = getU32(b, nh + Iph.Daddr);
      const m = a >= num(info, 'dstMin') && a <= num(info, 'dstMax');
      if (m === Boolean(f & 0x20)) return false;
    }
    return true;
  },
};

/** ttl_mt() (ipt_ttl.c): eq, ne, lt, gt. */
const ttlMatch: XtMatch = {
  revision: 0,
  match(skb, _par, info) {
    const ttl = skb.buf[skb.networkHeader + Iph.Ttl]!;
    const v = num(info, 'ttl');
    switch (num(info, 'mode')) {
      case 0: return ttl === v;
      case 1: return ttl !== v;
      case 2: return ttl < v;
      default: return ttl > v;
    }
  },
};

/**
 * ecn_mt4() (xt_ecn.c): the IP header's ECN field, and the TCP header's
 * ECE and CWR bits (a rule that asks for them must be a TCP one).
 */
const ecnMatch: XtMatch = {
  revision: 0,
  check(info, par) {
    // ecn_mt_check4(): XT_ECN_OP_MATCH_MASK (0xce) holds no valid bit.
    if (num(info, 'operation') & 0xce || num(info, 'invert') & 0xce) throw new KError('EINVAL');
    if (num(info, 'operation') & 0x30 && (par.proto !== 6 || par.invProto)) throw new KError('EINVAL');
  },
  match(skb, par, info) {
    const op = num(info, 'operation');
    const inv = num(info, 'invert');
    // match_ip(): tos & INET_ECN_MASK.
    if (op & 0x01 && ((skb.buf[skb.networkHeader + 1]! & 3) === num(info, 'ipEct')) === ((inv & 0x01) !== 0)) return false;
    if (!(op & 0x30)) return true;
    // match_tcp(): the ECE (0x40) and CWR (0x80) bits of the flags byte.
    if (par.thoff + 20 > skb.tail) return false;
    const flags = skb.buf[par.thoff + 13]!;
    if (op & 0x10 && ((flags & 0x40) !== 0) === ((inv & 0x10) !== 0)) return false;
    if (op & 0x20 && ((flags & 0x80) !== 0) === ((inv & 0x20) !== 0)) return false;
    return true;
  },
};

/** mac_mt() (xt_mac.c): the Ethernet source, on input hooks only. */
const macMatch: XtMatch = {
  revision: 0,
  hooks: (1 << NF_INET_PRE_ROUTING) | (1 << NF_INET_LOCAL_IN) | (1 << NF_INET_FORWARD),
  match(skb, par, info) {
    const m = skb.macHeader;
    if (m < 0 || m + 14 > skb.networkHeader) return false;
    const want = nums(info, 'srcaddr');
    let eq = true;
    for (let i = 0; i < 6; i++) if (skb.buf[m + 6 + i] !== want[i]) eq = false;
    void par;
    return eq !== bool(info, 'invert');
  },
};

/** XT_ADDRTYPE_* flags of struct xt_addrtype_info_v1. */
const XT_ADDRTYPE_LIMIT_IFACE_IN = 4;
const XT_ADDRTYPE_LIMIT_IFACE_OUT = 8;

/**
 * addrtype_mt_v1() (xt_addrtype.c): RTN_* of source and destination as
 * bits (1 << type), by inet_dev_addr_type(): the whole local table, or
 * with --limit-iface-in/out only the routes of the packet's device there
 * (an address of another device is then UNICAST).
 */
const addrtypeMatch: XtMatch = {
  revision: 1,
  check(info, par) {
    // addrtype_mt_checkentry_v1(): one limit at most, each on the hooks that have its device.
    const f = num(info, 'flags');
    const ins = (1 << NF_INET_PRE_ROUTING) | (1 << NF_INET_LOCAL_IN);
    const outs = (1 << NF_INET_POST_ROUTING) | (1 << NF_INET_LOCAL_OUT);
    if (f & XT_ADDRTYPE_LIMIT_IFACE_IN && f & XT_ADDRTYPE_LIMIT_IFACE_OUT) throw new KError('EINVAL');
    if (par.hookMask & ins && f & XT_ADDRTYPE_LIMIT_IFACE_OUT) throw new KError('EINVAL');
    if (par.hookMask & outs && f & XT_ADDRTYPE_LIMIT_IFACE_IN) throw new KError('EINVAL');
  },
  match(skb, par, info) {
    const f = num(info, 'flags');
    const nh = skb.networkHeader;
    const dev = f & XT_ADDRTYPE_LIMIT_IFACE_IN ? par.state.in : f & XT_ADDRTYPE_LIMIT_IFACE_OUT ? par.state.out : null;
    const src = num(info, 'source');
    const dst = num(info, 'dest');
    if (src && ((addrtypeBit(par.state.net, dev, getU32(skb.buf, nh + Iph.Saddr)) & src) !== 0) === Boolean(f & 1)) return false;
    if (dst && ((addrtypeBit(par.state.net, dev, getU32(skb.buf, nh + Iph.Daddr)) & dst) !== 0) === Boolean(f & 2)) return false;
    return true;
  },
};

/** match_type()'s inet_dev_addr_type() as a bit: with a device, its own local routes only. */
function addrtypeBit(net: Net, dev: NetDevice | null, addr: number): number {
  const fib = net.ipv4.fib;
  return 1 << (dev ? fib.addrTypeDev(addr, dev) : fib.addrTypeTable(addr, RT_TABLE_LOCAL));
}

const REJECT_HOOKS = (1 << NF_INET_LOCAL_IN) | (1 << NF_INET_FORWARD) | (1 << NF_INET_LOCAL_OUT);

/** enum ipt_reject_with → ICMP destination-unreachable codes (ipt_REJECT.c reject_tg()). */
const REJECT_CODES: readonly number[] = [0, 1, 2, 3, -1, 9, 10, -2, 13];

/** reject_tg() (ipt_REJECT.c): answer, then drop. */
const rejectTarget: XtTarget = {
  revision: 0,
  table: 'filter',
  hooks: REJECT_HOOKS,
  check(info, par) {
    // reject_tg_check(): ECHOREPLY is refused; a TCP reset needs a TCP rule.
    const w = num(info, 'with');
    if (w === 4 || w > 8) throw new KError('EINVAL');
    if (w === 7 && (par.proto !== 6 || par.invProto)) throw new KError('EINVAL');
  },
  target(skb, par, info) {
    const code = REJECT_CODES[num(info, 'with')]!;
    if (code === -2) nfSendReset(par.state.net, skb, par.state.hook);
    else nfSendUnreach(skb, code, par.state.hook);
    return NF_DROP;
  },
};

/** log_tg() (xt_LOG.c) */
const logTarget: XtTarget = {
  revision: 0,
  check(info) {
    if (num(info, 'level') > 7) throw new KError('EINVAL');
  },
  target(skb, par, info) {
    nfLogIpPacket(par.state, skb, num(info, 'level'), num(info, 'logflags'), String(info['prefix'] ?? ''));
    return XT_CONTINUE;
  },
};

/** mark_tg() rev 2 (xt_MARK.c): mark = (mark & ~mask) ^ value. */
const markTarget: XtTarget = {
  revision: 2,
  target(skb, _par, info) {
    skb.mark = ((skb.mark & ~num(info, 'mask')) ^ num(info, 'mark')) >>> 0;
    return XT_CONTINUE;
  },
};

/** classify_tg() (xt_CLASSIFY.c): the packet's priority (its tc class). */
const classifyTg = (skb: SkBuff, _par: XtActionParam, info: XtInfo): number => {
  skb.priority = num(info, 'priority');
  return XT_CONTINUE;
};

/** classify_tg_reg[]: on the inet output hooks, and (its NFPROTO_ARP registration) on ARP's output and forward hooks. */
const classifyTarget: XtTarget = {
  revision: 0,
  hooks: (1 << NF_INET_LOCAL_OUT) | (1 << NF_INET_FORWARD) | (1 << NF_INET_POST_ROUTING),
  target: classifyTg,
  arp: { revision: 0, hooks: (1 << NF_ARP_OUT) | (1 << NF_ARP_FORWARD), target: classifyTg },
};

/** ttl_tg() (xt_HL.c): set, increment or decrement, checksum updated; mangle only. */
const ttlTarget: XtTarget = {
  revision: 0,
  table: 'mangle',
  check(info) {
    if (num(info, 'mode') > 2) throw new KError('EINVAL');
    if (num(info, 'mode') !== 0 && num(info, 'ttl') === 0) throw new KError('EINVAL');
  },
  target(skb, _par, info) {
    // ttl_tg(): skb_ensure_writable() first (a clone's shared data is copied).
    skbCowHead(skb, 0);
    const b = skb.buf;
    const nh = skb.networkHeader;
    const old = b[nh + Iph.Ttl]!;
    const v = num(info, 'ttl');
    const mode = num(info, 'mode');
    let n = mode === 0 ? v : mode === 1 ? Math.min(255, old + v) : Math.max(0, old - v);
    n &= 0xff;
    if (n !== old) {
      // csum_replace2() over the ttl/protocol word.
      const oldW = (old << 8) | b[nh + Iph.Protocol]!;
      const newW = (n << 8) | b[nh + Iph.Protocol]!;
      let c = ~getU16(b, nh + Iph.Check) & 0xffff;
      c += (~oldW & 0xffff) + newW;
      c = (c & 0xffff) + (c >>> 16);
      c = (c & 0xffff) + (c >>> 16);
      const cs = ~c & 0xffff;
      b[nh + Iph.Check] = cs >>> 8;
      b[nh + Iph.Check + 1] = cs & 0xff;
      b[nh + Iph.Ttl] = n;
    }
    return XT_CONTINUE;
  },
};

/** pkttype_mt() (xt_pkttype.c): a looped-back packet counts as multicast or broadcast by its address. */
const pkttypeMatch: XtMatch = {
  revision: 0,
  match(skb, _par, info) {
    let type = skb.pktType;
    if (type === PACKET_LOOPBACK) type = (skb.buf[skb.networkHeader + Iph.Daddr]! & 0xf0) === 0xe0 ? PACKET_MULTICAST : PACKET_BROADCAST;
    return (type === num(info, 'pkttype')) !== bool(info, 'invert');
  },
};

/** tos_mt() (xt_dscp.c): the TOS byte under the mask. */
const tosMatch: XtMatch = {
  revision: 1,
  match(skb, _par, info) {
    return ((skb.buf[skb.networkHeader + Iph.Tos]! & num(info, 'mask')) === num(info, 'value')) !== bool(info, 'invert');
  },
};

/** dscp_mt() (xt_dscp.c): the upper six bits of the TOS byte. */
const dscpMatch: XtMatch = {
  revision: 0,
  match(skb, _par, info) {
    return (skb.buf[skb.networkHeader + Iph.Tos]! >> 2 === num(info, 'dscp')) !== bool(info, 'invert');
  },
};

export const XT_MATCHES: ReadonlyMap<string, XtMatch> = new Map<string, XtMatch>([
  ['icmp', icmpMatch], ['length', lengthMatch], ['comment', commentMatch], ['multiport', multiportMatch],
  ['iprange', iprangeMatch], ['ttl', ttlMatch], ['ecn', ecnMatch], ['mac', macMatch], ['addrtype', addrtypeMatch],
  ['pkttype', pkttypeMatch], ['tos', tosMatch], ['dscp', dscpMatch], ['statistic', statisticMatch], ['recent', recentMatch], ['physdev', physdevMatch], ['string', stringMatch],
  ['owner', ownerMatch], ['tcpmss', tcpmssMatch], ['connlimit', connlimitMatch], ['hashlimit', hashlimitMatch],
  ['u32', u32Match], ['quota', quotaMatch], ['rpfilter', rpfilterMatch], ['time', timeMatch], ['connbytes', connbytesMatch],
  ['policy', policyMatch], ['esp', espMatch], ['ah', ahMatch], ['ipcomp', ipcompMatch], ['devgroup', devgroupMatch], ['cpu', cpuMatch], ['socket', socketMatch], ['realm', realmMatch],
  ['sctp', sctpMatch], ['dccp', dccpMatch], ['cgroup', cgroupMatch],
  ...XT_CT_MATCHES, ...XT_TCPUDP_MATCHES,
]);

export const XT_TARGETS: ReadonlyMap<string, XtTarget> = new Map<string, XtTarget>([
  ['REJECT', rejectTarget], ['LOG', logTarget], ['MARK', markTarget], ['TTL', ttlTarget], ['NFQUEUE', nfqueueTarget],
  ['NFLOG', nflogTarget], ['DSCP', dscpTarget], ['TOS', tosTarget], ['TCPMSS', tcpmssTarget], ['CLASSIFY', classifyTarget], ['ECN', ecnTarget], ['TEE', teeTarget],
  ['CHECKSUM', checksumTarget], ['AUDIT', auditTarget], ['TRACE', traceTarget], ['TCPOPTSTRIP', tcpoptstripTarget],
  ...XT_CT_TARGETS,
  ...XT_NAT_TARGETS, ['mangle', arptMangle],
]);

/** xt_check_match()/xt_check_target(): table and hooks the extension allows. */
export function xtCheck(ext: { table?: string; hooks?: number; proto?: number }, par: XtCheckParam): void {
  if (ext.proto !== undefined && (ext.proto !== par.proto || par.invProto)) throw new KError('EINVAL');
  if (ext.table !== undefined && ext.table !== par.table) throw new KError('EINVAL');
  xtCheckHooks(ext.hooks, par.hookMask);
}

/** The hook half of xt_check_match()/xt_check_target(): every hook that reaches the rule must be one the extension allows. */
export function xtCheckHooks(hooks: number | undefined, hookMask: number): void {
  if (hooks !== undefined && (hookMask & ~hooks) !== 0) throw new KError('EINVAL');
}

