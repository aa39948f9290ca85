/**
 * struct net_device and its flags.
 * @linux include/linux/netdevice.h, include/uapi/linux/if.h
 */
import type { Net } from './net_namespace.js';
import type { SkBuff } from './skbuff.js';
import type { InDevice } from '../ipv4/devinet.js';

/** include/uapi/linux/if.h net_device_flags */
export const IFF_UP = 0x1;
export const IFF_BROADCAST = 0x2;
export const IFF_DEBUG = 0x4;
export const IFF_LOOPBACK = 0x8;
export const IFF_POINTOPOINT = 0x10;
export const IFF_NOTRAILERS = 0x20;
export const IFF_RUNNING = 0x40;
export const IFF_NOARP = 0x80;
export const IFF_PROMISC = 0x100;
export const IFF_ALLMULTI = 0x200;
export const IFF_MASTER = 0x400;
export const IFF_SLAVE = 0x800;
export const IFF_MULTICAST = 0x1000;
export const IFF_PORTSEL = 0x2000;
export const IFF_AUTOMEDIA = 0x4000;
export const IFF_DYNAMIC = 0x8000;
export const IFF_LOWER_UP = 0x10000;
export const IFF_DORMANT = 0x20000;
export const IFF_ECHO = 0x40000;

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

export const IFNAMSIZ = 16;

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
}

/** What a driver provides (struct net_device_ops + rtnl_link_ops, the parts we need). */
export interface NetDeviceOps {
  /** rtnl_link_ops.kind, as `ip -d link` prints it; null for devices without one (lo). */
  readonly kind: string | null;
  /** ndo_start_xmit: the driver owns the skb afterwards. */
  startXmit(skb: SkBuff, dev: NetDevice): void;
  /** ndo_open / ndo_stop. */
  open?(dev: NetDevice): void;
  stop?(dev: NetDevice): void;
  /** ndo_get_iflink: ifindex of the lower/peer device (0: none). */
  getIflink?(dev: NetDevice): number;
  /** The namespace of the link (rtnl_link_ops.get_link_net), when it may differ. */
  getLinkNet?(dev: NetDevice): Net | null;
  /** dellink: unregister this device and any it drags along (veth peer). */
  dellink?(dev: NetDevice): void;
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
  /** !__LINK_STATE_NOCARRIER */
  carrier = true;
  /** dev->operstate: zero-initialised (UNKNOWN) until linkwatch sets it. */
  operstate: Oper = Oper.UNKNOWN;
  txQueueLen: number;
  group = 0;
  numTxQueues = 1;
  numRxQueues = 1;
  gsoMaxSize = 65536;
  gsoMaxSegs = 65535;
  groMaxSize = 65536;
  tsoMaxSize = 524280;
  tsoMaxSegs = 65535;
  promiscuity = 0;
  allmulti = 0;
  /** Count of carrier changes (IFLA_CARRIER_CHANGES). */
  carrierChanges = 0;
  alias = '';
  readonly stats = new LinkStats();
  /** struct in_device (dev->ip_ptr); null before inetdev_init and after destroy. */
  ip: InDevice | null = null;
  /** Driver-private data (netdev_priv). */
  priv: unknown = null;
  registered = false;
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

  get isUp(): boolean {
    return (this.flags & IFF_UP) !== 0;
  }

  /** netif_oper_up() */
  get operUp(): boolean {
    return this.operstate === Oper.UP || this.operstate === Oper.UNKNOWN;
  }

  /** dev_get_flags(): what RTM_NEWLINK reports in ifi_flags. @linux net/core/dev.c */
  get ifiFlags(): number {
    let f = this.flags & ~(IFF_RUNNING | IFF_LOWER_UP | IFF_DORMANT);
    if (this.isUp) {
      if (this.operUp) f |= IFF_RUNNING;
      if (this.carrier) f |= IFF_LOWER_UP;
      if (this.operstate === Oper.DORMANT) f |= IFF_DORMANT;
    }
    return f;
  }

  /**
   * Whether dev_activate() attached the default qdisc (at the first open);
   * dev_shutdown() on unregister or a namespace move resets it to noop.
   */
  qdiscAttached = false;

  /** The qdisc `ip link` prints: noop until first up; queueless devices then keep noqueue. */
  get qdisc(): string {
    return this.qdiscAttached ? 'noqueue' : 'noop';
  }

  get iflink(): number {
    return this.ops.getIflink ? this.ops.getIflink(this) : this.ifindex;
  }
}
