/**
 * One TCP transfer between the namespaces of the veth-pair lab, for the
 * recovery tests: b listens on port 5001 and reads to the end, a sends
 * `data`, waits `lingerNs` (the FIN comes later, as nc -N's after its
 * input ends, so the data's tail is the tail of the flight), shuts down.
 */
import assert from 'node:assert/strict';
import { accept, bind, close, connectWait, listen, recvmsg, send, shutdown, socket, type Socket } from '../socket.js';
import { AF_INET, SOCK_STREAM } from '../../uapi/linux/socket.js';
import type { Lab } from '../../lab/lab.js';
import type { Net } from '../core/net_namespace.js';
import type { TcpSock } from './tcp.js';

/** A pause of `ns` on the virtual clock. */
export function sleep(lab: Lab, ns: number): Promise<void> {
  return new Promise((resolve) => lab.sched.schedule(ns, resolve));
}

/** Every byte `s` delivers until the peer's FIN. */
async function readAll(s: Socket): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let n = 0;
  for (;;) {
    const m = await recvmsg(s, 65536);
    if (typeof m === 'string') throw new Error(`recv: ${m}`);
    if (m.data.length === 0) break;
    parts.push(m.data.slice());
    n += m.data.length;
  }
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** How a sends: in writes of at most `chunk` bytes (0: one write), then `lingerNs` before its FIN. */
export interface TransferOpts {
  readonly lingerNs?: number;
  readonly chunk?: number;
}

/** b's listener on port 5001 (backlog 1). */
export function listen5001(b: Net): Socket {
  const srv = socket(b, AF_INET, SOCK_STREAM, 0) as Socket;
  assert.equal(bind(srv, { family: AF_INET, addr: 0, port: 5001 }), 0);
  assert.equal(listen(srv, 1), 0);
  return srv;
}

/** a's stream socket, connect()ed to b's 10.0.0.2:5001. */
export async function connect5001(a: Net): Promise<Socket> {
  const cli = socket(a, AF_INET, SOCK_STREAM, 0) as Socket;
  assert.equal(await connectWait(cli, { family: AF_INET, addr: 0x0a000002, port: 5001 }), 0);
  return cli;
}

/** The bytes b received, and a's socket (closed, its state kept for the test to read). */
export async function tcpTransfer(lab: Lab, a: Net, b: Net, data: Uint8Array, o: TransferOpts = {}): Promise<{ got: Uint8Array; sk: TcpSock }> {
  const srv = listen5001(b);
  const received = (async () => {
    const c = await accept(srv);
    if (typeof c === 'string') throw new Error(`accept: ${c}`);
    const got = await readAll(c);
    close(c);
    return got;
  })();
  const cli = await connect5001(a);
  const chunk = o.chunk || data.length;
  for (let off = 0; off < data.length; off += chunk) {
    const part = data.subarray(off, Math.min(off + chunk, data.length));
    assert.equal(await send(cli, part), part.length);
  }
  if (o.lingerNs) await sleep(lab, o.lingerNs);
  const sk = cli.sk as TcpSock;
  assert.equal(shutdown(cli, 1), 0);
  const got = await received;
  close(cli);
  close(srv);
  return { got, sk };
}
