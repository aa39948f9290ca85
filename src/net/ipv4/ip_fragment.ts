/**
 * Reassembly of received fragments (RFC 791 3.2, RFC 815): queues keyed by
 * (saddr, daddr, id, protocol, user, vif), fragments kept in runs ordered
 * by offset, RFC 5722 (as amended by erratum 3089) for overlaps — the whole
 * datagram is dropped, a pure duplicate only itself — memory charged by
 * truesize against ipfrag_high_thresh, a timer of ipfrag_time per queue
 * answered with ICMP time exceeded (fragment reassembly) when the first
 * fragment had arrived, ipfrag_max_dist against stale queues.
 * @linux net/ipv4/ip_fragment.c, net/ipv4/inet_fragment.c
 */
import { SkBuff } from '../core/skbuff.js';
import type { Net } from '../core/net_namespace.js';
import type { Timer } from '../../sim/scheduler.js';
import { IpStat, ipIncStats } from '../core/snmp.js';
import { kfreeSkbReason, type DropReason } from '../core/drop_reason.js';
import { trace } from '../core/trace.js';
import { inetGetpeerV4, type InetPeer } from './inetpeer.js';
import { ipRouteInputNoref, skbRtable } from './route.js';
import { icmpSend } from './icmp_send.js';
import { ICMP_EXC_FRAGTIME, ICMP_TIME_EXCEEDED } from '../../wire/icmp.js';
import { getU16, getU32, putU16 } from '../../wire/bytes.js';
import { INET_ECN_MASK, IP_DF, IP_MF, IP_OFFSET, Iph, iphHdrLen, ipSendCheck } from '../../wire/ipv4.js';
import { IPSKB_FRAG_COMPLETE, IPSKB_FRAG_PMTU } from './ip_output_frag.js';
import { allocSkb } from '../core/skbuff_cache.js';
import { modTimer } from '../../sim/timer_wheel.js';
import { RTN_LOCAL } from '../../uapi/linux/rtmsg.js';

/** enum ip_defrag_users: IP_DEFRAG_CONNTRACK_IN and _OUT are followed by 0xffff more (+ zone). */
export const IP_DEFRAG_LOCAL_DELIVER = 0;
export const IP_DEFRAG_CONNTRACK_IN = 2;
export const IP_DEFRAG_CONNTRACK_OUT = IP_DEFRAG_CONNTRACK_IN + 0xffff + 1;

/**
 * frag_expire_skip_icmp(): conntrack's reassembly at PRE_ROUTING (and
 * af_packet's, the bridge's) sends no time exceeded for a datagram that
 * is not for this host — "Only an end host needs to send an ICMP
 * 'Fragment Reassembly Timeout' message, per RFC792."
 */
function fragExpireSkipIcmp(user: number): boolean {
  return user >= IP_DEFRAG_CONNTRACK_IN && user < IP_DEFRAG_CONNTRACK_OUT;
}

/** Linux: sizeof(struct ipq), charged to the namespace's fragment memory for each queue (x86-64). */
export const IPQ_TRUESIZE = 184;

const INET_FRAG_FIRST_IN = 1;
const INET_FRAG_LAST_IN = 2;
const INET_FRAG_COMPLETE = 4;

/** IPFRAG_ECN_* bits and ip_frag_ecn_table[]: CE with not-ECT is invalid (RFC 3168 section 5.3). */
const IPFRAG_ECN_NOT_ECT = 1;
const IPFRAG_ECN_CE = 8;

/** One fragment held: its skb (data = its payload) and where the payload goes. */
interface Frag {
  readonly skb: SkBuff;
  offset: number;
}

/** A run of contiguous fragments (FRAG_CB(run head)->frag_run_len). */
interface FragRun {
  offset: number;
  end: number;
  readonly frags: Frag[];
}

