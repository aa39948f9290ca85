/**
 * hexdump as util-linux 2.38 (Debian 12) prints its two usual formats: the
 * default (16-bit little-endian words in hex after a 7-digit offset) and -C
 * (canonical: 8-digit offset, bytes in two halves, `|ASCII|`); -n length,
 * -s skip, identical lines squeezed to `*` unless -v; the end offset last.
 * -e/-f formats and the other display options refuse as not implemented.
 */
import { type Cmd, errText, forEachBlock } from './common.js';
import { xstrtoumax } from './num.js';
import { quote } from './quote.js';
import { strerror } from '../../net/core/errno.js';

const HEXDUMP_LONG = [
  { name: 'canonical', arg: 0, key: 'C' },
  { name: 'length', arg: 1, key: 'n' },
  { name: 'skip', arg: 1, key: 's' },
  { name: 'no-squeezing', arg: 0, key: 'v' },
  { name: 'one-byte-octal', arg: 0, key: 'b' },
  { name: 'one-byte-char', arg: 0, key: 'c' },
  { name: 'two-bytes-decimal', arg: 0, key: 'd' },
  { name: 'two-bytes-octal', arg: 0, key: 'o' },
  { name: 'two-bytes-hex', arg: 0, key: 'x' },
  { name: 'format', arg: 1, key: 'e' },
  { name: 'format-file', arg: 1, key: 'f' },
  { name: 'color', arg: 2, key: 'L' },
] as const;

const hex = (x: number, w: number): string => x.toString(16).padStart(w, '0');

function canonicalLine(off: number, line: Uint8Array): string {
  let h = '';
  line.forEach((x, i) => (h += (i === 8 ? ' ' : '') + hex(x, 2) + ' '));
  const ascii = Array.from(line, (x) => (x >= 0x20 && x < 0x7f ? String.fromCharCode(x) : '.')).join('');
  return `${hex(off, 8)}  ${h.padEnd(49)} |${ascii}|\n`;
}

function wordLine(off: number, line: Uint8Array): string {
  let s = hex(off, 7);
  for (let i = 0; i < 16; i += 2) s += i < line.length ? ' ' + hex(line[i]! | ((line[i + 1] ?? 0) << 8), 4) : '     ';
  return s + '\n';
}

/** size parsing of -n / -s (strtosize: K, M... suffixes). */
function size(c: Cmd, v: string, what: string): number | null {
  const r = xstrtoumax(v, 'bkKmMgGtTpPeE0');
  if (r === 'invalid' || r === 'overflow') {
    c.error(`${what}: ${quote(v)}: ${strerror.EINVAL}`);
    return null;
  }
  return Number(r);
}

export async function hexdump(c: Cmd): Promise<number> {
  const o = c.options({ short: 'bcCde:f:L::n:os:vxV', long: HEXDUMP_LONG }, 1);
  if (typeof o === 'number') return o;
  const other = o.opts.find((x) => 'bcdoefLx'.includes(x.key));
  if (other) {
    c.error(`-${other.key}: not implemented in this lab (only the default format and -C)`);
    return 1;
  }
  let len = Infinity;
  let skip = 0;
  for (const x of o.opts) {
    const v = x.key === 'n' || x.key === 's' ? size(c, x.arg!, x.key === 'n' ? 'failed to parse length' : 'failed to parse offset') : 0;
    if (v === null) return 1;
    if (x.key === 'n') len = v;
    if (x.key === 's') skip = v;
  }
  const files = o.operands.length > 0 ? o.operands : ['-'];
  let failed = 0;
  const canonical = o.has('C');
  let prev: Uint8Array | null = null;
  let starred = false;
  const line = (b: Uint8Array, off: number): void => {
    if (!o.has('v') && b.length === 16 && prev !== null && b.every((x, i) => x === prev![i])) {
      if (!starred) c.out('*\n');
      starred = true;
      return;
    }
    prev = b.slice();
    starred = false;
    c.out(canonical ? canonicalLine(off, b) : wordLine(off, b));
  };
  const r = await forEachBlock(c, files, { skip, limit: len, size: 16 }, line, (f, err) => {
    c.error(`${f}: ${errText(err)}`);
    failed++;
  });
  if (failed === files.length) {
    c.error('all input file arguments failed');
    return 1;
  }
  if (r.taken > 0 || r.skipped > 0) c.out(hex(r.skipped + r.taken, canonical ? 8 : 7) + '\n');
  return failed > 0 ? 1 : 0;
}
