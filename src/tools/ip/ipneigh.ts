/**
 * `ip neigh`: add/change/replace/delete, get, show/list and flush, with
 * iproute2 6.1's output (print_neigh) and error texts.
 * @iproute2 ip/ipneigh.c, lib/ll_addr.c ll_addr_a2n()
 */
import { COLOR_IFNAME, COLOR_MAC, ifaFamilyColor } from './color.js';
import { PRINT_ANY, PRINT_FP, PRINT_JSON, Printer } from './json_print.js';
import {
  AF_UNSPEC, duparg, duparg2, fail, formatHost, incompleteCommand, invarg, matches, nodev, rtnlDump, rtnlTalk, rtnlTalkOrExit, type IpCtx,
} from './utils.js';
import { getAddr, getPrefix, inetAddrMatch, type InetPrefix } from './inet_prefix.js';
import { llNameToIndex } from './iproute_modify.js';
import { llAddrA2n } from './ll_addr.js';
import {
  NTF_EXT_LEARNED, NTF_EXT_MANAGED, NTF_OFFLOADED, NTF_PROXY, NTF_ROUTER, NTF_USE, NUD_DELAY, NUD_FAILED,
  NUD_INCOMPLETE, NUD_NOARP, NUD_NONE, NUD_PERMANENT, NUD_PROBE, NUD_REACHABLE, NUD_STALE, type NdMsg, type NeighRequest,
} from '../../uapi/linux/neighbour.js';
import { NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE, NLM_F_REQUEST, type NlMsg } from '../../uapi/linux/netlink.js';
import { RTM_DELNEIGH, RTM_GETNEIGH, RTM_NEWNEIGH } from '../../uapi/linux/rtnetlink.js';
import { ipv6ToString } from '../../wire/ipv6.js';

const MAX_ROUNDS = 10;

const USAGE =
  'Usage: ip neigh { add | del | change | replace }\n' +
  '                { ADDR [ lladdr LLADDR ] [ nud STATE ] proxy ADDR }\n' +
  '                [ dev DEV ] [ router ] [ use ] [ managed ] [ extern_learn ]\n' +
  '                [ protocol PROTO ]\n' +
  '\n' +
  '	ip neigh { show | flush } [ proxy ] [ to PREFIX ] [ dev DEV ] [ nud STATE ]\n' +
  '				  [ vrf NAME ] [ nomaster ]\n' +
  '	ip neigh get { ADDR | proxy ADDR } dev DEV\n' +
  '\n' +
  'STATE := { delay | failed | incomplete | noarp | none |\n' +
  '           permanent | probe | reachable | stale }';

function usage(ctx: IpCtx): never {
  return fail(ctx, USAGE, 255);
}

/** The dump filter of ipneigh.c (static struct filter). */
interface NeighFilter {
  family: number;
  index: number;
  state: number;
  unusedOnly: boolean;
  pfx: InetPrefix | null;
  master: number;
  protocol: number;
  ndmFlags: number;
  /** flushb: the entries to send back as RTM_DELNEIGH this round; null when not flushing. */
  flush: NdMsg[] | null;
}

/** ipneigh_reset_filter() */
function resetFilter(ifindex: number): NeighFilter {
  return { family: 0, index: ifindex, state: ~0, unusedOnly: false, pfx: null, master: 0, protocol: 0, ndmFlags: 0, flush: null };
}

/** nud_state_a2n(): null when bad. */
function nudStateA2n(arg: string): number | null {
  if (matches(arg, 'permanent')) return NUD_PERMANENT;
  if (matches(arg, 'reachable')) return NUD_REACHABLE;
  const exact: Record<string, number> = {
    noarp: NUD_NOARP, none: NUD_NONE, stale: NUD_STALE, incomplete: NUD_INCOMPLETE, delay: NUD_DELAY, probe: NUD_PROBE,
  };
  if (Object.prototype.hasOwnProperty.call(exact, arg)) return exact[arg]!;
  if (matches(arg, 'failed')) return NUD_FAILED;
  const v = parseUnsignedBase0(arg);
  if (v === null || v >= 0x100 || v & (v - 1)) return null;
  return v;
}

