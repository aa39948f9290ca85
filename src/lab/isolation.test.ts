/**
 * Two labs in one process share nothing (DESIGN.md: registries and state
 * live on the lab world or on struct net). Two different scenarios run
 * alone, then interleaved command by command, then concurrently (their
 * ticks interleaved), must print exactly the same.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLabSession } from './boot.js';

/** Veths between two namespaces, ping with ARP resolution, neighbour ageing, a failed resolution. */
const PING_ARP = `
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set va up
ip -n b link set vb up
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip netns exec a ping -c 3 -i 0.5 10.0.0.2
ip -n a neigh show
ip -n b neigh show
sleep 40
ip -n a neigh show
ip netns exec a ping -c 1 10.0.0.7
ip -n a neigh show
ip -s -n a link show va
`;

/** A router with error routes and a rule: ICMP unreachables and TTL expiry back to a host. */
const ROUTES_ICMP = `
ip netns add h
ip netns add r
ip link add h0 netns h type veth peer name r0 netns r
ip -n h link set h0 up
ip -n r link set r0 up
ip -n h addr add 10.1.0.2/24 dev h0
ip -n r addr add 10.1.0.1/24 dev r0
ip -n h route add default via 10.1.0.1
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip -n r route add unreachable 10.9.0.0/16
ip -n r rule add to 10.8.0.0/16 table 100 pref 100
ip -n r route add prohibit 10.8.0.0/16 table 100
ip netns exec h ping -c 2 -i 0.3 10.9.0.1
ip netns exec h ping -c 1 10.8.0.1
ip netns exec h ping -c 1 -t 1 10.7.0.1
ip netns exec h ping -c 1 10.7.0.1
ip -n r route get 10.8.0.1 from 10.1.0.2 iif r0
ip -n r rule show
ip netns exec r nstat -az IcmpOutDestUnreachs IcmpOutTimeExcds
ip -n h neigh show
`;

const lines = (script: string): string[] => script.split('\n').filter((l) => l.trim() !== '');

async function runAlone(script: string, seed: number): Promise<string[]> {
  const s = createLabSession({ seed });
  const out: string[] = [];
  for (const line of lines(script)) out.push((await s.exec(line)).output);
  return out;
}

test('two labs interleaved command by command print what each prints alone', async () => {
  const aloneA = await runAlone(PING_ARP, 1);
  const aloneB = await runAlone(ROUTES_ICMP, 2);
  assert.match(aloneA.join(''), /3 received/);
  assert.match(aloneB.join(''), /Destination Host Unreachable/);
  const a = createLabSession({ seed: 1 });
  const b = createLabSession({ seed: 2 });
  const la = lines(PING_ARP);
  const lb = lines(ROUTES_ICMP);
  const outA: string[] = [];
  const outB: string[] = [];
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (i < la.length) outA.push((await a.exec(la[i]!)).output);
    if (i < lb.length) outB.push((await b.exec(lb[i]!)).output);
  }
  assert.deepEqual(outA, aloneA);
  assert.deepEqual(outB, aloneB);
});

test('two labs running at once (ticks interleaved) print what each prints alone', async () => {
  const aloneA = (await createLabSession({ seed: 3 }).exec(PING_ARP)).output;
  const aloneB = (await createLabSession({ seed: 3 }).exec(ROUTES_ICMP)).output;
  const [a, b] = await Promise.all([
    createLabSession({ seed: 3 }).exec(PING_ARP),
    createLabSession({ seed: 3 }).exec(ROUTES_ICMP),
  ]);
  assert.equal(a.output, aloneA);
  assert.equal(b.output, aloneB);
});
