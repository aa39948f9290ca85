/**
 * stat -c FORMAT / --printf FORMAT as coreutils 9.1 (src/stat.c,
 * print_stat()): %n %N %s %a %A %f %F %h %b %B %o %u %U %g %G %t %T, the
 * times %x %y %z (all the lab's modification time: it keeps no other) and
 * %X %Y %Z, the birth time unknown (%w `-`, %W 0); every file is root's.
 * The default output and -f need the device and inode numbers the lab's
 * file system does not have: they are refused, as are %d %D %i %m %C.
 */
import { LAB_EPOCH_SEC } from '../../tools/ping_common.js';
import { type FileMeta, S_IFCHR, S_IFDIR, S_IFLNK, S_IFMT } from '../vfs.js';
import { type Cmd, errText } from './common.js';
import { formatInt, formatStr, type ConvSpec } from './cformat.js';
import { breakDown, strftime, zoneOf } from './date.js';
import { echoEscapes } from './echo.js';
import { modeString } from './ls.js';
import { quote, quoteaf } from './quote.js';

const STAT_LONG = [
  { name: 'dereference', arg: 0, key: 'L' },
  { name: 'file-system', arg: 0, key: 'f' },
  { name: 'cached', arg: 1, key: 'K' },
  { name: 'format', arg: 1, key: 'c' },
  { name: 'printf', arg: 1, key: 'P' },
  { name: 'terse', arg: 0, key: 't' },
] as const;

const UNSUPPORTED = 'dDimC';

function fileType(m: FileMeta): string {
  const fmt = m.mode & S_IFMT;
  if (fmt === S_IFDIR) return 'directory';
  if (fmt === S_IFCHR) return 'character special file';
  if (fmt === S_IFLNK) return 'symbolic link';
  return m.size === 0 ? 'regular empty file' : 'regular file';
}

function timeOf(c: Cmd, m: FileMeta): string {
  const sec = LAB_EPOCH_SEC + Math.floor(m.mtimeNs / 1e9);
  return strftime('%Y-%m-%d %H:%M:%S.%N %z', breakDown(sec, m.mtimeNs % 1e9, zoneOf(c.p.env.get('TZ'))));
}

/** print_stat(): one directive's value, a number or a string. */
function directive(c: Cmd, ch: string, name: string, m: FileMeta): bigint | string {
  const secs = BigInt(LAB_EPOCH_SEC + Math.floor(m.mtimeNs / 1e9));
  switch (ch) {
    case 'n': return name;
    case 'N': return (m.mode & S_IFMT) === S_IFLNK && m.link !== undefined ? `${quoteaf(name)} -> ${quoteaf(m.link)}` : quoteaf(name);
    case 's': return BigInt(m.size);
    case 'a': return BigInt(m.mode & 0o7777);
    case 'A': return modeString(m.mode);
    case 'f': return BigInt(m.mode);
    case 'F': return fileType(m);
    case 'h': return BigInt(m.nlink);
    case 'b': return BigInt(m.blocks);
    case 'B': return 512n;
    case 'o': return 4096n;
    case 'u': case 'g': return 0n;
    case 'U': case 'G': return 'root';
    case 't': return BigInt(m.rdev?.[0] ?? 0);
    case 'T': return BigInt(m.rdev?.[1] ?? 0);
    case 'x': case 'y': case 'z': return timeOf(c, m);
    case 'X': case 'Y': case 'Z': return secs;
    case 'w': return '-';
    case 'W': return 0n;
    default: return '?';
  }
}

/** The directives print_stat() writes with out_uint_o / out_uint_x. */
const INT_CONV: Record<string, string> = { a: 'o', f: 'x', t: 'x', T: 'x' };

const DIRECTIVE = /%([-#+ 0']*)(\d*)(?:\.(\d*))?(.?)/y;

/** The format expanded for one file (print_it()). */
function expand(c: Cmd, fmt: string, name: string, m: FileMeta): string {
  let out = '';
  for (let i = 0; i < fmt.length; ) {
    if (fmt[i] !== '%') {
      out += fmt[i++];
      continue;
    }
    DIRECTIVE.lastIndex = i;
    const d = DIRECTIVE.exec(fmt)!;
    i = DIRECTIVE.lastIndex;
    const conv = d[4]!;
    if (conv === '%' || conv === '') {
      out += conv === '' ? d[0] : '%';
      continue;
    }
    const spec: ConvSpec = { flags: d[1]!, width: d[2] ? Number(d[2]) : undefined, precision: d[3] !== undefined ? Number(d[3] || 0) : undefined, conv: 'd' };
    const v = directive(c, conv, name, m);
    out += typeof v === 'bigint' ? formatInt({ ...spec, conv: INT_CONV[conv] ?? 'd' }, v) : formatStr({ ...spec, conv: 's' }, v);
  }
  return out;
}

export async function stat(c: Cmd): Promise<number> {
  const o = c.options({ short: 'c:fLt', long: STAT_LONG }, 1);
  if (typeof o === 'number') return o;
  if (o.operands.length === 0) return c.usage('missing operand', 1);
  let fmt: string | null = null;
  for (const x of o.opts) {
    if (x.key === 'c') fmt = x.arg! + '\n';
    if (x.key === 'P') fmt = echoEscapes(x.arg!).text;
  }
  if (fmt === null || o.has('f', 't')) {
    c.error('the default format, -f and -t need device and inode numbers: not implemented in this lab (use -c FORMAT)');
    return 1;
  }
  const bad = /%[-#+ 0']*\d*(?:\.\d*)?([a-zA-Z])/g;
  for (const m of fmt.matchAll(bad)) {
    if (UNSUPPORTED.includes(m[1]!)) {
      c.error(`%${m[1]}: not implemented in this lab`);
      return 1;
    }
  }
  let status = 0;
  for (const name of o.operands) {
    const m = name === '-' ? null : c.p.fs.meta?.(c.path(name), c.p.net) ?? null;
    if (m === null) {
      c.error(`cannot statx ${quote(name)}: ${errText('ENOENT')}`);
      status = 1;
      continue;
    }
    c.out(expand(c, fmt, name, m));
  }
  return status;
}
