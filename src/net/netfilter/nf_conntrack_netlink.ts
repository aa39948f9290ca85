/**
 * ctnetlink: the conntrack table over NETLINK_NETFILTER. GET dumps (the
 * dump skips and reaps expired entries) or finds one tuple; NEW makes a
 * connection (NLM_F_CREATE) or changes one; DELETE removes one tuple, or
 * flushes the namespace without one; GET_STATS(_CPU) give the counters;
 * events go to the NFNLGRP_CONNTRACK_* groups. It is no nf_ct_netns_get()
 * user: listing does not start tracking.
 * @linux net/netfilter/nf_conntrack_netlink.c ctnetlink_dump_table(), ctnetlink_get_conntrack(),
 *   ctnetlink_new_conntrack(), ctnetlink_create_conntrack(), ctnetlink_change_conntrack(),
 *   ctnetlink_del_conntrack(), ctnetlink_flush_conntrack(), ctnetlink_ct_stat_cpu_dump(), ctnetlink_conntrack_event()
 */
import type { Net } from '../core/net_namespace.js';
import type { Errno } from '../core/errno.js';
import { NLM_F_CREATE, NLM_F_DUMP, NLM_F_EXCL, NL_ACK_OK, type NlMsg, type NlReply } from '../../uapi/linux/netlink.js';
import { REALTIME_EPOCH_SEC } from '../../sim/clock.js';
import { AF_INET, AF_INET6 } from '../../uapi/linux/socket.js';
import { NETLINK_NETFILTER } from '../../uapi/linux/netfilter/nf_tables.js';
import {
  IPCTNL_MSG_CT_DELETE, IPCTNL_MSG_CT_GET, IPCTNL_MSG_CT_GET_STATS, IPCTNL_MSG_CT_GET_STATS_CPU, IPCTNL_MSG_CT_NEW,
  NFNLGRP_CONNTRACK_DESTROY, NFNLGRP_CONNTRACK_NEW, NFNLGRP_CONNTRACK_UPDATE, ctnlMsg,
  type CtMsg, type CtNewReq, type CtReq, type CtStatsMsg, type CtaTuple, type CtGlobalStatsMsg,
} from '../../uapi/linux/netfilter/nfnetlink_conntrack.js';
import {
  IpCtTcp, NF_CT_NR_CPUS, nfConntrackAlloc, nfConntrackFindGet, nfConntrackHashCheckInsert, nfCtDelete, nfCtExpires, nfCtForEach,
  nfCtGcAll, nfCtIsDying, nfCtPernetInit, nfCtStatOfCpu, type NfConn,
} from './nf_conntrack_core.js';
import {
  IPS_ASSURED, IPS_CONFIRMED, IPS_DYING, IPS_EXPECTED, IPS_HW_OFFLOAD, IPS_NAT_DONE_MASK, IPS_NAT_MASK, IPS_OFFLOAD,
  IPS_SEEN_REPLY, IPS_SEQ_ADJUST, IPS_TEMPLATE, IPS_UNTRACKED, IP_CT_DIR_ORIGINAL, IP_CT_DIR_REPLY, NfConntrackTuple,
} from './nf_conntrack_tuple.js';
import {
  NF_CT_DEFAULT_ZONE_DIR, NF_CT_DEFAULT_ZONE_ID, NF_CT_ZONE_DIR_ORIG, NF_CT_ZONE_DIR_REPL, nfCtZoneDflt, nfCtZoneInit, type NfConntrackZone,
} from './nf_conntrack_zones.js';
import {
  IPCT_ASSURED, IPCT_DESTROY, IPCT_HELPER, IPCT_LABEL, IPCT_MARK, IPCT_NEW, IPCT_PROTOINFO, IPCT_RELATED, IPCT_REPLY, IPCT_SEQADJ,
  IPCT_SYNPROXY, nfConntrackEventmaskReport,
} from './nf_conntrack_ecache.js';
import { HZ } from '../core/sysctl.js';
import { TCP_CONNTRACK_MAX } from './nf_conntrack_proto_tcp.js';

/**
 * ctnetlink_dump_zone_id(): the zone's id when it is not 0 and its
 * directions are exactly `dir` (a tuple's CTA_TUPLE_ZONE: that direction
 * alone; CTA_ZONE: both).
 */
function zoneAttr(ct: NfConn, dir: number): { zone?: number } {
  const z = ct.zone;
  return z.id !== NF_CT_DEFAULT_ZONE_ID && z.dir === dir ? { zone: z.id } : {};
}

