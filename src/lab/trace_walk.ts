/**
 * The packet walk as data: one Walk per packet (its identity in the
 * tracer), with the time it was first seen, a one-line summary of what it
 * is, the command that was running, its steps grouped by namespace, the
 * packets it made (children: an ICMP error, the ARP request it waited
 * for) and how it ended. Sizes are bounded: a walk keeps at most
 * MAX_STEPS steps and counts the rest.
 */
import type { TraceEvent } from '../net/core/trace.js';
import type { SkBuff } from '../net/core/skbuff.js';
import type { Lab } from './lab.js';
import { labNetName } from './pcap_capture.js';
import { ipToString } from '../wire/ipv4.js';

export const MAX_STEPS = 4096;

/** One function of the walk: the device it ran for, and the TTL where an IPv4 header was read. */
export interface Step {
  readonly dev: string;
  readonly fn: string;
  readonly ttl: number | null;
  /** The packet died here. */
  readonly drop: boolean;
}

/** The steps run in one namespace before the packet left it. */
export interface Hop {
  readonly ns: string;
  readonly steps: Step[];
}

export type EndKind = 'drop' | 'consume' | 'deliver';

export interface WalkEnd {
  readonly kind: EndKind;
  readonly fn: string;
  readonly ns: string;
  readonly reason: string | null;
}

export interface Walk {
  readonly id: number;
  /** `4`, or `4.1` for the first packet #4 made. */
  readonly label: string;
  readonly parent: number;
  /** Virtual ns of the first step. */
  readonly time: number;
  readonly ns: string;
  readonly summary: string;
  readonly command: string;
  readonly hops: Hop[];
  readonly children: Walk[];
  /** Namespaces where a copy reached a socket's receive queue. */
  readonly delivered: string[];
  end: WalkEnd | null;
  /** Steps beyond MAX_STEPS, counted only. */
  extra: number;
  steps: number;
  /** Seen before a flush and continued after it. */
  readonly continued: boolean;
}

const ICMP_TYPES: Record<number, string> = {
  0: 'echo reply', 3: 'destination unreachable', 4: 'source quench', 5: 'redirect', 8: 'echo request',
  11: 'time exceeded', 12: 'parameter problem', 13: 'timestamp request', 14: 'timestamp reply',
};
const UNREACH: Record<number, string> = {
  0: 'net unreachable', 1: 'host unreachable', 2: 'protocol unreachable', 3: 'port unreachable', 4: 'fragmentation needed',
  9: 'net prohibited', 10: 'host prohibited', 13: 'administratively prohibited',
};

/** The IPv4 header of `skb` if it has one (network header, else the data). */
function ipHeader(skb: SkBuff): number {
  const nh = skb.networkHeader >= 0 && skb.networkHeader < skb.tail ? skb.networkHeader : skb.data;
  return nh + 20 <= skb.tail && skb.buf[nh]! >> 4 === 4 ? nh : -1;
}

