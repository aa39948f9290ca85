/**
 * The packet walk: every function on the path reports (namespace, device,
 * function, verdict) for the skb it handles. Off by default; the hot path
 * pays one boolean test when nobody listens.
 */
import type { SkBuff } from './skbuff.js';
import type { Net } from './net_namespace.js';
import type { NetDevice } from './netdevice.js';

export interface TraceEvent {
  /** Virtual time, ns. */
  readonly time: number;
  /** The packet's identity (shared by clones and by the frames it becomes on each hop). */
  readonly id: number;
  readonly net: Net;
  readonly dev: string;
  /** The kernel function's name, as in the kernel source (ip_rcv, fib_validate_source...). */
  readonly fn: string;
  /** Drop reason name when the packet died here. */
  readonly drop: string | null;
}

export type TraceSink = (ev: TraceEvent) => void;

/** Per lab: who listens, and the next packet identity. */
export class Tracer {
  sink: TraceSink | null = null;
  nextId = 1;
}

/** One step of the walk. */
export function trace(net: Net, skb: SkBuff, fn: string, dev: NetDevice | null = skb.dev): void {
  const t = net.world.tracer;
  if (!t.sink) return;
  if (skb.id === 0) skb.id = t.nextId++;
  t.sink({ time: net.sched.now, id: skb.id, net, dev: dev?.name ?? '', fn, drop: null });
}

/** The last step: the packet was dropped. */
export function traceDrop(net: Net, skb: SkBuff, fn: string, reason: string): void {
  const t = net.world.tracer;
  if (!t.sink) return;
  if (skb.id === 0) skb.id = t.nextId++;
  t.sink({ time: net.sched.now, id: skb.id, net, dev: skb.dev?.name ?? '', fn, drop: reason });
}
