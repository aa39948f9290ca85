/**
 * socat's address grammar: `TYPE:param:param,option,option=value`, the
 * address types and options the lab implements, and the errors socat
 * prints for an unknown type, a wrong parameter count or an option the
 * type does not take.
 * @socat xioopen.c xioopen_single() xioparsename(), xioopts.c parseopts_table()
 */
import { strtoul0 } from '../lib/stdlib.js';

/** What an address does once opened. */
export type XioKind =
  | 'stdio' | 'stdin' | 'stdout' | 'open' | 'create' | 'gopen' | 'tcp-connect' | 'tcp-listen' | 'udp-connect' | 'udp-listen' | 'udp-recvfrom' | 'udp-recv' | 'udp-sendto' | 'ip-sendto' | 'ip-recv' | 'exec' | 'system';

interface AddrDesc {
  readonly kind: XioKind;
  readonly nparams: number;
}

/** addressnames[]: the lab's subset (IPv4 only: TCP4/UDP4 are TCP/UDP). */
const ADDRESSES: Readonly<Record<string, AddrDesc>> = {
  'STDIO': { kind: 'stdio', nparams: 0 },
  '-': { kind: 'stdio', nparams: 0 },
  'STDIN': { kind: 'stdin', nparams: 0 },
  'STDOUT': { kind: 'stdout', nparams: 0 },
  'OPEN': { kind: 'open', nparams: 1 },
  'CREATE': { kind: 'create', nparams: 1 },
  'CREAT': { kind: 'create', nparams: 1 },
  'GOPEN': { kind: 'gopen', nparams: 1 },
  'TCP': { kind: 'tcp-connect', nparams: 2 },
  'TCP4': { kind: 'tcp-connect', nparams: 2 },
  'TCP-CONNECT': { kind: 'tcp-connect', nparams: 2 },
  'TCP4-CONNECT': { kind: 'tcp-connect', nparams: 2 },
  'TCP-LISTEN': { kind: 'tcp-listen', nparams: 1 },
  'TCP-L': { kind: 'tcp-listen', nparams: 1 },
  'TCP4-LISTEN': { kind: 'tcp-listen', nparams: 1 },
  'TCP4-L': { kind: 'tcp-listen', nparams: 1 },
  'UDP': { kind: 'udp-connect', nparams: 2 },
  'UDP4': { kind: 'udp-connect', nparams: 2 },
  'UDP-CONNECT': { kind: 'udp-connect', nparams: 2 },
  'UDP4-CONNECT': { kind: 'udp-connect', nparams: 2 },
  'UDP-LISTEN': { kind: 'udp-listen', nparams: 1 },
  'UDP-L': { kind: 'udp-listen', nparams: 1 },
  'UDP4-LISTEN': { kind: 'udp-listen', nparams: 1 },
  'UDP4-L': { kind: 'udp-listen', nparams: 1 },
  'UDP-RECVFROM': { kind: 'udp-recvfrom', nparams: 1 },
  'UDP4-RECVFROM': { kind: 'udp-recvfrom', nparams: 1 },
  'UDP-RECV': { kind: 'udp-recv', nparams: 1 },
  'UDP4-RECV': { kind: 'udp-recv', nparams: 1 },
  'UDP-SENDTO': { kind: 'udp-sendto', nparams: 2 },
  'UDP4-SENDTO': { kind: 'udp-sendto', nparams: 2 },
  'UDP-DATAGRAM': { kind: 'udp-sendto', nparams: 2 },
  'UDP4-DATAGRAM': { kind: 'udp-sendto', nparams: 2 },
  'IP-SENDTO': { kind: 'ip-sendto', nparams: 2 },
  'IP4-SENDTO': { kind: 'ip-sendto', nparams: 2 },
  'IP-RECV': { kind: 'ip-recv', nparams: 1 },
  'IP4-RECV': { kind: 'ip-recv', nparams: 1 },
  'EXEC': { kind: 'exec', nparams: 1 },
  'SYSTEM': { kind: 'system', nparams: 1 },
};

