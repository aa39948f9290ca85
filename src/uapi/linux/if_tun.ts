/**
 * The /dev/net/tun interface: TUNSETIFF's flags and the ioctls `ip tuntap`
 * makes, and the IFLA_TUN_* link info.
 * @linux include/uapi/linux/if_tun.h
 */

/* TUNSETIFF ifr flags */
export const IFF_TUN = 0x0001;
export const IFF_TAP = 0x0002;
export const IFF_NAPI = 0x0010;
export const IFF_NAPI_FRAGS = 0x0020;
/** Used in TUNSETIFF to bring up tun/tap without carrier. */
export const IFF_NO_CARRIER = 0x0040;
export const IFF_NO_PI = 0x1000;
/** This flag has no real effect. */
export const IFF_ONE_QUEUE = 0x2000;
export const IFF_VNET_HDR = 0x4000;
export const IFF_TUN_EXCL = 0x8000;
export const IFF_MULTI_QUEUE = 0x0100;
export const IFF_ATTACH_QUEUE = 0x0200;
export const IFF_DETACH_QUEUE = 0x0400;
/** read-only flag */
export const IFF_PERSIST = 0x0800;
export const IFF_NOFILTER = 0x1000;

/** TUN_TYPE_MASK (drivers/net/tun.c): the device's type bits. */
export const TUN_TYPE_MASK = IFF_TUN | IFF_TAP;

/** IFLA_TUN_* (include/uapi/linux/if_link.h): tun_fill_info()'s IFLA_INFO_DATA. */
export interface TunInfo {
  /** IFLA_TUN_OWNER / IFLA_TUN_GROUP: only when set. */
  owner?: number;
  group?: number;
  /** IFLA_TUN_TYPE: IFF_TUN or IFF_TAP. */
  type: number;
  pi: boolean;
  vnetHdr: boolean;
  persist: boolean;
  multiQueue: boolean;
  /** IFLA_TUN_NUM_QUEUES / IFLA_TUN_NUM_DISABLED_QUEUES: a multi-queue device's. */
  numQueues?: number;
  numDisabledQueues?: number;
}
