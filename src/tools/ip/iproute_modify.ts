/**
 * `ip route add|append|prepend|replace|change|test|del`: iproute_modify()'s
 * argument loop builds the RTM_NEWROUTE/RTM_DELROUTE request exactly as
 * iproute2 6.1 does (defaults, abbreviations, error texts and exit codes),
 * and sends it; the kernel (net/ipv4/fib_rtnl.ts) judges it.
 * @iproute2 ip/iproute.c iproute_modify(), parse_nexthops(), parse_one_nh()
 */
import {
  RTAX_ADVMSS, RTAX_CC_ALGO, RTAX_CWND, RTAX_FASTOPEN_NO_COOKIE, RTAX_FEATURE_ECN, RTAX_FEATURES, RTAX_HOPLIMIT,
  RTAX_INITCWND, RTAX_INITRWND, RTAX_LOCK, RTAX_MTU, RTAX_QUICKACK, RTAX_REORDERING, RTAX_RTO_MIN, RTAX_RTT,
  RTAX_RTTVAR, RTAX_SSTHRESH, RTAX_WINDOW, RTN_ANYCAST, RTN_BROADCAST, RTN_LOCAL, RTN_MULTICAST, RTN_NAT, RTN_UNICAST,
  RTN_UNSPEC, RTNH_F_ONLINK, RTPROT_BOOT, RT_SCOPE_HOST, RT_SCOPE_LINK, RT_SCOPE_NOWHERE, RT_SCOPE_UNIVERSE,
  RT_TABLE_LOCAL, RT_TABLE_MAIN, metricValues, newRtMsg, type RtMetricValue, type RtMetrics, type RtMsg, type RtNexthop, type RtVia,
} from '../../uapi/linux/rtmsg.js';
import { RTM_DELROUTE } from '../../uapi/linux/rtnetlink.js';
import {
  AF_INET, AF_INET6, AF_UNSPEC, Args, fail, invarg, duparg2, matches, nodev, parseUnsigned, rtnlEchoTalk, rtnlTalk, type IpCtx,
} from './utils.js';
import { printRoute, resetFilter } from './iproute_print.js';
import { lwtParseEncap } from './iproute_lwtunnel.js';
import { printEnv } from './iproute.js';
import type { NlMsg } from '../../uapi/linux/netlink.js';
import { getAddr, getPrefix, readFamily, type InetPrefix } from './inet_prefix.js';
import { strtoul, typeA2n } from './rt_names.js';
import type { RtNames } from './rt_names_db.js';

/** The request iproute_modify() builds: struct rtmsg plus attributes, the metrics as RTA_METRICS nests them. */
interface RouteReq extends RtMsg {
  metrics: RtMetrics;
}

/** usage() of ip/iproute.c: to stderr, exit 255. */
export function iprouteUsage(ctx: IpCtx): never {
  return fail(ctx, USAGE.replace(/\n$/, ''), 255);
}

/** ll_name_to_index(): the link cache (RTM_GETLINK), else "ifN" read as index N (ll_idx_a2n); 0 when neither. */
export function llNameToIndex(ctx: IpCtx, name: string): number {
  const idx = ctx.ll.nameToIndex(name);
  if (idx) return idx;
  const m = /^if\s*([+-]?\d+)/.exec(name);
  return m ? Number(m[1]) >>> 0 : 0;
}

/** get_time_rtt(): NUMBER[s|ms] in ms; `raw` when no unit was given. */
export function getTimeRtt(arg: string): { val: number; raw: boolean } | null {
  let t: number;
  let rest: string;
  if (arg.includes('.')) {
    const m = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(arg);
    if (!m) return null;
    t = Number(m[0]);
    if (t < 0) return null;
    rest = arg.slice(m[0].length);
  } else {
    const r = strtoul(arg, 0);
    if (r.end === 0) return null;
    t = r.value;
    rest = arg.slice(r.end);
  }
  let raw = true;
  if (rest) {
    raw = false;
    const u = rest.toLowerCase();
    if (u === 's' || u === 'sec' || u === 'secs') t *= 1000;
    else if (u !== 'ms' && u !== 'msec' && u !== 'msecs') return null;
  }
  let val = Math.trunc(t) >>> 0;
  if (val < t) val = (val + 1) >>> 0;
  return { val, raw };
}