/** get_unsigned(): strtoul base 0 over the whole string. */
function parseUnsignedBase0(s: string): number | null {
  if (/^0[xX][0-9a-fA-F]+$/.test(s)) return parseInt(s.slice(2), 16);
  if (/^0[0-7]*$/.test(s)) return parseInt(s, 8);
  if (/^[1-9][0-9]*$/.test(s)) return Number(s) > 0xffffffff ? null : Number(s);
  return null;
}

/** What ipneigh_modify() collects from the command line. */
interface ModifyArgs {
  dev: string | null;
  dst: InetPrefix | null;
  devOk: boolean;
  lla: string | null;
}

/** The argument loop of ipneigh_modify(); fills `req`. */
function parseModifyArgs(ctx: IpCtx, req: NeighRequest, argv: string[]): ModifyArgs {
  const r: ModifyArgs = { dev: null, dst: null, devOk: false, lla: null };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i]!;
    const next = (): string => argv[++i] ?? incompleteCommand(ctx);
    if (matches(a, 'lladdr')) {
      const v = next();
      if (r.lla !== null) duparg(ctx, 'lladdr', v);
      r.lla = v;
    } else if (a === 'nud') {
      const v = next();
      const st = nudStateA2n(v);
      if (st === null) invarg(ctx, 'nud state is bad', v);
      req.state = st;
    } else if (matches(a, 'proxy')) {
      const v = next();
      if (matches(v, 'help')) usage(ctx);
      if (r.dst) duparg(ctx, 'address', v);
      r.dst = getAddr(ctx, v, ctx.opts.family);
      r.devOk = true;
      req.flags |= NTF_PROXY;
    } else if (a === 'router') req.flags |= NTF_ROUTER;
    else if (a === 'use') req.flags |= NTF_USE;
    else if (a === 'managed') {
      req.flagsExt |= NTF_EXT_MANAGED;
      req.state = NUD_NONE;
    } else if (matches(a, 'extern_learn')) req.flags |= NTF_EXT_LEARNED;
    else if (a === 'dev') {
      r.dev = next();
      r.devOk = true;
    } else if (matches(a, 'protocol')) {
      const v = next();
      const p = ctx.names.protoA2n(v);
      if (p === null) invarg(ctx, '"protocol" value is invalid\n', v);
      req.protocol = p;
    } else {
      if (a === 'to') a = next();
      if (matches(a, 'help')) a = next();
      if (r.dst) duparg2(ctx, 'to', a);
      r.dst = getAddr(ctx, a, ctx.opts.family);
    }
  }
  return r;
}

/** ipneigh_modify(): RTM_NEWNEIGH / RTM_DELNEIGH from the command line. */
function ipneighModify(ctx: IpCtx, del: boolean, nlFlags: number, argv: string[]): number {
  const req: NeighRequest = {
    family: ctx.opts.family, ifindex: 0, state: NUD_PERMANENT, flags: 0, flagsExt: 0, dst: null, lladdr: null, protocol: 0,
  };
  const { dev, dst, devOk, lla } = parseModifyArgs(ctx, req, argv);
  if (!devOk || !dst || dst.family === AF_UNSPEC) return fail(ctx, 'Device and destination are required arguments.', 255);
  req.family = dst.family;
  req.dst = { addr: dst.addr, len: dst.bytelen, addr6: dst.addr6 };
  if (lla !== null && lla !== 'null') {
    const l = llAddrA2n(ctx, lla);
    if (!l) return 1;
    req.lladdr = l;
  }
  if (dev !== null) {
    req.ifindex = llNameToIndex(ctx, dev);
    if (!req.ifindex) nodev(ctx, dev);
  }
  // ipneigh_modify(): `exit(2)` on an error, not a return.
  rtnlTalkOrExit(ctx, del ? RTM_DELNEIGH : RTM_NEWNEIGH, nlFlags, req);
  return 0;
}

