import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';
import { csumFold, csumPartial, ipFastCsum } from '../../wire/checksum.js';
import { csumIpv6Magic } from '../../wire/ipv6.js';
import { inject } from './br_testutil.js';
import { brMdbIpGet } from './br_multicast.js';
import { MDB_PG_FLAGS_BLOCKED, MDB_PG_FLAGS_PERMANENT, netdevBridge, type NetBridge } from './br_private.js';
import { brMulticastOtherQuerierPresent, brMulticastQuerierExists, brMulticastSetQuerier } from './br_multicast_query.js';
import { brRouterPorts } from './br_multicast_rport.js';

/** A snooping bridge br0 with ports p1, p2 (IPv6 off: no MLD of its own). */
async function snoopLab() {
  const { lab, fs } = createLab(7);
  const s = new Session(lab, fs);
  const r = await s.execCollect(`
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add br0 address 02:00:00:00:99:99 type bridge
ip link add p1 address 02:00:00:00:90:01 type veth peer name e1 address 02:00:00:00:00:01
ip link add p2 address 02:00:00:00:90:02 type veth peer name e2 address 02:00:00:00:00:02
for d in p1 p2; do ip link set $d master br0 up; done
ip link set e1 up; ip link set e2 up; ip link set br0 up`);
  assert.equal(r.status, 0, r.output);
  const net = lab.initNet;
  return { lab, s, net, br: netdevBridge(net.devByName('br0')!)! };
}

const g = (a: number, b: number, c: number, d: number): number => ((a << 24) | (b << 16) | (c << 8) | d) | 0;
const bytes4 = (x: number): number[] => [x >>> 24, (x >>> 16) & 0xff, (x >>> 8) & 0xff, x & 0xff];

/** An IPv4 frame to `dst` (a group) carrying the IGMP message `igmp`, with the Router Alert option. */
function igmpFrame(dst: number, igmp: number[], src = g(10, 0, 0, 1)): Uint8Array {
  const f = new Uint8Array(14 + 24 + igmp.length);
  f.set([0x01, 0x00, 0x5e, (dst >>> 16) & 0x7f, (dst >>> 8) & 0xff, dst & 0xff, 2, 0, 0, 0, 0, 1, 0x08, 0x00]);
  const ip = [0x46, 0xc0, 0, 24 + igmp.length, 0, 0, 0x40, 0, 1, 2, 0, 0, ...bytes4(src), dst >>> 24, (dst >>> 16) & 0xff, (dst >>> 8) & 0xff, dst & 0xff];
  f.set(ip, 14);
  f.set([0x94, 4, 0, 0], 34);
  f.set(igmp, 38);
  const sum = ipFastCsum(f, 6, 14);
  f[24] = sum >>> 8;
  f[25] = sum & 0xff;
  // The IGMP checksum (RFC 2236 2.3) over the message, its own field zero.
  const isum = csumFold(csumPartial(f, 38, igmp.length, 0));
  f[40] = isum >>> 8;
  f[41] = isum & 0xff;
  return f;
}


/** Let `ns` of virtual time pass, every timer due in it run. */
async function advance(lab: { sched: { now: number; clock: { advanceTo(ns: number): void }; runWhile(b: () => boolean, u: number): Promise<void> } }, ns: number): Promise<void> {
  const until = lab.sched.now + ns;
  await lab.sched.runWhile(() => true, until);
  lab.sched.clock.advanceTo(until);
}

function has(br: NetBridge, group: number, port: string): boolean {
  const mp = brMdbIpGet(br, { proto: 0x0800, vid: 0, ip4: group, bytes: null });
  return !!mp?.ports.some((pg) => pg.port.dev.name === port);
}

test('ip_mc_check_igmp() and ipv6_mc_check_mld(): a report whose checksum fails is not snooped', async () => {
  const { lab, net, br } = await snoopLab();
  const grp = g(239, 1, 1, 7);
  const f = igmpFrame(grp, [0x16, 0, 0, 0, ...bytes4(grp)]);
  f[41] = f[41]! ^ 1;
  inject(net.devByName('p1')!, f);
  const g6 = [0xff, 0x05, ...new Array<number>(13).fill(0), 0x43];
  const m = mldFrame([131, 0, 0, 0, 0, 0, 0, 0, ...g6]);
  m[65] = m[65]! ^ 1;
  inject(net.devByName('p1')!, m);
  lab.sched.runDue();
  assert.equal(has(br, grp, 'p1'), false);
  assert.equal(br.mdbList.size, 0);
  inject(net.devByName('p1')!, igmpFrame(grp, [0x16, 0, 0, 0, ...bytes4(grp)]));
  inject(net.devByName('p1')!, mldFrame([131, 0, 0, 0, 0, 0, 0, 0, ...g6]));
  lab.sched.runDue();
  assert.equal(has(br, grp, 'p1'), true);
  assert.equal(br.mdbList.size, 2);
});

