/**
 * net.ipv6.conf.{all,default,DEV}.*: the per-device IPv6 knobs that
 * `sysctl -a` lists and scripts write (disable_ipv6, forwarding,
 * accept_ra...). The values are accepted, checked and stored as the kernel
 * does; addrconf.ts reads them, and a device's disable_ipv6 or forwarding
 * write reaches it (confChanged). A device gets
 * its directory at registration when its MTU is at least IPV6_MIN_MTU
 * (ipv6_add_dev), with default's values, its MTU, and the loopback's own
 * accept_dad and use_tempaddr; writing all.disable_ipv6 or all.forwarding
 * also writes default and every device (addrconf_disable_ipv6(),
 * addrconf_fixup_forwarding()).
 * @linux net/ipv6/addrconf.c addrconf_sysctl[], ipv6_add_dev(), addrconf_notify()
 */
import type { Net, NetdevNotifierInfo, NetWorld, PernetOperations } from '../core/net_namespace.js';
import { NetdevEvent } from '../core/net_namespace.js';
import { notifierMask } from '../core/notifier.js';
import type { NetDevice } from '../core/netdevice.js';
import { IFF_LOOPBACK } from '../core/netdevice.js';
import {
  procDointvec, procDointvecMinmax, procDointvecSecJiffies, procDointvecMsJiffiesMinmax, procDou8vecMinmax, procDouintvec,
  procDostringWrite, procDouintvecMinmax, type IntCell, type SysctlEntry,
} from '../core/sysctl.js';
import { in6Pton, pI6 } from '../core/utils_pton.js';
import { type Inet6Dev, Ipv6Devconf, type NetnsIpv6 } from './if_inet6.js';
import type { NeighParms } from '../core/neigh_parms.js';
import { ndiscParmsAlloc, ndiscParmsRelease, ndiscParmsRename } from './ndisc_tbl.js';
import { nlmsgNew } from '../core/rtnetlink.js';
import { rtnlHasListeners, rtnlNotify } from '../netlink/af_netlink.js';
import { PF_INET6, RTM_DELNETCONF, RTM_NEWNETCONF, RTNLGRP_IPV6_NETCONF } from '../../uapi/linux/rtnetlink.js';
import { NETCONFA_IFINDEX_ALL, NETCONFA_IFINDEX_DEFAULT, type NetconfMsg } from '../../uapi/linux/netconf.js';

/** IPV6_MIN_MTU */
const IPV6_MIN_MTU = 1280;

/** ipv6_devconf_dflt: the knobs `sysctl -a` lists (stable_secret reads EIO unset and is not listed). */
const DEFAULTS: ReadonlyArray<readonly [string, number]> = [
  ['accept_dad', 1], ['accept_ra', 1], ['accept_ra_defrtr', 1], ['accept_ra_from_local', 0],
  ['accept_ra_min_hop_limit', 1], ['accept_ra_min_lft', 0], ['accept_ra_mtu', 1], ['accept_ra_pinfo', 1],
  ['accept_ra_rt_info_max_plen', 0], ['accept_ra_rt_info_min_plen', 0], ['accept_ra_rtr_pref', 1],
  ['accept_redirects', 1], ['accept_source_route', 0], ['accept_untracked_na', 0], ['addr_gen_mode', 0],
  ['autoconf', 1], ['dad_transmits', 1], ['disable_ipv6', 0], ['disable_policy', 0],
  ['drop_unicast_in_l2_multicast', 0], ['drop_unsolicited_na', 0], ['enhanced_dad', 1], ['force_forwarding', 0],
  ['force_mld_version', 0], ['force_tllao', 0], ['forwarding', 0], ['hop_limit', 64],
  ['ignore_routes_with_linkdown', 0], ['ioam6_enabled', 0], ['ioam6_id', 65535], ['ioam6_id_wide', 4294967295],
  ['keep_addr_on_down', 0], ['max_addresses', 16], ['max_desync_factor', 600],
  ['mldv1_unsolicited_report_interval', 10000], ['mldv2_unsolicited_report_interval', 1000], ['mtu', IPV6_MIN_MTU],
  ['ndisc_evict_nocarrier', 1], ['ndisc_notify', 0], ['ndisc_tclass', 0], ['optimistic_dad', 0], ['proxy_ndp', 0],
  ['ra_defrtr_metric', 1024], ['ra_honor_pio_life', 0], ['ra_honor_pio_pflag', 0], ['regen_max_retry', 3],
  ['regen_min_advance', 2], ['router_probe_interval', 60], ['router_solicitation_delay', 1],
  ['router_solicitation_interval', 4], ['router_solicitation_max_interval', 3600], ['router_solicitations', -1],
  ['rpl_seg_enabled', 0], ['seg6_enabled', 0], ['suppress_frag_ndisc', 1], ['temp_prefered_lft', 86400],
  ['temp_valid_lft', 604800], ['use_oif_addrs_only', 0], ['use_optimistic', 0], ['use_tempaddr', 0],
];

