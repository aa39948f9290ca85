/**
 * cmp as GNU diffutils 3.8 prints it in the C locale (src/cmp.c): the
 * first difference as "differ: char N, line L" (POSIX's wording, which
 * only the C locale keeps; -b prints "byte" and the two bytes), every
 * difference with -l (offsets as wide as the shorter regular file's
 * length), nothing with -s; SKIP1[:SKIP2] and LIMIT with xstrtoumax()'s
 * suffixes; EOF on the shorter input reported on stderr, exit 1; trouble
 * exit 2.
 */
import { byteLength, encodeBytes } from '../bytes.js';
import type { InStream } from '../process.js';
import { type Cmd, EXIT_CPU_SPENT, errText, isVfsError, stringStream } from './common.js';
import type { SizedInStream } from './wc.js';
import { getopt } from './getopt.js';

const HELP = `Usage: cmp [OPTION]... FILE1 [FILE2 [SKIP1 [SKIP2]]]
Compare two files byte by byte.

The optional SKIP1 and SKIP2 specify the number of bytes to skip
at the beginning of each file (zero by default).

Mandatory arguments to long options are mandatory for short options too.
  -b, --print-bytes          print differing bytes
  -i, --ignore-initial=SKIP         skip first SKIP bytes of both inputs
  -i, --ignore-initial=SKIP1:SKIP2  skip first SKIP1 bytes of FILE1 and
                                      first SKIP2 bytes of FILE2
  -l, --verbose              output byte numbers and differing byte values
  -n, --bytes=LIMIT          compare at most LIMIT bytes
  -s, --quiet, --silent      suppress all normal output
      --help                 display this help and exit
  -v, --version              output version information and exit

SKIP values may be followed by the following multiplicative suffixes:
kB 1000, K 1024, MB 1,000,000, M 1,048,576,
GB 1,000,000,000, G 1,073,741,824, and so on for T, P, E, Z, Y.

If a FILE is '-' or missing, read standard input.
Exit status is 0 if inputs are the same, 1 if different, 2 if trouble.

Report bugs to: bug-diffutils@gnu.org
GNU diffutils home page: <https://www.gnu.org/software/diffutils/>
General help using GNU software: <https://www.gnu.org/gethelp/>
`;

const VERSION = `cmp (GNU diffutils) 3.8
Copyright (C) 2021 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by Torbjorn Granlund and David MacKenzie.
`;

const EXIT_TROUBLE = 2;
/** TYPE_MAXIMUM (off_t): no limit, and the -l width of an input of unknown size. */
const OFF_MAX = Number.MAX_SAFE_INTEGER;
const INTMAX_DIGITS = 19;

type Mode = 'first' | 'all' | 'status';

/** xstrtoumax(s, 0, "kKMGTPEZY0"): base 0 digits, then K/k (1024), KB (1000), KiB (1024)...; null if invalid. */
export function parseSuffixed(s: string): number | null {
  const m = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)?([kKMGTPEZY](iB|B|D)?)?$/.exec(s);
  if (!m || s === '' || (m[1] === undefined && m[2] === undefined)) return null;
  const digits = m[1];
  let n = digits === undefined ? 1 : digits.length > 1 && digits[0] === '0' && !/[xX]/.test(digits) ? parseInt(digits, 8) : Number(digits);
  if (m[2]) {
    const power = 'KMGTPEZY'.indexOf(m[2][0]!.toUpperCase()) + 1;
    const base = m[3] === 'B' || m[3] === 'D' ? 1000 : 1024;
    n *= base ** power;
  }
  return Math.min(n, OFF_MAX);
}

/** sprintc(): a byte as cat -v shows it. */
function sprintc(b: number): string {
  let s = '';
  if (b >= 128) {
    s = 'M-';
    b -= 128;
  }
  if (b < 32) return `${s}^${String.fromCharCode(b + 64)}`;
  if (b === 127) return `${s}^?`;
  return s + String.fromCharCode(b);
}

const oct3 = (b: number): string => b.toString(8).padStart(3);

/** An input read in chunks, as bytes. */
class ByteInput {
  private buf: Uint8Array = new Uint8Array(0);
  private at = 0;
  private eof = false;

  constructor(readonly stream: InStream) {}

  /** The next byte, or -1 at EOF; a promise only when the buffer must be read again. */
  next(): number | Promise<number> {
    return this.at < this.buf.length ? this.buf[this.at++]! : this.refill();
  }

