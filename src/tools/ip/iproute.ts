/**
 * `ip route`: list/show, flush, add/append/prepend/replace/change/test/del
 * for IPv4, byte-exact with iproute2 6.1 over the kernel's route dump.
 * @iproute2 ip/iproute.c do_iproute(), iproute_list_flush_or_save(), iproute_flush()
 * @linux net/ipv4/fib_frontend.c inet_dump_fib(), net/ipv4/fib_trie.c fib_table_dump()
 */
import { iprouteGet } from './iproute_get.js';
import { KError, strerror } from '../../net/core/errno.js';
import type { Net } from '../../net/core/net_namespace.js';
import type { FibInfo } from '../../net/ipv4/fib_semantics.js';
import { newFibConfig } from '../../net/ipv4/fib_semantics.js';
import { NLM_F_APPEND, NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE, RT_SCOPE_NOWHERE, RT_TABLE_MAIN, RTN_BROADCAST, RTN_LOCAL } from '../../net/ipv4/fib_types.js';
import { Printer } from './json_print.js';
import { AF_INET, AF_INET6, AF_UNSPEC, fail, incompleteCommand, invarg, matches, nodev, type IpCtx } from './utils.js';
import { getPrefix, readFamily } from './inet_prefix.js';
import { dsfieldA2n, protocolSelector, scopeA2n, tableA2n, typeA2n } from './rt_names.js';
import {
  fibDumpInfo, filterNlmsg, printRoute, resetFilter, type PrintEnv, type RouteFilter, type RtMsg,
} from './iproute_print.js';
import { RTM_DELROUTE, RTM_NEWROUTE, getRtRealmsOrRaw, getUnsigned, iprouteModify, iprouteUsage, llNameToIndex } from './iproute_modify.js';

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
  if (matches(cmd, 'save') || matches(cmd, 'restore') || matches(cmd, 'showdump')) {
    return fail(ctx, `Error: "ip route ${cmd}" is not implemented in tuxnet.`, 2);
  }
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

/**
 * The kernel's answer to a route dump (inet_dump_fib with strict checking):
 * every alias of the requested table(s) in dump order, after the kernel-side
 * filter (type, protocol, device). Throws KError like the NLMSG_DONE error.
 */
export function dumpRoutes(net: Net, req: DumpReq): RtMsg[] {
  // Only AF_INET (or AF_UNSPEC, which dumps every family) reaches the IPv4 FIB.
  if (req.family !== AF_UNSPEC && req.family !== AF_INET) return [];
  const fib = net.ipv4.fib;
  const dev = req.oif ? net.devByIndex(req.oif) : null;
  if (req.oif && !dev) throw new KError('ENODEV');
  // RTM_F_CLONED asks for next-hop exceptions instead of routes.
  const filterSet = req.cloned || req.protocol !== 0 || req.table !== 0 || dev !== null;
  const uses = (fi: FibInfo): boolean => fi.nhs.some((nh) => nh.dev === dev);
  let tables = tablesInKernelDumpOrder(fib.tables);
  if (req.table) {
    const tb = fib.getTable(req.table);
    if (!tb) {
      if (req.family !== AF_INET) return [];
      throw new KError('ENOENT', 'ipv4: FIB table does not exist');
    }
    tables = [tb];
  }
  const out: RtMsg[] = [];
  for (const tb of tables) {
    for (const fa of tb.aliases()) {
      if (fa.tbId !== tb.id) continue;
      if (filterSet) {
        if (req.protocol && fa.fi.protocol !== req.protocol) continue;
        if (dev && !uses(fa.fi)) continue;
      }
      // fib_dump_info_fnhe(): next-hop exceptions (the route cache) are not implemented, a cache dump is empty
      if (!req.cloned) out.push(fibDumpInfo(tb.id, fa));
    }
  }
  return out;
}

/**
 * The walk of inet_dump_fib(): hash buckets 0..255 by `id & 255`, and in a
 * bucket the newest table first (hlist_add_head_rcu in fib_new_table()).
 * For ids below 256 that is ascending order: main (254) before local (255).
 */
export function tablesInKernelDumpOrder<T extends { id: number }>(tables: Map<number, T>): T[] {
  const created = [...tables.values()];
  const age = new Map(created.map((tb, i) => [tb, i]));
  return created.sort((a, b) => (a.id & 255) - (b.id & 255) || age.get(b)! - age.get(a)!);
}

