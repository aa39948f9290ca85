/**
 * xxd as vim's xxd 2022-01-14 (Debian 12) prints it: `OFFSET: HEX  ASCII`
 * lines, -c bytes per line (16; 30 with -p), -g bytes per group (2; 0 for
 * one group), -l length, -s start, -u upper case, -p plain hex, -r (with
 * -p) back to bytes; [infile [outfile]]. -b -i -e -E -a -d -o refuse as not
 * implemented.
 */
import { decodeBytes, encodeBytes } from '../bytes.js';
import { createMode } from '../shell/procs.js';
import { type Cmd, errText, forEachBlock, isVfsError } from './common.js';

const USAGE = `Usage:
       xxd [options] [infile [outfile]]
    or
       xxd -r [-s [-]offset] [-c cols] [-ps] [infile [outfile]]
Options:
    -a          toggle autoskip: A single '*' replaces nul-lines. Default off.
    -b          binary digit dump (incompatible with -ps,-i,-r). Default hex.
    -C          capitalize variable names in C include file style (-i).
    -c cols     format <cols> octets per line. Default 16 (-i: 12, -ps: 30).
    -E          show characters in EBCDIC. Default ASCII.
    -e          little-endian dump (incompatible with -ps,-i,-r).
    -g bytes    number of octets per group in normal output. Default 2 (-e: 4).
    -h          print this summary.
    -i          output in C include file style.
    -l len      stop after <len> octets.
    -n name     set the variable name used in C include output (-i).
    -o off      add <off> to the displayed file position.
    -ps         output in postscript plain hexdump style.
    -r          reverse operation: convert (or patch) hexdump into binary.
    -r -s off   revert with <off> added to file positions found in hexdump.
    -d          show offset in decimal instead of hex.
    -s [+][-]seek  start at <seek> bytes abs. (or +: rel.) infile offset.
    -u          use upper case hex letters.
    -v          show version: "xxd 2022-01-14 by Juergen Weigert et al.".
`;

interface XxdOpts {
  cols: number;
  group: number;
  len: number;
  seek: number;
  upper: boolean;
  plain: boolean;
  revert: boolean;
  files: string[];
}

/** strtol(s, NULL, 0) as xxd reads its numbers. */
function num(s: string): number {
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)/.exec(s);
  if (!m) return 0;
  const v = m[2]!.startsWith('0x') || m[2]!.startsWith('0X') ? parseInt(m[2]!, 16) : m[2]!.length > 1 && m[2]!.startsWith('0') ? parseInt(m[2]!, 8) : Number(m[2]);
  return m[1] === '-' ? -v : v;
}

/** xxd's own argument loop: `-c8`, `-c 8`, `-cols 8`, `-ps`; a usage error (status 1) or the options. */
function parse(args: string[]): XxdOpts | string {
  const o: XxdOpts = { cols: 0, group: -1, len: Infinity, seek: 0, upper: false, plain: false, revert: false, files: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-' || !a.startsWith('-') || o.files.length > 0) {
      o.files.push(a);
      continue;
    }
    const letter = a[1]!;
    if (letter === 'u') o.upper = true;
    else if (letter === 'p') o.plain = true;
    else if (letter === 'r') o.revert = true;
    else if ('cgls'.includes(letter)) {
      const v = a.length > 2 && /^-[cgls]\d/.test(a) ? a.slice(2) : args[++i];
      if (v === undefined) return 'usage';
      if (letter === 'c') o.cols = num(v);
      else if (letter === 'g') o.group = num(v);
      else if (letter === 'l') o.len = num(v);
      else o.seek = num(v);
    } else if ('abiEedoCnv'.includes(letter)) return `-${letter}`;
    else return 'usage';
  }
  if (o.files.length > 2) return 'usage';
  return o;
}

