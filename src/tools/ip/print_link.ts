/**
 * print_linkinfo(): one RTM_NEWLINK / RTM_DELLINK message as `ip link`,
 * `ip addr` and `ip monitor` show it.
 * @iproute2 ip/ipaddress.c print_linkinfo(), print_link_flags(), lib/utils.c print_name_and_link()
 */
import { COLOR_IFNAME, COLOR_MAC, operStateColor } from './color.js';
import {
  IFF_ALLMULTI, IFF_AUTOMEDIA, IFF_BROADCAST, IFF_DEBUG, IFF_DORMANT, IFF_DYNAMIC, IFF_ECHO, IFF_LOOPBACK,
  IFF_LOWER_UP, IFF_MASTER, IFF_MULTICAST, IFF_NOARP, IFF_NOTRAILERS, IFF_POINTOPOINT, IFF_PORTSEL, IFF_PROMISC,
  IFF_RUNNING, IFF_SLAVE, IFF_UP,
} from '../../uapi/linux/if.js';
import { ARPHRD_ETHER, ARPHRD_LOOPBACK, ARPHRD_NONE } from '../../uapi/linux/if_arp.js';
import type { IfInfoMsg } from '../../uapi/linux/if_link.js';
import type { NlMsg } from '../../uapi/linux/netlink.js';
import { RTM_DELLINK } from '../../uapi/linux/rtnetlink.js';
import { PRINT_ANY, PRINT_FP, PRINT_JSON, type Printer } from './json_print.js';
import { AF_PACKET, type IpCtx } from './utils.js';
import { printLinkStats } from './link_stats.js';
import { nameFromNsid } from './ipnetns.js';
import { getLinkKind } from './link_util.js';

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

/** ll_type_n2a(): `[N]` for a type it does not name, and for every type under -N (numeric). */
function linkTypeName(type: number, numeric: boolean): string {
  if (numeric) return `[${type}]`;
  if (type === ARPHRD_ETHER) return 'ether';
  if (type === ARPHRD_LOOPBACK) return 'loopback';
  // arphrd_names[]: __PF(NONE,none) (a tun device).
  if (type === ARPHRD_NONE) return 'none';
  return `[${type}]`;
}

/** print_name_and_link(): `name@peer`, `name@ifN`, or `name@NONE`; returns the M-DOWN flag. */
export function printNameAndLink(ctx: IpCtx, pr: Printer, fmt: string, m: IfInfoMsg): boolean {
  let name = m.ifname ?? '';
  let mdown = false;
  if (m.link !== undefined) {
    const iflink = m.link;
    if (iflink) {
      if (m.linkNetnsid !== undefined) {
        if (pr.isJson) pr.number(PRINT_JSON, 'link_index', '', iflink);
        else name = `${name}@if${iflink}`;
      } else {
        const link = ctx.ll.indexToName(iflink);
        if (pr.isJson) pr.string(PRINT_JSON, 'link', '', link);
        else name = `${name}@${link}`;
        mdown = !(ctx.ll.indexToFlags(iflink) & IFF_UP);
      }
    } else if (pr.isJson) pr.null(PRINT_JSON, 'link', '', '');
    else name = `${name}@NONE`;
  }
  pr.colorString(PRINT_ANY, COLOR_IFNAME, 'ifname', fmt, name);
  return mdown;
}

/** print_linkinfo_brief() */
function printLinkinfoBrief(ctx: IpCtx, pr: Printer, m: IfInfoMsg): void {
  const mdown = printNameAndLink(ctx, pr, '%-16s ', m);
  if (m.operstate !== undefined) pr.colorString(PRINT_ANY, operStateColor(m.operstate), 'operstate', '%-14s ', OPER_STATES[m.operstate] ?? 'UNKNOWN');
  if (ctx.opts.family === AF_PACKET) {
    if (m.address) pr.colorString(PRINT_ANY, COLOR_MAC, 'address', '%s ', llAddr(m.address));
    printLinkFlags(pr, m.flags ?? 0, mdown);
    pr.string(PRINT_FP, null, '%s', '\n');
  }
}

export interface LinkPrintOpts {
  /** filter.showqueue: `qlen N` */
  showQueue: boolean;
  /** do_link: `mode`, stats, alias (ip link, not ip addr or ip monitor). */
  doLink: boolean;
  /** filter.family, when it is not the -4/-6/-0 option's: ip monitor resets it to 0 (ipaddr_reset_filter()). */
  family?: number;
}

