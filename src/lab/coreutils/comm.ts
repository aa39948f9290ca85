/**
 * comm as coreutils 9.1 (src/comm.c): the lines of two sorted files in
 * three columns (only in the first, only in the second, in both), -1 -2 -3
 * suppressing them, --output-delimiter, --total, -z; the order check
 * (check_order()): by default a warning once unpairable lines were seen and
 * status 1 at the end, fatal with --check-order, none with --nocheck-order.
 * Lines compare as bytes (the C locale's strcoll).
 */
import { encodeBytes } from '../bytes.js';
import { type Cmd, errText, Fail, guarded, isVfsError } from './common.js';
import { quote, quotef } from './quote.js';

const COMM_LONG = [
  { name: 'check-order', arg: 0, key: 'C' },
  { name: 'nocheck-order', arg: 0, key: 'N' },
  { name: 'output-delimiter', arg: 1, key: 'D' },
  { name: 'total', arg: 0, key: 'T' },
  { name: 'zero-terminated', arg: 0, key: 'z' },
] as const;

function compareBytes(a: string, b: string): number {
  if (a === b) return 0;
  const x = encodeBytes(a);
  const y = encodeBytes(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

function lines(data: string, eol: string): string[] {
  if (data === '') return [];
  const l = data.split(eol);
  if (data.endsWith(eol)) l.pop();
  return l;
}

export function comm(c: Cmd): Promise<number> {
  return guarded(c, 1, async () => {
    const o = c.options({ short: '123z', long: COMM_LONG }, 1);
    if (typeof o === 'number') return o;
    const ops = o.operands;
    if (ops.length < 2) throw new Fail(ops.length === 0 ? 'missing operand' : `missing operand after ${quote(ops[0]!)}`, true);
    if (ops.length > 2) throw new Fail(`extra operand ${quote(ops[2]!)}`, true);
    let sep = '\t';
    let sepCount = 0;
    for (const x of o.opts) {
      if (x.key !== 'D') continue;
      if (sepCount++ > 0 && x.arg !== sep) throw new Fail('multiple output delimiters specified');
      sep = x.arg === '' ? '\0' : x.arg!;
    }
    const eol = o.has('z') ? '\0' : '\n';
    const check = o.opts.reduce<'default' | 'on' | 'off'>((m, x) => (x.key === 'C' ? 'on' : x.key === 'N' ? 'off' : m), 'default');
    const show = [!o.has('1'), !o.has('2'), !o.has('3')];
    const files: string[][] = [];
    for (const f of ops) {
      const data = await c.slurp(f);
      if (isVfsError(data)) throw new Fail(`${quotef(f)}: ${errText(data)}`);
      files.push(lines(data, eol));
    }
    const idx = [0, 0];
    const total = [0, 0, 0];
    const warned = [false, false];
    let unpairable = false;
    const write = (line: string, col: number): void => {
      total[col] = total[col]! + 1;
      if (!show[col]) return;
      let pre = '';
      if (col >= 1 && show[0]) pre += sep;
      if (col === 2 && show[1]) pre += sep;
      c.out(pre + line + eol);
    };
    const step = (i: number): void => {
      const prev = files[i]![idx[i]!]!;
      const cur = files[i]![++idx[i]!];
      if (cur === undefined || check === 'off' || (check === 'default' && !unpairable) || warned[i]) return;
      if (compareBytes(prev, cur) > 0) {
        if (check === 'on') throw new Fail(`file ${i + 1} is not in sorted order`);
        c.error(`file ${i + 1} is not in sorted order`);
        warned[i] = true;
      }
    };
    for (;;) {
      const a = files[0]![idx[0]!];
      const b = files[1]![idx[1]!];
      if (a === undefined && b === undefined) break;
      const order = a === undefined ? 1 : b === undefined ? -1 : compareBytes(a, b);
      if (order === 0) write(b!, 2);
      else {
        unpairable = true;
        if (order < 0) write(a!, 0);
        else write(b!, 1);
      }
      if (order >= 0) step(1);
      if (order <= 0) step(0);
    }
    if (o.has('T')) c.out(`${total[0]}${sep}${total[1]}${sep}${total[2]}${sep}total${eol}`);
    if (warned[0] || warned[1]) throw new Fail('input is not in sorted order');
    return 0;
  });
}
