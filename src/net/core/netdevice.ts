/**
 * struct net_device and its flags.
 * @linux include/linux/netdevice.h, include/uapi/linux/if.h
 */
import { NETIF_F_GRO, NETIF_F_GSO } from './netdev_features.js';
import type { Net } from './net_namespace.js';
import type { SkBuff } from './skbuff.js';
import { errnoNumber } from './errno.js';
import type { InDevice } from '../ipv4/devinet.js';
import type { PacketType, RxHandler } from './dev_rx.js';
import type { BrFdbMsg } from '../../uapi/linux/if_bridge.js';

/** include/uapi/linux/if.h net_device_flags */
export {
  IFF_UP, IFF_BROADCAST, IFF_DEBUG, IFF_LOOPBACK, IFF_POINTOPOINT, IFF_NOTRAILERS, IFF_RUNNING, IFF_NOARP,
  IFF_PROMISC, IFF_ALLMULTI, IFF_MASTER, IFF_SLAVE, IFF_MULTICAST, IFF_PORTSEL, IFF_AUTOMEDIA, IFF_DYNAMIC,
  IFF_LOWER_UP, IFF_DORMANT, IFF_ECHO,
} from '../../uapi/linux/if.js';
import {
  IFF_PROMISC, IFF_ALLMULTI, IFF_UP, IFF_DEBUG, IFF_NOTRAILERS, IFF_RUNNING, IFF_NOARP, IFF_MULTICAST, IFF_PORTSEL, IFF_AUTOMEDIA,
  IFF_DYNAMIC, IFF_LOWER_UP, IFF_DORMANT,
} from '../../uapi/linux/if.js';

/**
 * include/linux/netdevice.h enum netdev_priv_flags (dev->priv_flags), the
 * bits below 31. IFF_TX_SKB_NO_LINEAR (bit 31) and IFF_CHANGE_PROTO_DOWN
 * (bit 32) do not fit JavaScript's 32-bit bitwise operators and are not kept.
 */
export const IFF_802_1Q_VLAN = 1 << 0;
export const IFF_EBRIDGE = 1 << 1;
export const IFF_BONDING = 1 << 2;
export const IFF_ISATAP = 1 << 3;
export const IFF_WAN_HDLC = 1 << 4;
export const IFF_XMIT_DST_RELEASE = 1 << 5;
export const IFF_DONT_BRIDGE = 1 << 6;
export const IFF_DISABLE_NETPOLL = 1 << 7;
export const IFF_MACVLAN_PORT = 1 << 8;
export const IFF_BRIDGE_PORT = 1 << 9;
export const IFF_OVS_DATAPATH = 1 << 10;
export const IFF_TX_SKB_SHARING = 1 << 11;
export const IFF_UNICAST_FLT = 1 << 12;
export const IFF_TEAM_PORT = 1 << 13;
export const IFF_SUPP_NOFCS = 1 << 14;
export const IFF_LIVE_ADDR_CHANGE = 1 << 15;
export const IFF_MACVLAN = 1 << 16;
export const IFF_XMIT_DST_RELEASE_PERM = 1 << 17;
export const IFF_L3MDEV_MASTER = 1 << 18;
export const IFF_NO_QUEUE = 1 << 19;
export const IFF_OPENVSWITCH = 1 << 20;
export const IFF_L3MDEV_SLAVE = 1 << 21;
export const IFF_TEAM = 1 << 22;
export const IFF_RXFH_CONFIGURED = 1 << 23;
export const IFF_PHONY_HEADROOM = 1 << 24;
export const IFF_MACSEC = 1 << 25;
export const IFF_NO_RX_HANDLER = 1 << 26;
export const IFF_FAILOVER = 1 << 27;
export const IFF_FAILOVER_SLAVE = 1 << 28;
export const IFF_L3MDEV_RX_HANDLER = 1 << 29;
export const IFF_LIVE_RENAME_OK = 1 << 30;

