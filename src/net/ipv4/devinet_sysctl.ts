/**
 * /proc/sys/net/ipv4/{conf,neigh}/* and ip_forward: registration of the
 * per-device and all/default knobs into the namespace's sysctl table, and
 * the kernel's write semantics:
 *  - a write marks the knob explicitly set on that set (cnf->state);
 *  - a write to default.X copies the new value to every device of the
 *    namespace that has not explicitly set X (devinet_copy_dflt_conf);
 *  - all.forwarding and ip_forward set forwarding on every device and on
 *    default, and set all.accept_redirects to its opposite (inet_forward_change);
 *  - forwarding writes on default or on one device do not propagate.
 * Every namespace is a non-init one: there is no neigh/default.
 * @linux net/ipv4/devinet.c devinet_sysctl_register(), devinet_conf_proc(),
 *        devinet_sysctl_forward(); net/core/neighbour.c neigh_sysctl_register()
 */
import type { Net } from '../core/net_namespace.js';
import { DevconfIdx, type Ipv4Devconf } from './devconf.js';
import { neighParmsSetReachable } from '../core/neighbour.js';
import { NeighVar, SKB_TRUESIZE_ETH_FRAME_LEN, queueLenPackets, type NeighParms } from '../core/neigh_parms.js';
import {
  procDointvec, procDointvecMinmax, procDointvecJiffies, procDointvecMsJiffies,
  procDointvecMsJiffiesMinmax, procDointvecUserhzJiffies, procWrap, doProcDointvecWrite, convMinmax,
  INT_MAX, type IntCell, type SysctlEntry, type SysctlErrno,
} from '../core/sysctl.js';
import {
  ipv4NetTableRegister, NetconfAttr, NetEvent, NETCONFA_IFINDEX_ALL, NETCONFA_IFINDEX_DEFAULT,
} from './sysctl_net_ipv4.js';

type Kind = 'rw' | 'ro' | 'forward' | 'flush' | 'ext';

/** devinet_sysctl.devinet_vars: file name and handler of each knob. */
const DEVINET_VARS: ReadonlyArray<readonly [DevconfIdx, string, Kind]> = [
  [DevconfIdx.FORWARDING, 'forwarding', 'forward'],
  [DevconfIdx.MC_FORWARDING, 'mc_forwarding', 'ro'],
  [DevconfIdx.BC_FORWARDING, 'bc_forwarding', 'rw'],
  [DevconfIdx.ACCEPT_REDIRECTS, 'accept_redirects', 'rw'],
  [DevconfIdx.SECURE_REDIRECTS, 'secure_redirects', 'rw'],
  [DevconfIdx.SHARED_MEDIA, 'shared_media', 'rw'],
  [DevconfIdx.RP_FILTER, 'rp_filter', 'rw'],
  [DevconfIdx.SEND_REDIRECTS, 'send_redirects', 'rw'],
  [DevconfIdx.ACCEPT_SOURCE_ROUTE, 'accept_source_route', 'rw'],
  [DevconfIdx.ACCEPT_LOCAL, 'accept_local', 'rw'],
  [DevconfIdx.SRC_VMARK, 'src_valid_mark', 'rw'],
  [DevconfIdx.PROXY_ARP, 'proxy_arp', 'rw'],
  [DevconfIdx.MEDIUM_ID, 'medium_id', 'rw'],
  [DevconfIdx.BOOTP_RELAY, 'bootp_relay', 'rw'],
  [DevconfIdx.LOG_MARTIANS, 'log_martians', 'rw'],
  [DevconfIdx.TAG, 'tag', 'rw'],
  [DevconfIdx.ARPFILTER, 'arp_filter', 'rw'],
  [DevconfIdx.ARP_ANNOUNCE, 'arp_announce', 'rw'],
  [DevconfIdx.ARP_IGNORE, 'arp_ignore', 'rw'],
  [DevconfIdx.ARP_ACCEPT, 'arp_accept', 'rw'],
  [DevconfIdx.ARP_NOTIFY, 'arp_notify', 'rw'],
  [DevconfIdx.ARP_EVICT_NOCARRIER, 'arp_evict_nocarrier', 'rw'],
  [DevconfIdx.PROXY_ARP_PVLAN, 'proxy_arp_pvlan', 'rw'],
  [DevconfIdx.FORCE_IGMP_VERSION, 'force_igmp_version', 'rw'],
  [DevconfIdx.IGMPV2_UNSOLICITED_REPORT_INTERVAL, 'igmpv2_unsolicited_report_interval', 'rw'],
  [DevconfIdx.IGMPV3_UNSOLICITED_REPORT_INTERVAL, 'igmpv3_unsolicited_report_interval', 'rw'],
  [DevconfIdx.IGNORE_ROUTES_WITH_LINKDOWN, 'ignore_routes_with_linkdown', 'rw'],
  [DevconfIdx.DROP_GRATUITOUS_ARP, 'drop_gratuitous_arp', 'rw'],
  [DevconfIdx.NOXFRM, 'disable_xfrm', 'flush'],
  [DevconfIdx.NOPOLICY, 'disable_policy', 'flush'],
  [DevconfIdx.PROMOTE_SECONDARIES, 'promote_secondaries', 'flush'],
  [DevconfIdx.ROUTE_LOCALNET, 'route_localnet', 'flush'],
  [DevconfIdx.DROP_UNICAST_IN_L2_MULTICAST, 'drop_unicast_in_l2_multicast', 'flush'],
  // tuxnet extension: the send-to-self patch's knob (route_sendtoself.ts).
  [DevconfIdx.LOOP, 'loop', 'ext'],
];