/** get_rt_realms_or_raw(): FROM/TO realm names or a raw number. */
export function getRtRealmsOrRaw(names: RtNames, arg: string): number | null {
  const slash = arg.indexOf('/');
  let realms = 0;
  let to = arg;
  let ok = true;
  if (slash >= 0) {
    const from = names.realmA2n(arg.slice(0, slash));
    if (from === null) ok = false;
    else realms = (from << 16) >>> 0;
    to = arg.slice(slash + 1);
  }
  if (ok && to) {
    const r = names.realmA2n(to);
    if (r === null) ok = false;
    else realms = (realms | r) >>> 0;
  }
  return ok ? realms : parseUnsigned(arg);
}

/** A metric with an optional `lock` word before its value. */
function metricArg(a: Args, req: RouteReq, rtax: number, what: string, max = 0xffffffff): void {
  let v = a.next();
  if (v === 'lock') {
    lockMetric(req, rtax);
    v = a.next();
  }
  const n = parseUnsigned(v);
  if (n === null || n > max) invarg(a.ctx, `"${what}" value is invalid\n`, v);
  addMetric(req, rtax, n);
}

function timeArg(a: Args, req: RouteReq, rtax: number, what: string, scale: number): void {
  let v = a.next();
  if (v === 'lock') {
    lockMetric(req, rtax);
    v = a.next();
  }
  const t = getTimeRtt(v);
  if (t === null) invarg(a.ctx, `"${what}" value is invalid\n`, v);
  addMetric(req, rtax, t.raw ? t.val : (t.val * scale) >>> 0);
}

function boolMetric(a: Args, req: RouteReq, rtax: number, what: string): void {
  const v = a.next();
  const n = parseUnsigned(v);
  if (n === null) invarg(a.ctx, `"${what}" value is invalid\n`, v);
  if (n !== 1 && n !== 0) invarg(a.ctx, `"${what}" value should be 0 or 1\n`, v);
  addMetric(req, rtax, n);
}

/**
 * One RTA_METRICS attribute more: rta_addattr32() for each keyword, a
 * repeated one included (the kernel reads them in order).
 */
function addMetric(req: RouteReq, rtax: number, v: RtMetricValue): void {
  const prev = req.metrics.get(rtax);
  req.metrics.set(rtax, prev === undefined ? v : [...metricValues(prev), v]);
}

/** `lock`: the metric's bit in RTAX_LOCK. */
function lockMetric(req: RouteReq, rtax: number): void {
  req.metrics.set(RTAX_LOCK, (Number(req.metrics.get(RTAX_LOCK) ?? 0) | (1 << rtax)) >>> 0);
}

/** A `via [FAMILY] ADDRESS`: an RTA_GATEWAY or, for another family, an RTA_VIA. */
function viaArg(a: Args, req: { family: number }): { gw: number | null; via: RtVia | null } {
  let v = a.next();
  let family = readFamily(v);
  if (family === AF_UNSPEC) family = req.family;
  else v = a.next();
  const addr = getAddr(a.ctx, v, family);
  if (req.family === AF_UNSPEC) req.family = addr.family;
  if (addr.family === req.family && addr.family === AF_INET) return { gw: addr.addr, via: null };
  // tuxnet parses IPv6 text without its bytes: the RTA_VIA carries the family only.
  return { gw: null, via: { family: addr.family, addr: new Uint8Array(addr.bytelen) } };
}

/** What the loop of iproute_modify() tracks besides the request. */
interface ModifyState {
  gwOk: boolean;
  dstOk: boolean;
  scopeOk: boolean;
  tableOk: boolean;
  typeOk: boolean;
  d: string | null;
}

/**
 * One argument of iproute_modify()'s loop. The keywords are tried in
 * iproute2's order, so its abbreviations resolve the same way ("p" is
 * priority, "s" ssthresh). Returns false at "nexthop".
 */
function modifyArg(a: Args, req: RouteReq, st: ModifyState): boolean {
  return nodeArg(a, req, st) || metricsKeyword(a, req) || infoArg(a, req, st);
}

