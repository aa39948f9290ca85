/**
 * dd as coreutils 9.1 (src/dd.c): operands if= of= bs= ibs= obs= count=
 * skip= seek= conv=notrunc status=none|noxfer|progress, iflag=fullblock,
 * count_bytes, skip_bytes, oflag=seek_bytes (I/O hints such as direct are no-ops);
 * the "N+M records in/out" and transfer statistics (print_xfer_stats(), on
 * the virtual clock: a copy that took no virtual time is "0 s, Infinity B/s")
 * on stderr. Other conversions and flags are refused as not implemented.
 */
import type { InStream } from '../process.js';
import { decodeBytes, encodeBytes } from '../bytes.js';
import { createMode } from '../shell/procs.js';
import { type Cmd, errText, Fail, guarded, isVfsError } from './common.js';
import { gFormat, humanBytes, humanRate } from './human.js';
import { xstrtoumax } from './num.js';
import { quote, quotef } from './quote.js';
import { OpenFile, S_IFMT, S_IFREG, type VfsError } from '../vfs.js';

interface DdOpts {
  ifile: string | null;
  ofile: string | null;
  ibs: number;
  obs: number;
  /** bs= given: each block read is written as it is (dd.c's ibuf == obuf). */
  oneBuf: boolean;
  count: number;
  skip: number;
  seek: number;
  notrunc: boolean;
  status: 'default' | 'none' | 'noxfer' | 'progress';
  fullblock: boolean;
  countBytes: boolean;
  skipBytes: boolean;
  seekBytes: boolean;
}

/** parse_integer(): xstrtoumax with dd's suffixes, `AxB` a product. */
function ddNumber(s: string, min: number): number {
  const x = s.indexOf('x');
  let v: number;
  if (x > 0) {
    v = ddNumber(s.slice(0, x), 0) * ddNumber(s.slice(x + 1), 0);
  } else {
    const r = xstrtoumax(s, 'bcEGkKMPTwYZ0');
    if (r === 'invalid') throw new Fail(`invalid number: ${quote(s)}`);
    v = r === 'overflow' ? Infinity : Number(r);
  }
  if (v < min) throw new Fail(`invalid number: ${quote(s)}`);
  return v;
}

/** parse_symbols(): a comma list of flag names, each one we know. */
function symbols(value: string, known: readonly string[], what: string): string[] {
  const names = value.split(',');
  for (const n of names) if (!known.includes(n)) throw new Fail(`${what}: ${quote(n)}`, true);
  return names;
}

const CONVS = ['ascii', 'ebcdic', 'ibm', 'block', 'unblock', 'lcase', 'ucase', 'sparse', 'swab', 'sync', 'excl', 'nocreat', 'notrunc', 'noerror', 'fdatasync', 'fsync'];
const FLAGS = ['append', 'binary', 'cio', 'direct', 'directory', 'dsync', 'noatime', 'nocache', 'noctty', 'nofollow', 'nolinks', 'nonblock', 'sync', 'text', 'fullblock', 'count_bytes', 'skip_bytes', 'seek_bytes'];

/** Flags that change how the kernel does the I/O, not the bytes copied: nothing to do in the lab's memory. */
const HINTS = ['binary', 'text', 'direct', 'dsync', 'sync', 'nocache', 'noatime', 'noctty', 'nonblock'];

function unimplemented(what: string): never {
  throw new Fail(`${what}: not implemented in this lab`);
}

function ddOptions(args: string[]): DdOpts {
  const o: DdOpts = { ifile: null, ofile: null, ibs: 512, obs: 512, oneBuf: false, count: Infinity, skip: 0, seek: 0, notrunc: false, status: 'default', fullblock: false, countBytes: false, skipBytes: false, seekBytes: false };
  let bs = 0;
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq < 0) throw new Fail(`unrecognized operand ${quote(arg)}`, true);
    const name = arg.slice(0, eq);
    const val = arg.slice(eq + 1);
    if (name === 'if') o.ifile = val;
    else if (name === 'of') o.ofile = val;
    else if (name === 'bs') bs = ddNumber(val, 1);
    else if (name === 'ibs') o.ibs = ddNumber(val, 1);
    else if (name === 'obs') o.obs = ddNumber(val, 1);
    else if (name === 'cbs') ddNumber(val, 1);
    else if (name === 'count') o.count = ddNumber(val, 0);
    else if (name === 'skip' || name === 'iseek') o.skip = ddNumber(val, 0);
    else if (name === 'seek' || name === 'oseek') o.seek = ddNumber(val, 0);
    else if (name === 'conv') {
      for (const c of symbols(val, CONVS, 'invalid conversion')) {
        if (c === 'notrunc') o.notrunc = true;
        else if (c !== 'fsync' && c !== 'fdatasync') unimplemented(`conv=${c}`);
      }
    } else if (name === 'iflag' || name === 'oflag') {
      for (const f of symbols(val, FLAGS, name === 'iflag' ? 'invalid input flag' : 'invalid output flag')) {
        const input = name === 'iflag';
        if (f === 'fullblock' && input) o.fullblock = true;
        else if (f === 'fullblock') throw new Fail(`invalid output flag: ${quote(f)}`, true);
        else if (f === 'count_bytes' || f === 'skip_bytes' || f === 'seek_bytes') {
          // each is honoured in the one flag list it belongs to and ignored in the other (dd.c)
          if (input && f === 'count_bytes') o.countBytes = true;
          if (input && f === 'skip_bytes') o.skipBytes = true;
          if (!input && f === 'seek_bytes') o.seekBytes = true;
        } else if (!HINTS.includes(f)) unimplemented(`${name}=${f}`);
      }
    } else if (name === 'status') {
      if (val !== 'none' && val !== 'noxfer' && val !== 'progress') throw new Fail(`invalid status level: ${quote(val)}`, true);
      o.status = val;
    } else throw new Fail(`unrecognized operand ${quote(arg)}`, true);
  }
  if (bs) {
    o.ibs = o.obs = bs;
    o.oneBuf = true;
  }
  return o;
}