/** include/linux/netdevice.h NET_NAME_*: where a device's name came from (dev->name_assign_type). */
export const NET_NAME_UNKNOWN = 0;
export const NET_NAME_ENUM = 1;
export const NET_NAME_PREDICTABLE = 2;
export const NET_NAME_USER = 3;
export const NET_NAME_RENAMED = 4;

/** MAX_NEST_DEV: how deep upper/lower stacks may go. */
export const MAX_NEST_DEV = 8;

/** One link of dev->adj_list.upper / .lower (struct netdev_adjacent). */
export interface NetdevAdjacent {
  readonly dev: NetDevice;
  /** The upper device is this device's master (netdev_master_upper_dev_link). */
  readonly master: boolean;
  /** upper_priv / lower private data of the link (a bridge port, ...). */
  readonly priv: unknown;
}

/** Flags userspace may change with SIOCSIFFLAGS / RTM_NEWLINK (dev_change_flags). */
export const IFF_USER_SETTABLE =
  IFF_UP | IFF_DEBUG | IFF_NOTRAILERS | IFF_NOARP | IFF_DYNAMIC | IFF_MULTICAST | IFF_PORTSEL | IFF_AUTOMEDIA;

/** RFC 2863 operational states (include/uapi/linux/if.h IF_OPER_*). */
export const enum Oper {
  UNKNOWN = 0,
  NOTPRESENT = 1,
  DOWN = 2,
  LOWERLAYERDOWN = 3,
  TESTING = 4,
  DORMANT = 5,
  UP = 6,
}

/** include/uapi/linux/if_arp.h dev->type values, defined by the wire layer. */
export { ARPHRD_ETHER, ARPHRD_LOOPBACK, ARPHRD_NONE } from '../../wire/arp.js';

/** include/linux/netdevice.h NET_ADDR_* (addr_assign_type). */
export const NET_ADDR_PERM = 0;
export const NET_ADDR_RANDOM = 1;
export const NET_ADDR_STOLEN = 2;
export const NET_ADDR_SET = 3;

export { IFNAMSIZ } from '../../uapi/linux/if.js';

/** struct rtnl_link_stats64, the subset the stack maintains. */
export class LinkStats {
  rxPackets = 0;
  txPackets = 0;
  rxBytes = 0;
  txBytes = 0;
  rxErrors = 0;
  txErrors = 0;
  rxDropped = 0;
  txDropped = 0;
  multicast = 0;
  collisions = 0;
  rxLengthErrors = 0;
  rxOverErrors = 0;
  rxCrcErrors = 0;
  rxFrameErrors = 0;
  rxFifoErrors = 0;
  rxMissedErrors = 0;
  txAbortedErrors = 0;
  txCarrierErrors = 0;
  txFifoErrors = 0;
  txHeartbeatErrors = 0;
  txWindowErrors = 0;
  rxCompressed = 0;
  txCompressed = 0;
  rxNohandler = 0;
  /** dev_core_stats rx_otherhost_dropped: frames for another MAC that reached IP (ip_rcv_core). */
  rxOtherhostDropped = 0;
}

/** include/linux/netdevice.h: what dev_queue_xmit() and the output path return besides 0 and -errno. */
export const NET_XMIT_SUCCESS = 0x00;
export const NET_XMIT_DROP = 0x01;
export const NET_XMIT_CN = 0x02;

/** net_xmit_errno(): congestion notification is not an error; any other code becomes -ENOBUFS. */
export function netXmitErrno(e: number): number {
  return e !== NET_XMIT_CN ? -errnoNumber.ENOBUFS : 0;
}

