/**
 * The packet walk: every function on the path reports (namespace, device,
 * function, verdict) for the skb it handles. Off by default; the hot path
 * pays one boolean test when nobody listens.
 */
import type { SkBuff } from './skbuff.js';
import type { Net } from './net_namespace.js';
import type { NetDevice } from './netdevice.js';

/** How a step ends the walk of its packet (null: the walk goes on). */
export type TraceEnd = null | 'drop' | 'consume' | 'deliver';

export interface TraceEvent {
  /** Virtual time, ns. */
  readonly time: number;
  /** The packet's identity (shared by clones and by the frames it becomes on each hop). */
  readonly id: number;
  /** The packet that made this one (an ICMP error's offending packet, an ARP request's queued packet), 0 if none. */
  readonly parent: number;
  readonly net: Net;
  readonly dev: string;
  /** The kernel function's name, as in the kernel source (ip_rcv, fib_validate_source...). */
  readonly fn: string;
  /** Drop reason name when the packet died here. */
  readonly drop: string | null;
  /** The step ends the packet: dropped, consumed, or delivered to a socket. */
  readonly end: TraceEnd;
  /** The skb as it is at this step (its bytes describe the packet on the first step). */
  readonly skb: SkBuff;
}

export type TraceSink = (ev: TraceEvent) => void;

/** Per lab: who listens, the next packet identity, and the packet making others now. */
export class Tracer {
  sink: TraceSink | null = null;
  nextId = 1;
  /** While a packet makes others (icmp_send, arp_solicit): its id; packets first seen then are its children. */
  parent = 0;
}

function emit(net: Net, skb: SkBuff, fn: string, dev: NetDevice | null, drop: string | null, end: TraceEnd): void {
  const t = net.world.tracer;
  if (!t.sink) return;
  let parent = 0;
  if (skb.id === 0) {
    skb.id = t.nextId++;
    parent = t.parent;
  }
  t.sink({ time: net.sched.now, id: skb.id, parent, net, dev: dev?.name ?? '', fn, drop, end, skb });
}

/** One step of the walk. */
export function trace(net: Net, skb: SkBuff, fn: string, dev: NetDevice | null = skb.dev): void {
  if (net.world.tracer.sink) emit(net, skb, fn, dev, null, null);
}

/** The last step: the packet was dropped. */
export function traceDrop(net: Net, skb: SkBuff, fn: string, reason: string): void {
  if (net.world.tracer.sink) emit(net, skb, fn, skb.dev, reason, 'drop');
}

/** The last step: the packet reached a socket's receive queue (`fn` is the protocol's queueing function). */
export function traceDeliver(net: Net, skb: SkBuff, fn: string): void {
  if (net.world.tracer.sink) emit(net, skb, fn, skb.dev, null, 'deliver');
}

/** The last step: consume_skb(), a normal end (replied to, read by its socket). */
export function traceConsume(net: Net, skb: SkBuff): void {
  if (net.world.tracer.sink && skb.id !== 0) emit(net, skb, 'consume_skb', skb.dev, null, 'consume');
}

/**
 * `skb` starts making packets of its own (an ICMP error about it, the ARP
 * request it waits for): until traceChildrenEnd(), new packets are its
 * children. Returns what to restore.
 */
export function traceChildrenOf(net: Net, skb: SkBuff): number {
  const t = net.world.tracer;
  if (!t.sink) return 0;
  const prev = t.parent;
  if (skb.id === 0) skb.id = t.nextId++;
  t.parent = skb.id;
  return prev;
}

export function traceChildrenEnd(net: Net, prev: number): void {
  net.world.tracer.parent = prev;
}
