/**
 * IGMPv3 (RFC 3376) as a host that joins groups sends it: a new
 * membership is announced by a state-change report (CHANGE_TO_EXCLUDE,
 * no source: an any-source join) sent two jiffies later and repeated
 * robustness-variable times (igmp_qrv, 2) a random time below the
 * unsolicited report interval apart (igmpv3_unsolicited_report_interval,
 * 1 s); a group left while the device runs is announced the same way by
 * CHANGE_TO_INCLUDE records. A report goes to 224.0.0.22 with TTL 1, TOS
 * 0xc0, DF and the Router Alert option, from the device's address the
 * route picks (0.0.0.0 without one). 224.0.0.1 is never reported, nor a
 * link-local group when igmp_link_local_mcast_reports is 0. Going down
 * stops the reports; coming up announces every membership again.
 * The groups are the kernel's own (a bridge's 224.0.0.106, an autojoin
 * address's: igmp_autojoin.ts) and the sockets' (igmp_sock.ts).
 * With force_igmp_version 1 or 2 (all or the device) a group is reported
 * by its own timer instead (RFC 1112 / RFC 2236): a v1 or v2 report to the
 * group itself two jiffies after the join, again qrv-1 times a random
 * time below igmpv2_unsolicited_report_interval apart; a v2 group we
 * reported is left with a Leave to 224.0.0.2 (v1: silently). Another
 * host's report of the group stops our timer (igmp_heard_report).
 * A query heard (igmp_heard_query) is answered: a v1 query (8 bytes, code
 * 0) or a v2 one (8 bytes) puts the device in that version for
 * qrv * query interval + response interval (mr_v1_seen, mr_v2_seen: 260 s
 * by default; v1 before v2) and starts each group's timer (of the queried
 * group only for a group-specific one) a random delay below the max
 * response time (v1: 10 s); a v3 query (12 bytes and more) sets the
 * device's robustness and query interval from its QRV and QQIC and, for a
 * general query, times one report of every group (igmp_gq_start_timer;
 * MODE_IS_EXCLUDE records), for a group (and source) specific one the
 * group's timer (a group-and-source-specific one: igmp_marksources()).
 * Source filters (igmp_src.ts) give groups INCLUDE mode and sources:
 * their records carry them, ALLOW/BLOCK records report their changes.
 * @linux net/ipv4/igmp.c ip_mc_inc_group() ip_mc_dec_group() igmp_group_added()
 *        igmp_group_dropped() igmp_ifc_event() igmp_ifc_timer_expire() igmpv3_send_cr()
 *        igmpv3_newpack() add_grec() ip_mc_up() ip_mc_down() igmp_send_report()
 *        igmp_timer_expire() igmp_start_timer() igmp_rcv() igmp_heard_report()
 *        igmp_heard_query() igmp_mod_timer() igmp_gq_start_timer() igmp_gq_timer_expire()
 *        igmpv3_send_report() igmpv3_clear_delrec() ip_mc_reset() igmp_xmarksources()
 */
import { devMcAdd, devMcDel } from '../core/dev_addr_lists.js';
import { IFF_UP } from '../core/netdevice.js';
import { HZ, JIFFY_MS, USER_HZ } from '../core/sysctl.js';
import { IPPROTO_IGMP } from '../../uapi/linux/in.js';
import { IP_DF, ipv4IsLocalMulticast } from '../../wire/ipv4.js';
import { csumFold, csumPartial } from '../../wire/checksum.js';
import { newFlowi4 } from './fib_rules.js';
import { ipRouteOutputKey, skbRtable } from './route.js';
import { ipAllocSkb, ipLocalOut, ipPushHeader } from './ip_output.js';
import { DevconfIdx } from './devconf.js';
import type { InDevice } from './devinet.js';
import type { Timer } from '../../sim/scheduler.js';
import type { Net, NetWorld } from '../core/net_namespace.js';
import { CHECKSUM_UNNECESSARY, PACKET_BROADCAST, PACKET_MULTICAST, type SkBuff } from '../core/skbuff.js';
import { consumeSkb, kfreeSkbReason } from '../core/drop_reason.js';
import { inetAddProtocol } from './protocol.js';
import { getU16, getU32 } from '../../wire/bytes.js';
import {
  IGMPV3_ALLOW_NEW_SOURCES, IGMPV3_BLOCK_OLD_SOURCES, IGMPV3_CHANGE_TO_EXCLUDE, IGMPV3_CHANGE_TO_INCLUDE,
  IGMPV3_MODE_IS_EXCLUDE, IGMPV3_MODE_IS_INCLUDE, MCAST_EXCLUDE, MCAST_INCLUDE, addGrec, clearZeros, igmpMarksources,
  ipMcAddSrc, ipMcClearSrc, type Grec, type IpSfList, type McastMode,
} from './igmp_src.js';

