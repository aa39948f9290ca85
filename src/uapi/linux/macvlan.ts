/**
 * macvlan's IFLA_INFO_DATA: IFLA_MACVLAN_MODE, _FLAGS, the source-mode MAC
 * list (IFLA_MACVLAN_MACADDR_MODE, _MACADDR, _MACADDR_DATA, _MACADDR_COUNT)
 * and the broadcast queue length (IFLA_MACVLAN_BC_QUEUE_LEN, _USED).
 * @linux include/uapi/linux/if_link.h enum macvlan_mode, enum macvlan_macaddr_mode
 */

/** enum macvlan_mode: one bit each. */
export const MACVLAN_MODE_PRIVATE = 1;
export const MACVLAN_MODE_VEPA = 2;
export const MACVLAN_MODE_BRIDGE = 4;
export const MACVLAN_MODE_PASSTHRU = 8;
export const MACVLAN_MODE_SOURCE = 16;

/** enum macvlan_macaddr_mode */
export const MACVLAN_MACADDR_ADD = 0;
export const MACVLAN_MACADDR_DEL = 1;
export const MACVLAN_MACADDR_FLUSH = 2;
export const MACVLAN_MACADDR_SET = 3;

/** IFLA_MACVLAN_FLAGS bits */
export const MACVLAN_FLAG_NOPROMISC = 1;
export const MACVLAN_FLAG_NODST = 2;

export interface MacvlanInfo {
  mode?: number;
  flags?: number;
  macaddrMode?: number;
  /** IFLA_MACVLAN_MACADDR */
  macaddr?: Uint8Array;
  /** IFLA_MACVLAN_MACADDR_DATA: the nested IFLA_MACVLAN_MACADDR list. */
  macaddrData?: Uint8Array[];
  macaddrCount?: number;
  bcQueueLen?: number;
  bcQueueLenUsed?: number;
}
