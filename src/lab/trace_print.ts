/**
 * The packet walk as text or JSON (`tuxnet run --trace`). Each packet:
 *
 *   #4 0.500000 a: ICMP 10.1.0.2 → 10.2.0.2 echo request, ttl 64, length 84  [ping -c 1 10.2.0.2]
 *      a: [a0] ip_local_out → ip_output → ... → dev_queue_xmit
 *      r: [r0] __netif_receive_skb → ip_rcv → ... ✗
 *      ✗ dropped in ip_error (r): SKB_DROP_REASON_IP_INADDRERRORS
 *      #4.1 0.500000 r: ICMP 10.1.0.1 → 10.1.0.2 destination unreachable ...
 *
 * Packets a packet made (its ICMP error, the ARP request it waited for)
 * are its children, indented under it. A run of steps that repeats (a
 * packet looping) prints once, `(… ) × 63, ttl 64→2`.
 *
 * Memory stays bounded however long the run: at most `limit` packets are
 * open, older ones move to a ring of `limit` closed walks, and walks that
 * fall out of the ring are counted and reported as dropped.
 */
import type { TraceEvent } from '../net/core/trace.js';
import type { Lab } from './lab.js';
import { type Hop, type Step, type Walk, newWalk, walkEvent } from './trace_walk.js';

/** Walks kept by default (`--trace-limit`). */
const DEFAULT_TRACE_LIMIT = 10000;

/** Which walks to show: all, those with a drop, or those that crossed one namespace. */
export type TraceFilter = { kind: 'all' } | { kind: 'drops' } | { kind: 'ns'; ns: string };

export interface TraceOptions {
  readonly limit?: number;
  readonly filter?: TraceFilter;
  readonly format?: 'text' | 'json';
}

/** Records walks as their events come; `flush()` renders the walks seen since the last flush. */
export class TraceRecorder {
  /** The command running now (each walk remembers the one that made its packet). */
  command = '';
  private readonly open = new Map<number, Walk>();
  /** Top-level walks still open, oldest first. */
  private tops: Walk[] = [];
  private ring: Walk[] = [];
  private ringStart = 0;
  private dropped = 0;
  /** Labels of walks already flushed, so later children and continuations keep their numbers. */
  private readonly past = new Map<number, { label: string; children: number }>();
  private readonly limit: number;
  private readonly filter: TraceFilter;
  private readonly format: 'text' | 'json';

  constructor(
    private readonly lab: Lab,
    o: TraceOptions | number = {},
  ) {
    const opts = typeof o === 'number' ? { limit: o } : o;
    this.limit = opts.limit ?? DEFAULT_TRACE_LIMIT;
    if (this.limit < 1) throw new RangeError('trace limit must be at least 1');
    this.filter = opts.filter ?? { kind: 'all' };
    this.format = opts.format ?? 'text';
    lab.tracer.sink = (ev) => this.event(ev);
  }

  private event(ev: TraceEvent): void {
    const w = this.open.get(ev.id) ?? this.start(ev);
    walkEvent(this.lab, w, ev);
  }

  /** The walk of a packet seen for the first time (or again after a flush). */
  private start(ev: TraceEvent): Walk {
    const parent = ev.parent ? this.open.get(ev.parent) : undefined;
    const past = this.past.get(ev.id);
    let w: Walk;
    if (parent) {
      w = newWalk(this.lab, ev, `${parent.label}.${parent.children.length + 1}`, this.command, false);
      parent.children.push(w);
    } else {
      const pp = ev.parent ? this.past.get(ev.parent) : undefined;
      const label = past ? past.label : pp ? `${pp.label}.${++pp.children}` : String(ev.id);
      w = newWalk(this.lab, ev, label, this.command, past !== undefined);
      this.tops.push(w);
      if (this.tops.length > this.limit) this.close(this.tops.shift()!);
    }
    this.open.set(ev.id, w);
    return w;
  }

