/**
 * `bridge vlan`: add/del VLANs on bridge ports (or the bridge itself with
 * `self`) through PF_BRIDGE RTM_SETLINK/RTM_DELLINK with IFLA_AF_SPEC, and
 * `show` from a PF_BRIDGE RTM_GETLINK dump with RTEXT_FILTER_BRVLAN.
 * `set`, `global`, `-s`, `-d` (the RTM_GETVLAN dump) of a kernel with
 * CONFIG_BRIDGE_VLAN_FILTERING and `tunnelshow` of ports with VLANs are refused.
 * @iproute2 bridge/vlan.c
 */
import { IpExit, invarg, matches, nlAckError, nlAckReport, parseUnsigned, type IpCtx } from '../ip/utils.js';
import { getUnsigned } from '../ip/iplink_bridge.js';
import { parseStpState } from './link.js';
import { PRINT_ANY, PRINT_FP, PRINT_JSON, type Printer } from '../ip/json_print.js';
import {
  BRIDGE_FLAGS_MASTER, BRIDGE_FLAGS_SELF, RTEXT_FILTER_BRVLAN, RTEXT_FILTER_BRVLAN_COMPRESSED, type BridgeVlanInfo, type IfInfoMsg,
} from '../../uapi/linux/if_link.js';
import { RTM_DELLINK, RTM_GETLINK, RTM_GETVLAN, RTM_NEWVLAN, RTM_SETLINK } from '../../uapi/linux/rtnetlink.js';
import { NLM_F_ACK, NLM_F_DUMP, NLM_F_REQUEST } from '../../uapi/linux/netlink.js';
import { atoi, strtol10 } from '../lib/stdlib.js';

/** include/uapi/linux/if_bridge.h BRIDGE_VLAN_INFO_* (the tool's copy, as iproute2 includes the uapi header). */
const BRIDGE_VLAN_INFO_PVID = 1 << 1;
const BRIDGE_VLAN_INFO_UNTAGGED = 1 << 2;
const BRIDGE_VLAN_INFO_RANGE_BEGIN = 1 << 3;
const BRIDGE_VLAN_INFO_RANGE_END = 1 << 4;
const PF_BRIDGE = 7;
const IFNAMSIZ = 16;
const VLAN_ID_LEN = 9;

/** The bridge tool's invocation: IpCtx whose options carry `-c` (compress_vlans). */
type BrVlanCtx = IpCtx;

/** compress_vlans (`bridge -c`) */
function compressVlans(ctx: IpCtx): boolean {
  const o = ctx.opts;
  return 'compressVlans' in o && Boolean(o.compressVlans);
}

const USAGE =
  'Usage: bridge vlan { add | del } vid VLAN_ID dev DEV [ tunnel_info id TUNNEL_ID ]\n' +
  '                                                     [ pvid ] [ untagged ]\n' +
  '                                                     [ self ] [ master ]\n' +
  '       bridge vlan { set } vid VLAN_ID dev DEV [ state STP_STATE ]\n' +
  '                                               [ mcast_router MULTICAST_ROUTER ]\n' +
  '       bridge vlan { show } [ dev DEV ] [ vid VLAN_ID ]\n' +
  '       bridge vlan { tunnelshow } [ dev DEV ] [ vid VLAN_ID ]\n' +
  '       bridge vlan global { set } vid VLAN_ID dev DEV\n' +
  '                      [ mcast_snooping MULTICAST_SNOOPING ]\n' +
  '                      [ mcast_querier MULTICAST_QUERIER ]\n' +
  '                      [ mcast_igmp_version IGMP_VERSION ]\n' +
  '                      [ mcast_mld_version MLD_VERSION ]\n' +
  '                      [ mcast_last_member_count LAST_MEMBER_COUNT ]\n' +
  '                      [ mcast_last_member_interval LAST_MEMBER_INTERVAL ]\n' +
  '                      [ mcast_startup_query_count STARTUP_QUERY_COUNT ]\n' +
  '                      [ mcast_startup_query_interval STARTUP_QUERY_INTERVAL ]\n' +
  '                      [ mcast_membership_interval MEMBERSHIP_INTERVAL ]\n' +
  '                      [ mcast_querier_interval QUERIER_INTERVAL ]\n' +
  '                      [ mcast_query_interval QUERY_INTERVAL ]\n' +
  '                      [ mcast_query_response_interval QUERY_RESPONSE_INTERVAL ]\n' +
  '       bridge vlan global { show } [ dev DEV ] [ vid VLAN_ID ]\n';

