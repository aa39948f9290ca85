/**
 * Transcripts (.t files) in the cram format, as read and written by
 * ../shared/tools/kt, the recorder of the Linux conformance files:
 *
 *   Prose line (not indented).
 *     $ command                <- "  $ " starts a command
 *     > continuation           <- "  > " continues it
 *     expected output          <- any other line indented by two spaces
 *     time=* ms (glob)         <- " (glob)": * any run, ? one char, \ escapes
 *     ^v[0-9]+$ (re)           <- " (re)": Python regular expression, full match
 *     [2]                      <- non-zero exit status (an ordinary expected line)
 *
 * This module is pure text: parsing, line matching, rendering an actual
 * transcript and the unified diff between expected and actual. Running the
 * commands is transcript_runner.ts.
 */

export interface Prose {
  readonly kind: 'prose';
  readonly text: string;
  /** 1-based line number in the file. */
  readonly line: number;
}

export interface Command {
  readonly kind: 'cmd';
  /** The command's lines without their "  $ " / "  > " prefix. */
  readonly lines: readonly string[];
  /** Expected lines without their two-space indent, `[N]` included (kt keeps it there too). */
  readonly expected: readonly string[];
  /** 1-based line number of the "  $ " line. */
  readonly line: number;
  /** 1-based index of the command within its file (the unit of the known-failures list). */
  readonly index: number;
}

export type Item = Prose | Command;

const CMD = '  $ ';
const CONT = '  > ';
const INDENT = '  ';
const GLOB = ' (glob)';
const RE = ' (re)';
/** kt render: output that does not end with a newline gets this marker on its last line. */
export const NO_EOL = ' (no-eol)';

// ---------------------------------------------------------------------------
// Parsing

/**
 * kt parse(): split on '\n' (one trailing empty string dropped), then a
 * "  $ " line, its "  > " continuations, and every following two-space line
 * that is not another "  $ " form a command; anything else is prose.
 */
export function parseTranscript(text: string): Item[] {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const items: Item[] = [];
  let index = 0;
  let i = 0;
  while (i < lines.length) {
    const ln = lines[i] as string;
    if (!ln.startsWith(CMD)) {
      items.push({ kind: 'prose', text: ln, line: i + 1 });
      i++;
      continue;
    }
    const line = i + 1;
    const cmd = [ln.slice(CMD.length)];
    for (i++; i < lines.length && (lines[i] as string).startsWith(CONT); i++) cmd.push((lines[i] as string).slice(CONT.length));
    const expected: string[] = [];
    for (; i < lines.length && isOutputLine(lines[i] as string); i++) expected.push((lines[i] as string).slice(INDENT.length));
    items.push({ kind: 'cmd', lines: cmd, expected, line, index: ++index });
  }
  return items;
}

function isOutputLine(ln: string): boolean {
  return ln.startsWith(INDENT) && !ln.startsWith(CMD);
}

export function commandsOf(items: readonly Item[]): Command[] {
  return items.filter((it): it is Command => it.kind === 'cmd');
}

/** The script sent to the shell: continuation lines joined with newlines (kt: '\n'.join(cmd)). */
export function commandScript(cmd: Command): string {
  return cmd.lines.join('\n');
}

/** The exit status a command expects: its last line `[N]`, else 0. */
export function expectedStatus(cmd: Command): number {
  const m = /^\[(\d+)\]$/.exec(cmd.expected[cmd.expected.length - 1] ?? '');
  return m ? Number(m[1]) : 0;
}

/**
 * The lines kt records for a command's merged stdout+stderr and exit status:
 *  - Python's text-mode pipe turns "\r\n" and "\r" into "\n";
 *  - output not ending with a newline gets " (no-eol)" on its last line;
 *  - one trailing empty line is dropped (kt render: `if buf[-1] == '': buf = buf[:-1]`),
 *    so a bare `echo` records nothing;
 *  - a non-zero status is a last line `[N]`.
 */
export function actualLines(output: string, status: number): string[] {
  const lines = output.replace(/\r\n?/g, '\n').split('\n');
  const last = lines.pop() as string;
  if (last !== '') lines.push(last + NO_EOL);
  else if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (status !== 0) lines.push(`[${status}]`);
  return lines;
}

// ---------------------------------------------------------------------------
// Line matching (kt line_match; cram's glob and re matchers)

/** kt line_match(): equal text, or a " (glob)" / " (re)" line whose pattern matches the whole actual line. */
export function lineMatch(expected: string, actual: string): boolean {
  if (expected === actual) return true;
  let rx: RegExp | null = null;
  if (expected.endsWith(GLOB)) rx = globToRegExp(expected.slice(0, -GLOB.length));
  else if (expected.endsWith(RE)) rx = pythonRegExp(expected.slice(0, -RE.length));
  return rx !== null && rx.test(actual);
}

const cache = new Map<string, RegExp | null>();