  /** A top-level walk and its children leave the open set for the ring. */
  private close(w: Walk): void {
    const forget = (x: Walk): void => {
      this.open.delete(x.id);
      this.remember(x);
      for (const c of x.children) forget(c);
    };
    forget(w);
    if (this.ring.length < this.limit) {
      this.ring.push(w);
      return;
    }
    this.ring[this.ringStart] = w;
    this.ringStart = (this.ringStart + 1) % this.limit;
    this.dropped++;
  }

  private remember(w: Walk): void {
    this.past.set(w.id, { label: w.label, children: w.children.length });
    // Bounded: the oldest labels go first.
    if (this.past.size > 4 * this.limit) this.past.delete(this.past.keys().next().value as number);
  }

  /** Every walk since the last flush (the last `limit` of them), oldest first. */
  flush(): string {
    for (const w of this.tops) this.close(w);
    this.tops = [];
    const walks = [...this.ring.slice(this.ringStart), ...this.ring.slice(0, this.ringStart)].filter((w) => this.keep(w));
    let out = this.dropped > 0 && this.format === 'text' ? `(${this.dropped} earlier packet walks dropped: --trace-limit ${this.limit})\n` : '';
    for (const w of walks) out += this.format === 'json' ? JSON.stringify(walkJson(w)) + '\n' : renderWalk(w, '', '');
    this.ring = [];
    this.ringStart = 0;
    this.dropped = 0;
    return out;
  }

  private keep(w: Walk): boolean {
    const f = this.filter;
    if (f.kind === 'all') return true;
    const any = (x: Walk, p: (x: Walk) => boolean): boolean => p(x) || x.children.some((c) => any(c, p));
    if (f.kind === 'drops') return any(w, (x) => x.end?.kind === 'drop');
    return any(w, (x) => x.hops.some((h) => h.ns === f.ns));
  }
}

/** Seconds.microseconds of a virtual time. */
function secs(ns: number): string {
  const us = Math.floor(ns / 1000);
  return `${Math.floor(us / 1e6)}.${String(us % 1e6).padStart(6, '0')}`;
}

/** How the packet ended, as a line. */
function endLine(w: Walk): string {
  const e = w.end;
  const drop = e?.kind === 'drop' ? `✗ dropped in ${e.fn} (${e.ns}): SKB_DROP_REASON_${e.reason}` : '';
  // A copy reached a socket (a raw socket's clone) while the packet itself went on.
  if (w.delivered.length) return `✓ delivered to a socket in ${w.delivered.join(', ')}${drop ? `; the packet itself ${drop.slice(2)}` : ''}`;
  if (drop) return drop;
  if (e?.kind === 'consume') {
    const hop = w.hops[w.hops.length - 1];
    const lastFn = hop?.steps[hop.steps.length - 1]?.fn;
    return `✓ consumed${lastFn ? ` after ${lastFn}` : ''} (${e.ns})`;
  }
  return '… still queued or in flight at the end of the run';
}

/** One walk and its children, `indent` deep; the command shows where it differs from the parent's. */
function renderWalk(w: Walk, indent: string, parentCommand: string): string {
  const cmd = w.command && w.command !== parentCommand ? `  [${w.command}]` : '';
  let out = `${indent}#${w.label}${w.continued ? ' (continued)' : ''} ${secs(w.time)} ${w.ns}: ${w.summary}${cmd}\n`;
  const pad = indent + '   ';
  for (const l of hopLines(w.hops)) out += `${pad}${l}\n`;
  if (w.extra) out += `${pad}(… ${w.extra} more steps)\n`;
  out += `${pad}${endLine(w)}\n`;
  for (const c of w.children) out += renderWalk(c, pad, w.command);
  return out;
}

