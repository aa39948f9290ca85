/**
 * macvlan: virtual Ethernet devices with their own MAC on one lower device.
 * The lower device gets a macvlan_port as its rx_handler; each macvlan is
 * an upper device of it (NAME@PARENT), follows its carrier and MTU, and
 * goes when it goes. Modes: private, vepa (the default), bridge, passthru
 * (one macvlan, the lower device's MAC, the lower device promiscuous) and
 * source (frames from listed MACs).
 * @linux drivers/net/macvlan.c
 */
import { MACVLAN_ALWAYS_ON, MACVLAN_FEATURES, NetifF, macvlanFixFeatures, nf } from '../../net/core/netdev_features.js';
import { netdevSetupFeatures, netdevUpdateFeatures } from '../../net/core/dev_features.js';
import {
  ARPHRD_ETHER, IFF_ALLMULTI, IFF_BROADCAST, IFF_LOOPBACK, IFF_MACVLAN, IFF_MACVLAN_PORT, IFF_MULTICAST, IFF_NO_QUEUE,
  IFF_PROMISC, IFF_UNICAST_FLT, IFF_UP, NetDevice, SPEED_UNKNOWN, DUPLEX_UNKNOWN, PORT_OTHER, ethtoolLinkKsettings, type NetDeviceOps,
} from '../../net/core/netdevice.js';
import { ethHwAddrRandom } from '../../net/ethernet/eth.js';
import { NetdevEvent, type Net, type NetWorld } from '../../net/core/net_namespace.js';
import { notifierMask } from '../../net/core/notifier.js';
import {
  devAllocName, devSetAllmulti, devSetMacAddress, devSetMtu, devSetPromiscuity, linkwatchFireEvent, netifCarrierOff, netifCarrierOn,
  registerNetdevice, unregisterNetdevice,
} from '../../net/core/dev.js';
import { netdevIsRxHandlerBusy, netdevRxHandlerRegister, netdevRxHandlerUnregister, netdevUpperDevLink, netdevUpperDevUnlink } from '../../net/core/dev_upper.js';
import type { RtnlLinkOps, RtnlNewlinkReq } from '../../net/core/rtnetlink.js';
import { rtnlCreateLink } from '../../net/core/rtnl_link.js';
import { KError } from '../../net/core/errno.js';
import { devMcAddExcl, devMcDel, devMcSync, devMcUnsync, devUcAdd, devUcAddExcl, devUcDel, devUcSync, devUcUnsync } from '../../net/core/dev_addr_lists.js';
import type { BrFdbMsg } from '../../uapi/linux/if_bridge.js';
import { NLM_F_REPLACE } from '../../uapi/linux/netlink.js';
import type { IfInfoMsg } from '../../uapi/linux/if_link.js';
import {
  MACVLAN_FLAG_NODST, MACVLAN_FLAG_NOPROMISC, MACVLAN_MACADDR_ADD, MACVLAN_MACADDR_DEL, MACVLAN_MACADDR_FLUSH,
  MACVLAN_MACADDR_SET, MACVLAN_MODE_BRIDGE, MACVLAN_MODE_PASSTHRU, MACVLAN_MODE_PRIVATE, MACVLAN_MODE_SOURCE,
  MACVLAN_MODE_VEPA, type MacvlanInfo,
} from '../../uapi/linux/macvlan.js';
import { ETH_MAX_MTU, ETH_MIN_MTU } from '../../wire/ethernet.js';
import {
  macvlanFlushSources, macvlanHashAdd, macvlanHashAddSource, macvlanHashDel, macvlanHashDelSource, macvlanHashLookup,
  macvlanHashLookupSource, updatePortBcQueueLen, type MacvlanDev, type MacvlanPort,
} from './macvlan_port.js';
import { macvlanHandleFrame, macvlanProcessBroadcast, macvlanStartXmit } from './macvlan_rx.js';

