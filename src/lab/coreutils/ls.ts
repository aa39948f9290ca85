/**
 * ls as coreutils 9.1 prints it when stdout is not a terminal (src/ls.c):
 * one name per line; -a -A -d -F/-p -r -R -1, and the long format -l (-n:
 * numeric owners) from the Vfs's stat: `total` in 1 KiB blocks, mode, links,
 * owner, group, size (a device's `major, minor`), the modification time
 * (`%b %e %H:%M` within the last six months, else `%b %e  %Y`) and the name,
 * columns aligned per listing. The lab runs as root: every file is root's.
 */
import { LAB_EPOCH_SEC } from '../../tools/ping_common.js';
import { type FileMeta, S_IFCHR, S_IFDIR, S_IFLNK, S_IFMT } from '../vfs.js';
import { type Cmd } from './common.js';
import { breakDown, strftime, zoneOf } from './date.js';
import { quoteaf } from './quote.js';

interface LsOpts {
  all: boolean;
  almostAll: boolean;
  directory: boolean;
  classify: boolean;
  reverse: boolean;
  recursive: boolean;
  long: boolean;
  numeric: boolean;
}

/** One line of a listing: the name shown and the path to stat. */
interface Entry {
  readonly name: string;
  readonly path: string;
}

const LS_LONG = [
  { name: 'all', arg: 0, key: 'a' },
  { name: 'almost-all', arg: 0, key: 'A' },
  { name: 'directory', arg: 0, key: 'd' },
  { name: 'reverse', arg: 0, key: 'r' },
  { name: 'recursive', arg: 0, key: 'R' },
  { name: 'numeric-uid-gid', arg: 0, key: 'n' },
  { name: 'classify', arg: 0, key: 'F' },
] as const;

/** Half a Gregorian year, as ls.c's six_months_ago. */
const SIX_MONTHS_SEC = 31556952 / 2;

function lsSort(names: string[], o: LsOpts): string[] {
  const s = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return o.reverse ? s.reverse() : s;
}

/** filemodestring(): `drwxr-xr-x`. */
export function modeString(mode: number): string {
  const fmt = mode & S_IFMT;
  const type = fmt === S_IFDIR ? 'd' : fmt === S_IFCHR ? 'c' : fmt === S_IFLNK ? 'l' : '-';
  let s = type;
  for (const shift of [6, 3, 0]) {
    const bits = (mode >> shift) & 7;
    s += (bits & 4 ? 'r' : '-') + (bits & 2 ? 'w' : '-') + (bits & 1 ? 'x' : '-');
  }
  if (mode & 0o1000) s = s.slice(0, 9) + (mode & 1 ? 't' : 'T');
  return s;
}

function sizeText(m: FileMeta): string {
  return m.rdev ? `${m.rdev[0]}, ${m.rdev[1]}` : String(m.size);
}

/** The time column: recent files show the time of day, others the year. */
function timeText(c: Cmd, m: FileMeta): string {
  const zone = zoneOf(c.p.env.get('TZ'));
  const when = LAB_EPOCH_SEC + Math.floor(m.mtimeNs / 1e9);
  const now = LAB_EPOCH_SEC + Math.floor(c.p.lab.sched.now / 1e9);
  const recent = when > now - SIX_MONTHS_SEC && when <= now;
  return strftime(recent ? '%b %e %H:%M' : '%b %e  %Y', breakDown(when, 0, zone));
}

function decorate(m: FileMeta | null, name: string, o: LsOpts): string {
  return o.classify && m && (m.mode & S_IFMT) === S_IFDIR ? name + '/' : name;
}

function metaOf(c: Cmd, e: Entry): FileMeta | null {
  return c.p.fs.meta?.(c.path(e.path), c.p.net) ?? null;
}

/**
 * Print entries, in the long format with aligned columns and (for a
 * directory) its total. The operands' columns are as wide as all operands
 * need, directories included (ls.c gobbles them all before printing).
 */
