/**
 * `conntrack` of conntrack-tools 1.4.7 on the conntrack table: -L (with
 * address, protocol, port, mark, state and status filters), -G, -D, -I,
 * -U, -F, -C, -S, -E (until killed), -V, -h. Entries print as
 * libnetfilter_conntrack's default format, its XML or the save format
 * (conntrack_output.ts); the count line goes to stderr, which is
 * unbuffered, so it comes before the entries when stdout is not a
 * terminal. Expectation tables are always empty (no helper makes one).
 * @conntrack-tools src/conntrack.c, extensions/libct_proto_{tcp,udp,icmp}.c
 */
import type { CommandFn, Proc } from '../../lab/process.js';
import { inetProtoA2n, inetProtoN2a } from '../ip/inet_proto.js';
import { inetAton } from '../ping.js';
import { inet6Pton } from '../../wire/ipv6.js';
import { NetlinkSock } from '../../net/netlink/af_netlink.js';
import { NLM_F_ACK, NLM_F_CREATE, NLM_F_DUMP, NLM_F_EXCL, NLM_F_REQUEST } from '../../uapi/linux/netlink.js';
import { strerror, type Errno } from '../../net/core/errno.js';
import { NETLINK_NETFILTER } from '../../uapi/linux/netfilter/nf_tables.js';
import { AF_INET, AF_INET6, AF_UNSPEC } from '../../uapi/linux/socket.js';
import {
  IPCTNL_MSG_CT_DELETE, IPCTNL_MSG_CT_GET, IPCTNL_MSG_CT_GET_STATS, IPCTNL_MSG_CT_GET_STATS_CPU, NFNLGRP_CONNTRACK_DESTROY,
  NFNLGRP_CONNTRACK_NEW, NFNLGRP_CONNTRACK_UPDATE, ctnlMsg,
  IPCTNL_MSG_CT_NEW, type CtGlobalStatsMsg, type CtMsg, type CtNewReq, type CtReq, type CtStatsMsg, type CtaTuple,
} from '../../uapi/linux/netfilter/nfnetlink_conntrack.js';
import { CONNTRACK_USAGE } from './conntrack_usage.js';
import { REALTIME_EPOCH_SEC } from '../../sim/clock.js';
import { breakDown, zoneOf, type Tm } from '../../lab/coreutils/date.js';
import { TCP_CONNTRACK_NAMES, ctSave, ctText, ctXml, type CtMsgType, type CtTimeView } from './conntrack_output.js';

const IPS_SEEN_REPLY = 2;
const IPS_SRC_NAT_DONE = 1 << 7;
const IPS_DST_NAT_DONE = 1 << 8;

const PROG = 'conntrack v1.4.7 (conntrack-tools)';
const SIGINT = 2;
const SIGTERM = 15;

class ExitError {
  constructor(readonly status: number, readonly msg: string) {}
}

/** exit_error(PARAMETER_PROBLEM, ...) */
const paramProblem = (msg: string): ExitError => new ExitError(2, `${PROG}: ${msg}\nTry \`conntrack -h' or 'conntrack --help' for more information.\n`);

/** The filter of -L/-D/-G/-E, as struct nf_conntrack attributes. */
interface Filter {
  cmd: string;
  proto: number | null;
  origSrc: number | null;
  origDst: number | null;
  /** CT_OPT_MASK_SRC/DST: the netmask of -s/-d given as CIDR (below /32) or by --mask-src/--mask-dst; null: exact. */
  origSrcMask: number | null;
  origDstMask: number | null;
  replSrc: number | null;
  replDst: number | null;
  sport: number | null;
  dport: number | null;
  replSport: number | null;
  replDport: number | null;
  /** --icmp-type, --icmp-code, --icmp-id */
  icmpType: number | null;
  icmpCode: number | null;
  icmpId: number | null;
  /** -t (atol() as a u32) */
  timeout: number | null;
  mark: [number, number] | null;
  /** -u: the status bits that must be set, and (with "!NAME" or UNREPLIED) those that must not (parse_parameter_mask()). */
  status: number | null;
  statusClear: number;
  state: number | null;
  /** -f: ipv6 matches no flow here (tuxnet tracks IPv4 only), and takes no IPv4 address. */
  family: 'ipv4' | 'ipv6';
  /** -L expect: the expectation table. */
  expect: boolean;
  /** set_family() has been called (by -f or an address): a later different family is refused. */
  famSet: boolean;
  /** An IPv6 address was given: tuxnet keeps no IPv6 entries, so it matches none. */
  v6: boolean;
  /** -L dying / -L unconfirmed: the lists of entries being destroyed or not yet confirmed. */
  list: 'dying' | 'unconfirmed' | null;
  /** -o: the _O_* output flags. */
  output: number;
  /** -w, --orig-zone, --reply-zone: the zone (of both directions, of one). */
  zone: number | null;
  origZone: number | null;
  replyZone: number | null;
  /** The options given (their getopt letters), for generic_opt_check(). */
  given: Set<string>;
  /** -e: the event groups to join (NFNLGRP_CONNTRACK_*), null for all. */
  events: number[] | null;
  /** --src-nat, --dst-nat (each with an optional address[:port]), --any-nat (both). */
  snat: NatWant | null;
  dnat: NatWant | null;
  anyNat: boolean;
}

/** What a NAT filter asks of the translated side: anything, or this address and/or port. */
interface NatWant {
  addr: number | null;
  port: number | null;
}

/** Options and whether they take an argument (short letters, long names). */
const SHORT_ARG = new Set(['s', 'd', 'r', 'q', 'p', 'f', 't', 'u', 'w', 'm', 'c', 'e', 'o', 'l', 'b', 'i']);
/** The NAT filters, whose argument is optional (get_optional_arg(): "=ARG" or a next word not starting with - or !). */
const NAT_OPTS = new Set(['n', 'g', 'j']);
const COMMANDS = new Set(['L', 'G', 'D', 'I', 'U', 'E', 'F', 'C', 'S', 'V', 'h']);
const LONG: Readonly<Record<string, string>> = {
  dump: 'L', list: 'L', get: 'G', delete: 'D', create: 'I', update: 'U', event: 'E', flush: 'F', count: 'C', stats: 'S',
  version: 'V', help: 'h', src: 's', 'orig-src': 's', dst: 'd', 'orig-dst': 'd', 'reply-src': 'r', 'reply-dst': 'q',
  'mask-src': '{', 'mask-dst': '}',
  protonum: 'p', family: 'f', timeout: 't', status: 'u', zone: 'w', 'orig-zone': '(', 'reply-zone': ')', mark: 'm', output: 'o',
  'event-mask': 'e', label: 'l', 'label-add': '<',
  sport: '--sport', 'orig-port-src': '--sport', dport: '--dport', 'orig-port-dst': '--dport', 'reply-port-src': '--rsport',
  'reply-port-dst': '--rdport', state: '--state', 'orig-vtag': '--origvtag', 'reply-vtag': '--replyvtag', 'src-nat': 'n', 'dst-nat': 'g', 'any-nat': 'j',
  'icmp-type': '--icmptype', 'icmp-code': '--icmpcode', 'icmp-id': '--icmpid',
  'orig-key-src': '--srckey', srckey: '--srckey', 'orig-key-dst': '--dstkey', dstkey: '--dstkey', 'reply-key-src': '--rsrckey',
  'reply-key-dst': '--rdstkey',
};

/** The options each protocol's extension adds to getopt's table once -p names it (the others: unknown options). */
const PROTO_OPTS: Readonly<Record<number, readonly string[]>> = {
  6: ['--sport', '--dport', '--rsport', '--rdport', '--state'],
  17: ['--sport', '--dport', '--rsport', '--rdport'],
  136: ['--sport', '--dport', '--rsport', '--rdport'],
  1: ['--icmptype', '--icmpcode', '--icmpid'],
  // libct_proto_dccp.c dccp_opts[]
  33: ['--sport', '--dport', '--rsport', '--rdport', '--state'],
  // libct_proto_sctp.c sctp_opts[] (the mask and tuple ports: expectations only)
  132: ['--sport', '--dport', '--rsport', '--rdport', '--state', '--origvtag', '--replyvtag'],
  47: ['--srckey', '--dstkey', '--rsrckey', '--rdstkey'],
};