/**
 * The input as read(2)s of at most `ibs` bytes: a file or a device fills
 * each read; a pipe (stdin) returns what one write put in it.
 */
class Reader {
  /** What arrived and was not read yet, in arrival order (the first from `offset`). */
  private chunks: Uint8Array[] = [];
  private offset = 0;
  private buffered = 0;
  private eof = false;

  constructor(
    private readonly src: InStream,
    private readonly fills: boolean,
  ) {}

  /** One read(2) of up to `n` bytes (a pipe gives what it holds). */
  private async more(n: number): Promise<boolean> {
    if (this.eof) return false;
    const chunk = await this.src.read(n);
    if (chunk === null) {
      this.eof = true;
      return false;
    }
    const b = encodeBytes(chunk);
    this.chunks.push(b);
    this.buffered += b.length;
    return true;
  }

  /** One read(2) (`full`: iflag=fullblock's loop until `n` bytes or EOF). */
  async read(n: number, full: boolean): Promise<Uint8Array> {
    if (this.buffered === 0) await this.more(n);
    while ((full || this.fills) && this.buffered < n && (await this.more(n - this.buffered)));
    const r = new Uint8Array(Math.min(n, this.buffered));
    for (let at = 0; at < r.length; ) {
      const head = this.chunks[0]!;
      const take = Math.min(head.length - this.offset, r.length - at);
      r.set(head.subarray(this.offset, this.offset + take), at);
      at += take;
      this.offset += take;
      if (this.offset === head.length) {
        this.chunks.shift();
        this.offset = 0;
      }
    }
    this.buffered -= r.length;
    return r;
  }
}

/** Where the output goes: stdout, or of= written at the seek= offset. */
class Writer {
  private file: OpenFile | null = null;
  private pos: number;

  constructor(
    private readonly c: Cmd,
    private readonly path: string | null,
    private readonly name: string,
    seekBytes: number,
    notrunc: boolean,
  ) {
    this.pos = seekBytes;
    if (path === null) return;
    const fs = c.p.fs;
    const virtual = fs.isVirtual?.(path) === true;
    const old = virtual ? '' : fs.read(path, c.p.net);
    const keep = isVfsError(old) ? new Uint8Array(0) : encodeBytes(old);
    if (!virtual && (!notrunc || seekBytes > keep.length)) {
      const head = new Uint8Array(notrunc ? Math.max(seekBytes, keep.length) : seekBytes);
      head.set(keep.subarray(0, head.length));
      const err = fs.write(path, decodeBytes(head), c.p.net, false, createMode(c.p.lab, c.p.pid, false));
      if (err) throw new Fail(`failed to open ${quote(this.name)}: ${errText(err)}`);
    } else if (isVfsError(old) && !virtual) throw new Fail(`failed to open ${quote(this.name)}: ${errText(old)}`);
    if (virtual) this.file = new OpenFile(fs, path, c.p.net, true);
  }

  write(b: Uint8Array): void {
    if (b.length === 0) return;
    if (this.path === null) {
      if (this.c.broken) this.c.pipeGone();
      // dd's output is write(2)s, one per block, not stdio
      this.c.out(decodeBytes(b));
      this.c.flush();
      return;
    }
    const err = this.file ? this.file.write(decodeBytes(b)) : this.pwrite(b);
    if (err) throw new Fail(`error writing ${quote(this.name)}: ${errText(err)}`);
  }

  private pwrite(b: Uint8Array): VfsError | null {
    const fs = this.c.p.fs;
    const old = fs.read(this.path!, this.c.p.net);
    if (isVfsError(old)) return old;
    const cur = encodeBytes(old);
    let err;
    if (cur.length === this.pos) err = fs.write(this.path!, decodeBytes(b), this.c.p.net, true);
    else {
      const next = new Uint8Array(Math.max(cur.length, this.pos + b.length));
      next.set(cur);
      next.set(b, this.pos);
      err = fs.write(this.path!, decodeBytes(next), this.c.p.net);
    }
    this.pos += b.length;
    return err;
  }
}