/** Option names (with socat's aliases) mapped to the one the lab acts on. */
const OPTIONS: Readonly<Record<string, string>> = {
  'fork': 'fork', 'reuseaddr': 'reuseaddr', 'reuseport': 'reuseport', 'bind': 'bind', 'sourceport': 'sourceport',
  'sp': 'sourceport', 'so-bindtodevice': 'so-bindtodevice', 'bindtodevice': 'so-bindtodevice', 'if': 'so-bindtodevice',
  'crlf': 'crlf', 'connect-timeout': 'connect-timeout', 'nodelay': 'nodelay', 'tcp-nodelay': 'nodelay',
  'keepalive': 'keepalive', 'so-keepalive': 'keepalive', 'keepidle': 'keepidle', 'tcp-keepidle': 'keepidle',
  'keepintvl': 'keepintvl', 'tcp-keepintvl': 'keepintvl', 'keepcnt': 'keepcnt', 'tcp-keepcnt': 'keepcnt',
  'syncnt': 'syncnt', 'tcp-syncnt': 'syncnt', 'linger': 'linger', 'so-linger': 'linger',
  'mss': 'mss', 'tcp-maxseg': 'mss', 'maxseg': 'mss', 'tcp-window-clamp': 'window-clamp', 'window-clamp': 'window-clamp',
  'ip-pktinfo': 'ip-pktinfo', 'pktinfo': 'ip-pktinfo', 'ip-recvttl': 'ip-recvttl', 'recvttl': 'ip-recvttl',
  'ip-recvtos': 'ip-recvtos', 'recvtos': 'ip-recvtos', 'ip-recvopts': 'ip-recvopts', 'recvopts': 'ip-recvopts',
  'ip-retopts': 'ip-retopts', 'retopts': 'ip-retopts', 'tcp-cork': 'cork', 'cork': 'cork', 'tcp-quickack': 'quickack',
  'quickack': 'quickack', 'so-priority': 'priority', 'priority': 'priority', 'so-oobinline': 'oobinline',
  'oobinline': 'oobinline', 'so-rcvlowat': 'rcvlowat', 'rcvlowat': 'rcvlowat', 'so-sndlowat': 'sndlowat',
  'sndlowat': 'sndlowat', 'so-timestamp': 'timestamp', 'timestamp': 'timestamp',
  'nonblock': 'nonblock', 'o-nonblock': 'nonblock', 'cloexec': 'cloexec', 'ttl': 'ttl', 'ip-ttl': 'ttl', 'tos': 'tos', 'ip-tos': 'tos',
  'broadcast': 'broadcast', 'so-broadcast': 'broadcast', 'dontroute': 'dontroute', 'so-dontroute': 'dontroute', 'backlog': 'backlog',
  'rcvbuf': 'rcvbuf', 'so-rcvbuf': 'rcvbuf', 'sndbuf': 'sndbuf', 'so-sndbuf': 'sndbuf',
  'ip-mtu-discover': 'ip-mtu-discover', 'ipmtudiscover': 'ip-mtu-discover', 'mtudiscover': 'ip-mtu-discover',
  'ip-add-membership': 'ip-add-membership', 'add-membership': 'ip-add-membership',
  'ip-multicast-if': 'ip-multicast-if', 'multicast-if': 'ip-multicast-if',
  'ip-multicast-loop': 'ip-multicast-loop', 'multicast-loop': 'ip-multicast-loop',
  'ip-multicast-ttl': 'ip-multicast-ttl', 'multicast-ttl': 'ip-multicast-ttl',
  'ip-freebind': 'ip-freebind', 'freebind': 'ip-freebind', 'ip-transparent': 'ip-transparent', 'transparent': 'ip-transparent',
  'so-no-check': 'so-no-check', 'nocheck': 'so-no-check', 'no-check': 'so-no-check',
  'ip-recverr': 'ip-recverr', 'recverr': 'ip-recverr', 'ip-options': 'ip-options', 'ipoptions': 'ip-options',
  'shut-none': 'howtoshut', 'shut-down': 'howtoshut', 'shut-null': 'howtoshut', 'shut-close': 'howtoshut',
  'o-creat': 'o-creat', 'creat': 'o-creat', 'o-append': 'o-append', 'append': 'o-append', 'o-trunc': 'o-trunc', 'trunc': 'o-trunc',
  'setsockopt-int': 'setsockopt-int', 'sockopt-int': 'setsockopt-int', 'setsockopt-bin': 'setsockopt-bin', 'sockopt-bin': 'setsockopt-bin',
  'setsockopt': 'setsockopt-bin', 'sockopt': 'setsockopt-bin', 'setsockopt-string': 'setsockopt-string', 'sockopt-string': 'setsockopt-string',
  'setsockopt-listen': 'setsockopt-listen', 'sockopt-listen': 'setsockopt-listen',
};