/** ll_index_to_name() */
function indexToName(ctx: IpCtx, ifindex: number): string {
  return ctx.ll.indexToName(ifindex);
}

/** ll_addr_n2a() for Ethernet-like addresses. */
function llAddrN2a(a: Uint8Array): string {
  return [...a].map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/** print_cacheinfo(): USER_HZ 100 ticks shown as seconds. */
function printCacheinfo(pr: Printer, m: NdMsg): void {
  const ci = m.cacheinfo!;
  const hz = 100;
  if (ci.refcnt) pr.number(PRINT_ANY, 'refcnt', ' ref %u', ci.refcnt);
  pr.number(PRINT_ANY, 'used', ' used %u', Math.floor(ci.used / hz));
  pr.number(PRINT_ANY, 'confirmed', '/%u', Math.floor(ci.confirmed / hz));
  pr.number(PRINT_ANY, 'updated', '/%u', Math.floor(ci.updated / hz));
}

/** NDA_DST as text: an IPv4 or IPv6 address. */
/** format_host_rta() of NDA_DST (a name from /etc/hosts with -resolve; IPv6 stays numeric). */
function dstToString(ctx: IpCtx, m: NdMsg): string {
  return m.dst6 ? ipv6ToString(m.dst6) : formatHost(ctx, m.dst);
}

/** inet_addr_match() of NDA_DST against the filter's prefix (same family). */
function dstMatch(m: NdMsg, p: InetPrefix): boolean {
  if (!m.dst6 || !p.addr6) return inetAddrMatch(m.dst, p.addr, p.bitlen);
  const bits = Math.min(p.bitlen, 128);
  const whole = bits >> 3;
  for (let i = 0; i < whole; i++) if (m.dst6[i] !== p.addr6[i]) return false;
  const rest = bits & 7;
  if (!rest) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return ((m.dst6[whole]! ^ p.addr6[whole]!) & mask) === 0;
}

/** print_neigh_state() */
function printNeighState(pr: Printer, nud: number): void {
  pr.openJsonArray(PRINT_JSON, pr.isJson ? 'state' : '');
  const names: [number, string][] = [
    [NUD_INCOMPLETE, 'INCOMPLETE'], [NUD_REACHABLE, 'REACHABLE'], [NUD_STALE, 'STALE'], [NUD_DELAY, 'DELAY'],
    [NUD_PROBE, 'PROBE'], [NUD_FAILED, 'FAILED'], [NUD_NOARP, 'NOARP'], [NUD_PERMANENT, 'PERMANENT'],
  ];
  for (const [bit, name] of names) if (nud & bit) pr.string(PRINT_ANY, null, '%s ', name);
  pr.closeJsonArray(PRINT_JSON, null);
}

/** The part of print_neigh() that decides whether a message is shown (or flushed). */
function neighFiltered(f: NeighFilter, m: NdMsg): boolean {
  if (f.family && f.family !== m.family) return true;
  if (f.index && f.index !== m.ifindex) return true;
  if (!(f.state & m.state) && !(m.flags & NTF_PROXY) && !(m.flags & NTF_EXT_LEARNED) && (m.state || !(f.state & 0x100))) return true;
  // inet_addr_match_rta()
  const p = f.pfx;
  if (p && p.family !== AF_UNSPEC && p.bitlen > 0) {
    if (p.family !== m.family || !dstMatch(m, p)) return true;
  }
  if (f.protocol && f.protocol !== m.protocol) return true;
  if (f.unusedOnly && m.cacheinfo && m.cacheinfo.refcnt) return true;
  return false;
}

/** print_neigh() after ipneigh_reset_filter(ifindex): a notification (`ip monitor neigh [dev X]`). */
export function printNeighMsg(ctx: IpCtx, pr: Printer, n: NlMsg<NdMsg>, ifindex = 0): void {
  printNeigh(ctx, pr, resetFilter(ifindex), n);
}

/** print_neigh(): one entry, text or JSON. */
function printNeigh(ctx: IpCtx, pr: Printer, f: NeighFilter, n: NlMsg<NdMsg>): void {
  const m = n.body;
  if (neighFiltered(f, m)) return;
  if (f.flush) {
    f.flush.push(m);
    if (ctx.opts.stats < 2) return;
  }
  pr.openJsonObject();
  if (n.type === RTM_DELNEIGH) pr.bool(PRINT_ANY, 'deleted', 'Deleted ', true);
  else if (n.type === RTM_GETNEIGH) pr.null(PRINT_ANY, 'miss', '%s ', 'miss');
  if (ctx.opts.brief) {
    printNeighBrief(ctx, pr, f, m);
    return;
  }
  if (!m.noDst) pr.colorString(PRINT_ANY, ifaFamilyColor(m.family), 'dst', '%s ', dstToString(ctx, m));
  if (!f.index && m.ifindex) {
    pr.text('dev ');
    pr.colorString(PRINT_ANY, COLOR_IFNAME, 'dev', '%s ', indexToName(ctx, m.ifindex));
  }
  if (m.lladdr) {
    pr.text('lladdr ');
    pr.colorString(PRINT_ANY, COLOR_MAC, 'lladdr', '%s ', llAddrN2a(m.lladdr));
  }
  if (m.flags & NTF_ROUTER) pr.null(PRINT_ANY, 'router', '%s ', 'router');
  if (m.flags & NTF_PROXY) pr.null(PRINT_ANY, 'proxy', '%s ', 'proxy');
  if (m.flagsExt & NTF_EXT_MANAGED) pr.null(PRINT_ANY, 'managed', '%s ', 'managed');
  if (m.flags & NTF_EXT_LEARNED) pr.null(PRINT_ANY, 'extern_learn', '%s ', 'extern_learn');
  if (m.flags & NTF_OFFLOADED) pr.null(PRINT_ANY, 'offload', '%s ', 'offload');
  if (ctx.opts.stats) {
    if (m.cacheinfo) printCacheinfo(pr, m);
    if (m.probes !== null) pr.number(PRINT_ANY, 'probes', 'probes %u ', m.probes);
  }
  if (m.state) printNeighState(pr, m.state);
  if (m.protocol) pr.string(PRINT_ANY, 'protocol', 'proto %s ', ctx.names.protoN2a(m.protocol, ctx.opts.numeric));
  pr.string(PRINT_FP, null, '\n', '');
  pr.closeJsonObject();
}

/** print_neigh_brief() */
function printNeighBrief(ctx: IpCtx, pr: Printer, f: NeighFilter, m: NdMsg): void {
  if (!m.noDst) pr.colorString(PRINT_ANY, ifaFamilyColor(m.family), 'dst', '%-39s ', dstToString(ctx, m));
  if (!f.index && m.ifindex) pr.colorString(PRINT_ANY, COLOR_IFNAME, 'dev', '%-16s ', indexToName(ctx, m.ifindex));
  if (m.lladdr) pr.colorString(PRINT_ANY, COLOR_MAC, 'lladdr', '%s', llAddrN2a(m.lladdr));
  pr.string(PRINT_FP, null, '%s', '\n');
  pr.closeJsonObject();
}

/** Parse the show/flush arguments into `f`. */
function parseShowArgs(ctx: IpCtx, f: NeighFilter, argv: string[], flush: boolean): string | null {
  let filterDev: string | null = null;
  let stateGiven = false;
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i]!;
    const next = (): string => argv[++i] ?? incompleteCommand(ctx);
    if (a === 'dev') {
      const v = next();
      if (filterDev !== null) duparg(ctx, 'dev', v);
      filterDev = v;
    } else if (a === 'master') {
      const v = next();
      const idx = llNameToIndex(ctx, v);
      if (!idx) invarg(ctx, 'Device does not exist\n', v);
      f.master = idx;
    } else if (a === 'vrf') {
      // Linux: a VRF device's name; tuxnet has no VRF devices.
      invarg(ctx, 'Not a valid VRF name\n', next());
    } else if (a === 'nomaster') f.master = -1;
    else if (a === 'unused') f.unusedOnly = true;
    else if (a === 'nud') {
      const v = next();
      if (!stateGiven) {
        stateGiven = true;
        f.state = 0;
      }
      let st = nudStateA2n(v);
      if (st === null) {
        if (v !== 'all') invarg(ctx, 'nud state is bad', v);
        st = ~0;
        if (flush) st &= ~NUD_NOARP;
      }
      if (st === 0) st = 0x100;
      f.state |= st;
    } else if (a === 'proxy') f.ndmFlags = NTF_PROXY;
    else if (matches(a, 'protocol')) {
      const v = next();
      let p = ctx.names.protoA2n(v);
      if (p === null) {
        if (v !== 'all') invarg(ctx, 'invalid "protocol"\n', v);
        p = 0;
      }
      f.protocol = p;
    } else {
      if (a === 'to') a = next();
      if (matches(a, 'help')) usage(ctx);
      f.pfx = getPrefix(ctx, a, f.family);
      if (f.family === AF_UNSPEC) f.family = f.pfx.family;
    }
  }
  return filterDev;
}