  private async refill(): Promise<number> {
    while (this.at >= this.buf.length) {
      if (this.eof) return -1;
      const s = await this.stream.read(65536);
      if (s === null) this.eof = true;
      else {
        this.buf = encodeBytes(s);
        this.at = 0;
      }
    }
    return this.buf[this.at++]!;
  }

  /** Skip `n` bytes (fewer at EOF). */
  async skip(n: number): Promise<void> {
    for (let i = 0; i < n; i++) {
      let b = this.next();
      if (typeof b !== 'number') b = await b;
      if (b < 0) return;
    }
  }
}

interface Operand {
  readonly name: string;
  readonly input: ByteInput;
  /** The regular file's size, or null (a pipe, a device). */
  readonly size: number | null;
}

function open(c: Cmd, name: string, mode: Mode): Operand {
  const dev = c.device(name);
  if (dev !== null && !isVfsError(dev)) {
    const size = name === '-' ? ((dev as SizedInStream).fileSize ?? null) : null;
    return { name, input: new ByteInput(dev), size };
  }
  const data = dev ?? c.readFile(name);
  if (isVfsError(data)) {
    if (data === 'EISDIR') throw new Trouble(`${name}: ${errText(data)}`, true);
    throw new Trouble(`${name}: ${errText(data)}`, mode !== 'status');
  }
  return { name, input: new ByteInput(stringStream(data)), size: byteLength(data) };
}

class Trouble extends Error {
  constructor(message: string, readonly loud: boolean) {
    super(message);
  }
}

interface Args {
  mode: Mode;
  printBytes: boolean;
  skip: [number, number];
  limit: number;
  names: [string, string];
}

/** main()'s option and operand checks: the Args, or an exit status after the diagnostic. */
function parseArgs(c: Cmd): Args | number {
  const o = getopt(c.args, {
    short: 'bci:ln:sv',
    long: [
      { name: 'print-bytes', arg: 0, key: 'b' }, { name: 'print-chars', arg: 0, key: 'c' },
      { name: 'ignore-initial', arg: 1, key: 'i' }, { name: 'verbose', arg: 0, key: 'l' },
      { name: 'bytes', arg: 1, key: 'n' }, { name: 'silent', arg: 0, key: 's' }, { name: 'quiet', arg: 0, key: 's' },
      { name: 'version', arg: 0, key: 'v' }, { name: 'help', arg: 0, key: 'h' },
    ],
  }, c.p.env);
  if (!o.ok) return tryHelp(c, o.message, EXIT_TROUBLE);
  const a: Args = { mode: 'first', printBytes: false, skip: [0, 0], limit: OFF_MAX, names: ['-', '-'] };
  for (const { key, arg } of o.opts) {
    if (key === 'b' || key === 'c') a.printBytes = true;
    else if (key === 'i') {
      const colon = arg!.indexOf(':');
      const parts = colon < 0 ? [arg!, arg!] : [arg!.slice(0, colon), arg!.slice(colon + 1)];
      for (const f of [0, 1] as const) if (!specifySkip(a, f, parts[f]!)) return tryHelp(c, `invalid --ignore-initial value '${arg}'`, EXIT_TROUBLE);
    } else if (key === 'l') {
      if (a.mode === 'status') return tryHelp(c, 'options -l and -s are incompatible', EXIT_TROUBLE);
      a.mode = 'all';
    } else if (key === 'n') {
      const n = parseSuffixed(arg!);
      if (n === null) return tryHelp(c, `invalid --bytes value '${arg}'`, EXIT_TROUBLE);
      a.limit = Math.min(a.limit, n);
    } else if (key === 's') {
      if (a.mode === 'all') return tryHelp(c, 'options -l and -s are incompatible', EXIT_TROUBLE);
      a.mode = 'status';
    } else if (key === 'v') {
      c.out(VERSION);
      return 0;
    } else if (key === 'h') {
      c.out(HELP);
      return 0;
    }
  }
  const ops = o.operands;
  if (ops.length === 0) return tryHelp(c, `missing operand after 'cmp'`, EXIT_TROUBLE);
  a.names = [ops[0]!, ops[1] ?? '-'];
  for (let f = 0; f < 2; f++) {
    const v = ops[2 + f];
    if (v !== undefined && !specifySkip(a, f as 0 | 1, v)) return tryHelp(c, `invalid --ignore-initial value '${v}'`, EXIT_TROUBLE);
  }
  if (ops.length > 4) return tryHelp(c, `extra operand '${ops[4]}'`, EXIT_TROUBLE);
  return a;
}

