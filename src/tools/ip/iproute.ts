/**
 * `ip route`: list/show, flush, add/append/prepend/replace/change/test/del
 * for IPv4, byte-exact with iproute2 6.1 over the kernel's route dump.
 * @iproute2 ip/iproute.c do_iproute(), iproute_list_flush_or_save(), iproute_flush(), iproute_dump_filter()
 */
import { iprouteGet } from './iproute_get.js';
import { strerror } from '../../net/core/errno.js';
import { NLM_F_APPEND, NLM_F_CREATE, NLM_F_DUMP, NLM_F_EXCL, NLM_F_REPLACE, NLM_F_REQUEST, type NlAck, type NlMsg } from '../../uapi/linux/netlink.js';
import { RTM_DELROUTE, RTM_GETROUTE, RTM_NEWROUTE } from '../../uapi/linux/rtnetlink.js';
import { newRtMsg, RTM_F_CLONED, RT_SCOPE_NOWHERE, RT_TABLE_MAIN, RTN_BROADCAST, RTN_LOCAL, type RtMsg } from '../../uapi/linux/rtmsg.js';
import { AF_INET, AF_INET6, AF_UNSPEC, fail, formatHost, incompleteCommand, invarg, matches, nodev, type IpCtx, parseUnsigned } from './utils.js';
import { getPrefix, readFamily } from './inet_prefix.js';
import { printCacheNexthopId } from './ipnexthop.js';
import { protocolSelector, typeA2n } from './rt_names.js';
import { filterNlmsg, printRoute, resetFilter, type PrintEnv, type RouteFilter } from './iproute_print.js';
import { iprouteRestore, iprouteShowdump, saveRoute, saveRoutePrep } from './iproute_save.js';
import { getRtRealmsOrRaw, iprouteModify, iprouteUsage, llNameToIndex } from './iproute_modify.js';

/** do_iproute() */
export async function doIproute(ctx: IpCtx, argv: string[]): Promise<number> {
  const cmd = argv[0];
  if (cmd === undefined) return listFlush(ctx, [], 'list');
  const rest = argv.slice(1);
  if (matches(cmd, 'add')) return iprouteModify(ctx, RTM_NEWROUTE, NLM_F_CREATE | NLM_F_EXCL, rest);
  if (matches(cmd, 'change') || cmd === 'chg') return iprouteModify(ctx, RTM_NEWROUTE, NLM_F_REPLACE, rest);
  if (matches(cmd, 'replace')) return iprouteModify(ctx, RTM_NEWROUTE, NLM_F_CREATE | NLM_F_REPLACE, rest);
  if (matches(cmd, 'prepend')) return iprouteModify(ctx, RTM_NEWROUTE, NLM_F_CREATE, rest);
  if (matches(cmd, 'append')) return iprouteModify(ctx, RTM_NEWROUTE, NLM_F_CREATE | NLM_F_APPEND, rest);
  if (matches(cmd, 'test')) return iprouteModify(ctx, RTM_NEWROUTE, NLM_F_EXCL, rest);
  if (matches(cmd, 'delete')) return iprouteModify(ctx, RTM_DELROUTE, 0, rest);
  if (matches(cmd, 'list') || matches(cmd, 'show') || matches(cmd, 'lst')) return listFlush(ctx, rest, 'list');
  if (matches(cmd, 'get')) return iprouteGet(ctx, rest);
  if (matches(cmd, 'flush')) return listFlush(ctx, rest, 'flush');
  if (matches(cmd, 'save')) return listFlush(ctx, rest, 'save');
  if (matches(cmd, 'restore')) return iprouteRestore(ctx);
  if (matches(cmd, 'showdump')) return iprouteShowdump(ctx);
  if (matches(cmd, 'help')) iprouteUsage(ctx);
  return fail(ctx, `Command "${cmd}" is unknown, try "ip route help".`, 255);
}

/** The RTM_GETROUTE dump request as iproute_dump_filter() fills it. */
interface DumpReq {
  family: number;
  protocol: number;
  cloned: boolean;
  /** RTA_TABLE, 0 = none */
  table: number;
  /** RTA_OIF, 0 = none */
  oif: number;
}

