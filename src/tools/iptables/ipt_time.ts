/**
 * The time match of iptables 1.8.9 (libxt_time.c): a date range (ISO 8601,
 * UTC), a daytime range, week days and month days (either inverted), the
 * kernel's timezone or UTC, --contiguous for a range past midnight.
 * @iptables extensions/libxt_time.c
 */
import type { Ext, Info, ParseErr } from './ipt_ext.js';
import { strtoulWord } from './ipt_num.js';

/** XT_TIME_* (include/uapi/linux/netfilter/xt_time.h) */
const XT_TIME_LOCAL_TZ = 1;
const XT_TIME_CONTIGUOUS = 2;
const ALL_MONTHDAYS = 0xfffffffe;
const ALL_WEEKDAYS = 0xfe;
const MAX_DAYTIME = 24 * 60 * 60 - 1;
const INT_MAX = 0x7fffffff;
const WEEK_DAYS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const n = (i: Info, k: string): number => (typeof i[k] === 'number' ? (i[k] as number) : 0);
const p2 = (v: number): string => String(v).padStart(2, '0');

/** strtoul(s, &e, 10): the value and the rest (0 and all of it when no digit). */
function strtoul(s: string): [number, string] {
  const m = /^\s*\+?([0-9]*)/.exec(s)!;
  return m[1] ? [Number(m[1]), s.slice(m[0].length)] : [0, s];
}

/** time_parse_date(): YYYY[-MM[-DD[Thh[:mm[:ss]]]]], 1970-2038, as seconds since the epoch (UTC). */
function parseDate(os: string): number | string {
  const limits: [string, number, number][] = [['-', 1970, 2038], ['-', 1, 12], ['T', 1, 31], [':', 0, 23], [':', 0, 59], ['', 0, 59]];
  const v = [1970, 1, 1, 0, 0, 0];
  let s = os;
  for (let k = 0; k < limits.length; k++) {
    const [sep, lo, hi] = limits[k]!;
    const [x, e] = strtoul(s);
    // Month and day may be 0 (mktime() normalises them); only the year has a floor.
    if ((e !== '' && e[0] !== sep) || x > hi || (k === 0 && x < lo)) return `Invalid date "${os}" specified. Should be YYYY[-MM[-DD[Thh[:mm[:ss]]]]]`;
    v[k] = x;
    if (e === '') break;
    s = e.slice(1);
  }
  return Date.UTC(v[0]!, v[1]! - 1, v[2]!, v[3]!, v[4]!, v[5]!) / 1000;
}

/** time_parse_minutes(): hh:mm[:ss] as seconds of the day; the error quotes the text from the bad part on. */
function parseDaytime(arg: string): number | string {
  let s = arg;
  const bad = (): string => `invalid time "${s}" specified, should be hh:mm[:ss] format and within the boundaries`;
  const [h, e1] = strtoul(s);
  if (e1[0] !== ':' || h > 23) return bad();
  s = e1.slice(1);
  const [m, e2] = strtoul(s);
  if ((e2 !== '' && e2[0] !== ':') || m > 59) return bad();
  if (e2 === '') return 3600 * h + 60 * m;
  s = e2.slice(1);
  const [sec, e3] = strtoul(s);
  if (e3 !== '' || sec > 59) return bad();
  return 3600 * h + 60 * m + sec;
}

/** my_strseg(): the comma-separated parts up to the end (a trailing comma adds none), each cut to `max` characters. */
function segments(arg: string, max: number): string[] {
  const out: string[] = [];
  let rest = arg;
  while (rest !== '') {
    const c = rest.indexOf(',');
    out.push((c < 0 ? rest : rest.slice(0, c)).slice(0, max));
    rest = c < 0 ? '' : rest.slice(c + 1);
  }
  return out;
}

/** time_parse_monthdays(): numbers 0-31 (base 0). */
function parseMonthdays(arg: string): number | string {
  let mask = 0;
  for (const day of segments(arg, 2)) {
    // strtoul() of an empty part is 0, which it accepts.
    const v = day === '' ? 0n : strtoulWord(day, 31n);
    if (v === null) return `${day} is not a valid day for --monthdays`;
    const i = Number(v);
    mask |= 1 << i;
  }
  return mask >>> 0;
}

/** time_parse_weekdays(): numbers (1-7, or more: the bit is set anyway) or names by their first two letters. */
function parseWeekdays(arg: string): number | string {
  let mask = 0;
  for (const day of segments(arg, 3)) {
    if (/^[0-9]*$/.test(day)) {
      if (Number(day) === 0) return 'No, the week does NOT begin with Sunday.';
      mask |= 1 << Number(day);
      continue;
    }
    const hits = WEEK_DAYS.map((w, k) => (k && w.slice(0, 2) === day.slice(0, 2) && day.length >= 2 ? 1 << k : 0));
    if (!hits.some(Boolean)) return `${day} is not a valid day specifier`;
    for (const h of hits) mask |= h;
  }
  return mask >>> 0;
}

const hms = (t: number): string => `${p2(Math.floor(t / 3600))}:${p2(Math.floor(t / 60) % 60)}:${p2(t % 60)}`;
const weekdays = (mask: number): string => ' ' + WEEK_DAYS.filter((_w, k) => k && mask & (1 << k)).join(',');
function monthdays(mask: number, human: boolean): string {
  const out: string[] = [];
  for (let k = 1; k <= 31; k++) if (mask & (1 << k)) out.push(`${k}${human ? (['th', 'st', 'nd', 'rd'][k % 10] ?? 'th') : ''}`);
  return ' ' + out.join(',');
}
/** time_print_date() (gmtime()); `sep` is "T" for -S, a blank for -L. */
function date(sec: number, sep: string): string {
  const d = new Date(sec * 1000);
  return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}${sep}${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
}

