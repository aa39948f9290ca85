/**
 * BPDU reception: 802.1D frames to the bridge group address
 * 01:80:c2:00:00:00 reach br_stp_rcv() (an LLC SAP 0x42 handler in Linux)
 * when the bridge runs STP.
 * @linux net/bridge/br_stp_bpdu.c br_stp_rcv()
 */
import type { SkBuff } from '../core/skbuff.js';
import type { NetBridgePort } from './br_private.js';

/**
 * br_stp_rcv(): true when the BPDU was consumed. Until 802.1D lands the
 * frame is not handled and goes on up the stack as Linux passes it
 * (RX_HANDLER_PASS) to the LLC layer.
 */
export function brStpRcv(_p: NetBridgePort, _skb: SkBuff): boolean {
  return false;
}
