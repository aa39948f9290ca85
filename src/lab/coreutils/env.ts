/**
 * env as coreutils 9.1 (src/env.c): print the environment, or run a command
 * in a changed one. -i (or `-`) starts empty, -u NAME unsets, NAME=VALUE
 * operands set, -0 ends printed lines with NUL; options stop at the first
 * operand. A command that cannot be found exits 127, usage errors 125
 * (EXIT_CANCELED).
 */
import { type Cmd } from './common.js';
import { quote } from './quote.js';

const EXIT_CANCELED = 125;
const EXIT_ENOENT = 127;

const ENV_LONG = [
  { name: 'ignore-environment', arg: 0, key: 'i' },
  { name: 'unset', arg: 1, key: 'u' },
  { name: 'null', arg: 0, key: '0' },
] as const;

export async function env(c: Cmd): Promise<number> {
  const o = c.options({ short: '+iu:0', long: ENV_LONG }, EXIT_CANCELED);
  if (typeof o === 'number') return o;
  const operands = [...o.operands];
  let ignore = o.has('i');
  // a lone `-` first is -i (the obsolete form)
  if (operands[0] === '-') {
    ignore = true;
    operands.shift();
  }
  const vars = new Map(ignore ? [] : c.p.env);
  for (const opt of o.opts) {
    if (opt.key !== 'u') continue;
    const name = opt.arg!;
    if (name === '' || name.includes('=')) {
      c.error(`cannot unset ${quote(name)}: Invalid argument`);
      return EXIT_CANCELED;
    }
    vars.delete(name);
  }
  let i = 0;
  for (; i < operands.length && operands[i]!.includes('='); i++) {
    const a = operands[i]!;
    const eq = a.indexOf('=');
    vars.set(a.slice(0, eq), a.slice(eq + 1));
  }
  const argv = operands.slice(i);
  if (argv.length === 0) {
    const end = o.has('0') ? '\0' : '\n';
    for (const [k, v] of vars) c.out(`${k}=${v}${end}`);
    return 0;
  }
  if (o.has('0')) return c.usage('cannot specify --null (-0) with command', EXIT_CANCELED);
  c.flush();
  const known = c.p.lab.commands.has(argv[0]!);
  const status = await c.p.exec(argv, { env: vars });
  if (!known && status === EXIT_ENOENT) c.error(`${quote(argv[0]!)}: No such file or directory`);
  return status;
}
