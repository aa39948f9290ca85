/**
 * The option words of the builtins (bash builtins/getopt.c
 * internal_getopt, dash options.c nextopt): clusters up to `--`, a lone
 * `-` or the first operand. In SPEC a letter followed by ':' takes an
 * argument (the rest of its word, else the next word), by ';' an optional
 * numeric one (ulimit's). Errors read as each shell prints them.
 */
import { builtinError, type Ctx } from './io.js';

export interface BuiltinOpt {
  flag: string;
  arg?: string;
}

export interface OptError {
  error: 'invalid' | 'missing';
  flag: string;
}

export function builtinOpts(argv: readonly string[], spec: string): { opts: BuiltinOpt[]; operands: string[] } | OptError {
  const opts: BuiltinOpt[] = [];
  let i = 1;
  for (; i < argv.length && argv[i]!.startsWith('-') && argv[i] !== '-'; i++) {
    if (argv[i] === '--') {
      i++;
      break;
    }
    const a = argv[i]!;
    for (let k = 1; k < a.length; k++) {
      const flag = a[k]!;
      const at = flag === ':' || flag === ';' ? -1 : spec.indexOf(flag);
      if (at < 0) return { error: 'invalid', flag };
      const kind = spec[at + 1];
      if (kind !== ':' && kind !== ';') {
        opts.push({ flag });
        continue;
      }
      let arg: string | undefined = a.slice(k + 1) || undefined;
      if (arg === undefined && (kind === ':' || /^\d+$/.test(argv[i + 1] ?? ''))) arg = argv[++i];
      if (arg === undefined && kind === ':') return { error: 'missing', flag };
      opts.push({ flag, arg });
      break;
    }
  }
  return { opts, operands: argv.slice(i) };
}

/** bash: `NAME: -X: invalid option` and the usage line; dash: `Illegal option -X`, `No arg for -X option`. Status 2. */
export function optError(ctx: Ctx, name: string, e: OptError, synopsis: string): number {
  if (ctx.sh.dash) return builtinError(ctx, name, e.error === 'invalid' ? `Illegal option -${e.flag}` : `No arg for -${e.flag} option`, 2);
  builtinError(ctx, name, `-${e.flag}: ${e.error === 'invalid' ? 'invalid option' : 'option requires an argument'}`);
  ctx.io.err.write(`${name}: usage: ${name} ${synopsis}\n`);
  return 2;
}
