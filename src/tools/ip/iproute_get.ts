/**
 * `ip route get`: ask the kernel's route lookup, as inet_rtm_getroute()
 * answers RTM_GETROUTE (an output route, or an input route with `iif`).
 * @iproute2 ip/iproute.c iproute_get(); @linux net/ipv4/route.c inet_rtm_getroute(), rt_fill_info()
 */
import { KError } from '../../net/core/errno.js';
import { SkBuff } from '../../net/core/skbuff.js';
import { newFlowi4 } from '../../net/ipv4/fib_rules.js';
import { IPSKB_DOREDIRECT, ipRouteInputNoref, ipRouteOutputKey, loopbackDev, RTCF_DOREDIRECT, skbRtable, type Rtable } from '../../net/ipv4/route.js';
import { fibProps, RT_TABLE_MAIN, RT_SCOPE_UNIVERSE } from '../../net/ipv4/fib_types.js';
import { dumpMetrics, fibDumpInfo, printRoute, resetFilter, RTM_F_CLONED, type RtMsg } from './iproute_print.js';
import { printEnv } from './iproute.js';
import { dsfieldA2n } from './rt_names.js';
import { getPrefix } from './inet_prefix.js';
import { fail, invarg, matches, nodev, parseUnsigned, rtnl, type IpCtx } from './utils.js';

interface GetReq {
  dst: number;
  src: number | null;
  tos: number;
  iif: number;
  oif: number;
  mark: number;
  uid: number | null;
  fibmatch: boolean;
  proto: number;
  sport: number;
  dport: number;
}

/** The argument loop of iproute_get(). */
function parseGet(ctx: IpCtx, argv: string[]): GetReq | number {
  const r: GetReq = { dst: 0, src: null, tos: 0, iif: 0, oif: 0, mark: 0, uid: null, fibmatch: false, proto: 0, sport: 0, dport: 0 };
  let found = false;
  let idev: string | null = null;
  let odev: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => argv[++i] ?? fail(ctx, 'Command line is not complete. Try option "help"');
    if (a === 'tos' || matches(a, 'dsfield')) {
      const v = next();
      r.tos = dsfieldA2n(v) ?? invarg(ctx, 'TOS value is invalid\n', v);
    } else if (matches(a, 'from')) r.src = getPrefix(ctx, next(), 2).addr;
    else if (matches(a, 'iif')) idev = next();
    else if (matches(a, 'mark')) {
      const v = next();
      r.mark = parseUnsigned(v) ?? invarg(ctx, 'invalid mark value', v);
    } else if (matches(a, 'oif') || a === 'dev') odev = next();
    else if (matches(a, 'uid')) {
      const v = next();
      r.uid = parseUnsigned(v) ?? invarg(ctx, 'invalid UID\n', v);
    } else if (matches(a, 'fibmatch')) r.fibmatch = true;
    else if (matches(a, 'sport')) r.sport = parseUnsigned(next(), 0xffff) ?? invarg(ctx, 'invalid sport\n', argv[i]!);
    else if (matches(a, 'dport')) r.dport = parseUnsigned(next(), 0xffff) ?? invarg(ctx, 'invalid dport\n', argv[i]!);
    else if (matches(a, 'ipproto')) r.proto = protoNumber(next()) ?? invarg(ctx, 'Invalid "ipproto" value\n', argv[i]!);
    else {
      const p = getPrefix(ctx, a === 'to' ? next() : a, 2);
      r.dst = p.addr;
      if (p.bitlen !== 32) ctx.err(`Warning: /${p.bitlen} as prefix is invalid, only /32 (or none) is supported.\n`);
      found = true;
    }
  }
  if (!found) {
    ctx.err('need at least a destination address\n');
    return 1;
  }
  if (idev !== null) r.iif = ctx.net.devByName(idev)?.ifindex ?? nodev(ctx, idev);
  if (odev !== null) r.oif = ctx.net.devByName(odev)?.ifindex ?? nodev(ctx, odev);
  return r;
}

function protoNumber(s: string): number | null {
  const names: Record<string, number> = { icmp: 1, tcp: 6, udp: 17 };
  return names[s] ?? parseUnsigned(s, 255);
}

