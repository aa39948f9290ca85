/**
 * tun/tap: a device whose other end is a file, /dev/net/tun. TUNSETIFF on
 * an open file makes the device (or attaches to a persistent one of the
 * same type), TUNSETPERSIST keeps it after the file is closed. Its carrier
 * is the file: on while a queue is attached, off once the last one goes
 * (what `ip tuntap add` leaves: a persistent device without carrier, whose
 * noop qdisc drops what the stack sends). No lab program reads a tun file,
 * so what reaches tun_net_xmit() without a queue is dropped there too.
 * The kind is registered for rtnetlink, but tun_validate() refuses to make
 * a device that way.
 * @linux drivers/net/tun.c tun_set_iff(), tun_attach(), __tun_detach(),
 *   __tun_chr_ioctl(), tun_net_initialize(), tun_fill_info(), tun_validate()
 */
import { KError, type Errno } from '../../net/core/errno.js';
import type { Rtnl, RtnlLinkOps } from '../../net/core/rtnetlink.js';
import {
  ARPHRD_ETHER, ARPHRD_NONE, IFF_BROADCAST, IFF_LIVE_ADDR_CHANGE, IFF_MULTICAST, IFF_NOARP, IFF_POINTOPOINT,
  IFF_TX_SKB_SHARING, NET_XMIT_DROP, NetDevice, type NetDeviceOps,
} from '../../net/core/netdevice.js';
import type { Net } from '../../net/core/net_namespace.js';
import type { SkBuff } from '../../net/core/skbuff.js';
import { devGetValidName, netdevStateChange, netifCarrierOff, netifCarrierOn, registerNetdevice, unregisterNetdevice } from '../../net/core/dev.js';
import { kfreeSkbReason } from '../../net/core/drop_reason.js';
import { netdevSetupFeatures } from '../../net/core/dev_features.js';
import { NetifF, nf } from '../../net/core/netdev_features.js';
import { ethHwAddrRandom } from '../../net/ethernet/eth.js';
import { DUPLEX_FULL, PORT_TP } from '../../uapi/linux/ethtool.js';
import {
  IFF_MULTI_QUEUE, IFF_NAPI, IFF_NAPI_FRAGS, IFF_NO_CARRIER, IFF_NO_PI, IFF_ONE_QUEUE, IFF_PERSIST, IFF_TAP, IFF_TUN,
  IFF_TUN_EXCL, IFF_VNET_HDR, TUN_TYPE_MASK, type TunInfo,
} from '../../uapi/linux/if_tun.js';
import { ETH_ALEN, ETH_HLEN } from '../../wire/ethernet.js';

/** TUN_FEATURES: the TUNSETIFF flags a device keeps. */
const TUN_FEATURES = IFF_NO_PI | IFF_ONE_QUEUE | IFF_VNET_HDR | IFF_MULTI_QUEUE | IFF_NAPI | IFF_NAPI_FRAGS;
/** MAX_TAP_QUEUES (DEFAULT_MAX_NUM_RSS_QUEUES): a multi-queue device's queues. */
const MAX_TAP_QUEUES = 256;
/** TUN_READQ_SIZE: tun_setup()'s tx_queue_len (ether_setup() sets a tap's back to 1000). */
const TUN_READQ_SIZE = 500;
const MIN_MTU = 68;
const MAX_MTU = 65535;
/**
 * TUN_USER_FEATURES: the offloads a reader enables with TUNSETOFFLOAD
 * (tun_net_fix_features() keeps them off until then); UDP tunnel GSO since
 * 6.17 (recorded: "off [requested on]").
 */
const TUN_USER_FEATURES = nf(NetifF.HW_CSUM, NetifF.TSO_ECN, NetifF.TSO, NetifF.TSO6, NetifF.GSO_UDP_L4,
  NetifF.GSO_UDP_TUNNEL, NetifF.GSO_UDP_TUNNEL_CSUM);
/** tun_net_initialize(): hw_features (features the same; LLTX is a private flag). */
const TUN_HW_FEATURES = nf(NetifF.SG, NetifF.FRAGLIST, NetifF.HW_VLAN_CTAG_TX, NetifF.HW_VLAN_STAG_TX) | TUN_USER_FEATURES;

/** struct tun_struct, as far as the lab keeps it. */
interface TunStruct {
  readonly dev: NetDevice;
  flags: number;
  /** owner / group: -1 when unset (INVALID_UID). */
  owner: number;
  group: number;
  numqueues: number;
  /** set_features: the offloads TUNSETOFFLOAD enabled (no lab program issues it). */
  readonly setFeatures: bigint;
}

const tunOf = (dev: NetDevice): TunStruct => dev.priv as TunStruct;

/** An open /dev/net/tun (struct tun_file): the device it is attached to, if any. */
export class TunFile {
  tun: TunStruct | null = null;
  constructor(readonly net: Net) {}
}