function usage(ctx: IpCtx): never {
  ctx.err(USAGE);
  throw new IpExit(255);
}

/** atoi() into a C `short`, as vlan_modify() keeps the VLAN id. */
function atoiShort(s: string): number {
  return ((atoi(s) & 0xffff) << 16) >> 16;
}

/** `%hu` of a short. */
const hu = (v: number): number => v & 0xffff;

/** vlan_modify(): `bridge vlan add|del dev DEV vid N[-M] [pvid] [untagged] [self] [master]`. */
function vlanModify(ctx: BrVlanCtx, cmd: number, argv: string[]): number {
  let d: string | null = null;
  let vid = -1;
  let vidEnd = -1;
  let vflags = 0;
  let flags = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === 'dev') {
      if (++i >= argv.length) return incomplete(ctx);
      d = argv[i]!;
    } else if (a === 'vid') {
      if (++i >= argv.length) return incomplete(ctx);
      const v = argv[i]!;
      const dash = v.indexOf('-');
      if (dash >= 0) {
        vid = atoiShort(v.slice(0, dash));
        vidEnd = atoiShort(v.slice(dash + 1));
        vflags |= BRIDGE_VLAN_INFO_RANGE_BEGIN;
      } else vid = atoiShort(v);
    } else if (a === 'self') flags |= BRIDGE_FLAGS_SELF;
    else if (a === 'master') flags |= BRIDGE_FLAGS_MASTER;
    else if (a === 'pvid') vflags |= BRIDGE_VLAN_INFO_PVID;
    else if (a === 'untagged') vflags |= BRIDGE_VLAN_INFO_UNTAGGED;
    else if (a === 'tunnel_info') return refuse(ctx, 'tunnel_info');
    else if (matches(a, 'help')) usage(ctx);
  }
  if (d === null || vid === -1) {
    ctx.err('Device and VLAN ID are required arguments.\n');
    return 255;
  }
  const index = ctx.ll.nameToIndex(d);
  if (!index) {
    ctx.err(`Cannot find bridge device "${d}"\n`);
    return 255;
  }
  if (vid >= 4096) {
    ctx.err(`Invalid VLAN ID "${hu(vid)}"\n`);
    return 255;
  }
  if (vflags & BRIDGE_VLAN_INFO_RANGE_BEGIN) {
    if (vidEnd === -1 || vidEnd >= 4096 || vid >= vidEnd) {
      ctx.err(`Invalid VLAN range "${hu(vid)}-${hu(vidEnd)}"\n`);
      return 255;
    }
    if (vflags & BRIDGE_VLAN_INFO_PVID) {
      ctx.err('pvid cannot be configured for a vlan range\n');
      return 255;
    }
  }
  return vlanTalk(ctx, cmd, index, flags, addVlanInfoRange(hu(vid), vidEnd, vflags));
}

/** add_vlan_info_range(): one entry, or a RANGE_BEGIN/RANGE_END pair. */
function addVlanInfoRange(vid: number, vidEnd: number, flags: number): BridgeVlanInfo[] {
  if (vidEnd === -1) return [{ vid, flags }];
  return [{ vid, flags }, { vid: hu(vidEnd), flags: (flags & ~BRIDGE_VLAN_INFO_RANGE_BEGIN) | BRIDGE_VLAN_INFO_RANGE_END }];
}

function vlanTalk(ctx: BrVlanCtx, cmd: number, index: number, flags: number, vinfo: BridgeVlanInfo[]): number {
  const body: IfInfoMsg = { family: PF_BRIDGE, index, afSpec: { bridgeVlanInfo: vinfo } };
  if (flags) body.afSpec!.bridgeFlags = flags;
  const r = ctx.nl.request(cmd, NLM_F_REQUEST | NLM_F_ACK, body);
  if (r.ack.error === null) return 0;
  // The same texts as `ip` (extack "Error: ..." or "RTNETLINK answers: ..."), but vlan_modify() returns -1: exit 255.
  try {
    nlAckError(ctx, r.ack);
  } catch (e) {
    if (!(e instanceof IpExit)) throw e;
  }
  return 255;
}

