/**
 * date as coreutils 9.1 prints it in the C locale (src/date.c, gnulib
 * nstrftime.c), on the lab's clock: gettimeofday() is the virtual time from
 * LAB_EPOCH_SEC. Display: the default `%a %b %e %H:%M:%S %Z %Y`, +FORMAT with
 * strftime's conversions and GNU's flags (- _ 0 ^ #) and widths, -u, -R, -I,
 * --rfc-3339. -d takes `@SECONDS`, `now`, and `YYYY-MM-DD[ HH:MM[:SS]]`. Time
 * zones: UTC, or a POSIX `NAME[+-]H[:MM]` without daylight saving (the lab has
 * no zoneinfo); the clock cannot be set.
 */
import { LAB_EPOCH_SEC } from '../../tools/ping_common.js';
import { type Cmd, Fail, guarded } from './common.js';
import { quote } from './quote.js';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A broken-down time (struct tm) with its zone and nanoseconds. */
export interface Tm {
  /** Seconds since the epoch (may be fractional-free negative). */
  readonly sec: number;
  readonly nsec: number;
  readonly year: number;
  /** 0-11 */
  readonly mon: number;
  readonly mday: number;
  readonly hour: number;
  readonly min: number;
  readonly s: number;
  /** 0 = Sunday */
  readonly wday: number;
  /** 0-365 */
  readonly yday: number;
  /** Seconds east of UTC. */
  readonly gmtoff: number;
  readonly zone: string;
}

export interface Zone {
  readonly name: string;
  readonly offset: number;
}

const UTC: Zone = { name: 'UTC', offset: 0 };

/** The zone TZ names: unset or unknown is UTC; POSIX `STDoffset` (offset west of UTC) is honoured. */
export function zoneOf(tz: string | undefined): Zone {
  if (tz === undefined) return UTC;
  const m = /^:?([A-Za-z]{3,}|<[^>]+>)(?:([+-]?)(\d{1,2})(?::(\d{2}))?)?$/.exec(tz);
  if (!m) return UTC;
  const name = m[1]!.replace(/^<|>$/g, '');
  const west = (Number(m[3] ?? 0) * 3600 + Number(m[4] ?? 0) * 60) * (m[2] === '-' ? -1 : 1);
  return { name, offset: -west };
}

/** localtime()/gmtime(): `sec` seconds since the epoch in `zone`. */
export function breakDown(sec: number, nsec: number, zone: Zone): Tm {
  const d = new Date((sec + zone.offset) * 1000);
  const year = d.getUTCFullYear();
  const yday = Math.floor((Date.UTC(year, d.getUTCMonth(), d.getUTCDate()) - Date.UTC(year, 0, 1)) / 86400000);
  return {
    sec, nsec, year, mon: d.getUTCMonth(), mday: d.getUTCDate(), hour: d.getUTCHours(), min: d.getUTCMinutes(),
    s: d.getUTCSeconds(), wday: d.getUTCDay(), yday, gmtoff: zone.offset, zone: zone.name,
  };
}

/** ISO 8601 week-based year and week (nstrftime's iso_week_days). */
function isoWeek(t: Tm): { year: number; week: number } {
  const isoDays = (yday: number, wday: number): number => yday - ((yday - wday + 382) % 7) + 3;
  let year = t.year;
  let days = isoDays(t.yday, t.wday);
  if (days < 0) {
    year--;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    days = isoDays(t.yday + (leap ? 366 : 365), t.wday);
  } else {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const next = isoDays(t.yday - (leap ? 366 : 365), t.wday);
    if (next >= 0) {
      year++;
      days = next;
    }
  }
  return { year, week: Math.floor(days / 7) + 1 };
}

function offsetText(off: number, colons: number): string {
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  const hh = String(Math.floor(a / 3600)).padStart(2, '0');
  const mm = String(Math.floor((a % 3600) / 60)).padStart(2, '0');
  const ss = String(a % 60).padStart(2, '0');
  if (colons === 0) return `${sign}${hh}${mm}`;
  if (colons === 1) return `${sign}${hh}:${mm}`;
  return `${sign}${hh}:${mm}:${ss}`;
}

/** A number conversion: its value, default width and pad ('0' or ' '). */
type Num = { n: number; width: number; pad: '0' | ' ' };

