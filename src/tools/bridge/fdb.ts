/**
 * `bridge fdb show|add|append|replace|del`: the forwarding databases of
 * the bridges and the devices' own address lists (AF_BRIDGE neighbour
 * messages).
 * @iproute2 bridge/fdb.c
 */
import { COLOR_IFNAME, COLOR_INET, COLOR_MAC } from '../ip/color.js';
import { AF_BRIDGE, type BrFdbMsg } from '../../uapi/linux/if_bridge.js';
import {
  NTF_EXT_LEARNED, NTF_MASTER, NTF_OFFLOADED, NTF_ROUTER, NTF_SELF, NTF_STICKY, NTF_USE, NUD_NOARP, NUD_PERMANENT,
  NUD_REACHABLE, NUD_STALE,
} from '../../uapi/linux/neighbour.js';
import { NLM_F_ACK, NLM_F_BULK, NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE, NLM_F_REQUEST, type NlMsg } from '../../uapi/linux/netlink.js';
import { strerror } from '../../net/core/errno.js';
import { RTM_DELNEIGH, RTM_GETNEIGH, RTM_NEWNEIGH } from '../../uapi/linux/rtnetlink.js';
import { PRINT_ANY, PRINT_FP, PRINT_JSON, type Printer } from '../ip/json_print.js';
import { llAddr } from '../ip/print_link.js';
import { AF_INET, duparg, duparg2, fail, invarg, matches, nodev, parseUnsigned, rtnlDump, rtnlTalk, type IpCtx } from '../ip/utils.js';
import { getAddr1 } from '../ip/inet_prefix.js';
import { strtoulFull } from '../ip/rt_names.js';
import { ipToString } from '../../wire/ipv4.js';
import { atoi } from '../lib/stdlib.js';

/** NLM_F_APPEND */
const NLM_F_APPEND = 0x800;

const USAGE =
  'Usage: bridge fdb { add | append | del | replace } ADDR dev DEV\n' +
  '              [ self ] [ master ] [ use ] [ router ] [ extern_learn ]\n' +
  '              [ sticky ] [ local | static | dynamic ] [ vlan VID ]\n' +
  '              { [ dst IPADDR ] [ port PORT] [ vni VNI ] | [ nhid NHID ] }\n' +
  '\t       [ via DEV ] [ src_vni VNI ]\n' +
  '       bridge fdb [ show [ br BRDEV ] [ brport DEV ] [ vlan VID ]\n' +
  '              [ state STATE ] [ dynamic ] ]\n' +
  '       bridge fdb get [ to ] LLADDR [ br BRDEV ] { brport | dev } DEV\n' +
  '              [ vlan VID ] [ vni VNI ] [ self ] [ master ] [ dynamic ]\n' +
  '       bridge fdb flush dev DEV [ brport DEV ] [ vlan VID ]\n' +
  '              [ self ] [ master ] [ [no]permanent | [no]static | [no]dynamic ]\n' +
  '              [ [no]added_by_user ] [ [no]extern_learn ] [ [no]sticky ]\n' +
  '              [ [no]offloaded ]\n';

interface FdbFilter {
  index: number;
  vlan: number;
  state: number;
  dynamic: boolean;
}

/** state_n2a() */
function stateN2a(s: number, json: boolean): string {
  if (s & NUD_PERMANENT) return 'permanent';
  if (s & NUD_NOARP) return 'static';
  if (s & NUD_STALE) return 'stale';
  if (s & NUD_REACHABLE) return '';
  const hex = s ? `0x${s.toString(16)}` : '0';
  return json ? hex : `state=${hex}`;
}

/** state_a2n(): the names iproute2's bridge knows ("all" exact), else get_unsigned()'s strtoul(3) of the whole word */
function stateA2n(arg: string): number | null {
  if (matches(arg, 'permanent')) return NUD_PERMANENT;
  if (matches(arg, 'static') || matches(arg, 'temp')) return NUD_NOARP;
  if (matches(arg, 'stale')) return NUD_STALE;
  if (matches(arg, 'reachable') || matches(arg, 'dynamic')) return NUD_REACHABLE;
  if (arg === 'all') return ~0;
  return parseUnsigned(arg);
}

