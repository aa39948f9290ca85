/**
 * `mapfile` / `readarray` (bash builtins/mapfile.def): lines of the input
 * into an indexed array (MAPFILE by default), from index 0 or -O ORIGIN,
 * with -t (drop the delimiter), -d DELIM, -n COUNT, -s SKIP and -u FD.
 * Callbacks (-C, -c) are not run.
 */
import { builtinError, type Ctx } from './io.js';
import { builtinOpts, optError } from './intopt.js';

const SYNOPSIS = '[-d delim] [-n count] [-O origin] [-s count] [-t] [-u fd] [-C callback] [-c quantum] [array]';

interface MapOpts {
  delim: string;
  count: number;
  origin: number | null;
  skip: number;
  trim: boolean;
  fd: number;
}

/** The options; a number is the status of a usage error. */
function parse(ctx: Ctx, argv: string[]): { o: MapOpts; names: string[] } | number {
  const name = argv[0]!;
  const o: MapOpts = { delim: '\n', count: 0, origin: null, skip: 0, trim: false, fd: 0 };
  const r = builtinOpts(argv, 'd:n:O:s:tu:C:c:');
  if ('error' in r) return optError(ctx, name, r, SYNOPSIS);
  for (const { flag, arg } of r.opts) {
    if (flag === 't') o.trim = true;
    else {
      const err = setOpt(o, flag, arg!);
      if (err !== null) return builtinError(ctx, name, err);
    }
  }
  return { o, names: r.operands };
}

function setOpt(o: MapOpts, f: string, val: string): string | null {
  if (f === 'd') o.delim = val.slice(0, 1) || '\0';
  else if (f === 'C' || f === 'c') return null;
  else {
    const n = /^\d+$/.test(val) ? Number(val) : -1;
    if (n < 0) return f === 'u' ? `${val}: invalid file descriptor specification` : f === 'O' ? `${val}: invalid array origin` : `${val}: invalid line count`;
    if (f === 'n') o.count = n;
    else if (f === 'O') o.origin = n;
    else if (f === 's') o.skip = n;
    else o.fd = n;
  }
  return null;
}

export async function mapfileBuiltin(ctx: Ctx, argv: string[]): Promise<number> {
  const p = parse(ctx, argv);
  if (typeof p === 'number') return p;
  const { o, names } = p;
  const name = argv[0]!;
  const array = names[0] ?? 'MAPFILE';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(array)) return builtinError(ctx, name, `\`${array}': not a valid identifier`);
  const input = ctx.io.fds[o.fd]?.in;
  if (!input) return builtinError(ctx, name, `${o.fd}: invalid file descriptor: Bad file descriptor`);
  const sh = ctx.sh;
  const arr = sh.makeArray(array, false, o.origin === null);
  let index = o.origin ?? 0;
  for (let line = 0; o.count === 0 || line < o.skip + o.count; line++) {
    const piece = await input.readUntil(o.delim);
    if (!piece) break;
    if (line < o.skip) continue;
    const text = piece.text + (piece.sawDelim && !o.trim ? o.delim : '');
    sh.limits.checkSize(text.length);
    arr.set(String(index++), text);
  }
  return 0;
}
