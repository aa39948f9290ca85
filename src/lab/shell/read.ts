/**
 * The `read` builtin (bash(1) "read"): one line from standard input, split
 * on IFS into the named variables, the last one taking the rest of the line.
 */
import { builtinError, type Ctx } from './io.js';
import { FatalError } from './state.js';
import type { ShellIn } from './streams.js';

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
  /** -n N (stop at the delimiter too) or -N N (exactly N characters). */
  nchars: number;
  exact: boolean;
  /** -t SECONDS on the virtual clock, in ns; Infinity without -t. */
  timeoutNs: number;
  /** -a NAME: the fields go to an indexed array. */
  array: string | null;
}

/** bash returns 128 + SIGALRM when `read -t` times out. */
const READ_TIMEOUT_STATUS = 142;

function parseOpts(ctx: Ctx, argv: string[]): ReadOpts | number {
  const o: ReadOpts = { raw: false, delim: '\n', fd: 0, names: [], nchars: Infinity, exact: false, timeoutNs: Infinity, array: null };
  let i = 1;
  for (; i < argv.length && /^-[a-zA-Z]/.test(argv[i]!); i++) {
    const a = argv[i]!;
    for (let k = 1; k < a.length; k++) {
      const f = a[k]!;
      if (f === 'r' || f === 's') {
        if (f === 'r') o.raw = true;
        continue;
      }
      // dash's readcmd takes -p and -r only
      if (ctx.sh.dash && f !== 'p') return builtinError(ctx, 'read', `Illegal option -${f}`, 2);
      if (!'pduntNa'.includes(f)) {
        builtinError(ctx, 'read', `-${f}: invalid option`);
        ctx.io.err.write(READ_USAGE);
        return 2;
      }
      const val = k + 1 < a.length ? a.slice(k + 1) : argv[++i];
      if (val === undefined) return builtinError(ctx, 'read', `-${f}: option requires an argument`, 2);
      const err = setOpt(o, f, val, ctx);
      if (err !== null) return builtinError(ctx, 'read', err, 1);
      break;
    }
  }
  o.names = argv.slice(i);
  return o;
}

const READ_USAGE = 'read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n';

/** One option with a value; returns bash's complaint or null. */
function setOpt(o: ReadOpts, f: string, val: string, ctx: Ctx): string | null {
  // the prompt goes to stderr only when the input is a terminal
  if (f === 'p') {
    if (ctx.io.fds[o.fd]?.in?.isatty) ctx.io.err.write(val);
  }
  else if (f === 'd') o.delim = val.slice(0, 1) || '\0';
  else if (f === 'u') o.fd = Number(val);
  else if (f === 'a') o.array = val;
  else if (f === 'n' || f === 'N') {
    if (!/^\d+$/.test(val)) return `${val}: invalid number`;
    o.nchars = Number(val);
    o.exact = f === 'N';
  } else {
    if (!/^(\d+\.?\d*|\.\d+)$/.test(val)) return `${val}: invalid timeout specification`;
    o.timeoutNs = Math.round(Number(val) * 1e9);
  }
  return null;
}

export async function readBuiltin(ctx: Ctx, argv: string[]): Promise<number> {
  const o = parseOpts(ctx, argv);
  if (typeof o === 'number') return o;
  if (ctx.sh.dash && !o.names.length) return builtinError(ctx, 'read', 'arg count', 2);
  const bad = o.names.find((n) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
  if (bad) return builtinError(ctx, 'read', `\`${bad}': not a valid identifier`);
  const input = ctx.io.fds[o.fd]?.in;
  if (!input) return builtinError(ctx, 'read', `${o.fd}: invalid file descriptor: Bad file descriptor`);
  if (o.timeoutNs === 0) return inputAvail(ctx, input);
  const { chars, eof, timedOut } = o.nchars !== Infinity || o.timeoutNs !== Infinity ? await readLimited(ctx, input, o)
    : { ...(await readChars(input, o)), timedOut: false };
  try {
    if (o.array !== null) assignArray(ctx, o.array, chars);
    else assign(ctx, o.names, chars);
  } catch (e) {
    if (!(e instanceof FatalError)) throw e;
    ctx.io.err.write(ctx.sh.errPrefix() + e.message + '\n');
    return 1;
  }
  if (timedOut) return READ_TIMEOUT_STATUS;
  return eof ? 1 : 0;
}

const TIMEOUT = Symbol('timeout');

/**
 * `read -t 0`: bash's input_avail(), a select() that does not wait: 0
 * when there is input (or EOF) to read now, else 1; nothing is read.
 */
async function inputAvail(ctx: Ctx, input: ShellIn): Promise<number> {
  const c = await readWithin(ctx, input, ctx.sh.lab.sched.now);
  if (c === TIMEOUT) return 1;
  if (c !== null) input.unread(c);
  return 0;
}

/** The next chunk, or TIMEOUT at `untilNs` (a chunk that comes later goes back to the stream). */
function readWithin(ctx: Ctx, input: ShellIn, untilNs: number): Promise<string | null | typeof TIMEOUT> {
  const p = input.read();
  if (untilNs === Infinity) return p;
  const sched = ctx.sh.lab.sched;
  return new Promise((resolve) => {
    let settled = false;
    const timeout = (): void => {
      if (settled) return;
      settled = true;
      void p.then((c) => c !== null && input.unread(c));
      resolve(TIMEOUT);
    };
    // A limit of now (`-t 0`) waits for what this instant's runnable tasks write.
    const t = untilNs > sched.now ? sched.schedule(untilNs - sched.now, timeout) : null;
    if (!t) sched.whenIdle(timeout);
    void p.then((c) => {
      if (settled) return;
      settled = true;
      sched.cancel(t);
      resolve(c);
    });
  });
}

/** read -n N / -N N / -t T: characters one by one, up to the count, the delimiter or the time limit. */
async function readLimited(ctx: Ctx, input: ShellIn, o: ReadOpts): Promise<{ chars: Ch[]; eof: boolean; timedOut: boolean }> {
  const until = o.timeoutNs === Infinity ? Infinity : ctx.sh.lab.sched.now + o.timeoutNs;
  const chars: Ch[] = [];
  let esc = false;
  for (;;) {
    const c = await readWithin(ctx, input, until);
    if (c === TIMEOUT || c === null) return { chars, eof: c === null, timedOut: c === TIMEOUT };
    for (let i = 0; i < c.length; i++) {
      const ch = c[i]!;
      if (!o.exact && ch === o.delim && !esc) {
        input.unread(c.slice(i + 1));
        return { chars, eof: false, timedOut: false };
      }
      if (!o.raw && ch === '\\' && !esc) {
        esc = true;
        continue;
      }
      chars.push({ c: ch, esc });
      esc = false;
      if (chars.length >= o.nchars) {
        input.unread(c.slice(i + 1));
        return { chars, eof: false, timedOut: false };
      }
    }
  }
}

/** read -a NAME: the fields of the line, split on IFS, as elements 0, 1, ... */
function assignArray(ctx: Ctx, name: string, chars: Ch[]): void {
  const ifs = ctx.sh.get('IFS') ?? ' \t\n';
  const fields: string[] = [];
  let cur = '';
  let inField = false;
  for (const x of chars) {
    if (!x.esc && ifs.includes(x.c)) {
      if (inField || !' \t\n'.includes(x.c)) fields.push(cur);
      cur = '';
      inField = false;
    } else {
      cur += x.c;
      inField = true;
    }
  }
  if (inField) fields.push(cur);
  const arr = ctx.sh.makeArray(name, false, true);
  fields.forEach((f, i) => arr.set(String(i), f));
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
