/**
 * The bridge's data structures: struct net_bridge (the bridge device's
 * private data), struct net_bridge_port (one per enslaved device, the
 * rx_handler_data of the port), struct net_bridge_fdb_entry (the forwarding
 * database), with the STP fields 802.1D needs and a VLAN group placeholder.
 * Times are kept in virtual nanoseconds where the kernel keeps jiffies;
 * netlink and sysfs convert to clock_t (USER_HZ = 100) as the kernel does.
 * @linux net/bridge/br_private.h, include/linux/if_bridge.h, include/uapi/linux/if_bridge.h
 */
import type { NetDevice } from '../core/netdevice.js';
import type { DstEntry } from '../core/dst.js';
import { ETH_P_IP, ETH_P_IPV6 } from '../../wire/ethernet.js';
import type { Timer } from '../../sim/scheduler.js';
import { brMcastStatsNew, type BridgeStpXstats } from '../../uapi/linux/if_bridge.js';

/** One second of virtual time (HZ). */
export const BR_HZ_NS = 1_000_000_000;
/** USER_HZ: clock_t ticks per second, the unit of netlink and sysfs times. */
export const USER_HZ = 100;

/** HZ: the kernel's tick; a bridge time is kept in whole jiffies. */
const KERNEL_HZ = 250;

/**
 * clock_t_to_jiffies(): centiseconds to virtual ns, through whole jiffies
 * (x * HZ / USER_HZ truncated: at HZ 250 an odd centisecond count loses
 * half a jiffy, so 12345 reads back as 12344).
 */
export function clockTToNs(v: number): number {
  return Math.floor((v * KERNEL_HZ) / USER_HZ) * (BR_HZ_NS / KERNEL_HZ);
}

/** jiffies_to_clock_t(): virtual ns to centiseconds (rounded down). */
export function nsToClockT(ns: number): number {
  return Math.floor(ns / (BR_HZ_NS / USER_HZ));
}

/** include/uapi/linux/if_bridge.h BR_STATE_*: a port's 802.1D state. */
export const BR_STATE_DISABLED = 0;
export const BR_STATE_LISTENING = 1;
export const BR_STATE_LEARNING = 2;
export const BR_STATE_FORWARDING = 3;
export const BR_STATE_BLOCKING = 4;

/** br_port_state_names[] (br_stp.c): what `bridge link` prints. */
export const BR_PORT_STATE_NAMES: readonly string[] = ['disabled', 'listening', 'learning', 'forwarding', 'blocking'];

/** include/linux/if_bridge.h: port flags (net_bridge_port.flags). */
export const BR_HAIRPIN_MODE = 1 << 0;
export const BR_BPDU_GUARD = 1 << 1;
export const BR_ROOT_BLOCK = 1 << 2;
export const BR_MULTICAST_FAST_LEAVE = 1 << 3;
export const BR_ADMIN_COST = 1 << 4;
export const BR_LEARNING = 1 << 5;
export const BR_FLOOD = 1 << 6;
export const BR_AUTO_MASK = BR_FLOOD | BR_LEARNING;
export const BR_PROMISC = 1 << 7;
export const BR_PROXYARP = 1 << 8;
export const BR_LEARNING_SYNC = 1 << 9;
export const BR_PROXYARP_WIFI = 1 << 10;
export const BR_MCAST_FLOOD = 1 << 11;
export const BR_MULTICAST_TO_UNICAST = 1 << 12;
export const BR_VLAN_TUNNEL = 1 << 13;
export const BR_BCAST_FLOOD = 1 << 14;
export const BR_NEIGH_SUPPRESS = 1 << 15;
export const BR_ISOLATED = 1 << 16;
export const BR_MRP_AWARE = 1 << 17;
export const BR_MRP_LOST_CONT = 1 << 18;
export const BR_MRP_LOST_IN_CONT = 1 << 19;
export const BR_TX_FWD_OFFLOAD = 1 << 20;
export const BR_PORT_LOCKED = 1 << 21;
export const BR_PORT_MAB = 1 << 22;
export const BR_NEIGH_VLAN_SUPPRESS = 1 << 23;

/** new_nbp(): the flags a new port starts with. */
export const BR_PORT_DEFAULT_FLAGS = BR_LEARNING | BR_FLOOD | BR_MCAST_FLOOD | BR_BCAST_FLOOD;