/** IGMP_ALL_HOSTS (224.0.0.1): joined by every device, never reported. */
export const IGMP_ALL_HOSTS = 0xe0000001 | 0;
/** IGMPV3_ALL_MCR (224.0.0.22): where v3 reports go. */
const IGMPV3_ALL_MCR = 0xe0000016 | 0;
/** IGMP_ALL_ROUTER (224.0.0.2): where a v2 leave goes. */
const IGMP_ALL_ROUTER = 0xe0000002 | 0;
const IGMP_HOST_MEMBERSHIP_QUERY = 0x11;
const IGMP_HOST_MEMBERSHIP_REPORT = 0x12;
const IGMPV2_HOST_MEMBERSHIP_REPORT = 0x16;
const IGMP_HOST_LEAVE_MESSAGE = 0x17;
const IGMPV3_HOST_MEMBERSHIP_REPORT = 0x22;
/** IPOPT_RA: the Router Alert option (RFC 2113), value 0. */
const ROUTER_ALERT = [0x94, 0x04, 0x00, 0x00] as const;
const NS_PER_MS = 1_000_000;
/** IGMP_QUERY_INTERVAL, IGMP_QUERY_RESPONSE_INTERVAL (jiffies); IGMP_TIMER_SCALE: a max response code's unit (1/10 s). */
const IGMP_QUERY_INTERVAL = 125 * HZ;
const IGMP_QUERY_RESPONSE_INTERVAL = 10 * HZ;
const IGMP_TIMER_SCALE = 10;

/** struct ip_mc_list: one group of the device, its users and pending change records. */
export interface IpMcList {
  readonly multiaddr: number;
  users: number;
  crcount: number;
  /** sfmode, sfcount[EXCLUDE, INCLUDE], sources, tomb (deleted sources), gsquery: the source filter (igmp_src.ts). */
  sfmode: McastMode;
  sfcount: [number, number];
  sources: IpSfList[];
  tomb: IpSfList[];
  gsquery: boolean;
  /** The v1/v2 report timer (im->timer, tm_running when set) and when it fires (ns). */
  timer?: Timer | null;
  expires?: number;
  /** unsolicit_count: v1/v2 reports still to send unasked. */
  unsolicitCount?: number;
  /** reporter: we sent the last report of the group (a v2 leave is ours to send). */
  reporter?: boolean;
  /** loaded: its MAC is in the device's filter (taken out while the device is down). */
  loaded?: boolean;
}

/** ip_mc_filter_add() / ip_mc_filter_del() as igmp_group_added/dropped() do them, once per state (im->loaded). */
function ipMcFilter(inDev: InDevice, im: IpMcList, load: boolean): void {
  if (im.loaded === load) return;
  im.loaded = load;
  if (load) devMcAdd(inDev.dev, ipEthMcMap(im.multiaddr));
  else devMcDel(inDev.dev, ipEthMcMap(im.multiaddr));
}

/**
 * IGMP_V1_SEEN() / IGMP_V2_SEEN(): the version force_igmp_version (all,
 * or the device's) imposes, else that of a v1 or v2 querier heard
 * lately (mr_v1_seen, mr_v2_seen), v1 first; 3 otherwise.
 */
export function igmpVersion(inDev: InDevice): 1 | 2 | 3 {
  const now = inDev.dev.net.sched.now;
  const seen = (v: number, until: number): boolean =>
    inDev.all.get(DevconfIdx.FORCE_IGMP_VERSION) === v || inDev.cnf.get(DevconfIdx.FORCE_IGMP_VERSION) === v || (until !== 0 && now < until);
  return seen(1, inDev.mrV1Seen) ? 1 : seen(2, inDev.mrV2Seen) ? 2 : 3;
}

/** ip_eth_mc_map(): 01:00:5e and the group's low 23 bits. */
function ipEthMcMap(group: number): number[] {
  return [0x01, 0x00, 0x5e, (group >>> 16) & 0x7f, (group >>> 8) & 0xff, group & 0xff];
}

/** The groups add_grec() leaves out: all-hosts, and link-local ones unless igmp_link_local_mcast_reports. */
export function noReport(inDev: InDevice, group: number): boolean {
  if (group === IGMP_ALL_HOSTS) return true;
  return ipv4IsLocalMulticast(group) && !inDev.dev.net.ipv4.sysctl.igmpLlmReports;
}

/** in_dev->mr_qrv ?: net.ipv4.igmp_qrv: the robustness variable. */
export function igmpQrv(inDev: InDevice): number {
  return inDev.mrQrv || inDev.dev.net.ipv4.sysctl.igmpQrv;
}