/** struct ipq (with its inet_frag_queue). */
export class Ipq {
  flags = 0;
  /** Total length of the datagram's payload once known (q.len), and bytes held (q.meat). */
  len = 0;
  meat = 0;
  maxSize = 0;
  maxDfSize = 0;
  ecn = 0;
  iif = 0;
  rid = 0;
  /** Runs in offset order (the kernel's rb-tree of run heads). */
  runs: FragRun[] = [];
  /** q.fragments_tail: the last fragment appended at the end. */
  tail: Frag | null = null;
  timer: Timer | null = null;
  /** The truesize of the fragments held. */
  truesize = 0;

  constructor(
    readonly key: string,
    readonly saddr: number,
    readonly daddr: number,
    readonly user: number,
    readonly peer: InetPeer | null,
  ) {}
}

/** struct fqdir: a namespace's reassembly queues and the memory they hold. */
export class FragDir {
  readonly queues = new Map<string, Ipq>();
  /** frag_mem_limit(): bytes charged (queues and fragments). */
  mem = 0;
}

function fragKey(b: Uint8Array, nh: number, user: number, vif: number): string {
  return `${getU32(b, nh + Iph.Saddr)}:${getU32(b, nh + Iph.Daddr)}:${getU16(b, nh + Iph.Id)}:${b[nh + Iph.Protocol]}:${user}:${vif}`;
}

/**
 * ip_defrag(): queue a fragment; returns the reassembled datagram when this
 * one completed it, else null (the fragment is held or was dropped).
 */
export function ipDefrag(net: Net, skb: SkBuff, user: number): SkBuff | null {
  ipIncStats(net, IpStat.REASMREQDS);
  trace(net, skb, 'ip_defrag');
  const qp = ipFind(net, skb, user);
  if (!qp) {
    ipIncStats(net, IpStat.REASMFAILS);
    kfreeSkbReason(net, skb, 'NOT_SPECIFIED', 'ip_defrag');
    return null;
  }
  return ipFragQueue(net, qp, skb);
}

/** ip_find() / inet_frag_find(): nothing more is taken while the memory is above ipfrag_high_thresh. */
function ipFind(net: Net, skb: SkBuff, user: number): Ipq | null {
  const fd = net.ipv4.frags;
  const high = net.ipv4.sysctl.ipfragHighThresh;
  if (!high || fd.mem > high) return null;
  const b = skb.buf;
  const nh = skb.networkHeader;
  const key = fragKey(b, nh, user, 0);
  const found = fd.queues.get(key);
  if (found) return found;
  const saddr = getU32(b, nh + Iph.Saddr);
  // ip4_frag_init(): the peer (for ipfrag_max_dist) only for local delivery.
  const peer = net.ipv4.sysctl.ipfragMaxDist && user === IP_DEFRAG_LOCAL_DELIVER ? inetGetpeerV4(net, saddr, true) : null;
  const qp = new Ipq(key, saddr, getU32(b, nh + Iph.Daddr), user, peer);
  fd.mem += IPQ_TRUESIZE;
  qp.timer = modTimer(net.sched, net.ipv4.sysctl.ipfragTime * 1e6, () => ipExpire(net, qp));
  fd.queues.set(key, qp);
  return qp;
}

/** ip_frag_too_far(): more than ipfrag_max_dist fragments from this source since this queue's last one. */
function ipFragTooFar(net: Net, qp: Ipq): boolean {
  const max = net.ipv4.sysctl.ipfragMaxDist;
  const peer = qp.peer;
  if (!peer || !max) return false;
  const start = qp.rid;
  const end = (peer.rid = (peer.rid + 1) >>> 0);
  qp.rid = end;
  const rc = qp.tail !== null && ((end - start) >>> 0) > max;
  if (rc) ipIncStats(net, IpStat.REASMFAILS);
  return rc;
}

