/**
 * virt: the "L3 virtual interface module" of our sources, a tuxnet
 * extension (no stock kernel has it). `ip link add link eth0 name virt0
 * type virt` makes a device that shares its parent's MAC, with addresses of
 * its own. It registers a packet_type with ETH_P_ALL bound to the parent
 * (dev_add_pack): of what the parent receives it takes the ARP and IPv4
 * frames addressed to its own addresses and delivers them as received on
 * virt0; everything else it leaves to the parent, which keeps working. It
 * transmits through the parent and counts its own stats. Carrier, MTU,
 * MAC and deletion follow the parent, as for a macvlan.
 *
 * "Takes": the handler holds its own reference to the parent's skb
 * (deliver_skb's skb_get); for a frame that is its own it makes its copy
 * (skb_share_check), marks the parent's PACKET_OTHERHOST so that the
 * parent's ARP and IPv4 ignore it, and drops its reference.
 */
import { MACVLAN_ALWAYS_ON, MACVLAN_FEATURES, NetifF, macvlanFixFeatures, nf } from '../../net/core/netdev_features.js';
import { netdevSetupFeatures, netdevUpdateFeatures } from '../../net/core/dev_features.js';
import {
  ARPHRD_ETHER, IFF_BROADCAST, IFF_LOOPBACK, IFF_MULTICAST, IFF_NO_QUEUE, NetDevice, type NetDeviceOps,
} from '../../net/core/netdevice.js';
import { NetdevEvent, type Net, type NetWorld } from '../../net/core/net_namespace.js';
import { notifierMask } from '../../net/core/notifier.js';
import {
  devAllocName, devSetMtu, linkwatchFireEvent, netifCarrierOff, netifCarrierOn, registerNetdevice, unregisterNetdevice,
} from '../../net/core/dev.js';
import { devAddPack, devQueueXmit, devRemovePack, netifRx, type PacketType } from '../../net/core/dev_rx.js';
import { netdevUpperDevLink, netdevUpperDevUnlink } from '../../net/core/dev_upper.js';
import type { RtnlLinkOps, RtnlNewlinkReq } from '../../net/core/rtnetlink.js';
import { rtnlCreateLink } from '../../net/core/rtnl_link.js';
import { KError } from '../../net/core/errno.js';
import { consumeSkb } from '../../net/core/drop_reason.js';
import { PACKET_OTHERHOST, type SkBuff } from '../../net/core/skbuff.js';
import type { IfInfoMsg } from '../../uapi/linux/if_link.js';
import { ETH_HLEN, ETH_MAX_MTU, ETH_MIN_MTU, ETH_P_ALL, ETH_P_ARP, ETH_P_IP } from '../../wire/ethernet.js';
import { getU32 } from '../../wire/bytes.js';

/** The events the virts' notifier acts on (the others do not call it). */
const VIRT_EVENTS = notifierMask(NetdevEvent.UP, NetdevEvent.DOWN, NetdevEvent.CHANGE, NetdevEvent.CHANGEMTU, NetdevEvent.FEAT_CHANGE, NetdevEvent.CHANGEADDR, NetdevEvent.UNREGISTER);

interface VirtDev {
  readonly dev: NetDevice;
  readonly lowerdev: NetDevice;
  /** The ETH_P_ALL packet_type on the parent. */
  readonly pt: PacketType;
}

function virtOf(dev: NetDevice): VirtDev {
  return dev.priv as VirtDev;
}

/** Is `addr` one of the device's IPv4 addresses? */
function virtOwns(dev: NetDevice, addr: number): boolean {
  for (let ifa = dev.ip?.ifaList ?? null; ifa; ifa = ifa.next) if (ifa.local === addr) return true;
  return false;
}

/** The address a frame is for: an ARP packet's target, an IPv4 packet's destination (0: neither, or too short). */
function frameTarget(skb: SkBuff): number {
  const d = skb.data;
  // struct arphdr (8) + sha (6) + sip (4) + tha (6): the target IP at 24, for Ethernet/IPv4 ARP.
  if (skb.protocol === ETH_P_ARP) return skb.len >= 28 ? getU32(skb.buf, d + 24) >>> 0 : 0;
  if (skb.protocol === ETH_P_IP) return skb.len >= 20 ? getU32(skb.buf, d + 16) >>> 0 : 0;
  return 0;
}

/**
 * The packet_type's func: called with its own reference to the parent's
 * skb. Frames for virt0's addresses are taken (a copy received on virt0,
 * the parent's marked for another host); the reference is dropped.
 */
function virtRcv(vd: VirtDev, skb: SkBuff): void {
  const dev = vd.dev;
  const target = dev.isUp ? frameTarget(skb) : 0;
  if (target && virtOwns(dev, target)) {
    // skb_share_check(): the skb is shared with the parent; work on a copy.
    const nskb = skb.clone();
    skb.pktType = PACKET_OTHERHOST;
    dev.stats.rxPackets++;
    dev.stats.rxBytes += nskb.len + ETH_HLEN;
    netifRx(nskb, dev);
  }
  consumeSkb(skb);
}

/** ndo_start_xmit: out through the parent, counted here. */
function virtStartXmit(skb: SkBuff, dev: NetDevice): void {
  const lower = virtOf(dev).lowerdev;
  const len = skb.len;
  skb.dev = lower;
  if (!lower.isUp) {
    dev.stats.txDropped++;
    devQueueXmit(skb);
    return;
  }
  dev.stats.txPackets++;
  dev.stats.txBytes += len;
  devQueueXmit(skb);
}

