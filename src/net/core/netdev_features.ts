/**
 * Device offload features (netdev_features_t): what a driver can take
 * whole, so the stack need not do it in software. The full 64-bit sets
 * (dev->features, hw_features, wanted_features) are bigints, used by the
 * control plane (register_netdevice(), ethtool); the data path reads
 * `dev.features`, the low 32 bits of the active set as a number (the bits
 * it tests are all below 32: scatter/gather, checksum offload, the
 * segmentation offloads).
 * @linux include/linux/netdev_features.h, net/core/dev.c
 */

/** include/linux/netdev_features.h enum { NETIF_F_*_BIT } as of 6.18 (bits 2, 12 and 13 unused: LLTX and NETNS_LOCAL are private flags since 6.12; GSO_ACCECN took bit 35). */
export const enum NetifF {
  SG = 0, IP_CSUM = 1, HW_CSUM = 3, IPV6_CSUM = 4, HIGHDMA = 5, FRAGLIST = 6,
  HW_VLAN_CTAG_TX = 7, HW_VLAN_CTAG_RX = 8, HW_VLAN_CTAG_FILTER = 9, VLAN_CHALLENGED = 10,
  GSO = 11, GRO = 14, LRO = 15,
  /** NETIF_F_GSO_SHIFT: the gso_type bits (SKB_GSO_*) start here. */
  TSO = 16, GSO_ROBUST = 17, TSO_ECN = 18, TSO_MANGLEID = 19, TSO6 = 20, FSO = 21,
  GSO_GRE = 22, GSO_GRE_CSUM = 23, GSO_IPXIP4 = 24, GSO_IPXIP6 = 25, GSO_UDP_TUNNEL = 26,
  GSO_UDP_TUNNEL_CSUM = 27, GSO_PARTIAL = 28, GSO_TUNNEL_REMCSUM = 29, GSO_SCTP = 30, GSO_ESP = 31,
  GSO_UDP = 32, GSO_UDP_L4 = 33, GSO_FRAGLIST = 34, GSO_ACCECN = 35,
  FCOE_CRC = 36, SCTP_CRC = 37, NTUPLE = 38, RXHASH = 39, RXCSUM = 40, NOCACHE_COPY = 41,
  LOOPBACK = 42, RXFCS = 43, RXALL = 44, HW_VLAN_STAG_TX = 45, HW_VLAN_STAG_RX = 46,
  HW_VLAN_STAG_FILTER = 47, HW_L2FW_DOFFLOAD = 48, HW_TC = 49, HW_ESP = 50, HW_ESP_TX_CSUM = 51,
  RX_UDP_TUNNEL_PORT = 52, HW_TLS_TX = 53, HW_TLS_RX = 54, GRO_HW = 55, HW_TLS_RECORD = 56,
  GRO_FRAGLIST = 57, HW_MACSEC = 58, GRO_UDP_FWD = 59, HW_HSR_TAG_INS = 60, HW_HSR_TAG_RM = 61,
  HW_HSR_FWD = 62, HW_HSR_DUP = 63,
}

/** NETDEV_FEATURE_COUNT */
export const NETDEV_FEATURE_COUNT = 64;

/**
 * net/ethtool/common.c netdev_features_strings[], by bit ("" for the
 * unused bits, which ethtool never shows, and for UFO's, which 6.18 no
 * longer names: `ethtool -K DEV tx-udp-fragmentation on` is "bit name not
 * found" there, and the legacy `ufo` flag matches nothing).
 */
