/**
 * `conntrack` of conntrack-tools 1.4.7 on the conntrack table: -L (with
 * address, protocol, port, mark, state and status filters), -G, -D, -F,
 * -C, -S, -E (until killed), -V, -h. Entries print as
 * libnetfilter_conntrack's default format; the count line goes to stderr,
 * which is unbuffered, so it comes before the entries when stdout is not a
 * terminal. Expectation tables and -I/-U are refused.
 * @conntrack-tools src/conntrack.c, @libnetfilter_conntrack src/conntrack/snprintf_default.c
 */
import type { CommandFn, Proc } from '../../lab/process.js';
import { ipToString } from '../../wire/ipv4.js';
import { AF_INET } from '../../uapi/linux/socket.js';
import { inetProtoA2n } from '../ip/inet_proto.js';
import { inetAton } from '../ping.js';
import { NetlinkSock } from '../../net/netlink/af_netlink.js';
import { NLM_F_DUMP, NLM_F_REQUEST } from '../../uapi/linux/netlink.js';
import { NETLINK_NETFILTER } from '../../uapi/linux/netfilter/nf_tables.js';
import {
  IPCTNL_MSG_CT_DELETE, IPCTNL_MSG_CT_GET, IPCTNL_MSG_CT_GET_STATS, IPCTNL_MSG_CT_GET_STATS_CPU, NFNLGRP_CONNTRACK_DESTROY,
  NFNLGRP_CONNTRACK_NEW, NFNLGRP_CONNTRACK_UPDATE, ctnlMsg,
  type CtGlobalStatsMsg, type CtMsg, type CtReq, type CtStatsMsg, type CtaTuple,
} from '../../uapi/linux/netfilter/nfnetlink_conntrack.js';
import { CONNTRACK_USAGE } from './conntrack_usage.js';

/** enum tcp_conntrack names (libnetfilter_conntrack states[]). */
const TCP_CONNTRACK_NAMES = ['NONE', 'SYN_SENT', 'SYN_RECV', 'ESTABLISHED', 'FIN_WAIT', 'CLOSE_WAIT', 'LAST_ACK', 'TIME_WAIT', 'CLOSE', 'SYN_SENT2'] as const;
const IPS_SEEN_REPLY = 2;
const IPS_ASSURED = 4;

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
  mark: [number, number] | null;
  /** -u: the status bits that must be set, and (with "!NAME" or UNREPLIED) those that must not (parse_parameter_mask()). */
  status: number | null;
  statusClear: number;
  state: number | null;
  /** -f: ipv6 matches no flow here (tuxnet tracks IPv4 only), and takes no IPv4 address. */
  family: 'ipv4' | 'ipv6';
  /** -L expect: the expectation table. */
  expect: boolean;
  /** -o: the _O_* output flags. */
  output: number;
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
  protonum: 'p', family: 'f', timeout: 't', status: 'u', zone: 'w', mark: 'm', output: 'o', 'event-mask': 'e',
  sport: '--sport', 'orig-port-src': '--sport', dport: '--dport', 'orig-port-dst': '--dport', 'reply-port-src': '--rsport',
  'reply-port-dst': '--rdport', state: '--state', 'src-nat': 'n', 'dst-nat': 'g', 'any-nat': 'j',
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
  const side = (w: NatWant | null, oAddr: number, rAddr: number, oPort: number | undefined, rPort: number | undefined): boolean => {
    if (!w) return false;
    const isNat = oAddr !== rAddr;
    const isPat = (oPort ?? 0) !== (rPort ?? 0);
    if (w.addr === null && w.port === null) return isNat || isPat;
    if (w.addr !== null && !(isNat && w.addr === rAddr)) return false;
    return w.port === null || (isPat && w.port === rPort);
  };
  const src = side(f.snat, o.src, r.dst, l4Src(o), l4Dst(r));
  const dst = side(f.dnat, o.dst, r.src, l4Dst(o), l4Src(r));
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

function parsePortNum(s: string): number {
  if (!/^[0-9]+$/.test(s) || Number(s) > 65535) throw paramProblem(`invalid port \`${s}'`);
  return Number(s);
}

