/**
 * ctnetlink: the conntrack table over NETLINK_NETFILTER. GET dumps (the
 * dump skips and reaps expired entries) or finds one tuple; DELETE removes
 * one tuple, or flushes the namespace without one; GET_STATS(_CPU) give
 * the counters; events go to the NFNLGRP_CONNTRACK_* groups. It is no
 * nf_ct_netns_get() user: listing does not start tracking.
 * @linux net/netfilter/nf_conntrack_netlink.c ctnetlink_dump_table(), ctnetlink_get_conntrack(),
 *   ctnetlink_del_conntrack(), ctnetlink_flush_conntrack(), ctnetlink_ct_stat_cpu_dump(), ctnetlink_conntrack_event()
 */
import type { Net } from '../core/net_namespace.js';
import { NL_ACK_OK, type NlMsg, type NlReply } from '../../uapi/linux/netlink.js';
import { NETLINK_NETFILTER } from '../../uapi/linux/netfilter/nf_tables.js';
import {
  IPCTNL_MSG_CT_DELETE, IPCTNL_MSG_CT_GET, IPCTNL_MSG_CT_GET_STATS, IPCTNL_MSG_CT_GET_STATS_CPU, IPCTNL_MSG_CT_NEW,
  NFNLGRP_CONNTRACK_DESTROY, NFNLGRP_CONNTRACK_NEW, NFNLGRP_CONNTRACK_UPDATE, ctnlMsg,
  type CtMsg, type CtReq, type CtStatsMsg, type CtaTuple, type CtGlobalStatsMsg,
} from '../../uapi/linux/netfilter/nfnetlink_conntrack.js';
import {
  NF_CT_NR_CPUS, nfConntrackFindGet, nfCtDelete, nfCtExpires, nfCtForEach, nfCtGcAll, nfCtPernetInit, nfCtStatOfCpu, type NfConn,
} from './nf_conntrack_core.js';
import { NfConntrackTuple } from './nf_conntrack_tuple.js';
import { IPCT_DESTROY, IPCT_MARK, IPCT_NEW, IPCT_RELATED } from './nf_conntrack_ecache.js';

function tupleMsg(t: NfConntrackTuple): CtaTuple {
  if (t.protonum === 1) return { src: t.srcIp, dst: t.dstIp, protonum: 1, icmpId: t.srcU, icmpType: t.icmpType, icmpCode: t.icmpCode };
  if (t.protonum === 6 || t.protonum === 17) return { src: t.srcIp, dst: t.dstIp, protonum: t.protonum, sport: t.srcU, dport: t.dstU };
  return { src: t.srcIp, dst: t.dstIp, protonum: t.protonum };
}

/** ctnetlink_fill_info(): `use` is the reference count the message reports. */
function ctMsg(ct: NfConn, use: number | null, destroy = false, events = 0): CtMsg {
  const base = {
    family: 2, orig: tupleMsg(ct.tuplehash[0].tuple), reply: tupleMsg(ct.tuplehash[1].tuple), status: ct.status, id: ct.id,
    // ctnetlink_conntrack_event(): the mark only when set or changed; the use count only in dumps.
    ...(use !== null || ct.mark || events & (1 << IPCT_MARK) ? { mark: ct.mark >>> 0 } : {}),
    ...(use !== null ? { use } : {}),
  };
  const timeout = destroy ? {} : { timeout: Math.floor(nfCtExpires(ct, ct.net.sched.now) / 1e9) };
  const tcp = ct.tcp ? { tcpState: ct.tcp.state } : {};
  const acct = ct.acct ? { counters: [ct.acct[0]!, ct.acct[1]!, ct.acct[2]!, ct.acct[3]!] as const } : {};
  return { ...base, ...timeout, ...tcp, ...acct };
}

/** ctnetlink_parse_tuple(): the request's tuple as the table keys it. */
function reqTuple(t: CtaTuple): NfConntrackTuple {
  const x = new NfConntrackTuple();
  x.srcIp = t.src;
  x.dstIp = t.dst;
  x.protonum = t.protonum;
  if (t.protonum === 1) {
    x.srcU = t.icmpId ?? 0;
    x.dstU = ((t.icmpType ?? 0) << 8) | (t.icmpCode ?? 0);
  } else {
    x.srcU = t.sport ?? 0;
    x.dstU = t.dport ?? 0;
  }
  return x;
}

function msg<B>(type: number, seq: number, body: B): NlMsg<B> {
  return { type: ctnlMsg(type), flags: 0, seq, pid: 0, body };
}

/** The live entries of the namespace, in table order (ctnetlink_dump_table()). */
function entries(net: Net, req: CtReq): NfConn[] {
  nfCtGcAll(net);
  const out: NfConn[] = [];
  nfCtForEach(net, (ct) => {
    if (req.mark && ((ct.mark & req.mark[1]) >>> 0) !== ((req.mark[0] & req.mark[1]) >>> 0)) return;
    out.push(ct);
  });
  return out;
}

/** The NFNL_SUBSYS_CTNETLINK half of nfnetlink_rcv(). */
export function ctnetlinkRcv(net: Net, m: NlMsg): NlReply {
  const req = (m.body ?? {}) as CtReq;
  switch (m.type & 0xff) {
    case IPCTNL_MSG_CT_GET: {
      if (!req.orig) return { msgs: entries(net, req).map((ct) => msg(IPCTNL_MSG_CT_NEW, m.seq, ctMsg(ct, 1))), ack: NL_ACK_OK };
      const h = nfConntrackFindGet(net, reqTuple(req.orig));
      if (!h) return { msgs: [], ack: { error: 'ENOENT', msg: null } };
      // The reply holds a reference while it is built.
      return { msgs: [msg(IPCTNL_MSG_CT_NEW, m.seq, ctMsg(h.ct, 2))], ack: NL_ACK_OK };
    }
    case IPCTNL_MSG_CT_DELETE: {
      if (!req.orig) {
        for (const ct of entries(net, req)) nfCtDelete(ct);
        return { msgs: [], ack: NL_ACK_OK };
      }
      const h = nfConntrackFindGet(net, reqTuple(req.orig));
      if (!h) return { msgs: [], ack: { error: 'ENOENT', msg: null } };
      nfCtDelete(h.ct);
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
export function ctnetlinkEvent(net: Net, events: number, ct: NfConn): void {
  const destroy = (events & (1 << IPCT_DESTROY)) !== 0;
  const isNew = (events & ((1 << IPCT_NEW) | (1 << IPCT_RELATED))) !== 0;
  const group = destroy ? NFNLGRP_CONNTRACK_DESTROY : isNew ? NFNLGRP_CONNTRACK_NEW : NFNLGRP_CONNTRACK_UPDATE;
  if (net.netlink.memberships === 0) return;
  let built: NlMsg | null = null;
  for (const sk of net.netlink.socks) {
    if (sk.protocol !== NETLINK_NETFILTER || !sk.inGroup(group)) continue;
    built ??= { type: ctnlMsg(destroy ? IPCTNL_MSG_CT_DELETE : IPCTNL_MSG_CT_NEW), flags: isNew ? 0x400 : 0, seq: 0, pid: 0, body: ctMsg(ct, null, destroy, events) };
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