/** The events macvlan_device_event() acts on (the others do not call it). */
const MACVLAN_EVENTS = notifierMask(NetdevEvent.UP, NetdevEvent.DOWN, NetdevEvent.CHANGE, NetdevEvent.CHANGEMTU, NetdevEvent.FEAT_CHANGE, NetdevEvent.CHANGEADDR, NetdevEvent.UNREGISTER);

const MACVLAN_DEFAULT_BC_QUEUE_LEN = 1000;

function vlanOf(dev: NetDevice): MacvlanDev {
  return dev.priv as MacvlanDev;
}

/** netif_is_macvlan() */
export function netifIsMacvlan(dev: NetDevice): boolean {
  return (dev.privFlags & IFF_MACVLAN) !== 0;
}

/** netif_is_macvlan_port() */
function portOf(dev: NetDevice): MacvlanPort | null {
  return dev.privFlags & IFF_MACVLAN_PORT ? (dev.rxHandlerData as MacvlanPort) : null;
}

/** is_valid_ether_addr(): six bytes, not multicast, not zero. */
function isValidEtherAddr(a: Uint8Array): boolean {
  return a.length === 6 && ((a[0] ?? 0) & 1) === 0 && a.some((b) => b !== 0);
}

/** macvlan_addr_busy(): the lower device's own address (unless passthru) or a sibling's. */
function macvlanAddrBusy(port: MacvlanPort, addr: Uint8Array): boolean {
  const lower = port.dev.devAddr;
  if (!port.passthru && !port.addrChange && addr.every((b, i) => b === lower[i])) return true;
  return macvlanHashLookup(port, addr, 0) !== null;
}

/** macvlan_open(): passthru makes the lower device promiscuous; others need a free MAC. */
function macvlanOpen(dev: NetDevice): void {
  const vlan = vlanOf(dev);
  const lower = vlan.lowerdev;
  if (vlan.port.passthru) {
    if (!(vlan.flags & MACVLAN_FLAG_NOPROMISC)) devSetPromiscuity(lower, 1);
  } else {
    if (macvlanAddrBusy(vlan.port, dev.devAddr)) throw new KError('EADDRINUSE');
    devUcAdd(lower, dev.devAddr);
    if (dev.flags & IFF_ALLMULTI) devSetAllmulti(lower, 1);
    if (dev.flags & IFF_PROMISC) devSetPromiscuity(lower, 1);
  }
  macvlanHashAdd(vlan);
}

/**
 * macvlan_fdb_add(): "Support unicast filter only on passthru devices.
 * Multicast filter should be allowed on all devices."; no replace.
 */
function macvlanFdbAdd(dev: NetDevice, ndm: BrFdbMsg, nlFlags: number): void {
  const addr = ndm.lladdr!;
  const unicast = (addr[0]! & 1) === 0;
  if (!vlanOf(dev).port.passthru && unicast) throw new KError('EOPNOTSUPP');
  if (nlFlags & NLM_F_REPLACE) throw new KError('EOPNOTSUPP');
  if (unicast) devUcAddExcl(dev, addr);
  else devMcAddExcl(dev, addr);
}

/** macvlan_fdb_del() */
function macvlanFdbDel(dev: NetDevice, ndm: BrFdbMsg): void {
  const addr = ndm.lladdr!;
  if (!vlanOf(dev).port.passthru && (addr[0]! & 1) === 0) throw new KError('EOPNOTSUPP');
  if (addr[0]! & 1) {
    if (!dev.mc.some((h) => h.addr.every((v, i) => v === addr[i]))) throw new KError('ENOENT');
    devMcDel(dev, addr);
  } else {
    if (!dev.uc.some((a) => a.every((v, i) => v === addr[i]))) throw new KError('ENOENT');
    devUcDel(dev, addr);
  }
}

