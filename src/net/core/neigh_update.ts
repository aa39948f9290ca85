/**
 * The NUD state machine: neigh_event_send() on use, neigh_timer_handler()
 * for INCOMPLETE/REACHABLE/DELAY/PROBE, neigh_update() for what the
 * protocol learns and what the administrator sets.
 * @linux net/core/neighbour.c
 */
import type { SkBuff } from './skbuff.js';
import { kfreeSkbReason } from './drop_reason.js';
import { trace } from './trace.js';
import { KError } from './errno.js';
import {
  HZ_100_NS, MS_NS, NEIGH_UPDATE_F_ADMIN, NEIGH_UPDATE_F_EXT_LEARNED, NEIGH_UPDATE_F_ISROUTER,
  NEIGH_UPDATE_F_MANAGED, NEIGH_UPDATE_F_OVERRIDE, NEIGH_UPDATE_F_OVERRIDE_ISROUTER, NEIGH_UPDATE_F_USE,
  NEIGH_UPDATE_F_WEAK_OVERRIDE, NTF_EXT_LEARNED, NTF_MANAGED, NTF_ROUTER, NUD_CONNECTED, NUD_DELAY, NUD_FAILED,
  NUD_INCOMPLETE, NUD_IN_TIMER, NUD_NOARP, NUD_PERMANENT, NUD_PROBE, NUD_REACHABLE, NUD_STALE, NUD_VALID,
  neighDelTimer, neighGcSchedule, neighMaybeRerandomise, neighUpdateGcList, type Neighbour,
} from './neighbour.js';
import { neighNotify } from './neigh_rtnl.js';
import { RTM_NEWNEIGH } from '../../uapi/linux/rtnetlink.js';
import { modTimerAt } from '../../sim/timer_wheel.js';

/** neigh_update_notify(): RTM_NEWNEIGH to RTNLGRP_NEIGH (Linux also raises NETEVENT_NEIGH_UPDATE). */
function neighUpdateNotify(n: Neighbour): void {
  neighNotify(n, RTM_NEWNEIGH);
}

/**
 * mod_timer() of the entry's timer_list for absolute time `when` (ns; the
 * kernel's jiffies), on the timer wheel: it fires on its bucket, up to a
 * level's granularity late (a 1 s probe interval waits 1.024 s).
 */
function neighModTimer(n: Neighbour, when: number): void {
  const sched = n.tbl.net.sched;
  if (n.timer) sched.cancel(n.timer);
  n.timer = modTimerAt(sched, when, () => neighTimerHandler(n));
}

/**
 * neigh_add_timer(): arm the timer, first pulling `used` up to `confirmed`
 * ("if (time_before(n->used, n->confirmed)) n->used = n->confirmed", since
 * 6.x's jiffies-range fix): an entry that a reply moves to REACHABLE (or an
 * admin change from STALE) counts as used when confirmed, so its REACHABLE
 * timer goes to DELAY, not STALE, within delay_first_probe_time of the
 * confirmation. neigh_timer_handler() re-arms with a bare mod_timer().
 */
export function neighAddTimer(n: Neighbour, when: number): void {
  if (n.used < n.confirmed) n.used = n.confirmed;
  neighModTimer(n, when);
}

/** neigh_suspect(): leave the fast path. */
function neighSuspect(n: Neighbour): void {
  n.output = n.ops.output;
}

/** neigh_connect(): the fast path. */
function neighConnect(n: Neighbour): void {
  n.output = n.ops.connectedOutput;
}

/** NEIGH_VAR(p, RETRANS_TIME) with the HZ/100 floor, in ns. */
function retransNs(n: Neighbour): number {
  return Math.max(n.parms.retransTime * MS_NS, HZ_100_NS);
}

/** p->reachable_time in ns (re-randomised every 300 s). */
function reachableNs(n: Neighbour): number {
  neighMaybeRerandomise(n.tbl);
  return n.parms.reachableTime * MS_NS;
}

/** neigh_max_probes(): ucast + app + (PROBE ? mcast_reprobes : mcast) probes. */
export function neighMaxProbes(n: Neighbour): number {
  const p = n.parms;
  return p.ucastProbes + p.appProbes + (n.nudState & NUD_PROBE ? p.mcastReprobes : p.mcastProbes);
}

/**
 * neigh_invalidate(): resolution failed; every queued packet is reported
 * (arp_error_report: ICMP host unreachable) and freed.
 */