/** rtnl_routedump_req() with iproute_dump_filter(): the messages, or the error ack. */
function routeDump(ctx: IpCtx, req: DumpReq): NlMsg<RtMsg>[] | NlAck {
  const body = newRtMsg({
    family: req.family, protocol: req.protocol, flags: req.cloned ? RTM_F_CLONED : 0,
    tableId: req.table || null, oif: req.oif || null,
  });
  const r = ctx.nl.request(RTM_GETROUTE, NLM_F_REQUEST | NLM_F_DUMP, body);
  return r.ack.error !== null ? r.ack : (r.msgs as NlMsg<RtMsg>[]);
}

export function printEnv(ctx: IpCtx): PrintEnv {
  return {
    details: ctx.opts.details,
    stats: ctx.opts.stats,
    numeric: ctx.opts.numeric,
    sl: ctx.opts.oneline ? '\\' : '\n',
    names: ctx.names,
    devName: (i) => ctx.ll.indexToName(i),
    nhInfo: (pr, id) => printCacheNexthopId(ctx, pr, '\n\tnh_info ', 'nh_info', id),
    host: (a) => formatHost(ctx, a),
  };
}

/** What the selector loop found besides the filter itself. */
interface Selectors {
  f: RouteFilter;
  dumpFamily: number;
  iif: string | null;
  oif: string | null;
  mark: number;
}

/** The selector loop of iproute_list_flush_or_save(), in iproute2's order. */
function parseSelectors(ctx: IpCtx, argv: string[]): Selectors {
  const s: Selectors = { f: resetFilter(0), dumpFamily: ctx.opts.family, iif: null, oif: null, mark: 0 };
  const f = s.f;
  f.tb = RT_TABLE_MAIN;
  let i = 0;
  const next = (): string => {
    i++;
    if (i >= argv.length) incompleteCommand(ctx);
    return argv[i]!;
  };
  for (; i < argv.length; i++) {
    const w = argv[i]!;
    if (!kindSelector(ctx, s, w, next)) placeSelector(ctx, s, w, next);
  }
  if (s.dumpFamily === AF_UNSPEC && f.tb) s.dumpFamily = AF_INET;
  return s;
}

/** table, vrf, cached, tos, protocol, scope, type: what kind of route. */
function kindSelector(ctx: IpCtx, s: Selectors, w: string, next: () => string): boolean {
  const f = s.f;
  if (matches(w, 'table')) {
    const v = next();
    const tid = ctx.names.tableA2n(v);
    if (tid === null) {
      if (v === 'all') f.tb = 0;
      else if (v === 'cache') f.cloned = true;
      else if (v === 'help') iprouteUsage(ctx);
      else invarg(ctx, 'table id value is invalid\n', v);
    } else f.tb = tid;
  } else if (matches(w, 'vrf')) {
    const v = next();
    // ipvrf_get_table(): no VRF devices in tuxnet; "default" names main.
    if (v !== 'default' || ctx.ll.nameToIndex(v)) invarg(ctx, 'Invalid VRF\n', v);
    f.tb = RT_TABLE_MAIN;
    f.typemask = ~((1 << RTN_LOCAL) | (1 << RTN_BROADCAST));
  } else if (matches(w, 'cached') || matches(w, 'cloned')) f.cloned = true;
  else if (w === 'tos' || matches(w, 'dsfield')) {
    const v = next();
    const tos = ctx.names.dsfieldA2n(v);
    if (tos === null) invarg(ctx, 'TOS value is invalid\n', v);
    f.tos = tos;
    f.tosmask = -1;
  } else if (matches(w, 'protocol')) {
    const v = next();
    const sel = protocolSelector(ctx.names, v, () => invarg(ctx, 'invalid "protocol"\n', v));
    f.protocol = sel.protocol;
    f.protocolmask = sel.mask;
  } else if (matches(w, 'scope')) {
    const v = next();
    f.scopemask = -1;
    let scope = ctx.names.scopeA2n(v);
    if (scope === null) {
      if (v !== 'all') invarg(ctx, 'invalid "scope"\n', v);
      scope = RT_SCOPE_NOWHERE;
      f.scopemask = 0;
    }
    f.scope = scope;
  } else if (matches(w, 'type')) {
    const v = next();
    const type = typeA2n(v);
    if (type === null) invarg(ctx, 'node type value is invalid\n', v);
    f.typemask = 1 << type;
  } else return false;
  return true;
}

