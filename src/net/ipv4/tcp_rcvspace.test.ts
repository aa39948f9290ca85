/**
 * The receive window by tp->scaling_ratio: tcp_win_from_space() and its
 * inverse in 1/256ths, the ratio learnt from an skb's len/truesize when
 * it changes (the clamp then follows the buffer, tcp_set_window_clamp():
 * a smaller one pulls rcv_ssthresh down, a larger one lets it up to
 * rcv_wnd), and tcp_grow_window() counting an skb's memory beyond its head.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from '../../lab/boot.js';
import { TCP_SKB_HEAD_TRUESIZE, TcpSock } from './tcp.js';
import {
  TCP_DEFAULT_SCALING_RATIO, tcpFullSpace, tcpGrowWindow, tcpSetWindowClamp, tcpSpaceFromWin, tcpUpdateScalingRatio, tcpWinFromSpace,
} from './tcp_rcvspace.js';

function sock(): TcpSock {
  const { lab } = createLab(1);
  const sk = new TcpSock(lab.initNet);
  sk.skRcvbuf = 131072;
  sk.advmss = 65483;
  sk.rcvWnd = 65483;
  sk.rcvq.windowClamp = 65536;
  sk.rcvq.rcvSsthresh = 65483;
  return sk;
}

test('half the buffer until a ratio is learnt; the inverse rounds down; a negative space stays negative', () => {
  const sk = sock();
  assert.equal(sk.scalingRatio, TCP_DEFAULT_SCALING_RATIO);
  assert.equal(tcpFullSpace(sk), 65536);
  assert.equal(tcpWinFromSpace(sk, -3), -2);
  sk.scalingRatio = 249;
  assert.equal(tcpWinFromSpace(sk, 131072), 127488);
  assert.equal(tcpSpaceFromWin(sk, 127488), 131072);
  assert.equal(tcpSpaceFromWin(sk, 100), 102);
});

test('a 32741-byte loopback skb: ratio 249, the clamp follows the buffer, rcv_ssthresh grows to what the free space holds', () => {
  const sk = sock();
  const truesize = TCP_SKB_HEAD_TRUESIZE + 32741;
  tcpUpdateScalingRatio(sk, 32741, truesize);
  assert.equal(sk.scalingRatio, 249);
  assert.equal(sk.rcvq.windowClamp, 127488);
  assert.equal(sk.rcvq.rcvSsthresh, 65483);
  sk.skRmemAlloc = truesize;
  tcpGrowWindow(sk, 32741, truesize, true);
  // (131072 - 33573) * 249 >> 8: the ACK's window is that, rounded up to the scale (95232).
  assert.equal(sk.rcvq.rcvSsthresh, 94833);
});

test('tcp_set_window_clamp(): at least half SOCK_MIN_RCVBUF; down pulls rcv_ssthresh, up lets it reach rcv_wnd', () => {
  const sk = sock();
  sk.rcvq.rcvSsthresh = 30000;
  tcpSetWindowClamp(sk, 100000);
  assert.equal(sk.rcvq.rcvSsthresh, 65483);
  tcpSetWindowClamp(sk, 20000);
  assert.equal(sk.rcvq.windowClamp, 20000);
  assert.equal(sk.rcvq.rcvSsthresh, 20000);
  tcpSetWindowClamp(sk, 100);
  assert.equal(sk.rcvq.windowClamp, 1152);
});

test('an skb mostly overhead (its whole truesize counted) grows the window only while rcv_ssthresh is small', () => {
  const sk = sock();
  sk.rcvq.windowClamp = 1 << 20;
  sk.skRcvbuf = 1 << 21;
  sk.rcvMss = 536;
  sk.advmss = 1448;
  sk.rcvq.rcvSsthresh = 60000;
  tcpGrowWindow(sk, 200, 4096, false);
  assert.equal(sk.rcvq.rcvSsthresh, 60000 + 2 * 536);
  tcpGrowWindow(sk, 200, TCP_SKB_HEAD_TRUESIZE + 200, true);
  assert.equal(sk.rcvq.rcvSsthresh, 60000 + 2 * 536 + 2 * 1448);
});
