/**
 * RTM_NEWLINK / RTM_DELLINK / RTM_GETLINK / RTM_SETLINK bodies: struct
 * ifinfomsg and its IFLA_* attributes, decoded. An absent attribute is an
 * undefined field; each field is named after its attribute (IFLA_MTU: mtu).
 * @linux include/uapi/linux/if_link.h, include/uapi/linux/rtnetlink.h (struct ifinfomsg)
 */
import type { Net } from '../../net/core/net_namespace.js';

/** struct rtnl_link_stats64 (IFLA_STATS64). */
export interface RtnlLinkStats64 {
  rxPackets: number;
  txPackets: number;
  rxBytes: number;
  txBytes: number;
  rxErrors: number;
  txErrors: number;
  rxDropped: number;
  txDropped: number;
  multicast: number;
  collisions: number;
  rxLengthErrors: number;
  rxOverErrors: number;
  rxCrcErrors: number;
  rxFrameErrors: number;
  rxFifoErrors: number;
  rxMissedErrors: number;
  txAbortedErrors: number;
  txCarrierErrors: number;
  txFifoErrors: number;
  txHeartbeatErrors: number;
  txWindowErrors: number;
  rxCompressed: number;
  txCompressed: number;
  rxNohandler: number;
  rxOtherhostDropped: number;
}

/** IFLA_LINKINFO: IFLA_INFO_KIND, IFLA_INFO_DATA, IFLA_INFO_SLAVE_KIND, IFLA_INFO_SLAVE_DATA. */
export interface IflaLinkinfo {
  kind?: string;
  data?: unknown;
  slaveKind?: string;
  slaveData?: unknown;
}

/** IFLA_AF_SPEC, the parts tuxnet reports: AF_INET6's IFLA_INET6_ADDR_GEN_MODE; PF_BRIDGE's IFLA_BRIDGE_*. */
export interface IflaAfSpec {
  inet6AddrGenMode?: number;
  /** IFLA_BRIDGE_FLAGS: BRIDGE_FLAGS_MASTER / BRIDGE_FLAGS_SELF (whom a PF_BRIDGE request is for). */
  bridgeFlags?: number;
  /** IFLA_BRIDGE_MODE: BRIDGE_MODE_VEB / BRIDGE_MODE_VEPA (`bridge link set ... hwmode`, for a device's own ndo_bridge_setlink). */
  bridgeMode?: number;
  /** IFLA_BRIDGE_VLAN_INFO, in message order (ranges as RANGE_BEGIN/RANGE_END pairs). */
  bridgeVlanInfo?: BridgeVlanInfo[];
}

/** include/uapi/linux/if_bridge.h struct bridge_vlan_info */
export interface BridgeVlanInfo {
  /** BRIDGE_VLAN_INFO_* */
  flags: number;
  vid: number;
}

/** include/uapi/linux/if_bridge.h IFLA_BRIDGE_FLAGS values. */
export const BRIDGE_FLAGS_MASTER = 1;
export const BRIDGE_FLAGS_SELF = 2;
/** include/uapi/linux/if_bridge.h BRIDGE_MODE_* */
export const BRIDGE_MODE_VEB = 0;
export const BRIDGE_MODE_VEPA = 1;

/** IN6_ADDR_GEN_MODE_EUI64 */
export const IN6_ADDR_GEN_MODE_EUI64 = 0;

/** IFLA_EVENT values (enum rtnl_link_event... IFLA_EVENT_*). */
export const IFLA_EVENT_NONE = 0;
export const IFLA_EVENT_REBOOT = 1;
export const IFLA_EVENT_FEATURES = 2;
export const IFLA_EVENT_BONDING_FAILOVER = 3;
export const IFLA_EVENT_NOTIFY_PEERS = 4;
export const IFLA_EVENT_IGMP_RESEND = 5;
export const IFLA_EVENT_BONDING_OPTIONS = 6;

/** IF_LINK_MODE_* (IFLA_LINKMODE) */
export const IF_LINK_MODE_DEFAULT = 0;
export const IF_LINK_MODE_DORMANT = 1;
export const IF_LINK_MODE_TESTING = 2;

/** struct ifinfomsg + IFLA_* */
export interface IfInfoMsg {
  /** ifi_family: AF_UNSPEC for links. */
  family: number;
  /** ifi_type: ARPHRD_* */
  type?: number;
  /** ifi_index: 0 in a request that names the device by IFLA_IFNAME. */
  index: number;
  /** ifi_flags: IFF_*, as dev_get_flags() reports them. */
  flags?: number;
  /** ifi_change: which ifi_flags a request changes (~0 for all). */
  change?: number;

