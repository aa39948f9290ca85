/**
 * cp and mv of coreutils 9.1 on the lab's Vfs, with their messages in the
 * C locale: one source to a destination, or several into a directory (the
 * last operand, or -t DIR; -T names the destination itself), -r/-R/-a for
 * directories, -n (no clobber), -u (only over an older file), -v. The
 * lab's files have no links, owners or times to keep: -p/-a/--preserve
 * copy contents and modes only; -l and -s (links) refuse. mv is a copy
 * and a removal (the lab has one file system: rename(2) cannot fail with
 * EXDEV), reported as one rename.
 * @coreutils src/cp.c src/mv.c src/copy.c copy_internal()
 */
import { type Cmd, errText, isVfsError } from './common.js';
import { createMode } from '../shell/procs.js';
import { quoteaf } from './quote.js';
import type { VfsError } from '../vfs.js';

interface CopyOpts {
  readonly move: boolean;
  readonly recursive: boolean;
  readonly noClobber: boolean;
  readonly update: boolean;
  readonly verbose: boolean;
}

const COMMON_LONG = [
  { name: 'force', arg: 0, key: 'f' },
  { name: 'interactive', arg: 0, key: 'i' },
  { name: 'no-clobber', arg: 0, key: 'n' },
  { name: 'target-directory', arg: 1, key: 't' },
  { name: 'no-target-directory', arg: 0, key: 'T' },
  { name: 'update', arg: 0, key: 'u' },
  { name: 'verbose', arg: 0, key: 'v' },
  { name: 'strip-trailing-slashes', arg: 0, key: 'S-strip' },
  { name: 'backup', arg: 2, key: 'b' },
  { name: 'suffix', arg: 1, key: 'S' },
] as const;

const CP_LONG = [
  ...COMMON_LONG,
  { name: 'archive', arg: 0, key: 'a' },
  { name: 'recursive', arg: 0, key: 'r' },
  { name: 'preserve', arg: 2, key: 'preserve' },
  { name: 'no-preserve', arg: 1, key: 'no-preserve' },
  { name: 'parents', arg: 0, key: 'parents' },
  { name: 'link', arg: 0, key: 'l' },
  { name: 'symbolic-link', arg: 0, key: 's' },
  { name: 'dereference', arg: 0, key: 'L' },
  { name: 'no-dereference', arg: 0, key: 'P' },
  { name: 'one-file-system', arg: 0, key: 'x' },
] as const;

/** The lab's file system has no hard or symbolic links to make, nor backups to number. */
function refusal(has: (...k: string[]) => boolean): string | null {
  if (has('l', 's')) return 'the lab has no hard or symbolic links: -l/-s are not supported';
  if (has('b', 'S')) return 'backups (-b, -S) are not supported in the lab';
  if (has('parents')) return '--parents is not supported in the lab';
  return null;
}

/** stat(2)'s error for a path that is not there: ENOTDIR when a file stands where a directory is named. */
function statError(c: Cmd, file: string): VfsError {
  const r = c.readFile(file);
  return isVfsError(r) && r !== 'EISDIR' ? r : 'ENOENT';
}

/** `dir/base(src)` as copy.c's file_name_concat() writes it. */
function into(dir: string, src: string): string {
  const base = src.replace(/\/+$/, '').split('/').pop() || src;
  return dir.endsWith('/') ? dir + base : `${dir}/${base}`;
}

/** Whether `inner` (absolute) is `outer` or below it. */
function within(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(outer === '/' ? '/' : outer + '/');
}

class Copier {
  constructor(
    readonly c: Cmd,
    readonly o: CopyOpts,
  ) {}

  private fail(msg: string): false {
    this.c.error(msg);
    return false;
  }

  /** The error of creating `dst` for `src`: cp names what it could not create, mv the move. */
  private createFail(src: string, dst: string, what: string, e: VfsError): false {
    if (this.o.move) return this.fail(`cannot move ${quoteaf(src)} to ${quoteaf(dst)}: ${errText(e)}`);
    return this.fail(`cannot create ${what} ${quoteaf(dst)}: ${errText(e)}`);
  }

