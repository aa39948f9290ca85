/**
 * `ip rule`: list/show, add, del, flush of the policy routing rules,
 * byte-exact with iproute2 6.1 over the kernel's rule messages.
 * @iproute2 ip/iprule.c
 * @linux net/core/fib_rules.c fib_nl_newrule(), fib_nl_delrule(), fib_nl_dumprule()
 */
import { COLOR_IFNAME, COLOR_INET } from './color.js';
import { strerror } from '../../net/core/errno.js';
import {
  FIB_RULE_IIF_DETACHED, FIB_RULE_INVERT, FIB_RULE_OIF_DETACHED, FIB_RULE_UNRESOLVED, FR_ACT_GOTO, FR_ACT_NOP,
  FR_ACT_TO_TBL, FR_ACT_UNSPEC, type FibRuleBody, type FibRulePortRange, type FibRuleUidRange,
} from '../../uapi/linux/fib_rules.js';
import { NLM_F_CREATE, NLM_F_DUMP, NLM_F_EXCL, NLM_F_REQUEST, type NlMsg } from '../../uapi/linux/netlink.js';
import { RTM_DELRULE, RTM_GETRULE, RTM_NEWRULE } from '../../uapi/linux/rtnetlink.js';
import { RTN_NAT, RT_TABLE_MAIN, RT_TABLE_UNSPEC, RTPROT_KERNEL } from '../../uapi/linux/rtmsg.js';
import { ipToString } from '../../wire/ipv4.js';
import { sprintf } from '../lib/printf.js';
import { PRINT_ANY, PRINT_FP, PRINT_JSON, type Printer } from './json_print.js';
import { getAddr32, getPrefix, inetAddrMatch, type InetPrefix } from './inet_prefix.js';
import { inetProtoA2n, inetProtoN2a } from './inet_proto.js';
import { getRtRealmsOrRaw } from './iproute_modify.js';
import { protocolSelector, typeA2n, typeN2a } from './rt_names.js';
import type { RtNames } from './rt_names_db.js';
import { ipruleRestore, saveRule, saveRulePrep } from './iprule_save.js';
import {
  AF_INET, AF_UNSPEC, Args, checkIfname, fail, getU64, invarg, matches, nlAckReport, parseInteger, rtnlEchoTalk, rtnlTalk,
  type IpCtx, parseUnsigned } from './utils.js';

const USAGE = `Usage: ip rule { add | del } SELECTOR ACTION
       ip rule { flush | save | restore }
       ip rule [ list [ SELECTOR ]]
SELECTOR := [ not ] [ from PREFIX ] [ to PREFIX ] [ tos TOS ]
            [ fwmark FWMARK[/MASK] ]
            [ iif STRING ] [ oif STRING ] [ pref NUMBER ] [ l3mdev ]
            [ uidrange NUMBER-NUMBER ]
            [ ipproto PROTOCOL ]
            [ sport [ NUMBER | NUMBER-NUMBER ]
            [ dport [ NUMBER | NUMBER-NUMBER ] ]
ACTION := [ table TABLE_ID ]
          [ protocol PROTO ]
          [ nat ADDRESS ]
          [ realms [SRCREALM/]DSTREALM ]
          [ goto NUMBER ]
          SUPPRESSOR
SUPPRESSOR := [ suppress_prefixlength NUMBER ]
              [ suppress_ifgroup DEVGROUP ]
TABLE_ID := [ local | main | default | NUMBER ]`;

function usage(ctx: IpCtx): never {
  return fail(ctx, USAGE, 255);
}

/** do_iprule() */
export function doIprule(ctx: IpCtx, argv: string[]): number | Promise<number> {
  const cmd = argv[0];
  if (cmd === undefined) return listFlush(ctx, [], 'list');
  const rest = argv.slice(1);
  if (matches(cmd, 'list') || matches(cmd, 'lst') || matches(cmd, 'show')) return listFlush(ctx, rest, 'list');
  if (matches(cmd, 'save')) return listFlush(ctx, rest, 'save');
  if (matches(cmd, 'restore')) return ipruleRestore(ctx);
  if (matches(cmd, 'add')) return modify(ctx, 'add', rest);
  if (matches(cmd, 'delete')) return modify(ctx, 'del', rest);
  if (matches(cmd, 'flush')) return listFlush(ctx, rest, 'flush');
  if (matches(cmd, 'help')) usage(ctx);
  return fail(ctx, `Command "${cmd}" is unknown, try "ip rule help".`, 255);
}

