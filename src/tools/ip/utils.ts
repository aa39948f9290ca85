/**
 * Shared pieces of the `ip` tool: the command context, argument helpers
 * with iproute2's error texts and exit codes, and netlink error reporting.
 * @iproute2 lib/utils.c, lib/libnetlink.c
 */
import { strtoulFull } from './rt_names.js';
import type { NhMsg } from '../../uapi/linux/nexthop.js';
import { byteLength } from '../../lab/bytes.js';
import type { RtNames } from './rt_names_db.js';
import type { Proc } from '../../lab/process.js';
import type { Net } from '../../net/core/net_namespace.js';
import { KError, strerror } from '../../net/core/errno.js';
import { Printer } from './json_print.js';
import type { NetlinkSock } from '../../net/netlink/af_netlink.js';
import type { LlMap } from './ll_map.js';
import { Netdb } from '../lib/netdb.js';
import { ipToString } from '../../wire/ipv4.js';
import { NLM_F_ACK, NLM_F_DUMP, NLM_F_ECHO, NLM_F_REQUEST, type NlAck, type NlMsg } from '../../uapi/linux/netlink.js';

/** Global options of `ip` (ip.c) that the object handlers read. */
export interface IpOpts {
  family: number; // 0, AF_INET (2), AF_INET6 (10), AF_PACKET (17)
  json: boolean;
  pretty: boolean;
  details: number;
  stats: number;
  oneline: boolean;
  brief: boolean;
  numeric: boolean;
  resolveHosts: boolean;
  force: boolean;
  batchMode: boolean;
  netnsName: string | null;
  /** -batch FILE ('-' for stdin) */
  batchFile: string | null;
  /** -echo: echo_request, the modify commands print what the kernel announces (rtnl_echo_talk). */
  echoRequest?: number;
  /** -timestamp / -tshort: `ip monitor` stamps each message. */
  timestamp: number;
  tshort: boolean;
  /** -human: print_num() scales counters to k/M/G; -iec: by 1024, with Ki/Mi/Gi. */
  human: boolean;
  iec: boolean;
  /** -all: do_all, `ip -all netns exec|delete` act on every named namespace. */
  all: boolean;
  /** -color[=always|auto|never] (CONF_COLOR: never). */
  color?: 'always' | 'auto' | 'never';
}

export { AF_UNSPEC, AF_INET, AF_INET6, AF_PACKET } from '../../uapi/linux/socket.js';

/** ip.c's option globals before the command line is read. */
export function defaultIpOpts(): IpOpts {
  return {
    family: 0, json: false, pretty: false, details: 0, stats: 0, oneline: false, brief: false,
    numeric: false, resolveHosts: false, force: false, batchMode: false, netnsName: null, batchFile: null,
    timestamp: 0, tshort: false, human: false, iec: false, all: false,
  };
}

export interface IpCtx {
  readonly p: Proc;
  readonly net: Net;
  readonly opts: IpOpts;
  out(s: string): void;
  err(s: string): void;
  newPrinter(): Printer;
  /** A text-only printer (what iproute2 writes with fprintf), colored as `-color` says. */
  textPrinter(): Printer;
  /** rtnl_open(): the NETLINK_ROUTE socket of this invocation (in the -n namespace). */
  readonly nl: NetlinkSock;
  /** The ifindex/name cache (lib/ll_map.c) of this invocation. */
  readonly ll: LlMap;
  /** netns_map_init(): the /run/netns names by their ids here, read once per invocation. */
  nsidNames?: Map<number, string>;
  /** The rt_names databases of this invocation (/etc/iproute2 read on first use). */
  readonly names: RtNames;
  /** ipnexthop.c's nh_cache: the objects a route listing named, read once per invocation. */
  nhCache?: Map<number, NhMsg>;
  /** resolve_address()'s host database (-resolve), read once per invocation. */
  netdb?: Netdb;
}

/**
 * format_host() of an IPv4 address: with -resolve, the name
 * gethostbyaddr() finds ("hosts: files dns": the lab's /etc/hosts; DNS,
 * which no lab reaches, answers nothing), else the dotted quad.
 * @iproute2 lib/utils.c format_host_r(), resolve_address()
 */
export function formatHost(ctx: IpCtx, addr: number): string {
  if (ctx.opts.resolveHosts) {
    ctx.netdb ??= new Netdb(ctx.p);
    const name = ctx.netdb.hostByAddr(addr);
    if (name !== null) return name;
  }
  return ipToString(addr);
}

