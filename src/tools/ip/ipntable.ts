/**
 * `ip ntable`: the neighbour tables and their per-device parameters
 * (RTM_GETNEIGHTBL dump), and `ip ntable change` (RTM_SETNEIGHTBL).
 * @iproute2 ip/ipntable.c
 */
import { PRINT_ANY, PRINT_FP, type Printer } from './json_print.js';
import { familyName } from './inet_prefix.js';
import { duparg, fail, incompleteCommand, invarg, matches, nodev, parseUnsigned, rtnlTalkOrExit, type IpCtx } from './utils.js';
import { breakDown, strftime, zoneOf } from '../../lab/coreutils/date.js';
import { LAB_EPOCH_SEC } from '../ping_common.js';
import { NLM_F_REPLACE, NLM_F_DUMP, NLM_F_REQUEST } from '../../uapi/linux/netlink.js';
import { RTM_GETNEIGHTBL, RTM_NEWNEIGHTBL, RTM_SETNEIGHTBL } from '../../uapi/linux/rtnetlink.js';
import type { NdtConfig, NdtMsg, NdtParms, NdtStats } from '../../uapi/linux/neighbour.js';
import { strerror } from '../../net/core/errno.js';

const USAGE =
  'Usage: ip ntable change name NAME [ dev DEV ]\n' +
  '        [ thresh1 VAL ] [ thresh2 VAL ] [ thresh3 VAL ] [ gc_int MSEC ]\n' +
  '        [ PARMS ]\n' +
  'Usage: ip ntable show [ dev DEV ] [ name NAME ]\n' +
  'PARMS := [ base_reachable MSEC ] [ retrans MSEC ] [ gc_stale MSEC ]\n' +
  '         [ delay_probe MSEC ] [ queue LEN ]\n' +
  '         [ app_probes VAL ] [ ucast_probes VAL ] [ mcast_probes VAL ]\n' +
  '         [ anycast_delay MSEC ] [ proxy_delay MSEC ] [ proxy_queue LEN ]\n' +
  '         [ locktime MSEC ]\n';

/** NONE_DEV: `dev none`, the table's own message (no NDTPA_IFINDEX). */
const NONE_DEV = -1;

/** The PARMS words of ipntable_modify(): the NDTPA_* each sets, and whether it is a u64 (get_u64). */
const PARMS: Record<string, [keyof NdtParms, boolean]> = {
  base_reachable: ['baseReachableTime', true], retrans: ['retransTime', true], gc_stale: ['gcStaletime', true],
  delay_probe: ['delayProbeTime', true], queue: ['queueLen', false], app_probes: ['appProbes', false],
  ucast_probes: ['ucastProbes', false], mcast_probes: ['mcastProbes', false], anycast_delay: ['anycastDelay', true],
  proxy_delay: ['proxyDelay', true], proxy_queue: ['proxyQlen', false], locktime: ['locktime', true],
};

/** get_u32() / get_u64() (base 0), or invarg(`"KEY" value is invalid`). */
function numArg(ctx: IpCtx, key: string, arg: string, u64: boolean): number {
  const v = parseUnsigned(arg, u64 ? Number.MAX_SAFE_INTEGER : 0xffffffff);
  if (v === null) invarg(ctx, `"${key}" value is invalid`, arg);
  return v;
}

/** ipntable_modify(): build the RTM_SETNEIGHTBL request from the words. */
function ipntableModify(ctx: IpCtx, argv: string[]): number {
  const req: NdtMsg = { family: ctx.opts.family };
  const parms: NdtParms = {};
  let gc = false;
  let parmsChange = false;
  for (let i = 0; i < argv.length; i++) {
    const w = argv[i]!;
    const arg = (): string => argv[++i] ?? incompleteCommand(ctx);
    if (w === 'name') {
      const name = arg();
      if (req.name !== undefined) duparg(ctx, 'NAME', name);
      req.name = name;
    } else if (w === 'thresh1' || w === 'thresh2' || w === 'thresh3') {
      req[w] = numArg(ctx, w, arg(), false);
      gc = true;
    } else if (w === 'gc_int') {
      req.gcInterval = numArg(ctx, w, arg(), true);
      gc = true;
    } else if (w === 'dev') {
      const dev = arg();
      const ifindex = ctx.ll.nameToIndex(dev);
      if (!ifindex) nodev(ctx, dev);
      parms.ifindex = ifindex;
    } else if (PARMS[w]) {
      const [key, u64] = PARMS[w];
      parms[key] = numArg(ctx, w, arg(), u64);
      parmsChange = true;
    } else invarg(ctx, 'unknown', w);
  }
  if (req.name === undefined) fail(ctx, 'Error: argument "NAME" is required');
  if (!gc && !parmsChange) fail(ctx, 'Not enough information: changeable attributes required.');
  if (Object.keys(parms).length) req.parms = parms;
  // ipntable_modify(): `exit(2)` on an error.
  rtnlTalkOrExit<NdtMsg>(ctx, RTM_SETNEIGHTBL, NLM_F_REPLACE, req);
  return 0;
}

