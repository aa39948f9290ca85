/**
 * The hashlimit match (revision 3): a token bucket per hash key (source
 * and/or destination address under a prefix mask, ports) in a table named
 * by the rule and shared, with the configuration of its first rule, by
 * every rule of the namespace that names it. Credits are counted in
 * jiffies (HZ 250) as the kernel does, 64-bit (BigInt here). Idle
 * entries go at the table's garbage collection runs, every gc_interval
 * from its creation. Each table is the file /proc/net/ipt_hashlimit/NAME.
 * @linux net/netfilter/xt_hashlimit.c hashlimit_mt_common(), rateinfo_init(), rateinfo_recalc(), hashlimit_mt_check_common(), htable_create(),
 *   htable_gc(), dl_seq_real_show(), dl_seq_print()
 */
import { KError } from '../core/errno.js';
import type { SkBuff } from '../core/skbuff.js';
import type { Net } from '../core/net_namespace.js';
import { getU16, getU32 } from '../../wire/bytes.js';
import { Iph, ipToString } from '../../wire/ipv4.js';
import type { XtInfo } from '../../uapi/linux/netfilter/nf_tables.js';
import type { XtActionParam, XtMatch } from './x_tables.js';
import { num } from './x_tables_info.js';

/** XT_HASHLIMIT_* (include/uapi/linux/netfilter/xt_hashlimit.h) */
export const XT_HASHLIMIT_HASH_DIP = 1 << 0;
export const XT_HASHLIMIT_HASH_DPT = 1 << 1;
export const XT_HASHLIMIT_HASH_SIP = 1 << 2;
export const XT_HASHLIMIT_HASH_SPT = 1 << 3;
export const XT_HASHLIMIT_INVERT = 1 << 4;
export const XT_HASHLIMIT_BYTES = 1 << 5;
export const XT_HASHLIMIT_RATE_MATCH = 1 << 6;
const XT_HASHLIMIT_ALL = 0x7f;
const XT_HASHLIMIT_BYTE_SHIFT = 4n;

const HZ = 250n;
const JIFFY_NS = 4_000_000;
/** XT_HASHLIMIT_SCALE_v2 */
const SCALE = 1_000_000n;
/** CREDITS_PER_JIFFY: POW2_BELOW64(U64_MAX / (HZ*60*60*24)) at HZ 250. */
const CREDITS_PER_JIFFY = 1n << 39n;
/** CREDITS_PER_JIFFY_BYTES: POW2_BELOW32(U32_MAX / HZ). */
const CREDITS_PER_JIFFY_BYTES = 1n << 24n;
const U32_MAX = 0xffffffffn;
const HASHLIMIT_MAX_SIZE = 1048576;

/** struct hashlimit_cfg3 as the table keeps it. */
interface HashlimitCfg {
  mode: number;
  avg: bigint;
  burst: bigint;
  size: number;
  max: number;
  expire: number;
  srcmask: number;
  dstmask: number;
  interval: bigint;
}

/** struct dsthash_ent's rateinfo, and when it expires (jiffies); `key` its dst (sip dip sport dport). */
interface DsthashEnt {
  expires: number;
  prev: number;
  credit: bigint;
  creditCap: bigint;
  cost: bigint;
  /* rate-match mode */
  currentRate: bigint;
  rate: bigint;
  burst: bigint;
  interval: bigint;
  prevWindow: boolean;
}

/** struct xt_hashlimit_htable; `created` and `gcInterval` (jiffies) time its htable_gc() runs, `gcDone` the last one applied. */
interface Htable {
  cfg: HashlimitCfg;
  use: number;
  ents: Map<string, DsthashEnt>;
  readonly created: number;
  readonly gcInterval: number;
  gcDone: number;
}

/** hashlimit_net->htables: the namespace's tables by name. */
function htables(net: Net): Map<string, Htable> {
  if (!net.nf.hashlimit) net.nf.hashlimit = new Map<string, Htable>();
  return net.nf.hashlimit as Map<string, Htable>;
}