function numeric(t: Tm, c: string): Num | null {
  const iso = (): { year: number; week: number } => isoWeek(t);
  const h12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  const table: Record<string, () => Num> = {
    C: () => ({ n: Math.floor(t.year / 100), width: 2, pad: '0' }),
    d: () => ({ n: t.mday, width: 2, pad: '0' }),
    e: () => ({ n: t.mday, width: 2, pad: ' ' }),
    g: () => ({ n: ((iso().year % 100) + 100) % 100, width: 2, pad: '0' }),
    G: () => ({ n: iso().year, width: 1, pad: '0' }),
    H: () => ({ n: t.hour, width: 2, pad: '0' }),
    I: () => ({ n: h12, width: 2, pad: '0' }),
    j: () => ({ n: t.yday + 1, width: 3, pad: '0' }),
    k: () => ({ n: t.hour, width: 2, pad: ' ' }),
    l: () => ({ n: h12, width: 2, pad: ' ' }),
    m: () => ({ n: t.mon + 1, width: 2, pad: '0' }),
    M: () => ({ n: t.min, width: 2, pad: '0' }),
    q: () => ({ n: Math.floor(t.mon / 3) + 1, width: 1, pad: '0' }),
    s: () => ({ n: t.sec, width: 1, pad: '0' }),
    S: () => ({ n: t.s, width: 2, pad: '0' }),
    u: () => ({ n: t.wday === 0 ? 7 : t.wday, width: 1, pad: '0' }),
    U: () => ({ n: Math.floor((t.yday - t.wday + 7) / 7), width: 2, pad: '0' }),
    V: () => ({ n: iso().week, width: 2, pad: '0' }),
    w: () => ({ n: t.wday, width: 1, pad: '0' }),
    W: () => ({ n: Math.floor((t.yday - ((t.wday - 1 + 7) % 7) + 7) / 7), width: 2, pad: '0' }),
    y: () => ({ n: ((t.year % 100) + 100) % 100, width: 2, pad: '0' }),
    Y: () => ({ n: t.year, width: 1, pad: '0' }),
  };
  return table[c]?.() ?? null;
}

/** Text conversions (and the composite ones, expanded recursively). */
function textual(t: Tm, c: string): string | null {
  switch (c) {
    case 'a': return DAYS[t.wday]!.slice(0, 3);
    case 'A': return DAYS[t.wday]!;
    case 'b':
    case 'h': return MONTHS[t.mon]!.slice(0, 3);
    case 'B': return MONTHS[t.mon]!;
    case 'c': return strftime('%a %b %e %H:%M:%S %Y', t);
    case 'D':
    case 'x': return strftime('%m/%d/%y', t);
    case 'F': return strftime('%Y-%m-%d', t);
    case 'n': return '\n';
    case 'p': return t.hour < 12 ? 'AM' : 'PM';
    case 'P': return t.hour < 12 ? 'am' : 'pm';
    case 'r': return strftime('%I:%M:%S %p', t);
    case 'R': return strftime('%H:%M', t);
    case 't': return '\t';
    case 'T':
    case 'X': return strftime('%H:%M:%S', t);
    case 'Z': return t.zone;
    case '%': return '%';
    default: return null;
  }
}

/** One conversion with its flags and width; null when `c` is not a conversion. */
function conversion(t: Tm, flag: string, width: number, colons: number, c: string): string | null {
  if (c === 'z') {
    return pad(offsetText(t.gmtoff, colons), width, flag === '_' ? ' ' : '0');
  }
  if (colons > 0) return null;
  if (c === 'N') {
    const digits = String(t.nsec).padStart(9, '0');
    return width > 0 && width < 9 ? digits.slice(0, width) : digits.padEnd(width, '0');
  }
  const num = numeric(t, c);
  if (num) {
    const neg = num.n < 0;
    const digits = String(Math.abs(num.n));
    if (flag === '-') return (neg ? '-' : '') + digits;
    const p = flag === '_' ? ' ' : flag === '0' ? '0' : num.pad;
    const w = Math.max(width, num.width);
    if (p === ' ') return ((neg ? '-' : '') + digits).padStart(w, ' ');
    return (neg ? '-' : '') + digits.padStart(w - (neg ? 1 : 0), '0');
  }
  let s = textual(t, c);
  if (s === null) return null;
  if (flag === '^') s = s.toUpperCase();
  else if (flag === '#') s = /[a-z]/.test(s) ? s.toUpperCase() : s.toLowerCase();
  return flag === '-' ? s : pad(s, width, flag === '0' ? '0' : ' ');
}

function pad(s: string, width: number, p: string): string {
  if (s.length >= width) return s;
  if (p === '0' && /^[+-]/.test(s)) return s[0] + s.slice(1).padStart(width - 1, '0');
  return s.padStart(width, p);
}

