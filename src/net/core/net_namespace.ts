/**
 * struct net: one network namespace — its devices, ifindex allocator, ipv4
 * state (devconf, FIB, rules, sysctls), MIB counters and notifier chains.
 * @linux include/net/net_namespace.h, net/core/net_namespace.c
 */
import type { NetDevice } from './netdevice.js';
import type { Scheduler } from '../../sim/scheduler.js';
import type { Rng } from '../../sim/rng.js';
import { Mib } from './snmp.js';
import { SysctlTable } from './sysctl.js';
import { NotifierChain } from './notifier.js';
import type { Tracer } from './trace.js';
import { NetnsIpv4 } from '../ipv4/netns_ipv4.js';
import { NetlinkNet } from '../netlink/af_netlink.js';
import type { Rtnl } from './rtnetlink.js';

/** Shared by every namespace of one lab: the clock, the RNG, the namespace list. */
export interface NetWorld {
  readonly sched: Scheduler;
  readonly rng: Rng;
  /** Every live namespace, init first (for_each_net). */
  readonly nets: Net[];
  /** The packet-walk listener. */
  readonly tracer: Tracer;
  /** rtnetlink message handlers and link kinds of this lab. */
  readonly rtnl: Rtnl;
}

export class Net {
  /** ifindex -> device, ifindex order (dev_index_head). */
  readonly devices = new Map<number, NetDevice>();
  /** net->ifindex: the last ifindex handed out (dev_index_reserve). */
  private lastIfindex = 0;
  readonly mib = new Mib();
  /** /proc/sys of this namespace (net->sysctls and the net/ tree). */
  readonly sysctl = new SysctlTable();
  /** netdev_chain events (NETDEV_UP, ...) seen by this namespace's subsystems. */
  readonly netdevChain = new NotifierChain<NetdevEvent, NetDevice>();
  readonly ipv4: NetnsIpv4;
  /** The netlink sockets bound in this namespace. */
  readonly netlink = new NetlinkNet();
  /** peernet2id: ids this namespace gave to other namespaces (net->netns_ids). */
  private readonly nsids = new Map<Net, number>();
  /** A unique number per namespace (net->net_cookie), for stable ordering. */
  readonly cookie: number;
  alive = true;

  constructor(
    readonly world: NetWorld,
    cookie: number,
  ) {
    this.cookie = cookie;
    this.ipv4 = new NetnsIpv4(this);
  }

  get sched(): Scheduler {
    return this.world.sched;
  }

  /** dev_index_reserve(): the next free ifindex, wrapping before INT_MAX. */
  newIfindex(wanted = 0): number {
    if (wanted > 0) return this.devices.has(wanted) ? -1 : wanted;
    for (;;) {
      this.lastIfindex = this.lastIfindex >= 0x7fffffff ? 1 : this.lastIfindex + 1;
      if (!this.devices.has(this.lastIfindex)) return this.lastIfindex;
    }
  }

  /** __dev_get_by_name() */
  devByName(name: string): NetDevice | null {
    for (const dev of this.devices.values()) if (dev.name === name) return dev;
    return null;
  }

  devByIndex(ifindex: number): NetDevice | null {
    return this.devices.get(ifindex) ?? null;
  }

  /** Devices in ifindex order (for_each_netdev as dumps see it). */
  devicesSorted(): NetDevice[] {
    return [...this.devices.values()].sort((a, b) => a.ifindex - b.ifindex);
  }

  /** peernet2id(): the id of `peer` in this namespace, or -1 (NETNSA_NSID_NOT_ASSIGNED). */
  peernet2id(peer: Net): number {
    if (peer === this) return -1;
    return this.nsids.get(peer) ?? -1;
  }

  /** peernet2id_alloc(): allocate the lowest free id for `peer`. */
  peernet2idAlloc(peer: Net): number {
    const have = this.nsids.get(peer);
    if (have !== undefined) return have;
    const used = new Set(this.nsids.values());
    let id = 0;
    while (used.has(id)) id++;
    this.nsids.set(peer, id);
    return id;
  }

  /** The namespace that has id `id` here (get_net_ns_by_id). */
  netById(id: number): Net | null {
    for (const [n, i] of this.nsids) if (i === id) return n;
    return null;
  }

  forgetPeer(peer: Net): void {
    this.nsids.delete(peer);
  }
}

/** include/linux/netdevice.h enum netdev_cmd (the ones the stack uses). */
export const enum NetdevEvent {
  UP = 1,
  DOWN,
  REBOOT,
  CHANGE,
  REGISTER,
  UNREGISTER,
  CHANGEMTU,
  CHANGEADDR,
  PRE_CHANGEADDR,
  GOING_DOWN,
  CHANGENAME,
  FEAT_CHANGE,
  BONDING_FAILOVER,
  PRE_UP,
  PRE_TYPE_CHANGE,
  POST_TYPE_CHANGE,
  POST_INIT,
  PRE_UNINIT,
  RELEASE,
  NOTIFY_PEERS,
  JOIN,
  CHANGEUPPER,
  RESEND_IGMP,
  PRECHANGEMTU,
  CHANGEINFODATA,
  BONDING_INFO,
  PRECHANGEUPPER,
  CHANGELOWERSTATE,
  UDP_TUNNEL_PUSH_INFO,
  UDP_TUNNEL_DROP_INFO,
  CHANGE_TX_QUEUE_LEN,
}