export const NETDEV_FEATURES_STRINGS: readonly string[] = [
  'tx-scatter-gather', 'tx-checksum-ipv4', '', 'tx-checksum-ip-generic', 'tx-checksum-ipv6', 'highdma',
  'tx-scatter-gather-fraglist', 'tx-vlan-hw-insert', 'rx-vlan-hw-parse', 'rx-vlan-filter', 'vlan-challenged',
  'tx-generic-segmentation', '', '', 'rx-gro', 'rx-lro',
  'tx-tcp-segmentation', 'tx-gso-robust', 'tx-tcp-ecn-segmentation', 'tx-tcp-mangleid-segmentation',
  'tx-tcp6-segmentation', 'tx-fcoe-segmentation', 'tx-gre-segmentation', 'tx-gre-csum-segmentation',
  'tx-ipxip4-segmentation', 'tx-ipxip6-segmentation', 'tx-udp_tnl-segmentation', 'tx-udp_tnl-csum-segmentation',
  'tx-gso-partial', 'tx-tunnel-remcsum-segmentation', 'tx-sctp-segmentation', 'tx-esp-segmentation',
  '', 'tx-udp-segmentation', 'tx-gso-list', 'tx-tcp-accecn-segmentation',
  'tx-checksum-fcoe-crc', 'tx-checksum-sctp', 'rx-ntuple-filter', 'rx-hashing', 'rx-checksum',
  'tx-nocache-copy', 'loopback', 'rx-fcs', 'rx-all', 'tx-vlan-stag-hw-insert', 'rx-vlan-stag-hw-parse',
  'rx-vlan-stag-filter', 'l2-fwd-offload', 'hw-tc-offload', 'esp-hw-offload', 'esp-tx-csum-hw-offload',
  'rx-udp_tunnel-port-offload', 'tls-hw-tx-offload', 'tls-hw-rx-offload', 'rx-gro-hw', 'tls-hw-record',
  'rx-gro-list', 'macsec-hw-offload', 'rx-udp-gro-forwarding', 'hsr-tag-ins-offload', 'hsr-tag-rm-offload',
  'hsr-fwd-offload', 'hsr-dup-offload',
];

/** The set of the given bits. */
export function nf(...bits: NetifF[]): bigint {
  let f = 0n;
  for (const b of bits) f |= 1n << BigInt(b);
  return f;
}

/** Whether bit `b` is in `f`. */
export const nfHas = (f: bigint, b: NetifF): boolean => ((f >> BigInt(b)) & 1n) === 1n;

/* The data path's bits, as numbers (all below 32). */
export const NETIF_F_SG = 1 << NetifF.SG;
export const NETIF_F_IP_CSUM = 1 << NetifF.IP_CSUM;
export const NETIF_F_HW_CSUM = 1 << NetifF.HW_CSUM;
export const NETIF_F_IPV6_CSUM = 1 << NetifF.IPV6_CSUM;
export const NETIF_F_FRAGLIST = 1 << NetifF.FRAGLIST;
export const NETIF_F_HW_VLAN_CTAG_TX = 1 << NetifF.HW_VLAN_CTAG_TX;
export const NETIF_F_GSO = 1 << NetifF.GSO;
export const NETIF_F_GRO = 1 << NetifF.GRO;
export const NETIF_F_LRO = 1 << NetifF.LRO;
/** NETIF_F_GSO_SHIFT: the gso_type bits (SKB_GSO_*) start here. */
export const NETIF_F_GSO_SHIFT = 16;
export const NETIF_F_TSO = 1 << NetifF.TSO;

/* The sets of include/linux/netdev_features.h. */
const F_ALL_TSO = nf(NetifF.TSO, NetifF.TSO6, NetifF.TSO_ECN, NetifF.TSO_MANGLEID);
/** NETIF_F_GSO_SOFTWARE: what the stack segments itself. */
export const F_GSO_SOFTWARE = F_ALL_TSO | nf(NetifF.GSO_ACCECN, NetifF.GSO_SCTP, NetifF.GSO_UDP_L4, NetifF.GSO_FRAGLIST);
/** NETIF_F_GSO_ENCAP_ALL */
export const F_GSO_ENCAP_ALL = nf(NetifF.GSO_GRE, NetifF.GSO_GRE_CSUM, NetifF.GSO_IPXIP4, NetifF.GSO_IPXIP6,
  NetifF.GSO_UDP_TUNNEL, NetifF.GSO_UDP_TUNNEL_CSUM);
