import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLabSession } from './boot.js';

const LAB = `
ip netns add a; ip netns add r; ip netns add b
ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
for n in a r b; do ip -n $n link set lo up; done
ip -n a link set a0 up; ip -n b link set b0 up; ip -n r link set r0 up; ip -n r link set r1 up
ip -n a addr add 10.1.0.2/24 dev a0; ip -n r addr add 10.1.0.1/24 dev r0
ip -n r addr add 10.2.0.1/24 dev r1; ip -n b addr add 10.2.0.2/24 dev b0
ip -n a route add default via 10.1.0.1; ip -n b route add default via 10.2.0.1
`;

test('the walk of a forwarded packet names the router functions in order', async () => {
  const s = createLabSession({ seed: 1, trace: true });
  await s.exec(LAB + 'ip netns exec r sysctl -qw net.ipv4.ip_forward=1');
  const r = await s.exec('ip netns exec a ping -c 1 -W 1 10.2.0.2 > /dev/null');
  assert.match(r.output, /r: \[r0\] __netif_receive_skb → ip_rcv → ip_route_input_slow → ip_forward \[r1\] ip_output → neigh_resolve_output/);
  assert.match(r.output, /b: \[b0\] __netif_receive_skb → ip_rcv → ip_route_input_slow → ip_local_deliver → icmp_rcv/);
});

test('a packet the router may not forward dies with its drop reason', async () => {
  const s = createLabSession({ seed: 1, trace: true });
  await s.exec(LAB);
  const r = await s.exec('ip netns exec a ping -c 1 -W 1 10.2.0.2 > /dev/null');
  assert.match(r.output, /r: \[r0\] __netif_receive_skb → ip_rcv → ip_route_input_slow → ip_error.* ✗ SKB_DROP_REASON_IP_INADDRERRORS/);
});

test('--trace-limit: only the last N walks are kept, the dropped ones are counted', async () => {
  const s = createLabSession({ seed: 1, trace: true, traceLimit: 3 });
  await s.exec(LAB + 'ip netns exec r sysctl -qw net.ipv4.ip_forward=1');
  const r = await s.exec('ip netns exec a ping -c 4 -i 0.2 -W 1 10.2.0.2 > /dev/null');
  const lines = r.output.trimEnd().split('\n');
  assert.equal(lines.length, 4);
  assert.match(lines[0]!, /^\(\d+ earlier packet walks dropped: --trace-limit 3\)$/);
  const ids = lines.slice(1).map((l) => Number(/^#(\d+) /.exec(l)?.[1]));
  assert.deepEqual(ids, [...ids].sort((a, b) => a - b));
  const full = createLabSession({ seed: 1, trace: true });
  await full.exec(LAB + 'ip netns exec r sysctl -qw net.ipv4.ip_forward=1');
  const all = (await full.exec('ip netns exec a ping -c 4 -i 0.2 -W 1 10.2.0.2 > /dev/null')).output.trimEnd().split('\n');
  assert.deepEqual(lines.slice(1), all.slice(-3));
  assert.equal(Number(/\d+/.exec(lines[0]!)?.[0]) + 3, all.length);
});