/** devinet_conf_ifindex(): -2 for default, -1 for all, else the device's ifindex (0 if gone). */
function devinetConfIfindex(net: Net, cnf: Ipv4Devconf): number {
  if (cnf === net.ipv4.devconfDflt) return NETCONFA_IFINDEX_DEFAULT;
  if (cnf === net.ipv4.devconfAll) return NETCONFA_IFINDEX_ALL;
  const dev = cnf.owner ? net.devByIndex(cnf.owner.ifindex) : null;
  return dev?.ip?.cnf === cnf ? dev.ifindex : 0;
}

/** devinet_copy_dflt_conf(): default's value to every device that did not set knob i itself. */
function devinetCopyDfltConf(net: Net, i: DevconfIdx): void {
  const v = net.ipv4.devconfDflt.get(i);
  for (const dev of net.devices.values()) {
    const cnf = dev.ip?.cnf;
    if (cnf && !cnf.isSet(i)) cnf.setData(i, v);
  }
}

/**
 * inet_forward_change(): all.forwarding was written. "Hosts accept
 * redirects, routers don't": all.accept_redirects = !on; default and every
 * device follow (IN_DEV_CONF_SET marks each device's knob as set).
 */
export function inetForwardChange(net: Net): void {
  const all = net.ipv4.devconfAll;
  const dflt = net.ipv4.devconfDflt;
  const on = all.get(DevconfIdx.FORWARDING);
  all.setData(DevconfIdx.ACCEPT_REDIRECTS, on ? 0 : 1);
  dflt.setData(DevconfIdx.FORWARDING, on);
  net.world.inet.sysctl.netconfNotify(net, 'new', NetconfAttr.FORWARDING, NETCONFA_IFINDEX_ALL, all);
  net.world.inet.sysctl.netconfNotify(net, 'new', NetconfAttr.FORWARDING, NETCONFA_IFINDEX_DEFAULT, dflt);
  for (const dev of [...net.devices.values()].sort((a, b) => a.ifindex - b.ifindex)) {
    const inDev = dev.ip;
    if (!inDev) continue;
    inDev.cnf.set(DevconfIdx.FORWARDING, on);
    net.world.inet.sysctl.netconfNotify(net, 'new', NetconfAttr.FORWARDING, dev.ifindex, inDev.cnf);
  }
}