/** nat_parse(): "address[:port]". */
function natWant(key: string, v: string | undefined): NatWant {
  if (v === undefined) return { addr: null, port: null };
  const colon = v.indexOf(':');
  const port = colon >= 0 ? parsePortNum(v.slice(colon + 1)) : null;
  return { addr: parseAddrOpt(key, colon >= 0 ? v.slice(0, colon) : v)[0], port };
}

/** -n, -g, -j: which side is wanted translated, and to what (--any-nat: either side, to the same address). */
function applyNat(f: Filter, k: string, v: string | undefined): void {
  const w = natWant(k, v);
  if (k === 'n' || k === 'j') f.snat = w;
  if (k === 'g' || k === 'j') f.dnat = w;
  if (k === 'j') f.anyNat = true;
}

/** ATTR_*_PORT_SRC/DST: the tuple's l4src/l4dst halves, for ICMP the id and the type and code (union nf_conntrack_man_proto). */
const l4Src = (t: CtaTuple): number | undefined => (t.protonum === 1 ? t.icmpId ?? 0 : t.sport);
const l4Dst = (t: CtaTuple): number | undefined => (t.protonum === 1 ? ((t.icmpType ?? 0) << 8) | (t.icmpCode ?? 0) : t.dport);

/**
 * filter_nat(): an entry is source-NATed when its reply goes to another
 * address or port than the original came from (NFCT_GOPT_IS_SNAT/SPAT), and
 * destination-NATed when its reply comes from another than the original
 * went to; an asked address or port must be the translated one.
 */
function natMatches(f: Filter, ct: CtMsg): boolean {
  const o = ct.orig;
  const r = ct.reply;
  // getobjopt_is_snat()/_is_spat() (and dnat/dpat): only once the NAT of that side is done
  // (IPS_SRC_NAT_DONE, IPS_DST_NAT_DONE: a null binding sets it too); an ICMP entry compares
  // its id with the other tuple's type and code (the union's halves).
  const side = (w: NatWant | null, done: number, oAddr: number, rAddr: number, oPort: number | undefined, rPort: number | undefined): boolean => {
    if (!w) return false;
    const isNat = (ct.status & done) !== 0 && oAddr !== rAddr;
    const isPat = (ct.status & done) !== 0 && (oPort ?? 0) !== (rPort ?? 0);
    if (w.addr === null && w.port === null) return isNat || isPat;
    if (w.addr !== null && !(isNat && w.addr === rAddr)) return false;
    return w.port === null || (isPat && w.port === rPort);
  };
  const src = side(f.snat, IPS_SRC_NAT_DONE, o.src, r.dst, l4Src(o), l4Dst(r));
  const dst = side(f.dnat, IPS_DST_NAT_DONE, o.dst, r.src, l4Dst(o), l4Src(r));
  if (f.anyNat) return src || dst;
  if (f.snat && f.dnat) return src && dst;
  return f.snat ? src : dst;
}

/** get_long_opt(): the first long name of an address option. */
const ADDR_LONG: Readonly<Record<string, string>> = {
  s: 'orig-src', d: 'orig-dst', r: 'reply-src', q: 'reply-dst', '{': 'mask-src', '}': 'mask-dst', n: 'src-nat', g: 'dst-nat', j: 'any-nat',
};

/**
 * nfct_parse_addr_from_opt(): "ADDR[/BITS]", the address by parse_addr()'s
 * inet_aton() (tuxnet has no IPv6 flows to match); the bits (strtol() of the
 * whole rest, 0 to 32) only for -s and -d, whose netmask they set
 * (opt2maskopt[]); any other option refuses the notation. The address and
 * the netmask (null without bits or with 32: an exact match).
 */
function parseAddrOpt(key: string, arg: string): [number, number | null] {
  const slash = arg.indexOf('/');
  const rest = slash >= 0 ? arg.slice(slash + 1) : null;
  const addr = inetAton(slash >= 0 ? arg.slice(0, slash) : arg);
  if (addr === null) throw paramProblem(`Invalid IP address \`${arg}'`);
  if (rest === null) return [addr, null];
  if (key !== 's' && key !== 'd') throw paramProblem(`CIDR notation unavailable for \`--${ADDR_LONG[key] ?? key}'`);
  // strtol(): an empty rest reads 0 and ends where the string ends.
  const bits = /^[ \t\n\v\f\r]*[+-]?[0-9]*$/.test(rest) ? Number(rest.trim() || '0') : -1;
  if (!(bits >= 0 && bits <= 32)) throw paramProblem('Invalid netmask');
  if (bits === 32) return [addr, null];
  return [addr, bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0];
}

/** atol(): leading blanks, a sign, the digits that follow (0 without any). */
function atol(s: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?[0-9]+)/.exec(s);
  return m ? Number(m[1]) : 0;
}

/** strtoul(s, NULL, 0): blanks, a sign, then hex (0x), octal (0) or decimal digits (0 without any; a minus wraps). */
function strtoul0(s: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX](?=[0-9a-fA-F])[0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*)?/.exec(s)!;
  const digits = m[2] ?? '0';
  const v = /^0[xX]/.test(digits) ? parseInt(digits.slice(2), 16) : digits.startsWith('0') ? parseInt(digits, 8) : Number(digits);
  return (m[1] === '-' ? -v : v) >>> 0;
}

/** htons(atoi(optarg)) of the tcp/udp/sctp extensions and (uint16_t)atoi() of nat ports: no check, 16 bits kept. */
function parsePortNum(s: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?[0-9]+)/.exec(s);
  if (!m) return 0;
  // strtol() saturates at LONG_MIN/LONG_MAX; atoi() keeps the int's low bits
  let v = BigInt(m[1]!);
  const max = (1n << 63n) - 1n;
  if (v > max) v = max;
  if (v < -max - 1n) v = -max - 1n;
  return Number(BigInt.asUintN(16, v));
}

/** strtoul(s, &end, 0): the value (unsigned long, 64 bits) and where the number ends. */
function strtoulEnd(s: string): [bigint, number] {
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX](?=[0-9a-fA-F])[0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*)/.exec(s);
  if (!m) return [0n, 0];
  const d = m[2]!;
  let v = /^0[xX]/.test(d) ? BigInt(d) : d.startsWith('0') && d.length > 1 ? BigInt('0o' + d.slice(1)) : BigInt(d);
  if (v > 0xffffffffffffffffn) v = 0xffffffffffffffffn;
  return [BigInt.asUintN(64, m[1] === '-' ? -v : v), m[0].length];
}

/** sctp_states[] of libct_proto_sctp.c (SCTP_CONNTRACK_*). */
const SCTP_STATE_NAMES: readonly string[] = [
  'NONE', 'CLOSED', 'COOKIE_WAIT', 'COOKIE_ECHOED', 'ESTABLISHED', 'SHUTDOWN_SENT', 'SHUTDOWN_RECD', 'SHUTDOWN_ACK_SENT',
  'HEARTBEAT_SENT', 'HEARTBEAT_ACKED',
];

/** dccp_states[] of libct_proto_dccp.c (CT_DCCP_*). */
const DCCP_STATE_NAMES: readonly string[] = [
  'NONE', 'REQUEST', 'RESPOND', 'PARTOPEN', 'OPEN', 'CLOSEREQ', 'CLOSING', 'TIMEWAIT', 'IGNORE', 'INVALID',
];