/** ip_frag_reinit(): drop what the queue holds and start over, timer re-armed. */
function ipFragReinit(net: Net, qp: Ipq): void {
  net.sched.cancel(qp.timer);
  qp.timer = modTimer(net.sched, net.ipv4.sysctl.ipfragTime * 1e6, () => ipExpire(net, qp));
  purge(net, qp, 'FRAG_TOO_FAR');
  qp.flags = 0;
  qp.len = 0;
  qp.meat = 0;
  qp.iif = 0;
  qp.ecn = 0;
}

/** inet_frag_rbtree_purge(): free every fragment held, uncharging it. */
function purge(net: Net, qp: Ipq, reason: DropReason): void {
  for (const run of qp.runs) for (const f of run.frags) kfreeSkbReason(net, f.skb, reason, 'inet_frag_rbtree_purge');
  net.ipv4.frags.mem -= qp.truesize;
  qp.truesize = 0;
  qp.runs = [];
  qp.tail = null;
}

/** inet_frag_kill() + inet_frag_destroy(): unhash, stop the timer, free the fragments and the queue. */
function inetFragKill(net: Net, qp: Ipq, reason: DropReason): void {
  if (qp.flags & INET_FRAG_COMPLETE) return;
  qp.flags |= INET_FRAG_COMPLETE;
  net.sched.cancel(qp.timer);
  qp.timer = null;
  const fd = net.ipv4.frags;
  if (fd.queues.get(qp.key) === qp) fd.queues.delete(qp.key);
  purge(net, qp, reason);
  fd.mem -= IPQ_TRUESIZE;
}

/**
 * ip_frag_queue(): place the fragment; the datagram's end from the last
 * fragment, MF fragments cut to 8-byte multiples; inconsistencies kill the
 * queue (ReasmFails).
 */
function ipFragQueue(net: Net, qp: Ipq, skb: SkBuff): SkBuff | null {
  if (!(skb.ipcbFlags & IPSKB_FRAG_COMPLETE) && ipFragTooFar(net, qp)) ipFragReinit(net, qp);
  const b = skb.buf;
  const nh = skb.networkHeader;
  const ecn = 1 << (b[nh + Iph.Tos]! & INET_ECN_MASK);
  const fo = getU16(b, nh + Iph.FragOff);
  const offset = (fo & IP_OFFSET) << 3;
  const ihl = iphHdrLen(b, nh);
  let end = offset + skb.tail - nh - ihl;
  if (!(fo & IP_MF)) {
    // "If we already have some bits beyond end or have different end, the segment is corrupted."
    if (end < qp.len || (qp.flags & INET_FRAG_LAST_IN && end !== qp.len)) return discardQp(net, qp, skb, 'NOT_SPECIFIED');
    qp.flags |= INET_FRAG_LAST_IN;
    qp.len = end;
  } else {
    end &= ~7;
    if (end > qp.len) {
      // "Some bits beyond end -> corruption."
      if (qp.flags & INET_FRAG_LAST_IN) return discardQp(net, qp, skb, 'NOT_SPECIFIED');
      qp.len = end;
    }
  }
  if (end === offset) return discardQp(net, qp, skb, 'NOT_SPECIFIED');
  skb.data = nh + ihl;
  skb.tail = skb.data + (end - offset);
  const ins = inetFragQueueInsert(qp, skb, offset, end);
  if (ins === 'dup') {
    kfreeSkbReason(net, skb, 'DUP_FRAG', 'ip_frag_queue');
    return null;
  }
  if (ins === 'overlap') {
    ipIncStats(net, IpStat.REASM_OVERLAPS);
    return discardQp(net, qp, skb, 'NOT_SPECIFIED');
  }
  if (skb.dev) qp.iif = skb.dev.ifindex;
  qp.meat += end - offset;
  qp.ecn |= ecn;
  qp.truesize += skb.truesize;
  net.ipv4.frags.mem += skb.truesize;
  if (offset === 0) qp.flags |= INET_FRAG_FIRST_IN;
  const fragsize = end - offset + ihl;
  if (fragsize > qp.maxSize) qp.maxSize = fragsize;
  if (fo & IP_DF && fragsize > qp.maxDfSize) qp.maxDfSize = fragsize;
  if (qp.flags === (INET_FRAG_FIRST_IN | INET_FRAG_LAST_IN) && qp.meat === qp.len) return ipFragReasm(net, qp, skb);
  return null;
}