/** What a driver provides (struct net_device_ops + rtnl_link_ops, the parts we need). */
export interface NetDeviceOps {
  /** rtnl_link_ops.kind, as `ip -d link` prints it; null for devices without one (lo). */
  readonly kind: string | null;
  /**
   * ndo_start_xmit: the driver owns the skb afterwards. Returns a
   * NET_XMIT_* code (NET_XMIT_DROP: the frame was dropped on the way, as
   * veth_xmit reports its peer's refusal); nothing means NETDEV_TX_OK.
   */
  startXmit(skb: SkBuff, dev: NetDevice): number | void;
  /** ndo_open / ndo_stop. */
  open?(dev: NetDevice): void;
  stop?(dev: NetDevice): void;
  /** ndo_get_iflink: ifindex of the lower/peer device (0: none). */
  getIflink?(dev: NetDevice): number;
  /** The namespace of the link (rtnl_link_ops.get_link_net), when it may differ. */
  getLinkNet?(dev: NetDevice): Net | null;
  /** dellink: unregister this device and any it drags along (veth peer). */
  dellink?(dev: NetDevice): void;
  /**
   * ndo_set_mac_address, when the driver does more than eth_mac_addr() (a
   * bridge's id follows; a macvlan checks its siblings). Throws KError.
   */
  setMacAddress?(dev: NetDevice, addr: Uint8Array): void;
  /** No ndo_set_mac_address at all (ifb): dev_set_mac_address() is EOPNOTSUPP; the others without setMacAddress have eth_mac_addr(). */
  readonly noSetMacAddress?: boolean;
  /** ndo_add_slave / ndo_del_slave: a master (bridge) takes or releases `slave` (IFLA_MASTER). */
  addSlave?(dev: NetDevice, slave: NetDevice): void;
  delSlave?(dev: NetDevice, slave: NetDevice): void;
  /** ndo_set_rx_mode: the driver's receive filter follows the address lists (a macvlan syncs them to its lower device). */
  setRxMode?(dev: NetDevice): void;
  /** ndo_change_rx_flags: IFF_PROMISC / IFF_ALLMULTI of a running device flipped (`change`). */
  changeRxFlags?(dev: NetDevice, change: number): void;
  /** ndo_change_mtu: a driver's own limit, after dev_validate_mtu(); throws KError. */
  changeMtu?(dev: NetDevice, mtu: number): void;
  /** ndo_fdb_add / ndo_fdb_del / ndo_fdb_dump: a device with a forwarding database of its own (vxlan). */
  fdbAdd?(dev: NetDevice, ndm: BrFdbMsg, nlFlags: number): void;
  fdbDel?(dev: NetDevice, ndm: BrFdbMsg): void;
  /** ndo_fdb_del_bulk: `bridge fdb flush` of the device's own entries. */
  fdbDelBulk?(dev: NetDevice, ndm: BrFdbMsg): void;
  fdbDump?(dev: NetDevice): BrFdbMsg[];
  /** ndo_fdb_add/del set *notified: the driver announces its own changes (else rtnl_fdb_notify() does). */
  readonly fdbNotifies?: boolean;
  /** ndo_fdb_get: the entry of ndm.lladdr; throws KError. */
  fdbGet?(dev: NetDevice, ndm: BrFdbMsg): BrFdbMsg;
  /**
   * ethtool_ops.get_link_ksettings: speed in Mb/s (SPEED_UNKNOWN: -1) and
   * duplex (DUPLEX_*); a device without the op answers -EOPNOTSUPP to
   * __ethtool_get_link_ksettings().
   */
  getLinkKsettings?(dev: NetDevice): LinkKsettings;
  /** ndo_fix_features: the driver's own dependencies (an upper device follows its lowers). */
  fixFeatures?(dev: NetDevice, features: bigint): bigint;
  /**
   * The data path's feature bits the driver's tuxnet model honours (all
   * when absent): a vxlan takes frames already summed and segmented
   * (README), whatever its features say to ethtool.
   */
  readonly modelledFeatures?: number;
  /** The ethtool_ops a driver has (ethtool -i, -S, -l, -P...): none answers EOPNOTSUPP. */
  readonly ethtool?: EthtoolOps;
  /** The driver's sysfs attribute group (dev->sysfs_groups[0]): name -> show(), read-only. */
  readonly sysfsAttrs?: Readonly<Record<string, (dev: NetDevice) => string>>;
}