function memo(key: string, build: () => RegExp | null): RegExp | null {
  let rx = cache.get(key);
  if (rx === undefined) {
    rx = build();
    cache.set(key, rx);
  }
  return rx;
}

function escapeRegExp(c: string): string {
  return c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/** cram glob: `*` any run of characters, `?` one character, `\x` the character x (a final `\` is itself). */
export function globToRegExp(pattern: string): RegExp {
  return memo('g' + pattern, () => {
    let src = '';
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i] as string;
      if (c === '\\' && i + 1 < pattern.length) src += escapeRegExp(pattern[++i] as string);
      else if (c === '*') src += '.*';
      else if (c === '?') src += '.';
      else src += escapeRegExp(c);
    }
    return new RegExp(`^(?:${src})$`);
  }) as RegExp;
}

/**
 * A Python `re` pattern as a JS RegExp anchored for re.fullmatch(), or null
 * when it is not valid (kt: re.error → no match). Translated: `(?P<n>`,
 * `(?P=n)`, `\A`, `\Z`, a leading inline-flag group `(?aimsuL)`, and `]` first
 * in a class (literal in Python, an empty class in JS). Verbose mode `(?x)` is
 * not supported (null).
 */
export function pythonRegExp(pattern: string): RegExp | null {
  return memo('r' + pattern, () => {
    const flags = /^\(\?([aiLmsux]+)\)/.exec(pattern);
    let body = pattern;
    let jsFlags = '';
    if (flags) {
      const f = flags[1] as string;
      if (f.includes('x')) return null;
      for (const c of 'ims') if (f.includes(c)) jsFlags += c;
      body = pattern.slice(flags[0].length);
    }
    try {
      return new RegExp(`^(?:${translatePython(body)})$`, jsFlags);
    } catch {
      return null;
    }
  });
}

function translatePython(p: string): string {
  let out = '';
  let i = 0;
  while (i < p.length) {
    const c = p[i] as string;
    if (c === '\\') {
      const n = p[i + 1];
      if (n === undefined) throw new SyntaxError('bad escape (end of pattern)');
      out += n === 'A' ? '^' : n === 'Z' ? '$' : '\\' + n;
      i += 2;
    } else if (c === '[') {
      const end = classEnd(p, i);
      out += '[' + p.slice(i + 1, end).replace(/^(\^?)\]/, '$1\\]') + ']';
      i = end + 1;
    } else if (p.startsWith('(?P<', i)) {
      out += '(?<';
      i += 4;
    } else if (p.startsWith('(?P=', i)) {
      const close = p.indexOf(')', i);
      if (close < 0) throw new SyntaxError('unterminated (?P=');
      out += `\\k<${p.slice(i + 4, close)}>`;
      i = close + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Index of the `]` closing the class opened at `open`; a `]` right after `[` or `[^` is literal. */
function classEnd(p: string, open: number): number {
  let i = open + 1;
  if (p[i] === '^') i++;
  if (p[i] === ']') i++;
  for (; i < p.length; i++) {
    if (p[i] === '\\') i++;
    else if (p[i] === ']') return i;
  }
  throw new SyntaxError('unterminated character set');
}

// ---------------------------------------------------------------------------
// Diff: an LCS alignment where "equal" is lineMatch

/** One line of an alignment: kept (' '), only expected ('-'), only actual ('+'). */
export interface DiffOp {
  readonly tag: ' ' | '-' | '+';
  readonly text: string;
}

/** Above this many cells the middle of a diff is shown as one replaced block (no LCS). */
const MAX_LCS_CELLS = 4_000_000;

/**
 * Align `a` (expected) with `b` (actual) by a longest common subsequence
 * under `eq`. A kept line carries the text of `a`: as in cram, an actual
 * line matched by a glob/re line is written back as the pattern, so a
 * passing transcript re-renders identically. Deletions come before
 * insertions within a change, like difflib.
 */
export function diffLines(a: readonly string[], b: readonly string[], eq: (x: string, y: string) => boolean = lineMatch): DiffOp[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && eq(a[pre] as string, b[pre] as string)) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && eq(a[a.length - 1 - suf] as string, b[b.length - 1 - suf] as string)) suf++;
  const keep = (s: readonly string[]): DiffOp[] => s.map((text) => ({ tag: ' ', text }));
  const am = a.slice(pre, a.length - suf);
  const bm = b.slice(pre, b.length - suf);
  return [...keep(a.slice(0, pre)), ...lcsMiddle(am, bm, eq), ...keep(a.slice(a.length - suf))];
}

