/**
 * ping's command line: getopt over "h?4bRT:6F:N:aABc:CdDe:fi:I:l:Lm:M:nOp:qQ:rs:S:t:UvVw:W:"
 * with iputils' number parsers (strtol_or_err, ping_strtod, parsetos) and
 * their exact messages and statuses (1 for a bad number, 2 for the rest).
 * @iputils ping/ping.c main(), iputils_common.c strtol_or_err()
 */
import type { Proc } from '../lab/process.js';
import { getopt } from '../lab/coreutils/getopt.js';
import { strtod, strtoimax } from '../lab/coreutils/num.js';
import { parseIp } from '../wire/ipv4.js';
import { IP_PMTUDISC_DO, IP_PMTUDISC_DONT, IP_PMTUDISC_WANT } from '../uapi/linux/in.js';
import { INT_MAX, MAX_DUP_CHK, PingExit, type PingRts } from './ping_common.js';
import { IPOPT_TS_PRESPEC, IPOPT_TS_TSANDADDR, IPOPT_TS_TSONLY } from './ping_ipopts.js';

export const PING_USAGE = `
Usage
  ping [options] <destination>

Options:
  <destination>      dns name or ip address
  -a                 use audible ping
  -A                 use adaptive ping
  -B                 sticky source address
  -c <count>         stop after <count> replies
  -C                 call connect() syscall on socket creation
  -D                 print timestamps
  -d                 use SO_DEBUG socket option
  -e <identifier>    define identifier for ping session, default is random for
                     SOCK_RAW and kernel defined for SOCK_DGRAM
                     Imply using SOCK_RAW (for IPv4 only for identifier 0)
  -f                 flood ping
  -h                 print help and exit
  -I <interface>     either interface name or address
  -i <interval>      seconds between sending each packet
  -L                 suppress loopback of multicast packets
  -l <preload>       send <preload> number of packages while waiting replies
  -m <mark>          tag the packets going out
  -M <pmtud opt>     define mtu discovery, can be one of <do|dont|want>
  -n                 no dns name resolution
  -O                 report outstanding replies
  -p <pattern>       contents of padding byte
  -q                 quiet output
  -Q <tclass>        use quality of service <tclass> bits
  -s <size>          use <size> as number of data bytes to be sent
  -S <size>          use <size> as SO_SNDBUF socket option value
  -t <ttl>           define time to live
  -U                 print user-to-user latency
  -v                 verbose output
  -V                 print version and exit
  -w <deadline>      reply wait <deadline> in seconds
  -W <timeout>       time to wait for response

IPv4 options:
  -4                 use IPv4
  -b                 allow pinging broadcast
  -R                 record route
  -T <timestamp>     define timestamp, can be one of <tsonly|tsandaddr|tsprespec>

IPv6 options:
  -6                 use IPv6
  -F <flowlabel>     define flow label, default is random
  -N <nodeinfo opt>  use icmp6 node info query, try <help> as argument

For more details see ping(8).
`;

export const PING_VERSION = 'ping from iputils 20221126\nlibcap: yes, IDN: yes, NLS: no, error.h: yes, getrandom(): yes, __fpending(): yes\n';

const TS_TYPES: Readonly<Record<string, number>> = { tsonly: IPOPT_TS_TSONLY, tsandaddr: IPOPT_TS_TSANDADDR, tsprespec: IPOPT_TS_PRESPEC };
const OPTSTRING = 'h?4bRT:6F:N:aABc:CdDe:fi:I:l:Lm:M:nOp:qQ:rs:S:t:UvVw:W:';
const LONG_MAX = (1n << 63n) - 1n;
const TOS_MAX = 255;

/** What main() keeps besides the run state. */
export interface PingArgs {
  /** -4 / -6 (0: either). */
  family: 0 | 4 | 6;
  /** -p: the hex pattern. */
  pattern: string | null;
  /** The destination: the last operand. */
  target: string;
  /** The operands before the destination: the hops of a source route or of -T tsprespec. */
  hops: string[];
  /** More than one operand without -R/-T: a loose source route. */
  sourceroute: boolean;
  recordRoute: boolean;
  timestamp: boolean;
  /** -T: IPOPT_TS_TSONLY, IPOPT_TS_TSANDADDR or IPOPT_TS_PRESPEC. */
  tsType: number;
}

type Err = (status: number, msg: string) => never;

/**
 * strtol_or_err(): a decimal long within [min, max] (strtol(str, &end, 10):
 * "0x2" stops at the x and is garbage); exit 1 otherwise.
 * @iputils iputils_common.c strtol_or_err() strtoul_or_err()
 */
export function strtolOrErr(err: Err, str: string, msg: string, min: bigint, max: bigint, unsigned = false): number {
  const r = strtoimax(str, unsigned, 10);
  if (str === '' || r.end === 0 || r.end !== str.length) err(1, `${msg}: '${str}'`);
  if (r.overflow) err(1, `${msg}: '${str}': Numerical result out of range`);
  if (r.value < min || max < r.value) err(1, `${msg}: '${str}': out of range: ${min} <= value <= ${max}`);
  return Number(r.value);
}