/** The dump of `b` from offset `start` (xxd.c's main loop, normal layout). */
function dump(b: Uint8Array, start: number, o: XxdOpts): string {
  const cols = o.cols || 16;
  const g = o.group < 0 ? 2 : o.group || cols;
  const grplen = 2 * g + 1;
  const asciiAt = Math.floor((grplen * cols - 1) / g) + 2;
  let out = '';
  const hex = (x: number): string => (o.upper ? x.toString(16).toUpperCase() : x.toString(16)).padStart(2, '0');
  for (let off = 0; off < b.length; off += cols) {
    const line = b.subarray(off, off + cols);
    let h = '';
    let ascii = '';
    line.forEach((x, p) => {
      const at = 2 * p + Math.floor(p / g);
      h = h.padEnd(at) + hex(x);
      ascii += x >= 0x20 && x < 0x7f ? String.fromCharCode(x) : '.';
    });
    out += `${(start + off).toString(16).padStart(8, '0')}: ${h.padEnd(asciiAt)}${ascii}\n`;
  }
  return out;
}

function plainDump(b: Uint8Array, o: XxdOpts): string {
  const cols = o.cols || 30;
  let out = '';
  for (let off = 0; off < b.length; off += cols) {
    const s = Array.from(b.subarray(off, off + cols), (x) => x.toString(16).padStart(2, '0')).join('');
    out += (o.upper ? s.toUpperCase() : s) + '\n';
  }
  return out;
}

/** -r: hex pairs back to bytes, each normal line at its offset (plus -s). */
function revert(text: string, o: XxdOpts): Uint8Array {
  const out: number[] = [];
  const pairs = (s: string, at: number): void => {
    const digits = s.replace(/[^0-9a-fA-F]/g, '');
    for (let i = 0; i + 1 < digits.length; i += 2) out[at++] = parseInt(digits.slice(i, i + 2), 16);
  };
  if (o.plain) pairs(text.replace(/\s/g, ''), o.seek);
  else {
    for (const line of text.split('\n')) {
      const m = /^\s*([0-9a-fA-F]+):\s?(.*)$/.exec(line);
      if (!m) continue;
      const area = m[2]!.split('  ')[0]!;
      pairs(area.replace(/ /g, ''), parseInt(m[1]!, 16) + o.seek);
    }
  }
  return Uint8Array.from(out, (x) => x ?? 0);
}

/** The dump written line by line as the input comes (xxd.c's main loop), so `xxd /dev/urandom | head` ends. */
async function dumpStream(c: Cmd, infile: string, o: XxdOpts): Promise<number> {
  const cols = o.cols || (o.plain ? 30 : 16);
  let status = 0;
  const line = (b: Uint8Array, off: number): void => c.out(o.plain ? plainDump(b, o) : dump(b, off, o));
  await forEachBlock(c, [infile], { skip: o.seek, limit: Math.max(0, o.len), size: cols }, line, (f, err) => {
    c.error(`${f}: ${errText(err)}`);
    status = 2;
  });
  return status;
}

export async function xxd(c: Cmd): Promise<number> {
  const o = parse(c.args);
  if (o === 'usage') {
    c.stderr(USAGE);
    return 1;
  }
  if (typeof o === 'string') {
    c.error(`${o}: not implemented in this lab`);
    return 1;
  }
  const infile = o.files[0] ?? '-';
  const outfile = o.files[1];
  if (!o.revert && o.seek >= 0 && (outfile === undefined || outfile === '-')) return dumpStream(c, infile, o);
  const data = await c.slurp(infile);
  if (isVfsError(data)) {
    c.error(`${infile}: ${errText(data)}`);
    return 2;
  }
  let text: string;
  if (o.revert) text = decodeBytes(revert(data, o));
  else {
    const all = encodeBytes(data);
    const start = o.seek < 0 ? Math.max(0, all.length + o.seek) : o.seek;
    const b = all.subarray(start, start + Math.max(0, o.len));
    text = o.plain ? plainDump(b, o) : dump(b, start, o);
  }
  if (outfile === undefined || outfile === '-') {
    c.out(text);
    return 0;
  }
  const err = c.p.fs.write(c.path(outfile), text, c.p.net, false, createMode(c.p.lab, c.p.pid, false));
  if (err) {
    c.error(`${outfile}: ${errText(err)}`);
    return 3;
  }
  return 0;
}
