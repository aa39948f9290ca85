/**
 * fold as coreutils 9.1 (src/fold.c): lines broken at -w WIDTH columns (80;
 * a tab to the next multiple of 8, backspace one back, carriage return to
 * 0), -b counting bytes, -s breaking after the last blank that fits.
 * In the C locale a character is a byte.
 */
import { decodeBytes, encodeBytes } from '../bytes.js';
import { type Cmd, forEachInput } from './common.js';
import { xstrtoumax } from './num.js';
import { strerror } from '../../net/core/errno.js';
import { quote } from './quote.js';

const FOLD_LONG = [
  { name: 'bytes', arg: 0, key: 'b' },
  { name: 'spaces', arg: 0, key: 's' },
  { name: 'width', arg: 1, key: 'w' },
] as const;

/** adjust_column(). */
function adjustColumn(column: number, c: number, bytes: boolean): number {
  if (bytes) return column + 1;
  if (c === 8) return column > 0 ? column - 1 : 0;
  if (c === 13) return 0;
  if (c === 9) return column + 8 - (column % 8);
  return column + 1;
}

const isBlank = (c: number): boolean => c === 32 || c === 9;

/** fold_file() over one input's bytes. */
function foldBytes(input: Uint8Array, width: number, bytes: boolean, spaces: boolean): number[] {
  const out: number[] = [];
  let line: number[] = [];
  let column = 0;
  for (const ch of input) {
    if (ch === 10) {
      out.push(...line, 10);
      line = [];
      column = 0;
      continue;
    }
    for (;;) {
      column = adjustColumn(column, ch, bytes);
      if (column <= width) break;
      if (spaces) {
        let end = line.length;
        while (end > 0 && !isBlank(line[end - 1]!)) end--;
        if (end > 0) {
          out.push(...line.slice(0, end), 10);
          line = line.slice(end);
          column = line.reduce((col, x) => adjustColumn(col, x, bytes), 0);
          continue;
        }
      }
      if (line.length === 0) break;
      out.push(...line, 10);
      line = [];
      column = 0;
    }
    line.push(ch);
  }
  out.push(...line);
  return out;
}

export async function fold(c: Cmd): Promise<number> {
  // the obsolete -WIDTH, as fold.c's main() rewrites it to -w WIDTH
  const args = c.args.map((a, i, all) => (/^-\d+$/.test(a) && !['-w', '--width'].includes(all[i - 1]!) ? `-w${a.slice(1)}` : a));
  const o = c.options({ short: 'bsw:', long: FOLD_LONG }, 1, args);
  if (typeof o === 'number') return o;
  let width = 80;
  for (const x of o.opts) {
    if (x.key !== 'w') continue;
    const v = xstrtoumax(x.arg!, '');
    // xdectoumax(optarg, 1, SIZE_MAX - TAB_WIDTH - 1): below 1 is ERANGE, past it EOVERFLOW
    const why = v === 'invalid' ? '' : v === 0n ? `: ${strerror.ERANGE}` : v === 'overflow' || v > 2n ** 64n - 10n ? `: ${strerror.EOVERFLOW}` : null;
    if (why !== null) {
      c.error(`invalid number of columns: ${quote(x.arg!)}${why}`);
      return 1;
    }
    width = Number(v);
  }
  return forEachInput(c, o.operands, (data) => c.out(decodeBytes(foldBytes(encodeBytes(data), width, o.has('b'), o.has('s')))));
}
