/**
 * sort's keys and comparisons in the C locale, after coreutils 9.1
 * src/sort.c (begfield, limfield, keycompare) and gnulib strnumcmp
 * (-n), strtold (-g), human units (-h), months (-M) and filevercmp (-V).
 */
import { strtod } from './num.js';

export interface Key {
  /** Fields and characters skipped to the key start (0-based). */
  sword: number;
  schar: number;
  /** Field of the key end (0-based; Infinity: end of line) and characters into it (0: whole field). */
  eword: number;
  echar: number;
  skipsblanks: boolean;
  skipeblanks: boolean;
  ignore: 'dict' | 'print' | null;
  translate: boolean;
  numeric: boolean;
  general: boolean;
  human: boolean;
  month: boolean;
  version: boolean;
  reverse: boolean;
}

export function newKey(): Key {
  return {
    sword: 0, schar: 0, eword: Infinity, echar: 0, skipsblanks: false, skipeblanks: false, ignore: null,
    translate: false, numeric: false, general: false, human: false, month: false, version: false, reverse: false,
  };
}

/** No ordering option at all (the key then inherits the global ones). */
export function defaultCompare(k: Key): boolean {
  return !(k.ignore || k.translate || k.skipsblanks || k.skipeblanks || k.month || k.numeric || k.version || k.general || k.human);
}

/** field_sep(): blank or newline. */
const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n';

/** Skip `n` fields from the start of `line`: with -t each ends at the tab, else at a blank-to-nonblank change. */
function skipFields(line: string, n: number, tab: string | null, keepLastTab: boolean): number {
  const lim = line.length;
  let p = 0;
  for (let k = n; p < lim && k > 0; k--) {
    if (tab !== null) {
      while (p < lim && line[p] !== tab) p++;
      if (p < lim && (k > 1 || keepLastTab)) p++;
    } else {
      while (p < lim && isBlank(line[p])) p++;
      while (p < lim && !isBlank(line[p])) p++;
    }
  }
  return p;
}

export function begfield(line: string, key: Key, tab: string | null): number {
  let p = skipFields(line, key.sword, tab, true);
  if (key.skipsblanks) while (p < line.length && isBlank(line[p])) p++;
  return Math.min(line.length, p + key.schar);
}