/** The fields of struct ethtool_link_settings the lab's drivers fill. */
export interface LinkKsettings {
  readonly speed: number;
  readonly duplex: number;
  /** PORT_TP, PORT_OTHER... */
  readonly port: number;
}


/**
 * struct ethtool_ops, as far as a driver of the lab fills it: the
 * get_drvinfo() strings, get_ethtool_stats() with its names (ETH_SS_STATS),
 * get_channels()/set_channels(); get_link is ethtool_op_get_link() (the
 * carrier) when `getLink` is set.
 */
export interface EthtoolOps {
  /** get_drvinfo(): none (lo) answers EOPNOTSUPP. */
  readonly driver?: string;
  /** The version string (null: the kernel's release, utsname()->release, as ifb gives). */
  readonly version?: string | null;
  readonly fwVersion?: string;
  readonly busInfo?: string;
  readonly getLink?: boolean;
  /** get_ts_info: ethtool_op_get_ts_info() ('software'), or the device whose answer is this one's (macvlan). */
  readonly tsInfo?: 'software' | ((dev: NetDevice) => NetDevice);
  stats?(dev: NetDevice): readonly (readonly [string, number])[];
  /** get_msglevel: the driver's NETIF_MSG_* mask (ethtool's "Current message level"). */
  msglevel?(dev: NetDevice): number;
  getChannels?(dev: NetDevice): EthtoolChannels;
  /** Throws KError with the extack message (ethnl_set_channels() checks the maxima before). */
  setChannels?(dev: NetDevice, ch: EthtoolChannels): void;
}

/** struct ethtool_channels */
export interface EthtoolChannels {
  maxRx: number;
  maxTx: number;
  maxOther: number;
  maxCombined: number;
  rx: number;
  tx: number;
  other: number;
  combined: number;
}

export { DUPLEX_FULL, DUPLEX_HALF, DUPLEX_UNKNOWN, PORT_OTHER, PORT_TP, SPEED_UNKNOWN } from '../../uapi/linux/ethtool.js';

/** __ethtool_get_link_ksettings(): the settings, or undefined (-EOPNOTSUPP) for a device without the op. */
export function ethtoolLinkKsettings(dev: NetDevice): LinkKsettings | undefined {
  return dev.ops.getLinkKsettings?.(dev);
}

/** The speed of __ethtool_get_link_ksettings(), undefined for -EOPNOTSUPP. */
export function ethtoolLinkSpeed(dev: NetDevice): number | undefined {
  return ethtoolLinkKsettings(dev)?.speed;
}