/** The generic socket options (TYPE_INT_INT_INT, TYPE_INT_INT_BIN, TYPE_INT_INT_STRING): level:optname:value. */
export const SETSOCKOPT_OPTS: ReadonlySet<string> = new Set(['setsockopt-int', 'setsockopt-bin', 'setsockopt-string', 'setsockopt-listen']);

/** A generic socket option parsed: the level, the name and the value setsockopt() gets, with socat's rendering of it. */
export interface SockoptArg {
  readonly level: number;
  readonly name: number;
  readonly value: number | string | Uint8Array;
  readonly show: string;
}

/**
 * parseopts()'s TYPE_INT_INT_*: two numbers (strtoul(), any base) each
 * ended by ':', then an int (strtol()), a dalan binary (dalan()) or a string.
 */
export function parseSockopt(canon: string, name: string, word: string, value: string): SockoptArg | string {
  const nums: number[] = [];
  let rest = value;
  for (let i = 0; i < 2; i++) {
    const { value: n, end } = strtoul0(rest);
    if (end === 0) return `parseopts(): missing numerical value of option "${word}"`;
    if (end === rest.length) return `parseopts(): option "${name}": 3 arguments required`;
    if (rest[end] !== ':') return `parseopts(): trailing garbage in numerical arg of option "${word}"`;
    nums.push(Number(BigInt.asIntN(32, n)));
    rest = rest.slice(end + 1);
  }
  const [level, optname] = nums as [number, number];
  if (canon === 'setsockopt-int') {
    const neg = rest.startsWith('-');
    const { value: n, end } = strtoul0(neg ? rest.slice(1) : rest);
    if (end === 0) return `parseopts(): missing numerical value of option "${word}"`;
    if (end + (neg ? 1 : 0) < rest.length) return `parseopts(): trailing garbage in numerical arg of option "${word}"`;
    const v = Number(BigInt.asIntN(32, neg ? -n : n));
    return { level, name: optname, value: v, show: `{${v}}` };
  }
  if (canon === 'setsockopt-string') return { level, name: optname, value: rest, show: `"${rest}"` };
  const bytes = dalan(rest);
  if (typeof bytes === 'string') return bytes;
  return { level, name: optname, value: bytes, show: '{...}' };
}

/** Options of socat's integer types (TYPE_INT, TYPE_BYTE, TYPE_2BYTE): parseopts() reads them with strtoul(). */
const NUMERIC_OPTS: ReadonlySet<string> = new Set([
  'reuseaddr', 'reuseport', 'broadcast', 'dontroute', 'keepalive', 'rcvbuf', 'sndbuf', 'ttl', 'tos', 'ip-mtu-discover', 'ip-freebind',
  'ip-transparent', 'nodelay', 'backlog', 'so-no-check', 'ip-recverr', 'ip-multicast-ttl', 'ip-multicast-loop', 'sourceport',
  'keepidle', 'keepintvl', 'keepcnt', 'syncnt', 'linger', 'mss', 'window-clamp', 'ip-pktinfo', 'ip-recvttl', 'ip-recvtos',
  'ip-recvopts', 'ip-retopts', 'cork', 'quickack', 'priority', 'oobinline', 'rcvlowat', 'sndlowat', 'timestamp', 'nonblock', 'cloexec',
]);

/** The multicast options (GROUP_SOCK_IP); ip-add-membership is a struct ip_mreqn, the TTL a byte. */
const MCAST_OPTS = ['ip-add-membership', 'ip-multicast-if', 'ip-multicast-loop', 'ip-multicast-ttl'];

