/**
 * libxtables' generic option handling for the extensions that declare an
 * option table (x6_options): each option once, "!" only where the table
 * allows it (xtables_option_parse()), then after the extension's own check
 * the mandatory options and the exclusions, in table order
 * (xtables_options_fcheck()).
 * @iptables libxtables/xtoptions.c xtables_option_parse(), xtables_options_fcheck(), xtopt_parse_*()
 */
import { strtoui, strtouiEnd } from './ipt_num.js';
import { getservbyname } from './services.js';
import { strtoul10 } from '../lib/stdlib.js';

/** struct xt_option_entry: the option's id (O_*), the ids it excludes, XTOPT_INVERT, XTOPT_MAND. */
export interface XtOpt {
  readonly id: number;
  readonly excl?: number;
  readonly invert?: boolean;
  readonly mand?: boolean;
  /** XTOPT_MULTI: the option may be given again. */
  readonly multi?: boolean;
  /** .also: the ids (as bits) this option needs. */
  readonly also?: number;
}

/** An extension's option table, in the library's order (several names may share an id). */
export type XtOptTable = Readonly<Record<string, XtOpt>>;

/** xtables_option_parse()'s checks before the value is read: the error, or null. */
export function xtoptParseCheck(ext: string, table: XtOptTable, name: string, inv: boolean, xflags: number): string | null {
  const e = table[name];
  if (!e) return null;
  const entry = xtoptName(table, name);
  if (!e.multi && xflags & (1 << e.id)) return `${ext}: option "--${entry}" can only be used once.\n`;
  if (inv && !e.invert) return `${ext}: option "--${entry}" cannot be inverted.\n`;
  return null;
}

/**
 * cb->entry->name: getopt gives the option's id, and the entry looked up
 * by it is the table's first of that id ("--sport" is "--source-port").
 */
export function xtoptName(table: XtOptTable, name: string): string {
  const id = table[name]?.id;
  return Object.entries(table).find(([, e]) => e.id === id)?.[0] ?? name;
}

/** The option's bit in xflags (0 for an option the table lacks). */
export function xtoptFlag(table: XtOptTable, name: string): number {
  const e = table[name];
  return e ? 1 << e.id : 0;
}

/**
 * xtables_options_fcheck(): a missing mandatory option, then for each given option (table order) and
 * each other id in turn (xtables_option_fcheck2()) one it also needs that is missing, or one it excludes
 * that is given (the first found).
 */
export function xtoptFcheck(ext: string, table: XtOptTable, xflags: number): string | null {
  const entries = Object.entries(table);
  for (const [name, e] of entries) {
    if (e.mand && !(xflags & (1 << e.id))) return `${ext}: option "--${name}" must be specified\n`;
    if (!(xflags & (1 << e.id))) continue;
    for (let i = 0; i < 32; i++) {
      if (i === e.id) continue;
      const other = entries.find(([, x]) => x.id === i)?.[0];
      if (other === undefined) continue;
      if ((e.also ?? 0) & (1 << i) && !(xflags & (1 << i))) return `${ext}: option "--${name}" also requires "--${other}".\n`;
      if ((e.excl ?? 0) & (1 << i) && xflags & (1 << i)) return `${ext}: option "--${name}" cannot be used together with "--${other}".\n`;
    }
  }
  return null;
}

/**
 * xtopt_parse_int() of an XTTYPE_UINT8/16/32 option whose entry may set
 * .min (and .max below the type's): the value, or the error text naming
 * the range.
 */
export function xtoptUint(ext: string, name: string, arg: string, max: number, min = 0): number | string {
  const v = strtoui(arg, max);
  return v !== null && v >= min ? v : `${ext}: bad value for option "--${name}", or out of range (${min}-${max}).\n`;
}

/**
 * xtopt_parse_markmask() of an XTTYPE_MARKMASK32 option: "MARK[/MASK]"
 * (the mask all ones when absent), each a number as xtables_strtoui()
 * reads it; the error text when either is bad or something follows.
 */
export function xtoptMarkmask(ext: string, name: string, arg: string): [number, number] | string {
  const bad = `${ext}: bad integer value for option "--${name}", or out of range.\n`;
  const mark = strtouiEnd(arg, 0xffffffff);
  if (!mark) return bad;
  let mask = 0xffffffff;
  let rest = mark.rest;
  if (rest.startsWith('/')) {
    const m = strtouiEnd(rest.slice(1), 0xffffffff);
    if (!m) return bad;
    mask = m.value;
    rest = m.rest;
  }
  if (rest !== '') return `${ext}: trailing garbage after value for option "--${name}".\n`;
  return [mark.value, mask];
}

/**
 * xtables_getportbyname(): getaddrinfo()'s service, a decimal number
 * (strtoul() of the whole word, cut to an int: a negative one is looked up
 * as a name) whose low 16 bits are the port, else a name of the services
 * database; -1 when neither.
 */
function getportbyname(s: string): number {
  if (/^[ \t\n\v\f\r]*[+-]?\d+$/.test(s)) {
    const num = Number(BigInt.asIntN(32, strtoul10(s)));
    if (num >= 0) return num & 0xffff;
  }
  return getservbyname(s) ?? -1;
}

/**
 * xtopt_parse_mport() of an XTTYPE_PORTRC option: "[PORT][:[PORT]]", an
 * empty side is 0 or 65535, one port is both ends; no check that the first
 * is the lower. The range, or the error text.
 */
export function xtoptMport(ext: string, name: string, arg: string): [number, number] | string {
  const range: [number, number] = [0, 0xffff];
  const parts = arg.split(':');
  for (let k = 0; k < parts.length; k++) {
    if (k === 2) return `${ext}: Too many components for option "--${name}" (max: 2)\n`;
    const p = parts[k]!;
    if (p === '') continue;
    const v = getportbyname(p);
    if (v < 0) return `Port "${p}" does not resolve to anything.\n`;
    range[k] = v;
  }
  if (parts.length === 1) range[1] = range[0];
  return range;
}

/**
 * xtables_parse_interface(): at most 15 characters (the error, else null);
 * a name matched whole (no trailing '+') with a '/' or ' ' in it only
 * warns, the kernel never naming a device so.
 */
export function xtablesParseInterface(s: string, warn: (s: string) => void): string | null {
  if (s.length > 15) return `interface name \`${s}' must be shorter than IFNAMSIZ (15)`;
  if (s !== '' && !s.endsWith('+') && /[/ ]/.test(s)) warn(`Warning: weird character in interface \`${s}' ('/' and ' ' are not allowed by the kernel).\n`);
  return null;
}