/** enum net_bridge_opts (br->options bits). */
export const BROPT_VLAN_ENABLED = 0;
export const BROPT_VLAN_STATS_ENABLED = 1;
export const BROPT_NF_CALL_IPTABLES = 2;
export const BROPT_NF_CALL_IP6TABLES = 3;
export const BROPT_NF_CALL_ARPTABLES = 4;
export const BROPT_GROUP_ADDR_SET = 5;
export const BROPT_MULTICAST_ENABLED = 6;
export const BROPT_MULTICAST_QUERIER = 7;
export const BROPT_MULTICAST_QUERY_USE_IFADDR = 8;
export const BROPT_MULTICAST_STATS_ENABLED = 9;
export const BROPT_HAS_IPV6_ADDR = 10;
export const BROPT_NEIGH_SUPPRESS_ENABLED = 11;
export const BROPT_MTU_SET_BY_USER = 12;
export const BROPT_VLAN_STATS_PER_PORT = 13;
export const BROPT_NO_LL_LEARN = 14;
export const BROPT_VLAN_BRIDGE_BINDING = 15;
export const BROPT_MCAST_VLAN_SNOOPING_ENABLED = 16;
export const BROPT_MST_ENABLED = 17;

/** enum { BR_NO_STP, BR_KERNEL_STP, BR_USER_STP } (br->stp_enabled). */
export const BR_NO_STP = 0;
export const BR_KERNEL_STP = 1;
export const BR_USER_STP = 2;

/** net_bridge_fdb_entry.flags bits (enum { BR_FDB_LOCAL, ... }). */
export const BR_FDB_LOCAL = 0;
export const BR_FDB_STATIC = 1;
export const BR_FDB_STICKY = 2;
export const BR_FDB_ADDED_BY_USER = 3;
export const BR_FDB_ADDED_BY_EXT_LEARN = 4;
export const BR_FDB_OFFLOADED = 5;
export const BR_FDB_NOTIFY = 6;
export const BR_FDB_NOTIFY_INACTIVE = 7;
export const BR_FDB_LOCKED = 8;
export const BR_FDB_DYNAMIC_LEARNED = 9;

/** Bit masks of the BR_FDB_* bit numbers. */
export const fdbBit = (b: number): number => 1 << b;

/** br_private.h limits and defaults. */
export const BR_PORT_BITS = 10;
export const BR_MAX_PORTS = 1 << BR_PORT_BITS;
export const BR_HOLD_TIME = 1 * BR_HZ_NS;
/** BR_DEFAULT_AGEING_TIME: 300 seconds. */
export const BR_DEFAULT_AGEING_TIME = 300 * BR_HZ_NS;
/** br_dev_setup(): hello 2 s, max age 20 s, forward delay 15 s, priority 0x8000. */
export const BR_DEFAULT_HELLO_TIME = 2 * BR_HZ_NS;
export const BR_DEFAULT_MAX_AGE = 20 * BR_HZ_NS;
export const BR_DEFAULT_FORWARD_DELAY = 15 * BR_HZ_NS;
export const BR_DEFAULT_PRIORITY = 0x8000;
/** br_stp_timer.c / br_ioctl limits: BR_MIN_/BR_MAX_ times (seconds). */
export const BR_MIN_HELLO_TIME = 1 * BR_HZ_NS;
export const BR_MAX_HELLO_TIME = 10 * BR_HZ_NS;
export const BR_MIN_FORWARD_DELAY = 2 * BR_HZ_NS;
export const BR_MAX_FORWARD_DELAY = 30 * BR_HZ_NS;
export const BR_MIN_MAX_AGE = 6 * BR_HZ_NS;
export const BR_MAX_MAX_AGE = 40 * BR_HZ_NS;
/** new_nbp(): port priority 0x20; br_stp_if.c port_cost() of an unknown speed: 100 (10 Mb/s); veth reports 10 Gb/s: 2. */
export const BR_DEFAULT_PORT_PRIORITY = 0x20;
export const BR_MAX_PORT_PRIORITY = (1 << (16 - BR_PORT_BITS)) - 1;

/** include/uapi/linux/if_bridge.h group_fwd_mask rules (br_private.h). */
export const BR_GROUPFWD_DEFAULT = 0;
/** Don't allow forwarding of control protocols like STP, MAC PAUSE and LACP. */
export const BR_GROUPFWD_RESTRICTED = 0x0007;
/** The Nearest Customer Bridge Group Address, 01-80-C2-00-00-[00,0B,0C,0D,0F]. */
export const BR_GROUPFWD_8021AD = 0xb801;

