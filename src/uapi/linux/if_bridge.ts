/**
 * The bridge's netlink attributes, decoded: IFLA_BR_* (IFLA_INFO_DATA of a
 * `bridge` link), IFLA_BRPORT_* (IFLA_INFO_SLAVE_DATA of a port, and the
 * IFLA_PROTINFO of AF_BRIDGE messages), and the ndmsg of the forwarding
 * database (RTM_NEWNEIGH/DELNEIGH/GETNEIGH with family AF_BRIDGE). An absent
 * attribute is an undefined field; bridge ids are their 8 bytes.
 * @linux include/uapi/linux/if_link.h, include/uapi/linux/if_bridge.h, include/uapi/linux/neighbour.h
 */

/** AF_BRIDGE / PF_BRIDGE */
export const AF_BRIDGE = 7;

/** struct ifla_bridge_id: two bytes of priority, the MAC. */
export interface IflaBridgeId {
  prio: Uint8Array;
  addr: Uint8Array;
}

/** struct br_boolopt_multi (IFLA_BR_MULTI_BOOLOPT); BR_BOOLOPT_* bits. */
export interface BrBooloptMulti {
  optval: number;
  optmask: number;
}
export const BR_BOOLOPT_NO_LL_LEARN = 0;
export const BR_BOOLOPT_MCAST_VLAN_SNOOPING = 1;
export const BR_BOOLOPT_MST_ENABLE = 2;

/** IFLA_BR_*: times are clock_t (centiseconds), as the kernel sends them. */
export interface IflaBrInfo {
  forwardDelay?: number;
  helloTime?: number;
  maxAge?: number;
  ageingTime?: number;
  stpState?: number;
  priority?: number;
  vlanFiltering?: number;
  vlanProtocol?: number;
  groupFwdMask?: number;
  rootId?: IflaBridgeId;
  bridgeId?: IflaBridgeId;
  rootPort?: number;
  rootPathCost?: number;
  topologyChange?: number;
  topologyChangeDetected?: number;
  helloTimer?: number;
  tcnTimer?: number;
  topologyChangeTimer?: number;
  gcTimer?: number;
  groupAddr?: Uint8Array;
  fdbFlush?: boolean;
  mcastRouter?: number;
  mcastSnooping?: number;
  mcastQueryUseIfaddr?: number;
  mcastQuerier?: number;
  mcastHashElasticity?: number;
  mcastHashMax?: number;
  mcastLastMemberCnt?: number;
  mcastStartupQueryCnt?: number;
  mcastLastMemberIntvl?: number;
  mcastMembershipIntvl?: number;
  mcastQuerierIntvl?: number;
  mcastQueryIntvl?: number;
  mcastQueryResponseIntvl?: number;
  mcastStartupQueryIntvl?: number;
  nfCallIptables?: number;
  nfCallIp6tables?: number;
  nfCallArptables?: number;
  vlanDefaultPvid?: number;
  vlanStatsEnabled?: number;
  mcastStatsEnabled?: number;
  mcastIgmpVersion?: number;
  mcastMldVersion?: number;
  vlanStatsPerPort?: number;
  multiBoolopt?: BrBooloptMulti;
}

/** IFLA_BRPORT_*: booleans are u8 0/1, timers clock_t. */
export interface IflaBrportInfo {
  state?: number;
  priority?: number;
  cost?: number;
  /** IFLA_BRPORT_MODE: hairpin */
  mode?: number;
  guard?: number;
  /** IFLA_BRPORT_PROTECT: root_block */
  protect?: number;
  fastLeave?: number;
  learning?: number;
  unicastFlood?: number;
  proxyarp?: number;
  learningSync?: number;
  proxyarpWifi?: number;
  rootId?: IflaBridgeId;
  bridgeId?: IflaBridgeId;
  designatedPort?: number;
  designatedCost?: number;
  id?: number;
  no?: number;
  topologyChangeAck?: number;
  configPending?: number;
  messageAgeTimer?: number;
  forwardDelayTimer?: number;
  holdTimer?: number;
  flush?: boolean;
  multicastRouter?: number;
  mcastFlood?: number;
  mcastToUcast?: number;
  vlanTunnel?: number;
  bcastFlood?: number;
  groupFwdMask?: number;
  neighSuppress?: number;
  isolated?: number;
  backupPort?: number;
  mrpRingOpen?: number;
  mrpInOpen?: number;
  locked?: number;
  mab?: number;
  neighVlanSuppress?: number;
}

/** The bridge's ndmsg: struct ndmsg + NDA_LLADDR, NDA_MASTER, NDA_VLAN, NDA_CACHEINFO. */
export interface BrFdbMsg {
  family: number;
  ifindex: number;
  /** NUD_PERMANENT (local), NUD_NOARP (static), NUD_REACHABLE/STALE (dynamic). */
  state: number;
  /** NTF_SELF / NTF_MASTER / NTF_EXT_LEARNED / NTF_OFFLOADED / NTF_STICKY / NTF_USE */
  flags: number;
  lladdr?: Uint8Array;
  /** NDA_MASTER: the bridge's ifindex. */
  master?: number;
  /** NDA_VLAN */
  vlan?: number;
  /** NDA_CACHEINFO: clock_t ages (used, updated). */
  cacheinfo?: { confirmed: number; used: number; updated: number; refcnt: number };
  /** NDA_NDM_STATE_MASK / NDA_NDM_FLAGS_MASK of a bulk delete (`bridge fdb flush`). */
  stateMask?: number;
  flagsMask?: number;
  /** NDA_IFINDEX: the port of a dump request or a bulk delete (brport); a vxlan entry's outgoing device (`via`). */
  brportIdx?: number;
  /** The vxlan remote of an entry: NDA_DST (IPv4, host order), NDA_PORT, NDA_VNI, NDA_SRC_VNI, NDA_NH_ID. */
  dst?: number;
  port?: number;
  vni?: number;
  srcVni?: number;
  nhid?: number;
  /** NDA_LINK_NETNSID: a vxlan entry whose tunnel lives in another namespace (its id as the device's namespace knows it). */
  linkNetnsid?: number;
}