function cfgOf(info: XtInfo): HashlimitCfg {
  return {
    mode: num(info, 'mode'), avg: BigInt(num(info, 'avg')), burst: BigInt(num(info, 'burst')), size: num(info, 'size'),
    max: num(info, 'max'), expire: num(info, 'expire'), srcmask: num(info, 'srcmask'), dstmask: num(info, 'dstmask'),
    interval: BigInt(num(info, 'interval')),
  };
}

/** user2credits() for revision 3: scale < HZ * CREDITS_PER_JIFFY, so multiply by the whole quotient. */
const user2credits = (user: bigint): bigint => user * ((HZ * CREDITS_PER_JIFFY) / SCALE);
const user2creditsByte = (user: bigint): bigint => ((user * HZ * CREDITS_PER_JIFFY_BYTES) >> 32n) & U32_MAX;
const user2rateBytes = (user: bigint): bigint => ((user ? U32_MAX / user : U32_MAX) - 1n) << XT_HASHLIMIT_BYTE_SHIFT;

/** xt_check_proc_name(): the name becomes a /proc file. */
function checkProcName(name: string): void {
  if (name.length === 0 || name.length >= 255 || name.includes('/') || name === '.' || name === '..') throw new KError('EINVAL');
}

/** rateinfo_init() */
function rateinfoInit(cfg: HashlimitCfg, now: number, expires: number): DsthashEnt {
  const e: DsthashEnt = { expires, prev: now, credit: 0n, creditCap: 0n, cost: 0n, currentRate: 0n, rate: 0n, burst: 0n, interval: cfg.interval, prevWindow: false };
  if (cfg.mode & XT_HASHLIMIT_RATE_MATCH) {
    if (cfg.mode & XT_HASHLIMIT_BYTES) {
      e.rate = user2rateBytes(cfg.avg);
      e.burst = cfg.burst ? cfg.burst * e.rate : e.rate;
    } else {
      e.rate = cfg.avg ? SCALE / cfg.avg : 0n;
      e.burst = cfg.burst + e.rate;
    }
  } else if (cfg.mode & XT_HASHLIMIT_BYTES) {
    e.credit = CREDITS_PER_JIFFY_BYTES * HZ;
    e.cost = user2creditsByte(cfg.avg);
    e.creditCap = cfg.burst;
  } else {
    e.credit = user2credits(cfg.avg * cfg.burst);
    e.cost = user2credits(cfg.avg);
    e.creditCap = e.credit;
  }
  return e;
}

/** rateinfo_recalc(): the credits of the jiffies since the last packet, up to the cap. */
function rateinfoRecalc(e: DsthashEnt, now: number, mode: number): void {
  const delta = BigInt(now - e.prev);
  if (delta === 0n) return;
  if (mode & XT_HASHLIMIT_RATE_MATCH) {
    const interval = e.interval * HZ;
    if (delta < interval) return;
    e.prev = now;
    e.prevWindow = e.currentRate * interval > delta * e.rate;
    e.currentRate = 0n;
    return;
  }
  e.prev = now;
  let cap = e.creditCap;
  if (mode & XT_HASHLIMIT_BYTES) {
    e.credit += CREDITS_PER_JIFFY_BYTES * delta;
    cap = CREDITS_PER_JIFFY_BYTES * HZ;
  } else e.credit += delta * CREDITS_PER_JIFFY;
  if (e.credit > cap) e.credit = cap;
}

/** hashlimit_byte_cost(): 16-byte chunks; an empty bucket refills while the burst count lasts. */
function byteCost(len: number, e: DsthashEnt): bigint {
  let tmp = (BigInt(len) >> XT_HASHLIMIT_BYTE_SHIFT) + 1n;
  tmp *= e.cost;
  if (tmp > CREDITS_PER_JIFFY_BYTES * HZ) tmp = CREDITS_PER_JIFFY_BYTES * HZ;
  if (e.credit < tmp && e.creditCap) {
    e.creditCap--;
    e.credit = CREDITS_PER_JIFFY_BYTES * HZ;
  }
  return tmp;
}

