/**
 * `umask` of bash (builtins/umask.def) and of dash (src/miscbltin.c
 * umaskcmd): the shell process's file mode creation mask, which the files
 * and directories it and its children create get (redirections, touch,
 * mkdir, tee: 0666 or 0777 without the mask's bits).
 */
import { builtinError, type Ctx } from './io.js';
import { builtinOpts, optError } from './intopt.js';

/** `u=rwx,g=rx,o=rx`: the bits the mask lets through (print_symbolic_umask). */
function symbolic(mask: number): string {
  const who = (shift: number): string => ['r', 'w', 'x'].filter((_, i) => (mask & (0o4 >> i) << shift) === 0).join('');
  return `u=${who(6)},g=${who(3)},o=${who(0)}`;
}

const WHO: Record<string, number> = { u: 0o700, g: 0o070, o: 0o007, a: 0o777 };
const PERM: Record<string, number> = { r: 0o444, w: 0o222, x: 0o111 };

/** parse_symbolic_mode(): clauses [ugoa]*[+-=][rwx]* separated by commas, on the allowed bits; a string is the error. */
function bashSymbolic(mode: string, bits: number): number | string {
  let i = 0;
  for (;;) {
    let who = 0;
    while (WHO[mode[i] ?? ''] !== undefined) who |= WHO[mode[i++]!]!;
    const op = mode[i++] ?? '';
    if (!'+-='.includes(op) || op === '') return `\`${op}': invalid symbolic mode operator`;
    let perm = 0;
    while (PERM[mode[i] ?? ''] !== undefined) perm |= PERM[mode[i++]!]!;
    if (i < mode.length && mode[i] !== ',') return `\`${mode[i]}': invalid symbolic mode character`;
    if (who) perm &= who;
    if (op === '+') bits |= perm;
    else if (op === '-') bits &= ~perm;
    else bits = (bits & ~(who || 0o777)) | perm;
    if (i >= mode.length) return bits;
    i++;
  }
}

/** read_octal(): octal digits up to 0777, else -1. */
function readOctal(s: string): number {
  if (!/^[0-7]+$/.test(s)) return -1;
  const v = parseInt(s, 8);
  return v > 0o777 ? -1 : v;
}

/** The shell's process and the one running this command (a new one per command line of the session). */
function setUmask(ctx: Ctx, mask: number): void {
  ctx.proc.umask = mask;
  ctx.sh.entry.umask = mask;
}

export async function umaskBuiltin(ctx: Ctx, argv: string[]): Promise<number> {
  const o = builtinOpts(argv, ctx.sh.dash ? 'S' : 'Sp');
  if ('error' in o) return optError(ctx, 'umask', o, '[-p] [-S] [mode]');
  const sym = o.opts.some((x) => x.flag === 'S');
  const p = o.opts.some((x) => x.flag === 'p');
  const arg = o.operands[0];
  if (ctx.sh.dash) return dashUmask(ctx, arg, sym);
  const proc = ctx.proc;
  if (arg === undefined) {
    const prefix = p ? `umask${sym ? ' -S' : ''} ` : '';
    ctx.io.out.write(prefix + (sym ? symbolic(proc.umask) : proc.umask.toString(8).padStart(4, '0')) + '\n');
    return 0;
  }
  let mask: number;
  if (/^[0-9]/.test(arg)) {
    mask = readOctal(arg);
    if (mask < 0) return builtinError(ctx, 'umask', `${arg}: octal number out of range`);
  } else {
    const bits = bashSymbolic(arg, ~proc.umask & 0o777);
    if (typeof bits === 'string') return builtinError(ctx, 'umask', bits);
    mask = ~bits & 0o777;
  }
  setUmask(ctx, mask);
  if (sym) ctx.io.out.write(symbolic(mask) + '\n');
  return 0;
}

/** dash's umaskcmd: -S only; an octal mask is not range-checked; symbolic clauses may copy u, g or o. */
function dashUmask(ctx: Ctx, arg: string | undefined, sym: boolean): number {
  const proc = ctx.proc;
  if (arg === undefined) {
    ctx.io.out.write((sym ? symbolic(proc.umask) : proc.umask.toString(8).padStart(4, '0')) + '\n');
    return 0;
  }
  if (/^[0-9]/.test(arg)) {
    if (!/^[0-7]+$/.test(arg)) return builtinError(ctx, 'umask', `Illegal number: ${arg}`, 2);
    setUmask(ctx, parseInt(arg, 8) & 0o777);
    return 0;
  }
  const bits = dashSymbolic(arg, ~proc.umask & 0o777);
  if (bits === null) return builtinError(ctx, 'umask', `Illegal mode: ${arg}`, 2);
  setUmask(ctx, ~bits & 0o777);
  return 0;
}

function dashSymbolic(mode: string, mask: number): number | null {
  let bits = mask;
  let i = 0;
  let positions = 0;
  while (i < mode.length) {
    for (; 'augo'.includes(mode[i] ?? '!'); i++) positions |= { a: 0o111, u: 0o100, g: 0o010, o: 0o001 }[mode[i] as 'a']!;
    if (!positions) positions = 0o111;
    const op = mode[i];
    if (op === undefined || !'=+-'.includes(op)) break;
    i++;
    let val = 0;
    for (; i < mode.length && 'rwxugoXs'.includes(mode[i]!); i++) {
      const c = mode[i]!;
      if (c === 'r') val |= 4;
      else if (c === 'w') val |= 2;
      else if (c === 'x') val |= 1;
      else if (c === 'u') val |= mask >> 6;
      else if (c === 'g') val |= mask >> 3;
      else if (c === 'o') val |= mask;
      else if (c === 'X' && mask & 0o111) val |= 1;
    }
    val = (val & 7) * positions;
    if (op === '-') bits &= ~val;
    else if (op === '=') bits = val | (bits & ~(positions * 7));
    else bits |= val;
    if (mode[i] === ',') {
      positions = 0;
      i++;
    } else if (!'=+-'.includes(mode[i] ?? '!')) break;
  }
  return i < mode.length ? null : bits;
}
