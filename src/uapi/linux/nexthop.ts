/**
 * Nexthop object messages (RTM_NEWNEXTHOP / RTM_DELNEXTHOP /
 * RTM_GETNEXTHOP): struct nhmsg and its NHA_* attributes as optional fields.
 * @linux include/uapi/linux/nexthop.h
 */

/** enum NEXTHOP_GRP_TYPE_* */
export const NEXTHOP_GRP_TYPE_MPATH = 0;
export const NEXTHOP_GRP_TYPE_RES = 1;
export const NEXTHOP_GRP_TYPE_MAX = NEXTHOP_GRP_TYPE_RES;

/** struct nexthop_grp: `weight` is the weight minus one (0..255), as on the wire. */
export interface NexthopGrp {
  id: number;
  weight: number;
}

/** NHA_RES_GROUP: a resilient group's table (timers in clock_t, USER_HZ 100). */
export interface NhaResGroup {
  buckets?: number;
  idleTimer?: number;
  unbalancedTimer?: number;
  unbalancedTime?: number;
}

/** struct nhmsg with its attributes. */
export interface NhMsg {
  family: number;
  scope: number;
  protocol: number;
  flags: number;
  /** NHA_ID */
  id?: number;
  /** NHA_GROUP */
  group?: NexthopGrp[];
  /** NHA_GROUP_TYPE */
  groupType?: number;
  /** NHA_BLACKHOLE (flag) */
  blackhole?: boolean;
  /** NHA_OIF */
  oif?: number;
  /** NHA_GATEWAY (IPv4, host order) */
  gateway?: number;
  /** NHA_GROUPS (dump filter flag) */
  groups?: boolean;
  /** NHA_MASTER (dump filter) */
  master?: number;
  /** NHA_FDB (flag) */
  fdb?: boolean;
  /** NHA_RES_GROUP */
  resGroup?: NhaResGroup;
  /** NHA_ENCAP / NHA_ENCAP_TYPE: present when given (no lightweight tunnel is built in). */
  encap?: boolean;
}
