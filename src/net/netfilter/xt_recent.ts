/**
 * The recent match: named per-namespace lists of addresses (the source or
 * the destination, under the list's mask), each with a ring of the times
 * (jiffies) it was seen. --set adds or refreshes the address, --rcheck
 * asks whether it is there (seen --hitcount times within --seconds),
 * --update does that and refreshes it when it matches, --remove takes it
 * out, --reap drops the least recently seen address once it is older than
 * --seconds. Rules with the same name share the list (its mask is the
 * first rule's); the list goes with its last rule. Each list is the file
 * /proc/net/xt_recent/NAME (0644): its addresses, and `+addr`, `-addr`
 * and `/` (flush) written to it one write(2) at a time.
 * @linux net/netfilter/xt_recent.c recent_mt(), recent_mt_check(), recent_mt_destroy(),
 *   recent_seq_show(), recent_mt_proc_write()
 */
import type { Net } from '../core/net_namespace.js';
import { KError } from '../core/errno.js';
import { Iph, ipToString } from '../../wire/ipv4.js';
import { inet6Pton, ipv6ToString } from '../../wire/ipv6.js';
import { getU32 } from '../../wire/bytes.js';
import type { XtMatch } from './x_tables.js';
import { num } from './x_tables_info.js';
import { jiffies } from '../ipv4/inetpeer.js';
import { HZ } from '../core/sysctl.js';

/** XT_RECENT_* of check_set, and the sides */
export const XT_RECENT_CHECK = 1;
export const XT_RECENT_SET = 2;
export const XT_RECENT_UPDATE = 4;
export const XT_RECENT_REMOVE = 8;
export const XT_RECENT_TTL = 16;
export const XT_RECENT_REAP = 32;
export const XT_RECENT_DEST = 1;

/** ip_list_tot: the addresses a list holds (module parameter, 100). ip_pkt_list_tot is 0: the hitcount decides (below). */
const IP_LIST_TOT = 100;
/** XT_RECENT_MAX_NSTAMPS: a hitcount must stay below it (65536 since Linux 5.x; 256 before). */
const XT_RECENT_MAX_NSTAMPS = 65536;
/** XT_RECENT_NAME_LEN */
const XT_RECENT_NAME_LEN = 200;
/** ip_list_perms (0644), the files' mode. */
export const XT_RECENT_PERMS = 0o644;
/** sizeof("+b335:1d35:1e55:dead:c0de:1715:255.255.255.255"): what one write(2) of a list's file takes at most. */
const PROC_WRITE_MAX = 46;

interface RecentEntry {
  /** The address as the list keys it (an IPv4 u32, or an IPv6 address written to the file). */
  readonly key: string;
  readonly text: string;
  ttl: number;
  /** stamps[] (jiffies), a ring of nstamps_max_mask + 1, written at index. */
  readonly stamps: number[];
  nstamps: number;
  index: number;
}

interface RecentTable {
  refcnt: number;
  /** The first rule's netmask (t->mask). */
  readonly mask: number;
  /** nstamps_max_mask: the ring of each entry holds this + 1 times. */
  nstampsMaxMask: number;
  /** Entries by key, least recently updated first (the LRU list). */
  readonly entries: Map<string, RecentEntry>;
}

/** recent_pernet(): the namespace's tables by name (net_generic). */
function tablesOf(net: Net): Map<string, RecentTable> {
  let m = net.generic.get('xt_recent') as Map<string, RecentTable> | undefined;
  if (!m) net.generic.set('xt_recent', (m = new Map()));
  return m;
}

