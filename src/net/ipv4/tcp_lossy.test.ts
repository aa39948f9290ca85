/**
 * Property: a TCP transfer of random bytes between two namespaces always
 * delivers exactly those bytes, in order, through a veth pair that drops,
 * duplicates and reorders frames (a seeded hook on each end's xmit).
 * Retransmission (RTO, fast retransmit, SACK), the out-of-order queue and
 * duplicate handling all get exercised; the FIN handshake ends it. Each
 * case runs with RACK-TLP (the default), with tcp_recovery=0 and
 * tcp_early_retrans=0 (dupthresh only), and without SACK (NewReno).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';
import { drive } from '../../sim/drive.testutil.js';
import { Rng } from '../../sim/rng.js';
import { vethSetXmitHook } from '../../drivers/net/veth.js';
import { accept, bind, close, connectWait, listen, recvmsg, send, shutdown, socket, type Socket } from '../socket.js';
import { AF_INET, SOCK_STREAM } from '../../uapi/linux/socket.js';
import type { Lab } from '../../lab/lab.js';
import type { Net } from '../core/net_namespace.js';
import type { SkBuff } from '../core/skbuff.js';
import { VETH_PAIR_SETUP } from '../../lab/veth_pair.js';

const SETUP = VETH_PAIR_SETUP;

/** The wire's misbehaviour: loss, duplication and reordering (a delay of up to 20 ms) with seeded odds. */
function lossyHook(lab: Lab, rng: Rng, loss: number, dup: number, reorder: number) {
  return (skb: SkBuff, deliver: (s: SkBuff) => void): void => {
    const r = rng.u32() / 0x1_0000_0000;
    if (r < loss) return;
    if (r < loss + dup) {
      deliver(skb.copy());
      deliver(skb);
      return;
    }
    if (r < loss + dup + reorder) {
      lab.sched.schedule(1e6 + rng.below(20) * 1e6, () => deliver(skb));
      return;
    }
    deliver(skb);
  };
}

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

async function transfer(a: Net, b: Net, data: Uint8Array): Promise<Uint8Array> {
  const srv = socket(b, AF_INET, SOCK_STREAM, 0) as Socket;
  assert.equal(bind(srv, { family: AF_INET, addr: 0, port: 5001 }), 0);
  assert.equal(listen(srv, 1), 0);
  const received = (async () => {
    const c = await accept(srv);
    if (typeof c === 'string') throw new Error(`accept: ${c}`);
    const got = await readAll(c);
    close(c);
    return got;
  })();
  const cli = socket(a, AF_INET, SOCK_STREAM, 0) as Socket;
  assert.equal(await connectWait(cli, { family: AF_INET, addr: 0x0a000002, port: 5001 }), 0);
  for (let off = 0; off < data.length; off += 10000) {
    const r = await send(cli, data.subarray(off, Math.min(off + 10000, data.length)));
    assert.equal(typeof r, 'number');
  }
  assert.equal(shutdown(cli, 1), 0);
  const got = await received;
  close(cli);
  close(srv);
  return got;
}

const CASES: ReadonlyArray<readonly [number, number, number, number]> = [
  [1, 0.05, 0.03, 0.05], [2, 0.05, 0.03, 0.05], [3, 0.05, 0.03, 0.05], [4, 0.05, 0.03, 0.05], [5, 0.05, 0.03, 0.05],
  [6, 0.2, 0.05, 0.1], [7, 0.3, 0.1, 0.2],
];

/** The sysctls of each variant, in both namespaces. */
const MODES: ReadonlyArray<readonly [string, string]> = [
  ['RACK-TLP', ''],
  ['no RACK, no TLP', 'net.ipv4.tcp_recovery=0 net.ipv4.tcp_early_retrans=0'],
  ['no SACK', 'net.ipv4.tcp_sack=0'],
];

for (const [mode, knobs] of MODES) {
  for (const [seed, loss, dup, reorder] of CASES) {
    test(`${mode}: a transfer through a link with ${loss * 100}% loss, ${dup * 100}% duplicates, ${reorder * 100}% reordering delivers the exact bytes (seed ${seed})`, async () => {
      const { lab, fs } = createLab(seed);
      const s = new Session(lab, fs);
      const set = knobs ? `ip netns exec a sysctl -qw ${knobs}; ip netns exec b sysctl -qw ${knobs}` : '';
      const r = await s.execCollect(SETUP + set);
      assert.equal(r.status, 0, r.output);
      const a = lab.netns.get('a')!;
      const b = lab.netns.get('b')!;
      const rng = new Rng(seed * 7919);
      vethSetXmitHook(a.devByName('a0')!, lossyHook(lab, rng, loss, dup, reorder));
      vethSetXmitHook(b.devByName('b0')!, lossyHook(lab, rng, loss, dup, reorder));
      const data = new Uint8Array(100_000 + seed * 7777);
      new Rng(seed).fill(data);
      const got = await drive(lab, transfer(a, b, data));
      assert.equal(got.length, data.length);
      assert.deepEqual(got, data);
    });
  }
}