/** fdb_print_flags() */
function fdbPrintFlags(pr: Printer, flags: number): void {
  pr.openJsonArray(PRINT_JSON, 'flags');
  const f = (bit: number, name: string): void => {
    if (flags & bit) pr.string(PRINT_ANY, null, '%s ', name);
  };
  f(NTF_SELF, 'self');
  f(NTF_ROUTER, 'router');
  f(NTF_EXT_LEARNED, 'extern_learn');
  f(NTF_OFFLOADED, 'offload');
  f(NTF_MASTER, 'master');
  f(NTF_STICKY, 'sticky');
  pr.closeJsonArray(PRINT_JSON, null);
}

/** print_fdb() */
export function printFdb(ctx: IpCtx, pr: Printer, msg: NlMsg<BrFdbMsg>, f: FdbFilter): void {
  const r = msg.body;
  if (r.family !== AF_BRIDGE) return;
  if (f.index && f.index !== r.ifindex) return;
  if (f.state && !(r.state & f.state)) return;
  const vid = r.vlan ?? 0;
  if (f.vlan && f.vlan !== vid) return;
  if (f.dynamic && r.state & NUD_PERMANENT) return;
  pr.openJsonObject(null);
  if (msg.type === RTM_DELNEIGH) pr.bool(PRINT_ANY, 'deleted', 'Deleted ', true);
  if (r.lladdr) pr.colorString(PRINT_ANY, COLOR_MAC, 'mac', '%s ', llAddr(r.lladdr));
  if (!f.index && r.ifindex) {
    pr.string(PRINT_FP, null, 'dev ', null);
    pr.colorString(PRINT_ANY, COLOR_IFNAME, 'ifname', '%s ', ctx.ll.indexToName(r.ifindex));
  }
  if (r.dst !== undefined) {
    pr.string(PRINT_FP, null, 'dst ', null);
    pr.colorString(PRINT_ANY, COLOR_INET, 'dst', '%s ', ipToString(r.dst));
  }
  if (vid) pr.number(PRINT_ANY, 'vlan', 'vlan %hu ', vid);
  if (r.port !== undefined) pr.number(PRINT_ANY, 'port', 'port %u ', r.port);
  if (r.vni !== undefined) pr.number(PRINT_ANY, 'vni', 'vni %u ', r.vni);
  if (r.srcVni !== undefined) pr.number(PRINT_ANY, 'src_vni', 'src_vni %u ', r.srcVni);
  if (r.brportIdx) {
    if (r.linkNetnsid !== undefined) pr.number(PRINT_ANY, 'viaIfIndex', 'via ifindex %u ', r.brportIdx);
    else pr.string(PRINT_ANY, 'viaIf', 'via %s ', ctx.ll.indexToName(r.brportIdx));
  }
  if (r.nhid !== undefined) pr.number(PRINT_ANY, 'nhid', 'nhid %u ', r.nhid);
  if (r.linkNetnsid !== undefined) pr.number(PRINT_ANY, 'linkNetNsId', 'link-netnsid %d ', r.linkNetnsid);
  if (ctx.opts.stats && r.cacheinfo) {
    const used = Math.floor(r.cacheinfo.used / 100);
    const updated = Math.floor(r.cacheinfo.updated / 100);
    pr.number(PRINT_JSON, 'used', '', used);
    pr.number(PRINT_JSON, 'updated', '', updated);
    pr.text(`used ${used}/${updated} `);
  }
  fdbPrintFlags(pr, r.flags);
  if (r.master !== undefined) pr.string(PRINT_ANY, 'master', 'master %s ', ctx.ll.indexToName(r.master));
  pr.string(PRINT_ANY, 'state', '%s\n', stateN2a(r.state, pr.isJson));
  pr.closeJsonObject();
}

