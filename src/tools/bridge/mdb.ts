/**
 * `bridge mdb show|add|del`: the bridges' multicast groups (RTM_GETMDB
 * dumps, RTM_NEWMDB/RTM_DELMDB requests of family PF_BRIDGE).
 * @iproute2 bridge/mdb.c
 */
import { ifaFamilyColor, COLOR_IFNAME } from '../ip/color.js';
import { AF_INET, AF_INET6, AF_PACKET } from '../../uapi/linux/socket.js';
import { AF_BRIDGE, MDB_FLAGS_BLOCKED, MDB_FLAGS_FAST_LEAVE, MDB_FLAGS_OFFLOAD, MDB_FLAGS_STAR_EXCL, MDB_PERMANENT, type BrMdbEntry, type BrMdbRouterPort, type BrMdbSrcEntry, type BrPortMsg } from '../../uapi/linux/if_bridge.js';
import { NLM_F_CREATE, NLM_F_EXCL, type NlMsg } from '../../uapi/linux/netlink.js';
import { RTM_DELMDB, RTM_GETMDB, RTM_NEWMDB } from '../../uapi/linux/rtnetlink.js';
import { ETH_P_IP, ETH_P_IPV6 } from '../../wire/ethernet.js';
import { ipToString, parseIp } from '../../wire/ipv4.js';
import { inet6Pton, ipv6ToString } from '../../wire/ipv6.js';
import { PRINT_ANY, PRINT_FP, PRINT_JSON, type Printer } from '../ip/json_print.js';
import { duparg, fail, matches, rtnlDump, rtnlTalk, type IpCtx } from '../ip/utils.js';
import { atoi } from '../lib/stdlib.js';
import { llAddrA2n } from '../ip/ll_addr.js';

const USAGE =
  'Usage: bridge mdb { add | del } dev DEV port PORT grp GROUP [src SOURCE] [permanent | temp] [vid VID]\n' +
  '       bridge mdb {show} [ dev DEV ] [ vid VID ]';

/** include/uapi/linux/in.h MCAST_INCLUDE */
const MCAST_INCLUDE = 1;

export interface MdbFilter {
  index: number;
  vlan: number;
}

/** format_timer(): clock_t as seconds with two decimals, `%4lu.%.2lu` when aligned. */
function formatTimer(ticks: number, align: boolean): string {
  const s = String(Math.floor(ticks / 100));
  return `${align ? s.padStart(4) : s}.${String(ticks % 100).padStart(2, '0')}`;
}

/** rt_addr_n2a_r() of the group: inet_ntop, or the MAC of an L2 group. */
function groupN2a(e: BrMdbEntry): string {
  if (e.proto === ETH_P_IP) return ipToString(e.ip4 >>> 0);
  if (e.proto === ETH_P_IPV6) return ipv6ToString(e.bytes!);
  return Array.from(e.bytes!, (b) => b.toString(16).padStart(2, '0')).join(':');
}

/** print_mdb_entry() */
export function printMdbEntry(ctx: IpCtx, pr: Printer, ifindex: number, e: BrMdbEntry, f: MdbFilter): void {
  if (f.vlan && e.vid !== f.vlan) return;
  pr.openJsonObject(null);
  pr.number(PRINT_JSON, 'index', '', ifindex);
  pr.colorString(PRINT_ANY, COLOR_IFNAME, 'dev', 'dev %s', ctx.ll.indexToName(ifindex));
  pr.string(PRINT_ANY, 'port', ' port %s', ctx.ll.indexToName(e.ifindex));
  const af = e.proto === ETH_P_IP ? AF_INET : e.proto === ETH_P_IPV6 ? AF_INET6 : AF_PACKET;
  pr.colorString(PRINT_ANY, ifaFamilyColor(af), 'grp', ' grp %s', groupN2a(e));
  const src = e.src6 ? ipv6ToString(e.src6) : e.src4 ? ipToString(e.src4 >>> 0) : null;
  if (src !== null) pr.colorString(PRINT_ANY, ifaFamilyColor(af), 'src', ' src %s', src);
  pr.string(PRINT_ANY, 'state', ' %s', e.state & MDB_PERMANENT ? 'permanent' : 'temp');
  if (ctx.opts.details && e.groupMode !== undefined) {
    pr.string(PRINT_ANY, 'filter_mode', ' filter_mode %s', e.groupMode === MCAST_INCLUDE ? 'include' : 'exclude');
  }
  if (ctx.opts.details && e.srcList) printSrcList(pr, af, e.srcList);
  if (ctx.opts.details && e.rtprot !== undefined) {
    pr.string(PRINT_ANY, 'protocol', ' proto %s ', ctx.names.protoN2a(e.rtprot, false));
  }
  pr.openJsonArray(PRINT_JSON, 'flags');
  const flag = (bit: number, name: string): void => {
    if (e.flags & bit) pr.string(PRINT_ANY, null, ' %s', name);
  };
  flag(MDB_FLAGS_OFFLOAD, 'offload');
  flag(MDB_FLAGS_FAST_LEAVE, 'fast_leave');
  flag(MDB_FLAGS_STAR_EXCL, 'added_by_star_ex');
  flag(MDB_FLAGS_BLOCKED, 'blocked');
  pr.closeJsonArray(PRINT_JSON, null);
  if (e.vid) pr.number(PRINT_ANY, 'vid', ' vid %u', e.vid);
  if (ctx.opts.stats && e.timer !== undefined) pr.string(PRINT_ANY, 'timer', ' %s', formatTimer(e.timer, true));
  pr.nl();
  pr.closeJsonObject();
}

