/**
 * struct net: one network namespace — its devices, ifindex allocator, ipv4
 * state (devconf, FIB, rules, sysctls), MIB counters and notifier chains.
 * @linux include/net/net_namespace.h, net/core/net_namespace.c
 */
import type { NetDevice } from './netdevice.js';
import type { Scheduler } from '../../sim/scheduler.js';
import type { Rng } from '../../sim/rng.js';
import { Mib, Mib6 } from './snmp.js';
import { SysctlTable } from './sysctl.js';
import { NotifierChain } from './notifier.js';
import { KError } from './errno.js';
import type { Tracer } from './trace.js';
import { NetnsIpv4 } from '../ipv4/netns_ipv4.js';
import type { NetnsIpv6 } from '../ipv6/if_inet6.js';
import type { FibRule, FibRulesOps } from './fib_rules.js';
import type { NeighTable } from './neighbour.js';
import type { CoreWorld } from './core_world.js';
import type { InetWorld } from '../ipv4/inet_world.js';
import { NetCoreSysctls } from './sock.js';
import { NetlinkNet } from '../netlink/af_netlink.js';
import { NetnsPacket } from '../packet/netns_packet.js';
import type { Rtnl } from './rtnetlink.js';
import { NetNf } from '../netfilter/core.js';
import { rtnlNetNotifyid } from './net_namespace_rtnl.js';
import { RTM_DELNSID, RTM_NEWNSID } from '../../uapi/linux/rtnetlink.js';

/**
 * One emulated machine: what the kernel keeps outside any namespace. Shared
 * by every namespace of one lab and by nothing else — two labs in one
 * process share no state.
 */
export interface NetWorld {
  readonly sched: Scheduler;
  readonly rng: Rng;
  /** Every live namespace, init first (for_each_net). */
  readonly nets: Net[];
  /** The packet-walk listener. */
  readonly tracer: Tracer;
  /** rtnetlink message handlers and link kinds of this lab. */
  readonly rtnl: Rtnl;
  /** pernet_list: the subsystems' per-namespace init/exit. */
  readonly pernet: PernetList;
  /** net/core's registries: ptype_all/ptype_base, the softnet backlog. */
  readonly core: CoreWorld;
  /** IPv4's: inet_protos[], icmp_global, the hooks later subsystems fill. */
  readonly inet: InetWorld;
}

/**
 * struct pernet_operations: what a subsystem sets up in every namespace and
 * tears down when the namespace goes.
 */
export interface PernetOperations {
  /** For traces and errors (the kernel identifies ops by address). */
  readonly name: string;
  init?(net: Net): void;
  /** ops->pre_exit + ops->exit, run in reverse registration order. */
  exit?(net: Net): void;
}

/**
 * pernet_list: register_pernet_subsys() appends and runs init for every
 * live namespace; setup_net()/cleanup_net() run the whole list forward and
 * backward for one namespace.
 * @linux net/core/net_namespace.c
 */
export class PernetList {
  private readonly list: PernetOperations[] = [];

  constructor(private readonly nets: () => readonly Net[]) {}

  /** register_pernet_subsys(): once per world; a second registration is EEXIST. */
  register(ops: PernetOperations): void {
    if (this.list.includes(ops)) throw new KError('EEXIST');
    this.list.push(ops);
    for (const net of this.nets()) ops.init?.(net);
  }

  /** unregister_pernet_subsys(): exit in every namespace, then forget it. */
  unregister(ops: PernetOperations): void {
    const i = this.list.indexOf(ops);
    if (i < 0) return;
    for (const net of this.nets()) ops.exit?.(net);
    this.list.splice(i, 1);
  }

  /** setup_net(): every ops' init, in registration order. */
  setupNet(net: Net): void {
    for (const ops of this.list) ops.init?.(net);
  }

  /** cleanup_net(): every ops' exit, newest first. */
  cleanupNet(net: Net): void {
    for (let i = this.list.length - 1; i >= 0; i--) this.list[i]!.exit?.(net);
  }