/**
 * The `vid N[-M]` of vlan_option_set()/vlan_global_option_set(): atoi() into
 * shorts; null after the message for a bad range or id.
 */
function optVid(ctx: IpCtx, v: string): { vid: number; vidEnd: number } | null {
  const dash = v.indexOf('-');
  let vid: number;
  let vidEnd = -1;
  if (dash >= 0) {
    vid = atoiShort(v.slice(0, dash));
    vidEnd = atoiShort(v.slice(dash + 1));
    if (vid >= vidEnd || vidEnd >= 4096) {
      ctx.err(`Invalid VLAN range "${hu(vid)}-${hu(vidEnd)}"\n`);
      return null;
    }
  } else vid = atoiShort(v);
  if (vid >= 4096) {
    ctx.err(`Invalid VLAN ID "${hu(vid)}"\n`);
    return null;
  }
  return { vid, vidEnd };
}

/** The global options of vlan_global_option_set(): word and get_uN width. */
const GLOBAL_OPTS: [string, number][] = [
  ['mcast_snooping', 8], ['mcast_querier', 8], ['mcast_igmp_version', 8], ['mcast_mld_version', 8],
  ['mcast_last_member_count', 32], ['mcast_startup_query_count', 32], ['mcast_last_member_interval', 64],
  ['mcast_membership_interval', 64], ['mcast_querier_interval', 64], ['mcast_query_interval', 64],
  ['mcast_query_response_interval', 64], ['mcast_startup_query_interval', 64],
];

/**
 * vlan_option_set() (`bridge vlan set`) and vlan_global_option_set()
 * (`bridge vlan global set`): the words parsed as iproute2 does, then
 * RTM_NEWVLAN, which only a kernel with CONFIG_BRIDGE_VLAN_FILTERING
 * handles (br_vlan_rtnl_init()); tuxnet's answers EOPNOTSUPP either way.
 */
function vlanOptionSet(ctx: BrVlanCtx, argv: string[], global: boolean): number {
  let d: string | null = null;
  let vid = -1;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => (++i < argv.length ? argv[i]! : (incomplete(ctx), ''));
    const gopt = global ? GLOBAL_OPTS.find(([w]) => w === a) : undefined;
    if (a === 'dev') {
      d = next();
      if (!ctx.ll.nameToIndex(d)) {
        ctx.err(`Cannot find network device "${d}"\n`);
        return 255;
      }
    } else if (a === 'vid') {
      const r = optVid(ctx, next());
      if (!r) return 255;
      vid = r.vid;
    } else if (!global && a === 'state') {
      const v = next();
      // an int from strtol() when it takes the whole word, else parse_stp_state(); -1 either way is refused
      const st = /^[ \t\n\v\f\r]*[+-]?\d+$/.test(v) ? Number(BigInt.asIntN(32, strtol10(v))) : parseStpState(v);
      if (st === -1) {
        ctx.err('Error: invalid STP state\n');
        return 255;
      }
    } else if (!global && a === 'mcast_router') {
      const v = next();
      if (parseUnsigned(v, 0xff) === null) invarg(ctx, 'invalid mcast_router', v);
    } else if (gopt) {
      const v = next();
      if (getUnsigned(v, gopt[1]) === null) invarg(ctx, `invalid ${gopt[0]}`, v);
    } else if (global ? a === 'help' : matches(a, 'help')) next();
  }
  if (d === null || vid === -1) {
    ctx.err('Device and VLAN ID are required arguments.\n');
    return 255;
  }
  const r = ctx.nl.request(RTM_NEWVLAN, NLM_F_REQUEST | NLM_F_ACK, { family: PF_BRIDGE, index: ctx.ll.nameToIndex(d) } satisfies IfInfoMsg);
  if (r.ack.error === null) return refuse(ctx, global ? 'global set' : 'set');
  nlAckReport(ctx, r.ack);
  return 255;
}

function incomplete(ctx: IpCtx): number {
  ctx.err('Command line is not complete. Try option "help"\n');
  throw new IpExit(255);
}

/** Tuxnet does not implement this part of `bridge vlan`: say so, exit 255. */
function refuse(ctx: IpCtx, what: string): number {
  ctx.err(`bridge vlan: "${what}" is not supported by tuxnet\n`);
  return 255;
}