/** Where each knob is in an Ipv6Devconf, and ipv6_devconf_dflt's values there. */
const KNOB_INDEX: ReadonlyMap<string, number> = new Map(DEFAULTS.map(([name], i) => [name, i] as const));
const DFLT_VALUES: readonly number[] = DEFAULTS.map(([, v]) => v);

/** The IPv6 conf of one namespace: all, default and each device's. */
class Ipv6Conf implements NetnsIpv6 {
  readonly all: Ipv6Devconf;
  readonly dflt = Ipv6Devconf.of(KNOB_INDEX, DFLT_VALUES);
  readonly devs = new Map<NetDevice, Ipv6Devconf>();
  readonly idevs = new Map<NetDevice, Inet6Dev>();
  readonly ndParms = new Map<NetDevice, NeighParms>();
  confChanged: ((dev: NetDevice, name: string) => void) | null = null;
  routeSeq = 0;
  readonly fib6Tables: number[] = [];
  /**
   * The configurations whose stable_secret is initialized: a device's
   * turns so when its addr_gen_mode changes to random
   * (addrconf_addr_gen(): ipv6_gen_mode_random_init()).
   */
  readonly stableSecret = new Map<Ipv6Devconf, Uint8Array>();

  get confs(): Map<NetDevice, Ipv6Devconf> {
    return this.devs;
  }

  constructor() {
    this.all = Ipv6Devconf.of(KNOB_INDEX, DFLT_VALUES);
    // ipv6_devconf (all) differs from ipv6_devconf_dflt in accept_dad.
    this.all.set('accept_dad', 0);
  }
}

const PROPAGATED = (name: string): boolean => name === 'disable_ipv6' || name === 'forwarding';

/** IN6_ADDR_GEN_MODE_RANDOM: the last valid addr_gen_mode (check_addr_gen_mode()). */
const IN6_ADDR_GEN_MODE_RANDOM = 3;
/** IN6_ADDR_GEN_MODE_STABLE_PRIVACY */
const IN6_ADDR_GEN_MODE_STABLE_PRIVACY = 2;

/** inet6_netconf_fill_devconf(NETCONFA_ALL): the knobs as `cnf` holds them. */
export function inet6NetconfFill(ifindex: number, cnf: Ipv6Devconf): NetconfMsg {
  return {
    family: PF_INET6, ifindex, forwarding: cnf.get('forwarding') ?? 0, proxyNeigh: cnf.get('proxy_ndp') ?? 0,
    ignoreRoutesWithLinkdown: cnf.get('ignore_routes_with_linkdown') ?? 0, forceForwarding: cnf.get('force_forwarding') ?? 0,
  };
}

/** inet6_netconf_notify_devconf(NETCONFA_FORWARDING): the new value to RTNLGRP_IPV6_NETCONF (`ip monitor netconf`). */
function inet6NetconfNotifyForwarding(net: Net, ifindex: number, v: number): void {
  inet6NetconfNotify(net, { family: PF_INET6, ifindex, forwarding: v });
}