/** macvlan_change_rx_flags(): allmulti, and promiscuity but in passthru mode, pass on to the lower device. */
function macvlanChangeRxFlags(dev: NetDevice, change: number): void {
  const vlan = vlanOf(dev);
  const lower = vlan.lowerdev;
  if (!(dev.flags & IFF_UP)) return;
  if (change & IFF_ALLMULTI) devSetAllmulti(lower, dev.flags & IFF_ALLMULTI ? 1 : -1);
  if (!vlan.port.passthru && change & IFF_PROMISC) devSetPromiscuity(lower, dev.flags & IFF_PROMISC ? 1 : -1);
}

/** macvlan_stop() */
function macvlanStop(dev: NetDevice): void {
  const vlan = vlanOf(dev);
  const lower = vlan.lowerdev;
  devUcUnsync(lower, dev);
  devMcUnsync(lower, dev);
  if (vlan.port.passthru) {
    if (!(vlan.flags & MACVLAN_FLAG_NOPROMISC)) devSetPromiscuity(lower, -1);
  } else {
    if (dev.flags & IFF_ALLMULTI) devSetAllmulti(lower, -1);
    if (dev.flags & IFF_PROMISC) devSetPromiscuity(lower, -1);
    devUcDel(lower, dev.devAddr);
  }
  macvlanHashDel(vlan);
}

/** macvlan_sync_address(): a running macvlan is rehashed under its new address. */
function macvlanSyncAddress(dev: NetDevice, addr: Uint8Array): void {
  const vlan = vlanOf(dev);
  const port = vlan.port;
  if (!dev.isUp) dev.devAddr.set(addr);
  else {
    if (macvlanAddrBusy(port, addr)) throw new KError('EADDRINUSE');
    if (!port.passthru) {
      devUcAdd(vlan.lowerdev, addr);
      devUcDel(vlan.lowerdev, dev.devAddr);
    }
    macvlanHashDel(vlan);
    dev.devAddr.set(addr);
    macvlanHashAdd(vlan);
  }
  // "we are here due to lower device change. Save the lower-dev address so we can restore it later."
  if (port.passthru && !port.addrChange) port.permAddr.set(vlan.lowerdev.devAddr);
  port.addrChange = false;
}

/** macvlan_set_mac_address(): a passthru macvlan changes its lower device's address instead. */
function macvlanSetMacAddress(dev: NetDevice, addr: Uint8Array): void {
  const vlan = vlanOf(dev);
  if (!isValidEtherAddr(addr)) throw new KError('EADDRNOTAVAIL');
  if (addr.every((b, i) => b === dev.devAddr[i])) return;
  if (vlan.mode === MACVLAN_MODE_PASSTHRU) {
    vlan.port.addrChange = true;
    devSetMacAddress(vlan.lowerdev, addr);
    return;
  }
  if (macvlanAddrBusy(vlan.port, addr)) throw new KError('EADDRINUSE');
  macvlanSyncAddress(dev, addr);
}

export const macvlanNetdevOps: NetDeviceOps = {
  kind: 'macvlan',
  startXmit: macvlanStartXmit,
  open: macvlanOpen,
  stop: macvlanStop,
  // macvlan_set_mac_lists(): the unicast and multicast lists go to the lower device (dev_uc_sync(), dev_mc_sync()).
  setRxMode: (dev) => {
    devUcSync(vlanOf(dev).lowerdev, dev);
    devMcSync(vlanOf(dev).lowerdev, dev);
  },
  fdbAdd: macvlanFdbAdd,
  fdbDel: macvlanFdbDel,
  getIflink: (dev) => vlanOf(dev).lowerdev.ifindex,
  getLinkNet: (dev) => vlanOf(dev).lowerdev.net,
  dellink: macvlanDellink,
  setMacAddress: macvlanSetMacAddress,
  changeMtu: macvlanChangeMtu,
  changeRxFlags: macvlanChangeRxFlags,
  // macvlan_ethtool_get_link_ksettings(): the lower device's answer.
  // macvlan_ethtool_get_link_ksettings(): the lower device's.
  getLinkKsettings: (dev) => ethtoolLinkKsettings(vlanOf(dev).lowerdev) ?? { speed: SPEED_UNKNOWN, duplex: DUPLEX_UNKNOWN, port: PORT_OTHER },
  // macvlan_fix_features(): within what the lower device has (vlan->set_features is MACVLAN_FEATURES)
  fixFeatures: (dev, f) => macvlanFixFeatures(f, vlanOf(dev).lowerdev.featuresAll, MACVLAN_FEATURES),
  ethtool: { driver: 'macvlan', version: '0.1', getLink: true, tsInfo: (dev) => vlanOf(dev).lowerdev },
};

