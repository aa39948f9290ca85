import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lab } from '../../lab/lab.js';
import { NetlinkSock } from '../netlink/af_netlink.js';
import { NLM_F_DUMP, NLM_F_REQUEST } from '../../uapi/linux/netlink.js';
import { RTM_GETNEIGHTBL, RTM_SETNEIGHTBL } from '../../uapi/linux/rtnetlink.js';
import type { NdtMsg } from '../../uapi/linux/neighbour.js';

test('RTM_SETNEIGHTBL writes a device parms set in jiffies; RTM_GETNEIGHTBL dumps the table then the devices', () => {
  const lab = new Lab(1);
  const net = lab.newNet();
  const sk = new NetlinkSock(net);
  const dump = (): NdtMsg[] => sk.request<NdtMsg>(RTM_GETNEIGHTBL, NLM_F_REQUEST | NLM_F_DUMP, { family: 0 }).msgs.map((m) => m.body as NdtMsg);
  const [table, lo] = dump();
  assert.equal(table!.thresh3, 1024);
  assert.equal(table!.parms!.ifindex, undefined);
  assert.equal(lo!.parms!.ifindex, 1);
  const set = (body: NdtMsg) => sk.request<NdtMsg>(RTM_SETNEIGHTBL, NLM_F_REQUEST, body).ack;
  assert.equal(set({ family: 0, name: 'arp_cache', parms: { ifindex: 1, retransTime: 250, queueLen: 3 } }).error, null);
  const p = dump()[1]!.parms!;
  assert.equal(p.retransTime, 252); // msecs_to_jiffies() rounds up at HZ 250
  assert.equal(p.queueLen, 3);
  assert.equal(p.queueLenBytes, 3 * 2090);
  assert.equal(set({ family: 0, name: 'nd_cache', parms: { ifindex: 1, queueLen: 1 } }).error, 'ENOENT');
  assert.equal(set({ family: 0, parms: { ifindex: 1, queueLen: 1 } }).error, 'EINVAL');
  // The defaults and the gc settings belong to init_net.
  assert.equal(set({ family: 0, name: 'arp_cache', parms: { queueLen: 1 } }).error, 'ENOENT');
  assert.equal(set({ family: 0, name: 'arp_cache', thresh1: 5 }).error, 'ENOENT');
});

test('RTM_SETNEIGHTBL stores ints as neightbl_set() does; the dump wraps them as u32 (nla_put_u32, jiffies_to_msecs)', () => {
  const lab = new Lab(1);
  const net = lab.newNet();
  const sk = new NetlinkSock(net);
  const lo = (): NonNullable<NdtMsg['parms']> => sk.request<NdtMsg>(RTM_GETNEIGHTBL, NLM_F_REQUEST | NLM_F_DUMP, { family: 0 }).msgs
    .map((m) => m.body as NdtMsg)[1]!.parms!;
  const set = (parms: NdtMsg['parms']) => sk.request<NdtMsg>(RTM_SETNEIGHTBL, NLM_F_REQUEST, { family: 0, name: 'arp_cache', parms }).ack;
  // A u32 of 2^32-1 is the int -1, dumped back as 2^32-1; queue N stores N * 2090 truncated to int (-2090).
  assert.equal(set({ ifindex: 1, appProbes: 0xffffffff, queueLen: 0xffffffff }).error, null);
  let p = lo();
  assert.equal(p.appProbes, 0xffffffff);
  assert.equal(p.queueLenBytes, 0x100000000 - 2090);
  // -2090 / SKB_TRUESIZE as a u64 division, truncated to u32
  assert.equal(p.queueLen, Number(BigInt.asUintN(32, (2n ** 64n - 2090n) / 2090n)));
  // msecs_to_jiffies(unsigned int): above INT_MAX is MAX_JIFFY_OFFSET, -2 in the int slot, -8 ms wrapped.
  assert.equal(set({ ifindex: 1, retransTime: 0xffffffff, locktime: 0x80000000 }).error, null);
  p = lo();
  assert.equal(p.retransTime, 0x100000000 - 8);
  assert.equal(p.locktime, 0x100000000 - 8);
  assert.equal(set({ ifindex: 1, retransTime: 0x7fffffff }).error, null);
  assert.equal(lo().retransTime, 0x80000000); // rounded up to a whole jiffy, past INT_MAX ms
});
