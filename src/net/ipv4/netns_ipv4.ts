/**
 * struct netns_ipv4: the per-namespace IPv4 state.
 * @linux include/net/netns/ipv4.h
 */
import type { Net } from '../core/net_namespace.js';
import { Ipv4Devconf, newDevconfAll, newDevconfDflt } from './devconf.js';
import { Ipv4Sysctls } from './sysctl_net_ipv4.js';
import { FibNet } from './fib_frontend.js';
import { inetdevEvent } from './devinet.js';
import { SockHashTable } from '../core/sock.js';
import type { RawSock } from './raw.js';

export class NetnsIpv4 {
  /** net->ipv4.devconf_all and devconf_dflt (conf/all, conf/default). */
  readonly devconfAll: Ipv4Devconf = newDevconfAll();
  readonly devconfDflt: Ipv4Devconf = newDevconfDflt();
  /** The net.ipv4.* knobs that are not per device. */
  readonly sysctl = new Ipv4Sysctls();
  /** FIB tables and rules. */
  readonly fib: FibNet;
  /** raw_v4_hashinfo: the namespace's raw sockets by protocol (Linux: one global table keyed by net too). */
  readonly rawV4Hashinfo = new SockHashTable<RawSock>();

  constructor(readonly net: Net) {
    // devinet_init() registers inetdev_event before ip_fib_init() adds fib_netdev_event.
    net.netdevChain.register((ev, dev, info) => inetdevEvent(ev, dev, info));
    this.fib = new FibNet(net);
  }
}
