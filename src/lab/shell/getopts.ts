/**
 * `getopts OPTSTRING NAME [ARG...]` (bash builtins/getopts.def with
 * lib/sh/getopt.c sh_getopt; dash options.c getopts): one option per call
 * from ARGs or the positional parameters, OPTIND the next argument,
 * OPTARG its argument; a leading ':' in OPTSTRING reports errors in NAME
 * and OPTARG instead of on stderr. The position inside a cluster (-abc)
 * is the shell's own; assigning OPTIND starts over.
 */
import type { Ctx } from './io.js';

/** Where a shell's getopts is: the OPTIND it set last and the character inside that argument. */
export interface GetoptsState {
  optind: string;
  pos: number;
}

export async function getoptsBuiltin(ctx: Ctx, argv: string[]): Promise<number> {
  const sh = ctx.sh;
  if (argv.length < 3) {
    if (sh.dash) {
      ctx.io.err.write(`${sh.errPrefix()}getopts: Usage: getopts optstring var [arg]\n`);
      return 2;
    }
    ctx.io.err.write('getopts: usage: getopts optstring name [arg ...]\n');
    return 2;
  }
  const optstring = argv[1]!;
  const name = argv[2]!;
  const args = argv.length > 3 ? argv.slice(3) : sh.positional;
  const optindText = sh.get('OPTIND') ?? '1';
  // a script that assigned OPTIND (OPTIND=1) starts a new scan
  if (sh.getopts.optind !== optindText) sh.getopts.pos = 0;
  let index = Math.max(Number.parseInt(optindText, 10) || 1, 1) - 1;
  const silent = optstring.startsWith(':');
  const done = (at: number): number => {
    setOptind(ctx, at + 1, 0);
    sh.set(name, '?');
    return 1;
  };
  let pos = sh.getopts.pos;
  const arg = args[index];
  if (pos === 0) {
    if (arg === undefined || arg[0] !== '-' || arg === '-') return done(index);
    if (arg === '--') return done(index + 1);
    pos = 1;
  }
  const word = arg ?? '';
  const c = word[pos]!;
  pos++;
  const at = c === ':' ? -1 : optstring.indexOf(c);
  const finish = (): void => {
    if (pos >= word.length) setOptind(ctx, index + 2, 0);
    else setOptind(ctx, index + 1, pos);
  };
  if (at < 0) {
    finish();
    return report(ctx, name, silent, '?', c, sh.dash ? `Illegal option -${c}` : `${sh.name}: illegal option -- ${c}`);
  }
  if (optstring[at + 1] !== ':') {
    finish();
    sh.set(name, c);
    sh.unset('OPTARG');
    return 0;
  }
  let optarg = word.slice(pos);
  if (optarg === '') {
    const next = args[index + 1];
    if (next === undefined) {
      setOptind(ctx, index + 2, 0);
      return report(ctx, name, silent, ':', c, sh.dash ? `No arg for -${c} option` : `${sh.name}: option requires an argument -- ${c}`);
    }
    optarg = next;
    index++;
  }
  setOptind(ctx, index + 2, 0);
  sh.set(name, c);
  sh.set('OPTARG', optarg);
  return 0;
}

/** An unknown option (`?`) or a missing argument (`:` when silent, else `?` and the message). */
function report(ctx: Ctx, name: string, silent: boolean, silentName: string, c: string, msg: string): number {
  const sh = ctx.sh;
  if (silent) {
    sh.set(name, silentName);
    sh.set('OPTARG', c);
  } else {
    ctx.io.err.write(msg + '\n');
    sh.set(name, '?');
    sh.unset('OPTARG');
  }
  return 0;
}

function setOptind(ctx: Ctx, optind: number, pos: number): void {
  const sh = ctx.sh;
  sh.set('OPTIND', String(optind));
  sh.getopts = { optind: String(optind), pos };
}
