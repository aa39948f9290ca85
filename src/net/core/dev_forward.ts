/**
 * dev_forward_skb(): a frame a virtual device sends is received by another
 * device of this machine (a macvlan to its lower device, a bridge-mode
 * macvlan to its siblings). The skb loses its routing state
 * (skb_scrub_packet) and is classified afresh by eth_type_trans().
 * @linux net/core/dev.c __dev_forward_skb(), dev_forward_skb(), is_skb_forwardable()
 */
import { nfBridgeInfoFree, type SkBuff } from './skbuff.js';
import type { NetDevice } from './netdevice.js';
import { netifRx } from './dev_rx.js';
import { kfreeSkbReason } from './drop_reason.js';
import { ethTypeTrans } from '../ethernet/eth.js';
import { ETH_HLEN } from '../../wire/ethernet.js';

/**
 * __dev_forward_skb(): false (the skb freed, rx_dropped counted) when `dev`
 * is down or the frame is longer than its MTU allows (is_skb_forwardable);
 * else the skb is scrubbed and classified for `dev`, data past the header.
 */
export function devForwardSkbPrepare(dev: NetDevice, skb: SkBuff): boolean {
  // is_skb_forwardable(): a GSO skb passes whole.
  if (!dev.isUp || (skb.len > dev.mtu + ETH_HLEN && skb.gsoSize === 0)) {
    dev.stats.rxDropped++;
    kfreeSkbReason(dev.net, skb, 'DEV_READY', '__dev_forward_skb');
    return false;
  }
  // skb_scrub_packet(): another device, another namespace maybe; route it afresh.
  skb.dst = null;
  skb.mark = 0;
  skb.ipcbFlags = 0;
  // nf_reset_ct(): the connection stays behind.
  skb.nfct = null;
  skb.nfctinfo = 0;
  // skb_ext_reset(): the bridge netfilter info stays behind too.
  nfBridgeInfoFree(skb);
  // ____dev_forward_skb(): "skb->priority = 0" after the scrub.
  skb.priority = 0;
  if (!ethTypeTrans(skb, dev)) {
    dev.stats.rxDropped++;
    kfreeSkbReason(dev.net, skb, 'PKT_TOO_SMALL', '__dev_forward_skb');
    return false;
  }
  return true;
}

/** dev_forward_skb(): __dev_forward_skb() then netif_rx(); false when dropped. */
export function devForwardSkb(dev: NetDevice, skb: SkBuff): boolean {
  if (!devForwardSkbPrepare(dev, skb)) return false;
  netifRx(skb, dev);
  return true;
}
