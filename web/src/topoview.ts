/**
 * The topology drawn with cytoscape: hosts (namespaces) and bridges as
 * nodes, veth/macvlan/bridge-port links as edges, addresses and routes on
 * hover; the same lists as HTML beside it, for the keyboard and screen
 * readers. A packet crossing a link is a dot moving along the edge.
 */
import cytoscape from 'cytoscape';
import type { Topology, TopoNode } from '../../src/web/topology.js';

const STYLE = [
  { selector: 'node', style: { label: 'data(label)', 'text-valign': 'bottom', 'text-margin-y': 4, color: '#d8dee9', 'font-size': 12, 'background-color': '#4c8bf5', width: 34, height: 34, shape: 'round-rectangle' } },
  { selector: 'node.bridge', style: { 'background-color': '#e0a030', shape: 'diamond' } },
  { selector: 'node.current', style: { 'border-width': 4, 'border-color': '#ffd166' } },
  { selector: 'node.packet', style: { label: '', width: 12, height: 12, shape: 'ellipse', 'background-color': '#ffd166', 'z-index': 10 } },
  { selector: 'node.packet.drop', style: { 'background-color': '#ef476f' } },
  { selector: 'edge', style: { label: 'data(label)', 'font-size': 10, color: '#aab', 'line-color': '#6b7a90', width: 2, 'curve-style': 'bezier', 'text-rotation': 'autorotate', 'text-background-color': '#0f1419', 'text-background-opacity': 1 } },
  { selector: 'edge.macvlan', style: { 'line-style': 'dashed' } },
  { selector: 'edge.port', style: { 'line-color': '#a07828' } },
  { selector: 'edge.current', style: { 'line-color': '#ffd166', width: 4 } },
] as unknown as cytoscape.StylesheetJson;

