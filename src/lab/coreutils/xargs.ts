/**
 * xargs as GNU findutils 4.9: arguments from stdin (blank-separated with
 * '...', "..." and backslash quoting; -0 or -d for a plain delimiter),
 * run through the lab's command table (`echo` by default) with -n, -L,
 * -I REPLACE, -r; status 123 when a command failed, 124 when one exited
 * 255, 127 when it was not found.
 */
import { type Cmd, Fail, guarded } from './common.js';

interface XargsOpts {
  maxArgs: number;
  maxLines: number;
  replace: string | null;
  noRunEmpty: boolean;
  delim: string | null;
}

/** Split xargs input into items, with their input line numbers (for -L). */
function items(input: string, delim: string | null): { word: string; line: number }[] {
  if (delim !== null) {
    const parts = input.split(delim);
    if (parts[parts.length - 1] === '') parts.pop();
    return parts.map((word, line) => ({ word, line }));
  }
  const out: { word: string; line: number }[] = [];
  let word: string | null = null;
  let line = 0;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (ch === '\n' || ch === ' ' || ch === '\t') {
      if (word !== null) out.push({ word, line });
      word = null;
      if (ch === '\n') line++;
    } else if (ch === "'" || ch === '"') {
      const end = input.indexOf(ch, i + 1);
      const nl = input.indexOf('\n', i + 1);
      if (end < 0 || (nl >= 0 && nl < end)) {
        const kind = ch === "'" ? 'single' : 'double';
        throw new Fail(`unmatched ${kind} quote; by default quotes are special to xargs unless you use the -0 option`);
      }
      word = (word ?? '') + input.slice(i + 1, end);
      i = end;
    } else if (ch === '\\' && i + 1 < input.length) word = (word ?? '') + input[++i];
    else word = (word ?? '') + ch;
  }
  if (word !== null) out.push({ word, line });
  return out;
}

/** The command lines to run. */
function batches(list: { word: string; line: number }[], o: XargsOpts): string[][] {
  if (o.replace !== null) return list.map((it) => [it.word]);
  const out: string[][] = [];
  let cur: string[] = [];
  let firstLine = list[0]?.line ?? 0;
  for (const it of list) {
    const full = cur.length >= o.maxArgs || (it.line - firstLine >= o.maxLines && cur.length > 0);
    if (full) {
      out.push(cur);
      cur = [];
      firstLine = it.line;
    }
    cur.push(it.word);
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

function positive(arg: string, opt: string): number {
  if (!/^\d+$/.test(arg) || Number(arg) < 1) throw new Fail(`value ${arg} for -${opt} option should be >= 1`);
  return Number(arg);
}

async function xargsMain(c: Cmd): Promise<number> {
  const r = c.options({ short: '+0d:I:L:n:rtx', long: [{ name: 'null', arg: 0, key: '0' }, { name: 'no-run-if-empty', arg: 0, key: 'r' }, { name: 'delimiter', arg: 1, key: 'd' }, { name: 'max-args', arg: 1, key: 'n' }] }, 1);
  if (typeof r === 'number') return r;
  const o: XargsOpts = { maxArgs: Infinity, maxLines: Infinity, replace: null, noRunEmpty: false, delim: null };
  for (const { key, arg } of r.opts) {
    if (key === '0') o.delim = '\0';
    else if (key === 'd') o.delim = arg!.length === 1 ? arg! : arg === '\\n' ? '\n' : arg === '\\t' ? '\t' : arg!.slice(0, 1);
    else if (key === 'n') o.maxArgs = positive(arg!, 'n');
    else if (key === 'L') o.maxLines = positive(arg!, 'L');
    else if (key === 'I') o.replace = arg!;
    else if (key === 'r') o.noRunEmpty = true;
  }
  const command = r.operands.length > 0 ? r.operands : ['echo'];
  const input = await c.p.stdin.readAll();
  // -I takes whole lines, leading blanks dropped.
  const list = o.replace !== null && o.delim === null
    ? input.split('\n').map((l, line) => ({ word: l.replace(/^[ \t]+/, ''), line })).filter((it) => it.word !== '')
    : items(input, o.delim);
  const runs = batches(list, o);
  if (runs.length === 0 && !o.noRunEmpty && o.replace === null) runs.push([]);
  let status = 0;
  for (const args of runs) {
    const argv = o.replace === null ? [...command, ...args] : command.map((w) => w.split(o.replace!).join(args[0]!));
    c.flush();
    const s = await c.p.exec(argv);
    if (s === 127 || s === 126) return s;
    if (s === 255) {
      c.error(`${argv[0]}: exited with status 255; aborting`);
      return 124;
    }
    if (s !== 0) status = 123;
  }
  return status;
}

export function xargs(c: Cmd): Promise<number> {
  return guarded(c, 1, () => xargsMain(c));
}