/** struct br_mdb_entry.state */
export const MDB_TEMPORARY = 0;
export const MDB_PERMANENT = 1;
/** struct br_mdb_entry.flags */
export const MDB_FLAGS_OFFLOAD = 1 << 0;
export const MDB_FLAGS_FAST_LEAVE = 1 << 1;
export const MDB_FLAGS_STAR_EXCL = 1 << 2;
export const MDB_FLAGS_BLOCKED = 1 << 3;

/**
 * struct br_mdb_entry with its MDBA_MDB_EATTR_* attributes: the group is
 * `ip4` (proto ETH_P_IP), or the 16 bytes of an IPv6 group / the 6 of an
 * L2 group (proto 0) in `bytes`.
 */
export interface BrMdbEntry {
  ifindex: number;
  state: number;
  flags: number;
  vid: number;
  proto: number;
  ip4: number;
  bytes: Uint8Array | null;
  /** MDBA_MDB_EATTR_TIMER: clock_t left on the membership timer. */
  timer?: number;
  /** MDBA_MDB_EATTR_RTPROT (port entries only). */
  rtprot?: number;
  /** MDBA_MDB_EATTR_GROUP_MODE: MCAST_EXCLUDE (0) or MCAST_INCLUDE (1), in IGMPv3/MLDv2 mode only. */
  groupMode?: number;
  /** MDBA_MDB_EATTR_SOURCE / MDBE_ATTR_SOURCE: an (S, G) entry's source (int32 IPv4, or 16 bytes). */
  src4?: number;
  src6?: Uint8Array | null;
  /** MDBA_MDB_EATTR_SRC_LIST: the port group's sources with their timers (clock_t), in IGMPv3/MLDv2 mode. */
  srcList?: BrMdbSrcEntry[];
}

/** MDBA_MDB_SRCLIST_ENTRY: MDBA_MDB_SRCATTR_ADDRESS and MDBA_MDB_SRCATTR_TIMER. */
export interface BrMdbSrcEntry {
  ip4: number;
  bytes: Uint8Array | null;
  timer: number;
}

/** An MDBA_ROUTER_PORT: the port, MDBA_ROUTER_PATTR_TIMER and _TYPE (its mcast_router mode). */
export interface BrMdbRouterPort {
  ifindex: number;
  timer: number;
  type: number;
}

/**
 * struct br_port_msg and its attributes: MDBA_MDB (the entries of a dump
 * or a notification), MDBA_ROUTER (router ports), MDBA_SET_ENTRY (what
 * RTM_NEWMDB/RTM_DELMDB ask for).
 */
export interface BrPortMsg {
  family: number;
  ifindex: number;
  mdb?: BrMdbEntry[];
  router?: BrMdbRouterPort[];
  setEntry?: BrMdbEntry;
}

/** struct br_mcast_stats: [BR_MCAST_DIR_RX, BR_MCAST_DIR_TX] pairs and the parse errors. */
export interface BrMcastStats {
  igmpV1queries: [number, number]; igmpV2queries: [number, number]; igmpV3queries: [number, number];
  igmpLeaves: [number, number]; igmpV1reports: [number, number]; igmpV2reports: [number, number]; igmpV3reports: [number, number];
  igmpParseErrors: number;
  mldV1queries: [number, number]; mldV2queries: [number, number]; mldLeaves: [number, number];
  mldV1reports: [number, number]; mldV2reports: [number, number];
  mldParseErrors: number;
}
export const BR_MCAST_DIR_RX = 0;
export const BR_MCAST_DIR_TX = 1;

export function brMcastStatsNew(): BrMcastStats {
  return {
    igmpV1queries: [0, 0], igmpV2queries: [0, 0], igmpV3queries: [0, 0], igmpLeaves: [0, 0],
    igmpV1reports: [0, 0], igmpV2reports: [0, 0], igmpV3reports: [0, 0], igmpParseErrors: 0,
    mldV1queries: [0, 0], mldV2queries: [0, 0], mldLeaves: [0, 0], mldV1reports: [0, 0], mldV2reports: [0, 0],
    mldParseErrors: 0,
  };
}

/** struct bridge_stp_xstats */
export interface BridgeStpXstats {
  transitionBlk: number; transitionFwd: number; rxBpdu: number; txBpdu: number; rxTcn: number; txTcn: number;
}

/** LINK_XSTATS_TYPE_BRIDGE: BRIDGE_XSTATS_MCAST (with snooping compiled in: always), BRIDGE_XSTATS_STP (ports only). */
export interface BridgeXstats {
  mcast: BrMcastStats;
  stp?: BridgeStpXstats;
}

/** TUNNEL_MSG_FLAG_STATS: include statistics in the dump (TUNNEL_MSG_VALID_USER_FLAGS). */
export const TUNNEL_MSG_FLAG_STATS = 0x01;

/** VXLAN_VNIFILTER_ENTRY: a VNI or range of a vxlan's filter, with its group or remote. */
export interface VniFilterEntry {
  start: number;
  end?: number;
  /** VXLAN_VNIFILTER_ENTRY_GROUP (IPv4, host order) */
  group?: number;
}

/** struct tunnel_msg (include/uapi/linux/if_link.h) and its VXLAN_VNIFILTER_ENTRY attributes. */
export interface TunnelMsg {
  family: number;
  flags: number;
  ifindex: number;
  entries?: VniFilterEntry[];
}