/** ntable_strtime_delta(): the local time `msec` ago, "(error)" for 0. */
function strtimeDelta(ctx: IpCtx, msec: number): string {
  if (msec === 0) return '(error)';
  const now = LAB_EPOCH_SEC + Math.floor(ctx.net.sched.now / 1e9);
  return strftime('%Y-%m-%d %T', breakDown(now - Math.floor(msec / 1000), 0, zoneOf(ctx.p.env.get('TZ'))));
}

/** print_ndtconfig() (-s) */
function printNdtconfig(ctx: IpCtx, pr: Printer, c: NdtConfig): void {
  pr.number(PRINT_ANY, 'key_length', '    config key_len %u ', c.keyLen);
  pr.number(PRINT_ANY, 'entry_size', 'entry_size %u ', c.entrySize);
  pr.number(PRINT_ANY, 'entries', 'entries %u ', c.entries);
  pr.nl();
  pr.string(PRINT_ANY, 'last_flush', '        last_flush %s ', strtimeDelta(ctx, c.lastFlush));
  pr.string(PRINT_ANY, 'last_rand', 'last_rand %s ', strtimeDelta(ctx, c.lastRand));
  pr.nl();
  pr.number(PRINT_ANY, 'hash_rnd', '        hash_rnd %u ', c.hashRnd);
  pr.hex(PRINT_ANY, 'hash_mask', 'hash_mask %08x ', c.hashMask);
  pr.number(PRINT_ANY, 'hash_chain_gc', 'hash_chain_gc %u ', c.hashChainGc);
  pr.number(PRINT_ANY, 'proxy_qlen', 'proxy_qlen %u ', c.proxyQlen);
  pr.nl();
}

/**
 * Lines of `key value ` pairs (JSON: "key": value), the first after
 * `lead`, each next one after _SL_ and four spaces; absent values are left out.
 */
function printRows(pr: Printer, lead: string, rows: [string, number | undefined][][]): void {
  pr.string(PRINT_FP, null, lead, null);
  rows.forEach((row, i) => {
    if (i) pr.string(PRINT_FP, null, `${pr.sl}    `, null);
    for (const [k, v] of row) if (v !== undefined) pr.number(PRINT_ANY, k, `${k} %u `, v);
  });
  pr.nl();
}

/** print_ndtparams(): the device, then four lines of NDTPA_* values. */
function printNdtparams(ctx: IpCtx, pr: Printer, p: NdtParms): void {
  if (p.ifindex !== undefined) {
    pr.string(PRINT_FP, null, '    dev ', null);
    pr.string(PRINT_ANY, 'dev', '%s ', ctx.ll.indexToName(p.ifindex));
    pr.nl();
  }
  printRows(pr, '    ', [
    [['refcnt', p.refcnt], ['reachable', p.reachableTime], ['base_reachable', p.baseReachableTime], ['retrans', p.retransTime]],
    [['gc_stale', p.gcStaletime], ['delay_probe', p.delayProbeTime], ['queue', p.queueLen]],
    [['app_probes', p.appProbes], ['ucast_probes', p.ucastProbes], ['mcast_probes', p.mcastProbes]],
    [['anycast_delay', p.anycastDelay], ['proxy_delay', p.proxyDelay], ['proxy_queue', p.proxyQlen], ['locktime', p.locktime]],
  ]);
}

/** print_ndtstats() (-s) */
function printNdtstats(pr: Printer, s: NdtStats): void {
  printRows(pr, '    stats ', [
    [['allocs', s.allocs], ['destroys', s.destroys], ['hash_grows', s.hashGrows]],
    [['res_failed', s.resFailed], ['lookups', s.lookups], ['hits', s.hits]],
    [['rcv_probes_mcast', s.rcvProbesMcast], ['rcv_probes_ucast', s.rcvProbesUcast]],
    [['periodic_gc_runs', s.periodicGcRuns], ['forced_gc_runs', s.forcedGcRuns]],
    [['table_fulls', s.tableFulls]],
  ]);
}