function print(i: Info): string {
  let s = ' TIME';
  if (n(i, 'daytimeStart') !== 0 || n(i, 'daytimeStop') !== MAX_DAYTIME) s += ` from ${hms(n(i, 'daytimeStart'))} to ${hms(n(i, 'daytimeStop'))}`;
  if (n(i, 'weekdays') !== ALL_WEEKDAYS) s += ' on' + weekdays(n(i, 'weekdays'));
  if (n(i, 'monthdays') !== ALL_MONTHDAYS) s += ' on' + monthdays(n(i, 'monthdays'), true);
  if (n(i, 'dateStart') !== 0) s += ` starting from ${date(n(i, 'dateStart'), ' ')}`;
  if (n(i, 'dateStop') !== INT_MAX) s += ` until date ${date(n(i, 'dateStop'), ' ')}`;
  if (!(n(i, 'flags') & XT_TIME_LOCAL_TZ)) s += ' UTC';
  if (n(i, 'flags') & XT_TIME_CONTIGUOUS) s += ' contiguous';
  return s;
}

function save(i: Info): string {
  let s = '';
  if (n(i, 'daytimeStart') !== 0 || n(i, 'daytimeStop') !== MAX_DAYTIME) s += ` --timestart ${hms(n(i, 'daytimeStart'))} --timestop ${hms(n(i, 'daytimeStop'))}`;
  if (n(i, 'monthdays') !== ALL_MONTHDAYS) s += ' --monthdays' + monthdays(n(i, 'monthdays'), false);
  if (n(i, 'weekdays') !== ALL_WEEKDAYS) s += ' --weekdays' + weekdays(n(i, 'weekdays'));
  // time_print_date() leaves out 0 and LONG_MAX only: the default stop, INT_MAX, is saved.
  if (n(i, 'dateStart') !== 0) s += ` --datestart ${date(n(i, 'dateStart'), 'T')}`;
  s += ` --datestop ${date(n(i, 'dateStop'), 'T')}`;
  if (n(i, 'flags') & XT_TIME_LOCAL_TZ) s += ' --kerneltz';
  if (n(i, 'flags') & XT_TIME_CONTIGUOUS) s += ' --contiguous';
  return s;
}

/** time_opts[]: O_DATE_START 0 ... O_KERNEL_TZ 9; the time zones exclusive. */
const TIME_OPTS = {
  datestart: { id: 0 }, datestop: { id: 1 }, timestart: { id: 2 }, timestop: { id: 3 }, contiguous: { id: 4 },
  weekdays: { id: 6, invert: true }, monthdays: { id: 5, invert: true }, localtz: { id: 7, excl: 1 << 8 },
  utc: { id: 8, excl: (1 << 7) | (1 << 9) }, kerneltz: { id: 9, excl: 1 << 8 },
};

export const time: Ext = {
  name: 'time', revision: 0,
  opts: Object.fromEntries(Object.keys(TIME_OPTS).map((o) => [o, !['contiguous', 'localtz', 'utc', 'kerneltz'].includes(o)])),
  xtopts: TIME_OPTS,
  init: () => ({ monthdays: ALL_MONTHDAYS, weekdays: ALL_WEEKDAYS, daytimeStart: 0, daytimeStop: MAX_DAYTIME, dateStart: 0, dateStop: INT_MAX, flags: 0 }),
  parse(o, arg, inv, info, ctx): ParseErr {
    const set = (k: string, v: number | string): ParseErr => (typeof v === 'string' ? v : ((info[k] = v), null));
    switch (o) {
      case 'datestart': return set('dateStart', parseDate(arg));
      case 'datestop': return set('dateStop', parseDate(arg));
      case 'timestart': return set('daytimeStart', parseDaytime(arg));
      case 'timestop': return set('daytimeStop', parseDaytime(arg));
      case 'contiguous': return set('flags', n(info, 'flags') | XT_TIME_CONTIGUOUS);
      case 'monthdays': {
        const m = parseMonthdays(arg);
        return set('monthdays', typeof m === 'number' && inv ? (m ^ ALL_MONTHDAYS) >>> 0 : m);
      }
      case 'weekdays': {
        const m = parseWeekdays(arg);
        return set('weekdays', typeof m === 'number' && inv ? (m ^ ALL_WEEKDAYS) >>> 0 : m);
      }
      case 'utc': return null;
      case 'localtz':
        ctx.warn?.('WARNING: --localtz is being replaced by --kerneltz, since "local" is ambiguous. Note the kernel timezone has caveats - see manpage for details.\n');
        return set('flags', n(info, 'flags') | XT_TIME_LOCAL_TZ);
      default: return set('flags', n(info, 'flags') | XT_TIME_LOCAL_TZ);
    }
  },
  /** time_check() */
  final: (i, ctx) => (ctx.xflags & (1 << 4) && n(i, 'daytimeStart') < n(i, 'daytimeStop') ? 'time: --contiguous only makes sense when stoptime is smaller than starttime' : null),
  print,
  save,
};