  /** The operand being copied and its destination, as named and as absolute paths. */
  private top = { src: '', dst: '', to: '' };

  /** copy_internal() for one operand; mv removes the source after. */
  operand(src: string, dst: string): boolean {
    const c = this.c;
    // an empty pathname names nothing (path_lookup: ENOENT), not the working directory
    const kind = src === '' ? null : c.stat(src);
    if (kind === null) return this.fail(`cannot stat ${quoteaf(src)}: ${errText(src === '' ? 'ENOENT' : statError(c, src))}`);
    if (kind === 'dir' && !this.o.recursive) return this.fail(`-r not specified; omitting directory ${quoteaf(src)}`);
    if (dst === '') return this.createFail(src, dst, kind === 'dir' ? 'directory' : 'regular file', 'ENOENT');
    // -n skips an existing destination before anything else is looked at (copy_internal(): even the same file)
    if (this.o.noClobber && kind === 'file' && c.stat(dst) !== null) return true;
    // A destination that names a directory by its trailing slash must be one.
    if (dst.endsWith('/') && c.stat(dst.replace(/\/+$/, '') || '/') === 'file') {
      return this.fail(`cannot stat ${quoteaf(dst)}: Not a directory`);
    }
    const from = c.path(src);
    const to = c.path(dst);
    if (from === to) return this.fail(`${quoteaf(src)} and ${quoteaf(dst)} are the same file`);
    // rename(2) refuses EINVAL before anything moves; cp finds its own copy among the entries (copy()).
    if (this.o.move && kind === 'dir' && within(to, from)) {
      return this.fail(`cannot move ${quoteaf(src)} to a subdirectory of itself, ${quoteaf(dst)}`);
    }
    // mv -n over an existing file moves nothing, nor does mv -u over one not older: the source stays.
    if (this.o.move && this.o.noClobber && c.stat(dst) !== null) return true;
    if (this.o.move && this.o.update && c.stat(dst) !== null && !this.older(dst, src)) return true;
    this.top = { src, dst, to };
    const ok = this.copy(src, dst, kind, true);
    if (ok && this.o.move) {
      const e = c.p.fs.remove(from, kind === 'dir');
      if (e) return this.fail(`cannot remove ${quoteaf(src)}: ${errText(e)}`);
    }
    return ok;
  }

  /** Copy `src` (of `kind`) to `dst`, a directory's entries after it. */
  private copy(src: string, dst: string, kind: 'file' | 'dir', top: boolean): boolean {
    const c = this.c;
    const dstKind = c.stat(dst);
    if (kind === 'dir') {
      if (dstKind === 'file') return this.fail(`cannot overwrite non-directory ${quoteaf(dst)} with directory ${quoteaf(src)}`);
      if (dstKind === null) {
        const e = c.p.fs.mkdir(c.path(dst), false, createMode(c.p.lab, c.p.pid, true));
        if (e) return this.createFail(src, dst, 'directory', e);
      }
      this.report(src, dst, top);
      const entries = c.p.fs.list(c.path(src), c.p.net);
      if (!Array.isArray(entries)) return this.fail(`cannot access ${quoteaf(src)}: ${errText(entries)}`);
      let ok = true;
      for (const e of entries) {
        const s = into(src, e);
        // The destination made for this operand, met among the source's entries: not descended into.
        if (c.path(s) === this.top.to) {
          ok = this.fail(`cannot copy a directory, ${quoteaf(this.top.src)}, into itself, ${quoteaf(this.top.dst)}`);
          continue;
        }
        const k = c.stat(s);
        if (k !== null) ok = this.copy(s, into(dst, e), k, false) && ok;
      }
      return ok;
    }
    if (dstKind === 'dir') return this.fail(`cannot overwrite directory ${quoteaf(dst)} with non-directory`);
    if (dstKind === 'file' && (this.o.noClobber || (this.o.update && !this.older(dst, src)))) return true;
    if (dst.endsWith('/')) return this.createFail(src, dst, 'regular file', 'ENOTDIR');
    const data = c.readFile(src);
    if (isVfsError(data)) return this.fail(`cannot open ${quoteaf(src)} for reading: ${errText(data)}`);
    const e = c.p.fs.write(c.path(dst), data, c.p.net, false, createMode(c.p.lab, c.p.pid, false));
    if (e) return this.createFail(src, dst, 'regular file', e);
    this.report(src, dst, top);
    return true;
  }