/** ip_mc_reset(): the default query interval and response interval, igmp_qrv as robustness (at init and NETDEV_UP). */
export function ipMcReset(inDev: InDevice): void {
  inDev.mrQi = IGMP_QUERY_INTERVAL;
  inDev.mrQri = IGMP_QUERY_RESPONSE_INTERVAL;
  inDev.mrQrv = inDev.dev.net.ipv4.sysctl.igmpQrv;
}

/** A device group in (`mode`, no source) with one user of that mode. */
function newMcList(group: number, mode: McastMode): IpMcList {
  const sfcount: [number, number] = [0, 0];
  sfcount[mode] = 1;
  return { multiaddr: group, users: 1, crcount: 0, sfmode: mode, sfcount, sources: [], tomb: [], gsquery: false };
}

/** The device's group `addr`, if it is in it. */
export function ipMcFind(inDev: InDevice, addr: number): IpMcList | undefined {
  const group = addr | 0;
  return inDev.mcList.find((m) => m.multiaddr === group);
}

/**
 * __ip_mc_inc_group(): a socket filter of `mode` (no source yet) joins;
 * a new group goes first in mc_list, its MAC in the filter, takes back
 * what its pending leave held, and is announced.
 */
export function ipMcIncGroup(inDev: InDevice, addr: number, mode: McastMode = MCAST_EXCLUDE): void {
  const group = addr | 0;
  const have = ipMcFind(inDev, group);
  if (have) {
    have.users++;
    ipMcAddSrc(inDev, have, mode, [], false);
    return;
  }
  const im = newMcList(group, mode);
  inDev.mcList.unshift(im);
  igmpv3DelDelrec(inDev, im);
  ipMcFilter(inDev, im, true);
  igmpGroupAdded(inDev, im);
}

/**
 * igmpv3_del_delrec(): a pending leave of the group is forgotten; an
 * INCLUDE group takes back its sources and deleted sources (each again
 * for qrv reports), an EXCLUDE one qrv mode reports.
 */
function igmpv3DelDelrec(inDev: InDevice, im: IpMcList): void {
  const i = inDev.mcTomb.findIndex((m) => m.multiaddr === im.multiaddr);
  if (i < 0) return;
  const pmc = inDev.mcTomb.splice(i, 1)[0]!;
  if (im.sfmode === MCAST_INCLUDE) {
    im.tomb = pmc.tomb;
    im.sources = pmc.sources;
    for (const psf of im.sources) psf.crcount = igmpQrv(inDev);
  } else im.crcount = igmpQrv(inDev);
}

/** igmpv3_add_delrec(): a dropped group's leave record (qrv reports); an INCLUDE group's sources go with it. */
function igmpv3AddDelrec(inDev: InDevice, im: IpMcList): void {
  const pmc = newMcList(im.multiaddr, im.sfmode);
  pmc.users = 0;
  pmc.crcount = igmpQrv(inDev);
  if (pmc.sfmode === MCAST_INCLUDE) {
    pmc.tomb = im.tomb;
    pmc.sources = im.sources;
    im.tomb = [];
    im.sources = [];
    for (const psf of pmc.sources) psf.crcount = pmc.crcount;
  }
  inDev.mcTomb.unshift(pmc);
}

/** igmpv3_clear_delrec(): the pending leaves and every group's deleted sources are forgotten. */
function igmpv3ClearDelrec(inDev: InDevice): void {
  inDev.mcTomb = [];
  for (const pmc of inDev.mcList) pmc.tomb = [];
}

/** ip_mc_dec_group(): the last user leaves; a running device announces the leave. */
export function ipMcDecGroup(inDev: InDevice, addr: number): void {
  const group = addr | 0;
  const i = inDev.mcList.findIndex((m) => m.multiaddr === group);
  if (i < 0) return;
  const im = inDev.mcList[i]!;
  if (--im.users > 0) return;
  inDev.mcList.splice(i, 1);
  ipMcFilter(inDev, im, false);
  igmpGroupDropped(inDev, im);
  ipMcClearSrc(im);
}

/**
 * igmp_group_added(): a reportable group on a running device gets qrv
 * change records (v3), or under v1/v2 its own report timer
 * (IGMP_INITIAL_REPORT_DELAY: two jiffies) for qrv unsolicited reports.
 */
function igmpGroupAdded(inDev: InDevice, im: IpMcList): void {
  if (noReport(inDev, im.multiaddr) || !(inDev.dev.flags & IFF_UP)) return;
  im.unsolicitCount = inDev.dev.net.ipv4.sysctl.igmpQrv;
  if (igmpVersion(inDev) !== 3) {
    igmpStartTimer(inDev, im, 1);
    return;
  }
  // RFC 3376 5.1: a new INCLUDE group reports no mode change, its sources' ALLOW only.
  if (im.sfmode === MCAST_EXCLUDE) im.crcount = igmpQrv(inDev);
  igmpIfcEvent(inDev);
}