/**
 * addrconf_disable_change() / addrconf_forward_change(): each device whose
 * value changes hears of it; a device with an inet6_dev announces its new
 * forwarding (dev_forward_change()).
 */
function setDev(net: Net, conf: Ipv6Conf, dev: NetDevice, c: Ipv6Devconf, name: string, v: number): void {
  const old = c.get(name);
  c.set(name, v);
  if (old === v) return;
  conf.confChanged?.(dev, name);
  if (name === 'forwarding' && conf.idevs.has(dev)) inet6NetconfNotifyForwarding(net, dev.ifindex, v);
}

/**
 * addrconf_fixup_forwarding() of all: default takes the value (announced
 * when it changes), then every device, then all is announced.
 */
function allForwarding(net: Net, conf: Ipv6Conf, old: number, v: number): void {
  const oldDflt = conf.dflt.get('forwarding') ?? 0;
  conf.dflt.set('forwarding', v);
  if (!oldDflt !== !v) inet6NetconfNotifyForwarding(net, NETCONFA_IFINDEX_DEFAULT, v);
  for (const [d, c] of conf.devs) {
    // addrconf_forward_change(): all.forwarding 0 also clears every device's force_forwarding.
    if (v === 0) c.set('force_forwarding', 0);
    setDev(net, conf, d, c, 'forwarding', v);
  }
  if (!old !== !v) inet6NetconfNotifyForwarding(net, NETCONFA_IFINDEX_ALL, v);
}

/** inet6_netconf_notify_devconf(NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN) */
function inet6NetconfNotifyLinkdown(net: Net, ifindex: number, v: number): void {
  inet6NetconfNotify(net, { family: PF_INET6, ifindex, ignoreRoutesWithLinkdown: v });
}

/** inet6_netconf_notify_devconf(): one knob's message to RTNLGRP_IPV6_NETCONF, built only for a listener. */
function inet6NetconfNotify(net: Net, m: NetconfMsg): void {
  if (rtnlHasListeners(net, RTNLGRP_IPV6_NETCONF)) rtnlNotify(net, nlmsgNew(RTM_NEWNETCONF, 0, m), RTNLGRP_IPV6_NETCONF);
}

/** The index a knob set is announced under: all's, default's or its device's. */
function netconfIndex(conf: Ipv6Conf, cnf: Ipv6Devconf, dev: NetDevice | null): number {
  return cnf === conf.all ? NETCONFA_IFINDEX_ALL : cnf === conf.dflt ? NETCONFA_IFINDEX_DEFAULT : dev?.ifindex ?? 0;
}

/**
 * addrconf_fixup_linkdown(): default's change is announced; all's value
 * goes to default (quietly) and to every device (addrconf_linkdown_change(),
 * announced where it flips), then all is announced; a device's own flip
 * is announced too (as 6.18 does, recorded with ip monitor netconf).
 */
function fixupLinkdown(net: Net, conf: Ipv6Conf, cnf: Ipv6Devconf, dev: NetDevice | null, old: number, v: number): void {
  if (cnf === conf.dflt || dev) {
    if (!old !== !v) inet6NetconfNotifyLinkdown(net, dev ? dev.ifindex : NETCONFA_IFINDEX_DEFAULT, v);
    return;
  }
  if (cnf !== conf.all) return;
  conf.dflt.set('ignore_routes_with_linkdown', v);
  for (const [d, c] of conf.devs) {
    const changed = !c.get('ignore_routes_with_linkdown') !== !v;
    c.set('ignore_routes_with_linkdown', v);
    if (changed && conf.idevs.has(d)) inet6NetconfNotifyLinkdown(net, d.ifindex, v);
  }
  if (!old !== !v) inet6NetconfNotifyLinkdown(net, NETCONFA_IFINDEX_ALL, v);
}

