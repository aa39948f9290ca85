/**
 * iproute2's names databases as one object per command: the built-in
 * tables of lib/rt_names.c, each completed from its /etc/iproute2 file(s)
 * the first time a lookup needs it (rtnl_*_initialize), as a process of
 * iproute2 does. The files come from the lab's file system, so a script
 * that writes `100 my_rt_table` into /etc/iproute2/rt_tables sees the name
 * in the next `ip` command, in its input and its output.
 * @iproute2 lib/rt_names.c
 */
import type { Proc } from '../../lab/process.js';
import { ETC_DEFAULTS } from '../../lab/etc.js';
import { strtoulFull } from './rt_names.js';
import { strtol0 } from '../lib/stdlib.js';

/** What the databases read: files and directories of the file system, and stderr for complaints. */
export interface ConfFiles {
  /** The file's text, or null when fopen() would fail (missing, a directory). */
  read(path: string): string | null;
  /** readdir() of a directory, or null when opendir() fails. */
  list(dir: string): string[] | null;
  warn(msg: string): void;
}

const CONFDIR = '/etc/iproute2';

/** The lab's file system as seen by process `p`. */
export function procConfFiles(p: Proc, warn: (s: string) => void): ConfFiles {
  return {
    read: (path) => (p.fs.stat(path, p.net) === 'file' ? (p.fs.read(path, p.net) as string) : null),
    list: (dir) => {
      const r = p.fs.list(dir, p.net);
      return typeof r === 'string' ? null : r;
    },
    warn,
  };
}

/** A stock Debian /etc (the lab's defaults), for code that has no process. */
export const stockConfFiles: ConfFiles = {
  read: (path) => ETC_DEFAULTS[path] ?? null,
  list: (dir) => {
    const names = Object.keys(ETC_DEFAULTS).filter((k) => k.startsWith(dir + '/')).map((k) => k.slice(dir.length + 1));
    return names.length ? names.filter((n) => !n.includes('/')) : null;
  },
  warn: () => undefined,
};

/**
 * fread_id_name(): one "ID NAME" line as the four sscanf() formats read it
 * ("0x%x %s", "%d %s"); null when neither matches. `id` is a C int.
 */
export function scanIdName(p: string): { id: number; name: string } | null {
  const hex = /^0x\s*([+-]?)(?:0[xX](?=[0-9a-fA-F]))?([0-9a-fA-F]+)\s*(\S+)/.exec(p);
  if (hex) {
    const v = parseInt(hex[2]!.slice(-8), 16);
    return { id: (hex[1] === '-' ? -v : v) | 0, name: hex[3]! };
  }
  const dec = /^\s*([+-]?)(\d+)\s*(\S+)/.exec(p);
  if (!dec) return null;
  const v = Number(dec[2]);
  return { id: (dec[1] === '-' ? -v : v) | 0, name: dec[3]! };
}

/** Lines with their newline, as fgets() returns them. */
function fgetsLines(text: string): string[] {
  return text.split(/(?<=\n)/).filter((l) => l !== '');
}

/** Every "ID NAME" entry of `file` in order; stops at a corrupted line after saying so. */
function readIdNames(files: ConfFiles, file: string): { id: number; name: string }[] {
  const text = files.read(file);
  if (text === null) return [];
  const out: { id: number; name: string }[] = [];
  for (const line of fgetsLines(text)) {
    const p = line.replace(/^[ \t]+/, '');
    if (p === '' || p[0] === '#' || p[0] === '\n') continue;
    const e = scanIdName(p);
    if (!e) {
      files.warn(`Database ${file} is corrupted at ${p}\n`);
      break;
    }
    out.push(e);
  }
  return out;
}

/** The files a `NAME.d` directory adds: readdir() order, names ending in ".conf", no dot files. */
function confDir(files: ConfFiles, dir: string): string[] {
  const names = files.list(dir) ?? [];
  return names.filter((n) => n[0] !== '.' && n.length > 5 && n.endsWith('.conf')).map((n) => `${dir}/${n}`);
}

/**
 * A 256-slot id → name table (char *tab[256]), filled by
 * rtnl_tab_initialize(). Its slots are made at the first lookup: most `ip`
 * commands look nothing up in most of the six tables.
 */
