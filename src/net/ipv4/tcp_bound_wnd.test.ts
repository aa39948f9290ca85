/**
 * tcp_bound_to_half_wnd(): the MSS (and a TSO skb's size goal) is at most
 * half the largest window the peer offered, all of it for a window of
 * TCP_MSS_DEFAULT or less, never below 68 bytes less the TCP header, and
 * unbounded before any window was seen; tcp_sync_mss() applies it, so
 * mss_cache follows max_window.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from '../../lab/boot.js';
import { TcpSock } from './tcp.js';
import { tcpBoundToHalfWnd, tcpSyncMss } from './tcp_output.js';

function sock(maxWindow: number, tstampOk: boolean): TcpSock {
  const { lab } = createLab(1);
  const sk = new TcpSock(lab.initNet);
  sk.maxWindow = maxWindow;
  sk.tstampOk = tstampOk;
  return sk;
}

test('half the largest window, all of a small one, 68 bytes less the header at least, nothing before a window', () => {
  assert.equal(tcpBoundToHalfWnd(sock(0, true), 65483), 65483);
  assert.equal(tcpBoundToHalfWnd(sock(65483, true), 65483), 32741);
  assert.equal(tcpBoundToHalfWnd(sock(65483, true), 1448), 1448);
  assert.equal(tcpBoundToHalfWnd(sock(537, false), 1460), 268);
  assert.equal(tcpBoundToHalfWnd(sock(536, false), 1460), 536);
  assert.equal(tcpBoundToHalfWnd(sock(20, true), 1448), 68 - 32);
  assert.equal(tcpBoundToHalfWnd(sock(20, false), 1460), 68 - 20);
});

test('tcp_sync_mss(): the path MTU less the headers and timestamps, then the half-window bound', () => {
  const sk = sock(65483, true);
  sk.rxOpt.mssClamp = 65495;
  assert.equal(tcpSyncMss(sk, 65535), 32741);
  sk.maxWindow = 65536;
  assert.equal(tcpSyncMss(sk, 65535), 32768);
  sk.maxWindow = 1 << 20;
  assert.equal(tcpSyncMss(sk, 65535), 65483);
  assert.equal(tcpSyncMss(sk, 1500), 1448);
  assert.equal(sk.mssCache, 1448);
  assert.equal(sk.pmtuCookie, 1500);
});
