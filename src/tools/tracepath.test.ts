import { test } from 'node:test';
import assert from 'node:assert/strict';
import { icmpLab } from '../net/ipv4/icmp.testutil.js';

test('tracepath whose pipe is closed dies of SIGPIPE at its first line, with no hop answering', async () => {
  const L = icmpLab();
  // a0's peer has no address: every probe's ARP fails and each hop waits its second
  await L.sh('ip link set lo up; ip link add a0 type veth peer name b0; ip addr add 10.0.0.1/24 dev a0; ip link set a0 up; ip link set b0 up; ip route add 10.9.0.0/16 via 10.0.0.2');
  const t0 = L.lab.sched.now;
  const r = await L.sh('tracepath -n 10.9.0.9 | true; echo ${PIPESTATUS[@]}');
  assert.equal(r.output, '141 0\n');
  // killed in that write: it probes no further hop (it spun on its closed socket before)
  assert.ok(L.lab.sched.now - t0 < 5e9, `ran ${(L.lab.sched.now - t0) / 1e9} s`);
});