/** ctnetlink_dump_tuples() of one direction, with its CTA_TUPLE_ZONE. */
function tupleMsg(ct: NfConn, dir: number): CtaTuple {
  const t = ct.tuplehash[dir]!.tuple;
  const zone = zoneAttr(ct, 1 << dir);
  if (t.protonum === 1) return { src: t.srcIp, dst: t.dstIp, protonum: 1, icmpId: t.srcU, icmpType: t.icmpType, icmpCode: t.icmpCode, ...zone };
  if (t.protonum === 6 || t.protonum === 17) return { src: t.srcIp, dst: t.dstIp, protonum: t.protonum, sport: t.srcU, dport: t.dstU, ...zone };
  return { src: t.srcIp, dst: t.dstIp, protonum: t.protonum, ...zone };
}

/** ctnetlink_fill_info(): `use` is the reference count the message reports. */
function ctMsg(ct: NfConn, use: number | null, destroy = false, events = 0): CtMsg {
  const base = {
    family: 2, orig: tupleMsg(ct, IP_CT_DIR_ORIGINAL), reply: tupleMsg(ct, IP_CT_DIR_REPLY), status: ct.status, id: ct.id,
    // ctnetlink_conntrack_event(): the mark only when set or changed; the use count only in dumps.
    ...(use !== null || ct.mark || events & (1 << IPCT_MARK) ? { mark: ct.mark >>> 0 } : {}),
    ...(use !== null ? { use } : {}),
    ...zoneAttr(ct, NF_CT_DEFAULT_ZONE_DIR),
  };
  // a DESTROY event: ctnetlink_dump_timeout(skip_zero) leaves out the timeout of an entry that expired
  const left = Math.floor(nfCtExpires(ct, ct.net.sched.now) / 1e9);
  const timeout = destroy && left === 0 ? {} : { timeout: left };
  const tcp = ct.tcp ? { tcpState: ct.tcp.state, tcpFlags: [ct.tcp.seen[0].flags, ct.tcp.seen[1].flags] as const } : {};
  // ctnetlink_conntrack_event(): the counters and the timestamp only in a DESTROY event (and in dumps);
  // ctnetlink_dump_timestamp(): the start, and the stop once set, on CLOCK_REALTIME
  const full = use !== null || destroy;
  const acct = ct.acct && full ? { counters: [ct.acct[0]!, ct.acct[1]!, ct.acct[2]!, ct.acct[3]!] as const } : {};
  const realNs = (ns: number): number => REALTIME_EPOCH_SEC * 1e9 + ns;
  const tstamp = ct.tstampStart && full ? { tstampStart: realNs(ct.tstampStart), ...(ct.tstampStop ? { tstampStop: realNs(ct.tstampStop) } : {}) } : {};
  return { ...base, ...timeout, ...tcp, ...acct, ...tstamp };
}

/** The ICMP types a conntrack tuple may name (nf_conntrack_proto_icmp.c invmap[]). */
const ICMP_QUERY_TYPES: readonly number[] = [0, 8, 13, 14, 15, 16, 17, 18];

/**
 * ctnetlink_parse_tuple(): the request's tuple as the table keys it; null
 * (EINVAL) when the protocol's attributes are missing (tcp/udp:
 * ports; icmp: type, code and id).
 */
function reqTuple(t: CtaTuple): NfConntrackTuple | null {
  const x = new NfConntrackTuple();
  x.srcIp = t.src;
  x.dstIp = t.dst;
  x.protonum = t.protonum;
  if (t.protonum === 1) {
    // icmp_nlattr_to_tuple(): the three attributes, and a query type (invmap[]: echo, timestamp, info, address mask and their replies)
    if (t.icmpId === undefined || t.icmpType === undefined || t.icmpCode === undefined) return null;
    if (!ICMP_QUERY_TYPES.includes(t.icmpType)) return null;
    x.srcU = t.icmpId;
    x.dstU = (t.icmpType << 8) | t.icmpCode;
  } else if (t.protonum === 6 || t.protonum === 17) {
    if (t.sport === undefined || t.dport === undefined) return null;
    x.srcU = t.sport;
    x.dstU = t.dport;
  }
  return x;
}