/** fdb_show(): a strict RTM_GETNEIGH dump (NDA_MASTER for `br`, ndm_ifindex for `brport`/`dev`). */
function fdbShow(ctx: IpCtx, argv: string[]): number {
  let filterDev: string | null = null;
  let br: string | null = null;
  const f: FdbFilter = { index: 0, vlan: 0, state: 0, dynamic: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => argv[++i] ?? fail(ctx, 'Command line is not complete. Try option "help"', 255);
    if (a === 'brport' || a === 'dev') filterDev = next();
    else if (a === 'br') br = next();
    else if (a === 'vlan') {
      const v = next();
      if (f.vlan) duparg(ctx, 'vlan', v);
      f.vlan = atoi(v);
    } else if (a === 'state') {
      const v = next();
      const s = stateA2n(v);
      if (s === null) invarg(ctx, 'invalid state', v);
      f.state |= s;
    } else if (a === 'dynamic') f.dynamic = true;
    else if (matches(a, 'help')) fail(ctx, USAGE.slice(0, -1), 255);
  }
  let master = 0;
  if (br !== null) {
    master = ctx.ll.nameToIndex(br);
    if (!master) {
      ctx.err(`Cannot find bridge device "${br}"\n`);
      return 255;
    }
  }
  if (filterDev !== null) {
    f.index = ctx.ll.nameToIndex(filterDev);
    if (!f.index) nodev(ctx, filterDev);
  }
  const req: BrFdbMsg = { family: AF_BRIDGE, ifindex: f.index, state: 0, flags: 0 };
  if (master) req.master = master;
  const msgs = rtnlDump(ctx, RTM_GETNEIGH, req) as NlMsg<BrFdbMsg>[];
  const pr = ctx.newPrinter();
  pr.newJsonObj();
  for (const m of msgs) printFdb(ctx, pr, m, f);
  pr.deleteJsonObj();
  ctx.out(pr.take());
  return 0;
}

/** get_addr() of `dst`: an IPv4 address (tuxnet has no IPv6 VXLAN endpoints). */
function fdbDst(ctx: IpCtx, v: string): number {
  const p = getAddr1(v, ctx.opts.family);
  if (!p) fail(ctx, `Error: ${ctx.opts.family === AF_INET ? 'inet' : 'any valid'} address is expected rather than "${v}".`, 1);
  if (p.family !== AF_INET) fail(ctx, 'Error: IPv6 VXLAN remotes are not supported by tuxnet.', 2);
  return p.addr;
}

/** getservbyname(v, "udp") of the services a VXLAN port is named by (/etc/services). */
function udpServicePort(v: string): number | null {
  return v === 'vxlan' ? 4789 : null;
}

/** sscanf("%hhx:%hhx:%hhx:%hhx:%hhx:%hhx") */
function scanMac(s: string): Uint8Array | null {
  const parts = s.split(':');
  if (parts.length < 6) return null;
  const out = new Uint8Array(6);
  for (let i = 0; i < 6; i++) {
    const m = /^\s*(?:0[xX])?([0-9a-fA-F]+)/.exec(parts[i]!);
    if (!m) return null;
    out[i] = parseInt(m[1]!.slice(-2), 16) & 0xff;
  }
  return out;
}

