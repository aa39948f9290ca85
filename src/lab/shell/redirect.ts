/**
 * Redirections (bash(1) "REDIRECTION"), performed left to right after the
 * words are expanded. Files live in the Vfs, relative to the shell's cwd.
 */
import type { Redir, Word } from './ast.js';
import { S_IFMT, S_IFREG, errnoText, type Vfs, type VfsError } from '../vfs.js';
import { dashRedirError } from './dash.js';
import type { Net } from '../../net/core/net_namespace.js';
import { pipeLink, type Ctx, type IO } from './io.js';
import { expandString, expandWord } from './expand.js';
import { FileSink, isVirtualPath, nullOut, ShellIn, stringIn } from './streams.js';
import { fdOfPath, openMemDevice } from '../devmem.js';
import { hostOf, takePendingFds } from './exec.js';
import { BASH_BUILTINS } from './names.js';

export interface Opened {
  io: IO;
  /** Close what was opened; true when a write error was reported (the command then fails). */
  close(): boolean;
}

export type ReadResult = { ok: true; text: string } | { ok: false; err: VfsError };

/** Read a whole file of the Vfs, telling errors from contents. */
export function vfsRead(fs: Vfs, path: string, net: Net): ReadResult {
  const st = fs.stat(path, net);
  if (st === null) return { ok: false, err: missingErrno(fs, path, net) };
  if (st === 'dir') return { ok: false, err: 'EISDIR' };
  const r = fs.read(path, net);
  return r in errnoText ? { ok: false, err: r as VfsError } : { ok: true, text: r };
}

/** Why a path that stat() did not find fails to open: ENOTDIR when a name follows a file ("ip_default_ttl/x"). */
function missingErrno(fs: Vfs, path: string, net: Net): 'ENOENT' | 'ENOTDIR' {
  return fs.read(path, net) === 'ENOTDIR' ? 'ENOTDIR' : 'ENOENT';
}

/** Nothing opened: nothing to close. */
const closeNothing = (): boolean => false;

/**
 * openRedirs() at once, without a promise, when there is nothing to wait
 * for: no process substitution, and no redirection or only the common
 * `> /dev/null`, `2>/dev/null`, `&> /dev/null`, `2>&1` (devNullRedirs()).
 * Null: the full path of openRedirs().
 */
export function noRedirs(ctx: Ctx, redirs: Redir[]): Opened | null {
  if (ctx.sh.pendingFds.length) return null;
  if (redirs.length === 0) return { io: ctx.io, close: closeNothing };
  const io = devNullRedirs(ctx, redirs);
  return io ? { io, close: closeNothing } : null;
}

const DEV_NULL = '/dev/null';

/** The text of a word written as one unquoted literal (nothing to expand), else null. */
function literalWord(w: Word): string | null {
  const p = w.parts;
  return p.length === 1 && p[0]!.t === 'lit' ? p[0]!.v : null;
}

/**
 * What openRedirs() makes of output redirections to a literal /dev/null
 * and duplications of an open descriptor (`N>&M`), when /dev/null is
 * still the character device (a script may remove it and write a file
 * there, or mount over it): the device swallows what is written, so the
 * descriptor gets nullOut as a /dev/zero sink does, instead of the
 * stat/open(O_CREAT)/write path of a file. `>` under noclobber, a bad
 * descriptor and anything else: null, for the full path (its checks and
 * messages).
 */
function devNullRedirs(ctx: Ctx, redirs: Redir[]): IO | null {
  let io = ctx.io;
  let nullChecked = false;
  for (const r of redirs) {
    const target = literalWord(r.target);
    if (target === null) return null;
    if (r.op === '>&' && r.fd !== null) {
      if (!/^\d+$/.test(target) || !io.fds[Number(target)]) return null;
      io = io.set(r.fd, io.fds[Number(target)]);
      continue;
    }
    if (target !== DEV_NULL || !(r.op === '>' || r.op === '>>' || r.op === '>|' || r.op === '&>' || r.op === '&>>')) return null;
    if (r.op === '>' && ctx.sh.opts.noclobber) return null;
    if (!nullChecked && !ctx.sh.fs.isNullDevice?.(DEV_NULL)) return null;
    nullChecked = true;
    const both = r.op === '&>' || r.op === '&>>';
    io = io.set(both ? 1 : (r.fd ?? 1), { out: nullOut, link: DEV_NULL });
    if (both) io = io.set(2, { out: nullOut, link: DEV_NULL });
  }
  return io;
}