interface Stats {
  inFull: number;
  inPartial: number;
  outFull: number;
  outPartial: number;
  bytes: number;
}

/** print_stats(): the records, then print_xfer_stats() unless status=noxfer. */
function printStats(c: Cmd, st: Stats, o: DdOpts, elapsedNs: number): void {
  if (o.status === 'none') return;
  let s = `${st.inFull}+${st.inPartial} records in\n${st.outFull}+${st.outPartial} records out\n`;
  if (o.status !== 'noxfer') {
    const si = humanBytes(st.bytes);
    const iec = humanBytes(st.bytes, true);
    const delta = elapsedNs > 0 ? `${gFormat(elapsedNs / 1e9)} s` : '0 s';
    const rate = elapsedNs > 0 ? humanRate(st.bytes, 1e9, elapsedNs) + '/s' : 'Infinity B/s';
    if (si.endsWith(' B')) s += `${st.bytes} byte${st.bytes === 1 ? '' : 's'} copied, ${delta}, ${rate}\n`;
    else if (iec.endsWith(' B')) s += `${st.bytes} bytes (${si}) copied, ${delta}, ${rate}\n`;
    else s += `${st.bytes} bytes (${si}, ${iec}) copied, ${delta}, ${rate}\n`;
  }
  c.stderr(s);
}

async function copyBlocks(c: Cmd, o: DdOpts, rd: Reader, wr: Writer, st: Stats): Promise<void> {
  // skip=: whole input blocks, or bytes with iflag=skip_bytes (read and dropped, as from a pipe)
  for (let left = o.skipBytes ? o.skip : o.skip * o.ibs; left > 0; ) {
    const got = (await rd.read(Math.min(left, o.ibs), true)).length;
    if (got === 0) break;
    left -= got;
  }
  // count=: input blocks, or bytes with iflag=count_bytes
  let bytesLeft = o.countBytes ? o.count : Infinity;
  // the output block being filled (dd.c's obuf when ibs and obs differ)
  const obuf = new Uint8Array(o.oneBuf ? 0 : o.obs);
  let ofill = 0;
  for (let blocks = 0; (o.countBytes || blocks < o.count) && bytesLeft > 0; blocks++) {
    const b = await rd.read(Math.min(o.ibs, bytesLeft), o.fullblock);
    bytesLeft -= b.length;
    if (b.length === 0) break;
    if (b.length === o.ibs) st.inFull++;
    else st.inPartial++;
    if (o.oneBuf) {
      wr.write(b);
      st.bytes += b.length;
      if (b.length === o.ibs) st.outFull++;
      else st.outPartial++;
    } else {
      for (let at = 0; at < b.length; ) {
        const take = Math.min(o.obs - ofill, b.length - at);
        obuf.set(b.subarray(at, at + take), ofill);
        ofill += take;
        at += take;
        if (ofill < o.obs) continue;
        wr.write(obuf);
        st.outFull++;
        st.bytes += o.obs;
        ofill = 0;
      }
    }
    if (blocks % 64 === 63 && !(await c.yieldNow())) break;
  }
  if (ofill > 0) {
    wr.write(obuf.subarray(0, ofill));
    st.outPartial++;
    st.bytes += ofill;
  }
}

export function dd(c: Cmd): Promise<number> {
  return guarded(c, 1, async () => {
    const args = c.args;
    if (args[0] === '--') args.shift();
    const bad = args.find((a) => a.startsWith('-') && a !== '-');
    if (bad !== undefined) {
      const opt = bad.startsWith('--') ? `unrecognized option '${bad}'` : `invalid option -- '${bad[1]}'`;
      return c.usage(opt, 1);
    }
    const o = ddOptions(args);
    const src = o.ifile === null ? c.p.stdin : c.input(o.ifile);
    if (isVfsError(src)) throw new Fail(`failed to open ${quote(o.ifile!)}: ${errText(src)}`);
    const fills = o.ifile !== null;
    const wr = new Writer(c, o.ofile === null ? null : c.path(o.ofile), o.ofile ?? '', o.seekBytes ? o.seek : o.seek * o.obs, o.notrunc);
    const st: Stats = { inFull: 0, inPartial: 0, outFull: 0, outPartial: 0, bytes: 0 };
    const start = c.p.lab.sched.now;
    let status = 0;
    // dd.c skip(): a regular file is lseek()ed; past its st_size (a /proc file's is 0) dd warns and reads on from there
    const meta = o.ifile !== null && o.skip > 0 ? c.p.fs.meta?.(c.path(o.ifile), c.p.net) : null;
    if (meta && (meta.mode & S_IFMT) === S_IFREG && (o.skipBytes ? o.skip : o.skip * o.ibs) > meta.size) {
      c.error(`${quotef(o.ifile!)}: cannot skip to specified offset`);
    }
    try {
      await copyBlocks(c, o, new Reader(src, fills), wr, st);
    } catch (e) {
      if (!(e instanceof Fail)) throw e;
      c.error(e.message);
      status = 1;
    }
    c.flush();
    printStats(c, st, o, c.p.lab.sched.now - start);
    return status;
  });
}
