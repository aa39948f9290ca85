/**
 * The hashlimit match of iptables 1.8.9 (libxt_hashlimit.c, revision 3):
 * --hashlimit-upto/--hashlimit-above a packet rate ("N[/second|minute|
 * hour|day]", any prefix of the unit) or a byte rate ("Nb/s", "Nkb/s",
 * "Nmb/s"), the burst, the hash mode and masks, the table's options, the
 * rate-match mode; their -L and -S texts.
 * @iptables extensions/libxt_hashlimit.c, libxtables/xtoptions.c
 */
import { parsePlen, plenMaskErr, strtoui, type Ext, type Info, type ParseErr } from './ipt_ext.js';

/** XT_HASHLIMIT_* (nft_xt_ext.ts's translation reads the mode too) */
export const HASH_DIP = 1 << 0;
export const HASH_DPT = 1 << 1;
export const HASH_SIP = 1 << 2;
export const HASH_SPT = 1 << 3;
export const INVERT = 1 << 4;
export const BYTES = 1 << 5;
const RATE_MATCH = 1 << 6;
const HASH_ANY = HASH_DIP | HASH_DPT | HASH_SIP | HASH_SPT;

/** XT_HASHLIMIT_SCALE_v2, XT_HASHLIMIT_BURST_MAX, XT_HASHLIMIT_BYTE_EXPIRE(_BURST), XT_HASHLIMIT_GCINTERVAL */
const SCALE = 1_000_000;
const BURST_MAX = 1_000_000;
const BYTE_EXPIRE = 15;
const BYTE_EXPIRE_BURST = 60;
const GCINTERVAL = 1000;
const U32_MAX = 0xffffffff;

const n = (i: Info, k: string): number => (typeof i[k] === 'number' ? (i[k] as number) : 0);

/** hashlimit_mt_opts[] in table order: the ids (O_*; "hashlimit" is O_UPTO's old name), upto and above exclusive, the name mandatory. */
const HASHLIMIT_OPTS = {
  'hashlimit-upto': { id: 0, excl: 2, invert: true }, 'hashlimit-above': { id: 1, excl: 1, invert: true }, hashlimit: { id: 0, excl: 2, invert: true },
  'hashlimit-srcmask': { id: 4 }, 'hashlimit-dstmask': { id: 5 }, 'hashlimit-burst': { id: 7 }, 'hashlimit-htable-size': { id: 8 },
  'hashlimit-htable-max': { id: 9 }, 'hashlimit-htable-gcinterval': { id: 10 }, 'hashlimit-htable-expire': { id: 11 },
  'hashlimit-mode': { id: 3 }, 'hashlimit-name': { id: 6, mand: true }, 'hashlimit-rate-match': { id: 12 }, 'hashlimit-rate-interval': { id: 13 },
};
const F_UPTO = 1 << 0;
const F_ABOVE = 1 << 1;
const F_BURST = 1 << 7;
const F_EXPIRE = 1 << 11;
const F_RATEMATCH = 1 << 12;
const HTABLE_FIELD: Readonly<Record<string, string>> = {
  'hashlimit-htable-size': 'size', 'hashlimit-htable-max': 'max', 'hashlimit-htable-gcinterval': 'gcInterval', 'hashlimit-htable-expire': 'expire',
};
const MODES: readonly [string, number][] = [['srcip', HASH_SIP], ['srcport', HASH_SPT], ['dstip', HASH_DIP], ['dstport', HASH_DPT]];

const badValue = (opt: string, arg: string): string => `hashlimit: Bad value for "--${opt}" option: "${arg}"`;

/** atoll(): the leading decimal number (0 when none). */
const atoll = (s: string): number => Number(/^\s*[+-]?[0-9]*/.exec(s)![0].trim() || 0) || 0;

