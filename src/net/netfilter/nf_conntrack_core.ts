/**
 * Connection tracking core: struct nf_conn with its two tuple hashes, the
 * per-namespace hash table (struct netns_ct) and its statistics, lookup,
 * allocation with nf_conntrack_max and early drop, confirmation, timeouts
 * on the virtual clock (nf_ct_is_expired(): an expired entry stays until a
 * lookup, a dump or the gc worker meets it), deletion and iteration.
 *
 * API for NAT (nf_nat_*) and the other users, with the kernel's names:
 *   nfCtGet(skb) / skb.nfctinfo          nf_ct_get(): the conntrack and ctinfo of a packet
 *   nfCtSet(skb, ct, ctinfo)             nf_ct_set()
 *   nfCtGetTuplepr(skb, nhoff, tuple)    nf_ct_get_tuplepr() (nf_conntrack_proto.ts)
 *   nfCtInvertTuple(inverse, orig)       nf_ct_invert_tuple() (nf_conntrack_proto.ts)
 *   nfConntrackFindGet(net, tuple)       nf_conntrack_find_get(): a tuple hash or null
 *   nfConntrackTupleTaken(tuple, ignored) nf_conntrack_tuple_taken()
 *   nfConntrackAlterReply(ct, newreply)  nf_conntrack_alter_reply(): NAT rewrote the reply tuple
 *   nfCtIsConfirmed(ct), ct.status, IPS_* (nf_conntrack_tuple.ts)
 *   nfCtRefresh(ct, extraSec)            nf_ct_refresh()
 *   nfCtKill(ct) / nfCtDelete(ct)        nf_ct_kill() / nf_ct_delete()
 *   nfCtIterateCleanupNet(net, iter)     nf_ct_iterate_cleanup_net(): delete where iter(ct) is true
 *   nfCtNetnsGet(net) / nfCtNetnsPut(net) nf_ct_netns_get/put() (nf_conntrack_proto.ts): load
 *                                        conntrack in a namespace (hooks at -400/-200/INT_MAX)
 *   nfCtPernet(net)                      the namespace's NfConntrackNet, null before the first get
 *   cn.destroyHooks                      called for each conntrack that leaves the table
 *                                        (NAT's nf_nat_cleanup_conntrack)
 *   ct.nat                               free slot for NAT's extension (struct nf_conn_nat)
 * @linux net/netfilter/nf_conntrack_core.c, include/net/netfilter/nf_conntrack.h,
 *   include/net/netns/conntrack.h
 */
import type { Net } from '../core/net_namespace.js';
import type { NfConntrack, SkBuff } from '../core/skbuff.js';
import {
  IPS_ASSURED, IPS_CONFIRMED, IPS_DYING, IPS_FIXED_TIMEOUT, IPS_TEMPLATE, IP_CT_DIR_ORIGINAL, IP_CT_DIR_REPLY, NfConntrackTuple,
  hashConntrackBucket, nfCtTupleEqual,
} from './nf_conntrack_tuple.js';
import { nfCtEvent, nfCtEcacheExtAdd, IPCT_DESTROY } from './nf_conntrack_ecache.js';
import { nfCtZoneDflt, nfCtZoneEqual, nfCtZoneId, type NfConntrackZone } from './nf_conntrack_zones.js';
import type { Timer } from '../../sim/scheduler.js';

/** struct nf_conntrack_tuple_hash: one direction's tuple, chained in its bucket. */
export class NfConntrackTupleHash {
  readonly tuple = new NfConntrackTuple();
  /** hnnode: the next entry of the bucket. */
  next: NfConntrackTupleHash | null = null;
  constructor(readonly ct: NfConn) {}
}

/** struct ip_ct_tcp_state: what one side of a TCP connection has shown. */
export class IpCtTcpState {
  tdEnd = 0;
  tdMaxend = 0;
  tdMaxwin = 0;
  tdMaxack = 0;
  tdScale = 0;
  flags = 0;
}

