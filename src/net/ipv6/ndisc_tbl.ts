/**
 * nd_tbl: the IPv6 neighbour table, as far as tuxnet's IPv6 goes. Every
 * multicast packet the stack sends (MLD reports to ff02::16, DAD
 * solicitations to a solicited-node group, router solicitations to
 * ff02::2) looks its destination up in the table on the way out
 * (ip6_finish_output2) and creates the entry when missing; the constructor
 * makes a multicast key NUD_NOARP with the group's 33:33 address, so
 * `ip neigh show nud all` lists them. The device events flush the table
 * as ndisc_netdev_event() and rt6_disable_ip() do. Entries added by hand
 * (`ip -6 neigh add`) follow the generic NUD machine; tuxnet sends no
 * neighbour solicitation for them (no IPv6 data traffic).
 * @linux net/ipv6/ndisc.c nd_tbl ndisc_constructor() ndisc_netdev_event() ndisc_mc_map(),
 *        net/ipv6/ip6_output.c ip6_finish_output2(), net/ipv6/route.c rt6_disable_ip()
 */
import type { Net, NetWorld, PernetOperations } from '../core/net_namespace.js';
import { NetdevEvent } from '../core/net_namespace.js';
import { notifierMask } from '../core/notifier.js';
import type { NetDevice } from '../core/netdevice.js';
import { IFF_LOOPBACK, IFF_NOARP, IFF_POINTOPOINT } from '../core/netdevice.js';
import { KError } from '../core/errno.js';
import { kfreeSkbReason } from '../core/drop_reason.js';
import {
  NUD_NOARP, NUD_VALID, NeighKeyMap, NeighTable, neighCarrierDown, neighChangeaddr, neighNoarpChange, neighCreate, neighFindTable, neighIfdown,
  neighLookupNoref, neighParmsAlloc, neighParmsInitReachable, neighParmsRelease, neighTableClear, neighTableInit, type NeighOps, type NeighTableOps, type Neighbour,
} from '../core/neighbour.js';
import { ARP_PARMS_DATA, NeighParms, NeighVar } from '../core/neigh_parms.js';
import { neighSysctlRegister, neighSysctlUnregister } from '../ipv4/devinet_sysctl.js';
import type { NetnsIpv6 } from './if_inet6.js';
import { neighDirectOutput, neighResolveOutput } from '../core/neigh_output.js';
import { devHasHeaderOps } from '../ethernet/eth_header.js';
import { ETH_P_IPV6 } from '../../wire/ethernet.js';
import { ipv6EthMcMapInto } from '../../wire/ipv6.js';
import { RTN_LOCAL, RTN_MULTICAST, RTN_UNICAST } from '../../uapi/linux/rtmsg.js';

export const AF_INET6 = 10;

/** ndisc_hh_ops. Linux: solicit is ndisc_solicit(); tuxnet sends no solicitation for a unicast neighbour. */
const ndiscHhOps: NeighOps = {
  family: AF_INET6, solicit: null, errorReport: null, output: neighResolveOutput, connectedOutput: neighResolveOutput,
};

/** ndisc_direct_ops */
const ndiscDirectOps: NeighOps = {
  family: AF_INET6, solicit: null, errorReport: null, output: neighDirectOutput, connectedOutput: neighDirectOutput,
};

/** ipv6_addr_is_multicast() */
function isMulticast(addr: Uint8Array): boolean {
  return addr[0] === 0xff;
}

/**
 * ndisc_constructor(): no inet6_dev is EINVAL; without header_ops the entry
 * is NOARP; a multicast key maps to 33:33 and the group's low 32 bits, a
 * NOARP or loopback device's keys to its own address, a point-to-point
 * device's to its broadcast address.
 */