/**
 * igmp_group_dropped(): under v1 nothing is said; under v2 a group we
 * reported is left with a Leave; v3 keeps a leave record for qrv reports.
 */
function igmpGroupDropped(inDev: InDevice, im: IpMcList): void {
  if (noReport(inDev, im.multiaddr)) return;
  const reporter = im.reporter === true;
  igmpStopTimer(inDev, im);
  if (!(inDev.dev.flags & IFF_UP)) return;
  const v = igmpVersion(inDev);
  if (v === 1) return;
  if (v === 2) {
    if (reporter) igmpSendReport(inDev, im.multiaddr, IGMP_HOST_LEAVE_MESSAGE);
    return;
  }
  igmpv3AddDelrec(inDev, im);
  igmpIfcEvent(inDev);
}

/** igmp_start_timer(): the group's report a random number of jiffies below `maxDelay`, plus two. */
function igmpStartTimer(inDev: InDevice, im: IpMcList, maxDelay: number): void {
  const net = inDev.dev.net;
  const delay = (net.world.rng.below(maxDelay) + 2) * JIFFY_MS * NS_PER_MS;
  net.sched.cancel(im.timer);
  im.expires = net.sched.now + delay;
  im.timer = net.sched.schedule(delay, () => igmpTimerExpire(inDev, im));
}

/** igmp_stop_timer(): no report pending, not the reporter, nothing unsolicited left. */
function igmpStopTimer(inDev: InDevice, im: IpMcList): void {
  inDev.dev.net.sched.cancel(im.timer);
  im.timer = null;
  im.reporter = false;
  im.unsolicitCount = 0;
}

/** igmp_timer_expire(): the next unsolicited report is timed, this one sent in the device's version. */
function igmpTimerExpire(inDev: InDevice, im: IpMcList): void {
  im.timer = null;
  if (im.unsolicitCount && --im.unsolicitCount) igmpStartTimer(inDev, im, unsolicitedReportInterval(inDev));
  im.reporter = true;
  const v = igmpVersion(inDev);
  if (v === 3) igmpv3SendReport(inDev, im);
  else igmpSendReport(inDev, im.multiaddr, v === 1 ? IGMP_HOST_MEMBERSHIP_REPORT : IGMPV2_HOST_MEMBERSHIP_REPORT);
}

/** igmp_ifc_event(): qrv reports, the first from igmp_ifc_start_timer(in_dev, 1); not under v1/v2. */
export function igmpIfcEvent(inDev: InDevice): void {
  if (igmpVersion(inDev) !== 3) return;
  inDev.mrIfcCount = igmpQrv(inDev);
  igmpIfcStartTimer(inDev, 1);
}

/** igmp_ifc_start_timer(): a random number of jiffies below `delay`, plus two. */
function igmpIfcStartTimer(inDev: InDevice, delayJiffies: number): void {
  const net = inDev.dev.net;
  const tv = net.world.rng.below(delayJiffies) + 2;
  net.sched.cancel(inDev.mrIfcTimer);
  inDev.mrIfcTimer = net.sched.schedule(tv * JIFFY_MS * NS_PER_MS, () => igmpIfcTimerExpire(inDev));
}

/** unsolicited_report_interval(): the device's v2 (under v1/v2) or v3 interval, in jiffies (at least one). */
function unsolicitedReportInterval(inDev: InDevice): number {
  const idx = igmpVersion(inDev) === 3 ? DevconfIdx.IGMPV3_UNSOLICITED_REPORT_INTERVAL : DevconfIdx.IGMPV2_UNSOLICITED_REPORT_INTERVAL;
  return Math.max(1, Math.ceil(inDev.cnf.get(idx) / JIFFY_MS));
}

/** igmp_ifc_timer_expire(): the pending records, then the next repetition while the count lasts. */
function igmpIfcTimerExpire(inDev: InDevice): void {
  inDev.mrIfcTimer = null;
  if (inDev.dead) return;
  igmpv3SendCr(inDev);
  if (inDev.mrIfcCount > 0) {
    inDev.mrIfcCount--;
    igmpIfcStartTimer(inDev, unsolicitedReportInterval(inDev));
  }
}

/**
 * igmpv3_send_cr(): the leaves first (an INCLUDE group's BLOCK of its
 * sources and deleted sources, an EXCLUDE group's CHANGE_TO_INCLUDE; a
 * leave goes when its counts run out), then each group's source changes
 * (ALLOW of sources come in, BLOCK of those gone; the other way round in
 * EXCLUDE mode) and pending mode change (TO_EX / TO_IN), newest first;
 * nothing to say sends nothing.
 */