/** eth_stp_addr / br_group_address: 01:80:c2:00:00:00. */
export const BR_GROUP_ADDRESS: readonly number[] = [0x01, 0x80, 0xc2, 0x00, 0x00, 0x00];

/** bridge_id: 2 bytes of priority then the bridge's MAC (802.1D 9.2.5). */
export interface BridgeId {
  readonly prio: Uint8Array;
  readonly addr: Uint8Array;
}

export function bridgeIdNew(): BridgeId {
  return { prio: new Uint8Array(2), addr: new Uint8Array(6) };
}

/** port_id: priority << BR_PORT_BITS | port_no. */
export type PortId = number;

/** struct net_bridge_vlan_group: filled by VLAN filtering (br_vlan.c); null until then. */
export interface NetBridgeVlanGroup {
  /** The VLAN ids configured, with their BRIDGE_VLAN_INFO_* flags. */
  readonly vlans: Map<number, number>;
  pvid: number;
  numVlans: number;
}

/** struct net_bridge_fdb_key: MAC and VLAN id. */
export interface NetBridgeFdbKey {
  readonly addr: Uint8Array;
  readonly vlanId: number;
}

/** struct net_bridge_fdb_entry */
export class NetBridgeFdbEntry {
  /** The port it was learned on; null for the bridge device's own (local) entries. */
  dst: NetBridgePort | null;
  readonly key: NetBridgeFdbKey;
  /** BR_FDB_* bits. */
  flags = 0;
  /** Last time the address was seen (virtual ns); what ageing compares. */
  updated: number;
  /** When the entry was created or last changed by netlink (`used` of br_fdb_fill_info is `used`). */
  used: number;
  /** NTF_EXT_LEARNED etc. are kept in `flags`; the NDA_MASTER of dumps is the bridge. */

  constructor(dst: NetBridgePort | null, addr: Uint8Array, vlanId: number, now: number) {
    this.dst = dst;
    this.key = { addr: Uint8Array.from(addr), vlanId };
    this.updated = now;
    this.used = now;
  }

  has(bit: number): boolean {
    return (this.flags & (1 << bit)) !== 0;
  }

  set(bit: number): void {
    this.flags |= 1 << bit;
  }

  clear(bit: number): void {
    this.flags &= ~(1 << bit);
  }
}

/**
 * struct br_ip: a multicast group of the mdb. `proto` is ETH_P_IP,
 * ETH_P_IPV6 or 0 for a layer-2 group (a MAC, `bridge mdb add ... grp MAC`).
 */
export interface BrIp {
  readonly proto: number;
  readonly vid: number;
  /** The IPv4 group (int32) when proto is ETH_P_IP. */
  readonly ip4: number;
  /** The IPv6 group (16 bytes) or the MAC (6 bytes) of an L2 group; null for IPv4. */
  readonly bytes: Uint8Array | null;
  /** br_ip.src of an (S, G) entry: the IPv4 source (int32), absent or 0 for (*, G). */
  readonly src4?: number;
  /** br_ip.src of an IPv6 (S, G) entry (16 bytes), absent or null for (*, G). */
  readonly src6?: Uint8Array | null;
}

/** br_multicast_should_handle_mode(): the group's protocol is snooped in IGMPv3/MLDv2 mode (source lists, filter modes). */
export function brMulticastShouldHandleMode(br: NetBridge, proto: number): boolean {
  return proto === ETH_P_IP ? br.mcast.igmpVersion === 3 : proto === ETH_P_IPV6 && br.mcast.mldVersion === 2;
}

/** br_multicast_is_star_g(): a group without a source. */
export function brMulticastIsStarG(a: BrIp): boolean {
  return !a.src4 && !a.src6;
}

/** net_bridge_port_group.flags: MDB_PG_FLAGS_* */
export const MDB_PG_FLAGS_PERMANENT = 1 << 0;
export const MDB_PG_FLAGS_OFFLOAD = 1 << 1;
export const MDB_PG_FLAGS_FAST_LEAVE = 1 << 2;
export const MDB_PG_FLAGS_STAR_EXCL = 1 << 3;
export const MDB_PG_FLAGS_BLOCKED = 1 << 4;