/** The cell of knob `i` of a set: proc_dointvec's data pointer is &cnf->data[i - 1] (writes leave `state` alone). */
function devconfCell(cnf: Ipv4Devconf, i: DevconfIdx): IntCell {
  return { get: () => cnf.get(i), set: (v) => cnf.setData(i, v) };
}

/** Which netconf attribute a changed knob is announced as (devinet_conf_proc). */
const NETCONF_OF: ReadonlyMap<DevconfIdx, NetconfAttr> = new Map([
  [DevconfIdx.RP_FILTER, NetconfAttr.RP_FILTER],
  [DevconfIdx.PROXY_ARP, NetconfAttr.PROXY_NEIGH],
  [DevconfIdx.IGNORE_ROUTES_WITH_LINKDOWN, NetconfAttr.IGNORE_ROUTES_WITH_LINKDOWN],
]);

/**
 * devinet_conf_proc(): proc_dointvec, then — even when the write failed —
 * the explicit-set bit and, on default, the copy to the devices.
 */
function devinetConfProc(net: Net, cnf: Ipv4Devconf, i: DevconfIdx, mode: number): SysctlEntry {
  const inner = procDointvec(devconfCell(cnf, i), mode);
  return {
    mode,
    read: inner.read,
    write(text, w) {
      const old = cnf.get(i);
      const err = inner.write(text, w);
      const nv = cnf.get(i);
      cnf.markSet(i);
      if (cnf === net.ipv4.devconfDflt) devinetCopyDfltConf(net, i);
      if ((i === DevconfIdx.ACCEPT_LOCAL || i === DevconfIdx.ROUTE_LOCALNET) && nv === 0 && old !== 0) {
        net.ipv4.fib.rtCacheFlush();
      }
      if ((i === DevconfIdx.BC_FORWARDING || i === DevconfIdx.LOOP) && nv !== old) net.ipv4.fib.rtCacheFlush();
      const attr = NETCONF_OF.get(i);
      if (attr !== undefined && nv !== old) {
        net.world.inet.sysctl.netconfNotify(net, 'new', attr, devinetConfIfindex(net, cnf), cnf);
      }
      return err;
    },
  };
}

/**
 * devinet_sysctl_forward(): no explicit-set bit. A change on all runs
 * inet_forward_change(); on a device it is announced; either flushes the
 * route cache. A change on default only is announced.
 */
function devinetSysctlForward(net: Net, cnf: Ipv4Devconf): SysctlEntry {
  const inner = procDointvec(devconfCell(cnf, DevconfIdx.FORWARDING));
  return {
    mode: 0o644,
    read: inner.read,
    write(text, w) {
      const old = cnf.get(DevconfIdx.FORWARDING);
      const err = inner.write(text, w);
      if (cnf.get(DevconfIdx.FORWARDING) === old) return err;
      if (cnf === net.ipv4.devconfDflt) {
        net.world.inet.sysctl.netconfNotify(net, 'new', NetconfAttr.FORWARDING, NETCONFA_IFINDEX_DEFAULT, cnf);
        return err;
      }
      if (cnf === net.ipv4.devconfAll) inetForwardChange(net);
      else net.world.inet.sysctl.netconfNotify(net, 'new', NetconfAttr.FORWARDING, devinetConfIfindex(net, cnf), cnf);
      net.ipv4.fib.rtCacheFlush();
      return err;
    },
  };
}

/** ipv4_doint_and_flush(): proc_dointvec and a route cache flush on change; no explicit-set bit. */
function ipv4DointAndFlush(net: Net, cnf: Ipv4Devconf, i: DevconfIdx): SysctlEntry {
  const inner = procDointvec(devconfCell(cnf, i));
  return {
    mode: 0o644,
    read: inner.read,
    write(text, w) {
      const old = cnf.get(i);
      const err = inner.write(text, w);
      if (cnf.get(i) !== old) net.ipv4.fib.rtCacheFlush();
      return err;
    },
  };
}