/** struct ip_ct_tcp */
export class IpCtTcp {
  readonly seen = [new IpCtTcpState(), new IpCtTcpState()] as const;
  state = 0;
  lastDir = 0;
  retrans = 0;
  lastIndex = 0;
  lastSeq = 0;
  lastAck = 0;
  lastEnd = 0;
  lastWin = 0;
  lastWscale = 0;
  lastFlags = 0;
}

/** The TCP tracker's view of one segment's header (read once per packet, into per-namespace scratch). */
export class NfCtTcpSeg {
  seq = 0;
  ack = 0;
  win = 0;
  flags = 0;
  doff = 0;
  /** segment_seq_plus_len() */
  end = 0;
  dataoff = 0;
}

/** struct nf_conn */
export class NfConn implements NfConntrack {
  /** ct_general.use */
  use = 1;
  status = 0;
  /** ct->timeout: absolute virtual ns once confirmed; before that the relative value. */
  timeout = 0;
  mark = 0;
  secmark = 0;
  readonly tuplehash: readonly [NfConntrackTupleHash, NfConntrackTupleHash];
  /** ct->proto.tcp (TCP only). */
  tcp: IpCtTcp | null = null;
  /** ct->proto.udp.stream_ts: when a replied flow becomes a stream (virtual ns). */
  udpStreamTs = 0;
  /** nf_conn_acct: packets and bytes per direction (only when nf_conntrack_acct was on at creation). */
  acct: Float64Array | null = null;
  /** nf_conn_tstamp start (ns), with nf_conntrack_timestamp. */
  tstampStart = 0;
  /** nf_conn_tstamp stop (ns): set by nf_ct_delete(). */
  tstampStop = 0;
  /** Whether the entry has the ecache extension (nf_ct_ecache_ext_add() at creation): without it no event is ever reported. */
  ecacheExt = false;
  /** nf_conntrack_ecache.ctmask: the events reported (1 << IPCT_*); a CT target's template holds its --ctevents here. */
  ecacheCtmask = 0;
  /** ct->master (expectations): the connection this one is related to. */
  master: NfConn | null = null;
  /** The NAT extension (struct nf_conn_nat), owned by nf_nat. */
  nat: unknown = null;
  /** The ctnetlink id (nf_ct_get_id()). */
  id = 0;
  /** nf_conntrack_ecache.cache: events not yet delivered (1 << IPCT_*). */
  ecache = 0;
  /** ct->zone (nf_ct_zone()): the shared default unless made in another zone. */
  zone: Readonly<NfConntrackZone> = nfCtZoneDflt;

  constructor(readonly net: Net) {
    this.tuplehash = [new NfConntrackTupleHash(this), new NfConntrackTupleHash(this)];
  }

  /** nf_ct_protonum() */
  get protonum(): number {
    return this.tuplehash[0].tuple.protonum;
  }
}

/** struct ip_conntrack_stat: what conntrack -S prints. */
export class IpConntrackStat {
  found = 0;
  invalid = 0;
  insert = 0;
  insertFailed = 0;
  drop = 0;
  earlyDrop = 0;
  error = 0;
  searchRestart = 0;
  clashResolve = 0;
  chaintoolong = 0;
}

/**
 * num_possible_cpus() of the emulated machine (the reference host's 2).
 * Linux: the per-CPU counters land where the softirq ran; tuxnet runs every
 * packet on CPU 0, the other CPUs' counters stay 0.
 */
export const NF_CT_NR_CPUS = 2;

/** The statistics of one CPU: the namespace's for CPU 0, zeros for the others. */
export function nfCtStatOfCpu(cn: NfConntrackNet, cpu: number): IpConntrackStat {
  return cpu === 0 ? cn.stat : new IpConntrackStat();
}

/** The timeouts (seconds) of the protocol trackers: struct nf_{tcp,udp,icmp,generic}_net. */
export class NfCtTimeouts {
  /** TCP, by enum tcp_conntrack (NONE as SYN_SENT .. SYN_SENT2, MAX, IGNORE unused, RETRANS, UNACK). */
  readonly tcp: number[] = [120, 120, 60, 432000, 120, 60, 30, 120, 10, 120, 0, 0, 300, 300];
  udp = 30;
  udpStream = 120;
  icmp = 30;
  generic = 600;
}