/** The handler of one knob: the range the kernel's table gives it; all.X of the propagated ones writes everywhere. */
function entry(net: Net, conf: Ipv6Conf, cnf: Ipv6Devconf, name: string, dev: NetDevice | null): SysctlEntry {
  const cell = {
    get: () => cnf.get(name) ?? 0,
    set(v: number): void {
      if (dev && PROPAGATED(name)) {
        setDev(net, conf, dev, cnf, name, v);
        return;
      }
      const old = cnf.get(name) ?? 0;
      cnf.set(name, v);
      if (cnf === conf.all && name === 'forwarding') allForwarding(net, conf, old, v);
      else if (name === 'ignore_routes_with_linkdown') fixupLinkdown(net, conf, cnf, dev, old, v);
      // addrconf_sysctl_proxy_ndp(): a change is announced where it was written (no copy elsewhere).
      else if (name === 'proxy_ndp' && old !== v) inet6NetconfNotify(net, { family: PF_INET6, ifindex: netconfIndex(conf, cnf, dev), proxyNeigh: v });
      else if (cnf === conf.all && PROPAGATED(name)) {
        conf.dflt.set(name, v);
        for (const [d, c] of conf.devs) setDev(net, conf, d, c, name, v);
      } else if (cnf === conf.dflt && name === 'forwarding' && old !== v) {
        inet6NetconfNotifyForwarding(net, NETCONFA_IFINDEX_DEFAULT, v);
      }
    },
  };
  /** The knobs kept in seconds behind proc_dointvec_jiffies(): the handler's cell is in ms. */
  switch (name) {
    // addrconf_sysctl_mtu(): IPV6_MIN_MTU up to the device's MTU.
    case 'mtu': return procDointvecMinmax(cell, IPV6_MIN_MTU, dev ? dev.mtu : 0x7fffffff);
    // hop_limit: "one" to "two_five_five".
    case 'hop_limit': return procDointvecMinmax(cell, 1, 255);
    case 'ioam6_id': return procDointvecMinmax(cell, 0, 65535);
    // proc_douintvec(): a u32, no sign.
    case 'ioam6_id_wide': return procDouintvec(cell);
    // proc_douintvec_minmax() from SYSCTL_ONE: a default route's metric is never 0.
    case 'ra_defrtr_metric': return procDouintvecMinmax(cell, 1, null);
    // proc_dointvec_minmax() from SYSCTL_NEG_ONE (-1: solicit for ever).
    case 'router_solicitations': return procDointvecMinmax(cell, -1, null);
    case 'accept_untracked_na': return procDointvecMinmax(cell, 0, 2);
    case 'ndisc_tclass': return procDointvecMinmax(cell, 0, 255);
    case 'rpl_seg_enabled': return procDointvecMinmax(cell, 0, 1);
    // addrconf_sysctl_force_forwarding(): 0 or 1; all's value goes to every device (not default).
    case 'force_forwarding': return forceForwardingEntry(net, conf, cnf, dev, cell);
    // proc_dou8vec_minmax() from SYSCTL_ZERO to SYSCTL_ONE.
    case 'ioam6_enabled':
    case 'ndisc_evict_nocarrier':
    case 'ra_honor_pio_life':
    case 'ra_honor_pio_pflag':
      return procDou8vecMinmax(cell, 0, 1);
    // proc_dointvec_ms_jiffies_minmax() from SYSCTL_ZERO: milliseconds, rounded up to a jiffy, not negative (-1 is EINVAL on 6.18).
    case 'mldv1_unsolicited_report_interval':
    case 'mldv2_unsolicited_report_interval':
      return procDointvecMsJiffiesMinmax(cell, 0, null);
    // proc_dointvec_jiffies(): seconds, at most INT_MAX / HZ.
    case 'router_probe_interval':
    case 'router_solicitation_delay':
    case 'router_solicitation_interval':
    case 'router_solicitation_max_interval':
      return procDointvecSecJiffies(cell);
    case 'addr_gen_mode': return addrGenModeEntry(net, conf, cnf, dev);
    default: return procDointvec(cell);
  }
}

/**
 * addrconf_sysctl_force_forwarding(): 0 or 1; a change is announced
 * (NETCONFA_FORCE_FORWARDING) where it was written; all's is then also each
 * device's, announced where it flips (addrconf_force_forward_change());
 * default keeps its own.
 */
