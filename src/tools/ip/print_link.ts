/**
 * print_linkinfo(): one device as `ip link` / `ip addr` show it.
 * @iproute2 ip/ipaddress.c print_linkinfo(), print_link_flags(), lib/utils.c print_name_and_link()
 */
import type { NetDevice } from '../../net/core/netdevice.js';
import {
  ARPHRD_ETHER, ARPHRD_LOOPBACK, IFF_ALLMULTI, IFF_AUTOMEDIA, IFF_BROADCAST, IFF_DEBUG, IFF_DORMANT, IFF_DYNAMIC,
  IFF_ECHO, IFF_LOOPBACK, IFF_LOWER_UP, IFF_MASTER, IFF_MULTICAST, IFF_NOARP, IFF_NOTRAILERS, IFF_POINTOPOINT,
  IFF_PORTSEL, IFF_PROMISC, IFF_RUNNING, IFF_SLAVE, IFF_UP,
} from '../../net/core/netdevice.js';
import { reportedOperstate } from '../../net/core/dev.js';
import type { Net } from '../../net/core/net_namespace.js';
import { PRINT_ANY, PRINT_FP, PRINT_JSON, type Printer } from './json_print.js';
import { AF_PACKET, type IpCtx } from './utils.js';
import { printLinkStats } from './link_stats.js';

const FLAG_NAMES: [number, string][] = [
  [IFF_LOOPBACK, 'LOOPBACK'], [IFF_BROADCAST, 'BROADCAST'], [IFF_POINTOPOINT, 'POINTOPOINT'],
  [IFF_MULTICAST, 'MULTICAST'], [IFF_NOARP, 'NOARP'], [IFF_ALLMULTI, 'ALLMULTI'], [IFF_PROMISC, 'PROMISC'],
  [IFF_MASTER, 'MASTER'], [IFF_SLAVE, 'SLAVE'], [IFF_DEBUG, 'DEBUG'], [IFF_DYNAMIC, 'DYNAMIC'],
  [IFF_AUTOMEDIA, 'AUTOMEDIA'], [IFF_PORTSEL, 'PORTSEL'], [IFF_NOTRAILERS, 'NOTRAILERS'], [IFF_UP, 'UP'],
  [IFF_LOWER_UP, 'LOWER_UP'], [IFF_DORMANT, 'DORMANT'], [IFF_ECHO, 'ECHO'],
];

export const OPER_STATES = ['UNKNOWN', 'NOTPRESENT', 'DOWN', 'LOWERLAYERDOWN', 'TESTING', 'DORMANT', 'UP'];

/** print_link_flags() */
export function printLinkFlags(pr: Printer, flags: number, mdown: boolean): void {
  pr.openJsonArray(PRINT_ANY, pr.isJson ? 'flags' : '<');
  if (flags & IFF_UP && !(flags & IFF_RUNNING)) pr.string(PRINT_ANY, null, flags ? '%s,' : '%s', 'NO-CARRIER');
  flags &= ~IFF_RUNNING;
  for (const [bit, name] of FLAG_NAMES) {
    if (!(flags & bit)) continue;
    flags &= ~bit;
    pr.string(PRINT_ANY, null, flags ? '%s,' : '%s', name);
  }
  if (flags) pr.hex(PRINT_ANY, null, '%x', flags);
  if (mdown) pr.string(PRINT_ANY, null, ',%s', 'M-DOWN');
  pr.closeJsonArray(PRINT_ANY, '> ');
}

/** ll_addr_n2a() for Ethernet-like addresses: lowercase hex with colons. */
export function llAddr(a: Uint8Array): string {
  return [...a].map((b) => b.toString(16).padStart(2, '0')).join(':');
}

function linkTypeName(type: number): string {
  if (type === ARPHRD_ETHER) return 'ether';
  if (type === ARPHRD_LOOPBACK) return 'loopback';
  return `[${type}]`;
}

/** The IFLA_LINK / IFLA_LINK_NETNSID pair a dump reports for `dev`. */
function linkInfo(dev: NetDevice): { iflink: number; netnsid: number | null } | null {
  if (!dev.ops.getIflink) return null;
  const iflink = dev.ops.getIflink(dev);
  const linkNet = dev.ops.getLinkNet?.(dev) ?? null;
  // rtnl_fill_link_netnsid() allocates the peer namespace's id while dumping.
  if (linkNet && linkNet !== dev.net) return { iflink, netnsid: dev.net.peernet2idAlloc(linkNet) };
  return { iflink, netnsid: null };
}

/** The name of the namespace the caller's `ip` sees as `id` (get_name_from_nsid). */
function nameFromNsid(ctx: IpCtx, net: Net, id: number): string | null {
  const target = net.netById(id);
  if (!target) return null;
  for (const [name, n] of ctx.p.lab.netns) if (n === target) return name;
  return null;
}

/** print_name_and_link(): `name@peer`, `name@ifN`, or `name@NONE`; returns the M-DOWN flag. */
export function printNameAndLink(pr: Printer, fmt: string, dev: NetDevice): boolean {
  const li = linkInfo(dev);
  let name = dev.name;
  let mdown = false;
  if (li) {
    if (li.iflink) {
      if (li.netnsid !== null) {
        if (pr.isJson) pr.number(PRINT_JSON, 'link_index', '', li.iflink);
        else name = `${name}@if${li.iflink}`;
      } else {
        const peer = dev.net.devByIndex(li.iflink);
        const link = peer?.name ?? `if${li.iflink}`;
        if (pr.isJson) pr.string(PRINT_JSON, 'link', '', link);
        else name = `${name}@${link}`;
        mdown = !peer || !(peer.flags & IFF_UP);
      }
    } else if (pr.isJson) pr.null(PRINT_JSON, 'link', '', '');
    else name = `${name}@NONE`;
  }
  pr.string(PRINT_ANY, 'ifname', fmt, name);
  return mdown;
}

