/**
 * The command line of traceroute 2.1.x (Dmitry Butskoy's, Debian's
 * `traceroute` package): the options the default UDP method uses, with the
 * tool's range checks and messages (ex_error(): the text, exit status 2).
 * @traceroute traceroute/traceroute.c main() option table
 */

/** DEF_HOPS, MAX_HOPS, DEF_NUM_PROBES, MAX_PROBES, DEF_SIM_PROBES ... of traceroute.c */
export const DEF_HOPS = 30;
export const MAX_HOPS = 255;
export const DEF_NUM_PROBES = 3;
export const MAX_PROBES = 10;
export const DEF_SIM_PROBES = 16;
/** DEF_WAIT_SECS, DEF_HERE_FACTOR, DEF_NEAR_FACTOR: `-w 5,3,10`. */
export const DEF_WAIT_SECS = 5.0;
export const DEF_HERE_FACTOR = 3;
export const DEF_NEAR_FACTOR = 10;
/** DEF_DATA_LEN: 40 bytes after the IP header, of which the UDP header takes 8. */
export const DEF_DATA_LEN = 40;
export const MAX_PACKET_LEN = 65000;
/** DEF_START_PORT: "start for traditional udp method"; DEF_UDP_PORT: the -U method's "dns" (traceroute.h). */
export const DEF_START_PORT = 33434;
export const DEF_UDP_PORT = 53;

export interface TracerouteArgs {
  host: string;
  /** packetlen, -1 when not given. */
  packetLen: number;
  firstHop: number;
  maxHops: number;
  probesPerHop: number;
  simProbes: number;
  waitSecs: number;
  hereFactor: number;
  nearFactor: number;
  /** -p: the base destination port. */
  port: number;
  /** -z, seconds between probes. */
  sendSecs: number;
  noresolve: boolean;
  /** -F: set DF (IP_PMTUDISC_PROBE). */
  dontfrag: boolean;
  /** -e: show ICMP extensions (RFC 4884), MPLS label stacks parsed. */
  extension: boolean;
  tos: number;
  /** -i */
  device: string | null;
  /** -s */
  srcAddr: string | null;
  /** The method: -I icmp, -T tcp, -U udp, -P raw, -D dccp, -UL udplite, -M NAME; "default" (UDP to port 33434 up) otherwise. */
  module: string;
  /** -O: the method's own options, comma-separated words. */
  modOptions: string[];
  /** -p was given (its default depends on the method). */
  portSet: boolean;
  /** -g: the gateways of a loose source route, in order. */
  gateways: string[];
  /** --mtu: discover the path MTU (implies -F -N 1), F=MTU marks where it drops. */
  mtudisc: boolean;
  /** --back: print the backward hop count '-N' guessed from the answer's TTL when it differs. */
  backward: boolean;
  /** -d: SO_DEBUG on every socket. */
  debug: boolean;
  /** -r: SO_DONTROUTE, only targets on an attached network. */
  noroute: boolean;
  /** --fwmark: SO_MARK of every socket, 0 for none. */
  fwmark: number;
  /** --sport: the source port of every probe (implies -N 1), 0 for any. */
  srcPort: number;
  /** -l: the IPv6 flow label (IPv4 probes ignore it). */
  flowLabel: number;
  /** -6: resolve and trace in IPv6. */
  ipv6: boolean;
  /** -4: an AF_INET lookup (else AF_UNSPEC). */
  ipv4: boolean;
  /** -A: the AS path of each hop from a whois server. */
  asLookups: boolean;
}

/** An error to print (stderr) and the exit status. */
export interface ArgsError {
  message: string;
  status: number;
}

import { ipToString } from '../wire/ipv4.js';

const VALUE_OPTS: Record<string, keyof TracerouteArgs | 'wait' | 'raw'> = {
  q: 'probesPerHop', N: 'simProbes', m: 'maxHops', f: 'firstHop', p: 'port', z: 'sendSecs', t: 'tos',
  w: 'wait', i: 'device', s: 'srcAddr', M: 'module', O: 'modOptions', l: 'flowLabel', P: 'raw',
  // The options with a long name only.
  sport: 'srcPort', fwmark: 'fwmark',
};
const LONG_OPTS: Record<string, string> = {
  queries: 'q', 'sim-queries': 'N', 'max-hops': 'm', first: 'f', port: 'p', sendwait: 'z', tos: 't', wait: 'w',
  interface: 'i', source: 's', module: 'M', options: 'O', flowlabel: 'l', protocol: 'P', sport: 'sport', fwmark: 'fwmark',
};
/** The modules of tr_get_module() (mod-*.c). */
const MODULES = ['default', 'udp', 'icmp', 'tcp', 'tcpconn', 'raw', 'dccp', 'udplite'];
/** version_string, which CLIF_VERSION_OPTION prints (on stderr) before it exits 0. */
export const TRACEROUTE_VERSION = 'Modern traceroute for Linux, version 2.1.2\nCopyright (c) 2016  Dmitry Butskoy,   License: GPL v2 or any later';

