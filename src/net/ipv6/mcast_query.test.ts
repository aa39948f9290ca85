/**
 * MLD queries heard by a host behind a querying bridge, where transcripts
 * cannot reach: MLDv1 mode lasts qrv * qi + qri (260 s) after the last
 * MLDv1 query, force_mld_version 2 ignores MLDv1 queries, a join in v1
 * mode is reported at once by an MLDv1 report and a group we reported
 * last is left with a Done, and ipv6_mc_up() ends v1 mode.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { icmpLab, type IcmpLab } from '../ipv4/icmp.testutil.js';
import { ipv6DevMcDec, ipv6DevMcInc, mldInV1Mode } from './mcast.js';
import type { Inet6Dev } from './if_inet6.js';

const ICMPV6_MGM_REPORT = 131;
const ICMPV6_MGM_REDUCTION = 132;
const ICMPV6_MLD2_REPORT = 143;

/** h1 behind br0 (namespace sw), the bridge an MLDv1 querier (1 s response interval) from `querierAt` on. */
async function lab(force = 0): Promise<IcmpLab> {
  const L = icmpLab();
  await L.sh(`ip netns add sw; ip netns add h1
ip -n sw link add br0 address 02:00:00:00:99:99 type bridge mcast_query_response_interval 100
ip link add e0 netns h1 address 02:00:00:00:00:0b type veth peer name p1 netns sw address 02:00:00:00:90:0b
ip netns exec h1 sysctl -qw net.ipv6.conf.e0.force_mld_version=${force}
ip -n sw link set p1 master br0; ip -n sw link set p1 up; ip -n sw link set br0 up; ip -n h1 link set e0 up
sleep 3`);
  return L;
}

function idev(L: IcmpLab): Inet6Dev {
  const net = L.ns('h1');
  return net.ipv6!.idevs.get(net.devByName('e0')!)!;
}

function out(L: IcmpLab, type: number): number {
  return L.ns('h1').mib6.icmp6msg.get(0x100 | type);
}

test('an MLDv1 query puts the host in v1 mode for 260 s after the last one; up again ends it', async () => {
  const L = await lab();
  assert.equal(mldInV1Mode(idev(L)), false);
  await L.sh('ip -n sw link set br0 type bridge mcast_querier 1; sleep 2; ip -n sw link set br0 type bridge mcast_querier 0');
  assert.equal(mldInV1Mode(idev(L)), true);
  assert.ok(out(L, ICMPV6_MGM_REPORT) >= 1);
  await L.sh('sleep 255');
  assert.equal(mldInV1Mode(idev(L)), true);
  await L.sh('sleep 6');
  assert.equal(mldInV1Mode(idev(L)), false);
  await L.sh('ip -n sw link set br0 type bridge mcast_querier 1; sleep 2; ip -n h1 link set e0 down; ip -n h1 link set e0 up');
  assert.equal(mldInV1Mode(idev(L)), false);
});

test('force_mld_version 2: MLDv1 queries are ignored, answers stay MLDv2', async () => {
  const L = await lab(2);
  const before = out(L, ICMPV6_MLD2_REPORT);
  await L.sh('ip -n sw link set br0 type bridge mcast_querier 1; sleep 2');
  assert.equal(mldInV1Mode(idev(L)), false);
  assert.equal(out(L, ICMPV6_MGM_REPORT), 0);
  assert.equal(out(L, ICMPV6_MLD2_REPORT), before);
});

test('in v1 mode a join is reported at once by an MLDv1 report, and the last reporter leaves with a Done', async () => {
  const L = await lab();
  await L.sh('ip -n sw link set br0 type bridge mcast_querier 1; sleep 2; ip -n sw link set br0 type bridge mcast_querier 0');
  const group = new Uint8Array([0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x12, 0x34]);
  const reports = out(L, ICMPV6_MGM_REPORT);
  const v2 = out(L, ICMPV6_MLD2_REPORT);
  ipv6DevMcInc(idev(L), group);
  assert.equal(out(L, ICMPV6_MGM_REPORT), reports + 1);
  ipv6DevMcDec(idev(L), group);
  assert.equal(out(L, ICMPV6_MGM_REDUCTION), 1);
  assert.equal(out(L, ICMPV6_MLD2_REPORT), v2);
});
