/**
 * tac as coreutils 9.1 (src/tac.c): the records of each input (stdin for
 * none or `-`) in reverse order, each ended by the separator (-s STRING,
 * newline by default) or, with -b, begun by it. -r (a regular expression
 * separator) is refused as not implemented.
 */
import { type Cmd, forEachInput } from './common.js';
import { quote } from './quote.js';

const TAC_LONG = [
  { name: 'before', arg: 0, key: 'b' },
  { name: 'regex', arg: 0, key: 'r' },
  { name: 'separator', arg: 1, key: 's' },
] as const;

/** The records of `text`, each keeping its separator (after it, or before it with `before`). */
function records(text: string, sep: string, before: boolean): string[] {
  const parts = text.split(sep);
  if (before) {
    const out = parts[0] === '' ? [] : [parts[0]!];
    for (const p of parts.slice(1)) out.push(sep + p);
    return out;
  }
  const out = parts.slice(0, -1).map((p) => p + sep);
  if (parts[parts.length - 1] !== '') out.push(parts[parts.length - 1]!);
  return out;
}

export async function tac(c: Cmd): Promise<number> {
  const o = c.options({ short: 'brs:', long: TAC_LONG }, 1);
  if (typeof o === 'number') return o;
  let sep = '\n';
  for (const x of o.opts) if (x.key === 's') sep = x.arg!;
  if (sep === '') sep = '\0';
  if (o.has('r')) {
    c.error('-r: not implemented in this lab');
    return 1;
  }
  const each = (data: string): void => c.out(records(data, sep, o.has('b')).reverse().join(''));
  return forEachInput(c, o.operands, each, (file, err) => `failed to open ${quote(file)} for reading: ${err}`);
}
