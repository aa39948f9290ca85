import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lab } from '../../lab/lab.js';
import { KError } from './errno.js';
import { NetlinkSock, rtnlNotify } from '../netlink/af_netlink.js';
import { nlmsgNew } from './rtnetlink.js';
import { NLM_F_DUMP, NLM_F_REQUEST } from '../../uapi/linux/netlink.js';
import { PF_INET, RTNLGRP_LINK } from '../../uapi/linux/rtnetlink.js';

const RTM_TEST_NEW = 1000;
const RTM_TEST_GET = 1002;

test('rtnetlink: doit replies and acks, KError becomes errno + extack, dumps answer messages', () => {
  const lab = new Lab(1);
  lab.rtnl.register<{ family: number; n: number }>(PF_INET, RTM_TEST_NEW, (_net, msg, ctx) => {
    if (msg.body.n < 0) throw new KError('EINVAL', 'Negative');
    ctx.reply(nlmsgNew(RTM_TEST_NEW, 0, { n: msg.body.n * 2 }, msg.seq));
  }, null);
  lab.rtnl.register<{ family: number }>(0, RTM_TEST_GET, null, () => [nlmsgNew(RTM_TEST_GET, 0, { a: 1 }), nlmsgNew(RTM_TEST_GET, 0, { a: 2 })]);
  const sk = new NetlinkSock(lab.initNet);
  const ok = sk.request(RTM_TEST_NEW, NLM_F_REQUEST, { family: PF_INET, n: 21 }, 7);
  assert.equal(ok.ack.error, null);
  assert.deepEqual(ok.msgs.map((m) => [m.seq, m.body]), [[7, { n: 42 }]]);
  const bad = sk.request(RTM_TEST_NEW, NLM_F_REQUEST, { family: PF_INET, n: -1 });
  assert.deepEqual(bad.ack, { error: 'EINVAL', msg: 'Negative' });
  // PF_INET falls back to the PF_UNSPEC dumpit.
  const dump = sk.request(RTM_TEST_GET, NLM_F_REQUEST | NLM_F_DUMP, { family: PF_INET });
  assert.deepEqual(dump.msgs.map((m) => m.body), [{ a: 1 }, { a: 2 }]);
  // No handler: EOPNOTSUPP.
  assert.equal(sk.request(RTM_TEST_GET, NLM_F_REQUEST, { family: PF_INET }).ack.error, 'EOPNOTSUPP');
});

test('netlink sockets: notifications reach group members of the same namespace only', async () => {
  const lab = new Lab(1);
  const other = lab.newNet();
  const member = new NetlinkSock(lab.initNet);
  member.addMembership(RTNLGRP_LINK);
  const deaf = new NetlinkSock(lab.initNet);
  const elsewhere = new NetlinkSock(other);
  elsewhere.addMembership(RTNLGRP_LINK);
  rtnlNotify(lab.initNet, nlmsgNew(16, 0, { x: 1 }), RTNLGRP_LINK, deaf.portid);
  assert.deepEqual((await member.recv())?.body, { x: 1 });
  // The requester with NLM_F_ECHO sees it although not a member.
  assert.deepEqual((await deaf.recv())?.body, { x: 1 });
  elsewhere.close();
  assert.equal(await elsewhere.recv(), null);
  assert.throws(() => member.addMembership(0), KError);
});
