/**
 * struct ipv4_devconf: the per-device IPv4 knobs (net.ipv4.conf.DEV.*), the
 * namespace's `all` and `default` sets, and the IN_DEV_* rules that combine
 * a device's value with `all` — each knob has its own rule: AND, OR, MAX,
 * or the device's value alone.
 * @linux include/uapi/linux/ip.h, include/linux/inetdevice.h, net/ipv4/devinet.c
 */

/** include/uapi/linux/ip.h IPV4_DEVCONF_*: data[] is indexed by (value - 1). */
export const enum DevconfIdx {
  FORWARDING = 1,
  MC_FORWARDING,
  PROXY_ARP,
  ACCEPT_REDIRECTS,
  SECURE_REDIRECTS,
  SEND_REDIRECTS,
  SHARED_MEDIA,
  RP_FILTER,
  ACCEPT_SOURCE_ROUTE,
  BOOTP_RELAY,
  LOG_MARTIANS,
  TAG,
  ARPFILTER,
  MEDIUM_ID,
  NOXFRM,
  NOPOLICY,
  FORCE_IGMP_VERSION,
  ARP_ANNOUNCE,
  ARP_IGNORE,
  PROMOTE_SECONDARIES,
  ARP_ACCEPT,
  ARP_NOTIFY,
  ACCEPT_LOCAL,
  SRC_VMARK,
  PROXY_ARP_PVLAN,
  ROUTE_LOCALNET,
  IGMPV2_UNSOLICITED_REPORT_INTERVAL,
  IGMPV3_UNSOLICITED_REPORT_INTERVAL,
  IGNORE_ROUTES_WITH_LINKDOWN,
  DROP_UNICAST_IN_L2_MULTICAST,
  DROP_GRATUITOUS_ARP,
  BC_FORWARDING,
  ARP_EVICT_NOCARRIER,
  /**
   * tuxnet extension, the send-to-self patch's IPV4_DEVCONF_LOOP
   * (net.ipv4.conf.DEV.loop): no stock kernel has it.
   */
  LOOP,
}

/** IPV4_DEVCONF_MAX (__IPV4_DEVCONF_MAX - 1): the number of knobs (the kernel's 33, and LOOP). */
export const IPV4_DEVCONF_MAX = 34;

/** struct ipv4_devconf: data[] and the `state` bitmap of explicitly written knobs. */
export class Ipv4Devconf {
  /**
   * `data` and `state` may be another set's too (a device's copy of
   * `default` until either is written, as Ipv6Devconf's values): copied
   * before a change, so a namespace's devices cost no arrays of their own
   * until a knob of theirs changes.
   */
  private constructor(
    /**
     * data[IPV4_DEVCONF_X - 1], int values (written `| 0`, as the kernel's
     * int array stores them): a plain array, which lives in the JS heap;
     * an Int32Array of 34 would be an off-heap buffer, costlier to make,
     * for every namespace's all and default and each device that writes.
     */
    private data: number[],
    /**
     * cnf->state: bit (X - 1) is set once X was written on this set (sysctl
     * write, RTM_NEWNETCONF, IN_DEV_CONF_SET) or by ipv4_devconf_setall();
     * `default.X` writes are no longer copied to it then.
     */
    private state: number[],
    private shared: boolean,
  ) {}

  /**
   * A set with the values `data` and none explicitly set, sharing both
   * arrays (the compiled defaults) until its first write; `state` holds
   * 0 and 1, in a plain array for the same reason as `data`.
   */
  static of(data: readonly number[]): Ipv4Devconf {
    return new Ipv4Devconf(data as number[], NONE_SET as number[], true);
  }

  /** The device whose in_device holds this set (container_of(cnf, struct in_device, cnf)->dev); null for all/default. */
  owner: { readonly ifindex: number } | null = null;

  /** Own arrays before a write, if they are shared. */
  private own(): void {
    if (!this.shared) return;
    this.data = this.data.slice();
    this.state = this.state.slice();
    this.shared = false;
  }

  /** ipv4_devconf_get() */
  get(i: DevconfIdx): number {
    return this.data[i - 1]!;
  }

