/**
 * The IPv6 state of a device (struct inet6_dev), its addresses (struct
 * inet6_ifaddr) and multicast memberships (struct ifmcaddr6), and the
 * namespace's IPv6 state. tuxnet models the part of IPv6 a fresh
 * interface shows by itself: its link-local address, duplicate address
 * detection, MLDv2 reports and router solicitations.
 * @linux include/net/if_inet6.h, include/net/netns/ipv6.h
 */
import type { NeighParms } from '../core/neigh_parms.js';
import type { NetDevice } from '../core/netdevice.js';
import type { Timer } from '../../sim/scheduler.js';

/**
 * struct ipv6_devconf: the values by name (the sysctl entries read and
 * write it), one number per knob of `index` in one array, so that
 * ipv6_add_dev()'s copy of the default conf is one array copy (a plain
 * array: a typed one this size would be an off-heap buffer per device).
 * The array is shared by a conf and its copies until one of them changes a
 * value (copy on write): most devices never change theirs, and a lab of a
 * thousand namespaces should not hold five thousand copies of the defaults.
 * A conf that shares its array keeps one changed knob beside it before it
 * copies: ipv6_add_dev() gives every device the defaults with its own MTU.
 */
export class Ipv6Devconf {
  /** The one knob (its index, -1 for none) whose value is `ov` rather than in the shared `values`. */
  private oi = -1;
  private ov = 0;

  private constructor(
    private readonly index: ReadonlyMap<string, number>,
    private values: number[],
    /** `values` may be another conf's too: copied before a change. */
    private shared: boolean,
  ) {}

  /** A conf with the values of `values` (not copied until changed), the knob named N at `index.get(N)`. */
  static of(index: ReadonlyMap<string, number>, values: readonly number[]): Ipv6Devconf {
    return new Ipv6Devconf(index, values as number[], true);
  }

  /** The value of a knob, undefined for a name the conf does not have. */
  get(name: string): number | undefined {
    const i = this.index.get(name);
    return i === undefined ? undefined : this.at(i);
  }

  private at(i: number): number {
    return i === this.oi ? this.ov : this.values[i]!;
  }

  set(name: string, v: number): void {
    const i = this.index.get(name);
    if (i === undefined) throw new Error(`ipv6 devconf has no ${name}`);
    if (this.at(i) === v) return;
    if (this.shared) {
      if (this.oi < 0 || this.oi === i) {
        this.oi = i;
        this.ov = v;
        return;
      }
      this.values = this.values.slice();
      this.values[this.oi] = this.ov;
      this.oi = -1;
      this.shared = false;
    }
    this.values[i] = v;
  }

  /** memcpy() of another conf (ipv6_add_dev() copies net->ipv6.devconf_dflt). */
  copy(): Ipv6Devconf {
    this.shared = true;
    const c = new Ipv6Devconf(this.index, this.values, true);
    c.oi = this.oi;
    c.ov = this.ov;
    return c;
  }
}

/** enum INET6_IFADDR_STATE_* */
export const enum IfaState {
  PREDAD,
  DAD,
  POSTDAD,
  ERRDAD,
  DEAD,
}

/** IFA_HOST / IFA_LINK: ifa->scope is an ipv6_addr_type scope (IPV6_ADDR_LOOPBACK, IPV6_ADDR_LINKLOCAL); rt_scope() gives netlink's. */
export const IFA_HOST = 0x10;
export const IFA_LINK = 0x20;

/** struct inet6_ifaddr */
export interface Inet6Ifaddr {
  readonly addr: Uint8Array;
  readonly prefixLen: number;
  readonly scope: number;
  flags: number;
  state: IfaState;
  dadProbes: number;
  /** The enhanced DAD nonce (RFC 7527): six random bytes, or null. */
  dadNonce: Uint8Array | null;
  dadWork: Timer | null;
  readonly idev: Inet6Dev;
  /** Creation / last change time (ns), for IFA_CACHEINFO. */
  readonly cstamp: number;
  /** When its prefix route (fe80::/64) and its local route went in (NetnsIpv6.routeSeq), 0 for none. */
  prefixRouteSeq: number;
  localRouteSeq: number;
  /** When addrconf_join_anycast() joined its prefix's subnet-router anycast (a router's; its route in local), 0 for none. */
  anycastSeq: number;
  /** ifa_proto (IFA_PROTO): IFAPROT_KERNEL_LO, IFAPROT_KERNEL_LL for the kernel's own, or what RTM_NEWADDR asked. */
  readonly proto: number;
}