/** A request's attributes that name an entry: its tuples and zones. */
interface ZonedReq {
  /** nfgenmsg's nfgen_family (AF_INET when not given). */
  readonly family?: number;
  readonly orig?: CtaTuple;
  readonly reply?: CtaTuple;
  readonly zone?: number;
}

/**
 * ctnetlink_parse_zone() of CTA_ZONE (both directions), then
 * ctnetlink_parse_tuple_zone() of each tuple's CTA_TUPLE_ZONE: a zone of
 * that direction alone, EINVAL when a zone other than 0 was given before.
 */
function reqZone(req: ZonedReq): NfConntrackZone | 'EINVAL' {
  if (req.zone === undefined && req.orig?.zone === undefined && req.reply?.zone === undefined) return nfCtZoneDflt;
  const zone = nfCtZoneInit({ id: 0, flags: 0, dir: 0 }, req.zone ?? 0, NF_CT_DEFAULT_ZONE_DIR, 0);
  for (const [t, dir] of [[req.orig, NF_CT_ZONE_DIR_ORIG], [req.reply, NF_CT_ZONE_DIR_REPL]] as const) {
    if (t?.zone === undefined) continue;
    if (zone.id !== NF_CT_DEFAULT_ZONE_ID) return 'EINVAL';
    nfCtZoneInit(zone, t.zone, dir, 0);
  }
  return zone;
}

/** The entry a GET/NEW request names in its zone: by its original tuple, else its reply tuple (EINVAL: neither, or one unparsable). */
function findReq(net: Net, req: ZonedReq): NfConn | null | 'EINVAL' | 'EOPNOTSUPP' {
  const t = req.orig ?? req.reply;
  // ctnetlink_parse_tuple_filter(): the tuple's family is the message's, IPv4 or IPv6 only.
  if (t && req.family !== undefined && req.family !== AF_INET && req.family !== AF_INET6) return 'EOPNOTSUPP';
  const tuple = t ? reqTuple(t) : null;
  const zone = reqZone(req);
  if (!tuple || zone === 'EINVAL') return 'EINVAL';
  return nfConntrackFindGet(net, tuple, zone)?.ct ?? null;
}

const nlErr = (error: Errno): NlReply => ({ msgs: [], ack: { error, msg: null } });

/** The bits of ct->status no request may change (IPS_UNCHANGEABLE_MASK). */
const IPS_UNCHANGEABLE_MASK = IPS_NAT_DONE_MASK | IPS_NAT_MASK | IPS_EXPECTED | IPS_CONFIRMED | IPS_DYING | IPS_SEQ_ADJUST |
  IPS_TEMPLATE | IPS_UNTRACKED | IPS_OFFLOAD | IPS_HW_OFFLOAD;

/**
 * nf_ct_change_status_common(): EXPECTED, CONFIRMED and DYING cannot
 * change, SEEN_REPLY and ASSURED can only be set (EBUSY); then
 * __nf_ct_change_status() sets the changeable bits asked for.
 */
function changeStatus(ct: NfConn, status: number): Errno | null {
  const d = ct.status ^ status;
  if (d & (IPS_EXPECTED | IPS_CONFIRMED | IPS_DYING)) return 'EBUSY';
  if (d & IPS_SEEN_REPLY && !(status & IPS_SEEN_REPLY)) return 'EBUSY';
  if (d & IPS_ASSURED && !(status & IPS_ASSURED)) return 'EBUSY';
  ct.status |= status & ~IPS_UNCHANGEABLE_MASK;
  return null;
}

/** nlattr_to_tcp(): the state (EINVAL beyond TCP_CONNTRACK_MAX) and each side's flags under their mask. */
function changeProtoinfo(ct: NfConn, req: CtNewReq): Errno | null {
  const tcp = ct.tcp;
  if (!tcp) return null;
  if (req.tcpState !== undefined && req.tcpState >= TCP_CONNTRACK_MAX) return 'EINVAL';
  if (req.tcpState !== undefined) tcp.state = req.tcpState;
  const f = req.tcpFlags;
  if (f) {
    tcp.seen[0].flags = (tcp.seen[0].flags & ~f[1]) | (f[0] & f[1]);
    tcp.seen[1].flags = (tcp.seen[1].flags & ~f[3]) | (f[2] & f[3]);
  }
  return null;
}

/** What creation and change both apply, in the kernel's order: status, TCP protoinfo, mark. */
function changeAttrs(ct: NfConn, req: CtNewReq): Errno | null {
  const err = (req.status !== undefined ? changeStatus(ct, req.status) : null) ?? changeProtoinfo(ct, req);
  if (err) return err;
  if (req.mark !== undefined) ct.mark = req.mark >>> 0;
  return null;
}