  /** ipv4_devconf_set() / IN_DEV_CONF_SET(): the value, and the explicit-set bit. */
  set(i: DevconfIdx, v: number): void {
    if (this.state[i - 1] === 1 && this.data[i - 1] === (v | 0)) return;
    this.own();
    this.state[i - 1] = 1;
    this.data[i - 1] = v | 0;
  }

  /** Write the value without touching `state` (IPV4_DEVCONF(cnf, X) = v). */
  setData(i: DevconfIdx, v: number): void {
    if (this.data[i - 1] === (v | 0)) return;
    this.own();
    this.data[i - 1] = v | 0;
  }

  /** test_bit(X - 1, cnf->state) */
  isSet(i: DevconfIdx): boolean {
    return this.state[i - 1] === 1;
  }

  /** set_bit(X - 1, cnf->state) */
  markSet(i: DevconfIdx): void {
    if (this.state[i - 1] === 1) return;
    this.own();
    this.state[i - 1] = 1;
  }

  /** ipv4_devconf_setall(): every knob counts as explicitly set (done when an address is added). */
  setAll(): void {
    if (this.state.every((b) => b === 1)) return;
    this.own();
    this.state.fill(1);
  }

  /** A copy of data and state (memcpy of the struct): shared until either set is written. */
  clone(): Ipv4Devconf {
    this.shared = true;
    return new Ipv4Devconf(this.data, this.state, true);
  }
}

/** The compiled values `all` and `default` share (devinet.c ipv4_devconf, ipv4_devconf_dflt). */
const COMMON_DEFAULTS: ReadonlyArray<readonly [DevconfIdx, number]> = [
  [DevconfIdx.ACCEPT_REDIRECTS, 1],
  [DevconfIdx.SEND_REDIRECTS, 1],
  [DevconfIdx.SECURE_REDIRECTS, 1],
  [DevconfIdx.SHARED_MEDIA, 1],
  [DevconfIdx.IGMPV2_UNSOLICITED_REPORT_INTERVAL, 10000],
  [DevconfIdx.IGMPV3_UNSOLICITED_REPORT_INTERVAL, 1000],
  [DevconfIdx.ARP_EVICT_NOCARRIER, 1],
];

/** data[] with COMMON_DEFAULTS over zeros, and `extra` ones on top. */
function compiledData(extra: ReadonlyArray<readonly [DevconfIdx, number]>): readonly number[] {
  const data = new Array<number>(IPV4_DEVCONF_MAX).fill(0);
  for (const [i, v] of [...COMMON_DEFAULTS, ...extra]) data[i - 1] = v | 0;
  return data;
}

/** The state bitmap of a set none of whose knobs was written. */
const NONE_SET: readonly number[] = new Array<number>(IPV4_DEVCONF_MAX).fill(0);
/** The compiled `all` and `default` values, shared by every namespace's sets until written (a namespace makes its two from them without a loop). */
const ALL_DATA = compiledData([]);
const DFLT_DATA = compiledData([[DevconfIdx.ACCEPT_SOURCE_ROUTE, 1]]);

/** @linux net/ipv4/devinet.c ipv4_devconf: the compiled `all` set. */
export function newDevconfAll(): Ipv4Devconf {
  return Ipv4Devconf.of(ALL_DATA);
}

/** @linux net/ipv4/devinet.c ipv4_devconf_dflt: `default` differs by accept_source_route 1. */
export function newDevconfDflt(): Ipv4Devconf {
  return Ipv4Devconf.of(DFLT_DATA);
}

/**
 * inetdev_init(): memcpy(&in_dev->cnf, devconf_dflt) — a new device starts
 * with the namespace's current `default`, state bits included.
 */
export function devconfCopyForNewDevice(dflt: Ipv4Devconf): Ipv4Devconf {
  return dflt.clone();
}

/* IN_DEV_* (include/linux/inetdevice.h). `all` is the namespace's conf/all. */

/** IN_DEV_ANDCONF: on only if on in both `all` and the device. */
function andconf(all: Ipv4Devconf, cnf: Ipv4Devconf, i: DevconfIdx): boolean {
  return all.get(i) !== 0 && cnf.get(i) !== 0;
}

