/**
 * realpath as coreutils 9.1 (src/realpath.c, gnulib canonicalize.c): each
 * name made absolute with `.`, `..` and repeated slashes resolved; by
 * default every component but the last must exist (-e: all of them, -m:
 * none). The lab's file system has symbolic links only under /proc, which
 * are not followed (as -s); --relative-to/--relative-base are refused.
 */
import type { Cmd } from './common.js';
import { errText } from './common.js';
import { quotef } from './quote.js';

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

/** canonicalize_filename_mode(): the path, or the errno that stopped it. */
function canonicalize(c: Cmd, name: string, mode: 'existing' | 'allButLast' | 'missing'): string | 'ENOENT' | 'ENOTDIR' {
  const parts = name.split('/').filter((p) => p !== '' && p !== '.');
  const out: string[] = name.startsWith('/') ? [] : c.p.cwd.split('/').filter((p) => p !== '');
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p === '..') {
      out.pop();
      continue;
    }
    out.push(p);
    if (mode === 'missing') continue;
    const kind = c.stat('/' + out.join('/'));
    const last = i === parts.length - 1 && !parts.slice(i + 1).some((x) => x === '..');
    if (kind === 'file' && i < parts.length - 1) return 'ENOTDIR';
    if (kind === null && !(last && mode === 'allButLast')) return 'ENOENT';
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
  const mode = o.opts.reduce<'existing' | 'allButLast' | 'missing'>((m, x) => (x.key === 'e' ? 'existing' : x.key === 'm' ? 'missing' : m), 'allButLast');
  const eol = o.has('z') ? '\0' : '\n';
  let status = 0;
  for (const name of o.operands) {
    const r = name === '' ? 'ENOENT' : canonicalize(c, name, mode);
    if (r === 'ENOENT' || r === 'ENOTDIR') {
      if (!o.has('q')) c.error(`${quotef(name)}: ${errText(r)}`);
      status = 1;
    } else c.out(r + eol);
  }
  return status;
}