class Tab {
  private t: (string | undefined)[] | null = null;
  private init = false;

  constructor(
    private readonly entries: readonly (readonly [number, string])[],
    private readonly load: (t: Tab) => void,
  ) {}

  private slots(): (string | undefined)[] {
    if (this.t) return this.t;
    const t: (string | undefined)[] = new Array(256);
    for (const [id, name] of this.entries) t[id] = name;
    return (this.t = t);
  }

  /** rtnl_tab_initialize() for one file. */
  fill(files: ConfFiles, file: string): void {
    const t = this.slots();
    for (const { id, name } of readIdNames(files, file)) if (id >= 0 && id < 256) t[id] = name;
  }

  /** The n2a lookup: the file is read only when the built-in table has no name for `id`. */
  n2a(id: number): string | undefined {
    if (this.slots()[id] === undefined && !this.init) this.initialize();
    return this.slots()[id];
  }

  /** The a2n loop: the first id whose name is `arg`. */
  a2n(arg: string): number | null {
    if (!this.init) this.initialize();
    const t = this.slots();
    for (let i = 0; i < 256; i++) if (t[i] === arg) return i;
    return null;
  }

  private initialize(): void {
    this.init = true;
    this.load(this);
  }
}

/**
 * A 256-bucket hash of id → name (struct rtnl_hash_entry), newest entry
 * first in a bucket; made, as Tab's slots, at the first lookup.
 */
class Hash {
  /** Buckets made at their first entry: most buckets stay empty. */
  private b: ({ id: number; name: string }[] | undefined)[] | null = null;

  constructor(
    private readonly entries: readonly (readonly [number, string])[],
    private readonly load: (h: Hash) => void,
  ) {}

  /** rtnl_hash_initialize() for one file. */
  fill(files: ConfFiles, file: string): void {
    for (const e of readIdNames(files, file)) if (e.id >= 0) this.add(e);
  }

  private add(e: { id: number; name: string }): void {
    (this.b![e.id & 255] ??= []).unshift(e);
  }

  /** The entry for `id` in its bucket (rtnl_rttable_n2a). */
  byId(id: number): string | undefined {
    return this.buckets()[id & 255]?.find((e) => e.id === id)?.name;
  }

  /** The first entry named `arg`, bucket by bucket (rtnl_group_n2a walks them so). */
  firstId(id: number): string | undefined {
    for (const bucket of this.buckets()) for (const e of bucket ?? []) if (e.id === id) return e.name;
    return undefined;
  }

  /** The id of the first entry named `arg`, bucket by bucket (rtnl_rttable_a2n). */
  a2n(arg: string): number | null {
    for (const bucket of this.buckets()) for (const e of bucket ?? []) if (e.name === arg) return e.id;
    return null;
  }

  /** The built-in entries, then the files (rtnl_*_initialize), at the first lookup. */
  private buckets(): ({ id: number; name: string }[] | undefined)[] {
    if (this.b) return this.b;
    this.b = new Array(256);
    for (const [id, name] of this.entries) this.add({ id, name });
    this.load(this);
    return this.b;
  }
}

/** rtnl_rtprot_tab[] of iproute2 6.1 */
const PROT_NAMES: readonly (readonly [number, string])[] = [
  [0, 'unspec'], [1, 'redirect'], [2, 'kernel'], [3, 'boot'], [4, 'static'], [8, 'gated'], [9, 'ra'], [10, 'mrt'],
  [11, 'zebra'], [12, 'bird'], [42, 'babel'], [13, 'dnrouted'], [14, 'xorp'], [15, 'ntk'], [16, 'dhcp'],
  [18, 'keepalived'], [186, 'bgp'], [187, 'isis'], [188, 'ospf'], [189, 'rip'], [192, 'eigrp'],
];
const SCOPE_NAMES: readonly (readonly [number, string])[] = [[0, 'global'], [255, 'nowhere'], [254, 'host'], [253, 'link'], [200, 'site']];
const TABLE_NAMES: readonly (readonly [number, string])[] = [[253, 'default'], [254, 'main'], [255, 'local']];

/** The names databases of one iproute2 process. */
export class RtNames {
  private readonly prot: Tab;
  private readonly scope: Tab;
  private readonly realm: Tab;
  private readonly dsfield: Tab;
  private readonly table: Hash;
  private readonly group: Hash;