/** macvlan_change_mtu(): never above the lower device's MTU. */
function macvlanChangeMtu(dev: NetDevice, mtu: number): void {
  if (vlanOf(dev).lowerdev.mtu < mtu) throw new KError('EINVAL');
}

/** macvlan_port_create(): an Ethernet lower device, not loopback, with its rx_handler free. */
function macvlanPortCreate(dev: NetDevice): MacvlanPort {
  if (dev.type !== ARPHRD_ETHER || dev.flags & IFF_LOOPBACK) throw new KError('EINVAL');
  if (netdevIsRxHandlerBusy(dev)) throw new KError('EBUSY');
  const port: MacvlanPort = {
    dev, vlans: [], vlanHash: [], sourceHash: [], passthru: false, addrChange: false, count: 0,
    permAddr: dev.devAddr.slice(), bcQueueLenUsed: 0, bcQueue: [], bcSrc: [], bcScheduled: false,
    bcWork: () => macvlanProcessBroadcast(port),
  };
  netdevRxHandlerRegister(dev, macvlanHandleFrame, port);
  dev.privFlags |= IFF_MACVLAN_PORT;
  return port;
}

/** macvlan_port_destroy(): the queue is purged; a passthru port gives the lower device its address back. */
function macvlanPortDestroy(dev: NetDevice): void {
  const port = portOf(dev);
  if (!port) return;
  dev.privFlags &= ~IFF_MACVLAN_PORT;
  netdevRxHandlerUnregister(dev);
  port.bcQueue.length = 0;
  port.bcSrc.length = 0;
  if (port.passthru && !port.permAddr.every((b, i) => b === dev.devAddr[i])) devSetMacAddress(dev, port.permAddr);
}

/** macvlan_validate(): the address, flags, mode and source-list attributes. */
function macvlanValidate(m: IfInfoMsg, data: MacvlanInfo | null): void {
  if (m.address) {
    if (m.address.length !== 6) throw new KError('EINVAL');
    if (!isValidEtherAddr(m.address)) throw new KError('EADDRNOTAVAIL');
  }
  if (!data) return;
  if (data.flags !== undefined && data.flags & ~(MACVLAN_FLAG_NOPROMISC | MACVLAN_FLAG_NODST)) throw new KError('EINVAL');
  const modes = [MACVLAN_MODE_PRIVATE, MACVLAN_MODE_VEPA, MACVLAN_MODE_BRIDGE, MACVLAN_MODE_PASSTHRU, MACVLAN_MODE_SOURCE];
  if (data.mode !== undefined && !modes.includes(data.mode)) throw new KError('EINVAL');
  if (data.macaddrMode !== undefined && (data.macaddrMode < MACVLAN_MACADDR_ADD || data.macaddrMode > MACVLAN_MACADDR_SET)) {
    throw new KError('EINVAL');
  }
  for (const a of [...(data.macaddr ? [data.macaddr] : []), ...(data.macaddrData ?? [])]) {
    if (a.length !== 6) throw new KError('EINVAL');
    if (!isValidEtherAddr(a)) throw new KError('EADDRNOTAVAIL');
  }
  if (data.macaddrCount !== undefined) throw new KError('EINVAL');
}