export class NetDevice {
  name: string;
  ifindex = 0;
  /** dev->flags: the administrative flags; IFF_RUNNING/LOWER_UP are derived (dev_get_flags). */
  flags: number;
  mtu: number;
  minMtu: number;
  maxMtu: number;
  type: number;
  addrLen: number;
  devAddr: Uint8Array;
  broadcast: Uint8Array;
  permAddr: Uint8Array | null = null;
  addrAssignType = NET_ADDR_PERM;
  /** dev->name_assign_type (NET_NAME_*): sysfs name_assign_type shows it unless UNKNOWN. */
  nameAssignType = NET_NAME_UNKNOWN;
  /** !__LINK_STATE_NOCARRIER */
  carrier = true;
  /** dev->operstate: zero-initialised (UNKNOWN) until linkwatch sets it. */
  operstate: Oper = Oper.UNKNOWN;
  /** dev->link_mode (IFLA_LINKMODE): IF_LINK_MODE_DORMANT holds an operstate that would be UP at DORMANT (rfc2863_policy()). */
  linkMode = 0;
  txQueueLen: number;
  group = 0;
  numTxQueues = 1;
  numRxQueues = 1;
  gsoMaxSize = 65536;
  gsoMaxSegs = 65535;
  groMaxSize = 65536;
  /** dev->gso_ipv4_max_size / gro_ipv4_max_size: IPv4's own limits, following gso/gro_max_size up to GSO_LEGACY_MAX_SIZE (netif_set_gso_max_size()). */
  gsoIpv4MaxSize = 65536;
  groIpv4MaxSize = 65536;
  tsoMaxSize = 524280;
  tsoMaxSegs = 65535;
  /**
   * dev->features as the data path reads it: the low 32 bits (NETIF_F_*)
   * of featuresAll, within the driver's modelledFeatures (dev_features.ts
   * keeps the two in step). GSO and GRO until register_netdevice() computes it.
   */
  features = NETIF_F_GSO | NETIF_F_GRO;
  /** dev->features whole (netdev_features_t), dev->hw_features (what ethtool may change) and dev->wanted_features. */
  featuresAll = BigInt(NETIF_F_GSO | NETIF_F_GRO);
  hwFeatures = 0n;
  wantedFeatures = 0n;
  /** dev->netns_local (NETIF_F_NETNS_LOCAL before 6.12): the device cannot change namespace. */
  netnsLocal = false;
  /** dev->promiscuity / dev->allmulti: counts of users (IFF_PROMISC / IFF_ALLMULTI while > 0). */
  promiscuity = 0;
  allmulti = 0;
  /** dev->uc_promisc: promiscuous for a unicast list it cannot filter (dev_addr_lists.ts). */
  ucPromisc = false;
  /** The unicast addresses dev_uc_sync() has passed on to the lower device (their sync_cnt). */
  ucSynced: Uint8Array[] = [];
  /** dev->gflags: the IFF_PROMISC / IFF_ALLMULTI the user asked for (each counts once). */
  gflags = 0;
  /** dev->priv_flags (IFF_EBRIDGE, IFF_BRIDGE_PORT, IFF_LIVE_ADDR_CHANGE...). */
  privFlags = 0;
  /** dev->rx_handler and rx_handler_data (netdev_rx_handler_register). */
  rxHandler: RxHandler | null = null;
  rxHandlerData: unknown = null;
  /** ETH_P_ALL taps and handlers bound to this device (dev->ptype_all, dev->ptype_specific). */
  readonly ptypeAll: PacketType[] = [];
  readonly ptypeSpecific: PacketType[] = [];
  /** dev->adj_list.upper / .lower: the direct neighbours in the device stack. */
  readonly adjUpper: NetdevAdjacent[] = [];
  readonly adjLower: NetdevAdjacent[] = [];
  /** dev->uc / dev->mc: secondary unicast and multicast addresses (dev_uc_add, dev_mc_add), as `bridge fdb` shows them. */
  readonly uc: Uint8Array[] = [];
  readonly mc: { addr: Uint8Array; refcount: number; globalUse: boolean; synced: number; syncCnt: number }[] = [];
  /** dev->carrier_up_count / carrier_down_count: netif_carrier_on() / _off() calls that changed the carrier. */
  carrierUpCount = 0;
  carrierDownCount = 0;
  /** dev->proto_down: protocol down set by the user (dev_change_proto_down()), carrier held off. */
  protoDown = false;
  /** dev->proto_down_reason: the reason bits (dev_change_proto_down_reason()). */
  protoDownReason = 0;
  /** dev->gro_flush_timeout (ns) and dev->napi_defer_hard_irqs: kept for sysfs, no NAPI polls here. */
  groFlushTimeout = 0;
  napiDeferHardIrqs = 0;
  alias = '';
  /** The alternative names (netdev_name_node_alt_create()), in the order they were added (dev->name_node->list). */
  readonly altnames: string[] = [];
  readonly stats = new LinkStats();
  /** struct in_device (dev->ip_ptr); null before inetdev_init and after destroy. */
  ip: InDevice | null = null;
  /** Driver-private data (netdev_priv). */
  priv: unknown = null;
  registered = false;
  /** dev->dismantle: unregistering for good (a namespace move unregisters without it). */
  dismantle = false;
  /** dev->rtnl_link_state == RTNL_LINK_INITIALIZING: created by rtnl_newlink(), not yet announced. */
  rtnlLinkInitializing = false;