/** parse_array[PARSE_STATUS] of conntrack.c: the names -u takes (IPS_* bits, UNSET none). */
const STATUS_NAMES: readonly [string, number][] = [
  ['ASSURED', 4], ['SEEN_REPLY', 2], ['UNSET', 0], ['FIXED_TIMEOUT', 1 << 10], ['EXPECTED', 1], ['OFFLOAD', 1 << 14], ['HW_OFFLOAD', 1 << 15],
];
/** parse_array[PARSE_OUTPUT]: the -o types (_O_XML, _O_EXT, _O_TMS, _O_ID, _O_KTMS, _O_CL, userspace, _O_SAVE). */
const OUTPUT_NAMES: readonly [string, number][] = [
  ['xml', 1], ['extended', 2], ['timestamp', 4], ['id', 8], ['ktimestamp', 16], ['labels', 32], ['userspace', 0], ['save', 64],
];
const O_XML = 1;
const O_EXT = 2;
const O_TMS = 4;
const O_ID = 8;
const O_KTMS = 16;
const O_LABELS = 32;
const O_SAVE = 64;

/**
 * do_parse_parameter(): the first name `word` abbreviates whatever the case
 * (strncasecmp() over the word's length); SRC_NAT and DST_NAT are ignored
 * with a warning.
 */
function parseParamWord(word: string, names: readonly [string, number][], warn: (s: string) => void): number | null {
  const w = word.toUpperCase();
  for (const nat of ['SRC_NAT', 'DST_NAT']) {
    if (nat.startsWith(w)) {
      warn(`WARNING: ignoring ${nat}, use --${nat.toLowerCase().replace('_', '-')} instead\n`);
      return 0;
    }
  }
  return names.find((x) => x[0].toUpperCase().startsWith(w))?.[1] ?? null;
}

/** parse_parameter(): a comma list; a bad word is reported with the rest of the list. */
function parseParams(arg: string, names: readonly [string, number][], warn: (s: string) => void): number {
  let m = 0;
  let rest = arg;
  for (;;) {
    const comma = rest.indexOf(',');
    const w = comma < 0 ? rest : rest.slice(0, comma);
    const v = w === '' ? null : parseParamWord(w, names, warn);
    if (v === null) throw paramProblem(`Bad parameter \`${rest}'`);
    m |= v;
    if (comma < 0) return m;
    rest = rest.slice(comma + 1);
  }
}

/** parse_parameter_mask() of -u: "NAME" sets a bit wanted, "!NAME" one unwanted, UNREPLIED (case kept) wants SEEN_REPLY clear. */
function parseStatus(f: Filter, arg: string, warn: (s: string) => void): void {
  let status = 0;
  let clear = 0;
  let rest = arg;
  for (;;) {
    const comma = rest.indexOf(',');
    if (comma === 0) throw paramProblem(`Bad parameter \`${rest}'`);
    const negated = rest.startsWith('!');
    if (negated) rest = rest.slice(1);
    const end = rest.indexOf(',');
    const w = end < 0 ? rest : rest.slice(0, end);
    if (end === 0) throw paramProblem(`Bad parameter \`${rest}'`);
    if (!negated && rest.startsWith('UNREPLIED')) clear |= IPS_SEEN_REPLY;
    else {
      const v = w === '' ? null : parseParamWord(w, STATUS_NAMES, warn);
      if (v === null) throw paramProblem(`Bad parameter \`${rest}'`);
      if (negated) clear |= v;
      else status |= v;
    }
    if (end < 0) break;
    rest = rest.slice(end + 1);
  }
  f.status = status;
  f.statusClear = clear;
}

/** optflags[]: the long names of commands_v_options[]'s columns, by getopt letter. */
const OPT_COLUMNS: readonly [string, string][] = [
  ['s', 'src'], ['d', 'dst'], ['r', 'reply-src'], ['q', 'reply-dst'], ['p', 'protonum'], ['t', 'timeout'], ['u', 'status'], ['z', 'zero'],
  ['e', 'event-mask'], ['[', 'tuple-src'], [']', 'tuple-dst'], ['{', 'mask-src'], ['}', 'mask-dst'], ['a', 'nat-range'], ['m', 'mark'],
  ['i', 'id'], ['f', 'family'], ['n', 'src-nat'], ['g', 'dst-nat'], ['o', 'output'], ['c', 'secmark'], ['b', 'buffer-size'], ['j', 'any-nat'],
  ['w', 'zone'], ['l', 'label'], ['<', 'label-add'], ['>', 'label-del'], ['(', 'orig-zone'], [')', 'reply-zone'],
];
/** commands_v_options[]: per command (X: the expect table's), 0 illegal, 1 compulsory, 2 optional, 3 checked apart. */
const COMMANDS_V_OPTIONS: Readonly<Record<string, string>> = {
  L: '22222022000220202222202220022', I: '33331120000002200220000202022', U: '22222220000220222222000022200',
  D: '22222220000220222222000222022', G: '33331000000000020002000020000', F: '00000000000000002000000000000',
  E: '22222000200220202222222220022', V: '00000000000000000000000000000', h: '00002000000000000000000000000',
  XL: '00000000000000002002000000000', XF: '00000000000000000000000000000', C: '00000000000000000000000000000',
  XI: '11221120011110000000000000000', XD: '11221000000000000000000000000', XG: '11221000000000000000000000000',
  XE: '00000000000000000002000000000',
  S: '00000000000000000000000000000',
};

/**
 * generic_opt_check(): each option given must be allowed (not 0) with the
 * command, each compulsory one (1) given; where a row has "3" columns, one
 * of the coupled pairs must be given whole, else the first pair partly
 * given (or the first) is named: `partial`'s message.
 */
function optCheck(
  given: (k: string) => boolean, columns: readonly [string, string][], row: string,
  coupled: readonly [string, string][], partial: readonly string[],
): void {
  columns.forEach(([k, name], i) => {
    if (!given(k)) {
      if (row[i] === '1') throw paramProblem(`You need to supply the \`--${name}' option for this command`);
    } else if (row[i] === '0') throw paramProblem(`Illegal option \`--${name}' with this command`);
  });
  if (!row.includes('3') || coupled.some(([a, b]) => given(a) && given(b))) return;
  const i = coupled.findIndex(([a, b]) => given(a) || given(b));
  throw paramProblem(`you have to specify ${partial[Math.max(i, 0)]}`);
}

function genericOptCheck(f: Filter): void {
  const row = COMMANDS_V_OPTIONS[(f.expect ? 'X' : '') + f.cmd];
  if (row) optCheck((k) => f.given.has(k), OPT_COLUMNS, row, [['s', 'd'], ['r', 'q']], ["`--src' and `--dst'", "`--reply-src' and `--reply-dst'"]);
}