/** discard_qp: the queue goes (ReasmFails), and the fragment with it. */
function discardQp(net: Net, qp: Ipq, skb: SkBuff, reason: DropReason): null {
  inetFragKill(net, qp, reason);
  ipIncStats(net, IpStat.REASMFAILS);
  kfreeSkbReason(net, skb, reason, 'ip_frag_queue');
  return null;
}

/**
 * inet_frag_queue_insert(): at the end (appended to the last run when
 * contiguous), or in between; a fragment inside an existing run is a
 * duplicate, any other intersection an overlap.
 */
function inetFragQueueInsert(qp: Ipq, skb: SkBuff, offset: number, end: number): 'ok' | 'dup' | 'overlap' {
  const last = qp.tail;
  const frag: Frag = { skb, offset };
  if (!last) {
    qp.runs.push({ offset, end, frags: [frag] });
    qp.tail = frag;
    return 'ok';
  }
  const lastEnd = last.offset + last.skb.len;
  if (lastEnd < end) {
    if (offset < lastEnd) return 'overlap';
    const lastRun = qp.runs[qp.runs.length - 1]!;
    if (offset === lastEnd && lastRun.end === lastEnd) {
      lastRun.frags.push(frag);
      lastRun.end = end;
    } else qp.runs.push({ offset, end, frags: [frag] });
    qp.tail = frag;
    return 'ok';
  }
  let i = 0;
  for (; i < qp.runs.length; i++) {
    const run = qp.runs[i]!;
    if (end <= run.offset) break;
    if (offset >= run.end) continue;
    return offset >= run.offset && end <= run.end ? 'dup' : 'overlap';
  }
  qp.runs.splice(i, 0, { offset, end, frags: [frag] });
  return 'ok';
}

/** ip_frag_ecn_table[]: 0xff for an invalid mix, else the ECN bits to OR in. */
function ipFragEcn(ecn: number): number {
  if (ecn & IPFRAG_ECN_CE) return ecn & IPFRAG_ECN_NOT_ECT ? 0xff : ecn === IPFRAG_ECN_CE ? 0 : INET_ECN_MASK;
  return ecn & IPFRAG_ECN_NOT_ECT && ecn !== IPFRAG_ECN_NOT_ECT ? 0xff : 0;
}

/**
 * ip_frag_reasm(): one datagram with the first fragment's header and
 * options, the fragments' payloads in order, frag_max_size the largest fragment (DF
 * kept only when the largest was DF, so a router refragments no larger).
 */