/** The net.netfilter.nf_conntrack_* knobs of one namespace (struct netns_ct sysctls). */
export class NfCtSysctl {
  acct = 0;
  checksum = 1;
  events = 2;
  timestamp = 0;
  logInvalid = 0;
  tcpLoose = 1;
  tcpBeLiberal = 0;
  tcpIgnoreInvalidRst = 0;
  tcpMaxRetrans = 3;
  readonly timeouts = new NfCtTimeouts();
}

/** The internal bucket count (Linux sizes the table from memory; tuxnet reports nf_conntrack_buckets but hashes into fewer). */
const HASH_BITS = 14;
const HASH_SIZE = 1 << HASH_BITS;

/** struct netns_ct + the namespace's view of the global table (nf_conntrack_hash). */
export class NfConntrackNet {
  /** cnet->count: confirmed entries in the table. */
  count = 0;
  /** nf_conntrack_max (global in Linux: read-only in other namespaces). */
  max = 262144;
  /** nf_conntrack_htable_size as the sysctl shows it. */
  htableSize = 262144;
  /** The buckets, allocated with the first entry. */
  hash: (NfConntrackTupleHash | null)[] = [];
  /** nf_conntrack_hash_rnd; Linux draws it at random, tuxnet mixes the namespace cookie (the lab's RNG is left alone). */
  readonly hashRnd: number;
  readonly stat = new IpConntrackStat();
  readonly sysctl = new NfCtSysctl();
  /** nf_ct_netns_get() users; the hooks are registered while > 0. */
  users = 0;
  /** The hook ops once registered (nf_conntrack_proto.ts). */
  hooks: unknown = null;
  /** Called for every conntrack removed from the table (extensions' destroy). */
  readonly destroyHooks: ((ct: NfConn) => void)[] = [];
  /** net->ct.ctnetlink_has_listener: a ctnetlink socket has joined a conntrack event group (set by nf_conntrack_standalone.ts). */
  hasListener: (net: Net) => boolean = () => false;
  /** ctnetlink event listeners (conntrack -E), see nf_conntrack_ecache.ts. */
  readonly listeners: ((event: number, ct: NfConn, portid: number) => void)[] = [];
  /** Scratch tuples for the packet path (no allocation per packet). */
  readonly scratch = [new NfConntrackTuple(), new NfConntrackTuple(), new NfConntrackTuple(), new NfConntrackTuple()] as const;
  readonly tcpSeg = new NfCtTcpSeg();
  /** The zone a template takes from the mark (nf_ct_zone_tmpl()'s `tmp`), per namespace: no allocation per packet. */
  readonly tmpZone: NfConntrackZone = { id: 0, flags: 0, dir: 0 };
  nextId = 1;
  /** struct conntrack_gc_work: the delayed work, pending while the table holds entries. */
  gcTimer: Timer | null = null;

  constructor(net: Net) {
    this.hashRnd = Math.imul(net.cookie ^ 0x5bd1e995, 0x9e3779b1) >>> 0;
  }
}

/** The namespace's conntrack state, or null while nothing there has loaded conntrack. */
export function nfCtPernet(net: Net): NfConntrackNet | null {
  return net.nf.ct;
}

/** Create the namespace's conntrack state on first use (the module's pernet init). */
export function nfCtPernetInit(net: Net): NfConntrackNet {
  let cn = net.nf.ct;
  if (!cn) {
    cn = new NfConntrackNet(net);
    net.nf.ct = cn;
  }
  return cn;
}

/**
 * nf_ct_get(): the packet's conntrack (null when untracked or invalid; a
 * CT target's template until conntrack takes it); skb.nfctinfo is the ctinfo.
 */
export function nfCtGet(skb: SkBuff): NfConn | null {
  return skb.nfct as NfConn | null;
}

/**
 * nf_ct_tmpl_alloc(): a template of `zone` (IPS_TEMPLATE, confirmed as
 * xt_ct_tg_check() and nft_ct set it): attached to a packet before
 * conntrack, which takes its zone and lets it go. Its tuples are zero.
 */
