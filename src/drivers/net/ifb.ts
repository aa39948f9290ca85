/**
 * ifb, the Intermediate Functional Block: an Ethernet device (no ARP, no
 * multicast, a 32-packet queue, any MTU) to which tc's mirred action
 * redirects traffic so it can be shaped. What reaches its xmit without a
 * redirect (anything the stack sends through it) is counted as received
 * and dropped. tuxnet has no tc: every frame takes that path.
 * @linux drivers/net/ifb.c ifb_setup(), ifb_xmit(), ifb_validate()
 */
import { IFB_FEATURES } from '../../net/core/netdev_features.js';
import { netdevSetupFeatures } from '../../net/core/dev_features.js';
import {
  ARPHRD_ETHER, IFF_BROADCAST, IFF_NOARP, IFF_TX_SKB_SHARING, NET_XMIT_SUCCESS, NetDevice, type NetDeviceOps,
} from '../../net/core/netdevice.js';
import type { Net, NetWorld } from '../../net/core/net_namespace.js';
import type { SkBuff } from '../../net/core/skbuff.js';
import { devAllocName, registerNetdevice, unregisterNetdevice } from '../../net/core/dev.js';
import type { RtnlLinkOps, RtnlNewlinkReq } from '../../net/core/rtnetlink.js';
import { rtnlCreateLink } from '../../net/core/rtnl_link.js';
import { KError } from '../../net/core/errno.js';
import { consumeSkb } from '../../net/core/drop_reason.js';
import { ethHwAddrRandom } from '../../net/ethernet/eth.js';
import { isValidEtherAddr } from '../../net/bridge/br_fdb.js';
import type { IfInfoMsg } from '../../uapi/linux/if_link.js';
import { ETH_ALEN } from '../../wire/ethernet.js';

/** TX_Q_LIMIT */
const TX_Q_LIMIT = 32;

/**
 * ifb_xmit(): the frame counts in the device's rx statistics; one tc did
 * not redirect (!skb->redirected) is dropped there (rx_dropped).
 */
function ifbXmit(skb: SkBuff, dev: NetDevice): number {
  dev.stats.rxPackets++;
  dev.stats.rxBytes += skb.len;
  dev.stats.rxDropped++;
  consumeSkb(skb);
  return NET_XMIT_SUCCESS;
}

/** ifb_netdev_ops: no ndo_set_mac_address (an address is set at creation only). */
const ifbOps: NetDeviceOps = {
  kind: 'ifb',
  startXmit: ifbXmit,
  noSetMacAddress: true,
  // ifb_ethtool_ops: drvinfo (the kernel's release as version), per-queue statistics, no get_link
  ethtool: { driver: 'ifb', version: null, stats: ifbGetEthtoolStats },
};

/** ifb_get_strings()/ifb_get_ethtool_stats(): each queue's rx (what ifb_xmit() took) and tx (what it re-injected) counters. */
function ifbGetEthtoolStats(dev: NetDevice): readonly (readonly [string, number])[] {
  return [['rx_queue_0_packets', dev.stats.rxPackets], ['rx_queue_0_bytes', dev.stats.rxBytes], ['tx_queue_0_packets', 0], ['tx_queue_0_bytes', 0]];
}

/** ifb_validate(): an address must be a six-byte valid unicast. */
function ifbValidate(m: IfInfoMsg): void {
  if (!m.address) return;
  if (m.address.length !== ETH_ALEN) throw new KError('EINVAL');
  if (!isValidEtherAddr(m.address)) throw new KError('EADDRNOTAVAIL');
}

/**
 * ifb_setup() + rtnl_create_link() + register_netdevice(): ether_setup()
 * without IFF_MULTICAST and with IFF_NOARP, a queue of TX_Q_LIMIT, no MTU
 * bounds (min_mtu = max_mtu = 0), a random address.
 */
function ifbNewlink(net: Net, req: RtnlNewlinkReq): NetDevice {
  const m = req.msg.body as IfInfoMsg;
  const dev = new NetDevice(net, req.name ?? devAllocName(net, 'ifb%d'), ifbOps, {
    type: ARPHRD_ETHER, flags: IFF_BROADCAST | IFF_NOARP, mtu: 1500, minMtu: 0, maxMtu: 0, txQueueLen: TX_Q_LIMIT, addrLen: ETH_ALEN,
  });
  dev.broadcast.fill(0xff);
  dev.privFlags &= ~IFF_TX_SKB_SHARING;
  netdevSetupFeatures(dev, IFB_FEATURES, IFB_FEATURES);
  ethHwAddrRandom(dev);
  rtnlCreateLink(dev, m);
  registerNetdevice(dev);
  return dev;
}

const ifbLinkOps: RtnlLinkOps = {
  kind: 'ifb',
  validate: ifbValidate,
  newlink: ifbNewlink,
  // rtnl_dellink()'s default: unregister_netdevice_queue().
  dellink: unregisterNetdevice,
};

/** ifb_init_module(): the kind (the numifbs devices it makes at load live in the host's first namespace, none in a new one). */
export function ifbInit(world: NetWorld): void {
  world.rtnl.linkRegister(ifbLinkOps);
}