export function strtoulOrErr(err: Err, str: string, msg: string, min: bigint, max: bigint): number {
  return strtolOrErr(err, str, msg, min, max, true);
}

/** ping_strtod(): a double; trailing garbage only warns; inf/nan are ERANGE (exit 2). */
export function pingStrtod(p: Proc, err: Err, str: string, msg: string): number {
  if (str === '') err(2, `${msg}: ${str}`);
  const r = strtod(str);
  if (r.end === 0 || r.end !== str.length) {
    p.stderr.write(`ping: option argument contains garbage: ${str.slice(r.end)}\n`);
    p.stderr.write('ping: this will become fatal error in the future\n');
  }
  if (!Number.isFinite(r.value)) err(2, `${msg}: ${str}: Numerical result out of range`);
  return r.value;
}

/** parsetos(): decimal or 0x hex, at most 255. */
export function parsetos(err: Err, str: string): number {
  const hex = str[0] === '0' && (str[1] === 'x' || str[1] === 'X');
  const body = hex ? str.slice(2) : str;
  const m = (hex ? /^[+-]?[0-9a-fA-F]*/ : /^[+-]?[0-9]*/).exec(body.trimStart())!;
  const lead = body.length - body.trimStart().length;
  if (lead + m[0].length !== body.length) err(2, `bad TOS value: ${str}`);
  const v = m[0] === '' || m[0] === '+' || m[0] === '-' ? 0 : parseInt(m[0], hex ? 16 : 10);
  if (v > TOS_MAX) err(2, `the decimal value of TOS bits must be in range 0-255: ${v}`);
  return v;
}

/**
 * The option loop of main(). Throws PingExit for -V, -h, a bad option or
 * value; returns the destination and what ping4_run() needs.
 */
export function parsePingArgs(p: Proc, rts: PingRts, err: Err): PingArgs {
  const r = getopt(p.argv.slice(1), { short: OPTSTRING });
  if (!r.ok) {
    p.stderr.write(`ping: ${r.message}\n${PING_USAGE}`);
    throw new PingExit(2);
  }
  const a: PingArgs = {
    family: 0, pattern: null, target: '', hops: [], sourceroute: false, recordRoute: false, timestamp: false, tsType: 0,
  };
  for (const o of r.opts) applyOption(p, rts, a, o.key, o.arg ?? '', err);
  const ops = r.operands;
  if (ops.length === 0) err(1, 'usage error: Destination address required');
  checkHops(p, a, ops.length);
  a.target = ops[ops.length - 1]!;
  a.hops = ops.slice(0, -1);
  return a;
}

/** ping4_run(): more than one operand is a hop list: not with -R, with -T only tsprespec (4 hops), else at most 9 hops. */
function checkHops(p: Proc, a: PingArgs, argc: number): void {
  if (argc <= 1) return;
  const usage = (): never => {
    p.stderr.write(PING_USAGE);
    throw new PingExit(2);
  };
  if (a.recordRoute) usage();
  else if (a.timestamp) {
    if (a.tsType !== IPOPT_TS_PRESPEC || argc > 5) usage();
  } else {
    if (argc > 10) usage();
    a.sourceroute = true;
  }
}

/** One case of main()'s option switch. */
function applyOption(p: Proc, rts: PingRts, a: PingArgs, key: string, arg: string, err: Err): void {
  const o = rts.opt;
  switch (key) {
    case '4':
      if (a.family === 6) err(2, 'only one -4 or -6 option may be specified');
      a.family = 4;
      return;
    case '6':
      if (a.family === 4) err(2, 'only one -4 or -6 option may be specified');
      a.family = 6;
      return;
    case 'b': rts.broadcastPings = true; return;
    case 'e': rts.ident = strtoulOrErr(err, arg, 'invalid argument', 0n, 0xffffn); return;
    case 'R':
      if (a.timestamp) err(2, 'only one of -T or -R may be used');
      a.recordRoute = true;
      return;
    case 'T':
      if (a.recordRoute) err(2, 'only one of -T or -R may be used');
      a.tsType = TS_TYPES[arg] ?? err(2, `invalid timestamp type: ${arg}`);
      a.timestamp = true;
      return;
    case 'c': rts.npackets = strtolOrErr(err, arg, 'invalid argument', 1n, LONG_MAX); return;
    case 'i': return setInterval(p, rts, arg, err);
    case 'I': return setSource(rts, arg, err);
    case 'l': rts.preload = strtolOrErr(err, arg, 'invalid argument', 1n, BigInt(MAX_DUP_CHK)); return;
    case 'm':
      rts.mark = strtoulOrErr(err, arg, 'invalid argument', 0n, 0xffffffffn);
      o.mark = true;
      return;
    case 'M': return setPmtudisc(rts, arg, err);
    case 'p':
      o.pingfilled = true;
      a.pattern = arg;
      return;
    case 'Q': rts.settos = parsetos(err, arg); return;
    case 's': rts.datalen = strtolOrErr(err, arg, 'invalid argument', 0n, BigInt(INT_MAX)); return;
    case 'S': rts.sndbuf = strtolOrErr(err, arg, 'invalid argument', 1n, BigInt(INT_MAX)); return;
    case 't':
      rts.ttl = strtolOrErr(err, arg, 'invalid argument', 0n, 255n);
      o.ttl = true;
      return;
    case 'V':
      p.stdout.write(PING_VERSION);
      throw new PingExit(0);
    case 'w': rts.deadline = strtolOrErr(err, arg, 'invalid argument', 0n, BigInt(INT_MAX)); return;
    case 'W': return setLinger(p, rts, arg, err);
    case 'h':
    case '?':
      p.stderr.write(PING_USAGE);
      throw new PingExit(2);
    default:
      applyFlag(rts, key);
  }
}