function printEntries(c: Cmd, entries: readonly Entry[], o: LsOpts, total: boolean, alsoWide: readonly Entry[] = []): void {
  const metas = entries.map((e) => metaOf(c, e));
  if (!o.long) {
    entries.forEach((e, i) => c.out(decorate(metas[i]!, e.name, o) + '\n'));
    return;
  }
  const owner = o.numeric ? '0' : 'root';
  const rows = entries.flatMap((e, i) => (metas[i] ? [{ e, m: metas[i]! }] : []));
  if (total) c.out(`total ${Math.ceil(rows.reduce((n, r) => n + r.m.blocks, 0) / 2)}\n`);
  const wide = [...rows.map((r) => r.m), ...alsoWide.flatMap((e) => metaOf(c, e) ?? [])];
  const linkW = Math.max(0, ...wide.map((m) => String(m.nlink).length));
  const sizeW = Math.max(0, ...wide.map((m) => sizeText(m).length));
  for (const { e, m } of rows) {
    const cols = [modeString(m.mode), String(m.nlink).padStart(linkW), owner, owner, sizeText(m).padStart(sizeW), timeText(c, m)];
    // print_long_format(): a link's target after ` -> `
    const target = m.link === undefined ? '' : ` -> ${m.link}`;
    c.out(`${cols.join(' ')} ${decorate(m, e.name, o)}${target}\n`);
  }
}

function join(dir: string, n: string): string {
  return dir.endsWith('/') ? dir + n : `${dir}/${n}`;
}

/** The entries of a directory as ls shows them. */
function lsEntries(c: Cmd, dir: string, o: LsOpts): Entry[] {
  const list = c.p.fs.list(c.path(dir), c.p.net);
  if (typeof list === 'string') return [];
  let names = list.filter((n) => o.all || o.almostAll || !n.startsWith('.'));
  if (o.all) names = ['.', '..', ...names];
  return lsSort(names, o).map((n) => ({ name: n, path: join(dir, n) }));
}

function lsDir(c: Cmd, dir: string, o: LsOpts, heading: boolean, first: boolean): void {
  const entries = lsEntries(c, dir, o);
  if (heading) c.out(`${first ? '' : '\n'}${dir}:\n`);
  printEntries(c, entries, o, true);
  if (!o.recursive) return;
  for (const e of entries) {
    if (e.name !== '.' && e.name !== '..' && c.stat(e.path) === 'dir') lsDir(c, e.path, o, true, false);
  }
}

export async function ls(c: Cmd): Promise<number> {
  const r = c.options({ short: '1aAdFlnpRr', long: LS_LONG }, 2);
  if (typeof r === 'number') return r;
  const o: LsOpts = {
    all: r.has('a'), almostAll: r.has('A'), directory: r.has('d'), classify: r.has('F', 'p'), reverse: r.has('r'),
    recursive: r.has('R'), long: r.has('l', 'n'), numeric: r.has('n'),
  };
  const operands = r.operands.length > 0 ? r.operands : ['.'];
  let status = 0;
  const files: string[] = [];
  const dirs: string[] = [];
  for (const name of operands) {
    const kind = c.stat(name);
    if (kind === null) {
      // stat(2)'s errno: ENOTDIR when a name follows a file, which read() tells as well
      c.error(`cannot access ${quoteaf(name)}: ${c.readFile(name) === 'ENOTDIR' ? 'Not a directory' : 'No such file or directory'}`);
      status = 2;
    } else if (kind === 'dir' && !o.directory) dirs.push(name);
    else files.push(name);
  }
  const asEntries = (names: string[]): Entry[] => names.map((f) => ({ name: f, path: f }));
  printEntries(c, asEntries(lsSort(files, o)), o, false, asEntries(dirs));
  const heading = operands.length > 1 || o.recursive;
  lsSort(dirs, o).forEach((d, i) => lsDir(c, d, o, heading, i === 0 && files.length === 0));
  return status;
}
