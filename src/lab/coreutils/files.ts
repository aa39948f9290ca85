/**
 * File utilities on the lab's Vfs, as coreutils 9.1 prints them: mkdir
 * (-p -v), rm (-f -r/-R -d -v) and touch (-c; it creates files, it does not
 * set times). ls is ls.ts.
 */
import { type Cmd, errText } from './common.js';
import { createMode } from '../shell/procs.js';
import { quote, quoteaf } from './quote.js';

const MKDIR_LONG = [
  { name: 'mode', arg: 1, key: 'm' },
  { name: 'parents', arg: 0, key: 'p' },
  { name: 'verbose', arg: 0, key: 'v' },
] as const;

/** mkdir -p: each missing ancestor in turn. */
function makeParents(c: Cmd, dir: string, verbose: boolean): boolean {
  const parts = dir.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join('/');
    if (prefix === '' || /^\/*$/.test(prefix)) continue;
    const kind = c.stat(prefix);
    if (kind === 'dir') continue;
    const last = i === parts.length || parts.slice(i).every((p) => p === '');
    const err = kind === 'file' ? (last ? 'EEXIST' : 'ENOTDIR') : c.p.fs.mkdir(c.path(prefix), false, createMode(c.p.lab, c.p.pid, true) | (last ? 0 : 0o300), c.p.net);
    if (err) {
      c.error(`cannot create directory ${quote(prefix)}: ${errText(err)}`);
      return false;
    }
    if (verbose) c.out(`${c.name}: created directory ${quote(prefix)}\n`);
  }
  return true;
}

export async function mkdir(c: Cmd): Promise<number> {
  const o = c.options({ short: 'm:pvZ', long: MKDIR_LONG }, 1);
  if (typeof o === 'number') return o;
  if (o.operands.length === 0) return c.usage('missing operand', 1);
  const parents = o.has('p');
  const verbose = o.has('v');
  let status = 0;
  for (const dir of o.operands) {
    if (parents) {
      if (!makeParents(c, dir, verbose)) status = 1;
      continue;
    }
    const err = c.p.fs.mkdir(c.path(dir), false, createMode(c.p.lab, c.p.pid, true), c.p.net);
    if (err) {
      c.error(`cannot create directory ${quote(dir)}: ${errText(err)}`);
      status = 1;
    } else if (verbose) c.out(`${c.name}: created directory ${quote(dir)}\n`);
  }
  return status;
}

interface RmOpts {
  force: boolean;
  recursive: boolean;
  dir: boolean;
  verbose: boolean;
}

/** Remove `name` (a directory depth first with -r); false on failure. */
function removeTree(c: Cmd, name: string, o: RmOpts): boolean {
  const kind = c.stat(name);
  if (kind === null) {
    if (o.force) return true;
    c.error(`cannot remove ${quoteaf(name)}: No such file or directory`);
    return false;
  }
  if (kind === 'dir') {
    const entries = c.p.fs.list(c.path(name), c.p.net);
    if (!o.recursive && !(o.dir && Array.isArray(entries) && entries.length === 0)) {
      c.error(`cannot remove ${quoteaf(name)}: ${o.dir ? 'Directory not empty' : 'Is a directory'}`);
      return false;
    }
    let ok = true;
    if (Array.isArray(entries)) for (const e of entries) ok = removeTree(c, `${name.replace(/\/+$/, '')}/${e}`, o) && ok;
    if (!ok) return false;
  }
  const err = c.p.fs.remove(c.path(name), kind === 'dir');
  if (err) {
    c.error(`cannot remove ${quoteaf(name)}: ${errText(err)}`);
    return false;
  }
  if (o.verbose) c.out(`removed ${kind === 'dir' ? 'directory ' : ''}${quoteaf(name)}\n`);
  return true;
}

const RM_LONG = [
  { name: 'force', arg: 0, key: 'f' },
  { name: 'recursive', arg: 0, key: 'r' },
  { name: 'dir', arg: 0, key: 'd' },
  { name: 'verbose', arg: 0, key: 'v' },
] as const;

export async function rm(c: Cmd): Promise<number> {
  const r = c.options({ short: 'dfirvIR', long: RM_LONG }, 1);
  if (typeof r === 'number') return r;
  const o: RmOpts = { force: r.has('f'), recursive: r.has('r', 'R'), dir: r.has('d'), verbose: r.has('v') };
  if (r.operands.length === 0) return o.force ? 0 : c.usage('missing operand', 1);
  let status = 0;
  for (const name of r.operands) {
    const base = name.replace(/\/+$/, '').split('/').pop();
    if (o.recursive && c.path(name) === '/') {
      c.error(`it is dangerous to operate recursively on ${quoteaf('/')}`);
      c.error('use --no-preserve-root to override this failsafe');
      status = 1;
    } else if (o.recursive && (base === '.' || base === '..')) {
      c.error(`refusing to remove '.' or '..' directory: skipping ${quoteaf(name)}`);
      status = 1;
    } else if (!removeTree(c, name, o)) status = 1;
  }
  return status;
}

export async function touch(c: Cmd): Promise<number> {
  const o = c.options({ short: 'acd:fhmr:t:', long: [{ name: 'no-create', arg: 0, key: 'c' }] }, 1);
  if (typeof o === 'number') return o;
  if (o.operands.length === 0) return c.usage('missing file operand', 1);
  const noCreate = o.has('c');
  let status = 0;
  for (const f of o.operands) {
    if (c.stat(f) !== null || noCreate) continue;
    const err = c.p.fs.write(c.path(f), '', c.p.net, true, createMode(c.p.lab, c.p.pid, false));
    if (err) {
      c.error(`cannot touch ${quoteaf(f)}: ${errText(err)}`);
      status = 1;
    }
  }
  return status;
}