/** dellink: the packet_type goes, then the device. */
function virtDellink(dev: NetDevice): void {
  if (!dev.registered) return;
  const vd = virtOf(dev);
  devRemovePack(dev.net.world, vd.pt);
  unregisterNetdevice(dev);
  netdevUpperDevUnlink(vd.lowerdev, dev);
}

const virtNetdevOps: NetDeviceOps = {
  kind: 'virt',
  startXmit: virtStartXmit,
  getIflink: (dev) => virtOf(dev).lowerdev.ifindex,
  getLinkNet: (dev) => virtOf(dev).lowerdev.net,
  dellink: virtDellink,
  // The MAC is the parent's: "ip link set virt0 address" is refused.
  setMacAddress: () => {
    throw new KError('EOPNOTSUPP');
  },
  changeMtu: virtChangeMtu,
  // As macvlan_fix_features(): within what the parent has.
  fixFeatures: (dev, f) => macvlanFixFeatures(f, virtOf(dev).lowerdev.featuresAll, MACVLAN_FEATURES),
  ethtool: { driver: 'virt', version: '1.0', getLink: true },
};

/**
 * As macvlan_change_mtu(): never above the parent's MTU, since every frame
 * virt0 sends leaves through the parent (the parent shrinking takes virt0
 * down with it: the CHANGEMTU event below).
 */
function virtChangeMtu(dev: NetDevice, mtu: number): void {
  if (virtOf(dev).lowerdev.mtu < mtu) throw new KError('EINVAL');
}

/** newlink: an Ethernet parent in the requester's namespace, its MAC and MTU, the packet_type on it. */
function virtNewlink(net: Net, req: RtnlNewlinkReq): NetDevice {
  const m = req.msg.body as IfInfoMsg;
  if (!m.link) throw new KError('EINVAL');
  const lower = req.linkNet.devByIndex(m.link);
  if (!lower) throw new KError('ENODEV');
  if (lower.type !== ARPHRD_ETHER || lower.flags & IFF_LOOPBACK) throw new KError('EINVAL');
  if (m.address) throw new KError('EINVAL', 'A virt interface shares its parent\'s MAC');
  const dev = new NetDevice(net, req.name ?? devAllocName(net, 'virt%d'), virtNetdevOps, {
    type: ARPHRD_ETHER, flags: IFF_BROADCAST | IFF_MULTICAST, mtu: lower.mtu, minMtu: ETH_MIN_MTU,
    maxMtu: lower.maxMtu || ETH_MAX_MTU, txQueueLen: 1000, addrLen: 6,
  });
  dev.broadcast.fill(0xff);
  dev.privFlags |= IFF_NO_QUEUE;
  // As macvlan_init(): what the parent can take, passed on; LRO changeable.
  netdevSetupFeatures(dev, (lower.featuresAll & MACVLAN_FEATURES) | MACVLAN_ALWAYS_ON, nf(NetifF.LRO));
  rtnlCreateLink(dev, m);
  if (dev.mtu > lower.mtu) throw new KError('EINVAL');
  dev.devAddr.set(lower.devAddr);
  dev.addrAssignType = lower.addrAssignType;
  const vd: VirtDev = { dev, lowerdev: lower, pt: { type: ETH_P_ALL, dev: lower, func: (skb) => virtRcv(vd, skb) } };
  dev.priv = vd;
  dev.carrier = lower.carrier;
  registerNetdevice(dev);
  try {
    netdevUpperDevLink(lower, dev);
  } catch (e) {
    unregisterNetdevice(dev);
    throw e;
  }
  devAddPack(net.world, vd.pt);
  linkwatchFireEvent(dev);
  return dev;
}

/** The virts stacked on `lower` (its adjacency list). */
function virtsOf(lower: NetDevice): VirtDev[] {
  return lower.adjUpper.filter((a) => a.dev.ops === virtNetdevOps).map((a) => virtOf(a.dev));
}

/** The parent's events: carrier, MTU, MAC, and its unregistration (not a namespace move) deletes its virts. */
function virtDeviceEvent(event: NetdevEvent, lower: NetDevice): void {
  if (lower.adjUpper.length === 0) return;
  const virts = virtsOf(lower);
  for (const vd of virts) {
    const dev = vd.dev;
    switch (event) {
      case NetdevEvent.UP:
      case NetdevEvent.DOWN:
      case NetdevEvent.CHANGE:
        if (lower.carrier) netifCarrierOn(dev);
        else netifCarrierOff(dev);
        break;
      case NetdevEvent.CHANGEMTU:
        if (dev.mtu > lower.mtu) devSetMtu(dev, lower.mtu);
        break;
      case NetdevEvent.FEAT_CHANGE:
        netdevUpdateFeatures(dev);
        break;
      case NetdevEvent.CHANGEADDR:
        dev.devAddr.set(lower.devAddr);
        dev.net.netdevChain.call(NetdevEvent.CHANGEADDR, dev);
        break;
      case NetdevEvent.UNREGISTER:
        if (lower.dismantle) virtDellink(dev);
        break;
      default:
        break;
    }
  }
}

/** rtnl_link_ops of kind "virt" */
export const virtLinkOps: RtnlLinkOps = {
  kind: 'virt',
  newlink: virtNewlink,
  dellink: virtDellink,
};

/** module init: the kind, and the netdevice notifier in every namespace. */
export function virtInit(world: NetWorld): void {
  world.rtnl.linkRegister(virtLinkOps);
  world.pernet.register({ name: 'virt', init: (net) => net.netdevChain.register(virtDeviceEvent, 0, VIRT_EVENTS) });
}