/** include/uapi/linux/in.h MCAST_EXCLUDE / MCAST_INCLUDE: a port group's filter mode. */
import { MCAST_EXCLUDE, MCAST_INCLUDE } from '../ipv4/igmp_src.js';
export { MCAST_EXCLUDE, MCAST_INCLUDE };

/** net_bridge_group_src.flags: BR_SGRP_F_* */
export const BR_SGRP_F_DELETE = 1 << 0;
export const BR_SGRP_F_SEND = 1 << 1;
export const BR_SGRP_F_INSTALLED = 1 << 2;
export const BR_SGRP_F_USER_ADDED = 1 << 3;

/**
 * struct net_bridge_group_src: a source of a port group's source list
 * (IGMPv3/MLDv2 mode), its source timer, and whether its (S, G) entry is installed.
 */
export class NetBridgeGroupSrc {
  readonly pg: NetBridgePortGroup;
  /** The source: an int32 IPv4 address, or 16 bytes. */
  readonly ip4: number;
  readonly bytes: Uint8Array | null;
  flags = 0;
  timer: Timer | null = null;
  expires = NaN;

  constructor(pg: NetBridgePortGroup, ip4: number, bytes: Uint8Array | null) {
    this.pg = pg;
    this.ip4 = ip4;
    this.bytes = bytes;
  }
}

/** struct net_bridge_port_group: one port's membership of a group. */
export class NetBridgePortGroup {
  readonly port: NetBridgePort;
  flags: number;
  /** RTPROT_KERNEL when learnt from a report, RTPROT_STATIC when added by `bridge mdb add`. */
  readonly rtProtocol: number;
  /** pg->filter_mode: MCAST_EXCLUDE, or MCAST_INCLUDE (learnt in IGMPv3/MLDv2 mode, (S, G) entries). */
  filterMode = MCAST_EXCLUDE;
  /** pg->src_list: newest first (hlist_add_head). */
  readonly srcList: NetBridgeGroupSrc[] = [];
  /** The membership timer (pg->timer) and its expiry (timer.expires, virtual ns; NaN when not pending). */
  timer: Timer | null = null;
  expires = NaN;

  constructor(port: NetBridgePort, flags: number, rtProtocol: number) {
    this.port = port;
    this.flags = flags;
    this.rtProtocol = rtProtocol;
  }
}

/** struct net_bridge_mdb_entry: a group, the bridge's own membership (host_joined) and its ports'. */
export class NetBridgeMdbEntry {
  readonly addr: BrIp;
  readonly key: string;
  hostJoined = false;
  /** mp->ports: ordered as br_multicast_add_group() inserts them. */
  readonly ports: NetBridgePortGroup[] = [];
  /** mp->timer: the host membership's timer, and the deferred removal of an empty entry. */
  timer: Timer | null = null;
  expires = NaN;

  constructor(addr: BrIp, key: string) {
    this.addr = addr;
    this.key = key;
  }
}

/** struct bridge_mcast_own_query: the timer of our own general queries and how many startup ones went. */
export class BridgeMcastOwnQuery {
  timer: Timer | null = null;
  startupSent = 0;
}

/**
 * struct bridge_mcast_other_query: another querier was heard (`timer`,
 * mcast_querier_interval) and the first query_response_interval after it
 * or after our querier started, during which the mdb may not be complete
 * yet (delay_timer): forwarding by the mdb waits for its end.
 */
export class BridgeMcastOtherQuery {
  timer: Timer | null = null;
  expires = 0;
  delayTimer: Timer | null = null;
}

/** struct bridge_mcast_querier: the elected querier's address (int32 or 16 bytes) and port ifindex. */
export class BridgeMcastQuerier {
  ip4 = 0;
  ip6: Uint8Array = new Uint8Array(16);
  portIfidx = 0;
}

/** The per-family multicast router state of a port: in the router list (ip4_rlist), and its timer's expiry. */
export class BridgeMcastRport {
  listed = false;
  /** ip4_mc_router_timer and its expiry (virtual ns). */
  timer: Timer | null = null;
  expires = 0;
}

