/**
 * What net/core keeps for the whole machine rather than per namespace: the
 * packet-type lists dev_add_pack() fills (ptype_all, ptype_base), the
 * softnet backlog netif_rx() queues on. One per lab world (NetWorld.core).
 * @linux net/core/dev.c ptype_all ptype_base softnet_data
 */
import type { PacketType } from './dev_rx.js';
import type { SkBuff } from './skbuff.js';
import { Softnet } from './dev_rx.js';
import type { Scheduler } from '../../sim/scheduler.js';

export class CoreWorld {
  /** ptype_all: the ETH_P_ALL taps, in registration order. */
  readonly ptypeAll: PacketType[] = [];
  /** ptype_base: handlers by ethertype. */
  readonly ptypeBase = new Map<number, PacketType[]>();
  /** softnet_data: the receive backlog (one "CPU"). */
  readonly softnet: Softnet;
  /**
   * offload_base (dev_add_offload()): skb_gso_segment() by network
   * protocol; inet_init() registers IPv4's (inet_gso_segment ->
   * tcp_gso_segment). Returns the segments, or null when it cannot.
   */
  readonly gsoSegment = new Map<number, (skb: SkBuff) => SkBuff[] | null>();
  /** get_next_ino(): the next socket inode number. */
  nextSockIno = 20000;

  constructor(sched: Scheduler) {
    this.softnet = new Softnet(sched);
  }
}