export function nfCtTmplAlloc(net: Net, zone: Readonly<NfConntrackZone>): NfConn {
  const ct = new NfConn(net);
  ct.status = IPS_TEMPLATE | IPS_CONFIRMED;
  if (zone !== nfCtZoneDflt) ct.zone = { id: zone.id, flags: zone.flags, dir: zone.dir };
  return ct;
}

/** nf_ct_is_template() */
export const nfCtIsTemplate = (ct: NfConn): boolean => (ct.status & IPS_TEMPLATE) !== 0;

/** nf_ct_set() */
export function nfCtSet(skb: SkBuff, ct: NfConn | null, ctinfo: number): void {
  skb.nfct = ct;
  skb.nfctinfo = ctinfo;
}

/** nf_ct_is_confirmed() */
export const nfCtIsConfirmed = (ct: NfConn): boolean => (ct.status & IPS_CONFIRMED) !== 0;
/** nf_ct_is_dying() */
export const nfCtIsDying = (ct: NfConn): boolean => (ct.status & IPS_DYING) !== 0;

/** nf_ct_is_expired(): the timeout is absolute once confirmed. */
export function nfCtIsExpired(ct: NfConn, now: number): boolean {
  return ct.timeout - now <= 0;
}

/**
 * nf_ct_expires(): what is left, in ns: max((s32)(ct->timeout - nfct_time_stamp), 0). Before
 * confirmation ct->timeout is still the relative timeout, and jiffies (a host up for more than the
 * few minutes of any timeout) are far past it: 0 (xt_conntrack's --ctexpire of a new flow's first packet).
 */
export function nfCtExpires(ct: NfConn, now: number): number {
  if (!nfCtIsConfirmed(ct)) return 0;
  const left = ct.timeout - now;
  return left > 0 ? left : 0;
}

/** __hash_bucket(): reciprocal scale of the raw hash, whose key hash_conntrack_raw() mixes with the zone id. */
function bucketOf(cn: NfConntrackNet, t: NfConntrackTuple, zoneId: number): number {
  return hashConntrackBucket(t, cn.hashRnd ^ zoneId, HASH_BITS);
}

/** The bucket a tuple hash of the table sits in: its tuple, its connection's zone in its direction. */
function bucketOfHash(cn: NfConntrackNet, h: NfConntrackTupleHash): number {
  return bucketOf(cn, h.tuple, nfCtZoneId(h.ct.zone, h.tuple.dir));
}

/**
 * ____nf_conntrack_find(): the tuple hash of the bucket hashed with
 * `zoneId` whose tuple equals `t` in `zone` (nf_ct_key_equal(): the zones
 * equal in the direction of the hash); expired entries met on the way are
 * collected (nf_ct_gc_expired()).
 */
function nfConntrackFind(net: Net, cn: NfConntrackNet, t: NfConntrackTuple, zone: Readonly<NfConntrackZone>, zoneId: number): NfConntrackTupleHash | null {
  const now = net.sched.now;
  let h = cn.hash[bucketOf(cn, t, zoneId)] ?? null;
  while (h) {
    const next = h.next;
    if (nfCtIsExpired(h.ct, now)) nfCtGcExpired(h.ct);
    // Linux 6.x counts no `found` (nor `insert`) on the packet path any more: conntrack -S shows 0.
    else if (nfCtTupleEqual(t, h.tuple) && nfCtZoneEqual(h.ct.zone, zone, h.tuple.dir)) return h;
    h = next;
  }
  return null;
}

/**
 * nf_conntrack_find_get(): a live entry for the tuple in `zone`, either
 * direction: looked up with the zone's original id, then (a zone of one
 * direction) with its reply id.
 */
