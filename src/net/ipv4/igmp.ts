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
 * The groups here are the kernel's own (a bridge's 224.0.0.106, an
 * autojoin address's: igmp_autojoin.ts); no socket joins groups, no
 * querier is heard, so IGMPv1/v2 never apply.
 * @linux net/ipv4/igmp.c ip_mc_inc_group() ip_mc_dec_group() igmp_group_added()
 *        igmp_group_dropped() igmp_ifc_event() igmp_ifc_timer_expire() igmpv3_send_cr()
 *        igmpv3_newpack() add_grec() ip_mc_up() ip_mc_down()
 */
import { devMcAdd, devMcDel } from '../core/dev_addr_lists.js';
import { IFF_UP } from '../core/netdevice.js';
import { JIFFY_MS } from '../core/sysctl.js';
import { IPPROTO_IGMP } from '../../uapi/linux/in.js';
import { IP_DF, ipv4IsLocalMulticast } from '../../wire/ipv4.js';
import { csumFold, csumPartial } from '../../wire/checksum.js';
import { newFlowi4 } from './fib_rules.js';
import { ipRouteOutputKey } from './route.js';
import { ipAllocSkb, ipLocalOut, ipPushHeader } from './ip_output.js';
import { DevconfIdx } from './devconf.js';
import type { InDevice } from './devinet.js';
import type { Net } from '../core/net_namespace.js';

/** IGMP_ALL_HOSTS (224.0.0.1): joined by every device, never reported. */
export const IGMP_ALL_HOSTS = 0xe0000001 | 0;
/** IGMPV3_ALL_MCR (224.0.0.22): where v3 reports go. */
const IGMPV3_ALL_MCR = 0xe0000016 | 0;
const IGMPV3_HOST_MEMBERSHIP_REPORT = 0x22;
const IGMPV3_CHANGE_TO_INCLUDE = 3;
const IGMPV3_CHANGE_TO_EXCLUDE = 4;
/** IPOPT_RA: the Router Alert option (RFC 2113), value 0. */
const ROUTER_ALERT = [0x94, 0x04, 0x00, 0x00] as const;
const NS_PER_MS = 1_000_000;

/** struct ip_mc_list: one group of the device, its users and pending change records. */
export interface IpMcList {
  readonly multiaddr: number;
  users: number;
  crcount: number;
}

/** ip_eth_mc_map(): 01:00:5e and the group's low 23 bits. */
function ipEthMcMap(group: number): number[] {
  return [0x01, 0x00, 0x5e, (group >>> 16) & 0x7f, (group >>> 8) & 0xff, group & 0xff];
}

/** The groups add_grec() leaves out: all-hosts, and link-local ones unless igmp_link_local_mcast_reports. */
function noReport(inDev: InDevice, group: number): boolean {
  if (group === IGMP_ALL_HOSTS) return true;
  return ipv4IsLocalMulticast(group) && !inDev.dev.net.ipv4.sysctl.igmpLlmReports;
}

/** in_dev->mr_qrv: the robustness variable (no querier heard: net.ipv4.igmp_qrv). */
function qrv(inDev: InDevice): number {
  return inDev.dev.net.ipv4.sysctl.igmpQrv;
}

/** ip_mc_inc_group(): a new group goes first in mc_list, its MAC in the filter, and is announced. */
export function ipMcIncGroup(inDev: InDevice, addr: number): void {
  const group = addr | 0;
  const have = inDev.mcList.find((m) => m.multiaddr === group);
  if (have) {
    have.users++;
    return;
  }
  const im: IpMcList = { multiaddr: group, users: 1, crcount: 0 };
  inDev.mcList.unshift(im);
  // igmpv3_del_delrec(): a pending leave of the same group is forgotten.
  inDev.mcTomb = inDev.mcTomb.filter((m) => m.multiaddr !== group);
  devMcAdd(inDev.dev, ipEthMcMap(group));
  igmpGroupAdded(inDev, im);
}