function devinetEntry(net: Net, cnf: Ipv4Devconf, i: DevconfIdx, kind: Kind): SysctlEntry {
  switch (kind) {
    case 'forward':
      return devinetSysctlForward(net, cnf);
    case 'flush':
      return ipv4DointAndFlush(net, cnf, i);
    case 'ro':
      return devinetConfProc(net, cnf, i, 0o444);
    case 'rw':
      return devinetConfProc(net, cnf, i, 0o644);
    case 'ext':
      // Not a Linux knob: `sysctl -a` and directory listings show Linux's files only.
      return { ...devinetConfProc(net, cnf, i, 0o644), unlisted: true };
  }
}

/** devinet_sysctl's files of one configuration. */
function devinetTable(net: Net, cnf: Ipv4Devconf): [string, SysctlEntry][] {
  return DEVINET_VARS.map(([i, name, kind]) => [name, devinetEntry(net, cnf, i, kind)]);
}

/** __devinet_sysctl_register(): net/ipv4/conf/NAME/* for a device (or all/default). */
export function devinetSysctlRegister(net: Net, devName: string, cnf: Ipv4Devconf): void {
  net.sysctl.registerLazy(`net/ipv4/conf/${devName}`, devinetTable, net, cnf);
  net.world.inet.sysctl.netconfNotify(net, 'new', NetconfAttr.ALL, devinetConfIfindex(net, cnf), cnf);
}

/** __devinet_sysctl_unregister(net, cnf, ifindex): the directory of that name goes, RTM_DELNETCONF names the device by index (a renamed one too). */
export function devinetSysctlUnregister(net: Net, devName: string, ifindex: number): void {
  net.sysctl.unregister(`net/ipv4/conf/${devName}`);
  net.world.inet.sysctl.netconfNotify(net, 'del', 0 as NetconfAttr, ifindex, null);
}

/**
 * devinet_init_net() for a non-init namespace: conf/all, conf/default,
 * ip_forward (an alias of conf/all/forwarding), and the net.ipv4.* knobs.
 */
export function ipv4SysctlRegister(net: Net): void {
  ipv4NetTableRegister(net, net.sysctl, net.ipv4.sysctl);
  devinetSysctlRegister(net, 'all', net.ipv4.devconfAll);
  devinetSysctlRegister(net, 'default', net.ipv4.devconfDflt);
  net.sysctl.register('net/ipv4/ip_forward', devinetSysctlForward(net, net.ipv4.devconfAll));
}

/* ---------------------------------------------------------------------------
 * net/ipv4/neigh/DEV (neigh_sysctl_template)
 * ------------------------------------------------------------------------- */

/**
 * neigh_proc_update(): after every write, even a refused one, the slot's
 * data_state bit is set; a delay_first_probe_time write is announced.
 */
function neighProc(net: Net, p: NeighParms, slot: NeighVar, inner: SysctlEntry): SysctlEntry {
  return procWrap(inner, (err) => {
    p.markSet(slot);
    if (slot === NeighVar.DELAY_PROBE_TIME) net.world.inet.sysctl.netevent(net, NetEvent.DELAY_PROBE_TIME_UPDATE, p);
    return err;
  });
}

/** neigh_proc_base_reachable_time(): a successful write re-randomizes reachable_time. */
function neighBaseReachable(net: Net, p: NeighParms, inner: SysctlEntry): SysctlEntry {
  return procWrap(neighProc(net, p, NeighVar.BASE_REACHABLE_TIME, inner), (err) => {
    if (!err) neighParmsSetReachable(net, p);
    return err;
  });
}