/** NETIF_F_GSO_MASK: bits GSO_SHIFT to GSO_LAST. */
const F_GSO_MASK = ((1n << BigInt(NetifF.GSO_ACCECN + 1)) - 1n) & ~((1n << BigInt(NETIF_F_GSO_SHIFT)) - 1n);
const F_CSUM_MASK = nf(NetifF.IP_CSUM, NetifF.HW_CSUM, NetifF.IPV6_CSUM);
/** NETIF_F_SOFT_FEATURES: on for every registered device; NETIF_F_SOFT_FEATURES_OFF: changeable, off. */
const F_SOFT_FEATURES = nf(NetifF.GSO, NetifF.GRO);
const F_SOFT_FEATURES_OFF = nf(NetifF.GRO_FRAGLIST, NetifF.GRO_UDP_FWD);
/** NETIF_F_ONE_FOR_ALL / NETIF_F_ALL_FOR_ALL: what an upper device has when one / all of its lowers have it. */
const F_ONE_FOR_ALL = F_GSO_SOFTWARE | nf(NetifF.GSO_ROBUST, NetifF.SG, NetifF.HIGHDMA, NetifF.FRAGLIST, NetifF.VLAN_CHALLENGED);
const F_ALL_FOR_ALL = nf(NetifF.NOCACHE_COPY, NetifF.FSO);
/** NETIF_F_NEVER_CHANGE: shown [fixed] whatever hw_features says. */
export const F_NEVER_CHANGE = nf(NetifF.VLAN_CHALLENGED);
/** NETIF_F_ETHTOOL_BITS: what ETHTOOL_MSG_FEATURES_SET may name (all but the never-changing ones). */
export const F_ETHTOOL_BITS = ((1n << BigInt(NETDEV_FEATURE_COUNT)) - 1n) & ~F_NEVER_CHANGE;

/** drivers/net/veth.c VETH_FEATURES, and the VLAN offloads veth_setup() adds. */
export const VETH_FEATURES = nf(NetifF.SG, NetifF.FRAGLIST, NetifF.HW_CSUM, NetifF.RXCSUM, NetifF.SCTP_CRC, NetifF.HIGHDMA) |
  F_GSO_SOFTWARE | F_GSO_ENCAP_ALL;
export const VETH_VLAN_FEATURES = nf(NetifF.HW_VLAN_CTAG_TX, NetifF.HW_VLAN_CTAG_RX, NetifF.HW_VLAN_STAG_TX, NetifF.HW_VLAN_STAG_RX);
/** drivers/net/loopback.c loopback_setup(): its features (LLTX and NETNS_LOCAL are private flags since 6.12), only GSO_SOFTWARE changeable. */
export const LOOPBACK_FEATURES = nf(NetifF.SG, NetifF.FRAGLIST, NetifF.HW_CSUM, NetifF.RXCSUM, NetifF.SCTP_CRC, NetifF.HIGHDMA,
  NetifF.VLAN_CHALLENGED, NetifF.LOOPBACK) | F_GSO_SOFTWARE;
export const LOOPBACK_HW_FEATURES = F_GSO_SOFTWARE;
/** net/bridge/br_device.c COMMON_FEATURES; br_dev_setup() adds the VLAN insertions. */
export const BR_COMMON_FEATURES = nf(NetifF.SG, NetifF.FRAGLIST, NetifF.HIGHDMA, NetifF.HW_CSUM) | F_GSO_MASK;
export const BR_VLAN_TX = nf(NetifF.HW_VLAN_CTAG_TX, NetifF.HW_VLAN_STAG_TX);
/** drivers/net/ifb.c IFB_FEATURES */
export const IFB_FEATURES = nf(NetifF.HW_CSUM, NetifF.SG, NetifF.FRAGLIST, NetifF.HIGHDMA, NetifF.HW_VLAN_CTAG_TX,
  NetifF.HW_VLAN_STAG_TX) | F_GSO_SOFTWARE | F_GSO_ENCAP_ALL;