/** The source_list of -d: print_src_entry() of each, "ADDR/TIMER" comma-separated. */
function printSrcList(pr: Printer, af: number, list: BrMdbSrcEntry[]): void {
  pr.openJsonArray(PRINT_ANY, pr.isJson ? 'source_list' : ' source_list');
  let sep = ' ';
  for (const s of list) {
    pr.openJsonObject(null);
    pr.string(PRINT_FP, null, '%s', sep);
    pr.colorString(PRINT_ANY, ifaFamilyColor(af), 'address', '%s', s.bytes ? ipv6ToString(s.bytes) : ipToString(s.ip4 >>> 0));
    pr.string(PRINT_ANY, 'timer', '/%s', formatTimer(s.timer, false));
    pr.closeJsonObject();
    sep = ',';
  }
  pr.closeJsonArray(PRINT_JSON, null);
}

/** is_temp_mcast_rtr(): MDB_RTR_TYPE_TEMP_QUERY or MDB_RTR_TYPE_TEMP. */
const isTempMcastRtr = (type: number): boolean => type === 1 || type === 3;

/** br_print_router_ports(): one line of names, or with -s a line per port with its timer and type. */
function printRouterPorts(ctx: IpCtx, pr: Printer, ifindex: number, ports: BrMdbRouterPort[]): void {
  const brifname = ctx.ll.indexToName(ifindex);
  const stats = ctx.opts.stats > 0;
  if (pr.isJson) pr.openJsonArray(PRINT_JSON, brifname);
  else if (!stats) pr.text(`router ports on ${brifname}: `);
  for (const r of ports) {
    const name = ctx.ll.indexToName(r.ifindex);
    if (pr.isJson) {
      pr.openJsonObject(null);
      pr.string(PRINT_JSON, 'port', '', name);
      if (stats) printRouterPortStats(pr, r);
      pr.closeJsonObject();
    } else if (stats) {
      pr.text(`router ports on ${brifname}: ${name}`);
      printRouterPortStats(pr, r);
      pr.text('\n');
    } else pr.text(`${name} `);
  }
  if (!stats) pr.nl();
  pr.closeJsonArray(PRINT_JSON, null);
}

/** br_print_router_port_stats() */
function printRouterPortStats(pr: Printer, r: BrMdbRouterPort): void {
  pr.string(PRINT_ANY, 'timer', ' %s', formatTimer(r.timer, true));
  pr.string(PRINT_ANY, 'type', ' %s', isTempMcastRtr(r.type) ? 'temp' : 'permanent');
}

/**
 * print_mdb_mon(): a notification — "Deleted " before a removal, the
 * membership as a dump prints it, or "router port dev P master B".
 */
export function printMdbMon(ctx: IpCtx, pr: Printer, m: NlMsg<BrPortMsg>): void {
  if (m.type === RTM_DELMDB) pr.bool(PRINT_ANY, 'deleted', 'Deleted ', true);
  for (const e of m.body.mdb ?? []) printMdbEntry(ctx, pr, m.body.ifindex, e, { index: 0, vlan: 0 });
  const r = m.body.router?.[0];
  if (!r) return;
  const brifname = ctx.ll.indexToName(m.body.ifindex);
  const port = ctx.ll.indexToName(r.ifindex);
  if (pr.isJson) {
    pr.openJsonArray(PRINT_JSON, brifname);
    pr.openJsonObject(null);
    pr.string(PRINT_JSON, 'port', '', port);
    pr.closeJsonObject();
    pr.closeJsonArray(PRINT_JSON, null);
  } else pr.text(`router port dev ${port} master ${brifname}\n`);
}

/** mdb_show(): the entries of every bridge (filtered by `dev`, `vid`), then the router ports object. */
function mdbShow(ctx: IpCtx, argv: string[]): number {
  let filterDev: string | null = null;
  const f: MdbFilter = { index: 0, vlan: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => argv[++i] ?? fail(ctx, 'Command line is not complete. Try option "help"', 255);
    if (a === 'dev') {
      const v = next();
      if (filterDev !== null) duparg(ctx, 'dev', v);
      filterDev = v;
    } else if (a === 'vid') {
      const v = next();
      if (f.vlan) duparg(ctx, 'vid', v);
      f.vlan = atoi(v);
    }
  }
  if (filterDev !== null) {
    f.index = ctx.ll.nameToIndex(filterDev);
    if (!f.index) fail(ctx, `Cannot find device "${filterDev}"`, 255);
  }
  const req: BrPortMsg = { family: AF_BRIDGE, ifindex: 0 };
  const pr = ctx.newPrinter();
  pr.newJsonObj();
  pr.openJsonObject(null);
  pr.openJsonArray(PRINT_JSON, 'mdb');
  const msgs = (rtnlDump(ctx, RTM_GETMDB, req) as NlMsg<BrPortMsg>[]).filter((m) => !f.index || f.index === m.body.ifindex);
  for (const m of msgs) for (const e of m.body.mdb ?? []) printMdbEntry(ctx, pr, m.body.ifindex, e, f);
  pr.closeJsonArray(PRINT_JSON, null);
  // The second dump's router ports (print_rtrs()): only with -d.
  pr.openJsonObject('router');
  for (const m of msgs) if (m.body.router && ctx.opts.details) printRouterPorts(ctx, pr, m.body.ifindex, m.body.router);
  pr.closeJsonObject();
  pr.closeJsonObject();
  pr.deleteJsonObj();
  ctx.out(pr.take());
  return 0;
}

