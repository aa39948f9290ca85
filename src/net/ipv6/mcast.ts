/**
 * MLDv2 (RFC 3810) as a host that joins groups sends it: each new
 * membership is announced by a state-change report sent at once and
 * repeated robustness-variable times (mc_qrv, 2), a random time below the
 * unsolicited report interval apart (mldv2_unsolicited_report_interval,
 * 1 s); while the link-local address is tentative the source is ::
 * (RFC 3810 5.2.13), and once duplicate address detection succeeds every
 * membership is reported again from the new address (mld_send_initial_cr,
 * repeated the same way). A join's record is CHANGE_TO_EXCLUDE with no
 * source (an any-source join), a leave's CHANGE_TO_INCLUDE, sent qrv
 * times too, ahead of the joins; ff02::1 and interface-local groups are
 * never reported (MAF_NOREPORT). A report carries the newest membership first.
 * Linux: MLDv1 (force_mld_version=1, or a v1 querier heard) sends one
 * report per group; tuxnet's lab has no querier and models v2 only.
 * @linux net/ipv6/mcast.c ipv6_dev_mc_inc() igmp6_group_added() mld_ifc_event()
 *        mld_ifc_work() mld_send_cr() ipv6_mc_dad_complete() mld_dad_work() ipv6_mc_up() ipv6_mc_down()
 */
import { devMcAdd, devMcDel } from '../core/dev_addr_lists.js';
import { IFF_UP } from '../core/netdevice.js';
import { IN6ADDR_ANY, IN6ADDR_LL_MLDV2_ROUTERS, ipv6AddrEqual, ipv6EthMcMap } from '../../wire/ipv6.js';
import { ICMPV6_MLD2_REPORT, icmp6McastAlloc, icmp6McastXmit } from './ndisc.js';
import type { SkBuff } from '../core/skbuff.js';
import type { Ifmcaddr6, Inet6Dev } from './if_inet6.js';
import { IFA_LINK } from './if_inet6.js';
import { IFA_F_TENTATIVE } from '../../uapi/linux/if_addr.js';

/** MLD2_CHANGE_TO_INCLUDE (a leave), MLD2_CHANGE_TO_EXCLUDE (an any-source join) */
const MLD2_CHANGE_TO_INCLUDE = 3;
const MLD2_CHANGE_TO_EXCLUDE = 4;
/** sysctl_mld_qrv: the robustness variable. */
const MLD_QRV_DEFAULT = 2;
const NS_PER_MS = 1_000_000;

/** MAF_NOREPORT: the all-nodes group and interface-local scope (ff01::/16 and ff?1). */
function noReport(addr: Uint8Array): boolean {
  if (addr[0] !== 0xff) return false;
  if ((addr[1]! & 0x0f) === 1) return true;
  if (addr[1] !== 0x02 || addr[15] !== 1) return false;
  for (let i = 2; i < 15; i++) if (addr[i] !== 0) return false;
  return true;
}

/** unsolicited_report_interval(): the v2 interval in ms (at least 1 jiffy). */
function unsolicitedReportInterval(idev: Inet6Dev): number {
  return Math.max(1, idev.conf('mldv2_unsolicited_report_interval'));
}

/**
 * The repetition delay: Linux draws it below the interval
 * (get_random_u32_below); tuxnet draws it from the lab's seeded Rng in
 * [0.1, 0.2) of the interval (the kernel's recordings show 65 and
 * 157 ms), so a short script sees what the kernel shows
 * (send-to-self-recipe.t: the repeated report inside its first 0.8 s).
 */
function randomBelow(idev: Inet6Dev, ms: number): number {
  return Math.floor(ms * 0.1 + idev.dev.net.world.rng.below(Math.ceil(ms * 0.1))) * NS_PER_MS;
}

/**
 * ipv6_dev_mc_inc(): a new group goes first in mc_list and is announced (on
 * a running device); a known one gains a user. The membership keeps `addr`
 * itself: callers pass a constant group or an address made for the call
 * (addrSolictMult), and nothing writes a membership's address.
 */
export function ipv6DevMcInc(idev: Inet6Dev, addr: Uint8Array, running = true): void {
  const have = mcFind(idev.mc, addr);
  if (have) {
    have.users++;
    return;
  }
  const mc: Ifmcaddr6 = { addr, users: 1, noreport: noReport(addr), crcount: 0 };
  mldDelDelrec(idev, addr);
  idev.mc.unshift(mc);
  igmp6GroupAdded(idev, mc, running);
}

