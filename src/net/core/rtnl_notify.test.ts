import { RtNames } from '../../tools/ip/rt_names_db.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lab } from '../../lab/lab.js';
import { NetlinkSock } from '../netlink/af_netlink.js';
import { ipIn } from '../../tools/ip/ip.testutil.js';
import { Printer } from '../../tools/ip/json_print.js';
import { printRoute, resetFilter } from '../../tools/ip/iproute_print.js';
import { printRule } from '../../tools/ip/iprule.js';
import { printNeighMsg } from '../../tools/ip/ipneigh.js';
import type { IpCtx } from '../../tools/ip/utils.js';
import { LlMap } from '../../tools/ip/ll_map.js';
import type { NlMsg } from '../../uapi/linux/netlink.js';
import {
  RTM_DELROUTE, RTM_DELRULE, RTM_NEWROUTE, RTM_NEWRULE, RTNLGRP_IPV4_ROUTE, RTNLGRP_IPV4_RULE, RTNLGRP_NEIGH,
} from '../../uapi/linux/rtnetlink.js';
import type { RtMsg } from '../../uapi/linux/rtmsg.js';
import type { FibRuleBody } from '../../uapi/linux/fib_rules.js';
import type { NdMsg } from '../../uapi/linux/neighbour.js';

/** Every notification queued on `sk`, printed as `ip monitor` prints them (without its headers). */
async function printQueued(lab: Lab, sk: NetlinkSock): Promise<string> {
  const net = lab.initNet;
  const ll = new LlMap(new NetlinkSock(net));
  const ctx = { net, ll, names: RtNames.stock(), opts: { stats: 0, brief: false, numeric: false } } as unknown as IpCtx;
  const names = RtNames.stock();
  const env = { details: 0, numeric: false, sl: '\n', devName: (i: number): string => ll.indexToName(i), names };
  const pr = new Printer(false, false);
  sk.close();
  for (let m = await sk.recv(); m; m = await sk.recv()) {
    if (m.type === RTM_NEWROUTE || m.type === RTM_DELROUTE) printRoute(pr, m as NlMsg<RtMsg>, resetFilter(0), env);
    else if (m.type === RTM_NEWRULE || m.type === RTM_DELRULE) printRule(pr, m as NlMsg<FibRuleBody>, names, false, 0);
    else printNeighMsg(ctx, pr, m as NlMsg<NdMsg>);
  }
  return pr.take();
}

test('rtmsg_fib, notify_rule_change, __neigh_notify: what `ip -4 monitor route rule neigh` shows on Linux', async () => {
  const lab = new Lab(1);
  await ipIn(lab, 'ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02');
  await ipIn(lab, 'ip link set a0 up');
  const sk = new NetlinkSock(lab.initNet);
  for (const g of [RTNLGRP_IPV4_ROUTE, RTNLGRP_IPV4_RULE, RTNLGRP_NEIGH]) sk.addMembership(g);
  const deaf = new NetlinkSock(lab.initNet);
  for (const c of [
    'ip addr add 10.0.0.1/24 dev a0', 'ip route add 10.9.0.0/16 via 10.0.0.2', 'ip route replace 10.9.0.0/16 via 10.0.0.3',
    'ip route append 10.9.0.0/16 via 10.0.0.2 tos 0x10', 'ip route del 10.9.0.0/16',
    'ip rule add from 10.1.0.0/16 table 100 pref 50', 'ip rule del pref 50',
    'ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev a0', 'ip neigh change 10.0.0.2 lladdr 02:00:00:00:00:03 dev a0 nud stale',
    'ip neigh del 10.0.0.2 dev a0', 'ip addr del 10.0.0.1/24 dev a0',
  ]) assert.equal(await ipIn(lab, c), '', c);
  // A refused request announces nothing.
  assert.equal(await ipIn(lab, 'ip route del 10.9.0.0/16'), 'RTNETLINK answers: No such process\n[2]\n');
  // Recorded on Linux 6.x with iproute2 6.1 (`ip -4 monitor route rule neigh > m &` around the same commands).
  assert.equal(await printQueued(lab, sk), [
    'local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 ',
    '10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 linkdown ',
    'broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.1 linkdown ',
    '10.9.0.0/16 via 10.0.0.2 dev a0 linkdown ',
    '10.9.0.0/16 via 10.0.0.3 dev a0 linkdown ',
    '10.9.0.0/16 tos 0x10 via 10.0.0.2 dev a0 linkdown ',
    'Deleted 10.9.0.0/16 via 10.0.0.3 dev a0 linkdown ',
    '50:\tfrom 10.1.0.0/16 lookup 100',
    'Deleted 50:\tfrom 10.1.0.0/16 lookup 100',
    '10.0.0.2 dev a0 lladdr 02:00:00:00:00:02 PERMANENT ',
    '10.0.0.2 dev a0 lladdr 02:00:00:00:00:03 STALE ',
    '10.0.0.2 dev a0 FAILED ',
    'Deleted 10.0.0.2 dev a0 FAILED ',
    'Deleted 10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 linkdown ',
    'Deleted broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.1 linkdown ',
    'Deleted local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 ',
    '',
  ].join('\n'));
  assert.equal(await printQueued(lab, deaf), '');
});
