/**
 * realpath as coreutils 9.1 (src/realpath.c, gnulib canonicalize.c): each
 * name made absolute with `.`, `..` and repeated slashes resolved; by
 * default every component but the last must exist (-e: all of them, -m:
 * none); symbolic links are followed unless -s. --relative-to and
 * --relative-base are refused.
 */
import type { Cmd } from './common.js';
import { errText } from './common.js';
import { quotef } from './quote.js';
import { errnoText } from '../vfs.js';

const REALPATH_LONG = [
  { name: 'canonicalize-existing', arg: 0, key: 'e' },
  { name: 'canonicalize-missing', arg: 0, key: 'm' },
  { name: 'logical', arg: 0, key: 'L' },
  { name: 'physical', arg: 0, key: 'P' },
  { name: 'quiet', arg: 0, key: 'q' },
  { name: 'relative-base', arg: 1, key: 'B' },
  { name: 'relative-to', arg: 1, key: 'R' },
  { name: 'no-symlinks', arg: 0, key: 's' },
  { name: 'strip', arg: 0, key: 's' },
  { name: 'zero', arg: 0, key: 'z' },
] as const;

/** MAXSYMLINKS: the links one name may go through before ELOOP. */
const MAXSYMLINKS = 40;

export type CanMode = 'existing' | 'allButLast' | 'missing';

/**
 * canonicalize_filename_mode(): the absolute name with `.`, `..` and
 * repeated slashes resolved and, unless `noLinks`, every symbolic link
 * followed (its target read in place of its name: from / when absolute);
 * CAN_EXISTING needs every component, CAN_ALL_BUT_LAST all but the last,
 * CAN_MISSING none; a component that is not a directory with more after
 * it is ENOTDIR; more than MAXSYMLINKS links is ELOOP.
 */
export function canonicalize(c: Cmd, name: string, mode: CanMode, noLinks = false): string | 'ENOENT' | 'ENOTDIR' | 'ELOOP' {
  let rest = name.split('/');
  const out: string[] = name.startsWith('/') ? [] : c.p.cwd.split('/').filter((p) => p !== '');
  let links = 0;
  while (rest.length) {
    const p = rest.shift()!;
    if (p === '' || p === '.') continue;
    if (p === '..') {
      out.pop();
      continue;
    }
    out.push(p);
    const path = '/' + out.join('/');
    const more = rest.some((x) => x !== '' && x !== '.');
    const target = noLinks ? null : c.p.fs.readlink?.(path, c.p.net) ?? null;
    if (target !== null && !(target in errnoText)) {
      if (++links > MAXSYMLINKS) return 'ELOOP';
      out.pop();
      if (target.startsWith('/')) out.length = 0;
      rest = [...target.split('/'), ...rest];
      continue;
    }
    if (mode === 'missing') continue;
    const kind = c.stat(path);
    if (kind === null) {
      if (mode === 'allButLast' && !more) continue;
      return 'ENOENT';
    }
    if (kind === 'file' && more) return 'ENOTDIR';
  }
  return '/' + out.join('/');
}

export async function realpath(c: Cmd): Promise<number> {
  const o = c.options({ short: 'eLmPqsz', long: REALPATH_LONG }, 1);
  if (typeof o === 'number') return o;
  if (o.has('R', 'B')) {
    c.error('--relative-to and --relative-base: not implemented in this lab');
    return 1;
  }
  if (o.operands.length === 0) return c.usage('missing operand', 1);
  const mode = o.opts.reduce<CanMode>((m, x) => (x.key === 'e' ? 'existing' : x.key === 'm' ? 'missing' : m), 'allButLast');
  const eol = o.has('z') ? '\0' : '\n';
  let status = 0;
  for (const name of o.operands) {
    const r = name === '' ? 'ENOENT' : canonicalize(c, name, mode, o.has('s'));
    if (r === 'ENOENT' || r === 'ENOTDIR' || r === 'ELOOP') {
      if (!o.has('q')) c.error(`${quotef(name)}: ${errText(r)}`);
      status = 1;
    } else c.out(r + eol);
  }
  return status;
}