/** src, as, via, from, tos, expires, metric, scope. */
function nodeArg(a: Args, req: RouteReq, st: ModifyState): boolean {
  const ctx = a.ctx;
  const w = a.cur;
  if (w === 'src') {
    const addr = getAddr(ctx, a.next(), req.family);
    if (req.family === AF_UNSPEC) req.family = addr.family;
    if (addr.family === AF_INET) req.prefsrc = addr.addr;
  } else if (w === 'as') {
    let v = a.next();
    if (v === 'to') v = a.next();
    const addr = getAddr(ctx, v, req.family);
    if (req.family === AF_UNSPEC) req.family = addr.family; // RTA_NEWDST: MPLS only, IPv4 ignores it
  } else if (w === 'via') {
    if (st.gwOk) invarg(ctx, 'use nexthop syntax to specify multiple via\n', w);
    st.gwOk = true;
    const via = viaArg(a, req);
    if (via.gw !== null) req.gateway = via.gw;
    if (via.via) req.via = via.via;
  } else if (w === 'from') {
    const p = getPrefix(ctx, a.next(), req.family);
    if (req.family === AF_UNSPEC) req.family = p.family; // RTA_SRC: IPv4 has no source routing and ignores it
  } else if (w === 'tos' || matches(w, 'dsfield')) {
    const v = a.next();
    const tos = ctx.names.dsfieldA2n(v);
    if (tos === null) invarg(ctx, '"tos" value is invalid\n', v);
    req.tos = tos;
  } else if (w === 'expires') {
    const v = a.next();
    if (parseUnsigned(v) === null) invarg(ctx, '"expires" value is invalid\n', v);
  } else if (matches(w, 'metric') || matches(w, 'priority') || w === 'preference') {
    const v = a.next();
    const m = parseUnsigned(v);
    if (m === null) invarg(ctx, '"metric" value is invalid\n', v);
    req.priority = m;
  } else if (w === 'scope') {
    const v = a.next();
    const s = ctx.names.scopeA2n(v);
    if (s === null) invarg(ctx, 'invalid "scope" value\n', v);
    req.scope = s;
    st.scopeOk = true;
  } else return false;
  return true;
}

/** The RTA_METRICS keywords, mtu to ssthresh. */
function metricsKeyword(a: Args, req: RouteReq): boolean {
  const ctx = a.ctx;
  const w = a.cur;
  if (w === 'mtu') metricArg(a, req, RTAX_MTU, 'mtu');
  else if (w === 'hoplimit') metricArg(a, req, RTAX_HOPLIMIT, 'hoplimit', 255);
  else if (w === 'advmss') metricArg(a, req, RTAX_ADVMSS, 'mss');
  else if (matches(w, 'reordering')) metricArg(a, req, RTAX_REORDERING, 'reordering');
  else if (w === 'rtt') timeArg(a, req, RTAX_RTT, 'rtt', 8);
  else if (w === 'rto_min') {
    const v = a.next();
    lockMetric(req, RTAX_RTO_MIN);
    const t = getTimeRtt(v);
    if (t === null) invarg(ctx, '"rto_min" value is invalid\n', v);
    addMetric(req, RTAX_RTO_MIN, t.val);
  } else if (matches(w, 'window')) metricArg(a, req, RTAX_WINDOW, 'window');
  else if (matches(w, 'cwnd')) metricArg(a, req, RTAX_CWND, 'cwnd');
  else if (matches(w, 'initcwnd')) metricArg(a, req, RTAX_INITCWND, 'initcwnd');
  else if (matches(w, 'initrwnd')) metricArg(a, req, RTAX_INITRWND, 'initrwnd');
  else if (matches(w, 'features')) {
    const v = a.next();
    if (v !== 'ecn') invarg(ctx, '"features" value not valid\n', v);
    addMetric(req, RTAX_FEATURES, RTAX_FEATURE_ECN);
  } else if (matches(w, 'quickack')) boolMetric(a, req, RTAX_QUICKACK, 'quickack');
  else if (matches(w, 'congctl')) {
    let v = a.next();
    if (v === 'lock') {
      lockMetric(req, RTAX_CC_ALGO);
      v = a.next();
    }
    // RTAX_CC_ALGO travels as the name; the kernel refuses an unknown one.
    addMetric(req, RTAX_CC_ALGO, v);
  } else if (matches(w, 'rttvar')) timeArg(a, req, RTAX_RTTVAR, 'rttvar', 4);
  else if (matches(w, 'ssthresh')) metricArg(a, req, RTAX_SSTHRESH, 'ssthresh');
  else return false;
  return true;
}

