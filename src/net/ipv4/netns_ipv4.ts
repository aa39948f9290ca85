/**
 * struct netns_ipv4: the per-namespace IPv4 state.
 * @linux include/net/netns/ipv4.h
 */
import { PagePool } from '../core/page_frag.js';
import { NetdevEvent, type Net, type NetdevNotifierInfo } from '../core/net_namespace.js';
import type { NetDevice } from '../core/netdevice.js';
import { notifierMask } from '../core/notifier.js';
import type { Timer } from '../../sim/scheduler.js';
import { NeighTable } from '../core/neighbour.js';
import { Ipv4Devconf, newDevconfAll, newDevconfDflt } from './devconf.js';
import { Ipv4Sysctls } from './sysctl_net_ipv4.js';
import { FibNet } from './fib_frontend.js';
import { inetdevEvent, type InetaddrListener } from './devinet.js';
import { arpTblOps } from './arp.js';
import { InetPeerBase } from './inetpeer.js';
import { FragDir } from './ip_fragment.js';
import type { IpIdents } from './ip_output.js';
import { RouteScratch } from './route.js';
import { SockHashTable, type Sock } from '../core/sock.js';
import type { RawSock } from './raw.js';
import type { UdpSocket } from './udp_sock.js';

/** The events inetdev_event() acts on (the others do not call it). */
const INETDEV_EVENTS = notifierMask(
  NetdevEvent.REGISTER, NetdevEvent.CHANGEMTU, NetdevEvent.UP, NetdevEvent.DOWN, NetdevEvent.UNREGISTER, NetdevEvent.CHANGENAME,
);
import type { TcpSock } from './tcp.js';
import { PortTable } from './inet_hashtables.js';
import { TcpHashinfo } from './tcp_hashinfo.js';
import { IPPROTO_UDPLITE } from '../../uapi/linux/in.js';
import type { McSock } from './igmp_sock.js';
import type { NexthopNet } from './nexthop.js';
import { newNexthopNet } from './nexthop_rtnl.js';

/** inetdev_event(); a rename carries the old name. */
function inetdevNotifier(ev: NetdevEvent, dev: NetDevice, info?: NetdevNotifierInfo): void {
  inetdevEvent(ev, dev, typeof info === 'string' ? info : undefined);
}

export class NetnsIpv4 {
  /** net->ipv4.devconf_all and devconf_dflt (conf/all, conf/default). */
  readonly devconfAll: Ipv4Devconf = newDevconfAll();
  readonly devconfDflt: Ipv4Devconf = newDevconfDflt();
  /** The net.ipv4.* knobs that are not per device. */
  readonly sysctl = new Ipv4Sysctls();
  /** FIB tables and rules. */
  readonly fib: FibNet;
  /** inetaddr_chain: who hears of address additions and removals. */
  readonly inetaddrChain: InetaddrListener[] = [];
  /** arp_tbl (one per namespace in tuxnet; arp_net_init() hooks it up). */
  readonly arpTbl: NeighTable;
  /** The kernel's control sockets by protocol (inet_ctl_sock.ts), made when first used. */
  readonly ctlSocks = new Map<number, Sock>();
  /** net->ipv4.addr_chk_work: the address lifetime check (devinet_lifetime.ts). */
  addrChkWork: Timer | null = null;
  private fqdir: FragDir | null = null;
  private peerBase: InetPeerBase | null = null;
  /** net->ipv4.icmp_global_credit and icmp_global_stamp: the namespace's icmp_msgs_per_sec bucket (icmp_send.ts). */
  icmpGlobalCredit = 0;
  icmpGlobalStamp = 0;
  /** ip_idents and net->ipv4.ip_id_key, drawn at the first packet that needs an id. */
  ipIdents: IpIdents | null = null;
  /**
   * sysctl_fib_multipath_hash_seed.mp_seed: the multipath hash key, the
   * user's seed or random (drawn at first use here).
   */
  multipathHashKey: number | null = null;
  /** sysctl_fib_multipath_hash_seed.user_seed: what the sysctl reads, 0 for none. */
  multipathHashUserSeed = 0;
  /** net->ipv4.mc_autojoin_sk's memberships (igmp_autojoin.ts), made at the first autojoin. */
  mcAutojoin: McSock | null = null;
  private scratch: RouteScratch | null = null;
  private nhNet: NexthopNet | null = null;
  private rawHash: SockHashTable<RawSock> | null = null;
  private udp: PortTable<UdpSocket> | null = null;
  private udplite: PortTable<UdpSocket> | null = null;
  private tcp: TcpHashinfo<TcpSock> | null = null;
  private pages: PagePool | null = null;

  constructor(readonly net: Net) {
    // devinet_init() registers inetdev_event before ip_fib_init() adds fib_netdev_event.
    net.netdevChain.register(inetdevNotifier, 0, INETDEV_EVENTS);
    this.fib = new FibNet(net);
    this.arpTbl = new NeighTable(net, arpTblOps);
  }

  /*
   * What a namespace needs only once it sees packets or sockets is made at
   * its first use: most namespaces of a big lab never reassemble, never
   * hold a socket, and a bare one costs less (the kernel's are static
   * tables keyed by net, or made at pernet init).
   */

  /** net->nexthop: the nexthop objects, made with the first request for them. */
  get nexthop(): NexthopNet {
    return (this.nhNet ??= newNexthopNet(this.net));
  }

  /** net->nexthop when some request made it (none before: no object exists). */
  get nexthopOrNull(): NexthopNet | null {
    return this.nhNet;
  }

  /** net->ipv4.fqdir: the reassembly queues. */
  get frags(): FragDir {
    return (this.fqdir ??= new FragDir());
  }

  /** net->ipv4.peers */
  get peers(): InetPeerBase {
    return (this.peerBase ??= new InetPeerBase());
  }

  /** ip_route_input's and fib_validate_source's flows (the kernel keeps them on the stack). */
  get routeScratch(): RouteScratch {
    return (this.scratch ??= new RouteScratch());
  }

  /** raw_v4_hashinfo: the namespace's raw sockets by protocol (Linux: one global table keyed by net too). */
  get rawV4Hashinfo(): SockHashTable<RawSock> {
    return (this.rawHash ??= new SockHashTable<RawSock>());
  }

  /** udp_table: the namespace's UDP sockets by local port. */
  get udpTable(): PortTable<UdpSocket> {
    return (this.udp ??= new PortTable<UdpSocket>());
  }

  /** udplite_table: the namespace's UDP-Lite sockets by local port (RFC 3828: UDP's ports, a table of their own). */
  get udpliteTable(): PortTable<UdpSocket> {
    return (this.udplite ??= new PortTable<UdpSocket>());
  }

  /** udp_table or udplite_table by the protocol. */
  udpTableOf(protocol: number): PortTable<UdpSocket> {
    return protocol === IPPROTO_UDPLITE ? this.udpliteTable : this.udpTable;
  }

  /** tcp_hashinfo: bind buckets, listeners and established connections. */
  get tcpHashinfo(): TcpHashinfo<TcpSock> {
    return (this.tcp ??= new TcpHashinfo<TcpSock>());
  }

  /** The free pages TCP sockets copy user data into (sk_page_frag_refill()). */
  get tcpPages(): PagePool {
    return (this.pages ??= new PagePool());
  }
}
