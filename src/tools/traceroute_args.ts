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
/** DEF_UDP_PORT: "start from traditional unlikely port" (mod-udp.c). */
export const DEF_UDP_PORT = 33434;

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
  tos: number;
  /** -i */
  device: string | null;
  /** -s */
  srcAddr: string | null;
  /** The method: -I icmp, -T tcp, -M NAME; udp by default. */
  module: 'default' | 'udp' | 'icmp' | 'tcp';
  /** -O: the method's own options, comma-separated words. */
  modOptions: string[];
  /** -p was given (its default depends on the method). */
  portSet: boolean;
  /** -g: the gateways of a loose source route, in order. */
  gateways: string[];
}

/** An error to print (stderr) and the exit status. */
export interface ArgsError {
  message: string;
  status: number;
}

const VALUE_OPTS: Record<string, keyof TracerouteArgs | 'wait'> = {
  q: 'probesPerHop', N: 'simProbes', m: 'maxHops', f: 'firstHop', p: 'port', z: 'sendSecs', t: 'tos',
  w: 'wait', i: 'device', s: 'srcAddr', M: 'module', O: 'modOptions',
};
const LONG_OPTS: Record<string, string> = {
  queries: 'q', 'sim-queries': 'N', 'max-hops': 'm', first: 'f', port: 'p', sendwait: 'z', tos: 't', wait: 'w',
  interface: 'i', source: 's', module: 'M', options: 'O',
};
const MODULES = ['default', 'udp', 'icmp', 'tcp'] as const;

function defaults(): TracerouteArgs {
  return {
    host: '', packetLen: -1, firstHop: 1, maxHops: DEF_HOPS, probesPerHop: DEF_NUM_PROBES, simProbes: DEF_SIM_PROBES,
    waitSecs: DEF_WAIT_SECS, hereFactor: DEF_HERE_FACTOR, nearFactor: DEF_NEAR_FACTOR, port: DEF_UDP_PORT, sendSecs: 0,
    noresolve: false, dontfrag: false, tos: 0, device: null, srcAddr: null, module: 'default', modOptions: [], portSet: false,
    gateways: [],
  };
}

/** CLIF's numeric argument: an integer (or a number for -z), else its complaint. */
function numArg(opt: string, v: string, float: boolean): number | ArgsError {
  const ok = float ? /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v) : /^[+-]?(0x[0-9a-f]+|\d+)$/i.test(v);
  if (!ok) return { message: `Bad option \`-${opt}' (argc 1): Bad argument \`${v}'`, status: 2 };
  return Number(v);
}

/** `-w MAX,HERE,NEAR` (separators `,` or `/`): the missing tail keeps its defaults. */
function setWait(a: TracerouteArgs, v: string): ArgsError | null {
  const parts = v.split(/[,/]/);
  const nums = parts.map((s) => (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : NaN));
  if (nums.some((n) => Number.isNaN(n)) || nums.length > 3) return { message: `Bad option \`-w' (argc 1): Bad argument \`${v}'`, status: 2 };
  a.waitSecs = nums[0]!;
  if (nums.length > 1) a.hereFactor = nums[1]!;
  if (nums.length > 2) a.nearFactor = nums[2]!;
  return null;
}

function setValue(a: TracerouteArgs, opt: string, v: string): ArgsError | null {
  const key = VALUE_OPTS[opt]!;
  if (key === 'wait') return setWait(a, v);
  if (key === 'module') {
    const m = MODULES.find((x) => x === v);
    if (!m) return { message: `Unknown traceroute module ${v}`, status: 2 };
    a.module = m;
    return null;
  }
  if (key === 'modOptions') {
    a.modOptions.push(...v.split(',').filter((x) => x !== ''));
    return null;
  }
  if (key === 'port') a.portSet = true;
  if (key === 'device' || key === 'srcAddr') {
    a[key] = v;
    return null;
  }
  const n = numArg(opt, v, key === 'sendSecs');
  if (typeof n !== 'number') return n;
  (a[key] as number) = n;
  return null;
}