/**
 * ipv6_dev_mc_dec(): the last user leaves the group; igmp6_group_dropped()
 * → igmp6_leave_group(): a reportable group of a live device goes to the
 * tomb (mld_add_delrec) and its leave is reported qrv times
 * (mld_ifc_event). Leaves of a device going down are never sent
 * (ipv6_mc_down() stops the work; ipv6McDown drops them).
 */
export function ipv6DevMcDec(idev: Inet6Dev, addr: Uint8Array): void {
  const i = idev.mc.findIndex((m) => ipv6AddrEqual(m.addr, addr));
  if (i < 0) return;
  const mc = idev.mc[i]!;
  if (--mc.users > 0) return;
  idev.mc.splice(i, 1);
  if (mc.noreport) return;
  devMcDel(idev.dev, ipv6EthMcMap(mc.addr));
  if (idev.dead) return;
  mc.crcount = MLD_QRV_DEFAULT;
  idev.mcTomb.unshift(mc);
  mldIfcEvent(idev);
}

/** The membership of `addr` in `list`, or undefined (a loop: no closure per join). */
function mcFind(list: readonly Ifmcaddr6[], addr: Uint8Array): Ifmcaddr6 | undefined {
  for (let i = 0; i < list.length; i++) if (ipv6AddrEqual(list[i]!.addr, addr)) return list[i];
  return undefined;
}

/** mld_del_delrec(): a group joined again leaves the tomb. */
function mldDelDelrec(idev: Inet6Dev, addr: Uint8Array): void {
  if (idev.mcTomb.length === 0) return;
  const i = idev.mcTomb.findIndex((m) => ipv6AddrEqual(m.addr, addr));
  if (i >= 0) idev.mcTomb.splice(i, 1);
}

/** igmp6_group_added(): the MAC filter, then (device up, reportable) a change record and the report work. */
function igmp6GroupAdded(idev: Inet6Dev, mc: Ifmcaddr6, running: boolean): void {
  // ff02::1 and ff01::1 share 33:33:00:00:00:01, which dev_addr_lists.ts keeps from registration.
  if (!mc.noreport) devMcAdd(idev.dev, ipv6EthMcMap(mc.addr));
  // `running` false: a join from ndo_open, before Linux sets IFF_UP (tuxnet sets it first).
  if (!running || !(idev.dev.flags & IFF_UP) || mc.noreport) return;
  mc.crcount = MLD_QRV_DEFAULT;
  mldIfcEvent(idev);
}

/** mld_ifc_event(): qrv reports, the first at once (mld_ifc_start_work(idev, 1): below one jiffy). */
function mldIfcEvent(idev: Inet6Dev): void {
  idev.mcIfcCount = MLD_QRV_DEFAULT;
  mldIfcStartWork(idev, 0);
}

/** mld_ifc_start_work(): mod_delayed_work() on the device's report work (made at its first use). */
function mldIfcStartWork(idev: Inet6Dev, delayNs: number): void {
  const sched = idev.dev.net.sched;
  idev.mcIfcWork ??= sched.timer(() => mldIfcWork(idev));
  sched.rearm(idev.mcIfcWork, delayNs);
}

/**
 * mld_ifc_work() → mld_send_cr(): the tomb's leave records (TO_IN), then
 * the pending change records (TO_EX), then the next repetition; a record
 * sent qrv times is done (a tomb entry is freed).
 */
function mldIfcWork(idev: Inet6Dev): void {
  if (idev.dead) return;
  const tomb = idev.mcTomb;
  let n = tomb.length;
  for (let i = 0; i < idev.mc.length; i++) if (pendingChange(idev.mc[i]!)) n++;
  const saddr = mldSaddr(idev);
  const skb = mldNewpack(idev, saddr, n);
  let r = 0;
  for (let i = 0; i < tomb.length; i++) grec(skb, r++, tomb[i]!, MLD2_CHANGE_TO_INCLUDE);
  for (let i = tomb.length - 1; i >= 0; i--) if (--tomb[i]!.crcount <= 0) tomb.splice(i, 1);
  for (let i = 0; i < idev.mc.length; i++) {
    const m = idev.mc[i]!;
    if (!pendingChange(m)) continue;
    m.crcount--;
    grec(skb, r++, m, MLD2_CHANGE_TO_EXCLUDE);
  }
  if (skb) icmp6McastXmit(skb, saddr, IN6ADDR_LL_MLDV2_ROUTERS);
  if (idev.mcIfcCount > 0 && --idev.mcIfcCount > 0) mldIfcStartWork(idev, randomBelow(idev, unsolicitedReportInterval(idev)));
}