test('an IGMPv2 report is learnt on its port with the membership interval; 224.0.0.x is never snooped', async () => {
  const { lab, net, br } = await snoopLab();
  const grp = g(239, 1, 1, 1);
  const local = g(224, 0, 0, 5);
  inject(net.devByName('p1')!, igmpFrame(grp, [0x16, 0, 0, 0, ...bytes4(grp)]));
  inject(net.devByName('p1')!, igmpFrame(local, [0x16, 0, 0, 0, ...bytes4(local)]));
  lab.sched.runDue();
  assert.ok(has(br, grp, 'p1'));
  assert.ok(!has(br, grp, 'p2'));
  assert.equal(brMdbIpGet(br, { proto: 0x0800, vid: 0, ip4: local, bytes: null }), null);
  // 260 s later (and the timer wheel's 16 s granularity there) the membership has lapsed and the group is gone
  await advance(lab, 280e9);
  assert.equal(brMdbIpGet(br, { proto: 0x0800, vid: 0, ip4: grp, bytes: null }), null);
});

test('IGMPv3 records: TO_EX and ALLOW join, TO_IN without sources leaves after last_member_count x interval', async () => {
  const { lab, net, br } = await snoopLab();
  const a = g(239, 2, 2, 2);
  const b = g(239, 3, 3, 3);
  const v3 = [0x22, 0, 0, 0, 0, 0, 0, 2, 4, 0, 0, 0, ...bytes4(a), 5, 0, 0, 1, ...bytes4(b), 10, 0, 0, 9];
  const p2 = net.devByName('p2')!;
  inject(p2, igmpFrame(g(224, 0, 0, 22), v3));
  lab.sched.runDue();
  assert.ok(has(br, a, 'p2') && has(br, b, 'p2'));
  inject(p2, igmpFrame(g(224, 0, 0, 22), [0x22, 0, 0, 0, 0, 0, 0, 1, 3, 0, 0, 0, ...bytes4(a)]));
  await advance(lab, 1.9e9);
  assert.ok(has(br, a, 'p2'), 'still there before 2 s');
  await advance(lab, 0.3e9);
  assert.ok(!has(br, a, 'p2'), 'a left');
  assert.ok(has(br, b, 'p2'), 'b stays');
});

test('a port going down keeps only its permanent entries', async () => {
  const { lab, s, net, br } = await snoopLab();
  const grp = g(239, 4, 4, 4);
  inject(net.devByName('p1')!, igmpFrame(grp, [0x16, 0, 0, 0, ...bytes4(grp)]));
  lab.sched.runDue();
  const r = await s.execCollect('bridge mdb add dev br0 port p1 grp 239.5.5.5 permanent; ip link set p1 down');
  assert.equal(r.status, 0, r.output);
  assert.ok(!has(br, grp, 'p1'));
  const mp = brMdbIpGet(br, { proto: 0x0800, vid: 0, ip4: g(239, 5, 5, 5), bytes: null });
  assert.equal(mp?.ports[0]?.flags, MDB_PG_FLAGS_PERMANENT);
});

test('random IGMP payloads on a snooping port never throw', async () => {
  const { lab, net } = await snoopLab();
  const p1 = net.devByName('p1')!;
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 120 }), fc.constantFrom(0x11, 0x12, 0x16, 0x17, 0x22), async (tail, type) => {
      inject(p1, igmpFrame(g(239, 9, 9, 9), [type, ...tail]));
      lab.sched.runDue();
    }),
    { numRuns: 300 },
  );
});