/** The protocol extensions' option columns (tcp_optflags[], udp_optflags[], icmp_optflags[]) by getopt key. */
const PROTO_COLUMNS: Readonly<Record<number, readonly [string, string][]>> = {
  6: [['--sport', 'sport'], ['--dport', 'dport'], ['--rsport', 'reply-port-src'], ['--rdport', 'reply-port-dst'], ['', 'mask-port-src'], ['', 'mask-port-dst'], ['--state', 'state']],
  17: [['--sport', 'sport'], ['--dport', 'dport'], ['--rsport', 'reply-port-src'], ['--rdport', 'reply-port-dst']],
  1: [['--icmptype', 'icmp-type'], ['--icmpcode', 'icmp-code'], ['--icmpid', 'icmp-id']],
  47: [['--srckey', 'srckey'], ['--dstkey', 'dstkey'], ['--rsrckey', 'reply-key-src'], ['--rdstkey', 'reply-key-dst']],
  // sctp_optflags[]
  132: [['--sport', 'sport'], ['--dport', 'dport'], ['--rsport', 'reply-port-src'], ['--rdport', 'reply-port-dst'], ['', 'mask-port-src'],
    ['', 'mask-port-dst'], ['--state', 'state'], ['', 'tuple-port-src'], ['', 'tuple-port-dst'], ['--origvtag', 'orig-vtag'], ['--replyvtag', 'reply-vtag']],
};
/** The extension's coupled options and what its final_check() says when neither pair is whole. */
const PROTO_PAIRS: Readonly<Record<number, readonly [readonly [string, string][], readonly string[]]>> = {
  6: [[['--sport', '--dport'], ['--rsport', '--rdport']], ["`--sport' and `--dport'", "`--reply-src-port' and `--reply-dst-port'"]],
  17: [[['--sport', '--dport'], ['--rsport', '--rdport']], ["`--sport' and `--dport'", "`--reply-src-port' and `--reply-dst-port'"]],
  1: [[], []],
  47: [[['--srckey', '--dstkey'], ['--rsrckey', '--rdstkey']], ["`--srckey' and `--dstkey'", "`--reply-src-key' and `--reply-dst-key'"]],
  132: [[['--sport', '--dport'], ['--rsport', '--rdport']], ["`--sport' and `--dport'", "`--reply-src-port' and `--reply-dst-port'"]],
};
/** *_commands_v_options[] rows of the commands whose rows are not all optional (the others: every option allowed). */
const PROTO_ROWS: Readonly<Record<number, Readonly<Record<string, string>>>> = {
  6: { XD: '1111000', XG: '1111000', I: '3333001', G: '3333002', F: '0000000', V: '0000000', h: '0000000', C: '0000000', S: '0000000' },
  17: { XD: '1111', XG: '1111', I: '3333', G: '3333', F: '0000', V: '0000', h: '0000', C: '0000', S: '0000' },
  1: { I: '112', G: '112', F: '000', V: '000', h: '000', C: '000', S: '000' },
  47: { I: '3333', G: '3333', F: '0000', V: '0000', h: '0000', C: '0000', S: '0000' },
  // sctp_commands_v_options[]
  132: {
    L: '22220020000', I: '33330010011', U: '22220020022', D: '22220020000', G: '33330020022', F: '00000000000',
    E: '22220020000', V: '00000000000', h: '00000000000',
  },
};

/** The protocol's final_check(): its own generic_opt_check() with its port pairs. */
function protoFinalCheck(f: Filter): void {
  const p = f.proto ?? -1;
  const row = PROTO_ROWS[p]?.[(f.expect ? 'X' : '') + f.cmd];
  if (!row) return;
  const [pairs, says] = PROTO_PAIRS[p]!;
  optCheck((k) => k !== '' && f.given.has(k), PROTO_COLUMNS[p]!, row, pairs, says);
}

/** parse_parameter() with the event masks: ALL, NEW, UPDATES, DESTROY (each a multicast group). */
function eventMask(v: string, warn: (s: string) => void): number[] {
  // parse_array[PARSE_EVENT] through parse_parameter(): ALL, NEW, UPDATES, DESTROY (prefixes, any case)
  const m = parseParams(v, [['ALL', 7], ['NEW', 1], ['UPDATES', 2], ['DESTROY', 4]], warn);
  const groups = [NFNLGRP_CONNTRACK_NEW, NFNLGRP_CONNTRACK_UPDATE, NFNLGRP_CONNTRACK_DESTROY].filter((_, i) => m & (1 << i));
  return groups.sort();
}

function applyOpt(f: Filter, k: string, v: string, warn: (s: string) => void): void {
  if ('sdrq{}'.includes(k) && k.length === 1) {
    // parse_addr(): an IPv6 address sets AF_INET6 (a CIDR length up to 128 on -s/-d only)
    const slash = v.indexOf('/');
    if (inet6Pton(slash >= 0 ? v.slice(0, slash) : v) !== null) {
      if (slash >= 0) {
        const bits = /^[0-9]*$/.test(v.slice(slash + 1)) ? Number(v.slice(slash + 1) || '0') : -1;
        if (!'sd'.includes(k)) throw paramProblem(`CIDR notation unavailable for \`--${ADDR_LONG[k] ?? k}'`);
        if (!(bits >= 0 && bits <= 128)) throw paramProblem('Invalid netmask');
      }
      setFamily(f, 'ipv6');
      f.v6 = true;
      return;
    }
    if (inetAton(slash >= 0 ? v.slice(0, slash) : v) !== null) setFamily(f, 'ipv4');
  }
  switch (k) {
    // A CIDR length sets the netmask as --mask-src/--mask-dst do (the last one given wins); a
    // plain address leaves a netmask given before it.
    case 's': {
      const [a, m] = parseAddrOpt(k, v);
      f.origSrc = a;
      if (v.includes('/')) f.origSrcMask = m;
      break;
    }
    case 'd': {
      const [a, m] = parseAddrOpt(k, v);
      f.origDst = a;
      if (v.includes('/')) f.origDstMask = m;
      break;
    }
    case 'r': f.replSrc = parseAddrOpt(k, v)[0]; break;
    case 'q': f.replDst = parseAddrOpt(k, v)[0]; break;
    // --mask-src/--mask-dst: a netmask in address form, applied to -s/-d (nfct_filter_init()).
    case '{': f.origSrcMask = parseAddrOpt(k, v)[0]; break;
    case '}': f.origDstMask = parseAddrOpt(k, v)[0]; break;
    case 'p': {
      // findproto(): a handler's name (icmpv6 has no /etc/protocols entry of that name), a
      // protocol name, else a number strtoul(, 0) reads whole below IPPROTO_MAX
      const [num, end] = strtoulEnd(v);
      const p = CT_PROTO_NAMES[v] ?? (inetProtoA2n(v) >= 0 ? inetProtoA2n(v) : end > 0 && end === v.length && num < 256n ? Number(num) : -1);
      if (p < 0 || p > 255) throw paramProblem(`\`${v}' unsupported protocol`);
      f.proto = p;
      break;
    }
    case 'f':
      // strncmp(optarg, "ipv4", strlen("ipv4")): any word starting so
      if (v.startsWith('ipv4')) setFamily(f, 'ipv4');
      else if (v.startsWith('ipv6')) setFamily(f, 'ipv6');
      else throw paramProblem(`\`${v}' unsupported protocol`);
      break;
    case 'm': {
      // parse_u32_mask(): strtoul(arg, &end, 0), a mask only when "/" follows the number, nothing checked
      const [mark, end] = strtoulEnd(v);
      const mask = v[end] === '/' ? strtoulEnd(v.slice(end + 1))[0] : 0xffffffffn;
      f.mark = [Number(BigInt.asUintN(32, mark)), Number(BigInt.asUintN(32, mask))];
      break;
    }
    case 'u': parseStatus(f, v, warn); break;
    case 'l': case '<':
      // labelmap_init(): nfct_labelmap_new() finds no connlabel.conf in the lab, so
      // parse_label_get_max() knows no label name.
      warn('nfct_labelmap_new: No such file or directory\n');
      throw paramProblem(`unknown label '${v.split(',')[0]}'`);
    case 'o':
      f.output |= parseParams(v, OUTPUT_NAMES, warn);
      if (f.output & O_SAVE && f.output & (O_EXT | O_TMS | O_ID | O_KTMS | O_LABELS | O_XML)) {
        throw new ExitError(1, `${PROG}: cannot combine save output with any other output type, use -o save only\n`);
      }
      // -o labels: nfct_labelmap_new() finds no connlabel.conf in the lab.
      if (f.output & O_LABELS) warn('nfct_labelmap_new: No such file or directory\n');
      break;
    case 'e': f.events = eventMask(v, warn); break;
    case 't': f.timeout = atol(v) >>> 0; break;
    // nfct_set_attr_u16(strtoul(optarg, NULL, 0))
    case 'w': f.zone = strtoul0(v) & 0xffff; break;
    case '(': f.origZone = strtoul0(v) & 0xffff; break;
    case ')': f.replyZone = strtoul0(v) & 0xffff; break;
    case '--icmptype': f.icmpType = atol(v) & 0xff; break;
    case '--icmpcode': f.icmpCode = atol(v) & 0xff; break;
    case '--icmpid': f.icmpId = atol(v) & 0xffff; break;
    case '--sport': f.sport = parsePortNum(v); break;
    case '--dport': f.dport = parsePortNum(v); break;
    case '--rsport': f.replSport = parsePortNum(v); break;
    case '--rdport': f.replDport = parsePortNum(v); break;
    case '--state': {
      if (f.proto === 33) {
        // libct_proto_dccp.c: strcmp() against dccp_states[]
        const j = DCCP_STATE_NAMES.indexOf(v);
        if (j < 0) throw paramProblem(`unknown DCCP state \`${v}'`);
        f.state = 0x200 | j;
        break;
      }
      if (f.proto === 132) {
        // libct_proto_sctp.c: strcmp() against sctp_states[]
        const j = SCTP_STATE_NAMES.indexOf(v);
        if (j < 0) throw paramProblem(`unknown SCTP state \`${v}'`);
        f.state = 0x100 | j;
        break;
      }
      // strcmp() against tcp_states[]; LISTEN (before Linux 2.6.31) is SYN_SENT2 now
      const i = v === 'LISTEN' ? TCP_CONNTRACK_NAMES.indexOf('SYN_SENT2') : TCP_CONNTRACK_NAMES.indexOf(v as (typeof TCP_CONNTRACK_NAMES)[number]);
      if (i < 0) throw paramProblem(`unknown TCP state \`${v}'`);
      f.state = i;
      break;
    }
    default: break;
  }
}

