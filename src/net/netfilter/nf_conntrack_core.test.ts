/**
 * Connection tracking core: ICMP, UDP and TCP flows between two namespaces
 * make the entries and states Linux makes; related ICMP errors; the table
 * bound (nf_conntrack_max) holds under random flows and nothing throws.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';
import type { Net } from '../core/net_namespace.js';
import { nfCtForEach, nfCtPernet, type NfConn } from './nf_conntrack_core.js';
import { nfCtNetnsGet } from './nf_conntrack_proto.js';
import { IPS_ASSURED, IPS_SEEN_REPLY, ipStr } from './nf_conntrack_tuple.js';
import { TCP_CONNTRACK_NAMES } from './nf_conntrack_proto_tcp.js';

const SETUP = `ip netns add a; ip netns add b
ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
ip -n a link set a0 up; ip -n b link set b0 up; ip -n a link set lo up; ip -n b link set lo up
ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
`;

function entries(net: Net): NfConn[] {
  const out: NfConn[] = [];
  nfCtForEach(net, (ct) => out.push(ct));
  return out;
}

function show(ct: NfConn): string {
  const o = ct.tuplehash[0].tuple;
  const r = ct.tuplehash[1].tuple;
  const st = ct.protonum === 6 ? ` ${TCP_CONNTRACK_NAMES[ct.tcp!.state]}` : '';
  return `${ct.protonum}${st} ${ipStr(o.srcIp)}:${o.srcU}>${ipStr(o.dstIp)}:${o.dstU} ${ipStr(r.srcIp)}:${r.srcU}>${ipStr(r.dstIp)}:${r.dstU} ${ct.status & IPS_SEEN_REPLY ? 'R' : '-'}${ct.status & IPS_ASSURED ? 'A' : '-'}`;
}

async function lab(): Promise<{ s: Session; b: Net }> {
  const { lab, fs } = createLab(1);
  const s = new Session(lab, fs);
  assert.equal((await s.execCollect(SETUP)).status, 0);
  const b = lab.netns.get('b')!;
  nfCtNetnsGet(b);
  return { s, b };
}

test('ICMP echo: one entry with the echo reply as reply tuple, seen reply', async () => {
  const { s, b } = await lab();
  const r = await s.execCollect('ip netns exec a ping -c 2 -i 0.2 10.0.0.2');
  assert.equal(r.status, 0, r.output);
  const e = entries(b);
  assert.equal(e.length, 1);
  assert.match(show(e[0]!), /^1 10\.0\.0\.1:\d+>10\.0\.0\.2:2048 10\.0\.0\.2:\d+>10\.0\.0\.1:0 R-$/);
  assert.equal(nfCtPernet(b)!.count, 1);
});

test('TCP: a connection goes through the states to TIME_WAIT', async () => {
  const { s, b } = await lab();
  await s.execCollect("ip netns exec b sh -c 'nc -l -p 80 > out 2>&1 &'; sleep 0.2");
  const r = await s.execCollect("ip netns exec a sh -c 'echo hi | nc -N -w 2 10.0.0.2 80'; sleep 0.5");
  assert.equal(r.status, 0, r.output);
  const e = entries(b).map(show);
  assert.equal(e.length, 1, e.join('\n'));
  assert.match(e[0]!, /^6 TIME_WAIT 10\.0\.0\.1:\d+>10\.0\.0\.2:80 10\.0\.0\.2:80>10\.0\.0\.1:\d+ RA$/);
});

test('UDP: unreplied, then replied', async () => {
  const { s, b } = await lab();
  await s.execCollect("ip netns exec a sh -c 'echo x | nc -u -w 1 10.0.0.2 5000'");
  const e = entries(b).map(show);
  assert.equal(e.length, 1, e.join('\n'));
  assert.match(e[0]!, /^17 10\.0\.0\.1:\d+>10\.0\.0\.2:5000 10\.0\.0\.2:5000>10\.0\.0\.1:\d+ --$/);
});

test('random flows never make the table exceed nf_conntrack_max and never throw', async () => {
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 1, max: 6 }), fc.array(fc.tuple(fc.constantFrom('icmp', 'udp', 'tcp'), fc.integer({ min: 1, max: 30 })), { minLength: 1, maxLength: 12 }), async (max, flows) => {
      const { s, b } = await lab();
      const cn = nfCtPernet(b)!;
      cn.max = max;
      let script = "ip netns exec b sh -c 'nc -l -k -p 80 >/dev/null 2>&1 &'\n";
      for (const [p, n] of flows) {
        if (p === 'icmp') script += `ip netns exec a ping -c 1 -W 1 10.0.0.2 >/dev/null\n`;
        else if (p === 'udp') script += `ip netns exec a sh -c 'echo x | nc -u -w 1 -p ${1000 + n} 10.0.0.2 ${2000 + n}' >/dev/null 2>&1\n`;
        else script += `ip netns exec a sh -c 'echo x | nc -N -w 1 10.0.0.2 80' >/dev/null 2>&1\n`;
      }
      await s.execCollect(script);
      assert.ok(cn.count <= max, `count ${cn.count} > max ${max}`);
      assert.ok(entries(b).length <= max);
    }),
    { numRuns: 15 },
  );
});

test('gc worker: an expired entry stays counted until the worker reaps it, then the timer stops', async () => {
  const { s, b } = await lab();
  const r = await s.execCollect("ip netns exec a sh -c 'echo x | nc -u -w 1 -p 5000 10.0.0.2 5001'");
  assert.equal(r.status, 0, r.output);
  const cn = nfCtPernet(b)!;
  assert.equal(cn.count, 1);
  assert.ok(b.sched.pending(cn.gcTimer), 'the first entry arms the worker');
  // The UDP entry expires after 30 s; nothing walks the table, so it is still counted at 40 s.
  await s.execCollect('sleep 40');
  assert.equal(cn.count, 1);
  // The first scan comes GC_SCAN_INTERVAL_INIT (60 s) after the first entry.
  await s.execCollect('sleep 25');
  assert.equal(cn.count, 0);
  assert.equal(b.sched.pending(cn.gcTimer), false, 'an empty table leaves no timer');
});

test('gc worker: a live entry pulls the next run towards its timeout, within 1..60 s', async () => {
  const { s, b } = await lab();
  await s.execCollect("ip netns exec b sysctl -qw net.netfilter.nf_conntrack_udp_timeout=300");
  await s.execCollect("ip netns exec a sh -c 'echo x | nc -u -w 1 -p 5000 10.0.0.2 5001'");
  const cn = nfCtPernet(b)!;
  await s.execCollect('sleep 61');
  assert.equal(cn.count, 1, 'not expired yet');
  const next = (cn.gcTimer!.when - b.sched.now) / 1e9;
  // The scan ran at 60 s: 60 s weighted 100 times and one entry with ~240 s left
  // average to ~61.8 s, clamped to GC_SCAN_INTERVAL_MAX: the next run is at 120 s.
  assert.equal(Math.round(next), 59);
});