/** mulberry32: a small seeded PRNG in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class TopoView {
  readonly cy: cytoscape.Core;
  private topo: Topology = { nodes: [], edges: [] };
  private readonly tip: HTMLElement;
  /** The seed of the layout's random start (the lab's seed; Relayout moves to the next). */
  private layoutSeed: number;

  constructor(
    el: HTMLElement,
    private readonly hostList: HTMLElement,
    private readonly linkList: HTMLElement,
    private readonly showNode: (n: TopoNode) => void,
    private readonly seed = 1,
  ) {
    this.layoutSeed = seed;
    this.cy = cytoscape({ container: el, style: STYLE, minZoom: 0.1, maxZoom: 2.5, wheelSensitivity: 0.3 });
    this.tip = document.createElement('div');
    this.tip.className = 'tip';
    this.tip.hidden = true;
    el.appendChild(this.tip);
    // The pane changes size with the page (and the lists under the graph): keep the graph in view.
    new ResizeObserver(() => {
      this.cy.resize();
      this.cy.fit(this.cy.elements().not('.packet'), 30);
    }).observe(el);
    this.cy.on('mouseover', 'node', (e) => this.hover(e.target as cytoscape.NodeSingular, e.renderedPosition));
    this.cy.on('mouseout', 'node', () => void (this.tip.hidden = true));
    this.cy.on('tap', 'node', (e) => {
      const n = this.topo.nodes.find((x) => x.id === (e.target as cytoscape.NodeSingular).id());
      if (n) this.showNode(n);
    });
  }

  /** Redraw from the lab's topology: elements added and removed, positions of the others kept. */
  update(topo: Topology): void {
    this.topo = topo;
    const cy = this.cy;
    const want = new Set([...topo.nodes.map((n) => n.id), ...topo.edges.map((e) => e.id), 'pkt']);
    cy.elements().filter((e) => !want.has(e.id())).remove();
    let added = false;
    cy.batch(() => {
      for (const n of topo.nodes) {
        if (cy.getElementById(n.id).nonempty()) continue;
        cy.add({ group: 'nodes', data: { id: n.id, label: n.label }, classes: n.kind });
        added = true;
      }
      for (const e of topo.edges) {
        if (cy.getElementById(e.id).nonempty()) continue;
        cy.add({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, label: e.label }, classes: e.kind });
        added = true;
      }
    });
    if (added) this.layout();
    this.renderLists();
  }

  /**
   * Place the nodes. cose starts from random positions and takes its
   * random numbers from Math.random, which has no seed: for the run of the
   * (synchronous, animate: false) layout Math.random is a PRNG seeded with
   * the lab's seed, so the same lab always draws the same picture.
   * `reshuffle` (the Relayout button) moves to the next seed.
   */
  layout(reshuffle = false): void {
    if (reshuffle) this.layoutSeed++;
    const n = this.cy.nodes().not('.packet').length;
    const opts = n <= 2 ? { name: 'grid', rows: 1 } : { name: 'cose', animate: false, randomize: true, nodeRepulsion: () => 12000, idealEdgeLength: () => 50, numIter: 1500 };
    const els = this.cy.elements().not('.packet');
    const random = Math.random;
    Math.random = mulberry32(this.layoutSeed);
    try {
      els.layout({ ...opts, fit: false } as cytoscape.LayoutOptions).run();
    } finally {
      Math.random = random;
    }
    this.cy.fit(els, 30);
  }

  /** A fresh lab: back to the lab's seed. */
  reseed(): void {
    this.layoutSeed = this.seed;
  }

  /** Each node's position (model coordinates, rounded). */
  positions(): Record<string, { x: number; y: number }> {
    const out: Record<string, { x: number; y: number }> = {};
    this.cy.nodes().not('.packet').forEach((n) => {
      const p = n.position();
      out[n.id()] = { x: Math.round(p.x), y: Math.round(p.y) };
    });
    return out;
  }

  private renderLists(): void {
    this.hostList.replaceChildren(...this.topo.nodes.map((n) => {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = n.kind === 'bridge' ? `bridge ${n.label}` : n.label;
      b.title = describe(n);
      b.dataset.node = n.id;
      b.addEventListener('click', () => this.showNode(n));
      li.appendChild(b);
      return li;
    }));
    this.linkList.replaceChildren(...this.topo.edges.map((e) => {
      const li = document.createElement('li');
      li.textContent = `${e.kind} ${e.label} (${e.source.slice(3)} — ${e.target.slice(3)})`;
      return li;
    }));
  }

  private hover(node: cytoscape.NodeSingular, at: cytoscape.Position): void {
    const n = this.topo.nodes.find((x) => x.id === node.id());
    if (!n) return;
    this.tip.textContent = describe(n);
    this.tip.style.left = `${Math.round(at.x + 12)}px`;
    this.tip.style.top = `${Math.round(at.y + 12)}px`;
    this.tip.hidden = false;
  }

  /** The node a step is at: the bridge when the device is a bridge or one of its ports, else the namespace. */
  private nodeOf(at: { ns: string; dev: string }): cytoscape.CollectionReturnValue {
    const br = this.topo.nodes.find((n) => n.kind === 'bridge' && n.ns === at.ns && n.ifs.some((i) => i.name === at.dev));
    return this.cy.getElementById(br ? br.id : `ns:${at.ns}`);
  }

  /** Mark the node a step runs at; with `from`, move a packet dot along the link from there. */
  highlight(at: { ns: string; dev: string }, from: { ns: string; dev: string } | null, drop: boolean, ms: number): void {
    const cy = this.cy;
    cy.elements('.current').removeClass('current');
    const to = this.nodeOf(at);
    to.addClass('current');
    const src = from ? this.nodeOf(from) : cy.collection();
    let pkt = cy.getElementById('pkt');
    if (src.empty() || to.empty() || src.same(to)) {
      if (!drop) pkt.remove();
      else if (to.nonempty()) pkt.addClass('drop');
      return;
    }
    src.edgesWith(to).addClass('current');
    if (pkt.empty()) pkt = cy.add({ group: 'nodes', data: { id: 'pkt' }, classes: 'packet', position: { ...src.position() } });
    pkt.toggleClass('drop', drop);
    pkt.stop();
    pkt.position({ ...src.position() });
    if (ms > 0) pkt.animate({ position: { ...to.position() } }, { duration: ms });
    else pkt.position({ ...to.position() });
  }
}

/** A node's interfaces, addresses and routes, as the tooltip and the host list show them. */
export function describe(n: TopoNode): string {
  const ifs = n.ifs.map((i) => `${i.name} (${i.kind}${i.up ? ', UP' : ''})${i.mac ? ' ' + i.mac : ''}${i.addrs.length ? '\n    ' + i.addrs.join(' ') : ''}`);
  const routes = n.routes.length ? ['routes:', ...n.routes.map((r) => '  ' + r)] : [];
  return [n.kind === 'bridge' ? `bridge ${n.label}` : `netns ${n.label}`, ...ifs.map((i) => '  ' + i), ...routes].join('\n');
}