  ifname?: string;
  /** IFLA_ALT_IFNAME: a request's device by one of its names of up to ALTIFNAMSIZ - 1 bytes (ip sends it for a name too long for IFLA_IFNAME). */
  altIfname?: string;
  /** IFLA_PROP_LIST: its IFLA_ALT_IFNAME entries (the device's alternative names, or those a RTM_NEWLINKPROP/RTM_DELLINKPROP adds or deletes). */
  altnames?: string[];
  mtu?: number;
  /** IFLA_LINK: the ifindex of the lower device or peer (ndo_get_iflink). */
  link?: number;
  master?: number;
  qdisc?: string;
  /** IFLA_OPERSTATE: IF_OPER_* */
  operstate?: number;
  linkmode?: number;
  txqlen?: number;
  address?: Uint8Array;
  broadcast?: Uint8Array;
  permAddress?: Uint8Array;
  group?: number;
  numTxQueues?: number;
  numRxQueues?: number;
  gsoMaxSize?: number;
  gsoMaxSegs?: number;
  groMaxSize?: number;
  tsoMaxSize?: number;
  tsoMaxSegs?: number;
  stats64?: RtnlLinkStats64;
  linkinfo?: IflaLinkinfo;
  /** IFLA_LINK_NETNSID: the id the dumping namespace gave the link's namespace. */
  linkNetnsid?: number;
  /** IFLA_NEW_NETNSID / IFLA_NEW_IFINDEX: where a device moved to (RTM_DELLINK of a move). */
  newNetnsid?: number;
  newIfindex?: number;
  /** IFLA_NET_NS_FD / IFLA_NET_NS_PID: the namespace a request moves the device into (an fd names a namespace; tuxnet passes the namespace). */
  netNsFd?: Net;
  /** IFLA_NET_NS_PID: a pid whose namespace the device moves into; ip sends only the pid of no process of the lab (get_net_ns_by_pid() fails with ESRCH). */
  netNsPid?: number;
  /** IFLA_TARGET_NETNSID: the namespace a request acts in, by id. */
  targetNetnsid?: number;
  ifalias?: string;
  carrier?: number;
  carrierChanges?: number;
  carrierUpCount?: number;
  carrierDownCount?: number;
  protoDown?: number;
  /** IFLA_PROTO_DOWN_REASON: a request's MASK and VALUE bits; a dump's VALUE (present when not 0). */
  protoDownReason?: { mask?: number; value: number };
  minMtu?: number;
  maxMtu?: number;
  promiscuity?: number;
  allmulti?: number;
  /** IFLA_EVENT: IFLA_EVENT_* of a notification. */
  event?: number;
  afSpec?: IflaAfSpec;
  /** IFLA_PROTINFO: per-family port information (AF_BRIDGE: IFLA_BRPORT_*, uapi/linux/if_bridge.ts). */
  protinfo?: unknown;
  /** IFLA_EXT_MASK: RTEXT_FILTER_* of a GET request. */
  extMask?: number;
}

/** RTEXT_FILTER_* (IFLA_EXT_MASK) */
export const RTEXT_FILTER_VF = 1 << 0;
export const RTEXT_FILTER_BRVLAN = 1 << 1;
export const RTEXT_FILTER_BRVLAN_COMPRESSED = 1 << 2;
export const RTEXT_FILTER_SKIP_STATS = 1 << 3;

/** IFLA_STATS_* attributes of RTM_NEWSTATS; a request's filter_mask has IFLA_STATS_FILTER_BIT(attr) = 1 << (attr - 1). */
export const IFLA_STATS_LINK_XSTATS = 2;
export const IFLA_STATS_LINK_XSTATS_SLAVE = 3;

/** struct if_stats_msg with its attributes (RTM_GETSTATS request / RTM_NEWSTATS answer). */
export interface IfStatsMsg {
  family: number;
  ifindex: number;
  filterMask: number;
  /** IFLA_STATS_LINK_XSTATS: the device kind's own (LINK_XSTATS_TYPE_BRIDGE of a bridge). */
  linkXstats?: unknown;
  /** IFLA_STATS_LINK_XSTATS_SLAVE: its master kind's about it (a bridge port). */
  linkXstatsSlave?: unknown;
}