/* ---------------------------------------------------------------- parsing helpers */

/** One %u (bits 32) or %hu (bits 16) of glibc's sscanf at `pos`: value and end, or null. */
function scanUnsigned(s: string, pos: number, bits: number): { value: number; end: number } | null {
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d+)/.exec(s.slice(pos));
  if (!m) return null;
  let v = BigInt(m[2]!);
  const max = (1n << 64n) - 1n;
  if (v > max) v = max;
  if (m[1] === '-') v = ((1n << 64n) - v) & max;
  return { value: Number(v & ((1n << BigInt(bits)) - 1n)), end: pos + m[0].length };
}

/** sscanf(arg, "%u-%u") / "%hu-%hu": how many numbers matched, and them. */
function scanRange(s: string, bits: number): { n: number; start: number; end: number } {
  const a = scanUnsigned(s, 0, bits);
  if (!a) return { n: 0, start: 0, end: 0 };
  if (s[a.end] !== '-') return { n: 1, start: a.value, end: 0 };
  const b = scanUnsigned(s, a.end + 1, bits);
  return b ? { n: 2, start: a.value, end: b.value } : { n: 1, start: a.value, end: 0 };
}

/** A port or port range: `N` or `N-M`. */
function portRange(a: Args, what: string): FibRulePortRange {
  const v = a.next();
  const r = scanRange(v, 16);
  if (r.n === 1) r.end = r.start;
  else if (r.n !== 2) invarg(a.ctx, `invalid ${what}\n`, v);
  return { start: r.start, end: r.end };
}

function uidRange(a: Args): FibRuleUidRange {
  const v = a.next();
  const r = scanRange(v, 32);
  if (r.n !== 2) invarg(a.ctx, 'invalid UID range\n', v);
  return { start: r.start, end: r.end };
}

/** check_ifname(): what dev_valid_name() would refuse, refused early. */
/** `fwmark M[/MASK]` */
function fwmarkArg(a: Args): { mark: number; mask: number | null } {
  const v = a.next();
  const slash = v.indexOf('/');
  const markStr = slash >= 0 ? v.slice(0, slash) : v;
  const mark = parseUnsigned(markStr);
  if (mark === null) invarg(a.ctx, 'fwmark value is invalid\n', markStr);
  if (slash < 0) return { mark, mask: null };
  const mask = parseUnsigned(v.slice(slash + 1));
  if (mask === null) invarg(a.ctx, 'fwmask value is invalid\n', v.slice(slash + 1));
  return { mark, mask };
}

function modify(ctx: IpCtx, cmd: 'add' | 'del', argv: string[]): number {
  if (argv.length === 0) return fail(ctx, `"ip rule ${cmd}" requires arguments.`, 1);
  const req: FibRuleBody = {
    family: ctx.opts.family, dstLen: 0, srcLen: 0, tos: 0, table: 0, action: cmd === 'add' ? FR_ACT_TO_TBL : FR_ACT_UNSPEC, flags: 0,
    attrs: {},
  };
  const st = { tableOk: false, l3mdev: false, tid: 0 };
  const a = new Args(ctx, argv);
  for (; a.i < argv.length; a.i++) {
    if (!selectorArg(a, req) && !actionArg(a, req, st)) typeArg(a, req, st);
  }
  if (st.l3mdev && st.tid !== 0) return fail(ctx, 'table can not be specified for l3mdev rules', 22);
  if (req.family === AF_UNSPEC) req.family = AF_INET;
  if (!st.tableOk && cmd === 'add') req.table = RT_TABLE_MAIN;
  const type = cmd === 'add' ? RTM_NEWRULE : RTM_DELRULE;
  const flags = cmd === 'add' ? NLM_F_CREATE | NLM_F_EXCL : 0;
  if (!ctx.opts.echoRequest) {
    rtnlTalk(ctx, type, flags, req);
    return 0;
  }
  // rtnl_echo_talk()
  const answer = rtnlEchoTalk(ctx, type, flags, req);
  if (answer) {
    const p = ctx.newPrinter();
    p.newJsonObj();
    p.openJsonObject(null);
    printRule(p, answer as NlMsg<FibRuleBody>, ctx.names, ctx.opts.numeric, ctx.opts.details);
    p.closeJsonObject();
    p.deleteJsonObj();
    ctx.out(p.take());
  }
  return 0;
}

