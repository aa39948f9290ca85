/**
 * The lab behind the browser page: one shell session in a fresh lab (as
 * `tuxnet shell` has it), every packet walk kept as the JSON of
 * `tuxnet run --trace --trace-format=json` (docs/trace-schema.json), the
 * bytes of each packet for its detail pane, a pcapng of everything, and the
 * topology watched through rtnetlink. No DOM here: the page draws, this runs.
 */
import { createLabSession } from '../lab/boot.js';
import type { LabSession } from '../cli/env.js';
import type { Lab } from '../lab/lab.js';
import type { TraceEvent } from '../net/core/trace.js';
import { topLevelCommands } from '../lab/script.js';
import { complete } from '../lab/shell/complete.js';
import { TopologyWatch } from './topology.js';
import { ARPHRD_ETHER, ARPHRD_LOOPBACK } from '../uapi/linux/if_arp.js';

export interface StepJson {
  readonly dev: string;
  readonly fn: string;
  readonly ttl?: number;
  readonly drop?: boolean;
}

export interface WalkJson {
  readonly id: string;
  readonly packet: number;
  readonly parent: number | null;
  readonly time_ns: number;
  readonly netns: string;
  readonly summary: string;
  readonly command: string;
  readonly continued: boolean;
  readonly hops: { readonly netns: string; readonly steps: StepJson[] }[];
  readonly more_steps: number;
  readonly end: { readonly kind: string; readonly fn?: string; readonly netns?: string | string[]; readonly reason?: string };
  readonly children: WalkJson[];
}

/** A packet's bytes: from its Ethernet header when it had one, else from its network header. */
export interface Frame {
  readonly bytes: Uint8Array;
  readonly eth: boolean;
  readonly arp: boolean;
}

/** Frames kept (the oldest go first): the trace keeps at most 10000 walks too. */
const MAX_FRAMES = 20000;
const ETH_P_ARP = 0x0806;

export class WebLab {
  readonly session: LabSession;
  readonly lab: Lab;
  readonly topology: TopologyWatch;
  /** Every walk so far, in the order the trace gave them. */
  readonly walks: WalkJson[] = [];
  private readonly frames = new Map<number, Frame>();
  private traced = '';
  /** The topology may have changed (coalesced: once until the next read). */
  onTopology: () => void = () => {};

  constructor(readonly seed = 1) {
    // the playground's xterm is a terminal to the lab's tools
    this.session = createLabSession({ seed, tty: true, trace: true, traceFormat: 'json', pcap: true, traceOut: (s) => void (this.traced += s) });
    this.lab = this.session.lab!;
    const sink = this.lab.tracer.sink!;
    this.lab.tracer.sink = (ev) => {
      this.keepFrame(ev);
      sink(ev);
    };
    this.topology = new TopologyWatch(this.lab, () => this.onTopology());
  }

  /** The first copy of a packet with its link-layer header (what went on the wire), else its first copy at all. */
  private keepFrame(ev: TraceEvent): void {
    const have = this.frames.get(ev.id);
    if (have?.eth) return;
    const skb = ev.skb;
    const mac = skb.macHeader;
    if (mac >= 0 && mac + 14 <= skb.tail && (skb.dev?.type === ARPHRD_ETHER || skb.dev?.type === ARPHRD_LOOPBACK)) {
      this.frames.delete(ev.id);
      this.frames.set(ev.id, { bytes: skb.buf.slice(mac, skb.tail), eth: true, arp: false });
    } else if (!have) {
      const nh = skb.networkHeader >= 0 && skb.networkHeader < skb.tail ? skb.networkHeader : skb.data;
      this.frames.set(ev.id, { bytes: skb.buf.slice(nh, skb.tail), eth: false, arp: skb.protocol === ETH_P_ARP });
    }
    if (this.frames.size > MAX_FRAMES) this.frames.delete(this.frames.keys().next().value as number);
  }

  /** One command line as typed at the prompt; resolves with its status and the walks it made. */
  async run(line: string, out: (s: string) => void): Promise<{ status: number; walks: WalkJson[] }> {
    this.session.resetBudget?.();
    const status = await this.session.execStream(line, out);
    const walks = this.takeWalks();
    this.topology.sync();
    return { status, walks };
  }

  /** A whole script, one top-level command after the other (as `tuxnet run --trace` runs it). */
  async runScript(script: string, out: (s: string) => void, echo?: (cmd: string) => void): Promise<number> {
    let status = 0;
    for (const cmd of topLevelCommands(script)) {
      echo?.(cmd);
      status = (await this.run(cmd, out)).status;
      if (this.session.ended) break;
    }
    return status;
  }

  private takeWalks(): WalkJson[] {
    const text = this.traced;
    this.traced = '';
    const walks = text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as WalkJson);
    this.walks.push(...walks);
    return walks;
  }

  /** Tab completion at the prompt: readline's completer over this lab (src/lab/shell/complete.ts). */
  complete(line: string): [string[], string] {
    const st = this.session.completion?.();
    return st ? complete(line, st) : [[], line];
  }

  /** The bytes of packet `id` (a walk's `packet`), if still kept. */
  frame(id: number): Frame | null {
    return this.frames.get(id) ?? null;
  }

  /** Everything every device saw, as a pcapng file. */
  pcap(): Uint8Array {
    return this.session.pcap?.() ?? new Uint8Array(0);
  }

  get ended(): boolean {
    return this.session.ended === true;
  }
}
