/**
 * The constants of struct ethtool_link_settings userland and the kernel
 * share.
 * @linux include/uapi/linux/ethtool.h
 */

/** SPEED_UNKNOWN, DUPLEX_* */
export const SPEED_UNKNOWN = -1;
export const DUPLEX_HALF = 0x00;
export const DUPLEX_FULL = 0x01;
export const DUPLEX_UNKNOWN = 0xff;

/** PORT_TP, PORT_OTHER */
export const PORT_TP = 0x00;
export const PORT_OTHER = 0xff;
