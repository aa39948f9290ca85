import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lab } from '../../lab/lab.js';
import type { Net } from './net_namespace.js';
import { SkBuff } from './skbuff.js';
import { consumeSkb, kfreeSkbReason } from './drop_reason.js';
import {
  SOCK_MIN_RCVBUF, Sock, SockHashTable, datagramPoll, skbTryRecvDatagram, sockDequeueErrSkb, sockGetsockopt,
  sockQueueErrSkb, sockQueueRcvSkbReason, sockSetsockopt, type SleepCtx,
} from './sock.js';
import { Task } from '../../sim/wait.js';
import {
  POLLERR, POLLIN, POLLOUT, SO_BINDTODEVICE, SO_BINDTOIFINDEX, SO_ERROR, SO_MARK, SO_RCVBUF, SO_RCVBUFFORCE, SO_SNDBUF,
  SO_RCVTIMEO, SO_TYPE, type MsgIn,
} from '../../uapi/linux/socket.js';
import type { Errno } from './errno.js';
import { drive } from '../../sim/drive.testutil.js';

/** A datagram socket that receives whole skbs: enough protocol to exercise the base. */
class TestSock extends Sock {
  constructor(net: Net) {
    super(net, 2, 2, 0);
  }

  get protName(): string {
    return 'TEST';
  }

  unhash(): void {}

  override recvmsgNow(len: number, _flags: number): MsgIn | Errno {
    const skb = skbTryRecvDatagram(this, false);
    if (typeof skb === 'string') return skb;
    const data = skb.bytes().slice(0, len);
    consumeSkb(skb);
    return { data, len: data.length, name: null, control: [], flags: 0 };
  }
}

function setup(): { lab: Lab; net: Net; sk: TestSock } {
  const lab = new Lab();
  return { lab, net: lab.initNet, sk: new TestSock(lab.initNet) };
}

const pkt = (n = 100): SkBuff => {
  const skb = new SkBuff(n);
  skb.put(n);
  return skb;
};

const ctx = (net: Net, timeoutNs: number, task: Task | null = null): SleepCtx => ({ task, deadline: net.sched.now + timeoutNs });

test('sock_queue_rcv_skb: charged by truesize; refused with SOCKET_RCVBUFF once sk_rmem_alloc reaches sk_rcvbuf', () => {
  const { net, sk } = setup();
  assert.equal(sk.skRcvbuf, 212992);
  sk.skRcvbuf = 3 * pkt().truesize;
  const queued: SkBuff[] = [];
  for (let i = 0; i < 3; i++) {
    const skb = pkt();
    assert.equal(sockQueueRcvSkbReason(sk, skb), null);
    queued.push(skb);
  }
  assert.equal(sk.skRmemAlloc, 3 * pkt().truesize);
  const extra = pkt();
  assert.equal(sockQueueRcvSkbReason(sk, extra), 'SOCKET_RCVBUFF');
  assert.equal(sk.skDrops, 1);
  kfreeSkbReason(net, extra, 'SOCKET_RCVBUFF', 'test');
  assert.equal(extra.users, 0);
  // Reading uncharges; closing purges: nothing stays referenced or charged.
  assert.ok(typeof sk.recvmsgNow(10, 0) !== 'string');
  assert.equal(sk.skRmemAlloc, 2 * pkt().truesize);
  sk.close();
  assert.equal(sk.skRmemAlloc, 0);
  assert.deepEqual(queued.map((s) => s.users), [0, 0, 0]);
  assert.deepEqual(queued.map((s) => s.sk), [null, null, null]);
});

test('truesize: a clone costs what the original does; skb_get keeps an skb alive across one free', () => {
  const a = pkt(100);
  // A small head comes from skb_small_head_cache: 576 bytes less skb_shared_info (320), + sk_buff (256) + skb_shared_info.
  assert.equal(a.truesize, 256 + 256 + 320);
  const c = a.clone();
  assert.equal(c.truesize, a.truesize);
  const lab = new Lab();
  a.users++;
  kfreeSkbReason(lab.initNet, a, 'NOT_SPECIFIED', 't');
  assert.equal(a.users, 1);
  consumeSkb(a);
  assert.equal(a.users, 0);
  assert.throws(() => consumeSkb(a), /already freed/);
});

