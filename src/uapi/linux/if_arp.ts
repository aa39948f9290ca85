/**
 * ARP hardware types (ifi_type).
 * @linux include/uapi/linux/if_arp.h
 */
export const ARPHRD_ETHER = 1;
export const ARPHRD_LOOPBACK = 772;
export const ARPHRD_NONE = 0xfffe;
