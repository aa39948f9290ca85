/**
 * The connbytes match of iptables 1.8.9 (libxt_connbytes.c): --connbytes
 * from[:to] (XTTYPE_UINT64RC, "!" swaps the ends), --connbytes-dir
 * original|reply|both, --connbytes-mode packets|bytes|avgpkt, all three
 * mandatory. The 64-bit counts are kept as decimal strings.
 * @iptables extensions/libxt_connbytes.c
 */
import type { Ext, Info, ParseErr } from './ipt_ext.js';
import { strtoulWord } from './ipt_num.js';

const U64_MAX = 0xffffffffffffffffn;
const DIRS = ['original', 'reply', 'both'];
const MODES = ['packets', 'bytes', 'avgpkt'];

const n = (i: Info, k: string): number => (typeof i[k] === 'number' ? (i[k] as number) : 0);

/** xtopt_parse_mint() for XTTYPE_UINT64RC: "a[:b]", an empty second part the maximum. */
function parseU64Range(arg: string): [bigint, bigint | null] | string {
  const parts = arg.split(':');
  if (parts.length > 2) return 'connbytes: Too many components for option "--connbytes" (max: 2)\n';
  const vals: bigint[] = [];
  let rest = arg;
  for (const [k, p] of parts.entries()) {
    const v = p === '' ? (k === 1 ? U64_MAX : 0n) : strtoulWord(p, U64_MAX);
    if (v === null) return `connbytes: bad value for option "--connbytes" near "${rest}", or out of range (0-18446744073709551615).\n`;
    vals.push(v);
    rest = rest.slice(p.length + 1);
  }
  return [vals[0]!, vals[1] ?? null];
}

function parse(o: string, arg: string, inv: boolean, info: Info): ParseErr {
  if (o === 'connbytes') {
    const r = parseU64Range(arg);
    if (typeof r === 'string') return r;
    const from = r[0];
    const to = r[1] ?? U64_MAX;
    if (to < from) return `${from} should be less than ${to}`;
    Object.assign(info, inv ? { from: to.toString(), to: from.toString() } : { from: from.toString(), to: to.toString() });
    return null;
  }
  const list = o === 'connbytes-dir' ? DIRS : MODES;
  const k = list.indexOf(arg);
  if (k < 0) return `Unknown --${o} \`${arg}'`;
  info[o === 'connbytes-dir' ? 'direction' : 'what'] = k;
  return null;
}

/** print_from_to(): an inverted range (from > to) shows "!" and the ends swapped back; no ":to" for the maximum. */
function fromTo(i: Info, pre: string): string {
  let from = BigInt(String(i['from']));
  let to = BigInt(String(i['to']));
  let s = '';
  if (from > to) {
    s = ' !';
    [from, to] = [to, from];
  }
  s += ` ${pre}connbytes ${from}`;
  if (to && to < U64_MAX) s += `:${to}`;
  return s;
}

export const connbytes: Ext = {
  name: 'connbytes', revision: 0, opts: { connbytes: true, 'connbytes-dir': true, 'connbytes-mode': true },
  xtopts: { connbytes: { id: 0, mand: true, invert: true }, 'connbytes-dir': { id: 1, mand: true }, 'connbytes-mode': { id: 2, mand: true } },
  init: () => ({ from: '0', to: '0', what: 0, direction: 0 }),
  parse,
  print: (i) => `${fromTo(i, '')} connbytes mode ${MODES[n(i, 'what')] ?? 'unknown'} connbytes direction ${DIRS[n(i, 'direction')] ?? 'unknown'}`,
  save: (i) => `${fromTo(i, '--')} --connbytes-mode ${MODES[n(i, 'what')] ?? 'unknown'} --connbytes-dir ${DIRS[n(i, 'direction')] ?? 'unknown'}`,
};
