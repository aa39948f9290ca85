/**
 * Next-hop exceptions (struct fib_nh_exception): what ICMP taught a host
 * about one destination behind a next hop — a path MTU (RFC 1191) or a
 * better first hop (RFC 792 redirect) — kept in a hash on the next hop,
 * bound into the routes built for that destination, expiring on the jiffies
 * clock, reset by a new fnhe_genid (`ip route flush cache`).
 * @linux net/ipv4/route.c find_exception(), update_or_create_fnhe(), rt_bind_exception(),
 *        fill_route_from_fnhe(), fnhe_remove_oldest(), __ip_rt_update_pmtu(), include/net/ip_fib.h
 */
import type { Net } from '../core/net_namespace.js';
import type { FibNh } from './fib_semantics.js';
import { jiffies } from './inetpeer.js';
import { rtCacheRoute, type Rtable } from './route.js';

/** FNHE_HASH_SHIFT 11: 2048 buckets per next hop. */
export const FNHE_HASH_SIZE = 1 << 11;
/** FNHE_RECLAIM_DEPTH: beyond 5 (+ a random 0..4) entries a chain drops its oldest. */
export const FNHE_RECLAIM_DEPTH = 5;
/** RTCF_REDIRECTED: the route follows a redirect (`cache <redirected>`). */
export const RTCF_REDIRECTED = 0x00040000;

/** struct fib_nh_exception */
export class FibNhException {
  next: FibNhException | null = null;
  genid = 0;
  daddr = 0;
  pmtu = 0;
  mtuLocked = false;
  gw = 0;
  /** jiffies; 0 never */
  expires = 0;
  stamp = 0;
  rthInput: Rtable | null = null;
  rthOutput: Rtable | null = null;
}

/** nhc_exceptions: the buckets (chain heads), made at the first exception. */
export type FnheHash = (FibNhException | null)[];

/** What a next hop carries for exceptions (FibNh's nhc_exceptions). */
export interface FnheHolder {
  exceptions?: FnheHash | null;
}

function nhExceptions(nh: FibNh): FnheHolder {
  return nh as FibNh & FnheHolder;
}

/** fnhe_hashfun(): a keyed hash (siphash in Linux) of the destination, the key drawn once. */
export function fnheHashfun(net: Net, daddr: number): number {
  const inet = net.world.inet;
  if (inet.fnheHashKey === null) inet.fnheHashKey = net.world.rng.u32();
  let h = Math.imul((daddr ^ inet.fnheHashKey) >>> 0, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) & (FNHE_HASH_SIZE - 1);
}

/** find_exception(): the exception for `daddr`, an expired one deleted on the way. */
export function findException(net: Net, nh: FibNh, daddr: number): FibNhException | null {
  const hash = nhExceptions(nh).exceptions;
  if (!hash) return null;
  const hval = fnheHashfun(net, daddr);
  for (let f = hash[hval] ?? null; f; f = f.next) {
    if (f.daddr !== daddr) continue;
    if (f.expires && jiffies(net) > f.expires) {
      ipDelFnhe(hash, hval, daddr);
      return null;
    }
    return f;
  }
  return null;
}

/** ip_del_fnhe(): unlink the exception and forget its routes. */
function ipDelFnhe(hash: FnheHash, hval: number, daddr: number): void {
  let prev: FibNhException | null = null;
  for (let f = hash[hval] ?? null; f; prev = f, f = f.next) {
    if (f.daddr !== daddr) continue;
    if (prev) prev.next = f.next;
    else hash[hval] = f.next;
    fnheFlushRoutes(f);
    return;
  }
}

/** fnhe_flush_routes(): the routes bound to the exception are not reused. */
function fnheFlushRoutes(f: FibNhException): void {
  f.rthInput = null;
  f.rthOutput = null;
}

/** fnhe_remove_oldest(): the chain's least recently used exception goes. */
function fnheRemoveOldest(hash: FnheHash, hval: number): void {
  let oldest: FibNhException | null = null;
  for (let f = hash[hval] ?? null; f; f = f.next) {
    if (!oldest || f.stamp < oldest.stamp) oldest = f;
  }
  if (oldest) ipDelFnhe(hash, hval, oldest.daddr);
}

/**
 * update_or_create_fnhe(): record a gateway and/or a path MTU for `daddr`
 * behind `nh`, updating the routes already bound to an existing exception.
 */
