/**
 * The tuxnet playground: the lab shell in a terminal, the lab's topology,
 * and the packet timeline of what it ran. One lab per page; Reset, a
 * loaded example or a shared URL start a fresh one (same seed: same run).
 */
import '@xterm/xterm/css/xterm.css';
import { SCRIPTS } from 'tuxnet:scripts';
import { WebLab } from '../../src/web/weblab.js';
import type { TopoNode } from '../../src/web/topology.js';
import { WebTerminal, PROMPT } from './terminal.js';
import { TopoView, describe } from './topoview.js';
import { TimelineView } from './timelineview.js';
import { decodeShare, encodeShare } from './share.js';
import { topLevelCommands as topLevel } from '../../src/lab/script.js';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

class App {
  private lab: WebLab;
  /** The commands of this lab so far (what Share encodes). */
  private script: string[] = [];
  private commands = 0;
  private readonly term: WebTerminal;
  private readonly topo: TopoView;
  private readonly timeline: TimelineView;
  private topoPending = false;
  /** A script is loading: the topology and the packet list are drawn once, at its end. */
  private loading = false;

  constructor(private readonly seed: number) {
    this.lab = this.newLab();
    this.term = new WebTerminal($('terminal'), {
      run: (s) => this.run(s),
      interrupt: () => this.lab.session.interrupt?.() ?? false,
      complete: (line) => this.lab.complete(line),
    });
    this.topo = new TopoView($('topology'), $('hosts'), $('links'), (n) => this.showNode(n), seed);
    this.timeline = new TimelineView(
      { list: $('packets'), status: $('tl-status'), play: $<HTMLButtonElement>('tl-play'), jump: $<HTMLSelectElement>('tl-jump'), detail: $('detail') },
      { frame: (p) => this.lab.frame(p), show: (ns, from, drop, ms) => this.topo.highlight(ns, from, drop, ms) },
    );
    this.bind();
    this.refreshTopology();
  }

  private newLab(): WebLab {
    const lab = new WebLab(this.seed);
    lab.onTopology = () => this.scheduleTopology();
    return lab;
  }

  /** Notifications come in bursts (a command adds a device, its addresses, its routes): one redraw per frame. */
  private scheduleTopology(): void {
    if (this.topoPending || this.loading) return;
    this.topoPending = true;
    requestAnimationFrame(() => this.refreshTopology());
  }

  private refreshTopology(): void {
    this.topoPending = false;
    this.topo.update(this.lab.topology.read());
  }

  private setBusy(b: boolean): void {
    document.body.dataset.busy = b ? '1' : '0';
    this.term.setBusy(b);
  }