/** dev, iif, mark, metric, via, src, realms, from, and [to] [root|match|exact] PREFIX. */
function placeSelector(ctx: IpCtx, s: Selectors, w: string, next: () => string): void {
  const f = s.f;
  if (w === 'dev' || w === 'oif') s.oif = next();
  else if (w === 'iif') s.iif = next();
  else if (w === 'mark') {
    const v = next();
    const m = parseUnsigned(v);
    if (m === null) invarg(ctx, 'invalid mark value', v);
    s.mark = m;
    f.markmask = -1;
  } else if (matches(w, 'metric') || matches(w, 'priority') || w === 'preference') {
    const v = next();
    const m = parseUnsigned(v);
    if (m === null) invarg(ctx, '"metric" value is invalid\n', v);
    f.metric = m;
    f.metricmask = -1;
  } else if (w === 'via') {
    let v = next();
    let family = readFamily(v);
    if (family === AF_UNSPEC) family = s.dumpFamily;
    else v = next();
    f.rvia = getPrefix(ctx, v, family);
  } else if (w === 'src') f.rprefsrc = getPrefix(ctx, next(), s.dumpFamily);
  else if (matches(w, 'realms')) {
    const v = next();
    f.realm = getRtRealmsOrRaw(ctx.names, v) ?? invarg(ctx, 'invalid realms\n', v);
    // A half left out ("3/", "4" or "/4") is not compared.
    f.realmmask = -1;
    if ((f.realm & 0xffff) === 0 && v.endsWith('/')) f.realmmask &= ~0xffff;
    if ((f.realm & 0xffff0000) === 0 && (!v.includes('/') || v.startsWith('/'))) f.realmmask &= 0xffff;
  } else if (matches(w, 'from')) {
    const v = next();
    if (matches(v, 'root')) f.rsrc = getPrefix(ctx, next(), s.dumpFamily);
    else if (matches(v, 'match')) f.msrc = getPrefix(ctx, next(), s.dumpFamily);
    else {
      const p = getPrefix(ctx, matches(v, 'exact') ? next() : v, s.dumpFamily);
      f.msrc = p;
      f.rsrc = { ...p };
    }
  } else {
    let v = w;
    if (matches(v, 'to')) v = next();
    if (matches(v, 'root')) f.rdst = getPrefix(ctx, next(), s.dumpFamily);
    else if (matches(v, 'match')) f.mdst = getPrefix(ctx, next(), s.dumpFamily);
    else {
      const p = getPrefix(ctx, matches(v, 'exact') ? next() : v, s.dumpFamily);
      f.mdst = p;
      f.rdst = { ...p };
    }
  }
}

/** iproute_list_flush_or_save(): LIST, FLUSH and SAVE. */
function listFlush(ctx: IpCtx, argv: string[], action: 'list' | 'flush' | 'save'): number {
  if (action === 'save' && !saveRoutePrep(ctx)) return 1;
  if (action === 'flush' && argv.length === 0) return fail(ctx, '"ip route flush" requires arguments.', 1);
  const s = parseSelectors(ctx, argv);
  const f = s.f;
  if (s.iif !== null) {
    f.iif = llNameToIndex(ctx, s.iif);
    if (!f.iif) nodev(ctx, s.iif);
    f.iifmask = -1;
  }
  if (s.oif !== null) {
    f.oif = llNameToIndex(ctx, s.oif);
    if (!f.oif) nodev(ctx, s.oif);
    f.oifmask = -1;
  }
  f.mark = s.mark;
  const req: DumpReq = { family: s.dumpFamily, protocol: f.protocol, cloned: f.cloned, table: f.tb, oif: f.oif };
  if (action === 'flush') return iprouteFlush(ctx, f, req);
  const pr = ctx.newPrinter();
  pr.newJsonObj();
  let msgs = routeDump(ctx, req);
  // save_route_errhndlr(): a dump of main, which a fresh namespace has not made yet, is just empty.
  if (!Array.isArray(msgs) && f.tb === RT_TABLE_MAIN && msgs.error === 'ENOENT') msgs = [];
  if (!Array.isArray(msgs)) {
    // ip exits without closing the JSON array; stdio flushes the "[" at exit, after stderr.
    const code = dumpError(ctx, msgs, 'Dump terminated');
    ctx.out(pr.take());
    return code;
  }
  if (action === 'save') {
    for (const m of msgs) if (filterNlmsg(f, m.body, ctx.opts.family)) saveRoute(ctx, m);
    return 0;
  }
  const env = printEnv(ctx);
  for (const m of msgs) if (filterNlmsg(f, m.body, ctx.opts.family)) printRoute(pr, m, f, env);
  pr.deleteJsonObj();
  ctx.out(pr.take());
  return 0;
}