test('error queue: sock_queue_err_skb refuses past sk_rcvbuf; dequeue moves sk_err to the next ICMP error', () => {
  const { sk } = setup();
  const err = (errno: Errno, origin: number): SkBuff => {
    const skb = pkt(20);
    skb.serr = { ee: { errno, origin, type: 3, code: 1, info: 0, data: 0 }, addrOffset: 16, port: 0 };
    return skb;
  };
  assert.equal(sockQueueErrSkb(sk, err('EHOSTUNREACH', 2)), null);
  assert.equal(sockQueueErrSkb(sk, err('ENETUNREACH', 2)), null);
  assert.equal(datagramPoll(sk) & (POLLERR | POLLIN), POLLERR);
  assert.equal(sockDequeueErrSkb(sk)!.serr!.ee.errno, 'EHOSTUNREACH');
  assert.equal(sk.skErr, 'ENETUNREACH');
  assert.equal(sockDequeueErrSkb(sk)!.serr!.ee.errno, 'ENETUNREACH');
  assert.equal(sk.skErr, null);
  assert.equal(sockDequeueErrSkb(sk), null);
  sk.skRcvbuf = pkt(20).truesize;
  assert.equal(sockQueueErrSkb(sk, err('EMSGSIZE', 1)), 'ENOMEM');
  assert.equal(datagramPoll(sk), POLLOUT | 0x100 | 0x200);
});

test('SO_RCVBUF doubles and clamps by net.core.rmem_max; SO_RCVBUFFORCE passes it; the minimum is SOCK_MIN_RCVBUF', () => {
  const { net, sk } = setup();
  assert.equal(sockSetsockopt(sk, SO_RCVBUF, 10000), null);
  assert.equal(sk.skRcvbuf, 20000);
  assert.equal(sockSetsockopt(sk, SO_RCVBUF, 0), null);
  assert.equal(sk.skRcvbuf, SOCK_MIN_RCVBUF);
  // SOCK_MIN_RCVBUF is one TCP_SKB_MIN_TRUESIZE (2304), SOCK_MIN_SNDBUF two, as this kernel answers.
  assert.equal(SOCK_MIN_RCVBUF, 2304);
  assert.equal(sockSetsockopt(sk, SO_SNDBUF, 1), null);
  assert.equal(sk.skSndbuf, 4608);
  assert.equal(sockSetsockopt(sk, SO_RCVBUF, 1 << 30), null);
  assert.equal(sk.skRcvbuf, 2 * net.core.rmemMax);
  net.core.rmemMax = 4096;
  sockSetsockopt(sk, SO_RCVBUF, 1 << 20);
  assert.equal(sockGetsockopt(sk, SO_RCVBUF), 8192);
  sockSetsockopt(sk, SO_RCVBUFFORCE, 1 << 20);
  assert.equal(sk.skRcvbuf, 2 << 20);
  assert.equal(sockSetsockopt(sk, SO_RCVBUF, 'x'), 'EINVAL');
  assert.equal(sockSetsockopt(sk, SO_TYPE, 1), 'ENOPROTOOPT');
  assert.equal(sockSetsockopt(sk, 9999, 1), 'ENOPROTOOPT');
});