const maskl = (a: number, l: number): number => (l ? (a & (0xffffffff << (32 - l))) >>> 0 : 0);

/** hashlimit_init_dst(): the key of the packet; null when its ports are cut off (hotdrop). */
function initDst(cfg: HashlimitCfg, skb: SkBuff, thoff: number): string | null {
  const b = skb.buf;
  const nh = skb.networkHeader;
  const dip = cfg.mode & XT_HASHLIMIT_HASH_DIP ? maskl(getU32(b, nh + Iph.Daddr), cfg.dstmask) : 0;
  const sip = cfg.mode & XT_HASHLIMIT_HASH_SIP ? maskl(getU32(b, nh + Iph.Saddr), cfg.srcmask) : 0;
  let sport = 0;
  let dport = 0;
  if (cfg.mode & (XT_HASHLIMIT_HASH_DPT | XT_HASHLIMIT_HASH_SPT)) {
    // proto_ports_offset(): TCP, UDP, DCCP, SCTP, UDP-Lite at 0, AH's SPI at 4, none for the rest.
    const proto = b[nh + Iph.Protocol]!;
    const poff = proto === 6 || proto === 17 || proto === 33 || proto === 132 || proto === 136 ? 0 : proto === 51 ? 4 : -1;
    if (poff >= 0) {
      if (thoff + poff + 4 > skb.tail) return null;
      sport = getU16(b, thoff + poff);
      dport = getU16(b, thoff + poff + 2);
    }
    if (!(cfg.mode & XT_HASHLIMIT_HASH_SPT)) sport = 0;
    if (!(cfg.mode & XT_HASHLIMIT_HASH_DPT)) dport = 0;
  }
  return `${sip} ${dip} ${sport} ${dport}`;
}

/**
 * htable_gc(): the entries the last garbage collection run (every
 * gc_interval since the table was made) found expired, swept once per run
 * (not per packet).
 */
function collect(ht: Htable, now: number): void {
  const lastRun = ht.created + Math.floor((now - ht.created) / ht.gcInterval) * ht.gcInterval;
  if (lastRun <= ht.gcDone) return;
  ht.gcDone = lastRun;
  for (const [k, e] of ht.ents) if (lastRun >= e.expires) ht.ents.delete(k);
}

/** jiffies of the namespace's clock (the table's own base: only differences are used). */
const jiffiesOf = (net: Net): number => Math.floor(net.sched.now / JIFFY_NS);

/** hashlimit_mt_common(): the rule's own mode says inverted, rate-match or bytes; the table's cfg does the rest. */
function hashlimitMt(skb: SkBuff, par: XtActionParam, info: XtInfo): boolean {
  const ht = htables(par.state.net).get(String(info['name']));
  const key = ht ? initDst(ht.cfg, skb, par.thoff) : null;
  if (!ht || key === null) {
    par.hotdrop = true;
    return false;
  }
  const now = jiffiesOf(par.state.net);
  const expires = now + Math.ceil(ht.cfg.expire / 4);
  collect(ht, now);
  let e = ht.ents.get(key);
  if (!e) {
    if (ht.cfg.max && ht.ents.size >= ht.cfg.max) {
      par.hotdrop = true;
      return false;
    }
    e = rateinfoInit(ht.cfg, now, expires);
    ht.ents.set(key, e);
  } else {
    e.expires = expires;
    rateinfoRecalc(e, now, ht.cfg.mode);
  }
  const mode = num(info, 'mode');
  const inverted = (mode & XT_HASHLIMIT_INVERT) !== 0;
  const len = skb.tail - skb.networkHeader;
  if (mode & XT_HASHLIMIT_RATE_MATCH) {
    e.currentRate += mode & XT_HASHLIMIT_BYTES ? BigInt(len) : 1n;
    return !e.prevWindow && e.currentRate <= e.burst ? !inverted : inverted;
  }
  const cost = mode & XT_HASHLIMIT_BYTES ? byteCost(len, e) : e.cost;
  if (e.credit >= cost) {
    e.credit -= cost;
    return !inverted;
  }
  return inverted;
}