/** print_linkinfo(): the record ends with its newline (none in brief mode). */
export function printLinkinfo(ctx: IpCtx, pr: Printer, msg: NlMsg<IfInfoMsg>, o: LinkPrintOpts): void {
  const m = msg.body;
  if (msg.type === RTM_DELLINK) pr.bool(PRINT_ANY, 'deleted', 'Deleted ', true);
  if (ctx.opts.brief) {
    printLinkinfoBrief(ctx, pr, m);
    return;
  }
  pr.number(PRINT_ANY, 'ifindex', '%d: ', m.index);
  const mdown = printNameAndLink(ctx, pr, '%s: ', m);
  printLinkFlags(pr, m.flags ?? 0, mdown);
  if (m.mtu !== undefined) pr.number(PRINT_ANY, 'mtu', 'mtu %u ', m.mtu);
  if (m.qdisc !== undefined) pr.string(PRINT_ANY, 'qdisc', 'qdisc %s ', m.qdisc);
  if (m.master !== undefined) pr.string(PRINT_ANY, 'master', 'master %s ', ctx.ll.indexToName(m.master));
  if (m.operstate !== undefined) {
    // print_operstate(): "state " plain, the state's color around "%s "
    pr.string(PRINT_FP, null, 'state ', null);
    pr.colorString(PRINT_ANY, operStateColor(m.operstate), 'operstate', '%s ', OPER_STATES[m.operstate] ?? 'UNKNOWN');
  }
  if (o.doLink && m.linkmode !== undefined) pr.string(PRINT_ANY, 'linkmode', 'mode %s ', m.linkmode ? 'DORMANT' : 'DEFAULT');
  if (m.group !== undefined) pr.string(PRINT_ANY, 'group', 'group %s ', ctx.names.groupN2a(m.group, ctx.opts.numeric));
  // print_queuelen(): a queue length of 0 is not printed.
  if (o.showQueue && m.txqlen) pr.number(PRINT_ANY, 'txqlen', 'qlen %d', m.txqlen | 0);
  if (m.event !== undefined) printLinkEvent(pr, m.event);
  const fam = o.family ?? ctx.opts.family;
  if (!fam || fam === AF_PACKET || ctx.opts.details) printLinkLayer(pr, m, ctx.opts.numeric);
  printLinkNetns(ctx, pr, m);
  printProtoDown(pr, m);
  if (ctx.opts.details) printLinkDetails(ctx, pr, m, o.doLink);
  if ((o.doLink || ctx.opts.details) && m.ifalias !== undefined) {
    pr.string(PRINT_FP, null, '%s    ', pr.sl);
    pr.string(PRINT_ANY, 'ifalias', 'alias %s', m.ifalias);
  }
  if (o.doLink && ctx.opts.stats && m.stats64) {
    pr.nl();
    printLinkStats(pr, m.stats64, m.carrierChanges ?? 0, ctx.opts.stats, ctx.opts);
  }
  if (m.altnames) printAltnames(pr, m.altnames);
  pr.string(PRINT_FP, null, '%s', '\n');
}

/** IFLA_PROP_LIST: an "altname NAME" line each, the "altnames" array in JSON. */
function printAltnames(pr: Printer, altnames: readonly string[]): void {
  pr.openJsonArray(PRINT_JSON, 'altnames');
  for (const name of altnames) {
    pr.string(PRINT_FP, null, '%s    altname ', pr.sl);
    pr.string(PRINT_ANY, null, '%s', name);
  }
  pr.closeJsonArray(PRINT_JSON, null);
}

const LINK_EVENTS = ['NONE', 'REBOOT', 'FEATURE CHANGE', 'BONDING FAILOVER', 'NOTIFY PEERS', 'RESEND IGMP', 'BONDING OPTION'];

/** print_link_event(): IFLA_EVENT of a notification. */
function printLinkEvent(pr: Printer, event: number): void {
  const name = LINK_EVENTS[event];
  if (name === undefined) pr.number(PRINT_ANY, 'event', 'event %d ', event);
  else if (event) pr.string(PRINT_ANY, 'event', 'event %s ', name);
}

/** The `link/ether ADDR brd BRD` line. */
function printLinkLayer(pr: Printer, m: IfInfoMsg, numeric: boolean): void {
  pr.nl();
  pr.string(PRINT_ANY, 'link_type', '    link/%s ', linkTypeName(m.type ?? 0, numeric));
  if (m.address) pr.colorString(PRINT_ANY, COLOR_MAC, 'address', '%s', llAddr(m.address));
  if (m.broadcast) {
    if ((m.flags ?? 0) & IFF_POINTOPOINT) {
      pr.string(PRINT_FP, null, ' peer ', null);
      pr.bool(PRINT_JSON, 'link_pointtopoint', '', true);
    } else pr.string(PRINT_FP, null, ' brd ', null);
    pr.colorString(PRINT_ANY, COLOR_MAC, 'broadcast', '%s', llAddr(m.broadcast));
  }
  if (m.permAddress && (!m.address || llAddr(m.address) !== llAddr(m.permAddress))) {
    pr.string(PRINT_FP, null, ' permaddr ', null);
    pr.colorString(PRINT_ANY, COLOR_MAC, 'permaddr', '%s', llAddr(m.permAddress));
  }
}

/**
 * The -details fields: promiscuity, allmulti, mtu bounds, the link kind,
 * the IPv6 address generation mode (ip link only), queues and GSO.
 */