/** CTA_TIMEOUT in seconds as jiffies, at most INT_MAX of them, in virtual ns. */
const timeoutNs = (sec: number): number => (Math.min(sec * HZ, 0x7fffffff) * 1e9) / HZ;

/**
 * ctnetlink_create_conntrack(): a connection of the two tuples, confirmed
 * at once with the timeout (compulsory), status, TCP state and flags and
 * mark asked for; EEXIST when either tuple is taken.
 */
function createConntrack(net: Net, req: CtNewReq, orig: NfConntrackTuple, reply: NfConntrackTuple): NfConn | Errno {
  nfCtPernetInit(net);
  const zone = reqZone(req);
  if (zone === 'EINVAL') return zone;
  const ct = nfConntrackAlloc(net, orig, reply, zone);
  if (!ct) return 'ENOMEM';
  if (req.timeout === undefined) return 'EINVAL';
  ct.timeout = timeoutNs(req.timeout);
  // memset(&ct->proto): a TCP entry's tracker state, which CTA_PROTOINFO then fills
  if (orig.protonum === 6) ct.tcp = new IpCtTcp();
  return changeAttrs(ct, req) ?? nfConntrackHashCheckInsert(ct) ?? ct;
}

/** ctnetlink_change_conntrack(): a new timeout from now (ETIME for a dying entry), status, TCP state and flags, mark. */
function changeConntrack(ct: NfConn, req: CtNewReq): Errno | null {
  if (req.timeout !== undefined) {
    ct.timeout = ct.net.sched.now + timeoutNs(req.timeout);
    if (nfCtIsDying(ct)) return 'ETIME';
  }
  return changeAttrs(ct, req);
}

/** The events ctnetlink_new_conntrack() reports for any change it makes. */
const CHANGE_EVENTS = (1 << IPCT_REPLY) | (1 << IPCT_ASSURED) | (1 << IPCT_HELPER) | (1 << IPCT_PROTOINFO) | (1 << IPCT_SEQADJ) |
  (1 << IPCT_MARK) | (1 << IPCT_SYNPROXY);

/**
 * ctnetlink_new_conntrack(): the entry of the original tuple (else of the
 * reply tuple); none: made with NLM_F_CREATE (both tuples needed, of one
 * protocol), else ENOENT; one: changed unless NLM_F_EXCL (EEXIST).
 */
function newConntrack(net: Net, m: NlMsg, req: CtNewReq): NlReply {
  const flags = m.flags;
  const found = findReq(net, req);
  if (typeof found === 'string') return nlErr(found);
  if (found === null) {
    if (!(flags & NLM_F_CREATE)) return nlErr('ENOENT');
    const orig = req.orig ? reqTuple(req.orig) : null;
    const reply = req.reply ? reqTuple(req.reply) : null;
    if (!orig || !reply || orig.protonum !== reply.protonum) return nlErr('EINVAL');
    const ct = createConntrack(net, req, orig, reply);
    if (typeof ct === 'string') return nlErr(ct);
    nfConntrackEventmaskReport(CHANGE_EVENTS | (1 << IPCT_NEW), ct, m.pid);
    return { msgs: [], ack: NL_ACK_OK };
  }
  if (flags & NLM_F_EXCL) return nlErr('EEXIST');
  const err = changeConntrack(found, req);
  if (err) return nlErr(err);
  nfConntrackEventmaskReport(CHANGE_EVENTS | (1 << IPCT_LABEL), found, m.pid);
  return { msgs: [], ack: NL_ACK_OK };
}

function msg<B>(type: number, seq: number, body: B): NlMsg<B> {
  return { type: ctnlMsg(type), flags: 0, seq, pid: 0, body };
}

/** The live entries of the namespace, in table order (ctnetlink_dump_table()). */
function entries(net: Net, req: CtReq): NfConn[] {
  nfCtGcAll(net);
  const out: NfConn[] = [];
  nfCtForEach(net, (ct) => {
    // ctnetlink_filter_match(): (ct->mark & mark.mask) != mark.val skips it (the value is not masked)
    if (req.mark && ((ct.mark & req.mark[1]) >>> 0) !== req.mark[0] >>> 0) return;
    out.push(ct);
  });
  return out;
}

