/**
 * glibc getopt_long as the GNU tools use it: short option clusters (`-nr`,
 * `-k2`, `-k 2`), long options with unique-prefix abbreviation (`--rev`,
 * `--key=2`, `--key 2`), argument permutation (options after operands) unless
 * the option string starts with '+' or POSIXLY_CORRECT is set, `--` ends the
 * options, and a lone `-` is an operand. Diagnostics are glibc's, without the
 * program name.
 */

/** 0: no argument, 1: required, 2: optional (only as `--opt=arg` or `-oarg`). */
export type ArgKind = 0 | 1 | 2;

export interface LongOpt {
  readonly name: string;
  readonly arg: ArgKind;
  /** What the option reports as its key: usually the equivalent short option. */
  readonly key: string;
}

export interface OptSpec {
  /** getopt's optstring: letters, ':' after a letter for an argument, '::' optional; leading '+' stops at the first operand. */
  readonly short: string;
  readonly long?: readonly LongOpt[];
  /** Words that look like options but are operands (seq's negative numbers). */
  readonly isOperand?: (word: string) => boolean;
}

export interface Opt {
  readonly key: string;
  readonly arg: string | undefined;
}

export type OptResult =
  | { readonly ok: true; readonly opts: Opt[]; readonly operands: string[] }
  | { readonly ok: false; readonly message: string };

class OptError extends Error {}

function shortKind(spec: string, c: string): ArgKind | null {
  const i = spec.indexOf(c);
  if (c === ':' || c === '+' || i < 0) return null;
  if (spec[i + 1] !== ':') return 0;
  return spec[i + 2] === ':' ? 2 : 1;
}

/** Parse one `-abc` cluster starting at argv[i]; returns the index of the next argument. */
function parseShort(argv: string[], i: number, spec: string, opts: Opt[]): number {
  const word = argv[i]!;
  for (let j = 1; j < word.length; j++) {
    const c = word[j]!;
    const kind = shortKind(spec, c);
    if (kind === null) throw new OptError(`invalid option -- '${c}'`);
    if (kind === 0) {
      opts.push({ key: c, arg: undefined });
      continue;
    }
    const rest = word.slice(j + 1);
    if (rest !== '' || kind === 2) {
      opts.push({ key: c, arg: rest === '' ? undefined : rest });
      return i + 1;
    }
    const next = argv[i + 1];
    if (next === undefined) throw new OptError(`option requires an argument -- '${c}'`);
    opts.push({ key: c, arg: next });
    return i + 2;
  }
  return i + 1;
}

/**
 * process_long_option()'s lookup: the option named NAME, else the one NAME
 * abbreviates (several that are the same option, with one key and argument
 * kind, are one); the candidates when NAME abbreviates different options,
 * an empty list when none.
 */
export function lookupLong<T extends { readonly name: string; readonly arg: ArgKind; readonly key: unknown }>(longs: readonly T[], name: string): T | T[] {
  const exact = longs.find((l) => l.name === name);
  if (exact) return exact;
  const cands = longs.filter((l) => l.name.startsWith(name));
  const first = cands[0];
  if (first && cands.every((c) => c.key === first.key && c.arg === first.arg)) return first;
  return cands;
}

function findLong(longs: readonly LongOpt[], name: string): LongOpt {
  const found = lookupLong(longs, name);
  if (!Array.isArray(found)) return found;
  if (found.length === 0) throw new OptError(`unrecognized option '--${name}'`);
  const list = found.map((c) => `'--${c.name}'`).join(' ');
  throw new OptError(`option '--${name}' is ambiguous; possibilities: ${list}`);
}

function parseLong(argv: string[], i: number, longs: readonly LongOpt[], opts: Opt[]): number {
  const body = argv[i]!.slice(2);
  const eq = body.indexOf('=');
  const name = eq < 0 ? body : body.slice(0, eq);
  let opt: LongOpt;
  try {
    opt = findLong(longs, name);
  } catch (e) {
    if (e instanceof OptError && eq >= 0 && e.message.startsWith('unrecognized')) throw new OptError(`unrecognized option '--${body}'`);
    throw e;
  }
  if (eq >= 0) {
    if (opt.arg === 0) throw new OptError(`option '--${opt.name}' doesn't allow an argument`);
    opts.push({ key: opt.key, arg: body.slice(eq + 1) });
    return i + 1;
  }
  if (opt.arg !== 1) {
    opts.push({ key: opt.key, arg: undefined });
    return i + 1;
  }
  const next = argv[i + 1];
  if (next === undefined) throw new OptError(`option '--${opt.name}' requires an argument`);
  opts.push({ key: opt.key, arg: next });
  return i + 2;
}

/** Parse `args` (argv without the program name). */
export function getopt(args: readonly string[], spec: OptSpec, env?: ReadonlyMap<string, string>): OptResult {
  const argv = [...args];
  const stopAtOperand = spec.short.startsWith('+') || env?.has('POSIXLY_CORRECT') === true;
  const opts: Opt[] = [];
  const operands: string[] = [];
  let i = 0;
  try {
    while (i < argv.length) {
      const a = argv[i]!;
      if (a === '--') {
        operands.push(...argv.slice(i + 1));
        break;
      }
      if (a.length < 2 || a[0] !== '-' || spec.isOperand?.(a) === true) {
        if (stopAtOperand) {
          operands.push(...argv.slice(i));
          break;
        }
        operands.push(a);
        i++;
        continue;
      }
      i = a.startsWith('--') ? parseLong(argv, i, spec.long ?? [], opts) : parseShort(argv, i, spec.short, opts);
    }
  } catch (e) {
    if (e instanceof OptError) return { ok: false, message: e.message };
    throw e;
  }
  return { ok: true, opts, operands };
}