  has(ops: PernetOperations): boolean {
    return this.list.includes(ops);
  }
}

export class Net {
  /** ifindex -> device, ifindex order (dev_index_head). */
  readonly devices = new Map<number, NetDevice>();
  /** name -> device (dev_name_head), kept by register, rename and unregister. */
  private readonly devNames = new Map<string, NetDevice>();
  /** net->ifindex: the last ifindex handed out (dev_index_reserve). */
  private lastIfindex = 0;
  private mibs: Mib | null = null;
  private mibs6: Mib6 | null = null;
  /**
   * net->mib: the SNMP counters, made at the first count or read (seven
   * typed arrays a namespace that sees no IPv4 packet never needs).
   */
  get mib(): Mib {
    return (this.mibs ??= new Mib());
  }
  /** net->mib's IPv6 counters, made at the first count or read as well. */
  get mib6(): Mib6 {
    return (this.mibs6 ??= new Mib6());
  }
  /** /proc/sys of this namespace (net->sysctls and the net/ tree). */
  readonly sysctl = new SysctlTable();
  /** netdev_chain events (NETDEV_UP, ...) seen by this namespace's subsystems. */
  readonly netdevChain: NotifierChain<NetdevEvent, NetDevice, NetdevNotifierInfo>;
  /** net.core.* values the socket layer reads (rmem_max, rmem_default...). */
  readonly core = new NetCoreSysctls();
  readonly ipv4: NetnsIpv4;
  /** net->ipv6: set by addrconf's pernet init. */
  ipv6: NetnsIpv6 | null = null;
  /** net->rules_ops: the policy-routing ops of each family (fib_rules_register). */
  readonly rulesOps: FibRulesOps<FibRule, never, unknown>[] = [];
  /** The neighbour table of each family (neigh_tables[] for this namespace). */
  readonly neighTables = new Map<number, NeighTable>();
  /** The netlink sockets bound in this namespace. */
  readonly netlink = new NetlinkNet();
  /** net->packet: the AF_PACKET sockets. */
  readonly packet = new NetnsPacket();
  /** net->nf: netfilter hook entries and nf_tables state. */
  readonly nf = new NetNf();
  /** peernet2id: ids this namespace gave to other namespaces (net->netns_ids). */
  private readonly nsids = new Map<Net, number>();
  /** The same ids the other way (the idr itself): id -> peer. */
  private readonly nsidPeers = new Map<number, Net>();
  /** No id below this one is free (idr_alloc()'s search starts here). */
  private nsidLowFree = 0;
  private genericState: Map<string, unknown> | null = null;
  /** net_generic(): a driver's per-namespace state (vxlan_net...), by the driver's name; made at the first driver's. */
  get generic(): Map<string, unknown> {
    return (this.genericState ??= new Map());
  }
  /** A unique number per namespace (net->net_cookie), for stable ordering. */
  readonly cookie: number;
  alive = true;
  /** cleanup_net() has begun (its count is 0): no new id is given to it (maybe_get_net() fails). */
  dying = false;