  constructor(files: ConfFiles) {
    const withDir = (base: string) => (t: Tab | Hash): void => {
      t.fill(files, `${CONFDIR}/${base}`);
      for (const f of confDir(files, `${CONFDIR}/${base}.d`)) t.fill(files, f);
    };
    this.prot = new Tab(PROT_NAMES, withDir('rt_protos'));
    this.scope = new Tab(SCOPE_NAMES, (t) => t.fill(files, `${CONFDIR}/rt_scopes`));
    this.realm = new Tab([[0, 'unknown']], (t) => t.fill(files, `${CONFDIR}/rt_realms`));
    this.dsfield = new Tab([[0, '0']], (t) => t.fill(files, `${CONFDIR}/rt_dsfield`));
    this.table = new Hash(TABLE_NAMES, withDir('rt_tables'));
    this.group = new Hash([[0, 'default']], (h) => h.fill(files, `${CONFDIR}/group`));
  }

  /** The stock databases (a Debian /etc/iproute2), for printing without a process. */
  static stock(): RtNames {
    return new RtNames(stockConfFiles);
  }

  /** rtnl_rtprot_n2a() */
  protoN2a(id: number, numeric = false): string {
    if (id < 0 || id >= 256 || numeric) return String(id >>> 0);
    return this.prot.n2a(id) ?? String(id);
  }

  /** rtnl_rtprot_a2n(): null when neither a name nor a number 0..255. */
  protoA2n(arg: string): number | null {
    return this.prot.a2n(arg) ?? strtoulFull(arg, 255);
  }

  /** rtnl_rtscope_n2a() */
  scopeN2a(id: number, numeric = false): string {
    if (id < 0 || id >= 256 || numeric) return String(id);
    return this.scope.n2a(id) ?? String(id);
  }

  /** rtnl_rtscope_a2n() */
  scopeA2n(arg: string): number | null {
    return this.scope.a2n(arg) ?? strtoulFull(arg, 255);
  }

  /** rtnl_rtrealm_n2a() */
  realmN2a(id: number, numeric = false): string {
    if (id < 0 || id >= 256 || numeric) return String(id);
    return this.realm.n2a(id) ?? String(id);
  }

  /** rtnl_rtrealm_a2n() */
  realmA2n(arg: string): number | null {
    return this.realm.a2n(arg) ?? strtoulFull(arg, 255);
  }

  /** rtnl_rttable_n2a() */
  tableN2a(id: number, numeric = false): string {
    const name = this.table.byId(id >>> 0);
    return !numeric && name !== undefined ? name : String(id >>> 0);
  }

  /** rtnl_rttable_a2n(): a name or a number up to RT_TABLE_MAX (0xffffffff). */
  tableA2n(arg: string): number | null {
    return this.table.a2n(arg) ?? strtoulFull(arg, 0xffffffff);
  }

  /** rtnl_dsfield_n2a(): a name, else 0x%02x. */
  dsfieldN2a(id: number, numeric = false): string {
    if (id < 0 || id >= 256) return String(id);
    const name = numeric ? undefined : this.dsfield.n2a(id);
    return name ?? '0x' + id.toString(16).padStart(2, '0');
  }

  /** rtnl_dsfield_a2n(): a name, or a hexadecimal number (base 16, "10" = 0x10). */
  dsfieldA2n(arg: string): number | null {
    return this.dsfield.a2n(arg) ?? strtoulFull(arg, 255, 16);
  }

  /** rtnl_group_n2a() */
  groupN2a(id: number, numeric = false): string {
    return (numeric ? undefined : this.group.firstId(id)) ?? String(id);
  }

  /** rtnl_group_a2n(): a name; else strtol() base 0, not negative. */
  groupA2n(arg: string): number | null {
    const id = this.group.a2n(arg);
    if (id !== null) return id;
    // `i = strtol(arg, &end, 0)` into an int: the long's low 32 bits ("4294967296" is group 0).
    const r = strtol0(arg);
    if (r.end === 0 || r.end !== arg.length) return null;
    const v = Number(BigInt.asIntN(32, r.value));
    return v < 0 ? null : v;
  }
}
