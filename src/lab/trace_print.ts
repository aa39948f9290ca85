/**
 * The packet walk as text: one line per packet and namespace it crossed,
 * `ns: dev fn → fn → ...`, ending with the drop reason where it died.
 *
 * Memory stays bounded however long the run: each event is rendered into its
 * walk's line as it arrives (no event is kept), at most `limit` walks are open,
 * and a ring keeps the last `limit` closed ones. A walk closes when `limit`
 * newer walks have started (its packet is long gone) or at flush(); walks that
 * fall out of the ring are counted and reported as dropped.
 */
import type { TraceEvent } from '../net/core/trace.js';
import type { Lab } from './lab.js';

/** Walks kept by default (`--trace-limit`). */
const DEFAULT_TRACE_LIMIT = 10000;

/** The name `ip netns` knows a namespace by; the shell's own is "(init)". */
function netName(lab: Lab, ev: TraceEvent): string {
  if (ev.net === lab.initNet) return '(init)';
  for (const [name, net] of lab.netns) if (net === ev.net) return name;
  return `netns#${ev.net.cookie}`;
}

/** One packet's line being written: `#id ns: [dev] f → g [dev2] h | ns2: ...`. */
interface OpenWalk {
  line: string;
  ns: string;
  dev: string;
}

/** Renders walks as their events come; `flush()` returns the walks seen since the last flush. */
export class TraceRecorder {
  private open = new Map<number, OpenWalk>();
  /** Closed walks' lines, a ring: `ringStart` is the oldest. */
  private ring: string[] = [];
  private ringStart = 0;
  private dropped = 0;

  constructor(
    private readonly lab: Lab,
    private readonly limit = DEFAULT_TRACE_LIMIT,
  ) {
    if (limit < 1) throw new RangeError('trace limit must be at least 1');
    lab.tracer.sink = (ev) => this.event(ev);
  }

  private event(ev: TraceEvent): void {
    let w = this.open.get(ev.id);
    if (!w) {
      if (this.open.size >= this.limit) this.closeOldest();
      w = { line: `#${ev.id}`, ns: '', dev: '' };
      this.open.set(ev.id, w);
    }
    const n = netName(this.lab, ev);
    if (n !== w.ns) {
      w.line += `${w.ns ? ' |' : ''} ${n}:`;
      w.ns = n;
      w.dev = '';
    }
    if (ev.dev && ev.dev !== w.dev) {
      w.line += ` [${ev.dev}]`;
      w.dev = ev.dev;
    }
    w.line += w.line.endsWith(':') || w.line.endsWith(']') ? ` ${ev.fn}` : ` → ${ev.fn}`;
    if (ev.drop) w.line += ` ✗ SKB_DROP_REASON_${ev.drop}`;
  }

  private closeOldest(): void {
    const [id, w] = this.open.entries().next().value as [number, OpenWalk];
    this.open.delete(id);
    this.keep(w.line);
  }

  private keep(line: string): void {
    if (this.ring.length < this.limit) {
      this.ring.push(line);
      return;
    }
    this.ring[this.ringStart] = line;
    this.ringStart = (this.ringStart + 1) % this.limit;
    this.dropped++;
  }

  /** Every walk since the last flush (the last `limit` of them), oldest first. */
  flush(): string {
    for (const w of this.open.values()) this.keep(w.line);
    this.open.clear();
    const lines = [...this.ring.slice(this.ringStart), ...this.ring.slice(0, this.ringStart)];
    let out = this.dropped > 0 ? `(${this.dropped} earlier packet walks dropped: --trace-limit ${this.limit})\n` : '';
    for (const l of lines) out += l + '\n';
    this.ring = [];
    this.ringStart = 0;
    this.dropped = 0;
    return out;
  }
}
