/**
 * tcp_validate_incoming()'s sequence check (tcp_sequence(), 6.17+) on an
 * established connection: a's frames to b are copied and replayed, some
 * with their sequence number moved. Out of window, b answers with a
 * duplicate ACK — at most one per tcp_invalid_ratelimit for pure ACKs
 * (TCPACKSkippedSeq), every time for data — and counts BeyondWindow for
 * a segment past the window's right edge (starting there, or ending there
 * while the receive queue holds data), not for an old one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';
import { drive } from '../../sim/drive.testutil.js';
import { vethSetXmitHook } from '../../drivers/net/veth.js';
import { LinuxMib } from '../core/snmp.js';
import type { SkBuff } from '../core/skbuff.js';
import { VETH_PAIR_SETUP } from '../../lab/veth_pair.js';
import { accept, send, shutdown } from '../socket.js';
import { connect5001, listen5001, sleep } from './tcp_transfer.testutil.js';
import { TCP_CLOSE, TCP_CLOSE_WAIT, type TcpSock } from './tcp.js';
import { TCPHDR_ACK, TCPHDR_FIN, TCPHDR_RST, TCPHDR_SYN } from '../../wire/tcp.js';

/** Offset of the TCP header in a frame a0 sends (Ethernet, then an option-less IPv4 header). */
const TH = 14 + 20;

function tcpField(skb: SkBuff, off: number): number {
  return new DataView(skb.buf.buffer, skb.buf.byteOffset + skb.data + TH + off).getUint32(0);
}

/** An IPv4 TCP frame (not one of the IPv6 link's own). */
function isTcp(skb: SkBuff): boolean {
  const b = skb.buf;
  return b[skb.data + 12] === 0x08 && b[skb.data + 13] === 0x00 && b[skb.data + 14 + 9] === 6;
}

/** A copy of `skb` with sequence number `seq` (veth frames are CHECKSUM_PARTIAL: no checksum to fix). */
function withSeq(skb: SkBuff, seq: number): SkBuff {
  const c = skb.copy();
  new DataView(c.buf.buffer, c.buf.byteOffset + c.data + TH + 4).setUint32(0, seq >>> 0);
  return c;
}

/**
 * b holds 3000 unread bytes from a; timestamps off, so no PAWS check
 * comes first. Returns what is needed to replay a's frames to b and count
 * b's answers.
 */
async function setup() {
  const { lab, fs } = createLab(1);
  const s = new Session(lab, fs);
  const off = 'net.ipv4.tcp_timestamps=0';
  const r = await s.execCollect(VETH_PAIR_SETUP + `ip netns exec a sysctl -qw ${off}; ip netns exec b sysctl -qw ${off}`);
  assert.equal(r.status, 0, r.output);
  const a = lab.netns.get('a')!;
  const b = lab.netns.get('b')!;
  const frames: SkBuff[] = [];
  let toB: ((s: SkBuff) => void) | null = null;
  vethSetXmitHook(a.devByName('a0')!, (skb, deliver) => {
    frames.push(skb.copy());
    toB = deliver;
    deliver(skb);
  });
  let bSent = 0;
  vethSetXmitHook(b.devByName('b0')!, (skb, deliver) => {
    if (isTcp(skb)) bSent++;
    deliver(skb);
  });
  const srv = listen5001(b);
  const accepted = accept(srv);
  const cli = await drive(lab, connect5001(a));
  const child = await drive(lab, accepted);
  if (typeof child === 'string') throw new Error(child);
  assert.equal(await drive(lab, send(cli, new Uint8Array(3000))), 3000);
  await drive(lab, sleep(lab, 1e9));
  const sk = child.sk as TcpSock;
  assert.equal(sk.rcvQueued, 3000);
  const segs = frames.filter((f) => isTcp(f) && !(f.buf[f.data + TH + 13]! & TCPHDR_SYN));
  const pureAck = segs.find((f) => f.len === TH + 20)!;
  const data = segs.find((f) => f.len > TH + 20)!;
  const mib = (f: LinuxMib): number => b.mib.net[f]!;
  /** Replays `skb` to b `n` times, `gapNs` apart; returns how many frames b sent meanwhile. */
  const replay = async (skb: SkBuff, n: number, gapNs = 1e6): Promise<number> => {
    const before = bSent;
    for (let i = 0; i < n; i++) {
      toB!(skb.copy());
      await drive(lab, sleep(lab, gapNs));
    }
    return bSent - before;
  };
  return { sk, pureAck, data, mib, replay, lab, cli, frames };
}

