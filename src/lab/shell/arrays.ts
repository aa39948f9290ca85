/**
 * Arrays (bash(1) "Arrays"): subscripts, `${a[@]}` and friends, `a=(...)`,
 * `a[i]=v`, `a+=(...)`. Indexed arrays are sparse, kept by decimal index;
 * associative ones (`declare -A`) by key in insertion order.
 */
import type { Assign, ParamPart } from './ast.js';
import { arrayEntries, FatalError, type Var } from './state.js';
import { wordOf } from './parser.js';
import type { ExpandHost } from './expand.js';
import { arith, expandString, expandWord } from './expand.js';

/** The highest index of an indexed array, or -1. */
function maxIndex(v: Var | undefined): number {
  let max = -1;
  for (const k of v?.arr?.keys() ?? []) max = Math.max(max, Number(k));
  return max;
}

/**
 * The key a subscript names: an associative array's key as expanded, or an
 * indexed array's index (arithmetic; negative counts back from the end).
 * Null for a negative index before the first element.
 */
export async function subscriptKey(host: ExpandHost, name: string, index: string): Promise<string | null> {
  const v = host.sh.array(name);
  const text = await expandString(host, wordOf(index));
  if (v?.assoc) return text;
  let n = arith(host.sh, text);
  if (n < 0n) {
    n += BigInt(maxIndex(v ?? host.sh.lookup(name)) + 1);
    if (n < 0n) return null;
  }
  return n.toString();
}

/** The elements of `name` as [key, value] pairs: a scalar is an array of one element. */
export function elements(host: ExpandHost, name: string): [string, string][] {
  const v = host.sh.lookup(name);
  if (v?.arr) return arrayEntries(v);
  const val = host.sh.get(name);
  return val === undefined ? [] : [['0', val]];
}

/** One element's value, for `${a[i]}`. */
export async function elementValue(host: ExpandHost, p: ParamPart): Promise<string | undefined> {
  const key = await subscriptKey(host, p.name, p.index!);
  if (key === null) return undefined;
  const v = host.sh.lookup(p.name);
  if (v?.arr) return v.arr.get(key);
  return key === '0' ? host.sh.get(p.name) : undefined;
}

/** `${a[@]:off:len}`: elements from the first whose index is at least `off` (bash slices by index). */
export function sliceElements(entries: [string, string][], assoc: boolean, off: number, len: number | null): string[] {
  let from: number;
  if (assoc) from = off < 0 ? Math.max(0, entries.length + off) : off;
  else if (off < 0) {
    const max = entries.length ? Number(entries[entries.length - 1]![0]) : -1;
    from = entries.findIndex(([k]) => Number(k) >= max + 1 + off);
  } else from = entries.findIndex(([k]) => Number(k) >= off);
  if (from < 0) return [];
  if (len !== null && len < 0) throw new FatalError(`${len}: substring expression < 0`);
  return entries.slice(from, len === null ? undefined : from + len).map((e) => e[1]);
}

/** `name=(...)`, `name+=(...)`: words are split and globbed; `[k]=v` items set a key. */
export async function assignArray(host: ExpandHost, a: Assign): Promise<void> {
  const sh = host.sh;
  const old = sh.array(a.name);
  const assoc = old?.assoc ?? false;
  const items: [string | null, string][] = [];
  for (const w of a.array!) {
    const m = /^\[([^\]]*)\](\+?)=/.exec(w.raw);
    if (m) {
      const key = await subscriptKey(host, a.name, m[1]!);
      if (key === null) throw new FatalError(`${a.name}[${m[1]}]: bad array subscript`);
      items.push([key, await expandString(host, wordOf(w.raw.slice(m[0].length)))]);
    } else for (const f of await expandWord(host, w)) items.push([null, f]);
  }
  const arr = sh.makeArray(a.name, assoc, !a.append);
  let next = maxIndex(sh.array(a.name)) + 1;
  for (const [key, value] of items) {
    sh.limits.checkSize(value.length);
    const k = key ?? String(next);
    arr.set(k, value);
    if (!assoc) next = Number(k) + 1;
  }
}

/** `name[INDEX]=value`, `name[INDEX]+=value`. */
export async function assignElement(host: ExpandHost, a: Assign): Promise<void> {
  // arrayfunc.c assign_array_element(): an empty subscript is an error
  if (a.index === '') throw new FatalError(`${a.name}[]: bad array subscript`);
  const key = await subscriptKey(host, a.name, a.index!);
  if (key === null) throw new FatalError(`${a.name}[${a.index}]: bad array subscript`);
  const v = await expandString(host, a.value);
  const old = host.sh.lookup(a.name);
  const before = old?.arr ? old.arr.get(key) : key === '0' ? old?.value : undefined;
  host.sh.setElem(a.name, key, a.append ? (before ?? '') + v : v);
}