/** The selectors of iprule_modify() (not, from, to, pref, tos, fwmark). */
function selectorArg(a: Args, req: FibRuleBody): boolean {
  const w = a.cur;
  const hdr = req;
  const attrs = req.attrs;
  if (w === 'not') hdr.flags |= FIB_RULE_INVERT;
  else if (w === 'from' || w === 'to') {
    const p = getPrefix(a.ctx, a.next(), hdr.family);
    const addr = { addr: p.addr, bytelen: p.bytelen };
    if (w === 'from') {
      hdr.srcLen = p.bitlen;
      attrs.src = addr;
    } else {
      hdr.dstLen = p.bitlen;
      attrs.dst = addr;
    }
  } else if (matches(w, 'preference') || matches(w, 'order') || matches(w, 'priority')) {
    const v = a.next();
    const pref = parseUnsigned(v);
    if (pref === null) invarg(a.ctx, 'preference value is invalid\n', v);
    attrs.priority = pref;
  } else if (w === 'tos' || matches(w, 'dsfield')) {
    const v = a.next();
    const tos = a.ctx.names.dsfieldA2n(v);
    if (tos === null) invarg(a.ctx, 'TOS value is invalid\n', v);
    hdr.tos = tos;
  } else if (w === 'fwmark') {
    const { mark, mask } = fwmarkArg(a);
    attrs.fwmark = mark;
    if (mask !== null) attrs.fwmask = mask;
  } else return false;
  return true;
}

/** realms, protocol, tun_id, table, suppressors, iif/oif, l3mdev, uidrange, nat, ipproto, ports. */
function actionArg(a: Args, req: FibRuleBody, st: { tableOk: boolean; l3mdev: boolean; tid: number }): boolean {
  const w = a.cur;
  const hdr = req;
  const attrs = req.attrs;
  if (matches(w, 'realms')) {
    const v = a.next();
    const realm = getRtRealmsOrRaw(a.ctx.names, v);
    if (realm === null) invarg(a.ctx, 'invalid realms\n', v);
    attrs.flow = realm;
  } else if (matches(w, 'protocol')) {
    const v = a.next();
    const proto = a.ctx.names.protoA2n(v);
    if (proto === null) invarg(a.ctx, '"protocol" value is invalid\n', v);
    attrs.protocol = proto;
  } else if (matches(w, 'tun_id')) {
    const v = a.next();
    const id = getU64(v);
    if (id === null) invarg(a.ctx, '"tun_id" value is invalid\n', v);
    attrs.tunId = id;
  } else if (matches(w, 'table') || w === 'lookup') {
    const v = a.next();
    const tid = a.ctx.names.tableA2n(v);
    if (tid === null) invarg(a.ctx, 'invalid table ID\n', v);
    st.tid = tid;
    // Ids past 255 travel in FRA_TABLE only.
    if (tid < 256) hdr.table = tid;
    else {
      hdr.table = RT_TABLE_UNSPEC;
      attrs.table = tid;
    }
    st.tableOk = true;
  } else if (matches(w, 'suppress_prefixlength') || w === 'sup_pl') {
    const v = a.next();
    const pl = parseInteger(v);
    if (pl === null || pl < 0) invarg(a.ctx, 'suppress_prefixlength value is invalid\n', v);
    attrs.suppressPrefixlen = pl;
  } else if (matches(w, 'suppress_ifgroup') || w === 'sup_group') {
    const v = a.next();
    const group = a.ctx.names.groupA2n(v);
    if (group === null) invarg(a.ctx, 'Invalid "suppress_ifgroup" value\n', v);
    attrs.suppressIfgroup = group;
  } else if (w === 'dev' || w === 'iif' || w === 'oif') {
    const v = a.next();
    if (!checkIfname(v)) invarg(a.ctx, w === 'oif' ? '"oif" not a valid ifname' : '"iif"/"dev" not a valid ifname', v);
    if (w === 'oif') attrs.oifname = v;
    else attrs.iifname = v;
  } else if (w === 'l3mdev') {
    attrs.l3mdev = 1;
    st.tableOk = true;
    st.l3mdev = true;
  } else return portsArg(a, req);
  return true;
}