/** parse_array[PARSE_STATUS] of conntrack.c: the names -u takes (IPS_* bits, UNSET none). */
const STATUS_NAMES: readonly [string, number][] = [
  ['ASSURED', 4], ['SEEN_REPLY', 2], ['UNSET', 0], ['FIXED_TIMEOUT', 1 << 10], ['EXPECTED', 1], ['OFFLOAD', 1 << 14], ['HW_OFFLOAD', 1 << 15],
];
/** parse_array[PARSE_OUTPUT]: the -o types (_O_XML, _O_EXT, _O_TMS, _O_ID, _O_KTMS, _O_CL, userspace, _O_SAVE). */
const OUTPUT_NAMES: readonly [string, number][] = [
  ['xml', 1], ['extended', 2], ['timestamp', 4], ['id', 8], ['ktimestamp', 16], ['labels', 32], ['userspace', 0], ['save', 64],
];
const O_EXT = 2;
const O_ID = 8;
/** The -o types tuxnet does not print: XML and the save format (and the event timestamps of -E). */
const O_UNSUPPORTED = 1 | 64;
const O_TMS = 4;
const O_LABELS = 32;

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
  D: '22222220000220222222000222002', G: '33331000000000020002000020000', F: '00000000000000002000000000000',
  E: '22222000200220202222222220022', V: '00000000000000000000000000000', h: '00002000000000000000000000000',
  XL: '00000000000000002002000000000', XF: '00000000000000000000000000000', C: '00000000000000000000000000000',
  S: '00000000000000000000000000000',
};

/** generic_opt_check(): each option given must be allowed with the command, each compulsory one given. */
function genericOptCheck(f: Filter): void {
  const row = COMMANDS_V_OPTIONS[(f.expect ? 'X' : '') + f.cmd];
  if (!row) return;
  OPT_COLUMNS.forEach(([k, name], i) => {
    if (!f.given.has(k)) {
      if (row[i] === '1') throw paramProblem(`You need to supply the \`--${name}' option for this command`);
    } else if (row[i] === '0') throw paramProblem(`Illegal option \`--${name}' with this command`);
  });
}

/** parse_parameter() with the event masks: ALL, NEW, UPDATES, DESTROY (each a multicast group). */
function eventMask(v: string): number[] {
  const groups = new Set<number>();
  const names: Record<string, number[]> = {
    ALL: [NFNLGRP_CONNTRACK_NEW, NFNLGRP_CONNTRACK_UPDATE, NFNLGRP_CONNTRACK_DESTROY], NEW: [NFNLGRP_CONNTRACK_NEW],
    UPDATES: [NFNLGRP_CONNTRACK_UPDATE], DESTROY: [NFNLGRP_CONNTRACK_DESTROY],
  };
  for (const w of v.split(',')) {
    const g = names[w.toUpperCase()];
    if (!g) throw paramProblem(`Bad parameter \`${w}'`);
    for (const x of g) groups.add(x);
  }
  return [...groups].sort();
}

function applyOpt(f: Filter, k: string, v: string, warn: (s: string) => void): void {
  switch (k) {
    case 's': [f.origSrc, f.origSrcMask] = parseAddrOpt(k, v); break;
    case 'd': [f.origDst, f.origDstMask] = parseAddrOpt(k, v); break;
    case 'r': f.replSrc = parseAddrOpt(k, v)[0]; break;
    case 'q': f.replDst = parseAddrOpt(k, v)[0]; break;
    // --mask-src/--mask-dst: a netmask in address form, applied to -s/-d (nfct_filter_init()).
    case '{': f.origSrcMask = parseAddrOpt(k, v)[0]; break;
    case '}': f.origDstMask = parseAddrOpt(k, v)[0]; break;
    case 'p': {
      const p = /^[0-9]+$/.test(v) ? Number(v) : inetProtoA2n(v);
      if (p < 0 || p > 255) throw paramProblem(`\`${v}' unsupported protocol`);
      f.proto = p;
      break;
    }
    case 'f':
      if (v !== 'ipv4' && v !== 'ipv6') throw paramProblem(`\`${v}' unsupported protocol`);
      f.family = v;
      break;
    case 'm': {
      const [a, b] = v.split('/');
      const mark = Number(a);
      const mask = b === undefined ? 0xffffffff : Number(b);
      if (!Number.isInteger(mark) || !Number.isInteger(mask)) throw paramProblem(`invalid mark \`${v}'`);
      f.mark = [mark >>> 0, mask >>> 0];
      break;
    }
    case 'u': parseStatus(f, v, warn); break;
    case 'o':
      f.output |= parseParams(v, OUTPUT_NAMES, warn);
      // -o labels: nfct_labelmap_new() finds no connlabel.conf in the lab.
      if (f.output & O_LABELS) warn('nfct_labelmap_new: No such file or directory\n');
      break;
    case 'e': f.events = eventMask(v); break;
    case '--sport': f.sport = parsePortNum(v); break;
    case '--dport': f.dport = parsePortNum(v); break;
    case '--rsport': f.replSport = parsePortNum(v); break;
    case '--rdport': f.replDport = parsePortNum(v); break;
    case '--state': {
      const i = TCP_CONNTRACK_NAMES.indexOf(v.toUpperCase() as (typeof TCP_CONNTRACK_NAMES)[number]);
      if (i < 0) throw paramProblem(`unknown state \`${v}'`);
      f.state = i;
      break;
    }
    default: break;
  }
}