/** IN_DEV_ORCONF: on if on in `all` or in the device. */
function orconf(all: Ipv4Devconf, cnf: Ipv4Devconf, i: DevconfIdx): boolean {
  return all.get(i) !== 0 || cnf.get(i) !== 0;
}

/** IN_DEV_MAXCONF: the larger of the two values. */
function maxconf(all: Ipv4Devconf, cnf: Ipv4Devconf, i: DevconfIdx): number {
  return Math.max(all.get(i), cnf.get(i));
}

/** IN_DEV_FORWARD: the device's own forwarding (`all` only matters through inet_forward_change). */
export function inDevForward(_all: Ipv4Devconf, cnf: Ipv4Devconf): boolean {
  return cnf.get(DevconfIdx.FORWARDING) !== 0;
}
/** IN_DEV_MFORWARD: AND */
export function inDevMforward(all: Ipv4Devconf, cnf: Ipv4Devconf): boolean {
  return andconf(all, cnf, DevconfIdx.MC_FORWARDING);
}
/** IN_DEV_BFORWARD: AND (directed broadcasts are forwarded only when both say so). */
export function inDevBforward(all: Ipv4Devconf, cnf: Ipv4Devconf): boolean {
  return andconf(all, cnf, DevconfIdx.BC_FORWARDING);
}
/** IN_DEV_RPFILTER: MAX (0 off, 1 strict, 2 loose). */
export function inDevRpfilter(all: Ipv4Devconf, cnf: Ipv4Devconf): number {
  return maxconf(all, cnf, DevconfIdx.RP_FILTER);
}
/** IN_DEV_SRC_VMARK: OR */
export function inDevSrcVmark(all: Ipv4Devconf, cnf: Ipv4Devconf): boolean {
  return orconf(all, cnf, DevconfIdx.SRC_VMARK);
}
/** IN_DEV_SOURCE_ROUTE: AND */
export function inDevSourceRoute(all: Ipv4Devconf, cnf: Ipv4Devconf): boolean {
  return andconf(all, cnf, DevconfIdx.ACCEPT_SOURCE_ROUTE);
}
/** IN_DEV_ACCEPT_LOCAL: OR */
export function inDevAcceptLocal(all: Ipv4Devconf, cnf: Ipv4Devconf): boolean {
  return orconf(all, cnf, DevconfIdx.ACCEPT_LOCAL);
}
/** IN_DEV_LOG_MARTIANS: OR */
export function inDevLogMartians(all: Ipv4Devconf, cnf: Ipv4Devconf): boolean {
  return orconf(all, cnf, DevconfIdx.LOG_MARTIANS);
}
/** IN_DEV_BOOTP_RELAY: AND */
export function inDevBootpRelay(all: Ipv4Devconf, cnf: Ipv4Devconf): boolean {
  return andconf(all, cnf, DevconfIdx.BOOTP_RELAY);
}
/** IN_DEV_PROXY_ARP: OR */
export function inDevProxyArp(all: Ipv4Devconf, cnf: Ipv4Devconf): boolean {
  return orconf(all, cnf, DevconfIdx.PROXY_ARP);
}
/** IN_DEV_PROXY_ARP_PVLAN: OR */
export function inDevProxyArpPvlan(all: Ipv4Devconf, cnf: Ipv4Devconf): boolean {
  return orconf(all, cnf, DevconfIdx.PROXY_ARP_PVLAN);
}
/** IN_DEV_TX_REDIRECTS: OR of send_redirects */
export function inDevTxRedirects(all: Ipv4Devconf, cnf: Ipv4Devconf): boolean {
  return orconf(all, cnf, DevconfIdx.SEND_REDIRECTS);
}
/**
 * IN_DEV_RX_REDIRECTS: a forwarding device accepts redirects only if both
 * `all` and it say so (AND); a host if either does (OR).
 */