/** uidrange, nat, ipproto, sport, dport. */
function portsArg(a: Args, req: FibRuleBody): boolean {
  const w = a.cur;
  const hdr = req;
  const attrs = req.attrs;
  if (w === 'uidrange') attrs.uidRange = uidRange(a);
  else if (w === 'nat' || matches(w, 'map-to')) {
    const v = a.next();
    a.ctx.err('Warning: route NAT is deprecated\n');
    // get_addr32(); the kernel ignores the RTA_GATEWAY it travels in.
    getAddr32(a.ctx, v);
    hdr.action = RTN_NAT;
  } else if (w === 'ipproto') {
    const v = a.next();
    const p = inetProtoA2n(v);
    if (p < 0) invarg(a.ctx, 'Invalid "ipproto" value\n', v);
    attrs.ipProto = p;
  } else if (w === 'sport') attrs.sportRange = portRange(a, 'port range');
  else if (w === 'dport') attrs.dportRange = portRange(a, 'dport range');
  else return false;
  return true;
}

/** `[type] goto N | nop | TYPE` (unreachable, prohibit, blackhole, ...). */
function typeArg(a: Args, req: FibRuleBody, st: { tableOk: boolean }): void {
  let w = a.cur;
  if (w === 'type') w = a.next();
  let type: number;
  if (matches(w, 'help')) usage(a.ctx);
  else if (matches(w, 'goto')) {
    type = FR_ACT_GOTO;
    const v = a.next();
    const target = parseUnsigned(v);
    if (target === null) invarg(a.ctx, 'invalid target\n', v);
    req.attrs.goto = target;
  } else if (matches(w, 'nop')) type = FR_ACT_NOP;
  else {
    const t = typeA2n(w);
    if (t === null) invarg(a.ctx, 'Failed to parse rule type', w);
    type = t;
  }
  req.action = type;
  st.tableOk = true;
}

/* ---------------------------------------------------------------- list / flush */

/** The `filter` of iprule.c. */
interface RuleFilter {
  not: boolean;
  l3mdev: boolean;
  iif: string | null;
  oif: string | null;
  uidrange: FibRuleUidRange | null;
  tb: number;
  tos: number | null;
  pref: number | null;
  fwmark: number;
  fwmask: number;
  tunId: bigint;
  src: InetPrefix | null;
  dst: InetPrefix | null;
  protocol: number;
  protocolmask: number;
  sport: FibRulePortRange;
  dport: FibRulePortRange;
  ipproto: number;
}

function newFilter(): RuleFilter {
  return {
    not: false, l3mdev: false, iif: null, oif: null, uidrange: null, tb: 0, tos: null, pref: null, fwmark: 0, fwmask: 0,
    tunId: 0n, src: null, dst: null, protocol: 0, protocolmask: 0, sport: { start: 0, end: 0 }, dport: { start: 0, end: 0 }, ipproto: 0,
  };
}

/** The selector loop of iprule_list_flush_or_save(). */
function parseFilter(ctx: IpCtx, argv: string[], af: number): RuleFilter {
  const f = newFilter();
  const a = new Args(ctx, argv);
  for (; a.i < argv.length; a.i++) {
    const w = a.cur;
    if (matches(w, 'preference') || matches(w, 'order') || matches(w, 'priority')) {
      const v = a.next();
      f.pref = parseUnsigned(v) ?? invarg(ctx, 'preference value is invalid\n', v);
    } else if (w === 'not') f.not = true;
    else if (w === 'tos' || w === 'dsfield') {
      const v = a.next();
      f.tos = ctx.names.dsfieldA2n(v) ?? invarg(ctx, 'TOS value is invalid\n', v);
    } else if (w === 'fwmark') {
      const { mark, mask } = fwmarkArg(a);
      f.fwmark = mark;
      if (mask !== null) f.fwmask = mask;
    } else if (w === 'dev' || w === 'iif' || w === 'oif') {
      const v = a.next();
      if (!checkIfname(v)) invarg(ctx, w === 'oif' ? '"oif" not a valid ifname' : '"iif"/"dev" not a valid ifname', v);
      if (w === 'oif') f.oif = v;
      else f.iif = v;
    } else if (w === 'l3mdev') f.l3mdev = true;
    else if (w === 'uidrange') f.uidrange = uidRange(a);
    else parseFilterRest(a, f, af);
  }
  return f;
}

