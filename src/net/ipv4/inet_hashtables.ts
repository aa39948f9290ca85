/**
 * Local ports: the bind tables of UDP (udp_table) and TCP (bhash), the
 * conflict rules of bind() (SO_REUSEADDR, SO_REUSEPORT, bound address and
 * device), and the three ways Linux picks an ephemeral port — UDP's
 * udp_lib_get_port(), TCP bind(0)'s inet_csk_find_open_port() (odd
 * offsets) and TCP connect()'s __inet_hash_connect() (even offsets,
 * table_perturb) — with the lab's seeded RNG in place of get_random_u32().
 * @linux net/ipv4/inet_hashtables.c, net/ipv4/inet_connection_sock.c, net/ipv4/udp.c
 */
import type { Net } from '../core/net_namespace.js';
import type { InetSock } from './inet_sock.js';

/** INET_TABLE_PERTURB_SIZE (1 << 16 in Linux; a smaller table keeps the lab light, same walk). */
const INET_TABLE_PERTURB_SIZE = 1 << 8;
/** udptable->mask + 1 for a small machine (UDP_HTABLE_SIZE_MIN). */
const UDP_HTABLE_SIZE = 256;

/** reciprocal_scale() / get_random_u32_below(): a 32-bit random scaled into [0, n). */
function scale(r: number, n: number): number {
  return Math.floor(((r >>> 0) * n) / 0x1_0000_0000);
}

/** inet_sk_get_local_port_range(): [low, high] of ip_local_port_range. */
export function localPortRange(net: Net): [number, number] {
  const r = net.ipv4.sysctl.ipLocalPortRange;
  return [r[0]!, r[1]!];
}

/** inet_is_local_reserved_port() */
function reserved(net: Net, port: number): boolean {
  return net.ipv4.sysctl.ipLocalReservedPorts.has(port);
}

/** A port-keyed table of bound sockets of one namespace (udp_table's hslot, or TCP's bind buckets). */
export class PortTable<S extends InetSock> {
  private readonly slots = new Map<number, S[]>();

  chain(port: number): readonly S[] {
    return this.slots.get(port) ?? EMPTY;
  }

  add(port: number, sk: S): void {
    const c = this.slots.get(port);
    if (c) c.push(sk);
    else this.slots.set(port, [sk]);
  }

  del(port: number, sk: S): void {
    const c = this.slots.get(port);
    if (!c) return;
    const i = c.indexOf(sk);
    if (i >= 0) c.splice(i, 1);
    if (c.length === 0) this.slots.delete(port);
  }

  /** Every socket, by port (for /proc/net and sock_diag dumps). */
  all(): S[] {
    return [...this.slots.keys()].sort((a, b) => a - b).flatMap((k) => this.slots.get(k)!);
  }
}
const EMPTY: readonly never[] = [];

/** Two sockets' bound addresses or devices overlap: equal, or one is the wildcard. */
function overlaps(a: number, b: number): boolean {
  return !a || !b || a === b;
}

/**
 * udp_lib_lport_inuse() / inet_csk_bind_conflict(): does `sk2` keep `sk`
 * from this port? Not when their addresses or devices differ, nor when
 * both set SO_REUSEADDR (TCP: and neither listens), nor when both set
 * SO_REUSEPORT (one user: root).
 */
export function bindConflict(sk: InetSock, sk2: InetSock, tcp: boolean): boolean {
  if (sk === sk2) return false;
  if (!overlaps(sk.skBoundDevIf, sk2.skBoundDevIf)) return false;
  if (!overlaps(sk.inetRcvSaddr, sk2.inetRcvSaddr)) return false;
  const LISTEN = 10;
  if (sk.skReuse && sk2.skReuse && (!tcp || (sk2.skState !== LISTEN && sk.skState !== LISTEN))) return false;
  if (sk.skReuseport && sk2.skReuseport && (!tcp || sk2.skState === LISTEN || sk2.skState === 7)) return false;
  return true;
}

/** Whether `port` is free for `sk` in `table`. */
export function portFree<S extends InetSock>(table: PortTable<S>, sk: InetSock, port: number, tcp: boolean): boolean {
  for (const sk2 of table.chain(port)) if (bindConflict(sk, sk2, tcp)) return false;
  return true;
}

/**
 * udp_lib_get_port() with snum 0: start at a random port of the range,
 * then walk the ports of the same hash slot in steps of a random odd
 * multiple of the table size, slot after slot. 0 when none is free.
 */