function ndiscConstructor(n: Neighbour, keys: NeighKeyMap): KError | null {
  const dev = n.dev;
  // tuxnet makes the inet6_dev's conf and nd_parms at registration, its Inet6Dev when the link is ready.
  const parms = dev.net.ipv6?.ndParms.get(dev);
  if (!parms) return new KError('EINVAL');
  const addr = keys.bytes(n.primaryKey);
  const mcast = isMulticast(addr);
  n.parms = parms;
  neighParmsInitReachable(dev.net, parms);
  n.type = mcast ? RTN_MULTICAST : RTN_UNICAST;
  if (!devHasHeaderOps(dev)) {
    n.nudState = NUD_NOARP;
    n.ops = ndiscDirectOps;
    n.output = neighDirectOutput;
    return null;
  }
  if (mcast) {
    n.nudState = NUD_NOARP;
    ipv6EthMcMapInto(addr, n.ha);
  } else if (dev.flags & (IFF_NOARP | IFF_LOOPBACK)) {
    n.nudState = NUD_NOARP;
    n.ha.set(dev.devAddr.subarray(0, n.ha.length));
    if (dev.flags & IFF_LOOPBACK) n.type = RTN_LOCAL;
  } else if (dev.flags & IFF_POINTOPOINT) {
    n.nudState = NUD_NOARP;
    n.ha.set(dev.broadcast.subarray(0, n.ha.length));
  }
  n.ops = ndiscHhOps;
  n.output = n.nudState & NUD_VALID ? n.ops.connectedOutput : n.ops.output;
  return null;
}

/** ndisc_allow_add(): no entry by hand on a device whose IPv6 is off. */
function ndiscAllowAdd(dev: NetDevice): KError | null {
  const cnf = dev.net.ipv6?.confs.get(dev);
  if (!cnf || cnf.get('disable_ipv6')) return new KError('EINVAL', 'IPv6 is disabled on this device');
  return null;
}

/** nd_tbl's table operations, over the key numbering of this namespace's table. */
function ndTblOps(keys: NeighKeyMap): NeighTableOps {
  return {
    id: 'ndisc_cache',
    family: AF_INET6,
    protocol: ETH_P_IPV6,
    keyLen: 16,
    construct: (n) => ndiscConstructor(n, keys),
    allowAdd: ndiscAllowAdd,
    isMulticast: (key) => isMulticast(keys.bytes(key)),
    // pndisc_redo(): tuxnet answers no neighbour solicitation.
    proxyRedo: (skb) => kfreeSkbReason(skb.dev!.net, skb, 'NOT_SPECIFIED', 'pndisc_redo'),
  };
}

/** The namespace's nd_tbl, once ndisc's pernet init ran. */
export function ndTbl(net: Net): NeighTable | null {
  return neighFindTable(net, AF_INET6);
}

/**
 * ip6_finish_output2()'s neighbour: __ipv6_neigh_lookup_noref(), else
 * __neigh_create(); the first packet goes through neigh_resolve_output(),
 * whose neigh_event_send() marks the entry used.
 */
export function ndiscNeighOutput(dev: NetDevice, daddr: Uint8Array): void {
  const tbl = ndTbl(dev.net);
  const keys = tbl?.keys;
  if (!tbl || !keys) return;
  const key = keys.key(daddr);
  let n = neighLookupNoref(tbl, key, dev);
  if (!n) {
    const c = neighCreate(tbl, key, dev);
    if (c instanceof KError) return;
    n = c;
  }
  n.used = tbl.net.sched.now;
}

/** rt6_disable_ip()'s neigh_ifdown(&nd_tbl, dev): addrconf_ifdown() (down, disable_ipv6, unregister). */
export function ndiscIfdown(dev: NetDevice): void {
  const tbl = ndTbl(dev.net);
  if (tbl) neighIfdown(tbl, dev);
}

/**
 * ndisc_netdev_event(): a new address or a NOARP flip flushes the
 * device's entries, a lost carrier those not PERMANENT
 * (ndisc_evict_nocarrier, on by default), going down all of them.
 */
function ndiscNetdevEvent(tbl: NeighTable, ev: NetdevEvent, dev: NetDevice): void {
  switch (ev) {
    case NetdevEvent.CHANGEADDR:
      neighChangeaddr(tbl, dev);
      break;
    case NetdevEvent.CHANGE: {
      neighNoarpChange(tbl, dev);
      const v6 = dev.net.ipv6;
      const idev = v6?.idevs.get(dev);
      const evict = !idev || idev.conf('ndisc_evict_nocarrier') !== 0 || (v6?.all.get('ndisc_evict_nocarrier') ?? 0) !== 0;
      if (evict && !dev.carrier) neighCarrierDown(tbl, dev);
      break;
    }
    case NetdevEvent.UP:
      tbl.devNoarp.set(dev, dev.flags & IFF_NOARP);
      break;
    case NetdevEvent.DOWN:
    case NetdevEvent.UNREGISTER:
      neighIfdown(tbl, dev);
      break;
  }
}