/** tun_id, table, from, protocol, ipproto, ports, and [to] PREFIX. */
function parseFilterRest(a: Args, f: RuleFilter, af: number): void {
  const ctx = a.ctx;
  const w = a.cur;
  if (matches(w, 'tun_id')) {
    const v = a.next();
    f.tunId = getU64(v) ?? invarg(ctx, '"tun_id" value is invalid\n', v);
  } else if (matches(w, 'lookup') || matches(w, 'table')) {
    const v = a.next();
    f.tb = ctx.names.tableA2n(v) ?? invarg(ctx, 'table id value is invalid\n', v);
  } else if (matches(w, 'from') || matches(w, 'src')) f.src = getPrefix(ctx, a.next(), af);
  else if (matches(w, 'protocol')) {
    const v = a.next();
    const sel = protocolSelector(ctx.names, v, () => invarg(ctx, 'invalid "protocol"\n', v));
    f.protocol = sel.protocol;
    f.protocolmask = sel.mask;
  } else if (w === 'ipproto') {
    const v = a.next();
    const p = inetProtoA2n(v);
    if (p < 0) invarg(ctx, 'Invalid "ipproto" value\n', v);
    f.ipproto = p;
  } else if (w === 'sport') f.sport = portRange(a, 'port range');
  else if (w === 'dport') f.dport = portRange(a, 'dport range');
  else {
    const v = matches(w, 'dst') || matches(w, 'to') ? a.next() : w;
    f.dst = getPrefix(ctx, v, af);
  }
}

/** inet_addr_match_rta() == 0 */
function prefixMatches(f: InetPrefix, addr: { addr: number } | undefined): boolean {
  if (!addr || f.family === AF_UNSPEC || f.bitlen <= 0) return true;
  return inetAddrMatch(addr.addr, f.addr, f.bitlen);
}

function samePorts(a: FibRulePortRange | undefined, b: FibRulePortRange): boolean {
  return a !== undefined && a.start === b.start && a.end === b.end;
}

/** filter_nlmsg() */
function filterNlmsg(f: RuleFilter, m: FibRuleBody, family: number): boolean {
  const hdr = m;
  const tb = m.attrs;
  if (family !== AF_UNSPEC && hdr.family !== family) return false;
  if (f.pref !== null && f.pref !== (tb.priority ?? 0)) return false;
  if (f.not && !(hdr.flags & FIB_RULE_INVERT)) return false;
  if (f.src && (f.src.family !== hdr.family || f.src.bitlen > hdr.srcLen || !prefixMatches(f.src, tb.src))) return false;
  if (f.dst && (f.dst.family !== hdr.family || f.dst.bitlen > hdr.dstLen || !prefixMatches(f.dst, tb.dst))) return false;
  if (f.tos !== null && f.tos !== hdr.tos) return false;
  if (f.fwmark && f.fwmark !== (tb.fwmark ?? 0)) return false;
  if (f.fwmask && f.fwmask !== (tb.fwmask ?? 0)) return false;
  if (f.iif !== null && f.iif !== tb.iifname) return false;
  if (f.oif !== null && f.oif !== tb.oifname) return false;
  if (f.l3mdev && !tb.l3mdev) return false;
  if (f.uidrange && (!tb.uidRange || tb.uidRange.start !== f.uidrange.start || tb.uidRange.end !== f.uidrange.end)) return false;
  if (f.ipproto && f.ipproto !== (tb.ipProto ?? 0)) return false;
  if (f.sport.start && !samePorts(tb.sportRange, f.sport)) return false;
  if (f.dport.start && !samePorts(tb.dportRange, f.dport)) return false;
  if (f.tunId && f.tunId !== tb.tunId) return false;
  const table = tb.table ?? hdr.table;
  return !(f.tb > 0 && f.tb !== table);
}

