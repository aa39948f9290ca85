/**
 * The recent match: named per-namespace lists of addresses (the source or
 * the destination, under a mask), each with the times it was last seen
 * (ip_pkt_list_tot of them). --set adds or refreshes the address, --rcheck
 * asks whether it is there (seen --hitcount times within --seconds),
 * --update does that and refreshes it when it matches, --remove takes it
 * out. Rules with the same name share the list; the list goes with its
 * last rule. (/proc/net/xt_recent is not there.)
 * @linux net/netfilter/xt_recent.c recent_mt(), recent_mt_check()
 */
import type { Net } from '../core/net_namespace.js';
import { KError } from '../core/errno.js';
import { Iph } from '../../wire/ipv4.js';
import { getU32 } from '../../wire/bytes.js';
import { num, type XtMatch } from './x_tables.js';

/** XT_RECENT_* of check_set, and the sides */
export const XT_RECENT_CHECK = 1;
export const XT_RECENT_SET = 2;
export const XT_RECENT_UPDATE = 4;
export const XT_RECENT_REMOVE = 8;
export const XT_RECENT_TTL = 16;
export const XT_RECENT_REAP = 32;
export const XT_RECENT_DEST = 1;

/** ip_pkt_list_tot (module parameter, 20) */
const IP_PKT_LIST_TOT = 20;
/** ip_list_tot: the addresses a table holds (module parameter, 100). */
const IP_LIST_TOT = 100;
/** XT_RECENT_NAME_LEN */
const XT_RECENT_NAME_LEN = 200;

interface RecentEntry {
  ttl: number;
  /** The times seen (ns), oldest first once the ring is full. */
  stamps: number[];
}

interface RecentTable {
  refcnt: number;
  /** nstamps_max_mask + 1: the times kept per address, a power of two at least ip_pkt_list_tot and the first rule's hitcount. */
  nstamps: number;
  /** Entries by masked address, least recently updated first (the LRU list). */
  entries: Map<number, RecentEntry>;
}

/** recent_pernet(): the namespace's tables by name (net_generic). */
function tablesOf(net: Net): Map<string, RecentTable> {
  let m = net.generic.get('xt_recent') as Map<string, RecentTable> | undefined;
  if (!m) net.generic.set('xt_recent', (m = new Map()));
  return m;
}

/** recent_entry_update(): a new time, the entry to the LRU tail. */
function entryUpdate(t: RecentTable, key: number, e: RecentEntry, now: number): void {
  e.stamps.push(now);
  if (e.stamps.length > t.nstamps) e.stamps.shift();
  t.entries.delete(key);
  t.entries.set(key, e);
}

export const recentMatch: XtMatch = {
  revision: 1,
  /** recent_mt_check(): one action, hitcount within the kept times, a name; the table is made or shared. */
  check(info, par) {
    const cs = num(info, 'checkSet');
    const actions = cs & (XT_RECENT_SET | XT_RECENT_REMOVE | XT_RECENT_CHECK | XT_RECENT_UPDATE);
    if (actions === 0 || (actions & (actions - 1)) !== 0) throw new KError('EINVAL');
    if (cs & (XT_RECENT_SET | XT_RECENT_REMOVE) && (num(info, 'seconds') || num(info, 'hitCount') || cs & (XT_RECENT_TTL | XT_RECENT_REAP))) throw new KError('EINVAL');
    if (cs & XT_RECENT_REAP && !num(info, 'seconds')) throw new KError('EINVAL');
    const name = String(info['name'] ?? '');
    if (name === '' || name.length >= XT_RECENT_NAME_LEN || name.includes('/') || name === '.' || name === '..') throw new KError('EINVAL');
    const all = tablesOf(par.net);
    const t = all.get(name);
    if (t) t.refcnt++;
    else {
      let nstamps = 1;
      while (nstamps < Math.max(IP_PKT_LIST_TOT, num(info, 'hitCount'))) nstamps *= 2;
      all.set(name, { refcnt: 1, nstamps, entries: new Map() });
    }
  },
  /** recent_mt_destroy(): the last rule takes the table with it. */
  destroy(info, net) {
    const all = tablesOf(net);
    const name = String(info['name'] ?? '');
    const t = all.get(name);
    if (t && --t.refcnt === 0) all.delete(name);
  },
  /** recent_mt() */
  match(skb, par, info) {
    const t = tablesOf(par.state.net).get(String(info['name'] ?? ''));
    if (!t) return false;
    const b = skb.buf;
    const nh = skb.networkHeader;
    const addr = getU32(b, nh + (num(info, 'side') === XT_RECENT_DEST ? Iph.Daddr : Iph.Saddr));
    const key = (addr & num(info, 'mask')) >>> 0;
    const cs = num(info, 'checkSet');
    const ttl = b[nh + Iph.Ttl]!;
    const now = par.state.net.sched.now;
    let ret = info['invert'] === true;
    const e = t.entries.get(key);
    // recent_entry_lookup(): with --rttl the TTL must be the one recorded.
    const found = e && (!(cs & XT_RECENT_TTL) || e.ttl === ttl) ? e : undefined;
    if (!found) {
      if (!(cs & XT_RECENT_SET)) return ret;
      // recent_entry_init(): a full table (ip_list_tot) lets its least recently seen address go.
      if (t.entries.size >= IP_LIST_TOT) t.entries.delete(t.entries.keys().next().value!);
      entryUpdate(t, key, { ttl, stamps: [] }, now);
      return !ret;
    }
    if (cs & XT_RECENT_SET) ret = !ret;
    else if (cs & XT_RECENT_REMOVE) {
      t.entries.delete(key);
      return !ret;
    } else {
      const since = now - num(info, 'seconds') * 1e9;
      let hits = 0;
      for (const s of found.stamps) {
        if (num(info, 'seconds') && s < since) continue;
        if (!num(info, 'hitCount') || ++hits >= num(info, 'hitCount')) {
          ret = !ret;
          break;
        }
      }
      // recent_entry_reap(): times older than --seconds are dropped, and the entry when none is left.
      if (cs & XT_RECENT_REAP) {
        found.stamps = found.stamps.filter((s) => s >= since);
        if (found.stamps.length === 0) {
          t.entries.delete(key);
          return ret;
        }
      }
    }
    if (cs & XT_RECENT_SET || (cs & XT_RECENT_UPDATE && ret)) {
      entryUpdate(t, key, found, now);
      found.ttl = ttl;
    }
    return ret;
  },
};