/** print_linkinfo_brief() */
function printLinkinfoBrief(ctx: IpCtx, pr: Printer, dev: NetDevice): void {
  const mdown = printNameAndLink(pr, '%-16s ', dev);
  pr.string(PRINT_ANY, 'operstate', '%-14s ', OPER_STATES[reportedOperstate(dev)]!);
  if (ctx.opts.family === AF_PACKET) {
    pr.string(PRINT_ANY, 'address', '%s ', llAddr(dev.devAddr));
    printLinkFlags(pr, dev.ifiFlags, mdown);
    pr.string(PRINT_FP, null, '%s', '\n');
  }
}

/** print_linkinfo(): returns false when the device is filtered out. */
export function printLinkinfo(ctx: IpCtx, pr: Printer, dev: NetDevice, o: { showQueue: boolean; doLink: boolean }): void {
  if (ctx.opts.brief) {
    printLinkinfoBrief(ctx, pr, dev);
    return;
  }
  pr.number(PRINT_ANY, 'ifindex', '%d: ', dev.ifindex);
  const mdown = printNameAndLink(pr, '%s: ', dev);
  printLinkFlags(pr, dev.ifiFlags, mdown);
  pr.number(PRINT_ANY, 'mtu', 'mtu %u ', dev.mtu);
  pr.string(PRINT_ANY, 'qdisc', 'qdisc %s ', dev.qdisc);
  pr.string(PRINT_ANY, 'operstate', 'state %s ', OPER_STATES[reportedOperstate(dev)]!);
  if (o.doLink) pr.string(PRINT_ANY, 'linkmode', 'mode %s ', 'DEFAULT');
  pr.string(PRINT_ANY, 'group', 'group %s ', dev.group === 0 ? 'default' : String(dev.group));
  if (o.showQueue) pr.number(PRINT_ANY, 'txqlen', 'qlen %d', dev.txQueueLen);
  const fam = ctx.opts.family;
  if (!fam || fam === AF_PACKET || ctx.opts.details) {
    pr.nl();
    pr.string(PRINT_ANY, 'link_type', '    link/%s ', linkTypeName(dev.type));
    pr.string(PRINT_ANY, 'address', '%s', llAddr(dev.devAddr));
    pr.string(PRINT_FP, null, ' brd ', null);
    pr.string(PRINT_ANY, 'broadcast', '%s', llAddr(dev.broadcast));
  }
  printLinkNetns(ctx, pr, dev);
  if (ctx.opts.details) printLinkDetails(pr, dev);
  if (o.doLink && ctx.opts.stats) {
    pr.nl();
    printLinkStats(pr, dev, ctx.opts.stats);
  }
}

/**
 * The -details fields: promiscuity, allmulti, mtu bounds, the link kind,
 * the IPv6 address generation mode Linux always reports, queues and GSO.
 */
function printLinkDetails(pr: Printer, dev: NetDevice): void {
  pr.number(PRINT_ANY, 'promiscuity', ' promiscuity %u ', dev.promiscuity);
  pr.number(PRINT_ANY, 'allmulti', ' allmulti %u ', dev.allmulti);
  pr.number(PRINT_ANY, 'min_mtu', 'minmtu %u ', dev.minMtu);
  pr.number(PRINT_ANY, 'max_mtu', 'maxmtu %u ', dev.maxMtu);
  if (dev.ops.kind) {
    pr.openJsonObject('linkinfo');
    pr.nl();
    pr.string(PRINT_ANY, 'info_kind', '    %s ', dev.ops.kind);
    pr.closeJsonObject();
  }
  pr.string(PRINT_ANY, 'inet6_addr_gen_mode', 'addrgenmode %s ', 'eui64');
  pr.number(PRINT_ANY, 'num_tx_queues', 'numtxqueues %u ', dev.numTxQueues);
  pr.number(PRINT_ANY, 'num_rx_queues', 'numrxqueues %u ', dev.numRxQueues);
  pr.number(PRINT_ANY, 'gso_max_size', 'gso_max_size %u ', dev.gsoMaxSize);
  pr.number(PRINT_ANY, 'gso_max_segs', 'gso_max_segs %u ', dev.gsoMaxSegs);
  pr.number(PRINT_ANY, 'tso_max_size', 'tso_max_size %u ', dev.tsoMaxSize);
  pr.number(PRINT_ANY, 'tso_max_segs', 'tso_max_segs %u ', dev.tsoMaxSegs);
  pr.number(PRINT_ANY, 'gro_max_size', 'gro_max_size %u ', dev.groMaxSize);
}

function printLinkNetns(ctx: IpCtx, pr: Printer, dev: NetDevice): void {
  const li = linkInfo(dev);
  if (!li || li.netnsid === null) return;
  const id = li.netnsid;
  if (pr.isJson) {
    pr.number(PRINT_JSON, 'link_netnsid', '', id);
    return;
  }
  if (id < 0) {
    pr.string(PRINT_FP, null, ' link-netnsid %s', 'unknown');
    return;
  }
  const name = nameFromNsid(ctx, dev.net, id);
  if (name) pr.string(PRINT_FP, null, ' link-netns %s', name);
  else pr.number(PRINT_FP, null, ' link-netnsid %d', id);
}