/** The names of conntrack's protocol handlers (register_tcp() ... register_gre()). */
const CT_PROTO_NAMES: Readonly<Record<string, number>> = { tcp: 6, udp: 17, udplite: 136, sctp: 132, dccp: 33, icmp: 1, icmpv6: 58, gre: 47 };

/** set_family(): the first family given sticks; another one is refused. */
function setFamily(f: Filter, fam: 'ipv4' | 'ipv6'): void {
  if (f.famSet && f.family !== fam) throw paramProblem('mismatched address family');
  f.family = fam;
  f.famSet = true;
}

/** The command line: one command letter and its options (conntrack's getopt_long loop). */
function parseArgs(argv: readonly string[], warn: (s: string) => void): Filter {
  const f: Filter = {
    cmd: '', proto: null, origSrc: null, origDst: null, origSrcMask: null, origDstMask: null, replSrc: null, replDst: null, sport: null, dport: null,
    replSport: null, replDport: null, icmpType: null, icmpCode: null, icmpId: null, timeout: null, mark: null, status: null, statusClear: 0,
    state: null, family: 'ipv4', expect: false, famSet: false, v6: false, list: null, output: 0, zone: null, origZone: null, replyZone: null,
    given: new Set(), events: null,
    snat: null, dnat: null, anyNat: false,
  };
  const setCmd = (c: string): void => {
    // add_command(): a second command, even the same one
    if (f.cmd) throw paramProblem('Invalid commands combination');
    f.cmd = c;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    let key: string | undefined;
    let val: string | undefined;
    if (a.startsWith('--')) {
      const [name, eq] = a.slice(2).split('=', 2) as [string, string | undefined];
      key = LONG[name];
      // The protocol's own options (--sport, --state...) join getopt's table once -p has named it.
      if (!key || (key.startsWith('--') && !PROTO_OPTS[f.proto ?? -1]?.includes(key))) throw paramProblem(`unknown option \`${a}'`);
      val = eq;
    } else if (a.startsWith('-') && a.length === 2) {
      key = a[1]!;
      if (!COMMANDS.has(key) && !SHORT_ARG.has(key) && !NAT_OPTS.has(key) && key !== 'z') throw paramProblem(`unknown option \`${a}'`);
    } else {
      // The optional argument of a command is its table; any other word is left unread.
      const prev = argv[i - 1];
      if (prev && prev.length === 2 && prev[0] === '-' && COMMANDS.has(prev[1]!)) {
        // check_type(): strncmp(name, table, strlen(table)), so any prefix (even "") names a table
        const t = ['expect', 'conntrack', 'dying', 'unconfirmed'].find((n) => n.startsWith(a));
        if (!t) throw paramProblem(`unknown type \`${a}'`);
        // No helper here creates expectations: the table is always empty.
        if (t === 'expect' && 'LFCSDGIE'.includes(f.cmd || '-')) f.expect = true;
        else if (t === 'expect' && f.cmd === 'U') throw paramProblem("Can't do --update on expectations");
        else if (t === 'dying' || t === 'unconfirmed') {
          // main(): only -L reads these lists (ctnetlink_dump_dying/_unconfirmed, filtered like a dump)
          if (f.cmd !== 'L') throw paramProblem("Can't do that command with tables `dying' and `unconfirmed'");
          f.list = t;
        } else if (t !== 'conntrack') throw paramProblem(`the ${t} table is not supported by tuxnet`);
      }
      continue;
    }
    if (COMMANDS.has(key)) {
      setCmd(key);
      continue;
    }
    f.given.add(key);
    if (key === 'z') continue;
    if (NAT_OPTS.has(key)) {
      // get_optional_arg() takes the next word; an argument given as --src-nat=ARG (getopt's optarg) is dropped.
      const next = argv[i + 1];
      applyNat(f, key, val === undefined && next !== undefined && !next.startsWith('-') && !next.startsWith('!') ? argv[++i] : undefined);
      continue;
    }
    if (val === undefined) {
      val = argv[++i];
      if (val === undefined) throw paramProblem(`option \`${a}' requires an argument`);
    }
    applyOpt(f, key, val, warn);
  }
  // main(): "we cannot check this combination with generic_opt_check"
  if (f.given.has('j') && (f.given.has('n') || f.given.has('g'))) {
    throw paramProblem("cannot specify `--src-nat' or `--dst-nat' with `--any-nat'");
  }
  genericOptCheck(f);
  protoFinalCheck(f);
  if (f.v6 && 'IG'.includes(f.cmd)) throw paramProblem(`-${f.cmd} of an IPv6 entry is not supported by tuxnet`);
  // -I/-D/-G of expectations pass the checks; no helper here makes any to act on
  if (f.expect && 'DGIE'.includes(f.cmd)) throw paramProblem(`-${f.cmd} of expectations is not supported by tuxnet`);
  // main()'s CT_LIST: a dump zeroing counters cannot filter (CT_COMPARISON)
  if (f.cmd === 'L' && !f.expect && f.list === null && f.given.has('z') && [...'sdrqpmcuwl()'].some((k) => f.given.has(k))) {
    throw paramProblem("Can't use -z with filtering parameters");
  }
  // GRE keys: tuxnet's tuples carry none
  if (PROTO_OPTS[47]!.some((k) => f.given.has(k))) throw paramProblem('GRE keys are not supported by tuxnet');
  if (f.cmd === 'I' && (f.snat || f.dnat)) throw paramProblem('-I with --src-nat/--dst-nat/--any-nat is not supported by tuxnet');
  // the extensions whose keys or ports tuxnet's tuples do not carry (gre, sctp, dccp, udplite, icmpv6)
  if ((f.cmd === 'I' || f.cmd === 'G') && [47, 132, 33, 136, 58].includes(f.proto ?? -1)) {
    throw paramProblem(`-${f.cmd} of a ${inetProtoN2a(f.proto!)} entry is not supported by tuxnet`);
  }
  if ((f.sport !== null || f.dport !== null || f.replSport !== null || f.replDport !== null || f.state !== null) && f.proto === null) {
    throw paramProblem('missing protocol, use --proto');
  }
  if (f.family === 'ipv6' && [f.origSrc, f.origDst, f.replSrc, f.replDst].some((a) => a !== null)) throw paramProblem('mismatched address family');
  // nfct_filter_init() of -L, -D and -U: a netmask needs its address.
  if ('LDU'.includes(f.cmd || '-')) {
    if (f.origSrcMask !== null && f.origSrc === null) throw paramProblem("Can't use --mask-src without --src");
    if (f.origDstMask !== null && f.origDst === null) throw paramProblem("Can't use --mask-dst without --dst");
  }
  return f;
}