function igmpv3SendCr(inDev: InDevice): void {
  const recs: Grec[] = [];
  for (const pmc of inDev.mcTomb) {
    if (pmc.sfmode === MCAST_INCLUDE) {
      addGrec(recs, inDev, pmc, IGMPV3_BLOCK_OLD_SOURCES, true, false);
      addGrec(recs, inDev, pmc, IGMPV3_BLOCK_OLD_SOURCES, true, true);
    }
    if (pmc.crcount) {
      if (pmc.sfmode === MCAST_EXCLUDE) addGrec(recs, inDev, pmc, IGMPV3_CHANGE_TO_INCLUDE, true, false);
      if (--pmc.crcount === 0) {
        clearZeros(pmc.tomb);
        clearZeros(pmc.sources);
      }
    }
  }
  inDev.mcTomb = inDev.mcTomb.filter((m) => m.crcount !== 0 || m.tomb.length !== 0 || m.sources.length !== 0);
  for (const pmc of inDev.mcList) {
    const ex = pmc.sfcount[MCAST_EXCLUDE] !== 0;
    addGrec(recs, inDev, pmc, ex ? IGMPV3_BLOCK_OLD_SOURCES : IGMPV3_ALLOW_NEW_SOURCES, false, false);
    addGrec(recs, inDev, pmc, ex ? IGMPV3_ALLOW_NEW_SOURCES : IGMPV3_BLOCK_OLD_SOURCES, false, true);
    if (pmc.crcount) {
      addGrec(recs, inDev, pmc, pmc.sfmode === MCAST_EXCLUDE ? IGMPV3_CHANGE_TO_EXCLUDE : IGMPV3_CHANGE_TO_INCLUDE, false, false);
      pmc.crcount--;
    }
  }
  if (recs.length > 0) igmpv3Sendpack(inDev, recs);
}

/**
 * igmpv3_newpack() + add_grhead() + igmpv3_sendpack(): to 224.0.0.22, a
 * record per group: type, no aux data, the source count, the group, the sources.
 */
function igmpv3Sendpack(inDev: InDevice, recs: readonly Grec[]): void {
  let len = 8;
  for (const r of recs) len += 8 + 4 * r.srcs.length;
  igmpSendpack(inDev, IGMPV3_ALL_MCR, true, len, (b, o) => {
    b[o] = IGMPV3_HOST_MEMBERSHIP_REPORT;
    b[o + 6] = recs.length >>> 8;
    b[o + 7] = recs.length & 0xff;
    let at = o + 8;
    for (const r of recs) {
      b[at] = r.type;
      b[at + 2] = r.srcs.length >>> 8;
      b[at + 3] = r.srcs.length & 0xff;
      putGroup(b, at + 4, r.group);
      at += 8;
      for (const src of r.srcs) {
        putGroup(b, at, src);
        at += 4;
      }
    }
  });
}

/**
 * igmpv3_send_report(): the current state (MODE_IS_EXCLUDE with the
 * excluded sources, MODE_IS_INCLUDE with the included ones, only those a
 * group-and-source-specific query asked for) of one group, or of every
 * reportable group (`im` null, a general query's answer), in one report;
 * nothing to report sends nothing.
 */
function igmpv3SendReport(inDev: InDevice, im: IpMcList | null): void {
  const recs: Grec[] = [];
  for (const m of im ? [im] : inDev.mcList) {
    if (noReport(inDev, m.multiaddr)) continue;
    addGrec(recs, inDev, m, m.sfcount[MCAST_EXCLUDE] ? IGMPV3_MODE_IS_EXCLUDE : IGMPV3_MODE_IS_INCLUDE, false, false);
  }
  if (recs.length > 0) igmpv3Sendpack(inDev, recs);
}

/** igmp_send_report() for v1/v2: an 8-byte message to the group (a leave: to 224.0.0.2), the route's source. */
function igmpSendReport(inDev: InDevice, group: number, type: number): void {
  igmpSendpack(inDev, type === IGMP_HOST_LEAVE_MESSAGE ? IGMP_ALL_ROUTER : group, false, 8, (b, o) => {
    b[o] = type;
    putGroup(b, o + 4, group);
  });
}

function putGroup(b: Uint8Array, o: number, group: number): void {
  b[o] = group >>> 24;
  b[o + 1] = (group >>> 16) & 0xff;
  b[o + 2] = (group >>> 8) & 0xff;
  b[o + 3] = group & 0xff;
}

/**
 * An IGMP message routed out of the device to `daddr` with TTL 1, TOS
 * 0xc0, DF and Router Alert, through ip_local_out: `fill` writes the
 * `len` bytes (zeroed), the checksum follows. A v3 report's source is the
 * route's only if it is the device's own (igmpv3_get_srcaddr), else
 * 0.0.0.0; v1/v2 take the route's.
 */
