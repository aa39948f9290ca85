/**
 * The packet walk as text: one line per packet and namespace it crossed,
 * `ns: dev fn → fn → ...`, ending with the drop reason where it died.
 */
import type { TraceEvent } from '../net/core/trace.js';
import type { Lab } from './lab.js';

/** The name `ip netns` knows a namespace by; the shell's own is "(init)". */
function netName(lab: Lab, ev: TraceEvent): string {
  if (ev.net === lab.initNet) return '(init)';
  for (const [name, net] of lab.netns) if (net === ev.net) return name;
  return `netns#${ev.net.cookie}`;
}

/** Collects events; `flush()` renders every packet seen since the last flush. */
export class TraceRecorder {
  private events: TraceEvent[] = [];

  constructor(private readonly lab: Lab) {
    lab.tracer.sink = (ev) => this.events.push(ev);
  }

  flush(): string {
    const byId = new Map<number, TraceEvent[]>();
    for (const ev of this.events) {
      const list = byId.get(ev.id) ?? [];
      list.push(ev);
      byId.set(ev.id, list);
    }
    this.events = [];
    let out = '';
    for (const [id, evs] of byId) out += renderPacket(this.lab, id, evs);
    return out;
  }
}

/** `#id ns: dev f → g → h [dev2 ...]`, a new segment when the namespace changes. */
function renderPacket(lab: Lab, id: number, evs: TraceEvent[]): string {
  let line = `#${id}`;
  let ns = '';
  let dev = '';
  for (const ev of evs) {
    const n = netName(lab, ev);
    if (n !== ns) {
      line += `${ns ? ' |' : ''} ${n}:`;
      ns = n;
      dev = '';
    }
    if (ev.dev && ev.dev !== dev) {
      line += ` [${ev.dev}]`;
      dev = ev.dev;
    }
    line += line.endsWith(':') || line.endsWith(']') ? ` ${ev.fn}` : ` → ${ev.fn}`;
    if (ev.drop) line += ` ✗ SKB_DROP_REASON_${ev.drop}`;
  }
  return line + '\n';
}
