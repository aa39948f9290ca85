/**
 * The u32 match of iptables 1.8.9 (libxt_u32.c): up to 10 tests joined by
 * "&&", each a location (a number, then "&", "<<", ">>" or "@" and a
 * number, at most 10) "=" up to 10 values or "min:max" ranges joined by ",".
 * The info keeps each test as [nnums, nvalues, number, nextop..., min, max...].
 * @iptables extensions/libxt_u32.c u32_parse(), u32_dump()
 */
import type { Ext, Info } from './ipt_ext.js';
import { strtoullPrefix, strtoulWord } from './ipt_num.js';

/** enum xt_u32_ops */
export const XT_U32_AND = 0;
export const XT_U32_LEFTSH = 1;
export const XT_U32_RIGHTSH = 2;
export const XT_U32_AT = 3;
/** XT_U32_MAXSIZE */
const MAXSIZE = 10;

class U32Err extends Error {}

const fail = (msg: string): never => {
  throw new U32Err(`u32: ${msg}`);
};

/** A reader over the argument: the position is what "at char N" reports. */
class U32Reader {
  pos = 0;
  constructor(readonly s: string) {}
  get ch(): string {
    return this.s[this.pos] ?? '';
  }
  skipSpace(): void {
    while (/\s/.test(this.ch)) this.pos++;
  }
  /** parse_number(): xtables_strtoui() base 0 of a prefix (leading blanks allowed), reported at `at`. */
  number(at: number): number {
    const rest = this.s.slice(this.pos);
    const r = strtoullPrefix(rest);
    if (!r || r[0] > 0xffffffffn) fail(`at char ${at}: not a number or out of range`);
    this.pos += rest.length - r![1].length;
    return Number(r![0]);
  }
}

/** One test's location: the first number, then operator/number pairs, until "=". */
function parseLocation(r: U32Reader, nums: number[]): void {
  for (;;) {
    r.skipSpace();
    if (r.ch === '') fail('abrupt end of input after location specifier');
    if (r.ch === '=') {
      if (nums.length === 0) fail(`at char ${r.pos}: location spec missing`);
      r.pos++;
      return;
    }
    let op = XT_U32_AND;
    if (nums.length) {
      const c = r.ch;
      if (c === '<' || c === '>') {
        r.pos++;
        if (r.ch !== c) fail(`at char ${r.pos}: a second '${c}' was expected`);
        op = c === '<' ? XT_U32_LEFTSH : XT_U32_RIGHTSH;
      } else if (c === '@') op = XT_U32_AT;
      else if (c !== '&') fail(`at char ${r.pos}: operator expected`);
      r.pos++;
    }
    nums.push(r.number(r.pos), op);
    if (nums.length / 2 > MAXSIZE) fail(`at char ${r.pos}: too many operators`);
  }
}

/** One test's values: ranges joined by ",", until "&&" (true) or the end (false). */
function parseValues(r: U32Reader, vals: number[]): boolean {
  for (;;) {
    r.skipSpace();
    if (r.ch === '') {
      if (vals.length === 0) fail('test ended with no value specified');
      return false;
    }
    if (r.ch === '&') {
      r.pos++;
      if (r.ch !== '&') fail(`at char ${r.pos}: a second '&' was expected`);
      if (vals.length === 0) fail(`at char ${r.pos}: value spec missing`);
      r.pos++;
      return true;
    }
    if (vals.length) {
      if (r.ch !== ',') fail(`at char ${r.pos}: expected "," or "&&"`);
      r.pos++;
    }
    const min = r.number(r.pos);
    r.skipSpace();
    let max = min;
    if (r.ch === ':') {
      r.pos++;
      max = r.number(r.pos);
    }
    vals.push(min, max);
    if (vals.length / 2 > MAXSIZE) fail(`at char ${r.pos}: too many ","s`);
  }
}

/** u32_parse() */
export function parseU32(arg: string): number[] | string {
  const r = new U32Reader(arg);
  const out: number[] = [];
  try {
    for (let ntests = 1; ; ntests++) {
      const nums: number[] = [];
      const vals: number[] = [];
      parseLocation(r, nums);
      const more = parseValues(r, vals);
      out.push(nums.length / 2, vals.length / 2, ...nums, ...vals);
      if (ntests > MAXSIZE) fail(`at char ${r.pos}: too many "&&"s`);
      if (!more) return out;
    }
  } catch (e) {
    if (e instanceof U32Err) return e.message;
    throw e;
  }
}

const OPS = ['&', '<<', '>>', '@'];
const hx = (v: number): string => `0x${v.toString(16)}`;

/** u32_dump() */
function dump(i: Info): string {
  const t = (i['tests'] as number[] | undefined) ?? [];
  const tests: string[] = [];
  for (let k = 0; k < t.length; ) {
    const nnums = t[k]!;
    const nvals = t[k + 1]!;
    k += 2;
    let s = hx(t[k]!);
    for (let j = 1; j < nnums; j++) s += OPS[t[k + 2 * j + 1]!]! + hx(t[k + 2 * j]!);
    k += 2 * nnums;
    const vals: string[] = [];
    for (let j = 0; j < nvals; j++, k += 2) vals.push(t[k] === t[k + 1] ? hx(t[k]!) : `${hx(t[k]!)}:${hx(t[k + 1]!)}`);
    tests.push(`${s}=${vals.join(',')}`);
  }
  return ` "${tests.join('&&')}"`;
}

export const u32: Ext = {
  name: 'u32', revision: 0, opts: { u32: true }, xtopts: { u32: { id: 0, invert: true, mand: true } },
  init: () => ({ tests: [], invert: false }),
  parse(_o, arg, inv, info) {
    const t = parseU32(arg);
    if (typeof t === 'string') return t;
    Object.assign(info, { tests: t, invert: inv });
    return null;
  },
  print: (i) => ` u32${i['invert'] === true ? ' !' : ''}${dump(i)}`,
  save: (i) => `${i['invert'] === true ? ' !' : ''} --u32${dump(i)}`,
};

/** libxt_quota.c: one mandatory --quota, XTTYPE_UINT64 (kept as a decimal string: 64 bits do not fit a number). */
export const quota: Ext = {
  name: 'quota', revision: 0, opts: { quota: true }, xtopts: { quota: { id: 0, invert: true, mand: true } },
  init: () => ({ quota: '0', invert: false }),
  parse(_o, arg, inv, info) {
    const v = strtoulWord(arg, 0xffffffffffffffffn);
    if (v === null) return 'quota: bad value for option "--quota", or out of range (0-18446744073709551615).\n';
    Object.assign(info, { quota: v.toString(), invert: inv });
    return null;
  },
  print: (i) => ` quota: ${String(i['quota'])} bytes`,
  save: (i) => `${i['invert'] === true ? ' !' : ''} --quota ${String(i['quota'])}`,
};
