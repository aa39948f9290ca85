/**
 * printenv as coreutils 9.1 (src/printenv.c): the whole environment as
 * NAME=VALUE lines, or the value of each variable named (status 1 when one
 * is not set, 2 on a usage error); -0 ends each with NUL.
 */
import type { Cmd } from './common.js';

export async function printenv(c: Cmd): Promise<number> {
  const o = c.options({ short: '0', long: [{ name: 'null', arg: 0, key: '0' }] }, 2);
  if (typeof o === 'number') return o;
  const eol = o.has('0') ? '\0' : '\n';
  const env = c.p.env;
  if (o.operands.length === 0) {
    for (const [k, v] of env) c.out(`${k}=${v}${eol}`);
    return 0;
  }
  let found = 0;
  for (const name of o.operands) {
    const v = name.includes('=') ? undefined : env.get(name);
    if (v === undefined) continue;
    c.out(v + eol);
    found++;
  }
  return found === o.operands.length ? 0 : 1;
}