function neighInvalidate(n: Neighbour): void {
  n.tbl.stats.resFailed++;
  n.updated = n.tbl.net.sched.now;
  // "report_unreachable is very complicated routine. Particularly, it can hit the same neighbour entry!"
  while (n.nudState === NUD_FAILED && n.arpQueue.length > 0) {
    const skb = n.arpQueue.shift()!;
    n.arpQueueLenBytes -= skbTruesize(skb);
    if (n.ops.errorReport) n.ops.errorReport(n, skb);
    else kfreeSkbReason(n.tbl.net, skb, 'NEIGH_FAILED', 'neigh_invalidate');
  }
  for (const skb of n.arpQueue.splice(0)) kfreeSkbReason(n.tbl.net, skb, 'NEIGH_FAILED', 'neigh_invalidate');
  n.arpQueueLenBytes = 0;
}

/** neigh_probe(): solicit with a clone of the newest queued packet, count the probe. */
function neighProbe(n: Neighbour): void {
  const last = n.arpQueue[n.arpQueue.length - 1];
  const skb = last ? last.clone() : null;
  if (n.ops.solicit) n.ops.solicit(n, skb);
  n.probes++;
}

/** neigh_timer_handler() */
export function neighTimerHandler(n: Neighbour): void {
  const now = n.tbl.net.sched.now;
  const state = n.nudState;
  let next = now + 1e9;
  let notify = false;
  n.timer = null;
  if (!(state & NUD_IN_TIMER)) return;
  const p = n.parms;
  if (state & NUD_REACHABLE) {
    if (now <= n.confirmed + reachableNs(n)) {
      next = n.confirmed + reachableNs(n);
    } else if (now <= n.used + p.delayProbeTime * MS_NS) {
      n.nudState = NUD_DELAY;
      n.updated = now;
      neighSuspect(n);
      next = now + p.delayProbeTime * MS_NS;
    } else {
      n.nudState = NUD_STALE;
      n.updated = now;
      neighSuspect(n);
      notify = true;
    }
  } else if (state & NUD_DELAY) {
    if (now <= n.confirmed + p.delayProbeTime * MS_NS) {
      n.nudState = NUD_REACHABLE;
      n.updated = now;
      neighConnect(n);
      notify = true;
      next = n.confirmed + reachableNs(n);
    } else {
      n.nudState = NUD_PROBE;
      n.updated = now;
      n.probes = 0;
      notify = true;
      next = now + retransNs(n);
    }
  } else {
    // NUD_PROBE | NUD_INCOMPLETE
    next = now + retransNs(n);
  }
  if (n.nudState & (NUD_INCOMPLETE | NUD_PROBE) && n.probes >= neighMaxProbes(n)) {
    n.nudState = NUD_FAILED;
    neighInvalidate(n);
    neighUpdateNotify(n);
    neighGcSchedule(n.tbl);
    return;
  }
  if (n.nudState & NUD_IN_TIMER) {
    if (next < now + HZ_100_NS) next = now + HZ_100_NS;
    neighModTimer(n, next);
  }
  if (n.nudState & (NUD_INCOMPLETE | NUD_PROBE)) neighProbe(n);
  else if (!(n.nudState & NUD_IN_TIMER)) neighGcSchedule(n.tbl);
  if (notify) neighUpdateNotify(n);
}

/**
 * SKB_TRUESIZE of the buffer: the kmalloc bucket of data + shared info,
 * plus the sk_buff itself (x86-64 6.1 sizes). A ping's skb is 768 bytes.
 */
export function skbTruesize(skb: SkBuff): number {
  const SHINFO = 320;
  const need = Math.ceil(skb.buf.length / 64) * 64 + SHINFO;
  const buckets = [64, 96, 128, 192, 256, 512, 1024, 2048, 4096, 8192];
  const size = buckets.find((b) => b >= need) ?? Math.ceil(need / 4096) * 4096;
  return size - SHINFO + 256 + SHINFO;
}

/**
 * __neigh_event_send(): start or continue resolution. Returns true when the
 * skb was taken (queued or dropped), false when the caller may send it now.
 */