/** The range checks of main(), in its order. */
function check(a: TracerouteArgs): ArgsError | null {
  const fail = (message: string): ArgsError => ({ message, status: 2 });
  if (a.firstHop > a.maxHops) return fail('first hop out of range');
  if (a.maxHops > MAX_HOPS) return fail(`max hops cannot be more than ${MAX_HOPS}`);
  if (!a.probesPerHop || a.probesPerHop > MAX_PROBES) return fail(`no more than ${MAX_PROBES} probes per hop`);
  if (a.waitSecs < 0 || a.hereFactor < 0 || a.nearFactor < 0) {
    return fail(`bad wait specifications \`${a.waitSecs},${a.hereFactor},${a.nearFactor}' used`);
  }
  if (a.packetLen > MAX_PACKET_LEN) return fail(`too big packetlen ${a.packetLen} specified`);
  if (a.sendSecs < 0) return fail(`bad sendtime \`${a.sendSecs}' specified`);
  // "it is milliseconds"
  if (a.sendSecs >= 10) a.sendSecs /= 1000;
  return null;
}

/** add_gateway(): -g, several allowed (init_ip_options() checks IPv4's limit of 8). */
function addGateway(a: TracerouteArgs, v: string): ArgsError | null {
  a.gateways.push(v);
  return null;
}

/** Split argv into options and the operands (host, packetlen). */
export function parseTracerouteArgs(argv: readonly string[]): TracerouteArgs | ArgsError {
  const a = defaults();
  const operands: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--') && arg.length > 2) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s) as [string, string | undefined];
      if (name === 'numeric') a.noresolve = true;
      else if (name === 'icmp') a.module = 'icmp';
      else if (name === 'tcp') a.module = 'tcp';
      else if (name === 'dont-fragment') a.dontfrag = true;
      else if (name === 'gateway') {
        const v = inline ?? argv[++i];
        if (v === undefined) return { message: `Option \`${arg}' (argc ${i}) requires an argument`, status: 2 };
        const e = addGateway(a, v);
        if (e) return e;
      } else {
        const opt = LONG_OPTS[name];
        if (!opt) return { message: `Bad option \`${arg}' (argc ${i + 1})`, status: 2 };
        const v = inline ?? argv[++i];
        if (v === undefined) return { message: `Option \`${arg}' (argc ${i}) requires an argument`, status: 2 };
        const e = setValue(a, opt, v);
        if (e) return e;
      }
      continue;
    }
    if (!arg.startsWith('-') || arg.length === 1) {
      operands.push(arg);
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const c = arg[j]!;
      if (c === 'n') a.noresolve = true;
      else if (c === 'F') a.dontfrag = true;
      else if (c === 'I') a.module = 'icmp';
      else if (c === 'T') a.module = 'tcp';
      else if (c === '4' || c === 'U') continue;
      else if (c === 'g') {
        const v = j + 1 < arg.length ? arg.slice(j + 1) : argv[++i];
        if (v === undefined) return { message: `Option \`-${c}' (argc ${i}) requires an argument`, status: 2 };
        const e = addGateway(a, v);
        if (e) return e;
        break;
      } else if (c in VALUE_OPTS) {
        const v = j + 1 < arg.length ? arg.slice(j + 1) : argv[++i];
        if (v === undefined) return { message: `Option \`-${c}' (argc ${i}) requires an argument`, status: 2 };
        const e = setValue(a, c, v);
        if (e) return e;
        break;
      } else return { message: `Bad option \`-${c}' (argc ${i + 1})`, status: 2 };
    }
  }
  if (operands.length === 0) return { message: 'Specify "host" missing argument.', status: 2 };
  if (operands.length > 2) return { message: `Extra arg \`${operands[2]}' (position 3, argc ${argv.length})`, status: 2 };
  a.host = operands[0]!;
  if (operands[1] !== undefined) {
    const n = numArg('packetlen', operands[1], false);
    if (typeof n !== 'number') return { message: `Cannot handle "packetlen" cmdline arg \`${operands[1]}' on position 2 (argc ${argv.length})`, status: 2 };
    a.packetLen = n;
  }
  return check(a) ?? a;
}