/** The hop lines, a run of hops that repeats (a routing loop) folded into one `(… ) × N, ttl A→B` line. */
function hopLines(hops: readonly Hop[]): string[] {
  const t: Tok[] = hops.map((h) => ({ text: hopLine(h), ttl: h.steps.find((s) => s.ttl !== null)?.ttl ?? null }));
  const out: string[] = [];
  for (let i = 0; i < t.length;) {
    const run = findRun(t, i, 3);
    if (!run) {
      out.push(t[i]!.text);
      i++;
      continue;
    }
    const [p, k] = run;
    const ttls = t.slice(i, i + p * k).map((x) => x.ttl).filter((x): x is number => x !== null);
    const ttl = ttls.length > 1 ? `, ttl ${ttls[0]}→${ttls[ttls.length - 1]}` : '';
    out.push(`(${t.slice(i, i + p).map((x) => x.text).join(' | ')}) × ${k}${ttl}`);
    i += p * k;
  }
  return out;
}

/** A token of a hop line: `[dev] fn` or `fn`, with its TTL and drop mark. */
interface Tok {
  readonly text: string;
  readonly ttl: number | null;
}

function tokens(h: Hop): Tok[] {
  const out: Tok[] = [];
  let dev = '';
  for (const s of h.steps) {
    const text = (s.dev && s.dev !== dev ? `[${s.dev}] ` : '') + s.fn + (s.drop ? ' ✗' : '');
    if (s.dev) dev = s.dev;
    out.push({ text, ttl: s.ttl });
  }
  return out;
}

/** `ns: [dev] f → g ...` with repeated runs folded into `(… ) × N, ttl A→B`. */
function hopLine(h: Hop): string {
  const t = tokens(h);
  const parts: string[] = [];
  for (let i = 0; i < t.length;) {
    const run = findRun(t, i, 2);
    if (!run) {
      parts.push(t[i]!.text);
      i++;
      continue;
    }
    const [p, k] = run;
    const ttls = t.slice(i, i + p * k).map((x) => x.ttl).filter((x): x is number => x !== null);
    const ttl = ttls.length > 1 ? `, ttl ${ttls[0]}→${ttls[ttls.length - 1]}` : '';
    parts.push(`(${t.slice(i, i + p).map((x) => x.text).join(' → ')}) × ${k}${ttl}`);
    i += p * k;
  }
  return `${h.ns}: ${parts.join(' → ').replace(/ \u2192 \[/g, ' [')}`;
}

/** The shortest period p (≤ 16) that repeats from i at least `min` times over 4+ tokens: [p, times]. */
function findRun(t: readonly Tok[], i: number, min: number): [number, number] | null {
  for (let p = 1; p <= 16 && i + min * p <= t.length; p++) {
    let k = 1;
    while (i + (k + 1) * p <= t.length && sameRun(t, i, i + k * p, p)) k++;
    if (k >= min && p * k >= 4) return [p, k];
  }
  return null;
}

function sameRun(t: readonly Tok[], a: number, b: number, p: number): boolean {
  for (let j = 0; j < p; j++) if (t[a + j]!.text !== t[b + j]!.text) return false;
  return true;
}

/** The JSON form of a walk (docs/trace-schema.json). */
export function walkJson(w: Walk): unknown {
  return {
    id: w.label, packet: w.id, parent: w.parent || null, time_ns: w.time, netns: w.ns, summary: w.summary,
    command: w.command, continued: w.continued,
    hops: w.hops.map((h) => ({ netns: h.ns, steps: h.steps.map(stepJson) })),
    more_steps: w.extra,
    end: w.end?.kind === 'drop' ? { kind: 'drop', fn: w.end.fn, netns: w.end.ns, reason: `SKB_DROP_REASON_${w.end.reason}` }
      : w.delivered.length ? { kind: 'deliver', netns: w.delivered }
        : w.end ? { kind: 'consume', fn: w.end.fn, netns: w.end.ns } : { kind: 'queued' },
    children: w.children.map(walkJson),
  };
}

function stepJson(s: Step): unknown {
  return { dev: s.dev, fn: s.fn, ...(s.ttl !== null ? { ttl: s.ttl } : {}), ...(s.drop ? { drop: true } : {}) };
}