export function printEnv(ctx: IpCtx): PrintEnv {
  return {
    details: ctx.opts.details,
    stats: ctx.opts.stats,
    numeric: ctx.opts.numeric,
    sl: ctx.opts.oneline ? '\\' : '\n',
    devName: (i) => (i === 0 ? '*' : (ctx.net.devByIndex(i)?.name ?? `if${i}`)),
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
    const tid = tableA2n(v);
    if (tid === null) {
      if (v === 'all') f.tb = 0;
      else if (v === 'cache') f.cloned = true;
      else if (v === 'help') iprouteUsage(ctx);
      else invarg(ctx, 'table id value is invalid\n', v);
    } else f.tb = tid;
  } else if (matches(w, 'vrf')) {
    const v = next();
    // ipvrf_get_table(): no VRF devices in tuxnet; "default" names main.
    if (v !== 'default' || ctx.net.devByName(v)) invarg(ctx, 'Invalid VRF\n', v);
    f.tb = RT_TABLE_MAIN;
    f.typemask = ~((1 << RTN_LOCAL) | (1 << RTN_BROADCAST));
  } else if (matches(w, 'cached') || matches(w, 'cloned')) f.cloned = true;
  else if (w === 'tos' || matches(w, 'dsfield')) {
    const v = next();
    const tos = dsfieldA2n(v);
    if (tos === null) invarg(ctx, 'TOS value is invalid\n', v);
    f.tos = tos;
    f.tosmask = -1;
  } else if (matches(w, 'protocol')) {
    const v = next();
    const sel = protocolSelector(v, () => invarg(ctx, 'invalid "protocol"\n', v));
    f.protocol = sel.protocol;
    f.protocolmask = sel.mask;
  } else if (matches(w, 'scope')) {
    const v = next();
    f.scopemask = -1;
    let scope = scopeA2n(v);
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
    const m = getUnsigned(v);
    if (m === null) invarg(ctx, 'invalid mark value', v);
    s.mark = m;
    f.markmask = -1;
  } else if (matches(w, 'metric') || matches(w, 'priority') || w === 'preference') {
    const v = next();
    const m = getUnsigned(v);
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
    if (getRtRealmsOrRaw(v) === null) invarg(ctx, 'invalid realms\n', v);
    // Linux: RTA_FLOW realms are not modelled; routes carry none.
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

/** iproute_list_flush_or_save() for LIST and FLUSH. */
function listFlush(ctx: IpCtx, argv: string[], action: 'list' | 'flush'): number {
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
  let msgs: RtMsg[];
  try {
    msgs = dumpRoutes(ctx.net, req);
  } catch (e) {
    // ip exits without closing the JSON array; stdio flushes the "[" at exit, after stderr.
    const code = dumpError(ctx, e, 'Dump terminated');
    ctx.out(pr.take());
    return code;
  }
  const env = printEnv(ctx);
  for (const m of msgs) if (filterNlmsg(f, m, ctx.opts.family)) printRoute(pr, m, f, env);
  pr.deleteJsonObj();
  ctx.out(pr.take());
  return 0;
}

/** rtnl_dump_done() on an error: the extack (or strerror), then "X terminated", exit 2. */
function dumpError(ctx: IpCtx, e: unknown, what: string): number {
  if (!(e instanceof KError)) throw e;
  if (e.extack) ctx.err(`Error: ${e.extack}${e.extack.endsWith('.') ? '' : '.'}\n`);
  else if (e.errno !== 'ENOENT' && e.errno !== 'EOPNOTSUPP') ctx.err(`RTNETLINK answers: ${strerror[e.errno]}\n`);
  ctx.err(`${what}\n`);
  return 2;
}

/** The RTM_DELROUTE iproute2 makes of a dumped route: the same message, type changed. */
function deleteConfigOf(m: RtMsg): ReturnType<typeof newFibConfig> {
  const cfg = newFibConfig({
    table: m.tableId, type: m.type, dst: m.dst ?? 0, dstLen: m.dstLen, tos: m.tos, protocol: m.protocol, scope: m.scope,
    prefsrc: m.prefsrc ?? 0, priority: m.priority ?? 0, oif: m.oif ?? 0, gw: m.gateway ?? 0, flags: m.flags, nlflags: 0,
  });
  if (m.multipath) cfg.multipath = m.multipath.map((nh) => ({ oif: nh.ifindex, gw: nh.gateway ?? 0, weight: nh.hops + 1, flags: nh.flags }));
  return cfg;
}

/** iproute_flush(): dump, delete what passed the filter, repeat until a round finds nothing. */
function iprouteFlush(ctx: IpCtx, f: RouteFilter, req: DumpReq): number {
  const stats = ctx.opts.stats;
  if (f.cloned) {
    if (req.family !== AF_INET6) {
      // Linux: writes /proc/sys/net/ipv4/route/flush; tuxnet's route cache has nothing to flush here.
      if (stats) ctx.out('*** IPv4 routing cache is flushed.\n');
    }
    if (req.family === AF_INET) return 0;
  }
  const env = printEnv(ctx);
  for (let round = 0; ; ) {
    let msgs: RtMsg[];
    try {
      msgs = dumpRoutes(ctx.net, req);
    } catch (e) {
      return dumpError(ctx, e, 'Flush terminated');
    }
    const doomed = msgs.filter((m) => filterNlmsg(f, m, ctx.opts.family));
    if (stats >= 2) {
      const pr = new Printer(false, false);
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
    for (const m of doomed) {
      try {
        ctx.net.ipv4.fib.delRoute(deleteConfigOf(m));
      } catch (e) {
        if (!(e instanceof KError)) throw e;
        ctx.err(`Failed to send flush request: ${strerror[e.errno]}\n`);
        return 2;
      }
    }
    if (stats) ctx.out(`\n*** Round ${round}, deleting ${doomed.length} entries ***\n`);
    if (round >= 1000) {
      ctx.out(`\n*** Flush not completed after 30 seconds, ${doomed.length} entries remain ***\n`);
      return 1;
    }
  }
}