/** Apply `redirs` on top of ctx.io; on error print bash's message and return null. */
export async function openRedirs(ctx: Ctx, redirs: Redir[], cmd: string | null): Promise<Opened | null> {
  const none = noRedirs(ctx, redirs);
  if (none) return none;
  // the process substitutions of the command's words are its descriptors too, until it is done
  const releases: (() => void)[] = [];
  let io = withPending(ctx, ctx.io, releases);
  const sinks: FileSink[] = [];
  const stderr = { current: io.err };
  const close = (): boolean => {
    for (const r of releases.splice(0)) r();
    let failed = false;
    for (const s of sinks) {
      s.release();
      if (s.error) failed = true;
    }
    return failed;
  };
  const report = writeErrorReporter(ctx, cmd, stderr);
  for (const r of redirs) {
    const res = await applyOne(ctx, io, r, sinks, report, releases);
    if (typeof res === 'string') {
      io.err.write(ctx.sh.errPrefix() + res + '\n');
      close();
      return null;
    }
    io = res;
  }
  stderr.current = io.err;
  return { io, close };
}

/**
 * bash prints a write error of its builtins as `bash: line N: echo: write
 * error: TEXT`; dash (evalbltin()) says only `sh: N: echo: echo: I/O
 * error`, whatever the errno; a program prints `NAME: write error: TEXT`
 * itself.
 */
function writeErrorReporter(ctx: Ctx, cmd: string | null, stderr: { current: { write(s: string): void } }): (e: VfsError) => void {
  const prefix = ctx.sh.errPrefix();
  return (e) => {
    const text = errnoText[e];
    if (cmd === null) stderr.current.write(`${prefix}write error: ${text}\n`);
    else if (BASH_BUILTINS.has(cmd) && ctx.sh.dash) stderr.current.write(`${prefix}${cmd}: ${cmd}: I/O error\n`);
    else if (BASH_BUILTINS.has(cmd)) stderr.current.write(`${prefix}${cmd}: write error: ${text}\n`);
    else stderr.current.write(`${cmd}: write error: ${text}\n`);
  };
}

/** Add the pending process substitutions to `io`, their release to `releases`. */
function withPending(ctx: Ctx, io: IO, releases: (() => void)[]): IO {
  if (!ctx.sh.pendingFds.length) return io;
  const p = takePendingFds(ctx.sh, io);
  releases.push(p.release);
  return p.io;
}

async function applyOne(ctx: Ctx, io: IO, r: Redir, sinks: FileSink[], report: (e: VfsError) => void,
  releases: (() => void)[]): Promise<IO | string> {
  const host = hostOf(ctx);
  // bash 5.2 hands a here-document that fits a pipe's buffer through a pipe
  const doc = (text: string): IO => io.set(r.fd ?? 0, { in: stringIn(text), link: pipeLink(ctx.sh.lab) });
  if (r.op === '<<' || r.op === '<<-') return doc(await expandString(host, r.target));
  if (r.op === '<<<') return doc((await expandString(host, r.target)) + '\n');
  const fields = await expandWord(host, r.target);
  io = withPending(ctx, io, releases);
  if (fields.length !== 1) return `${r.target.raw}: ambiguous redirect`;
  const target = fields[0]!;
  const dev = deviceRedir(ctx, io, r, target);
  if (dev) return dev;
  switch (r.op) {
    case '<':
    case '<>':
      return openRead(ctx, io, r.fd ?? 0, target, r.op === '<>');
    case '<&':
    case '>&':
      if (r.op === '>&' && r.fd === null && !/^(\d+|-)$/.test(target)) return openWrite(ctx, io, [1, 2], target, false, sinks, report);
      return dup(io, r.fd ?? (r.op === '<&' ? 0 : 1), target);
    case '&>':
    case '&>>':
      return openWrite(ctx, io, [1, 2], target, r.op === '&>>', sinks, report);
    default:
      if (r.op === '>' && ctx.sh.opts.noclobber && isFile(ctx, target)) return `${target}: cannot overwrite existing file`;
      return openWrite(ctx, io, [r.fd ?? 1], target, r.op === '>>', sinks, report);
  }
}

const SINKS = new Set(['/dev/zero', '/dev/urandom', '/dev/random', '/dev/null']);

