/**
 * wc as coreutils 9.1 counts in the C locale (src/wc.c): lines, words
 * (runs of printable non-space bytes; other bytes neither start nor end a
 * word), bytes, characters (-m: bytes in the C locale, UTF-8 characters
 * when LC_ALL/LC_CTYPE/LANG names a UTF-8 locale; invalid bytes are not
 * characters), the longest line (-L, tabs to 8).
 * Column width follows compute_number_width(): 1 for a single count of a
 * single input, else the digits of the total size of the regular files, at
 * least 7 when an input is not a regular file (a pipe, a directory).
 */
import type { InStream } from '../process.js';
import { type Cmd, errText, isVfsError } from './common.js';
import { quotef } from './quote.js';
import { byteLength, charCount, utf8Locale } from '../bytes.js';

/**
 * An InStream that is a redirected regular file (`wc < file`) may say its
 * size, as fstat() tells GNU wc; without it stdin counts as a pipe.
 */
export interface SizedInStream extends InStream {
  readonly fileSize?: number;
}

interface Counts {
  lines: number;
  words: number;
  bytes: number;
  chars: number;
  maxLine: number;
}

const KEYS = ['l', 'w', 'm', 'c', 'L'] as const;


/** wc()'s byte loop (C locale), fed chunk by chunk. */
class Counter {
  readonly r: Counts = { lines: 0, words: 0, bytes: 0, chars: 0, maxLine: 0 };
  private inWord = false;
  private pos = 0;

  /** `bytesOnly`: -c alone, where wc_lines() is not needed (wc.c counts the bytes read). */
  constructor(
    private readonly utf8: boolean,
    private readonly bytesOnly = false,
  ) {}

  feed(s: string): void {
    const r = this.r;
    const bytes = byteLength(s);
    r.bytes += bytes;
    if (this.bytesOnly) return;
    r.chars += this.utf8 ? charCount(s) : bytes;
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      if (ch === 10 || ch === 13 || ch === 12) {
        if (ch === 10) r.lines++;
        r.maxLine = Math.max(r.maxLine, this.pos);
        this.pos = 0;
        this.endWord();
      } else if (ch === 9) {
        this.pos += 8 - (this.pos % 8);
        this.endWord();
      } else if (ch === 32) {
        this.pos++;
        this.endWord();
      } else if (ch === 11) this.endWord();
      else if (ch > 32 && ch < 127) {
        this.pos++;
        this.inWord = true;
      }
    }
  }

  private endWord(): void {
    if (this.inWord) this.r.words++;
    this.inWord = false;
  }

  end(): Counts {
    this.r.maxLine = Math.max(this.r.maxLine, this.pos);
    this.endWord();
    return this.r;
  }
}

/** st_size as stat() reports it: procfs files are empty, sysfs attributes one page. */
function fileSize(c: Cmd, file: string, data: string): number {
  const path = c.path(file);
  if (path.startsWith('/proc/')) return 0;
  if (path.startsWith('/sys/')) return 4096;
  return byteLength(data);
}

interface Input {
  readonly name: string | null;
  /** What stat() says: a regular file's size, 'other' (pipe, directory), or 'failed'. */
  readonly stat: number | 'other' | 'failed';
  readonly data: string | null;
  /** Standard input or a device (/dev/zero, /dev/stdin...), read chunk by chunk as it comes. */
  readonly stream?: InStream;
  readonly error?: string;
}

async function load(c: Cmd, name: string | null): Promise<Input> {
  if (name === null || name === '-') {
    const size = (c.p.stdin as SizedInStream).fileSize;
    return { name, stat: size ?? 'other', data: '', stream: c.p.stdin };
  }
  const dev = c.device(name);
  if (dev !== null && !isVfsError(dev)) return { name, stat: 'other', data: '', stream: dev };
  const data = dev ?? c.readFile(name);
  if (!isVfsError(data)) return { name, stat: fileSize(c, name, data), data };
  if (data === 'EISDIR') return { name, stat: 'other', data: '', error: errText(data) };
  return { name, stat: 'failed', data: null, error: errText(data) };
}

function numberWidth(inputs: Input[], nCounts: number): number {
  if (inputs.length === 1 && nCounts === 1) return 1;
  let total = 0;
  let minimum = 1;
  for (const i of inputs) {
    if (i.stat === 'other') minimum = 7;
    else if (i.stat !== 'failed') total += i.stat;
  }
  return Math.max(minimum, String(total).length);
}

const WC_LONG = [
  { name: 'bytes', arg: 0, key: 'c' },
  { name: 'chars', arg: 0, key: 'm' },
  { name: 'lines', arg: 0, key: 'l' },
  { name: 'max-line-length', arg: 0, key: 'L' },
  { name: 'words', arg: 0, key: 'w' },
] as const;

export async function wc(c: Cmd): Promise<number> {
  const o = c.options({ short: 'clLmw', long: WC_LONG }, 1);
  if (typeof o === 'number') return o;
  let shown = KEYS.filter((k) => o.has(k));
  if (shown.length === 0) shown = ['l', 'w', 'c'];
  const names: (string | null)[] = o.operands.length > 0 ? o.operands : [null];
  // GNU stats every input before counting any.
  const inputs: Input[] = [];
  for (const n of names) inputs.push(await load(c, n));
  const width = numberWidth(inputs, shown.length);
  const total: Counts = { lines: 0, words: 0, bytes: 0, chars: 0, maxLine: 0 };
  const utf8 = utf8Locale(c.p.env);
  const fields = (k: Counts): string =>
    shown.map((key) => String({ l: k.lines, w: k.words, m: k.chars, c: k.bytes, L: k.maxLine }[key]).padStart(width)).join(' ');
  let status = 0;
  for (const i of inputs) {
    if (i.error !== undefined) {
      c.error(`${quotef(i.name!)}: ${i.error}`);
      status = 1;
      if (i.data === null) continue;
    }
    const counter = new Counter(utf8, shown.length === 1 && shown[0] === 'c');
    counter.feed(i.data ?? '');
    for (let chunk = await i.stream?.read(); typeof chunk === 'string'; chunk = await i.stream?.read()) counter.feed(chunk);
    const k = counter.end();
    total.lines += k.lines;
    total.chars += k.chars;
    total.words += k.words;
    total.bytes += k.bytes;
    total.maxLine = Math.max(total.maxLine, k.maxLine);
    c.out(fields(k) + (i.name === null ? '' : ' ' + (i.name.includes('\n') ? quotef(i.name) : i.name)) + '\n');
  }
  if (inputs.length > 1) c.out(fields(total) + ' total\n');
  return status;
}
