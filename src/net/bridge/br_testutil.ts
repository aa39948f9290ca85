/** Helpers of the bridge's unit tests. */
import { SkBuff } from '../core/skbuff.js';
import { netifRx } from '../core/dev_rx.js';
import { ethTypeTrans } from '../ethernet/eth.js';
import type { NetDevice } from '../core/netdevice.js';

/** A frame arriving on `dev` (as if its veth peer sent it). */
export function inject(dev: NetDevice, bytes: Uint8Array): void {
  const skb = SkBuff.fromBytes(bytes, 32);
  if (ethTypeTrans(skb, dev)) netifRx(skb, dev);
}