/** cost_to_bytes() / bytes_to_cost() */
const costToBytes = (cost: number): number => ((cost ? Math.floor(U32_MAX / cost) : U32_MAX) - 1) * 16;
const bytesToCost = (bytes: number): number => Math.floor(U32_MAX / (Math.floor(bytes / 16) + 1));
const factor = (c: string | undefined): number => (c === 'm' ? 1024 * 1024 : c === 'k' ? 1024 : 1);

/** parse_bytes(): "N[k|m]b/s" → the cost per 16-byte chunk; null when not a byte rate. */
function parseBytes(rate: string): number | string | null {
  const at = rate.indexOf('b/s');
  if (at <= 0) return null;
  const r = atoll(rate);
  if (r === 0) return null;
  const cost = bytesToCost(r * factor(rate[at - 1]));
  return cost === 0 ? `Rate too high "${rate}"` : cost;
}

/** parse_rate(): "N[/unit]" → [period in 1/1000000 s, the unit's seconds]; null for a bad one. */
function parseRate(rate: string): [number, number] | string | null {
  let mult = 1;
  const slash = rate.indexOf('/');
  if (slash >= 0) {
    const unit = rate.slice(slash + 1).toLowerCase();
    const m = [['second', 1], ['minute', 60], ['hour', 3600], ['day', 86400]].find(([w]) => unit && (w as string).startsWith(unit));
    if (!m) return null;
    mult = m[1] as number;
  }
  const r = atoll(rate);
  if (!r) return null;
  const avg = Math.floor((SCALE * mult) / r);
  return avg === 0 ? `Rate too fast "${rate}"` : [avg, mult];
}

/** parse_burst(revision 2+): a count 1-1000000, or bytes with a k/m suffix. */
function parseBurst(s: string): number | string {
  const m = /^\s*\+?([0-9]+)(.*)$/.exec(s);
  const v = m ? Number(m[1]) : 0;
  if (!m || v < 1 || (m[2] === '' && v > BURST_MAX)) return `bad value for option "--hashlimit-burst", or out of range (1-${BURST_MAX}).`;
  return v * factor(m[2]![0]);
}

function parseOpt(o: string, arg: string, inv: boolean, info: Info): ParseErr {
  if (o === 'hashlimit-upto' || o === 'hashlimit' || o === 'hashlimit-above') {
    // "!" turns either round; --hashlimit is the old name of --hashlimit-upto.
    if ((o === 'hashlimit-above') !== inv) info['mode'] = n(info, 'mode') | INVERT;
    const bytes = parseBytes(arg);
    if (typeof bytes === 'string') return bytes;
    if (bytes !== null) {
      Object.assign(info, { avg: bytes, mode: n(info, 'mode') | BYTES, mult: BYTE_EXPIRE });
      return null;
    }
    const r = parseRate(arg);
    if (typeof r === 'string') return r;
    if (!r) return badValue(o === 'hashlimit-above' ? o : 'hashlimit-upto', arg);
    Object.assign(info, { avg: r[0], mult: r[1] });
  } else if (o === 'hashlimit-mode') {
    let mode = n(info, 'mode');
    for (const tok of arg.split(/[,|]/).filter(Boolean)) {
      const m = MODES.find((x) => x[0] === tok);
      if (!m) return badValue(o, arg);
      mode |= m[1];
    }
    info['mode'] = mode;
  } else if (o === 'hashlimit-srcmask' || o === 'hashlimit-dstmask') {
    // XTTYPE_PLEN: a length, or a mask's (255 when not contiguous); the kernel refuses more than 32.
    const v = parsePlen(arg);
    if (v === null) return plenMaskErr('hashlimit', o);
    info[o === 'hashlimit-srcmask' ? 'srcmask' : 'dstmask'] = v;
  } else if (o === 'hashlimit-name') {
    if (arg.length < 1) return 'Argument must have a minimum length of 1 characters\n';
    info['name'] = arg;
  } else if (o === 'hashlimit-burst') {
    const v = parseBurst(arg);
    if (typeof v === 'string') return v;
    info['burst'] = v;
  } else if (o === 'hashlimit-rate-match') info['mode'] = n(info, 'mode') | RATE_MATCH;
  else if (o === 'hashlimit-rate-interval') {
    const v = atoll(arg);
    if (v <= 0) return badValue(o, arg);
    info['interval'] = v;
  } else {
    const v = strtoui(arg, U32_MAX);
    if (v === null) return `hashlimit: bad value for option "--${o}", or out of range (0-${U32_MAX}).\n`;
    info[HTABLE_FIELD[o]!] = v;
  }
  return null;
}

