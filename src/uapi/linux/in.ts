/**
 * IPv4 socket ABI: protocol numbers, well-known addresses, SOL_IP options,
 * struct sockaddr_in and struct in_pktinfo.
 * @linux include/uapi/linux/in.h
 */

/* enum: IPPROTO_* */
export const IPPROTO_IP = 0;
export const IPPROTO_ICMP = 1;
export const IPPROTO_IGMP = 2;
export const IPPROTO_IPIP = 4;
export const IPPROTO_TCP = 6;
export const IPPROTO_EGP = 8;
export const IPPROTO_PUP = 12;
export const IPPROTO_UDP = 17;
export const IPPROTO_IDP = 22;
export const IPPROTO_TP = 29;
export const IPPROTO_DCCP = 33;
export const IPPROTO_IPV6 = 41;
export const IPPROTO_RSVP = 46;
export const IPPROTO_GRE = 47;
export const IPPROTO_ESP = 50;
export const IPPROTO_AH = 51;
export const IPPROTO_MTP = 92;
export const IPPROTO_BEETPH = 94;
export const IPPROTO_ENCAP = 98;
export const IPPROTO_PIM = 103;
export const IPPROTO_COMP = 108;
export const IPPROTO_L2TP = 115;
export const IPPROTO_SCTP = 132;
export const IPPROTO_UDPLITE = 136;
export const IPPROTO_MPLS = 137;
export const IPPROTO_ETHERNET = 143;
export const IPPROTO_RAW = 255;
/** One past IPPROTO_MPTCP (262): inet_create() takes any protocol below it (a raw socket of 256-262 sends protocol & 0xff). */
export const IPPROTO_MAX = 263;

/* SOL_IP options. */
export const IP_TOS = 1;
export const IP_TTL = 2;
export const IP_HDRINCL = 3;
export const IP_OPTIONS = 4;
export const IP_ROUTER_ALERT = 5;
export const IP_RECVOPTS = 6;
export const IP_RETOPTS = 7;
export const IP_PKTINFO = 8;
export const IP_PKTOPTIONS = 9;
export const IP_MTU_DISCOVER = 10;
export const IP_RECVERR = 11;
export const IP_RECVTTL = 12;
export const IP_RECVTOS = 13;
export const IP_MTU = 14;
export const IP_FREEBIND = 15;
export const IP_PASSSEC = 18;
export const IP_TRANSPARENT = 19;
export const IP_ORIGDSTADDR = 20;
export const IP_RECVORIGDSTADDR = IP_ORIGDSTADDR;
export const IP_MINTTL = 21;
export const IP_NODEFRAG = 22;
export const IP_CHECKSUM = 23;
export const IP_BIND_ADDRESS_NO_PORT = 24;
export const IP_RECVFRAGSIZE = 25;
export const IP_RECVERR_RFC4884 = 26;
export const IP_MULTICAST_IF = 32;
export const IP_MULTICAST_TTL = 33;
export const IP_MULTICAST_LOOP = 34;
export const IP_ADD_MEMBERSHIP = 35;
export const IP_DROP_MEMBERSHIP = 36;
export const IP_UNBLOCK_SOURCE = 37;
export const IP_BLOCK_SOURCE = 38;
export const IP_ADD_SOURCE_MEMBERSHIP = 39;
export const IP_DROP_SOURCE_MEMBERSHIP = 40;
export const IP_MSFILTER = 41;
export const MCAST_JOIN_GROUP = 42;
export const MCAST_BLOCK_SOURCE = 43;
export const MCAST_UNBLOCK_SOURCE = 44;
export const MCAST_LEAVE_GROUP = 45;
export const MCAST_JOIN_SOURCE_GROUP = 46;
export const MCAST_LEAVE_SOURCE_GROUP = 47;
export const MCAST_MSFILTER = 48;
export const IP_MULTICAST_ALL = 49;
export const IP_UNICAST_IF = 50;

/* IP_MTU_DISCOVER values. */
/** Never send DF frames. */
export const IP_PMTUDISC_DONT = 0;
/** Use per route hints. */
export const IP_PMTUDISC_WANT = 1;
/** Always DF. */
export const IP_PMTUDISC_DO = 2;
/** Ignore dst pmtu. */
export const IP_PMTUDISC_PROBE = 3;
/** Always use interface mtu (ignores dst pmtu), never send ICMP frag needed. */
export const IP_PMTUDISC_INTERFACE = 4;
/** Like INTERFACE, but allow fragmentation. */
export const IP_PMTUDISC_OMIT = 5;

/* Addresses, host order. */
export const INADDR_ANY = 0x00000000;
export const INADDR_BROADCAST = 0xffffffff;
export const INADDR_NONE = 0xffffffff;
export const INADDR_LOOPBACK = 0x7f000001;
export const INADDR_UNSPEC_GROUP = 0xe0000000;
export const INADDR_ALLHOSTS_GROUP = 0xe0000001;
export const INADDR_ALLRTRS_GROUP = 0xe0000002;
export const INADDR_ALLSNOOPERS_GROUP = 0xe000006a;
export const INADDR_MAX_LOCAL_GROUP = 0xe00000ff;

/** struct sockaddr_in (sin_family AF_INET); address and port in host order. */
export interface SockaddrIn {
  readonly family: number;
  readonly addr: number;
  readonly port: number;
}

/** struct in_pktinfo: the IP_PKTINFO control message. */
export interface InPktinfo {
  readonly ifindex: number;
  /** ipi_spec_dst: the local address a reply would come from. */
  readonly specDst: number;
  /** ipi_addr: the header's destination address. */
  readonly addr: number;
}