export function nfConntrackFindGet(net: Net, t: NfConntrackTuple, zone: Readonly<NfConntrackZone> = nfCtZoneDflt): NfConntrackTupleHash | null {
  const cn = net.nf.ct;
  if (!cn) return null;
  const zid = nfCtZoneId(zone, IP_CT_DIR_ORIGINAL);
  let h = nfConntrackFind(net, cn, t, zone, zid);
  if (!h) {
    const rid = nfCtZoneId(zone, IP_CT_DIR_REPLY);
    if (rid !== zid) h = nfConntrackFind(net, cn, t, zone, rid);
  }
  return h && !nfCtIsDying(h.ct) ? h : null;
}

/**
 * nf_conntrack_tuple_taken(): whether another connection already uses
 * `t` as its reply tuple (NAT picks a free one); each taken tuple counts
 * in the `found` statistic (conntrack -S).
 */
export function nfConntrackTupleTaken(t: NfConntrackTuple, ignored: NfConn): boolean {
  const net = ignored.net;
  const cn = net.nf.ct;
  if (!cn) return false;
  // hashed with the zone's reply id: `t` is a reply tuple NAT would give the connection
  const zone = ignored.zone;
  const h = nfConntrackFind(net, cn, t, zone, nfCtZoneId(zone, IP_CT_DIR_REPLY));
  const taken = h !== null && h.ct !== ignored && !nfCtIsDying(h.ct);
  if (taken) cn.stat.found++;
  return taken;
}

function hashInsert(cn: NfConntrackNet, h: NfConntrackTupleHash): void {
  if (cn.hash.length === 0) cn.hash = new Array<NfConntrackTupleHash | null>(HASH_SIZE).fill(null);
  const b = bucketOfHash(cn, h);
  h.next = cn.hash[b] ?? null;
  cn.hash[b] = h;
}

function hashUnlink(cn: NfConntrackNet, h: NfConntrackTupleHash): void {
  const b = bucketOfHash(cn, h);
  let p = cn.hash[b] ?? null;
  if (p === h) {
    cn.hash[b] = h.next;
    h.next = null;
    return;
  }
  while (p) {
    if (p.next === h) {
      p.next = h.next;
      h.next = null;
      return;
    }
    p = p.next;
  }
}

/**
 * nf_conntrack_alter_reply(): NAT changed the reply tuple of a connection
 * not yet confirmed (as the kernel requires: WARN_ON(nf_ct_is_confirmed)).
 */
export function nfConntrackAlterReply(ct: NfConn, newreply: NfConntrackTuple): void {
  ct.tuplehash[IP_CT_DIR_REPLY].tuple.copyFrom(newreply);
  ct.tuplehash[IP_CT_DIR_REPLY].tuple.dir = IP_CT_DIR_REPLY;
}

/**
 * early_drop(): table full; delete one unassured entry from the buckets
 * next to where the new one would go (NF_CT_EVICTION_RANGE of 8).
 */
function earlyDrop(net: Net, cn: NfConntrackNet, t: NfConntrackTuple, zoneId: number): boolean {
  const now = net.sched.now;
  if (cn.hash.length === 0) return false;
  let bucket = bucketOf(cn, t, zoneId);
  for (let i = 0; i < 8; i++, bucket = (bucket + 1) % HASH_SIZE) {
    let drops = 0;
    for (let h = cn.hash[bucket] ?? null; h; ) {
      const next = h.next;
      const ct = h.ct;
      if (nfCtIsExpired(ct, now)) nfCtGcExpired(ct);
      else if (!(ct.status & IPS_ASSURED) && !nfCtIsDying(ct) && nfCtIsConfirmed(ct) && nfCtDelete(ct)) drops++;
      h = next;
    }
    if (drops) {
      cn.stat.earlyDrop += drops;
      return true;
    }
  }
  return false;
}

/** net_warn_ratelimited() of a full table, into the kernel log ring dmesg reads. */
function tableFullWarn(net: Net): void {
  net.nf.log.push({ time: net.sched.now, level: 4, text: 'nf_conntrack: nf_conntrack: table full, dropping packet' });
}

/**
 * __nf_conntrack_alloc(): a new, unconfirmed connection for `orig` and its
 * inverse `repl`; null when the table is full and nothing could be evicted
 * (the caller drops the packet).
 * Linux: the count includes unconfirmed entries; tuxnet counts the table
 * and checks again at confirmation, so the bound holds the same way.
 */
