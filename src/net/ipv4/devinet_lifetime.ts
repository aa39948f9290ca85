/**
 * IPv4 address lifetimes: an address added with a finite valid_lft is
 * "dynamic"; once its preferred_lft has passed it is marked deprecated, once
 * its valid_lft has passed it is deleted (with its secondaries or their
 * promotion, and its routes) — by one per-namespace check that batches the
 * events due within a jiffy-fuzz and reschedules itself on rounded seconds.
 * @linux net/ipv4/devinet.c set_ifa_lifetime(), check_lifetime(), inet_fill_ifaddr(); kernel/time/timer.c round_jiffies_up();
 * kernel/workqueue.c __queue_delayed_work()
 */
import type { Net } from '../core/net_namespace.js';
import { HZ } from '../core/sysctl.js';
import { RTM_NEWADDR } from '../../uapi/linux/rtnetlink.js';
import { IFA_F_DEPRECATED, IFA_F_PERMANENT, INFINITY_LIFE_TIME, inetDelIfa, type InIfaddr } from './devinet.js';
import { INITIAL_JIFFIES, NSEC_PER_JIFFY, jiffies } from './inetpeer.js';
import { rtmsgIfa } from './devinet_rtnl.js';
import { modTimer } from '../../sim/timer_wheel.js';

/** ADDR_CHECK_FREQUENCY: the check runs at least every 120 s. */
const ADDR_CHECK_FREQUENCY = 120 * HZ;
/** ADDRCONF_TIMER_FUZZ_MINUS, ADDRCONF_TIMER_FUZZ, ADDRCONF_TIMER_FUZZ_MAX */
const FUZZ_MINUS = HZ > 50 ? Math.floor(HZ / 50) : 1;
const FUZZ = Math.floor(HZ / 4);
const FUZZ_MAX = HZ;

/**
 * set_ifa_lifetime(): an infinite valid_lft makes the address permanent; a
 * zero preferred_lft makes it deprecated at once. Lifetimes restart now.
 */
export function setIfaLifetime(net: Net, ifa: InIfaddr, validLft: number, preferredLft: number): void {
  let flags = ifa.flags & ~(IFA_F_PERMANENT | IFA_F_DEPRECATED);
  if (validLft !== INFINITY_LIFE_TIME) ifa.validLft = validLft;
  else flags |= IFA_F_PERMANENT;
  if (preferredLft !== INFINITY_LIFE_TIME) {
    if (preferredLft === 0) flags |= IFA_F_DEPRECATED;
    ifa.preferredLft = preferredLft;
  }
  ifa.flags = flags >>> 0;
  ifa.tstamp = jiffies(net);
  if (!ifa.cstamp) ifa.cstamp = ifa.tstamp;
}

/** What inet_fill_ifaddr() reports: the lifetimes left, in seconds. */
export function ifaLifetimesLeft(net: Net, ifa: InIfaddr): { preferred: number; valid: number } {
  if (ifa.flags & IFA_F_PERMANENT) return { preferred: INFINITY_LIFE_TIME, valid: INFINITY_LIFE_TIME };
  let preferred = ifa.preferredLft;
  let valid = ifa.validLft;
  if (preferred !== INFINITY_LIFE_TIME) {
    const tval = Math.floor((jiffies(net) - ifa.tstamp) / HZ);
    preferred = preferred > tval ? preferred - tval : 0;
    if (valid !== INFINITY_LIFE_TIME) valid = valid > tval ? valid - tval : 0;
  }
  return { preferred, valid };
}

/** cstamp_delta(): a stamp in hundredths of a second since boot. */
export function cstampDelta(stamp: number): number {
  return Math.floor(((stamp - INITIAL_JIFFIES) * 100) / HZ);
}

/** round_jiffies_up() on CPU 0: the next whole second of the jiffies counter. */
function roundJiffiesUp(j: number, now: number): number {
  const r = j - (j % HZ) + HZ;
  return r > now ? r : j;
}

/**
 * queue_delayed_work(&net->ipv4.addr_chk_work, delay): no delay queues the
 * work at once; any other arms the work's timer_list, which fires when its
 * timer-wheel bucket does (a 30 s delay sits in level 3: up to 2.048 s late,
 * so an address due to turn deprecated at 30 s may still not be at 31 s).
 */
export function addrChkSchedule(net: Net, delayJiffies: number): void {
  const v4 = net.ipv4;
  const work = (): void => checkLifetime(net);
  net.sched.cancel(v4.addrChkWork);
  v4.addrChkWork = delayJiffies > 0 ? modTimer(net.sched, delayJiffies * NSEC_PER_JIFFY, work) : net.sched.schedule(0, work);
}

function ageOf(now: number, ifa: InIfaddr): number {
  // "We try to batch several events at once."
  return Math.floor((now - ifa.tstamp + FUZZ_MINUS) / HZ);
}

/** check_lifetime(): deprecate and delete what is due, then sleep until the next event (a rounded second when close enough). */
export function checkLifetime(net: Net): void {
  net.ipv4.addrChkWork = null;
  let now = jiffies(net);
  let next = roundJiffiesUp(now + ADDR_CHECK_FREQUENCY, now);
  let dynamic = false;
  for (const dev of net.devicesSorted()) {
    for (const ifa of [...(dev.ip?.addrs() ?? [])]) {
      if (ifa.flags & IFA_F_PERMANENT) continue;
      dynamic = true;
      const age = ageOf(now, ifa);
      if (ifa.validLft !== INFINITY_LIFE_TIME && age >= ifa.validLft) {
        if (ifa.inDev.ifaList && [...ifa.inDev.addrs()].includes(ifa)) inetDelIfa(ifa);
      } else if (ifa.preferredLft === INFINITY_LIFE_TIME) continue;
      else if (age >= ifa.preferredLft) {
        if (ifa.tstamp + ifa.validLft * HZ < next) next = ifa.tstamp + ifa.validLft * HZ;
        if (!(ifa.flags & IFA_F_DEPRECATED)) {
          ifa.flags |= IFA_F_DEPRECATED;
          rtmsgIfa(RTM_NEWADDR, ifa);
        }
      } else if (ifa.tstamp + ifa.preferredLft * HZ < next) next = ifa.tstamp + ifa.preferredLft * HZ;
    }
  }
  // Linux: the work re-arms itself forever; with only permanent addresses it would find nothing to do, so
  // tuxnet stops it then (an idle lab must become quiescent) and address changes start it again.
  if (!dynamic) return;
  const nextSec = roundJiffiesUp(next, now);
  let nextSched = next;
  // "If rounded timeout is accurate enough, accept it."
  if (nextSec < next + FUZZ) nextSched = nextSec;
  now = jiffies(net);
  // "And minimum interval is ADDRCONF_TIMER_FUZZ_MAX."
  if (nextSched < now + FUZZ_MAX) nextSched = now + FUZZ_MAX;
  addrChkSchedule(net, nextSched - now);
}
