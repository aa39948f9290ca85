/**
 * tcpSegsToMss() (tcp_fragment() + tcp_set_skb_tso_segs() at a smaller
 * MSS): segments queued at the old MSS become segments of the new one with
 * the same bytes, contiguous sequence numbers, the lost marks counted anew
 * (lost_out grows with the segment count), the pcount on the head, a FIN
 * on the last only; views of the page where the bytes lie adjacent in it
 * (references counted), a copy where a segment spans two pages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from '../../lab/boot.js';
import { TCPHDR_ACK, TCPHDR_FIN, TCPHDR_PSH } from '../../wire/tcp.js';
import { TcpSeg, TcpSock, tcpSegMarkLost } from './tcp.js';
import { tcpSegsToMss } from './tcp_output.js';
import type { PageFrag } from '../core/page_frag.js';

function onPage(page: PageFrag, seq: number, off: number, len: number, flags = TCPHDR_ACK): TcpSeg {
  const seg = new TcpSeg(seq, seq + len, flags, page.buf, off, len);
  seg.page = page;
  page.refs++;
  return seg;
}

function bytesOf(q: readonly TcpSeg[]): number[] {
  return q.flatMap((s) => [...s.data]);
}

test('lost segments of 1448 bytes over two pages become lost segments of 1348, page views where adjacent, a copy across the pages', () => {
  const { lab } = createLab(1);
  const sk = new TcpSock(lab.initNet);
  const pool = lab.initNet.ipv4.tcpPages;
  const p1 = pool.get();
  const p2 = pool.get();
  for (let i = 0; i < p1.buf.length; i++) p1.buf[i] = i % 251;
  for (let i = 0; i < p2.buf.length; i++) p2.buf[i] = (i * 7) % 253;
  const q = [onPage(p1, 1000, 0, 1448), onPage(p1, 2448, 1448, 1448), onPage(p1, 3896, 2896, 1448), onPage(p2, 5344, 0, 1448, TCPHDR_ACK | TCPHDR_PSH)];
  q[0]!.pcount = 4;
  for (const s of q) tcpSegMarkLost(sk, s);
  const before = bytesOf(q);
  const n = tcpSegsToMss(sk, q, 0, 4, 1348);
  assert.equal(n, 5);
  assert.deepEqual(q.map((s) => s.len), [1348, 1348, 1348, 1348, 400]);
  assert.deepEqual(q.map((s) => s.seq), [1000, 2348, 3696, 5044, 6392]);
  assert.equal(q[4]!.endSeq, 6792);
  assert.deepEqual(q.map((s) => s.pcount), [5, 0, 0, 0, 0]);
  assert.equal(sk.lostOut, 5, 'lost_out counts the new segments');
  assert.ok(q.every((s) => s.lost));
  assert.deepEqual(bytesOf(q), before, 'the same bytes');
  // 0..4044 lie in p1, 4044..5392 span p1's end and p2's start, 5392..5792 lie in p2.
  assert.deepEqual(q.map((s) => s.page), [p1, p1, p1, null, p2]);
  assert.equal(p1.refs, 3);
  assert.equal(p2.refs, 1);
  assert.equal(q[4]!.flags & TCPHDR_PSH, TCPHDR_PSH, 'the last takes the PSH of the segment it ends in');
});

test('a FIN stays on the last segment (endSeq one past its data); unlost segments stay unlost', () => {
  const { lab } = createLab(1);
  const sk = new TcpSock(lab.initNet);
  const p = lab.initNet.ipv4.tcpPages.get();
  const q = [onPage(p, 0, 0, 1448), onPage(p, 1448, 1448, 456, TCPHDR_ACK | TCPHDR_FIN)];
  q[1]!.endSeq++;
  assert.equal(tcpSegsToMss(sk, q, 0, 2, 1348), 2);
  assert.deepEqual(q.map((s) => [s.seq, s.endSeq, s.len, s.flags & TCPHDR_FIN]), [[0, 1348, 1348, 0], [1348, 1905, 556, TCPHDR_FIN]]);
  assert.equal(sk.lostOut, 0);
  assert.equal(p.refs, 2);
});
