/**
 * nl as coreutils 9.1 numbers lines (src/nl.c), body section only: -b
 * a|t|n|pBRE, -w width, -s separator, -n ln|rn|rz, -v start, -i increment.
 * Unnumbered lines get width + separator-length spaces.
 */
import { type Cmd, Fail, forEachLine, guarded } from './common.js';
import { quote } from './quote.js';
import { RegexError, compileRegex } from './regex.js';

interface NlOpts {
  style: (line: string) => boolean;
  width: number;
  sep: string;
  format: 'ln' | 'rn' | 'rz';
  start: number;
  incr: number;
}

function bodyStyle(arg: string): (line: string) => boolean {
  if (arg === 'a') return () => true;
  if (arg === 't') return (l) => l !== '';
  if (arg === 'n') return () => false;
  if (arg.startsWith('p')) {
    try {
      const re = compileRegex(arg.slice(1), { extended: false, dialect: 'grep' });
      return (l) => re.test(l);
    } catch (e) {
      if (e instanceof RegexError) throw new Fail(e.message);
      throw e;
    }
  }
  throw new Fail(`invalid body numbering style: ${quote(arg)}`, true);
}

function intArg(arg: string, what: string, min: number): number {
  if (!/^[+-]?\d+$/.test(arg.trim()) || Number(arg) < min) throw new Fail(`invalid ${what}: ${quote(arg)}`);
  return Number(arg);
}

function configure(opts: { key: string; arg: string | undefined }[]): NlOpts {
  const o: NlOpts = { style: (l) => l !== '', width: 6, sep: '\t', format: 'rn', start: 1, incr: 1 };
  for (const { key, arg } of opts) {
    if (key === 'b') o.style = bodyStyle(arg!);
    else if (key === 'w') o.width = intArg(arg!, 'line number field width', 1);
    else if (key === 's') o.sep = arg!;
    else if (key === 'v') o.start = intArg(arg!, 'starting line number', -Infinity);
    else if (key === 'i') o.incr = intArg(arg!, 'line number increment', -Infinity);
    else if (key === 'n') {
      if (arg !== 'ln' && arg !== 'rn' && arg !== 'rz') throw new Fail(`invalid line numbering format: ${quote(arg!)}`, true);
      o.format = arg;
    }
  }
  return o;
}

function numbered(n: number, o: NlOpts): string {
  const s = String(n);
  if (o.format === 'ln') return s.padEnd(o.width);
  if (o.format === 'rz') return n < 0 ? '-' + String(-n).padStart(o.width - 1, '0') : s.padStart(o.width, '0');
  return s.padStart(o.width);
}

const NL_LONG = [
  { name: 'body-numbering', arg: 1, key: 'b' },
  { name: 'number-width', arg: 1, key: 'w' },
  { name: 'number-separator', arg: 1, key: 's' },
  { name: 'number-format', arg: 1, key: 'n' },
  { name: 'starting-line-number', arg: 1, key: 'v' },
  { name: 'line-increment', arg: 1, key: 'i' },
] as const;

async function nlMain(c: Cmd): Promise<number> {
  const r = c.options({ short: 'b:w:s:n:v:i:', long: NL_LONG }, 1);
  if (typeof r === 'number') return r;
  const o = configure(r.opts);
  let n = o.start;
  return forEachLine(c, r.operands, (l) => {
    const numberIt = o.style(l.text);
    c.out((numberIt ? numbered(n, o) + o.sep : ' '.repeat(o.width + o.sep.length)) + l.text + '\n');
    if (numberIt) n += o.incr;
  });
}

export function nl(c: Cmd): Promise<number> {
  return guarded(c, 1, () => nlMain(c));
}
