/**
 * tuxnet as a library for Node programs: a lab (namespaces built with the
 * same shell commands as a script), and in each namespace `net` and
 * `dgram` objects shaped like Node's, whose sockets live on the emulated
 * network. Virtual time moves while the program waits (see lab_driver.ts
 * and docs/node-api.md).
 *
 *   import { createLab } from 'tuxnet/dist/api/index.js';
 *   const lab = createLab();
 *   await lab.sh('ip netns add h1; ...');
 *   const srv = lab.netns('h1').net.createServer((s) => s.pipe(s)).listen(7);
 */
import { createLab as bootLab } from '../lab/boot.js';
import { Session } from '../lab/session.js';
import type { Lab } from '../lab/lab.js';
import type { Net } from '../net/core/net_namespace.js';
import { LabDriver } from './lab_driver.js';
import { labNet, type LabNet } from './node_net.js';
import { labDgram, type LabDgram } from './node_dgram.js';

export { Socket, Server } from './node_net.js';
export type { AddressInfo, ConnectOptions, ListenOptions, SocketOptions, LabNet } from './node_net.js';
export { DgramSocket } from './node_dgram.js';
export type { LabDgram, RemoteInfo } from './node_dgram.js';
export type { NodeSystemError } from './node_errors.js';

/** One namespace seen from Node. */
export interface LabNetns {
  readonly name: string;
  readonly net: LabNet;
  readonly dgram: LabDgram;
}

export interface ShResult {
  status: number;
  output: string;
}

export interface TuxLab {
  /** The emulator's lab (namespaces, scheduler). */
  readonly lab: Lab;
  /** Run bash in the lab's shell session (its variables persist across calls): stdout and stderr merged. */
  sh(script: string): Promise<ShResult>;
  /** A namespace made with `ip netns add NAME`, or the shell's own with no name. */
  netns(name?: string): LabNetns;
  /** Sleep in virtual time (the lab runs meanwhile). */
  sleep(ms: number): Promise<void>;
  /** Virtual time since the lab started, in ms. */
  now(): number;
}

export interface CreateLabOptions {
  /** The seed of the lab's random numbers (default 1). */
  seed?: number;
}

export function createLab(opts: CreateLabOptions = {}): TuxLab {
  const { lab, fs } = bootLab(opts.seed ?? 1);
  const session = new Session(lab, fs);
  const driver = new LabDriver(lab.sched);
  const cache = new Map<Net, LabNetns>();
  const view = (name: string, net: Net): LabNetns => {
    let v = cache.get(net);
    if (!v) {
      const ctx = { net, driver };
      v = { name, net: labNet(ctx), dgram: labDgram(ctx) };
      cache.set(net, v);
    }
    return v;
  };
  return {
    lab,
    sh: (script) => driver.standBack(() => session.execCollect(script)),
    netns(name) {
      if (name === undefined) return view('', lab.initNet);
      const net = lab.netns.get(name);
      if (!net) throw new Error(`Cannot open network namespace "${name}": No such file or directory`);
      return view(name, net);
    },
    sleep(ms) {
      driver.ref();
      return lab.sched.sleep(ms * 1e6).finally(() => driver.unref());
    },
    now: () => lab.sched.now / 1e6,
  };
}