function matches(f: Filter, ct: CtMsg): boolean {
  const o = ct.orig;
  const r = ct.reply;
  if (f.family !== 'ipv4') return false;
  if (f.proto !== null && o.protonum !== f.proto) return false;
  // filter_network(): (address & netmask) against (given & netmask); all ones is nfct_cmp()'s exact match.
  if (f.origSrc !== null && ((o.src ^ f.origSrc) & (f.origSrcMask ?? -1)) !== 0) return false;
  if (f.origDst !== null && ((o.dst ^ f.origDst) & (f.origDstMask ?? -1)) !== 0) return false;
  if (f.replSrc !== null && r.src !== f.replSrc) return false;
  if (f.replDst !== null && r.dst !== f.replDst) return false;
  if (f.sport !== null && o.sport !== f.sport) return false;
  if (f.dport !== null && o.dport !== f.dport) return false;
  if (f.replSport !== null && r.sport !== f.replSport) return false;
  if (f.replDport !== null && r.dport !== f.replDport) return false;
  // mark_cmp(): (mark & mask) == value, the value as given
  if (f.mark && (((ct.mark ?? 0) & f.mark[1]) >>> 0) !== f.mark[0] >>> 0) return false;
  if (f.status !== null && ((ct.status & (f.status | f.statusClear)) >>> 0) !== f.status) return false;
  if (f.state !== null && (ct.tcpState ?? -1) !== f.state) return false;
  if (f.icmpType !== null && o.icmpType !== f.icmpType) return false;
  if (f.icmpCode !== null && o.icmpCode !== f.icmpCode) return false;
  if (f.icmpId !== null && o.icmpId !== f.icmpId) return false;
  // nfct_cmp() of ATTR_ZONE, ATTR_ORIG_ZONE, ATTR_REPL_ZONE: an entry without the attribute compares as 0
  if (f.zone !== null && (ct.zone ?? 0) !== f.zone) return false;
  if (f.origZone !== null && (o.zone ?? 0) !== f.origZone) return false;
  if (f.replyZone !== null && (r.zone ?? 0) !== f.replyZone) return false;
  if ((f.snat || f.dnat) && !natMatches(f, ct)) return false;
  return true;
}

/**
 * One entry as -o asks: the save format (its -A/-U/-D from `type`), XML
 * (a <flow>, typed for an event), else the default text (-o extended, -o id).
 */
function entryText(f: Filter, ct: CtMsg, type: CtMsgType, tv?: CtTimeView, when?: Tm): string {
  if (f.output & O_SAVE) return ctSave(ct, type);
  if (f.output & O_XML) return ctXml(ct, type, when, tv);
  return ctText(ct, (f.output & O_EXT) !== 0, (f.output & O_ID) !== 0, tv);
}

/** time(NULL) and localtime()'s zone for the timestamps; `ktms`: NFCT_OF_TIMESTAMP (dump_cb and event_cb pass -o ktimestamp, delete_cb does not). */
function timeView(p: Proc, f: Filter, ktms: boolean): CtTimeView {
  return { ktms: ktms && (f.output & O_KTMS) !== 0, nowSec: REALTIME_EPOCH_SEC + Math.floor(p.lab.sched.now / 1e9), zone: zoneOf(p.env.get('TZ')) };
}

/** The XML document's head, printed before the first entry of a -L listing or -E (dump_xml_header_done). */
const XML_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<conntrack>\n';

/** -G, -I: the given tuple of one direction (its protocol's fields as given: the kernel wants them whole). */
function givenTuple(f: Filter, dir: 'orig' | 'reply'): CtaTuple {
  const o = dir === 'orig';
  const t = { src: (o ? f.origSrc : f.replSrc) ?? 0, dst: (o ? f.origDst : f.replDst) ?? 0, protonum: f.proto ?? 0 };
  const sport = o ? f.sport : f.replSport;
  const dport = o ? f.dport : f.replDport;
  return {
    ...t,
    ...(sport !== null ? { sport } : {}), ...(dport !== null ? { dport } : {}),
    // the icmp extension's three attributes go as set, 0 when not (an entry made without --icmp-id has id 0)
    ...(o && f.proto === 1 ? { icmpType: f.icmpType ?? 0, icmpCode: f.icmpCode ?? 0, icmpId: f.icmpId ?? 0 } : {}),
  };
}

/** invmap[] of libnetfilter_conntrack: an ICMP query's answer type (255 for a type without one). */
const ICMP_INVERSE: Readonly<Record<number, number>> = { 8: 0, 0: 8, 13: 14, 14: 13, 15: 16, 16: 15, 17: 18, 18: 17 };

/** NFCT_SOPT_SETUP_REPLY / _ORIGINAL: the other direction of a tuple. */
function invertTuple(t: CtaTuple): CtaTuple {
  if (t.protonum === 1) {
    return { src: t.dst, dst: t.src, protonum: 1, icmpType: ICMP_INVERSE[t.icmpType ?? 0] ?? 255, icmpCode: t.icmpCode ?? 0, icmpId: t.icmpId ?? 0 };
  }
  return { src: t.dst, dst: t.src, protonum: t.protonum, ...(t.dport !== undefined ? { sport: t.dport } : {}), ...(t.sport !== undefined ? { dport: t.sport } : {}) };
}

/** err2str(): conntrack's words for some errors of some commands, else strerror(). */
function err2str(err: Errno, cmd: string): string {
  if (err === 'EINVAL') return 'invalid parameters';
  if (err === 'EEXIST' && cmd === 'I') return 'Such conntrack exists, try -U to update';
  if (err === 'ENOENT' && 'IGD'.includes(cmd)) return "such conntrack doesn't exist";
  if (err === 'ENOMEM' && 'IG'.includes(cmd)) return 'not enough memory';
  if (err === 'EAFNOSUPPORT' && cmd === 'G') return 'protocol not supported';
  if (err === 'ETIME' && cmd === 'I') return 'conntrack has expired';
  if (err === 'EPERM') return 'sorry, you must be root or get CAP_NET_ADMIN capability to do this';
  return strerror[err];
}

const opFailed = (err: Errno, cmd: string): ExitError => new ExitError(1, `${PROG}: Operation failed: ${err2str(err, cmd)}\n`);

/** IP_CT_TCP_FLAG_*: what the tcp extension's final_check() sets on both sides of any entry it sends. */
const TCP_FLAG_SACK_PERM = 0x02;
const TCP_FLAG_CLOSE_INIT = 0x04;
const TCP_FLAG_BE_LIBERAL = 0x08;
const TCP_CONNTRACK_TIME_WAIT = 7;

/**
 * libct_proto_tcp final_check(): window tracking off for entries made by
 * hand (BE_LIBERAL, SACK_PERM; CLOSE_INIT from TIME_WAIT on, so a new
 * connection may reopen it).
 */
function tcpFlags(f: Filter): number {
  return TCP_FLAG_BE_LIBERAL | TCP_FLAG_SACK_PERM | ((f.state ?? 0) >= TCP_CONNTRACK_TIME_WAIT ? TCP_FLAG_CLOSE_INIT : 0);
}

/** A tuple with the zone of its direction (--orig-zone, --reply-zone: CTA_TUPLE_ZONE) when given. */
function withZone(t: CtaTuple, zone: number | null): CtaTuple {
  return zone === null ? t : { ...t, zone };
}