function ipFragReasm(net: Net, qp: Ipq, last: SkBuff): SkBuff | null {
  const head = qp.runs[0]!.frags[0]!.skb;
  const ecn = ipFragEcn(qp.ecn);
  const hb = head.buf;
  const hnh = head.networkHeader;
  const ihl = iphHdrLen(hb, hnh);
  const len = ihl + qp.len;
  if (ecn === 0xff || len > 65535) {
    inetFragKill(net, qp, 'NOT_SPECIFIED');
    ipIncStats(net, IpStat.REASMFAILS);
    return null;
  }
  const skb = allocSkb(net, len, 32);
  const o = skb.put(len);
  skb.buf.set(hb.subarray(hnh, hnh + ihl), o);
  for (const run of qp.runs) for (const f of run.frags) skb.buf.set(f.skb.bytes(), o + ihl + f.offset);
  skb.networkHeader = o;
  skb.transportHeader = o + ihl;
  skb.dev = last.dev;
  skb.dst = last.dst;
  skb.mark = last.mark;
  skb.pktType = last.pktType;
  skb.protocol = last.protocol;
  skb.skbIif = last.skbIif;
  skb.tstamp = last.tstamp;
  skb.id = last.id;
  skb.truesize = qp.truesize;
  // skb_morph(skb, head): the cb is the first fragment's, so its options (IPCB(skb)->opt) go on to ICMP's echo of them.
  skb.ipOpt = head.ipOpt;
  skb.fragMaxSize = Math.max(qp.maxDfSize, qp.maxSize);
  // inet_frag_reasm_finish(..., ip_frag_coalesce_ok(qp)): only local delivery merges the fragments
  // (skb_try_coalesce); other users (conntrack) keep each one on the frag_list, in offset order.
  if (qp.user !== IP_DEFRAG_LOCAL_DELIVER) skb.fragListLens = fraglistLens(qp, ihl);
  const b = skb.buf;
  putU16(b, o + Iph.TotLen, len);
  b[o + Iph.Tos] = b[o + Iph.Tos]! | ecn;
  if (qp.maxDfSize === qp.maxSize) {
    skb.ipcbFlags |= IPSKB_FRAG_PMTU;
    putU16(b, o + Iph.FragOff, IP_DF);
  } else putU16(b, o + Iph.FragOff, 0);
  ipSendCheck(b, o);
  inetFragKill(net, qp, 'NOT_SPECIFIED');
  ipIncStats(net, IpStat.REASMOKS);
  return skb;
}

/**
 * The frag_list ip_do_fragment()'s fast path may send again, or null when
 * it would not: "skb_headroom(frag) < hlen + ll_rs" — a fragment keeps the
 * room its sender left before its own IP header (LL_RESERVED_SPACE, 16 on
 * the lab's Ethernet devices), so one whose header was shorter than the
 * first fragment's (options not copied) sends the datagram the slow way.
 */
function fraglistLens(qp: Ipq, hlen: number): number[] | null {
  const lens: number[] = [];
  for (const run of qp.runs) {
    for (const f of run.frags) {
      if (lens.length && f.skb.data - f.skb.networkHeader < hlen) return null;
      lens.push(f.skb.len);
    }
  }
  return lens;
}

/**
 * ip_expire(): ReasmFails and ReasmTimeout; when the first fragment is
 * there, it is routed again and, for a datagram to this host, quoted in an
 * ICMP time exceeded, fragment reassembly time exceeded (RFC 792).
 */
function ipExpire(net: Net, qp: Ipq): void {
  qp.timer = null;
  if (qp.flags & INET_FRAG_COMPLETE) return;
  const first = qp.flags & INET_FRAG_FIRST_IN ? qp.runs[0]?.frags[0] : undefined;
  // inet_frag_pull_head(): the head leaves the queue before it is freed.
  if (first) {
    qp.runs[0]!.frags.shift();
    qp.truesize -= first.skb.truesize;
    net.ipv4.frags.mem -= first.skb.truesize;
  }
  inetFragKill(net, qp, 'FRAG_REASM_TIMEOUT');
  ipIncStats(net, IpStat.REASMFAILS);
  ipIncStats(net, IpStat.REASMTIMEOUT);
  if (!first) return;
  const head = first.skb;
  const dev = net.devByIndex(qp.iif);
  if (dev) {
    // "skb has no dst, perform route lookup again"
    head.dev = dev;
    head.dst = null;
    head.data = head.networkHeader;
    const b = head.buf;
    const nh = head.networkHeader;
    const v = ipRouteInputNoref(head, getU32(b, nh + Iph.Daddr), getU32(b, nh + Iph.Saddr), b[nh + Iph.Tos]! & 0xfc, dev);
    const rt = v.err ? null : skbRtable(head);
    if (rt && !(fragExpireSkipIcmp(qp.user) && rt.type !== RTN_LOCAL)) icmpSend(head, ICMP_TIME_EXCEEDED, ICMP_EXC_FRAGTIME, 0);
  }
  kfreeSkbReason(net, head, 'FRAG_REASM_TIMEOUT', 'ip_expire');
}