/** roundup_pow_of_two() */
function roundupPow2(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/** recent_entry_init(): a full list (ip_list_tot) lets its least recently seen address go; the first time is now. */
function entryInit(t: RecentTable, key: string, text: string, ttl: number, now: number): void {
  if (t.entries.size >= IP_LIST_TOT) t.entries.delete(t.entries.keys().next().value!);
  t.entries.set(key, { key, text, ttl, stamps: [now], nstamps: 1, index: 1 });
}

/** recent_entry_update(): the next slot of the ring, the entry to the LRU tail. */
function entryUpdate(t: RecentTable, e: RecentEntry, now: number): void {
  e.index &= t.nstampsMaxMask;
  e.stamps[e.index++] = now;
  if (e.index > e.nstamps) e.nstamps = e.index;
  t.entries.delete(e.key);
  t.entries.set(e.key, e);
}

/** recent_entry_lookup(): the address, with a TTL that fits (either side's 0 fits any). */
function entryLookup(t: RecentTable, key: string, ttl: number): RecentEntry | undefined {
  const e = t.entries.get(key);
  return e && (ttl === e.ttl || ttl === 0 || e.ttl === 0) ? e : undefined;
}

/** recent_entry_reap(): the least recently seen entry goes when its last time is before `time`. */
function entryReap(t: RecentTable, time: number): void {
  const e = t.entries.values().next().value;
  if (e && time - e.stamps[e.index - 1]! > 0) t.entries.delete(e.key);
}

const v4Key = (addr: number): string => String(addr >>> 0);

export const recentMatch: XtMatch = {
  revision: 1,
  /**
   * recent_mt_check(): one action, no --seconds/--hitcount/--rttl/--reap
   * with --set or --remove, --reap only with --seconds, a hitcount below
   * 65536, a name; the ring holds the hitcount rounded up to a power of two
   * (32 without one); a rule that needs a bigger ring flushes the list it
   * shares.
   */
  check(info, par) {
    const cs = num(info, 'checkSet');
    const actions = cs & (XT_RECENT_SET | XT_RECENT_REMOVE | XT_RECENT_CHECK | XT_RECENT_UPDATE);
    if (actions === 0 || (actions & (actions - 1)) !== 0) throw new KError('EINVAL');
    if (cs & (XT_RECENT_SET | XT_RECENT_REMOVE) && (num(info, 'seconds') || num(info, 'hitCount') || cs & (XT_RECENT_TTL | XT_RECENT_REAP))) throw new KError('EINVAL');
    if (cs & XT_RECENT_REAP && !num(info, 'seconds')) throw new KError('EINVAL');
    const hit = num(info, 'hitCount');
    if (hit >= XT_RECENT_MAX_NSTAMPS) throw new KError('EINVAL');
    const name = String(info['name'] ?? '');
    if (name === '' || name.length >= XT_RECENT_NAME_LEN || name.includes('/') || name === '.' || name === '..') throw new KError('EINVAL');
    const mask = hit ? roundupPow2(hit) - 1 : 31;
    const all = tablesOf(par.net);
    const t = all.get(name);
    if (t) {
      if (mask > t.nstampsMaxMask) {
        t.entries.clear();
        t.nstampsMaxMask = mask;
      }
      t.refcnt++;
    } else all.set(name, { refcnt: 1, mask: num(info, 'mask'), nstampsMaxMask: mask, entries: new Map() });
  },
  /** recent_mt_destroy(): the last rule takes the list (and its file) with it. */
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
    const addr = (getU32(b, nh + (num(info, 'side') === XT_RECENT_DEST ? Iph.Daddr : Iph.Saddr)) & t.mask) >>> 0;
    const key = v4Key(addr);
    const cs = num(info, 'checkSet');
    // the TTL as seen before forwarding
    const ttl = (b[nh + Iph.Ttl]! + (par.state.out !== null && skb.sk === null ? 1 : 0)) & 0xff;
    const now = jiffies(par.state.net);
    let ret = info['invert'] === true;
    const e = entryLookup(t, key, cs & XT_RECENT_TTL ? ttl : 0);
    if (!e) {
      if (!(cs & XT_RECENT_SET)) return ret;
      entryInit(t, key, ipToString(addr), ttl, now);
      return !ret;
    }
    if (cs & XT_RECENT_SET) ret = !ret;
    else if (cs & XT_RECENT_REMOVE) {
      t.entries.delete(key);
      return !ret;
    } else {
      const seconds = num(info, 'seconds');
      const hitCount = num(info, 'hitCount');
      const time = now - seconds * HZ;
      let hits = 0;
      for (let i = 0; i < e.nstamps; i++) {
        if (seconds && time - e.stamps[i]! > 0) continue;
        if (!hitCount || ++hits >= hitCount) {
          ret = !ret;
          break;
        }
      }
      if (cs & XT_RECENT_REAP) entryReap(t, time);
    }
    if (cs & XT_RECENT_SET || (cs & XT_RECENT_UPDATE && ret)) {
      entryUpdate(t, e, now);
      e.ttl = ttl;
    }
    return ret;
  },
};