export function nfConntrackAlloc(
  net: Net, orig: NfConntrackTuple, repl: NfConntrackTuple, zone: Readonly<NfConntrackZone> = nfCtZoneDflt, tmpl: NfConn | null = null,
): NfConn | null {
  const cn = net.nf.ct!;
  if (cn.max && cn.count + 1 > cn.max && !earlyDrop(net, cn, orig, nfCtZoneId(zone, IP_CT_DIR_ORIGINAL))) {
    tableFullWarn(net);
    return null;
  }
  const ct = new NfConn(net);
  ct.tuplehash[IP_CT_DIR_ORIGINAL].tuple.copyFrom(orig).dir = IP_CT_DIR_ORIGINAL;
  ct.tuplehash[IP_CT_DIR_REPLY].tuple.copyFrom(repl).dir = IP_CT_DIR_REPLY;
  if (cn.sysctl.acct) ct.acct = new Float64Array(4);
  // init_conntrack(): the template's event masks (nf_ct_ecache_find(tmpl))
  nfCtEcacheExtAdd(ct, tmpl?.ecacheExt ? tmpl.ecacheCtmask : 0, 0);
  // nf_ct_zone_add(): the entry keeps its own copy (a zone from the mark is the caller's scratch)
  if (zone !== nfCtZoneDflt) ct.zone = { id: zone.id, flags: zone.flags, dir: zone.dir };
  return ct;
}

/**
 * __nf_conntrack_confirm(): put the packet's new connection in the table.
 * A clash with an entry made meanwhile attaches the packet to that one
 * (nf_ct_resolve_clash); returns an NF_* verdict (1 accept, 0 drop).
 */
export function nfConntrackConfirmCt(skb: SkBuff, ct: NfConn): number {
  const net = ct.net;
  const cn = net.nf.ct!;
  ct.status |= IPS_CONFIRMED;
  if (nfCtIsDying(ct)) {
    cn.stat.insertFailed++;
    return 0;
  }
  const o = findOwnTuple(net, cn, ct, IP_CT_DIR_ORIGINAL);
  const r = o ? null : findOwnTuple(net, cn, ct, IP_CT_DIR_REPLY);
  const other = o ?? r;
  if (other) {
    ct.status &= ~IPS_CONFIRMED;
    if (o && o.tuple.dir === IP_CT_DIR_ORIGINAL && nfCtTupleEqual(o.ct.tuplehash[1].tuple, ct.tuplehash[1].tuple)) {
      // nf_ct_resolve_clash(): the same flow; the packet takes the entry that won.
      skb.nfct = o.ct;
      cn.stat.clashResolve++;
      return 1;
    }
    cn.stat.insertFailed++;
    cn.stat.drop++;
    return 0;
  }
  if (cn.max && cn.count >= cn.max && !earlyDrop(net, cn, ct.tuplehash[0].tuple, nfCtZoneId(ct.zone, IP_CT_DIR_ORIGINAL))) {
    tableFullWarn(net);
    cn.stat.drop++;
    return 0;
  }
  hashInsertConfirmed(net, cn, ct);
  return 1;
}

/** An entry of the table holding `ct`'s tuple of direction `dir` in its zone (where that tuple would be hashed). */
function findOwnTuple(net: Net, cn: NfConntrackNet, ct: NfConn, dir: number): NfConntrackTupleHash | null {
  return nfConntrackFind(net, cn, ct.tuplehash[dir]!.tuple, ct.zone, nfCtZoneId(ct.zone, dir));
}

/** What confirmation does once the tuples are free: the timer runs from now (ct->timeout += nfct_time_stamp), both directions hashed, counted. */
function hashInsertConfirmed(net: Net, cn: NfConntrackNet, ct: NfConn): void {
  ct.timeout += net.sched.now;
  ct.id = cn.nextId++;
  if (cn.sysctl.timestamp) ct.tstampStart = net.sched.now;
  hashInsert(cn, ct.tuplehash[IP_CT_DIR_ORIGINAL]);
  hashInsert(cn, ct.tuplehash[IP_CT_DIR_REPLY]);
  cn.count++;
  nfCtGcSchedule(net, cn);
}