/** fdb_modify(): ndm_state starts NUD_NOARP; no self/master means self; no state means permanent. */
function fdbModify(ctx: IpCtx, cmd: number, nlFlags: number, argv: string[]): number {
  let d: string | null = null;
  let addr: string | null = null;
  let vid = -1;
  const m: BrFdbMsg = { family: AF_BRIDGE, ifindex: 0, state: NUD_NOARP, flags: 0 };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i]!;
    const next = (): string => argv[++i] ?? fail(ctx, 'Command line is not complete. Try option "help"', 255);
    if (a === 'dev') d = next();
    else if (a === 'dst') {
      const v = next();
      if (m.dst !== undefined) duparg2(ctx, 'dst', v);
      m.dst = fdbDst(ctx, v);
    } else if (a === 'nhid') {
      const v = next();
      m.nhid = strtoulFull(v, 0xffffffff, 0) ?? invarg(ctx, '"id" value is invalid\n', v);
    } else if (a === 'port') {
      const v = next();
      const port = strtoulFull(v, 0xffff, 0) ?? udpServicePort(v) ?? invarg(ctx, 'invalid port\n', v);
      if (port) m.port = port;
    } else if (a === 'vni' || a === 'src_vni') {
      const v = next();
      const n = strtoulFull(v, 0xffffff, 0);
      if (n === null) invarg(ctx, a === 'vni' ? 'invalid VNI\n' : 'invalid src VNI\n', v);
      if (a === 'vni') m.vni = n;
      else m.srcVni = n;
    } else if (a === 'via') {
      const v = next();
      m.brportIdx = ctx.ll.nameToIndex(v);
      // exit(nodev(*argv)): 255.
      if (!m.brportIdx) fail(ctx, `Cannot find device "${v}"`, 255);
    } else if (a === 'self') m.flags |= NTF_SELF;
    else if (matches(a, 'master')) m.flags |= NTF_MASTER;
    else if (matches(a, 'router')) m.flags |= NTF_ROUTER;
    else if (matches(a, 'local') || matches(a, 'permanent')) m.state |= NUD_PERMANENT;
    else if (matches(a, 'temp') || matches(a, 'static')) m.state |= NUD_REACHABLE;
    else if (matches(a, 'dynamic')) {
      m.state |= NUD_REACHABLE;
      m.state &= ~NUD_NOARP;
    } else if (matches(a, 'vlan')) {
      if (vid >= 0) duparg2(ctx, 'vlan', a);
      vid = atoi(next());
    } else if (matches(a, 'use')) m.flags |= NTF_USE;
    else if (matches(a, 'extern_learn')) m.flags |= NTF_EXT_LEARNED;
    else if (matches(a, 'sticky')) m.flags |= NTF_STICKY;
    else {
      if (a === 'to') a = next();
      if (matches(a, 'help')) fail(ctx, USAGE.slice(0, -1), 255);
      if (addr !== null) duparg2(ctx, 'to', a);
      addr = a;
    }
  }
  if (d === null || addr === null) {
    ctx.err('Device and address are required arguments.\n');
    return 255;
  }
  if (m.nhid && (m.dst !== undefined || m.port || m.vni !== undefined)) {
    ctx.err('dst, port, vni are mutually exclusive with nhid\n');
    return 255;
  }
  // "Assume self", "Assume permanent"
  if (!(m.flags & (NTF_SELF | NTF_MASTER))) m.flags |= NTF_SELF;
  if (!(m.state & (NUD_PERMANENT | NUD_REACHABLE))) m.state |= NUD_PERMANENT;
  const mac = scanMac(addr);
  if (!mac) {
    ctx.err(`Invalid mac address ${addr}\n`);
    return 255;
  }
  m.lladdr = mac;
  if (vid >= 0) m.vlan = vid & 0xffff;
  m.ifindex = ctx.ll.nameToIndex(d);
  if (!m.ifindex) nodev(ctx, d);
  rtnlTalk(ctx, cmd, nlFlags, m);
  return 0;
}