/**
 * Leaving a handler early. `fatal`: iproute2 called exit() (invarg(),
 * get_prefix()...), which ends even a -batch run; otherwise the handler
 * returned an error code (nodev(), a failed netlink request) and -batch
 * reports "Command failed" and, with -force, goes on.
 */
export class IpExit extends Error {
  constructor(
    readonly code: number,
    readonly fatal = true,
  ) {
    super(`exit ${code}`);
  }
}

export function fail(ctx: IpCtx, msg: string, code = 255): never {
  ctx.err(msg + '\n');
  throw new IpExit(code);
}

/** invarg(): `Error: argument "X" is wrong: MSG`, exit 255. */
export function invarg(ctx: IpCtx, msg: string, arg: string): never {
  return fail(ctx, `Error: argument "${arg}" is wrong: ${msg}`);
}

/** include/uapi/linux/if.h */
const IFNAMSIZ = 16;

/** __check_ifname(): not empty, no '/' and no isspace() byte. */
function checkIfnameChars(name: string): boolean {
  return name.length > 0 && !/[/ \t\n\v\f\r]/.test(name);
}

/**
 * check_ifname(): "These checks mimic kernel checks in dev_valid_name",
 * but only the length (in bytes: strlen(name) >= IFNAMSIZ), '/' and
 * spaces; ':' and "."/".." are left to the kernel.
 * @iproute2 lib/utils.c check_ifname()
 */
export function checkIfname(name: string): boolean {
  return byteLength(name) < IFNAMSIZ && checkIfnameChars(name);
}

/** check_altifname(): as check_ifname() without the length limit (the positional "dev" of ip link). */
export function checkAltifname(name: string): boolean {
  return checkIfnameChars(name);
}

/** duparg() */
export function duparg(ctx: IpCtx, key: string, arg: string): never {
  return fail(ctx, `Error: duplicate "${key}": "${arg}" is the second value.`);
}

/** duparg2() */
export function duparg2(ctx: IpCtx, key: string, arg: string): never {
  return fail(ctx, `Error: either "${key}" is duplicate, or "${arg}" is a garbage.`);
}

export function incompleteCommand(ctx: IpCtx): never {
  return fail(ctx, 'Command line is not complete. Try option "help"');
}

/** The argument walker of iproute2's parsers: next() is NEXT_ARG(), which exits with "Command line is not complete". */
export class Args {
  i = 0;
  constructor(readonly ctx: IpCtx, readonly argv: string[]) {}
  get cur(): string {
    return this.argv[this.i]!;
  }
  /** argc: the words from the current one on. */
  get left(): number {
    return this.argv.length - this.i;
  }
  next(): string {
    if (++this.i >= this.argv.length) incompleteCommand(this.ctx);
    return this.cur;
  }
}

/** nodev(): `Cannot find device "X"`, exit 1 at the call sites. */
export function nodev(ctx: IpCtx, dev: string): never {
  ctx.err(`Cannot find device "${dev}"\n`);
  throw new IpExit(1, false);
}

/**
 * The answer to a failed netlink request: the extack text as
 * `Error: TEXT.` or else `RTNETLINK answers: strerror`; exit 2.
 */
export function netlinkError(ctx: IpCtx, e: unknown): never {
  if (!(e instanceof KError)) throw e;
  if (e.extack) ctx.err(`Error: ${e.extack}${e.extack.endsWith('.') ? '' : '.'}\n`);
  else ctx.err(`RTNETLINK answers: ${strerror[e.errno]}\n`);
  throw new IpExit(2, false);
}

/**
 * The answer to a failed netlink request as iproute2 prints it: the extack
 * text as `Error: TEXT.`, else `RTNETLINK answers: strerror`; exit 2
 * (returned, not fatal: -batch -force goes on).
 */
export function nlAckError(ctx: IpCtx, ack: NlAck): never {
  nlAckReport(ctx, ack);
  throw new IpExit(2, false);
}

/** rtnl_talk_error(): the extack message, else "RTNETLINK answers: strerror". */
export function nlAckReport(ctx: IpCtx, ack: NlAck): void {
  if (ack.msg) ctx.err(`Error: ${ack.msg}${ack.msg.endsWith('.') ? '' : '.'}\n`);
  else ctx.err(`RTNETLINK answers: ${strerror[ack.error!]}\n`);
}

/**
 * `if (rtnl_talk(...) < 0) exit(2);`: rtnlTalk() whose failure ends ip
 * itself, a -batch too, -force or not (ipneigh_modify(), ipntable_modify()).
 */
