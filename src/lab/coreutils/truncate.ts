/**
 * truncate as coreutils 9.1 (src/truncate.c): each file set to -s SIZE
 * (suffixes K, KB, KiB... ; `+` extend by, `-` reduce by, `<` at most, `>`
 * at least, `/` round down to, `%` round up to a multiple), created unless
 * -c, extended with zero bytes. -r/-o are refused as not implemented.
 */
import { decodeBytes, encodeBytes } from '../bytes.js';
import { createMode } from '../shell/procs.js';
import { type Cmd, errText, isVfsError } from './common.js';
import { xstrtoumax } from './num.js';
import { quote, quoteaf } from './quote.js';

const TRUNCATE_LONG = [
  { name: 'no-create', arg: 0, key: 'c' },
  { name: 'io-blocks', arg: 0, key: 'o' },
  { name: 'reference', arg: 1, key: 'r' },
  { name: 'size', arg: 1, key: 's' },
] as const;

type Rel = '' | '+' | '-' | '<' | '>' | '/' | '%';

function newSize(cur: number, rel: Rel, n: number): number {
  switch (rel) {
    case '+': return cur + n;
    case '-': return Math.max(0, cur - n);
    case '<': return Math.min(cur, n);
    case '>': return Math.max(cur, n);
    case '/': return Math.floor(cur / n) * n;
    case '%': return Math.ceil(cur / n) * n;
    default: return n;
  }
}

export async function truncate(c: Cmd): Promise<number> {
  const o = c.options({ short: 'cor:s:', long: TRUNCATE_LONG }, 1);
  if (typeof o === 'number') return o;
  if (o.has('r', 'o')) {
    c.error('--reference and --io-blocks: not implemented in this lab');
    return 1;
  }
  const spec = o.opts.filter((x) => x.key === 's').pop()?.arg;
  if (spec === undefined) return c.usage("you must specify either '--size' or '--reference'", 1);
  if (o.operands.length === 0) return c.usage('missing file operand', 1);
  const m = /^\s*([-+<>/%]?)\s*(.*)$/.exec(spec)!;
  const rel = m[1] as Rel;
  const v = xstrtoumax(m[2]!, 'EgGkKmMPtTYZ0');
  if (v === 'invalid' || v === 'overflow' || m[2]!.startsWith('-')) {
    c.error(`Invalid number: ${quote(spec)}`);
    return 1;
  }
  const n = Number(v);
  if ((rel === '/' || rel === '%') && n === 0) {
    c.error('division by zero');
    return 1;
  }
  let status = 0;
  for (const file of o.operands) {
    const path = c.path(file);
    const kind = c.stat(file);
    if (kind === null && o.has('c')) continue;
    const old = kind === 'file' ? c.readFile(file) : '';
    const err = isVfsError(old) ? old : kind === 'dir' || file.endsWith('/') ? 'EISDIR' : null;
    const bytes = isVfsError(old) ? new Uint8Array(0) : encodeBytes(old);
    const size = newSize(bytes.length, rel, n);
    const next = new Uint8Array(size);
    next.set(bytes.subarray(0, size));
    const werr = err ?? c.p.fs.write(path, decodeBytes(next), c.p.net, false, createMode(c.p.lab, c.p.pid, false));
    if (werr) {
      c.error(`cannot open ${quoteaf(file)} for writing: ${errText(werr)}`);
      status = 1;
    }
  }
  return status;
}
