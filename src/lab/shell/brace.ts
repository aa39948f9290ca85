/**
 * Brace expansion (bash(1) "Brace Expansion"): `a{b,c}d` and `{1..5}`,
 * `{a..e}`, `{01..10..2}`, done first, on unquoted braces only.
 */
import type { Part, Word } from './ast.js';

/** A word as a sequence: one unquoted character, or an opaque part. */
type Tk = string | Part;

export function braceExpand(w: Word): Word[] {
  if (!w.raw.includes('{')) return [w];
  const toks: Tk[] = [];
  for (const p of w.parts) {
    if (p.t === 'lit') toks.push(...p.v);
    else toks.push(p);
  }
  const out = expand(toks);
  if (out.length === 1) return [w];
  return out.map((t) => ({ parts: assemble(t), raw: w.raw }));
}

function assemble(toks: Tk[]): Part[] {
  const parts: Part[] = [];
  let lit = '';
  for (const t of toks) {
    if (typeof t === 'string') {
      lit += t;
      continue;
    }
    if (lit) parts.push({ t: 'lit', v: lit });
    lit = '';
    parts.push(t);
  }
  if (lit) parts.push({ t: 'lit', v: lit });
  return parts;
}

function expand(t: Tk[]): Tk[][] {
  for (let i = 0; i < t.length; i++) {
    if (t[i] !== '{') continue;
    const m = matchBrace(t, i);
    if (!m) continue;
    const alts = m.commas.length ? splitAt(t, i, m.commas, m.end) : sequence(t.slice(i + 1, m.end));
    if (!alts) continue;
    const pre = t.slice(0, i);
    const posts = expand(t.slice(m.end + 1));
    const out: Tk[][] = [];
    for (const a of alts) for (const ax of expand(a)) for (const p of posts) out.push([...pre, ...ax, ...p]);
    return out;
  }
  return [t];
}

/** The `}` closing the `{` at `i`, and the commas at its top level. */
function matchBrace(t: Tk[], i: number): { end: number; commas: number[] } | null {
  let depth = 0;
  const commas: number[] = [];
  for (let j = i; j < t.length; j++) {
    const c = t[j];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return { end: j, commas };
    else if (c === ',' && depth === 1) commas.push(j);
  }
  return null;
}

function splitAt(t: Tk[], open: number, commas: number[], close: number): Tk[][] {
  const bounds = [open, ...commas, close];
  const alts: Tk[][] = [];
  for (let k = 0; k + 1 < bounds.length; k++) alts.push(t.slice(bounds[k]! + 1, bounds[k + 1]));
  return alts;
}

/** `{x..y[..step]}` over integers (zero-padded if either end is) or single letters. */
function sequence(body: Tk[]): Tk[][] | null {
  if (body.some((x) => typeof x !== 'string')) return null;
  const s = body.join('');
  const num = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(s);
  const chr = /^([a-zA-Z])\.\.([a-zA-Z])(?:\.\.(-?\d+))?$/.exec(s);
  const m = num ?? chr;
  if (!m) return null;
  const from = num ? Number(m[1]) : m[1]!.charCodeAt(0);
  const to = num ? Number(m[2]) : m[2]!.charCodeAt(0);
  const step = Math.abs(Number(m[3] ?? 1)) || 1;
  const zeroPadded = !!num && (/^-?0\d/.test(m[1]!) || /^-?0\d/.test(m[2]!));
  const width = zeroPadded ? Math.max(m[1]!.length, m[2]!.length) : 0;
  const out: Tk[][] = [];
  const dir = from <= to ? 1 : -1;
  for (let v = from; dir > 0 ? v <= to : v >= to; v += dir * step) {
    const text = num ? formatPadded(v, width) : String.fromCharCode(v);
    out.push([...text]);
  }
  return out;
}

function formatPadded(v: number, width: number): string {
  const abs = String(Math.abs(v)).padStart(width - (v < 0 ? 1 : 0), '0');
  return v < 0 ? '-' + abs : abs;
}
