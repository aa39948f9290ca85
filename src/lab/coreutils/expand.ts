/**
 * expand as coreutils 9.1 (src/expand.c, expand-common.c): tabs to spaces,
 * at every 8 columns or the -t list (`N`, `N,M,...`, a last `/N` for every
 * multiple of N, `+N` for every N after the last stop), -i only in the
 * leading blanks; a backspace moves back one column. C locale: bytes.
 */
import { decodeBytes, encodeBytes } from '../bytes.js';
import { type Cmd, Fail, forEachChunk, guarded } from './common.js';
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

/** expand(): bytes as they come, the column and whether it is in the leading blanks kept between reads. */
class Expander {
  private column = 0;
  private leading = true;

  constructor(
    private readonly t: TabStops,
    private readonly initial: boolean,
  ) {}

  feed(input: Uint8Array): number[] {
    const out: number[] = [];
    for (const ch of input) {
      if (ch === 10) {
        out.push(ch);
        this.column = 0;
        this.leading = true;
        continue;
      }
      if (ch === 9 && this.leading) {
        const next = nextTab(this.column, this.t);
        while (this.column < next) {
          out.push(32);
          this.column++;
        }
        continue;
      }
      if (ch === 8) this.column = Math.max(0, this.column - 1);
      else this.column++;
      if (this.initial && ch !== 32 && ch !== 9) this.leading = false;
      out.push(ch);
    }
    return out;
  }
}

export function expand(c: Cmd): Promise<number> {
  return guarded(c, 1, async () => {
    // the obsolete -N1,N2 form of -t
    const args = c.args.map((a) => (/^-\d[\d,]*$/.test(a) ? `-t${a.slice(1)}` : a));
    const o = c.options({ short: 'it:', long: EXPAND_LONG }, 1, args);
    if (typeof o === 'number') return o;
    const tabs = parseTabs(o.opts.filter((x) => x.key === 't').map((x) => x.arg!));
    const e = new Expander(tabs, o.has('i'));
    return forEachChunk(c, o.operands, (data) => c.out(decodeBytes(e.feed(encodeBytes(data)))));
  });
}