test('SO_BINDTODEVICE by name (ENODEV, "" unbinds), SO_BINDTOIFINDEX, SO_MARK, SO_ERROR reads and clears sk_err', () => {
  const { sk } = setup();
  assert.equal(sockSetsockopt(sk, SO_BINDTODEVICE, 'nosuch'), 'ENODEV');
  assert.equal(sockSetsockopt(sk, SO_BINDTODEVICE, 'lo'), null);
  assert.equal(sk.skBoundDevIf, 1);
  assert.equal(sockGetsockopt(sk, SO_BINDTODEVICE), 'lo');
  assert.equal(sockSetsockopt(sk, SO_BINDTODEVICE, ''), null);
  assert.equal(sk.skBoundDevIf, 0);
  assert.equal(sockSetsockopt(sk, SO_BINDTOIFINDEX, 99), 'ENODEV');
  assert.equal(sockSetsockopt(sk, SO_BINDTOIFINDEX, 1), null);
  assert.equal(sockGetsockopt(sk, SO_BINDTOIFINDEX), 1);
  assert.equal(sockSetsockopt(sk, SO_MARK, 0x2a), null);
  assert.equal(sockGetsockopt(sk, SO_MARK), 0x2a);
  sk.skErr = 'ECONNREFUSED';
  assert.equal(sockGetsockopt(sk, SO_ERROR), 111);
  assert.equal(sockGetsockopt(sk, SO_ERROR), 0);
  assert.equal(sockSetsockopt(sk, SO_RCVTIMEO, { tvSec: 0, tvUsec: 1e6 }), 'EDOM');
  assert.equal(sockSetsockopt(sk, SO_RCVTIMEO, { tvSec: 0, tvUsec: 10000 }), null);
  // Whole jiffies (HZ 250): 10 ms is 2.5 jiffies, rounded up to 12 ms.
  assert.equal(sk.skRcvtimeo, 12e6);
});

test('a receive sleeps on the virtual clock: woken by data, by an error, ended by its deadline (EAGAIN) or a signal (EINTR)', async () => {
  const { lab, net, sk } = setup();
  // Data arriving after 1 s ends a 5 s sleep at 1 s.
  net.sched.schedule(1e9, () => sockQueueRcvSkbReason(sk, pkt(10)));
  const m = await drive(lab, sk.recvmsg(100, 0, ctx(net, 5e9)));
  assert.ok(typeof m !== 'string');
  assert.equal(m.data.length, 10);
  assert.equal(net.sched.now, 1e9);
  // Nothing comes: EAGAIN exactly at the deadline.
  assert.equal(await drive(lab, sk.recvmsg(100, 0, ctx(net, 2e9))), 'EAGAIN');
  assert.equal(net.sched.now, 3e9);
  // An error is returned (and cleared) by the sleeping receive.
  net.sched.schedule(5e8, () => {
    sk.skErr = 'EHOSTUNREACH';
    sk.errorReport();
  });
  assert.equal(await drive(lab, sk.recvmsg(100, 0, ctx(net, 2e9))), 'EHOSTUNREACH');
  assert.equal(net.sched.now, 3.5e9);
  assert.equal(sk.skErr, null);
  // A signal ends the sleep with EINTR.
  const task = new Task();
  net.sched.schedule(1e8, () => task.signalWakeUp());
  assert.equal(await drive(lab, sk.recvmsg(100, 0, ctx(net, Infinity, task))), 'EINTR');
  assert.equal(net.sched.now, 3.6e9);
  // A non-blocking receive never sleeps.
  assert.equal(await sk.recvmsg(100, 0, ctx(net, 0)), 'EAGAIN');
  // Closing wakes and answers what is left: nothing.
  net.sched.schedule(1e6, () => sk.close());
  assert.equal(await drive(lab, sk.recvmsg(100, 0, ctx(net, Infinity))), 'EAGAIN');
});

test('SockHashTable: chains by key in insertion order, deletion, all()', () => {
  const { net } = setup();
  const t = new SockHashTable<TestSock>();
  const a = new TestSock(net);
  const b = new TestSock(net);
  const c = new TestSock(net);
  t.add(1, a);
  t.add(1, b);
  t.add(17, c);
  assert.deepEqual(t.chain(1), [a, b]);
  assert.deepEqual(t.chain(6), []);
  assert.deepEqual(t.all(), [a, b, c]);
  assert.equal(t.del(1, a), true);
  assert.equal(t.del(1, a), false);
  assert.deepEqual(t.chain(1), [b]);
});