/** iprule_list_flush_or_save() */
function listFlush(ctx: IpCtx, argv: string[], action: 'list' | 'flush' | 'save'): number {
  const af = ctx.opts.family === AF_UNSPEC ? AF_INET : ctx.opts.family;
  if (action === 'save') {
    if (argv.length > 0) return fail(ctx, '"ip rule save" does not take any arguments.', 1);
    if (!saveRulePrep(ctx)) return 1;
  }
  const f = parseFilter(ctx, argv, af);
  const p = ctx.newPrinter();
  p.newJsonObj();
  const r = ctx.nl.request(RTM_GETRULE, NLM_F_REQUEST | NLM_F_DUMP, { family: af });
  if (r.ack.error !== null) {
    ctx.out(p.take());
    if (r.ack.error !== 'ENOENT' && r.ack.error !== 'EOPNOTSUPP') ctx.err(`RTNETLINK answers: ${strerror[r.ack.error]}\n`);
    return fail(ctx, 'Dump terminated', 255);
  }
  for (const n of r.msgs as NlMsg<FibRuleBody>[]) {
    if (action === 'save') saveRule(ctx, n);
    else if (!filterNlmsg(f, n.body, ctx.opts.family)) continue;
    else if (action === 'flush') flushRule(ctx, f, n.body);
    else printRule(p, n, ctx.names, ctx.opts.numeric, ctx.opts.details);
  }
  p.deleteJsonObj();
  ctx.out(p.take());
  return 0;
}

/**
 * flush_rule(): every rule that passed the filter and has a preference
 * (so not rule 0) goes back to the kernel as RTM_DELRULE, as dumped.
 */
function flushRule(ctx: IpCtx, f: RuleFilter, m: FibRuleBody): void {
  if (m.attrs.protocol !== undefined && (f.protocol ^ m.attrs.protocol) & f.protocolmask) return;
  if (m.attrs.priority === undefined) return;
  const r = ctx.nl.request(RTM_DELRULE, NLM_F_REQUEST, m);
  if (r.ack.error === null) return;
  nlAckReport(ctx, r.ack);
  fail(ctx, 'Dump terminated', 255);
}

/* ---------------------------------------------------------------- print_rule() */

/** print_0xhex(): "%#llx" text, and the same text as a JSON string. */
function print0xhex(p: Printer, key: string, fmt: string, v: number): void {
  p.string(PRINT_JSON, key, '', sprintf('%#llx', v));
  p.text(sprintf(fmt, v));
}

/** An address selector: ` to ADDR[/LEN]` (or `from ...`). */
function printAddr(p: Printer, key: string, word: string, a: { addr: number } | undefined, len: number): void {
  if (a) {
    p.string(PRINT_FP, null, word, null);
    p.colorString(PRINT_ANY, COLOR_INET, key, '%s', ipToString(a.addr));
    if (len !== 32) p.number(PRINT_ANY, `${key}len`, '/%u', len);
  } else if (len) {
    p.string(PRINT_ANY, key, `${word}%s`, '0');
    p.number(PRINT_ANY, `${key}len`, '/%u', len);
  } else if (key === 'src') p.string(PRINT_ANY, 'src', 'from %s', 'all');
}

function printRange(p: Printer, key: string, r: FibRulePortRange): void {
  if (r.start === r.end) p.number(PRINT_ANY, key, ` ${key} %u`, r.start);
  else {
    p.number(PRINT_ANY, `${key}_start`, ` ${key} %u`, r.start);
    p.number(PRINT_ANY, `${key}_end`, '-%u', r.end);
  }
}

/** print_rule(): one rule (`Deleted ` first for an RTM_DELRULE notification), text or JSON. */
export function printRule(p: Printer, n: NlMsg<FibRuleBody>, names: RtNames, numeric: boolean, details: number): void {
  const m = n.body;
  const hdr = m;
  const tb = m.attrs;
  p.openJsonObject(null);
  if (n.type === RTM_DELRULE) p.bool(PRINT_ANY, 'deleted', 'Deleted ', true);
  p.number(PRINT_ANY, 'priority', '%u:\t', tb.priority ?? 0);
  if (hdr.flags & FIB_RULE_INVERT) p.null(PRINT_ANY, 'not', 'not ', '');
  printAddr(p, 'src', 'from ', tb.src, hdr.srcLen);
  printAddr(p, 'dst', ' to ', tb.dst, hdr.dstLen);
  if (hdr.tos) p.string(PRINT_ANY, 'tos', ' tos %s', names.dsfieldN2a(hdr.tos, numeric));
  if (tb.fwmark !== undefined || tb.fwmask !== undefined) {
    print0xhex(p, 'fwmark', ' fwmark %#llx', tb.fwmark ?? 0);
    if (tb.fwmask !== undefined && tb.fwmask !== 0xffffffff) print0xhex(p, 'fwmask', '/%#llx', tb.fwmask);
  }
  printDevs(p, m);
  if (tb.l3mdev) p.null(PRINT_ANY, 'l3mdev', ' lookup [l3mdev-table]', '');
  if (tb.uidRange) {
    p.number(PRINT_ANY, 'uid_start', ' uidrange %u', tb.uidRange.start);
    p.number(PRINT_ANY, 'uid_end', '-%u', tb.uidRange.end);
  }
  if (tb.ipProto !== undefined) p.string(PRINT_ANY, 'ipproto', ' ipproto %s', inetProtoN2a(tb.ipProto, numeric));
  if (tb.sportRange) printRange(p, 'sport', tb.sportRange);
  if (tb.dportRange) printRange(p, 'dport', tb.dportRange);
  if (tb.tunId !== undefined) {
    p.number(PRINT_JSON, 'tun_id', '', Number(tb.tunId));
    p.text(` tun_id ${tb.tunId}`);
  }
  printTable(p, m, names, numeric);
  printAction(p, m, numeric);
  if (tb.protocol !== undefined && ((tb.protocol && tb.protocol !== RTPROT_KERNEL) || details > 0)) {
    p.string(PRINT_ANY, 'protocol', ' proto %s', names.protoN2a(tb.protocol, numeric));
  }
  p.string(PRINT_FP, null, '\n', null);
  p.closeJsonObject();
}