/** What names a listed entry in a request: its tuples' own zones ride in them, a zone of both directions is CTA_ZONE. */
function entryKey(ct: CtMsg): { orig: CtaTuple; zone?: number } {
  return { orig: ct.orig, ...(ct.zone !== undefined ? { zone: ct.zone } : {}) };
}

/** -I: the entry's tuples (one direction given: the other its inverse) and attributes, sent NLM_F_CREATE|NLM_F_EXCL. */
function create(p: Proc, nl: NetlinkSock, f: Filter): number {
  const hasOrig = f.given.has('s') || f.given.has('d');
  const hasReply = f.given.has('r') || f.given.has('q');
  let orig = givenTuple(f, 'orig');
  let reply = givenTuple(f, 'reply');
  if (hasOrig && !hasReply) {
    // NFCT_SOPT_SETUP_REPLY copies the original tuple, ports included: the ports libnetfilter_conntrack
    // keeps for tcp/udp are 0 when not given (--reply-port-* then count for nothing)
    if (f.proto === 6 || f.proto === 17) orig = { ...orig, sport: orig.sport ?? 0, dport: orig.dport ?? 0 };
    reply = invertTuple(orig);
  }
  else if (!hasOrig && hasReply) orig = invertTuple(reply);
  const flags = f.proto === 6 ? tcpFlags(f) : 0;
  const req: CtNewReq = {
    orig: withZone(orig, f.origZone), reply: withZone(reply, f.replyZone), ...(f.zone !== null ? { zone: f.zone } : {}),
    ...(f.timeout !== null ? { timeout: f.timeout } : {}), ...(f.status !== null ? { status: f.status } : {}),
    ...(f.mark ? { mark: f.mark[0] } : {}), ...(f.state !== null ? { tcpState: f.state } : {}),
    ...(f.proto === 6 ? { tcpFlags: [flags, flags, flags, flags] as const } : {}),
  };
  const r = nl.request(ctnlMsg(IPCTNL_MSG_CT_NEW), NLM_F_REQUEST | NLM_F_CREATE | NLM_F_EXCL | NLM_F_ACK, req);
  if (r.ack.error) throw opFailed(r.ack.error, 'I');
  p.stderr.write(`${PROG}: 1 flow entries have been created.\n`);
  return 0;
}

/**
 * nfct_mnl_talk() of conntrack 1.4.7: a request reads ONE datagram of
 * its socket, whatever its answer was. A GET with NLM_F_ACK is answered
 * by the entry and then an ack: the ack stays queued, and the next
 * request reads it (or what queued before it) as its answer. So -U,
 * which sends an update then a GET per entry on one socket, prints the
 * entry it read, which after the first entry is one GET behind, or
 * nothing (1st, 3rd... of 6 updates print, the 1st and the 3rd entry).
 */
class OneRecvTalk {
  private readonly queue: ({ ct: CtMsg } | { error: Errno | null })[] = [];
  constructor(private readonly nl: NetlinkSock) {}

  /** The request's answer queued; what the one read finds: an entry, or an ack's error (null: none). */
  talk(type: number, body: CtNewReq | CtReq): CtMsg | Errno | null {
    const r = this.nl.request(ctnlMsg(type), NLM_F_REQUEST | NLM_F_ACK, body);
    for (const m of r.msgs) this.queue.push({ ct: m.body as CtMsg });
    this.queue.push({ error: r.ack.error });
    const d = this.queue.shift()!;
    return 'ct' in d ? d.ct : d.error;
  }
}

/** The changes -U makes to `ct` (copy_mark(), copy_status(), the template's timeout, TCP state and flags); null when it would change nothing. */
function updateReq(f: Filter, ct: CtMsg): CtNewReq | null {
  const req: { -readonly [K in keyof CtNewReq]: CtNewReq[K] } = entryKey(ct);
  let changed = false;
  const set = <K extends 'timeout' | 'status' | 'mark' | 'tcpState'>(k: K, v: number, old: number | undefined): void => {
    req[k] = v;
    if (v !== old) changed = true;
  };
  if (f.timeout !== null) set('timeout', f.timeout, ct.timeout);
  if (f.status !== null) set('status', (ct.status | f.status) >>> 0, ct.status);
  if (f.mark) set('mark', (((ct.mark ?? 0) & ~f.mark[1]) ^ f.mark[0]) >>> 0, ct.mark);
  if (f.state !== null) set('tcpState', f.state, ct.tcpState);
  if (f.proto === 6) {
    const fl = tcpFlags(f);
    req.tcpFlags = [fl, fl, fl, fl];
    if (ct.tcpFlags && (ct.tcpFlags[0] !== fl || ct.tcpFlags[1] !== fl)) changed = true;
  }
  return changed ? req : null;
}

/**
 * -U: each entry of a dump that the given tuple fields match exactly
 * (-m, -u, -t, --state are what to set, not filters) and that the change
 * would alter is updated, then fetched again and printed (OneRecvTalk).
 */
function update(p: Proc, nl: NetlinkSock, f: Filter): number {
  // filter_network() applies --mask-src/--mask-dst (CT_OPT_MASK_SRC/DST) to -U's dump too.
  const filter: Filter = { ...f, mark: null, status: null, statusClear: 0, state: null };
  // 1.4.7 sends the update and its GET with the command's family: AF_UNSPEC unless -f or an
  // address (-s, -d, -r, -q: set_family()) gave one, which ctnetlink_parse_tuple_filter() refuses.
  const family = ['f', 's', 'd', 'r', 'q'].some((k) => f.given.has(k)) ? (f.family === 'ipv6' ? AF_INET6 : AF_INET) : AF_UNSPEC;
  const all = nl.request(ctnlMsg(IPCTNL_MSG_CT_GET), NLM_F_REQUEST | NLM_F_DUMP, {}).msgs.map((m) => m.body as CtMsg);
  // the modifier socket (_modifier_sock), closed with the program
  const modifier = new NetlinkSock(p.net, NETLINK_NETFILTER);
  const sock = new OneRecvTalk(modifier);
  const out: string[] = [];
  let n = 0;
  try {
    for (const ct of all.filter((c) => matches(filter, c))) {
      const req = updateReq(f, ct);
      if (!req) continue;
      const res = sock.talk(IPCTNL_MSG_CT_NEW, { ...req, family });
      if (typeof res === 'string') p.stderr.write(`Operation failed: ${err2str(res, 'U')}\n`);
      const got = sock.talk(IPCTNL_MSG_CT_GET, { ...entryKey(ct), family });
      if (got === 'ENOENT') continue;
      if (typeof got === 'string') throw opFailed(got, 'U');
      if (got) out.push(entryText(f, got, null));
      n++;
    }
  } finally {
    modifier.close();
  }
  p.stderr.write(`${PROG}: ${n} flow entries have been updated.\n`);
  for (const line of out) p.stdout.write(line + '\n');
  return n ? 0 : 1;
}