/** tun_net_xmit(): no queue attached (no lab program reads one): dropped, counted in tx_dropped. */
function tunNetXmit(skb: SkBuff, dev: NetDevice): number {
  dev.stats.txDropped++;
  kfreeSkbReason(dev.net, skb, 'DEV_READY', 'tun_net_xmit');
  return NET_XMIT_DROP;
}

/** tun_net_fix_features(): the user offloads only as TUNSETOFFLOAD set them. */
function tunFixFeatures(dev: NetDevice, features: bigint): bigint {
  return (features & tunOf(dev).setFeatures) | (features & ~TUN_USER_FEATURES);
}

/** tun_sysfs: tun_flags, owner, group (tun_flags(): the type, the kept TUNSETIFF flags and persist). */
const TUN_SYSFS: Readonly<Record<string, (dev: NetDevice) => string>> = {
  tun_flags: (d) => `0x${(tunOf(d).flags & (TUN_FEATURES | IFF_PERSIST | TUN_TYPE_MASK)).toString(16)}\n`,
  owner: (d) => `${tunOf(d).owner}\n`,
  group: (d) => `${tunOf(d).group}\n`,
};

/** tun_ethtool_ops: get_drvinfo (bus "tun" or "tap"), get_link, tun_default_link_ksettings() (10000 Mb/s, full, TP). */
function tunNetdevOps(busInfo: 'tun' | 'tap'): NetDeviceOps {
  return {
    kind: 'tun',
    startXmit: tunNetXmit,
    fixFeatures: tunFixFeatures,
    getLinkKsettings: () => ({ speed: 10000, duplex: DUPLEX_FULL, port: PORT_TP }),
    ethtool: { driver: 'tun', version: '1.6', busInfo, getLink: true, msglevel: () => 0 },
    sysfsAttrs: TUN_SYSFS,
    noSetMacAddress: busInfo === 'tun',
  };
}

const tunOps = tunNetdevOps('tun');
const tapOps = tunNetdevOps('tap');

/**
 * tun_setup() + tun_net_initialize(): a tun is a point-to-point device
 * without link layer (ARPHRD_NONE, NOARP); a tap an Ethernet device
 * (ether_setup()) with a random address that may change while up.
 */
function tunNetInitialize(net: Net, name: string, type: number, queues: number): NetDevice {
  const tap = type === IFF_TAP;
  const dev = new NetDevice(net, name, tap ? tapOps : tunOps, tap
    ? { type: ARPHRD_ETHER, flags: IFF_BROADCAST | IFF_MULTICAST, mtu: 1500, minMtu: MIN_MTU, maxMtu: MAX_MTU - ETH_HLEN, txQueueLen: 1000, addrLen: ETH_ALEN }
    : { type: ARPHRD_NONE, flags: IFF_POINTOPOINT | IFF_NOARP | IFF_MULTICAST, mtu: 1500, minMtu: MIN_MTU, maxMtu: MAX_MTU, txQueueLen: TUN_READQ_SIZE, addrLen: 0 });
  dev.priv = { dev, flags: type, owner: -1, group: -1, numqueues: 0, setFeatures: 0n } satisfies TunStruct;
  dev.numTxQueues = dev.numRxQueues = queues;
  // alloc_netdev_mqs(): TSO_LEGACY_MAX_SIZE (tun raises no limit).
  dev.tsoMaxSize = 65536;
  netdevSetupFeatures(dev, TUN_HW_FEATURES, TUN_HW_FEATURES);
  if (tap) {
    dev.broadcast.fill(0xff);
    dev.privFlags = (dev.privFlags & ~IFF_TX_SKB_SHARING) | IFF_LIVE_ADDR_CHANGE;
    ethHwAddrRandom(dev);
  }
  return dev;
}

/** What TUNSETIFF takes and gives back (struct ifreq: the name, the flags). */
export interface TunIfreq {
  name: string;
  flags: number;
}

/**
 * tun_set_iff(): attach `file` to the device `ifr` names when it exists
 * and has the type and queueing asked for (EBUSY under IFF_TUN_EXCL, or a
 * single-queue device already attached), else make one ("tun%d"/"tap%d"
 * without a name); the carrier comes on unless IFF_NO_CARRIER.
 */