/** An IPv6 frame to ff02::16 with a hop-by-hop header (router alert) and `icmp` as its ICMPv6 message. */
function mldFrame(icmp: number[]): Uint8Array {
  const f = new Uint8Array(14 + 40 + 8 + icmp.length);
  f.set([0x33, 0x33, 0, 0, 0, 0x16, 2, 0, 0, 0, 0, 1, 0x86, 0xdd]);
  f.set([0x60, 0, 0, 0, 0, 8 + icmp.length, 0, 1], 14);
  f.set([0xff, 0x02], 38);
  f[53] = 0x16;
  f.set([58, 0, 5, 2, 0, 0, 1, 0], 54);
  f.set(icmp, 62);
  f[64] = f[65] = 0;
  const sum = csumIpv6Magic(f.subarray(22, 38), f.subarray(38, 54), 58, f, 62, icmp.length);
  f[64] = sum >>> 8;
  f[65] = sum & 0xff;
  return f;
}

test('MLDv2 records are learnt (ff02::1 is not); random MLD payloads never throw', async () => {
  const { lab, net, br } = await snoopLab();
  const g6 = [0xff, 0x05, ...new Array<number>(13).fill(0), 0x42];
  const all = [0xff, 0x02, ...new Array<number>(13).fill(0), 0x01];
  const p1 = net.devByName('p1')!;
  inject(p1, mldFrame([143, 0, 0, 0, 0, 0, 0, 2, 4, 0, 0, 0, ...g6, 4, 0, 0, 0, ...all]));
  lab.sched.runDue();
  const key = (b: number[]) => ({ proto: 0x86dd, vid: 0, ip4: 0, bytes: Uint8Array.from(b) });
  assert.equal(brMdbIpGet(br, key(g6))?.ports[0]?.port.dev.name, 'p1');
  assert.equal(brMdbIpGet(br, key(all)), null);
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 120 }), fc.constantFrom(130, 131, 132, 143), async (tail, type) => {
      inject(p1, mldFrame([type, ...tail]));
      lab.sched.runDue();
    }),
    { numRuns: 300 },
  );
});

/** A general IGMPv2 query (max response 10 s) from `src`. */
const query = (src: number): Uint8Array => igmpFrame(g(224, 0, 0, 1), [0x11, 100, 0, 0, 0, 0, 0, 0], src);

test('querier election: a query heard beats our 0.0.0.0 querier, then only a lower or equal address wins; its port is a router port', async () => {
  const { lab, net, br } = await snoopLab();
  brMulticastSetQuerier(br, 1);
  await advance(lab, 1e6);
  assert.equal(br.ip4Querier.ip4, 0);
  assert.equal(brMulticastOtherQuerierPresent(br, 0x0800), false);
  inject(net.devByName('p1')!, query(g(10, 0, 0, 9)));
  await advance(lab, 1e6);
  assert.equal(br.ip4Querier.ip4, g(10, 0, 0, 9));
  assert.equal(br.ip4Querier.portIfidx, net.devByName('p1')!.ifindex);
  assert.equal(brMulticastOtherQuerierPresent(br, 0x0800), true);
  assert.deepEqual(brRouterPorts(br).map((r) => r.port.dev.name), ['p1']);
  inject(net.devByName('p2')!, query(g(10, 0, 0, 20)));
  await advance(lab, 1e6);
  assert.equal(br.ip4Querier.ip4, g(10, 0, 0, 9));
  assert.deepEqual(brRouterPorts(br).map((r) => r.port.dev.name), ['p1']);
  inject(net.devByName('p2')!, query(g(10, 0, 0, 5)));
  await advance(lab, 1e6);
  assert.equal(br.ip4Querier.ip4, g(10, 0, 0, 5));
  assert.equal(br.ip4Querier.portIfidx, net.devByName('p2')!.ifindex);
  // mcast_querier_interval (255 s, the timer wheel firing up to 16 s late) without a query:
  // the other querier and the learnt router ports go.
  await advance(lab, 254e9);
  assert.equal(brMulticastOtherQuerierPresent(br, 0x0800), true);
  await advance(lab, 20e9);
  assert.equal(brMulticastOtherQuerierPresent(br, 0x0800), false);
  assert.deepEqual(brRouterPorts(br), []);
});

test('br_multicast_querier_exists(): our querier counts once query_response_interval has passed', async () => {
  const { lab, br } = await snoopLab();
  assert.equal(brMulticastQuerierExists(br, 0x0800, false), false);
  brMulticastSetQuerier(br, 1);
  await advance(lab, 9e9);
  assert.equal(brMulticastQuerierExists(br, 0x0800, false), false);
  await advance(lab, 2e9);
  assert.equal(brMulticastQuerierExists(br, 0x0800, false), true);
  // Other protocols: only an L2 entry steers them.
  assert.equal(brMulticastQuerierExists(br, 0x88b5, false), false);
  assert.equal(brMulticastQuerierExists(br, 0x88b5, true), true);
});

