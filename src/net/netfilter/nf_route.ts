/**
 * ip_route_me_harder(): a LOCAL_OUT hook changed what the route was chosen
 * by (mark, addresses, TOS): route the packet again, as Linux does after
 * mangle/route chains.
 * @linux net/ipv4/netfilter.c ip_route_me_harder()
 */
import type { SkBuff } from '../core/skbuff.js';
import type { Net } from '../core/net_namespace.js';
import type { NetDevice } from '../core/netdevice.js';
import { newFlowi4 } from '../ipv4/fib_rules.js';
import { ipRouteOutputKey } from '../ipv4/route.js';
import { inetAddrTypeDevTable } from '../ipv4/arp.js';
import { RTN_LOCAL, RTN_UNICAST } from '../ipv4/fib_types.js';
import { Iph } from '../../wire/ipv4.js';
import { getU32 } from '../../wire/bytes.js';

/**
 * The source ip_route_me_harder() routes from: a local or unicast one is
 * kept with FLOWI_FLAG_ANYSRC (a REJECT on FORWARD answers as the
 * destination), any other (broadcast, multicast...) becomes 0. `dev` is
 * the packet's route device (skb_dst_dev()).
 */
export function routeMeHarderKeepsSrc(net: Net, dev: NetDevice | null, saddr: number): boolean {
  if (!dev) return true;
  const type = inetAddrTypeDevTable(net, dev, saddr);
  return type === RTN_LOCAL || type === RTN_UNICAST;
}

/** Returns 0, or a negative value when no route is found (the caller drops). */
export function ipRouteMeHarder(net: Net, skb: SkBuff): number {
  const b = skb.buf;
  const nh = skb.networkHeader;
  const saddr = getU32(b, nh + Iph.Saddr);
  const sk = skb.sk;
  const keep = routeMeHarderKeepsSrc(net, skb.dst?.dev ?? skb.dev, saddr);
  const fl4 = newFlowi4({
    daddr: getU32(b, nh + Iph.Daddr), saddr: keep ? saddr : 0, tos: b[nh + Iph.Tos]! & 0x1e, oif: sk ? sk.skBoundDevIf : 0,
    mark: skb.mark, proto: b[nh + Iph.Protocol]!, anySrc: keep,
  });
  const rt = ipRouteOutputKey(net, fl4);
  if (typeof rt === 'string') return -1;
  skb.dst = rt;
  return 0;
}