test('an old pure ACK draws one duplicate ACK per tcp_invalid_ratelimit (TCPACKSkippedSeq), no BeyondWindow', async () => {
  const { sk, pureAck, mib, replay } = await setup();
  assert.ok(((tcpField(pureAck, 4) - sk.rcvWup) | 0) < 0, 'the handshake ACK is below rcv_wup');
  assert.equal(await replay(pureAck, 3), 1);
  assert.equal(mib(LinuxMib.TCPACKSKIPPEDSEQ), 2);
  assert.equal(mib(LinuxMib.BEYOND_WINDOW), 0);
  // 500 ms later the next one is answered again.
  assert.equal(await replay(pureAck, 1, 0), 0);
  assert.equal(await replay(pureAck, 1, 600e6), 0);
  assert.equal(mib(LinuxMib.TCPACKSKIPPEDSEQ), 4);
  assert.equal(await replay(pureAck, 1), 1);
  assert.equal(mib(LinuxMib.TCPACKSKIPPEDSEQ), 4);
});

test('an old data segment is answered every time (never rate limited), each counting DelayedACKLost', async () => {
  const { sk, data, mib, replay } = await setup();
  // The 3000 bytes again, 3000 bytes earlier: ending below rcv_wup.
  assert.equal(await replay(withSeq(data, sk.rcvWup - 6000), 3), 3);
  assert.equal(mib(LinuxMib.TCPACKSKIPPEDSEQ), 0);
  assert.equal(mib(LinuxMib.BEYOND_WINDOW), 0);
  assert.equal(mib(LinuxMib.DELAYEDACKLOST), 3);
});

test('data starting beyond the window counts BeyondWindow and is answered each time', async () => {
  const { sk, data, mib, replay } = await setup();
  const edge = sk.rcvWup + sk.rcvWnd;
  assert.equal(await replay(withSeq(data, edge + 1), 3), 3);
  assert.equal(mib(LinuxMib.BEYOND_WINDOW), 3);
  assert.equal(sk.rcvQueued, 3000);
});

test('data ending beyond the window is dropped while the receive queue holds data (INVALID_END_SEQUENCE)', async () => {
  const { sk, data, mib, replay } = await setup();
  const rcvNxt = sk.rcvNxt;
  const edge = sk.rcvWup + sk.rcvWnd;
  assert.equal(await replay(withSeq(data, edge - 10), 1), 1);
  assert.equal(mib(LinuxMib.BEYOND_WINDOW), 1);
  assert.equal(sk.rcvNxt, rcvNxt);
});

test('a pure ACK beyond the window counts BeyondWindow and shares the rate limit', async () => {
  const { sk, pureAck, mib, replay } = await setup();
  assert.equal(await replay(withSeq(pureAck, sk.rcvWup + sk.rcvWnd + 1), 2), 1);
  assert.equal(mib(LinuxMib.BEYOND_WINDOW), 2);
  assert.equal(mib(LinuxMib.TCPACKSKIPPEDSEQ), 1);
});

/** a's FIN, turned into an RST|ACK `back` below its sequence. */
async function finAsRst(back: number) {
  const t = await setup();
  assert.equal(shutdown(t.cli, 1), 0);
  await drive(t.lab, sleep(t.lab, 1e6));
  assert.equal(t.sk.skState, TCP_CLOSE_WAIT);
  const fin = t.frames.find((f) => isTcp(f) && f.buf[f.data + TH + 13]! & TCPHDR_FIN)!;
  const rst = withSeq(fin, tcpField(fin, 4) - back);
  rst.buf[rst.data + TH + 13] = TCPHDR_RST | TCPHDR_ACK;
  await t.replay(rst, 1);
  return t.sk;
}

test('after the FIN, an RST at its sequence (rcv_nxt - 1) resets the connection (tcp_reset_check)', async () => {
  const sk = await finAsRst(0);
  assert.equal(sk.skState, TCP_CLOSE);
  assert.equal(sk.skErr, 'EPIPE');
});

test('after the FIN, an RST one further back is only old: the connection stays', async () => {
  const sk = await finAsRst(1);
  assert.equal(sk.skState, TCP_CLOSE_WAIT);
});