export function neighEventSendSlow(n: Neighbour, skb: SkBuff | null, immediateOk: boolean): boolean {
  const net = n.tbl.net;
  const now = net.sched.now;
  const p = n.parms;
  let immediateProbe = false;
  if (n.nudState & (NUD_CONNECTED | NUD_DELAY | NUD_PROBE)) return false;
  if (n.dead) {
    if (n.nudState & NUD_STALE) return false;
    if (skb) kfreeSkbReason(net, skb, 'NEIGH_DEAD', '__neigh_event_send');
    return true;
  }
  if (!(n.nudState & (NUD_STALE | NUD_INCOMPLETE))) {
    if (p.mcastProbes + p.appProbes) {
      n.probes = p.ucastProbes;
      neighDelTimer(n);
      n.nudState = NUD_INCOMPLETE;
      n.updated = now;
      immediateProbe = immediateOk;
      neighAddTimer(n, immediateOk ? now + retransNs(n) : now + 4e6);
    } else {
      n.nudState = NUD_FAILED;
      n.updated = now;
      if (skb) kfreeSkbReason(net, skb, 'NEIGH_FAILED', '__neigh_event_send');
      return true;
    }
  } else if (n.nudState & NUD_STALE) {
    neighDelTimer(n);
    n.nudState = NUD_DELAY;
    n.updated = now;
    neighAddTimer(n, now + p.delayProbeTime * MS_NS);
  }
  let rc = false;
  if (n.nudState === NUD_INCOMPLETE) {
    if (skb) neighQueue(n, skb);
    rc = true;
  }
  if (immediateProbe) neighProbe(n);
  return rc;
}

/** Queue on arp_queue, dropping the oldest packets beyond unres_qlen_bytes. */
function neighQueue(n: Neighbour, skb: SkBuff): void {
  const net = n.tbl.net;
  const size = skbTruesize(skb);
  while (n.arpQueueLenBytes + size > n.parms.queueLenBytes) {
    const old = n.arpQueue.shift();
    if (!old) break;
    n.arpQueueLenBytes -= skbTruesize(old);
    kfreeSkbReason(net, old, 'NEIGH_QUEUEFULL', '__neigh_event_send');
    n.tbl.stats.unresDiscards++;
  }
  trace(net, skb, '__neigh_event_send', n.dev);
  n.arpQueue.push(skb);
  n.arpQueueLenBytes += size;
}

/** neigh_event_send(): note the use; the slow path unless already usable. */
export function neighEventSend(n: Neighbour, skb: SkBuff | null): boolean {
  n.used = n.tbl.net.sched.now;
  if (!(n.nudState & (NUD_CONNECTED | NUD_DELAY | NUD_PROBE))) return neighEventSendSlow(n, skb, true);
  return false;
}

/** neigh_update_flags(): only administrative updates change ext_learn/managed. */
function neighUpdateFlags(n: Neighbour, flags: number): { notify: boolean; gc: boolean } {
  const r = { notify: false, gc: false };
  if (!(flags & NEIGH_UPDATE_F_ADMIN)) return r;
  const ndm = (flags & NEIGH_UPDATE_F_EXT_LEARNED ? NTF_EXT_LEARNED : 0) | (flags & NEIGH_UPDATE_F_MANAGED ? NTF_MANAGED : 0);
  if ((n.flags ^ ndm) & NTF_EXT_LEARNED) {
    n.flags = ndm & NTF_EXT_LEARNED ? n.flags | NTF_EXT_LEARNED : n.flags & ~NTF_EXT_LEARNED;
    r.notify = r.gc = true;
  }
  if ((n.flags ^ ndm) & NTF_MANAGED) {
    n.flags = ndm & NTF_MANAGED ? n.flags | NTF_MANAGED : n.flags & ~NTF_MANAGED;
    r.notify = true;
  }
  return r;
}

/** neigh_update_is_router() */
function neighUpdateIsRouter(n: Neighbour, flags: number): boolean {
  const want = flags & NEIGH_UPDATE_F_ISROUTER ? NTF_ROUTER : 0;
  if (!((n.flags ^ want) & NTF_ROUTER)) return false;
  n.flags = want ? n.flags | NTF_ROUTER : n.flags & ~NTF_ROUTER;
  return true;
}

function sameHa(n: Neighbour, lladdr: Uint8Array): boolean {
  for (let i = 0; i < n.ha.length; i++) if (n.ha[i] !== lladdr[i]) return false;
  return true;
}

/**
 * __neigh_update(): `lladdr` is the new address or null; `nw` the new
 * state. OVERRIDE allows changing a known address, WEAK_OVERRIDE only
 * suspects it, ADMIN may touch NOARP/PERMANENT entries. Returns an error
 * (with extack) or null.
 */