export function udpEphemeralPort<S extends InetSock>(net: Net, table: PortTable<S>, sk: InetSock): number {
  const [low, high] = localPortRange(net);
  const remaining = high - low + 1;
  let rand = net.world.rng.u32();
  let first = scale(rand, remaining) + low;
  rand = (Math.imul(rand | 1, UDP_HTABLE_SIZE) >>> 0) & 0xffff;
  const last = first + UDP_HTABLE_SIZE;
  do {
    let snum = first & 0xffff;
    do {
      if (low <= snum && snum <= high && !reserved(net, snum) && portFree(table, sk, snum, false)) return snum;
      snum = (snum + rand) & 0xffff;
    } while (snum !== (first & 0xffff));
  } while (++first !== last);
  return 0;
}

/**
 * inet_csk_find_open_port(): bind(0) of TCP scans from a random odd offset
 * ("__inet_hash_connect() favors ports having @low parity; we do the
 * opposite"), then the even ones; with SO_REUSEADDR the lower half first.
 */
export function tcpBindEphemeralPort<S extends InetSock>(net: Net, table: PortTable<S>, sk: InetSock): number {
  let [low, high] = localPortRange(net);
  high++;
  let attemptHalf = sk.skReuse ? 1 : 0;
  if (high - low < 4) attemptHalf = 0;
  for (;;) {
    let lo = low;
    let hi = high;
    if (attemptHalf) {
      const half = low + (((high - low) >> 2) << 1);
      if (attemptHalf === 1) hi = half;
      else lo = half;
    }
    let remaining = hi - lo;
    if (remaining > 1) remaining &= ~1;
    let offset = scale(net.world.rng.u32(), remaining) | 1;
    for (;;) {
      let port = lo + offset;
      for (let i = 0; i < remaining; i += 2, port += 2) {
        if (port >= hi) port -= remaining;
        if (!reserved(net, port) && portFree(table, sk, port, true)) return port;
      }
      offset--;
      if (offset & 1) break;
    }
    if (attemptHalf !== 1) return 0;
    attemptHalf = 2;
  }
}

/** Per-world state of __inet_hash_connect(): the secret of the port offset and table_perturb. */
export interface HashConnectState {
  readonly secret: number;
  readonly perturb: Uint32Array;
}

/** secure_ipv4_port_ephemeral(): a keyed hash of the connection's addresses and port (siphash in Linux). */
function portOffset(secret: number, saddr: number, daddr: number, dport: number): number {
  let h = Math.imul(saddr ^ secret, 0x9e3779b1);
  h = Math.imul(h ^ daddr ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ dport ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * __inet_hash_connect(): the source port of connect() on an unbound
 * socket. Ports of low's parity first, from a per-destination offset that
 * table_perturb moves on after each use; `usable(port)` says whether the
 * 4-tuple is free (a port bound by bind() is never reused).
 */
export function tcpConnectPort(net: Net, st: HashConnectState, saddr: number, daddr: number, dport: number, usable: (port: number) => boolean): number {
  const [low, h] = localPortRange(net);
  const high = h + 1;
  let remaining = high - low;
  if (remaining > 1) remaining &= ~1;
  const po = portOffset(st.secret, saddr, daddr, dport);
  const index = po & (INET_TABLE_PERTURB_SIZE - 1);
  let offset = (st.perturb[index]! + (po >>> 16)) % remaining;
  offset &= ~1;
  for (;;) {
    let port = low + offset;
    for (let i = 0; i < remaining; i += 2, port += 2) {
      if (port >= high) port -= remaining;
      if (reserved(net, port) || !usable(port)) continue;
      // "add a little bit of randomness to the next source port".
      const step = Math.max(i, scale(net.world.rng.u32(), 8) * 2);
      st.perturb[index] = (st.perturb[index]! + step + 2) >>> 0;
      return port;
    }
    offset++;
    if (!(offset & 1) || remaining <= 1) return 0;
  }
}

/** The world's hash-connect state, drawn at first use (get_random_sleepable_once). */
export function newHashConnectState(net: Net): HashConnectState {
  const perturb = new Uint32Array(INET_TABLE_PERTURB_SIZE);
  const secret = net.world.rng.u32();
  for (let i = 0; i < perturb.length; i++) perturb[i] = net.world.rng.u32();
  return { secret, perturb };
}