/** try_help(): the message, then "cmp: Try 'cmp --help'..." through error(), exit 2. */
function tryHelp(c: Cmd, msg: string, status: number): number {
  c.error(msg);
  c.error(`Try 'cmp --help' for more information.`);
  return status;
}

/** specify_ignore_initial(): the larger of what was given for that file; false if `v` is no number. */
function specifySkip(a: Args, f: 0 | 1, v: string): boolean {
  const n = parseSuffixed(v);
  if (n === null) return false;
  a.skip[f] = Math.max(a.skip[f], n);
  return true;
}

/** cmp */
export async function cmp(c: Cmd): Promise<number> {
  const a = parseArgs(c);
  if (typeof a === 'number') return a;
  // "If file1 and file2 are the same file and have the same offsets, they are the same."
  if (a.names[0] === a.names[1] && a.skip[0] === a.skip[1] && a.names[0] !== '-') {
    const dev = c.device(a.names[0]);
    if ((dev !== null && !isVfsError(dev)) || c.stat(a.names[0]) !== null) return 0;
  }
  let ops: [Operand, Operand];
  try {
    ops = [open(c, a.names[0], a.mode), open(c, a.names[1], a.mode)];
  } catch (e) {
    if (!(e instanceof Trouble)) throw e;
    if (e.loud) c.error(e.message);
    return EXIT_TROUBLE;
  }
  return compare(c, a, ops);
}

/** cmp()'s loop: byte by byte from the skipped offsets, at most `limit` bytes. */
async function compare(c: Cmd, a: Args, ops: [Operand, Operand]): Promise<number> {
  await ops[0].input.skip(a.skip[0]);
  await ops[1].input.skip(a.skip[1]);
  let width = 0;
  if (a.mode === 'all') {
    let max = a.limit;
    for (let f = 0; f < 2; f++) {
      const size = ops[f]!.size;
      if (size !== null) max = Math.min(max, Math.max(0, size - a.skip[f]!));
    }
    width = max >= OFF_MAX ? INTMAX_DIGITS : String(max).length;
  }
  let line = 1;
  let lastNl = false;
  let differing = false;
  for (let n = 0; n < a.limit; n++) {
    // awaited only when an input must be read again
    let b0 = ops[0].input.next();
    if (typeof b0 !== 'number') b0 = await b0;
    let b1 = ops[1].input.next();
    if (typeof b1 !== 'number') b1 = await b1;
    if (b0 < 0 || b1 < 0) {
      if (b0 < 0 && b1 < 0) break;
      if (a.mode !== 'status') eofMessage(c, ops[b0 < 0 ? 0 : 1].name, n, line, lastNl, a.mode);
      return 1;
    }
    if (b0 !== b1) {
      differing = true;
      if (a.mode === 'status') return 1;
      if (a.mode === 'first') {
        const at = `${ops[0].name} ${ops[1].name} differ: ${a.printBytes ? 'byte' : 'char'} ${n + 1}, line ${line}`;
        c.out(a.printBytes ? `${at} is ${oct3(b0)} ${sprintc(b0)} ${oct3(b1)} ${sprintc(b1)}\n` : `${at}\n`);
        return 1;
      }
      const off = String(n + 1).padStart(width);
      c.out(a.printBytes ? `${off} ${oct3(b0)} ${sprintc(b0).padEnd(4)} ${oct3(b1)} ${sprintc(b1)}\n` : `${off} ${oct3(b0)} ${oct3(b1)}\n`);
    }
    lastNl = b0 === 10;
    if (lastNl) line++;
    if ((n & 0xffff) === 0xffff && !(await c.yieldNow())) return EXIT_CPU_SPENT;
  }
  return differing ? 1 : 0;
}

/**
 * The EOF diagnostic: "which is empty", or after how many bytes; for the
 * first difference also the line: "line L" when the common part ends with
 * its newline, "in line L" in the middle of one.
 */
function eofMessage(c: Cmd, name: string, n: number, line: number, lastNl: boolean, mode: Mode): void {
  // fprintf(stderr): no error(), so stdout is not flushed first.
  const say = (t: string): void => void c.p.stderr.write(t);
  if (n === 0) say(`cmp: EOF on ${name} which is empty\n`);
  else if (mode === 'first') say(`cmp: EOF on ${name} after byte ${n}, ${lastNl ? `line ${line - 1}` : `in line ${line}`}\n`);
  else say(`cmp: EOF on ${name} after byte ${n}\n`);
}