  constructor(
    readonly world: NetWorld,
    cookie: number,
  ) {
    this.cookie = cookie;
    this.netdevChain = new NotifierChain(world.core.notifierChains);
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

  /**
   * __dev_get_by_name(): a hash lookup, as netdev_name_node_lookup(): a
   * device's name or one of its alternative names (netdev_name_in_use()).
   */
  devByName(name: string): NetDevice | null {
    return this.devNames.get(name) ?? null;
  }

  /** The device whose own name (dev->name, not an altname) is `name`: what sysfs and getifaddrs() name it by. */
  devByPrimaryName(name: string): NetDevice | null {
    const dev = this.devNames.get(name);
    return dev && dev.name === name ? dev : null;
  }

  /** list_netdevice(): link a device into the index and name tables (its name and its altnames: netdev_name_node_add()). */
  listNetdevice(dev: NetDevice): void {
    this.devices.set(dev.ifindex, dev);
    this.devNames.set(dev.name, dev);
    for (let i = 0; i < dev.altnames.length; i++) this.devNames.set(dev.altnames[i]!, dev);
  }

  /** unlist_netdevice(): the device's name nodes go with it (netdev_name_node_del()). */
  unlistNetdevice(dev: NetDevice): void {
    this.devices.delete(dev.ifindex);
    for (const name of [dev.name, ...dev.altnames]) if (this.devNames.get(name) === dev) this.devNames.delete(name);
  }

  /** netdev_name_node_add() of an alternative name; the caller has checked it is free. */
  addAltname(dev: NetDevice, name: string): void {
    dev.altnames.push(name);
    this.devNames.set(name, dev);
  }

  /** netdev_name_node_del() of an alternative name of `dev`. */
  delAltname(dev: NetDevice, name: string): void {
    dev.altnames.splice(dev.altnames.indexOf(name), 1);
    this.devNames.delete(name);
  }

  /** netdev_name_node_del() + netdev_name_node_add() for a rename. */
  renameNetdevice(dev: NetDevice, oldName: string): void {
    if (this.devNames.get(oldName) === dev) this.devNames.delete(oldName);
    this.devNames.set(dev.name, dev);
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
    return this.nsids.get(peer) ?? -1;
  }

  /** peernet2id_alloc(): the id of `peer`, allocating the lowest free one. */
  peernet2idAlloc(peer: Net): number {
    const id = this.nsids.get(peer);
    if (id !== undefined) return id;
    return peer.dying ? -1 : this.allocNetid(peer, -1);
  }

  /**
   * alloc_netid(): idr_alloc() of `reqid` alone, or of the lowest free id
   * when `reqid` is negative; -1 (ENOSPC) when `reqid` is taken.
   */
  allocNetid(peer: Net, reqid: number): number {
    let id = reqid;
    if (id < 0) {
      for (id = this.nsidLowFree; this.nsidPeers.has(id); ) id++;
      this.nsidLowFree = id + 1;
    } else if (this.nsidPeers.has(id)) return -1;
    this.nsids.set(peer, id);
    this.nsidPeers.set(id, peer);
    rtnlNetNotifyid(this, RTM_NEWNSID, id);
    return id;
  }

  /** idr_for_each() over net->netns_ids: [id, peer] in id order. */
  netnsIds(): [number, Net][] {
    return [...this.nsids].map(([n, id]): [number, Net] => [id, n]).sort((x, y) => x[0] - y[0]);
  }

  /** The namespace that has id `id` here (get_net_ns_by_id). */
  netById(id: number): Net | null {
    return this.nsidPeers.get(id) ?? null;
  }

  /** unhash_nsid(): `peer` is dying; its id here goes, announced with RTM_DELNSID. */
  forgetPeer(peer: Net): void {
    const id = this.nsids.get(peer);
    if (id === undefined) return;
    this.nsids.delete(peer);
    this.nsidPeers.delete(id);
    if (id < this.nsidLowFree) this.nsidLowFree = id;
    rtnlNetNotifyid(this, RTM_DELNSID, id);
  }
}

/**
 * What a netdev event carries besides the device: the old name of
 * NETDEV_CHANGENAME, the link of NETDEV_PRECHANGEUPPER/CHANGEUPPER
 * (struct netdev_notifier_changeupper_info), the changed flags of
 * NETDEV_CHANGE (netdev_notifier_change_info.flags_changed), the old MTU
 * of NETDEV_CHANGEMTU (netdev_notifier_info_ext.ext.mtu).
 */
export type NetdevNotifierInfo = string | NetdevChangeUpperInfo | NetdevChangeInfo | NetdevChangeMtuInfo;

export interface NetdevChangeMtuInfo {
  readonly kind: 'changemtu';
  readonly origMtu: number;
}

export interface NetdevChangeUpperInfo {
  readonly kind: 'changeupper';
  readonly upperDev: NetDevice;
  readonly master: boolean;
  readonly linking: boolean;
  readonly upperInfo: unknown;
}

export interface NetdevChangeInfo {
  readonly kind: 'change';
  readonly flagsChanged: number;
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