/** fdb_get(): RTM_GETNEIGH of one entry (ndm_ifindex = brport/dev, NDA_MASTER = br). */
function fdbGet(ctx: IpCtx, argv: string[]): number {
  let d: string | null = null;
  let br: string | null = null;
  let addr: string | null = null;
  let vlan = -1;
  const f: FdbFilter = { index: 0, vlan: 0, state: 0, dynamic: false };
  const m: BrFdbMsg = { family: AF_BRIDGE, ifindex: 0, state: 0, flags: 0 };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i]!;
    const next = (): string => argv[++i] ?? fail(ctx, 'Command line is not complete. Try option "help"', 255);
    if (a === 'brport' || a === 'dev') d = next();
    else if (a === 'br') br = next();
    else if (a === 'self') m.flags |= NTF_SELF;
    else if (matches(a, 'master')) m.flags |= NTF_MASTER;
    else if (matches(a, 'vlan')) {
      if (vlan >= 0) duparg2(ctx, 'vlan', a);
      vlan = atoi(next());
    } else if (a === 'vni') {
      // strtoul(), the whole word, below 2^24
      const v = next();
      const n = strtoulFull(v, 0xffffff, 0);
      if (n === null) invarg(ctx, 'invalid VNI\n', v);
      m.vni = n;
    } else if (matches(a, 'dynamic')) f.dynamic = true;
    else {
      if (a === 'to') a = next();
      if (matches(a, 'help')) fail(ctx, USAGE.slice(0, -1), 255);
      if (addr !== null) duparg2(ctx, 'to', a);
      addr = a;
    }
  }
  if ((d === null && br === null) || addr === null) {
    ctx.err('Device or master and address are required arguments.\n');
    return 255;
  }
  const mac = scanMac(addr);
  if (!mac) {
    ctx.err(`Invalid mac address ${addr}\n`);
    return 255;
  }
  m.lladdr = mac;
  if (vlan >= 0) m.vlan = vlan & 0xffff;
  if (d !== null) {
    m.ifindex = ctx.ll.nameToIndex(d);
    if (!m.ifindex) {
      ctx.err(`Cannot find device "${d}"\n`);
      return 255;
    }
  }
  if (br !== null) {
    const idx = ctx.ll.nameToIndex(br);
    if (!idx) {
      ctx.err(`Cannot find bridge device "${br}"\n`);
      return 255;
    }
    m.master = idx;
  }
  const r = ctx.nl.request(RTM_GETNEIGH, NLM_F_REQUEST | NLM_F_ACK, m);
  if (r.ack.error !== null) {
    // rtnl_talk() failed: fdb_get() returns -2 (exit 254).
    ctx.err(r.ack.msg ? `Error: ${r.ack.msg}${r.ack.msg.endsWith('.') ? '' : '.'}\n` : `RTNETLINK answers: ${strerror[r.ack.error]}\n`);
    return 254;
  }
  const pr = ctx.newPrinter();
  pr.newJsonObj();
  for (const a of r.msgs as NlMsg<BrFdbMsg>[]) printFdb(ctx, pr, a, f);
  pr.deleteJsonObj();
  ctx.out(pr.take());
  return 0;
}

type FlushWord = [string, 'state' | 'flags', number, number, number];
/** fdb_flush()'s words: [word, field, bits set, bits cleared, mask bits]. */
const FLUSH_WORDS: readonly FlushWord[] = [
  ['permanent', 'state', NUD_PERMANENT, 0, NUD_PERMANENT], ['nopermanent', 'state', 0, NUD_PERMANENT, NUD_PERMANENT],
  ['static', 'state', NUD_NOARP, 0, NUD_NOARP | NUD_PERMANENT], ['nostatic', 'state', 0, NUD_NOARP, NUD_NOARP],
  ['dynamic', 'state', 0, NUD_NOARP & ~NUD_PERMANENT, NUD_NOARP | NUD_PERMANENT], ['nodynamic', 'state', NUD_NOARP, 0, NUD_NOARP],
  ['added_by_user', 'flags', NTF_USE, 0, NTF_USE], ['noadded_by_user', 'flags', 0, NTF_USE, NTF_USE],
  ['extern_learn', 'flags', NTF_EXT_LEARNED, 0, NTF_EXT_LEARNED], ['noextern_learn', 'flags', 0, NTF_EXT_LEARNED, NTF_EXT_LEARNED],
  ['sticky', 'flags', NTF_STICKY, 0, NTF_STICKY], ['nosticky', 'flags', 0, NTF_STICKY, NTF_STICKY],
  ['offloaded', 'flags', NTF_OFFLOADED, 0, NTF_OFFLOADED], ['nooffloaded', 'flags', 0, NTF_OFFLOADED, NTF_OFFLOADED],
];

