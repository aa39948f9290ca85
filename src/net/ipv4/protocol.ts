/**
 * inet_protos[]: the transport handlers IP delivers to.
 * @linux net/ipv4/protocol.c
 */
import type { SkBuff } from '../core/skbuff.js';
import type { Net, NetWorld } from '../core/net_namespace.js';

/** struct net_protocol: `handler` owns the skb. */
export interface NetProtocol {
  handler(skb: SkBuff, net: Net): void;
  /** err_handler(): an ICMP error about a packet of this protocol; `info` is the ICMP header. */
  errHandler?(skb: SkBuff, net: Net, type: number, code: number, info: number): void;
  /** early_demux(): before routing, may give the skb the input route its socket cached (skb_dst_set_noref()). */
  earlyDemux?(skb: SkBuff, net: Net): void;
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