export const hashlimitMatch: XtMatch = {
  revision: 3,
  /** hashlimit_mt_check(): the name, the cfg's limits, then the table by name (created with this cfg when new). */
  check(info, par) {
    const name = String(info['name']);
    checkProcName(name);
    const cfg = cfgOf(info);
    if (num(info, 'gcInterval') === 0 || cfg.expire === 0) throw new KError('EINVAL');
    cfg.size = Math.min(cfg.size, HASHLIMIT_MAX_SIZE);
    cfg.max = Math.min(cfg.max, HASHLIMIT_MAX_SIZE);
    if (cfg.srcmask > 32 || cfg.dstmask > 32) throw new KError('EINVAL');
    if (cfg.mode & ~XT_HASHLIMIT_ALL) throw new KError('EINVAL');
    if (cfg.mode & XT_HASHLIMIT_RATE_MATCH) {
      if (cfg.avg === 0n || cfg.avg > U32_MAX) throw new KError('ERANGE');
      if (cfg.interval === 0n) throw new KError('EINVAL');
    } else if (cfg.mode & XT_HASHLIMIT_BYTES) {
      if (user2creditsByte(cfg.avg) === 0n) throw new KError('EINVAL');
    } else if (cfg.burst === 0n || user2credits(cfg.avg * cfg.burst) < user2credits(cfg.avg)) throw new KError('ERANGE');
    const tables = htables(par.net);
    const ht = tables.get(name);
    // hashlimit_mt_check_common(): a rule shares a table found by name only in the table's mode of rate
    // matching or rate limiting; the other is EINVAL (as 6.18 answers, whichever rule came first).
    if (ht && (ht.cfg.mode ^ cfg.mode) & XT_HASHLIMIT_RATE_MATCH) throw new KError('EINVAL');
    if (ht) ht.use++;
    else {
      // htable_create(): the default size is 8192 buckets on a machine of a few GiB; max 8 buckets deep.
      const size = cfg.size || 8192;
      cfg.max = cfg.max === 0 ? 8 * size : Math.max(cfg.max, size);
      const now = jiffiesOf(par.net);
      tables.set(name, { cfg, use: 1, ents: new Map(), created: now, gcInterval: Math.max(1, Math.ceil(num(info, 'gcInterval') / 4)), gcDone: now });
    }
  },
  /** htable_put() */
  destroy(info, net) {
    const tables = htables(net);
    const name = String(info['name']);
    const ht = tables.get(name);
    if (ht && --ht.use === 0) tables.delete(name);
  },
  match: hashlimitMt,
};

/** The names of the namespace's tables: the files of /proc/net/ipt_hashlimit. */
export function hashlimitTableNames(net: Net): string[] {
  return [...htables(net).keys()].sort();
}

/**
 * dl_seq_real_show() of a revision 3 table: each bucket recalculated to
 * now, then dl_seq_print(): seconds to expiry, the key, credit, cap and
 * cost (in rate-match mode the same words hold interval | prev_window <<
 * 32, the current rate and the rate).
 */
export function hashlimitProcShow(net: Net, name: string): string | null {
  const ht = htables(net).get(name);
  if (!ht) return null;
  const now = jiffiesOf(net);
  collect(ht, now);
  let out = '';
  for (const [key, e] of ht.ents) {
    rateinfoRecalc(e, now, ht.cfg.mode);
    const [sip, dip, sport, dport] = key.split(' ').map(Number) as [number, number, number, number];
    const left = Math.trunc((e.expires - now) / Number(HZ));
    const words = ht.cfg.mode & XT_HASHLIMIT_RATE_MATCH
      ? [e.interval | (e.prevWindow ? 1n << 32n : 0n), e.currentRate, e.rate]
      : [e.credit, e.creditCap, e.cost];
    out += `${left} ${ipToString(sip)}:${sport}->${ipToString(dip)}:${dport} ${words.join(' ')}\n`;
  }
  return out;
}