/** macvlan_changelink_sources(): add, del, flush or set the source-mode list. */
function macvlanChangelinkSources(vlan: MacvlanDev, mode: number, data: MacvlanInfo): void {
  const addr = data.macaddr ?? null;
  if (mode === MACVLAN_MACADDR_ADD) {
    if (!addr) throw new KError('EINVAL');
    macvlanHashAddSource(vlan, addr);
  } else if (mode === MACVLAN_MACADDR_DEL) {
    if (!addr) throw new KError('EINVAL');
    const e = macvlanHashLookupSource(vlan, addr);
    if (e) {
      macvlanHashDelSource(e);
      vlan.macaddrCount--;
    }
  } else if (mode === MACVLAN_MACADDR_FLUSH) macvlanFlushSources(vlan.port, vlan);
  else if (mode === MACVLAN_MACADDR_SET) {
    macvlanFlushSources(vlan.port, vlan);
    if (addr) macvlanHashAddSource(vlan, addr);
    for (const a of data.macaddrData ?? []) macvlanHashAddSource(vlan, a);
  } else throw new KError('EINVAL');
}

/** What tells a macvlan from a macvtap: its netdev ops (the kind) and its setup (macvlan_setup(), macvtap_setup()). */
export interface MacvlanKind {
  readonly ops: NetDeviceOps;
  readonly setup: (dev: NetDevice) => void;
  /** The name pattern of a device created without one. */
  readonly namePattern: string;
}

/** macvlan_setup(): no queue. */
const macvlanKind: MacvlanKind = {
  ops: macvlanNetdevOps,
  setup: (dev) => {
    dev.privFlags |= IFF_NO_QUEUE;
  },
  namePattern: 'macvlan%d',
};

/** macvlan_common_setup(), the kind's setup, then rtnl_create_link(): an Ethernet device, not yet registered. */
function macvlanSetup(net: Net, kind: MacvlanKind, name: string, m: IfInfoMsg, lower: NetDevice): NetDevice {
  const dev = new NetDevice(net, name, kind.ops, {
    type: ARPHRD_ETHER, flags: IFF_BROADCAST | IFF_MULTICAST, mtu: 1500, minMtu: ETH_MIN_MTU, maxMtu: ETH_MAX_MTU,
    txQueueLen: 1000, addrLen: 6,
  });
  dev.broadcast.fill(0xff);
  dev.privFlags |= IFF_UNICAST_FLT;
  kind.setup(dev);
  // macvlan_init(): the lower device's features it can pass on, the always-on ones; LRO changeable.
  netdevSetupFeatures(dev, (lower.featuresAll & MACVLAN_FEATURES) | MACVLAN_ALWAYS_ON, nf(NetifF.LRO));
  rtnlCreateLink(dev, m);
  // "MTU range: 68 - lowerdev->max_mtu"
  if (m.mtu === undefined) dev.mtu = lower.mtu;
  else if (dev.mtu > lower.mtu) throw new KError('EINVAL');
  dev.maxMtu = lower.maxMtu;
  if (!m.address) ethHwAddrRandom(dev);
  return dev;
}

/** The lower device of a new macvlan: IFLA_LINK in the link namespace (IFLA_LINK_NETNSID, else the requester's), a macvlan's own lower for a macvlan. */
function macvlanLowerdev(req: RtnlNewlinkReq<MacvlanInfo>): NetDevice {
  const m = req.msg.body as IfInfoMsg;
  if (!m.link) throw new KError('EINVAL');
  let lower = req.linkNet.devByIndex(m.link);
  if (!lower) throw new KError('ENODEV');
  // "When creating macvlans or macvtaps on top of other macvlans - use the real device as the lowerdev."
  if (netifIsMacvlan(lower)) lower = vlanOf(lower).lowerdev;
  return lower;
}

