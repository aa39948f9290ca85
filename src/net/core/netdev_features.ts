/**
 * Device offload features (dev->features): what a driver can take whole,
 * so the stack need not do it in software. tuxnet models the bits that
 * change what goes on the wire: scatter/gather, checksum offload and the
 * segmentation offloads (a TSO/GSO-capable device is handed TCP skbs of up
 * to 64 KB; one without gets them cut by skb_gso_segment()).
 * @linux include/linux/netdev_features.h, net/core/dev.c
 */

/** include/linux/netdev_features.h NETIF_F_*_BIT, as bit values (the ones below 32). */
export const NETIF_F_SG = 1 << 0;
export const NETIF_F_IP_CSUM = 1 << 1;
export const NETIF_F_HW_CSUM = 1 << 3;
export const NETIF_F_HIGHDMA = 1 << 5;
export const NETIF_F_FRAGLIST = 1 << 6;
export const NETIF_F_HW_VLAN_CTAG_TX = 1 << 7;
export const NETIF_F_HW_VLAN_CTAG_RX = 1 << 8;
export const NETIF_F_VLAN_CHALLENGED = 1 << 10;
export const NETIF_F_GSO = 1 << 11;
export const NETIF_F_LLTX = 1 << 12;
export const NETIF_F_NETNS_LOCAL = 1 << 13;
export const NETIF_F_GRO = 1 << 14;
export const NETIF_F_LRO = 1 << 15;
/** NETIF_F_GSO_SHIFT: the gso_type bits (SKB_GSO_*) start here. */
export const NETIF_F_GSO_SHIFT = 16;
export const NETIF_F_TSO = 1 << 16;
export const NETIF_F_GSO_ROBUST = 1 << 17;
export const NETIF_F_TSO_ECN = 1 << 18;
export const NETIF_F_TSO_MANGLEID = 1 << 19;
export const NETIF_F_TSO6 = 1 << 20;
export const NETIF_F_RXCSUM = 1 << 29;
export const NETIF_F_LOOPBACK = 1 << 31 >>> 0;

/** NETIF_F_GSO_SOFTWARE: the GSO types the stack can segment itself (TCP ones, plus UDP_L4/fraglist Linux has and tuxnet does not build). */
export const NETIF_F_GSO_SOFTWARE = NETIF_F_TSO | NETIF_F_TSO_ECN | NETIF_F_TSO_MANGLEID | NETIF_F_TSO6;
/** NETIF_F_SOFT_FEATURES: register_netdevice() turns them on for every device. */
export const NETIF_F_SOFT_FEATURES = NETIF_F_GSO | NETIF_F_GRO;

/** drivers/net/veth.c VETH_FEATURES (the bits modelled). */
export const VETH_FEATURES = NETIF_F_SG | NETIF_F_FRAGLIST | NETIF_F_HW_CSUM | NETIF_F_RXCSUM | NETIF_F_HIGHDMA | NETIF_F_GSO_SOFTWARE;
/** drivers/net/loopback.c loopback_setup() features. */
export const LOOPBACK_FEATURES = NETIF_F_SG | NETIF_F_FRAGLIST | NETIF_F_GSO_SOFTWARE | NETIF_F_HW_CSUM | NETIF_F_RXCSUM |
  NETIF_F_HIGHDMA | NETIF_F_LLTX | NETIF_F_NETNS_LOCAL | NETIF_F_VLAN_CHALLENGED | NETIF_F_LOOPBACK;
/** net/bridge/br_device.c COMMON_FEATURES (NETIF_F_GSO_MASK as the software types). */
export const BR_COMMON_FEATURES = NETIF_F_SG | NETIF_F_FRAGLIST | NETIF_F_HIGHDMA | NETIF_F_GSO_SOFTWARE | NETIF_F_HW_CSUM;
/** drivers/net/macvlan.c MACVLAN_FEATURES (modelled bits) and ALWAYS_ON_FEATURES. */
export const MACVLAN_FEATURES = NETIF_F_SG | NETIF_F_HW_CSUM | NETIF_F_HIGHDMA | NETIF_F_FRAGLIST | NETIF_F_TSO | NETIF_F_LRO |
  NETIF_F_TSO_ECN | NETIF_F_TSO6 | NETIF_F_GRO | NETIF_F_RXCSUM;
export const MACVLAN_ALWAYS_ON = NETIF_F_GSO_SOFTWARE | NETIF_F_LLTX;

/**
 * net_gso_ok() / skb_gso_ok(): the device takes a GSO skb of `gsoType`
 * whole when it has the matching NETIF_F_* segmentation bit.
 */
export function netGsoOk(features: number, gsoType: number): boolean {
  const want = (gsoType << NETIF_F_GSO_SHIFT) >>> 0;
  return ((features & want) >>> 0) === want;
}