/** nd_tbl.parms and every device's nd_parms: the ARP defaults but locktime 0 (ndisc.c sets no LOCKTIME). */
function ndParmsNew(): NeighParms {
  return new NeighParms(ND_PARMS_DATA);
}

/** nd_tbl.parms.data: arp_tbl's without a locktime. */
const ND_PARMS_DATA: readonly number[] = ARP_PARMS_DATA.map((v, i) => (i === NeighVar.LOCKTIME ? 0 : v));

/**
 * ipv6_add_dev()'s neigh_parms_alloc(dev, &nd_tbl) and
 * neigh_sysctl_register(): the device's nd_parms and its
 * net.ipv6.neigh.DEV directory.
 */
export function ndiscParmsAlloc(net: Net, v6: NetnsIpv6, dev: NetDevice): void {
  const p = ndParmsNew();
  v6.ndParms.set(dev, p);
  const tbl = ndTbl(net);
  if (tbl) neighParmsAlloc(tbl, p, dev);
  neighSysctlRegister(net, dev.name, p, 'ipv6');
}

/** in6_dev_finish_destroy()'s neigh_parms_release() and neigh_sysctl_unregister(). */
export function ndiscParmsRelease(net: Net, v6: NetnsIpv6, dev: NetDevice, name: string): void {
  const p = v6.ndParms.get(dev);
  if (!p) return;
  v6.ndParms.delete(dev);
  const tbl = ndTbl(net);
  if (tbl) neighParmsRelease(tbl, p);
  neighSysctlUnregister(net, name, 'ipv6');
}

/** addrconf_sysctl_unregister/register on NETDEV_CHANGENAME: the neigh directory follows the name. */
export function ndiscParmsRename(net: Net, v6: NetnsIpv6, dev: NetDevice, oldName: string): void {
  const p = v6.ndParms.get(dev);
  if (!p) return;
  neighSysctlUnregister(net, oldName, 'ipv6');
  neighSysctlRegister(net, dev.name, p, 'ipv6');
}

/** The events ndisc_netdev_event() acts on (the others do not call it). */
const NDISC_EVENTS = notifierMask(NetdevEvent.CHANGEADDR, NetdevEvent.CHANGE, NetdevEvent.UP, NetdevEvent.DOWN, NetdevEvent.UNREGISTER);

/** ndisc_net_init() with neigh_table_init(NEIGH_ND_TABLE): the table (with the devices' nd_parms already made) and its netdev notifier. */
/** ndisc_netdev_event() on the table of the device's namespace. */
function ndiscNotifier(ev: NetdevEvent, dev: NetDevice): void {
  const tbl = dev.net.neighTables.get(AF_INET6);
  if (tbl) ndiscNetdevEvent(tbl, ev, dev);
}

function ndiscNetInit(net: Net): void {
  const keys = new NeighKeyMap();
  const tbl = new NeighTable(net, ndTblOps(keys), keys);
  tbl.parms.init(NeighVar.LOCKTIME, 0);
  for (const [dev, p] of net.ipv6?.ndParms ?? []) neighParmsAlloc(tbl, p, dev);
  neighTableInit(net, tbl);
  net.netdevChain.register(ndiscNotifier, 0, NDISC_EVENTS);
}

/** The table's entries go with the namespace. */
function ndiscNetExit(net: Net): void {
  const tbl = ndTbl(net);
  if (!tbl) return;
  neighIfdown(tbl, null);
  neighTableClear(net, tbl);
}

const ndiscNetOps: PernetOperations = { name: 'ndisc', init: ndiscNetInit, exit: ndiscNetExit };

/** ndisc_init(): nd_tbl in every namespace. */
export function ndiscInit(world: NetWorld): void {
  world.pernet.register(ndiscNetOps);
}
