/**
 * vxlan's IFLA_INFO_DATA (enum IFLA_VXLAN_*), the parts tuxnet keeps: an
 * attribute is present when its field is defined.
 * @linux include/uapi/linux/if_link.h IFLA_VXLAN_*, enum ifla_vxlan_df
 */

/** enum ifla_vxlan_df */
export const VXLAN_DF_UNSET = 0;
export const VXLAN_DF_SET = 1;
export const VXLAN_DF_INHERIT = 2;

export interface VxlanInfo {
  /** IFLA_VXLAN_ID */
  id?: number;
  /** IFLA_VXLAN_GROUP: the remote or multicast group (network order as a host-order u32 here). */
  group?: number;
  /** IFLA_VXLAN_LOCAL; null: the attribute without a payload (iproute2's `local any`), which the policy refuses. */
  local?: number | null;
  /** IFLA_VXLAN_LINK: the lower device's ifindex. */
  link?: number;
  /** IFLA_VXLAN_TTL (0: auto) and the IFLA_VXLAN_TTL_INHERIT flag. */
  ttl?: number;
  ttlInherit?: boolean;
  /** IFLA_VXLAN_TOS (1: inherit) */
  tos?: number;
  /** IFLA_VXLAN_DF */
  df?: number;
  /** IFLA_VXLAN_LABEL */
  label?: number;
  learning?: boolean;
  /** IFLA_VXLAN_AGEING, seconds */
  ageing?: number;
  /** IFLA_VXLAN_LIMIT: at most this many fdb entries (0: no limit). */
  limit?: number;
  /** IFLA_VXLAN_PORT_RANGE */
  portRange?: { low: number; high: number };
  /** IFLA_VXLAN_PORT: the destination UDP port. */
  port?: number;
  proxy?: boolean;
  rsc?: boolean;
  l2miss?: boolean;
  l3miss?: boolean;
  collectMetadata?: boolean;
  udpCsum?: boolean;
  udpZeroCsum6Tx?: boolean;
  udpZeroCsum6Rx?: boolean;
  remcsumTx?: boolean;
  remcsumRx?: boolean;
  gbp?: boolean;
  gpe?: boolean;
  vnifilter?: boolean;
}