function igmpSendpack(inDev: InDevice, daddr: number, ownSrc: boolean, len: number, fill: (b: Uint8Array, o: number) => void): void {
  const dev = inDev.dev;
  const net = dev.net;
  const fl4 = newFlowi4({ daddr, oif: dev.ifindex, proto: IPPROTO_IGMP });
  const rt = ipRouteOutputKey(net, fl4);
  if (typeof rt === 'string') return;
  let saddr = ownSrc ? 0 : fl4.saddr;
  if (ownSrc) for (const ifa of inDev.addrs()) if ((ifa.local | 0) === (fl4.saddr | 0)) saddr = fl4.saddr;
  const skb = ipAllocSkb(net, len, ROUTER_ALERT.length);
  const b = skb.buf;
  const o = skb.data;
  b.fill(0, o, o + len);
  fill(b, o);
  const sum = csumFold(csumPartial(b, o, len, 0));
  b[o + 2] = sum >>> 8;
  b[o + 3] = sum & 0xff;
  skb.push(ROUTER_ALERT.length);
  ipPushHeader(net, skb, { saddr, daddr, protocol: IPPROTO_IGMP, tos: 0xc0, ttl: 1, fragOff: IP_DF });
  const nh = skb.networkHeader;
  b[nh] = 0x46;
  b.set(ROUTER_ALERT, nh + 20);
  skb.transportHeader = nh + 24;
  ipLocalOut(net, skb, rt);
}

/**
 * ip_mc_up(): the device joins all-hosts (the newest group then; its MAC
 * dev_addr_lists.ts adds at NETDEV_UP), and every membership is announced again.
 */
export function ipMcUp(inDev: InDevice): void {
  ipMcReset(inDev);
  const have = inDev.mcList.find((m) => m.multiaddr === IGMP_ALL_HOSTS);
  if (have) have.users++;
  else inDev.mcList.unshift(newMcList(IGMP_ALL_HOSTS, MCAST_EXCLUDE));
  // igmp_group_added(): the MACs taken out at down go back (all-hosts': dev_addr_lists.ts).
  // (indexed loops: cold code pays the iterator protocol on every for-of step)
  const list = inDev.mcList;
  for (let i = 0; i < list.length; i++) if (list[i]!.multiaddr !== IGMP_ALL_HOSTS) ipMcFilter(inDev, list[i]!, true);
  // igmpv3_del_delrec(): what ip_mc_down() put in the tomb comes back (an INCLUDE group's sources, each for qrv ALLOW reports).
  for (let i = 0; i < list.length; i++) igmpv3DelDelrec(inDev, list[i]!);
  if (igmpVersion(inDev) !== 3) {
    for (let i = 0; i < list.length; i++) igmpGroupAdded(inDev, list[i]!);
    return;
  }
  // igmp_group_added(): an EXCLUDE group reports its mode.
  let any = false;
  for (let i = 0; i < list.length; i++) {
    const m = list[i]!;
    if (noReport(inDev, m.multiaddr)) continue;
    if (m.sfmode === MCAST_EXCLUDE) m.crcount = igmpQrv(inDev);
    any = true;
  }
  if (any) igmpIfcEvent(inDev);
}

/**
 * ip_mc_down(): the reports (change and query ones) stop, pending leaves
 * are forgotten, each reportable group (v3) goes to the tomb as
 * igmp_group_dropped() puts it (an INCLUDE group's sources with it, till
 * ip_mc_up() takes them back), the groups' MACs leave the filter,
 * all-hosts is left.
 */
export function ipMcDown(inDev: InDevice): void {
  inDev.dev.net.sched.cancel(inDev.mrIfcTimer);
  inDev.mrIfcTimer = null;
  inDev.mrIfcCount = 0;
  inDev.dev.net.sched.cancel(inDev.mrGqTimer);
  inDev.mrGqTimer = null;
  inDev.mcTomb = [];
  const v3 = igmpVersion(inDev) === 3;
  for (const m of inDev.mcList) {
    if (v3 && !noReport(inDev, m.multiaddr)) igmpv3AddDelrec(inDev, m);
    m.crcount = 0;
    igmpStopTimer(inDev, m);
    if (m.multiaddr !== IGMP_ALL_HOSTS) ipMcFilter(inDev, m, false);
  }
  const i = inDev.mcList.findIndex((m) => m.multiaddr === IGMP_ALL_HOSTS);
  if (i >= 0 && --inDev.mcList[i]!.users === 0) inDev.mcList.splice(i, 1);
}

/**
 * ip_check_mc_rcu(): is the device in `group`, for a packet from `src`
 * (0: unknown) of protocol `proto`? IGMP always; else a source the
 * group's filter excludes is not (in EXCLUDE mode: every EXCLUDE filter
 * lists it and no INCLUDE one; in INCLUDE mode: none names it).
 */