/** The options without argument that only set a flag (and those tuxnet accepts and ignores). */
function applyFlag(rts: PingRts, key: string): void {
  const o = rts.opt;
  switch (key) {
    case 'a': o.audible = true; break;
    case 'A': o.adaptive = true; break;
    case 'B': o.strictsource = true; break;
    case 'D': o.ptimeofday = true; break;
    case 'd': o.soDebug = true; break;
    case 'f':
      o.flood = true;
      o.numeric = true;
      break;
    case 'L': o.noloop = true; break;
    case 'n': o.numeric = true; break;
    case 'O': o.outstanding = true; break;
    case 'q': o.quiet = true; break;
    case 'r': o.soDontroute = true; break;
    case 'U': o.latency = true; break;
    case 'v': o.verbose = true; break;
    default:
      // -C, and IPv6's -F -N: no effect on an IPv4 run in the lab.
      break;
  }
}

function setInterval(p: Proc, rts: PingRts, arg: string, err: Err): void {
  const v = pingStrtod(p, err, arg, 'bad timing interval');
  if (v > INT_MAX / 1000) err(2, `bad timing interval: ${arg}`);
  rts.interval = Math.trunc(v * 1000);
  rts.opt.interval = true;
}

function setLinger(p: Proc, rts: PingRts, arg: string, err: Err): void {
  const v = pingStrtod(p, err, arg, 'bad linger time');
  if (v < 0 || v > INT_MAX / 1000) err(2, `bad linger time: ${arg}`);
  rts.lingertime = Math.trunc(v * 1000);
}

/** -I: an IPv4 address is the source (and -B), anything else a device name. */
function setSource(rts: PingRts, arg: string, err: Err): void {
  if (arg.includes(':')) err(2, `invalid source address: ${arg}`);
  const a = parseIp(arg);
  if (a !== null) {
    rts.source = a;
    rts.opt.strictsource = true;
  } else rts.device = arg;
}

function setPmtudisc(rts: PingRts, arg: string, err: Err): void {
  if (arg === 'do') rts.pmtudisc = IP_PMTUDISC_DO;
  else if (arg === 'dont') rts.pmtudisc = IP_PMTUDISC_DONT;
  else if (arg === 'want') rts.pmtudisc = IP_PMTUDISC_WANT;
  else err(2, `invalid -M argument: ${arg}`);
}

/**
 * fill(): the -p pattern (up to 16 hex bytes) repeated over the data;
 * "PATTERN: 0x.." unless -q, with printf() to `stdout` (buffered: a pipe
 * sees it after the stderr WARNING of a broadcast).
 */
export function fillPattern(stdout: { write(s: string): void }, rts: PingRts, pat: string, err: Err): void {
  for (let i = 0; i < pat.length; i++) {
    if (!/[0-9a-fA-F]/.test(pat[i]!)) err(2, `patterns must be specified as hex digits: ${pat.slice(i)}`);
  }
  const bytes: number[] = [];
  for (let i = 0; i + 1 <= pat.length && bytes.length < 16; i += 2) bytes.push(parseInt(pat.slice(i, i + 2), 16));
  const ii = bytes.length;
  const bp = rts.outpack;
  if (ii > 0) {
    const size = rts.datalen;
    const max = size < ii + 8 ? 0 : size - ii + 8;
    for (let kk = 0; kk <= max; kk += ii) for (let jj = 0; jj < ii; ++jj) if (8 + jj + kk < bp.length) bp[8 + jj + kk] = bytes[jj]!;
  }
  if (!rts.opt.quiet) {
    let s = 'PATTERN: 0x';
    for (let jj = 0; jj < ii; ++jj) s += (bp[8 + jj] ?? 0).toString(16).padStart(2, '0');
    stdout.write(s + '\n');
  }
}
