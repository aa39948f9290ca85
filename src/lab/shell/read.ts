/**
 * The `read` builtin (bash(1) "read"): one line from standard input, split
 * on IFS into the named variables, the last one taking the rest of the line.
 */
import { builtinError, type Ctx } from './io.js';
import { FatalError } from './state.js';

interface Ch {
  c: string;
  /** Escaped by a backslash: never a separator. */
  esc: boolean;
}

interface ReadOpts {
  raw: boolean;
  delim: string;
  fd: number;
  names: string[];
}

function parseOpts(ctx: Ctx, argv: string[]): ReadOpts | number {
  const o: ReadOpts = { raw: false, delim: '\n', fd: 0, names: [] };
  let i = 1;
  for (; i < argv.length && /^-[a-z]/.test(argv[i]!); i++) {
    const a = argv[i]!;
    for (let k = 1; k < a.length; k++) {
      const f = a[k]!;
      if (f === 'r' || f === 's') {
        if (f === 'r') o.raw = true;
        continue;
      }
      if (!'pdu'.includes(f)) return builtinError(ctx, 'read', `-${f}: invalid option`, 2);
      const val = k + 1 < a.length ? a.slice(k + 1) : argv[++i];
      if (val === undefined) return builtinError(ctx, 'read', `-${f}: option requires an argument`, 2);
      if (f === 'p') ctx.io.err.write(val);
      else if (f === 'd') o.delim = val.slice(0, 1) || '\0';
      else o.fd = Number(val);
      break;
    }
  }
  o.names = argv.slice(i);
  return o;
}

export async function readBuiltin(ctx: Ctx, argv: string[]): Promise<number> {
  const o = parseOpts(ctx, argv);
  if (typeof o === 'number') return o;
  const bad = o.names.find((n) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
  if (bad) return builtinError(ctx, 'read', `\`${bad}': not a valid identifier`);
  const input = ctx.io.fds[o.fd]?.in;
  if (!input) return builtinError(ctx, 'read', `${o.fd}: invalid file descriptor: Bad file descriptor`);
  const { chars, eof } = await readChars(input, o);
  try {
    assign(ctx, o.names, chars);
  } catch (e) {
    if (!(e instanceof FatalError)) throw e;
    ctx.io.err.write(ctx.sh.errPrefix() + e.message + '\n');
    return 1;
  }
  return eof ? 1 : 0;
}

/** Without -r, a backslash escapes the next character and backslash-newline continues the line. */
async function readChars(input: { readUntil(d: string): Promise<{ text: string; sawDelim: boolean } | null> }, o: ReadOpts):
  Promise<{ chars: Ch[]; eof: boolean }> {
  const chars: Ch[] = [];
  for (;;) {
    const piece = await input.readUntil(o.delim);
    if (!piece) return { chars, eof: true };
    let text = piece.text;
    let more = false;
    if (!o.raw && text.endsWith('\\') && piece.sawDelim && o.delim === '\n' && !/(^|[^\\])(\\\\)+$/.test(text)) {
      text = text.slice(0, -1);
      more = true;
    }
    for (let i = 0; i < text.length; i++) {
      if (!o.raw && text[i] === '\\' && i + 1 < text.length) chars.push({ c: text[++i]!, esc: true });
      else chars.push({ c: text[i]!, esc: false });
    }
    if (!more) return { chars, eof: !piece.sawDelim };
  }
}

function assign(ctx: Ctx, names: string[], chars: Ch[]): void {
  const sh = ctx.sh;
  if (names.length === 0) {
    sh.set('REPLY', chars.map((x) => x.c).join(''));
    return;
  }
  const ifs = sh.get('IFS') ?? ' \t\n';
  const isSep = (x: Ch | undefined): boolean => !!x && !x.esc && ifs.includes(x.c);
  const isWs = (x: Ch | undefined): boolean => isSep(x) && ' \t\n'.includes(x!.c);
  let i = 0;
  while (isWs(chars[i])) i++;
  names.forEach((name, n) => {
    if (n === names.length - 1) {
      let end = chars.length;
      while (end > i && isWs(chars[end - 1])) end--;
      sh.set(name, chars.slice(i, end).map((x) => x.c).join(''));
      return;
    }
    const start = i;
    while (i < chars.length && !isSep(chars[i])) i++;
    sh.set(name, chars.slice(start, i).map((x) => x.c).join(''));
    // One field delimiter: IFS white space around at most one other IFS character.
    while (isWs(chars[i])) i++;
    if (isSep(chars[i]) && !isWs(chars[i])) i++;
    while (isWs(chars[i])) i++;
  });
}