export function ipCheckMc(inDev: InDevice, group: number, src = 0, proto = 0): boolean {
  const g = group | 0;
  if (g === IGMP_ALL_HOSTS && !inDev.mcList.some((m) => m.multiaddr === g)) return true;
  const im = inDev.mcList.find((m) => m.multiaddr === g);
  if (!im) return false;
  if (proto === IPPROTO_IGMP || !src) return true;
  const psf = im.sources.find((p) => p.inaddr === (src | 0));
  if (!psf) return im.sfcount[MCAST_EXCLUDE] !== 0;
  return psf.sfCount[MCAST_INCLUDE] !== 0 || psf.sfCount[MCAST_EXCLUDE] !== im.sfcount[MCAST_EXCLUDE];
}

/**
 * igmp_rcv(): a query is heard (whoever sent it, to whatever address); a
 * v1/v2 report of a group we are in, heard from another host on the link,
 * stops our timer (the other host reported it: RFC 2236 3); both are
 * consumed. Our own report looped back, a query ignored and anything else
 * is dropped (kfree_skb).
 */
function igmpRcv(skb: SkBuff, net: Net): void {
  const inDev = skb.dev?.ip;
  const b = skb.buf;
  const o = skb.data;
  if (!inDev || skb.len < 8 || (skb.ipSummed !== CHECKSUM_UNNECESSARY && csumFold(csumPartial(b, o, skb.len, 0)) !== 0)) {
    return kfreeSkbReason(net, skb, 'NOT_SPECIFIED', 'igmp_rcv');
  }
  const type = b[o]!;
  let dropped = true;
  if (type === IGMP_HOST_MEMBERSHIP_QUERY) {
    dropped = !igmpHeardQuery(inDev, b, o, skb.len);
  } else if (type === IGMP_HOST_MEMBERSHIP_REPORT || type === IGMPV2_HOST_MEMBERSHIP_REPORT) {
    const own = skbRtable(skb)?.isInput === false;
    if (!own && (skb.pktType === PACKET_MULTICAST || skb.pktType === PACKET_BROADCAST)) {
      igmpHeardReport(inDev, getU32(b, o + 4) | 0);
      dropped = false;
    }
  }
  if (dropped) kfreeSkbReason(net, skb, 'NOT_SPECIFIED', 'igmp_rcv');
  else consumeSkb(skb);
}

/** igmp_heard_report(): the reportable group's timer stops; we are no longer its reporter. */
function igmpHeardReport(inDev: InDevice, group: number): void {
  if (noReport(inDev, group)) return;
  const im = inDev.mcList.find((m) => m.multiaddr === group);
  if (im) igmpStopTimer(inDev, im);
}

/** IGMPV3_MRC() / IGMPV3_QQIC() (and MLDV2_QQIC()): a code below 128 as is, else a 3-bit exponent and 4-bit mantissa. */
export function igmpv3Exp(code: number): number {
  return code < 0x80 ? code : ((code & 0x0f) | 0x10) << (((code >>> 4) & 7) + 3);
}

/**
 * igmp_heard_query(): the `len`-byte query at b[o]. 8 bytes: a v1 (code
 * 0: a general query answered within 10 s) or v2 querier is present for
 * qrv * qi + qri, the pending change reports and leave records are
 * dropped. 9 to 11 bytes: ignored. Longer, under a v1 querier: a general
 * query (10 s); under a v2 one: the v3 code's delay. Else v3: the
 * sources it announces must be there, its QRV and QQIC become the
 * device's (0: the defaults), the response interval stays below the
 * query interval; a general query (no source allowed) times one report
 * of all groups. Then every queried reportable group's timer (re)starts.
 * False for a query ignored (igmp_heard_query() returns "dropped").
 */