/** fdb_flush(): RTM_DELNEIGH with NLM_F_BULK; no self/master means self. */
function fdbFlush(ctx: IpCtx, argv: string[]): number {
  let d: string | null = null;
  let port: string | null = null;
  let vid = -1;
  const m: BrFdbMsg = { family: AF_BRIDGE, ifindex: 0, state: 0, flags: 0 };
  let stateMask = 0;
  let flagsMask = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => argv[++i] ?? fail(ctx, 'Command line is not complete. Try option "help"', 255);
    const w = FLUSH_WORDS.find(([word]) => word === a);
    if (a === 'dev') d = next();
    else if (a === 'master') m.flags |= NTF_MASTER;
    else if (a === 'self') m.flags |= NTF_SELF;
    else if (w) {
      if (w[1] === 'state') {
        m.state = (m.state | w[2]) & ~w[3];
        stateMask |= w[4];
      } else {
        m.flags = (m.flags | w[2]) & ~w[3];
        flagsMask |= w[4];
      }
    } else if (a === 'brport') {
      if (port !== null) duparg2(ctx, 'brport', a);
      port = next();
    } else if (a === 'vlan') {
      if (vid >= 0) duparg2(ctx, 'vlan', a);
      vid = atoi(next());
    } else if (a === 'help') next();
  }
  if (d === null) {
    ctx.err('Device is a required argument.\n');
    return 255;
  }
  m.ifindex = ctx.ll.nameToIndex(d);
  if (!m.ifindex) {
    ctx.err(`Cannot find bridge device "${d}"\n`);
    return 255;
  }
  if (port !== null) {
    m.brportIdx = ctx.ll.nameToIndex(port);
    if (!m.brportIdx) {
      ctx.err(`Cannot find bridge port device "${port}"\n`);
      return 255;
    }
  }
  if (vid >= 4096) {
    ctx.err(`Invalid VLAN ID "${vid}"\n`);
    return 255;
  }
  if (!(m.flags & (NTF_SELF | NTF_MASTER))) m.flags |= NTF_SELF;
  if (vid > -1) m.vlan = vid;
  if (flagsMask) m.flagsMask = flagsMask;
  if (stateMask) m.stateMask = stateMask;
  rtnlTalk(ctx, RTM_DELNEIGH, NLM_F_BULK, m);
  return 0;
}

/** do_fdb() */
export function doFdb(ctx: IpCtx, argv: string[]): number {
  // do_fdb(): ll_init_map() first, so the names it resolves come from that dump (no RTM_GETLINK of
  // one device, whose rtnl_getlink() would run the device's pending linkwatch event).
  ctx.ll.initMap();
  const cmd = argv[0];
  const rest = argv.slice(1);
  if (cmd === undefined) return fdbShow(ctx, []);
  if (matches(cmd, 'add')) return fdbModify(ctx, RTM_NEWNEIGH, NLM_F_CREATE | NLM_F_EXCL, rest);
  if (matches(cmd, 'append')) return fdbModify(ctx, RTM_NEWNEIGH, NLM_F_CREATE | NLM_F_APPEND, rest);
  if (matches(cmd, 'replace')) return fdbModify(ctx, RTM_NEWNEIGH, NLM_F_CREATE | NLM_F_REPLACE, rest);
  if (matches(cmd, 'delete')) return fdbModify(ctx, RTM_DELNEIGH, 0, rest);
  if (matches(cmd, 'show') || matches(cmd, 'lst') || matches(cmd, 'list')) return fdbShow(ctx, rest);
  if (matches(cmd, 'get')) return fdbGet(ctx, rest);
  if (cmd === 'flush') return fdbFlush(ctx, rest);
  if (matches(cmd, 'help')) fail(ctx, USAGE.slice(0, -1), 255);
  ctx.err(`Command "${cmd}" is unknown, try "bridge fdb help".\n`);
  return 255;
}