/** struct net_bridge_port */
export class NetBridgePort {
  readonly br: NetBridge;
  readonly dev: NetDevice;
  /** BR_* port flags. */
  flags = BR_PORT_DEFAULT_FLAGS;
  /** STP */
  priority = BR_DEFAULT_PORT_PRIORITY;
  portNo: number;
  portId: PortId = 0;
  state = BR_STATE_DISABLED;
  /** 802.1D port role (the stp helper's; not a kernel field, the kernel infers it). */
  role = 0;
  pathCost = 100;
  designatedRoot = bridgeIdNew();
  designatedBridge = bridgeIdNew();
  designatedCost = 0;
  designatedPort: PortId = 0;
  /** p->designated_age (stp): when the designated information was recorded, less its message age. */
  designatedAge = 0;
  topologyChangeAck = 0;
  configPending = 0;
  /** STP timers (br_stp_timer.c). */
  messageAgeTimer: Timer | null = null;
  forwardDelayTimer: Timer | null = null;
  holdTimer: Timer | null = null;
  /** p->stp_xstats: BPDUs, TCNs and state transitions (BRIDGE_XSTATS_STP of `ip link xstats type bridge_slave`). */
  stpXstats: BridgeStpXstats = { txBpdu: 0, rxBpdu: 0, txTcn: 0, rxTcn: 0, transitionFwd: 0, transitionBlk: 0 };
  /** p->mcast_stats (br_multicast_count()). */
  readonly mcastStats = brMcastStatsNew();
  /** group_fwd_mask of the port (IFLA_BRPORT_GROUP_FWD_MASK). */
  groupFwdMask = 0;
  /** backup_port, mcast router mode, neigh suppress per vlan... */
  backupPort: NetBridgePort | null = null;
  multicastRouter = 1;
  /** pmctx->ip4_rlist / ip6_rlist with their mc_router_timers (learnt from queries, or mcast_router 2/3). */
  readonly ip4Rport = new BridgeMcastRport();
  readonly ip6Rport = new BridgeMcastRport();
  /** pmctx->ip4_own_query / ip6_own_query: the general queries sent out of this port. */
  readonly ip4OwnQuery = new BridgeMcastOwnQuery();
  readonly ip6OwnQuery = new BridgeMcastOwnQuery();
  /** VLAN group of the port (nbp_vlan_group); null without VLAN filtering. */
  vlgrp: NetBridgeVlanGroup | null = null;
  /** br_port_flag_is_set() convenience. */
  constructor(br: NetBridge, dev: NetDevice, portNo: number) {
    this.br = br;
    this.dev = dev;
    this.portNo = portNo;
  }

  hasFlag(f: number): boolean {
    return (this.flags & f) !== 0;
  }
}