function igmpHeardQuery(inDev: InDevice, b: Uint8Array, o: number, len: number): boolean {
  const code = b[o + 1]!;
  let group = getU32(b, o + 4) | 0;
  let maxDelay: number;
  let srcs: number[] | null = null;
  if (len === 8) {
    const until = inDev.dev.net.sched.now + (inDev.mrQrv * inDev.mrQi + inDev.mrQri) * JIFFY_MS * NS_PER_MS;
    if (code === 0) {
      maxDelay = IGMP_QUERY_RESPONSE_INTERVAL;
      inDev.mrV1Seen = until;
      group = 0;
    } else {
      maxDelay = code * (HZ / IGMP_TIMER_SCALE);
      inDev.mrV2Seen = until;
    }
    inDev.mrIfcCount = 0;
    inDev.dev.net.sched.cancel(inDev.mrIfcTimer);
    inDev.mrIfcTimer = null;
    igmpv3ClearDelrec(inDev);
  } else if (len < 12) {
    return false;
  } else if (igmpVersion(inDev) === 1) {
    maxDelay = IGMP_QUERY_RESPONSE_INTERVAL;
    group = 0;
  } else {
    maxDelay = Math.max(1, igmpv3Exp(code) * (HZ / IGMP_TIMER_SCALE));
    if (igmpVersion(inDev) === 3) {
      const nsrcs = getU16(b, o + 10);
      if (len < 12 + 4 * nsrcs) return false;
      inDev.mrMaxdelay = maxDelay;
      inDev.mrQrv = (b[o + 8]! & 7) || inDev.dev.net.ipv4.sysctl.igmpQrv;
      inDev.mrQi = igmpv3Exp(b[o + 9]!) * HZ || IGMP_QUERY_INTERVAL;
      if (inDev.mrQri >= inDev.mrQi) inDev.mrQri = (Math.floor(inDev.mrQi / HZ) - 1) * HZ;
      if (group === 0) {
        if (nsrcs !== 0) return false; // no sources allowed
        igmpGqStartTimer(inDev);
        return true;
      }
      // mark sources to include, if group & source-specific
      if (nsrcs !== 0) {
        srcs = [];
        for (let i = 0; i < nsrcs; i++) srcs.push(getU32(b, o + 12 + 4 * i) | 0);
      }
    }
  }
  for (const im of inDev.mcList) {
    if ((group && group !== im.multiaddr) || noReport(inDev, im.multiaddr)) continue;
    // A pending group-and-source query stays one only if this one is too.
    im.gsquery = srcs !== null && (!inDev.dev.net.sched.pending(im.timer) || im.gsquery);
    if (!im.gsquery || igmpMarksources(im, srcs!)) igmpModTimer(inDev, im, maxDelay);
  }
  return true;
}

/** igmp_mod_timer(): no more unsolicited reports; a report due within `maxDelay` jiffies stays, else one is timed below it. */
function igmpModTimer(inDev: InDevice, im: IpMcList, maxDelay: number): void {
  im.unsolicitCount = 0;
  const sched = inDev.dev.net.sched;
  if (sched.pending(im.timer) && (im.expires ?? 0) - sched.now < maxDelay * JIFFY_MS * NS_PER_MS) return;
  igmpStartTimer(inDev, im, maxDelay);
}

/** igmp_gq_start_timer(): the general query's report a random number of jiffies below mr_maxdelay, plus two, unless one is due sooner. */
function igmpGqStartTimer(inDev: InDevice): void {
  const sched = inDev.dev.net.sched;
  const delay = (inDev.dev.net.world.rng.below(inDev.mrMaxdelay) + 2) * JIFFY_MS * NS_PER_MS;
  if (sched.pending(inDev.mrGqTimer) && sched.now + delay >= inDev.mrGqExpires) return;
  sched.cancel(inDev.mrGqTimer);
  inDev.mrGqExpires = sched.now + delay;
  inDev.mrGqTimer = sched.schedule(delay, () => {
    inDev.mrGqTimer = null;
    igmpv3SendReport(inDev, null);
  });
}

/** inet_init(): IPPROTO_IGMP is igmp_rcv (CONFIG_IP_MULTICAST). */
export function igmpInit(world: NetWorld): void {
  inetAddProtocol(world, IPPROTO_IGMP, { handler: igmpRcv });
}

/** The group as "%08X" of its __be32 read as a little-endian word (the x86 kernels the recordings come from). */
function beHex(group: number): string {
  const le = ((group & 0xff) << 24) | ((group >>> 8) & 0xff) << 16 | ((group >>> 16) & 0xff) << 8 | ((group >>> 24) & 0xff);
  return (le >>> 0).toString(16).toUpperCase().padStart(8, '0');
}

/**
 * /proc/net/igmp: per device with groups, its index, name, group count
 * and querier version (V1/V2 as forced, else V3), then each group newest
 * first: address, users, its report timer (running, and the clock ticks
 * left in hex), reporter.
 * @linux net/ipv4/igmp.c igmp_mc_seq_show()
 */
export function procNetIgmp(net: Net): string {
  let out = 'Idx\tDevice    : Count Querier\tGroup    Users Timer\tReporter\n';
  for (const dev of net.devices.values()) {
    const inDev = dev.ip;
    if (!inDev) continue;
    const groups = inDev.mcList;
    if (groups.length === 0) continue;
    out += `${dev.ifindex}\t${dev.name.padEnd(10)}: ${String(groups.length).padStart(5)} ${`V${igmpVersion(inDev)}`.padStart(7)}\n`;
    for (const m of groups) {
      // jiffies_delta_to_clock_t(): the ticks left, in USER_HZ.
      const left = m.timer ? Math.max(0, Math.floor(((m.expires ?? 0) - net.sched.now) / (NS_PER_MS * 1000 / USER_HZ))) : 0;
      const timer = `${m.timer ? 1 : 0}:${left.toString(16).toUpperCase().padStart(8, '0')}`;
      out += `\t\t\t\t${beHex(m.multiaddr)} ${String(m.users).padStart(5)} ${timer}\t\t${m.reporter ? 1 : 0}\n`;
    }
  }
  return out;
}