/** A redirection to a device: a duplicated descriptor, an endless input, or a sink; null for files. */
function deviceRedir(ctx: Ctx, io: IO, r: Redir, target: string): IO | string | null {
  if (r.op === '<&' || r.op === '>&' && (r.fd !== null || /^(\d+|-)$/.test(target))) return null;
  const abs = ctx.sh.fs.resolve(ctx.sh.cwd, target);
  const fds = r.op === '&>' || r.op === '&>>' || r.op === '>&' ? [1, 2] : [r.fd ?? (r.op === '<' || r.op === '<>' ? 0 : 1)];
  // bash(1) "REDIRECTION": bash opens /dev/fd/N, /dev/stdin, /dev/stdout, /dev/stderr itself
  const n = fdOfPath(abs);
  // bash opens Linux's /dev/fd/N (/proc/self/fd/N): a closed descriptor has no such file
  if (n !== null && !io.fds[n]) return openFailed(ctx, target, 'ENOENT', false);
  if (n !== null) {
    let out: IO | string = io;
    for (const fd of fds) if (typeof out !== 'string') out = dup(out, fd, String(n));
    return out;
  }
  if (r.op === '<' || r.op === '<>') {
    const inp = openMemDevice(ctx.sh.lab, abs);
    return inp ? io.set(fds[0]!, { in: new ShellIn(inp), link: abs }) : null;
  }
  if (!SINKS.has(abs) || abs === '/dev/null') return null;
  for (const fd of fds) io = io.set(fd, { out: nullOut, link: abs });
  return io;
}

/** The message of a redirection whose open(2) failed: bash's `F: strerror`, dash's `cannot create F: ...` (dash.ts). */
function openFailed(ctx: Ctx, path: string, e: VfsError, create: boolean): string {
  return ctx.sh.dash ? dashRedirError(path, e, create) : `${path}: ${errnoText[e]}`;
}

/** noclobber_open()'s test: an existing regular file (a device such as /dev/null may be written over). */
function isFile(ctx: Ctx, path: string): boolean {
  const { fs, net, cwd } = ctx.sh;
  const abs = fs.resolve(cwd, path);
  if (fs.stat(abs, net) !== 'file') return false;
  const m = fs.meta?.(abs, net);
  return !m || (m.mode & S_IFMT) === S_IFREG;
}

function openRead(ctx: Ctx, io: IO, fd: number, path: string, create: boolean): IO | string {
  const { fs, net, cwd } = ctx.sh;
  const abs = fs.resolve(cwd, path);
  if (create && fs.stat(abs, net) === null) {
    const e = fs.write(abs, '', net, false, 0o666 & ~ctx.proc.umask);
    if (e) return openFailed(ctx, path, e, true);
  }
  const r = path === '' ? ({ ok: false, err: 'ENOENT' } as const) : vfsRead(fs, abs, net);
  if (!r.ok) return openFailed(ctx, path, r.err, false);
  // a regular file: ftell() and fseek() work on it (`ip route restore` reads it three times)
  return io.set(fd, { in: stringIn(r.text, true), link: abs });
}

/** `N>&M`, `N<&M`, `N>&-` (bash(1) "Duplicating File Descriptors"). */
function dup(io: IO, fd: number, target: string): IO | string {
  if (target === '-') return io.set(fd, undefined);
  const src = io.fds[Number(target)];
  if (!src) return `${target}: Bad file descriptor`;
  return io.set(fd, src);
}

function openWrite(ctx: Ctx, io: IO, fds: number[], path: string, append: boolean, sinks: FileSink[],
  report: (e: VfsError) => void): IO | string {
  const { fs, net, cwd } = ctx.sh;
  if (path === '') return openFailed(ctx, path, 'ENOENT', true);
  const abs = fs.resolve(cwd, path);
  const st = fs.stat(abs, net);
  // open(O_CREAT) of a directory, or of any name spelled with a trailing '/'
  if (st === 'dir' || (path.length > 1 && path.endsWith('/'))) return openFailed(ctx, path, 'EISDIR', true);
  const virtual = isVirtualPath(fs, abs);
  if (virtual && st === null) return openFailed(ctx, path, fs.createMissing?.(abs, net) ?? missingErrno(fs, abs, net), true);
  const denied = virtual ? fs.permission?.(abs, net, true) : null;
  if (denied) return openFailed(ctx, path, denied, true);
  if (!virtual) {
    // open(O_CREAT | (append ? O_APPEND : O_TRUNC))
    const e = fs.write(abs, '', net, append, 0o666 & ~ctx.proc.umask);
    if (e) return openFailed(ctx, path, e, true);
  }
  const sink = new FileSink(fs, abs, net, virtual, report);
  sinks.push(sink);
  for (const fd of fds) io = io.set(fd, { out: sink, link: abs });
  return io;
}
