/**
 * vxlan's state: the configuration of a device (struct vxlan_config), its
 * default destination and forwarding database (struct vxlan_rdst, struct
 * vxlan_fdb), the UDP sockets shared by devices of one port (struct
 * vxlan_sock) and the per-namespace lists (struct vxlan_net).
 * @linux drivers/net/vxlan/vxlan_private.h, include/net/vxlan.h
 */
import type { Nexthop, NhFdbUser } from '../../../net/ipv4/nexthop.js';
import type { Net } from '../../../net/core/net_namespace.js';
import type { NetDevice } from '../../../net/core/netdevice.js';
import type { UdpSocket } from '../../../net/ipv4/udp_sock.js';
import type { Timer } from '../../../sim/scheduler.js';

/** VXLAN_F_* (include/net/vxlan.h) */
export const VXLAN_F_LEARN = 0x01;
export const VXLAN_F_PROXY = 0x02;
export const VXLAN_F_RSC = 0x04;
export const VXLAN_F_L2MISS = 0x08;
export const VXLAN_F_L3MISS = 0x10;
export const VXLAN_F_UDP_ZERO_CSUM_TX = 0x40;
export const VXLAN_F_UDP_ZERO_CSUM6_TX = 0x80;
export const VXLAN_F_UDP_ZERO_CSUM6_RX = 0x100;
export const VXLAN_F_REMCSUM_TX = 0x200;
export const VXLAN_F_REMCSUM_RX = 0x400;
export const VXLAN_F_GBP = 0x800;
export const VXLAN_F_COLLECT_METADATA = 0x2000;
export const VXLAN_F_GPE = 0x4000;
export const VXLAN_F_TTL_INHERIT = 0x10000;
export const VXLAN_F_VNIFILTER = 0x20000;
/** "Flags that are used in the receive path. These flags must match in order for a socket to be shareable." */
export const VXLAN_F_RCV_FLAGS = VXLAN_F_GBP | VXLAN_F_GPE | VXLAN_F_UDP_ZERO_CSUM6_RX | VXLAN_F_REMCSUM_RX | VXLAN_F_COLLECT_METADATA | VXLAN_F_VNIFILTER;

/** VXLAN_N_VID */
export const VXLAN_N_VID = 1 << 24;
/** FDB_AGE_DEFAULT (seconds), FDB_AGE_INTERVAL (10 s, in ns) */
export const FDB_AGE_DEFAULT = 300;
export const FDB_AGE_INTERVAL_NS = 10e9;
/** The module's udp_port: "The IANA assigned port is 4789, but the Linux default is 8472 for compatibility with early adopters." */
export const VXLAN_DEFAULT_PORT = 8472;
/** VXLAN_HEADROOM: IP header + UDP + VXLAN + Ethernet header (IPv4). */
export const VXLAN_HEADROOM = 20 + 8 + 8 + 14;

/** struct vxlan_config (IPv4 addresses as host-order u32). */
export interface VxlanConfig {
  vni: number;
  remoteIp: number;
  saddr: number;
  remoteIfindex: number;
  dstPort: number;
  portMin: number;
  portMax: number;
  tos: number;
  ttl: number;
  df: number;
  label: number;
  flags: number;
  /** seconds */
  ageInterval: number;
  addrmax: number;
}

/** struct vxlan_rdst: one destination of an fdb entry. */
export interface VxlanRdst {
  remoteIp: number;
  remotePort: number;
  remoteVni: number;
  remoteIfindex: number;
}

/** struct vxlan_fdb: a MAC and where frames for it go. `updated`/`used` are ns of virtual time. */
export interface VxlanFdb {
  readonly ethAddr: Uint8Array;
  readonly key: number;
  state: number;
  flags: number;
  updated: number;
  used: number;
  readonly remotes: VxlanRdst[];
  /** f->nh: an fdb nexthop group the entry forwards through instead of its remotes (vxlan_fdb_nh_update()). */
  nh: Nexthop | null;
  /** The entry's place in nh->fdb_list. */
  nhLink: NhFdbUser | null;
}

/** struct vxlan_sock: the UDP socket of one port, shared by the devices listening on it. */
export interface VxlanSock {
  readonly sk: UdpSocket;
  readonly port: number;
  readonly flags: number;
  refcnt: number;
  /** vni_list: the devices it delivers to, newest first (hlist_add_head_rcu). */
  readonly devs: VxlanDev[];
}

/** struct vxlan_dev */
export interface VxlanDev {
  readonly dev: NetDevice;
  /** vxlan->net: the namespace the tunnel's UDP packets live in (the link namespace). */
  readonly net: Net;
  cfg: VxlanConfig;
  readonly defaultDst: VxlanRdst;
  /** The fdb by MAC (eth_hash()), and in insertion order newest first (the dump's order). */
  readonly fdb: Map<number, VxlanFdb>;
  fdbList: VxlanFdb[];
  vn4Sock: VxlanSock | null;
  ageTimer: Timer | null;
}

/** struct vxlan_net: the namespace's devices and sockets. */
export interface VxlanNet {
  readonly vxlanList: VxlanDev[];
  readonly sockList: VxlanSock[];
}

/** net_generic(net, vxlan_net_id) */
export function vxlanNet(net: Net): VxlanNet {
  let vn = net.generic.get('vxlan') as VxlanNet | undefined;
  if (!vn) {
    vn = { vxlanList: [], sockList: [] };
    net.generic.set('vxlan', vn);
  }
  return vn;
}

export function vxlanOf(dev: NetDevice): VxlanDev {
  return dev.priv as VxlanDev;
}

/** A MAC as a number: the fdb's hash key. */
export function macKey(a: Uint8Array, o = 0): number {
  return (a[o]! * 0x10000000000) + (a[o + 1]! * 0x100000000) + (((a[o + 2]! << 24) | (a[o + 3]! << 16) | (a[o + 4]! << 8) | a[o + 5]!) >>> 0);
}