export function neighUpdate(n: Neighbour, lladdr: Uint8Array | null, nw: number, flags: number): KError | null {
  const old = n.nudState;
  if (n.dead) return new KError('EPERM', 'Neighbor entry is now dead');
  if (!(flags & NEIGH_UPDATE_F_ADMIN) && old & (NUD_NOARP | NUD_PERMANENT)) return new KError('EPERM');
  const f = neighUpdateFlags(n, flags);
  let notify = f.notify;
  let err: KError | null = null;
  let updateIsrouter = false;
  if (flags & (NEIGH_UPDATE_F_USE | NEIGH_UPDATE_F_MANAGED)) {
    nw = old & ~NUD_PERMANENT;
    n.nudState = nw;
  } else if (!(nw & NUD_VALID)) {
    neighDelTimer(n);
    if (old & NUD_CONNECTED) neighSuspect(n);
    n.nudState = nw;
    notify = (old & NUD_VALID) !== 0;
    if (old & (NUD_INCOMPLETE | NUD_PROBE) && nw & NUD_FAILED) {
      neighInvalidate(n);
      notify = true;
    }
  } else {
    const r = neighUpdateValid(n, lladdr, old, nw, flags);
    if (r instanceof KError) err = r;
    else {
      nw = r.nw;
      notify ||= r.notify;
      updateIsrouter = r.updateIsrouter;
    }
  }
  if (updateIsrouter && neighUpdateIsRouter(n, flags)) notify = true;
  if ((nw ^ old) & NUD_PERMANENT || f.gc) neighUpdateGcList(n);
  if (notify) neighUpdateNotify(n);
  if (!(n.nudState & NUD_IN_TIMER)) neighGcSchedule(n.tbl);
  return err;
}

/** The part of __neigh_update() for a valid new state. */
function neighUpdateValid(
  n: Neighbour, lladdr: Uint8Array | null, old: number, nw: number, flags: number,
): KError | { nw: number; notify: boolean; updateIsrouter: boolean } {
  const now = n.tbl.net.sched.now;
  const dev = n.dev;
  // `same`: lladdr == neigh->ha after the comparisons below.
  let same: boolean;
  if (!dev.addrLen) same = true;
  else if (lladdr) same = (old & NUD_VALID) !== 0 && sameHa(n, lladdr);
  else {
    if (!(old & NUD_VALID)) return new KError('EINVAL', 'No link layer address given');
    same = true;
  }
  if (nw & NUD_CONNECTED) n.confirmed = now;
  let updateIsrouter = (flags & NEIGH_UPDATE_F_OVERRIDE_ISROUTER) !== 0;
  if (old & NUD_VALID) {
    if (!same && !(flags & NEIGH_UPDATE_F_OVERRIDE)) {
      updateIsrouter = false;
      if (!(flags & NEIGH_UPDATE_F_WEAK_OVERRIDE && old & NUD_CONNECTED)) return { nw: old, notify: false, updateIsrouter };
      same = true;
      nw = NUD_STALE;
    } else if (same && nw === NUD_STALE && !(flags & NEIGH_UPDATE_F_ADMIN)) {
      nw = old;
    }
  }
  if (nw !== old || !same) n.updated = now;
  let notify = false;
  if (nw !== old) {
    neighDelTimer(n);
    if (nw & NUD_PROBE) n.probes = 0;
    if (nw & NUD_IN_TIMER) neighAddTimer(n, now + (nw & NUD_REACHABLE ? reachableNs(n) : 0));
    n.nudState = nw;
    notify = true;
  }
  if (!same && lladdr) {
    n.ha.set(lladdr.subarray(0, n.ha.length));
    neighUpdateHhs(n);
    if (!(nw & NUD_CONNECTED)) n.confirmed = now - 2 * n.parms.baseReachableTime * MS_NS;
    notify = true;
  }
  if (nw === old) return { nw, notify, updateIsrouter };
  if (nw & NUD_CONNECTED) neighConnect(n);
  else neighSuspect(n);
  if (!(old & NUD_VALID)) neighFlushQueue(n);
  return { nw, notify, updateIsrouter };
}

/** neigh_update_hhs(): a cached header follows the new address (eth_header_cache_update). */
function neighUpdateHhs(n: Neighbour): void {
  if (n.hh?.len) n.hh.data.set(n.ha.subarray(0, 6), 0);
}

/** The entry became valid: send what waited ("avoid dead loop if something went wrong"). */
function neighFlushQueue(n: Neighbour): void {
  while (n.nudState & NUD_VALID && n.arpQueue.length > 0) {
    const skb = n.arpQueue.shift()!;
    n.arpQueueLenBytes -= skbTruesize(skb);
    n.output(n, skb);
  }
  for (const skb of n.arpQueue.splice(0)) kfreeSkbReason(n.tbl.net, skb, 'NOT_SPECIFIED', '__neigh_update');
  n.arpQueueLenBytes = 0;
}
