/**
 * inet_protos[]: the transport handlers IP delivers to, and the raw
 * sockets that see a copy of every packet of their protocol.
 * @linux net/ipv4/protocol.c, net/ipv4/raw.c raw_local_deliver()
 */
import type { SkBuff } from '../core/skbuff.js';
import type { Net, NetWorld } from '../core/net_namespace.js';

/** struct net_protocol: `handler` owns the skb. */
export interface NetProtocol {
  handler(skb: SkBuff, net: Net): void;
  /** err_handler(): an ICMP error about a packet of this protocol; `info` is the ICMP header. */
  errHandler?(skb: SkBuff, net: Net, type: number, code: number, info: number): void;
}

/** inet_add_protocol(): into the world's inet_protos[]. */
export function inetAddProtocol(world: NetWorld, protocol: number, prot: NetProtocol): void {
  world.inet.protos[protocol] = prot;
}

/** inet_del_protocol() */
export function inetDelProtocol(world: NetWorld, protocol: number, prot: NetProtocol): void {
  if (world.inet.protos[protocol] === prot) world.inet.protos[protocol] = undefined;
}

export function inetProto(net: Net, protocol: number): NetProtocol | undefined {
  return net.world.inet.protos[protocol];
}

/** A raw socket's receive side: it gets a clone it owns. */
export interface RawSock {
  readonly net: Net;
  readonly protocol: number;
  /** Bound device index (SO_BINDTODEVICE), 0 for any. */
  boundDev: number;
  /** raw_rcv(): true when the socket accepted the clone. */
  rcv(skb: SkBuff): boolean;
}

const rawSocks = new WeakMap<Net, RawSock[]>();

export function rawHashSk(sk: RawSock): void {
  const list = rawSocks.get(sk.net) ?? [];
  list.push(sk);
  rawSocks.set(sk.net, list);
}

export function rawUnhashSk(sk: RawSock): void {
  const list = rawSocks.get(sk.net);
  if (!list) return;
  const i = list.indexOf(sk);
  if (i >= 0) list.splice(i, 1);
}

/** raw_local_deliver(): a clone to each matching raw socket; whether any took it. */
export function rawLocalDeliver(net: Net, skb: SkBuff, protocol: number): boolean {
  const list = rawSocks.get(net);
  if (!list || list.length === 0) return false;
  let delivered = false;
  // inet_iif(): the route's input interface (for looped-back packets the
  // device the route pointed at), else the receiving device.
  const dif = (skb.dst as { iif?: number } | null)?.iif || skb.skbIif;
  for (const sk of list) {
    if (sk.protocol !== protocol) continue;
    if (sk.boundDev && sk.boundDev !== dif) continue;
    if (sk.rcv(skb.clone())) delivered = true;
  }
  return delivered;
}