/** The command line: one command letter and its options (conntrack's getopt_long loop). */
function parseArgs(argv: readonly string[], warn: (s: string) => void): Filter {
  const f: Filter = {
    cmd: '', proto: null, origSrc: null, origDst: null, origSrcMask: null, origDstMask: null, replSrc: null, replDst: null, sport: null, dport: null,
    replSport: null, replDport: null, mark: null, status: null, statusClear: 0, state: null, family: 'ipv4', expect: false, output: 0,
    given: new Set(), events: null,
    snat: null, dnat: null, anyNat: false,
  };
  const setCmd = (c: string): void => {
    if (f.cmd && f.cmd !== c) throw paramProblem('Invalid parameters');
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
      if (!key || (key.startsWith('--') && f.proto === null)) throw paramProblem(`unknown option \`${a}'`);
      val = eq;
    } else if (a.startsWith('-') && a.length === 2) {
      key = a[1]!;
      if (!COMMANDS.has(key) && !SHORT_ARG.has(key) && !NAT_OPTS.has(key) && key !== 'z') throw paramProblem(`unknown option \`${a}'`);
    } else {
      // The optional argument of a command is its table; any other word is left unread.
      const prev = argv[i - 1];
      if (prev && prev.length === 2 && prev[0] === '-' && COMMANDS.has(prev[1]!)) {
        if (!['conntrack', 'expect', 'dying', 'unconfirmed'].includes(a)) throw paramProblem(`unknown type \`${a}'`);
        // No helper here creates expectations: the table is always empty.
        if (a === 'expect' && (f.cmd === 'L' || f.cmd === 'F')) f.expect = true;
        else if (a !== 'conntrack') throw paramProblem(`the ${a} table is not supported by tuxnet`);
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
  genericOptCheck(f);
  if (f.output & O_UNSUPPORTED || (f.cmd === 'E' && f.output & O_TMS)) throw paramProblem('-o: the xml and save outputs and the timestamps of events are not supported by tuxnet');
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
  if (f.mark && (((ct.mark ?? 0) & f.mark[1]) >>> 0) !== ((f.mark[0] & f.mark[1]) >>> 0)) return false;
  if (f.status !== null && ((ct.status & (f.status | f.statusClear)) >>> 0) !== f.status) return false;
  if (f.state !== null && (ct.tcpState ?? -1) !== f.state) return false;
  if ((f.snat || f.dnat) && !natMatches(f, ct)) return false;
  return true;
}

function tupleText(t: CtaTuple): string {
  let s = `src=${ipToString(t.src)} dst=${ipToString(t.dst)} `;
  if (t.protonum === 1) s += `type=${t.icmpType ?? 0} code=${t.icmpCode ?? 0} id=${t.icmpId ?? 0} `;
  else if (t.sport !== undefined) s += `sport=${t.sport} dport=${t.dport ?? 0} `;
  return s;
}

const PROTO_NAMES: Readonly<Record<number, string>> = { 1: 'icmp', 6: 'tcp', 17: 'udp', 33: 'dccp', 47: 'gre', 132: 'sctp', 136: 'udplite' };

/** __snprintf_conntrack_default() */
export function ctText(ct: CtMsg, ext = false, id = false): string {
  const p = ct.orig.protonum;
  // -o extended: __snprintf_l3protocol() first, "%-8s %u " of the family.
  let s = ext ? `${'ipv4'.padEnd(8)} ${AF_INET} ` : '';
  s += `${(PROTO_NAMES[p] ?? 'unknown').padEnd(8)} ${p} `;
  if (ct.timeout !== undefined) s += `${ct.timeout} `;
  if (ct.tcpState !== undefined) s += `${TCP_CONNTRACK_NAMES[ct.tcpState] ?? 'UNKNOWN'} `;
  const c = ct.counters;
  s += tupleText(ct.orig) + (c ? `packets=${c[0]} bytes=${c[1]} ` : '');
  if (!(ct.status & IPS_SEEN_REPLY)) s += '[UNREPLIED] ';
  s += tupleText(ct.reply) + (c ? `packets=${c[2]} bytes=${c[3]} ` : '');
  if (ct.status & IPS_ASSURED) s += '[ASSURED] ';
  if (ct.mark !== undefined) s += `mark=${ct.mark} `;
  if (ct.use !== undefined) s += `use=${ct.use} `;
  // -o id: __snprintf_id() last.
  if (id) s += `id=${ct.id >>> 0} `;
  return s.trimEnd();
}

/** -o extended among the output types. */
const extended = (f: Filter): boolean => (f.output & O_EXT) !== 0;

/** -G: the tuple from -s -d -p and the ports. */
function getTuple(f: Filter): CtaTuple {
  if (f.origSrc === null || f.origDst === null || f.proto === null) throw paramProblem('missing arguments: -s, -d and -p are needed');
  return { src: f.origSrc, dst: f.origDst, protonum: f.proto, sport: f.sport ?? 0, dport: f.dport ?? 0 };
}

/** -E: print each event until killed; the count goes to stderr at the end. */
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
    const tag = (m.type & 0xff) === IPCTNL_MSG_CT_DELETE ? '[DESTROY]' : m.flags & 0x400 ? '[NEW]' : '[UPDATE]';
    p.stdout.write(`${tag.padStart(9)} ${ctText(ct, extended(f), (f.output & O_ID) !== 0)}\n`);
    n++;
  }
  for (const r of restore) r?.();
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
      const list = dumpAll(nl, f);
      p.stderr.write(`${PROG}: ${list.length} flow entries have been shown.\n`);
      for (const ct of list) p.stdout.write(ctText(ct, extended(f), (f.output & O_ID) !== 0) + '\n');
      return 0;
    }
    case 'G': {
      const r = nl.request(ctnlMsg(IPCTNL_MSG_CT_GET), NLM_F_REQUEST, { orig: getTuple(f) } as CtReq);
      const ct = r.msgs[0]?.body as CtMsg | undefined;
      if (!ct) throw new ExitError(1, `${PROG}: Operation failed: such conntrack doesn't exist\n`);
      p.stderr.write(`${PROG}: 1 flow entries have been shown.\n`);
      p.stdout.write(ctText(ct, extended(f), (f.output & O_ID) !== 0) + '\n');
      return 0;
    }
    case 'D': {
      const list = dumpAll(nl, f);
      for (const ct of list) nl.request(ctnlMsg(IPCTNL_MSG_CT_DELETE), NLM_F_REQUEST, { orig: ct.orig } as CtReq);
      p.stderr.write(`${PROG}: ${list.length} flow entries have been deleted.\n`);
      for (const ct of list) p.stdout.write(ctText(ct, extended(f), (f.output & O_ID) !== 0) + '\n');
      return list.length ? 0 : 1;
    }
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
      const r = nl.request(ctnlMsg(IPCTNL_MSG_CT_GET_STATS), NLM_F_REQUEST, {});
      p.stdout.write(`${(r.msgs[0]?.body as CtGlobalStatsMsg | undefined)?.entries ?? 0}\n`);
      return 0;
    }
    case 'S': {
      const r = nl.request(ctnlMsg(IPCTNL_MSG_CT_GET_STATS_CPU), NLM_F_REQUEST | NLM_F_DUMP, {});
      for (const m of r.msgs) {
        const s = m.body as CtStatsMsg;
        p.stdout.write(`cpu=${String(s.cpu).padEnd(4)}\tfound=${s.found} invalid=${s.invalid} insert=${s.insert} insert_failed=${s.insertFailed} drop=${s.drop} early_drop=${s.earlyDrop} error=${s.error} search_restart=${s.searchRestart} clash_resolve=${s.clashResolve} chaintoolong=${s.chaintoolong} \n`);
      }
      return 0;
    }
    case 'E':
      return events(p, nl, f);
    case 'V':
      p.stdout.write(`${PROG}\n`);
      return 0;
    case 'I':
    case 'U':
      throw paramProblem(`-${f.cmd} is not supported by tuxnet`);
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
