/**
 * readlink FILE...: the target of each symbolic link, as coreutils 9.1
 * prints it (src/readlink.c): a file that is not a link fails silently
 * (status 1) unless -v says why. The canonicalizing modes (-f -e -m)
 * walk every component of a path; the lab's file system has links only
 * under /proc, so they are refused rather than half done.
 */
import type { Cmd } from './common.js';
import { errnoText } from '../vfs.js';
import { quoteaf } from './quote.js';

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
  if (o.has('f', 'e', 'm')) {
    c.error('canonicalization (-f, -e, -m) is not available in the lab');
    return 1;
  }
  if (o.operands.length === 0) return c.usage('missing operand', 1);
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
    const r = c.p.fs.readlink?.(c.path(f), c.p.net) ?? 'EINVAL';
    if (r in errnoText) {
      status = 1;
      if (verbose) c.error(`${quoteaf(f)}: ${errnoText[r as keyof typeof errnoText]}`);
      continue;
    }
    c.out(noNewline ? r : r + end);
  }
  return status;
}