  constructor(
    public net: Net,
    name: string,
    readonly ops: NetDeviceOps,
    init: { type: number; flags: number; mtu: number; minMtu: number; maxMtu: number; txQueueLen: number; addrLen: number },
  ) {
    this.name = name;
    this.type = init.type;
    this.flags = init.flags;
    this.mtu = init.mtu;
    this.minMtu = init.minMtu;
    this.maxMtu = init.maxMtu;
    this.txQueueLen = init.txQueueLen;
    this.addrLen = init.addrLen;
    this.devAddr = new Uint8Array(init.addrLen);
    this.broadcast = new Uint8Array(init.addrLen);
  }

  /** IFLA_CARRIER_CHANGES, sysfs carrier_changes: carrier_up_count + carrier_down_count. */
  get carrierChanges(): number {
    return this.carrierUpCount + this.carrierDownCount;
  }

  get isUp(): boolean {
    return (this.flags & IFF_UP) !== 0;
  }

  /** netif_oper_up() */
  get operUp(): boolean {
    return this.operstate === Oper.UP || this.operstate === Oper.UNKNOWN;
  }

  /**
   * dev_get_flags(): what RTM_NEWLINK reports in ifi_flags; IFF_PROMISC and
   * IFF_ALLMULTI only as the user asked (gflags), not as counted for a
   * bridge port or a packet socket. @linux net/core/dev.c
   */
  get ifiFlags(): number {
    let f = (this.flags & ~(IFF_PROMISC | IFF_ALLMULTI | IFF_RUNNING | IFF_LOWER_UP | IFF_DORMANT)) | (this.gflags & (IFF_PROMISC | IFF_ALLMULTI));
    if (this.isUp) {
      if (this.operUp) f |= IFF_RUNNING;
      if (this.carrier) f |= IFF_LOWER_UP;
      // IFF_DORMANT is netif_dormant(): the __LINK_STATE_DORMANT bit a driver sets (netif_dormant_on()), none of the lab's.

    }
    return f;
  }

  /**
   * Whether dev_activate() attached the default qdisc (at the first open);
   * dev_shutdown() on unregister or a namespace move resets it to noop.
   */
  qdiscAttached = false;

  /**
   * Whether the tx queue runs its qdisc (txq->qdisc is qdisc_sleeping):
   * dev_activate() at open only with carrier, else at the linkwatch run
   * of the carrier's return; dev_deactivate() at close and at the
   * linkwatch run of a carrier loss. Until then noop_qdisc takes (drops)
   * what is sent.
   */
  txActive = false;

  /**
   * The qdisc `ip link` prints: noop until first up; then attach_one_default_qdisc()'s:
   * noqueue for a device with IFF_NO_QUEUE, else net.core.default_qdisc (pfifo_fast on the reference machine).
   */
  get qdisc(): string {
    if (!this.qdiscAttached) return 'noop';
    if (this.privFlags & IFF_NO_QUEUE) return 'noqueue';
    // attach_default_qdiscs(): a multi-queue device (netif_is_multiqueue()) gets mq, a default qdisc under it per queue.
    return this.numTxQueues > 1 ? 'mq' : 'pfifo_fast';
  }

  get iflink(): number {
    return this.ops.getIflink ? this.ops.getIflink(this) : this.ifindex;
  }

  /** netdev_master_upper_dev_get(): the master, if linked to one. */
  get master(): NetDevice | null {
    const up = this.adjUpper;
    for (let i = 0; i < up.length; i++) if (up[i]!.master) return up[i]!.dev;
    return null;
  }

  /** IFLA_MASTER: the master's ifindex, 0 for none. */
  get masterIfindex(): number {
    return this.master?.ifindex ?? 0;
  }
}