/** rtnl_neighdump_req() with ipneigh_dump_filter(): NDA_IFINDEX, NDA_MASTER, ndm_flags. */
function dump(ctx: IpCtx, f: NeighFilter): NlMsg<NdMsg>[] {
  const req: NeighRequest = {
    family: f.family, ifindex: 0, state: 0, flags: f.ndmFlags, flagsExt: 0, dst: null, lladdr: null, protocol: 0,
    ifindexAttr: f.index, master: f.master,
  };
  return rtnlDump(ctx, RTM_GETNEIGH, req) as NlMsg<NdMsg>[];
}

/** do_show_or_flush() */
function doShowOrFlush(ctx: IpCtx, argv: string[], flush: boolean): number {
  const f = resetFilter(0);
  f.family = ctx.opts.family;
  if (flush) {
    if (argv.length === 0) fail(ctx, 'Flush requires arguments.', 1);
    f.state = ~(NUD_PERMANENT | NUD_NOARP);
  } else f.state = 0xff & ~NUD_NOARP;
  const filterDev = parseShowArgs(ctx, f, argv, flush);
  ctx.ll.initMap();
  if (filterDev !== null) {
    f.index = llNameToIndex(ctx, filterDev);
    if (!f.index) nodev(ctx, filterDev);
  }
  if (flush) return doFlush(ctx, f);
  const pr = ctx.newPrinter();
  pr.newJsonObj();
  for (const m of dump(ctx, f)) printNeigh(ctx, pr, f, m);
  pr.deleteJsonObj();
  ctx.out(pr.take());
  return 0;
}