function forceForwardingEntry(net: Net, conf: Ipv6Conf, cnf: Ipv6Devconf, dev: NetDevice | null, cell: IntCell): SysctlEntry {
  return procDointvecMinmax({
    get: cell.get,
    set(v: number): void {
      const old = cell.get();
      cell.set(v);
      if (old === v) return;
      inet6NetconfNotify(net, { family: PF_INET6, ifindex: netconfIndex(conf, cnf, dev), forceForwarding: v });
      if (cnf !== conf.all) return;
      for (const [d, c] of conf.devs) {
        const changed = !c.get('force_forwarding') !== !v;
        c.set('force_forwarding', v);
        if (changed && conf.idevs.has(d)) inet6NetconfNotify(net, { family: PF_INET6, ifindex: d.ifindex, forceForwarding: v });
      }
    },
  }, 0, 1);
}

/**
 * addrconf_sysctl_addr_gen_mode(): proc_douintvec(), then
 * check_addr_gen_mode() (EUI64 0 .. RANDOM 3); a device's stable-privacy
 * mode (2) needs a stable_secret, its own or default's
 * (check_stable_privacy(): none can be set here, so EINVAL); all's value
 * goes to default and to every device unchecked.
 */
function addrGenModeEntry(net: Net, conf: Ipv6Conf, cnf: Ipv6Devconf, dev: NetDevice | null): SysctlEntry {
  const cell: IntCell = { get: () => cnf.get('addr_gen_mode') ?? 0, set: (v) => cnf.set('addr_gen_mode', v) };
  let pending = -1;
  const inner = procDouintvec({ get: cell.get, set(v: number): void { pending = v; } });
  return {
    mode: inner.mode,
    read: inner.read,
    write(text, w) {
      pending = -1;
      const err = inner.write(text, w);
      if (err || pending < 0) return err;
      const v = pending;
      if (v > IN6_ADDR_GEN_MODE_RANDOM) return 'EINVAL';
      if (dev && v === IN6_ADDR_GEN_MODE_STABLE_PRIVACY && !conf.stableSecret.has(cnf) && !conf.stableSecret.has(conf.dflt)) return 'EINVAL';
      if (dev) setAddrGenMode(net, conf, dev, cnf, v);
      else if (cnf === conf.all) {
        conf.dflt.set('addr_gen_mode', v);
        for (const [d, c] of conf.devs) setAddrGenMode(net, conf, d, c, v);
      }
      cell.set(v);
      return null;
    },
  };
}

/**
 * A device's new addr_gen_mode: a change re-runs addrconf_init_auto_addrs(),
 * where the random mode gives the device a random stable_secret when it
 * has none (which makes stable privacy, 2, acceptable from then on).
 */
function setAddrGenMode(net: Net, conf: Ipv6Conf, dev: NetDevice, cnf: Ipv6Devconf, v: number): void {
  if (cnf.get('addr_gen_mode') === v) return;
  cnf.set('addr_gen_mode', v);
  // addrconf_init_auto_addrs(): only addrconf_dev_config()'s device types reach addrconf_addr_gen() (the loopback does init_loopback()).
  if (v === IN6_ADDR_GEN_MODE_RANDOM && AUTOCONF_TYPES.has(dev.type) && !conf.stableSecret.has(cnf)) {
    // ipv6_gen_mode_random_init(): get_random_bytes()
    const secret = new Uint8Array(16);
    net.world.rng.fill(secret);
    conf.stableSecret.set(cnf, secret);
  }
  conf.confChanged?.(dev, 'addr_gen_mode');
}

/** The device types addrconf_dev_config() configures: ARPHRD_ETHER, TUNNEL, TUNNEL6, RAWIP, NONE (and others the lab lacks). */
const AUTOCONF_TYPES: ReadonlySet<number> = new Set([1, 768, 769, 519, 0xfffe]);

/** IPV6_MAX_STRLEN: sizeof("ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255") */
const IPV6_MAX_STRLEN = 46;

