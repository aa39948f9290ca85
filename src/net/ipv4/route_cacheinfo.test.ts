import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from '../../api/index.js';

/** The users count `ip -s route get` prints for each command of `cmds`. */
async function users(cmds: string): Promise<string[]> {
  const lab = createLab();
  const r = await lab.sh(`ip netns add n1
ip netns add n2
ip link add h0 netns n1 address 02:00:00:00:00:01 type veth peer name h9 netns n2 address 02:00:00:00:00:02
ip -n n1 link set lo up; ip -n n1 link set h0 up; ip -n n2 link set lo up; ip -n n2 link set h9 up
ip -n n1 addr add 192.168.1.2/24 dev h0; ip -n n2 addr add 192.168.1.1/24 dev h9
${cmds}`);
  assert.equal(r.status, 0, r.output);
  return [...r.output.matchAll(/users (\d+)/g)].map((m) => m[1]!);
}

test('ip -s route get: an established TCP socket holds its route (sk_dst_cache), on both ends; gone with the connection', async () => {
  const got = await users(`ip netns exec n2 nc -l 5000 > /dev/null & sleep 0.3; sleep 2 | ip netns exec n1 nc -N 192.168.1.1 5000 & sleep 0.5
ip -n n1 -s route get 192.168.1.1
ip -n n2 -s route get 192.168.1.2
wait
ip -n n1 -s route get 192.168.1.1`);
  // the next hop's cache + the reply's skb + the socket; then without it.
  assert.deepEqual(got, ['3', '3', '2']);
});

test('ip -s route get: packets queued on an unresolved neighbour hold their route (skb_dst_force)', async () => {
  const got = await users(`ip netns exec n1 ping -c 2 -i 0.2 192.168.1.77 > /dev/null & sleep 0.5; ip -n n1 -s route get 192.168.1.77; wait
ip -n n1 -s route get 192.168.1.77`);
  assert.deepEqual(got, ['4', '2']);
});