/** inet_rtm_getroute(): the route, or the errno the kernel answers. */
function lookup(ctx: IpCtx, r: GetReq): { rt: Rtable; saddr: number; uid: number | null; redirect: boolean } {
  const net = ctx.net;
  if (r.iif) {
    const dev = net.devByIndex(r.iif)!;
    const skb = new SkBuff(0);
    skb.dev = dev;
    skb.mark = r.mark;
    const v = ipRouteInputNoref(skb, r.dst, r.src ?? 0, r.tos, dev);
    // Linux 6.18: any drop reason from the input route answers EINVAL.
    if (v.err) throw new KError('EINVAL');
    const rt = skbRtable(skb);
    if (!rt) throw new KError('EINVAL');
    if (rt.error) throw new KError(rt.error);
    return { rt, saddr: r.src ?? 0, uid: r.uid, redirect: (skb.ipcbFlags & IPSKB_DOREDIRECT) !== 0 };
  }
  const fl4 = newFlowi4();
  fl4.daddr = r.dst;
  fl4.saddr = r.src ?? 0;
  fl4.tos = r.tos;
  fl4.oif = r.oif;
  fl4.iif = loopbackDev(net).ifindex;
  fl4.mark = r.mark;
  fl4.proto = r.proto;
  fl4.sport = r.sport;
  fl4.dport = r.dport;
  fl4.uid = r.uid ?? 0;
  const rt = ipRouteOutputKey(net, fl4);
  if (typeof rt === 'string') throw new KError(rt);
  return { rt, saddr: fl4.saddr, uid: r.uid ?? 0, redirect: false };
}

/** rt_fill_info(): the cloned-route message `ip route get` prints. */
function rtFillInfo(r: GetReq, rt: Rtable, saddr: number, uid: number | null, redirect: boolean): RtMsg {
  const tableId = rt.tableId || RT_TABLE_MAIN;
  return {
    family: 2, dstLen: 32, srcLen: r.src !== null ? 32 : 0, tos: rt.fib?.alias.tos ?? 0, table: tableId < 256 ? tableId : 252,
    protocol: 0, scope: RT_SCOPE_UNIVERSE, type: rt.type, flags: (rt.flags & ~0xffff) | RTM_F_CLONED | (redirect ? RTCF_DOREDIRECT : 0), dst: r.dst,
    tableId, priority: null, prefsrc: !rt.isInput && saddr !== (r.src ?? 0) ? saddr : null,
    gateway: rt.usesGateway ? rt.gateway : null, oif: rt.dev.ifindex,
    metrics: rtMetrics(rt), multipath: null,
    src: r.src, iif: rt.isInput ? r.iif : null, mark: r.mark || null, uid,
    cacheinfo: null,
  };
}

/** The dst metrics rt_fill_info() puts: the route's, with a learnt path MTU over RTAX_MTU. */
function rtMetrics(rt: Rtable): RtMsg['metrics'] {
  const m = rt.metrics ? rt.metrics.slice() : new Uint32Array(18);
  if (rt.pmtu) m[2] = rt.pmtu;
  return dumpMetrics(m);
}

/** iproute_get() */
export function iprouteGet(ctx: IpCtx, argv: string[]): number {
  const r = parseGet(ctx, argv);
  if (typeof r === 'number') return r;
  const { rt, saddr, uid, redirect } = rtnl(ctx, () => lookup(ctx, r));
  let msg: RtMsg;
  if (r.fibmatch) {
    if (!rt.fib) return rtnl(ctx, () => { throw new KError((fibProps[rt.type]?.error as never) ?? 'EHOSTUNREACH'); });
    msg = fibDumpInfo(rt.tableId || RT_TABLE_MAIN, rt.fib.alias);
  } else msg = rtFillInfo(r, rt, saddr, uid, redirect);
  const pr = ctx.newPrinter();
  pr.newJsonObj();
  printRoute(pr, msg, resetFilter(), printEnv(ctx));
  pr.deleteJsonObj();
  ctx.out(pr.take());
  return 0;
}