/**
 * addrconf_sysctl_stable_secret(): root-only; all's is EIO both ways, the
 * others read EIO until set and show "%pI6" after; a write is
 * proc_dostring() over the shown text, then in6_pton() (any character but
 * hex digits, ':' and '.' ends it), EIO when that fails. Default's secret
 * turns every device to stable privacy, a device's its own (no address is
 * made again).
 */
function stableSecretEntry(conf: Ipv6Conf, cnf: Ipv6Devconf): SysctlEntry {
  const shown = (): string => pI6(conf.stableSecret.get(cnf) ?? new Uint8Array(16));
  return {
    mode: 0o600,
    dostring: true,
    read: () => `${shown()}\n`,
    readErrno: () => (cnf === conf.all || !conf.stableSecret.has(cnf) ? 'EIO' : null),
    write(text, w) {
      if (cnf === conf.all) return 'EIO';
      const str = procDostringWrite(text, IPV6_MAX_STRLEN, w, shown());
      const addr = in6Pton(str, -1);
      if (!addr) return 'EIO';
      conf.stableSecret.set(cnf, addr);
      if (cnf === conf.dflt) for (const c of conf.devs.values()) c.set('addr_gen_mode', IN6_ADDR_GEN_MODE_STABLE_PRIVACY);
      else cnf.set('addr_gen_mode', IN6_ADDR_GEN_MODE_STABLE_PRIVACY);
      return null;
    },
  };
}

/** The directory's files, made when it is first looked into (most labs never read a device's IPv6 knobs). */
function register(net: Net, dir: string, cnf: Ipv6Devconf): void {
  net.sysctl.registerLazy(`net/ipv6/conf/${dir}`, confTable, net, cnf);
}

/** The files of one configuration: all's, default's or a device's (found by its configuration). */
function confTable(net: Net, cnf: Ipv6Devconf): [string, SysctlEntry][] {
  const conf = net.ipv6 as Ipv6Conf;
  let dev: NetDevice | null = null;
  for (const [d, c] of conf.devs) if (c === cnf) dev = d;
  const files: [string, SysctlEntry][] = DEFAULTS.map(([name]) => [name, entry(net, conf, cnf, name, dev)]);
  // stable_secret sorts between seg6_enabled and suppress_frag_ndisc.
  const at = files.findIndex(([name]) => name > 'stable_secret');
  files.splice(at, 0, ['stable_secret', stableSecretEntry(conf, cnf)]);
  return files;
}

/** ipv6_add_dev(): default's values, the device's MTU; the loopback never does DAD nor temporary addresses. */
function ipv6AddDev(net: Net, conf: Ipv6Conf, dev: NetDevice): void {
  const cnf = conf.dflt.copy();
  cnf.set('mtu', dev.mtu);
  // default's stable_secret comes with the copy, and with it stable privacy.
  const secret = conf.stableSecret.get(conf.dflt);
  if (secret) {
    conf.stableSecret.set(cnf, secret.slice());
    cnf.set('addr_gen_mode', IN6_ADDR_GEN_MODE_STABLE_PRIVACY);
  }
  if (dev.flags & IFF_LOOPBACK) {
    cnf.set('accept_dad', -1);
    cnf.set('use_tempaddr', -1);
  }
  conf.devs.set(dev, cnf);
  register(net, dev.name, cnf);
  ndiscParmsAlloc(net, conf, dev);
  // __addrconf_sysctl_register(): every knob announced (NETCONFA_ALL), the message built only for a listener.
  if (rtnlHasListeners(net, RTNLGRP_IPV6_NETCONF)) rtnlNotify(net, nlmsgNew(RTM_NEWNETCONF, 0, inet6NetconfFill(dev.ifindex, cnf)), RTNLGRP_IPV6_NETCONF);
}