const SOCKET_OPTS = [
  'reuseaddr', 'reuseport', 'bind', 'so-bindtodevice', 'ttl', 'tos', 'ip-mtu-discover', 'rcvbuf', 'sndbuf', 'broadcast', 'dontroute', 'crlf',
  'ip-freebind', 'ip-transparent', 'so-no-check', 'ip-recverr', 'ip-pktinfo', 'ip-recvttl', 'ip-recvtos', 'ip-recvopts', 'ip-retopts', 'priority', 'oobinline', 'rcvlowat',
  'sndlowat', 'timestamp', 'nonblock', 'cloexec', 'linger', 'connect-timeout', 'ip-options', ...SETSOCKOPT_OPTS,
];
/** Options of socat's TYPE_BIN: their value is data in dalan's notation (dalan()), a value required. */
const BIN_OPTS: ReadonlySet<string> = new Set(['ip-options']);
/** xioopts.c: the buffer parseopts_table() hands dalan() for a TYPE_BIN value (char optbuf[256]). */
const BIN_OPT_MAX = 256;
const TCP_OPTS = ['nodelay', 'keepalive', 'keepidle', 'keepintvl', 'keepcnt', 'syncnt', 'mss', 'window-clamp', 'cork', 'quickack'];
/** GROUP_OPEN: open(2)'s flags (TYPE_BOOL). */
const OPEN_OPTS = ['o-creat', 'o-append', 'o-trunc'];

/** The option groups of each kind (socat's groups: an option outside them is "not supported with this address type"). */
const ALLOWED: Readonly<Record<XioKind, readonly string[]>> = {
  'stdio': ['crlf'],
  'stdin': ['crlf'],
  'stdout': ['crlf'],
  'open': ['crlf', ...OPEN_OPTS],
  'create': ['crlf', ...OPEN_OPTS],
  'gopen': ['crlf', ...OPEN_OPTS],
  'exec': ['crlf'],
  'system': ['crlf'],
  'tcp-connect': [...SOCKET_OPTS, ...TCP_OPTS, ...MCAST_OPTS, 'sourceport'],
  'tcp-listen': [...SOCKET_OPTS, ...TCP_OPTS, ...MCAST_OPTS, 'fork', 'backlog'],
  'udp-connect': [...SOCKET_OPTS, ...MCAST_OPTS, 'sourceport'],
  'udp-listen': [...SOCKET_OPTS, ...MCAST_OPTS, 'fork'],
  'udp-recvfrom': [...SOCKET_OPTS, ...MCAST_OPTS, 'fork'],
  'udp-sendto': [...SOCKET_OPTS, ...MCAST_OPTS, 'sourceport'],
  'udp-recv': [...SOCKET_OPTS, ...MCAST_OPTS],
  'ip-sendto': [...SOCKET_OPTS, ...MCAST_OPTS],
  'ip-recv': [...SOCKET_OPTS, ...MCAST_OPTS],
};

export interface XioAddr {
  /** The type as the user wrote it, upper-cased ("TCP4-LISTEN"). */
  readonly type: string;
  readonly kind: XioKind;
  readonly params: readonly string[];
  /** Options by their canonical name (the last given); a flag option has the value "". */
  readonly opts: ReadonlyMap<string, string>;
  /** ip-add-membership values, each given (socat applies every one). */
  readonly memberships: readonly string[];
  /** The TYPE_BIN options' data, parsed (dalan()). */
  readonly bins: ReadonlyMap<string, Uint8Array>;
}

/**
 * dalan() of socat 1.7.4 for a TYPE_BIN option: "x" and pairs of hex
 * digits (an odd digit is a syntax error), blanks skipped, a later item
 * without a type letter taken as the type before it. A value that starts
 * with no type socat knows is not parsed: the whole buffer goes to
 * setsockopt() (recorded: ip-options=abc is setsockopt(..., 256), EINVAL).
 */
function dalan(value: string): Uint8Array | string {
  const out: number[] = [];
  let type = '';
  let i = 0;
  const hex = (c: string | undefined): boolean => c !== undefined && /[0-9a-fA-F]/.test(c);
  while (i < value.length) {
    let c = value[i]!;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      i++;
      continue;
    }
    if (c === 'x') i++;
    else if (type === 'x') c = type;
    else return new Uint8Array(BIN_OPT_MAX);
    type = c;
    while (hex(value[i])) {
      if (!hex(value[i + 1])) return `odd number of hexadecimal digits\nparseopts_table(): problem with "${value}" data`;
      if (out.length >= BIN_OPT_MAX) return `parseopts_table(): problem with "${value}" data`;
      out.push(parseInt(value.slice(i, i + 2), 16));
      i += 2;
    }
    if (i < value.length && !' \t\r\n'.includes(value[i]!) && value[i] !== 'x') return new Uint8Array(BIN_OPT_MAX);
  }
  return Uint8Array.from(out);
}

