/**
 * The packet timeline: the walks of the run as a list, played step by step
 * (play, pause, step one event back or forth, jump to a packet), each step
 * shown on the topology; a packet opened shows its decoded headers, its
 * walk through the kernel's functions and how it ended.
 */
import { buildTimeline, endText, type Timeline } from '../../src/web/timeline.js';
import type { WalkJson, Frame } from '../../src/web/weblab.js';
import { dissect, type Field } from '../../src/web/dissect.js';

export interface TimelineHost {
  frame(packet: number): Frame | null;
  /** Show step `i` on the topology (`ms`: animation time; 0 jumps). */
  show(at: { ns: string; dev: string }, from: { ns: string; dev: string } | null, drop: boolean, ms: number): void;
}

const PLAY_HOP_MS = 450;
const PLAY_STEP_MS = 90;

export class TimelineView {
  private tl: Timeline = { walks: [], events: [], firstEvent: [] };
  /** The event shown: -1 before the first. */
  private pos = -1;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly els: { list: HTMLElement; status: HTMLElement; play: HTMLButtonElement; jump: HTMLSelectElement; detail: HTMLElement },
    private readonly host: TimelineHost,
  ) {
    els.jump.addEventListener('change', () => {
      const i = Number(els.jump.value);
      if (Number.isInteger(i) && i >= 0) this.openWalk(i, true);
    });
  }

  get walks(): readonly WalkJson[] {
    return this.tl.walks;
  }

  /** All the walks of the run so far; the position stays on the event it was on. */
  setWalks(walks: readonly WalkJson[]): void {
    this.tl = buildTimeline(walks);
    if (this.pos >= this.tl.events.length) this.pos = this.tl.events.length - 1;
    this.renderList();
    this.renderStatus();
  }

  private renderList(): void {
    const { list, jump } = this.els;
    const rows = this.tl.walks.map((w, i) => {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.dataset.walk = String(i);
      b.className = `walk end-${w.end.kind}`;
      b.textContent = `#${w.id}  ${(w.time_ns / 1e9).toFixed(6)}s  ${w.netns}  ${w.summary}${w.end.kind === 'drop' ? '  ✗ drop' : ''}`;
      b.addEventListener('click', () => this.openWalk(i, true));
      li.appendChild(b);
      return li;
    });
    list.replaceChildren(...rows);
    const opts = this.tl.walks.map((w, i) => new Option(`#${w.id} ${w.summary}`, String(i)));
    jump.replaceChildren(new Option('jump to packet…', ''), ...opts);
  }

  private renderStatus(): void {
    const n = this.tl.events.length;
    const ev = this.tl.events[this.pos];
    this.els.status.textContent = ev
      ? `event ${this.pos + 1}/${n} · packet #${ev.walk.id} · ${ev.ns}: ${ev.step.fn}${ev.step.dev ? ` (${ev.step.dev})` : ''}${ev.step.drop ? ' ✗' : ''}`
      : `${this.tl.walks.length} packets, ${n} events`;
    for (const b of this.els.list.querySelectorAll<HTMLElement>('button.walk')) {
      b.classList.toggle('current', ev !== undefined && Number(b.dataset.walk) === ev.walkIndex);
    }
  }

  /** Step to event `i` (clamped), drawing it. */
  go(i: number, ms = 0): void {
    const n = this.tl.events.length;
    if (n === 0) return;
    this.pos = Math.max(0, Math.min(n - 1, i));
    const ev = this.tl.events[this.pos]!;
    this.host.show({ ns: ev.ns, dev: ev.step.dev }, ev.from !== null ? { ns: ev.from, dev: ev.fromDev ?? '' } : null, ev.step.drop === true, ms);
    this.renderStatus();
    this.renderDetail(ev.walkIndex, { hop: ev.hop, step: ev.walk.hops[ev.hop]!.steps.indexOf(ev.step) });
  }

  step(d: number): void {
    this.pause();
    this.go(this.pos + d, d > 0 ? PLAY_HOP_MS : 0);
  }

  first(): void {
    this.pause();
    this.go(0);
  }

  last(): void {
    this.pause();
    this.go(this.tl.events.length - 1);
  }

  toggle(): void {
    if (this.timer) this.pause();
    else this.play();
  }

  play(): void {
    if (this.tl.events.length === 0) return;
    if (this.pos >= this.tl.events.length - 1) this.pos = -1;
    this.els.play.textContent = '❚❚ Pause';
    this.els.play.setAttribute('aria-pressed', 'true');
    const tick = (): void => {
      if (this.pos >= this.tl.events.length - 1) return this.pause();
      const next = this.tl.events[this.pos + 1]!;
      const ms = next.from ? PLAY_HOP_MS : PLAY_STEP_MS;
      this.go(this.pos + 1, ms);
      this.timer = setTimeout(tick, ms);
    };
    tick();
  }

  pause(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.els.play.textContent = '▶ Play';
    this.els.play.setAttribute('aria-pressed', 'false');
  }

  /** Open walk `i`: its detail, and (with `seek`) the timeline on its first event. */
  openWalk(i: number, seek: boolean): void {
    if (!this.tl.walks[i]) return;
    this.pause();
    if (seek) this.go(this.tl.firstEvent[i] ?? 0);
    else this.renderDetail(i, null);
    this.els.detail.focus();
  }

  private renderDetail(i: number, at: { hop: number; step: number } | null): void {
    const w = this.tl.walks[i];
    if (!w) return;
    const d = this.els.detail;
    const h = (tag: string, text: string, cls = ''): HTMLElement => {
      const e = document.createElement(tag);
      e.textContent = text;
      if (cls) e.className = cls;
      return e;
    };
    const frame = this.host.frame(w.packet);
    const headers = h('div', '', 'headers');
    headers.append(h('h3', 'Headers'));
    if (frame) headers.append(...dissect(frame.bytes, frame.eth, frame.arp).map(fieldEl));
    else headers.append(h('p', '(bytes no longer kept)'));
    const walk = h('div', '', 'walkpath');
    walk.append(h('h3', `Walk (${w.hops.reduce((n, x) => n + x.steps.length, 0)} steps${w.more_steps ? `, ${w.more_steps} more not kept` : ''})`));
    for (const [hi, hop] of w.hops.entries()) {
      walk.append(h('h4', `netns ${hop.netns}`));
      const ol = document.createElement('ol');
      for (const [si, s] of hop.steps.entries()) {
        const li = h('li', `${s.fn}${s.dev ? `  ${s.dev}` : ''}${s.ttl !== undefined ? `  ttl ${s.ttl}` : ''}${s.drop ? '  ✗ drop' : ''}`, s.drop ? 'drop' : '');
        if (at && at.hop === hi && at.step === si) li.classList.add('current');
        ol.append(li);
      }
      walk.append(ol);
    }
    const end = h('p', endText(w), `end end-${w.end.kind}`);
    d.replaceChildren(h('h2', `Packet #${w.id}: ${w.summary}`), h('p', `made by: ${w.command} · at ${(w.time_ns / 1e9).toFixed(6)}s in ${w.netns}`), end, headers, walk);
  }
}

function fieldEl(f: Field): HTMLElement {
  if (!f.children?.length) {
    const p = document.createElement('div');
    p.className = 'field';
    p.textContent = f.text;
    return p;
  }
  const det = document.createElement('details');
  det.open = true;
  const sum = document.createElement('summary');
  sum.textContent = f.text;
  det.append(sum, ...f.children.map(fieldEl));
  return det;
}