export function limfield(line: string, key: Key, tab: string | null): number {
  if (key.eword === Infinity) return line.length;
  const eword = key.echar === 0 ? key.eword + 1 : key.eword;
  let p = skipFields(line, eword, tab, key.echar !== 0);
  if (key.echar !== 0) {
    if (key.skipeblanks) while (p < line.length && isBlank(line[p])) p++;
    p = Math.min(line.length, p + key.echar);
  }
  return p;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** A strnumcmp number: sign, integer digits without leading zeros, fraction without trailing zeros. */
function decimal(s: string): { neg: boolean; int: string; frac: string } {
  const m = /^(-?)0*(\d*)(?:\.(\d*))?/.exec(s)!;
  const int = m[2]!;
  const frac = (m[3] ?? '').replace(/0+$/, '');
  return { neg: m[1] === '-' && (int !== '' || frac !== ''), int, frac };
}

/** strnumcmp(): exact decimal comparison; anything not a number counts as zero. */
export function numCompare(a: string, b: string): number {
  const x = decimal(a.replace(/^[ \t\n]+/, ''));
  const y = decimal(b.replace(/^[ \t\n]+/, ''));
  if (x.neg !== y.neg) return x.neg ? -1 : 1;
  let d = x.int.length - y.int.length || (x.int < y.int ? -1 : x.int > y.int ? 1 : 0);
  if (d === 0) d = x.frac < y.frac ? -1 : x.frac > y.frac ? 1 : 0;
  return x.neg ? -d : d;
}

/** general_numcompare(): strtold; failures first, then NaN, then numbers. */
export function generalCompare(a: string, b: string): number {
  const x = strtod(a);
  const y = strtod(b);
  if (x.end === 0) return y.end === 0 ? 0 : -1;
  if (y.end === 0) return 1;
  const u = x.value;
  const v = y.value;
  if (u < v) return -1;
  if (u > v) return 1;
  if (u === v) return 0;
  return Number.isNaN(u) ? (Number.isNaN(v) ? 0 : -1) : 1;
}

const UNITS = ' KMGTPEZY';

/** find_unit_order(): the magnitude of the unit after the number, 0 for a zero number. */
function unitOrder(s: string): number {
  const m = /^(-?)(\d*(?:\.\d*)?)(.?)/.exec(s)!;
  if (!/[1-9]/.test(m[2]!)) return 0;
  const order = m[3] === 'k' ? 1 : Math.max(0, UNITS.indexOf(m[3] || ' '));
  return m[1] === '-' ? -order : order;
}

/** human_numcompare(): unit suffix first, then the number. */
export function humanCompare(a: string, b: string): number {
  const x = a.replace(/^[ \t\n]+/, '');
  const y = b.replace(/^[ \t\n]+/, '');
  return unitOrder(x) - unitOrder(y) || numCompare(x, y);
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

export function monthCompare(a: string, b: string): number {
  const month = (s: string): number => MONTHS.indexOf(s.replace(/^[ \t\n]+/, '').slice(0, 3).toUpperCase()) + 1;
  return month(a) - month(b);
}

/** filevercmp's order(): digits 0, letters themselves, '~' first, others after letters; -1 at the end. */
function verOrder(s: string, pos: number, len: number): number {
  if (pos === len) return -1;
  const c = s.charCodeAt(pos);
  if (isDigit(s[pos])) return 0;
  if (/[A-Za-z]/.test(s[pos]!)) return c;
  if (s[pos] === '~') return -2;
  return c + 256;
}

function verrevcmp(a: string, alen: number, b: string, blen: number): number {
  let i = 0;
  let j = 0;
  while (i < alen || j < blen) {
    let firstDiff = 0;
    while ((i < alen && !isDigit(a[i])) || (j < blen && !isDigit(b[j]))) {
      const d = verOrder(a, i, alen) - verOrder(b, j, blen);
      if (d) return d;
      i++;
      j++;
    }
    while (i < alen && a[i] === '0') i++;
    while (j < blen && b[j] === '0') j++;
    while (i < alen && j < blen && isDigit(a[i]) && isDigit(b[j])) {
      if (!firstDiff) firstDiff = a.charCodeAt(i) - b.charCodeAt(j);
      i++;
      j++;
    }
    if (i < alen && isDigit(a[i])) return 1;
    if (j < blen && isDigit(b[j])) return -1;
    if (firstDiff) return firstDiff;
  }
  return 0;
}

/** Length of `s` without its file suffix (\.[A-Za-z~][A-Za-z0-9~]*)*$. */
function prefixLen(s: string): number {
  const m = /(?:\.[A-Za-z~][A-Za-z0-9~]*)*$/.exec(s)!;
  return m.index;
}

/** gnulib filevercmp(), as sort -V uses it. */
export function versionCompare(a: string, b: string): number {
  if (a === '' || b === '') return (a === '' ? 0 : 1) - (b === '' ? 0 : 1);
  if (a[0] === '.' || b[0] === '.') {
    if (a[0] !== b[0]) return a[0] === '.' ? -1 : 1;
    for (const special of ['.', '..']) {
      if (a === special || b === special) return a === b ? 0 : a === special ? -1 : 1;
    }
  }
  const ap = prefixLen(a);
  const bp = prefixLen(b);
  const r = verrevcmp(a, ap, b, bp);
  if (r || (ap === a.length && bp === b.length)) return r;
  return verrevcmp(a, a.length, b, b.length);
}

const isPrint = (c: string): boolean => c >= ' ' && c <= '~';
const isAlnum = (c: string): boolean => /[A-Za-z0-9]/.test(c);

/** The key text after -d/-i (ignore) and -f (translate). */
function filtered(s: string, k: Key): string {
  let r = s;
  if (k.ignore === 'dict') r = [...r].filter((c) => isAlnum(c) || isBlank(c)).join('');
  else if (k.ignore === 'print') r = [...r].filter(isPrint).join('');
  return k.translate ? r.replace(/[a-z]+/g, (m) => m.toUpperCase()) : r;
}

function byteCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One key of keycompare(). */
function compareKey(a: string, b: string, k: Key): number {
  const x = k.ignore || k.translate ? filtered(a, k) : a;
  const y = k.ignore || k.translate ? filtered(b, k) : b;
  if (k.numeric) return numCompare(x, y);
  if (k.general) return generalCompare(x, y);
  if (k.human) return humanCompare(x, y);
  if (k.month) return monthCompare(x, y);
  if (k.version) return versionCompare(x, y);
  return byteCompare(x, y);
}

/** The text of key `k` in `line`; a key ending before it starts is empty. */
export function keyText(line: string, k: Key, tab: string | null): string {
  const beg = begfield(line, k, tab);
  const lim = limfield(line, k, tab);
  return lim > beg ? line.slice(beg, lim) : '';
}

/** keycompare(): the first key that differs decides, reversed by its own -r. */
export function keyCompare(a: string, b: string, keys: readonly Key[], tab: string | null): number {
  for (const k of keys) {
    const d = compareKey(keyText(a, k, tab), keyText(b, k, tab), k);
    if (d !== 0) return k.reverse ? -Math.sign(d) : Math.sign(d);
  }
  return 0;
}