/** macvlan_common_newlink(): the port, the mode checks, registration, the upper link, the lower's carrier. */
export function macvlanCommonNewlink(net: Net, req: RtnlNewlinkReq<MacvlanInfo>, kind: MacvlanKind): NetDevice {
  const m = req.msg.body as IfInfoMsg;
  const data = req.data;
  const lower = macvlanLowerdev(req);
  const dev = macvlanSetup(net, kind, req.name ?? devAllocName(net, kind.namePattern), m, lower);
  let port = portOf(lower);
  const created = !port;
  if (!port) port = macvlanPortCreate(lower);
  try {
    // "Only 1 macvlan device can be created in passthru mode"
    if (port.passthru) throw new KError('EINVAL');
    const vlan: MacvlanDev = {
      dev, lowerdev: lower, port, mode: data?.mode ?? MACVLAN_MODE_VEPA, flags: data?.flags ?? 0, macaddrCount: 0,
      bcQueueLenReq: data?.bcQueueLen ?? MACVLAN_DEFAULT_BC_QUEUE_LEN, hashed: false,
    };
    dev.priv = vlan;
    if (vlan.mode === MACVLAN_MODE_PASSTHRU) {
      if (port.count) throw new KError('EINVAL');
      port.passthru = true;
      // eth_hw_addr_inherit()
      dev.devAddr.set(lower.devAddr);
      dev.addrAssignType = lower.addrAssignType;
    }
    if (data?.macaddrMode !== undefined) {
      if (vlan.mode !== MACVLAN_MODE_SOURCE) throw new KError('EINVAL');
      macvlanChangelinkSources(vlan, data.macaddrMode, data);
    }
    macvlanRegister(vlan);
    return dev;
  } catch (e) {
    if (created) macvlanPortDestroy(lower);
    throw e;
  }
}

/** register_netdevice() with macvlan_init() (the lower's carrier, port->count), then the upper link. */
function macvlanRegister(vlan: MacvlanDev): void {
  const { dev, lowerdev: lower, port } = vlan;
  dev.carrier = lower.carrier;
  registerNetdevice(dev);
  port.count++;
  dev.privFlags |= IFF_MACVLAN;
  try {
    netdevUpperDevLink(lower, dev);
  } catch (e) {
    unregisterNetdevice(dev);
    macvlanUninit(vlan);
    throw e;
  }
  port.vlans.push(vlan);
  updatePortBcQueueLen(port);
  netifStackedTransferOperstate(lower, dev);
  linkwatchFireEvent(dev);
}

/** macvlan_uninit(): the last macvlan takes the port with it. */
function macvlanUninit(vlan: MacvlanDev): void {
  const port = vlan.port;
  macvlanFlushSources(port, vlan);
  port.count--;
  if (!port.count) macvlanPortDestroy(port.dev);
}

/** macvlan_dellink() + macvlan_uninit() */
function macvlanDellink(dev: NetDevice): void {
  if (!dev.registered) return;
  const vlan = vlanOf(dev);
  const port = vlan.port;
  if (vlan.mode === MACVLAN_MODE_SOURCE) macvlanFlushSources(port, vlan);
  const i = port.vlans.indexOf(vlan);
  if (i >= 0) port.vlans.splice(i, 1);
  updatePortBcQueueLen(port);
  unregisterNetdevice(dev);
  netdevUpperDevUnlink(vlan.lowerdev, dev);
  macvlanUninit(vlan);
}

