/**
 * expand as coreutils 9.1 (src/expand.c, expand-common.c): tabs to spaces,
 * at every 8 columns or the -t list (`N`, `N,M,...`, a last `/N` for every
 * multiple of N, `+N` for every N after the last stop), -i only in the
 * leading blanks; a backspace moves back one column. C locale: bytes.
 */
import { decodeBytes, encodeBytes } from '../bytes.js';
import { type Cmd, Fail, forEachInput, guarded } from './common.js';
import { quote } from './quote.js';

const EXPAND_LONG = [
  { name: 'initial', arg: 0, key: 'i' },
  { name: 'tabs', arg: 1, key: 't' },
] as const;

interface TabStops {
  stops: number[];
  /** After the last stop: every multiple of `every` (/N), or every `increment` columns past it (+N). */
  every: number;
  increment: number;
}

/** parse_tab_stops() and validate_tab_stops(). */
function parseTabs(specs: string[]): TabStops {
  const t: TabStops = { stops: [], every: 0, increment: 0 };
  for (const spec of specs) {
    for (const item of spec.split(/[ ,]/)) {
      if (item === '') continue;
      const m = /^([/+]?)(\d+)$/.exec(item);
      if (!m) {
        const bad = item.replace(/^[/+]?\d*/, '');
        throw new Fail(`tab size contains invalid character(s): ${quote(bad)}`);
      }
      const n = Number(m[2]);
      if (m[1] === '/') t.every = n;
      else if (m[1] === '+') t.increment = n;
      else {
        if (n === 0) throw new Fail('tab size cannot be 0');
        if (t.stops.length && n <= t.stops[t.stops.length - 1]!) throw new Fail('tab sizes must be ascending');
        t.stops.push(n);
      }
    }
  }
  if (t.stops.length === 0 && !t.every && !t.increment) t.every = 8;
  if (t.stops.length === 1 && !t.every && !t.increment) {
    t.every = t.stops[0]!;
    t.stops = [];
  }
  return t;
}

/** get_next_tab_column(). */
function nextTab(column: number, t: TabStops): number {
  for (const s of t.stops) if (s > column) return s;
  if (t.every) return column + t.every - (column % t.every);
  const last = t.stops[t.stops.length - 1] ?? 0;
  if (t.increment) return column + t.increment - ((column - last) % t.increment);
  return column + 1;
}

function expandBytes(input: Uint8Array, t: TabStops, initial: boolean): number[] {
  const out: number[] = [];
  let column = 0;
  let leading = true;
  for (const ch of input) {
    if (ch === 10) {
      out.push(ch);
      column = 0;
      leading = true;
      continue;
    }
    if (ch === 9 && leading) {
      const next = nextTab(column, t);
      while (column < next) {
        out.push(32);
        column++;
      }
      continue;
    }
    if (ch === 8) column = Math.max(0, column - 1);
    else column++;
    if (initial && ch !== 32 && ch !== 9) leading = false;
    out.push(ch);
  }
  return out;
}

export function expand(c: Cmd): Promise<number> {
  return guarded(c, 1, async () => {
    // the obsolete -N1,N2 form of -t
    const args = c.args.map((a) => (/^-\d[\d,]*$/.test(a) ? `-t${a.slice(1)}` : a));
    const o = c.options({ short: 'it:', long: EXPAND_LONG }, 1, args);
    if (typeof o === 'number') return o;
    const tabs = parseTabs(o.opts.filter((x) => x.key === 't').map((x) => x.arg!));
    return forEachInput(c, o.operands, (data) => c.out(decodeBytes(expandBytes(encodeBytes(data), tabs, o.has('i')))));
  });
}