export function rtnlTalkOrExit<B extends { family?: number }>(ctx: IpCtx, type: number, flags: number, body: B): NlMsg[] {
  const r = ctx.nl.request(type, NLM_F_REQUEST | NLM_F_ACK | flags, body);
  if (r.ack.error !== null) {
    nlAckReport(ctx, r.ack);
    throw new IpExit(2);
  }
  return r.msgs;
}

/**
 * rtnl_talk(): send one request with NLM_F_REQUEST|NLM_F_ACK, fail as
 * iproute2 does on an error ack, return the messages answered (a GET's
 * object, an NLM_F_ECHO notification).
 */
export function rtnlTalk<B extends { family?: number }>(ctx: IpCtx, type: number, flags: number, body: B): NlMsg[] {
  const r = ctx.nl.request(type, NLM_F_REQUEST | NLM_F_ACK | flags, body);
  if (r.ack.error !== null) nlAckError(ctx, r.ack);
  return r.msgs;
}

/**
 * rtnl_echo_talk()'s exchange: rtnl_talk() with NLM_F_ECHO, the answer
 * being the first message read back (the kernel's notification of the
 * change), or null when the kernel echoes nothing.
 */
export function rtnlEchoTalk<B extends { family?: number }>(ctx: IpCtx, type: number, flags: number, body: B): NlMsg | null {
  const msgs = rtnlTalk(ctx, type, NLM_F_ECHO | flags, body);
  return msgs[0] ?? ctx.nl.tryRecv();
}

/** rtnl_dump_request() + rtnl_dump_filter(): the messages of a dump; a failed dump fails as rtnl_talk. */
export function rtnlDump<B extends { family?: number }>(ctx: IpCtx, type: number, body: B, flags = 0): NlMsg[] {
  const r = ctx.nl.request(type, NLM_F_REQUEST | NLM_F_DUMP | flags, body);
  if (r.ack.error !== null) nlAckError(ctx, r.ack);
  return r.msgs;
}

/** Run a control-plane operation, reporting a KError as iproute2 does. */
export function rtnl<T>(ctx: IpCtx, op: () => T): T {
  try {
    return op();
  } catch (e) {
    return netlinkError(ctx, e);
  }
}

/** matches(): `arg` is a prefix of `word` (iproute2's abbreviations). */
export function matches(arg: string, word: string): boolean {
  return arg.length > 0 && word.startsWith(arg);
}

/** An IPv4 prefix as get_prefix() parses it: `A.B.C.D[/LEN]`, or "default"/"all"/"any". */
export interface Prefix {
  addr: number;
  bitlen: number;
  /** Whether a /LEN was given. */
  hasLen: boolean;
  isDefault: boolean;
}

/**
 * get_unsigned(), get_u32/u16/u8 with base 0: strtoul(3) over the whole
 * word (leading blanks and a sign as strtoul takes them: "-1" is past any
 * limit), up to `max`. The one unsigned parser of ip's commands.
 */
export function parseUnsigned(s: string, max = 0xffffffff): number | null {
  return strtoulFull(s, max, 0);
}

/**
 * get_u64(): strtoull(3) base 0 over the whole word; a leading "-" negates
 * modulo 2^64 ("-1" is 2^64 - 1); past 2^64 - 1 it fails (ERANGE).
 * @iproute2 lib/utils.c get_u64()
 */
export function getU64(s: string): bigint | null {
  const t = s.replace(/^[ \t\n\v\f\r]+/, '');
  const neg = t.startsWith('-');
  const body = neg || t.startsWith('+') ? t.slice(1) : t;
  let v: bigint;
  if (/^0[xX][0-9a-fA-F]+$/.test(body)) v = BigInt(body);
  else if (/^0[0-7]*$/.test(body)) v = body.length > 1 ? BigInt('0o' + body.slice(1)) : 0n;
  else if (/^[1-9][0-9]*$/.test(body)) v = BigInt(body);
  else return null;
  if (v > 0xffffffffffffffffn) return null;
  return neg ? BigInt.asUintN(64, -v) : v;
}

/** get_integer(): strtol(3) base 0 over the whole word, into an int. */
export function parseInteger(s: string): number | null {
  const t = s.replace(/^[ \t\n\v\f\r]+/, '');
  const neg = t.startsWith('-');
  const body = neg || t.startsWith('+') ? t.slice(1) : t;
  // strtol takes one sign; the digits follow it at once
  if (body === '' || '+- \t\n\v\f\r'.includes(body[0]!)) return null;
  const v = strtoulFull(body, 0x80000000, 0);
  if (v === null) return null;
  const n = neg ? -v : v;
  return n > 0x7fffffff ? null : n;
}