  /** One command line from the terminal (or a loaded script). */
  private async run(script: string): Promise<void> {
    this.setBusy(true);
    try {
      this.script.push(script);
      await this.lab.run(script, (s) => this.term.write(s));
      if (this.lab.ended) this.term.write('(the shell exited: Reset starts a new lab)\n');
    } catch (e) {
      this.term.write(`tuxnet: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    } finally {
      this.commands++;
      document.body.dataset.commands = String(this.commands);
      if (!this.loading) {
        this.timeline.setWalks(this.lab.walks);
        this.refreshTopology();
      }
      this.setBusy(false);
    }
  }

  /** A fresh lab running `script` command by command, each shown as typed. */
  async load(script: string): Promise<void> {
    this.reset();
    this.term.write('\n');
    this.setBusy(true);
    this.loading = true;
    try {
      for (const cmd of topLevel(script)) {
        this.term.write(PROMPT);
        this.term.echoCommand(cmd);
        await this.run(cmd);
        this.setBusy(true);
        if (this.lab.ended) break;
      }
    } finally {
      this.loading = false;
    }
    this.timeline.setWalks(this.lab.walks);
    this.refreshTopology();
    this.setBusy(false);
    this.term.prompt();
  }

  reset(): void {
    this.timeline.pause();
    this.lab.topology.close();
    this.lab = this.newLab();
    this.topo.reseed();
    this.script = [];
    this.term.clear();
    this.term.write('tuxnet: a fresh lab (seed ' + this.seed + ')\n');
    this.timeline.setWalks([]);
    $('detail').replaceChildren();
    this.refreshTopology();
  }

  private showNode(n: TopoNode): void {
    const pre = document.createElement('pre');
    pre.textContent = describe(n);
    const h = document.createElement('h2');
    h.textContent = n.kind === 'bridge' ? `Bridge ${n.label}` : `Host ${n.label}`;
    $('detail').replaceChildren(h, pre);
  }

  private download(): void {
    const blob = new Blob([this.lab.pcap() as Uint8Array<ArrayBuffer>], { type: 'application/x-pcapng' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'tuxnet.pcapng';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }

  private share(): void {
    const url = `${location.origin}${location.pathname}#${encodeShare(this.script.join('\n') + '\n', this.seed)}`;
    const out = $<HTMLInputElement>('share-url');
    out.value = url;
    out.hidden = false;
    out.select();
    history.replaceState(null, '', url);
    void navigator.clipboard?.writeText(url).catch(() => {});
  }

  private bind(): void {
    const click = (id: string, f: () => void): void => $(id).addEventListener('click', f);
    click('tl-first', () => this.timeline.first());
    click('tl-back', () => this.timeline.step(-1));
    click('tl-play', () => this.timeline.toggle());
    click('tl-next', () => this.timeline.step(1));
    click('tl-last', () => this.timeline.last());
    click('btn-pcap', () => this.download());
    click('btn-share', () => this.share());
    click('btn-reset', () => {
      this.reset();
      this.term.prompt();
      this.term.focus();
    });
    click('btn-relayout', () => this.topo.layout(true));
    const menu = $<HTMLSelectElement>('examples');
    for (const s of SCRIPTS) menu.append(new Option(s.name, s.name));
    menu.addEventListener('change', () => {
      const s = SCRIPTS.find((x) => x.name === menu.value);
      menu.value = '';
      if (s) void this.load(s.text).then(() => this.term.focus());
    });
    // Keys for the timeline when focus is not in the terminal: [ ] step, space play/pause, Home/End.
    document.addEventListener('keydown', (e) => {
      const t = e.target as HTMLElement;
      if (t.closest('#terminal') || t.tagName === 'INPUT' || t.tagName === 'SELECT') return;
      const keys: Record<string, () => void> = {
        '[': () => this.timeline.step(-1), ']': () => this.timeline.step(1), p: () => this.timeline.toggle(),
      };
      const f = keys[e.key];
      if (f) {
        e.preventDefault();
        f();
      }
    });
    // Alt+1/2/3: terminal, timeline, details.
    document.addEventListener('keydown', (e) => {
      if (!e.altKey) return;
      const target = { '1': () => this.term.focus(), '2': () => $('tl-play').focus(), '3': () => $('detail').focus() }[e.key];
      if (target) {
        e.preventDefault();
        target();
      }
    });
  }

  /** What the page starts with: a shared lab in the URL, else the script `tuxnet web SCRIPT` serves. */
  async start(): Promise<void> {
    const shared = decodeShare(location.hash.slice(1));
    if (shared) return this.load(shared.script);
    const r = await fetch('preload.sh').catch(() => null);
    if (r?.ok) return this.load(await r.text());
    this.reset();
    this.term.prompt();
    this.term.focus();
  }

  positions(): Record<string, { x: number; y: number }> {
    return this.topo.positions();
  }

  get walks(): readonly unknown[] {
    return this.lab.walks;
  }
}

const seed = Number(new URLSearchParams(location.hash.slice(1)).get('seed') ?? '1') || 1;
const app = new App(seed);
// For the tests and the curious: the walks of the run as the JSON of `tuxnet run --trace-format=json`.
// positions(): where the topology drew each node (the layout is seeded: the same lab, the same picture).
(window as unknown as { tuxnet: { walks(): readonly unknown[]; positions(): Record<string, { x: number; y: number }> } }).tuxnet = {
  walks: () => app.walks,
  positions: () => app.positions(),
};
void app.start().then(() => void (document.body.dataset.ready = '1'));
