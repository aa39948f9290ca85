/**
 * UDP's receive memory: __udp_enqueue_schedule_skb() charges a datagram's
 * truesize to sk_rmem_alloc and takes whole pages of sk_forward_alloc for
 * it; the drop rule is UDP's own (not sock_queue_rcv_skb()'s): a datagram
 * that would take sk_rmem_alloc past sk_rcvbuf is refused unless the queue
 * is empty. udp_rmem_release() gives the memory back as the reader takes
 * datagrams, deferring it (forward_deficit) while the reader queue still
 * holds spliced datagrams and the deficit is under a quarter of sk_rcvbuf.
 * @linux net/ipv4/udp.c __udp_enqueue_schedule_skb() udp_rmem_schedule() udp_rmem_release() udp_skb_destructor()
 */
import type { DropReason } from '../core/drop_reason.js';
import type { SkBuff } from '../core/skbuff.js';
import { type Sock, skQueueRcv } from '../core/sock.js';

const PAGE_SIZE = 4096;
const INT_MAX = 0x7fffffff;

/** What struct udp_sock adds to the accounting: forward_deficit, and how many spliced datagrams the reader_queue still holds. */
export interface UdpRmemSock extends Sock {
  forwardDeficit: number;
  readerQlen: number;
}

/**
 * __udp_enqueue_schedule_skb(): queue `skb` charged to `sk`, or say why
 * not (SOCKET_RCVBUFF, counted in sk_drops; the caller counts
 * RcvbufErrors and InErrors and frees it).
 */
export function udpEnqueueScheduleSkb(sk: UdpRmemSock, skb: SkBuff): DropReason | null {
  const rmem = sk.skRmemAlloc;
  const rcvbuf = sk.skRcvbuf;
  const size = skb.truesize;
  // Accept the packet if the queue is empty (whatever its size), else only while it fits.
  if (rmem + size > rcvbuf && (rcvbuf > INT_MAX >> 1 || rmem !== 0)) {
    sk.skDrops++;
    return 'SOCKET_RCVBUFF';
  }
  // udp_rmem_schedule() -> __sk_mem_schedule(): whole pages, never refused in the lab (no udp_mem pressure).
  const delta = size - sk.skForwardAlloc;
  if (delta > 0) sk.skForwardAlloc += Math.ceil(delta / PAGE_SIZE) * PAGE_SIZE;
  sk.skForwardAlloc -= size;
  sk.skRmemAlloc += size;
  skb.sk = sk;
  skb.destructor = udpSkbDestructor;
  skQueueRcv(sk, skb, '__udp_enqueue_schedule_skb');
  return null;
}

/**
 * __skb_recv_udp()'s reader queue: once it is empty, a read splices
 * everything sk_receive_queue holds into it (the reader then takes its
 * datagrams one by one: readerQlen--).
 */
export function udpReaderSplice(sk: UdpRmemSock): void {
  if (sk.readerQlen === 0) sk.readerQlen = sk.skReceiveQueue.qlen;
}

/** udp_rmem_release(sk, size, partial = 1): what a read gives back. */
function udpRmemRelease(sk: UdpRmemSock, size: number): void {
  sk.forwardDeficit += size;
  size = sk.forwardDeficit;
  if (size < sk.skRcvbuf >> 2 && sk.readerQlen > 0) return;
  sk.forwardDeficit = 0;
  // Whole pages go back to the protocol; less than a page stays forward-allocated.
  const amt = (size + sk.skForwardAlloc - 1) & ~(PAGE_SIZE - 1);
  sk.skForwardAlloc += size - amt;
  sk.skRmemAlloc -= size;
}

/** udp_skb_destructor(): the datagram left the queue. */
function udpSkbDestructor(skb: SkBuff): void {
  const sk = skb.sk as UdpRmemSock | null;
  if (sk) udpRmemRelease(sk, skb.truesize);
}