function defaults(): TracerouteArgs {
  return {
    host: '', packetLen: -1, firstHop: 1, maxHops: DEF_HOPS, probesPerHop: DEF_NUM_PROBES, simProbes: DEF_SIM_PROBES,
    waitSecs: DEF_WAIT_SECS, hereFactor: DEF_HERE_FACTOR, nearFactor: DEF_NEAR_FACTOR, port: DEF_START_PORT, sendSecs: 0,
    noresolve: false, dontfrag: false, extension: false, tos: 0, device: null, srcAddr: null, module: 'default', modOptions: [], portSet: false,
    gateways: [], mtudisc: false, backward: false, debug: false, noroute: false, fwmark: 0, srcPort: 0, flowLabel: 0,
    ipv6: false, ipv4: false, asLookups: false,
  };
}

/** The argument name each option's usage shows (CLIF's "requires an argument: `-q nqueries'"). */
const ARG_NAMES: Record<string, string> = {
  q: 'nqueries', N: 'squeries', m: 'max_ttl', f: 'first_ttl', p: 'port', z: 'sendwait', t: 'tos',
  w: 'MAX,HERE,NEAR', i: 'device', s: 'src_addr', M: 'name', O: 'OPTS,...', g: 'gate,...', l: 'flow_label', P: 'prot',
  sport: 'num', fwmark: 'num',
};