/** IFAPROT_*: who made an address (include/uapi/linux/if_addr.h). */
export const IFAPROT_KERNEL_LO = 1;
export const IFAPROT_KERNEL_LL = 3;

/** struct ifmcaddr6: one group the device listens to. */
export interface Ifmcaddr6 {
  readonly addr: Uint8Array;
  users: number;
  /** MAF_NOREPORT: ff02::1 and the interface-local groups never get a report. */
  readonly noreport: boolean;
  /** mca_crcount: change records still to send. */
  crcount: number;
  /** MAF_LOADED: the group's MAC is in the device's multicast list (a link-local or wider group while IPv6 is up on it). */
  loaded: boolean;
  /** mca_work (MAF_TIMER_RUNNING while pending) and when it fires (ns): the group's query answer or v1 report. */
  work?: Timer | null;
  expires?: number;
  /** MAF_LAST_REPORTER: we sent the group's last MLDv1 report (a v1 leave is ours to send). */
  lastReporter?: boolean;
}

/** struct inet6_dev */
export class Inet6Dev {
  /** addr_list: the kernel keeps it ordered by scope (ipv6_link_dev_addr). */
  readonly addrs: Inet6Ifaddr[] = [];
  /** mc_list: the newest membership first. */
  readonly mc: Ifmcaddr6[] = [];
  /** ipv6_mc_down() ran since the last ipv6_mc_up(): the groups are not MAF_LOADED. */
  mcDown = false;
  /** mc_tomb: groups left while up, whose leave records are still to send; the newest first. */
  readonly mcTomb: Ifmcaddr6[] = [];
  /** IF_READY: the link was ready once since the device went up. */
  ready = false;
  dead = false;
  rsTimer: Timer | null = null;
  rsProbes = 0;
  /** rs_interval in ms. */
  rsInterval = 0;
  mcIfcWork: Timer | null = null;
  mcIfcCount = 0;
  mcDadWork: Timer | null = null;
  mcDadCount = 0;
  /** mc_v1_seen: until when (ns) an MLDv1 querier heard rules the device (0: none). */
  mcV1Seen = 0;
  /** mc_qrv, mc_qi, mc_qri (ms), mc_maxdelay (ms): the querier's robustness and intervals, the last v2 query's max delay (ipv6_mc_reset). */
  mcQrv = 2;
  mcQi = 125_000;
  mcQri = 10_000;
  mcMaxdelay = 1000;
  /** mc_gq_work: the answer to a general MLDv2 query. */
  mcGqWork: Timer | null = null;
  /** When addrconf_add_mroute() put ff00::/8 in (NetnsIpv6.routeSeq), 0 for none. */
  mrouteSeq = 0;
  /**
   * The RTNH_F_LINKDOWN the device's routes carry: set by
   * rt6_sync_down_dev(NETDEV_CHANGE) when the link stops being ready,
   * cleared by rt6_sync_up(); a device going down loses its routes before
   * its carrier change is seen (linkwatch runs later).
   */
  rtLinkdown = false;

  constructor(
    readonly dev: NetDevice,
    readonly cnf: Ipv6Devconf,
  ) {}

  /** The knob's value (0 when unknown). */
  conf(name: string): number {
    return this.cnf.get(name) ?? 0;
  }
}

/** The IPv6 state of one namespace (struct netns_ipv6, the parts tuxnet has). */
export interface NetnsIpv6 {
  readonly all: Ipv6Devconf;
  readonly dflt: Ipv6Devconf;
  /** Each device's conf (its /proc/sys/net/ipv6/conf/DEV directory). */
  readonly confs: Map<NetDevice, Ipv6Devconf>;
  /** dev->ip6_ptr */
  readonly idevs: Map<NetDevice, Inet6Dev>;
  /** The initialized stable_secrets (ipv6_stable_secret), by configuration (check_stable_privacy()). */
  readonly stableSecret: Map<Ipv6Devconf, Uint8Array>;
  /** Each device's idev->nd_parms (made with its conf directory, as ipv6_add_dev() does). */
  readonly ndParms: Map<NetDevice, NeighParms>;
  /** The insertion counter of the routes addrconf makes (their order in the dump). */
  routeSeq: number;
  /**
   * net->ipv6.fib_table_hash: the tables beyond main and local (which
   * fib6_net_init() always makes) that fib6_new_table() made, in order.
   */
  readonly fib6Tables: number[];
  /** addrconf's reaction to a write of a device's disable_ipv6 or forwarding (dev_disable_change, dev_forward_change). */
  confChanged: ((dev: NetDevice, name: string) => void) | null;
}
