/**
 * The pass-through tools, streaming chunk by chunk: cat (coreutils
 * src/cat.c, with -n -b -s -E -T -v -A -e -t), tee (src/tee.c, -a) and rev
 * (util-linux: each line's characters reversed).
 */
import type { InStream } from '../process.js';
import { type Cmd, errText, forEachLine, isVfsError } from './common.js';
import type { Line } from './lines.js';
import { createMode } from '../shell/procs.js';
import { OpenFile } from '../vfs.js';
import { bytesOf, quotef } from './quote.js';

interface CatOpts {
  number: boolean;
  nonblank: boolean;
  squeeze: boolean;
  ends: boolean;
  tabs: boolean;
  nonprinting: boolean;
}

/** cat's line state across chunks and files: `newlines` as in cat.c (-1 inside a line). */
interface CatState {
  newlines: number;
  lineNo: number;
}

const CAT_LONG = [
  { name: 'show-all', arg: 0, key: 'A' },
  { name: 'number-nonblank', arg: 0, key: 'b' },
  { name: 'show-ends', arg: 0, key: 'E' },
  { name: 'number', arg: 0, key: 'n' },
  { name: 'squeeze-blank', arg: 0, key: 's' },
  { name: 'show-tabs', arg: 0, key: 'T' },
  { name: 'show-nonprinting', arg: 0, key: 'v' },
] as const;

function catOptions(keys: string[]): CatOpts {
  const o: CatOpts = { number: false, nonblank: false, squeeze: false, ends: false, tabs: false, nonprinting: false };
  for (const k of keys) {
    if (k === 'b') o.number = o.nonblank = true;
    if (k === 'n') o.number = true;
    if (k === 's') o.squeeze = true;
    if ('AeE'.includes(k)) o.ends = true;
    if ('AtT'.includes(k)) o.tabs = true;
    if ('Aetv'.includes(k)) o.nonprinting = true;
  }
  return o;
}

/** -v notation: ^X for controls, ^? for DEL, M- for bytes above 127 (UTF-8 for wide characters). */
function showNonprinting(s: string, tabs: boolean): string {
  let out = '';
  for (const b of bytesOf(s)) {
    const prefix = b >= 128 ? 'M-' : '';
    const c = b & 0x7f;
    if (c === 9 && !tabs && prefix === '') out += '\t';
    else if (c < 32) out += prefix + '^' + String.fromCharCode(c + 64);
    else if (c === 127) out += prefix + '^?';
    else out += prefix + String.fromCharCode(c);
  }
  return out;
}

function transform(run: string, o: CatOpts): string {
  if (o.nonprinting) return showNonprinting(run, o.tabs);
  return o.tabs ? run.replace(/\t/g, '^I') : run;
}

function lineNumber(st: CatState): string {
  return String(++st.lineNo).padStart(6) + '\t';
}

/** The cat() loop of cat.c over one chunk. */
function catChunk(chunk: string, st: CatState, o: CatOpts): string {
  let out = '';
  let i = 0;
  while (i < chunk.length) {
    if (chunk[i] === '\n') {
      i++;
      if (++st.newlines > 0) {
        if (st.newlines >= 2) {
          st.newlines = 2;
          if (o.squeeze) continue;
        }
        if (o.number && !o.nonblank) out += lineNumber(st);
      }
      out += o.ends ? '$\n' : '\n';
      continue;
    }
    let end = chunk.indexOf('\n', i);
    if (end < 0) end = chunk.length;
    if (st.newlines >= 0 && o.number) out += lineNumber(st);
    st.newlines = -1;
    let run = chunk.slice(i, end);
    let cr = '';
    if (o.ends && !o.nonprinting && run.endsWith('\r') && end < chunk.length) {
      run = run.slice(0, -1);
      cr = '^M';
    }
    out += transform(run, o) + cr;
    i = end;
  }
  return out;
}

/**
 * Copy one input to stdout; false when stdout broke. Each chunk is written
 * before the next read (a full pipe blocks cat in that write).
 */
async function copy(c: Cmd, src: InStream, each: ((chunk: string) => string) | null): Promise<boolean> {
  for (;;) {
    await c.yieldNow();
    if (c.broken || c.stdoutErrno) return false;
    const chunk = await src.read();
    if (chunk === null) return true;
    // simple_cat(): each block read is one full_write() (a /proc/sys file parses it whole)
    if (each) c.out(each(chunk));
    else c.fullWrite(chunk);
  }
}

export async function cat(c: Cmd): Promise<number> {
  const o = c.options({ short: 'benstuvAET', long: CAT_LONG }, 1);
  if (typeof o === 'number') return o;
  const opts = catOptions(o.opts.map((x) => x.key));
  const plain = !opts.number && !opts.squeeze && !opts.ends && !opts.tabs && !opts.nonprinting;
  const st: CatState = { newlines: 0, lineNo: 0 };
  let status = 0;
  for (const file of o.operands.length > 0 ? o.operands : ['-']) {
    const src = c.input(file);
    if (isVfsError(src)) {
      c.error(`${quotef(file)}: ${errText(src)}`);
      status = 1;
      continue;
    }
    if (await copy(c, src, plain ? null : (s) => catChunk(s, st, opts))) continue;
    // full_write() failed: `cat: write error: STRERROR`, at once
    if (c.stdoutErrno) return c.closeStdout();
    c.pipeGone();
  }
  return status;
}

const TEE_LONG = [
  { name: 'append', arg: 0, key: 'a' },
  { name: 'ignore-interrupts', arg: 0, key: 'i' },
  { name: 'output-error', arg: 2, key: 'o' },
] as const;

export async function tee(c: Cmd): Promise<number> {
  const o = c.options({ short: 'aip', long: TEE_LONG }, 1);
  if (typeof o === 'number') return o;
  const append = o.has('a');
  const ignorePipe = o.has('p', 'o');
  let status = 0;
  // each file open once: a /proc/sys file parses the chunks at its position (the second past offset 0)
  let files: { name: string; file: OpenFile }[] = [];
  for (const f of o.operands) {
    const path = c.path(f);
    const err = c.p.fs.write(path, '', c.p.net, append, createMode(c.p.lab, c.p.pid, false));
    if (err) {
      c.error(`${quotef(f)}: ${errText(err)}`);
      status = 1;
    } else files.push({ name: f, file: new OpenFile(c.p.fs, path, c.p.net, c.p.fs.isVirtual?.(path) === true) });
  }
  for (;;) {
    c.flush();
    const chunk = await c.p.stdin.read();
    if (chunk === null) return status;
    // tee_files(): a stdout that fails with EPIPE (SIGPIPE ignored, or -p) is dropped without a word
    if (!c.broken) c.out(chunk);
    else if (!ignorePipe) c.raiseSigpipe();
    // tee_files(): a file whose write fails is reported once and written no more.
    files = files.filter(({ name, file }) => {
      const err = file.write(chunk);
      if (err) {
        c.error(`${quotef(name)}: ${errText(err)}`);
        status = 1;
      }
      return !err;
    });
  }
}

export function rev(c: Cmd): Promise<number> {
  const reverse = (l: Line): void => c.out([...l.text].reverse().join('') + (l.nl ? '\n' : ''));
  return forEachLine(c, c.args, reverse, (file, err) => `cannot open ${file}: ${err}`);
}