/** The names of the namespace's lists: the files of /proc/net/xt_recent. */
export function recentListNames(net: Net): string[] {
  return [...tablesOf(net).keys()].sort();
}

/** recent_seq_show(): one line per address, its last time, the ring's index and its times in slot order. */
export function recentProcShow(net: Net, name: string): string | null {
  const t = tablesOf(net).get(name);
  if (!t) return null;
  let s = '';
  for (const e of t.entries.values()) {
    const last = e.stamps[(e.index - 1) & t.nstampsMaxMask]!;
    s += `src=${e.text} ttl: ${e.ttl} last_seen: ${last} oldest_pkt: ${e.index}`;
    for (let i = 0; i < e.nstamps; i++) s += `${i ? ',' : ''} ${e.stamps[i]}`;
    s += '\n';
  }
  return s;
}

/**
 * in4_pton(src, len, delim '\n'): four decimal octets up to the
 * delimiter or the end; null when anything else is there.
 */
function in4Pton(s: string): number | null {
  const m = /^([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})(?:\n|$)/.exec(s);
  if (!m) return null;
  const o = m.slice(1, 5).map(Number);
  return o.some((x) => x > 255) ? null : ((o[0]! << 24) | (o[1]! << 16) | (o[2]! << 8) | o[3]!) >>> 0;
}

/**
 * recent_mt_proc_write(): one command per write(2) at offset 0 (ESPIPE
 * after it): `/` flushes, `+addr` adds (or refreshes) an address with TTL
 * 0, `-addr` removes it (no error when absent); EINVAL for anything
 * else. The bytes taken: at most 46, all of them for a command.
 */
export function recentProcWrite(net: Net, name: string, data: string, pos: number): { n: number; pos: number } | 'EINVAL' | 'ESPIPE' | 'ENOENT' {
  const t = tablesOf(net).get(name);
  if (!t) return 'ENOENT';
  if (data.length === 0) return { n: 0, pos };
  const buf = data.slice(0, PROC_WRITE_MAX);
  if (pos !== 0) return 'ESPIPE';
  const op = buf[0];
  if (op === '/') {
    t.entries.clear();
    return { n: buf.length, pos };
  }
  if (op !== '+' && op !== '-') return 'EINVAL';
  const rest = buf.slice(1);
  let key: string;
  let text: string;
  if (rest.includes(':')) {
    const a6 = inet6Pton(rest.split('\n')[0]!);
    if (!a6) return 'EINVAL';
    // %pI6: every group, four hex digits
    text = ipv6ToFull(a6);
    key = `6:${ipv6ToString(a6)}`;
  } else {
    const a = in4Pton(rest);
    if (a === null) return 'EINVAL';
    key = v4Key(a);
    text = ipToString(a);
  }
  const e = entryLookup(t, key, 0);
  if (!e) {
    if (op === '+') entryInit(t, key, text, 0, jiffies(net));
  } else if (op === '+') entryUpdate(t, e, jiffies(net));
  else t.entries.delete(key);
  return { n: buf.length, pos: pos + buf.length };
}

/** %pI6: eight groups of four hex digits. */
function ipv6ToFull(a: Uint8Array): string {
  const g: string[] = [];
  for (let i = 0; i < 16; i += 2) g.push(((a[i]! << 8) | a[i + 1]!).toString(16).padStart(4, '0'));
  return g.join(':');
}
