/**
 * struct netconfmsg and its NETCONFA_* attributes: a device's (or all's,
 * default's) forwarding-related knobs as RTM_NEWNETCONF carries them.
 * @linux include/uapi/linux/netconf.h
 */
export interface NetconfMsg {
  /** ncm_family */
  family: number;
  /** NETCONFA_IFINDEX: a device, or NETCONFA_IFINDEX_ALL / _DEFAULT. */
  ifindex?: number;
  forwarding?: number;
  rpFilter?: number;
  mcForwarding?: number;
  proxyNeigh?: number;
  ignoreRoutesWithLinkdown?: number;
  /** NETCONFA_FORCE_FORWARDING (IPv6, Linux 6.17): iproute2 6.1 does not know it and prints nothing for it. */
  forceForwarding?: number;
}

export const NETCONFA_IFINDEX_ALL = -1;
export const NETCONFA_IFINDEX_DEFAULT = -2;
