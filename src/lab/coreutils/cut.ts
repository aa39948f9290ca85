/**
 * cut as coreutils 9.1 (src/cut.c, src/set-fields.c): -b/-c character
 * positions (bytes in the C locale), -f fields split on -d (TAB by default),
 * -s, --complement, --output-delimiter; lists like `1,3-5,7-`.
 */
import { type Cmd, Fail, forEachLine, guarded } from './common.js';
import { quote } from './quote.js';

interface Range {
  lo: number;
  hi: number;
}

/** set_fields(): the sorted, merged ranges of a list. */
export function parseList(list: string, positions: boolean, complement: boolean): Range[] {
  const what = positions ? 'byte/character positions are numbered from 1' : 'fields are numbered from 1';
  const ranges: Range[] = [];
  for (const item of list.split(/[,\t ]/)) {
    const m = /^(\d*)(-?)(\d*)$/.exec(item);
    if (!m) {
      const bad = list.slice(list.indexOf(item) + (/^[\d-]*/.exec(item)![0].length));
      throw new Fail(positions ? `invalid byte/character position ${quote(bad)}` : `invalid field value ${quote(bad)}`, true);
    }
    const [, lo = '', dash, hi = ''] = m;
    if (dash === '' && item !== '') {
      if (Number(lo) === 0) throw new Fail(what, true);
      ranges.push({ lo: Number(lo), hi: Number(lo) });
      continue;
    }
    if (dash === '') throw new Fail(what, true);
    if (lo !== '' && Number(lo) === 0) throw new Fail(what, true);
    if (lo === '' && hi === '') throw new Fail('invalid range with no endpoint: -', true);
    const r = { lo: lo === '' ? 1 : Number(lo), hi: hi === '' ? Infinity : Number(hi) };
    if (r.hi < r.lo) throw new Fail('invalid decreasing range', true);
    ranges.push(r);
  }
  ranges.sort((a, b) => a.lo - b.lo);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.lo <= last.hi + 0) last.hi = Math.max(last.hi, r.hi);
    else merged.push({ ...r });
  }
  return complement ? complementOf(merged) : merged;
}

function complementOf(ranges: Range[]): Range[] {
  const out: Range[] = [];
  let next = 1;
  for (const r of ranges) {
    if (r.lo > next) out.push({ lo: next, hi: r.lo - 1 });
    next = r.hi + 1;
  }
  if (next !== Infinity) out.push({ lo: next, hi: Infinity });
  return out;
}

function selected(ranges: Range[], i: number): boolean {
  return ranges.some((r) => i >= r.lo && i <= r.hi);
}

interface CutOpts {
  ranges: Range[];
  bytes: boolean;
  delim: string;
  outDelim: string | null;
  onlyDelimited: boolean;
}

/** cut_bytes() on one line: the output delimiter goes between selected ranges. */
function cutChars(line: string, o: CutOpts): string {
  let out = '';
  let printed = false;
  for (let i = 1; i <= line.length; i++) {
    if (!selected(o.ranges, i)) continue;
    if (o.outDelim !== null && printed && o.ranges.some((r) => r.lo === i)) out += o.outDelim;
    printed = true;
    out += line[i - 1];
  }
  return out + '\n';
}

/** cut_fields() on one line; null when -s drops it. */
function cutFields(line: string, o: CutOpts): string | null {
  const fields = line.split(o.delim);
  if (fields.length === 1) return o.onlyDelimited ? null : line + '\n';
  return fields.filter((_, i) => selected(o.ranges, i + 1)).join(o.outDelim ?? o.delim) + '\n';
}

const CUT_LONG = [
  { name: 'bytes', arg: 1, key: 'b' },
  { name: 'characters', arg: 1, key: 'c' },
  { name: 'fields', arg: 1, key: 'f' },
  { name: 'delimiter', arg: 1, key: 'd' },
  { name: 'only-delimited', arg: 0, key: 's' },
  { name: 'output-delimiter', arg: 1, key: 'O' },
  { name: 'complement', arg: 0, key: 'C' },
] as const;

function configure(opts: { key: string; arg: string | undefined }[]): CutOpts {
  let list: string | null = null;
  let bytes = false;
  let delim: string | null = null;
  let outDelim: string | null = null;
  let onlyDelimited = false;
  let complement = false;
  for (const { key, arg } of opts) {
    if ('bcf'.includes(key)) {
      if (list !== null) throw new Fail('only one list may be specified', true);
      list = arg!;
      bytes = key !== 'f';
    } else if (key === 'd') {
      if (arg!.length > 1) throw new Fail('the delimiter must be a single character', true);
      delim = arg === '' ? '\0' : arg!;
    } else if (key === 'O') outDelim = arg === '' ? '\0' : arg!;
    else if (key === 's') onlyDelimited = true;
    else if (key === 'C') complement = true;
  }
  if (list === null) throw new Fail('you must specify a list of bytes, characters, or fields', true);
  if (bytes && delim !== null) throw new Fail('an input delimiter may be specified only when operating on fields', true);
  if (bytes && onlyDelimited) throw new Fail('suppressing non-delimited lines makes sense\n\tonly when operating on fields', true);
  const ranges = parseList(list, bytes, complement);
  if (ranges.length === 0) throw new Fail(bytes ? 'missing list of byte/character positions' : 'missing list of fields', true);
  return { ranges, bytes, delim: delim ?? '\t', outDelim, onlyDelimited };
}

async function cutMain(c: Cmd): Promise<number> {
  const o = c.options({ short: 'b:c:d:f:ns', long: CUT_LONG }, 1);
  if (typeof o === 'number') return o;
  const opts = configure(o.opts);
  return forEachLine(c, o.operands, (l) => c.out((opts.bytes ? cutChars(l.text, opts) : cutFields(l.text, opts)) ?? ''));
}

export function cut(c: Cmd): Promise<number> {
  return guarded(c, 1, () => cutMain(c));
}
