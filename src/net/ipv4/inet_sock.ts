/**
 * struct inet_sock: what every IPv4 socket adds to struct sock — its
 * addresses and ports, TTL and TOS, IP_HDRINCL, IP_RECVERR, the cmsg flags
 * (IP_PKTINFO, IP_RECVTTL, IP_RECVTOS), PMTU discovery, multicast
 * settings, IP options — and the SOL_IP half of getsockopt/setsockopt.
 * @linux include/net/inet_sock.h, net/ipv4/af_inet.c inet_getname()
 */
import type { IpOptions } from '../core/skbuff.js';
import type { Net } from '../core/net_namespace.js';
import { SOCK_LOCALROUTE, Sock, TCP_CLOSE, type SockOptVal } from '../core/sock.js';
import type { Errno } from '../core/errno.js';
import { AF_INET, MSG_DONTROUTE, SOL_IP } from '../../uapi/linux/socket.js';
import { ipv4IsMulticast } from '../../wire/ipv4.js';
import { newFlowi4, type Flowi4 } from './fib_rules.js';
import { rtTos } from './icmp_send.js';
import { IP_PMTUDISC_DONT, IP_PMTUDISC_WANT, type SockaddrIn } from '../../uapi/linux/in.js';
import { ipGetsockopt, ipSetsockopt, type IpcmCookie } from './ip_sockglue.js';
import type { IpMcSocklist } from './igmp_sock.js';
import { RTN_BROADCAST, RTN_LOCAL, RTN_MULTICAST, RT_SCOPE_LINK, RT_SCOPE_UNIVERSE, RT_TABLE_LOCAL } from './fib_types.js';

/** inet->cmsg_flags: which control messages recvmsg() adds. */
export const IP_CMSG_PKTINFO = 1 << 0;
export const IP_CMSG_TTL = 1 << 1;
export const IP_CMSG_TOS = 1 << 2;
export const IP_CMSG_RECVOPTS = 1 << 3;
export const IP_CMSG_RETOPTS = 1 << 4;
export const IP_CMSG_ORIGDSTADDR = 1 << 6;

/** struct inet_sock (addresses and ports in host order). */
export abstract class InetSock extends Sock {
  /** inet_saddr: the source of what is sent; inet_rcv_saddr: the bound address receives match. */
  inetSaddr = 0;
  inetRcvSaddr = 0;
  /** inet_daddr / inet_dport: the connected peer. */
  inetDaddr = 0;
  inetDport = 0;
  /** inet_id: the IP id of the next packet a connected socket sends (random at connect). */
  inetId = 0;
  /** inet_num: the local port, or a raw socket's protocol; inet_sport the same as sent. */
  inetNum = 0;
  inetSport = 0;
  /** IP_TTL: -1 for the route's hop limit or ip_default_ttl. */
  ucTtl = -1;
  /** IP_TOS */
  tos = 0;
  /** IP_MULTICAST_TTL, IP_MULTICAST_LOOP, IP_MULTICAST_IF (index and address), IP_MULTICAST_ALL. */
  mcTtl = 1;
  mcLoop = true;
  mcIndex = 0;
  mcAddr = 0;
  mcAll = true;
  /** inet->mc_list: the groups joined (IP_ADD_MEMBERSHIP), newest first. */
  mcList: IpMcSocklist[] = [];
  /** IP_UNICAST_IF */
  ucIndex = 0;
  /** IP_MTU_DISCOVER */
  pmtudisc: number;
  hdrincl = false;
  recverr = false;
  recverrRfc4884 = false;
  freebind = false;
  transparent = false;
  nodefrag = false;
  bindAddressNoPort = false;
  /** IP_MINTTL */
  minTtl = 0;
  cmsgFlags = 0;
  /** IP_OPTIONS compiled (inet_opt), null for none. */
  inetOpt: IpOptions | null = null;

  constructor(net: Net, type: number, protocol: number) {
    super(net, AF_INET, type, protocol);
    // inet_create(): "if (net->ipv4.sysctl_ip_no_pmtu_disc) inet->pmtudisc = IP_PMTUDISC_DONT".
    this.pmtudisc = net.ipv4.sysctl.ipNoPmtuDisc ? IP_PMTUDISC_DONT : IP_PMTUDISC_WANT;
  }

  /** IP_OPTIONS set (or cleared: null); a connection socket also sizes its segments for them (TcpSock). */
  setIpOptions(opt: IpOptions | null): void {
    this.inetOpt = opt;
  }

  override setsockopt(level: number, optname: number, v: SockOptVal): Errno | null {
    if (level === SOL_IP) return ipSetsockopt(this, optname, v);
    return super.setsockopt(level, optname, v);
  }

  override getsockopt(level: number, optname: number): SockOptVal | Errno {
    if (level === SOL_IP) return ipGetsockopt(this, optname);
    return super.getsockopt(level, optname);
  }

  /**
   * The address half of __inet_bind() / raw_bind(): it must be local,
   * broadcast or multicast (or any, or anything with ip_nonlocal_bind,
   * IP_FREEBIND, IP_TRANSPARENT); broadcast and multicast bind the receive
   * side only, the source stays for the route to choose.
   */
  protected bindAddr(addr: SockaddrIn): Errno | null {
    const a = addr.addr >>> 0;
    const type = this.net.ipv4.fib.addrTypeTable(a, RT_TABLE_LOCAL);
    const nonlocal = this.net.ipv4.sysctl.ipNonlocalBind || this.freebind || this.transparent;
    if (!(a === 0 || nonlocal || type === RTN_LOCAL || type === RTN_MULTICAST || type === RTN_BROADCAST)) return 'EADDRNOTAVAIL';
    this.inetRcvSaddr = this.inetSaddr = a;
    if (type === RTN_MULTICAST || type === RTN_BROADCAST) this.inetSaddr = 0;
    return null;
  }

  /** inet_getname(): the peer (ENOTCONN unless connected), else the bound or chosen source. */
  override getname(peer: boolean): SockaddrIn | Errno {
    if (peer) {
      if (!this.inetDport || this.skState === TCP_CLOSE) return 'ENOTCONN';
      return { family: AF_INET, addr: this.inetDaddr, port: this.inetDport };
    }
    return { family: AF_INET, addr: this.inetRcvSaddr || this.inetSaddr, port: this.inetSport };
  }

  /**
   * flowi4_init_output() as udp_sendmsg() and raw_sendmsg() fill it: the
   * interface and source the call gave, else the socket's multicast or
   * unicast ones (IP_MULTICAST_IF, IP_UNICAST_IF); link scope under
   * SO_DONTROUTE or MSG_DONTROUTE.
   */
  protected sendmsgFlow(daddr: number, ipc: IpcmCookie, flags: number, proto: number, sport: number, dport: number): Flowi4 {
    let oif = ipc.oif;
    let saddr = ipc.addr;
    if (ipv4IsMulticast(daddr)) {
      if (!oif) oif = this.mcIndex;
      if (!saddr) saddr = this.mcAddr;
    } else if (!oif) oif = this.ucIndex;
    const link = this.sockFlag(SOCK_LOCALROUTE) || (flags & MSG_DONTROUTE) !== 0;
    return newFlowi4({
      daddr, saddr, oif, iif: 1, mark: ipc.mark, tos: rtTos(ipc.tos !== -1 ? ipc.tos : this.tos),
      scope: link ? RT_SCOPE_LINK : RT_SCOPE_UNIVERSE, proto, sport, dport, anySrc: this.transparent,
    });
  }
}