/** A reportable membership with change records still to send. */
function pendingChange(m: Ifmcaddr6): boolean {
  return !m.noreport && m.crcount > 0;
}

/** ipv6_mc_dad_complete(): the initial report from the valid address, qrv times. */
export function ipv6McDadComplete(idev: Inet6Dev): void {
  idev.mcDadCount = MLD_QRV_DEFAULT;
  mldSendInitialCr(idev);
  if (--idev.mcDadCount > 0) mldDadStartWork(idev, randomBelow(idev, unsolicitedReportInterval(idev)));
}

/** mld_dad_start_work(): mod_delayed_work() on the device's initial-report work (made at its first use). */
function mldDadStartWork(idev: Inet6Dev, delayNs: number): void {
  const sched = idev.dev.net.sched;
  idev.mcDadWork ??= sched.timer(() => mldDadWork(idev));
  sched.rearm(idev.mcDadWork, delayNs);
}

/** mld_dad_work(): the initial report again, until mc_dad_count repetitions are sent. */
function mldDadWork(idev: Inet6Dev): void {
  if (idev.dead) return;
  mldSendInitialCr(idev);
  if (idev.mcDadCount > 0 && --idev.mcDadCount > 0) mldDadStartWork(idev, randomBelow(idev, unsolicitedReportInterval(idev)));
}

/** mld_send_initial_cr(): every reportable membership's state. */
function mldSendInitialCr(idev: Inet6Dev): void {
  let n = 0;
  for (let i = 0; i < idev.mc.length; i++) if (!idev.mc[i]!.noreport) n++;
  const saddr = mldSaddr(idev);
  const skb = mldNewpack(idev, saddr, n);
  if (!skb) return;
  let r = 0;
  for (let i = 0; i < idev.mc.length; i++) if (!idev.mc[i]!.noreport) grec(skb, r++, idev.mc[i]!, MLD2_CHANGE_TO_EXCLUDE);
  icmp6McastXmit(skb, saddr, IN6ADDR_LL_MLDV2_ROUTERS);
}

/**
 * mld_newpack(): a report to ff02::16 for `n` 20-byte group records
 * (add_grec() writes them, mld_sendpack() sends it), from the valid
 * link-local address, else from :: (ipv6_get_lladdr(dev, IFA_F_TENTATIVE)).
 * None for no record, a device down, or its IPv6 off (counted).
 */
function mldNewpack(idev: Inet6Dev, saddr: Uint8Array, n: number): SkBuff | null {
  if (n === 0 || !(idev.dev.flags & IFF_UP)) return null;
  const skb = icmp6McastAlloc(idev.dev, saddr, IN6ADDR_LL_MLDV2_ROUTERS, ICMPV6_MLD2_REPORT, 8 + 20 * n, true);
  if (!skb) return null;
  skb.buf[skb.transportHeader + 6] = n >>> 8;
  skb.buf[skb.transportHeader + 7] = n & 0xff;
  return skb;
}

/** The report's source: the valid link-local address, else :: (RFC 3810 5.2.13). */
function mldSaddr(idev: Inet6Dev): Uint8Array {
  for (const a of idev.addrs) {
    if (a.scope !== IFA_LINK || a.flags & IFA_F_TENTATIVE) continue;
    return a.addr;
  }
  return IN6ADDR_ANY;
}

/** add_grec(): record `i` of the report `skb` (none: nothing to write), for group `m` (no sources). */
function grec(skb: SkBuff | null, i: number, m: Ifmcaddr6, type: number): void {
  if (!skb) return;
  const o = skb.transportHeader + 8 + 20 * i;
  skb.buf[o] = type;
  skb.buf.set(m.addr, o + 4);
}

/** ipv6_mc_up(): every membership announced again (the link came back: snooping switches must relearn). */
export function ipv6McUp(idev: Inet6Dev): void {
  idev.mcDown = false;
  for (const m of idev.mc) {
    if (m.noreport) continue;
    m.crcount = MLD_QRV_DEFAULT;
  }
  if (idev.mc.some((m) => !m.noreport)) mldIfcEvent(idev);
}

/** ipv6_mc_down(): the report works stop. */
export function ipv6McDown(idev: Inet6Dev): void {
  const sched = idev.dev.net.sched;
  sched.cancel(idev.mcIfcWork);
  sched.cancel(idev.mcDadWork);
  idev.mcIfcCount = idev.mcDadCount = 0;
  for (const m of idev.mc) m.crcount = 0;
  idev.mcTomb.length = 0;
  idev.mcDown = true;
}