export function inDevRxRedirects(all: Ipv4Devconf, cnf: Ipv4Devconf): boolean {
  return inDevForward(all, cnf)
    ? andconf(all, cnf, DevconfIdx.ACCEPT_REDIRECTS)
    : orconf(all, cnf, DevconfIdx.ACCEPT_REDIRECTS);
}
/** IN_DEV_SEC_REDIRECTS: OR of secure_redirects */
export function inDevSecRedirects(all: Ipv4Devconf, cnf: Ipv4Devconf): boolean {
  return orconf(all, cnf, DevconfIdx.SECURE_REDIRECTS);
}
/** IN_DEV_SHARED_MEDIA: OR of shared_media */
export function inDevSharedMedia(all: Ipv4Devconf, cnf: Ipv4Devconf): boolean {
  return orconf(all, cnf, DevconfIdx.SHARED_MEDIA);
}
/** IN_DEV_MEDIUM_ID: the device's value */
export function inDevMediumId(_all: Ipv4Devconf, cnf: Ipv4Devconf): number {
  return cnf.get(DevconfIdx.MEDIUM_ID);
}
/** IN_DEV_PROMOTE_SECONDARIES: OR */
export function inDevPromoteSecondaries(all: Ipv4Devconf, cnf: Ipv4Devconf): boolean {
  return orconf(all, cnf, DevconfIdx.PROMOTE_SECONDARIES);
}
/** IN_DEV_ROUTE_LOCALNET: OR */
export function inDevRouteLocalnet(all: Ipv4Devconf, cnf: Ipv4Devconf): boolean {
  return orconf(all, cnf, DevconfIdx.ROUTE_LOCALNET);
}
/** IN_DEV_IGNORE_ROUTES_WITH_LINKDOWN: OR */
export function inDevIgnoreRoutesWithLinkdown(all: Ipv4Devconf, cnf: Ipv4Devconf): boolean {
  return orconf(all, cnf, DevconfIdx.IGNORE_ROUTES_WITH_LINKDOWN);
}
/** IN_DEV_ARPFILTER: OR */
export function inDevArpfilter(all: Ipv4Devconf, cnf: Ipv4Devconf): boolean {
  return orconf(all, cnf, DevconfIdx.ARPFILTER);
}
/** IN_DEV_ARP_ACCEPT: MAX */
export function inDevArpAccept(all: Ipv4Devconf, cnf: Ipv4Devconf): number {
  return maxconf(all, cnf, DevconfIdx.ARP_ACCEPT);
}
/** IN_DEV_ARP_ANNOUNCE: MAX */
export function inDevArpAnnounce(all: Ipv4Devconf, cnf: Ipv4Devconf): number {
  return maxconf(all, cnf, DevconfIdx.ARP_ANNOUNCE);
}
/** IN_DEV_ARP_IGNORE: MAX */
export function inDevArpIgnore(all: Ipv4Devconf, cnf: Ipv4Devconf): number {
  return maxconf(all, cnf, DevconfIdx.ARP_IGNORE);
}
/** IN_DEV_ARP_NOTIFY: MAX */
export function inDevArpNotify(all: Ipv4Devconf, cnf: Ipv4Devconf): number {
  return maxconf(all, cnf, DevconfIdx.ARP_NOTIFY);
}
/** IN_DEV_ARP_EVICT_NOCARRIER: AND */
export function inDevArpEvictNocarrier(all: Ipv4Devconf, cnf: Ipv4Devconf): boolean {
  return andconf(all, cnf, DevconfIdx.ARP_EVICT_NOCARRIER);
}
/** IN_DEV_ORCONF(in_dev, DROP_UNICAST_IN_L2_MULTICAST) in ip_rcv_finish_core() */
export function inDevDropUnicastInL2Multicast(all: Ipv4Devconf, cnf: Ipv4Devconf): boolean {
  return orconf(all, cnf, DevconfIdx.DROP_UNICAST_IN_L2_MULTICAST);
}
/**
 * IN_DEV_LOOP (the send-to-self patch; a tuxnet extension): OR, like
 * accept_local, so that conf.all.loop=1 turns it on everywhere.
 */
export function inDevLoop(all: Ipv4Devconf, cnf: Ipv4Devconf): boolean {
  return orconf(all, cnf, DevconfIdx.LOOP);
}
/** IN_DEV_ORCONF(in_dev, DROP_GRATUITOUS_ARP) in arp_process() */
export function inDevDropGratuitousArp(all: Ipv4Devconf, cnf: Ipv4Devconf): boolean {
  return orconf(all, cnf, DevconfIdx.DROP_GRATUITOUS_ARP);
}
