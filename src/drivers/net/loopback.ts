/**
 * The loopback device: every namespace's ifindex 1, `lo`.
 * @linux drivers/net/loopback.c
 */
import { LOOPBACK_FEATURES, LOOPBACK_HW_FEATURES } from '../../net/core/netdev_features.js';
import { netdevSetupFeatures } from '../../net/core/dev_features.js';
import {
  ARPHRD_LOOPBACK, IFF_LIVE_ADDR_CHANGE, IFF_LOOPBACK, IFF_NO_QUEUE, NET_NAME_PREDICTABLE, NetDevice, type NetDeviceOps,
} from '../../net/core/netdevice.js';
import type { Net, PernetOperations } from '../../net/core/net_namespace.js';
import type { SkBuff } from '../../net/core/skbuff.js';
import { PACKET_HOST } from '../../net/core/skbuff.js';
import { netifRx } from '../../net/core/dev_rx.js';
import { ethTypeTrans } from '../../net/ethernet/eth.js';
import { registerNetdevice } from '../../net/core/dev.js';

/** loopback_xmit(): count and hand the packet straight back to the stack. */
function loopbackXmit(skb: SkBuff, dev: NetDevice): void {
  // eth_type_trans(): pulls the (zero) Ethernet header; the destination is lo's own address.
  if (!ethTypeTrans(skb, dev)) return;
  // loopback_xmit() takes `len = skb->len` after eth_type_trans(): lo's
  // counters leave out the 14-byte Ethernet header (dev_lstats_add()).
  const len = skb.len;
  dev.stats.txPackets++;
  dev.stats.txBytes += len;
  dev.stats.rxPackets++;
  dev.stats.rxBytes += len;
  skb.pktType = PACKET_HOST;
  // tuxnet extension (NAT through loopback, an NVI box): Linux keeps the
  // skb's dst and conntrack across lo, so a packet routed into lo is
  // delivered with its output route and skips conntrack on the way back in.
  // With net.ipv4.loopback_reenter=1 both are dropped (skb_dst_drop(),
  // nf_reset_ct()): the packet is routed again by ip_rcv_finish() (marks
  // and ip rules apply) and tracked again.
  if (dev.net.ipv4.sysctl.loopbackReenter) {
    skb.dst = null;
    skb.nfct = null;
    skb.nfctinfo = 0;
  }
  netifRx(skb, dev);
}

/** loopback_ops; loopback_ethtool_ops has get_link (always on) and no drvinfo. */
const loopbackOps: NetDeviceOps = { kind: null, startXmit: loopbackXmit, ethtool: { getLink: true, tsInfo: 'software' } };

/** loopback_net_init(): lo with mtu 64 KiB, IFF_LOOPBACK, no queue. */
function loopbackNetInit(net: Net): void {
  const dev = new NetDevice(net, 'lo', loopbackOps, {
    type: ARPHRD_LOOPBACK,
    flags: IFF_LOOPBACK,
    mtu: 65536,
    minMtu: 0,
    maxMtu: 0,
    txQueueLen: 1000,
    addrLen: 6,
  });
  // loopback_setup()
  dev.privFlags |= IFF_LIVE_ADDR_CHANGE | IFF_NO_QUEUE;
  netdevSetupFeatures(dev, LOOPBACK_FEATURES, LOOPBACK_HW_FEATURES);
  dev.netnsLocal = true;
  // alloc_netdev(0, "lo", NET_NAME_PREDICTABLE, loopback_setup)
  dev.nameAssignType = NET_NAME_PREDICTABLE;
  registerNetdevice(dev);
}

/** loopback_net_ops: every namespace gets its lo. */
export const loopbackNetOps: PernetOperations = { name: 'loopback', init: loopbackNetInit };
