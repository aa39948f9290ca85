/**
 * What net/core keeps for the whole machine rather than per namespace: the
 * packet-type lists dev_add_pack() fills (ptype_all, ptype_base), the
 * softnet backlog netif_rx() queues on, and the neighbour layer's notify
 * hook. One per lab world (NetWorld.core).
 * @linux net/core/dev.c ptype_all ptype_base softnet_data, net/core/neighbour.c
 */
import type { PacketType } from './dev_rx.js';
import { Softnet } from './dev_rx.js';
import type { Neighbour } from './neighbour.js';
import type { NetDevice } from './netdevice.js';
import type { Scheduler } from '../../sim/scheduler.js';

/** What the neighbour layer announces (RTM_NEWNEIGH, NETEVENT_NEIGH_UPDATE); rtnetlink installs it. */
export interface NeighNotifyHooks {
  update(n: Neighbour): void;
}

/**
 * rtmsg_ifinfo(RTM_NEWLINK): the link changes the kernel announces to
 * rtnetlink directly, without a netdev event (promiscuity, allmulti);
 * rtnetlink installs it.
 */
export interface IfinfoNotifyHooks {
  newlink(dev: NetDevice, changes: number): void;
}

export class CoreWorld {
  /** ptype_all: the ETH_P_ALL taps, in registration order. */
  readonly ptypeAll: PacketType[] = [];
  /** ptype_base: handlers by ethertype. */
  readonly ptypeBase = new Map<number, PacketType[]>();
  /** softnet_data: the receive backlog (one "CPU"). */
  readonly softnet: Softnet;
  readonly neighNotify: NeighNotifyHooks = { update: () => {} };
  readonly ifinfoNotify: IfinfoNotifyHooks = { newlink: () => {} };

  constructor(sched: Scheduler) {
    this.softnet = new Softnet(sched);
  }
}