export function tunSetIff(file: TunFile, ifr: TunIfreq): Errno | null {
  // __tun_chr_ioctl(): a file attached already.
  if (file.tun) return 'EEXIST';
  const net = file.net;
  const existing = ifr.name ? net.devByName(ifr.name) : null;
  let tun: TunStruct;
  if (existing) {
    if (ifr.flags & IFF_TUN_EXCL) return 'EBUSY';
    const ops = ifr.flags & IFF_TUN ? tunOps : ifr.flags & IFF_TAP ? tapOps : null;
    if (!ops || existing.ops !== ops) return 'EINVAL';
    tun = tunOf(existing);
    if (!(ifr.flags & IFF_MULTI_QUEUE) !== !(tun.flags & IFF_MULTI_QUEUE)) return 'EINVAL';
    // tun_attach(): a single-queue device takes one file.
    if (!(tun.flags & IFF_MULTI_QUEUE) && tun.numqueues === 1) return 'EBUSY';
    tun.numqueues++;
    file.tun = tun;
    // "One or more queue has already been attached, no need to initialize the device again."
    if (tun.flags & IFF_MULTI_QUEUE && tun.numqueues > 1) {
      netdevStateChange(tun.dev);
      ifr.name = tun.dev.name;
      return null;
    }
    tun.flags = (tun.flags & ~TUN_FEATURES) | (ifr.flags & TUN_FEATURES);
    netdevStateChange(tun.dev);
  } else {
    const type = ifr.flags & IFF_TUN ? IFF_TUN : ifr.flags & IFF_TAP ? IFF_TAP : 0;
    if (!type) return 'EINVAL';
    const pattern = ifr.name || (type === IFF_TUN ? 'tun%d' : 'tap%d');
    let name;
    try {
      name = devGetValidName(net, pattern);
    } catch (e) {
      if (e instanceof KError) return e.errno;
      throw e;
    }
    const dev = tunNetInitialize(net, name, type, ifr.flags & IFF_MULTI_QUEUE ? MAX_TAP_QUEUES : 1);
    tun = tunOf(dev);
    tun.flags = type | (ifr.flags & TUN_FEATURES);
    tun.numqueues = 1;
    registerNetdevice(dev);
    file.tun = tun;
  }
  if (ifr.flags & IFF_NO_CARRIER) netifCarrierOff(tun.dev);
  else netifCarrierOn(tun.dev);
  ifr.name = tun.dev.name;
  return null;
}

/** TUNSETPERSIST: the device outlives its files (IFF_PERSIST); a change is announced (netdev_state_change()). */
export function tunSetPersist(file: TunFile, on: boolean): Errno | null {
  const tun = file.tun;
  if (!tun) return 'EBADFD';
  if (on === !!(tun.flags & IFF_PERSIST)) return null;
  tun.flags = on ? tun.flags | IFF_PERSIST : tun.flags & ~IFF_PERSIST;
  netdevStateChange(tun.dev);
  return null;
}

/** TUNSETOWNER / TUNSETGROUP: who may attach besides CAP_NET_ADMIN (an id of -1 is no valid uid: EINVAL). */
export function tunSetOwner(file: TunFile, which: 'owner' | 'group', id: number): Errno | null {
  const tun = file.tun;
  if (!tun) return 'EBADFD';
  if (id === -1 || id === 0xffffffff) return 'EINVAL';
  tun[which] = id >>> 0;
  netdevStateChange(tun.dev);
  return null;
}

/** tun_chr_close() -> __tun_detach(): the last queue gone, the carrier goes; a device that is not persistent goes with it. */
export function tunChrClose(file: TunFile): void {
  const tun = file.tun;
  file.tun = null;
  if (!tun) return;
  tun.numqueues--;
  if (tun.numqueues > 0) return;
  netifCarrierOff(tun.dev);
  if (!(tun.flags & IFF_PERSIST) && tun.dev.registered) unregisterNetdevice(tun.dev);
}

/** tun_fill_info(): IFLA_TUN_* of the device. */
function tunFillInfo(dev: NetDevice): TunInfo {
  const tun = tunOf(dev);
  const info: TunInfo = {
    type: tun.flags & TUN_TYPE_MASK, pi: !(tun.flags & IFF_NO_PI), vnetHdr: !!(tun.flags & IFF_VNET_HDR),
    persist: !!(tun.flags & IFF_PERSIST), multiQueue: !!(tun.flags & IFF_MULTI_QUEUE),
  };
  if (tun.owner !== -1) info.owner = tun.owner;
  if (tun.group !== -1) info.group = tun.group;
  if (info.multiQueue) {
    info.numQueues = tun.numqueues;
    info.numDisabledQueues = 0;
  }
  return info;
}

/** tun_validate() */
function tunValidate(): never {
  throw new KError('EOPNOTSUPP', 'tun/tap creation via rtnetlink is not supported.');
}

const tunLinkOps: RtnlLinkOps = {
  kind: 'tun',
  validate: tunValidate,
  newlink: tunValidate,
  fillInfo: tunFillInfo,
  // rtnl_link_register(): a kind with .setup and no .dellink gets unregister_netdevice_queue().
  dellink: unregisterNetdevice,
};

/** tun_init(): rtnl_link_register(&tun_link_ops). */
export function tunInit(rtnl: Rtnl): void {
  rtnl.linkRegister(tunLinkOps);
}