/** The flush rounds: dump, delete what matched, until a round finds nothing. */
function doFlush(ctx: IpCtx, f: NeighFilter): number {
  const stats = ctx.opts.stats;
  for (let round = 0; round < MAX_ROUNDS; ) {
    f.flush = [];
    const pr = ctx.newPrinter();
    for (const m of dump(ctx, f)) printNeigh(ctx, pr, f, m);
    ctx.out(pr.take());
    const doomed = f.flush;
    if (doomed.length === 0) {
      if (stats) {
        if (round === 0) ctx.out('Nothing to flush.\n');
        else ctx.out(`*** Flush is complete after ${round} round${round > 1 ? 's' : ''} ***\n`);
      }
      return 0;
    }
    round++;
    for (const m of doomed) flushOne(ctx, m);
    if (stats) ctx.out(`\n*** Round ${round}, deleting ${doomed.length} entries ***\n`);
    f.state &= ~NUD_FAILED;
  }
  ctx.out(`*** Flush not complete bailing out after ${MAX_ROUNDS} rounds\n`);
  return 1;
}

/** The RTM_DELNEIGH iproute2 makes of a dumped entry (the same message, type changed). */
function flushOne(ctx: IpCtx, m: NdMsg): void {
  const req: NeighRequest = {
    family: m.family, ifindex: m.ifindex, state: m.state, flags: m.flags, flagsExt: m.flagsExt,
    dst: { addr: m.dst, len: m.dst6 ? 16 : 4, addr6: m.dst6 }, lladdr: m.lladdr, protocol: m.protocol,
  };
  const r = ctx.nl.request(RTM_DELNEIGH, NLM_F_REQUEST, req);
  // rtnl_send_check() finds the error: perror("Failed to send flush request"), exit 1.
  if (r.ack.error !== null) fail(ctx, 'Failed to send flush request: Success', 1);
}

