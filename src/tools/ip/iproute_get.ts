/**
 * `ip route get`: ask the kernel's route lookup (RTM_GETROUTE), an output
 * route, or an input route with `iif`, and print the answer.
 * @iproute2 ip/iproute.c iproute_get()
 */
import type { NlMsg } from '../../uapi/linux/netlink.js';
import { RTM_GETROUTE } from '../../uapi/linux/rtnetlink.js';
import { newRtMsg, RTM_F_FIB_MATCH, RTM_F_NOTIFY, type RtMsg } from '../../uapi/linux/rtmsg.js';
import { printRoute, resetFilter } from './iproute_print.js';
import { printEnv } from './iproute.js';
import { iprouteUsage, llNameToIndex } from './iproute_modify.js';
import { getAddr, getPrefix, type InetPrefix } from './inet_prefix.js';
import { inetProtoA2n } from './inet_proto.js';
import { AF_INET, AF_INET6, fail, invarg, matches, nodev, parseUnsigned, rtnlTalk, type IpCtx } from './utils.js';

interface GetReq {
  /** RTA_DST (null: none, as for `default`) and rtm_dst_len. */
  dst: number | null;
  dstLen: number;
  /** RTA_SRC (null: none, as for `any`) and rtm_src_len: the prefix length given, the kernel wants 32. */
  src: number | null;
  srcLen: number;
  /** RTA_NEWDST of `as ADDR`. */
  newdst: number | null;
  tos: number;
  iif: number;
  oif: number;
  mark: number;
  uid: number | null;
  fibmatch: boolean;
  /** RTM_F_NOTIFY */
  notify: boolean;
  /** RTA_IP_PROTO, sent whenever given (0 too: the kernel refuses it). */
  proto: number | null;
  sport: number;
  dport: number;
  connected: boolean;
}

/** The argument loop of iproute_get(). */
function parseGet(ctx: IpCtx, argv: string[]): GetReq | number {
  const r: GetReq = { dst: null, dstLen: 0, src: null, srcLen: 0, newdst: null, tos: 0, iif: 0, oif: 0, mark: 0, uid: null, fibmatch: false, notify: false, proto: null, sport: 0, dport: 0, connected: false };
  // get_prefix(&addr, *argv, req.r.rtm_family): the family of `-4`, else any, then the first address's.
  let family = ctx.opts.family;
  const prefix = (arg: string): InetPrefix => {
    const p = getPrefix(ctx, arg, family);
    if (family === 0) family = p.family;
    // IPv6 lookups need the IPv6 FIB tuxnet does not have (README): said, not answered from IPv4's.
    if (family === AF_INET6) fail(ctx, 'Error: "ip -6 route get" (IPv6 route lookups) is not implemented in tuxnet.', 2);
    return p;
  };
  let found = false;
  let idev: string | null = null;
  let odev: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => argv[++i] ?? fail(ctx, 'Command line is not complete. Try option "help"');
    if (a === 'tos' || matches(a, 'dsfield')) {
      const v = next();
      r.tos = ctx.names.dsfieldA2n(v) ?? invarg(ctx, 'TOS value is invalid\n', v);
    } else if (matches(a, 'from')) {
      const v = next();
      if (matches(v, 'help')) iprouteUsage(ctx);
      const p = prefix(v);
      r.src = p.bytelen ? p.addr : null;
      r.srcLen = p.bitlen;
    }
    else if (matches(a, 'iif')) idev = next();
    else if (matches(a, 'mark')) {
      const v = next();
      r.mark = parseUnsigned(v) ?? invarg(ctx, 'invalid mark value', v);
    } else if (matches(a, 'oif') || a === 'dev') odev = next();
    else if (matches(a, 'notify')) r.notify = true;
    else if (matches(a, 'connected')) r.connected = true;
    else if (matches(a, 'vrf')) invarg(ctx, 'Invalid VRF\n', next()); // name_is_vrf(): tuxnet has no VRF devices
    else if (matches(a, 'uid')) {
      const v = next();
      r.uid = parseUnsigned(v) ?? invarg(ctx, 'invalid UID\n', v);
    } else if (matches(a, 'fibmatch')) r.fibmatch = true;
    else if (a === 'as') {
      let v = next();
      if (v === 'to') v = next();
      const p = getAddr(ctx, v, family);
      if (family === 0) family = p.family;
      r.newdst = p.addr;
    }
    else if (matches(a, 'sport')) r.sport = parseUnsigned(next(), 0xffff) ?? invarg(ctx, 'invalid sport\n', argv[i]!);
    else if (matches(a, 'dport')) r.dport = parseUnsigned(next(), 0xffff) ?? invarg(ctx, 'invalid dport\n', argv[i]!);
    else if (matches(a, 'ipproto')) {
      const v = next();
      const p = inetProtoA2n(v);
      r.proto = p >= 0 ? p : invarg(ctx, 'Invalid "ipproto" value\n', v);
    }
    else {
      const v = a === 'to' ? next() : a;
      if (matches(v, 'help')) iprouteUsage(ctx);
      const p = prefix(v);
      if (p.bytelen) r.dst = p.addr;
      // The warning and the forced /32 only once the request's family is known to be IPv4 (not for `default`).
      if (family === AF_INET && p.bitlen !== 32) {
        ctx.err(`Warning: /${p.bitlen} as prefix is invalid, only /32 (or none) is supported.\n`);
        r.dstLen = 32;
      } else r.dstLen = p.bitlen;
      found = true;
    }
  }
  if (!found) {
    ctx.err('need at least a destination address\n');
    return 1;
  }
  if (idev !== null) r.iif = llNameToIndex(ctx, idev) || nodev(ctx, idev);
  if (odev !== null) r.oif = llNameToIndex(ctx, odev) || nodev(ctx, odev);
  return r;
}

/** iproute_get(): RTM_GETROUTE for the destination, print the route answered. */
export function iprouteGet(ctx: IpCtx, argv: string[]): number {
  const r = parseGet(ctx, argv);
  if (typeof r === 'number') return r;
  const body = newRtMsg({
    family: AF_INET, dstLen: r.dstLen, tos: r.tos, flags: (r.fibmatch ? RTM_F_FIB_MATCH : 0) | (r.notify ? RTM_F_NOTIFY : 0), dst: r.dst,
    src: r.src, srcLen: r.srcLen, newdst: r.newdst, iif: r.iif || null, oif: r.oif || null, mark: r.mark || null, uid: r.uid,
    ipProto: r.proto, sport: r.sport || null, dport: r.dport || null,
  });
  let answer = rtnlTalk(ctx, RTM_GETROUTE, 0, body)[0] as NlMsg<RtMsg>;
  const pr = ctx.newPrinter();
  pr.newJsonObj();
  if (r.connected && r.src === null) {
    // iproute2 prints the first answer, then (its edits being made on the
    // answer, not on the request) sends the same request again.
    printRoute(pr, answer, resetFilter(), printEnv(ctx));
    if (answer.body.prefsrc === null && answer.body.src == null) {
      ctx.out(pr.take());
      ctx.err('Failed to connect the route\n');
      return 1;
    }
    pr.deleteJsonObj();
    answer = rtnlTalk(ctx, RTM_GETROUTE, 0, body)[0] as NlMsg<RtMsg>;
  }
  printRoute(pr, answer, resetFilter(), printEnv(ctx));
  pr.deleteJsonObj();
  ctx.out(pr.take());
  return 0;
}
