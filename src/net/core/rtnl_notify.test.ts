import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lab } from '../../lab/lab.js';
import { NetlinkSock } from '../netlink/af_netlink.js';
import { ipIn } from '../../tools/ip/ip.testutil.js';
import type { NlMsg } from '../../uapi/linux/netlink.js';
import {
  RTM_DELNEIGH, RTM_DELROUTE, RTM_DELRULE, RTM_NEWNEIGH, RTM_NEWROUTE, RTM_NEWRULE, RTNLGRP_IPV4_ROUTE,
  RTNLGRP_IPV4_RULE, RTNLGRP_NEIGH,
} from '../../uapi/linux/rtnetlink.js';
import type { RtMsg } from '../../uapi/linux/rtmsg.js';
import type { FibRuleBody } from '../../uapi/linux/fib_rules.js';
import type { NdMsg } from '../../uapi/linux/neighbour.js';
import { ipToString } from '../../wire/ipv4.js';

/** Every notification queued on `sk` so far. */
async function drain(sk: NetlinkSock): Promise<NlMsg[]> {
  const out: NlMsg[] = [];
  sk.close();
  for (let m = await sk.recv(); m; m = await sk.recv()) out.push(m);
  return out;
}

function route(m: NlMsg): string {
  const r = m.body as RtMsg;
  const dst = r.dst === null ? 'default' : `${ipToString(r.dst)}/${r.dstLen}`;
  return `${m.type === RTM_DELROUTE ? 'del' : m.type === RTM_NEWROUTE ? 'new' : m.type} ${dst} t${r.tableId} type${r.type}`;
}

test('rtmsg_fib: route adds and deletes, the kernel\'s own routes of an address included, reach RTNLGRP_IPV4_ROUTE', async () => {
  const lab = new Lab(1);
  await ipIn(lab, 'ip link add a0 type veth peer name b0');
  await ipIn(lab, 'ip link set a0 up');
  const sk = new NetlinkSock(lab.initNet);
  sk.addMembership(RTNLGRP_IPV4_ROUTE);
  const deaf = new NetlinkSock(lab.initNet);
  assert.equal(await ipIn(lab, 'ip addr add 10.0.0.1/24 dev a0'), '');
  assert.equal(await ipIn(lab, 'ip route add 10.9.0.0/16 via 10.0.0.2'), '');
  assert.equal(await ipIn(lab, 'ip route del 10.9.0.0/16'), '');
  // A refused request announces nothing.
  assert.equal(await ipIn(lab, 'ip route del 10.9.0.0/16'), 'RTNETLINK answers: No such process\n[2]\n');
  assert.deepEqual((await drain(sk)).map(route), [
    'new 10.0.0.1/32 t255 type2', 'new 10.0.0.0/24 t254 type1', 'new 10.0.0.255/32 t255 type3',
    'new 10.9.0.0/16 t254 type1', 'del 10.9.0.0/16 t254 type1',
  ]);
  assert.deepEqual(await drain(deaf), []);
});

test('notify_rule_change: ip rule add/del reach RTNLGRP_IPV4_RULE as the dump shows them', async () => {
  const lab = new Lab(1);
  const sk = new NetlinkSock(lab.initNet);
  sk.addMembership(RTNLGRP_IPV4_RULE);
  assert.equal(await ipIn(lab, 'ip rule add from 10.1.0.0/16 table 100 pref 50'), '');
  assert.equal(await ipIn(lab, 'ip rule del pref 50'), '');
  const msgs = await drain(sk);
  assert.deepEqual(msgs.map((m) => m.type), [RTM_NEWRULE, RTM_DELRULE]);
  const r = msgs[0]!.body as FibRuleBody;
  assert.deepEqual([r.srcLen, r.table, r.attrs.priority, r.attrs.src?.addr], [16, 100, 50, 0x0a010000]);
});

test('__neigh_notify: neighbour adds, state changes and removals reach RTNLGRP_NEIGH', async () => {
  const lab = new Lab(1);
  await ipIn(lab, 'ip link add a0 type veth peer name b0');
  await ipIn(lab, 'ip link set a0 up');
  const sk = new NetlinkSock(lab.initNet);
  sk.addMembership(RTNLGRP_NEIGH);
  assert.equal(await ipIn(lab, 'ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev a0'), '');
  assert.equal(await ipIn(lab, 'ip neigh change 10.0.0.2 lladdr 02:00:00:00:00:03 dev a0 nud stale'), '');
  assert.equal(await ipIn(lab, 'ip neigh del 10.0.0.2 dev a0'), '');
  const msgs = (await drain(sk)).map((m) => [m.type, (m.body as NdMsg).state, (m.body as NdMsg).lladdr?.[5] ?? null]);
  assert.deepEqual(msgs, [
    [RTM_NEWNEIGH, 0x80, 2], [RTM_NEWNEIGH, 0x04, 3], [RTM_NEWNEIGH, 0x20, null], [RTM_DELNEIGH, 0x20, null],
  ]);
});
