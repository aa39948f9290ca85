import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lab } from '../../lab/lab.js';
import { NetlinkSock } from '../netlink/af_netlink.js';
import { NLM_F_DUMP, NLM_F_REQUEST } from '../../uapi/linux/netlink.js';
import { RTM_GETNSID, RTM_NEWNSID } from '../../uapi/linux/rtnetlink.js';
import type { NetnsMsg } from '../../uapi/linux/net_namespace.js';

test('RTM_NEWNSID: a requested id, then the lowest free one; EEXIST for a taken id or a peer with an id', () => {
  const lab = new Lab(1);
  const [a, b, c] = [lab.newNet(), lab.newNet(), lab.newNet()];
  const sk = new NetlinkSock(lab.initNet);
  const set = (fd: typeof a, nsid: number) => sk.request<NetnsMsg>(RTM_NEWNSID, NLM_F_REQUEST, { family: 0, fd, nsid }).ack;
  assert.equal(set(a, 1).error, null);
  assert.equal(set(b, -1).error, null);
  assert.deepEqual(set(c, 1), { error: 'EEXIST', msg: 'The specified nsid is already used' });
  assert.deepEqual(set(a, 4), { error: 'EEXIST', msg: 'Peer netns already has a nsid assigned' });
  assert.equal(set(c, -1).error, null);
  const dump = sk.request<NetnsMsg>(RTM_GETNSID, NLM_F_REQUEST | NLM_F_DUMP, { family: 0 });
  assert.deepEqual(dump.msgs.map((m) => (m.body as NetnsMsg).nsid), [0, 1, 2]);
  // As a sees them (target-nsid 1): nothing assigned there yet.
  const fromA = sk.request<NetnsMsg>(RTM_GETNSID, NLM_F_REQUEST | NLM_F_DUMP, { family: 0, targetNsid: 1 });
  assert.deepEqual(fromA.msgs, []);
  const bad = sk.request<NetnsMsg>(RTM_GETNSID, NLM_F_REQUEST | NLM_F_DUMP, { family: 0, targetNsid: 9 });
  assert.deepEqual(bad.ack, { error: 'EINVAL', msg: 'Invalid target network namespace id' });
  const one = sk.request<NetnsMsg>(RTM_GETNSID, NLM_F_REQUEST, { family: 0, nsid: 2 });
  assert.equal((one.msgs[0]!.body as NetnsMsg).nsid, 2);
  assert.deepEqual(sk.request<NetnsMsg>(RTM_GETNSID, NLM_F_REQUEST, { family: 0, nsid: 7 }).ack, { error: 'ENOENT', msg: 'Peer netns reference is invalid' });
});