/** realms, onlink, nexthop, nhid, protocol, table, vrf, dev, pref, ... else the destination. */
function infoArg(a: Args, req: RouteReq, st: ModifyState): boolean {
  const ctx = a.ctx;
  const w = a.cur;
  if (matches(w, 'realms')) {
    const v = a.next();
    req.flow = getRtRealmsOrRaw(ctx.names, v) ?? invarg(ctx, '"realm" value is invalid\n', v);
  } else if (w === 'onlink') req.flags |= RTNH_F_ONLINK;
  else if (w === 'nexthop') return false;
  else if (w === 'nhid') {
    const v = a.next();
    const id = parseUnsigned(v);
    if (id === null) invarg(ctx, '"id" value is invalid\n', v);
    req.nhid = id;
  } else if (matches(w, 'protocol')) {
    const v = a.next();
    const p = ctx.names.protoA2n(v);
    if (p === null) invarg(ctx, '"protocol" value is invalid\n', v);
    req.protocol = p;
  } else if (matches(w, 'table')) {
    const v = a.next();
    const tid = ctx.names.tableA2n(v);
    if (tid === null) invarg(ctx, '"table" value is invalid\n', v);
    setTable(req, tid);
    st.tableOk = true;
  } else if (matches(w, 'vrf')) {
    const v = a.next();
    // ipvrf_get_table(): tuxnet has no VRF devices; only "default" names main.
    if (v !== 'default' || ctx.ll.nameToIndex(v)) invarg(ctx, 'Invalid VRF\n', v);
    setTable(req, RT_TABLE_MAIN);
    st.tableOk = true;
  } else if (w === 'dev' || w === 'oif') st.d = a.next();
  else if (matches(w, 'pref')) {
    const v = a.next();
    const n = parseUnsigned(v);
    if (!['low', 'medium', 'high'].includes(v) && (n === null || n > 255)) invarg(ctx, '"pref" value is invalid\n', v);
  } else if (w === 'encap') req.encapType = lwtParseEncap(ctx, a);
  else if (w === 'ttl-propagate') {
    const v = a.next();
    if (!matches(v, 'enabled') && !matches(v, 'disabled')) invarg(ctx, '"ttl-propagate" value is invalid\n', v);
  } else if (matches(w, 'fastopen_no_cookie')) boolMetric(a, req, RTAX_FASTOPEN_NO_COOKIE, 'fastopen_no_cookie');
  else dstArg(a, req, st);
  return true;
}

/** Ids past 255 travel in RTA_TABLE only. */
function setTable(req: RouteReq, tid: number): void {
  if (tid < 256) {
    req.table = tid;
    req.tableId = null;
  } else {
    req.table = 0;
    req.tableId = tid;
  }
}

/** The final else of the loop: [to] [TYPE] PREFIX. */
function dstArg(a: Args, req: RouteReq, st: ModifyState): void {
  let w = a.cur;
  if (w === 'to') w = a.next();
  const c = w.charCodeAt(0);
  const type = !(c >= 48 && c <= 57) ? typeA2n(w) : null;
  if (type !== null) {
    w = a.next();
    req.type = type;
    st.typeOk = true;
  }
  if (matches(w, 'help')) iprouteUsage(a.ctx);
  if (st.dstOk) duparg2(a.ctx, 'to', w);
  const dst: InetPrefix = getPrefix(a.ctx, w, req.family);
  if (req.family === AF_UNSPEC) req.family = dst.family;
  req.dstLen = dst.bitlen;
  st.dstOk = true;
  req.dst = dst.bytelen ? dst.addr : null;
  if (dst.addr6) req.dst6 = dst.addr6;
}