/** The NFNL_SUBSYS_CTNETLINK half of nfnetlink_rcv(). */
export function ctnetlinkRcv(net: Net, m: NlMsg): NlReply {
  const req = (m.body ?? {}) as CtReq;
  switch (m.type & 0xff) {
    case IPCTNL_MSG_CT_GET: {
      if (m.flags & NLM_F_DUMP) return { msgs: entries(net, req).map((ct) => msg(IPCTNL_MSG_CT_NEW, m.seq, ctMsg(ct, 1))), ack: NL_ACK_OK };
      const ct = findReq(net, req);
      if (typeof ct === 'string') return nlErr(ct);
      if (!ct) return nlErr('ENOENT');
      // The reply holds a reference while it is built.
      return { msgs: [msg(IPCTNL_MSG_CT_NEW, m.seq, ctMsg(ct, 2))], ack: NL_ACK_OK };
    }
    case IPCTNL_MSG_CT_NEW:
      return newConntrack(net, m, m.body as CtNewReq);
    case IPCTNL_MSG_CT_DELETE: {
      if (!req.orig) {
        for (const ct of entries(net, req)) nfCtDelete(ct, m.pid);
        return { msgs: [], ack: NL_ACK_OK };
      }
      const ct = findReq(net, req);
      if (typeof ct === 'string') return nlErr(ct);
      if (!ct) return nlErr('ENOENT');
      nfCtDelete(ct, m.pid);
      return { msgs: [], ack: NL_ACK_OK };
    }
    case IPCTNL_MSG_CT_GET_STATS_CPU: {
      // ctnetlink_ct_stat_cpu_dump(): one message per possible CPU.
      const cn = nfCtPernetInit(net);
      const msgs: NlMsg[] = [];
      for (let cpu = 0; cpu < NF_CT_NR_CPUS; cpu++) msgs.push(msg(IPCTNL_MSG_CT_GET_STATS_CPU, m.seq, { cpu, ...nfCtStatOfCpu(cn, cpu) } as CtStatsMsg));
      return { msgs, ack: NL_ACK_OK };
    }
    case IPCTNL_MSG_CT_GET_STATS: {
      // ctnetlink_stat_ct(): the plain count, expired entries included until reaped.
      const cn = nfCtPernetInit(net);
      const body: CtGlobalStatsMsg = { entries: cn.count, maxEntries: cn.max };
      return { msgs: [msg(IPCTNL_MSG_CT_GET_STATS, m.seq, body)], ack: NL_ACK_OK };
    }
    default:
      return { msgs: [], ack: { error: 'EOPNOTSUPP', msg: null } };
  }
}

/**
 * ctnetlink_conntrack_event(): NEW/RELATED to NFNLGRP_CONNTRACK_NEW,
 * DESTROY to _DESTROY, the rest to _UPDATE; only built when a socket of
 * the namespace listens there.
 */
export function ctnetlinkEvent(net: Net, events: number, ct: NfConn, portid = 0): void {
  const destroy = (events & (1 << IPCT_DESTROY)) !== 0;
  const isNew = (events & ((1 << IPCT_NEW) | (1 << IPCT_RELATED))) !== 0;
  const group = destroy ? NFNLGRP_CONNTRACK_DESTROY : isNew ? NFNLGRP_CONNTRACK_NEW : NFNLGRP_CONNTRACK_UPDATE;
  if (net.netlink.memberships === 0) return;
  let built: NlMsg | null = null;
  for (const sk of net.netlink.socks) {
    if (sk.protocol !== NETLINK_NETFILTER || !sk.inGroup(group)) continue;
    built ??= { type: ctnlMsg(destroy ? IPCTNL_MSG_CT_DELETE : IPCTNL_MSG_CT_NEW), flags: isNew ? 0x400 : 0, seq: 0, pid: portid, body: ctMsg(ct, null, destroy, events) };
    sk.deliver(built);
  }
}

/** Whether a socket of the namespace listens to conntrack events (the ecache has a listener then). */
export function ctnetlinkHasListeners(net: Net): boolean {
  if (net.netlink.memberships === 0) return false;
  for (const sk of net.netlink.socks) {
    if (sk.protocol === NETLINK_NETFILTER && (sk.inGroup(NFNLGRP_CONNTRACK_NEW) || sk.inGroup(NFNLGRP_CONNTRACK_UPDATE) || sk.inGroup(NFNLGRP_CONNTRACK_DESTROY))) return true;
  }
  return false;
}