/** hashlimit_mt_check(): the rate is required; the expiry follows its unit; a byte burst becomes a count of rates. */
function check(i: Info, g: number): ParseErr {
  if (!(g & (F_UPTO | F_ABOVE))) return 'You have to specify --hashlimit';
  if (!(g & F_EXPIRE)) i['expire'] = n(i, 'mult') * 1000;
  if (n(i, 'mode') & BYTES) {
    let burst = 0;
    if (g & F_BURST) {
      const unit = costToBytes(n(i, 'avg'));
      if (n(i, 'burst') < unit) return `burst cannot be smaller than ${unit}b`;
      burst = Math.ceil(n(i, 'burst') / unit);
      if (!(g & F_EXPIRE)) i['expire'] = BYTE_EXPIRE_BURST * 1000;
    }
    i['burst'] = burst;
  }
  if (g & F_RATEMATCH) {
    if (!(n(i, 'mode') & BYTES)) i['avg'] = Math.floor(n(i, 'avg') / n(i, 'mult'));
    if (n(i, 'interval') === 0) i['interval'] = n(i, 'mode') & BYTES ? 1 : n(i, 'mult');
  }
  return null;
}


/** rates[]: each unit's name as -L shows it, as nft's translation writes it, and its length in SCALE units. */
const RATES: readonly [string, string, number][] = [
  ['day', 'day', SCALE * 86400], ['hour', 'hour', SCALE * 3600], ['min', 'minute', SCALE * 60], ['sec', 'second', SCALE],
];

/**
 * The loop of print_rate() and print_packets_rate_xlate(): the largest unit
 * that shows a rate of one packet per `period` exactly enough, and the count
 * per that unit. `period` is not 0.
 */
export function hashlimitRateUnit(period: number): { count: number; name: string; xlateName: string; mult: number } {
  let k = 1;
  for (; k < RATES.length; k++) if (period > RATES[k]![2] || Math.floor(RATES[k]![2] / period) < RATES[k]![2] % period) break;
  const [name, xlateName, mult] = RATES[k - 1]!;
  return { count: Math.floor(mult / period), name, xlateName, mult };
}

/** print_rate(): the rate in the largest unit that shows it exactly enough; the unit's length in ms. */
function printRate(period: number): [string, number] {
  if (period === 0) return [' inf', 0];
  const r = hashlimitRateUnit(period);
  return [` ${r.count}/${r.name}`, (r.mult / SCALE) * 1000];
}

const UNITS: readonly [string, number][] = [['m', 1024 * 1024], ['k', 1024], ['', 1]];

/** print_bytes(): the byte rate and the burst in bytes, in the largest unit that fits. */
function printBytes(avg: number, burst: number, prefix: string): [string, number] {
  let r = costToBytes(avg);
  let k = 0;
  for (; k < UNITS.length - 1; k++) if (r >= UNITS[k]![1] && bytesToCost(r - (r % UNITS[k]![1])) === avg) break;
  let s = ` ${Math.floor(r / UNITS[k]![1])}${UNITS[k]![0]}b/s`;
  if (burst === 0) return [s, BYTE_EXPIRE * 1000];
  r *= burst;
  for (k = 0; k < UNITS.length - 1; k++) if (r >= UNITS[k]![1]) break;
  s += ` ${prefix}burst ${Math.floor(r / UNITS[k]![1])}${UNITS[k]![0]}b`;
  return [s, BYTE_EXPIRE_BURST * 1000];
}