/**
 * nf_conntrack_hash_check_insert(): a connection made by ctnetlink (not by
 * a packet) goes in confirmed, unless either of its tuples is taken
 * (EEXIST).
 */
export function nfConntrackHashCheckInsert(ct: NfConn): 'EEXIST' | null {
  const net = ct.net;
  const cn = net.nf.ct!;
  if (findOwnTuple(net, cn, ct, IP_CT_DIR_ORIGINAL) || findOwnTuple(net, cn, ct, IP_CT_DIR_REPLY)) return 'EEXIST';
  ct.status |= IPS_CONFIRMED;
  cn.stat.insert++;
  hashInsertConfirmed(net, cn, ct);
  return null;
}

/**
 * __nf_ct_refresh_acct(): a new timeout from now (relative until confirmed), and the packet counted.
 * `extraSec` in whole seconds (the kernel passes jiffies): a small integer argument, where
 * nanoseconds would be a double boxed on every call.
 */
export function nfCtRefreshAcct(ct: NfConn, ctinfo: number, skb: SkBuff | null, extraSec: number): void {
  const extraNs = extraSec * 1e9;
  if (!(ct.status & IPS_FIXED_TIMEOUT)) ct.timeout = nfCtIsConfirmed(ct) ? ct.net.sched.now + extraNs : extraNs;
  if (ct.acct && skb) {
    const d = ctinfo >= 3 ? 1 : 0;
    ct.acct[d * 2]! += 1;
    ct.acct[d * 2 + 1]! += skb.len;
  }
}

/** nf_ct_refresh() */
export function nfCtRefresh(ct: NfConn, extraSec: number): void {
  nfCtRefreshAcct(ct, 0, null, extraSec);
}

/** Take the entry out of the table (clean_from_lists) and let the extensions go. */
function unlinkCt(ct: NfConn): void {
  const cn = ct.net.nf.ct!;
  hashUnlink(cn, ct.tuplehash[IP_CT_DIR_ORIGINAL]);
  hashUnlink(cn, ct.tuplehash[IP_CT_DIR_REPLY]);
  cn.count--;
  for (const f of cn.destroyHooks) f(ct);
}

/** nf_ct_delete(): mark it dying, announce IPCT_DESTROY (on behalf of netlink socket `portid`, 0: the kernel), remove it; false when already dying. */
export function nfCtDelete(ct: NfConn, portid = 0): boolean {
  if (nfCtIsDying(ct) || !nfCtIsConfirmed(ct)) return false;
  ct.status |= IPS_DYING;
  // nf_ct_delete(): the timestamp's stop, back-dated by how long ago the entry expired
  if (ct.tstampStart) {
    const now = ct.net.sched.now;
    ct.tstampStop = now - Math.max(0, now - ct.timeout);
  }
  nfCtEvent(ct, IPCT_DESTROY, portid);
  unlinkCt(ct);
  return true;
}

/** nf_ct_kill() */
export const nfCtKill = nfCtDelete;

/** nf_ct_gc_expired(): an expired entry met during a walk is deleted. */
export function nfCtGcExpired(ct: NfConn): void {
  nfCtDelete(ct);
}

/** Every confirmed entry, once (the ORIGINAL tuple hash of each), in bucket order. */
export function nfCtForEach(net: Net, fn: (ct: NfConn) => void): void {
  const cn = net.nf.ct;
  if (!cn) return;
  const all: NfConn[] = [];
  for (let b = 0; b < cn.hash.length; b++) {
    for (let h = cn.hash[b] ?? null; h; h = h.next) if (h.tuple.dir === IP_CT_DIR_ORIGINAL) all.push(h.ct);
  }
  for (const ct of all) fn(ct);
}

