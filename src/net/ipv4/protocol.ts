/**
 * inet_protos[]: the transport handlers IP delivers to.
 * @linux net/ipv4/protocol.c
 */
import type { SkBuff } from '../core/skbuff.js';
import type { Net } from '../core/net_namespace.js';

/** struct net_protocol: `handler` owns the skb. */
export interface NetProtocol {
  handler(skb: SkBuff, net: Net): void;
  /** err_handler(): an ICMP error about a packet of this protocol; `info` is the ICMP header. */
  errHandler?(skb: SkBuff, net: Net, type: number, code: number, info: number): void;
}

const inetProtos: (NetProtocol | undefined)[] = new Array(256);

/** inet_add_protocol() */
export function inetAddProtocol(protocol: number, prot: NetProtocol): void {
  inetProtos[protocol] = prot;
}

export function inetProto(protocol: number): NetProtocol | undefined {
  return inetProtos[protocol];
}