/** nstrftime(): an unknown conversion is copied as written. */
export function strftime(fmt: string, t: Tm): string {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i]!;
    if (ch !== '%') {
      out += ch;
      continue;
    }
    const m = /^%([-_0^#]*)(\d*)(:*)(.?)/.exec(fmt.slice(i))!;
    const flags = m[1]!;
    const flag = flags.replace(/[\^#]/g, '').slice(-1) || (flags.includes('^') ? '^' : flags.includes('#') ? '#' : '');
    let s = m[4] === '' ? null : conversion(t, flag, Number(m[2] || 0), m[3]!.length, m[4]!);
    if (s !== null && flags.includes('^') && flag !== '^') s = s.toUpperCase();
    out += s ?? m[0];
    i += m[0].length - 1;
  }
  return out;
}

/** `-d STRING`: the forms the lab understands, as [seconds, nanoseconds]. */
function parseDate(s: string, now: [number, number], zone: Zone): [number, number] | null {
  const v = s.trim();
  if (v === '' || v === 'now') return now;
  const at = /^@\s*([+-]?\d+)(?:[.,](\d+))?$/.exec(v);
  if (at) return [Number(at[1]), Number((at[2] ?? '').padEnd(9, '0').slice(0, 9))];
  const d = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(v);
  if (!d) return null;
  const [y, mo, da, h, mi, se] = d.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || da < 1 || da > 31 || h > 23 || mi > 59 || se > 60) return null;
  return [Date.UTC(y, mo - 1, da, h, mi, se) / 1000 - zone.offset, 0];
}

const ISO_FORMATS: Record<string, string> = {
  hours: '%Y-%m-%dT%H%:z',
  minutes: '%Y-%m-%dT%H:%M%:z',
  date: '%Y-%m-%d',
  seconds: '%Y-%m-%dT%H:%M:%S%:z',
  ns: '%Y-%m-%dT%H:%M:%S,%N%:z',
};

const RFC3339: Record<string, string> = {
  date: '%Y-%m-%d',
  seconds: '%Y-%m-%d %H:%M:%S%:z',
  ns: '%Y-%m-%d %H:%M:%S.%N%:z',
};

/** An --iso-8601 / --rfc-3339 argument: an unambiguous prefix of one of `table`'s keys. */
function formatArg(c: Cmd, opt: string, arg: string, table: Record<string, string>): string {
  const hits = Object.keys(table).filter((k) => k.startsWith(arg));
  if (hits.length === 1 || hits.includes(arg)) return table[hits.includes(arg) ? arg : hits[0]!]!;
  const valid = Object.keys(table).map((k) => `  - ${quote(k)}`).join('\n');
  throw new Fail(`${hits.length === 0 ? 'invalid' : 'ambiguous'} argument ${quote(arg)} for ${quote(opt)}\nValid arguments are:\n${valid}`, true);
}

const DATE_LONG = [
  { name: 'date', arg: 1, key: 'd' },
  { name: 'utc', arg: 0, key: 'u' },
  { name: 'universal', arg: 0, key: 'u' },
  { name: 'rfc-email', arg: 0, key: 'R' },
  { name: 'iso-8601', arg: 2, key: 'I' },
  { name: 'rfc-3339', arg: 1, key: 'rfc-3339' },
] as const;

export function date(c: Cmd): Promise<number> {
  return guarded(c, 1, async () => {
    const o = c.options({ short: 'd:uRI::', long: DATE_LONG }, 1);
    if (typeof o === 'number') return o;
    let fmt: string | null = null;
    let when: string | null = null;
    let utc = false;
    for (const opt of o.opts) {
      if (opt.key === 'd') when = opt.arg!;
      else if (opt.key === 'u') utc = true;
      else if (opt.key === 'R') fmt = '%a, %d %b %Y %H:%M:%S %z';
      else if (opt.key === 'I') fmt = formatArg(c, '--iso-8601', opt.arg ?? 'date', ISO_FORMATS);
      else if (opt.key === 'rfc-3339') fmt = formatArg(c, '--rfc-3339', opt.arg!, RFC3339);
    }
    const operands = o.operands;
    if (operands.length > 0 && operands[0]!.startsWith('+')) {
      if (fmt !== null) {
        c.error('multiple output formats specified');
        return 1;
      }
      fmt = operands.shift()!.slice(1);
    }
    if (operands.length > 1 || (operands.length === 1 && fmt !== null)) {
      return c.usage(`extra operand ${quote(operands[fmt !== null ? 0 : 1]!)}`, 1);
    }
    if (operands.length === 1) {
      const arg = operands[0]!;
      if (o.opts.length > 0) {
        const why = `the argument ${quote(arg)} lacks a leading '+';\nwhen using an option to specify date(s), any non-option\nargument must be a format string beginning with '+'`;
        return c.usage(why, 1);
      }
      // setting the clock (MMDDhhmm[[CC]YY][.ss]): the lab's clock is virtual
      c.error(/^\d{8}(\d{2}){0,2}(\.\d{2})?$/.test(arg) ? 'cannot set date: Operation not permitted' : `invalid date ${quote(arg)}`);
      return 1;
    }
    const zone = utc ? UTC : zoneOf(c.p.env.get('TZ'));
    const ns = c.p.lab.sched.now;
    const now: [number, number] = [LAB_EPOCH_SEC + Math.floor(ns / 1e9), ns % 1e9];
    const t = when === null ? now : parseDate(when, now, zone);
    if (t === null) {
      c.error(`invalid date ${quote(when!)}`);
      return 1;
    }
    c.out(strftime(fmt ?? '%a %b %e %H:%M:%S %Z %Y', breakDown(t[0], t[1], zone)) + '\n');
    return 0;
  });
}