/** ipneigh_get() */
function ipneighGet(ctx: IpCtx, argv: string[]): number {
  const req: NeighRequest = {
    family: ctx.opts.family, ifindex: 0, state: 0, flags: 0, flagsExt: 0, dst: null, lladdr: null, protocol: 0,
  };
  let d: string | null = null;
  let dst: InetPrefix | null = null;
  let devOk = false;
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i]!;
    const next = (): string => argv[++i] ?? incompleteCommand(ctx);
    if (a === 'dev') {
      d = next();
      devOk = true;
    } else if (matches(a, 'proxy')) {
      const v = next();
      if (matches(v, 'help')) usage(ctx);
      if (dst) duparg(ctx, 'address', v);
      dst = getAddr(ctx, v, ctx.opts.family);
      devOk = true;
      req.flags |= NTF_PROXY;
    } else {
      if (a === 'to') a = next();
      if (matches(a, 'help')) usage(ctx);
      if (dst) duparg2(ctx, 'to', a);
      dst = getAddr(ctx, a, ctx.opts.family);
    }
  }
  if (!devOk || !dst || dst.family === AF_UNSPEC) return fail(ctx, 'Device and address are required arguments.', 1);
  req.family = dst.family;
  req.dst = { addr: dst.addr, len: dst.bytelen, addr6: dst.addr6 };
  if (d !== null) {
    req.ifindex = llNameToIndex(ctx, d);
    if (!req.ifindex) return fail(ctx, `Cannot find device "${d}"`, 1);
  }
  const answer = rtnlTalk(ctx, RTM_GETNEIGH, 0, req)[0] as NlMsg<NdMsg>;
  // ipneigh_get() prints without new_json_obj(): text even with -j.
  const pr = ctx.textPrinter();
  printNeigh(ctx, pr, resetFilter(0), answer);
  ctx.out(pr.take());
  return 0;
}

/** do_ipneigh() */
export function doIpneigh(ctx: IpCtx, argv: string[]): number {
  const cmd = argv[0];
  if (cmd === undefined) return doShowOrFlush(ctx, [], false);
  const rest = argv.slice(1);
  if (matches(cmd, 'add')) return ipneighModify(ctx, false, NLM_F_CREATE | NLM_F_EXCL, rest);
  if (matches(cmd, 'change') || cmd === 'chg') return ipneighModify(ctx, false, NLM_F_REPLACE, rest);
  if (matches(cmd, 'replace')) return ipneighModify(ctx, false, NLM_F_CREATE | NLM_F_REPLACE, rest);
  if (matches(cmd, 'delete')) return ipneighModify(ctx, true, 0, rest);
  if (matches(cmd, 'get')) return ipneighGet(ctx, rest);
  if (matches(cmd, 'show') || matches(cmd, 'lst') || matches(cmd, 'list')) return doShowOrFlush(ctx, rest, false);
  if (matches(cmd, 'flush')) return doShowOrFlush(ctx, rest, true);
  if (matches(cmd, 'help')) usage(ctx);
  return fail(ctx, `Command "${cmd}" is unknown, try "ip neigh help".`, 255);
}