/** print_bytes_rate_xlate(): " N [k|m]bytes/second", and " burst N [k|m]bytes" for a burst. */
export function hashlimitBytesXlate(avg: number, burst: number): string {
  let r = costToBytes(avg);
  let k = 0;
  for (; k < UNITS.length - 1; k++) if (r >= UNITS[k]![1] && bytesToCost(r - (r % UNITS[k]![1])) === avg) break;
  let s = ` ${Math.floor(r / UNITS[k]![1])} ${UNITS[k]![0]}bytes/second`;
  r *= burst;
  for (k = 0; k < UNITS.length - 1; k++) if (r >= UNITS[k]![1]) break;
  if (burst > 0) s += ` burst ${Math.floor(r / UNITS[k]![1])} ${UNITS[k]![0]}bytes`;
  return s;
}

const modeText = (mode: number, sep: string): string => ' ' + MODES.filter((m) => mode & m[1]).map((m) => m[0]).join(sep);

/** hashlimit_mt_print() (save false) and hashlimit_mt_save() (save true). */
function text(i: Info, save: boolean): string {
  const mode = n(i, 'mode');
  const w = (list: string, opt: string): string => (save ? ` --hashlimit-${opt}` : ` ${list}`);
  let s = save ? (mode & INVERT ? ' --hashlimit-above' : ' --hashlimit-upto') : mode & INVERT ? ' limit: above' : ' limit: up to';
  let quantum: number;
  if (mode & BYTES) {
    const [t, q] = printBytes(n(i, 'avg'), n(i, 'burst'), save ? '--hashlimit-' : '');
    s += t;
    quantum = q;
  } else {
    const period = !save && n(i, 'interval') ? n(i, 'avg') * n(i, 'interval') : n(i, 'avg');
    const [t, q] = printRate(period);
    s += `${t}${w('burst', 'burst')} ${n(i, 'burst')}`;
    quantum = q;
  }
  if (mode & HASH_ANY) s += w('mode', 'mode') + modeText(mode, save ? ',' : '-');
  if (save) s += ` --hashlimit-name ${String(i['name'])}`;
  if (n(i, 'size')) s += `${w('htable-size', 'htable-size')} ${n(i, 'size')}`;
  if (n(i, 'max')) s += `${w('htable-max', 'htable-max')} ${n(i, 'max')}`;
  if (n(i, 'gcInterval') !== GCINTERVAL) s += `${w('htable-gcinterval', 'htable-gcinterval')} ${n(i, 'gcInterval')}`;
  if (n(i, 'expire') !== quantum) s += `${w('htable-expire', 'htable-expire')} ${n(i, 'expire')}`;
  if (n(i, 'srcmask') !== 32) s += `${w('srcmask', 'srcmask')} ${n(i, 'srcmask')}`;
  if (n(i, 'dstmask') !== 32) s += `${w('dstmask', 'dstmask')} ${n(i, 'dstmask')}`;
  if (mode & RATE_MATCH) {
    s += w('rate-match', 'rate-match');
    if (n(i, 'interval') !== 1) s += `${w('rate-interval', 'rate-interval')} ${n(i, 'interval')}`;
  }
  return s;
}

export const hashlimit: Ext = {
  name: 'hashlimit', revision: 3,
  opts: Object.fromEntries(Object.keys(HASHLIMIT_OPTS).map((o) => [o, o !== 'hashlimit-rate-match'])),
  xtopts: HASHLIMIT_OPTS,
  init: () => ({ mode: 0, avg: 0, burst: 5, size: 0, max: 0, gcInterval: GCINTERVAL, expire: 0, srcmask: 32, dstmask: 32, interval: 0, name: '', mult: 1 }),
  parse: parseOpt,
  final(i, ctx) {
    const err = check(i, ctx.xflags);
    // udata: the unit of the rate, for the default expiry only.
    delete i['mult'];
    return err;
  },
  print: (i) => text(i, false),
  save: (i) => text(i, true),
};