export function updateOrCreateFnhe(
  net: Net, nh: FibNh, daddr: number, gw: number, pmtu: number, lock: boolean, expires: number,
): void {
  const genid = net.ipv4.fib.fnheGenid;
  const holder = nhExceptions(nh);
  let hash = holder.exceptions;
  if (!hash) hash = holder.exceptions = new Array<FibNhException | null>(FNHE_HASH_SIZE).fill(null);
  const hval = fnheHashfun(net, daddr);
  let depth = 0;
  let fnhe: FibNhException | null = hash[hval] ?? null;
  for (; fnhe; fnhe = fnhe.next) {
    if (fnhe.daddr === daddr) break;
    depth++;
  }
  const now = jiffies(net);
  if (fnhe) {
    if (fnhe.genid !== genid) fnhe.genid = genid;
    if (gw) fnhe.gw = gw;
    if (pmtu) {
      fnhe.pmtu = pmtu;
      fnhe.mtuLocked = lock;
    }
    fnhe.expires = Math.max(1, expires);
    if (fnhe.rthInput) fillRouteFromFnhe(fnhe.rthInput, fnhe);
    if (fnhe.rthOutput) fillRouteFromFnhe(fnhe.rthOutput, fnhe);
  } else {
    // "Randomize max depth to avoid some side channels attacks."
    const maxDepth = FNHE_RECLAIM_DEPTH + (net.world.rng.u32() % FNHE_RECLAIM_DEPTH);
    while (depth > maxDepth) {
      fnheRemoveOldest(hash, hval);
      depth--;
    }
    fnhe = new FibNhException();
    fnhe.next = hash[hval] ?? null;
    fnhe.genid = genid;
    fnhe.daddr = daddr;
    fnhe.gw = gw;
    fnhe.pmtu = pmtu;
    fnhe.mtuLocked = lock;
    fnhe.expires = Math.max(1, expires);
    hash[hval] = fnhe;
    // "Exception created; mark the cached routes for the nexthop stale, so
    // anyone caching it rechecks if this exception applies to them."
    killCachedRoute(nh.rthInput);
    killCachedRoute(nh.rthOutput);
  }
  fnhe.stamp = now;
}

/** rt->dst.obsolete = DST_OBSOLETE_KILL: sockets holding the route look again (ipv4_dst_check). */
function killCachedRoute(rt: unknown): void {
  if (rt) (rt as Rtable).killed = true;
}

/**
 * fib_nhc_update_mtu(): a new device MTU reaches the path MTUs learnt
 * behind a next hop: a locked one (min_pmtu) is lowered and unlocked when
 * the device goes down to it or below; another follows when the device
 * goes below it, or when it was the device's old MTU. The routes bound to
 * the exceptions keep theirs until a lookup rebuilds them (after
 * rt_cache_flush()): `ip route show cache` prints them as they are.
 */
export function fibNhcUpdateMtu(nh: FibNh, newMtu: number, origMtu: number): void {
  const hash = nhExceptions(nh).exceptions;
  if (!hash) return;
  for (const head of hash) {
    for (let fnhe = head; fnhe; fnhe = fnhe.next) {
      if (fnhe.mtuLocked) {
        if (newMtu > fnhe.pmtu) continue;
        fnhe.pmtu = newMtu;
        fnhe.mtuLocked = false;
      } else if (newMtu < fnhe.pmtu || origMtu === fnhe.pmtu) fnhe.pmtu = newMtu;
    }
  }
}

/** fib_sync_mtu(): every next hop through `dev` (fib_info_devhash). */
export function fibSyncMtu(infos: Iterable<{ nhs: FibNh[] }>, dev: FibNh['dev'], origMtu: number): void {
  for (const fi of infos) for (const nh of fi.nhs) if (nh.dev === dev && dev) fibNhcUpdateMtu(nh, dev.mtu, origMtu);
}

/** fill_route_from_fnhe(): the path MTU, its lock and the exception's expiry, a redirected gateway. */
export function fillRouteFromFnhe(rt: Rtable, fnhe: FibNhException): void {
  rt.pmtu = fnhe.pmtu;
  rt.mtuLocked = fnhe.mtuLocked;
  rt.expires = fnhe.expires;
  if (fnhe.gw) {
    rt.flags = (rt.flags | RTCF_REDIRECTED) >>> 0;
    rt.usesGateway = true;
    rt.gateway = fnhe.gw;
  }
}

/**
 * rt_bind_exception(): a stale exception (older fnhe_genid) is reset, then
 * the route takes what it says and is cached on it, for input or output.
 */
export function rtBindException(net: Net, rt: Rtable, fnhe: FibNhException, daddr: number, doCache = true): void {
  if (daddr !== fnhe.daddr) return;
  const genid = net.ipv4.fib.fnheGenid;
  if (fnhe.genid !== genid) {
    fnhe.genid = genid;
    fnhe.gw = 0;
    fnhe.pmtu = 0;
    fnhe.expires = 0;
    fnhe.mtuLocked = false;
    fnheFlushRoutes(fnhe);
  }
  fillRouteFromFnhe(rt, fnhe);
  if (!rt.gateway) rt.gateway = daddr;
  if (doCache) rtCacheRoute(fnhe, rt);
  fnhe.stamp = jiffies(net);
}

/**
 * fnhe_dump_bucket(): the exceptions of a next hop that are current
 * (this fnhe_genid, not expired) and have a route bound, in hash order.
 */
export function fnheDumpable(net: Net, nh: FibNh): { daddr: number; rt: Rtable }[] {
  const hash = nhExceptions(nh).exceptions;
  if (!hash) return [];
  const genid = net.ipv4.fib.fnheGenid;
  const now = jiffies(net);
  const out: { daddr: number; rt: Rtable }[] = [];
  for (let i = 0; i < FNHE_HASH_SIZE; i++) {
    for (let f = hash[i] ?? null; f; f = f.next) {
      if (f.genid !== genid) continue;
      if (f.expires && now > f.expires) continue;
      const rt = f.rthInput ?? f.rthOutput;
      if (rt) out.push({ daddr: f.daddr, rt });
    }
  }
  return out;
}
