/**
 * fib_table_lookup()'s `goto miss` (a route through a nexthop object whose
 * next hops do not fit gives up its whole leaf), fib_table_insert()'s
 * replace finding its very route, and fib_nh_match()'s multipath spec.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lab } from '../../lab/lab.js';
import { ipIn } from '../../tools/ip/ip.testutil.js';

async function setup(): Promise<Lab> {
  const lab = new Lab(1);
  for (const c of [
    'ip link add a0 type veth peer name b0', 'ip link add a2 type veth peer name b2',
    'ip link set lo up', 'ip link set a0 up', 'ip link set b0 up', 'ip link set a2 up', 'ip link set b2 up',
    'ip addr add 10.0.0.1/24 dev a0', 'ip addr add 10.0.2.1/24 dev a2', 'ip nexthop add id 1 via 10.0.0.2 dev a0',
  ]) assert.equal(await ipIn(lab, c), '', c);
  return lab;
}

async function run(lab: Lab, ...cmds: string[]): Promise<void> {
  for (const c of cmds) assert.equal(await ipIn(lab, c), '', c);
}

test('a nexthop-object route that does not fit the oif skips the error route behind it in its leaf', async () => {
  const lab = await setup();
  await run(lab, 'ip route add 20.1.2.3/32 nhid 1', 'ip route add blackhole 20.1.2.3/32 metric 10', 'ip route add 20.1.2.0/24 via 10.0.2.2 dev a2');
  assert.equal(await ipIn(lab, 'ip route get 20.1.2.3 oif a2 fibmatch'), '20.1.2.0/24 via 10.0.2.2 dev a2 \n');
  // a plain route's misfit goes on to the next alias: the blackhole answers
  await run(lab, 'ip route del 20.1.2.3/32 nhid 1', 'ip route add 20.1.2.3/32 via 10.0.0.2 dev a0');
  assert.equal(await ipIn(lab, 'ip route get 20.1.2.3 oif a2 fibmatch'), 'RTNETLINK answers: No route to host\n[2]\n');
});

test('the shorter prefixes of the same key are given up with the leaf; local and main share it while merged', async () => {
  const lab = await setup();
  await run(lab, 'ip route add 20.1.2.0/25 nhid 1', 'ip route add 20.1.2.0/24 via 10.0.2.2', 'ip route add 20.1.0.0/16 via 10.0.2.3');
  assert.equal(await ipIn(lab, 'ip route get 20.1.2.3 oif a2 fibmatch'), '20.1.0.0/16 via 10.0.2.3 dev a2 \n');
  assert.equal(await ipIn(lab, 'ip route get 20.1.2.200 oif a2 fibmatch'), '20.1.2.0/24 via 10.0.2.2 dev a2 \n');
  await run(lab, 'ip route del 20.1.2.0/25', 'ip route add 20.1.2.3/32 nhid 1 table local', 'ip route add 20.1.2.3/32 via 10.0.2.2 metric 9');
  assert.equal(await ipIn(lab, 'ip route get 20.1.2.3 oif a2 fibmatch'), '20.1.2.0/24 via 10.0.2.2 dev a2 \n');
  // a rule change unmerges the tables: main's own /32 answers
  await run(lab, 'ip rule add from 1.2.3.4 table 100', 'ip rule del from 1.2.3.4 table 100');
  assert.equal(await ipIn(lab, 'ip route get 20.1.2.3 oif a2 fibmatch'), '20.1.2.3 via 10.0.2.2 dev a2 metric 9 \n');
});

test('replace: the very route first of its keys is a no-op, behind another alias EEXIST', async () => {
  const lab = await setup();
  await run(lab, 'ip route add 20.1.2.3 via 10.0.0.2', 'ip route append throw 20.1.2.3', 'ip route prepend unreachable 20.1.2.3');
  assert.equal(await ipIn(lab, 'ip route replace throw 20.1.2.3'), 'RTNETLINK answers: File exists\n[2]\n');
  assert.equal(await ipIn(lab, 'ip route change 20.1.2.3 via 10.0.0.2'), 'RTNETLINK answers: File exists\n[2]\n');
  assert.equal(await ipIn(lab, 'ip route replace unreachable 20.1.2.3'), '');
  assert.equal(await ipIn(lab, 'ip route show 20.1.2.3'), 'unreachable 20.1.2.3 \n20.1.2.3 via 10.0.0.2 dev a0 \nthrow 20.1.2.3 \n');
});

test('delete: a multipath spec with fewer entries than next hops does not match, extra entries are not read', async () => {
  const lab = await setup();
  await run(lab, 'ip route add 22.0.0.0/8 nexthop via 10.0.0.2 nexthop via 10.0.2.2');
  assert.equal(await ipIn(lab, 'ip route del 22.0.0.0/8 nexthop via 10.0.0.2'), 'RTNETLINK answers: No such process\n[2]\n');
  assert.equal(await ipIn(lab, 'ip route del 22.0.0.0/8 nexthop via 10.0.0.2 nexthop via 10.0.2.2 nexthop via 10.0.2.9'), '');
  await run(lab, 'ip route add 22.0.0.0/8 nexthop via 10.0.0.2 nexthop via 10.0.2.2');
  // a device given decides alone (fib_info_nh(fi, 0)), the multipath spec is not read
  assert.equal(await ipIn(lab, 'ip route del 22.0.0.0/8 dev a0 nexthop via 10.0.2.9'), '');
});
