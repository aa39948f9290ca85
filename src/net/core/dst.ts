/**
 * struct dst_entry: the routing decision an skb carries (skb_dst()). A
 * protocol's route extends it (the ipv4 Rtable, as struct rtable embeds its
 * dst_entry); net/core code sees only this part.
 * @linux include/net/dst.h, net/core/dst.c
 */
import type { NetDevice } from './netdevice.js';
import type { SkBuff } from './skbuff.js';
import type { Errno } from './errno.js';

/** What dst.input / dst.output do with an skb; they own it afterwards. Output returns 0, NET_XMIT_* or -errno. */
export type DstFn = (skb: SkBuff) => number | void;

/** dst_discard(): the route takes nothing. */
export function dstDiscard(_skb: SkBuff): void {}

export class DstEntry {
  /** dst->error, for error routes (ip_error answers by it). */
  error: Errno | null = null;
  /** dst_metrics: the route's RTAX_* array (shared with its fib_info), or null. */
  metrics: Uint32Array | null = null;
  /** dst_input(): what a received packet routed here does next. */
  input: DstFn = dstDiscard;
  /** dst_output(): how a packet routed here leaves. */
  output: DstFn = dstDiscard;
  /** dst->flags & DST_FAKE_RTABLE: a bridge's fake_rtable (br_netfilter), dropped as the frame leaves the bridge. */
  fakeRtable = false;

  constructor(public dev: NetDevice) {}

  /** dst_mtu(): dst->ops->mtu(); the device's MTU unless the protocol knows better. */
  mtu(): number {
    return this.dev.mtu;
  }
}
