/**
 * fold as coreutils 9.1 (src/fold.c): lines broken at -w WIDTH columns (80;
 * a tab to the next multiple of 8, backspace one back, carriage return to
 * 0), -b counting bytes, -s breaking after the last blank that fits.
 * In the C locale a character is a byte.
 */
import { decodeBytes, encodeBytes } from '../bytes.js';
import { type Cmd, forEachChunk } from './common.js';
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

/**
 * fold_file(): bytes as they come; a line is held until its newline or
 * until it is `width` columns wide, then written.
 */
class Folder {
  private line: number[] = [];
  private column = 0;

  constructor(
    private readonly width: number,
    private readonly bytes: boolean,
    private readonly spaces: boolean,
  ) {}

  feed(input: Uint8Array): number[] {
    const out: number[] = [];
    for (const ch of input) this.put(ch, out);
    return out;
  }

  /** The held rest at the end of an input. */
  end(): number[] {
    const out = this.line;
    this.line = [];
    this.column = 0;
    return out;
  }

  private put(ch: number, out: number[]): void {
    if (ch === 10) {
      this.emit(this.line, out);
      out.push(10);
      this.line = [];
      this.column = 0;
      return;
    }
    for (;;) {
      this.column = adjustColumn(this.column, ch, this.bytes);
      if (this.column <= this.width) break;
      if (this.spaces) {
        let end = this.line.length;
        while (end > 0 && !isBlank(this.line[end - 1]!)) end--;
        if (end > 0) {
          this.emit(this.line.slice(0, end), out);
          out.push(10);
          this.line = this.line.slice(end);
          this.column = this.line.reduce((col, x) => adjustColumn(col, x, this.bytes), 0);
          continue;
        }
      }
      if (this.line.length === 0) break;
      this.emit(this.line, out);
      out.push(10);
      this.line = [];
      this.column = 0;
    }
    this.line.push(ch);
  }

  /** A loop, not push(...line): a line may be longer than the arguments a call takes. */
  private emit(line: number[], out: number[]): void {
    for (const x of line) out.push(x);
  }
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
  const f = new Folder(width, o.has('b'), o.has('s'));
  const write = (b: number[]): void => c.out(decodeBytes(b));
  return forEachChunk(c, o.operands, (data) => write(f.feed(encodeBytes(data))), undefined, () => write(f.end()));
}
