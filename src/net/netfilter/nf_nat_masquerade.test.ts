/**
 * MASQUERADE: the mapping uses the outgoing route's source address, and
 * the connections masqueraded to an address go when the address is
 * removed (masq_inet_event) or the device goes down (masq_device_event).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';
import { nfCtForEach } from './nf_conntrack_core.js';
import type { Net } from '../core/net_namespace.js';

const SETUP = `ip netns add a; ip netns add r; ip netns add b
ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
ip -n a link set a0 up; ip -n b link set b0 up; ip -n r link set r0 up; ip -n r link set r1 up
ip -n a addr add 192.168.1.2/24 dev a0; ip -n r addr add 192.168.1.1/24 dev r0
ip -n r addr add 203.0.113.1/24 dev r1; ip -n b addr add 203.0.113.2/24 dev b0
ip -n a route add default via 192.168.1.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec r iptables -t nat -A POSTROUTING -o r1 -j MASQUERADE
`;

function replyDsts(net: Net): number[] {
  const out: number[] = [];
  nfCtForEach(net, (ct) => out.push(ct.tuplehash[1].tuple.dstIp >>> 0));
  return out;
}

test('masqueraded connections go with their address, and with their device', async () => {
  const { lab, fs } = createLab(1);
  const s = new Session(lab, fs);
  assert.equal((await s.execCollect(SETUP)).status, 0);
  const r = lab.netns.get('r')!;
  assert.equal((await s.execCollect('ip netns exec a ping -c 1 -W 1 203.0.113.2')).status, 0);
  assert.deepEqual(replyDsts(r), [0xcb007101]);
  await s.execCollect('ip -n r addr del 203.0.113.1/24 dev r1');
  assert.deepEqual(replyDsts(r), []);
  await s.execCollect('ip -n r addr add 203.0.113.1/24 dev r1; ip -n b route add default via 203.0.113.1 2>/dev/null; ip netns exec a ping -c 1 -W 1 203.0.113.2');
  assert.equal(replyDsts(r).length, 1);
  await s.execCollect('ip -n r link set r1 down');
  assert.deepEqual(replyDsts(r), []);
});