interface NtableFilter {
  /** 0: any; NONE_DEV: the table's own message only */
  index: number;
  name: string | null;
}

/** print_ntable(): one RTM_NEWNEIGHTBL message, unless the filter skips it. */
function printNtable(ctx: IpCtx, pr: Printer, m: NdtMsg, f: NtableFilter): void {
  if (ctx.opts.family && ctx.opts.family !== m.family) return;
  if (m.name !== undefined && f.name !== null && f.name !== m.name) return;
  if (m.parms && f.index && f.index !== (m.parms.ifindex ?? NONE_DEV)) return;
  pr.openJsonObject();
  pr.string(PRINT_ANY, 'family', '%s ', familyName(m.family));
  if (m.name !== undefined) pr.string(PRINT_ANY, 'name', '%s ', m.name);
  pr.nl();
  const gc = m.thresh1 !== undefined || m.thresh2 !== undefined || m.thresh3 !== undefined || m.gcInterval !== undefined;
  if (gc) pr.string(PRINT_FP, null, '    ', null);
  if (m.thresh1 !== undefined) pr.number(PRINT_ANY, 'thresh1', 'thresh1 %u ', m.thresh1);
  if (m.thresh2 !== undefined) pr.number(PRINT_ANY, 'thresh2', 'thresh2 %u ', m.thresh2);
  if (m.thresh3 !== undefined) pr.number(PRINT_ANY, 'thresh3', 'thresh3 %u ', m.thresh3);
  if (m.gcInterval !== undefined) pr.number(PRINT_ANY, 'gc_interval', 'gc_int %u ', m.gcInterval);
  if (gc) pr.nl();
  if (m.config && ctx.opts.stats) printNdtconfig(ctx, pr, m.config);
  if (m.parms) printNdtparams(ctx, pr, m.parms);
  if (m.stats && ctx.opts.stats) printNdtstats(pr, m.stats);
  pr.string(PRINT_FP, null, '\n', null);
  pr.closeJsonObject();
}

/** ipntable_show(): `dev DEV|none`, `name NAME`, then the dump. */
function ipntableShow(ctx: IpCtx, argv: string[]): number {
  const f: NtableFilter = { index: 0, name: null };
  for (let i = 0; i < argv.length; i++) {
    const w = argv[i]!;
    if (w === 'dev') {
      const dev = argv[++i] ?? incompleteCommand(ctx);
      f.index = dev === 'none' ? NONE_DEV : ctx.ll.nameToIndex(dev);
      if (!f.index) invarg(ctx, '"DEV" is invalid', dev);
    } else if (w === 'name') f.name = argv[++i] ?? incompleteCommand(ctx);
    else invarg(ctx, 'unknown', w);
  }
  const r = ctx.nl.request<NdtMsg>(RTM_GETNEIGHTBL, NLM_F_REQUEST | NLM_F_DUMP, { family: ctx.opts.family });
  if (r.ack.error !== null) {
    ctx.err(r.ack.msg ? `Error: ${r.ack.msg}.\n` : `RTNETLINK answers: ${strerror[r.ack.error]}\n`);
    return fail(ctx, 'Dump terminated', 1);
  }
  const pr = ctx.newPrinter();
  pr.newJsonObj();
  for (const m of r.msgs) if (m.type === RTM_NEWNEIGHTBL) printNtable(ctx, pr, m.body as NdtMsg, f);
  pr.deleteJsonObj();
  ctx.out(pr.take());
  return 0;
}

/** do_ipntable() */
export function doIpntable(ctx: IpCtx, argv: string[]): number {
  const cmd = argv[0];
  if (cmd === undefined) return ipntableShow(ctx, []);
  if (matches(cmd, 'change') || matches(cmd, 'chg')) return ipntableModify(ctx, argv.slice(1));
  if (matches(cmd, 'show') || matches(cmd, 'lst') || matches(cmd, 'list')) return ipntableShow(ctx, argv.slice(1));
  if (matches(cmd, 'help')) return fail(ctx, USAGE.slice(0, -1));
  return fail(ctx, `Command "${cmd}" is unknown, try "ip ntable help".`);
}
