/**
 * RTM_NEWADDR / RTM_DELADDR / RTM_GETADDR bodies: struct ifaddrmsg and its
 * IFA_* attributes, decoded (IPv4 addresses as host-order u32).
 * @linux include/uapi/linux/if_addr.h
 */

/** struct ifa_cacheinfo (IFA_CACHEINFO): lifetimes in seconds, stamps in hundredths. */
export interface IfaCacheinfo {
  prefered: number;
  valid: number;
  cstamp: number;
  tstamp: number;
}

export const IFA_F_SECONDARY = 0x01;
export const IFA_F_TEMPORARY = IFA_F_SECONDARY;
export const IFA_F_NODAD = 0x02;
export const IFA_F_OPTIMISTIC = 0x04;
export const IFA_F_DADFAILED = 0x08;
export const IFA_F_HOMEADDRESS = 0x10;
export const IFA_F_DEPRECATED = 0x20;
export const IFA_F_TENTATIVE = 0x40;
export const IFA_F_PERMANENT = 0x80;
export const IFA_F_MANAGETEMPADDR = 0x100;
export const IFA_F_NOPREFIXROUTE = 0x200;
export const IFA_F_MCAUTOJOIN = 0x400;
export const IFA_F_STABLE_PRIVACY = 0x800;

/** struct ifaddrmsg + IFA_* */
export interface IfAddrMsg {
  family: number;
  prefixlen: number;
  /** ifa_flags: the low 8 bits of the flags (IFA_FLAGS carries all). */
  flags?: number;
  scope?: number;
  /** ifa_index: the device. */
  index: number;
  /** IFA_ADDRESS: the peer, or the local address without one. */
  address?: number;
  /** IFA_LOCAL */
  local?: number;
  /** IFA_ADDRESS of an AF_INET6 message (16 bytes). */
  addr6?: Uint8Array;
  label?: string;
  broadcast?: number;
  anycast?: number;
  cacheinfo?: IfaCacheinfo;
  /** IFA_FLAGS: the full u32 flags. */
  ifaFlags?: number;
  /** IFA_RT_PRIORITY: the metric of the prefix route. */
  rtPriority?: number;
  /** IFA_PROTO */
  proto?: number;
  /** IFA_TARGET_NETNSID */
  targetNetnsid?: number;
}