/** -E: print each event until killed; the count goes to stderr at the end (an XML document closed first). */
async function events(p: Proc, nl: NetlinkSock, f: Filter): Promise<number> {
  for (const g of f.events ?? [NFNLGRP_CONNTRACK_NEW, NFNLGRP_CONNTRACK_UPDATE, NFNLGRP_CONNTRACK_DESTROY]) nl.addMembership(g);
  let n = 0;
  // event_sighandler(): SIGINT/SIGTERM end the loop; the count is printed.
  const restore = [SIGINT, SIGTERM].map((sig) => p.onSignal?.(sig, () => nl.close()));
  p.onKill?.(() => nl.close());
  for (;;) {
    const m = await nl.recv().catch(() => null);
    if (!m) break;
    const ct = m.body as CtMsg;
    if (!matches(f, ct)) continue;
    const type: CtMsgType = (m.type & 0xff) === IPCTNL_MSG_CT_DELETE ? 'destroy' : m.flags & 0x400 ? 'new' : 'update';
    if (f.output & O_XML && n === 0) p.stdout.write(XML_HEAD);
    const tag = f.output & (O_SAVE | O_XML) ? '' : `${`[${type.toUpperCase()}]`.padStart(9)} `;
    // event_cb(): an event a request caused names the requesting socket (its program's name only while
    // get_progname() finds it among the live processes' sockets: a race tuxnet leaves out)
    const by = m.pid ? ` [USERSPACE] portid=${m.pid >>> 0}` : '';
    // event_cb(): -o timestamp prints gettimeofday() before a text event ("[%-.8ld.%-.6ld]\t": the precision pads with zeros), or asks
    // nfct_snprintf() for NFCT_OF_TIME in XML (the <when> of localtime(time(NULL)))
    const ns = p.lab.sched.now;
    const sec = REALTIME_EPOCH_SEC + Math.floor(ns / 1e9);
    const tms = f.output & O_TMS && !(f.output & O_XML) ? `[${String(sec).padStart(8, '0')}.${String(Math.floor((ns % 1e9) / 1000)).padStart(6, '0')}]\t` : '';
    const when = f.output & O_TMS && f.output & O_XML ? breakDown(sec, 0, zoneOf(p.env.get('TZ'))) : undefined;
    p.stdout.write(`${tms}${tag}${entryText(f, ct, type, timeView(p, f, true), when)}${by}\n`);
    n++;
  }
  for (const r of restore) r?.();
  if (f.output & O_XML && n) p.stdout.write('</conntrack>\n');
  p.stderr.write(`${PROG}: ${n} flow events have been shown.\n`);
  return 0;
}

function dumpAll(nl: NetlinkSock, f: Filter): CtMsg[] {
  // The dump's status filter (CTA_STATUS, CTA_STATUS_MASK: the bits named, set or not): ctnetlink_filter_parse_status()
  // refuses a zero mask (EINVAL, err2str(): "invalid parameters"), as "-u UNSET" or "-u SRC_NAT" alone give.
  if (f.status !== null && !(f.status | f.statusClear)) throw new ExitError(1, `${PROG}: Operation failed: invalid parameters\n`);
  const req: CtReq = f.mark ? { mark: f.mark } : {};
  const r = nl.request(ctnlMsg(IPCTNL_MSG_CT_GET), NLM_F_REQUEST | NLM_F_DUMP, req);
  return r.msgs.map((m) => m.body as CtMsg).filter((ct) => matches(f, ct));
}

function run(p: Proc, nl: NetlinkSock, f: Filter): number | Promise<number> {
  switch (f.cmd) {
    case 'L': {
      if (f.expect) {
        p.stderr.write(`${PROG}: 0 expectations have been shown.\n`);
        return 0;
      }
      // The dying and unconfirmed lists hold entries only in passing (a DESTROY event not yet delivered, a
      // packet between conntrack and its confirmation): between two commands of the lab both are empty.
      const list = f.list ? [] : dumpAll(nl, f);
      // XML is flushed before the count (fflush() after </conntrack>); the rest waits in stdout's buffer
      const tv = timeView(p, f, true);
      if (f.output & O_XML && list.length) p.stdout.write(XML_HEAD + list.map((ct) => entryText(f, ct, null, tv) + '\n').join('') + '</conntrack>\n');
      p.stderr.write(`${PROG}: ${list.length} flow entries have been shown.\n`);
      if (!(f.output & O_XML)) for (const ct of list) p.stdout.write(entryText(f, ct, null, tv) + '\n');
      return 0;
    }
    case 'G': {
      const hasOrig = f.given.has('s') || f.given.has('d');
      const r = nl.request(ctnlMsg(IPCTNL_MSG_CT_GET), NLM_F_REQUEST, (hasOrig ? { orig: givenTuple(f, 'orig') } : {}) as CtReq);
      const ct = r.msgs[0]?.body as CtMsg | undefined;
      if (!ct) throw opFailed(r.ack.error ?? 'ENOENT', 'G');
      p.stderr.write(`${PROG}: 1 flow entries have been shown.\n`);
      p.stdout.write((f.output & O_XML ? XML_HEAD : '') + entryText(f, ct, null, timeView(p, f, true)) + '\n');
      return 0;
    }
    case 'D': {
      // delete_cb()'s nfct_filter(): the status is nfct_cmp()'s cmp_status() of the template, the
      // bits given all set ("UNREPLIED" gives none: every entry), not the dump's kernel filter.
      const want = f.status;
      const list = dumpAll(nl, { ...f, status: null, statusClear: 0 }).filter((ct) => want === null || ((ct.status & want) >>> 0) === want);
      for (const ct of list) nl.request(ctnlMsg(IPCTNL_MSG_CT_DELETE), NLM_F_REQUEST, entryKey(ct) as CtReq);
      p.stderr.write(`${PROG}: ${list.length} flow entries have been deleted.\n`);
      // delete_cb(): a save line says -D, XML and text print the entry as listed
      for (const ct of list) p.stdout.write(entryText(f, ct, f.output & O_SAVE ? 'destroy' : null, timeView(p, f, false)) + '\n');
      return list.length ? 0 : 1;
    }
    case 'I':
      return create(p, nl, f);
    case 'U':
      return update(p, nl, f);
    case 'F':
      if (f.expect) {
        // EXP_FLUSH: the (always empty) expectation table.
        p.stderr.write(`${PROG}: expectation table has been emptied.\n`);
        return 0;
      }
      nl.request(ctnlMsg(IPCTNL_MSG_CT_DELETE), NLM_F_REQUEST, {});
      p.stderr.write(`${PROG}: connection tracking table has been emptied.\n`);
      return 0;
    case 'C': {
      // EXP_COUNT: the expectations a dump finds (none: no helper makes any)
      if (f.expect) {
        p.stdout.write('0\n');
        return 0;
      }
      const r = nl.request(ctnlMsg(IPCTNL_MSG_CT_GET_STATS), NLM_F_REQUEST, {});
      p.stdout.write(`${(r.msgs[0]?.body as CtGlobalStatsMsg | undefined)?.entries ?? 0}\n`);
      return 0;
    }
    case 'S': {
      const r = nl.request(ctnlMsg(IPCTNL_MSG_CT_GET_STATS_CPU), NLM_F_REQUEST | NLM_F_DUMP, {});
      for (const m of r.msgs) {
        const s = m.body as CtStatsMsg;
        // EXP_STATS: nfexp_stats_cb() of each CPU's IPCTNL_MSG_EXP_GET_STATS_CPU answer (no expectation is ever made)
        if (f.expect) {
          p.stdout.write(`cpu=${String(s.cpu).padEnd(4)}\texpect_new=0 expect_create=0 expect_delete=0 \n`);
          continue;
        }
        p.stdout.write(`cpu=${String(s.cpu).padEnd(4)}\tfound=${s.found} invalid=${s.invalid} insert=${s.insert} insert_failed=${s.insertFailed} drop=${s.drop} early_drop=${s.earlyDrop} error=${s.error} search_restart=${s.searchRestart} clash_resolve=${s.clashResolve} chaintoolong=${s.chaintoolong} \n`);
      }
      return 0;
    }
    case 'E':
      return events(p, nl, f);
    case 'V':
      p.stdout.write(`${PROG}\n`);
      return 0;
    default:
      p.stdout.write(CONNTRACK_USAGE);
      return 0;
  }
}

export const conntrack: CommandFn = async (p) => {
  let nl: NetlinkSock | null = null;
  try {
    const f = parseArgs(p.argv.slice(1), (w) => p.stderr.write(w));
    nl = new NetlinkSock(p.net, NETLINK_NETFILTER);
    return await run(p, nl, f);
  } catch (e) {
    if (!(e instanceof ExitError)) throw e;
    p.stderr.write(e.msg);
    return e.status;
  } finally {
    nl?.close();
  }
};