function printDevs(p: Printer, m: FibRuleBody): void {
  const hdr = m;
  const tb = m.attrs;
  if (tb.iifname !== undefined) {
    p.text(' iif ');
    p.colorString(PRINT_ANY, COLOR_IFNAME, 'iif', '%s', tb.iifname);
    if (hdr.flags & FIB_RULE_IIF_DETACHED) p.null(PRINT_ANY, 'iif_detached', ' [detached]', '');
  }
  if (tb.oifname !== undefined) {
    p.text(' oif ');
    p.colorString(PRINT_ANY, COLOR_IFNAME, 'oif', '%s', tb.oifname);
    if (hdr.flags & FIB_RULE_OIF_DETACHED) p.null(PRINT_ANY, 'oif_detached', ' [detached]', '');
  }
}

/** ` lookup TABLE` with its suppressors, then the realms. */
function printTable(p: Printer, m: FibRuleBody, names: RtNames, numeric: boolean): void {
  const hdr = m;
  const tb = m.attrs;
  const table = tb.table ?? hdr.table;
  if (table) {
    p.string(PRINT_ANY, 'table', ' lookup %s', names.tableN2a(table, numeric));
    if (tb.suppressPrefixlen !== undefined && tb.suppressPrefixlen !== -1) {
      p.number(PRINT_ANY, 'suppress_prefixlen', ' suppress_prefixlength %d', tb.suppressPrefixlen);
    }
    if (tb.suppressIfgroup !== undefined && tb.suppressIfgroup !== -1) {
      p.string(PRINT_ANY, 'suppress_ifgroup', ' suppress_ifgroup %s', names.groupN2a(tb.suppressIfgroup, numeric));
    }
  }
  if (tb.flow !== undefined) {
    const to = tb.flow & 0xffff;
    const from = tb.flow >>> 16;
    if (from) p.string(PRINT_ANY, 'flow_from', ' realms %s/', names.realmN2a(from, numeric));
    else p.string(PRINT_FP, null, ' realms ', null);
    p.string(PRINT_ANY, 'flow_to', '%s', names.realmN2a(to, numeric));
  }
}

function printAction(p: Printer, m: FibRuleBody, numeric: boolean): void {
  const hdr = m;
  const tb = m.attrs;
  if (hdr.action === RTN_NAT) p.null(PRINT_ANY, 'masquerade', ' masquerade', '');
  else if (hdr.action === FR_ACT_GOTO) {
    if (tb.goto !== undefined) p.number(PRINT_ANY, 'goto', ' goto %u', tb.goto);
    else p.string(PRINT_ANY, 'goto', ' goto %s', 'none');
    if (hdr.flags & FIB_RULE_UNRESOLVED) p.null(PRINT_ANY, 'unresolved', ' [unresolved]', '');
  } else if (hdr.action === FR_ACT_NOP) p.null(PRINT_ANY, 'nop', ' nop', '');
  else if (hdr.action !== FR_ACT_TO_TBL) p.string(PRINT_ANY, 'action', ' %s', typeN2a(hdr.action, numeric));
}
