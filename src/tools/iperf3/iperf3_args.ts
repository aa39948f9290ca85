/**
 * iperf3 3.12's command line (iperf_parse_arguments()): the options the lab
 * implements, its messages for a bad or missing argument, and a clear
 * refusal for the options it does not.
 * @iperf3 src/iperf_api.c iperf_parse_arguments()
 */
import { USAGE_LONG, unitAtof, unitAtofRate } from './iperf3_report.js';

export interface Iperf3Opts {
  role: 's' | 'c' | null;
  host: string;
  port: number;
  bind: string | null;
  time: number;
  bytes: number;
  udp: boolean;
  /** bits/s; 0 unlimited (TCP), null: the protocol's default. */
  bandwidth: number | null;
  reverse: boolean;
  parallel: number;
  oneOff: boolean;
  interval: number;
  len: number;
  cport: number;
  noDelay: boolean;
  version: boolean;
  help: boolean;
  json: boolean;
  logfile: string | null;
}

export class ArgError extends Error {
  constructor(
    readonly text: string,
    readonly usage: 'param' | 'long' | 'none',
  ) {
    super(text);
  }
}

/** Options with an argument, by short and long name. */
const WITH_ARG = new Map<string, string>([
  ['p', 'port'], ['c', 'client'], ['B', 'bind'], ['t', 'time'], ['n', 'bytes'], ['b', 'bitrate'], ['P', 'parallel'],
  ['i', 'interval'], ['l', 'length'], ['f', 'format'], ['k', 'blockcount'], ['w', 'window'], ['C', 'congestion'],
  ['M', 'set-mss'], ['S', 'tos'], ['O', 'omit'], ['T', 'title'], ['A', 'affinity'], ['I', 'pidfile'], ['F', 'file'],
  ['L', 'flowlabel'], ['X', 'xbind'],
]);
const FLAGS = new Map<string, string>([
  ['s', 'server'], ['u', 'udp'], ['R', 'reverse'], ['1', 'one-off'], ['N', 'no-delay'], ['v', 'version'], ['h', 'help'],
  ['4', 'version4'], ['6', 'version6'], ['J', 'json'], ['V', 'verbose'], ['D', 'daemon'], ['Z', 'zerocopy'], ['d', 'debug'],
]);
const LONG_ONLY_ARG = new Set(['cport', 'logfile', 'bind-dev', 'connect-timeout', 'pacing-timer', 'fq-rate', 'dscp', 'extra-data',
  'rcv-timeout', 'snd-timeout', 'server-bitrate-limit', 'idle-timeout', 'nstreams', 'username', 'rsa-public-key-path',
  'rsa-private-key-path', 'authorized-users-path', 'time-skew-threshold']);
const LONG_ONLY_FLAG = new Set(['sctp', 'bidir', 'forceflush', 'get-server-output', 'udp-counters-64bit', 'repeating-payload',
  'dont-fragment', 'timestamps']);
/** What the lab implements (by long name). */
const DONE = new Set(['port', 'client', 'bind', 'time', 'bytes', 'bitrate', 'parallel', 'interval', 'length', 'server', 'udp',
  'reverse', 'one-off', 'no-delay', 'version', 'help', 'version4', 'cport', 'json', 'logfile']);

/** getopt_long() over argv: [name, value] pairs, or getopt's complaint. */
function scan(argv: string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const known = [...WITH_ARG.values()].includes(name) || LONG_ONLY_ARG.has(name);
      if (!known && ![...FLAGS.values()].includes(name) && !LONG_ONLY_FLAG.has(name)) throw new ArgError(`iperf3: unrecognized option '${a}'`, 'long');
      if (!known) out.push([name, '']);
      else if (eq >= 0) out.push([name, a.slice(eq + 1)]);
      else if (i + 1 < argv.length) out.push([name, argv[++i]!]);
      else throw new ArgError(`iperf3: option '${a}' requires an argument`, 'long');
      continue;
    }
    if (!a.startsWith('-') || a === '-') throw new ArgError('iperf3: parameter error - must either be a client (-c) or server (-s)', 'param');
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      const long = WITH_ARG.get(c);
      if (long) {
        const v = j + 1 < a.length ? a.slice(j + 1) : argv[++i];
        if (v === undefined) throw new ArgError(`iperf3: option requires an argument -- '${c}'`, 'long');
        out.push([long, v]);
        break;
      }
      const flag = FLAGS.get(c);
      if (!flag) throw new ArgError(`iperf3: invalid option -- '${c}'`, 'long');
      out.push([flag, '']);
    }
  }
  return out;
}

function num(v: string, what: string): number {
  const n = unitAtof(v);
  if (n === null) throw new ArgError(`iperf3: parameter error - invalid ${what}`, 'param');
  return n;
}

export function parseArgs(argv: string[]): Iperf3Opts {
  const o: Iperf3Opts = {
    role: null, host: '', port: 5201, bind: null, time: 10, bytes: 0, udp: false, bandwidth: null, reverse: false,
    parallel: 1, oneOff: false, interval: 1, len: 0, cport: 0, noDelay: false, version: false, help: false, json: false, logfile: null,
  };
  for (const [name, v] of scan(argv)) {
    if (!DONE.has(name)) throw new ArgError(`iperf3: parameter error - option --${name} is not supported in the lab`, 'none');
    switch (name) {
      case 'server': o.role = 's'; break;
      case 'client': o.role = 'c'; o.host = v; break;
      case 'port': o.port = Math.floor(num(v, 'port')); break;
      case 'bind': o.bind = v; break;
      case 'time': o.time = Number(v); break;
      case 'bytes': o.bytes = Math.floor(num(v, 'number of bytes')); break;
      case 'bitrate': o.bandwidth = unitAtofRate(v.split('/')[0]!) ?? 0; break;
      case 'parallel': o.parallel = Math.floor(Number(v)); break;
      case 'interval': o.interval = Number(v); break;
      case 'length': o.len = Math.floor(num(v, 'block size')); break;
      case 'cport': o.cport = Math.floor(Number(v)); break;
      case 'udp': o.udp = true; break;
      case 'reverse': o.reverse = true; break;
      case 'one-off': o.oneOff = true; break;
      case 'no-delay': o.noDelay = true; break;
      case 'version': o.version = true; break;
      case 'help': o.help = true; break;
      case 'json': o.json = true; break;
      case 'logfile': o.logfile = v; break;
      default: break;
    }
  }
  if (o.help || o.version) return o;
  if (o.role === null) throw new ArgError('iperf3: parameter error - must either be a client (-c) or server (-s)', 'param');
  if (o.parallel < 1 || o.parallel > 128) throw new ArgError('iperf3: parameter error - number of parallel streams too large (maximum = 128)', 'param');
  if (!(o.time > 0) || o.time > 86400) throw new ArgError('iperf3: parameter error - test duration valid values are 0 to 86400 seconds', 'param');
  if (o.interval !== 0 && (o.interval < 0.1 || o.interval > 60)) {
    throw new ArgError('iperf3: parameter error - invalid report interval (min = 0.1, max = 60 seconds)', 'param');
  }
  return o;
}

export { USAGE_LONG };