function printLinkDetails(ctx: IpCtx, pr: Printer, m: IfInfoMsg, doLink: boolean): void {
  const u = (key: string, fmt: string, v: number | undefined): void => {
    if (v !== undefined) pr.number(PRINT_ANY, key, fmt, v);
  };
  u('promiscuity', ' promiscuity %u ', m.promiscuity);
  u('allmulti', ' allmulti %u ', m.allmulti);
  u('min_mtu', 'minmtu %u ', m.minMtu);
  u('max_mtu', 'maxmtu %u ', m.maxMtu);
  if (m.linkinfo) printLinktype(ctx, pr, m);
  if (doLink && m.afSpec?.inet6AddrGenMode !== undefined) {
    // print_af_spec(): the mode's name, else "%#.2hhx".
    const mode = m.afSpec.inet6AddrGenMode;
    const name = ['eui64', 'none', 'stable_secret', 'random'][mode] ?? `0x${(mode & 0xff).toString(16).padStart(2, '0')}`;
    pr.string(PRINT_ANY, 'inet6_addr_gen_mode', 'addrgenmode %s ', name);
  }
  u('num_tx_queues', 'numtxqueues %u ', m.numTxQueues);
  u('num_rx_queues', 'numrxqueues %u ', m.numRxQueues);
  u('gso_max_size', 'gso_max_size %u ', m.gsoMaxSize);
  u('gso_max_segs', 'gso_max_segs %u ', m.gsoMaxSegs);
  u('tso_max_size', 'tso_max_size %u ', m.tsoMaxSize);
  u('tso_max_segs', 'tso_max_segs %u ', m.tsoMaxSegs);
  u('gro_max_size', 'gro_max_size %u ', m.groMaxSize);
}

/** print_linktype(): the kind and its data, then the slave kind and its data. */
function printLinktype(ctx: IpCtx, pr: Printer, m: IfInfoMsg): void {
  const li = m.linkinfo!;
  pr.openJsonObject('linkinfo');
  if (li.kind) {
    pr.nl();
    pr.string(PRINT_ANY, 'info_kind', '    %s ', li.kind);
    const lu = getLinkKind(li.kind);
    if (lu?.printOpt) {
      pr.openJsonObject('info_data');
      if (li.data !== undefined) lu.printOpt(ctx, pr, li.data);
      pr.closeJsonObject();
    }
  }
  if (li.slaveKind) {
    pr.nl();
    pr.string(PRINT_ANY, 'info_slave_kind', '    %s_slave ', li.slaveKind);
    const slu = getLinkKind(`${li.slaveKind}_slave`);
    if (slu?.printOpt) {
      pr.openJsonObject('info_slave_data');
      if (li.slaveData !== undefined) slu.printOpt(ctx, pr, li.slaveData);
      pr.closeJsonObject();
    }
  }
  pr.closeJsonObject();
}

/** print_proto_down(): "protodown on", the reason bits as numbers (protodown_reason_n2a() without a names file). */
function printProtoDown(pr: Printer, m: IfInfoMsg): void {
  if (m.protoDown) pr.bool(PRINT_ANY, 'proto_down', ' protodown on ', true);
  // rta_getattr_u8() of the u32 IFLA_PROTO_DOWN_REASON_VALUE: only reasons 0-7 are ever printed.
  let reason = (m.protoDownReason?.value ?? 0) & 0xff;
  if (!reason) return;
  pr.openJsonArray(PRINT_ANY, pr.isJson ? 'proto_down_reason' : 'protodown_reason <');
  let start = true;
  for (let i = 0; reason; i++, reason >>>= 1) {
    if (!(reason & 1)) continue;
    pr.string(PRINT_ANY, null, start ? '%s' : ',%s', `${i}`);
    start = false;
  }
  pr.closeJsonArray(PRINT_ANY, '>');
}

/** IFLA_LINK_NETNSID / IFLA_NEW_NETNSID / IFLA_NEW_IFINDEX */
function printLinkNetns(ctx: IpCtx, pr: Printer, m: IfInfoMsg): void {
  if (m.linkNetnsid !== undefined) {
    const id = m.linkNetnsid;
    if (pr.isJson) pr.number(PRINT_JSON, 'link_netnsid', '', id);
    else if (id < 0) pr.string(PRINT_FP, null, ' link-netnsid %s', 'unknown');
    else {
      const name = nameFromNsid(ctx, id);
      if (name) pr.string(PRINT_FP, null, ' link-netns %s', name);
      else pr.number(PRINT_FP, null, ' link-netnsid %d', id);
    }
  }
  if (m.newNetnsid !== undefined) {
    const name = nameFromNsid(ctx, m.newNetnsid);
    if (name) pr.string(PRINT_FP, null, ' new-netns %s', name);
    else pr.number(PRINT_FP, null, ' new-netnsid %d', m.newNetnsid);
  }
  if (m.newIfindex !== undefined) pr.number(PRINT_FP, null, ' new-ifindex %d', m.newIfindex);
}