/** filter_vlan_check(): -1 stop, 0 skip, 1 print. */
function filterVlanCheck(filterVlan: number, vid: number, flags: number): number {
  if (filterVlan && vid > filterVlan && !(flags & BRIDGE_VLAN_INFO_RANGE_END)) return -1;
  if (flags & BRIDGE_VLAN_INFO_RANGE_BEGIN || vid < filterVlan) return 0;
  return 1;
}

/** print_vlan_info(): one port's VLANs. */
function printVlanInfo(pr: Printer, name: string, list: readonly BridgeVlanInfo[], filterVlan: number): void {
  let lastStart = 0;
  let opened = false;
  for (const v of list) {
    if (!(v.flags & BRIDGE_VLAN_INFO_RANGE_END)) lastStart = v.vid;
    const c = filterVlanCheck(filterVlan, v.vid, v.flags);
    if (c === -1) break;
    if (c === 0) continue;
    if (!opened) {
      pr.openJsonObject(null);
      pr.string(PRINT_ANY, 'ifname', `%-${IFNAMSIZ}s  `, name);
      pr.openJsonArray(PRINT_JSON, 'vlans');
      opened = true;
    } else pr.string(PRINT_FP, null, `%-${IFNAMSIZ}s  `, '');
    pr.openJsonObject(null);
    pr.number(PRINT_ANY, 'vlan', '%u', lastStart);
    if (lastStart !== v.vid) pr.number(PRINT_ANY, 'vlanEnd', '-%u', v.vid);
    printVlanFlags(pr, v.flags);
    pr.closeJsonObject();
    pr.nl();
  }
  if (opened) {
    pr.closeJsonArray(PRINT_JSON, null);
    pr.closeJsonObject();
  }
}

/** print_vlan_flags() */
function printVlanFlags(pr: Printer, flags: number): void {
  if (!(flags & (BRIDGE_VLAN_INFO_PVID | BRIDGE_VLAN_INFO_UNTAGGED))) return;
  pr.openJsonArray(PRINT_JSON, 'flags');
  if (flags & BRIDGE_VLAN_INFO_PVID) pr.string(PRINT_ANY, null, ' %s', 'PVID');
  if (flags & BRIDGE_VLAN_INFO_UNTAGGED) pr.string(PRINT_ANY, null, ' %s', 'Egress Untagged');
  pr.closeJsonArray(PRINT_JSON, null);
}

/** vlan_show()'s header: "%-IFNAMSIZs  %-VLAN_ID_LENs", and the tunnel column of tunnelshow. */
function vlanHeader(tunnel: boolean): string {
  return `${'port'.padEnd(IFNAMSIZ)}  ${'vlan-id'.padEnd(VLAN_ID_LEN)}${tunnel ? '  tunnel-id' : ''}\n`;
}

/**
 * vlan_show() with -d: the RTM_GETVLAN dump. The header goes to stdout
 * (buffered until exit) after the dump's error on stderr; "Dump terminated",
 * exit 1.
 */
function vlanDbShow(ctx: BrVlanCtx, what = '-details'): number {
  const r = ctx.nl.request(RTM_GETVLAN, NLM_F_REQUEST | NLM_F_DUMP, { family: PF_BRIDGE, index: 0 } satisfies IfInfoMsg);
  if (r.ack.error === null) return refuse(ctx, what);
  nlAckReport(ctx, r.ack);
  ctx.err('Dump terminated\n');
  if (!ctx.opts.json) ctx.out(vlanHeader(false));
  return 1;
}

/** The `dev DEV` and `vid N` words of vlan_show() and vlan_global_show(); a device that is not there ends the command. */
function vlanShowArgs(ctx: BrVlanCtx, argv: string[]): { filterIndex: number; filterVlan: number } {
  let filterDev: string | null = null;
  let filterVlan = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === 'dev') {
      if (++i >= argv.length) incomplete(ctx);
      if (filterDev !== null) duparg(ctx, 'dev', argv[i]!);
      filterDev = argv[i]!;
    } else if (a === 'vid') {
      if (++i >= argv.length) incomplete(ctx);
      if (filterVlan) duparg(ctx, 'vid', argv[i]!);
      filterVlan = atoiShort(argv[i]!);
    }
  }
  let filterIndex = 0;
  if (filterDev !== null) {
    filterIndex = ctx.ll.nameToIndex(filterDev);
    if (!filterIndex) {
      // return nodev(): -1, exit 255
      ctx.err(`Cannot find device "${filterDev}"\n`);
      throw new IpExit(255, false);
    }
  }
  return { filterIndex, filterVlan };
}