/** drivers/net/vxlan/vxlan_core.c vxlan_setup(): features and hw_features alike. */
export const VXLAN_FEATURES = nf(NetifF.SG, NetifF.FRAGLIST, NetifF.HW_CSUM, NetifF.RXCSUM) | F_GSO_SOFTWARE;
/** drivers/net/macvlan.c MACVLAN_FEATURES, ALWAYS_ON_OFFLOADS (ALWAYS_ON_FEATURES less LLTX, a private flag). */
export const MACVLAN_FEATURES = nf(NetifF.SG, NetifF.HW_CSUM, NetifF.HIGHDMA, NetifF.FRAGLIST, NetifF.GSO, NetifF.TSO,
  NetifF.LRO, NetifF.TSO_ECN, NetifF.TSO6, NetifF.GRO, NetifF.RXCSUM, NetifF.HW_VLAN_CTAG_FILTER, NetifF.HW_VLAN_STAG_FILTER);
export const MACVLAN_ALWAYS_ON = nf(NetifF.SG, NetifF.HW_CSUM, NetifF.GSO_ROBUST) | F_GSO_SOFTWARE | F_GSO_ENCAP_ALL;

/** The low 32 bits of a set, as the data path's number. */
export const lowWord = (f: bigint): number => Number(f & 0xffffffffn) | 0;

/**
 * net_gso_ok() / skb_gso_ok(): the device takes a GSO skb of `gsoType`
 * whole when it has the matching NETIF_F_* segmentation bit.
 */
export function netGsoOk(features: number, gsoType: number): boolean {
  const want = (gsoType << NETIF_F_GSO_SHIFT) >>> 0;
  return ((features & want) >>> 0) === want;
}

/** netdev_get_wanted_features(): the fixed features as they are, the changeable ones as wanted. */
export const netdevGetWantedFeatures = (features: bigint, hw: bigint, wanted: bigint): bigint => (features & ~hw) | wanted;

/* netdev_fix_features()'s bits, made once. */
const B_SG = nf(NetifF.SG);
const B_IP_CSUM = nf(NetifF.IP_CSUM);
const B_HW_CSUM = nf(NetifF.HW_CSUM);
const B_IPV6_CSUM = nf(NetifF.IPV6_CSUM);
const B_IP_IPV6_CSUM = B_IP_CSUM | B_IPV6_CSUM;
const B_TSO = nf(NetifF.TSO);
const B_TSO6 = nf(NetifF.TSO6);
const B_TSO_ECN = nf(NetifF.TSO_ECN);
const B_TSO_MANGLEID = nf(NetifF.TSO_MANGLEID);
const B_GSO = nf(NetifF.GSO);
const B_GSO_PARTIAL = nf(NetifF.GSO_PARTIAL);
const B_RXCSUM = nf(NetifF.RXCSUM);
const B_GRO_HW = nf(NetifF.GRO_HW);
const B_RXFCS = nf(NetifF.RXFCS);
const B_LRO = nf(NetifF.LRO);
const B_HW_TLS_TX = nf(NetifF.HW_TLS_TX);
const B_HW_TLS_RX = nf(NetifF.HW_TLS_RX);
const B_GSO_UDP_L4 = nf(NetifF.GSO_UDP_L4);
const B_NOCACHE_COPY = nf(NetifF.NOCACHE_COPY);
const B_VLAN_CHALLENGED = nf(NetifF.VLAN_CHALLENGED);

