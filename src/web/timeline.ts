/**
 * The packet timeline: every walk (children after their parent), ordered
 * by the virtual time each was first seen, cut into events, one per step
 * of a walk. Stepping the timeline is stepping these events; an event whose
 * step is the first in a new namespace is a packet crossing a link.
 */
import type { StepJson, WalkJson } from './weblab.js';

export interface TimelineEvent {
  readonly walk: WalkJson;
  /** Index of the walk in `Timeline.walks`. */
  readonly walkIndex: number;
  readonly hop: number;
  readonly step: StepJson;
  readonly ns: string;
  /** The namespace the packet came from, on the first step of a later hop. */
  readonly from: string | null;
  /** With `from`: the device of the last step there. */
  readonly fromDev: string | null;
}

export interface Timeline {
  readonly walks: WalkJson[];
  readonly events: TimelineEvent[];
  /** The first event of each walk. */
  readonly firstEvent: number[];
}

/** Every walk of `walks` and of their children, parents first, then stable by time. */
export function flattenWalks(walks: readonly WalkJson[]): WalkJson[] {
  const out: WalkJson[] = [];
  const visit = (w: WalkJson): void => {
    out.push(w);
    for (const c of w.children) visit(c);
  };
  for (const w of walks) visit(w);
  return out.map((w, i) => ({ w, i })).sort((a, b) => a.w.time_ns - b.w.time_ns || a.i - b.i).map((x) => x.w);
}

export function buildTimeline(walks: readonly WalkJson[]): Timeline {
  const flat = flattenWalks(walks);
  const events: TimelineEvent[] = [];
  const firstEvent: number[] = [];
  flat.forEach((walk, walkIndex) => {
    firstEvent.push(events.length);
    walk.hops.forEach((hop, h) => {
      hop.steps.forEach((step, s) => {
        const prev = h > 0 && s === 0 ? walk.hops[h - 1]! : null;
        const fromDev = prev ? prev.steps[prev.steps.length - 1]?.dev ?? '' : null;
        events.push({ walk, walkIndex, hop: h, step, ns: hop.netns, from: prev?.netns ?? null, fromDev });
      });
    });
  });
  return { walks: flat, events, firstEvent };
}

/** How a walk ended, in words: the drop reason for a drop. */
export function endText(w: WalkJson): string {
  const e = w.end;
  const where = Array.isArray(e.netns) ? e.netns.join(', ') : e.netns ?? '';
  if (e.kind === 'drop') return `dropped in ${where} by ${e.fn ?? '?'}: ${e.reason ?? ''}`;
  if (e.kind === 'deliver') return `delivered to a socket in ${where}`;
  if (e.kind === 'consume') return `consumed in ${where} by ${e.fn ?? '?'}`;
  return 'still queued';
}
