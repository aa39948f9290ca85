import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newRtMsg, RTAX_LOCK, RTAX_MTU } from './rtmsg.js';
import { rtmsgFromBytes, rtmsgToBytes } from './rtmsg_wire.js';
import { NLM_F_MULTI } from './netlink.js';
import { RTM_NEWROUTE } from './rtnetlink.js';

test('rtmsg bytes: the sizes Linux saves (fib_dump_info layout) and a lossless round trip', () => {
  // 10.2.0.0/16 via 10.0.0.3 dev 3 metric 7 mtu lock 1400: 88 bytes in a Linux `ip route save`.
  const body = newRtMsg({
    family: 2, dstLen: 16, table: 254, protocol: 3, scope: 0, type: 1, dst: 0x0a020000, tableId: 254, priority: 7,
    metrics: new Map([[RTAX_MTU, 1400], [RTAX_LOCK, 1 << RTAX_MTU]]), gateway: 0x0a000003, oif: 3,
  });
  const b = rtmsgToBytes({ type: RTM_NEWROUTE, flags: NLM_F_MULTI, seq: 9, pid: 77, body });
  assert.equal(b.length, 88);
  assert.deepEqual([...b.subarray(0, 6)], [88, 0, 0, 0, RTM_NEWROUTE, 0]);
  // RTA_DST in network byte order, right after RTA_TABLE
  assert.deepEqual([...b.subarray(36, 44)], [8, 0, 1, 0, 10, 2, 0, 0]);
  const back = rtmsgFromBytes(b);
  assert.equal(back.seq, 9);
  assert.deepEqual(back.body, body);
  // multipath: 80 bytes for two gateways
  const mp = newRtMsg({
    family: 2, dstLen: 16, table: 254, type: 1, dst: 0x0a050000, tableId: 254,
    multipath: [{ flags: 0, hops: 1, ifindex: 3, gateway: 0x0a000002 }, { flags: 0, hops: 0, ifindex: 3, gateway: 0x0a000003 }],
  });
  const mb = rtmsgToBytes({ type: RTM_NEWROUTE, flags: 2, seq: 0, pid: 0, body: mp });
  assert.equal(mb.length, 80);
  assert.deepEqual(rtmsgFromBytes(mb).body.multipath, mp.multipath);
});
