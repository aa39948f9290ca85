/**
 * tac as coreutils 9.1 (src/tac.c): the records of each input (stdin for
 * none or `-`) in reverse order, each ended by the separator (-s STRING,
 * newline by default) or, with -b, begun by it. -r (a regular expression
 * separator) is refused as not implemented.
 */
import { type Cmd, errText, isVfsError } from './common.js';
import { quote } from './quote.js';

const TAC_LONG = [
  { name: 'before', arg: 0, key: 'b' },
  { name: 'regex', arg: 0, key: 'r' },
  { name: 'separator', arg: 1, key: 's' },
] as const;

/**
 * The pieces of one input between separators, read(2) by read(2): the
 * piece being read is held as its chunks, joined only once a separator
 * ends it (a long record is not copied at each read).
 */
class Pieces {
  readonly done: string[] = [];
  private pending: string[] = [];
  /** The last sep.length - 1 characters read (a separator may straddle two reads). */
  private tail = '';

  constructor(private readonly sep: string) {}

  feed(chunk: string): void {
    const k = this.sep.length - 1;
    const seen = this.tail + chunk;
    this.tail = k > 0 ? seen.slice(-k) : '';
    if (!seen.includes(this.sep)) {
      this.pending.push(chunk);
      return;
    }
    this.pending.push(chunk);
    const parts = this.pending.join('').split(this.sep);
    this.pending = [parts.pop()!];
    for (const x of parts) this.done.push(x);
  }

  /** The last piece, as its chunks (empty when the input ended with a separator). */
  get last(): string[] {
    return this.pending.filter((x) => x !== '');
  }
}

/** The records, last first, each keeping its separator (after it, or before it with `before`). */
function* reversed(p: Pieces, sep: string, before: boolean): Generator<string> {
  const { done } = p;
  if (before) {
    const last = p.last;
    if (done.length > 0) yield sep;
    yield* last;
    for (let i = done.length - 1; i >= 1; i--) yield sep + done[i]!;
    if (done.length > 0 && done[0] !== '') yield done[0]!;
    return;
  }
  yield* p.last;
  for (let i = done.length - 1; i >= 0; i--) yield done[i]! + sep;
}

/** The text to write out at once, about a pipe's worth. */
const OUT_BLOCK = 65536;

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
  let status = 0;
  for (const file of o.operands.length > 0 ? o.operands : ['-']) {
    const src = c.input(file);
    if (isVfsError(src)) {
      c.error(`failed to open ${quote(file)} for reading: ${errText(src)}`);
      status = 1;
      continue;
    }
    // tac.c copies a pipe to a temporary file and reads it backwards: all of it is read first
    const p = new Pieces(sep);
    try {
      for (let chunk = await src.read(); chunk !== null; chunk = await src.read()) p.feed(chunk);
    } catch (e) {
      // a record past the longest string the host can hold
      if (!(e instanceof RangeError)) throw e;
      c.error('memory exhausted');
      return 1;
    }
    let block = '';
    for (const r of reversed(p, sep, o.has('b'))) {
      block += r;
      if (block.length < OUT_BLOCK) continue;
      c.out(block);
      block = '';
      await c.yieldNow();
      if (c.broken) c.pipeGone();
    }
    c.out(block);
  }
  return status;
}