/** vlan_show(): `bridge vlan show [dev DEV] [vid N]`, or `bridge vlan tunnelshow` (`tunnel`). */
function vlanShow(ctx: BrVlanCtx, argv: string[], tunnel = false): number {
  const { filterIndex, filterVlan } = vlanShowArgs(ctx, argv);
  if (ctx.opts.details && !tunnel) return vlanDbShow(ctx);
  const pr = ctx.newPrinter();
  pr.newJsonObj();
  const ext = compressVlans(ctx) ? RTEXT_FILTER_BRVLAN_COMPRESSED : RTEXT_FILTER_BRVLAN;
  const r = ctx.nl.request(RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP, { family: PF_BRIDGE, index: 0, extMask: ext } satisfies IfInfoMsg);
  if (ctx.opts.stats && !tunnel) {
    // The RTM_GETSTATS dumps of LINK_XSTATS(_SLAVE) print the BRIDGE_XSTATS_VLAN entries of
    // print_vlan_stats(): a bridge without VLANs (no BRIDGE_VLAN_FILTERING) has none, so only
    // the header; tuxnet keeps no per-VLAN counters for one with VLANs.
    if (r.msgs.some((m) => (m.body as IfInfoMsg).afSpec?.bridgeVlanInfo)) return refuse(ctx, '-statistics');
    pr.text(`${'port'.padEnd(IFNAMSIZ)}  vlan-id\n`);
    pr.deleteJsonObj();
    ctx.out(pr.take());
    return 0;
  }
  pr.text(vlanHeader(tunnel));
  for (const m of r.msgs) {
    const ifm = m.body as IfInfoMsg;
    if (ifm.family !== PF_BRIDGE || (filterIndex && filterIndex !== ifm.index)) continue;
    const list = ifm.afSpec?.bridgeVlanInfo;
    if (!list) continue;
    // print_vlan_tunnel_info(): tuxnet keeps no VLAN-to-tunnel map, so a port with VLANs is refused.
    if (tunnel) return refuse(ctx, 'tunnelshow');
    printVlanInfo(pr, ctx.ll.indexToName(ifm.index), list, filterVlan);
  }
  pr.deleteJsonObj();
  ctx.out(pr.take());
  return 0;
}

function duparg(ctx: IpCtx, key: string, arg: string): never {
  ctx.err(`Error: duplicate "${key}": "${arg}" is the second value.\n`);
  throw new IpExit(255);
}

/** vlan_global(): show (the RTM_GETVLAN dump with BRIDGE_VLANDB_DUMPF_GLOBAL) or set; anything else is the usage. */
function vlanGlobal(ctx: BrVlanCtx, argv: string[]): number {
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === 'show' || cmd === 'lst' || cmd === 'list') {
    vlanShowArgs(ctx, rest);
    return vlanDbShow(ctx, 'global show');
  }
  if (cmd === 'set') return vlanOptionSet(ctx, rest, true);
  usage(ctx);
}

/** do_vlan() */
export function doVlan(ctx: BrVlanCtx, argv: string[]): number {
  // do_vlan(): ll_init_map() first, so the names it resolves come from that dump (no RTM_GETLINK of
  // one device, whose rtnl_getlink() would run the device's pending linkwatch event).
  ctx.ll.initMap();
  const [cmd, ...rest] = argv;
  if (cmd === undefined) return vlanShow(ctx, []);
  if (matches(cmd, 'add')) return vlanModify(ctx, RTM_SETLINK, rest);
  if (matches(cmd, 'delete')) return vlanModify(ctx, RTM_DELLINK, rest);
  if (matches(cmd, 'show') || matches(cmd, 'lst') || matches(cmd, 'list')) return vlanShow(ctx, rest);
  if (matches(cmd, 'tunnelshow')) return vlanShow(ctx, rest, true);
  if (matches(cmd, 'set')) return vlanOptionSet(ctx, rest, false);
  if (cmd === 'global') return vlanGlobal(ctx, rest);
  if (matches(cmd, 'help')) usage(ctx);
  ctx.err(`Command "${cmd}" is unknown, try "bridge vlan help".\n`);
  throw new IpExit(255);
}