/** strtod()'s longest prefix: the number and what follows it, null when nothing converts. */
function strtod(v: string): { n: number; rest: string } | null {
  const m = /^\s*([+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)/.exec(v);
  return m ? { n: Number(m[1]), rest: v.slice(m[0].length) } : null;
}

/**
 * CLIF_set_uint() / CLIF_set_double(): strtoul(arg, &q, 0) or strtod(), failing
 * on an empty argument or anything left over; strtoul() takes a sign (a
 * negative wraps around).
 */
function numArg(v: string, float: boolean): number | null {
  if (float) {
    const r = strtod(v);
    return r && r.rest === '' ? r.n : null;
  }
  const m = /^\s*([+-]?)(0x[0-9a-f]+|0[0-7]*|[1-9]\d*)$/i.exec(v);
  if (!m) return null;
  const n = Number(m[2]!.length > 1 && m[2]![0] === '0' && !/x/i.test(m[2]!) ? parseInt(m[2]!, 8) : m[2]!);
  return m[1] === '-' ? (-n) >>> 0 : n;
}

/**
 * set_wait_specs(): `-w MAX[cHERE[cNEAR]]`, any one character between the
 * numbers; HERE and NEAR not given are 0 (only MAX counts then).
 */
function setWait(a: TracerouteArgs, v: string): boolean {
  a.hereFactor = a.nearFactor = 0;
  const max = strtod(v);
  if (!max) return false;
  a.waitSecs = max.n;
  if (max.rest === '') return true;
  const here = strtod(max.rest.slice(1));
  if (!here) return false;
  a.hereFactor = here.n;
  if (here.rest === '') return true;
  const near = strtod(here.rest.slice(1));
  if (!near || near.rest !== '') return false;
  a.nearFactor = near.n;
  return true;
}

/** An option's handler: false when CLIF says "Cannot handle". */
function setValue(a: TracerouteArgs, opt: string, v: string, service?: TrService): boolean {
  const key = VALUE_OPTS[opt]!;
  if (key === 'wait') return setWait(a, v);
  if (key === 'modOptions') {
    a.modOptions.push(...v.split(',').filter((x) => x !== ''));
    return true;
  }
  if (key === 'raw') {
    // set_raw(): the raw method, its "protocol=" option.
    a.module = 'raw';
    a.modOptions.push(`protocol=${v}`);
    return true;
  }
  if (key === 'port' || key === 'srcPort') return setPort(a, key, v, service);
  if (key === 'device' || key === 'srcAddr' || key === 'module') {
    (a[key] as string) = v;
    return true;
  }
  const n = numArg(v, key === 'sendSecs');
  if (n === null) return false;
  (a[key] as number) = n;
  return true;
}

/**
 * set_port() of -p and --sport: strtoul(arg, &q, 0) of any numeric prefix,
 * else getservbyname(arg, NULL); -N 1 follows --sport in main().
 */
function setPort(a: TracerouteArgs, key: 'port' | 'srcPort', v: string, service?: TrService): boolean {
  const m = /^\s*([+-]?)(0x[0-9a-f]+|0[0-7]*|[1-9]\d*)/i.exec(v);
  const n = m ? strtoulUint(m[1]!, m[2]!) : service?.(v) ?? null;
  if (n === null) return false;
  a[key] = n;
  if (key === 'port') a.portSet = true;
  return true;
}

/**
 * strtoul() of a sign and digits, stored in an unsigned int: an unsigned
 * long that saturates at ULONG_MAX (64 bits) and is negated modulo 2^64,
 * then cut to its low 32 bits (`-p 4294967296` is 0, `-p -1` 4294967295).
 */
function strtoulUint(sign: string, digits: string): number {
  const ULONG_MAX = (1n << 64n) - 1n;
  const octal = digits.length > 1 && digits[0] === '0' && !/x/i.test(digits);
  let v = octal ? BigInt(`0o${digits.slice(1)}`) : BigInt(digits);
  if (v > ULONG_MAX) v = ULONG_MAX;
  else if (sign === '-') v = (ULONG_MAX + 1n - v) & ULONG_MAX;
  return Number(v & 0xffffffffn);
}

/** The range checks of main(), in its order. */
function check(a: TracerouteArgs): ArgsError | null {
  const fail = (message: string): ArgsError => ({ message, status: 2 });
  if (!a.firstHop || a.firstHop > a.maxHops) return fail('first hop out of range');
  if (a.maxHops > MAX_HOPS) return fail(`max hops cannot be more than ${MAX_HOPS}`);
  if (!a.probesPerHop || a.probesPerHop > MAX_PROBES) return fail(`no more than ${MAX_PROBES} probes per hop`);
  if (a.waitSecs < 0 || a.hereFactor < 0 || a.nearFactor < 0) {
    return fail(`bad wait specifications \`${a.waitSecs},${a.hereFactor},${a.nearFactor}' used`);
  }
  if (a.packetLen > MAX_PACKET_LEN) return fail(`too big packetlen ${a.packetLen} specified`);
  if (a.sendSecs < 0) return fail(`bad sendtime \`${a.sendSecs}' specified`);
  // "it is milliseconds"
  if (a.sendSecs >= 10) a.sendSecs /= 1000;
  // "if (src_port || ops->one_per_time) { sim_probes = 1; here_factor = near_factor = 0; }" (the raw method: one at a time)
  if (a.srcPort || a.module === 'raw') {
    a.simProbes = 1;
    a.hereFactor = a.nearFactor = 0;
  }
  return null;
}

/** Resolves -s's and -g's names (getaddr()): the address, or the gai_strerror() text. */
export type TrResolver = (name: string) => { addr: number } | { error: string };
/** getservbyname(name, NULL): the port of a service name, null when none. */
export type TrService = (name: string) => number | null;

/** CLIF's complaints, exit status 2. */
const cannotHandle = (opt: string, v: string, argc: number): ArgsError =>
  ({ message: `Cannot handle \`${opt}' option with arg \`${v}' (argc ${argc})`, status: 2 });
const requiresArg = (opt: string, c: string, argc: number): ArgsError => ({
  message: `Option \`${opt}' (argc ${argc}) requires an argument: \`${opt}${opt.startsWith('--') ? '=' : ' '}${ARG_NAMES[c]}'`,
  status: 2,
});

/**
 * One option with its value (`opt` as written, `argc` the index of the
 * word holding the value): -g and -s resolve their names here, as their
 * CLIF handlers do.
 */
function optionValue(
  a: TracerouteArgs, c: string, opt: string, v: string, argc: number, resolve?: TrResolver, service?: TrService,
): ArgsError | null {
  if (c === 'g' || c === 's') {
    const r = resolve?.(v) ?? { addr: 0 };
    // add_gateway(): getaddr() reports and exits; -s's handler fails into CLIF's message.
    if ('error' in r) return { message: `${v}: ${r.error}` + (c === 's' ? `\n${cannotHandle(opt, v, argc).message}` : ''), status: 2 };
    if (c === 'g') a.gateways.push(v);
    else a.srcAddr = resolve ? ipToString(r.addr) : v;
    return null;
  }
  return setValue(a, c, v, service) ? null : cannotHandle(opt, v, argc);
}

const FLAGS: Record<string, (a: TracerouteArgs) => void> = {
  n: (a) => { a.noresolve = true; },
  F: (a) => { a.dontfrag = true; },
  I: (a) => { a.module = 'icmp'; },
  T: (a) => { a.module = 'tcp'; },
  U: (a) => { a.module = 'udp'; },
  '4': (a) => { a.ipv6 = false; a.ipv4 = true; },
  e: (a) => { a.extension = true; },
  d: (a) => { a.debug = true; },
  r: (a) => { a.noroute = true; },
  '6': (a) => { a.ipv6 = true; a.ipv4 = false; },
  D: (a) => { a.module = 'dccp'; },
  A: (a) => { a.asLookups = true; },
};
const LONG_FLAGS: Record<string, string> = {
  numeric: 'n', icmp: 'I', tcp: 'T', 'dont-fragment': 'F', udp: 'U', extensions: 'e', debug: 'd', dccp: 'D',
  'as-path-lookups': 'A',
};
/** The options with only a long name (CLIF_set_flag). */
const LONG_ONLY_FLAGS: Record<string, (a: TracerouteArgs) => void> = {
  mtu: (a) => { a.mtudisc = true; },
  back: (a) => { a.backward = true; },
};

/** main(): "if (mtudisc) { dontfrag = 1; sim_probes = 1; if (packet_len < 0) packet_len = MAX_PACKET_LEN; }" */
function applyMtudisc(a: TracerouteArgs): void {
  if (!a.mtudisc) return;
  a.dontfrag = true;
  a.simProbes = 1;
  if (a.packetLen < 0) a.packetLen = MAX_PACKET_LEN;
}

/**
 * Split argv into options and the operands (host, packetlen), as CLIF_parse()
 * does: a short option's value attached or in the next word, a long
 * option's only after `=`.
 */
export function parseTracerouteArgs(argv: readonly string[], resolve?: TrResolver, service?: TrService): TracerouteArgs | ArgsError {
  const a = defaults();
  const operands: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const argc = i + 1;
    if (arg.startsWith('--') && arg.length > 2) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s) as [string, string | undefined];
      if (name === 'version' && inline === undefined) return { message: TRACEROUTE_VERSION, status: 0 };
      const flag = LONG_FLAGS[name];
      if ((flag || LONG_ONLY_FLAGS[name]) && inline !== undefined) {
        return { message: `Bad option \`${arg}' (with arg \`${inline}') (argc ${argc})`, status: 2 };
      }
      if (flag) FLAGS[flag]!(a);
      else if (LONG_ONLY_FLAGS[name]) LONG_ONLY_FLAGS[name](a);
      else {
        const c = name === 'gateway' ? 'g' : LONG_OPTS[name];
        if (!c) return { message: `Bad option \`${arg}' (argc ${argc})`, status: 2 };
        const opt = `--${name}`;
        if (inline === undefined) return requiresArg(opt, c, argc);
        const e = optionValue(a, c, opt, inline, argc, resolve, service);
        if (e) return e;
      }
      continue;
    }
    // CLIF_parse_cmdline(): "--" ends the options; every later word is an operand.
    if (arg === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg.length === 1) {
      operands.push(arg);
      continue;
    }
    // CLIF_ONEDASH: -UL is the long option "UL", not -U -L.
    if (arg === '-UL') {
      a.module = 'udplite';
      continue;
    }
    if (arg === '-V') return { message: TRACEROUTE_VERSION, status: 0 };
    for (let j = 1; j < arg.length; j++) {
      const c = arg[j]!;
      if (FLAGS[c]) FLAGS[c](a);
      else if (c === 'g' || c in VALUE_OPTS) {
        const attached = j + 1 < arg.length;
        // CLIF: a value may follow its option letter only when that letter opens the word (-q1, not -nq1).
        if (attached && j > 1) return requiresArg(`-${c}`, c, argc);
        const v = attached ? arg.slice(j + 1) : argv[++i];
        if (v === undefined) return requiresArg(`-${c}`, c, argc);
        const e = optionValue(a, c, `-${c}`, v, attached ? argc : i + 1, resolve, service);
        if (e) return e;
        break;
      } else return { message: `Bad option \`-${c}' (argc ${argc})`, status: 2 };
    }
  }
  if (!MODULES.includes(a.module)) return { message: `Unknown traceroute module ${a.module}`, status: 2 };
  if (operands.length === 0) return { message: 'Specify "host" missing argument.', status: 2 };
  if (operands.length > 2) return { message: `Extra arg \`${operands[2]}' (position 3, argc ${argv.length})`, status: 2 };
  a.host = operands[0]!;
  if (operands[1] !== undefined) {
    const n = numArg(operands[1], false);
    if (n === null) return { message: `Cannot handle "packetlen" cmdline arg \`${operands[1]}' on position 2 (argc ${argv.length})`, status: 2 };
    a.packetLen = n;
  }
  const e = check(a);
  if (e) return e;
  applyMtudisc(a);
  return a;
}
