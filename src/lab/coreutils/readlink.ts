/**
 * readlink FILE...: the target of each symbolic link, as coreutils 9.1
 * prints it (src/readlink.c): a file that is not a link fails silently
 * (status 1) unless -v says why. The canonicalizing modes (-f -e -m)
 * walk every component of a path, following links (realpath's
 * canonicalize_filename_mode()).
 */
import type { Cmd } from './common.js';
import { errnoText } from '../vfs.js';
import { quotef } from './quote.js';
import { canonicalize, type CanMode } from './realpath.js';

const READLINK_LONG = [
  { name: 'canonicalize', arg: 0, key: 'f' },
  { name: 'canonicalize-existing', arg: 0, key: 'e' },
  { name: 'canonicalize-missing', arg: 0, key: 'm' },
  { name: 'no-newline', arg: 0, key: 'n' },
  { name: 'quiet', arg: 0, key: 'q' },
  { name: 'silent', arg: 0, key: 's' },
  { name: 'verbose', arg: 0, key: 'v' },
  { name: 'zero', arg: 0, key: 'z' },
] as const;

export async function readlink(c: Cmd): Promise<number> {
  const o = c.options({ short: 'efmnqsvz', long: READLINK_LONG }, 1);
  if (typeof o === 'number') return o;
  if (o.operands.length === 0) return c.usage('missing operand', 1);
  // -f, -e, -m: canonicalize_filename_mode() with CAN_ALL_BUT_LAST, CAN_EXISTING, CAN_MISSING (the last given wins).
  const can = o.opts.reduce<CanMode | null>((m, x) => (x.key === 'f' ? 'allButLast' : x.key === 'e' ? 'existing' : x.key === 'm' ? 'missing' : m), null);
  let verbose = false;
  for (const opt of o.opts) {
    if (opt.key === 'v') verbose = true;
    else if (opt.key === 'q' || opt.key === 's') verbose = false;
  }
  // -n: "do not output the trailing delimiter", ignored (with a warning under -v) for several operands
  const noNewline = o.has('n') && o.operands.length === 1;
  if (o.has('n') && o.operands.length > 1 && verbose) c.error('ignoring --no-newline with multiple arguments');
  const end = o.has('z') ? '\0' : '\n';
  let status = 0;
  for (const f of o.operands) {
    const r = can ? canonicalize(c, f, can) : c.p.fs.readlink?.(c.path(f), c.p.net) ?? 'EINVAL';
    if (r in errnoText) {
      status = 1;
      if (verbose) c.error(`${quotef(f)}: ${errnoText[r as keyof typeof errnoText]}`);
      continue;
    }
    c.out(noNewline ? r : r + end);
  }
  return status;
}