/** mdb_parse_grp(): IPv4, IPv6, then a MAC (ll_addr_a2n() of exactly 6 bytes, with its own complaints). */
function mdbParseGrp(ctx: IpCtx, grp: string, e: BrMdbEntry): boolean {
  const v4 = parseIp(grp);
  if (v4 !== null) {
    e.proto = ETH_P_IP;
    e.ip4 = v4 | 0;
    return true;
  }
  const v6 = inet6Pton(grp);
  if (v6) {
    e.proto = ETH_P_IPV6;
    e.bytes = v6;
    return true;
  }
  const mac = llAddrA2n(ctx, grp);
  if (!mac || mac.length !== 6) return false;
  e.proto = 0;
  e.bytes = mac;
  return true;
}

/** mdb_modify(): dev, port and grp are required; `permanent` only counts for add. */
function mdbModify(ctx: IpCtx, cmd: number, flags: number, argv: string[]): number {
  let d: string | null = null;
  let port: string | null = null;
  let grp: string | null = null;
  let src: string | null = null;
  const e: BrMdbEntry = { ifindex: 0, state: 0, flags: 0, vid: 0, proto: 0, ip4: 0, bytes: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => argv[++i] ?? fail(ctx, 'Command line is not complete. Try option "help"', 255);
    if (a === 'dev') d = next();
    else if (a === 'grp') grp = next();
    else if (a === 'port') port = next();
    else if (a === 'permanent') {
      if (cmd === RTM_NEWMDB) e.state |= MDB_PERMANENT;
    } else if (a === 'temp') {
      // nothing
    } else if (a === 'vid') e.vid = atoi(next()) & 0xffff;
    else if (a === 'src') src = next();
    else if (matches(a, 'help')) fail(ctx, USAGE, 255);
  }
  if (d === null || grp === null || port === null) fail(ctx, 'Device, group address and port name are required arguments.', 255);
  const ifindex = ctx.ll.nameToIndex(d);
  if (!ifindex) fail(ctx, `Cannot find device "${d}"`, 255);
  e.ifindex = ctx.ll.nameToIndex(port);
  if (!e.ifindex) fail(ctx, `Cannot find device "${port}"`, 255);
  // ll_addr_a2n() cut the string at its first ':' (strchr() and a NUL written there).
  if (!mdbParseGrp(ctx, grp, e)) fail(ctx, `Invalid address "${grp.includes('.') ? grp : grp.split(':')[0]}"`, 255);
  // MDBA_SET_ENTRY_ATTRS / MDBE_ATTR_SOURCE: inet_pton AF_INET, else AF_INET6 (4 or 16 bytes, whatever the group).
  if (src !== null) {
    const s4 = parseIp(src);
    const s6 = s4 === null ? inet6Pton(src) : null;
    if (s4 === null && !s6) fail(ctx, `Invalid source address "${src}"`, 255);
    if (s4 !== null) e.src4 = s4 | 0;
    else e.src6 = s6;
  }
  rtnlTalk<BrPortMsg>(ctx, cmd, flags, { family: AF_BRIDGE, ifindex, setEntry: e });
  return 0;
}

/** do_mdb() */
export function doMdb(ctx: IpCtx, argv: string[]): number {
  // do_mdb(): ll_init_map() first, so the names it resolves come from that dump (no RTM_GETLINK of
  // one device, whose rtnl_getlink() would run the device's pending linkwatch event).
  ctx.ll.initMap();
  const cmd = argv[0];
  if (cmd === undefined) return mdbShow(ctx, []);
  if (matches(cmd, 'add')) return mdbModify(ctx, RTM_NEWMDB, NLM_F_CREATE | NLM_F_EXCL, argv.slice(1));
  if (matches(cmd, 'delete')) return mdbModify(ctx, RTM_DELMDB, 0, argv.slice(1));
  if (matches(cmd, 'show') || matches(cmd, 'lst') || matches(cmd, 'list')) return mdbShow(ctx, argv.slice(1));
  if (matches(cmd, 'help')) fail(ctx, USAGE, 255);
  return fail(ctx, `Command "${cmd}" is unknown, try "bridge mdb help".`, 255);
}