/** ip_mc_dec_group(): the last user leaves; a running device announces the leave. */
export function ipMcDecGroup(inDev: InDevice, addr: number): void {
  const group = addr | 0;
  const i = inDev.mcList.findIndex((m) => m.multiaddr === group);
  if (i < 0) return;
  const im = inDev.mcList[i]!;
  if (--im.users > 0) return;
  inDev.mcList.splice(i, 1);
  devMcDel(inDev.dev, ipEthMcMap(group));
  // igmp_group_dropped() -> igmpv3_add_delrec(): the leave is reported qrv times.
  if (noReport(inDev, group) || !(inDev.dev.flags & IFF_UP)) return;
  inDev.mcTomb.unshift({ multiaddr: group, users: 0, crcount: qrv(inDev) });
  igmpIfcEvent(inDev);
}

/** igmp_group_added(): a reportable group on a running device gets qrv change records. */
function igmpGroupAdded(inDev: InDevice, im: IpMcList): void {
  if (noReport(inDev, im.multiaddr) || !(inDev.dev.flags & IFF_UP)) return;
  im.crcount = qrv(inDev);
  igmpIfcEvent(inDev);
}

/** igmp_ifc_event(): qrv reports, the first from igmp_ifc_start_timer(in_dev, 1). */
function igmpIfcEvent(inDev: InDevice): void {
  inDev.mrIfcCount = qrv(inDev);
  igmpIfcStartTimer(inDev, 1);
}

/** igmp_ifc_start_timer(): a random number of jiffies below `delay`, plus two. */
function igmpIfcStartTimer(inDev: InDevice, delayJiffies: number): void {
  const net = inDev.dev.net;
  const tv = net.world.rng.below(delayJiffies) + 2;
  net.sched.cancel(inDev.mrIfcTimer);
  inDev.mrIfcTimer = net.sched.schedule(tv * JIFFY_MS * NS_PER_MS, () => igmpIfcTimerExpire(inDev));
}

