/**
 * rtnetlink message types and multicast groups.
 * The bodies of each family live beside it: if_link.ts (ifinfomsg + IFLA_*),
 * if_addr.ts (ifaddrmsg + IFA_*), rtmsg.ts (rtmsg + RTA_*), fib_rules.ts
 * (fib_rule_hdr + FRA_*), neighbour.ts (ndmsg + NDA_*).
 * @linux include/uapi/linux/rtnetlink.h
 */

export const RTM_NEWLINK = 16;
export const RTM_DELLINK = 17;
export const RTM_GETLINK = 18;
export const RTM_SETLINK = 19;
export const RTM_NEWADDR = 20;
export const RTM_DELADDR = 21;
export const RTM_GETADDR = 22;
export const RTM_NEWROUTE = 24;
export const RTM_DELROUTE = 25;
export const RTM_GETROUTE = 26;
export const RTM_NEWNEIGH = 28;
export const RTM_DELNEIGH = 29;
export const RTM_GETNEIGH = 30;
export const RTM_NEWRULE = 32;
export const RTM_DELRULE = 33;
export const RTM_GETRULE = 34;
export const RTM_NEWNEIGHTBL = 64;
export const RTM_GETNEIGHTBL = 66;
export const RTM_SETNEIGHTBL = 67;
export const RTM_NEWMDB = 84;
export const RTM_DELMDB = 85;
export const RTM_GETMDB = 86;
export const RTM_NEWNSID = 88;
export const RTM_DELNSID = 89;
export const RTM_GETNSID = 90;
export const RTM_NEWNETCONF = 80;
export const RTM_DELNETCONF = 81;
export const RTM_GETNETCONF = 82;

/** The message kinds' base (RTM_BASE): type - RTM_BASE >> 2 is the family of a message. */
export const RTM_BASE = 16;

/** enum rtnetlink_groups */
export const RTNLGRP_NONE = 0;
export const RTNLGRP_LINK = 1;
export const RTNLGRP_NOTIFY = 2;
export const RTNLGRP_NEIGH = 3;
export const RTNLGRP_TC = 4;
export const RTNLGRP_IPV4_IFADDR = 5;
export const RTNLGRP_IPV4_MROUTE = 6;
export const RTNLGRP_IPV4_ROUTE = 7;
export const RTNLGRP_IPV4_RULE = 8;
export const RTNLGRP_IPV6_IFADDR = 9;
export const RTNLGRP_IPV6_MROUTE = 10;
export const RTNLGRP_IPV6_ROUTE = 11;
export const RTNLGRP_IPV6_IFINFO = 12;
export const RTNLGRP_DECnet_IFADDR = 13;
export const RTNLGRP_DECnet_ROUTE = 15;
export const RTNLGRP_DECnet_RULE = 16;
export const RTNLGRP_IPV6_PREFIX = 18;
export const RTNLGRP_IPV6_RULE = 19;
export const RTNLGRP_ND_USEROPT = 20;
export const RTNLGRP_PHONET_IFADDR = 21;
export const RTNLGRP_PHONET_ROUTE = 22;
export const RTNLGRP_DCB = 23;
export const RTNLGRP_IPV4_NETCONF = 24;
export const RTNLGRP_IPV6_NETCONF = 25;
export const RTNLGRP_MDB = 26;
export const RTNLGRP_MPLS_ROUTE = 27;
export const RTNLGRP_NSID = 28;
export const RTNLGRP_MAX = 64;

/** Address families (include/linux/socket.h) rtnetlink dispatches on. */
export const PF_UNSPEC = 0;
export const PF_INET = 2;
export const PF_BRIDGE = 7;
export const PF_INET6 = 10;
export const PF_PACKET = 17;

/** Nexthop object messages (include/uapi/linux/rtnetlink.h). */
export const RTM_NEWNEXTHOP = 104;
export const RTM_DELNEXTHOP = 105;
export const RTM_GETNEXTHOP = 106;
/** rtnetlink_groups: RTNLGRP_NEXTHOP */
export const RTNLGRP_NEXTHOP = 32;
/** RTM_NEWVLAN..RTM_GETVLAN: the bridge's per-VLAN dumps (br_vlan_rtnl_init(), CONFIG_BRIDGE_VLAN_FILTERING only). */
export const RTM_NEWVLAN = 112;
export const RTM_DELVLAN = 113;
export const RTM_GETVLAN = 114;
/** RTM_NEWTUNNEL..RTM_GETTUNNEL: the VNI filter of a vxlan (vxlan_vnifilter_init()). */
export const RTM_NEWTUNNEL = 120;
export const RTM_DELTUNNEL = 121;
export const RTM_GETTUNNEL = 122;
export const RTM_NEWNEXTHOPBUCKET = 116;
export const RTM_DELNEXTHOPBUCKET = 117;
export const RTM_GETNEXTHOPBUCKET = 118;
/** Statistics messages (struct if_stats_msg). */
export const RTM_NEWSTATS = 92;
export const RTM_GETSTATS = 94;
/** Link property messages: alternative names (IFLA_PROP_LIST). */
export const RTM_NEWLINKPROP = 108;
export const RTM_DELLINKPROP = 109;