/** gc_worker(): collect every expired entry now (before a dump or a count is read). */
export function nfCtGcAll(net: Net): void {
  const now = net.sched.now;
  nfCtForEach(net, (ct) => {
    if (nfCtIsExpired(ct, now)) nfCtGcExpired(ct);
  });
}

/** nf_ct_iterate_cleanup_net(): delete every entry for which `iter` says so; returns how many. */
export function nfCtIterateCleanupNet(net: Net, iter: (ct: NfConn) => boolean): number {
  let n = 0;
  nfCtGcAll(net);
  nfCtForEach(net, (ct) => {
    if (iter(ct) && nfCtDelete(ct)) n++;
  });
  return n;
}

/* net/netfilter/nf_conntrack_core.c: the gc worker's figures, in jiffies at HZ=1000 (ms). */
const GC_SCAN_INTERVAL_MAX = 60_000;
const GC_SCAN_INTERVAL_MIN = 1_000;
/** Timeouts are clamped to this value (TCP unacknowledged) before they are averaged. */
const GC_SCAN_INTERVAL_CLAMP = 300_000;
/** The initial bias: 100 entries pretended at the upper bound, so three 1 s entries do not make it run every second. */
const GC_SCAN_INITIAL_COUNT = 100;
const GC_SCAN_INTERVAL_INIT = GC_SCAN_INTERVAL_MAX;
/** Expired entries reaped per run before the worker yields (64000u / HZ). */
const GC_SCAN_EXPIRED_MAX = 64;
const MS_NS = 1e6;

/**
 * Arm the gc worker with the first entry of the table.
 * Linux: one worker scans the global table from module load on, whether
 * anything is there or not (first run HZ after nf_conntrack_init_start());
 * tuxnet runs one per namespace while its table holds entries, so an idle
 * lab has no pending event. The first scan then comes
 * GC_SCAN_INTERVAL_INIT after the first entry: one of the phases the
 * kernel's worker can have.
 */
function nfCtGcSchedule(net: Net, cn: NfConntrackNet): void {
  if (net.sched.pending(cn.gcTimer)) return;
  cn.gcTimer = net.sched.schedule(GC_SCAN_INTERVAL_INIT * MS_NS, () => gcWorker(net, cn));
}

/**
 * gc_worker(): reap every expired entry (nf_ct_gc_expired(), which sends
 * the DESTROY event now), and pick the next run from the average time the
 * live entries have left: each one pulls next_run towards its clamped
 * timeout by 1/count, starting from GC_SCAN_INTERVAL_INIT weighted
 * GC_SCAN_INITIAL_COUNT times; the result is clamped to
 * [GC_SCAN_INTERVAL_MIN, GC_SCAN_INTERVAL_MAX]. After GC_SCAN_EXPIRED_MAX
 * expired entries the worker yields and comes back a jiffy later.
 * Linux: the scan also stops after GC_SCAN_MAX_DURATION (10 ms) of CPU;
 * a scan takes no virtual time here.
 */
function gcWorker(net: Net, cn: NfConntrackNet): void {
  cn.gcTimer = null;
  const now = net.sched.now;
  let nextRun = GC_SCAN_INTERVAL_INIT;
  let count = GC_SCAN_INITIAL_COUNT;
  let expired = 0;
  nfCtForEach(net, (ct) => {
    if (expired > GC_SCAN_EXPIRED_MAX) return;
    if (nfCtIsExpired(ct, now)) {
      nfCtGcExpired(ct);
      expired++;
      return;
    }
    const left = Math.min(Math.max(Math.trunc(nfCtExpires(ct, now) / MS_NS), GC_SCAN_INTERVAL_MIN), GC_SCAN_INTERVAL_CLAMP);
    nextRun += Math.trunc((left - nextRun) / ++count);
  });
  if (expired > GC_SCAN_EXPIRED_MAX) nextRun = 1;
  else nextRun = Math.min(Math.max(nextRun, GC_SCAN_INTERVAL_MIN), GC_SCAN_INTERVAL_MAX);
  if (cn.count > 0) cn.gcTimer = net.sched.schedule(nextRun * MS_NS, () => gcWorker(net, cn));
}