function lcsMiddle(a: readonly string[], b: readonly string[], eq: (x: string, y: string) => boolean): DiffOp[] {
  const n = a.length;
  const m = b.length;
  const del = (text: string): DiffOp => ({ tag: '-', text });
  const ins = (text: string): DiffOp => ({ tag: '+', text });
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_LCS_CELLS) return [...a.map(del), ...b.map(ins)];
  // len[i*(m+1)+j] = LCS length of a[i..] and b[j..]
  const w = m + 1;
  const len = new Uint32Array((n + 1) * w);
  const same = new Uint8Array(n * m);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = eq(a[i] as string, b[j] as string);
      same[i * m + j] = s ? 1 : 0;
      const skip = Math.max(len[(i + 1) * w + j] as number, len[i * w + j + 1] as number);
      len[i * w + j] = s ? Math.max(skip, (len[(i + 1) * w + j + 1] as number) + 1) : skip;
    }
  }
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const here = len[i * w + j] as number;
    if (same[i * m + j] && here === (len[(i + 1) * w + j + 1] as number) + 1) {
      ops.push({ tag: ' ', text: a[i++] as string });
      j++;
    } else if ((len[(i + 1) * w + j] as number) >= (len[i * w + j + 1] as number)) ops.push(del(a[i++] as string));
    else ops.push(ins(b[j++] as string));
  }
  while (i < n) ops.push(del(a[i++] as string));
  while (j < m) ops.push(ins(b[j++] as string));
  return ops;
}

/** The expected side (' ' and '-') or the actual side (' ' and '+') of an alignment. */
export function sideOf(ops: readonly DiffOp[], side: '-' | '+'): string[] {
  return ops.filter((op) => op.tag !== (side === '-' ? '+' : '-')).map((op) => op.text);
}

/** difflib _format_range_unified: "start,len", "start" when len is 1, "start-1,0" when empty. */
function hunkRange(start: number, len: number): string {
  if (len === 1) return String(start + 1);
  return `${len === 0 ? start : start + 1},${len}`;
}

/**
 * A unified diff of an alignment, hunks with `context` lines around each
 * change, changes closer than 2*context merged (difflib.unified_diff, which
 * cram prints). Empty when nothing changed.
 */
export function unifiedDiff(ops: readonly DiffOp[], fromFile: string, toFile: string, context = 3): string {
  const hunks = groupHunks(ops, context);
  if (hunks.length === 0) return '';
  const out = [`--- ${fromFile}`, `+++ ${toFile}`];
  // line numbers (0-based) on each side at each op
  const aAt: number[] = [];
  const bAt: number[] = [];
  let an = 0;
  let bn = 0;
  for (const op of ops) {
    aAt.push(an);
    bAt.push(bn);
    if (op.tag !== '+') an++;
    if (op.tag !== '-') bn++;
  }
  for (const [lo, hi] of hunks) {
    const slice = ops.slice(lo, hi);
    const aLen = slice.filter((op) => op.tag !== '+').length;
    const bLen = slice.filter((op) => op.tag !== '-').length;
    out.push(`@@ -${hunkRange(aAt[lo] as number, aLen)} +${hunkRange(bAt[lo] as number, bLen)} @@`);
    for (const op of slice) out.push(op.tag + op.text);
  }
  return out.join('\n') + '\n';
}

/** [start, end) op ranges of the hunks. */
function groupHunks(ops: readonly DiffOp[], context: number): Array<[number, number]> {
  const hunks: Array<[number, number]> = [];
  for (let k = 0; k < ops.length; k++) {
    if ((ops[k] as DiffOp).tag === ' ') continue;
    let end = k;
    while (end < ops.length && (ops[end] as DiffOp).tag !== ' ') end++;
    const lo = Math.max(0, k - context);
    const hi = Math.min(ops.length, end + context);
    const last = hunks[hunks.length - 1];
    // two changes separated by at most 2*context equal lines share a hunk
    if (last && lo <= last[1]) last[1] = hi;
    else hunks.push([lo, hi]);
    k = end - 1;
  }
  return hunks;
}

// ---------------------------------------------------------------------------
// Rendering

/**
 * The whole file as an alignment: prose and command lines are kept as they
 * are; each command's output lines come from `outputOps` (its alignment of
 * expected against actual lines). Rendering the '+' side gives the actual
 * transcript; the whole gives the file's unified diff.
 */
export function transcriptOps(items: readonly Item[], outputOps: (cmd: Command) => readonly DiffOp[]): DiffOp[] {
  const ops: DiffOp[] = [];
  const keep = (text: string): void => {
    ops.push({ tag: ' ', text });
  };
  for (const it of items) {
    if (it.kind === 'prose') {
      keep(it.text);
      continue;
    }
    keep(CMD + it.lines[0]);
    for (const c of it.lines.slice(1)) keep(CONT + c);
    for (const op of outputOps(it)) ops.push({ tag: op.tag, text: INDENT + op.text });
  }
  return ops;
}

/** The text of a transcript from its lines (kt render: '\n'.join(lines) + '\n'). */
export function renderLines(lines: readonly string[]): string {
  return lines.map((l) => l + '\n').join('');
}

/** The actual transcript: commands with the output lines each one printed. */
export function renderTranscript(items: readonly Item[], outputOps: (cmd: Command) => readonly DiffOp[]): string {
  return renderLines(sideOf(transcriptOps(items, outputOps), '+'));
}