/** macvlan_changelink(): passthru can be neither set nor cleared; flags, queue length, the source list. */
function macvlanChangelink(dev: NetDevice, data: MacvlanInfo): void {
  const vlan = vlanOf(dev);
  const mode = data.mode;
  if (mode !== undefined) {
    if ((mode === MACVLAN_MODE_PASSTHRU) !== (vlan.mode === MACVLAN_MODE_PASSTHRU)) throw new KError('EINVAL');
    if (vlan.mode === MACVLAN_MODE_SOURCE && vlan.mode !== mode) macvlanFlushSources(vlan.port, vlan);
  }
  if (data.flags !== undefined) {
    const promisc = (data.flags ^ vlan.flags) & MACVLAN_FLAG_NOPROMISC;
    if (vlan.port.passthru && promisc) devSetPromiscuity(vlan.lowerdev, data.flags & MACVLAN_FLAG_NOPROMISC ? -1 : 1);
    vlan.flags = data.flags;
  }
  if (data.bcQueueLen !== undefined) {
    vlan.bcQueueLenReq = data.bcQueueLen;
    updatePortBcQueueLen(vlan.port);
  }
  if (mode !== undefined) vlan.mode = mode;
  if (data.macaddrMode !== undefined) {
    if (vlan.mode !== MACVLAN_MODE_SOURCE) throw new KError('EINVAL');
    macvlanChangelinkSources(vlan, data.macaddrMode, data);
  }
}

/** macvlan_fill_info(): the source list in hash order. */
function macvlanFillInfo(dev: NetDevice): MacvlanInfo {
  const vlan = vlanOf(dev);
  const info: MacvlanInfo = { mode: vlan.mode, flags: vlan.flags, macaddrCount: vlan.macaddrCount };
  if (vlan.macaddrCount > 0) {
    info.macaddrData = vlan.port.sourceHash.filter((e) => e.vlan === vlan).map((e) => e.addr.slice());
  }
  info.bcQueueLen = vlan.bcQueueLenReq;
  info.bcQueueLenUsed = vlan.port.bcQueueLenUsed;
  return info;
}

/** netif_stacked_transfer_operstate(): the upper device's carrier is the lower's. */
function netifStackedTransferOperstate(rootdev: NetDevice, dev: NetDevice): void {
  if (rootdev.carrier) netifCarrierOn(dev);
  else netifCarrierOff(dev);
}

/**
 * macvlan_device_event(): what happens to a lower device happens to its
 * macvlans: carrier, MTU (shrunk to fit), a passthru address, and its
 * unregistration (not a namespace move) deletes them.
 */
function macvlanDeviceEvent(event: NetdevEvent, dev: NetDevice): void {
  const port = portOf(dev);
  if (!port) return;
  switch (event) {
    case NetdevEvent.UP:
    case NetdevEvent.DOWN:
    case NetdevEvent.CHANGE:
      for (const vlan of port.vlans) netifStackedTransferOperstate(vlan.lowerdev, vlan.dev);
      break;
    case NetdevEvent.CHANGEMTU:
      for (const vlan of port.vlans) if (vlan.dev.mtu > dev.mtu) devSetMtu(vlan.dev, dev.mtu);
      break;
    case NetdevEvent.FEAT_CHANGE:
      for (const vlan of port.vlans) netdevUpdateFeatures(vlan.dev);
      break;
    case NetdevEvent.CHANGEADDR: {
      const vlan = port.passthru ? port.vlans[0] : undefined;
      if (vlan) macvlanSyncAddress(vlan.dev, dev.devAddr);
      break;
    }
    case NetdevEvent.UNREGISTER:
      // "twiddle thumbs on netns device moves"
      if (!dev.dismantle) break;
      for (const vlan of [...port.vlans]) macvlanDellink(vlan.dev);
      break;
    default:
      break;
  }
}

/** macvlan_link_ops */
export const macvlanLinkOps: RtnlLinkOps<MacvlanInfo> = {
  kind: 'macvlan',
  validate: macvlanValidate,
  newlink: (net, req) => macvlanCommonNewlink(net, req, macvlanKind),
  changelink: macvlanChangelink,
  dellink: macvlanDellink,
  fillInfo: macvlanFillInfo,
};

/** macvlan_init_module(): the link kind, and the netdevice notifier in every namespace. */
export function macvlanInit(world: NetWorld): void {
  world.rtnl.linkRegister(macvlanLinkOps as RtnlLinkOps);
  world.pernet.register({ name: 'macvlan', init: (net) => net.netdevChain.register(macvlanDeviceEvent, 0, MACVLAN_EVENTS) });
}