/** struct net_bridge: the private data of a bridge device. */
export class NetBridge {
  readonly dev: NetDevice;
  /** br->fake_rtable (br_netfilter_rtable_init()): made by br_netfilter at the first frame it needs it for. */
  fakeRtable: DstEntry | null = null;
  /** br->port_list, in enslaving order (list_add_rcu at the tail). */
  readonly portList: NetBridgePort[] = [];
  /** br->fdb_hash_tbl: VLAN id -> MAC (48-bit number) -> entry. */
  readonly fdbHash = new Map<number, Map<number, NetBridgeFdbEntry>>();
  /** br->fdb_list: every entry, newest first when dumped (hlist_add_head_rcu). */
  readonly fdbList = new Set<NetBridgeFdbEntry>();
  /** br->mdb_hash_tbl (keyed by brIpKey()) and br->mdb_list (hlist_add_head: dumped newest first). */
  readonly mdbHash = new Map<string, NetBridgeMdbEntry>();
  readonly mdbList = new Set<NetBridgeMdbEntry>();
  /** BROPT_* bits. */
  options = 0;
  /** br->group_fwd_mask and its BR_GROUPFWD_RESTRICTED-free original. */
  groupFwdMask = BR_GROUPFWD_DEFAULT;
  groupFwdMaskRequired = BR_GROUPFWD_DEFAULT;
  groupAddr = Uint8Array.from(BR_GROUP_ADDRESS);
  /** STP: this bridge and the root as seen now. */
  designatedRoot = bridgeIdNew();
  bridgeId = bridgeIdNew();
  rootPathCost = 0;
  rootPort = 0;
  maxAge = BR_DEFAULT_MAX_AGE;
  helloTime = BR_DEFAULT_HELLO_TIME;
  forwardDelay = BR_DEFAULT_FORWARD_DELAY;
  bridgeMaxAge = BR_DEFAULT_MAX_AGE;
  bridgeHelloTime = BR_DEFAULT_HELLO_TIME;
  bridgeForwardDelay = BR_DEFAULT_FORWARD_DELAY;
  ageingTime = BR_DEFAULT_AGEING_TIME;
  /** br->bridge_ageing_time (stp): the configured ageing time; ageingTime is 2 × forward_delay during a topology change. */
  bridgeAgeingTime = BR_DEFAULT_AGEING_TIME;
  topologyChange = 0;
  topologyChangeDetected = 0;
  stpEnabled = BR_NO_STP;
  /** STP timers (br_stp_timer.c) and the fdb garbage collector (br_fdb_cleanup delayed work). */
  helloTimer: Timer | null = null;
  tcnTimer: Timer | null = null;
  topologyChangeTimer: Timer | null = null;
  gcWork: Timer | null = null;
  /** gc_work's timer.expires (virtual ns): what br_timer_value() reads, not the wheel bucket it fires in. */
  gcExpires = 0;
  /** VLAN filtering state (br_vlan.c). */
  vlanProto = 0x8100;
  defaultPvid = 1;
  vlgrp: NetBridgeVlanGroup | null = null;
  /** Multicast snooping knobs reported by IFLA_BR_MCAST_* (times in clock_t; br_multicast.c uses the membership and last member ones). */
  mcast = {
    routerMode: 1, hashElasticity: 16, hashMax: 4096, lastMemberCnt: 2, startupQueryCnt: 2,
    lastMemberIntvl: 100, membershipIntvl: 26000, querierIntvl: 25500, queryIntvl: 12500,
    queryResponseIntvl: 1000, startupQueryIntvl: 3125, igmpVersion: 2, mldVersion: 1,
    /** mcast_querier (brmctx->multicast_querier), mcast_query_use_ifaddr, mcast_stats_enabled. */
    querier: 0, queryUseIfaddr: 0, statsEnabled: 0,
  };
  /** br->mcast_stats: what the bridge device itself sends and takes (br_multicast_count() with no port). */
  readonly mcastStats = brMcastStatsNew();
  /** The querier state of struct net_bridge_mcast (br_multicast.c), per family. */
  readonly ip4OwnQuery = new BridgeMcastOwnQuery();
  readonly ip6OwnQuery = new BridgeMcastOwnQuery();
  readonly ip4OtherQuery = new BridgeMcastOtherQuery();
  readonly ip6OtherQuery = new BridgeMcastOtherQuery();
  readonly ip4Querier = new BridgeMcastQuerier();
  readonly ip6Querier = new BridgeMcastQuerier();
  /** Netfilter call knobs (IFLA_BR_NF_CALL_*). */
  nfCallIptables = 0;
  nfCallIp6tables = 0;
  nfCallArptables = 0;
  /**
   * BR_INPUT_SKB_CB() of the frame being handled. Linux keeps it in skb->cb;
   * a bridge handles one frame at a time (forwarding queues on the peer's
   * backlog), so tuxnet keeps it here and resets it per frame.
   */
  readonly inputCb = { brdev: null as NetBridge | null, srcPortIsolated: false, proxyarpReplied: false, igmp: 0, mroutersOnly: false };

  constructor(dev: NetDevice) {
    this.dev = dev;
  }

  optGet(opt: number): boolean {
    return (this.options & (1 << opt)) !== 0;
  }

  optToggle(opt: number, on: boolean): void {
    if (on) this.options |= 1 << opt;
    else this.options &= ~(1 << opt);
  }
}

/** br_port_get_rcu(): the port of a device enslaved to a bridge (null otherwise). */
export function brPortGet(dev: NetDevice): NetBridgePort | null {
  const p = dev.rxHandlerData;
  return p instanceof NetBridgePort ? p : null;
}

/** netdev_priv() of a bridge device. */
export function netdevBridge(dev: NetDevice): NetBridge | null {
  return dev.priv instanceof NetBridge ? dev.priv : null;
}

/** br_port_exists() / netif_is_bridge_port() */
export function brPortExists(dev: NetDevice): boolean {
  return brPortGet(dev) !== null;
}

/** ether_addr_to_u64(): a MAC as a 48-bit number (exact in a double), without allocating. */
export function macKey(a: Uint8Array, off = 0): number {
  return (
    a[off]! * 0x10000000000 + a[off + 1]! * 0x100000000 + a[off + 2]! * 0x1000000 +
    a[off + 3]! * 0x10000 + a[off + 4]! * 0x100 + a[off + 5]!
  );
}