/** unsolicited_report_interval(): the v3 interval of the device, in jiffies (at least one). */
function unsolicitedReportInterval(inDev: InDevice): number {
  return Math.max(1, Math.ceil(inDev.cnf.get(DevconfIdx.IGMPV3_UNSOLICITED_REPORT_INTERVAL) / JIFFY_MS));
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
 * igmpv3_send_cr(): the leaves first (CHANGE_TO_INCLUDE, dropped when
 * their count runs out), then the groups with change records left
 * (CHANGE_TO_EXCLUDE), newest first; nothing to say sends nothing.
 */
function igmpv3SendCr(inDev: InDevice): void {
  const recs: Array<[number, number]> = [];
  for (const m of inDev.mcTomb) {
    recs.push([IGMPV3_CHANGE_TO_INCLUDE, m.multiaddr]);
    m.crcount--;
  }
  inDev.mcTomb = inDev.mcTomb.filter((m) => m.crcount > 0);
  for (const m of inDev.mcList) {
    if (m.crcount === 0 || noReport(inDev, m.multiaddr)) continue;
    recs.push([IGMPV3_CHANGE_TO_EXCLUDE, m.multiaddr]);
    m.crcount--;
  }
  if (recs.length > 0) igmpv3Sendpack(inDev, recs);
}

/**
 * igmpv3_newpack() + add_grec() + igmpv3_sendpack(): routed out of the
 * device to 224.0.0.22, source the route's if it is the device's own
 * (igmpv3_get_srcaddr), an 8-byte record per group, through ip_local_out.
 */
function igmpv3Sendpack(inDev: InDevice, recs: ReadonlyArray<readonly [number, number]>): void {
  const dev = inDev.dev;
  const net = dev.net;
  const fl4 = newFlowi4({ daddr: IGMPV3_ALL_MCR, oif: dev.ifindex, proto: IPPROTO_IGMP });
  const rt = ipRouteOutputKey(net, fl4);
  if (typeof rt === 'string') return;
  let saddr = 0;
  for (const ifa of inDev.addrs()) if ((ifa.local | 0) === (fl4.saddr | 0)) saddr = fl4.saddr;
  const len = 8 + 8 * recs.length;
  const skb = ipAllocSkb(net, len, ROUTER_ALERT.length);
  const b = skb.buf;
  const o = skb.data;
  b.fill(0, o, o + len);
  b[o] = IGMPV3_HOST_MEMBERSHIP_REPORT;
  b[o + 6] = recs.length >>> 8;
  b[o + 7] = recs.length & 0xff;
  recs.forEach(([type, group], i) => {
    const r = o + 8 + 8 * i;
    b[r] = type;
    b[r + 4] = group >>> 24;
    b[r + 5] = (group >>> 16) & 0xff;
    b[r + 6] = (group >>> 8) & 0xff;
    b[r + 7] = group & 0xff;
  });
  const sum = csumFold(csumPartial(b, o, len, 0));
  b[o + 2] = sum >>> 8;
  b[o + 3] = sum & 0xff;
  skb.push(ROUTER_ALERT.length);
  ipPushHeader(net, skb, { saddr, daddr: IGMPV3_ALL_MCR, protocol: IPPROTO_IGMP, tos: 0xc0, ttl: 1, fragOff: IP_DF });
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
  const have = inDev.mcList.find((m) => m.multiaddr === IGMP_ALL_HOSTS);
  if (have) have.users++;
  else inDev.mcList.unshift({ multiaddr: IGMP_ALL_HOSTS, users: 1, crcount: 0 });
  let any = false;
  for (const m of inDev.mcList) {
    if (noReport(inDev, m.multiaddr)) continue;
    m.crcount = qrv(inDev);
    any = true;
  }
  if (any) igmpIfcEvent(inDev);
}

/** ip_mc_down(): the reports stop, pending leaves are forgotten, all-hosts is left. */
export function ipMcDown(inDev: InDevice): void {
  inDev.dev.net.sched.cancel(inDev.mrIfcTimer);
  inDev.mrIfcTimer = null;
  inDev.mrIfcCount = 0;
  inDev.mcTomb = [];
  for (const m of inDev.mcList) m.crcount = 0;
  const i = inDev.mcList.findIndex((m) => m.multiaddr === IGMP_ALL_HOSTS);
  if (i >= 0 && --inDev.mcList[i]!.users === 0) inDev.mcList.splice(i, 1);
}

/** ip_check_mc_rcu(): is the device in `group`? */
export function ipCheckMc(inDev: InDevice, group: number): boolean {
  const g = group | 0;
  return g === IGMP_ALL_HOSTS || inDev.mcList.some((m) => m.multiaddr === g);
}

/** The group as "%08X" of its __be32 read as a little-endian word (the x86 kernels the recordings come from). */
function beHex(group: number): string {
  const le = ((group & 0xff) << 24) | ((group >>> 8) & 0xff) << 16 | ((group >>> 16) & 0xff) << 8 | ((group >>> 24) & 0xff);
  return (le >>> 0).toString(16).toUpperCase().padStart(8, '0');
}

/**
 * /proc/net/igmp: per device with groups, its index, name, group count
 * and querier version (V3: none heard), then each group newest first:
 * address, users, timer (none runs: no query is heard), reporter.
 * @linux net/ipv4/igmp.c igmp_mc_seq_show()
 */
export function procNetIgmp(net: Net): string {
  let out = 'Idx\tDevice    : Count Querier\tGroup    Users Timer\tReporter\n';
  for (const dev of net.devices.values()) {
    const inDev = dev.ip;
    if (!inDev) continue;
    const groups = inDev.mcList;
    if (groups.length === 0) continue;
    out += `${dev.ifindex}\t${dev.name.padEnd(10)}: ${String(groups.length).padStart(5)} ${'V3'.padStart(7)}\n`;
    for (const m of groups) out += `\t\t\t\t${beHex(m.multiaddr)} ${String(m.users).padStart(5)} 0:00000000\t\t0\n`;
  }
  return out;
}