/** parse_nexthops() / parse_one_nh() */
function parseNexthops(a: Args, req: RouteReq): void {
  const ctx = a.ctx;
  req.multipath = [];
  while (a.left > 0) {
    if (a.cur !== 'nexthop') fail(ctx, `Error: "nexthop" or end of line is expected instead of "${a.cur}"`, 255);
    if (a.left <= 1) fail(ctx, 'Error: unexpected end of line after "nexthop"', 255);
    const nh: RtNexthop = { flags: 0, hops: 0, ifindex: 0, gateway: null };
    for (a.i++; a.left > 0; a.i++) {
      const w: string = a.argv[a.i]!;
      if (w === 'via') {
        // a repeated via adds a second RTA_GATEWAY (RTA_VIA) to the
        // rtnexthop, and the kernel's fib_get_nhs() / fib_nh_match() read
        // the first (nla_find()): the first one given stays
        const via = viaArg(a, req);
        if (via.gw !== null && nh.gateway === null) nh.gateway = via.gw;
        if (via.via && !nh.via) nh.via = via.via;
      } else if (w === 'dev') {
        const v = a.next();
        nh.ifindex = llNameToIndex(ctx, v);
        if (!nh.ifindex) {
          ctx.err(`Cannot find device "${v}"\n`);
          fail(ctx, 'Error: cannot parse nexthop', 255);
        }
      } else if (w === 'weight') {
        const v = a.next();
        const n = parseUnsigned(v);
        if (n === null || n === 0 || n > 256) invarg(ctx, '"weight" is invalid\n', v);
        nh.hops = n - 1;
      } else if (w === 'onlink') nh.flags |= RTNH_F_ONLINK;
      else if (matches(w, 'realms')) {
        const v = a.next();
        const flow = getRtRealmsOrRaw(ctx.names, v) ?? invarg(ctx, '"realm" value is invalid\n', v);
        // a second RTA_FLOW in the rtnexthop: nla_find() reads the first
        nh.flow ??= flow;
      } else if (w === 'encap') nh.encapType = lwtParseEncap(ctx, a);
      else if (w === 'as') {
        let v = a.next();
        if (v === 'to') v = a.next();
        getAddr(ctx, v, req.family);
      } else break;
    }
    req.multipath!.push(nh);
  }
}

/**
 * iproute_modify(): parse, then send the request. `cmd` is RTM_NEWROUTE or
 * RTM_DELROUTE, `nlflags` the NLM_F_* of the subcommand.
 */
export function iprouteModify(ctx: IpCtx, cmd: number, nlflags: number, argv: string[]): number {
  const isNew = cmd !== RTM_DELROUTE;
  const req: RouteReq = {
    ...newRtMsg({
      family: ctx.opts.family, table: RT_TABLE_MAIN, protocol: isNew ? RTPROT_BOOT : 0,
      scope: isNew ? RT_SCOPE_UNIVERSE : RT_SCOPE_NOWHERE, type: isNew ? RTN_UNICAST : RTN_UNSPEC,
    }),
    metrics: new Map(),
  };
  const st: ModifyState = { gwOk: false, dstOk: false, scopeOk: false, tableOk: false, typeOk: false, d: null };
  const a = new Args(ctx, argv);
  let nhsOk = false;
  for (; a.i < argv.length; a.i++) {
    if (!modifyArg(a, req, st)) {
      nhsOk = true;
      break;
    }
  }
  if (!st.dstOk) iprouteUsage(ctx);
  if (st.d !== null) {
    req.oif = llNameToIndex(ctx, st.d);
    if (!req.oif) nodev(ctx, st.d);
  }
  if (nhsOk) parseNexthops(a, req);
  if (req.family === AF_UNSPEC) req.family = AF_INET;
  if (!st.tableOk && [RTN_LOCAL, RTN_BROADCAST, RTN_NAT, RTN_ANYCAST].includes(req.type)) req.table = RT_TABLE_LOCAL;
  if (!st.scopeOk) {
    if (req.family === AF_INET6) req.scope = RT_SCOPE_UNIVERSE;
    else if (req.type === RTN_LOCAL || req.type === RTN_NAT) req.scope = RT_SCOPE_HOST;
    else if (req.type === RTN_BROADCAST || req.type === RTN_MULTICAST || req.type === RTN_ANYCAST) req.scope = RT_SCOPE_LINK;
    else if (req.type === RTN_UNICAST || req.type === RTN_UNSPEC) {
      if (!isNew) req.scope = RT_SCOPE_NOWHERE;
      else if (!st.gwOk && !nhsOk && !req.nhid) req.scope = RT_SCOPE_LINK;
    }
  }
  const body: RtMsg = { ...req, metrics: req.metrics.size ? req.metrics : null };
  if (!ctx.opts.echoRequest) {
    rtnlTalk(ctx, cmd, nlflags, body);
    return 0;
  }
  const answer = rtnlEchoTalk(ctx, cmd, nlflags, body);
  if (answer) {
    const pr = ctx.newPrinter();
    pr.newJsonObj();
    pr.openJsonObject(null);
    printRoute(pr, answer as NlMsg<RtMsg>, resetFilter(0), printEnv(ctx));
    pr.closeJsonObject();
    pr.deleteJsonObj();
    ctx.out(pr.take());
  }
  return 0;
}

