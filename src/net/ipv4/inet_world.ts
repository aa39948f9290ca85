/**
 * What IPv4 keeps for the whole machine rather than per namespace:
 * inet_protos[] (the transport handlers IP delivers to) and the hooks later subsystems fill in (UDP sockets,
 * next-hop exceptions, netconf/netevent notifications). One per lab world
 * (NetWorld.inet).
 * @linux net/ipv4/protocol.c inet_protos[]
 */
import type { NetProtocol } from './protocol.js';
import type { IcmpScratch } from './icmp_send.js';
import type { UdpHooks } from './udp.js';
import type { Ipv4RouteErrorHooks } from './route_error.js';
import type { Ipv4SysctlHooks } from './sysctl_net_ipv4.js';
import type { HashConnectState } from './inet_hashtables.js';

/** MAX_INET_PROTOS */
export const MAX_INET_PROTOS = 256;

export class InetWorld {
  /** inet_protos[]: the handler of each IP protocol number. */
  readonly protos: (NetProtocol | undefined)[] = new Array<NetProtocol | undefined>(MAX_INET_PROTOS);
  /** The flow and icmp_bxm ICMP messages are built with (icmp_send.ts icmpScratch()), made at the first. */
  icmpScratch: IcmpScratch | null = null;
  /**
   * icmp_xmit_lock(): the ICMP control socket (ipv4_icmp_sk, per CPU, shared by
   * the namespaces) is held while icmp_reply() or __icmp_send() pushes its
   * message through ip_local_out(); an ICMP message asked for on that path (an
   * OUTPUT REJECT of the message) finds it taken (spin_trylock() fails) and is
   * not sent.
   */
  icmpXmitLocked = false;
  /** Where UDP sockets plug in (udp_lookup.ts installs the lookups). */
  readonly udp: UdpHooks = {
    lookup: () => null,
    mcastLookup: () => [],
    err: () => {},
    earlyDemux: () => {},
  };
  /** __inet_hash_connect()'s secret and table_perturb, drawn at the first connect(). */
  tcpConnect: HashConnectState | null = null;
  /** net_secret for secure_tcp_seq() / secure_tcp_ts_off(), drawn at first use. */
  tcpSecret: number | null = null;
  /** What an ICMP error does to the route cache; by default nothing (no next-hop exceptions yet). */
  readonly routeError: Ipv4RouteErrorHooks = {
    updatePmtu: () => {},
    redirect: () => {},
    skUpdatePmtu: () => {},
    skRedirect: () => {},
    dstRedirect: () => false,
  };
  /** fnhe_hash_key: the next-hop exception hash key, drawn at the first exception (net_get_random_once). */
  fnheHashKey: number | null = null;
  /** The notifications a sysctl write sends (rtnetlink and netevent listeners install them). */
  readonly sysctl: Ipv4SysctlHooks = {
    netconfNotify: () => {},
    netevent: () => {},
  };
}
