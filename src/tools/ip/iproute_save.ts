/**
 * `ip route save|restore|showdump`: the binary route dump of iproute2, a
 * 32-bit magic then the kernel's RTM_NEWROUTE messages as they came.
 * @iproute2 ip/iproute.c save_route(), save_route_prep(), route_dump_check_magic(),
 *           iproute_restore(), restore_handler(), iproute_showdump();
 *           lib/libnetlink.c rtnl_from_file()
 */
import { decodeBytes, encodeBytes } from '../../lab/bytes.js';
import { NLM_F_ACK, NLM_F_CREATE, NLM_F_REQUEST, type NlMsg } from '../../uapi/linux/netlink.js';
import { RTM_DELROUTE, RTM_NEWROUTE } from '../../uapi/linux/rtnetlink.js';
import type { RtMsg } from '../../uapi/linux/rtmsg.js';
import { NLMSG_HDRLEN } from '../../uapi/linux/nlattr_wire.js';
import { rtmsgFromBytes, rtmsgToBytes } from '../../uapi/linux/rtmsg_wire.js';
import { filterNlmsg, printRoute, resetFilter } from './iproute_print.js';
import { sprintf } from '../lib/printf.js';
import { nlAckReport, type IpCtx } from './utils.js';
import { printEnv } from './iproute.js';

/** route_dump_magic */
const ROUTE_DUMP_MAGIC = 0x45311224;

/** rtnl_from_file()'s buffer: a longer message is "malformed". */
const RTNL_FILE_BUF = 16384;

/**
 * save_route_prep() / save_rule_prep(): no binary stream to a terminal,
 * then the 32-bit magic. False after saying why not.
 */
export function saveDumpPrep(ctx: IpCtx, magic: number): boolean {
  if (ctx.p.stdout.isatty) {
    ctx.err('Not sending a binary stream to stdout\n');
    return false;
  }
  ctx.out(decodeBytes(Uint8Array.of(magic & 0xff, (magic >>> 8) & 0xff, (magic >>> 16) & 0xff, magic >>> 24)));
  return true;
}

/** save_route_prep() */
export function saveRoutePrep(ctx: IpCtx): boolean {
  return saveDumpPrep(ctx, ROUTE_DUMP_MAGIC);
}

/** save_route(): the message, byte for byte. */
export function saveRoute(ctx: IpCtx, n: NlMsg<RtMsg>): void {
  ctx.out(decodeBytes(rtmsgToBytes(n)));
}

/**
 * route_dump_check_magic() / rule_dump_check_magic(): the first four
 * bytes (as many as there are) must be the magic; `what` names the dump
 * in the refusal to read a terminal.
 */
export function checkDumpMagic(ctx: IpCtx, b: Uint8Array, magic: number, what: string): boolean {
  if (ctx.p.stdin.isatty) {
    ctx.err(`Can't restore ${what} dump from a terminal\n`);
    return false;
  }
  let got = 0;
  for (let i = Math.min(4, b.length) - 1; i >= 0; i--) got = (got << 8) | b[i]!;
  if (got >>> 0 === magic) return true;
  ctx.err(`Magic mismatch (${b.length >= 4 ? 1 : 0} elems, ${(got >>> 0).toString(16)} magic)\n`);
  return false;
}

/**
 * rtnl_from_file(): each message after the magic (its nlmsg_len bytes)
 * to `handler`; 0 at the end of the file, -1 for a truncated or malformed
 * message, or the handler's error.
 */
export function rtnlFromFile(ctx: IpCtx, b: Uint8Array, handler: (raw: Uint8Array) => number): number {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let at = 4; ; ) {
    if (at === b.length) return 0;
    if (b.length - at < NLMSG_HDRLEN) return truncated(ctx);
    const len = v.getInt32(at, true);
    at += NLMSG_HDRLEN;
    const l = len - NLMSG_HDRLEN;
    if (l < 0 || len > RTNL_FILE_BUF) {
      // ftell(rtnl) printed with %lu: a pipe's -1 is 2^64 - 1
      ctx.err(`!!!malformed message: len=${len} @${ctx.p.stdin.seekable ? at : '18446744073709551615'}\n`);
      return -1;
    }
    const need = (l + 3) & ~3;
    if (b.length - at < need) return truncated(ctx);
    const raw = b.subarray(at - NLMSG_HDRLEN, at + l);
    at += need;
    const err = handler(raw);
    if (err < 0) return err;
  }
}

function truncated(ctx: IpCtx): number {
  ctx.err('rtnl-from_file: truncated message\n');
  return -1;
}

/**
 * restore_handler(): routes of local addresses first (prio 0: no gateway,
 * no preferred source or one equal to the destination), then local
 * networks (1), then gatewayed routes (2). A route that exists is no error.
 */
function restoreHandler(ctx: IpCtx, n: NlMsg<RtMsg>, prio: number): number {
  const m = n.body;
  const ownAddr = m.prefsrc === null || (m.dst !== null && m.prefsrc === m.dst);
  const pick = prio === 0 ? m.gateway === null && ownAddr : prio === 1 ? m.gateway === null && !ownAddr : m.gateway !== null;
  return pick ? restoreTalk(ctx, n) : 0;
}

/**
 * restore_handler()'s rtnl_talk(): the saved message back with
 * NLM_F_REQUEST|NLM_F_CREATE|NLM_F_ACK; every error is reported, EEXIST
 * included, but only another one stops the restore (-1).
 */
export function restoreTalk<B extends { family?: number }>(ctx: IpCtx, n: NlMsg<B>): number {
  const r = ctx.nl.request(n.type, n.flags | NLM_F_REQUEST | NLM_F_CREATE | NLM_F_ACK, n.body);
  if (r.ack.error === null) return 0;
  nlAckReport(ctx, r.ack);
  return r.ack.error === 'EEXIST' ? 0 : -1;
}

/** iproute_restore(): three passes over stdin, which must be seekable (ftell). */
export async function iprouteRestore(ctx: IpCtx): Promise<number> {
  const b = encodeBytes(await ctx.p.stdin.readAll());
  if (!checkDumpMagic(ctx, b, ROUTE_DUMP_MAGIC, 'route')) return 1;
  if (!ctx.p.stdin.seekable) {
    ctx.err('Failed to restore: ftell: Illegal seek\n');
    return 1;
  }
  for (let prio = 0; prio < 3; prio++) {
    if (rtnlFromFile(ctx, b, (raw) => restoreHandler(ctx, rtmsgFromBytes(raw), prio))) return 2;
  }
  return 0;
}

/** iproute_showdump(): print_route() of each message, as text, without a filter. */
export async function iprouteShowdump(ctx: IpCtx): Promise<number> {
  const b = encodeBytes(await ctx.p.stdin.readAll());
  if (!checkDumpMagic(ctx, b, ROUTE_DUMP_MAGIC, 'route')) return 1;
  const f = resetFilter(0);
  const env = printEnv(ctx);
  const err = rtnlFromFile(ctx, b, (raw) => {
    const n = rtmsgFromBytes(raw);
    if (n.type !== RTM_NEWROUTE && n.type !== RTM_DELROUTE) {
      ctx.err(sprintf('Not a route: %08x %08x %08x\n', raw.length, n.type, n.flags));
      return 0;
    }
    if (!filterNlmsg(f, n.body, ctx.opts.family)) return 0;
    const pr = ctx.textPrinter();
    printRoute(pr, n, f, env);
    ctx.out(pr.take());
    return 0;
  });
  return err ? 2 : 0;
}
