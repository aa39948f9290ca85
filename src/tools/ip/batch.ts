/**
 * do_batch() of iproute2's lib/utils.c, shared by ip and bridge: one command
 * per line (`#` comments, `\` continuations, quotes as makeargs() splits
 * them); stop at the first failure unless -force.
 * @iproute2 lib/utils.c
 */
import { errnoText } from '../../lab/vfs.js';
import { IpExit, type IpCtx } from './utils.js';

/** do_batch(): `run` is the tool's do_cmd() for one line's words. */
export async function doBatch(ctx: IpCtx, name: string, run: (argv: string[]) => Promise<number> | number): Promise<number> {
  let text: string;
  if (name === '-') text = await ctx.p.stdin.readAll();
  else {
    const r = ctx.p.fs.read(ctx.p.fs.resolve(ctx.p.cwd, name), ctx.p.net);
    if (r === 'ENOENT' || r === 'EISDIR' || r === 'EACCES') {
      ctx.err(`Cannot open file "${name}" for reading: ${errnoText[r]}\n`);
      return 1;
    }
    text = r;
  }
  let ret = 0;
  for (const { line, lineno } of cmdlines(text)) {
    const argv = makeargs(ctx, line);
    if (argv.length === 0) continue;
    if (await runReturning(run, argv)) {
      ctx.err(`Command failed ${name}:${lineno}\n`);
      ret = 1;
      if (!ctx.opts.force) break;
    }
  }
  return ret;
}

/** One batch line: a returned error is a status; an exit() ends the batch. */
async function runReturning(run: (argv: string[]) => Promise<number> | number, argv: string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (e) {
    if (e instanceof IpExit && !e.fatal) return e.code;
    throw e;
  }
}

/** getcmdline(): comments cut, backslash-newline joins lines; lineno is the last physical line. */
function* cmdlines(text: string): Generator<{ line: string; lineno: number }> {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let lineno = 0;
  for (let i = 0; i < lines.length; i++) {
    let line = cutComment(lines[i]!);
    lineno++;
    while (line.endsWith('\\') && i + 1 < lines.length) {
      line = line.slice(0, -1) + cutComment(lines[++i]!);
      lineno++;
    }
    yield { line, lineno };
  }
}

function cutComment(l: string): string {
  const h = l.indexOf('#');
  return h >= 0 ? l.slice(0, h) : l;
}

/** makeargs(): words split on blanks; a word opening with a quote runs to the matching quote. */
function makeargs(ctx: IpCtx, line: string): string[] {
  const out: string[] = [];
  let i = 0;
  const ws = ' \t\r\n';
  while (i < line.length) {
    while (i < line.length && ws.includes(line[i]!)) i++;
    if (i >= line.length) break;
    const c = line[i]!;
    if (c === "'" || c === '"') {
      const end = line.indexOf(c, i + 1);
      if (end < 0) {
        ctx.err('Unterminated quoted string\n');
        throw new IpExit(1);
      }
      out.push(line.slice(i + 1, end));
      i = end + 1;
    } else {
      let j = i;
      while (j < line.length && !ws.includes(line[j]!)) j++;
      out.push(line.slice(i, j));
      i = j + 1;
    }
  }
  return out;
}
