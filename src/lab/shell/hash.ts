/**
 * The table of commands a shell found in PATH (bash hashcmd.c and
 * builtins/hash.def, dash exec.c cmdtable) and the `hash` builtin that
 * shows and edits it. Each run of a command found by a PATH search counts
 * a hit; a subshell works on its own copy.
 */
import { hashString } from './assoc.js';
import { builtinError, type Ctx } from './io.js';
import { builtinOpts, optError } from './intopt.js';

export interface Hashed {
  path: string;
  hits: number;
}

/** hashcmd.h FILENAME_HASH_BUCKETS */
const FILENAME_HASH_BUCKETS = 256;
/** dash exec.c CMDTABLESIZE */
const CMDTABLESIZE = 31;

/** A command found in PATH was run: one more hit (the first run inserts it). */
export function hashHit(table: Map<string, Hashed>, name: string, path: string): void {
  const h = table.get(name);
  if (h) h.hits++;
  else table.set(name, { path, hits: 1 });
}

/** bash's walk of its table: buckets 0..255 of hash_string(), each chain newest first. */
function bashOrder(table: Map<string, Hashed>): [string, Hashed][] {
  const items = [...table].map((e, i) => ({ e, i, b: hashString(e[0]) & (FILENAME_HASH_BUCKETS - 1) }));
  return items.sort((x, y) => x.b - y.b || y.i - x.i).map((x) => x.e);
}

/** dash's cmdtable walk: hashval = first char << 4 plus every char, mod 31; a chain in insertion order. */
function dashOrder(table: Map<string, Hashed>): [string, Hashed][] {
  const bucket = (s: string): number => [...s].reduce((h, c) => h + c.charCodeAt(0), s.charCodeAt(0) << 4) % CMDTABLESIZE;
  const items = [...table].map((e, i) => ({ e, i, b: bucket(e[0]) }));
  return items.sort((x, y) => x.b - y.b || x.i - y.i).map((x) => x.e);
}

/** `hash [-lrt] [-p PATH] [-d] [NAME...]` (bash), `hash [-r] [NAME...]` (dash). */
export async function hashBuiltin(ctx: Ctx, argv: string[], find: (name: string) => string | null): Promise<number> {
  const sh = ctx.sh;
  const table = sh.hashed;
  const o = builtinOpts(argv, sh.dash ? 'r' : 'dlp:rt');
  if ('error' in o) return optError(ctx, 'hash', o, '[-lr] [-p pathname] [-dt] [name ...]');
  const flags = o.opts.map((x) => x.flag).join('');
  const path = o.opts.find((x) => x.flag === 'p')?.arg ?? null;
  const names = o.operands;
  if (flags.includes('r')) table.clear();
  if (!names.length) {
    if (flags.includes('r') && !flags.includes('l')) return 0;
    return list(ctx, table, flags.includes('l'));
  }
  let st = 0;
  for (const name of names) {
    if (path !== null) table.set(name, { path, hits: 0 });
    else if (flags.includes('t')) {
      const h = table.get(name);
      if (!h) st = builtinError(ctx, 'hash', `${name}: not found`);
      else ctx.io.out.write(names.length > 1 ? `${name}\t${h.path}\n` : `${h.path}\n`);
    } else if (flags.includes('d')) {
      if (!table.delete(name)) st = builtinError(ctx, 'hash', `${name}: not found`);
    } else if (!name.includes('/')) {
      const found = find(name);
      if (found === null) st = builtinError(ctx, 'hash', `${name}: not found`);
      else if (found !== '') table.set(name, { path: found, hits: 0 });
    }
  }
  return st;
}

/** print_hashed_commands() / print_portable_hash_info(), dash's printentry(). */
function list(ctx: Ctx, table: Map<string, Hashed>, portable: boolean): number {
  const out = ctx.io.out;
  if (ctx.sh.dash) {
    for (const [, h] of dashOrder(table)) out.write(h.path + '\n');
    return 0;
  }
  if (!table.size) {
    out.write('hash: hash table empty\n');
    return 0;
  }
  const rows = bashOrder(table);
  if (portable) for (const [n, h] of rows) out.write(`builtin hash -p ${h.path} ${n}\n`);
  else out.write('hits\tcommand\n' + rows.map(([, h]) => `${String(h.hits).padStart(4)}\t${h.path}\n`).join(''));
  return 0;
}