const USAGE = `Usage: ip route { list | flush } SELECTOR
       ip route save SELECTOR
       ip route restore
       ip route showdump
       ip route get [ ROUTE_GET_FLAGS ] ADDRESS
                            [ from ADDRESS iif STRING ]
                            [ oif STRING ] [ tos TOS ]
                            [ mark NUMBER ] [ vrf NAME ]
                            [ uid NUMBER ] [ ipproto PROTOCOL ]
                            [ sport NUMBER ] [ dport NUMBER ]
       ip route { add | del | change | append | replace } ROUTE
SELECTOR := [ root PREFIX ] [ match PREFIX ] [ exact PREFIX ]
            [ table TABLE_ID ] [ vrf NAME ] [ proto RTPROTO ]
            [ type TYPE ] [ scope SCOPE ]
ROUTE := NODE_SPEC [ INFO_SPEC ]
NODE_SPEC := [ TYPE ] PREFIX [ tos TOS ]
             [ table TABLE_ID ] [ proto RTPROTO ]
             [ scope SCOPE ] [ metric METRIC ]
             [ ttl-propagate { enabled | disabled } ]
INFO_SPEC := { NH | nhid ID } OPTIONS FLAGS [ nexthop NH ]...
NH := [ encap ENCAPTYPE ENCAPHDR ] [ via [ FAMILY ] ADDRESS ]
      [ dev STRING ] [ weight NUMBER ] NHFLAGS
FAMILY := [ inet | inet6 | mpls | bridge | link ]
OPTIONS := FLAGS [ mtu NUMBER ] [ advmss NUMBER ] [ as [ to ] ADDRESS ]
           [ rtt TIME ] [ rttvar TIME ] [ reordering NUMBER ]
           [ window NUMBER ] [ cwnd NUMBER ] [ initcwnd NUMBER ]
           [ ssthresh NUMBER ] [ realms REALM ] [ src ADDRESS ]
           [ rto_min TIME ] [ hoplimit NUMBER ] [ initrwnd NUMBER ]
           [ features FEATURES ] [ quickack BOOL ] [ congctl NAME ]
           [ pref PREF ] [ expires TIME ] [ fastopen_no_cookie BOOL ]
TYPE := { unicast | local | broadcast | multicast | throw |
          unreachable | prohibit | blackhole | nat }
TABLE_ID := [ local | main | default | all | NUMBER ]
SCOPE := [ host | link | global | NUMBER ]
NHFLAGS := [ onlink | pervasive ]
RTPROTO := [ kernel | boot | static | NUMBER ]
PREF := [ low | medium | high ]
TIME := NUMBER[s|ms]
BOOL := [1|0]
FEATURES := ecn
ENCAPTYPE := [ mpls | ip | ip6 | seg6 | seg6local | rpl | ioam6 | xfrm ]
ENCAPHDR := [ MPLSLABEL | SEG6HDR | SEG6LOCAL | IOAM6HDR | XFRMINFO ]
SEG6HDR := [ mode SEGMODE ] segs ADDR1,ADDRi,ADDRn [hmac HMACKEYID] [cleanup]
SEGMODE := [ encap | encap.red | inline | l2encap | l2encap.red ]
SEG6LOCAL := action ACTION [ OPTIONS ] [ count ]
ACTION := { End | End.X | End.T | End.DX2 | End.DX6 | End.DX4 |
            End.DT6 | End.DT4 | End.DT46 | End.B6 | End.B6.Encaps |
            End.BM | End.S | End.AS | End.AM | End.BPF }
OPTIONS := OPTION [ OPTIONS ]
OPTION := { flavors FLAVORS | srh SEG6HDR | nh4 ADDR | nh6 ADDR | iif DEV | oif DEV |
            table TABLEID | vrftable TABLEID | endpoint PROGNAME }
FLAVORS := { FLAVOR[,FLAVOR] }
FLAVOR := { psp | usp | usd | next-csid }
IOAM6HDR := trace prealloc type IOAM6_TRACE_TYPE ns IOAM6_NAMESPACE size IOAM6_TRACE_SIZE
XFRMINFO := if_id IF_ID [ link_dev LINK ]
ROUTE_GET_FLAGS := [ fibmatch ]
`;

