/**
 * UDP's receive memory (udp_rmem.ts) against what the kernel showed in
 * counters-udp-rcvbuf.t: truesize of a sent datagram's head, the drop
 * rule (an empty queue takes anything, a non-empty one only what fits
 * sk_rcvbuf), sk_forward_alloc in whole pages, and what a read gives back.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lab } from '../../lab/lab.js';
import { SkBuff, allocSkbTruesize } from '../core/skbuff.js';
import { consumeSkb } from '../core/drop_reason.js';
import { UdpSocket } from './udp_sock.js';
import { udpEnqueueScheduleSkb, udpReaderSplice } from './udp_rmem.js';

const dgram = (truesize: number): SkBuff => {
  const skb = new SkBuff(64);
  skb.put(64);
  skb.truesize = truesize;
  return skb;
};

/** The reader's side of udp_recvmsg(): splice, dequeue, free (the destructor releases). */
function read(sk: UdpSocket): void {
  udpReaderSplice(sk);
  const skb = sk.skReceiveQueue.dequeue();
  assert.ok(skb);
  sk.readerQlen--;
  consumeSkb(skb);
}

test('allocSkbTruesize: the small-head cache (832) up to 576 bytes with the shared info, else the kmalloc class + sk_buff', () => {
  // 10 and 1000 bytes of UDP payload: IP + UDP headers, hh_len 16, + 15 (what the kernel showed: 832 and 2304).
  assert.equal(allocSkbTruesize(28 + 10 + 31), 832);
  assert.equal(allocSkbTruesize(256), 832);
  assert.equal(allocSkbTruesize(257), 1024 + 256);
  assert.equal(allocSkbTruesize(28 + 1000 + 31), 2304);
  assert.equal(allocSkbTruesize(1728), 2304);
  assert.equal(allocSkbTruesize(1729), 4352);
  assert.equal(allocSkbTruesize(9000), 16384 + 256);
});

test('__udp_enqueue_schedule_skb: an empty queue takes a datagram larger than sk_rcvbuf; a non-empty one only what fits', () => {
  const lab = new Lab();
  const sk = new UdpSocket(lab.initNet);
  sk.skRcvbuf = 4000;
  assert.equal(udpEnqueueScheduleSkb(sk, dgram(5000)), null);
  assert.equal(udpEnqueueScheduleSkb(sk, dgram(832)), 'SOCKET_RCVBUFF');
  assert.equal(sk.skDrops, 1);
  read(sk);
  assert.equal(sk.skRmemAlloc, 0);
  assert.equal(udpEnqueueScheduleSkb(sk, dgram(2304)), null);
  assert.equal(udpEnqueueScheduleSkb(sk, dgram(2304)), 'SOCKET_RCVBUFF');
  assert.equal(udpEnqueueScheduleSkb(sk, dgram(832)), null);
  assert.equal(udpEnqueueScheduleSkb(sk, dgram(832)), null);
  assert.equal(sk.skRmemAlloc, 3968);
  assert.equal(udpEnqueueScheduleSkb(sk, dgram(832)), 'SOCKET_RCVBUFF');
});

test('sk_forward_alloc: whole pages scheduled, less than a page kept once a read empties the reader queue', () => {
  const lab = new Lab();
  const sk = new UdpSocket(lab.initNet);
  sk.skRcvbuf = 6000;
  udpEnqueueScheduleSkb(sk, dgram(2304));
  assert.equal(sk.skForwardAlloc, 1792);
  udpEnqueueScheduleSkb(sk, dgram(2304));
  assert.deepEqual([sk.skRmemAlloc, sk.skForwardAlloc], [4608, 3584]);
  // Two spliced into the reader queue: the first read (2304) is over rcvbuf/4 (1500), released at once.
  read(sk);
  assert.deepEqual([sk.skRmemAlloc, sk.skForwardAlloc], [2304, 1792]);
  read(sk);
  assert.deepEqual([sk.skRmemAlloc, sk.skForwardAlloc], [0, 4096]);
});

test('udp_rmem_release: a read under a quarter of sk_rcvbuf is deferred while the reader queue holds more', () => {
  const lab = new Lab();
  const sk = new UdpSocket(lab.initNet);
  sk.skRcvbuf = 212992;
  for (let i = 0; i < 3; i++) udpEnqueueScheduleSkb(sk, dgram(832));
  read(sk);
  assert.deepEqual([sk.skRmemAlloc, sk.forwardDeficit], [2496, 832]);
  read(sk);
  assert.deepEqual([sk.skRmemAlloc, sk.forwardDeficit], [2496, 1664]);
  read(sk);
  assert.deepEqual([sk.skRmemAlloc, sk.forwardDeficit, sk.skForwardAlloc], [0, 0, 4096]);
});