test('a group-specific query heard cuts the group memberships to last_member_count x its max delay', async () => {
  const { lab, net, br } = await snoopLab();
  const grp = g(239, 1, 1, 9);
  inject(net.devByName('p1')!, igmpFrame(grp, [0x16, 0, 0, 0, ...bytes4(grp)]));
  await advance(lab, 1e6);
  assert.ok(has(br, grp, 'p1'));
  // Max response 0.5 s: 2 x 0.5 s later the membership is gone.
  inject(net.devByName('p2')!, igmpFrame(grp, [0x11, 5, 0, 0, ...bytes4(grp)], g(10, 0, 0, 7)));
  await advance(lab, 900e6);
  assert.ok(has(br, grp, 'p1'));
  await advance(lab, 200e6);
  assert.ok(!has(br, grp, 'p1'));
});

/** An IGMPv3 report (to 224.0.0.22) of one group record: `type`, `group`, its sources. */
function igmpv3Report(type: number, group: number, srcs: number[]): Uint8Array {
  const rec = [type, 0, 0, srcs.length, ...bytes4(group), ...srcs.flatMap(bytes4)];
  return igmpFrame(g(224, 0, 0, 22), [0x22, 0, 0, 0, 0, 0, 0, 1, ...rec]);
}

test('br_multicast_isinc_allow/block/toex/isexc: IGMPv3 source lists, (S, G) entries, LMQT and blocked sources', async () => {
  const { lab, s, net, br } = await snoopLab();
  assert.equal((await s.execCollect('ip link set br0 type bridge mcast_igmp_version 3')).status, 0);
  const grp = g(232, 1, 1, 1);
  const [s1, s2, s3] = [g(10, 0, 0, 9), g(10, 0, 0, 8), g(10, 0, 0, 7)];
  const p1 = net.devByName('p1')!;
  // an (S, G) entry's port group of p1 (an entry left without ports goes at the next jiffy)
  const sg = (src: number) => brMdbIpGet(br, { proto: 0x0800, vid: 0, ip4: grp, bytes: null, src4: src })?.ports[0] ?? null;
  const pg = () => brMdbIpGet(br, { proto: 0x0800, vid: 0, ip4: grp, bytes: null })?.ports[0];
  const srcs = () => pg()!.srcList.map((e) => e.ip4);
  const send = (type: number, list: number[]) => {
    inject(p1, igmpv3Report(type, grp, list));
    lab.sched.runDue();
  };
  // ALLOW {S1, S2}: INCLUDE {S1, S2}, newest first, one (S, G) each
  send(5, [s1, s2]);
  assert.equal(pg()!.filterMode, 1);
  assert.deepEqual(srcs(), [s2, s1]);
  assert.ok(sg(s1) && sg(s2));
  // BLOCK {S1} in INCLUDE: S1 asked about, its timer cut to LMQT (2 s), then gone with its (S, G)
  send(6, [s1]);
  await advance(lab, 1_900_000_000);
  assert.deepEqual(srcs(), [s2, s1]);
  await advance(lab, 200_000_000);
  assert.deepEqual(srcs(), [s2]);
  assert.equal(sg(s1), null);
  // TO_EX {}: EXCLUDE, the include sources not named (S2) deleted
  send(4, []);
  assert.equal(pg()!.filterMode, 0);
  assert.deepEqual(srcs(), []);
  assert.equal(sg(s2), null);
  // IS_EX {S3} in EXCLUDE: S3 new with GMI; BLOCK {S3} cuts it to LMQT, after which its (S, G) is blocked
  send(2, [s3]);
  assert.deepEqual(srcs(), [s3]);
  assert.equal(sg(s3)!.flags & MDB_PG_FLAGS_BLOCKED, 0);
  send(6, [s3]);
  await advance(lab, 2_100_000_000);
  assert.deepEqual(srcs(), [s3]);
  assert.equal(sg(s3)!.flags & MDB_PG_FLAGS_BLOCKED, MDB_PG_FLAGS_BLOCKED);
  // TO_IN {} in EXCLUDE without a querier: the group timer cut to LMQT, then INCLUDE with no running source: gone
  send(3, []);
  await advance(lab, 2_100_000_000);
  assert.equal(pg(), undefined);
  assert.equal(sg(s3), null);
});