/** netdev_fix_features(): the dependencies between features (each rule is the kernel's, in its order). */
export function netdevFixFeatures(f: bigint, gsoPartialFeatures = 0n): bigint {
  // Fix illegal checksum combinations
  if (f & B_HW_CSUM && f & B_IP_IPV6_CSUM) f &= ~B_IP_IPV6_CSUM;
  // TSO requires that SG is present as well.
  if (f & F_ALL_TSO && !(f & B_SG)) f &= ~F_ALL_TSO;
  if (f & B_TSO && !(f & B_HW_CSUM) && !(f & B_IP_CSUM)) f &= ~(B_TSO | B_TSO_ECN);
  if (f & B_TSO6 && !(f & B_HW_CSUM) && !(f & B_IPV6_CSUM)) f &= ~B_TSO6;
  // TSO with IPv4 ID mangling requires IPv4 TSO be enabled
  if (f & B_TSO_MANGLEID && !(f & B_TSO)) f &= ~B_TSO_MANGLEID;
  // TSO ECN requires that TSO is present as well.
  if ((f & F_ALL_TSO) === B_TSO_ECN) f &= ~B_TSO_ECN;
  // Software GSO depends on SG.
  if (f & B_GSO && !(f & B_SG)) f &= ~B_GSO;
  // GSO partial features require GSO partial be set
  if (f & gsoPartialFeatures && !(f & B_GSO_PARTIAL)) f &= ~gsoPartialFeatures;
  // NETIF_F_GRO_HW implies doing RXCSUM
  if (!(f & B_RXCSUM) && f & B_GRO_HW) f &= ~B_GRO_HW;
  // LRO/HW-GRO features cannot be combined with RX-FCS
  if (f & B_RXFCS) f &= ~(B_LRO | B_GRO_HW);
  if (f & B_GRO_HW && f & B_LRO) f &= ~B_LRO;
  if (f & B_HW_TLS_TX && !(f & F_CSUM_MASK)) f &= ~B_HW_TLS_TX;
  if (f & B_HW_TLS_RX && !(f & B_RXCSUM)) f &= ~B_HW_TLS_RX;
  // UDP segmentation offload needs a transmit checksum
  if (f & B_GSO_UDP_L4 && !(f & F_CSUM_MASK)) f &= ~B_GSO_UDP_L4;
  return f;
}

/**
 * register_netdevice()'s part: the software offloads on (and changeable),
 * the changeable features wanted as they are, tx-nocache-copy changeable
 * (not on loopback), TSO's IP-ID mangling changeable with TSO.
 */
export function registerFeatures(hw: bigint, features: bigint, loopback: boolean): { hw: bigint; wanted: bigint; features: bigint } {
  hw |= F_SOFT_FEATURES | F_SOFT_FEATURES_OFF;
  features |= F_SOFT_FEATURES;
  const wanted = features & hw;
  if (!loopback) hw |= B_NOCACHE_COPY;
  if (hw & B_TSO) hw |= B_TSO_MANGLEID;
  return { hw, wanted, features };
}

/**
 * netdev_increment_features(): an upper device's features with one more
 * lower device `one`: what one lower has for all (ONE_FOR_ALL, checksums),
 * what all must have (ALL_FOR_ALL), within `mask`.
 */
export function netdevIncrementFeatures(all: bigint, one: bigint, mask: bigint): bigint {
  if (mask & B_HW_CSUM) mask |= F_CSUM_MASK;
  mask |= B_VLAN_CHALLENGED;
  all |= one & (F_ONE_FOR_ALL | F_CSUM_MASK) & mask;
  all &= one | ~F_ALL_FOR_ALL;
  // If one device supports hw checksumming, set for all.
  if (all & B_HW_CSUM) all &= ~(F_CSUM_MASK & ~B_HW_CSUM);
  return all;
}

/** netdev_add_tso_features(): TSO for an upper device whose lowers segment anyway. */
export const netdevAddTsoFeatures = (features: bigint, mask: bigint): bigint => netdevIncrementFeatures(features, F_ALL_TSO, mask);

/** br_features_recompute(): a bridge's features from its ports' (none: its own). */
export function brFeaturesRecompute(features: bigint, ports: readonly bigint[]): bigint {
  if (ports.length === 0) return features;
  const mask = features;
  features &= ~F_ONE_FOR_ALL;
  for (const p of ports) features = netdevIncrementFeatures(features, p, mask);
  return netdevAddTsoFeatures(features, mask);
}

/** macvlan_fix_features(): a macvlan's features follow its lower device's, within what was asked. */
export function macvlanFixFeatures(features: bigint, lower: bigint, setFeatures: bigint): bigint {
  features |= F_ALL_FOR_ALL;
  features &= setFeatures | ~MACVLAN_FEATURES;
  const mask = features;
  lower &= features | ~B_LRO;
  features = netdevIncrementFeatures(lower, features, mask);
  features |= MACVLAN_ALWAYS_ON;
  return features & (MACVLAN_ALWAYS_ON | MACVLAN_FEATURES);
}