/** The one-line summary: protocol, src → dst, ICMP type / ARP op, TTL, length. */
export function summarize(skb: SkBuff): string {
  const b = skb.buf;
  if (skb.protocol === 0x0806) {
    const a = skb.networkHeader >= 0 ? skb.networkHeader : skb.data;
    if (a + 28 > skb.tail) return `ARP, length ${skb.tail - a}`;
    const u32 = (o: number): number => ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) >>> 0;
    const op = (b[a + 6]! << 8) | b[a + 7]!;
    const spa = ipToString(u32(a + 14));
    const tpa = ipToString(u32(a + 24));
    return op === 1 ? `ARP request who-has ${tpa} tell ${spa}` : op === 2 ? `ARP reply ${spa} → ${tpa}` : `ARP op ${op} ${spa} → ${tpa}`;
  }
  const nh = ipHeader(skb);
  if (nh < 0) return `packet, length ${skb.len}`;
  const u32 = (o: number): number => ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) >>> 0;
  const src = ipToString(u32(nh + 12));
  const dst = ipToString(u32(nh + 16));
  const proto = b[nh + 9]!;
  const tail = `ttl ${b[nh + 8]!}, length ${(b[nh + 2]! << 8) | b[nh + 3]!}`;
  const th = nh + (b[nh]! & 0xf) * 4;
  if (proto === 1 && th + 2 <= skb.tail) {
    const t = b[th]!;
    const c = b[th + 1]!;
    const what = t === 3 ? `destination unreachable (${UNREACH[c] ?? `code ${c}`})` : ICMP_TYPES[t] ?? `type ${t} code ${c}`;
    return `ICMP ${src} → ${dst} ${what}, ${tail}`;
  }
  if ((proto === 17 || proto === 6) && th + 4 <= skb.tail) {
    const sp = (b[th]! << 8) | b[th + 1]!;
    const dp = (b[th + 2]! << 8) | b[th + 3]!;
    return `${proto === 17 ? 'UDP' : 'TCP'} ${src}:${sp} → ${dst}:${dp}, ${tail}`;
  }
  if (proto === 2 && th + 1 <= skb.tail) return `IGMP ${src} → ${dst} ${IGMP_TYPES[b[th]!] ?? `type 0x${b[th]!.toString(16)}`}, ${tail}`;
  return `IP ${src} → ${dst} proto ${proto}, ${tail}`;
}

/** IGMP message types (include/uapi/linux/igmp.h). */
const IGMP_TYPES: Readonly<Record<number, string>> = {
  0x11: 'membership query', 0x12: 'v1 report', 0x16: 'v2 report', 0x17: 'leave', 0x22: 'v3 report',
};

/** The TTL a step sees, where it reads the IPv4 header. */
function stepTtl(ev: TraceEvent): number | null {
  if (ev.fn !== 'ip_rcv' && ev.fn !== 'ip_local_out' && ev.fn !== 'ip_forward') return null;
  const nh = ipHeader(ev.skb);
  return nh < 0 ? null : ev.skb.buf[nh + 8]!;
}

/** A new walk for the first event of a packet. */
export function newWalk(lab: Lab, ev: TraceEvent, label: string, command: string, continued: boolean): Walk {
  return {
    id: ev.id, label, parent: ev.parent, time: ev.time, ns: labNetName(lab, ev.net), summary: summarize(ev.skb), command,
    hops: [], children: [], delivered: [], end: null, extra: 0, steps: 0, continued,
  };
}

/**
 * One event into its walk: a step (a repeat of the step just taken is
 * the same step), or an ending. A walk that goes on after an ending (the
 * end was a copy's) forgets it; a delivery to a socket is kept apart.
 */
export function walkEvent(lab: Lab, w: Walk, ev: TraceEvent): void {
  const ns = labNetName(lab, ev.net);
  const hop = w.hops[w.hops.length - 1];
  const last = hop?.steps[hop.steps.length - 1];
  if (ev.end === 'deliver') {
    if (!w.delivered.includes(ns)) w.delivered.push(ns);
    return;
  }
  if (ev.end) {
    // A copy read and freed by its socket after the packet itself was dropped does not hide the drop.
    if (!(ev.end === 'consume' && w.end?.kind === 'drop')) w.end = { kind: ev.end, fn: ev.fn, ns, reason: ev.drop };
    if (ev.end === 'consume' || (last && last.fn === ev.fn && hop!.ns === ns)) {
      if (ev.end === 'drop' && last) hop!.steps[hop!.steps.length - 1] = { ...last, drop: true };
      return;
    }
  } else {
    w.end = null;
    if (last && last.fn === ev.fn && last.dev === ev.dev && hop!.ns === ns) return;
  }
  if (w.steps >= MAX_STEPS) {
    w.extra++;
    return;
  }
  w.steps++;
  const step: Step = { dev: ev.dev, fn: ev.fn, ttl: stepTtl(ev), drop: ev.end === 'drop' };
  if (hop && hop.ns === ns) hop.steps.push(step);
  else w.hops.push({ ns, steps: [step] });
}
