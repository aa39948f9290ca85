/**
 * One turn of the host's event loop, portable: Node's setImmediate where
 * there is one (the check phase, right after I/O), else a MessageChannel
 * message (a browser task without setTimeout's 4 ms clamp). Either runs
 * `cb` only after the microtask queue is empty, which is all the scheduler
 * needs to let every ready async task progress.
 */
type Immediate = (cb: () => void) => unknown;

/** The part of the DOM's MessageChannel used here. */
interface Channel {
  port1: { onmessage: (() => void) | null };
  port2: { postMessage(m: null): void };
}

const host = globalThis as unknown as { setImmediate?: Immediate; MessageChannel?: new () => Channel };
const immediate = host.setImmediate;

let channel: Channel | null = null;
const queue: (() => void)[] = [];

function viaChannel(cb: () => void): void {
  if (!channel) {
    channel = new host.MessageChannel!();
    // Each message runs the callbacks queued before it was posted, in order.
    channel.port1.onmessage = () => {
      const cbs = queue.splice(0, queue.length);
      for (const f of cbs) f();
    };
  }
  queue.push(cb);
  if (queue.length === 1) channel.port2.postMessage(null);
}

/** Run `cb` in a later macrotask. */
export function macrotask(cb: () => void): void {
  if (immediate) immediate(cb);
  else viaChannel(cb);
}