/** Splits at `sep` outside quotes and after a backslash escape, as socat's nestlex() does. */
function splitTop(s: string, seps: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === quote) quote = '';
      else cur += c;
    } else if (c === '\\' && i + 1 < s.length) cur += s[++i];
    else if (c === '"' || c === "'") quote = c;
    else if (seps.includes(c)) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/**
 * parseopts()'s value checks: a TYPE_IP_MREQN needs "group:interface"
 * (a third part names the device); a TYPE_BYTE stops at 255.
 */
function checkValue(canon: string, word: string, value: string): string | null {
  if (NUMERIC_OPTS.has(canon)) {
    const { end } = strtoul0(value);
    if (end === 0) return `parseopts(): missing numerical value of option "${word}"`;
    if (end < value.length) return `parseopts(): trailing garbage in numerical arg of option "${word}"`;
  }
  if (canon === 'ip-add-membership' && !value.includes(':')) return `syntax in option ${value}: missing ':'`;
  if (canon === 'ip-multicast-ttl' && Number(value) > 255) {
    return `parseopts(): option "${word}": byte value exceeds limit (${Number(value)} vs. 255), using max`;
  }
  return null;
}

/** A numeric option's value as socat stores it in an int (strtoul()'s low 32 bits). */
export function optInt(a: XioAddr, canon: string): number {
  return Number(BigInt.asIntN(32, strtoul0(a.opts.get(canon) ?? '').value));
}

/** xioopen_single(): the address's type, parameters and options, or socat's error text. */
export function parseAddress(text: string): XioAddr | string {
  const [head = '', ...optWords] = splitTop(text, ',');
  const exec = /^(EXEC|SYSTEM):/i.exec(head);
  const parts = exec ? [exec[1]!, head.slice(exec[0].length)] : splitTop(head, ':');
  let type = parts[0]!.toUpperCase();
  let desc = ADDRESSES[type];
  let params = parts.slice(1);
  // No keyword, but a '/' in the word: a file name for GOPEN ("/dev/null", "./f").
  if (!desc && parts.length === 1 && parts[0]!.includes('/')) {
    [type, desc, params] = ['GOPEN', ADDRESSES['GOPEN']!, [parts[0]!]];
  }
  if (!desc) return `unknown device/address "${parts[0]}"`;
  if (params.length !== desc.nparams) {
    return `${type}: wrong number of parameters (${params.length} instead of ${desc.nparams})`;
  }
  const opts = new Map<string, string>();
  const memberships: string[] = [];
  const bins = new Map<string, Uint8Array>();
  for (const w of optWords) {
    if (w === '') continue;
    const eq = w.indexOf('=');
    const name = (eq < 0 ? w : w.slice(0, eq)).toLowerCase();
    const canon = OPTIONS[name];
    if (canon === undefined) return `parseopts_table(): unknown option "${name}"`;
    // GROUP_FD, TYPE_CONST: every address takes them, without a value; the last one given decides.
    if (canon === 'howtoshut') {
      if (eq >= 0) return `no value permitted for option "${name}"`;
      if (name === 'shut-close') return 'shut-close is not supported in the lab';
      opts.set(canon, name.slice(5));
      continue;
    }
    if (!ALLOWED[desc.kind].includes(canon)) return `parseopts_table(): option "${name}" not supported with this address type`;
    if (BIN_OPTS.has(canon)) {
      if (eq < 0) return `option "${name}": value required`;
      const data = dalan(w.slice(eq + 1));
      if (typeof data === 'string') return data;
      bins.set(canon, data);
    }
    if (SETSOCKOPT_OPTS.has(canon)) {
      if (eq < 0) return `option "${name}": values required`;
      const arg = parseSockopt(canon, name, w, w.slice(eq + 1));
      if (typeof arg === 'string') return arg;
    }
    // A numeric option without a value is 1 (a flag: "reuseaddr").
    const value = eq < 0 ? (NUMERIC_OPTS.has(canon) ? '1' : '') : w.slice(eq + 1);
    const bad = checkValue(canon, w, value);
    if (bad) return bad;
    opts.set(canon, value);
    if (canon === 'ip-add-membership') memberships.push(value);
  }
  return { type, kind: desc.kind, params, opts, memberships, bins };
}
