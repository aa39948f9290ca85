/**
 * debianutils 5.7's which (a sh script): each name's first match along
 * PATH, or every match with -a; exit 1 when some name has none, 2 after a
 * bad option. The lab's programs live where Debian 12 installs them
 * (pathOf), and with its merged /usr, /bin and /sbin hold what /usr/bin and
 * /usr/sbin hold.
 * @see debianutils which
 */
import type { Cmd } from '../coreutils/common.js';
import { lookupCommand } from '../shell/spawn.js';
import { pathOf } from '../shell/builtins.js';

/** Programs Debian installs in both /usr/bin and /usr/sbin (iproute2's ip). */
const BOTH_DIRS = new Set(['ip']);

/** /bin -> usr/bin, /sbin -> usr/sbin. */
const MERGED: Record<string, string> = { '/bin': '/usr/bin', '/sbin': '/usr/sbin' };

/** Whether directory `dir` holds program `name` (a lab command). */
function holds(c: Cmd, dir: string, name: string): boolean {
  if (!lookupCommand(c.p.lab, name)) return false;
  const d = MERGED[dir] ?? dir;
  const home = pathOf(name).slice(0, -name.length - 1);
  return d === home || (BOTH_DIRS.has(name) && (d === '/usr/bin' || d === '/usr/sbin'));
}

export async function which(c: Cmd): Promise<number> {
  const args = c.args;
  let all = false;
  while (args[0]?.startsWith('-') && args[0] !== '-') {
    const a = args.shift()!;
    if (a === '--') break;
    for (const ch of a.slice(1)) {
      if (ch !== 'a') {
        c.stderr(`Illegal option -${ch}\nUsage: /usr/bin/which [-a] args\n`);
        return 2;
      }
      all = true;
    }
  }
  const path = (c.p.env.get('PATH') ?? '').split(':');
  let st = args.length ? 0 : 1;
  for (const name of args) {
    const found = name.includes('/') ? (lookupCommand(c.p.lab, name) ? [name] : []) : path.filter((d) => d !== '' && holds(c, d, name)).map((d) => `${d}/${name}`);
    if (!found.length) st = 1;
    for (const f of all ? found : found.slice(0, 1)) c.out(f + '\n');
  }
  return st;
}