  /** -u: whether `dst` was modified before `src`. */
  private older(dst: string, src: string): boolean {
    const fs = this.c.p.fs;
    if (!fs.meta) return true;
    const a = fs.meta(this.c.path(dst), this.c.p.net);
    const b = fs.meta(this.c.path(src), this.c.p.net);
    return a === null || b === null || a.mtimeNs < b.mtimeNs;
  }

  /** -v: cp names each file it makes; mv its one rename. */
  private report(src: string, dst: string, top: boolean): void {
    if (!this.o.verbose) return;
    if (!this.o.move) this.c.out(`${quoteaf(src)} -> ${quoteaf(dst)}\n`);
    else if (top) this.c.out(`renamed ${quoteaf(src)} -> ${quoteaf(dst)}\n`);
  }
}

/** The target directory and the sources, or the one destination (cp.c do_copy()'s operand rules). */
async function copyMain(c: Cmd, move: boolean): Promise<number> {
  const r = c.options({ short: move ? 'bfinS:t:TuvZ' : 'abdfHilLnprPRsS:t:TuvxZ', long: move ? COMMON_LONG : CP_LONG }, 1);
  if (typeof r === 'number') return r;
  const refused = refusal(r.has);
  if (refused) {
    c.error(refused);
    return 1;
  }
  const last = (k: string): string | undefined => r.opts.filter((o) => o.key === k).pop()?.arg;
  const o: CopyOpts = {
    move,
    recursive: move || r.has('r', 'R', 'a'),
    noClobber: r.opts.reduce((nc, x) => (x.key === 'n' ? true : x.key === 'f' || x.key === 'i' ? false : nc), false),
    update: r.has('u'),
    verbose: r.has('v'),
  };
  const ops = r.operands;
  const targetDir = last('t');
  const noTarget = r.has('T');
  if (ops.length === 0) return c.usage('missing file operand', 1);
  if (targetDir === undefined && ops.length === 1) return c.usage(`missing destination file operand after ${quoteaf(ops[0]!)}`, 1);
  if (noTarget && targetDir !== undefined) return c.usage('cannot combine --target-directory (-t) and --no-target-directory (-T)', 1);
  if (noTarget && ops.length > 2) return c.usage(`extra operand ${quoteaf(ops[2]!)}`, 1);
  const cp = new Copier(c, o);
  let dir: string | null = null;
  // an empty pathname is no directory (ENOENT), not the working one
  const kindOf = (f: string): 'file' | 'dir' | null => (f === '' ? null : c.stat(f));
  const whyNot = (f: string): VfsError => (kindOf(f) === 'file' ? 'ENOTDIR' : f === '' ? 'ENOENT' : statError(c, f));
  if (targetDir !== undefined) {
    if (kindOf(targetDir) !== 'dir') {
      c.error(`target directory ${quoteaf(targetDir)}: ${errText(whyNot(targetDir))}`);
      return 1;
    }
    dir = targetDir;
  } else if (!noTarget) {
    const t = ops[ops.length - 1]!;
    if (kindOf(t) === 'dir') dir = t;
    else if (ops.length > 2) {
      c.error(`target ${quoteaf(t)}: ${errText(whyNot(t))}`);
      return 1;
    }
  }
  if (dir === null) return cp.operand(ops[0]!, ops[1]!) ? 0 : 1;
  const sources = targetDir !== undefined ? ops : ops.slice(0, -1);
  let status = 0;
  for (const s of sources) if (!cp.operand(s, into(dir, s))) status = 1;
  return status;
}

export function cp(c: Cmd): Promise<number> {
  return copyMain(c, false);
}

export function mv(c: Cmd): Promise<number> {
  return copyMain(c, true);
}