/** rtnl_dump_done() on an error: the extack (or strerror), then "X terminated", exit 2. */
function dumpError(ctx: IpCtx, ack: NlAck, what: string): number {
  if (ack.msg) ctx.err(`Error: ${ack.msg}${ack.msg.endsWith('.') ? '' : '.'}\n`);
  else if (ack.error !== 'ENOENT' && ack.error !== 'EOPNOTSUPP') ctx.err(`RTNETLINK answers: ${strerror[ack.error!]}\n`);
  ctx.err(`${what}\n`);
  return 2;
}

const ROUTE_FLUSH_PATH = '/proc/sys/net/ipv4/route/flush';


/** iproute_flush(): dump, delete what passed the filter, repeat until a round finds nothing. */
function iprouteFlush(ctx: IpCtx, f: RouteFilter, req: DumpReq): number {
  const stats = ctx.opts.stats;
  if (f.cloned) {
    if (req.family !== AF_INET6) {
      // iproute_flush_cache(): "-1" into /proc/sys/net/ipv4/route/flush.
      const e = ctx.p.fs.write(ROUTE_FLUSH_PATH, '-1', ctx.net);
      if (e) {
        ctx.err(`Cannot open "${ROUTE_FLUSH_PATH}": ${strerror[e as keyof typeof strerror] ?? e}\n`);
        return 1;
      }
      if (stats) ctx.out('*** IPv4 routing cache is flushed.\n');
    }
    if (req.family === AF_INET) return 0;
  }
  const env = printEnv(ctx);
  for (let round = 0; ; ) {
    const msgs = routeDump(ctx, req);
    if (!Array.isArray(msgs)) return dumpError(ctx, msgs, 'Flush terminated');
    const doomed = msgs.filter((m) => filterNlmsg(f, m.body, ctx.opts.family));
    if (stats >= 2) {
      const pr = ctx.textPrinter();
      for (const m of doomed) printRoute(pr, m, f, env);
      ctx.out(pr.take());
    }
    if (doomed.length === 0) {
      if (stats) {
        if (round === 0 && (!f.cloned || req.family === AF_INET6)) ctx.out('Nothing to flush.\n');
        else ctx.out(`*** Flush is complete after ${round} round${round > 1 ? 's' : ''} ***\n`);
      }
      return 0;
    }
    round++;
    // flush_update(): each dumped route goes back as RTM_DELROUTE, unchanged,
    // in batches of flushb[4096 - 512] bytes. The kernel runs every message
    // (netlink_rcv_skb() acks an error and goes on); rtnl_send_check() peeks
    // at the socket for an error, which mid-dump finds the dump's next part
    // instead: the error a batch drew is read at the last batch of the round,
    // once every delete was sent (a route with nhid, dumped with its compat
    // next hop, is refused: "mutually exclusive").
    let error: keyof typeof strerror | null = null;
    for (const m of doomed) {
      const r = ctx.nl.request(RTM_DELROUTE, NLM_F_REQUEST, m.body);
      if (r.ack.error !== null) error ??= r.ack.error;
    }
    if (error !== null) {
      ctx.err(`Failed to send flush request: ${strerror[error]}\n`);
      return 2;
    }
    if (stats) ctx.out(`\n*** Round ${round}, deleting ${doomed.length} entries ***\n`);
    if (round >= 1000) {
      ctx.out(`\n*** Flush not completed after 30 seconds, ${doomed.length} entries remain ***\n`);
      return 1;
    }
  }
}