function ipv6DelDev(net: Net, conf: Ipv6Conf, dev: NetDevice, name = dev.name): void {
  const cnf = conf.devs.get(dev);
  if (!cnf) return;
  conf.devs.delete(dev);
  conf.stableSecret.delete(cnf);
  net.sysctl.unregister(`net/ipv6/conf/${name}`);
  ndiscParmsRelease(net, conf, dev, name);
  // __addrconf_sysctl_unregister(): RTM_DELNETCONF with the index alone.
  if (rtnlHasListeners(net, RTNLGRP_IPV6_NETCONF)) rtnlNotify(net, nlmsgNew(RTM_DELNETCONF, 0, { family: PF_INET6, ifindex: dev.ifindex } satisfies NetconfMsg), RTNLGRP_IPV6_NETCONF);
}

/** The events the conf directories follow (the others do not call addrconfNotify). */
const CONF_EVENTS = notifierMask(NetdevEvent.REGISTER, NetdevEvent.CHANGEMTU, NetdevEvent.UNREGISTER, NetdevEvent.CHANGENAME);

/** addrconf_notify(): the directory follows the device (and goes below IPV6_MIN_MTU). */
function addrconfNotify(net: Net, conf: Ipv6Conf, ev: NetdevEvent, dev: NetDevice, oldName?: string): void {
  const has = conf.devs.has(dev);
  switch (ev) {
    case NetdevEvent.REGISTER:
      if (!has && dev.mtu >= IPV6_MIN_MTU) ipv6AddDev(net, conf, dev);
      break;
    case NetdevEvent.CHANGEMTU:
      // addrconf_ifdown(dev, dev != net->loopback_dev): lo keeps its inet6_dev, and so its conf directory.
      if (has && dev.mtu < IPV6_MIN_MTU) {
        if (!(dev.flags & IFF_LOOPBACK)) ipv6DelDev(net, conf, dev);
      }
      else if (!has && dev.mtu >= IPV6_MIN_MTU) ipv6AddDev(net, conf, dev);
      else if (has) conf.devs.get(dev)!.set('mtu', dev.mtu);
      break;
    case NetdevEvent.UNREGISTER:
      ipv6DelDev(net, conf, dev);
      break;
    case NetdevEvent.CHANGENAME:
      if (has && oldName !== undefined) {
        // addrconf_sysctl_unregister() + addrconf_sysctl_register(): RTM_DELNETCONF, then every knob again.
        const cnf = conf.devs.get(dev)!;
        net.sysctl.unregister(`net/ipv6/conf/${oldName}`);
        if (rtnlHasListeners(net, RTNLGRP_IPV6_NETCONF)) rtnlNotify(net, nlmsgNew(RTM_DELNETCONF, 0, { family: PF_INET6, ifindex: dev.ifindex } satisfies NetconfMsg), RTNLGRP_IPV6_NETCONF);
        register(net, dev.name, cnf);
        if (rtnlHasListeners(net, RTNLGRP_IPV6_NETCONF)) rtnlNotify(net, nlmsgNew(RTM_NEWNETCONF, 0, inet6NetconfFill(dev.ifindex, cnf)), RTNLGRP_IPV6_NETCONF);
        ndiscParmsRename(net, conf, dev, oldName);
      }
      break;
  }
}

/**
 * addrconf_init_net() and the netdev notifier of each namespace; the state
 * lives in the namespace's sysctl entries and notifier, which go with it.
 */
function confNotifier(ev: NetdevEvent, dev: NetDevice, info?: NetdevNotifierInfo): void {
  addrconfNotify(dev.net, dev.net.ipv6 as Ipv6Conf, ev, dev, typeof info === 'string' ? info : undefined);
}

const addrconfNetOps: PernetOperations = {
  name: 'addrconf',
  init(net: Net): void {
    const conf = new Ipv6Conf();
    net.ipv6 = conf;
    register(net, 'all', conf.all);
    register(net, 'default', conf.dflt);
    for (const dev of net.devices.values()) addrconfNotify(net, conf, NetdevEvent.REGISTER, dev);
    net.netdevChain.register(confNotifier, 0, CONF_EVENTS);
  },
};

/** addrconf_init(): the conf knobs only (no IPv6 stack yet). */
export function addrconfInit(world: NetWorld): void {
  world.pernet.register(addrconfNetOps);
}