/** proc_unres_qlen(): unres_qlen_bytes shown in packets of SKB_TRUESIZE(ETH_FRAME_LEN). */
function procUnresQlen(p: NeighParms): SysctlEntry {
  const per = SKB_TRUESIZE_ETH_FRAME_LEN;
  return {
    mode: 0o644,
    read: () => `${BigInt.asIntN(32, queueLenPackets(p.get(NeighVar.QUEUE_LEN_BYTES)))}\n`,
    write(text, w): SysctlErrno | null {
      const max = Math.trunc(INT_MAX / per);
      return doProcDointvecWrite(text, 1, convMinmax(0, max), (_i, v) => p.init(NeighVar.QUEUE_LEN_BYTES, v * per), w);
    },
  };
}

function neighTable(net: Net, p: NeighParms): Array<[string, SysctlEntry]> {
  const cell = (v: NeighVar): IntCell => ({ get: () => p.get(v), set: (x) => p.init(v, x) });
  const zeroIntmax = (v: NeighVar) => neighProc(net, p, v, procDointvecMinmax(cell(v), 0, INT_MAX));
  const userhz = (v: NeighVar) => neighProc(net, p, v, procDointvecUserhzJiffies(cell(v)));
  const jiffies = (v: NeighVar) => neighProc(net, p, v, procDointvecJiffies(cell(v)));
  return [
    ['mcast_solicit', zeroIntmax(NeighVar.MCAST_PROBES)],
    ['ucast_solicit', zeroIntmax(NeighVar.UCAST_PROBES)],
    ['app_solicit', zeroIntmax(NeighVar.APP_PROBES)],
    ['mcast_resolicit', zeroIntmax(NeighVar.MCAST_REPROBES)],
    ['retrans_time', userhz(NeighVar.RETRANS_TIME)],
    ['base_reachable_time', neighBaseReachable(net, p, procDointvecJiffies(cell(NeighVar.BASE_REACHABLE_TIME)))],
    ['delay_first_probe_time', jiffies(NeighVar.DELAY_PROBE_TIME)],
    ['interval_probe_time_ms',
      neighProc(net, p, NeighVar.INTERVAL_PROBE_TIME_MS, procDointvecMsJiffiesMinmax(cell(NeighVar.INTERVAL_PROBE_TIME_MS), 1, null))],
    ['gc_stale_time', jiffies(NeighVar.GC_STALETIME)],
    ['unres_qlen_bytes', zeroIntmax(NeighVar.QUEUE_LEN_BYTES)],
    ['proxy_qlen', zeroIntmax(NeighVar.PROXY_QLEN)],
    ['anycast_delay', userhz(NeighVar.ANYCAST_DELAY)],
    ['proxy_delay', userhz(NeighVar.PROXY_DELAY)],
    ['locktime', userhz(NeighVar.LOCKTIME)],
    ['unres_qlen', neighProc(net, p, NeighVar.QUEUE_LEN_BYTES, procUnresQlen(p))],
    ['retrans_time_ms', neighProc(net, p, NeighVar.RETRANS_TIME, procDointvecMsJiffies(cell(NeighVar.RETRANS_TIME)))],
    ['base_reachable_time_ms', neighBaseReachable(net, p, procDointvecMsJiffies(cell(NeighVar.BASE_REACHABLE_TIME)))],
  ];
}

/** neigh_sysctl_register(dev, parms): net/ipv4/neigh/DEV/* (arp_parms) or net/ipv6/neigh/DEV/* (nd_parms); no gc_* for a device. */
export function neighSysctlRegister(net: Net, devName: string, parms: NeighParms, proto: 'ipv4' | 'ipv6' = 'ipv4'): void {
  net.sysctl.registerLazy(`net/${proto}/neigh/${devName}`, neighTable, net, parms);
}

/** neigh_sysctl_unregister() */
export function neighSysctlUnregister(net: Net, devName: string, proto: 'ipv4' | 'ipv6' = 'ipv4'): void {
  net.sysctl.unregister(`net/${proto}/neigh/${devName}`);
}
