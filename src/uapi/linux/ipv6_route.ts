/**
 * An IPv6 RTM_NEWROUTE body as tuxnet's IPv6 route dump gives it: struct
 * rtmsg's fields and the attributes `ip -6 route` prints (RTA_DST,
 * RTA_TABLE, RTA_OIF, RTA_PRIORITY, RTA_PREF; RTNH_F_LINKDOWN).
 * @linux include/uapi/linux/rtnetlink.h struct rtmsg, include/uapi/linux/ipv6_route.h
 */
export interface Rt6Msg {
  family: number;
  dstLen: number;
  table: number;
  protocol: number;
  /** RTN_UNICAST, RTN_LOCAL, RTN_MULTICAST */
  type: number;
  dst?: Uint8Array;
  oif?: number;
  priority?: number;
  /** RTA_PREF: ICMPV6_ROUTER_PREF_MEDIUM (0). */
  pref?: number;
  /** RTNH_F_LINKDOWN: the device has no carrier. */
  linkdown?: boolean;
}
