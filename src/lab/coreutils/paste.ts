/**
 * paste as coreutils 9.1 (src/paste.c): corresponding lines of each file
 * joined by the -d delimiters in turn (tab by default; `\n \t \\ \0` and
 * `\` + other as that character), or with -s each file's lines in one line;
 * -z for NUL-ended lines.
 */
import { type Cmd, errText, isVfsError } from './common.js';
import { quotef } from './quote.js';

const PASTE_LONG = [
  { name: 'delimiters', arg: 1, key: 'd' },
  { name: 'serial', arg: 0, key: 's' },
  { name: 'zero-terminated', arg: 0, key: 'z' },
] as const;

/** collapse_escapes(): the delimiter list, '' standing for an empty delimiter (`\0`). */
function delimiters(spec: string): string[] | null {
  const out: string[] = [];
  for (let i = 0; i < spec.length; i++) {
    if (spec[i] !== '\\') {
      out.push(spec[i]!);
      continue;
    }
    const n = spec[++i];
    if (n === undefined) return null;
    out.push(n === '0' ? '' : n === 'n' ? '\n' : n === 't' ? '\t' : n === 'b' ? '\b' : n === 'f' ? '\f' : n === 'r' ? '\r' : n === 'v' ? '\v' : n);
  }
  return out;
}

function splitLines(data: string, eol: string): string[] {
  if (data === '') return [];
  const lines = data.split(eol);
  if (data.endsWith(eol)) lines.pop();
  return lines;
}

export async function paste(c: Cmd): Promise<number> {
  const o = c.options({ short: 'd:sz', long: PASTE_LONG }, 1);
  if (typeof o === 'number') return o;
  let spec = '\t';
  for (const x of o.opts) if (x.key === 'd') spec = x.arg!;
  const delims = delimiters(spec);
  if (delims === null) {
    c.error(`delimiter list ends with an unescaped backslash: ${spec}`);
    return 1;
  }
  if (delims.length === 0) delims.push('');
  const eol = o.has('z') ? '\0' : '\n';
  const files: string[][] = [];
  let stdin: string[] | null = null;
  for (const f of o.operands.length > 0 ? o.operands : ['-']) {
    if (f === '-' && stdin !== null && !o.has('s')) {
      files.push(stdin);
      continue;
    }
    const data = await c.slurp(f);
    if (isVfsError(data)) {
      c.error(`${quotef(f)}: ${errText(data)}`);
      return 1;
    }
    const lines = splitLines(data, eol);
    if (f === '-') stdin = lines;
    files.push(lines);
  }
  if (o.has('s')) {
    for (const lines of files) c.out(lines.map((l, i) => (i === 0 ? '' : delims[(i - 1) % delims.length]) + l).join('') + eol);
    return 0;
  }
  // `-` given twice reads stdin's lines in turn: one file read round-robin
  const shared = new Map<string[], number>();
  const next = (lines: string[]): string | undefined => {
    const i = shared.get(lines) ?? 0;
    shared.set(lines, i + 1);
    return lines[i];
  };
  for (;;) {
    const row = files.map(next);
    if (row.every((l) => l === undefined)) return 0;
    c.out(row.map((l, i) => (i === 0 ? '' : delims[(i - 1) % delims.length]) + (l ?? '')).join('') + eol);
  }
}
